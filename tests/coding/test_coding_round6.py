"""Round 6 of the coder: sub-codes the clause names, orders to one's own forces, welcomes that host a visit,
alarmed statements that threaten nothing, events of ordinary verb phrases, a business metaphor. Sentences
are written for these tests (not taken from the wire sets) and run through the whole pipeline."""

from __future__ import annotations

from eventwire.extraction import Resources

from .whole import coded, codes, triples

# --- an appeal names what it asks for

def test_asking_for_a_loan_or_weapons_is_an_appeal_for_aid(resources: Resources) -> None:
    assert ("0231", "EGY", None) in {(c, s, None) for c, s, _ in
                                     triples(resources, "Egypt asked the IMF for a $3 billion loan.")}
    assert ("0232", "UKR", "DEU") in triples(resources, "Kyiv asked Berlin for more air defence systems.")
    assert ("0232", "POL", "USA") in triples(resources, "Poland asked the US for more artillery.")
    assert "020" in codes(resources, "Chile asked Peru for patience.")


# --- mobilisation, sieges, ships sent to a sea

def test_calling_up_reservists_is_a_mobilisation(resources: Resources) -> None:
    assert "154" in codes(resources, "Serbia called up 20,000 reservists.")
    assert "154" in codes(resources, "Iran ordered a mobilisation of 100,000 reservists.")
    assert "154" not in codes(resources, "The coach called up three new players.")


def test_an_ordered_siege_is_a_blockade(resources: Resources) -> None:
    assert "191" in codes(resources, "Israel imposed a total siege on Gaza.")


# --- an order to one's own forces is the act ordered

def test_an_order_to_ones_own_army_is_the_ordered_act(resources: Resources) -> None:
    events = coded(resources, "The Indian prime minister ordered the army to withdraw from the border.")
    assert [e for e in events if e.cameo == "0874" and e.source and e.source.country == "IND"]
    assert not [e for e in events if e.cameo.startswith("10")]


def test_an_order_to_another_state_stays_a_demand(resources: Resources) -> None:
    events = coded(resources, "Russia ordered Ukraine to withdraw its troops.")
    assert [e for e in events if e.cameo.startswith("10") and e.target and e.target.country == "UKR"]
    assert not [e for e in events if e.cameo.startswith("087")]


# --- a welcome with ceremony hosts a visit

def test_a_welcome_with_a_ceremony_hosts_a_visit(resources: Resources) -> None:
    text = "The king welcomed the Indian prime minister with a ceremony in Rabat."
    assert "043" in codes(resources, text)
    assert "051" not in codes(resources, text)
    assert "043" not in codes(resources, "Germany welcomed the decision of the court.")


# --- an alarmed statement is no threat

def test_a_warning_of_a_danger_is_pessimism(resources: Resources) -> None:
    text = "The UN chief warned that the world was one mistake away from nuclear catastrophe."
    assert "012" in codes(resources, text) and "130" not in codes(resources, text)
    assert "012" in codes(resources, "The WHO warned that the region is on the brink of famine.")


def test_a_warning_of_ones_own_act_stays_a_threat(resources: Resources) -> None:
    assert "130" in codes(resources, "Iran warned that Israel would pay a heavy price.")
    assert "130" in codes(resources, "Russia warned the United States that its army was ready to respond.")
    text = "Egypt's interior minister warned that police will no longer tolerate rallies."
    assert "130" in codes(resources, text)


# --- ordinary verb phrases with an event

def test_detention_by_police_of_an_official_of_the_same_state(resources: Resources) -> None:
    assert ("173", "TUR", "TUR") in triples(resources, "Turkish police detained the mayor of Ankara.")


def test_questioning_suspects_is_an_investigation(resources: Resources) -> None:
    assert "091" in codes(resources, "French police questioned two suspects.")
    assert not coded(resources, "Lawmakers questioned the wisdom of the plan.")


def test_lodged_representations_are_an_official_complaint(resources: Resources) -> None:
    text = "China lodged solemn representations with the Philippines."
    assert ("114", "CHN", "PHL") in triples(resources, text)
    assert "114" not in codes(resources, "The lawyer lodged the documents with the court.")


def test_resumed_gas_deliveries_and_shared_data(resources: Resources) -> None:
    assert ("061", "RUS", "HUN") in triples(resources, "Russia resumed gas deliveries to Hungary.")
    text = "Japan and Australia began sharing data on Chinese naval movements."
    assert "064" in codes(resources, text)


def test_a_case_of_an_act_carried_out_is_the_act(resources: Resources) -> None:
    text = "Sudan's army is carrying out a clear case of ethnic cleansing against the Masalit."
    assert "203" in codes(resources, text)
    assert not coded(resources, "The ministry published a case of ethnic cleansing.")
    text = "The army launched a campaign of air strikes on rebel positions in Idlib."
    assert len([e for e in coded(resources, text) if e.cameo.startswith("19")]) == 1


# --- a business metaphor is no force

def test_storming_a_market_is_no_attack(resources: Resources) -> None:
    assert not [e for e in coded(resources, "Japanese carmakers are storming the Indian market.")
                if e.cameo.startswith("19")]
    assert [e for e in coded(resources, "Russian troops stormed the Ukrainian village of Klishchiivka.")
            if e.cameo.startswith("19")]
