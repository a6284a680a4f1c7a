"""Reporting frames read off one sentence's dependency tree: cue, speaker, addressee, content.

Patterns (each frame's `rule`):
- `verb-complement`: a cue verb with a clausal complement — "X said (that) ...", "X told Y that ...",
  "..., the Kremlin said" (the complement comes first), "X described the talk as ...", "X accused Y of ...".
- `parenthetical`: the cue clause sits inside or beside the content — "To achieve ..., he emphasized, it is
  essential ...", "As Putin remarked, ...".
- `noun-complement`: a reporting noun with a that-clause — "expressed the hope that ...", "the claim that".
- `phrase`: a sourcing phrase — "according to X", "in the words of X", "as reported by X".
- `citing`: "..., citing X".
A participle or coordinated cue without its own subject speaks with its head's subject ("The Kremlin
described the talk as substantive, noting that ..."). A negated cue ("did not say that") makes no frame.
"""

from __future__ import annotations

from dataclasses import replace

from eventwire.attribution.frames import (
    Frame,
    Phrase,
    Voice,
    bounds,
    children_with,
    noun_phrase,
    trimmed,
)
from eventwire.attribution.lexicon import CueLexicon
from eventwire.records import Sentence, Span

RELATIVE = frozenset({"who", "that", "which"})
_TAILS = {"describe": frozenset({"as"}), "accuse": frozenset({"of", "for"})}  # described X as; accused X of
INTRO_CLASSES = frozenset({"say", "think", "agree", "deny", "ask"})
UNDONE = frozenset({"fail", "refuse", "decline", "neglect", "forget"})  # "failed to inform him that"
INHERITS = frozenset({"conj", "advcl", "xcomp", "pcomp", "acl", "relcl"})
SPEAKER_PREPS = frozenset({"from", "by", "of"})


def sentence_frames(sent: Sentence, lex: CueLexicon) -> list[Frame]:
    """Every reporting frame the parse of one sentence shows, in token order."""
    frames: list[Frame] = []
    for tok in sent.tokens:
        frame = _verb_frame(sent, tok.i, lex) or _noun_frame(sent, tok.i, lex)
        if frame is not None:
            frames.append(frame)
    frames.extend(_phrase_frames(sent, lex))
    return sorted(frames, key=lambda f: f.cue_span[0] if f.cue_span else f.content[0])


# --- voices: cue + speaker + addressee ------------------------------------------------------------------


def intro_voice(sent: Sentence, upto: int, reach: int, lex: CueLexicon) -> Voice | None:
    """The nearest speaking voice at or before token `upto` that introduces words after it ("X said:",
    "a statement from X:", "The message reads, in part:"); describing or sourcing cues do not introduce."""
    for i in range(upto, max(-1, upto - reach - 1), -1):
        voice = verb_voice(sent, i, lex) or noun_voice(sent, i, lex)
        if voice is not None and voice.speaker is not None and voice.cue_class in INTRO_CLASSES:
            return voice
    return None


def verb_voice(sent: Sentence, i: int, lex: CueLexicon) -> Voice | None:
    """The voice of a cue verb, whatever its complement; None for other verbs and negated cues."""
    tok = sent.tokens[i]
    cls = lex.verb_class(tok.lemma)
    if cls is None or tok.pos not in ("VERB", "AUX") or children_with(sent, i, "neg"):
        return None
    if tok.dep == "xcomp" and sent.tokens[tok.head].lemma.lower() in UNDONE:
        return None
    speaker = subject_of(sent, i)
    if tok.lemma.lower() == "read" and not (speaker and lex.is_document(sent.tokens[speaker.head].lemma)):
        return None  # "the message reads", not "he read a book"
    last = i
    for prt in children_with(sent, i, "prt"):
        last = max(last, prt)
    return Voice(
        cue=sent.text_of(i, last),
        cue_class=cls,
        cue_span=sent.char_span(i, last),
        sentence_index=sent.index,
        speaker=speaker,
        addressee=_addressee(sent, i, cls),
        issuer_hint=_names_document(sent, i, lex),
    )


def noun_voice(sent: Sentence, i: int, lex: CueLexicon) -> Voice | None:
    """The voice of a reporting noun: "his assertion", "a statement from X", "expressed the hope"."""
    tok = sent.tokens[i]
    cls = lex.noun_class(tok.lemma) or ("say" if lex.is_document(tok.lemma) else None)
    if cls is None or tok.pos not in ("NOUN", "PROPN"):
        return None
    speaker = _noun_speaker(sent, i)
    first = i
    if tok.dep in ("dobj", "attr") and tok.head < i and sent.tokens[tok.head].pos in ("VERB", "AUX"):
        first = tok.head  # "expressed the hope", "reiterated its position"
        speaker = speaker or subject_of(sent, tok.head)
    return Voice(
        cue=sent.text_of(first, i),
        cue_class=cls,
        cue_span=sent.char_span(first, i),
        sentence_index=sent.index,
        speaker=speaker,
        issuer_hint=lex.is_document(tok.lemma),
    )


def subject_of(sent: Sentence, i: int, depth: int = 0) -> Phrase | None:
    """Who performs verb `i`: its subject, a passive's agent, or (for participles, conjuncts and relative
    clauses without a subject of their own) the subject of the verb or noun they hang from."""
    tok = sent.tokens[i]
    for s in children_with(sent, i, "nsubj"):
        if sent.tokens[s].text.lower() in RELATIVE and tok.dep in ("relcl", "acl"):
            return noun_phrase(sent, tok.head)
        return noun_phrase(sent, s)
    if children_with(sent, i, "nsubjpass", "csubjpass", "expl"):
        return _agent(sent, i)  # "It was noted that ...": nobody named
    agent = _agent(sent, i)
    if agent is not None or depth >= 3 or tok.head == i or tok.dep not in INHERITS:
        return agent
    head = tok.head
    if sent.tokens[head].pos == "ADP" and sent.tokens[head].head != head:
        head = sent.tokens[head].head  # "by saying that ..."
    if tok.dep in ("acl", "relcl") and sent.tokens[head].pos in ("NOUN", "PROPN", "PRON"):
        return noun_phrase(sent, head)  # "a statement saying that ..."
    return subject_of(sent, head, depth + 1)


def _agent(sent: Sentence, i: int) -> Phrase | None:
    for agent in children_with(sent, i, "agent"):
        for pobj in children_with(sent, agent, "pobj"):
            return noun_phrase(sent, pobj)
    return None


def _addressee(sent: Sentence, i: int, cls: str) -> Phrase | None:
    """ "told Macron that", "informed him that", "said to reporters"."""
    if cls not in ("say", "ask"):
        return None
    if children_with(sent, i, "ccomp"):
        for obj in children_with(sent, i, "dobj", "dative"):
            if sent.tokens[obj].pos in ("PROPN", "NOUN", "PRON"):
                return noun_phrase(sent, obj)
    for prep in children_with(sent, i, "prep", "dative"):
        if sent.tokens[prep].text.lower() == "to":
            for pobj in children_with(sent, prep, "pobj"):
                return noun_phrase(sent, pobj)
    return None


def _names_document(sent: Sentence, i: int, lex: CueLexicon) -> bool:
    """ "said in a statement": the speaker issues statements, so a later "the statement" may mean them."""
    return any(
        sent.tokens[prep].text.lower() == "in" and lex.is_document(sent.tokens[p].lemma)
        for prep in children_with(sent, i, "prep")
        for p in children_with(sent, prep, "pobj")
    )


def _noun_speaker(sent: Sentence, i: int) -> Phrase | None:
    for child in children_with(sent, i, "poss"):
        return noun_phrase(sent, child)
    for child in children_with(sent, i, "compound"):
        if sent.tokens[child].pos == "PROPN":
            return noun_phrase(sent, child)
    for prep in children_with(sent, i, "prep"):
        if sent.tokens[prep].text.lower() in SPEAKER_PREPS:
            for pobj in children_with(sent, prep, "pobj"):
                return noun_phrase(sent, pobj)
    return None


# --- frames: voice + content ---------------------------------------------------------------------------


def _verb_frame(sent: Sentence, i: int, lex: CueLexicon) -> Frame | None:
    voice = verb_voice(sent, i, lex)
    if voice is None:
        return None
    if voice.cue_class == "source":
        return _citing_frame(sent, i, voice)
    content = _complement(sent, i, voice.cue_class)
    if content is not None:
        return voice.frame("indirect", sent.char_span(*content), "verb-complement")
    if _is_parenthetical(sent, i) and voice.speaker is not None:
        first, last = bounds(sent, i)
        cut = _content_around(sent, sent.tokens[i].head, first, last)
        if cut is not None:
            return voice.frame("indirect", cut[0], "parenthetical", cut[1])
    return None


def _complement(sent: Sentence, i: int, cls: str) -> tuple[int, int] | None:
    """Token range of what verb `i` reports, by its class."""
    objs = children_with(sent, i, "dobj")
    if cls in ("describe", "accuse") and objs:
        tail = [p for p in children_with(sent, i, "prep") if sent.tokens[p].text.lower() in _TAILS[cls]]
        tail += children_with(sent, i, "oprd") if cls == "describe" else []
        if tail:
            return trimmed(sent, bounds(sent, objs[0])[0], max(bounds(sent, t)[1] for t in tail))
    comps = children_with(sent, i, "ccomp")
    if cls == "deny":
        comps = (
            comps
            or children_with(sent, i, "xcomp", "pcomp")
            or [o for o in objs if sent.tokens[o].tag == "VBG"]
        )
    if not comps:
        return None
    first = min(bounds(sent, c)[0] for c in comps)
    last = max(bounds(sent, c)[1] for c in comps)
    span = trimmed(sent, first, last, marks=True)
    if span is None or span[1] - span[0] < 1:
        return None
    return span


def _is_parenthetical(sent: Sentence, i: int) -> bool:
    """ "..., he emphasized, ..." or "As Putin remarked, ...": the cue clause modifies its content."""
    tok = sent.tokens[i]
    if tok.head == i:
        return False
    if tok.dep == "parataxis":
        return True
    marks = [sent.tokens[m].text.lower() for m in children_with(sent, i, "mark")]
    return tok.dep == "advcl" and marks == ["as"]


def _content_around(
    sent: Sentence, head: int, cut_first: int, cut_last: int
) -> tuple[Span, tuple[Span, ...]] | None:
    """The clause under `head` without the tokens cut_first..cut_last: as one span, with the cut
    excluded when it sits in the middle."""
    first, last = bounds(sent, head)
    left = trimmed(sent, first, cut_first - 1) if cut_first > first else None
    right = trimmed(sent, cut_last + 1, last) if cut_last < last else None
    if left is None and right is None:
        return None
    if left is None or right is None:
        part = left or right
        assert part is not None
        return sent.char_span(*part), ()
    gap = (sent.tokens[left[1]].end, sent.tokens[right[0]].start)
    return (sent.tokens[left[0]].start, sent.tokens[right[1]].end), (gap,)


def _citing_frame(sent: Sentence, i: int, voice: Voice) -> Frame | None:
    """ "..., citing X": X is the source, the clause it hangs from the content."""
    objs = children_with(sent, i, "dobj")
    tok = sent.tokens[i]
    if not objs or tok.head == i:
        return None
    first, last = bounds(sent, i)
    cut = _content_around(sent, tok.head, first, last)
    if cut is None:
        return None
    source = noun_phrase(sent, objs[0])
    return Frame(
        "indirect", voice.cue, "source", voice.cue_span, sent.index, cut[0], source, None, cut[1], "citing"
    )


def _noun_frame(sent: Sentence, i: int, lex: CueLexicon) -> Frame | None:
    """A reporting noun with a that-clause, or any noun with one as a cue verb's object ("stressed the
    fact that ..."): the clause is the content."""
    clauses = [c for c in children_with(sent, i, "acl", "ccomp", "appos") if _has_that(sent, c)]
    if not clauses:
        return None
    voice = noun_voice(sent, i, lex)
    tok = sent.tokens[i]
    if voice is None and tok.dep == "dobj" and tok.head < i:
        verb = verb_voice(sent, tok.head, lex)
        if verb is not None:
            cue = (verb.cue_span[0], tok.end)
            voice = replace(verb, cue=sent.text[cue[0] - sent.start : cue[1] - sent.start], cue_span=cue)
    if voice is None:
        return None
    span = trimmed(sent, *bounds(sent, clauses[0]), marks=True)
    if span is None:
        return None
    return voice.frame("indirect", sent.char_span(*span), "noun-complement")


def _has_that(sent: Sentence, i: int) -> bool:
    return any(sent.tokens[m].text.lower() in ("that", "whether") for m in children_with(sent, i, "mark"))


def _phrase_frames(sent: Sentence, lex: CueLexicon) -> list[Frame]:
    out: list[Frame] = []
    lowered = [t.text.lower() for t in sent.tokens]
    for words, cls in lex.phrases:
        n = len(words)
        for start in range(len(lowered) - n + 1):
            if tuple(lowered[start : start + n]) == words:
                frame = _phrase_frame(sent, start, start + n - 1, cls)
                if frame is not None:
                    out.append(frame)
    return out


def _phrase_frame(sent: Sentence, first: int, last: int, cls: str) -> Frame | None:
    """ "according to X": X speaks; the clause the phrase modifies is the content."""
    source = [p for p in sent.children[last] if sent.tokens[p].dep == "pobj"]
    source += [p for a in children_with(sent, last, "agent") for p in children_with(sent, a, "pobj")]
    if not source:
        return None
    end = max(last, bounds(sent, source[0])[1])
    top = next((k for k in range(first, last + 1) if not first <= sent.tokens[k].head <= end), first)
    clause = _clause_head(sent, sent.tokens[top].head)
    cut = _content_around(sent, clause, first, end)
    if cut is None or clause == top:
        return None
    speaker = noun_phrase(sent, source[0])
    cue = sent.text_of(first, last)
    return Frame(
        "indirect", cue, cls, sent.char_span(first, last), sent.index, cut[0], speaker, None, cut[1], "phrase"
    )


def _clause_head(sent: Sentence, i: int) -> int:
    """Climb from a token to the verb of its clause."""
    seen = 0
    while sent.tokens[i].pos not in ("VERB", "AUX") and sent.tokens[i].head != i and seen < 12:
        i = sent.tokens[i].head
        seen += 1
    return i
