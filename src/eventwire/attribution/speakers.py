"""Who a speaker or addressee phrase is: matched to the actors stage's mentions by character overlap.

- a named actor, a metonym ("the Kremlin" -> RUS GOV), an agent ("a Downing Street spokesperson") or a group
  ("the two leaders", whose members make a joint speaker) is taken from the mention over the phrase's head;
- a document ("the statement", "the message") speaks for its issuer: an actor named inside the phrase
  ("the Kremlin statement"), else the most recent body that spoke or issued a statement, else the
  article's own outlet;
- a pronoun the actors stage resolved by coreference is that actor; otherwise he/she fall back to the latest
  person who spoke, they to the latest joint speaker, it to the latest body, and I/we to the speaker whose
  words contain the phrase (a transcript turn or a direct quote) or else the outlet (the author's "I");
- the outlet (article.source) named as a speaker ("according to TASS estimates") is marked as such;
- anything else keeps its text with no actor fields: unknown is better than guessed.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from eventwire.attribution.frames import Phrase
from eventwire.attribution.lexicon import CueLexicon
from eventwire.records import ActorRef, Mention, ParsedArticle

BODY_TYPES = frozenset({"state", "organisation", "igo"})
BODY_KINDS = frozenset({"metonym", "agent"})
FIRST_PERSON = frozenset({"i", "me", "we", "us", "my", "our"})
PERSONAL = frozenset({"he", "him", "she", "her", "his"})
PLURAL = frozenset({"they", "them", "their"})
NEUTER = frozenset({"it", "its"})


@dataclass(frozen=True, slots=True)
class Speaker:
    """A resolved speaker: the contract's actor object, its members when several speak jointly, and how
    it is written (for `reported_via`)."""

    ref: ActorRef
    members: tuple[ActorRef, ...] = ()
    text: str = ""
    outlet: bool = False
    body: bool = False
    person: bool = False

    def refs(self) -> tuple[ActorRef, ...]:
        return self.members or (self.ref,)


@dataclass
class SpeakerContext:
    """What earlier frames established, in article order: the current issuer and the latest speakers."""

    issuer: Speaker | None = None
    last_person: Speaker | None = None
    last_group: Speaker | None = None

    def remember(self, speaker: Speaker, issuer_hint: bool) -> None:
        if speaker.outlet:
            return
        if speaker.members:
            self.last_group = speaker
        if speaker.person:
            self.last_person = speaker
        if speaker.body or issuer_hint:
            self.issuer = speaker


class MentionIndex:
    """Mentions by sentence, to match phrases by overlap."""

    def __init__(self, mentions: Sequence[Mention]) -> None:
        self._by_sentence: dict[int, list[Mention]] = {}
        for mention in mentions:
            self._by_sentence.setdefault(mention.sentence_index, []).append(mention)

    def over(self, phrase: Phrase) -> list[Mention]:
        """Mentions overlapping the phrase: the one holding its head first, resolved before unresolved,
        longer before shorter."""
        found = [
            m
            for m in self._by_sentence.get(phrase.sentence_index, [])
            if m.start < phrase.end and phrase.start < m.end
        ]

        def rank(m: Mention) -> tuple[bool, bool, int]:
            holds_head = m.token_start <= phrase.head < m.token_end
            return (not holds_head, m.actor is None and not m.members, -(m.end - m.start))

        return sorted(found, key=rank)


def outlet_speaker(parsed: ParsedArticle, mentions: MentionIndex) -> Speaker | None:
    """The article's outlet (TASS, Kremlin, ...) as a speaker, or None when the article does not say."""
    source = parsed.article.source
    if not source:
        return None
    ref = ActorRef(
        text=source, name=source, country=None, sector=None, code=None, kb_id=None, type="organisation"
    )
    return Speaker(ref=ref, text=source, outlet=True, body=True)


def resolve_phrase(
    parsed: ParsedArticle,
    phrase: Phrase,
    mentions: MentionIndex,
    lex: CueLexicon,
    ctx: SpeakerContext,
    enclosing: Speaker | None = None,
) -> Speaker | None:
    """The speaker a phrase names, following the rules in the module docstring."""
    sent = parsed.sentences[phrase.sentence_index]
    head = sent.tokens[phrase.head]
    text = _written(sent.text_of(phrase.first, phrase.last))
    found = mentions.over(phrase)
    outlet = _named_outlet(parsed, text)
    if outlet is not None:
        best = next((m for m in found if m.actor is not None), None)
        ref = best.actor if best and best.actor else _bare(outlet)
        return Speaker(ref=ref, text=outlet, outlet=True, body=True)
    if lex.is_document(head.lemma):
        named = next(
            (m for m in found if m.actor is not None and not m.token_start <= phrase.head < m.token_end), None
        )
        if named is not None:
            return _from_mention(named, _written(named.text))
        return ctx.issuer
    mention = found[0] if found and (found[0].actor is not None or found[0].members) else None
    if mention is not None and not _is_pronoun_head(head.text, mention, phrase):
        return _from_mention(mention, text)
    if head.pos == "PRON":
        return _pronoun(head.text.lower(), mention, ctx, enclosing)
    if mention is not None:
        return _from_mention(mention, text)
    if head.text.lower() in {"it", "there"}:
        return None
    return Speaker(
        ref=_bare(text), text=text, person=head.ent_type == "PERSON", body=head.ent_type in ("ORG", "GPE")
    )


def _is_pronoun_head(word: str, mention: Mention, phrase: Phrase) -> bool:
    """A mention over a pronoun head only counts when it is the pronoun's own (coreference) mention."""
    return word.lower() in FIRST_PERSON | PERSONAL | PLURAL | NEUTER and not (
        mention.token_start <= phrase.head < mention.token_end
    )


def _pronoun(
    word: str, mention: Mention | None, ctx: SpeakerContext, enclosing: Speaker | None
) -> Speaker | None:
    if mention is not None:
        return _from_mention(mention, _written(mention.text))
    if word in FIRST_PERSON:
        return enclosing
    if word in PERSONAL:
        return ctx.last_person
    if word in PLURAL:
        return ctx.last_group
    if word in NEUTER:
        return ctx.issuer
    return None


def _from_mention(mention: Mention, text: str) -> Speaker:
    """A speaker from a mention; a group without one actor becomes a joint speaker of its members."""
    members = mention.members
    ref = mention.actor if mention.actor is not None else group_ref(mention.text, members)
    person = not members and (ref.type == "person" or mention.kind == "role")
    body = not members and not person and (mention.kind in BODY_KINDS or ref.type in BODY_TYPES)
    if mention.kind == "pronoun" and ref.name:
        text = ref.name
    return Speaker(ref=ref, members=members, text=text, body=body, person=person)


def group_ref(text: str, members: tuple[ActorRef, ...]) -> ActorRef:
    """Several actors speaking as one: the fields they share, the rest left empty."""

    def shared(values: list[str | None]) -> str | None:
        return values[0] if values and all(v == values[0] for v in values) else None

    names = [m.name or m.text for m in members]
    return ActorRef(
        text=text,
        name=" and ".join(names) if names else None,
        country=shared([m.country for m in members]),
        sector=shared([m.sector for m in members]),
        code=shared([m.code for m in members]),
        kb_id=None,
        type="group",
    )


def _bare(text: str) -> ActorRef:
    return ActorRef(text=text, name=None, country=None, sector=None, code=None, kb_id=None)


def _named_outlet(parsed: ParsedArticle, text: str) -> str | None:
    """The outlet's name as written in the phrase ("TASS" in "TASS estimates"), if it is there."""
    source = parsed.article.source
    found = re.search(rf"\b{re.escape(source)}\b", text, re.IGNORECASE) if source else None
    return found.group(0) if found else None


def _written(text: str) -> str:
    """The phrase as a reader would cite it inside a sentence: "The Kremlin" -> "the Kremlin"."""
    return re.sub(r"^(The|A|An) ", lambda m: m.group(1).lower() + " ", text.strip())
