"""Agents owned by a person or a state: "President Zelenskyy's people", "supporters of former President
Ahmed Ben Bella".

Conventions:
- A possessor gives a bare agent its country: "Zelenskyy's people" are Ukrainians (UKR CVL), "Israel's
  militia allies" Israeli-backed. The agent keeps its own sector.
- A following of a person ("supporters", "followers", "loyalists" ... of X) is not X's office: it is
  X's country with sector OPP when X holds no government office on the date (an opposition leader, a
  former president), REB when X leads rebels, and CVL when X governs (a crowd of the president's
  supporters is not the government).
"""

from __future__ import annotations

from eventwire.actors.context import span_head
from eventwire.actors.kb import KnowledgeBase
from eventwire.actors.match import FORMER_WORDS
from eventwire.actors.scope import CONTEXT, NO_COUNTRY
from eventwire.records import ActorRef, Mention, Sentence

FOLLOWING = frozenset({"supporters", "followers", "loyalists", "partisans", "backers", "sympathisers",
                       "sympathizers", "supporter", "follower", "loyalist"})
OWNER_TYPES = ("person", "state", "agent", "group", "organisation")
RULING = ("GOV", "MIL", "LEG", "JUD")


def owned_agents(sent: Sentence, mentions: list[Mention], kb: KnowledgeBase) -> list[Mention]:
    """`mentions` with bare agents given their owner's country (and a following its sector); an owner
    beats a country guessed from the context."""
    out = []
    for mention in mentions:
        guessed = mention.reason == NO_COUNTRY or (mention.reason or "").startswith(CONTEXT)
        if mention.kind == "agent" and mention.actor is not None and guessed:
            mention = _owned(sent, mention, mentions, kb) or mention
        out.append(mention)
    return out


def _owned(sent: Sentence, agent: Mention, mentions: list[Mention], kb: KnowledgeBase) -> Mention | None:
    head = span_head(sent, agent.token_start, agent.token_end)
    following = sent.tokens[head].text.lower() in FOLLOWING
    for child in sent.children[head]:
        tok = sent.tokens[child]
        if tok.dep == "poss":
            owner = _covering(mentions, child)
        elif following and tok.text.lower() == "of":
            objects = [g for g in sent.children[child] if sent.tokens[g].dep == "pobj"]
            owner = _covering(mentions, objects[0]) if objects else None
        else:
            continue
        if owner is None or owner.actor is None or not owner.actor.country or agent.actor is None:
            continue
        sector = _following_sector(sent, owner) if following else agent.actor.sector
        return _with_owner(agent, owner, sector, kb)
    return None


def _covering(mentions: list[Mention], token: int) -> Mention | None:
    found = [m for m in mentions if m.token_start <= token < m.token_end and m.actor is not None
             and m.actor.type in OWNER_TYPES]
    return max(found, key=lambda m: m.token_end - m.token_start) if found else None


def _following_sector(sent: Sentence, owner: Mention) -> str:
    """OPP for the following of someone out of office, REB of a rebel leader, CVL of a ruler."""
    actor = owner.actor
    assert actor is not None
    words = {t.text.lower() for t in sent.tokens[owner.token_start : owner.token_end]}
    if actor.sector == "REB":
        return "REB"
    if actor.sector in RULING and not words & (FORMER_WORDS | {"opposition"}):
        return "CVL"
    return "OPP"


def _with_owner(agent: Mention, owner: Mention, sector: str | None, kb: KnowledgeBase) -> Mention:
    country = owner.actor.country if owner.actor else None
    state = kb.state(country or "")
    cameo = state.code if state else country
    ref = ActorRef(agent.actor.text if agent.actor else agent.text, state.name if state else None, country,
                   sector, f"{cameo}{sector or ''}", None, "agent")
    return Mention(agent.sentence_index, agent.token_start, agent.token_end, agent.start, agent.end,
                   agent.text, agent.kind, ref, f"country of its owner, {owner.text}", agent.members)
