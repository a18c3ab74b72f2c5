"""The dateline's places: "Seoul/Moskau (Reuters) - " → Seoul, Moscow."""

from __future__ import annotations

from dataclasses import dataclass

from newsgraph.language.pipeline import DATELINE
from newsgraph.places.gazetteer import Gazetteer, Place

# a dateline stands at the head of the story, after at most a header line or two
_SEARCH_CHARS = 600


@dataclass(frozen=True)
class DatelinePlace:
    text: str
    place: Place
    end: int  # character offset where the dateline ends: the lead sentence starts here


def dateline_places(text: str, gazetteer: Gazetteer) -> list[DatelinePlace]:
    """The places of the first dateline in ``text`` that the gazetteer knows, in order."""
    match = DATELINE.search(text[:_SEARCH_CHARS])
    if match is None:
        return []
    out = []
    for part in match.group("place").split("/"):
        part = part.strip()
        place = gazetteer.best(part) if part else None
        if place is not None and not gazetteer.never(part):
            out.append(DatelinePlace(part, place, match.end()))
    return out
