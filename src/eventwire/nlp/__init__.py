"""nlp stage: the spaCy model, loaded once; articles -> sentences, tokens, dependency trees, entities."""

from eventwire.nlp.pipeline import load_model, parse_articles

__all__ = ["load_model", "parse_articles"]
