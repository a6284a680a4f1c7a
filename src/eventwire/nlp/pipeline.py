"""The one place spaCy runs: load a model once, parse paragraphs in batches, return plain records.

Paragraphs are parsed as separate texts so a heading never merges into the sentence after it; the
records carry offsets into the whole article text.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING

from eventwire.errors import ConfigError
from eventwire.records import Article, EntitySpan, ParsedArticle, Sentence, Token

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Span


@lru_cache(maxsize=4)
def load_model(name: str) -> Language:
    """Load a spaCy pipeline by package name or path, once per process and name."""
    import spacy

    try:
        return spacy.load(name, disable=[])
    except OSError as exc:
        raise ConfigError(
            f"spaCy model {name!r} is not installed (pip install it, or set EVENTWIRE_SPACY_MODEL)",
            code="E201",
        ) from exc


def parse_articles(
    nlp: Language, articles: Iterable[Article], *, batch_size: int = 64, n_process: int = 1
) -> Iterator[ParsedArticle]:
    """Parse articles paragraph by paragraph with `nlp.pipe`, yielding each article when complete."""
    pending: dict[int, tuple[Article, list[Sentence]]] = {}
    counts: dict[int, int] = {}

    def paragraphs() -> Iterator[tuple[str, tuple[int, int]]]:
        for key, article in enumerate(articles):
            pending[key] = (article, [])
            counts[key] = len(article.paragraphs)
            if not article.paragraphs:
                counts[key] = 0
            for number, para in enumerate(article.paragraphs):
                yield article.text[para.start : para.end], (key, number)
            if counts[key] == 0:
                yield "", (key, -1)

    done: dict[int, int] = {}
    for doc, (key, number) in nlp.pipe(
        paragraphs(), as_tuples=True, batch_size=batch_size, n_process=n_process
    ):
        article, sentences = pending[key]
        if number >= 0:
            para = article.paragraphs[number]
            sentences.extend(_doc_sentences(doc, para.start, number, para.heading, len(sentences)))
        done[key] = done.get(key, 0) + 1
        if done[key] >= max(counts[key], 1):
            del pending[key]
            yield ParsedArticle(article, _with_topics(article, sentences))


def _doc_sentences(doc: Doc, offset: int, paragraph: int, heading: bool, first_index: int) -> list[Sentence]:
    sents = [doc[:]] if heading else list(doc.sents)
    out: list[Sentence] = []
    for sent in sents:
        if not sent.text.strip():
            continue
        out.append(_sentence_record(sent, offset, paragraph, heading, first_index + len(out)))
    return out


def _sentence_record(sent: Span, offset: int, paragraph: int, heading: bool, index: int) -> Sentence:
    base = sent.start
    tokens = tuple(
        Token(
            i=tok.i - base,
            text=tok.text,
            lemma=tok.lemma_,
            pos=tok.pos_,
            tag=tok.tag_,
            dep=tok.dep_,
            head=tok.head.i - base if sent.start <= tok.head.i < sent.end else tok.i - base,
            start=offset + tok.idx,
            end=offset + tok.idx + len(tok.text),
            ent_type=tok.ent_type_,
            ent_iob=tok.ent_iob_ or "O",
            morph=str(tok.morph),
            whitespace=tok.whitespace_,
        )
        for tok in sent
    )
    children: list[list[int]] = [[] for _ in tokens]
    for tok in tokens:
        if tok.head != tok.i:
            children[tok.head].append(tok.i)
    entities = tuple(
        EntitySpan(ent.start - base, ent.end - base, ent.label_)
        for ent in sent.ents
        if ent.start >= sent.start and ent.end <= sent.end
    )
    return Sentence(
        index=index,
        start=offset + sent.start_char,
        end=offset + sent.end_char,
        text=sent.text,
        tokens=tokens,
        children=tuple(tuple(c) for c in children),
        entities=entities,
        paragraph=paragraph,
        heading=heading,
    )


def _with_topics(article: Article, sentences: list[Sentence]) -> tuple[Sentence, ...]:
    """Each sentence takes the nearest section heading above it as its topic (the title is no topic)."""
    sections = article.section_headings()
    out = []
    topic: str | None = None
    for sent in sentences:
        if sent.heading:
            if sent.paragraph in sections:
                topic = sections[sent.paragraph]
            out.append(replace(sent, topic=None))
        else:
            out.append(replace(sent, topic=topic))
    return tuple(out)
