"""Where an event happened: the place named in the event's own clause, else in a clause that
governs it (the sentence), else the dateline — each with its source, never a guess.

A place phrase that belongs to an actor ("die Regierungen in Moskau") says who, not where, and
is skipped. The dateline ("Seoul/Moskau (Reuters) -") is where the reporter is, so it is used
only when it names one place, for a statement-like (verbal) event of an actor from that place's
country that the text does not date to another day; a combined dateline ("Seoul/Moskau") tells
where the story was put together, not where anything in it happened.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from newsgraph.coding.mentions import MentionIndex
from newsgraph.coding.syntax import clause_tokens, is_verb
from newsgraph.model import Actor, Location
from newsgraph.places import DatelinePlace, Place, PlaceMention

_SPECIFIC = {"city": 0, "admin1": 1, "country": 2}
VERBAL_QUAD_CLASSES = (1, 3)


class Locator:
    """Picks the location of each event of one article."""

    def __init__(self, places: Sequence[PlaceMention], dateline: Sequence[DatelinePlace], index: MentionIndex) -> None:
        self._places = list(places)
        self._dateline = list(dateline)
        self._index = index

    def locate(self, token: Token, head: Token, statement_verb: Token | None, actors: Sequence[Actor],
               quad_class: int | None, other_day: bool) -> Location | None:
        """``token`` is the trigger, ``head`` the verb whose clause it belongs to; ``other_day`` is True when
        the text dates the event away from the article's time (then the dateline says nothing about it)."""
        found = self._in_clause(head, token)
        if found is not None:
            return _location(found.text, found.place, "clause")
        for verb in [*_governing_verbs(head), *((statement_verb,) if statement_verb is not None else ())]:
            found = self._in_clause(verb, verb)
            if found is not None:
                return _location(found.text, found.place, "sentence")
        if other_day or quad_class not in VERBAL_QUAD_CLASSES:
            return None
        countries = {a.country for a in actors if a.country}
        if len(self._dateline) == 1 and self._dateline[0].place.country in countries:
            return _location(self._dateline[0].text, self._dateline[0].place, "dateline")
        return None

    def _in_clause(self, head: Token, trigger: Token) -> PlaceMention | None:
        clause = {t.i for t in clause_tokens(head)} | {t.i for t in clause_tokens(trigger)}
        candidates = [m for m in self._places if m.anchor in clause and self._belongs_to_event(m, head.doc, clause)]
        if not candidates:
            return None
        return min(candidates, key=lambda m: (_SPECIFIC[m.place.precision], abs(m.anchor - trigger.i)))

    def _belongs_to_event(self, mention: PlaceMention, doc, clause: set[int]) -> bool:
        """The phrase hangs on the clause's verb or on a non-actor noun of the clause ("Besuch in Nordkorea")."""
        node = doc[mention.attach]
        for _ in range(4):
            if node.i not in clause:
                return False
            if self._index.at(node.i) is not None and not is_verb(node):
                return False
            if is_verb(node) or node.head.i == node.i:
                return True
            node = node.head
        return False


def _governing_verbs(head: Token) -> list[Token]:
    out = []
    node = head
    while node.head.i != node.i:
        node = node.head
        if is_verb(node):
            out.append(node)
    return out


def _location(text: str, place: Place, source: str) -> Location:
    return Location(text=text, name=place.name, country=place.country, admin1=place.admin1, lat=place.lat,
                    lon=place.lon, geonames_id=place.geonames_id, precision=place.precision, source=source)
