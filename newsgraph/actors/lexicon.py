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


def _de_name_forms(text: str) -> list[tuple[str, bool]]:
    """German forms of a name: as written, weak-adjective variant, and the genitive."""
    forms = [(text, False)]
    words = text.split(" ")
    if len(words) > 1:
        weak = []
        for w in words[:-1]:
            if w[:1].isupper() and w.endswith("es") and len(w) > 4:
                w = w[:-2] + "en"
            elif w[:1].isupper() and w.endswith("e") and len(w) > 3:
                w = w + "n"
            weak.append(w)
        variant = " ".join(weak + words[-1:])
        if variant != text:
            forms.append((variant, False))
    for base, _ in list(forms):
        last = base.split(" ")[-1]
        if last[:1].isupper() and not last.isupper():
            forms += [(base[: -len(last)] + g, True) for g in de_genitive(last)]
    return forms


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
            forms = _de_name_forms(r.text) if lang == "de" else [(r.text, False)]
            for form, gen in forms:
                add(form, LexEntry(r.text if not gen else form, r.kind, r.target, r.manual, gen))
        self.agents: dict[str, LexEntry] = {}
        for a in dictionary.agents_for(lang):
            for form in a.forms or (a.text,):
                entry = LexEntry(form, "agent", a.sector, a.source.startswith("manual"), False, a.text)
                add(form, entry)
                self.agents.setdefault(norm(form), entry)
        self.automaton = ahocorasick.Automaton()
        for key, entries in table.items():
            entries.sort(key=lambda e: (KIND_RANK[e.kind], not e.manual))
            self.automaton.add_word(key, (key, tuple(entries)))
        self.automaton.make_automaton()
        self.keys = len(table)

        # hand-curated person names (two words or more) for fuzzy matching, blocked by the start
        # of the last name; the 18,000 PETRARCH people are left out (too many namesakes)
        self.fuzzy_block: dict[str, list[tuple[str, str]]] = defaultdict(list)
        for e in dictionary.actors.values():
            if e.kind != "person" or e.source != SOURCE_MANUAL:
                continue
            for n in e.names.for_lang(lang):
                words = n.split()
                if len(words) >= 2 and all(w[:1].isupper() for w in words):
                    self.fuzzy_block[_block(words[-1])].append((norm(n), e.id))

    def lookup(self, text: str) -> tuple[LexEntry, ...]:
        """Entries whose key is exactly ``norm(text)``."""
        found = self.automaton.get(norm(text), None)
        return found[1] if found else ()


def _block(word: str) -> str:
    """Blocking key for fuzzy name matching: the first three letters of the last name."""
    return norm(word)[:3]
