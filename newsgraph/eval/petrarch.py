"""The PETRARCH-2 / UniversalPetrarch validation file (``petrarch2-GSR-validation.en.xml``): reader and scorer.

Gold file: ``<Sentence id category date evaluate>`` blocks, each with ``<EventCoding
eventcode sourcecode targetcode/>`` lines (or one ``<EventCoding noevents="True"/>``),
the ``<Text>`` and its UD parse in ``<Parse>`` (CoNLL-U).  The published file is not
well-formed XML; two known quirks are repaired before parsing: lines starting with
``#`` (a header comment outside any element) are dropped, and ``<Sentence .../>``
written self-closing but followed by ``</Sentence>`` is opened.  Anything else that
is not XML is reported as one line.  A sentence with an empty ``<Text>`` (one record)
takes its text from the words of its parse.

Scoring definition
------------------
Unit = one ``<Sentence>`` (all have ``evaluate="true"``).  Per unit, gold and system
keys are compared as sets (``newsgraph.eval.scoring``), micro-averaged:

* ``exact``: ``(CAMEO code, source code, target code)``, full strings; a missing or
  unknown actor is ``---`` on both sides (gold ``targetcode="---"`` = system without recipient).
* ``root_country``: ``(CAMEO root = first two digits, source country, target country)``;
  country = first three letters of the code (``---LEG`` → None; a system actor's
  resolved ISO3 country comes first).
* ``root_country_known_actor``: as ``root_country``, system events with no source
  country dropped first (the UniversalPetrarch "drop unknown actor" variant).
* ``root``: ``(CAMEO root,)`` only.

No-event sentences (``noevents="True"``) have no gold keys: every system event there is
a false positive at every level; ``no_event`` also reports how many of them got any event.
Negated and hypothetical system events (not asserted) are left out unless ``keep_negated``.
"""

from __future__ import annotations

import datetime as dt
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from newsgraph.errors import InputError
from newsgraph.eval.scoring import Key, SystemEvent, country_of_code, per_label, score_units
from newsgraph.read.conllu import parse_sentences

_SELF_CLOSED = re.compile(r"<Sentence\b([^>]*?)\s*/>")
LEVELS = ("exact", "root_country", "root_country_known_actor", "root")


@dataclass(frozen=True)
class PetrarchEvent:
    cameo: str
    source: str  # "---" when unknown
    target: str


@dataclass(frozen=True)
class PetrarchSentence:
    id: str
    category: str
    date: dt.date | None
    text: str
    parse: str  # CoNLL-U
    events: tuple[PetrarchEvent, ...]

    @property
    def no_event(self) -> bool:
        return not self.events


def _code(value: str | None) -> str:
    value = (value or "").strip()
    return value if value else "---"


def _date(value: str | None) -> dt.date | None:
    try:
        return dt.datetime.strptime(value or "", "%Y%m%d").date()
    except ValueError:
        return None


def _parse_text(parse: str, where: str) -> str:
    words = [w for sent in parse_sentences(parse, where) for w in sent]
    return "".join(w.form + (" " if w.space_after else "") for w in words).strip()


def repair(text: str) -> str:
    """The file's text with its two known quirks repaired (see module docstring)."""
    lines = [line for line in text.splitlines() if not line.lstrip().startswith("#")]
    return _SELF_CLOSED.sub(r"<Sentence\1>", "\n".join(lines))


def read_petrarch_gold(path: Path) -> list[PetrarchSentence]:
    """Read the validation file; a missing or malformed file raises ``InputError`` (one line)."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"{path}: cannot read: {exc}") from None
    try:
        root = ET.fromstring(repair(text).encode("utf-8"))
    except ET.ParseError as exc:
        raise InputError(f"{path}: not valid XML: {exc}") from None
    out = []
    for n, s in enumerate(root.iter("Sentence"), start=1):
        sid = s.get("id") or f"sentence-{n}"
        body = (s.findtext("Text") or "").strip()
        parse = s.findtext("Parse")
        if parse is None:
            raise InputError(f"{path}: sentence {sid}: no <Parse>")
        if not body:  # one record has an empty <Text>: its words are in the parse
            body = _parse_text(parse, f"{path}: sentence {sid}")
        events = []
        codings = s.findall("EventCoding")
        if not codings:
            raise InputError(f"{path}: sentence {sid}: no <EventCoding>")
        for c in codings:
            if c.get("noevents", "").lower() == "true":
                continue
            code = (c.get("eventcode") or "").strip()
            if not code.isdigit():
                raise InputError(f"{path}: sentence {sid}: eventcode {code!r} is not a CAMEO code")
            events.append(PetrarchEvent(code, _code(c.get("sourcecode")), _code(c.get("targetcode"))))
        out.append(PetrarchSentence(sid, s.get("category", ""), _date(s.get("date")), " ".join(body.split()),
                                    parse.strip("\n") + "\n", tuple(events)))
    if not out:
        raise InputError(f"{path}: no <Sentence> records")
    return out


def gold_keys(sentence: PetrarchSentence, level: str) -> set[Key]:
    out: set[Key] = set()
    for e in sentence.events:
        if level == "exact":
            out.add((e.cameo, e.source, e.target))
        elif level == "root":
            out.add((e.cameo[:2],))
        else:
            out.add((e.cameo[:2], country_of_code(e.source), country_of_code(e.target)))
    return out


def system_key(event: SystemEvent, level: str) -> Key:
    if level == "exact":
        return (event.cameo, _code(event.actor.code if event.actor else None),
                _code(event.recipient.code if event.recipient else None))
    if level == "root":
        return (event.cameo[:2],)
    return (event.cameo[:2], event.actor.country if event.actor else None,
            event.recipient.country if event.recipient else None)


def score_petrarch(gold: list[PetrarchSentence], system: list[SystemEvent], keep_negated: bool = False
                   ) -> dict[str, Any]:
    """F1 (with P/R and counts) at the four levels, per CAMEO root, and the no-event false positives."""
    events = [e for e in system if keep_negated or not e.negated]
    by_unit: dict[str, list[SystemEvent]] = {}
    for e in events:
        by_unit.setdefault(e.unit, []).append(e)
    stray = sorted(set(by_unit) - {s.id for s in gold})
    if stray:
        raise InputError(f"system events for unknown gold sentences: {', '.join(stray[:3])}")
    out: dict[str, Any] = {}
    for level in LEVELS:
        units = []
        for s in gold:
            sys_events = by_unit.get(s.id, [])
            if level == "root_country_known_actor":
                sys_events = [e for e in sys_events if e.actor and e.actor.country]
            units.append((gold_keys(s, level), {system_key(e, level) for e in sys_events}))
        out[level] = score_units(units).to_dict()
        if level == "root":
            out[level]["per_root"] = {r: c.to_dict() for r, c in per_label(units, lambda k: str(k[0])).items()}
    empty = [s for s in gold if s.no_event]
    coded = [s for s in empty if by_unit.get(s.id)]
    out["no_event"] = {"sentences": len(empty), "sentences_with_events": len(coded),
                       "events": sum(len(by_unit[s.id]) for s in coded), "ids": [s.id for s in coded]}
    out["gold"] = {"sentences": len(gold), "events": sum(len(s.events) for s in gold),
                   "sentences_with_events": sum(not s.no_event for s in gold)}
    out["system"] = {"events": len(events), "negated_dropped": 0 if keep_negated else sum(e.negated for e in system)}
    return out
