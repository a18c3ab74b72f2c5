"""Read the hand-written YAML files in ``data/manual/``.

Structural errors that make a file unusable (YAML syntax, wrong top-level type)
raise :class:`ActorDataError`.  Problems inside one entry (a missing field, a
bad date, an unknown key) are collected as messages and the entry or role is
skipped, so that :meth:`ActorDictionary.validate` can report them all at once.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from newsgraph.actors.entries import (
    LANGS,
    PETRARCH_REFERENCE_PREFIX,
    SOURCE_MANUAL,
    SOURCE_PETRARCH,
    ActorEntry,
    AgentEntry,
    Aliases,
    Role,
)
from newsgraph.actors.errors import ActorDataError


class _Loader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
    """Safe YAML loader that leaves dates as text, so a bad date is reported, not raised."""


_Loader.add_constructor("tag:yaml.org,2002:timestamp", lambda loader, node: loader.construct_scalar(node))
_ACTOR_KEYS = {"id", "name", "kind", "code", "country", "petrarch", "wikidata", "names", "short", "roles", "ambiguous", "note"}
_ROLE_KEYS = {"code", "from", "to", "source", "note"}
_COUNTRY_KEYS = {"cameo", "historical", "name_de", "name_en", "note", *LANGS}
_COUNTRY_FIELDS = {"names", "adjectives", "capitals"}


@dataclass(frozen=True)
class ManualCountry:
    iso3: str
    cameo: str | None
    historical: bool | None
    name_de: str | None
    name_en: str | None
    names: Aliases
    adjectives: Aliases
    capitals: Aliases
    note: str | None


@dataclass(frozen=True)
class ManualActor:
    entry: ActorEntry
    petrarch: tuple[str, ...]
    ambiguous_given: bool  # the file said ambiguous: true/false explicitly


@dataclass
class ManualData:
    countries: list[ManualCountry] = field(default_factory=list)
    actors: list[ManualActor] = field(default_factory=list)
    agents: list[AgentEntry] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


def read_yaml(path: Path) -> Any:
    """Parsed YAML of ``path`` (``None`` if the file does not exist)."""
    if not path.exists():
        return None
    try:
        with path.open(encoding="utf-8") as fh:
            return yaml.load(fh, Loader=_Loader)  # noqa: S506 - a safe loader
    except OSError as exc:
        raise ActorDataError(f"cannot read actor data file {path}: {exc.strerror}") from None
    except yaml.YAMLError as exc:
        raise ActorDataError(f"{path}: invalid YAML: {exc}".replace("\n", " ")) from None


def parse_date(value: Any, where: str, problems: list[str]) -> tuple[bool, dt.date | None]:
    """(ok, date) for a YAML date value; ``None``/empty is an open end."""
    if value is None or value == "":
        return True, None
    if isinstance(value, dt.datetime):
        return True, value.date()
    if isinstance(value, dt.date):
        return True, value
    try:
        return True, dt.date.fromisoformat(str(value))
    except ValueError:
        problems.append(f"{where}: bad date {value!r} (expected YYYY-MM-DD)")
        return False, None


def _strings(value: Any, where: str, problems: list[str]) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, (str, int)) for v in value):
        problems.append(f"{where}: expected a list of strings")
        return ()
    return tuple(str(v).strip() for v in value if str(v).strip())


def _aliases(value: Any, where: str, problems: list[str]) -> Aliases:
    if value is None:
        return Aliases()
    if not isinstance(value, dict):
        problems.append(f"{where}: names must be a mapping of de/en/any to lists")
        return Aliases()
    unknown = set(value) - {*LANGS, "any"}
    if unknown:
        problems.append(f"{where}: unknown language key(s) {sorted(unknown)}")
    return Aliases(**{k: _strings(value.get(k), f"{where}.{k}", problems) for k in (*LANGS, "any")})


def _roles(value: Any, where: str, problems: list[str]) -> tuple[Role, ...]:
    if value is None:
        return ()
    if not isinstance(value, list):
        problems.append(f"{where}: roles must be a list")
        return ()
    out: list[Role] = []
    for i, raw in enumerate(value):
        here = f"{where}[{i}]"
        if not isinstance(raw, dict) or not isinstance(raw.get("code"), str):
            problems.append(f"{here}: a role needs a code")
            continue
        if unknown := set(raw) - _ROLE_KEYS:
            problems.append(f"{here}: unknown key(s) {sorted(unknown)}")
        ok1, start = parse_date(raw.get("from"), f"{here}.from", problems)
        ok2, end = parse_date(raw.get("to"), f"{here}.to", problems)
        if not (ok1 and ok2):
            continue
        reference = str(raw.get("source") or "").strip()
        if not reference:
            problems.append(f"{here}: role {raw['code']} needs a source (where the role and its dates come from)")
        elif reference == SOURCE_MANUAL:
            problems.append(f"{here}: role {raw['code']}: source {reference!r} names no source; cite the article or file")
        note = raw.get("note")
        out.append(
            Role(
                code=raw["code"].strip(),
                start=start,
                end=end,
                source=SOURCE_PETRARCH if reference.startswith(PETRARCH_REFERENCE_PREFIX) else SOURCE_MANUAL,
                note=str(note) if note is not None else None,
                reference=reference or None,
            )
        )
    return tuple(out)


def parse_actors(data: Any, path: Path, default_kind: str, out: ManualData) -> None:
    """People (``default_kind='person'``) or organisations (``'org'``) from a YAML list."""
    if data is None:
        return
    if not isinstance(data, list):
        raise ActorDataError(f"{path}: expected a list of entries")
    for i, raw in enumerate(data):
        where = f"{path.name}[{i}]"
        if not isinstance(raw, dict) or not isinstance(raw.get("id"), str) or not raw.get("name"):
            out.problems.append(f"{where}: an entry needs an id and a name")
            continue
        where = f"{path.name}:{raw['id']}"
        if unknown := set(raw) - _ACTOR_KEYS:
            out.problems.append(f"{where}: unknown key(s) {sorted(unknown)}")
        roles = _roles(raw.get("roles"), f"{where}.roles", out.problems)
        if isinstance(raw.get("code"), str):
            roles = (Role(code=raw["code"].strip(), source=SOURCE_MANUAL),) + roles
        kind = str(raw.get("kind") or default_kind)
        entry = ActorEntry(
            id=raw["id"],
            kind=kind,
            name=str(raw["name"]),
            country=str(raw["country"]) if raw.get("country") else None,
            names=_aliases(raw.get("names"), f"{where}.names", out.problems),
            short_names=_strings(raw.get("short"), f"{where}.short", out.problems),
            roles=roles,
            wikidata=str(raw["wikidata"]) if raw.get("wikidata") else None,
            ambiguous=bool(raw.get("ambiguous", False)),
            source=SOURCE_MANUAL,
        )
        petrarch = _strings(raw.get("petrarch"), f"{where}.petrarch", out.problems)
        out.actors.append(ManualActor(entry, petrarch, "ambiguous" in raw))


def parse_countries(data: Any, path: Path, out: ManualData) -> None:
    if data is None:
        return
    if not isinstance(data, dict):
        raise ActorDataError(f"{path}: expected a mapping ISO3 → country")
    for iso3, raw in data.items():
        where = f"{path.name}:{iso3}"
        if not isinstance(raw, dict):
            out.problems.append(f"{where}: expected a mapping")
            continue
        if unknown := set(raw) - _COUNTRY_KEYS:
            out.problems.append(f"{where}: unknown key(s) {sorted(unknown)}")
        per: dict[str, dict[str, tuple[str, ...]]] = {f: {} for f in _COUNTRY_FIELDS}
        for lang in LANGS:
            block = raw.get(lang) or {}
            if not isinstance(block, dict):
                out.problems.append(f"{where}.{lang}: expected a mapping")
                continue
            if unknown := set(block) - _COUNTRY_FIELDS:
                out.problems.append(f"{where}.{lang}: unknown key(s) {sorted(unknown)}")
            for f in _COUNTRY_FIELDS:
                per[f][lang] = _strings(block.get(f), f"{where}.{lang}.{f}", out.problems)
        out.countries.append(
            ManualCountry(
                iso3=str(iso3),
                cameo=str(raw["cameo"]) if raw.get("cameo") else None,
                historical=bool(raw["historical"]) if "historical" in raw else None,
                name_de=raw.get("name_de"),
                name_en=raw.get("name_en"),
                names=Aliases(**per["names"]),
                adjectives=Aliases(**per["adjectives"]),
                capitals=Aliases(**per["capitals"]),
                note=raw.get("note"),
            )
        )


def parse_agents(data: Any, path: Path, out: ManualData) -> None:
    if data is None:
        return
    if not isinstance(data, dict):
        raise ActorDataError(f"{path}: expected a mapping of language → agent list")
    for lang, items in data.items():
        if lang not in LANGS:
            out.problems.append(f"{path.name}: unknown language {lang!r}")
            continue
        for i, raw in enumerate(items or []):
            where = f"{path.name}:{lang}[{i}]"
            if not isinstance(raw, dict) or not raw.get("text") or not raw.get("sector"):
                out.problems.append(f"{where}: an agent needs text and sector")
                continue
            text = str(raw["text"]).strip()
            forms = _strings(raw.get("forms"), f"{where}.forms", out.problems)
            compounds = raw.get("compounds", True)
            if not isinstance(compounds, bool):
                out.problems.append(f"{where}.compounds: expected true or false")
                compounds = True
            out.agents.append(
                AgentEntry(
                    lang=lang,
                    text=text,
                    sector=str(raw["sector"]).strip(),
                    forms=tuple(dict.fromkeys((text, *forms))),
                    source=SOURCE_MANUAL,
                    compounds=compounds,
                )
            )


def read_manual(folder: Path) -> ManualData:
    """Everything in ``folder`` (``countries.yaml``, ``people.yaml``, ``organisations.yaml``, ``agents.yaml``)."""
    out = ManualData()
    parse_countries(read_yaml(folder / "countries.yaml"), folder / "countries.yaml", out)
    parse_actors(read_yaml(folder / "people.yaml"), folder / "people.yaml", "person", out)
    parse_actors(read_yaml(folder / "organisations.yaml"), folder / "organisations.yaml", "org", out)
    parse_agents(read_yaml(folder / "agents.yaml"), folder / "agents.yaml", out)
    return out
