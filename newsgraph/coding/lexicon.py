"""Event pattern lexicons: human-editable YAML files, one per language, with a schema.

The schema is documented at the top of ``newsgraph/coding/data/<lang>.yaml``.
``Lexicon.load`` reads and checks a file; ``Lexicon.validate`` lists every problem
so that an analyst who adds a pattern gets told what is wrong, in one line each.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from newsgraph.coding.datafile import read_yaml
from newsgraph.coding.ontology import PLOVER_TYPES, Ontology
from newsgraph.errors import ModelError

DATA_DIR = Path(__file__).parent / "data"

_KEYS = {"id", "verb", "noun", "adj", "cameo", "event_type", "mode", "objects", "governors", "recipient",
         "actor", "negated", "speech_act", "confidence", "complement", "blocked_by", "blocked_by_nouns", "predicate",
         "needs_target"}
_TRIGGER_KEYS = ("verb", "noun", "adj")
_ACTOR_SOURCES = ("subject", "speaker", "location")


@dataclass(frozen=True)
class Pattern:
    """One trigger → event mapping."""

    id: str
    lemma: str
    pos: str  # verb | noun | adj (an evaluative predicate: "inakzeptabel", "a mistake" is a noun with predicate)
    cameo: str
    event_type: str | None = None
    mode: str | None = None
    objects: tuple[str, ...] = ()
    governors: tuple[str, ...] = ()
    complement: tuple[str, ...] = ()
    blocked_by: tuple[str, ...] = ()
    blocked_by_nouns: tuple[str, ...] = ()  # nouns that, heading a bare phrase of the verb, rule the pattern out
    recipient: tuple[str, ...] = ("obj", "iobj")
    actor: str = "subject"
    negated: str | None = None
    speech_act: bool = False
    confidence: float = 0.7
    predicate: bool = False  # the trigger must be a predicate ("ist ein Fehler", "nannte ... einen Fehler")
    needs_target: bool = False  # an event only with a recipient ("went to Syria"; "he went", "she added" are none)


class Lexicon:
    """The patterns of one language, indexed by trigger lemma."""

    def __init__(self, lang: str, patterns: list[Pattern]) -> None:
        self.lang = lang
        self.patterns = patterns
        self._by_lemma: dict[tuple[str, str], list[Pattern]] = defaultdict(list)
        for p in patterns:
            self._by_lemma[(p.pos, p.lemma.lower())].append(p)
        self._lemmas: dict[str, frozenset[str]] = {}  # trigger lemmas per part of speech, built on first use

    @classmethod
    def load(cls, lang: str, path: Path | None = None, ontology: Ontology | None = None) -> "Lexicon":
        """Read and check the lexicon of ``lang``; a broken file raises ``ModelError``.

        Without ``path``, a hand-written ``<lang>.manual.yaml`` next to a converted ``<lang>.yaml`` is read
        too: per trigger word, constrained patterns (objects, complement, governors) come before bare ones,
        and within each group the hand-written ones come first.
        """
        ontology = ontology or Ontology.load()
        if path is None and (DATA_DIR / f"{lang}.manual.yaml").exists():
            manual = cls._read(lang, DATA_DIR / f"{lang}.manual.yaml", ontology)
            derived = cls._read(lang, DATA_DIR / f"{lang}.yaml", ontology)
            ids = {p.id for p in manual}
            dup = [p.id for p in derived if p.id in ids]
            if dup:
                raise ModelError(f"{lang}.manual.yaml and {lang}.yaml share pattern ids: {', '.join(dup[:3])}")
            ordered = [p for group in (True, False) for p in (*manual, *derived) if _constrained(p) == group]
            return cls(lang, ordered)
        return cls(lang, cls._read(lang, path or DATA_DIR / f"{lang}.yaml", ontology))

    @classmethod
    def _read(cls, lang: str, path: Path, ontology: Ontology) -> list[Pattern]:
        raw = read_yaml(path, "event lexicon", lang)
        problems = validate_raw(raw, ontology)
        if problems:
            raise ModelError(f"{path}: {problems[0]}" + (f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""))
        return [_pattern(entry) for entry in raw["patterns"]]

    def lookup(self, pos: str, lemma: str) -> list[Pattern]:
        """Patterns whose trigger is ``lemma`` with part of speech ``pos`` (verb|noun|adj)."""
        return self._by_lemma.get((pos, lemma.lower()), [])

    def lemmas(self, pos: str) -> frozenset[str]:
        if pos not in self._lemmas:
            self._lemmas[pos] = frozenset(lemma for (p, lemma) in self._by_lemma if p == pos)
        return self._lemmas[pos]


def _constrained(p: Pattern) -> bool:
    return bool(p.objects or p.complement or p.governors)


def _pattern(entry: dict[str, Any]) -> Pattern:
    pos = next(k for k in _TRIGGER_KEYS if k in entry)
    return Pattern(
        id=entry["id"],
        lemma=entry[pos],
        pos=pos,
        cameo=str(entry["cameo"]),
        event_type=entry.get("event_type"),
        mode=entry.get("mode"),
        objects=tuple(entry.get("objects", ())),
        governors=tuple(entry.get("governors", ())),
        complement=tuple(entry.get("complement", ())),
        blocked_by=tuple(entry.get("blocked_by", ())),
        blocked_by_nouns=tuple(entry.get("blocked_by_nouns", ())),
        recipient=tuple(entry.get("recipient", ("obj", "iobj"))),
        actor=entry.get("actor", "subject"),
        negated=str(entry["negated"]) if entry.get("negated") else None,
        speech_act=bool(entry.get("speech_act", False)),
        confidence=float(entry.get("confidence", 0.7)),
        predicate=bool(entry.get("predicate", False)) or pos == "adj",
        needs_target=bool(entry.get("needs_target", False)),
    )


def validate_raw(raw: Any, ontology: Ontology) -> list[str]:
    """Every schema problem of a parsed lexicon file, one line each."""
    if not isinstance(raw, dict) or not isinstance(raw.get("patterns"), list):
        return ["top level must be a mapping with a 'patterns' list"]
    problems: list[str] = []
    ids: set[str] = set()
    for n, entry in enumerate(raw["patterns"], start=1):
        where = f"pattern {n}"
        if not isinstance(entry, dict):
            problems.append(f"{where}: must be a mapping")
            continue
        where = f"pattern {entry.get('id', n)!s}"
        unknown = set(entry) - _KEYS
        if unknown:
            problems.append(f"{where}: unknown keys {sorted(unknown)}")
        if not entry.get("id"):
            problems.append(f"{where}: missing 'id'")
        elif entry["id"] in ids:
            problems.append(f"{where}: duplicate id")
        ids.add(entry.get("id", ""))
        if sum(k in entry for k in _TRIGGER_KEYS) != 1:
            problems.append(f"{where}: needs exactly one of 'verb', 'noun' or 'adj'")
        for key in ("cameo", "negated"):
            if key in entry and str(entry[key]) not in ontology:
                problems.append(f"{where}: {key} {entry[key]!r} is not a CAMEO code in the ontology table")
        if "cameo" not in entry:
            problems.append(f"{where}: missing 'cameo'")
        if entry.get("event_type") and entry["event_type"] not in PLOVER_TYPES:
            problems.append(f"{where}: event_type {entry['event_type']!r} is not a PLOVER type")
        if entry.get("actor", "subject") not in _ACTOR_SOURCES:
            problems.append(f"{where}: actor must be one of {', '.join(_ACTOR_SOURCES)}")
        if "governors" in entry and "noun" not in entry:
            problems.append(f"{where}: 'governors' only applies to noun triggers")
        for key in ("predicate", "needs_target", "speech_act"):
            if key in entry and not isinstance(entry[key], bool):
                problems.append(f"{where}: {key} must be true or false")
        conf = entry.get("confidence", 0.7)
        if not isinstance(conf, (int, float)) or not 0 < conf <= 1:
            problems.append(f"{where}: confidence must be a number in (0, 1]")
        for key in ("objects", "governors", "recipient", "complement", "blocked_by", "blocked_by_nouns"):
            if key in entry and not (isinstance(entry[key], list) and all(isinstance(x, str) for x in entry[key])):
                problems.append(f"{where}: {key} must be a list of strings")
    return problems
