"""Foreign and defence ministers of the 60 countries most present in international news (the list and its
rationale: `src/eventwire/actors/data/README.md`, "Minister coverage")."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.actors import KnowledgeBase

NEWS_COUNTRIES = (
    # UN Security Council permanent members and the other G20 states
    "USA", "GBR", "FRA", "RUS", "CHN", "DEU", "ITA", "JPN", "CAN", "AUS", "KOR", "IND", "IDN", "BRA", "MEX",
    "ARG", "ZAF", "SAU", "TUR",
    # wars, the Middle East and the Gulf, nuclear and strait crises
    "UKR", "ISR", "IRN", "SYR", "IRQ", "LBN", "JOR", "EGY", "ARE", "QAT", "PAK", "PRK", "TWN",
    # the rest of Europe in the news: NATO's eastern and northern flank, EU capitals, the Balkans
    "POL", "ESP", "NLD", "SWE", "NOR", "FIN", "DNK", "BEL", "GRC", "HUN", "CZE", "AUT", "CHE", "PRT", "SRB",
    "BLR",
    # the Caucasus, South-East Asia, Africa, the Americas and the Pacific
    "ARM", "AZE", "GEO", "VNM", "PHL", "MYS", "SGP", "NGA", "KEN", "MAR", "VEN", "NZL",
)


def test_sixty_countries() -> None:
    assert len(NEWS_COUNTRIES) == len(set(NEWS_COUNTRIES)) == 60


@pytest.mark.parametrize("country", NEWS_COUNTRIES)
def test_ministers_known(kb: KnowledgeBase, country: str) -> None:
    assert kb.holders(country, ["fm"], date(2016, 6, 30)), f"{country}: no foreign minister on 2016-06-30"
    assert kb.holders(country, ["fm"], date(2025, 6, 30)), f"{country}: no foreign minister on 2025-06-30"
    assert kb.holders(country, ["dm"], date(2025, 6, 30)), f"{country}: no defence minister on 2025-06-30"


@pytest.mark.parametrize(
    ("country", "office", "day", "name"),
    [
        ("GBR", "fm", date(2019, 1, 1), "Jeremy Hunt"),
        ("USA", "dm", date(2018, 6, 1), "Jim Mattis"),
        ("FRA", "fm", date(2016, 6, 30), "Jean-Marc Ayrault"),
        ("DEU", "dm", date(2016, 6, 30), "Ursula von der Leyen"),
        ("JPN", "dm", date(2017, 1, 1), "Tomomi Inada"),
        ("ISR", "fm", date(2017, 1, 1), "Benjamin Netanyahu"),  # held with the premiership
        ("CAN", "dm", date(2020, 1, 1), "Harjit Sajjan"),
        ("TWN", "fm", date(2020, 1, 1), "Joseph Wu"),
        ("JOR", "dm", date(2019, 1, 1), "Omar Razzaz"),  # Jordan's prime minister holds defence
        ("PHL", "fm", date(2016, 6, 30), "Perfecto Yasay Jr."),  # sworn in that day
    ],
)
def test_lone_holder_on_a_date(kb: KnowledgeBase, country: str, office: str, day: date, name: str) -> None:
    assert [a.name for a in kb.holders(country, [office], day)] == [name]


def test_minister_resolves_to_its_sector(kb: KnowledgeBase) -> None:
    [hunt] = kb.lookup("Jeremy Hunt")
    assert kb.actor_ref(hunt, "Jeremy Hunt", date(2019, 1, 1)).code == "GBRGOV"
    [inada] = kb.lookup("Tomomi Inada")
    assert kb.actor_ref(inada, "Tomomi Inada", date(2017, 1, 1)).code == "JPNMIL"


@pytest.mark.parametrize(
    ("country", "office", "day", "name"),
    [
        ("KOR", "hos", date(2015, 6, 1), "Park Geun-hye"),  # not Park Jin, a later foreign minister
        ("LBN", "hog", date(2025, 6, 1), "Nawaf Salam"),  # not Tammam Salam, premier until 2016
        ("PAK", "hog", date(2015, 6, 1), "Nawaz Sharif"),  # not his brother Shehbaz
    ],
)
def test_a_shared_surname_is_not_one_person(kb: KnowledgeBase, country: str, office: str, day: date,
                                            name: str) -> None:
    """The people build merges a Factbook head into a curated person only when their full names agree."""
    assert [a.name for a in kb.holders(country, [office], day)] == [name]
