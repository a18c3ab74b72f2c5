"""Derive English agent nouns (``government`` → GOV) from the PETRARCH2 and NGEC agent files.

Forms are the phrase plus its plural: the one given in ``{...}`` or the regular
plural of the last word (as PETRARCH builds it); ``{}`` means none.  When both
files list a phrase, the PETRARCH2 sector wins.  ``[~NON]`` entries (NGEC's
"not an actor" list: weekdays, "the border") are left out.
"""

from __future__ import annotations

from pathlib import Path

from newsgraph.actors.entries import AgentEntry
from newsgraph.actors.petrarch import RawAgent, read_agent_file
from newsgraph.actors.text import en_plural

#: NGEC marks words that are never actors (weekdays, "the border") with [~NON]; they are left out.
NOT_AN_ACTOR = "NON"


def _forms(agent: RawAgent) -> tuple[str, ...]:
    if agent.plurals == ["-"]:
        return (agent.text,)
    if agent.plurals:
        return (agent.text, *agent.plurals)
    words = agent.text.split()
    return (agent.text, " ".join(words[:-1] + [en_plural(words[-1])]))


def derive_agents(paths: list[tuple[Path, str]]) -> list[AgentEntry]:
    """English agents from ``(path, source)`` pairs, first source first."""
    seen: dict[str, AgentEntry] = {}
    for path, source in paths:
        for raw in read_agent_file(path):
            if raw.text in seen or raw.sector == NOT_AN_ACTOR:
                continue
            seen[raw.text] = AgentEntry(lang="en", text=raw.text, sector=raw.sector, forms=_forms(raw), source=source)
    return sorted(seen.values(), key=lambda a: a.text)
