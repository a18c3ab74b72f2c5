"""Merge the hand-written data over the derived data.

Rules (documented in ``docs/actors.md``):

* Countries merge by ISO3: names, adjectives and capitals are united; ``cameo``,
  ``historical`` and display names from the manual file win.
* People and organisations: a manual entry extends the derived entries listed
  in its ``petrarch`` field (or the derived entry with its own id).  Names are
  united; the manual id, name, country and Wikidata id win.  Once a manual
  entry has dated roles, derived dated roles are cut off the day before the
  first manual ``from`` date (PETRARCH's open-ended roles would otherwise run
  on for ever); a manual undated fallback replaces the derived one.
* Agents: united; for the same (language, text) the manual sector wins.
* Aliases: where a manual file defines a name in a language, derived entries
  lose that name in that language (``Kabul`` is a PETRARCH country synonym but
  a manual capital).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from newsgraph.actors.derived import DerivedData
from newsgraph.actors.entries import SOURCE_MANUAL, ActorEntry, AgentEntry, Aliases, CountryEntry, Role
from newsgraph.actors.manual import ManualCountry, ManualData
from newsgraph.actors.text import norm

#: Actor kinds an alias can point at.
ALIAS_KINDS = ("country", "adjective", "capital", "person", "org")


@dataclass(frozen=True)
class AliasRecord:
    """One name of one actor in one language (``any`` = every language)."""

    lang: str
    text: str
    kind: str  # country | adjective | capital | person | org
    target: str  # ISO3 for country kinds, the actor id otherwise
    manual: bool


@dataclass
class Merged:
    countries: dict[str, CountryEntry]
    actors: dict[str, ActorEntry]
    agents: list[AgentEntry]
    aliases: list[AliasRecord]
    problems: list[str]


def _merge_country(base: CountryEntry | None, m: ManualCountry) -> CountryEntry:
    cameo = m.cameo or (base.cameo if base else m.iso3)
    name_en = m.name_en or (base.name_en if base else (m.names.en[:1] or (m.iso3,))[0])
    name_de = m.name_de or (base.name_de if base else (m.names.de[:1] or (name_en,))[0])
    if base is None:
        base = CountryEntry(iso3=m.iso3, cameo=cameo, name_en=name_en, name_de=name_de)
    return CountryEntry(
        iso3=m.iso3,
        cameo=cameo,
        name_en=name_en,
        name_de=name_de,
        names=m.names.merged(base.names),
        adjectives=m.adjectives.merged(base.adjectives),
        capitals=m.capitals.merged(base.capitals),
        historical=m.historical if m.historical is not None else base.historical,
        note=m.note or base.note,
    )


def clip_roles(derived: tuple[Role, ...], manual: tuple[Role, ...]) -> tuple[Role, ...]:
    """Manual roles plus the derived roles that end before the manual record begins."""
    starts = [r.start for r in manual if r.start is not None]
    cutoff = min(starts) if starts else None
    manual_fallback = any(not r.dated for r in manual)
    kept: list[Role] = []
    for r in derived:
        if not r.dated:
            if not manual_fallback:
                kept.append(r)
            continue
        if cutoff is None:
            kept.append(r)
            continue
        if r.start is not None and r.start >= cutoff:
            continue
        if r.end is None or r.end >= cutoff:
            r = replace(r, end=cutoff - dt.timedelta(days=1))
        kept.append(r)
    dated = [r for r in list(manual) + kept if r.dated]
    undated = [r for r in list(manual) + kept if not r.dated]
    return tuple(dated + undated)


def merge(derived: DerivedData, manual: ManualData) -> Merged:
    problems = list(manual.problems)
    countries = dict(derived.countries)
    for m in manual.countries:
        countries[m.iso3] = _merge_country(countries.get(m.iso3), m)

    actors = dict(derived.actors)
    absorbed: dict[str, str] = {}
    manual_ids: set[str] = set()
    for ma in manual.actors:
        e = ma.entry
        if e.id in manual_ids:
            problems.append(f"duplicate manual id {e.id!r}")
            continue
        manual_ids.add(e.id)
        links = ma.petrarch or ((e.id,) if e.id in derived.actors else ())
        bases = []
        for link in links:
            if link not in derived.actors:
                problems.append(f"{e.id}: unknown petrarch id {link!r}")
            elif link in absorbed:
                problems.append(f"{e.id}: petrarch id {link!r} already merged into {absorbed[link]!r}")
            else:
                bases.append(derived.actors[link])
                absorbed[link] = e.id
                actors.pop(link, None)
        names, roles, short = e.names, e.roles, e.short_names
        ambiguous = e.ambiguous
        for b in bases:
            names = names.merged(b.names)
            short = tuple(dict.fromkeys(short + b.short_names))
            if not ma.ambiguous_given:
                ambiguous = ambiguous or b.ambiguous
        derived_roles = tuple(r for b in bases for r in b.roles)
        roles = clip_roles(derived_roles, e.roles) if bases else e.roles
        country = e.country or next((b.country for b in bases if b.country), None)
        actors[e.id] = replace(
            e, names=names, roles=roles, short_names=short, ambiguous=ambiguous, country=country,
            source=SOURCE_MANUAL,
        )

    agents: dict[tuple[str, str], AgentEntry] = {(a.lang, norm(a.text)): a for a in derived.agents}
    for a in manual.agents:
        key = (a.lang, norm(a.text))
        if key in agents and agents[key].source != SOURCE_MANUAL:
            a = replace(a, forms=tuple(dict.fromkeys(a.forms + agents[key].forms)))
        elif key in agents:
            problems.append(f"agents.yaml: {a.lang} agent {a.text!r} listed twice")
        agents[key] = a

    aliases = _alias_records(derived, manual, countries, actors, absorbed)
    return Merged(countries, actors, sorted(agents.values(), key=lambda a: (a.lang, a.text)), aliases, problems)


def _alias_records(
    derived: DerivedData,
    manual: ManualData,
    countries: dict[str, CountryEntry],
    actors: dict[str, ActorEntry],
    absorbed: dict[str, str],
) -> list[AliasRecord]:
    """Alias records, manual first; derived names a manual file defines in that language are dropped."""
    out: list[AliasRecord] = []
    for m in manual.countries:
        out += _records(m.names, "country", m.iso3, True)
        out += _records(m.adjectives, "adjective", m.iso3, True)
        out += _records(m.capitals, "capital", m.iso3, True)
    for ma in manual.actors:
        if ma.entry.id in actors and actors[ma.entry.id].source == SOURCE_MANUAL:
            out += _records(ma.entry.names, ma.entry.kind, ma.entry.id, True)
    claimed = {(r.lang, norm(r.text)) for r in out}
    claimed_any = {k for lang, k in claimed if lang == "any"}

    def free(lang: str, text: str) -> bool:
        key = norm(text)
        if key in claimed_any or (lang, key) in claimed:
            return False
        return lang != "any" or not any((lg, key) in claimed for lg in ("de", "en"))

    for c in derived.countries.values():
        for r in _records(c.names, "country", c.iso3, False) + _records(c.adjectives, "adjective", c.iso3, False):
            if free(r.lang, r.text):
                out.append(r)
    for e in derived.actors.values():
        target = absorbed.get(e.id, e.id)
        kind = actors[target].kind if target in actors else e.kind
        for r in _records(e.names, kind, target, False):
            if free(r.lang, r.text):
                out.append(r)
    seen: set[tuple[str, str, str, str]] = set()
    unique = []
    for r in out:
        key = (r.lang, r.text, r.kind, r.target)  # case kept: "UNO" (acronym, capitals only) and "Uno" are two aliases
        if key not in seen:
            seen.add(key)
            unique.append(r)
    return unique


def _records(names: Aliases, kind: str, target: str, manual: bool) -> list[AliasRecord]:
    return [
        AliasRecord(lang, text, kind, target, manual)
        for lang in ("de", "en", "any")
        for text in getattr(names, lang)
    ]
