"""Fixtures of the coding tests: German text coded by the shipped pipeline."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest

from newsgraph.model import Article


@pytest.fixture(scope="session")
def code_de(session_graph) -> Callable[[str], list[dict[str, Any]]]:
    """Code one German text as an article of Wednesday 2024-06-19; the events as dicts."""
    def code(text: str) -> list[dict[str, Any]]:
        article = Article(Article.make_id(text), text, dt.date(2024, 6, 19), "day", "de")
        return [e.to_dict() for e in session_graph.process(article).events]
    return code
