"""Build the English pattern lexicon ``newsgraph/coding/data/en.yaml`` from the PETRARCH2 verb dictionary.

    python -m newsgraph.coding.lexicon_build_en --shared ../shared

Source: ``data/dictionaries/petrarch2-CAMEO.2.0.txt`` (MIT, Open Event Data Alliance).
Every CAMEO code is looked up in the packaged CAMEO→PLOVER table
(``newsgraph/coding/data/cameo.tsv``, from ``CAMEO2PLOVER-2021.txt``), which gives PLOVER
type, mode and context; a code that table does not map (the 01x statements and 02x
appeals, PLOVER has no such types) is dropped.

What is kept, in the schema of ``newsgraph.coding.lexicon``:

* a verb line with a code (its own ``[code]`` or its block's) → a bare verb pattern
  (``confidence`` 0.6); a phrasal verb ``+SET_UP`` → verb ``set`` with ``complement: [up]``;
* a pattern line ``- * OBJECT [code] # VERB`` → verb ``VERB`` (the verb named in the comment,
  else every verb of the block) with ``objects``: the object noun, the head (last word) of
  a ``{multi word}`` phrase, or the members of a ``&SYNSET``; an object inside a
  prepositional phrase ``(IN COURT)`` adds the preposition to ``recipient`` so that the
  coder looks for the object there; ``+`` (the target) in a prepositional phrase makes that
  preposition the first recipient slot; a leading particle (``* OFF ...``) becomes ``complement``;
  every entry looks for its recipient in the pattern's target preposition, then in
  ``RECIPIENT_SLOTS`` (object, indirect object, with/against/at/to/on/from phrases);
  patterns of one verb and code are merged into one entry with all their objects (0.7); an object
  word claimed by two codes of one verb goes to the first pattern, single-word patterns of a block
  before those with a multi-word object.

What cannot be expressed is dropped and counted (the counts are written into the header of
en.yaml): constraints before the verb (subject nouns, auxiliaries, negation), a source
marker ``$`` or compound ``%`` after the verb, patterns that only name a preposition with a
code different from the verb's, codes without a primary (``[:173]``) or without a PLOVER
mapping, and object words already claimed by an earlier pattern of the same verb with another
code, and patterns with a second object or a further phrase (PETRARCH requires all of them; the
schema can require one); the bare pattern of a verb whose subject suffers the event (``VICTIM_VERBS``)
or whose meaning lies in its object (``LIGHT_VERBS``: "express", "give", "issue", "take" ...).
Kept but simplified (counted too): a multi-word object reduced to its head noun, function words in
object position, the reciprocal half of ``[a:b]`` codes.
"""

from __future__ import annotations

import argparse
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from newsgraph.coding.ontology import Ontology

SOURCE = Path("data/dictionaries/petrarch2-CAMEO.2.0.txt")
#: verbs whose subject suffers the event: their bare pattern would make the victim the attacker ("Queen Elizabeth II
#: has died" is no assault by her); their object patterns ("died in clashes") are kept
VICTIM_VERBS = frozenset({"die"})
#: light verbs whose meaning lies in their object ("expressed hope", "gave a speech", "issued a statement", "took
#: part"): only their object patterns are kept, the bare one would code every use ("express" 110, "give" 060)
LIGHT_VERBS = frozenset({"express", "give", "issue", "take", "make", "voice"})
OUT = Path(__file__).parent / "data" / "en.yaml"
PARTICLES = {"up", "down", "out", "off", "back", "away", "over", "forward", "aside", "through", "ahead",
             "together", "apart", "around", "in", "on"}
# words the dictionary writes as bare pattern items that are no object noun ("* NOT", "* FOR")
FUNCTION_WORDS = {"a", "an", "the", "not", "no", "of", "for", "to", "in", "on", "at", "by", "with", "from", "into",
                  "against", "about", "as", "if", "that", "than", "and", "or", "each", "other", "its", "his", "her",
                  "their", "own", "over", "under", "after", "before", "during", "between", "toward", "towards"}
# where an English verb's recipient usually is, after the pattern's own target preposition:
# "met with X", "fired at X", "supplied arms to X", "evidence against X", "sanctions on X", "weapons from X"
# (also on the verb's object noun)
RECIPIENT_SLOTS = ("obj", "iobj", "with", "against", "at", "to", "on", "from")
BARE_CONFIDENCE = 0.6
OBJECT_CONFIDENCE = 0.7
_HEADER = re.compile(r"^---\s+(\S+)\s+\[([^\]]*)\]")
_CODE = re.compile(r"\[([^\]]*)\]")
_TOKEN = re.compile(r"\{[^}]*\}|\([^)]*\)|[^\s(){}]+")


@dataclass
class Block:
    name: str
    code: str | None
    verbs: list[tuple[str, tuple[str, ...], str | None]] = field(default_factory=list)  # lemma, complement, code
    patterns: list[str] = field(default_factory=list)


@dataclass
class Entry:
    verb: str
    cameo: str
    complement: tuple[str, ...] = ()
    recipient: tuple[str, ...] = ()
    objects: list[str] = field(default_factory=list)


def _code(raw: str | None, counts: Counter[str]) -> str | None:
    if raw is None:
        return None
    raw = raw.strip()
    if ":" in raw:
        primary, reciprocal = raw.split(":", 1)
        if reciprocal.strip() and reciprocal.strip() != "---":
            counts["simplified: reciprocal half of [a:b] code dropped"] += 1
        raw = primary.strip()
        if not raw:
            counts["dropped: no primary code ([:b])"] += 1
            return None
    if not raw or raw.startswith("-"):
        return None
    return raw


def read_blocks(text: str) -> tuple[list[Block], dict[str, list[str]]]:
    """The verb blocks and the synonym sets (&NAME → words) of the dictionary."""
    synsets: dict[str, list[str]] = {}
    blocks: list[Block] = []
    current_set: str | None = None
    in_verbs = False
    for line in text.splitlines():
        if line.startswith("####### VERB PATTERNS"):
            in_verbs, current_set = True, None
            continue
        stripped = line.split("#", 1)[0].strip() if not line.startswith("- ") else line.strip()
        if not stripped or line.startswith("#"):
            continue
        if not in_verbs:
            if stripped.startswith("&"):
                current_set = stripped[1:].split()[0]
                synsets[current_set] = []
            elif stripped.startswith("+") and current_set:
                synsets[current_set].append(stripped[1:].split()[0])
            continue
        header = _HEADER.match(stripped)
        if header:
            blocks.append(Block(header.group(1), header.group(2).strip()))
        elif not blocks:
            continue
        elif stripped.startswith("- "):
            blocks[-1].patterns.append(stripped)
        else:
            blocks[-1].verbs.append(_verb_line(stripped))
    return blocks, synsets


def _verb_line(line: str) -> tuple[str, tuple[str, ...], str | None]:
    code = _CODE.search(line)
    word = re.sub(r"\{[^}]*\}", " ", _CODE.sub(" ", line)).split()[0].lstrip("+")
    return word, (), code.group(1) if code else None


def _words(item: str, synsets: dict[str, list[str]], counts: Counter[str]) -> list[str]:
    """Object lemmas of one pattern item: a word, a {phrase} (its head), a &SYNSET (its members)."""
    if item.startswith("{"):
        inner = [w for w in item.strip("{}").split() if w not in ("+", "$", "^", "%")]
        if not inner:
            return []
        if len(inner) > 1:
            counts["simplified: multi-word object reduced to its head noun"] += 1
        item = inner[-1]
    if item.startswith("&"):
        members = synsets.get(item[1:], [])
        return [m.rstrip("_").split("_")[-1].lower() for m in members if m.rstrip("_")]
    word = item.rstrip("_")
    if "_" in word:
        counts["simplified: multi-word object reduced to its head noun"] += 1
        word = word.split("_")[-1]
    word = word.lower()
    if word in FUNCTION_WORDS:
        counts["simplified: function word in object position ignored"] += 1
        return []
    return [word] if word and word.replace("-", "").isalpha() else []


@dataclass(frozen=True)
class Parsed:
    complement: tuple[str, ...]
    objects: tuple[str, ...]
    prep: str | None  # preposition the object sits in
    target_prep: str | None  # preposition holding the target (+)


def parse_pattern(body: str, synsets: dict[str, list[str]], counts: Counter[str]) -> Parsed | None:
    """The constraints of a pattern body (the text between "- " and "[code]"); None = not expressible."""
    tokens = _TOKEN.findall(body)
    if "*" not in tokens:
        counts["dropped: no verb position (*)"] += 1
        return None
    star = tokens.index("*")
    if [t for t in tokens[:star] if t != "^"]:
        counts["dropped: constraint before the verb (subject/auxiliary/negation)"] += 1
        return None
    post = [t for t in tokens[star + 1:] if t != "^"]
    if any("$" in t or "%" in t for t in post):
        counts["dropped: source ($) or compound (%) marker after the verb"] += 1
        return None
    complement: tuple[str, ...] = ()
    if post and post[0].lower() in PARTICLES and not post[0].startswith(("(", "{", "&")):
        complement = (post[0].lower(),)
        post = post[1:]
    objects: tuple[str, ...] = ()
    prep = target_prep = None
    extra = 0
    for i, tok in enumerate(post):
        if tok == "+":
            continue
        if tok.startswith("("):
            inner = tok.strip("()").split()
            if not inner:
                continue
            p = inner[0].lower()
            rest = _TOKEN.findall(" ".join(inner[1:]))
            if "+" in rest or (i + 1 < len(post) and post[i + 1] == "+"):
                target_prep = target_prep or p
            nouns = [w for r in rest if r not in ("+", "^") for w in _words(r, synsets, counts)]
            if nouns and not objects:
                objects, prep = tuple(nouns), p
            elif nouns or (prep is not None and target_prep != p):
                extra += 1
            elif prep is None and target_prep is None:
                prep = p
        else:
            nouns = _words(tok, synsets, counts)
            if nouns and not objects:
                objects = tuple(nouns)
            elif nouns:
                extra += 1
    if extra:
        counts["dropped: further objects / phrases the schema cannot require"] += 1
        return None
    return Parsed(complement, objects, prep, target_prep)


def _lossy_hint(line: str) -> bool:
    """Patterns with a multi-word object go last in their block, so exact single-word patterns claim words first."""
    body = line.split("[", 1)[0]
    return bool(re.search(r"\{[^}]*\s[^}]*\}", body)) or bool(re.search(r"[A-Z]_[A-Z]", body))


def _named_verbs(comment: str, verbs: list[tuple[str, tuple[str, ...]]]) -> list[tuple[str, tuple[str, ...]]]:
    """The verbs of a block a pattern line belongs to, each with its particle: the verb its comment names (an
    inflected form: "# CALLED_OFF" is "call off"), else every verb of the block. A phrasal verb keeps its particle
    ("- * STRIKE [087] # CALLED_OFF" is "call off a strike", not "call a strike")."""
    parts = comment.lower().split("_")
    head, particle = parts[0], tuple(parts[1:])
    exact = [(v, c) for v, c in verbs if v == head and c == particle]
    if exact:
        return exact
    inflected = [(v, c) for v, c in verbs if c == particle and head.startswith(v[:-1] if v.endswith("e") else v)
                 and len(head) - len(v) <= 3]
    return inflected or sorted(set(verbs))


def build(text: str, ontology: Ontology) -> tuple[list[dict[str, object]], Counter[str]]:
    """The en.yaml patterns (in lookup order) and the counts of what was kept, simplified, dropped."""
    counts: Counter[str] = Counter()
    blocks, synsets = read_blocks(text)
    entries: dict[tuple[str, tuple[str, ...], tuple[str, ...], str], Entry] = {}
    claimed: dict[tuple[str, tuple[str, ...], str], str] = {}
    bare: dict[tuple[str, tuple[str, ...]], Entry] = {}
    prep_only: list[tuple[str, str, str]] = []
    for block in blocks:
        verbs = []
        for word, _, own in block.verbs:
            parts = word.lower().split("_")
            if len(parts) > 2 or (len(parts) == 2 and parts[1] not in PARTICLES):
                counts["dropped: multi-word verb without a particle"] += 1
                continue
            comp = tuple(parts[1:])
            verbs.append((parts[0], comp))
            code = _code(own, counts) or _code(block.code, counts)
            if code is None:
                continue
            if code not in ontology:
                counts["dropped: CAMEO code without a PLOVER mapping"] += 1
                continue
            if (parts[0], comp) in bare:
                if bare[(parts[0], comp)].cameo != code:
                    counts["dropped: verb already coded with another code"] += 1
                continue
            bare[(parts[0], comp)] = Entry(parts[0], code, comp)
            counts["kept: verb lines"] += 1
        for line in sorted(block.patterns, key=lambda x: _lossy_hint(x)):
            m = re.match(r"^-\s+(.*?)\s*\[([^\]]*)\]\s*(?:#\s*(\S+))?", line)
            if not m:
                counts["dropped: pattern line without a code"] += 1
                continue
            code = _code(m.group(2), counts)
            if code is None:
                counts["dropped: pattern without a code"] += 1
                continue
            if code not in ontology:
                counts["dropped: CAMEO code without a PLOVER mapping"] += 1
                continue
            parsed = parse_pattern(m.group(1), synsets, counts)
            if parsed is None:
                continue
            for verb, verb_comp in _named_verbs(m.group(3) or "", verbs):
                comp = tuple(dict.fromkeys((*verb_comp, *parsed.complement)))
                if not parsed.objects:
                    if comp and not parsed.target_prep and not parsed.prep:
                        key = (verb, comp)
                        if key not in bare:
                            bare[key] = Entry(verb, code, comp)
                            counts["kept: verb + particle patterns"] += 1
                        continue
                    prep_only.append((verb, parsed.target_prep or parsed.prep or "", code))
                    continue
                recipient = tuple(dict.fromkeys(
                    ([parsed.target_prep] if parsed.target_prep else []) + list(RECIPIENT_SLOTS)
                    + ([parsed.prep] if parsed.prep else [])))
                entry = entries.setdefault((verb, comp, recipient, code), Entry(verb, code, comp, recipient))
                for obj in parsed.objects:
                    if claimed.setdefault((verb, comp, obj), code) != code:
                        counts["dropped: object word already claimed by another code"] += 1
                    elif obj not in entry.objects:
                        entry.objects.append(obj)
                counts["kept: object patterns"] += 1
    for verb, prep, code in prep_only:
        entry = bare.get((verb, ()))
        if entry is not None and entry.cameo == code and prep:
            entry.recipient = tuple(dict.fromkeys((*(entry.recipient or RECIPIENT_SLOTS), prep)))
            counts["kept: preposition added to the verb's recipient slots"] += 1
        else:
            counts["dropped: preposition-only pattern (no constraint the schema can express)"] += 1
    return _entries(entries, bare), counts


def _entries(entries: dict[tuple[str, tuple[str, ...], tuple[str, ...], str], Entry],
             bare: dict[tuple[str, tuple[str, ...]], Entry]) -> list[dict[str, object]]:
    out: list[dict[str, object]] = []
    ids: Counter[str] = Counter()

    def add(e: Entry, confidence: float) -> None:
        base = ".".join(["en", e.verb, *e.complement, *(e.objects[:1] or [])])
        ids[base] += 1
        item: dict[str, object] = {"id": base if ids[base] == 1 else f"{base}.{ids[base]}", "verb": e.verb,
                                   "cameo": e.cameo}
        if e.objects:
            item["objects"] = sorted(set(e.objects))
        if e.complement:
            item["complement"] = list(e.complement)
        item["recipient"] = list(e.recipient or RECIPIENT_SLOTS)
        if not e.objects and not e.complement:
            item["needs_target"] = True
        item["confidence"] = confidence
        out.append(item)

    # constrained patterns first: the coder takes the first fitting pattern of a verb
    for e in sorted((e for e in entries.values() if e.objects), key=lambda e: (e.verb, e.complement, e.cameo)):
        add(e, OBJECT_CONFIDENCE)
    for e in sorted(bare.values(), key=lambda e: (e.verb, not e.complement, e.complement)):
        if (e.verb not in VICTIM_VERBS and e.verb not in LIGHT_VERBS) or e.complement:
            add(e, BARE_CONFIDENCE)
    return out


HEADER = """# English event patterns for newsgraph: GENERATED, do not edit by hand.
#
# Built by `python -m newsgraph.coding.lexicon_build_en --shared ../shared` from
# petrarch2-CAMEO.2.0.txt (openeventdata/petrarch2, MIT licence, Copyright (c) 2015 Open
# Event Data Alliance); PLOVER type/mode come from the packaged CAMEO2PLOVER table.
# Schema: see newsgraph/coding/data/de.yaml and newsgraph.coding.lexicon.
# Conversion counts (patterns of the source; see the builder's docstring):
"""


def write(patterns: list[dict[str, object]], counts: Counter[str], out: Path = OUT) -> Path:
    lines = [f"#   {n:6d}  {reason}" for reason, n in sorted(counts.items())]
    body = yaml.safe_dump({"language": "en", "patterns": patterns}, allow_unicode=True, sort_keys=False,
                          default_flow_style=None, width=130)
    out.write_text(HEADER + "\n".join(lines) + f"\n#   {len(patterns):6d}  entries written\n" + body, encoding="utf-8")
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=Path("../shared"), help="the shared data folder")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    source = args.shared / SOURCE
    if not source.is_file():
        raise SystemExit(f"lexicon_build_en: {source} not found: pass --shared")
    patterns, counts = build(source.read_text(encoding="utf-8", errors="replace"), Ontology.load())
    path = write(patterns, counts, args.out)
    for reason, n in sorted(counts.items()):
        print(f"{n:6d}  {reason}")
    print(f"{len(patterns)} entries -> {path}")


if __name__ == "__main__":
    main()
