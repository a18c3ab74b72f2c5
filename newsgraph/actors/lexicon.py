"""The per-language lookup structures behind :class:`ActorResolver`.

Every alias of the dictionary and every agent form is added, with its
inflected variants, to one Aho-Corasick automaton keyed by the normalised text
(:func:`newsgraph.actors.text.norm`).  German variants: the genitive ``-s`` of
names (``Russlands``, ``Kremls``), the weak adjective form inside multi-word
names (``Russischen Föderation``, ``Vereinigten Staaten``) and the endings of
adjective stems (``russische``, ``nordkoreanischen``).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

import ahocorasick

from newsgraph.actors.dictionary import ActorDictionary
from newsgraph.actors.entries import SOURCE_MANUAL
from newsgraph.actors.text import de_adjective_forms, de_genitive, norm

#: Preference when one span names several things: named actors first, agents last.
KIND_RANK = {"person": 0, "org": 0, "country": 1, "capital": 1, "adjective": 2, "agent": 3}


@dataclass(frozen=True)
class LexEntry:
    """What a matched key can mean."""

    alias: str  # the alias form as written in the data (for the case check)
    kind: str  # country | capital | adjective | person | org | agent
    target: str  # ISO3, actor id, or the agent's sector
    manual: bool = False
    genitive: bool = False  # matched through a German genitive form
    agent_text: str = ""  # the agent lemma


#: Endings an inflected adjective in a German name can carry ("Internationaler / Internationale /
#: Internationalen Strafgerichtshof", "Auswärtiges / Auswärtige Amt"), longest first.
_ADJ_INFLECTIONS = ("en", "er", "es", "em", "e")


def _adjective_stem(word: str) -> str | None:
    """The stem of a capitalised inflected adjective inside a name, else None."""
    if not (word[:1].isupper() and word[1:].islower()):
        return None
    for ending in _ADJ_INFLECTIONS:
        stem = word[: -len(ending)]
        if word.endswith(ending) and len(stem) >= 3:
            return stem
    return None


def _de_name_forms(text: str, kind: str = "org") -> list[tuple[str, bool]]:
    """German forms of a name: as written, with its adjectives in every inflection, and the genitive.

    The adjectives of a multi-word name that is not a person's ("Internationaler Strafgerichtshof",
    "Vereinigte Staaten") take each ending together, as they do after an article ("der
    Internationale Strafgerichtshof", "dem Internationalen ..."); a person's first names stay as written.
    """
    forms = [(text, False)]
    words = text.split(" ")
    if len(words) > 1 and kind != "person":
        stems = [_adjective_stem(w) for w in words[:-1]]
        if any(stems):
            for ending in _ADJ_INFLECTIONS:
                variant = " ".join([s + ending if s else w for w, s in zip(words[:-1], stems)] + words[-1:])
                if variant != text:
                    forms.append((variant, False))
    for base, _ in list(forms):
        last = base.split(" ")[-1]
        if last[:1].isupper() and not last.isupper():
            forms += [(base[: -len(last)] + g, True) for g in de_genitive(last)]
    return forms


#: Shortest first part and last part of a German compound read as an agent noun.
MIN_COMPOUND_PART = 4


class Lexicon:
    """Automaton, agent table and fuzzy person-name table for one language."""

    def __init__(self, dictionary: ActorDictionary, lang: str) -> None:
        self.lang = lang
        table: dict[str, list[LexEntry]] = defaultdict(list)

        def add(text: str, entry: LexEntry) -> None:
            key = norm(text)
            if len(key) >= 2 and entry not in table[key]:
                table[key].append(entry)

        for r in dictionary.aliases:
            if r.lang not in (lang, "any"):
                continue
            if r.kind == "adjective" and lang == "de":
                for form in de_adjective_forms(r.text):
                    add(form, LexEntry(r.text, r.kind, r.target, r.manual))
                continue
            forms = _de_name_forms(r.text, r.kind) if lang == "de" else [(r.text, False)]
            for form, gen in forms:
                add(form, LexEntry(r.text if not gen else form, r.kind, r.target, r.manual, gen))
        self.agents: dict[str, LexEntry] = {}
        #: German agent forms that may end a closed compound ("Regierungs|truppen", "Klima|aktivisten")
        self.compound_agents: dict[str, LexEntry] = {}
        for a in dictionary.agents_for(lang):
            for form in a.forms or (a.text,):
                entry = LexEntry(form, "agent", a.sector, a.source.startswith("manual"), False, a.text)
                add(form, entry)
                self.agents.setdefault(norm(form), entry)
                if lang == "de" and a.compounds and " " not in form and len(form) >= MIN_COMPOUND_PART:
                    self.compound_agents.setdefault(norm(form), entry)
        self.automaton = ahocorasick.Automaton()
        for key, entries in table.items():
            entries.sort(key=lambda e: (KIND_RANK[e.kind], not e.manual))
            self.automaton.add_word(key, (key, tuple(entries)))
        self.automaton.make_automaton()
        self.keys = len(table)

        # person names (two words or more) for fuzzy matching, blocked by the start of the last name:
        # hand-curated ones, and apart (matched more strictly: many namesakes) the 18,000 PETRARCH people
        self.fuzzy_block: dict[str, list[tuple[str, str]]] = defaultdict(list)
        self.fuzzy_block_wide: dict[str, list[tuple[str, str]]] = defaultdict(list)
        for e in dictionary.actors.values():
            if e.kind != "person":
                continue
            block = self.fuzzy_block if e.source == SOURCE_MANUAL else self.fuzzy_block_wide
            for n in e.names.for_lang(lang):
                words = n.split()
                if len(words) >= 2 and all(w[:1].isupper() for w in words):
                    block[_block(words[-1])].append((norm(n), e.id))

    def compound_agent(self, word: str) -> LexEntry | None:
        """The agent a German closed compound ends in, longest ending first (``Kolonialtruppen`` → Truppen)."""
        key = norm(word)
        for k in range(MIN_COMPOUND_PART, len(key) - MIN_COMPOUND_PART + 1):
            entry = self.compound_agents.get(key[k:].lstrip("-"))
            if entry is not None:
                return entry
        return None

    def lookup(self, text: str) -> tuple[LexEntry, ...]:
        """Entries whose key is exactly ``norm(text)``."""
        found = self.automaton.get(norm(text), None)
        return found[1] if found else ()


def _block(word: str) -> str:
    """Blocking key for fuzzy name matching: the first three letters of the last name."""
    return norm(word)[:3]
