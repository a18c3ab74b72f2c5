"""Read the derived TSV files in ``data/derived/`` (written by ``newsgraph.actors.build``)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from newsgraph.actors import tsv
from newsgraph.actors.entries import ActorEntry, AgentEntry, Aliases, CountryEntry
from newsgraph.actors.errors import ActorDataError

COUNTRY_HEADER = ["iso3", "cameo", "historical", "name_en", "name_de"]
NAME_HEADER = ["iso3", "lang", "field", "text", "source"]
ACTOR_HEADER = ["id", "kind", "name", "country", "ambiguous", "roles", "names_any", "names_en", "short_names"]
AGENT_HEADER = ["text", "sector", "forms", "source"]


@dataclass
class DerivedData:
    countries: dict[str, CountryEntry] = field(default_factory=dict)
    actors: dict[str, ActorEntry] = field(default_factory=dict)
    agents: list[AgentEntry] = field(default_factory=list)


def _countries(folder: Path) -> dict[str, CountryEntry]:
    path = folder / "countries.tsv"
    if not path.exists():
        return {}
    rows = {r["iso3"]: r for _, r in tsv.read(path, COUNTRY_HEADER)}
    names: dict[str, dict[str, dict[str, list[str]]]] = {}
    names_path = folder / "country_names.tsv"
    if names_path.exists():
        for lineno, r in tsv.read(names_path, NAME_HEADER):
            if r["lang"] not in ("de", "en") or r["field"] not in ("name", "adjective"):
                raise ActorDataError(f"{names_path}:{lineno}: bad lang/field {r['lang']!r}/{r['field']!r}")
            per = names.setdefault(r["iso3"], {"name": {"de": [], "en": []}, "adjective": {"de": [], "en": []}})
            per[r["field"]][r["lang"]].append(r["text"])
    out: dict[str, CountryEntry] = {}
    for iso3, r in rows.items():
        per = names.get(iso3, {"name": {"de": [], "en": []}, "adjective": {"de": [], "en": []}})
        out[iso3] = CountryEntry(
            iso3=iso3,
            cameo=r["cameo"],
            name_en=r["name_en"],
            name_de=r["name_de"],
            names=Aliases(de=tuple(per["name"]["de"]), en=tuple(per["name"]["en"])),
            adjectives=Aliases(de=tuple(per["adjective"]["de"]), en=tuple(per["adjective"]["en"])),
            historical=r["historical"] == "true",
        )
    return out


def _actors(folder: Path) -> dict[str, ActorEntry]:
    path = folder / "actors.tsv"
    if not path.exists():
        return {}
    out: dict[str, ActorEntry] = {}
    for lineno, r in tsv.read(path, ACTOR_HEADER):
        where = f"{path}:{lineno}"
        out[r["id"]] = ActorEntry(
            id=r["id"],
            kind=r["kind"],
            name=r["name"],
            country=r["country"] or None,
            names=Aliases(any=tsv.split(r["names_any"]), en=tsv.split(r["names_en"])),
            short_names=tsv.split(r["short_names"]),
            roles=tuple(tsv.role_from_text(t, where) for t in tsv.split(r["roles"])),
            ambiguous=r["ambiguous"] == "true",
        )
    return out


def _agents(folder: Path) -> list[AgentEntry]:
    path = folder / "agents_en.tsv"
    if not path.exists():
        return []
    return [
        AgentEntry(lang="en", text=r["text"], sector=r["sector"], forms=tsv.split(r["forms"]), source=r["source"])
        for _, r in tsv.read(path, AGENT_HEADER)
    ]


def read_derived(folder: Path) -> DerivedData:
    """All derived files in ``folder``; missing files give empty tables."""
    return DerivedData(countries=_countries(folder), actors=_actors(folder), agents=_agents(folder))
