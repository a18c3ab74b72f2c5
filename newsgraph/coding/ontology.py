"""The event ontology: PLOVER types, modes and contexts keyed by CAMEO code."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

DATA_FILE = Path(__file__).parent / "data" / "cameo.tsv"

PLOVER_TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)


def quad_class(cameo: str) -> int:
    """CAMEO quad class of a code: 1 verbal coop., 2 material coop., 3 verbal conflict, 4 material conflict."""
    root = int(cameo[:2])
    if root <= 5:
        return 1
    if root <= 8:
        return 2
    if root <= 13:
        return 3
    return 4


@dataclass(frozen=True)
class CameoCode:
    cameo: str
    event_type: str
    mode: str | None
    context: str | None
    goldstein: float | None
    quad_class: int
    description: str


class Ontology:
    """Lookup of CAMEO codes with their PLOVER mapping and Goldstein score."""

    def __init__(self, codes: dict[str, CameoCode]) -> None:
        self._codes = codes

    @classmethod
    def load(cls, path: Path = DATA_FILE) -> "Ontology":
        codes: dict[str, CameoCode] = {}
        with path.open(encoding="utf-8") as fh:
            rows = csv.DictReader((line for line in fh if not line.startswith("#")), delimiter="\t")
            for r in rows:
                codes[r["cameo"]] = CameoCode(
                    cameo=r["cameo"],
                    event_type=r["event_type"],
                    mode=r["mode"] or None,
                    context=r["context"] or None,
                    goldstein=float(r["goldstein"]) if r["goldstein"] else None,
                    quad_class=int(r["quad_class"]),
                    description=r["description"],
                )
        return cls(codes)

    def __contains__(self, cameo: str) -> bool:
        return cameo in self._codes

    def __len__(self) -> int:
        return len(self._codes)

    def get(self, cameo: str) -> CameoCode:
        """The entry for ``cameo``; raises KeyError for an unknown code."""
        return self._codes[cameo]

    def codes(self) -> list[CameoCode]:
        return list(self._codes.values())
