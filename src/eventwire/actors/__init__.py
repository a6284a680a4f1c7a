"""actors stage: a knowledge base of actors with dated roles, and mentions -> actors with coreference.

    kb = load_kb()
    mentions = find_mentions(parsed_article, kb)
    index = MentionIndex(mentions); index.within(sentence_index, token_start, token_end)
"""

from eventwire.actors.kb import KnowledgeBase, describe_actor, load_kb
from eventwire.actors.resolve import MentionIndex, find_mentions, mentions_in

__all__ = ["KnowledgeBase", "MentionIndex", "describe_actor", "find_mentions", "load_kb", "mentions_in"]
