"""Lists of names the small parser breaks: "President Biden, Prime Minister Trudeau, President Macron and
Chancellor Scholz" comes out with Trudeau as an apposition of Biden and Macron, Scholz as Trudeau's
conjuncts. Read as a description, Trudeau would stand for Biden and the list would lose two members."""

from __future__ import annotations

from eventwire.records import Sentence


def listed_name(sent: Sentence, a: int) -> bool:
    """Is the apposition `a` a name that heads a list of names ("..., Trudeau, Macron and Scholz"): a
    name with a coordinated name of its own? A description ("the president of Kazakhstan") is not."""
    tok = sent.tokens[a]
    if tok.pos != "PROPN" or tok.dep != "appos" or sent.tokens[tok.head].pos != "PROPN":
        return False
    return any(sent.tokens[c].pos == "PROPN" and sent.tokens[c].dep == "conj" for c in sent.children[a])


def list_members(sent: Sentence, j: int) -> list[int]:
    """The names that continue `j`'s list through a misparsed apposition (`listed_name`)."""
    return [a for a in sent.children[j] if listed_name(sent, a)]
