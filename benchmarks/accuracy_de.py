"""Accuracy of the German coder on the hand-coded articles (the seed and 10kGNAD row 173).

Scores, per article: recall of the required gold events (type + actor + recipient
country, same sentence), precision of the coded events against all gold events
(required and optional), and violations of the "never" rules. Writes a section into
docs/accuracy.md.

    python benchmarks/accuracy_de.py [--shared ../shared]
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
from pathlib import Path
from typing import Any

import yaml
from _report import machine, write_section

from newsgraph.model import Article
from newsgraph.pipeline import Newsgraph, Settings
from newsgraph.read import read_articles

REPO = Path(__file__).resolve().parents[1]

# The seed's acceptance events from the issue, as (type set, actor, recipient or None, required modality or None).
SEED_GOLD = [
    ({"CONSULT"}, "RUS", "PRK", None, "visit"),
    ({"SUPPORT", "AGREE", "COOPERATE"}, "RUS", "PRK", None, "treaty signed (057)"),
    ({"SUPPORT"}, "PRK", "RUS", None, "Kim's unconditional support"),
    ({"ACCUSE"}, "USA", "RUS", None, "State Department concern"),
    ({"ACCUSE"}, "RUS", "USA", None, "hegemonic, imperialist policy"),
    ({"REJECT"}, "RUS", "IGOUNO", None, "blocked the UN monitoring mission"),
    ({"ACCUSE"}, None, "PRK", None, "missile-supply allegation"),
    ({"REJECT"}, "RUS", None, None, "Russia denies"),
    ({"REJECT"}, "PRK", None, None, "North Korea denies"),
    ({"CONSULT"}, "RUS", "VNM", "future", "onward trip to Vietnam"),
    ({"AID"}, "PRK", "RUS", "alleged", "alleged arms supply"),
]


def _codes(actors: list[dict[str, Any]]) -> set[str]:
    return {a["country"] for a in actors if a["country"]} | {a["code"] for a in actors if a["code"]}


def seed_scores(graph: Newsgraph, shared: Path) -> tuple[int, int, int, list[str]]:
    [article] = list(read_articles([shared / "seeds/000_0b8838c6ec95b6ce.txt"]))
    events = [e.to_dict() for e in graph.process(article).events]
    missing = []
    for types, actor, recipient, modality, label in SEED_GOLD:
        hit = any(e["event_type"] in types and (actor is None or actor in _codes(e["actor"]))
                  and (recipient is None or recipient in _codes(e["recipient"]))
                  and (modality is None or modality in e["modality"]) for e in events)
        if not hit:
            missing.append(label)
    wrong = [e for e in events if "CHN" in _codes(e["actor"])
             or (e["event_type"] == "AID" and "alleged" not in e["modality"])
             or (("1948" in e["sentence"] or "1961" in e["sentence"]) and "historical" not in e["modality"])]
    return len(SEED_GOLD) - len(missing), len(events), len(wrong), missing


def gnad_scores(graph: Newsgraph, shared: Path) -> dict[str, Any]:
    gold = yaml.safe_load((REPO / "tests/data/gnad_article.yaml").read_text(encoding="utf-8"))
    with (shared / "data/corpora" / gold["corpus"]).open(encoding="utf-8", newline="") as fh:
        _cat, text = list(csv.reader(fh, delimiter=";", quotechar="'"))[gold["row"]]
    article = Article(Article.make_id(text), text, dt.date.fromisoformat(gold["date"]), "day", "de")
    events = [e.to_dict() for e in graph.process(article).events]

    def match(g: dict[str, Any], e: dict[str, Any]) -> bool:
        return (g["sentence"].strip() in e["sentence"] or e["sentence"] in g["sentence"]) \
            and e["event_type"] == g["event_type"] and g["actor"] in _codes(e["actor"]) \
            and (not e["recipient"] or g["recipient"] in _codes(e["recipient"]))

    required = [g for g in gold["events"] if g["required"]]
    found = sum(any(match(g, e) for e in events) for g in required)
    correct = sum(any(match(g, e) for g in gold["events"]) for e in events)
    return {"required": len(required), "found": found, "coded": len(events), "correct": correct}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    args = parser.parse_args()
    graph = Newsgraph(Settings())
    hit, n_seed, wrong, missing = seed_scores(graph, args.shared)
    g = gnad_scores(graph, args.shared)
    recall = g["found"] / g["required"]
    precision = g["correct"] / g["coded"] if g["coded"] else 0.0
    body = f"""## German event coding on hand-coded articles

`python benchmarks/accuracy_de.py` — the German pipeline shipped in `newsgraph/language/models/de`.

| article | gold events | found | coded events | correct | recall | precision | rule violations |
|---|---:|---:|---:|---:|---:|---:|---:|
| seed (Reuters, Putin in Pyongyang) | {len(SEED_GOLD)} acceptance events | {hit} | {n_seed} | – | {hit / len(SEED_GOLD):.0%} | – | {wrong} |
| 10kGNAD test row 173 (Aleppo hospital) | {g['required']} required | {g['found']} | {g['coded']} | {g['correct']} | {recall:.0%} | {precision:.0%} | – |

A gold event is found when a coded event in the same sentence has its PLOVER type, its
actor's country (or IGO code) and, where the coded event has one, its recipient's.
Precision counts coded events that match any gold event, required or optional; the gold
for row 173 and its coding guideline are in `tests/data/gnad_article.yaml`. Seed rule
violations: a Chinese actor, an AID without `alleged`, a 1948/1961 event not `historical`.
{"Missing on the seed: " + ", ".join(missing) + "." if missing else "All seed acceptance events found."}

Machine: {machine()}
"""
    print(write_section("accuracy.md", "coding_de", body, "Accuracy"))
    print(body)


if __name__ == "__main__":
    main()
