"""Background acts: past events the text tells as history, which must not take the publication date.

News tells the news against a background of earlier acts: "the United States and Russia have helped each
other in times of crisis in the past", "Previously, Moscow had accused Kiev", "much like we did during the
Second World War, when our nations fought side by side". Without a date of their own such acts would fall
back on the article's date (`events.date_of`); here is when they are background instead:

- **A vague past** (`vague_past`): the clause's only time expression is a past reference (TimeML
  `PAST_REF`: "in the past", "once", "recently"). The event gets `date: null`; it is `historical` unless
  the expression says the past is recent (lexicon `recent_time`: "recently", "a few days ago").
- **A past adverb** (`past_adverb`): a past-tense verb (simple past, or a perfect) modified by an adverb
  of lexicon class `past_adverb` ("previously", "formerly", "historically"): `date: null`, historical.
  "Earlier" is not one: wire reports use it for earlier the same day.
- **A past era** (`in_past_era`): the act's clause names a period of history (lexicon `past_era`: "the
  Second World War", "the Cold War", "the Soviet era"), or the act is a relative clause or a
  `when`/`as` clause of a phrase that does ("during the Second World War, when ... fought"): `date:
  null`, historical.
- **A date its relative clause hangs on** (`antecedent_timexes`): "in 2014, when Russia annexed Crimea":
  a relative clause of a time expression happened then.
"""

from __future__ import annotations

from collections.abc import Mapping

from eventwire.coding.candidate import Candidate
from eventwire.coding.clauses import TIME_ENTITIES, clause_tokens, kids, np_tokens
from eventwire.coding.codebook import CodingTables
from eventwire.records import Sentence, Timex

PAST_TAGS = frozenset({"VBD", "VBN"})
WHEN_MARKS = frozenset({"when", "as", "while", "whereupon"})


def vague_past(found: list[Timex], tables: CodingTables) -> bool | None:
    """None unless every time expression in `found` is a vague past (`PAST_REF`); else whether it places
    the act clearly before the news (not "recently": lexicon `recent_time`)."""
    if not found or any(t.value != "PAST_REF" for t in found):
        return None
    recent = tables.words("recent_time")
    return not any(w in recent for t in found for w in t.text.lower().split())


def background(cand: Candidate, tables: CodingTables) -> bool:
    """Is the verbal act of `cand` told as history (module docstring: a past adverb or a past era)?"""
    sent = cand.sent
    v = cand.trigger
    tok = sent.tokens[v]
    if cand.clause_head is None or tok.pos not in {"VERB", "AUX"} or not past_tense(sent, v):
        return False
    adverbs = tables.words("past_adverb")
    if any(sent.tokens[a].lemma.lower() in adverbs or sent.tokens[a].text.lower() in adverbs
           for a in kids(sent, v, ("advmod",))):
        return True
    return in_past_era(sent, v, tables.words("past_era"))


def past_tense(sent: Sentence, v: int) -> bool:
    """A simple past or a perfect ("fought", "has aided", "had accused"); not a passive's or modal's
    participle alone ("will be attacked")."""
    tok = sent.tokens[v]
    auxes = [sent.tokens[a] for a in kids(sent, v, ("aux", "auxpass"))]
    if any(a.tag == "MD" for a in auxes):
        return False
    if tok.tag == "VBD":
        return True
    return tok.tag == "VBN" and any(a.lemma.lower() == "have" for a in auxes)


def described(sent: Sentence, v: int) -> int | None:
    """The phrase a relative or `when` clause `v` describes: its antecedent, or the noun right before the
    clause ("In 2014, when ...", "during the Second World War, when ...": the parser often hangs such a
    clause on the main verb)."""
    tok = sent.tokens[v]
    if tok.dep == "relcl" and tok.head != v:
        return tok.head
    marks = {sent.tokens[m].text.lower() for m in kids(sent, v, ("mark", "advmod"))}
    if tok.dep != "advcl" or not marks & WHEN_MARKS:
        return None
    j = min(sent.subtree(v)) - 1
    while j >= 0 and sent.tokens[j].pos == "PUNCT":
        j -= 1
    if j < 0 or sent.tokens[j].pos not in {"NOUN", "PROPN", "NUM"}:
        return None
    while sent.tokens[j].dep in {"compound", "nummod", "amod", "nmod"} and sent.tokens[j].head > j:
        j = sent.tokens[j].head
    return j


def present_tense(cand: Candidate) -> bool:
    """Is the verbal act of `cand` told in the present or the present perfect ("has criticised",
    "condemns")? A noun's event is not."""
    sent = cand.sent
    tok = sent.tokens[cand.trigger]
    if tok.pos not in {"VERB", "AUX"}:
        return False
    auxes = [sent.tokens[a] for a in kids(sent, cand.trigger, ("aux", "auxpass"))]
    if auxes:
        return auxes[0].tag in {"VBZ", "VBP"}
    return tok.tag in {"VBZ", "VBP"}


def in_past_era(sent: Sentence, v: int, eras: Mapping[str, str]) -> bool:
    """Does the clause of `v`, or the phrase its relative or `when` clause describes, name a past era?"""
    if not eras:
        return False
    places = clause_tokens(sent, v)
    head = described(sent, v)
    if head is not None:
        places |= set(np_tokens(sent, head))
    return any(names_era(sent, n, eras) for n in places if sent.tokens[n].pos in {"NOUN", "PROPN"})


def names_era(sent: Sentence, n: int, eras: Mapping[str, str]) -> bool:
    """Does the noun phrase headed at `n` end with a past era's name (matched on lower-case words)?"""
    if sent.tokens[n].dep in {"compound", "amod"}:
        return False
    phrase = [sent.tokens[j].text.lower() for j in sorted(np_tokens(sent, n))
              if sent.tokens[j].pos not in {"DET", "PUNCT"}]
    return any(" ".join(phrase[k:]) in eras for k in range(len(phrase)))


def antecedent_timexes(sent: Sentence, head: int, anchors: list[tuple[int, Timex]]) -> list[Timex]:
    """"The year 2014, when Russia annexed Crimea", "In 2014, when ...": the time expressions of the time
    phrase a relative or `when` clause `head` describes."""
    described_at = described(sent, head)
    if described_at is None or sent.tokens[described_at].ent_type not in TIME_ENTITIES:
        return []
    phrase = set(np_tokens(sent, described_at))
    return [t for i, t in anchors if i in phrase]
