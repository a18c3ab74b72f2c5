"""The actor layer: dictionaries of countries, people, organisations and agents,
and a resolver that finds actor mentions in a spaCy ``Doc``.

Public API::

    from newsgraph.actors import ActorDictionary, ActorResolver
    dictionary = ActorDictionary.load()            # packaged data
    resolver = ActorResolver(dictionary, "de")
    mentions = resolver.find(doc, datetime.date(2024, 6, 19))
    resolver.resolve_name("Medwedew", datetime.date(2021, 5, 1))

See ``docs/actors.md`` for the data files and the matching rules.
"""

from __future__ import annotations

from newsgraph.actors.dictionary import ActorDictionary
from newsgraph.actors.entries import ActorEntry, AgentEntry, Aliases, CountryEntry, Role
from newsgraph.actors.errors import ActorBuildError, ActorDataError
from newsgraph.actors.resolver import ActorMention, ActorResolver, ResolvedName

__all__ = [
    "ActorBuildError",
    "ActorDataError",
    "ActorDictionary",
    "ActorEntry",
    "ActorMention",
    "ActorResolver",
    "AgentEntry",
    "Aliases",
    "CountryEntry",
    "ResolvedName",
    "Role",
]
