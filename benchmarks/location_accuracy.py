"""Geolocation accuracy on the hand-checked events (benchmarks/gold/locations.{de,en}.tsv).

The gold was written blind by reading each sampled event's sentence (benchmarks/location_sample.py
draws the events, without their system location). Each gold event is found again in a fresh coding
of its article (same article row, sentence and trigger) and scored:

Events are matched by sentence, trigger and recipient.

* gold "-" (the text names no place for the event): correct if the system gives no location,
  otherwise an *invented* location — or, when it comes from the dateline (a place the text does
  name), a *dateline not the event's place*;
* gold place: correct if the system's location is right *at the precision it states* — the same
  city (GeoNames id or name), the same first-level division, or, for precision ``country``, the
  gold place's country; no location is a *miss*, another place *wrong*.

    python benchmarks/location_accuracy.py [--shared ../shared]
"""

from __future__ import annotations

import argparse
import csv
from collections import Counter
from pathlib import Path

from _report import machine, write_section
from location_sample import corpus_texts

from newsgraph.pipeline import Newsgraph, Settings
from newsgraph.places import Gazetteer, normalize
from newsgraph.read import read_articles

REPO = Path(__file__).resolve().parents[1]
DATELINE_MISS = "dateline not the event's place"
GOLD = REPO / "benchmarks" / "gold"


def verdict(gold_place: str, system: dict | None, gazetteer: Gazetteer) -> str:
    if gold_place in ("", "-"):
        if system is None:
            return "correct"
        # the dateline is a place the text names, but the annotator found the event did not happen there
        return DATELINE_MISS if system["source"] == "dateline" else "invented"
    if system is None:
        return "missed"
    target = gazetteer.best(gold_place)
    if system["precision"] == "country":
        country = target.country if target else None
        return "correct" if country and system["country"] == country else "wrong"
    if system["precision"] == "admin1":
        names = {normalize(gold_place)} | ({normalize(target.admin1)} if target and target.admin1 else set())
        mine = {normalize(system["name"])} | ({normalize(system["admin1"])} if system.get("admin1") else set())
        return "correct" if names & mine else "wrong"
    same_id = target is not None and target.geonames_id is not None and target.geonames_id == system["geonames_id"]
    return "correct" if same_id or normalize(gold_place) == normalize(system["name"]) else "wrong"


def score(lang: str, shared: Path, graph: Newsgraph, gazetteer: Gazetteer) -> tuple[Counter, list[str]]:
    path = GOLD / f"locations.{lang}.tsv"
    with path.open(encoding="utf-8", newline="") as fh:
        gold = list(csv.DictReader(fh, delimiter="\t"))
    texts = dict(corpus_texts(shared, lang))
    counts: Counter = Counter()
    errors = []
    coded: dict[int, list[dict]] = {}
    for g in gold:
        row = int(g["row"])
        if row not in coded:
            tmp = Path(f"/tmp/newsgraph-loc-{lang}-{row}.txt")
            tmp.write_text(texts[row], encoding="utf-8")
            [article] = list(read_articles([tmp], lang=lang))
            tmp.unlink()
            coded[row] = [e.to_dict() for e in graph.process(article).events]
        match = [e for e in coded[row] if e["sentence_index"] == int(g["sentence_index"]) and e["trigger"] == g["trigger"]]
        # one trigger may give several events (one per recipient): take the one the gold row was drawn for
        match.sort(key=lambda e: ";".join(a["code"] or a["text"] for a in e["recipient"]) != g["recipient"])
        if not match:
            counts["no longer coded"] += 1
            continue
        v = verdict(g["gold_place"].strip(), match[0]["location"], gazetteer)
        counts[v] += 1
        counts["gold place" if g["gold_place"].strip() not in ("", "-") else "gold none"] += 1
        if v != "correct":
            loc = match[0]["location"]
            errors.append(f"{lang} {g['key']}: gold {g['gold_place']!r} ({g['gold_precision']}), system "
                          f"{(loc['name'], loc['precision'], loc['source']) if loc else None}: {v}")
    return counts, errors


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    args = parser.parse_args()
    graph = Newsgraph(Settings())
    gazetteer = Gazetteer.load()
    rows, all_errors, total = [], [], Counter()
    for lang in ("de", "en"):
        if not (GOLD / f"locations.{lang}.tsv").exists():
            continue
        counts, errors = score(lang, args.shared, graph, gazetteer)
        total += counts
        all_errors += errors
        scored = sum(counts[k] for k in ("correct", "wrong", "missed", "invented", DATELINE_MISS))
        rows.append((lang, scored, counts))
    lines = ["## Geolocation (location_accuracy)", "",
             "Hand-checked events from `../shared/data/corpora` (10kGNAD International/Inland for German,",
             "the Guardian 2019 sample for English), drawn by `benchmarks/location_sample.py` (half located by the",
             "system, half not) and annotated blind from the sentence (`benchmarks/gold/locations.*.tsv`).",
             "Correct = the right place at the precision the system states, or no location where the text names none.",
             "", f"Machine: {machine()}", "",
             "| language | events scored | correct | accuracy | wrong place | missed | invented (text names no place) "
             "| dateline, not the event's place |",
             "|---|---:|---:|---:|---:|---:|---:|---:|"]
    for lang, scored, c in rows + [("all", sum(r[1] for r in rows), total)]:
        acc = c["correct"] / scored if scored else 0.0
        lines.append(f"| {lang} | {scored} | {c['correct']} | {acc:.1%} | {c['wrong']} | {c['missed']} | {c['invented']} "
                     f"| {c[DATELINE_MISS]} |")
    lines += ["", f"Gold events with a place: {total['gold place']}; without: {total['gold none']}; "
              f"gold events the current coder no longer produces (not scored): {total['no longer coded']}.",
              "Target (issue: geolocation): accuracy ≥ 85%, no invented locations.", "", "Errors:", ""]
    lines += [f"- {e}" for e in all_errors] or ["- none"]
    write_section("accuracy.md", "geolocation", "\n".join(lines), "Accuracy")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
