"""Draw events from real articles for the hand-checked location set (issue: geolocation).

Writes ``benchmarks/gold/locations.<lang>.todo.tsv``: one row per sampled event with its sentence,
trigger, type and actors but WITHOUT the system's location, so that the person who fills in
``gold_place`` / ``gold_precision`` judges the text blind. Half the rows are events the system
located, half events it did not (so that both "right place" and "no place invented" are tested).

    python benchmarks/location_sample.py --lang de --n 60 [--shared ../shared]
"""

from __future__ import annotations

import argparse
import csv
import random
from pathlib import Path

from newsgraph.pipeline import Newsgraph, Settings
from newsgraph.read import read_articles

REPO = Path(__file__).resolve().parents[1]
CORPUS = {"de": "10kGNAD-test.de.csv", "en": "guardian-2019-sample.en.csv"}
GERMAN_CATEGORIES = {"International", "Inland"}
FIELDS = ["key", "lang", "row", "sentence_index", "event_type", "trigger", "actor", "recipient", "sentence",
          "gold_place", "gold_precision", "note"]


def corpus_texts(shared: Path, lang: str) -> list[tuple[int, str]]:
    path = shared / "data" / "corpora" / CORPUS[lang]
    with path.open(encoding="utf-8", newline="") as fh:
        if lang == "de":
            rows = list(csv.reader(fh, delimiter=";", quotechar="'"))
            return [(i, r[1]) for i, r in enumerate(rows) if len(r) == 2 and r[0] in GERMAN_CATEGORIES]
        return [(i, r["text"]) for i, r in enumerate(csv.DictReader(fh))]


def event_key(lang: str, row: int, e: dict) -> str:
    actor = ",".join(a["code"] or a["text"] for a in e["actor"])
    return f"{lang}:{row}:{e['sentence_index']}:{e['event_type']}:{e['trigger']}:{actor}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    parser.add_argument("--lang", choices=sorted(CORPUS), default="de")
    parser.add_argument("--n", type=int, default=60)
    parser.add_argument("--articles", type=int, default=150)
    parser.add_argument("--seed", type=int, default=13)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    texts = corpus_texts(args.shared, args.lang)
    rng.shuffle(texts)
    graph = Newsgraph(Settings(lang=args.lang))
    located, unlocated = [], []
    for row, text in texts[: args.articles]:
        path = Path(f"/tmp/newsgraph-sample-{row}.txt")
        path.write_text(text, encoding="utf-8")
        [article] = list(read_articles([path], lang=args.lang))
        for e in (ev.to_dict() for ev in graph.process(article).events):
            (located if e["location"] else unlocated).append((row, e))
        path.unlink()
    half = args.n // 2
    chosen = rng.sample(located, min(half, len(located)))
    chosen += rng.sample(unlocated, min(args.n - len(chosen), len(unlocated)))
    chosen.sort(key=lambda x: (x[0], x[1]["sentence_index"]))
    out = REPO / "benchmarks" / "gold" / f"locations.{args.lang}.todo.tsv"
    with out.open("w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=FIELDS, delimiter="\t", lineterminator="\n")
        w.writeheader()
        for row, e in chosen:
            w.writerow({"key": event_key(args.lang, row, e), "lang": args.lang, "row": row,
                        "sentence_index": e["sentence_index"], "event_type": e["event_type"], "trigger": e["trigger"],
                        "actor": ";".join(a["code"] or a["text"] for a in e["actor"]),
                        "recipient": ";".join(a["code"] or a["text"] for a in e["recipient"]),
                        "sentence": " ".join(e["sentence"].split()), "gold_place": "", "gold_precision": "", "note": ""})
    print(f"{len(chosen)} events ({len(located)} located, {len(unlocated)} not, in {args.articles} articles) -> {out}")


if __name__ == "__main__":
    main()
