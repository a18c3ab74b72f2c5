"""Newsgraph.process_all: batched parsing gives the same coded articles as process(), in order."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsgraph.errors import InputError
from newsgraph.model import Article
from newsgraph.read import read_articles


def test_process_all_equals_process_one_by_one_and_fails_in_order(session_graph, seed_path: Path) -> None:
    [seed] = list(read_articles([seed_path]))
    short = Article("de-2", "Die Regierung in Berlin wies die Vorwürfe Moskaus am Montag zurück.", lang="de")
    english = Article("en-1", "Russia accused the United States of supplying missiles to Ukraine.", lang="en")
    bad = Article("fr-1", "Le gouvernement a rejeté les accusations.", lang="fr")
    articles = [seed, english, short]
    one_by_one = [session_graph.process(a) for a in articles]
    batched = list(session_graph.process_all(articles, batch_size=2))
    assert [c.article.id for c in batched] == [seed.id, "en-1", "de-2"]
    assert [c.events for c in batched] == [c.events for c in one_by_one]
    assert len(batched[0].events) >= 10
    done = []
    with pytest.raises(InputError, match="unsupported language"):
        for coded in session_graph.process_all([short, bad, english], batch_size=8):
            done.append(coded.article.id)
    assert done == ["de-2"]
