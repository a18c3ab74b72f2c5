"""Speed of the whole German path (read → parse → actors → coding) on real news.

Runs ``Newsgraph.process`` over articles of the 10kGNAD test corpus (categories
International and Inland), single process, and writes articles/s, tokens/s,
events per article and peak memory into docs/benchmarks.md.

    python benchmarks/coding_de.py [--shared ../shared] [--n 200]
"""

from __future__ import annotations

import argparse
import csv
import resource
import time
from pathlib import Path

from _report import machine, write_section

from newsgraph.model import Article
from newsgraph.pipeline import Newsgraph, Settings


def load_articles(shared: Path, n: int) -> list[Article]:
    out = []
    with (shared / "data/corpora/10kGNAD-test.de.csv").open(encoding="utf-8", newline="") as fh:
        for category, text in csv.reader(fh, delimiter=";", quotechar="'"):
            if category in ("International", "Inland"):
                out.append(Article(Article.make_id(text), text, None, None, "de"))
            if len(out) >= n:
                break
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--shared", type=Path, default=Path(__file__).resolve().parents[2] / "shared")
    parser.add_argument("--n", type=int, default=200)
    args = parser.parse_args()
    articles = load_articles(args.shared, args.n)
    graph = Newsgraph(Settings())
    graph.process(articles[0])  # load models before timing
    start = time.perf_counter()
    tokens = events = quotes = 0
    for art in articles:
        coded = graph.process(art)
        tokens += sum(len(s.text.split()) for s in coded.sentences)
        events += len(coded.events)
        quotes += len(coded.quotes)
    secs = time.perf_counter() - start
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    body = f"""## German coding path (read → parse → actors → events → quotes)

`python benchmarks/coding_de.py --n {len(articles)}` — {len(articles)} articles of 10kGNAD test
(International + Inland), single process, models loaded before timing.

| articles | whitespace tokens | seconds | articles/s | tokens/s | events | events/article | quotes | peak RSS |
|---:|---:|---:|---:|---:|---:|---:|---:|---:|
| {len(articles)} | {tokens} | {secs:.1f} | {len(articles) / secs:.1f} | {tokens / secs:,.0f} | {events} | {events / len(articles):.2f} | {quotes} | {peak_mb:,.0f} MB |

Machine: {machine()}
"""
    print(write_section("benchmarks.md", "coding_de", body, "Benchmarks"))
    print(body)


if __name__ == "__main__":
    main()
