"""Fixtures of the coding tests: text coded by the shipped pipelines, and a compact view of the events."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest

from newsgraph.model import Article

Coder = Callable[[str], list[dict[str, Any]]]


def _coder(graph, lang: str) -> Coder:
    """Code one text as an article of Wednesday 2024-06-19; the events as dicts."""
    def code(text: str) -> list[dict[str, Any]]:
        article = Article(Article.make_id(text), text, dt.date(2024, 6, 19), "day", lang)
        return [e.to_dict() for e in graph.process(article).events]
    return code


@pytest.fixture(scope="session")
def code_de(session_graph) -> Coder:
    return _coder(session_graph, "de")


@pytest.fixture(scope="session")
def code_en(session_graph) -> Coder:
    return _coder(session_graph, "en")


@pytest.fixture(scope="session")
def code_en_cameo() -> Coder:
    """English coded with the CAMEO conventions of the PETRARCH gold."""
    from newsgraph.pipeline import Newsgraph, Settings

    return _coder(Newsgraph(Settings(lang="en", convention="cameo")), "en")


def _summary(events: list[dict[str, Any]], modality: bool = True) -> list[tuple[Any, ...]]:
    """Sorted (type, actor codes, recipient codes[, modality]) of event dicts."""
    return sorted((e["event_type"], [a["code"] for a in e["actor"]], [r["code"] for r in e["recipient"]],
                   *([list(e["modality"])] if modality else [])) for e in events)


@pytest.fixture(scope="session")
def summary() -> Callable[..., list[tuple[Any, ...]]]:
    return _summary
