"""Person names the dictionary does not spell exactly as the text does.

Adds units to the ones :func:`newsgraph.actors.matching.scan` found, walking
the doc left to right:

* a capitalised word that is the surname of a person already named in this
  document (``Kim`` after ``Kim Jong Un``) → that person (the memory lives
  only for one call);
* a span spaCy tagged ``PER``/``PERSON`` → an unknown person (or a known one);
* a capitalised surname right after a title word (``Machthaber Kim``,
  ``President Mugabe``) → every known person with that surname; the resolver
  picks the one holding a dated role on the article's date;
* 2–3 capitalised words right after a title word (``Experte Artjom Lukin``)
  → an unknown person;
* 2–4 capitalised words close to a known name (rapidfuzz) → that person,
  with a lower confidence.
"""

from __future__ import annotations

from rapidfuzz import fuzz, process
from spacy.tokens import Doc

from newsgraph.actors.dictionary import ActorDictionary
from newsgraph.actors.entries import SOURCE_MANUAL
from newsgraph.actors.lexicon import LexEntry, Lexicon
from newsgraph.actors.matching import Unit
from newsgraph.actors.text import norm

MEMORY_CONFIDENCE = 0.9
TITLE_SURNAME_CONFIDENCE = 0.8
FUZZY_CONFIDENCE = 0.7
UNKNOWN_CONFIDENCE = 0.5
FUZZY_CUTOFF = 88.0
#: PETRARCH's people: a stricter cutoff, a name long enough to be told apart, and no second person within the margin
WIDE_FUZZY_CUTOFF = 92.0
WIDE_MIN_LENGTH = 12
WIDE_MARGIN = 3.0
UNKNOWN = ""  # target of a person the dictionary does not know

#: Capitalised words that never start or form a person name after a title word.
NOT_NAMES = frozenset(
    "montag dienstag mittwoch donnerstag freitag samstag sonntag januar februar märz april mai juni "
    "juli august september oktober november dezember anfang ende mitte jahr jahres woche tag tage "
    "abend morgen nacht uhr prozent millionen milliarden euro dollar monday tuesday wednesday "
    "thursday friday saturday sunday january february march june july october december".split()
)


def _cap(text: str) -> bool:
    return text[:1].isupper() and text.replace("-", "").isalpha() and not text.isupper()


class NameFinder:
    """Finds person names beyond the exact aliases, for one doc at a time."""

    def __init__(self, dictionary: ActorDictionary, lex: Lexicon, stop_words: frozenset[str]) -> None:
        self.dictionary = dictionary
        self.lex = lex
        self.stop = stop_words
        surnames: dict[str, list[str]] = {}
        for e in dictionary.actors.values():
            if e.kind == "person":
                for s in e.short_names:
                    surnames.setdefault(norm(s), []).append(e.id)
        #: surname → people with that surname, manual entries first
        self.surnames: dict[str, tuple[str, ...]] = {
            k: tuple(sorted(v, key=lambda i: dictionary.actors[i].source != SOURCE_MANUAL)) for k, v in surnames.items()
        }

    def add_units(self, doc: Doc, units: list[Unit]) -> list[Unit]:
        """``units`` plus the person names found around them, sorted by position."""
        covered = {i for u in units for i in range(u.start, u.end)}
        ents = {
            e.start: e.end
            for e in doc.ents
            if e.label_ in ("PER", "PERSON") and not any(t in covered for t in range(e.start, e.end))
        }
        memory: dict[str, str] = {}
        out: list[Unit] = []
        by_start = {u.start: u for u in units}
        ends_at: dict[int, Unit] = {}
        i = 0
        while i < len(doc):
            u = by_start.get(i)
            if u is None and i not in covered and _cap(doc[i].text):
                run = i
                while run < len(doc) and run not in covered and _cap(doc[run].text) and run - i < 4:
                    run += 1
                u = self._name(doc, i, run, memory, ents, ends_at.get(i))
                if u is not None:
                    covered.update(range(u.start, u.end))
            if u is None:
                i += 1
                continue
            self._remember(u, memory)
            out.append(u)
            ends_at[u.end] = u
            i = u.end
        return out

    def _remember(self, u: Unit, memory: dict[str, str]) -> None:
        if u.kind != "person" or u.main.target == UNKNOWN:
            return
        e = self.dictionary.actors.get(u.main.target)
        if e is not None:
            for s in e.short_names:
                memory.setdefault(norm(s), e.id)

    def _person(self, start: int, end: int, target: str, text: str, conf: float, how: str) -> Unit:
        return Unit(start, end, (LexEntry(text, "person", target),), confidence=conf, how=how)

    def _name(
        self, doc: Doc, i: int, run: int, memory: dict[str, str], ents: dict[int, int], prev: Unit | None
    ) -> Unit | None:
        text = doc[i].text
        key = norm(text)
        genitive = False
        if key not in memory and self.lex.lang == "de" and key.endswith("s"):
            key, genitive = key[:-1], True  # genitive: "Kims"
        ent_end = ents.get(i)
        if key in memory and (ent_end is None or ent_end == i + 1):
            entry = LexEntry(text, "person", memory[key], genitive=genitive)
            return Unit(i, i + 1, (entry,), confidence=MEMORY_CONFIDENCE, how="memory")
        if ent_end is not None:
            span = doc[i:ent_end]
            found = self.fuzzy(span.text)
            if found is not None:
                return self._person(i, ent_end, found, span.text, FUZZY_CONFIDENCE, "fuzzy")
            return self._person(i, ent_end, UNKNOWN, span.text, UNKNOWN_CONFIDENCE, "entity")
        titled = prev is not None and prev.end == i and (prev.kind == "agent" or prev.agent is not None)
        if titled and run - i == 1:
            people = self.surnames.get(key)
            if people:
                entries = tuple(LexEntry(text, "person", p, genitive=genitive) for p in people)
                return Unit(i, i + 1, entries, confidence=TITLE_SURNAME_CONFIDENCE, how="title-surname")
        words = [t.text for t in doc[i:run]]
        if run - i < 2 or words[0].lower() in self.stop:
            return None
        found = self.fuzzy(" ".join(words))
        if found is not None:
            return self._person(i, run, found, " ".join(words), FUZZY_CONFIDENCE, "fuzzy")
        if prev is not None and prev.end == i and (prev.kind == "agent" or prev.agent is not None) and run - i <= 3:
            if not any(w.lower() in self.stop or w.lower() in NOT_NAMES for w in words):
                return self._person(i, run, UNKNOWN, " ".join(words), UNKNOWN_CONFIDENCE, "title")
        return None

    def fuzzy(self, text: str) -> str | None:
        """Id of the person whose name is closest to ``text``: a hand-curated one (rapidfuzz ratio ≥ 88), else a
        PETRARCH one (ratio ≥ 92, and no other person as close), or ``None``."""
        words = text.split()
        if len(words) < 2:
            return None
        key, block = norm(text), norm(words[-1])[:3]
        choices = self.lex.fuzzy_block.get(block, [])
        if choices:
            best = process.extractOne(key, [c[0] for c in choices], scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF)
            if best:
                return choices[best[2]][1]
        choices = self.lex.fuzzy_block_wide.get(block, [])
        if len(key) < WIDE_MIN_LENGTH or not choices:
            return None
        found = process.extract(key, [c[0] for c in choices], scorer=fuzz.ratio, score_cutoff=WIDE_FUZZY_CUTOFF,
                                limit=None)
        people = {choices[i][1] for _name, score, i in found if score >= found[0][1] - WIDE_MARGIN} if found else set()
        return people.pop() if len(people) == 1 else None
