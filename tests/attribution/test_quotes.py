"""Quotes in every common style, over real parses of sentences written for the tests."""

from __future__ import annotations

from eventwire.attribution import attribute

from .kit import KREMLIN, MACRON, PUTIN, SPOKESPERSON, by_cue, mention, parse


def quotes_of(nlp, text: str, mentions=(), source: str | None = "TASS"):
    parsed = parse(nlp, text, source=source)
    return attribute(parsed, [m(parsed) for m in mentions], [])[1]


def test_quote_then_attribution_with_curly_marks(nlp) -> None:
    text = "“We will respond to any provocation. Nobody should doubt it,” the Kremlin said."
    quote = by_cue(quotes_of(nlp, text, [lambda p: mention(p, "Kremlin", KREMLIN, kind="metonym")]), "said")
    assert quote.kind == "direct"
    assert quote.text == "We will respond to any provocation. Nobody should doubt it"
    assert quote.speaker == KREMLIN
    assert quote.reported_via == ("TASS",)
    start, end = quote.spans["content"]
    assert text[start:end] == quote.text and text[slice(*quote.spans["cue"])] == "said"
    assert text[slice(*quote.spans["speaker"])] == "the Kremlin"


def test_straight_quotes_and_guillemets(nlp) -> None:
    quotes = quotes_of(
        nlp, '"The sanctions will fail," Lavrov told reporters. «We are ready to talk», Peskov said.'
    )
    lavrov, peskov = quotes
    assert lavrov.text == "The sanctions will fail" and lavrov.speaker.text == "Lavrov"
    assert lavrov.addressee is not None and lavrov.addressee.text == "reporters"
    assert peskov.text == "We are ready to talk" and peskov.speaker.text == "Peskov"


def test_single_quote_style(nlp) -> None:
    quote = quotes_of(nlp, "'We will never recognise the annexation,' the minister said on Monday.")[0]
    assert quote.kind == "direct" and quote.text == "We will never recognise the annexation"
    assert quote.speaker.text == "the minister"


def test_attribution_then_quote_after_a_colon(nlp) -> None:
    quote = quotes_of(nlp, 'Putin said: "Russia is open to dialogue with everyone who wants peace."')[0]
    assert (quote.kind, quote.cue, quote.speaker.text) == ("direct", "said", "Putin")
    assert quote.text == "Russia is open to dialogue with everyone who wants peace."


def test_quote_over_paragraphs_after_an_agent_with_a_colon(nlp) -> None:
    text = (
        "PM call\n\nA Downing Street spokesperson said:\n\n"
        "“The Prime Minister spoke to President Putin today.\n\n"
        "“They agreed to keep in touch.”\n\nPublished 9 August 2016"
    )
    agent = lambda p: mention(p, "Downing Street spokesperson", SPOKESPERSON, kind="agent")  # noqa: E731
    quote = by_cue(quotes_of(nlp, text, [agent], source=None), "said")
    assert quote.kind == "direct" and quote.speaker == SPOKESPERSON
    assert quote.text.startswith("The Prime Minister spoke") and quote.text.endswith("keep in touch.")


def test_unquoted_paragraphs_after_an_introducing_colon(nlp) -> None:
    text = (
        "PM call with President Putin\n\nA Downing Street spokesperson said:\n\n"
        "The Prime Minister spoke to President Putin this afternoon.\n\n"
        "They agreed to keep in contact.\n\nPublished 9 August 2016"
    )
    agent = lambda p: mention(p, "Downing Street spokesperson", SPOKESPERSON, kind="agent")  # noqa: E731
    quote = by_cue(quotes_of(nlp, text, [agent], source=None), "said")
    assert quote.kind == "direct" and quote.speaker == SPOKESPERSON
    assert (
        quote.text
        == "The Prime Minister spoke to President Putin this afternoon.\n\nThey agreed to keep in contact."
    )
    assert quote.reported_via == ()


def test_transcript_turns(nlp) -> None:
    text = (
        "Meeting with the Prime Minister\n\n"
        "President of Russia Vladimir Putin: Good morning, Mr Prime Minister.\n\n"
        "We have many bilateral matters to discuss.\n\n"
        "British Prime Minister David Cameron: Thank you very much, Mr President."
    )
    putin, cameron = quotes_of(nlp, text, source="Kremlin")
    assert putin.cue == ":" and putin.kind == "direct"
    assert putin.speaker.text == "President of Russia Vladimir Putin"
    assert putin.text == "Good morning, Mr Prime Minister.\n\nWe have many bilateral matters to discuss."
    assert cameron.text == "Thank you very much, Mr President." and cameron.reported_via == ("Kremlin",)


def test_first_person_inside_a_turn_is_the_turn_speaker(nlp) -> None:
    text = "Talks\n\nPresident of Russia Vladimir Putin: Welcome. I think that our talks will be useful."
    quotes = quotes_of(nlp, text, [lambda p: mention(p, "Vladimir Putin", PUTIN)], source="Kremlin")
    inner = by_cue(quotes, "think")
    assert inner.speaker == PUTIN and inner.kind == "indirect"
    assert inner.text == "our talks will be useful"


def test_indirect_cues_with_that_and_without(nlp) -> None:
    text = (
        "Putin noted that the talks were useful. Macron stressed the ceasefire must hold. "
        "Lavrov emphasized that Moscow would respond. Peskov reiterated that the offer stands."
    )
    quotes = quotes_of(nlp, text)
    assert [(q.cue, q.speaker.text, q.text) for q in quotes] == [
        ("noted", "Putin", "the talks were useful"),
        ("stressed", "Macron", "the ceasefire must hold"),
        ("emphasized", "Lavrov", "Moscow would respond"),
        ("reiterated", "Peskov", "the offer stands"),
    ]
    assert {q.kind for q in quotes} == {"indirect"}


def test_told_gives_the_addressee(nlp) -> None:
    text = "Putin told Macron that the West ignited the conflict."
    mentions = [lambda p: mention(p, "Putin", PUTIN), lambda p: mention(p, "Macron", MACRON)]
    quote = by_cue(quotes_of(nlp, text, mentions), "told")
    assert quote.speaker == PUTIN and quote.addressee == MACRON
    assert quote.text == "the West ignited the conflict"
    assert text[slice(*quote.spans["addressee"])] == "Macron"


def test_according_to_and_described_as(nlp) -> None:
    text = "The Kremlin described the talk as substantive. The two sides met twice, according to Interfax."
    quotes = quotes_of(nlp, text, [lambda p: mention(p, "Kremlin", KREMLIN, kind="metonym")])
    described = by_cue(quotes, "described")
    assert described.text == "the talk as substantive" and described.speaker == KREMLIN
    according = by_cue(quotes, "according to")
    assert according.text == "The two sides met twice" and according.speaker.text == "Interfax"


def test_the_statement_speaks_for_the_latest_issuer(nlp) -> None:
    text = (
        "Putin spoke with Macron, the Kremlin said. "
        '"The presidents discussed Ukraine and Iran," the statement said.'
    )
    quotes = quotes_of(nlp, text, [lambda p: mention(p, "Kremlin", KREMLIN, kind="metonym")])
    statement = next(q for q in quotes if q.kind == "direct")
    assert statement.speaker == KREMLIN and statement.reported_via == ("TASS",)
    assert quotes_of(nlp, '"Talks went well," the statement said.')[0].speaker.text == "TASS"


def test_pronoun_speaker_from_coreference_or_the_latest_person(nlp) -> None:
    text = "Putin noted that talks were useful. To reach peace, he emphasized, the roots must be addressed."
    by_coref = quotes_of(nlp, text, [lambda p: mention(p, "he", PUTIN, kind="pronoun")])
    assert by_cue(by_coref, "emphasized").speaker == PUTIN
    fallback = by_cue(quotes_of(nlp, text, [lambda p: mention(p, "Putin", PUTIN)]), "emphasized")
    assert fallback.speaker == PUTIN
    assert fallback.text.startswith("To reach peace") and fallback.text.endswith("must be addressed")


def test_as_x_remarked(nlp) -> None:
    quote = quotes_of(nlp, "As Putin later remarked, his counterpart failed to warn him.")[0]
    assert (quote.cue, quote.speaker.text) == ("remarked", "Putin")
    assert quote.text == "his counterpart failed to warn him"


def test_nested_speech_is_reported_via_the_outer_speaker(nlp) -> None:
    text = "Putin told Macron that the West ignited the conflict in Ukraine, the Kremlin said."
    mentions = [
        lambda p: mention(p, "Putin", PUTIN),
        lambda p: mention(p, "Kremlin", KREMLIN, kind="metonym"),
    ]
    quotes = quotes_of(nlp, text, mentions)
    outer, inner = by_cue(quotes, "said"), by_cue(quotes, "told")
    assert outer.speaker == KREMLIN and outer.reported_via == ("TASS",)
    assert outer.text.startswith("Putin told Macron")
    assert inner.speaker == PUTIN and inner.reported_via == ("TASS", "the Kremlin")


def test_scare_quotes_and_titles_are_no_quotes(nlp) -> None:
    text = (
        "PM call with President Putin: 9 August 2016\n\nIt was about the so-called “exploration” of the area."
    )
    assert quotes_of(nlp, text, source=None) == []


def test_quote_ids_are_stable_and_topics_come_from_headings(nlp) -> None:
    text = "Readout\n\nIranian crisis\n\nPutin said that Iran has a right to a peaceful programme."
    first = quotes_of(nlp, text)
    again = quotes_of(nlp, text)
    assert [q.quote_id for q in first] == [q.quote_id for q in again]
    assert first[0].topic == "Iranian crisis"
    assert quotes_of(nlp, text.replace("Putin", "Lavrov"))[0].quote_id != first[0].quote_id


def test_a_quote_split_by_its_attribution_gives_two_quotes_of_one_speaker(nlp) -> None:
    quotes = quotes_of(nlp, '"We are ready to talk," Putin said, "but only on our terms."')
    assert [(q.text, q.speaker.text, q.cue) for q in quotes] == [
        ("We are ready to talk", "Putin", "said"),
        ("but only on our terms.", "Putin", "said"),
    ]


def test_inverted_attribution_after_the_quote(nlp) -> None:
    quote = quotes_of(nlp, '"The sanctions are illegal," said Maria Zakharova, the ministry spokeswoman.')[0]
    assert (quote.kind, quote.speaker.text) == ("direct", "Maria Zakharova")


def test_a_phrase_quoted_inside_indirect_speech(nlp) -> None:
    quotes = quotes_of(nlp, 'The minister said the talks were "constructive and frank".')
    indirect = next(q for q in quotes if q.kind == "indirect")
    direct = next(q for q in quotes if q.kind == "direct")
    assert indirect.text == 'the talks were "constructive and frank"'
    assert direct.text == "constructive and frank" and direct.speaker == indirect.speaker


def test_accusations_and_denials_report_their_content(nlp) -> None:
    quotes = quotes_of(
        nlp, "Russia accused Ukraine of shelling the nuclear plant. Kyiv denied attacking the plant."
    )
    assert [(q.cue, q.speaker.text, q.text) for q in quotes] == [
        ("accused", "Russia", "Ukraine of shelling the nuclear plant"),
        ("denied", "Kyiv", "attacking the plant"),
    ]
