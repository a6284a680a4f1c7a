"""Mentions -> actors: names, metonyms, demonyms, agents, roles and in-article coreference.

`find_mentions` walks an article's sentences in order and returns `records.Mention`s, each resolved to
an `ActorRef` coded for the article's date, or unresolved with a `reason`. Kinds:

- name      a KB name (Putin, Russia, the IAEA, Hamas), titles included ("Russian President Vladimir Putin")
- metonym   a seat or capital for its government (the Kremlin, Kiev, Downing Street)
- demonym   an adjective or people word (Israeli, US in "US strikes", Western); the coder decides by syntax
- agent     a generic agent with its country ("Israeli troops" -> ISR MIL, "Hong Kong police" -> HKG COP)
- role      a description of an office holder ("the French president", "his French counterpart")
- group     plural references to leaders ("the two leaders", "both presidents"): `actor` is None and
            `members` holds the two actors (so no single actor is mistaken for a joint one)
- pronoun   he/she/him/her/his/they/their, resolved to the most salient compatible earlier mention
- modifier  a place name inside a non-actor noun phrase ("Paris climate talks", "the Minsk package"):
            resolved, but the coder should not take it as a participant

Unresolvable mentions keep `actor=None` and a `reason`, never a guess.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from eventwire.actors.context import Context
from eventwire.actors.coref import coref_mentions
from eventwire.actors.kb import KnowledgeBase
from eventwire.actors.match import Unit, absorb_titles, kb_units
from eventwire.actors.nominals import agent_mentions, ner_mentions, unit_mention
from eventwire.actors.scope import home_country, place_bare
from eventwire.records import Mention, ParsedArticle, Sentence


def find_mentions(parsed: ParsedArticle, kb: KnowledgeBase) -> list[Mention]:
    """All actor mentions of an article, in text order, resolved for the article's date."""
    ctx = Context(kb, parsed.article.date, home_country(kb, parsed.article))
    out: list[Mention] = []
    for sent in parsed.sentences:
        out.extend(sentence_mentions(sent, kb, ctx))
    return out


def sentence_mentions(sent: Sentence, kb: KnowledgeBase, ctx: Context) -> list[Mention]:
    """Mentions of one sentence; `ctx` carries what earlier sentences introduced (for coreference)."""
    units = absorb_titles(sent, kb_units(sent, kb), kb)
    units = [u for u in units if not _blocked_surname(sent, u)]
    agents, used = agent_mentions(sent, kb, ctx, units)
    units = [u for u in units if id(u) not in used]
    pending: list[tuple[int, object]] = [(u.first, u) for u in units]
    pending += [(m.token_start, m) for m in agents]
    pending.sort(key=lambda item: item[0])
    out: list[Mention] = []
    taken: set[int] = set()
    for _, item in pending:
        if isinstance(item, Unit) and taken & set(range(item.first, item.end)):
            continue  # inside a longer name already read ("Hassan" in "Omar Hassan al-Bashir")
        mention = unit_mention(sent, item, kb, ctx) if isinstance(item, Unit) else item
        if mention is not None:
            out.append(mention)
            taken.update(range(mention.token_start, mention.token_end))
            ctx.add(sent, mention)
    out.extend(coref_mentions(sent, kb, ctx, out))
    out = ner_mentions(sent, out, kb, ctx)
    out = place_bare(kb, out, ctx.home)
    out = [m for m in out if not _inside_role(m, out)]
    out.sort(key=lambda m: (m.token_start, m.token_end))
    return out


def _inside_role(mention: Mention, mentions: list[Mention]) -> bool:
    """Parts of "his French counterpart" or "Bosnian Serbs" are consumed by the longer mention (they stay
    in the context)."""
    size = mention.token_end - mention.token_start
    return any(
        other is not mention and other.token_start <= mention.token_start
        and mention.token_end <= other.token_end
        and (other.kind == "role" or other.token_end - other.token_start > size)
        for other in mentions
    )


def _blocked_surname(sent: Sentence, unit: Unit) -> bool:
    """A lone surname must be a proper noun outside place/organisation entities ("Austin, Texas")."""
    if unit.kinds() != {"surname"} or unit.title_start is not None:
        return False
    tok = sent.tokens[unit.start]
    if tok.pos != "PROPN" and tok.ent_type != "PERSON":
        return True
    return tok.ent_type in ("GPE", "LOC", "ORG", "FAC", "NORP", "PRODUCT", "WORK_OF_ART", "DATE", "TIME")


class MentionIndex:
    """Find an article's mentions by token span, for the coder: built once, queried many times."""

    def __init__(self, mentions: Sequence[Mention]) -> None:
        self._by_sentence: dict[int, list[Mention]] = {}
        for mention in mentions:
            self._by_sentence.setdefault(mention.sentence_index, []).append(mention)
        for bucket in self._by_sentence.values():
            bucket.sort(key=lambda m: (m.token_start, m.token_end))
        self._starts = {k: [m.token_start for m in v] for k, v in self._by_sentence.items()}

    def within(self, sentence_index: int, token_start: int, token_end: int) -> list[Mention]:
        """Mentions lying inside tokens [token_start, token_end) of one sentence."""
        bucket = self._by_sentence.get(sentence_index, [])
        first = bisect.bisect_left(self._starts.get(sentence_index, []), token_start)
        return [m for m in bucket[first:] if m.token_start < token_end and m.token_end <= token_end]

    def covering(self, sentence_index: int, token: int) -> list[Mention]:
        """Mentions whose span contains `token`, shortest first."""
        bucket = self._by_sentence.get(sentence_index, [])
        found = [m for m in bucket if m.token_start <= token < m.token_end]
        return sorted(found, key=lambda m: m.token_end - m.token_start)


def mentions_in(
    mentions: Sequence[Mention], sentence_index: int, token_start: int, token_end: int
) -> list[Mention]:
    """Mentions inside tokens [token_start, token_end) of a sentence (one-off; use MentionIndex for many)."""
    return MentionIndex(mentions).within(sentence_index, token_start, token_end)
