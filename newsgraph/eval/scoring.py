"""Set-based precision/recall/F1 over scoring units, shared by the event scorers.

A *unit* is one gold sentence (or story).  For every unit a scorer builds the set of
gold keys and the set of system keys at one level (e.g. ``("ACCUSE",)`` or
``("ACCUSE", "USA", "RUS")``); true positives are the keys in both, false positives
the system keys not in gold, false negatives the gold keys the system missed.
Counts are summed over all units (micro average).  Sets, not multisets: the coder
emits one event per actor pair, so two identical keys in one sentence count once on
both sides.

``SystemEvent`` is the scorers' own plain view of a coded event, so the scoring
never runs through the coder's code; ``system_event`` builds it from a
``newsgraph.model.Event``.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from newsgraph.model import Actor, Event

Key = tuple[Hashable, ...]
# CAMEO primary codes that are not countries; kept as the "country" of the actor so that an
# IGO is matched as IGO.  Gold files of the field use a few pre-ISO CAMEO country codes.
CAMEO_COUNTRY_ALIASES = {"JAP": "JPN", "ITL": "ITA", "VTN": "VNM"}
UNKNOWN = {"", "---", "***"}


@dataclass(frozen=True)
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def __add__(self, other: "Counts") -> "Counts":
        return Counts(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {"precision": round(self.precision, 4), "recall": round(self.recall, 4), "f1": round(self.f1, 4),
                "tp": self.tp, "fp": self.fp, "fn": self.fn}


def compare(gold: set[Key], system: set[Key]) -> Counts:
    return Counts(len(gold & system), len(system - gold), len(gold - system))


def score_units(units: Iterable[tuple[set[Key], set[Key]]]) -> Counts:
    """Micro-averaged counts over ``(gold keys, system keys)`` per unit."""
    total = Counts()
    for gold, system in units:
        total = total + compare(gold, system)
    return total


def per_label(units: Sequence[tuple[set[Key], set[Key]]], label: Callable[[Key], str]) -> dict[str, Counts]:
    """Counts restricted to the keys of each label (``label(key)``, e.g. the event type)."""
    labels = sorted({label(k) for gold, system in units for k in gold | system})
    out = {}
    for name in labels:
        out[name] = score_units(({k for k in g if label(k) == name}, {k for k in s if label(k) == name})
                                for g, s in units)
    return out


def country_of_code(code: str | None) -> str | None:
    """The country part of a CAMEO-style actor code: its first three letters (ISO3, or IGO/NGO/...),
    pre-ISO aliases mapped; None for no code or an unknown-country code ("---LEG")."""
    if not code or code.strip() in UNKNOWN:
        return None
    head = code.strip()[:3].upper()
    if head in UNKNOWN or head.startswith("-"):
        return None
    return CAMEO_COUNTRY_ALIASES.get(head, head)


@dataclass(frozen=True)
class SystemActor:
    code: str | None
    country: str | None  # ISO3, or the code's first three letters (IGO, NGO ...)


@dataclass(frozen=True)
class SystemEvent:
    """What the scorers read of a coded event."""

    unit: str  # id of the gold unit (record/sentence) the event was coded from
    event_type: str
    cameo: str
    actor: SystemActor | None
    recipient: SystemActor | None
    confidence: float
    negated: bool = False  # not asserted: negated or hypothetical ("could", "if") — flagged, not a fact
    future: bool = False  # flagged as planned or announced, not yet done


def _system_actor(actor: Actor) -> SystemActor:
    country = actor.country.upper() if actor.country else country_of_code(actor.code)
    return SystemActor(actor.code, country)


def system_event(unit: str, event: Event) -> list[SystemEvent]:
    """One ``SystemEvent`` per actor–recipient pair of ``event`` (usually exactly one)."""
    actors = [_system_actor(a) for a in event.actor] or [None]
    recipients = [_system_actor(r) for r in event.recipient] or [None]
    return [SystemEvent(unit, event.event_type, event.cameo, a, r, event.confidence,
                        bool({"negated", "hypothetical"} & set(event.modality)), "future" in event.modality)
            for a in actors for r in recipients]


def calibration(correct: Sequence[tuple[float, bool]], edges: Sequence[float] = (0.0, 0.2, 0.4, 0.6, 0.8, 1.0001)
                ) -> list[dict[str, Any]]:
    """Precision of system events per confidence bin ``[lo, hi)``, plus the cumulative ``>= 0.8`` row."""
    rows = []
    for lo, hi in zip(edges, edges[1:]):
        hits = [ok for conf, ok in correct if lo <= conf < hi]
        rows.append({"bin": f"[{lo:.1f}, {min(hi, 1.0):.1f}{']' if hi > 1 else ')'}", "events": len(hits),
                     "correct": sum(hits), "precision": round(sum(hits) / len(hits), 4) if hits else None})
    high = [ok for conf, ok in correct if conf >= 0.8]
    rows.append({"bin": ">= 0.8", "events": len(high), "correct": sum(high),
                 "precision": round(sum(high) / len(high), 4) if high else None})
    return rows
