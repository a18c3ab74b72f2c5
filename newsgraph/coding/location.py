"""Where an event happened: the place named in the event's own clause, else in a clause that
governs it (the sentence), else the dateline — each with its source, never a guess.

A place phrase that belongs to an actor ("die Regierungen in Moskau") says who, not where, and
is skipped. The dateline ("Seoul/Moskau (Reuters) -") is where the reporter is, so it is used
only when it names one place, for a statement-like (verbal) event of the lead sentence by an actor
from that place's country (a government: only from its capital) that the text does not date to
another day; a combined dateline ("Seoul/Moskau") tells where the story was put together, not
where anything in it happened.

A statement-like event takes only a place on its own verb: "Russland hat Wahlen in Syrien
gefordert" demands something about Syria, in an unknown place. A material event also takes a place
on a noun of its clause ("den Angriff auf ein Krankenhaus in Aleppo"). A visit is in the visited
country ("besuchte Argentinien", CAMEO 042); a hosted visit in the host's (043).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from spacy.tokens import Token

from newsgraph.coding.mentions import MentionIndex
from newsgraph.coding.syntax import AGENT_PREPS, case_of, clause_tokens, is_verb
from newsgraph.model import Actor, Location
from newsgraph.places import DatelinePlace, Place, PlaceMention

_SPECIFIC = {"city": 0, "admin1": 1, "country": 2}
VERBAL_QUAD_CLASSES = (1, 3)
VISIT_CODES = ("042",)
HOST_CODES = ("043",)
_CORE_ARGUMENTS = frozenset({"obj", "iobj", "nsubj", "nsubj:pass", "dobj", "csubj"})
_AGENT_DEPS = frozenset({"nsubj", "nsubj:pass", "obl:agent", "csubj"})


class Locator:
    """Picks the location of each event of one article."""

    def __init__(self, places: Sequence[PlaceMention], dateline: Sequence[DatelinePlace], index: MentionIndex,
                 country_place: Callable[[str], Place | None] = lambda _iso3: None,
                 gathering_nouns: frozenset[str] = frozenset(), where_words: frozenset[str] = frozenset()) -> None:
        """``country_place(iso3)`` is the gazetteer's country record, for visits to a named country;
        ``gathering_nouns`` ("summit", "Gipfel") are meetings whose place is the event's even when they are
        what a statement-like event is about; ``where_words`` open a relative clause of place ("where", "wo")."""
        self._gathering_nouns = gathering_nouns
        self._where_words = where_words
        self._places = list(places)
        self._dateline = list(dateline)
        self._index = index
        self._country_place = country_place

    def locate(self, token: Token, head: Token, statement_verb: Token | None, actors: Sequence[Actor],
               recipients: Sequence[Actor], cameo: str, quad_class: int | None, other_day: bool) -> Location | None:
        """``token`` is the trigger, ``head`` the verb whose clause it belongs to; ``other_day`` is True when
        the text dates the event away from the article's time (then the dateline says nothing about it)."""
        verbal = quad_class in VERBAL_QUAD_CLASSES
        prefer = {r.country for r in recipients if r.country}
        found = self._in_clause(head, token, verbal, prefer) or self._where_antecedent(head)
        if found is not None:
            return _location(found.text, found.place, "clause")
        for verb in [*_governing_verbs(head), *((statement_verb,) if statement_verb is not None else ())]:
            found = self._in_clause(verb, verb, True, prefer)
            if found is not None:
                return _location(found.text, found.place, "sentence")
        visited = recipients if cameo in VISIT_CODES else actors if cameo in HOST_CODES else ()
        for a in visited:
            place = self._country_place(a.country) if a.kind == "country" and a.country else None
            if place is not None:
                return _location(a.text, place, "clause")
        if other_day or not verbal:
            return None
        lead = self._dateline[0] if len(self._dateline) == 1 else None
        sent = token.sent
        if lead is not None and sent.start_char <= lead.end + 2 < sent.end_char + 2 and any(
                _speaks_from(a, lead.place) for a in actors):
            return _location(lead.text, lead.place, "dateline")
        return None

    def _in_clause(self, head: Token, trigger: Token, verbal: bool, prefer: set[str]) -> PlaceMention | None:
        """The most specific place of the clause; of several ("in Polen, Bulgarien, Rumänien ... stationiert"),
        one in the recipient's country first, then the nearest to the trigger."""
        clause = {t.i for t in clause_tokens(head)} | {t.i for t in clause_tokens(trigger)}
        candidates = [m for m in self._places if m.anchor in clause and self._belongs_to_event(m, head.doc, clause, verbal)]
        if not candidates:
            return None
        return min(candidates, key=lambda m: (m.place.country not in prefer, _SPECIFIC[m.place.precision],
                                              abs(m.anchor - trigger.i)))

    def _where_antecedent(self, head: Token) -> PlaceMention | None:
        """"the north-east of Syria, where it established its region": a where-clause happens at its antecedent."""
        if head.dep_ not in ("acl:relcl", "acl", "relcl") or not any(
                c.lower_ in self._where_words for c in head.children if c.dep_ in ("advmod", "mark")):
            return None
        antecedent = head.head
        return next((m for m in self._places if m.anchor == antecedent.i), None)

    def _low_attachment(self, mention: PlaceMention, doc) -> Token | None:
        """A place phrase the parser hung on the verb although it directly follows a common noun that is an
        argument of that verb ("shielded by his backers in Moscow", "seek new allies in Moscow"): the noun
        is the likelier host (right association). Not after a name or an actor ("met Putin in Moscow")."""
        verb = doc[mention.attach]
        prev = _noun_before(mention, doc)
        if prev is None or not is_verb(verb) or prev.pos_ != "NOUN" or prev.head.i != verb.i:
            return None
        if prev.dep_ not in _CORE_ARGUMENTS | _AGENT_DEPS | {"obl"} or self._index.at(prev.i) is not None:
            return None
        return prev

    def _belongs_to_event(self, mention: PlaceMention, doc, clause: set[int], verbal: bool) -> bool:
        """The phrase hangs on the clause's verb or on a non-actor noun of the clause ("Besuch in Nordkorea",
        "nach dem Treffen in Pjöngjang"); for a statement-like event not on what is said or asked for
        (an object or subject: "Wahlen in Syrien gefordert" is about Syria, not said there)."""
        node = self._low_attachment(mention, doc) or doc[mention.attach]
        for _ in range(4):
            if node.i not in clause:
                return False
            if self._index.at(node.i) is not None and not is_verb(node):
                # an actor phrase says who — unless it only qualifies another noun of the clause
                # ("ein Krankenhaus von Rebellen in der Provinz Hama": the hospital is in Hama)
                if is_verb(node.head) or self._index.at(node.head.i) is not None or node.head.i == node.i:
                    return False
            if is_verb(node) or node.head.i == node.i:
                return True
            if verbal and node.dep_ in _CORE_ARGUMENTS and node.lemma_.lower() not in self._gathering_nouns:
                return False
            if node.dep_ in _AGENT_DEPS or case_of(node) in AGENT_PREPS:
                return False  # "shielded by his backers in Moscow": the place says who, not where
            node = node.head
        return False


def _noun_before(mention: PlaceMention, doc) -> Token | None:
    """The word before the place phrase (for "in Moskau und Pjöngjang", before the first conjunct's phrase)."""
    first = doc[mention.anchor]
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    start = min(first.left_edge.i, mention.start)
    return doc[start - 1] if start > 0 else None


def _speaks_from(actor: Actor, place: Place) -> bool:
    """An actor of the dateline's country; a government only from its capital (a statement of the Libyan
    government datelined Sirte was not made in Sirte)."""
    if actor.country != place.country:
        return False
    return actor.sector != "GOV" or place.capital or place.precision == "country"


def _governing_verbs(head: Token) -> list[Token]:
    """Verbs whose clause embeds ``head``'s clause; a coordinated clause ("withdrew ... and accused") is a
    sibling, not a governor, and so is anything above it."""
    out = []
    node = head
    while node.head.i != node.i and node.dep_ != "conj":
        node = node.head
        if is_verb(node):
            out.append(node)
    return out


def _location(text: str, place: Place, source: str) -> Location:
    return Location(text=text, name=place.name, country=place.country, admin1=place.admin1, lat=place.lat,
                    lon=place.lon, geonames_id=place.geonames_id, precision=place.precision, source=source)
