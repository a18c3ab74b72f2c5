"""The PLOVER gold standard (``PLOVER_GSR.*.json``): reader and scorer.

Gold file: a JSON list of records, one gold event each, with ``id``, ``event`` (the
PLOVER 0.5 type), ``text`` (one sentence), ``source``/``target`` (lists of
``{"actorText", "code", "sector"}``; a missing target is absent, null or ``""``),
``mode``, ``context``, optional ``language`` (default ``en``) and ``date`` (default
2000-01-01, the date of every PLOVER GSR record; null = undated).  Records without
``text`` (the ``DOCUMENT`` header record) and records marked ``"skip": true`` (broken
sentences) are skipped and counted; ``"event": null`` marks a sentence coded as having no
event (a unit with no gold keys, where every system event is a false positive).

Scoring definition
------------------
* Unit = one distinct sentence text.  Records with the same text are one unit with
  several gold events.  The system codes each unit as one article in the record's
  language and date; all its events belong to the unit.
* Event types: PLOVER 0.5 names are mapped to today's PLOVER (``PLOVER05``):
  DEMAND→REQUEST, DISAPPROVE→ACCUSE, INVESTIGATE→ACCUSE, FIGHT→ASSAULT.
* Level ``type``: per unit, the *set* of gold types vs the set of system types.
* Level ``type_country``: per unit, the set of ``(type, actor country, recipient country)``
  keys.  A gold event with several sources/targets gives every source × target pair
  (no target: recipient None); a system event gives its actor × recipient pairs.
  A country is the first three letters of the actor code (ISO3; IGO/NGO/IMG ... kept
  as such; the pre-ISO codes JAP/ITL/VTN mapped to JPN/ITA/VNM); for system actors
  the resolved ``country`` comes first.  No actor / no code = None, which matches
  only None.
* Micro-averaged precision/recall/F1 over all units (``newsgraph.eval.scoring``), and
  the same per event type (a key belongs to its type).
* Negated and hypothetical system events are flagged, not real events: they are left out
  unless ``keep_negated``.
* A planned cooperative act is no event of its own in PLOVER: the manual codes the announcement
  ("will visit", "will provide aid", "will withdraw" are AGREE), and so does the German guideline
  (``benchmarks/gold/GUIDELINE.de.md``: every future CONSULT/SUPPORT/COOPERATE/AID is an AGREE, an
  announced retreat a CONCEDE).  System events of those types (``PLANNED_AS_ANNOUNCEMENT``) flagged
  ``future`` are therefore left out like negated ones; the announcement is scored if the system
  coded it.  Planned hostile acts are kept: the German guideline codes them as the act, flagged
  future.
* Calibration: every system event (pair) is correct at the ``type`` level when its
  type is among the unit's gold types, at ``type_country`` when its key is a gold key;
  precision per confidence bin.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from newsgraph.errors import InputError
from newsgraph.eval.scoring import Key, SystemEvent, calibration, country_of_code, per_label, score_units

# types whose future-flagged acts are plans, coded as their announcement (AGREE/CONCEDE) by the gold conventions
PLANNED_AS_ANNOUNCEMENT = frozenset({"CONSULT", "SUPPORT", "COOPERATE", "AID", "RETREAT", "CONCEDE"})
PLOVER05 = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE", "FIGHT": "ASSAULT"}
GOLD_DATE = "2000-01-01"


@dataclass(frozen=True)
class GoldActor:
    text: str
    code: str | None
    sector: str | None
    country: str | None


@dataclass(frozen=True)
class GoldEvent:
    id: str
    event_type: str  # mapped to today's PLOVER
    original_type: str
    source: tuple[GoldActor, ...]
    target: tuple[GoldActor, ...]
    mode: str | None


@dataclass(frozen=True)
class GoldUnit:
    id: str  # id of the unit's first record
    text: str
    events: tuple[GoldEvent, ...]
    language: str = "en"
    date: str | None = GOLD_DATE


@dataclass(frozen=True)
class PloverGold:
    units: tuple[GoldUnit, ...]
    records: int  # event records read
    skipped: dict[str, int]  # records not scored, by reason

    def types(self) -> Counter[str]:
        return Counter(e.event_type for u in self.units for e in u.events)


def _actors(value: Any, where: str) -> tuple[GoldActor, ...]:
    if value in (None, ""):
        return ()
    if not isinstance(value, list):
        raise InputError(f"{where}: source/target must be a list of actors, got {type(value).__name__}")
    out = []
    for a in value:
        if not isinstance(a, dict):
            raise InputError(f"{where}: an actor must be an object with actorText/code")
        code = a.get("code") or None
        out.append(GoldActor(a.get("actorText", ""), code, a.get("sector") or None, country_of_code(code)))
    return tuple(out)


def read_plover_gold(path: Path) -> PloverGold:
    """Read a PLOVER GSR JSON file; a missing or malformed file raises ``InputError`` (one line)."""
    try:
        raw = json.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise InputError(f"{path}: not valid JSON: {str(exc).splitlines()[0]}") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read: {exc.strerror}") from None
    if not isinstance(raw, list):
        raise InputError(f"{path}: expected a JSON list of PLOVER records")
    skipped: Counter[str] = Counter()
    by_text: dict[str, list[GoldEvent]] = {}
    first: dict[str, dict] = {}
    records = 0
    for n, rec in enumerate(raw, start=1):
        if not isinstance(rec, dict) or "event" not in rec:
            raise InputError(f"{path}: record {n} is not a PLOVER record (no 'event')")
        where = f"{path}: record {rec.get('id', n)}"
        text = rec.get("text")
        if not text:
            skipped[f"no text ({rec['event']})"] += 1
            continue
        if rec.get("skip"):
            skipped["marked skip"] += 1
            continue
        key = " ".join(text.split())
        first.setdefault(key, {"id": str(rec.get("sentence_id") or rec.get("id", n)),
                               "language": rec.get("language") or "en",
                               "date": rec["date"] if "date" in rec else GOLD_DATE})
        by_text.setdefault(key, [])
        if rec["event"] is None:  # a sentence coded as having no event
            continue
        original = str(rec["event"]).upper()
        event = GoldEvent(str(rec.get("id", n)), PLOVER05.get(original, original), original,
                          _actors(rec.get("source"), where), _actors(rec.get("target"), where), rec.get("mode") or None)
        records += 1
        by_text[key].append(event)
    if not by_text:
        raise InputError(f"{path}: no PLOVER records with text")
    units = tuple(GoldUnit(first[t]["id"], t, tuple(evs), first[t]["language"], first[t]["date"])
                  for t, evs in by_text.items())
    return PloverGold(units, records, dict(skipped))


def gold_keys(unit: GoldUnit, level: str) -> set[Key]:
    if level == "type":
        return {(e.event_type,) for e in unit.events}
    out: set[Key] = set()
    for e in unit.events:
        sources = [a.country for a in e.source] or [None]
        targets = [a.country for a in e.target] or [None]
        out |= {(e.event_type, s, t) for s in sources for t in targets}
    return out


def system_key(event: SystemEvent, level: str) -> Key:
    if level == "type":
        return (event.event_type,)
    return (event.event_type, event.actor.country if event.actor else None,
            event.recipient.country if event.recipient else None)


LEVELS = ("type", "type_country")


def _planned(event: SystemEvent) -> bool:
    return event.future and event.event_type in PLANNED_AS_ANNOUNCEMENT


def score_plover(gold: PloverGold, system: list[SystemEvent], keep_negated: bool = False) -> dict[str, Any]:
    """Precision/recall/F1 at both levels, overall and per type, and the calibration table."""
    events = [e for e in system if keep_negated or not (e.negated or _planned(e))]
    by_unit: dict[str, list[SystemEvent]] = {}
    for e in events:
        by_unit.setdefault(e.unit, []).append(e)
    known = {u.id for u in gold.units}
    stray = sorted({e.unit for e in events} - known)
    if stray:
        raise InputError(f"system events for unknown gold units: {', '.join(stray[:3])}")
    out: dict[str, Any] = {}
    checks: dict[str, list[tuple[float, bool]]] = {}
    for level in LEVELS:
        units = []
        checks[level] = []
        for u in gold.units:
            g = gold_keys(u, level)
            sys_events = by_unit.get(u.id, [])
            units.append((g, {system_key(e, level) for e in sys_events}))
            checks[level] += [(e.confidence, system_key(e, level) in g) for e in sys_events]
        out[level] = score_units(units).to_dict()
        out[level]["per_type"] = {t: c.to_dict() for t, c in per_label(units, lambda k: str(k[0])).items()}
    out["calibration"] = {level: calibration(checks[level]) for level in LEVELS}
    out["gold"] = {"units": len(gold.units), "events": gold.records, "skipped_records": gold.skipped,
                   "types": dict(sorted(gold.types().items()))}
    out["system"] = {"events": len(events), "negated_dropped": sum(e.negated for e in system) if not keep_negated else 0,
                     "planned_dropped": sum(_planned(e) and not e.negated for e in system) if not keep_negated else 0,
                     "units_with_events": len(by_unit)}
    return out
