"""A second real article, hand-coded: 10kGNAD test row 172 (UN and US condemn the Aleppo hospital attack).

The gold events and the coding guideline are in ``tests/data/gnad_article.yaml``; the
article text is read from ``../shared`` and checked against the recorded sha1.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
from pathlib import Path
from typing import Any

import pytest
import yaml

from newsgraph.model import Article
from newsgraph.pipeline import Newsgraph, Settings

GOLD = Path(__file__).parent / "data" / "gnad_article.yaml"
# share of the required gold events that must be found (type + actor + recipient country)
MIN_REQUIRED_RECALL = 0.5


@pytest.fixture(scope="module")
def gold() -> dict[str, Any]:
    return yaml.safe_load(GOLD.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def events(gold: dict[str, Any], shared_dir: Path) -> list[dict[str, Any]]:
    with (shared_dir / "data" / "corpora" / gold["corpus"]).open(encoding="utf-8", newline="") as fh:
        rows = list(csv.reader(fh, delimiter=";", quotechar="'"))
    category, text = rows[gold["row"]]
    assert category == gold["category"]
    assert hashlib.sha1(text.encode("utf-8")).hexdigest() == gold["text_sha1"]
    article = Article(Article.make_id(text), text, dt.date.fromisoformat(gold["date"]), "day", "de")
    return [e.to_dict() for e in Newsgraph(Settings()).process(article).events]


def _codes(actors: list[dict[str, Any]]) -> set[str]:
    return {a["country"] for a in actors if a["country"]} | {a["code"] for a in actors if a["code"]}


def _matches(g: dict[str, Any], e: dict[str, Any]) -> bool:
    same_sentence = g["sentence"].strip() in e["sentence"] or e["sentence"] in g["sentence"]
    return (
        same_sentence
        and e["event_type"] == g["event_type"]
        and g["actor"] in _codes(e["actor"])
        and (not e["recipient"] or g["recipient"] in _codes(e["recipient"]))
    )


def test_gnad_required_events_recall(gold: dict[str, Any], events: list[dict[str, Any]]) -> None:
    required = [g for g in gold["events"] if g["required"]]
    found = [g for g in required if any(_matches(g, e) for e in events)]
    missing = [f"{g['event_type']} {g['actor']}→{g['recipient']}: {g['trigger']}" for g in required if g not in found]
    assert len(found) / len(required) >= MIN_REQUIRED_RECALL, f"missing: {missing}"


def test_gnad_no_wrong_recipient_for_found_events(gold: dict[str, Any], events: list[dict[str, Any]]) -> None:
    """Where a coded event matches a gold sentence and type, its recipient (if any) is the gold one."""
    for g in gold["events"]:
        for e in events:
            if e["sentence"] == g["sentence"] and e["event_type"] == g["event_type"] and e["recipient"]:
                same = [x for x in gold["events"] if x["sentence"] == g["sentence"] and x["event_type"] == g["event_type"]]
                assert _codes(e["recipient"]) & {x["recipient"] for x in same}, (e["trigger"], e["recipient"])


def test_gnad_never_rules(gold: dict[str, Any], events: list[dict[str, Any]]) -> None:
    for rule in gold["never"]:
        for e in events:
            if "event_type" in rule and e["event_type"] != rule["event_type"]:
                continue
            if "actor" in rule and rule["actor"] not in _codes(e["actor"]):
                continue
            if "recipient" in rule and rule["recipient"] not in _codes(e["recipient"]):
                continue
            if "require_modality" in rule:
                assert set(rule["require_modality"]) & set(e["modality"]), (rule["description"], e)
            else:
                pytest.fail(f"{rule['description']} — coded: {e['event_type']} {e['trigger']!r} in {e['sentence']!r}")
