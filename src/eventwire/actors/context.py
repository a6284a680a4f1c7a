"""What earlier sentences of one article introduced: the memory coreference reads.

One `Context` per article, created by `find_mentions` and dropped after it: no state outlives a call.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import date

from eventwire.actors.kb import KnowledgeBase
from eventwire.actors.match import span_head
from eventwire.actors.places import Spot
from eventwire.actors.tables import Publisher
from eventwire.records import ActorRef, Mention, Sentence

SUBJECT_DEPS = ("nsubj", "nsubjpass")


@dataclass(frozen=True)
class Seen:
    """A mention as coreference sees it: where it was, whether it was a subject, who it names."""

    sentence: int
    token: int
    head: int
    subject: bool
    mention: Mention
    main: bool = False  # the subject of the sentence's main verb
    named_person: bool = False  # a PERSON name the knowledge base could not resolve

    @property
    def people(self) -> tuple[ActorRef, ...]:
        refs = self.mention.members or ((self.mention.actor,) if self.mention.actor else ())
        return tuple(r for r in refs if r.type == "person" and r.kb_id)

    @property
    def one_person(self) -> bool:
        """One person, known or not (pronouns he/she/him/her may refer to it)."""
        actor = self.mention.actor
        person = actor is not None and actor.type == "person"
        return not self.mention.members and (self.named_person or person)


@dataclass(frozen=True, slots=True)
class Contact:
    """A contact the article reports (`contacts`): its sentence, its parties in text order, and whether
    every party the clause names was resolved (`complete` is False for "briefed leaders": unnamed)."""

    sentence: int
    parties: tuple[ActorRef, ...]
    complete: bool


@dataclass
class Context:
    """What one article has introduced so far, sentence by sentence."""

    kb: KnowledgeBase
    day: date | None
    home: tuple[str | None, str] = (None, "")  # the article's home country and why (`scope.home_country`)
    office: Publisher | None = None  # an official publisher (its office hos, hog, fm, dm): `scope.own_office`
    seen: list[Seen] = field(default_factory=list)
    plurals: list[tuple[tuple[int, int], tuple[ActorRef, ...]]] = field(default_factory=list)
    contacts: list[Contact] = field(default_factory=list)  # the article's contacts (`contacts`)
    located: dict[int, str] = field(default_factory=dict)  # sentence -> the one country of its places
    hints: frozenset[str] = frozenset()  # countries the current sentence names about places
    spots: tuple[Spot, ...] = ()  # the current sentence's places (`places.sentence_spots`)

    def add(self, sent: Sentence, mention: Mention) -> None:
        head = span_head(sent, mention.token_start, mention.token_end)
        tok = sent.tokens[head]
        subject = tok.dep in SUBJECT_DEPS
        main = subject and sent.tokens[tok.head].dep == "ROOT"
        unknown = mention.actor is None and mention.kind == "name" and tok.ent_type == "PERSON"
        self.seen.append(Seen(sent.index, mention.token_start, head, subject, mention, main, unknown))
        if mention.members:
            self.plurals.append(((sent.index, mention.token_start), mention.members))
        elif mention.actor is not None and sent.tokens[head].dep == "conj":
            self._add_conjunction(sent, head, mention.actor)
        elif mention.actor is not None and mention.kind == "agent" and _plural_phrase(sent, head):
            self.plurals.append(((sent.index, mention.token_start), (mention.actor,)))

    def replace(self, old: Mention, new: Mention) -> None:
        """`new` stands where `old` was (a bare agent placed after the sentence was read)."""
        for index, seen in enumerate(self.seen):
            if seen.mention is old:
                self.seen[index] = replace(seen, mention=new)
        if old.actor is None or new.actor is None:
            return
        for index, (where, members) in enumerate(self.plurals):
            if old.actor in members:
                swapped = tuple(new.actor if m == old.actor else m for m in members)
                self.plurals[index] = (where, swapped)

    def _add_conjunction(self, sent: Sentence, head: int, actor: ActorRef) -> None:
        """"Putin and Macron": the second conjunct joins the first into a plural antecedent."""
        partner = sent.tokens[head].head
        for seen in reversed(self.seen[:-1]):
            if seen.sentence == sent.index and seen.head == partner and seen.mention.actor is not None:
                self.plurals.append(((sent.index, seen.token), (seen.mention.actor, actor)))
                return

    def people_before(self, sentence: int, token: int, back: int = 3) -> Iterator[Seen]:
        """Person mentions before a position, nearest first, within `back` sentences."""
        for seen in reversed(self.seen):
            if seen.sentence < sentence - back:
                return
            if (seen.sentence, seen.token) < (sentence, token) and seen.people:
                yield seen

    def find_person(self, sentence: int, token: int, accept: Callable[[ActorRef], bool]) -> ActorRef | None:
        """The most salient earlier person passing `accept`: subjects first, then any, nearest first."""
        candidates = list(self.people_before(sentence, token))
        for want_subject in (True, False):
            for seen in candidates:
                if want_subject and not seen.subject:
                    continue
                for ref in seen.people:
                    if accept(ref):
                        return ref
        return None

    def antecedent(self, sentence: int, token: int, accept: Callable[[Seen], bool],
                   back: int = 3) -> Seen | None:
        """The person a singular pronoun refers to: the nearest sentence first (this one, then back);
        within a sentence the main subject, other subjects, then the rest, nearest first. Unknown
        names count, so "Annan said he ..." never skips Annan for a farther known person."""
        for distance in range(back + 1):
            number = sentence - distance
            found = [s for s in self.seen if s.sentence == number and s.one_person and s.token < (
                token if distance == 0 else 10**6) and accept(s)]
            if found:
                return min(found, key=lambda s: (not s.main, not s.subject, -s.token))
        return None

    def recent_people(self, limit: int = 2) -> list[ActorRef]:
        """The last `limit` distinct people mentioned, in order of their first mention in the article."""
        out: list[ActorRef] = []
        for seen in reversed(self.seen):
            for ref in seen.people:
                if all(ref.kb_id != r.kb_id for r in out):
                    out.append(ref)
            if len(out) >= limit:
                break
        first: dict[str | None, int] = {}
        for index, seen in enumerate(self.seen):
            for ref in seen.people:
                first.setdefault(ref.kb_id, index)
        return sorted(out[:limit], key=lambda r: first.get(r.kb_id, 0))

    def salient_people(self, limit: int = 2) -> list[ActorRef]:
        """The `limit` people the article mentions most (its main interaction), in order of first mention.

        "The leaders" after a call between the Prime Minister and Macron are those two, even when a third
        leader (Putin, discussed) was named last.
        """
        counts: dict[str, int] = {}
        first: dict[str, int] = {}
        refs: dict[str, ActorRef] = {}
        for index, seen in enumerate(self.seen):
            for ref in seen.people:
                key = ref.kb_id or ""
                counts[key] = counts.get(key, 0) + 1
                first.setdefault(key, index)
                refs.setdefault(key, ref)
        ranked = sorted(counts, key=lambda k: (-counts[k], first[k]))[:limit]
        return [refs[k] for k in sorted(ranked, key=lambda k: first[k])]

    def in_article_order(self, refs: Iterable[ActorRef]) -> list[ActorRef]:
        """`refs` in the order the article first mentions them ("the two leaders": Putin, then Macron)."""
        first: dict[tuple[object, ...], int] = {}
        for index, seen in enumerate(self.seen):
            for ref in seen.mention.members or ((seen.mention.actor,) if seen.mention.actor else ()):
                first.setdefault(identity(ref), index)
        listed = list(refs)
        return sorted(listed, key=lambda r: (first.get(identity(r), len(self.seen)), listed.index(r)))

    def latest_contact(self, sentence: int) -> Contact | None:
        """The article's last contact reported at or before `sentence`."""
        found = [c for c in self.contacts if c.sentence <= sentence]
        return found[-1] if found else None

    def countries_before(self, sentence: int, back: int = 3) -> list[str]:
        """Countries the `back` sentences before `sentence` named, the latest first."""
        found = [(s.sentence, s.token, s.mention.actor.country) for s in self.seen
                 if sentence - back <= s.sentence < sentence and s.mention.kind != "modifier"
                 and s.mention.actor is not None and s.mention.actor.country]
        return [country for _, _, country in sorted(found, reverse=True)]

    def seen_person_ids(self) -> set[str]:
        return {r.kb_id for s in self.seen for r in s.people if r.kb_id}


NOUNS = ("NOUN", "PROPN")


def _plural_phrase(sent: Sentence, head: int) -> bool:
    """The noun phrase is plural: "troops", or "rebel" in "Afghan rebel leaders"."""
    tok = sent.tokens[head]
    while tok.dep in ("compound", "amod") and tok.head != tok.i and sent.tokens[tok.head].pos in NOUNS:
        tok = sent.tokens[tok.head]
    return tok.tag in ("NNS", "NNPS")


def identity(ref: ActorRef | None) -> tuple[object, ...]:
    """Who an actor object names, whatever the words ("he" and "Katsav" are one person)."""
    if ref is None:
        return ()
    return (ref.kb_id,) if ref.kb_id else (ref.name, ref.country, ref.sector, ref.code, ref.type)
