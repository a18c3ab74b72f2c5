"""Draw the sentences of the German gold set from 10kGNAD-test (International and Inland).

Writes ``benchmarks/gold/gnad_de.todo.json``: a JSON list with one record per sentence
(``id``, ``row``, ``text``, ``language``), drawn at random (fixed seed) from articles of the two
categories, without looking at what newsgraph codes in them — the person who codes the gold
sees only the sentences. Row 173 (the test article of tests/test_gnad_article.py) is left out.

    python benchmarks/gold_de_sample.py [--n 200] [--shared ../shared]
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import re
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
CATEGORIES = {"International", "Inland"}
EXCLUDED_ROWS = {173}
# a sentence ends at . ! ? followed by a space and an upper-case letter or a quote (abbreviations rarely are)
_SPLIT = re.compile(r"(?<=[.!?])\s+(?=[A-ZÄÖÜ\"„])")


def sentences(text: str) -> list[str]:
    return [s.strip() for s in _SPLIT.split(text) if s.strip()]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    parser.add_argument("--n", type=int, default=200)
    parser.add_argument("--seed", type=int, default=2026)
    args = parser.parse_args()
    path = args.shared / "data" / "corpora" / "10kGNAD-test.de.csv"
    with path.open(encoding="utf-8", newline="") as fh:
        rows = [(i, r) for i, r in enumerate(csv.reader(fh, delimiter=";", quotechar="'"))
                if len(r) == 2 and r[0] in CATEGORIES and i not in EXCLUDED_ROWS]
    pool = [(i, k, s) for i, r in rows for k, s in enumerate(sentences(r[1])) if 6 <= len(s.split()) <= 60]
    rng = random.Random(args.seed)
    chosen = sorted(rng.sample(pool, args.n))
    out = REPO / "benchmarks" / "gold" / "gnad_de.todo.json"
    records = [{"id": f"GNAD-{i}-{k}", "row": i, "text": s, "language": "de"} for i, k, s in chosen]
    out.write_text(json.dumps(records, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{len(records)} sentences from {len({i for i, _, _ in chosen})} articles -> {out}")


if __name__ == "__main__":
    main()
