"""Which German subjects and named entities the actor resolver does not recognise, on real news.

    python benchmarks/actor_gaps_de.py [--shared ../shared] [--n 1000] [--tsv /tmp/actor_gaps_de.tsv] [--label after]
                                       [--no-write]

Parses the eligible articles of the 10kGNAD test corpus (categories International, Inland, Panorama and
Wirtschaft; every article row with a sentence in the held-out German gold set
``benchmarks/gold/gnad_de.gold.json`` left out, only its ids are read, and row 173, the test article of
tests/test_gnad_article.py) with the shipped German pipeline and runs the actor resolver over each
document (no date: undated fallbacks). It counts

* subject nouns: heads of ``nsubj`` / ``nsubj:pass`` that are nouns or proper nouns,
* named entities of the NER (``PER``, ``ORG``, ``LOC``),

and how many of them an actor mention covers: "actor" = the mention has a code or at least a sector
(an agent without a country: "die Rebellen" → REB), "coded" = it has a CAMEO code. The unresolved
ones are ranked by frequency into a TSV (kind, form, count, example sentence) for the dictionary
curator; the figures go into the "actor-gaps-de" section of docs/accuracy.md under ``--label``
(earlier labels are kept). Measures reach, not correctness: a wrong code counts as covered.
"""

from __future__ import annotations

import argparse
import os
import re
import time
from collections import Counter
from pathlib import Path

from _report import DOCS, machine, write_section
from lexicon_coverage_de import eligible_articles

from newsgraph.pipeline import Newsgraph, Settings

ROOT = Path(__file__).resolve().parents[1]
SECTION = "actor-gaps-de"
SUBJECT_DEPS = ("nsubj", "nsubj:pass")
ENTITY_LABELS = ("PER", "ORG", "LOC")
GROUPS = ("subject", *ENTITY_LABELS)
CATEGORIES = ("International", "Inland", "Panorama", "Wirtschaft")


def survey(graph: Newsgraph, articles: list[tuple[int, str]]) -> tuple[dict[str, Counter[str]], Counter[str], dict[str, str]]:
    """(counts per group of total/actor/coded, unresolved forms "group\\tform" → count, examples)."""
    resolver = graph.resolver("de")
    figures = {g: Counter() for g in GROUPS}
    missing: Counter[str] = Counter()
    examples: dict[str, str] = {}
    for _row, text in articles:
        doc = graph.linguist.parse(text, "de")
        actor: set[int] = set()
        coded: set[int] = set()
        for m in resolver.find(doc, None):
            span = range(m.start, m.end)
            if m.actor.code or m.actor.sector:
                actor.update(span)
            if m.actor.code:
                coded.update(span)
        items = [("subject", [t.i], t.lemma_ or t.text, t.sent) for t in doc
                 if t.dep_ in SUBJECT_DEPS and t.pos_ in ("NOUN", "PROPN") and t.text.strip()]
        items += [(e.label_, list(range(e.start, e.end)), e.text, e.sent) for e in doc.ents if e.label_ in ENTITY_LABELS]
        for group, toks, form, sent in items:
            f = figures[group]
            f["total"] += 1
            f["actor"] += any(i in actor for i in toks)
            f["coded"] += any(i in coded for i in toks)
            if not any(i in actor for i in toks):
                key = f"{group}\t{form}"
                missing[key] += 1
                examples.setdefault(key, " ".join(sent.text.split())[:160])
    return figures, missing, examples


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=Path(os.environ.get("NEWSGRAPH_SHARED") or ROOT.parent / "shared"))
    parser.add_argument("--n", type=int, default=1000, help="at most this many eligible articles (first ones)")
    parser.add_argument("--tsv", type=Path, default=Path("/tmp/actor_gaps_de.tsv"))
    parser.add_argument("--label", default="current")
    parser.add_argument("--no-write", action="store_true")
    args = parser.parse_args()

    graph = Newsgraph(Settings())
    articles = eligible_articles(args.shared, args.n, CATEGORIES)
    started = time.perf_counter()
    figures, missing, examples = survey(graph, articles)
    seconds = time.perf_counter() - started
    with args.tsv.open("w", encoding="utf-8") as fh:
        fh.write("kind\tform\tcount\texample\n")
        for key, c in missing.most_common():
            fh.write(f"{key}\t{c}\t{examples[key]}\n")
    for g in GROUPS:
        print(g, dict(figures[g]))
    print(f"{len(articles)} articles, {seconds:.0f}s -> {args.tsv}")
    if not args.no_write:
        write(args.label, len(articles), figures)


def _share(f: Counter[str], what: str) -> str:
    return f"{f[what]} ({f[what] / (f['total'] or 1):.0%})"


def write(label: str, n_articles: int, figures: dict[str, Counter[str]]) -> None:
    """Add (or replace) this label's row in the section, keeping the other labels' rows."""
    text = (DOCS / "accuracy.md").read_text(encoding="utf-8") if (DOCS / "accuracy.md").exists() else ""
    old = re.search(rf"<!-- {SECTION}:start -->(.*?)<!-- {SECTION}:end -->", text, re.S)
    rows = [line for line in (old.group(1).splitlines() if old else [])
            if line.startswith("| ") and not line.startswith(("| dictionary", f"| {label} |"))]
    cells = [f"{figures[g]['total']} | {_share(figures[g], 'actor')} | {_share(figures[g], 'coded')}" for g in GROUPS]
    rows.append(f"| {label} | {n_articles} | " + " | ".join(cells) + " |")
    body = f"""## German actor recognition (10kGNAD test, International + Inland + Panorama + Wirtschaft)

`benchmarks/actor_gaps_de.py`: the eligible articles of 10kGNAD test (categories International, Inland, Panorama,
Wirtschaft; every article row with a sentence in the held-out gold set `benchmarks/gold/gnad_de.gold.json` and row 173 left
out), parsed with the shipped German pipeline, actors found by the shipped resolver. Counted: subject nouns (heads of
`nsubj`/`nsubj:pass`, nouns and proper nouns) and NER entities (PER, ORG, LOC); "actor" = an actor mention covers it
with a code or at least a sector (an agent of unknown country, "die Rebellen"), "coded" = with a CAMEO code.
Measures reach, not correctness; many subject nouns are no actors at all ("Die Zahl der Toten stieg").

| dictionary | articles | subjects | subj. actor | subj. coded | PER | PER actor | PER coded | ORG | ORG actor | ORG coded | LOC | LOC actor | LOC coded |
|---|---|---|---|---|---|---|---|---|---|---|---|---|---|
{chr(10).join(rows)}

Machine: {machine()}"""
    write_section("accuracy.md", SECTION, body, "Accuracy")


if __name__ == "__main__":
    main()
