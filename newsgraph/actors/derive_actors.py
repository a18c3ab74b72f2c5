"""Derive people and organisations from the PETRARCH2 actor files.

A block becomes a *person* when PETRARCH generated it from its leader lists
(``# CountryInfo.txt`` / ``# IGOrulers.txt``) or when it has dated codes and no
institution word in its name; every other block is an *organisation*.  Person
names that carry no English title word are usable in every language
(``any``); everything else is English only.  Duplicates (same name and country,
or organisations sharing an alias and all codes) are merged; aliases still
shared by entries live on the same day mark those entries ``ambiguous``; an
alias that is also a country name is dropped from the actor.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import replace

from spacy.lang.de.stop_words import STOP_WORDS as DE_STOP
from spacy.lang.en.stop_words import STOP_WORDS as EN_STOP

from newsgraph.actors.codes import FICTIONAL, TRANSNATIONAL, rewrite_code
from newsgraph.actors.derive_countries import is_country_block
from newsgraph.actors.entries import SOURCE_PETRARCH, ActorEntry, Aliases, Role
from newsgraph.actors.overlap import live_spans, overlap
from newsgraph.actors.petrarch import RawBlock
from newsgraph.actors.text import keep_acronyms, norm, title_case

INSTITUTION_WORDS = frozenset(
    "ADMINISTRATION AGENCY ARMY ASSEMBLY ASSOCIATION AUTHORITY BANK BOARD BUREAU CABINET CHAMBER "
    "COMMAND COMMISSION COMMITTEE CONGRESS COUNCIL COURT DEPARTMENT DUMA FEDERATION FORCE FORCES "
    "FRONT GOVERNMENT GROUP GUARD HOUSE INSTITUTE LEAGUE MINISTRY MOVEMENT NAVY OFFICE ORGANIZATION "
    "ORGANISATION PARLIAMENT PARTY POLICE POLITBURO PRESIDIUM REPUBLIC SENATE SERVICE SFSR SOVIET "
    "SSR STATE UNION UNIT".split()
)
#: Countries whose people are named family name first (``Kim`` of *Kim Jong Un*).
FAMILY_NAME_FIRST = frozenset({"CHN", "PRK", "KOR", "TWN", "HKG", "MAC", "VNM", "MNG"})
_COMMON = frozenset(
    "january february march april may june july august september october november december "
    "monday tuesday wednesday thursday friday saturday sunday new general said".split()
)


def _is_person(block: RawBlock) -> bool:
    words = set(block.names[0].split())
    if words & INSTITUTION_WORDS or any(len(r.code) == 3 for r in block.roles):
        return False
    return block.generated or any(r.start or r.end for r in block.roles)


def _roles(block: RawBlock) -> tuple[Role, ...]:
    out: list[Role] = []
    for r in block.roles:
        role = Role(code=rewrite_code(r.code), start=r.start, end=r.end, source=SOURCE_PETRARCH)
        if role not in out:
            out.append(role)
    return tuple(out)


def _display(name: str, person: bool) -> str | None:
    words = name.split()
    if words and words[0] == "THE":
        words = words[1:]
    if not words or not any(c.isalpha() for c in name):
        return None
    if person:
        return title_case(words)
    if len(words) == 1 and (len(words[0]) <= 3 or words[0] in keep_acronyms(words)):
        return words[0]
    return title_case(words, keep_acronyms(words))


def _usable(text: str, person: bool) -> bool:
    if len(norm(text)) < 2:
        return False
    if " " not in text:
        low = text.lower()
        if low in DE_STOP or low in EN_STOP or low in _COMMON:
            return False
        if person and len(low) < 3:
            return False
    return True


class ActorDeriver:
    """Turns PETRARCH blocks into merged, conflict-marked :class:`ActorEntry` records."""

    def __init__(
        self, cameo_to_iso: dict[str, str], english_words: set[str], country_keys: dict[str, set[str]],
        country_words: Mapping[str, str] | None = None,
    ) -> None:
        """``english_words``: upper-case title/agent words; ``country_keys``: lang → normalised country names;
        ``country_words``: normalised English country names and adjectives → ISO3 (those of one country only)."""
        self.cameo_to_iso = cameo_to_iso
        self.english_words = english_words
        self.country_keys = country_keys
        self.country_words = country_words or {}
        self.merged = 0
        self.ambiguous = 0

    def country_of(self, roles: Iterable[Role], section: str | None) -> str | None:
        for r in roles:
            if (iso := self.cameo_to_iso.get(r.code[:3])) is not None:
                return iso
        return self.cameo_to_iso.get(section or "")

    def named_country(self, roles: Iterable[Role], names: Iterable[str]) -> str | None:
        """The state an organisation coded by region only is named for ("Palestinian Islamic Jihad", MEAREB → PSE;
        "Eritrean Liberation Front", EAFREB → ERI): the country its names name most often, if one leads; None for an
        organisation with a state's code or of a transnational kind (IGO, NGO, MNC, IMG)."""
        if any(r.code[:3] in self.cameo_to_iso or r.code[:3] in TRANSNATIONAL for r in roles):
            return None
        counts = Counter(iso for name in names for iso in _countries_named(name, self.country_words))
        ranked = counts.most_common(2)
        if not ranked or (len(ranked) == 2 and ranked[1][1] == ranked[0][1]):
            return None
        return ranked[0][0]

    def entry(self, block: RawBlock, ident: str) -> ActorEntry | None:
        roles = _roles(block)
        if not roles or all(r.code[:3] in FICTIONAL for r in roles):
            return None
        person = _is_person(block)
        any_names: list[str] = []
        en_names: list[str] = []
        for raw in block.names:
            text = _display(raw, person)
            if text is None or not _usable(text, person):
                continue
            if person and not (set(raw.split()) & self.english_words):
                any_names.append(text)
            else:
                en_names.append(text)
        canonical = _display(block.names[0], person) or block.names[0]
        country = self.country_of(roles, block.section)
        if country is None and not person:
            country = self.named_country(roles, [canonical, *en_names, *any_names])
        words = canonical.split()
        last = words[0] if country in FAMILY_NAME_FIRST else words[-1]
        short = (last,) if person and len(last) >= 3 and last.isalpha() and _usable(last, True) else ()
        return ActorEntry(
            id=ident,
            kind="person" if person else "org",
            name=canonical,
            country=country,
            names=Aliases(en=tuple(dict.fromkeys(en_names)), any=tuple(dict.fromkeys(any_names))),
            short_names=short,
            roles=roles,
            source=SOURCE_PETRARCH,
        )

    def derive(self, blocks: Iterable[RawBlock]) -> list[ActorEntry]:
        entries: list[ActorEntry] = []
        ids: dict[str, int] = defaultdict(int)
        for b in blocks:
            if is_country_block(b):
                continue
            base = "_".join(b.names[0].replace(".", "").split()) or "ACTOR"
            ids[base] += 1
            ident = base if ids[base] == 1 else f"{base}.{ids[base]}"
            if (e := self.entry(b, ident)) is not None:
                entries.append(e)
        entries = self._merge_duplicates(entries)
        entries = [self._drop_country_names(e) for e in entries]
        entries = [e for e in entries if e.names.all()]
        return self._mark_conflicts(entries)

    def _merge_duplicates(self, entries: list[ActorEntry]) -> list[ActorEntry]:
        parent = list(range(len(entries)))

        def find(i: int) -> int:
            while parent[i] != i:
                parent[i] = parent[parent[i]]
                i = parent[i]
            return i

        def union(i: int, j: int) -> None:
            parent[find(j)] = find(i)

        by_name: dict[tuple[str, str, str | None], int] = {}
        for i, e in enumerate(entries):
            key = (e.kind, norm(e.name), e.country)
            if key in by_name:
                union(by_name[key], i)
            else:
                by_name[key] = i
        by_alias: dict[tuple[str, frozenset[str]], int] = {}
        for i, e in enumerate(entries):
            if e.kind != "org":
                continue
            codes = frozenset(r.code for r in e.roles)
            for a in e.names.all():
                key = (norm(a), codes)
                if key in by_alias:
                    union(by_alias[key], i)
                else:
                    by_alias[key] = i
        groups: dict[int, list[ActorEntry]] = defaultdict(list)
        for i, e in enumerate(entries):
            groups[find(i)].append(e)
        out = []
        for members in groups.values():
            head = members[0]
            for other in members[1:]:
                self.merged += 1
                head = replace(
                    head,
                    names=head.names.merged(other.names),
                    roles=head.roles + tuple(r for r in other.roles if r not in head.roles),
                    short_names=tuple(dict.fromkeys(head.short_names + other.short_names)),
                )
            out.append(head)
        return out

    def _drop_country_names(self, e: ActorEntry) -> ActorEntry:
        en_keys = self.country_keys.get("en", set())
        de_keys = self.country_keys.get("de", set())
        return replace(
            e,
            names=Aliases(
                en=tuple(a for a in e.names.en if norm(a) not in en_keys),
                any=tuple(a for a in e.names.any if norm(a) not in en_keys and norm(a) not in de_keys),
            ),
        )

    def _mark_conflicts(self, entries: list[ActorEntry]) -> list[ActorEntry]:
        holders: dict[tuple[str, str], list[int]] = defaultdict(list)
        for i, e in enumerate(entries):
            for lang in ("de", "en"):
                for a in set(map(norm, e.names.for_lang(lang))):
                    holders[(lang, a)].append(i)
        spans = [live_spans(e.roles) for e in entries]
        flagged: set[int] = set()
        for idx in holders.values():
            for n, i in enumerate(idx):
                for j in idx[n + 1 :]:
                    if overlap(spans[i], spans[j]):
                        flagged.update((i, j))
        self.ambiguous = len(flagged)
        return [replace(e, ambiguous=True) if i in flagged else e for i, e in enumerate(entries)]


#: longest run of words read as one country name ("Central African Republic")
MAX_COUNTRY_WORDS = 3


#: names of regions whose words would read as a country's ("Latin American" is no "American")
REGION_NAMES = frozenset({"latin america", "latin american", "south american", "central american", "north american",
                          "west nile"})


def _countries_named(name: str, country_words: Mapping[str, str]) -> set[str]:
    """The countries whose name or adjective is a word run of ``name`` ("Eritrean Liberation Front" → {ERI}), the
    longest runs first; a word of a longer run or of a region's name (``REGION_NAMES``) counts no more."""
    words = re.findall(r"[\w'-]+", name)
    found = set()
    used: set[int] = set()
    for n in range(MAX_COUNTRY_WORDS, 0, -1):
        for i in range(len(words) - n + 1):
            span = range(i, i + n)
            if used.intersection(span):
                continue
            key = norm(" ".join(words[i: i + n]))
            iso = country_words.get(key)
            if iso is not None or key in REGION_NAMES:
                used.update(span)
                if iso is not None:
                    found.add(iso)
    return found
