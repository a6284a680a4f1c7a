"""The coding tables: CAMEO codes with Goldstein, quad class and PLOVER, plus the pattern files.

Everything the coder knows about language and codes lives in `coding/data/` (see its README for the
source and licence of each file). `load_coding_tables` reads them once per folder and returns an
immutable `CodingTables` that callers pass in; nothing is kept in module state except that cache.
"""

from __future__ import annotations

import csv
import re
from collections import defaultdict
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from types import MappingProxyType

from eventwire.coding.discards import DiscardRules
from eventwire.coding.patterns import (
    Bag,
    NounPattern,
    PatternIndex,
    VerbEntry,
    VerbPattern,
    parse_preps,
    parse_terms,
    pattern_key,
)
from eventwire.errors import ConfigError

DATA_DIR = Path(__file__).parent / "data"
FAMILIES = ("intent", "refusal", "appeal", "demand", "threat")
VERB_CLASSES = ("speech", "speech_act", "accord_verb", "intent_verb", "intent_gerund", "refusal_verb",
                "negating_verb", "attempt_verb", "threat_verb", "light_verb")

TABLE_COLUMNS: dict[str, tuple[str, ...]] = {
    "cameo_codes.tsv": ("code", "root", "name", "goldstein", "quad_class", "plover_event", "plover_mode",
                        "plover_context"),
    "petrarch_verbs.tsv": ("lemma", "block", "code", "prt", "obj", "block_code"),
    "petrarch_patterns.tsv": ("block", "verb", "subj", "prt", "obj", "preps", "target", "code", "recip",
                              "origin"),
    "synsets.tsv": ("synset", "word"),
    "verb_patterns.tsv": ("verb", "prt", "obj", "preps", "target", "code", "id", "note"),
    "noun_patterns.tsv": ("noun", "mods", "preps", "code", "id", "note"),
    "code_roles.tsv": ("prefix", "mutual", "target_preps", "implied", "note"),
    "intent_codes.tsv": ("prefix", "intent", "refusal", "appeal", "demand", "threat", "note"),
    "lexicon.tsv": ("word", "class", "value", "note"),
    "discards.tsv": ("text", "kind", "domain", "source"),
}


@dataclass(frozen=True, slots=True)
class CodeInfo:
    """One CAMEO code with the values every event of that code carries."""

    code: str
    root: str
    name: str
    goldstein: float
    quad_class: int
    plover_event: str | None
    plover_mode: str | None


@dataclass(frozen=True, slots=True)
class CodeRole:
    """How a code's actors are found: is it a joint act, and which prepositions name its target."""

    mutual: str
    target_preps: tuple[str, ...]
    implied: str = ""


@dataclass(frozen=True)
class CodingTables:
    """All coding knowledge, loaded once; pass it to `code_events`."""

    codes: Mapping[str, CodeInfo]
    patterns: PatternIndex
    roles: Mapping[str, CodeRole]
    intents: Mapping[str, Mapping[str, str]]
    lexicon: Mapping[str, Mapping[str, str]]
    discards: tuple[tuple[str, str, str], ...]
    discard: DiscardRules
    source: Path
    _triggers: frozenset[str] = frozenset()

    def info(self, code: str) -> CodeInfo:
        """The code's entry; a root-level code (`19`) reads as its `x0` code (`190`)."""
        if len(code) == 2:
            code += "0"
        found = self.codes.get(code) or self.codes.get(code[:3]) or self.codes.get(code[:2] + "0")
        if found is None:
            raise ConfigError(f"unknown CAMEO code {code!r}", code="E211")
        return found

    def role(self, code: str) -> CodeRole:
        """The longest listed prefix of `code` in code_roles.tsv."""
        for n in range(len(code), 1, -1):
            found = self.roles.get(code[:n])
            if found is not None:
                return found
        return CodeRole("no", ())

    def intent(self, code: str, family: str = "intent") -> str | None:
        """The code of `family` (intent 03x, refusal 12x, appeal 02x, demand 10x, threat 13x) for the act
        `code`, from intent_codes.tsv (longest prefix with a value); None when CAMEO has none."""
        for n in range(len(code), 1, -1):
            found = self.intents.get(code[:n])
            if found is not None and found.get(family):
                return found[family]
        return None

    @property
    def trigger_lemmas(self) -> frozenset[str]:
        """Verbs worth a look: those with patterns or in a lexicon class the verb rules consult."""
        return self._triggers

    def words(self, cls: str) -> Mapping[str, str]:
        """Lexicon entries of one class: word -> value."""
        return self.lexicon.get(cls, MappingProxyType({}))


def read_table(path: Path) -> Iterator[dict[str, str]]:
    """Rows of a TSV table; `#` lines are comments. Checks the header against TABLE_COLUMNS."""
    expected = TABLE_COLUMNS.get(path.name)
    try:
        with path.open(encoding="utf-8", newline="") as fh:
            lines = (line for line in fh if line.strip() and not line.startswith("#"))
            reader = csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
            if expected and tuple(reader.fieldnames or ()) != expected:
                raise ConfigError(f"{path.name}: columns {reader.fieldnames} != {list(expected)}",
                                  code="E212")
            for row in reader:
                if None in row:
                    raise ConfigError(f"{path.name}: too many fields in {row}", code="E213")
                yield {k: (v or "").strip() for k, v in row.items()}
    except OSError as exc:
        raise ConfigError(f"coding table {path} cannot be read: {exc}", code="E210") from exc


def load_codes(data_dir: Path) -> dict[str, CodeInfo]:
    out = {}
    for row in read_table(data_dir / "cameo_codes.tsv"):
        out[row["code"]] = CodeInfo(
            code=row["code"], root=row["root"], name=row["name"], goldstein=float(row["goldstein"]),
            quad_class=int(row["quad_class"]), plover_event=row["plover_event"] or None,
            plover_mode=row["plover_mode"] or None,
        )
    return out


def load_synsets(data_dir: Path) -> dict[str, tuple[str, ...]]:
    sets: dict[str, list[str]] = defaultdict(list)
    for row in read_table(data_dir / "synsets.tsv"):
        sets[row["synset"].rstrip("_")].append(row["word"])
    return {k: tuple(v) for k, v in sets.items()}


def petrarch_patterns(data_dir: Path, synsets: Mapping[str, tuple[str, ...]]) -> Iterator[VerbPattern]:
    for row in read_table(data_dir / "petrarch_patterns.tsv"):
        yield VerbPattern(
            key=pattern_key(row["prt"], row["obj"], row["preps"]), block=row["block"],
            verbs=frozenset(), subj=parse_terms(row["subj"], synsets), prt=row["prt"],
            obj=parse_terms(row["obj"], synsets), preps=parse_preps(row["preps"], synsets),
            target=row["target"], code=row["code"] or "---", recip=row["recip"], curated=False,
            origin=row["origin"],
        )


def curated_patterns(data_dir: Path, synsets: Mapping[str, tuple[str, ...]]
                     ) -> tuple[list[VerbPattern], list[VerbEntry]]:
    """verb_patterns.tsv: rows without slots are verb defaults, the others patterns (block `lemma:x`)."""
    patterns, entries = [], []
    for row in read_table(data_dir / "verb_patterns.tsv"):
        for lemma in row["verb"].split("|"):
            block = f"lemma:{lemma}"
            if not (row["prt"] or row["obj"] or row["preps"]):
                entries.append(VerbEntry(lemma, block, row["code"], "", (), True))
                continue
            patterns.append(VerbPattern(
                key=pattern_key(row["prt"], row["obj"], row["preps"]), block=block,
                verbs=frozenset(), subj=(), prt=row["prt"], obj=parse_terms(row["obj"], synsets),
                preps=parse_preps(row["preps"], synsets), target=row["target"], code=row["code"],
                recip="", curated=True, rule_id=row["id"],
            ))
            entries.append(VerbEntry(lemma, block, "", "", (), True))
    return patterns, entries


def build_index(data_dir: Path) -> PatternIndex:
    synsets = load_synsets(data_dir)
    entries: dict[str, list[VerbEntry]] = defaultdict(list)
    for row in read_table(data_dir / "petrarch_verbs.tsv"):
        entries[row["lemma"]].append(VerbEntry(
            row["lemma"], row["block"], row["code"], row["prt"], parse_terms(row["obj"], synsets), False,
            distinct=row["code"] != row["block_code"]))
    curated, curated_entries = curated_patterns(data_dir, synsets)
    for entry in curated_entries:
        if entry not in entries[entry.lemma]:
            entries[entry.lemma].insert(0, entry)
    by_block: dict[str, dict[str, list[VerbPattern]]] = defaultdict(lambda: defaultdict(list))
    for order, pat in enumerate([*curated, *petrarch_patterns(data_dir, synsets)]):
        pat = replace(pat, order=order)
        for key in pat.anchors():
            by_block[pat.block][key].append(pat)
    return PatternIndex(
        entries=MappingProxyType({k: tuple(v) for k, v in entries.items()}),
        by_block=MappingProxyType({b: MappingProxyType({k: tuple(v) for k, v in idx.items()})
                                   for b, idx in by_block.items()}),
        nouns=MappingProxyType(load_nouns(data_dir, synsets)),
    )


def load_nouns(data_dir: Path, synsets: Mapping[str, tuple[str, ...]]) -> dict[str, tuple[NounPattern, ...]]:
    out: dict[str, list[NounPattern]] = defaultdict(list)
    for row in read_table(data_dir / "noun_patterns.tsv"):
        nouns = frozenset(row["noun"].split("|"))
        pat = NounPattern(nouns, parse_terms(row["mods"], synsets),
                          frozenset(filter(None, row["preps"].split("|"))), row["code"], row["id"])
        for noun in nouns:
            out[noun].append(pat)
    return {k: tuple(v) for k, v in out.items()}


def load_lexicon(data_dir: Path) -> dict[str, Mapping[str, str]]:
    out: dict[str, dict[str, str]] = defaultdict(dict)
    for row in read_table(data_dir / "lexicon.tsv"):
        out[row["class"]][row["word"]] = row["value"]
    return {k: MappingProxyType(v) for k, v in out.items()}


@lru_cache(maxsize=8)
def _load(data_dir: Path) -> CodingTables:
    codes = load_codes(data_dir)
    roles = {r["prefix"]: CodeRole(r["mutual"], tuple(p for p in r["target_preps"].split("|") if p),
                                   r["implied"])
             for r in read_table(data_dir / "code_roles.tsv")}
    intents = {r["prefix"]: MappingProxyType({k: r[k] for k in FAMILIES})
               for r in read_table(data_dir / "intent_codes.tsv")}
    discards = tuple((r["text"], r["kind"], r["domain"]) for r in read_table(data_dir / "discards.tsv"))
    index = build_index(data_dir)
    lexicon = load_lexicon(data_dir)
    triggers = frozenset(index.entries) | frozenset(
        w for cls in VERB_CLASSES for w in lexicon.get(cls, {}))
    tables = CodingTables(
        codes=MappingProxyType(codes), patterns=index, roles=MappingProxyType(roles),
        intents=MappingProxyType(intents), lexicon=MappingProxyType(lexicon),
        discards=discards, discard=load_discards(discards), source=data_dir, _triggers=triggers,
    )
    check_codes(tables)
    return tables


def load_discards(rows: tuple[tuple[str, str, str], ...]) -> DiscardRules:
    """discards.tsv indexed for matching; a bad kind or regex is a configuration error."""
    try:
        return DiscardRules.build(rows)
    except (ValueError, re.error) as exc:
        raise ConfigError(f"discards.tsv: {exc}", code="E213") from exc


def check_codes(tables: CodingTables) -> None:
    """Every code a curated table names must exist in cameo_codes.tsv."""
    named = [p.code for pats in tables.patterns.nouns.values() for p in pats]
    named += [c for row in tables.intents.values() for c in row.values() if c]
    for code in named:
        if code != "---":
            tables.info(code)


def load_coding_tables(data_dir: Path | None = None) -> CodingTables:
    """The coding tables of `data_dir` (default: the package's), read once per folder and cached."""
    return _load(Path(data_dir or DATA_DIR).resolve())


def reachable_codes(tables: CodingTables) -> set[str]:
    """Codes some pattern, noun, intent rule or default can produce (for docs and tests)."""
    out = {p.code for idx in tables.patterns.by_block.values() for pats in idx.values() for p in pats}
    out |= {e.code for es in tables.patterns.entries.values() for e in es}
    out |= {p.code for ps in tables.patterns.nouns.values() for p in ps}
    out |= {c for row in tables.intents.values() for c in row.values()}
    return {c for c in out if c and c != "---" and c in tables.codes}


__all__ = ["Bag", "CodeInfo", "CodeRole", "CodingTables", "load_coding_tables", "reachable_codes"]
