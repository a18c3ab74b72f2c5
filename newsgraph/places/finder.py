"""Place mentions in a parsed document: prepositional phrases whose noun phrase names a place.

Only locative phrases count ("in Pjöngjang", "nach Vietnam", "auf der Krim", "in the North
Korean capital"; not "from", which names an origin): a bare country or capital name is usually an actor ("Moskau kritisierte"),
which is the actor layer's business. Inside the phrase the most specific name wins (the city in
"in der syrischen Stadt Aleppo"); "die nordkoreanische Hauptstadt" is that country's capital.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from newsgraph.places.gazetteer import Gazetteer, Place

LOCATIVE = {
    "de": frozenset({"in", "im", "ins", "nach", "bei", "beim", "auf", "an", "am", "vor", "nahe", "über"}),
    "en": frozenset({"in", "at", "to", "near", "inside", "into", "outside", "across"}),
}
# generic place nouns followed by the name: "in der Stadt Aleppo", "in the city of Mosul"
PLACE_NOUNS = {"de": frozenset({"stadt", "hauptstadt", "ortschaft", "dorf", "gemeinde", "provinz", "region", "bezirk",
                                "grenzstadt", "hafenstadt", "küstenstadt", "metropole"}),
               "en": frozenset({"city", "town", "village", "province", "region", "district", "capital", "port"})}
CAPITAL_WORDS = {"de": frozenset({"hauptstadt"}), "en": frozenset({"capital"})}
_ARTICLE_PREPS = frozenset({"im", "ins", "am", "beim", "zum", "zur", "vom"})
_NAME_DEPS = frozenset({"flat", "flat:name", "appos", "compound", "nmod", "nmod:poss", "nk", "pnc"})
_SPECIFIC = {"city": 0, "admin1": 1, "country": 2}
_MAX_NAME_TOKENS = 4


@dataclass(frozen=True)
class PlaceMention:
    """A place named in a locative phrase: ``anchor`` is the phrase's head noun, ``attach`` what it modifies."""

    start: int  # first token of the phrase (the preposition)
    end: int  # token after the name
    text: str  # the raw phrase, "in der syrischen Stadt Aleppo"
    name: str  # the matched name, "Aleppo"
    place: Place
    anchor: int
    attach: int


class PlaceFinder:
    """Finds place mentions in one language's parses."""

    def __init__(self, gazetteer: Gazetteer, lang: str, is_name: Callable[[str], bool] | None = None) -> None:
        """``is_name(word)`` tells whether a word the tagger took for a common noun is really a name
        (for German: HanTa's lexicon), so "in Basis" is no place but "in Pjöngjang" is."""
        self.gazetteer = gazetteer
        self.lang = lang
        self._is_name = is_name
        self._preps = LOCATIVE.get(lang, LOCATIVE["en"])
        self._capital_words = CAPITAL_WORDS.get(lang, CAPITAL_WORDS["en"])
        self._place_nouns = PLACE_NOUNS.get(lang, PLACE_NOUNS["en"])

    def find(self, doc: Doc, countries: Mapping[int, str] | None = None) -> list[PlaceMention]:
        """Place mentions in ``doc``; ``countries`` maps token indices of country words (adjectives,
        names) to ISO3, so that "der nordkoreanischen Hauptstadt" resolves to Pyongyang."""
        countries = countries or {}
        out = []
        for token in doc:
            case = self._case(token)
            if case is None:
                continue
            found = self._capital(token, countries) or self._name(token)
            if found is None:
                continue
            name, place, last = found
            start = min(case.i, token.left_edge.i) if token.dep_ != "conj" else min(token.i, last)
            end = max(last + 1, token.i + 1)
            out.append(PlaceMention(start, end, doc[start:end].text, name, place, token.i, _attachment(token).i))
        return out

    def _case(self, token: Token) -> Token | None:
        """The locative preposition governing ``token`` (also for the second conjunct of "in Moskau und Pjöngjang")."""
        head = token.head if token.dep_ == "conj" and token.head.i != token.i else token
        for child in head.children:
            if child.dep_ == "case" and child.lower_ in self._preps and child.i < head.i:
                return child
        return None

    def _capital(self, token: Token, countries: Mapping[int, str]) -> tuple[str, Place, int] | None:
        if token.lower_ not in self._capital_words and token.lemma_.lower() not in self._capital_words:
            return None
        for child in token.children:
            iso3 = countries.get(child.i)
            if iso3 and child.dep_ in ("amod", "nmod", "nmod:poss", "det:poss", "compound"):
                place = self.gazetteer.capital(iso3)
                if place is not None:
                    return token.text, place, max(token.i, child.i)
        return None

    def _name(self, token: Token) -> tuple[str, Place, int] | None:
        doc = token.doc
        generic = token.lemma_.lower() in self._place_nouns or token.lower_ in self._place_nouns
        # an apposition names the place only after a name or a place noun ("in der Stadt, Aleppo"),
        # not after any noun ("in power, Iran, ...")
        members = sorted({token.i, *(c.i for c in token.children
                                     if (c.dep_ in _NAME_DEPS or c.dep_ == "amod") and _is_name_word(c) and not _has_case(c)
                                     and (c.dep_ != "appos" or generic or token.pos_ == "PROPN"))})
        if generic:
            # the parser often hangs the name elsewhere: take the words right after the noun ("of" allowed)
            i = token.i + 1 + (token.i + 1 < len(doc) and doc[token.i + 1].lower_ == "of")
            while i < len(doc) and i - token.i <= _MAX_NAME_TOKENS and _is_name_word(doc[i]) and not _has_case(doc[i]):
                members.append(i)
                i += 1
            members = sorted(set(members))
        found: list[tuple[int, int, Place, int, int]] = []  # (specificity, -length, place, start, end)
        for run in _runs(members):
            for length in range(min(len(run), _MAX_NAME_TOKENS), 0, -1):
                for i in range(len(run) - length + 1):
                    start, end = run[i], run[i + length - 1] + 1
                    place = self._accept(doc[start:end])
                    if place is not None:
                        found.append((_SPECIFIC[place.precision], -length, place, start, end))
        # a name inside a longer name is not a place of its own ("Carolina" in "South Carolina")
        found = [f for f in found if not any(g[3] <= f[3] and f[4] <= g[4] and g[4] - g[3] > f[4] - f[3] for g in found)]
        if not found:
            return None
        _, _, place, start, end = min(found, key=lambda f: f[:2])
        return doc[start:end].text, place, end - 1

    def _accept(self, span) -> Place | None:
        if not all(_is_name_word(t) for t in span):
            return None
        place = self.gazetteer.best(span.text)
        if place is not None and self.gazetteer.never(span.text):
            return None
        if place is None or len(span) > 1 or place.precision != "city":
            return place
        token = span[0]
        if token.ent_type_ in ("LOC", "GPE"):
            return place
        if token.ent_type_ == "PER" or (self._is_name is not None and not self._is_name(token.text)):
            return None
        # a one-word city name that is also a common word ("im Hof", "im Mai") takes an article
        if any(c.dep_ == "det" or (c.dep_ == "case" and c.lower_ in _ARTICLE_PREPS) for c in token.children):
            return None
        return place


def _is_name_word(token: Token) -> bool:
    return token.text[:1].isupper() and token.pos_ in ("PROPN", "NOUN", "X", "ADJ") or token.lower_ in ("d.c.",)


def _has_case(token: Token) -> bool:
    return any(c.dep_ == "case" for c in token.children)


def _runs(indices: list[int]) -> list[list[int]]:
    runs: list[list[int]] = []
    for i in indices:
        if runs and i == runs[-1][-1] + 1:
            runs[-1].append(i)
        else:
            runs.append([i])
    return runs


def _attachment(token: Token) -> Token:
    """What the phrase modifies: the head of the first conjunct for "in Moskau und Pjöngjang"."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    return token.head
