"""The actor dictionary: countries, people, organisations and agents, loaded and validated.

>>> d = ActorDictionary.load()          # the packaged data
>>> d.validate()                         # [] when everything is consistent
[]
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from pathlib import Path
from types import MappingProxyType

from newsgraph.actors import validate as checks
from newsgraph.actors.derived import read_derived
from newsgraph.actors.entries import ActorEntry, AgentEntry, CountryEntry, Role
from newsgraph.actors.errors import ActorDataError
from newsgraph.actors.manual import read_manual
from newsgraph.actors.merge import AliasRecord, merge
from newsgraph.actors.paths import DATA_DIR
from newsgraph.actors.roles import role_on


class ActorDictionary:
    """All actor data of one data folder, merged (derived + manual) and indexed.

    Attributes are read-only mappings; build one with :meth:`load`.
    """

    def __init__(
        self,
        countries: Mapping[str, CountryEntry],
        actors: Mapping[str, ActorEntry],
        agents: tuple[AgentEntry, ...],
        aliases: tuple[AliasRecord, ...],
        load_problems: tuple[str, ...] = (),
        data_dir: Path | None = None,
    ) -> None:
        self.countries: Mapping[str, CountryEntry] = MappingProxyType(dict(countries))
        self.actors: Mapping[str, ActorEntry] = MappingProxyType(dict(actors))
        self.agents: tuple[AgentEntry, ...] = agents
        self.aliases: tuple[AliasRecord, ...] = aliases
        self.load_problems: tuple[str, ...] = load_problems
        self.data_dir = data_dir
        self._by_cameo: dict[str, str] = {c.cameo: c.iso3 for c in self.countries.values()}

    @classmethod
    def load(cls, data_dir: Path | None = None) -> ActorDictionary:
        """Load ``data_dir`` (default: the packaged data) with its ``derived/`` and ``manual/`` folders.

        Raises :class:`ActorDataError` if the folder is missing or a file is unreadable;
        problems inside entries are kept for :meth:`validate`.
        """
        folder = Path(data_dir) if data_dir is not None else DATA_DIR
        if not folder.is_dir():
            raise ActorDataError(f"actor data folder not found: {folder}")
        merged = merge(read_derived(folder / "derived"), read_manual(folder / "manual"))
        return cls(
            countries=merged.countries,
            actors=merged.actors,
            agents=tuple(merged.agents),
            aliases=tuple(merged.aliases),
            load_problems=tuple(merged.problems),
            data_dir=folder,
        )

    def validate(self) -> list[str]:
        """All problems found: schema errors, bad dates and codes, unknown ISO3, clashing aliases."""
        return [
            *self.load_problems,
            *checks.check_countries(self.countries.values()),
            *checks.check_actors(self.actors.values()),
            *checks.check_agents(self.agents),
            *checks.check_aliases(self.aliases, dict(self.actors)),
        ]

    # -- lookups -------------------------------------------------------------------------

    def country_of_code(self, code: str | None) -> str | None:
        """ISO3 of the country a CAMEO code starts with (``RUSGOV`` → ``RUS``, ``USR`` → ``SUN``)."""
        if not code:
            return None
        return self._by_cameo.get(code[:3])

    def cameo(self, iso3: str) -> str | None:
        """CAMEO country code of an ISO3 code."""
        c = self.countries.get(iso3)
        return c.cameo if c else None

    def role_on(self, actor_id: str, day: dt.date | None) -> Role | None:
        """The role ``actor_id`` holds on ``day`` (see :func:`newsgraph.actors.roles.role_on`)."""
        e = self.actors.get(actor_id)
        return role_on(e.roles, day) if e else None

    def agents_for(self, lang: str) -> tuple[AgentEntry, ...]:
        return tuple(a for a in self.agents if a.lang == lang)

    def counts(self) -> dict[str, int]:
        """Sizes for reports: countries, people, orgs, agents and aliases per language."""
        people = sum(e.kind == "person" for e in self.actors.values())
        out = {
            "countries": len(self.countries),
            "people": people,
            "orgs": len(self.actors) - people,
        }
        for lang in ("de", "en"):
            out[f"agents_{lang}"] = sum(a.lang == lang for a in self.agents)
            out[f"aliases_{lang}"] = sum(r.lang in (lang, "any") for r in self.aliases)
        return out
