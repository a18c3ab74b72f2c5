"""Checks behind :meth:`ActorDictionary.validate`."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable

from newsgraph.actors.codes import known_iso3
from newsgraph.actors.entries import ActorEntry, AgentEntry, CountryEntry
from newsgraph.actors.merge import AliasRecord
from newsgraph.actors.overlap import ALWAYS, Span, live_spans, overlap
from newsgraph.actors.text import norm

CODE = re.compile(r"^(?:[A-Z]{3})+$")
WIKIDATA = re.compile(r"^Q[1-9][0-9]*$")
KINDS = ("person", "org")


def check_countries(countries: Iterable[CountryEntry]) -> list[str]:
    out = []
    for c in countries:
        if not known_iso3(c.iso3):
            out.append(f"country {c.iso3}: unknown ISO3 code (not in pycountry nor a documented historical code)")
        if not re.fullmatch(r"[A-Z]{3}", c.cameo):
            out.append(f"country {c.iso3}: bad CAMEO code {c.cameo!r}")
    return out


def check_actors(actors: Iterable[ActorEntry]) -> list[str]:
    out = []
    for e in actors:
        where = f"{e.kind} {e.id}"
        if e.kind not in KINDS:
            out.append(f"{where}: kind must be one of {KINDS}")
        if e.country is not None and not known_iso3(e.country):
            out.append(f"{where}: unknown ISO3 country {e.country!r}")
        if e.wikidata is not None and not WIKIDATA.match(e.wikidata):
            out.append(f"{where}: bad Wikidata id {e.wikidata!r}")
        if not e.roles:
            out.append(f"{where}: no code (roles)")
        for r in e.roles:
            if not CODE.match(r.code):
                out.append(f"{where}: bad code {r.code!r}")
            if r.start and r.end and r.end < r.start:
                out.append(f"{where}: role {r.code} ends ({r.end}) before it starts ({r.start})")
    return out


def check_agents(agents: Iterable[AgentEntry]) -> list[str]:
    return [f"agent {a.lang}:{a.text}: bad sector {a.sector!r}" for a in agents if not CODE.match(a.sector)]


def check_aliases(records: Iterable[AliasRecord], actors: dict[str, ActorEntry]) -> list[str]:
    """Aliases that name two different actors on the same date (unless one is ``ambiguous``)."""
    holders: dict[tuple[str, str], dict[str, AliasRecord]] = defaultdict(dict)
    for r in records:
        who = f"country:{r.target}" if r.kind in ("country", "adjective", "capital") else f"actor:{r.target}"
        langs = ("de", "en") if r.lang == "any" else (r.lang,)
        for lang in langs:
            holders[(lang, norm(r.text))].setdefault(who, r)
    clashes: dict[tuple[str, str, str], tuple[str, list[str]]] = {}
    for (lang, key), found in sorted(holders.items()):
        if len(found) < 2:
            continue
        items = sorted(found.items())
        for i, (who1, r1) in enumerate(items):
            for who2, r2 in items[i + 1 :]:
                if _ambiguous(r1, actors) or _ambiguous(r2, actors):
                    continue
                if overlap(_spans(r1, actors), _spans(r2, actors)):
                    clashes.setdefault((key, who1, who2), (r1.text, []))[1].append(lang)
    return [
        f"alias {text!r} ({'/'.join(langs)}) names both {who1} and {who2} on the same dates; "
        "mark one entry ambiguous: true or remove the alias"
        for (_, who1, who2), (text, langs) in clashes.items()
    ]


def _ambiguous(r: AliasRecord, actors: dict[str, ActorEntry]) -> bool:
    e = actors.get(r.target) if r.kind in KINDS else None
    return bool(e and e.ambiguous)


def _spans(r: AliasRecord, actors: dict[str, ActorEntry]) -> tuple[Span, ...]:
    e = actors.get(r.target) if r.kind in KINDS else None
    return live_spans(e.roles) if e else ALWAYS
