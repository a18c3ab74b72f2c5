"""Coverage of the English event lexicon on real news, and the words it misses.

    python benchmarks/lexicon_coverage_en.py [--shared ../shared] [--n 250] [--tsv /tmp/lexicon_en.tsv] [--label after]
                                             [--no-write]

The English counterpart of ``lexicon_coverage_de.py`` (its counting and TSV writer are reused): parses the
first ``--n`` articles of the Guardian 2019 sample (``data/corpora/guardian-2019-sample.en.csv``, columns
date, text, source) with the shipped English pipeline. For every clause whose subject names an actor it
counts

* the verb lemma with its particle ("pull out", "crack down"); ``in_lexicon`` = a pattern for the verb
  lemma exists (particle patterns are verb patterns with a ``complement`` list),
  ``triggered`` = how often the verb itself was a trigger there (constraints met),
* the nouns of that clause with the clause's verb (light-verb + noun candidates for noun patterns),

ranked by frequency into a TSV, and the coverage figures: the share of sentences with an actor-subject
verb that contain a lexicon trigger (``find_triggers``, all pattern constraints checked) and the share
with at least one coded event. Written to the "lexicon-coverage-en" section of docs/accuracy.md under
``--label`` (earlier labels are kept).
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import time
from pathlib import Path

from lexicon_coverage_de import Reading, count_coverage, write_coverage, write_tsv

from newsgraph.coding.syntax import particle, verb_lemmas
from newsgraph.pipeline import Newsgraph, Settings

ROOT = Path(__file__).resolve().parents[1]
CORPUS = "data/corpora/guardian-2019-sample.en.csv"
SECTION = "lexicon-coverage-en"
SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj", "expl")


def articles(shared: Path, n: int) -> list[tuple[str, str]]:
    """(id, text) of the first ``n`` non-empty articles of the Guardian sample."""
    out = []
    with (shared / CORPUS).open(encoding="utf-8", newline="") as fh:
        for k, row in enumerate(csv.DictReader(fh)):
            if (row.get("text") or "").strip():
                out.append((f"GUARDIAN-{k}", row["text"]))
            if len(out) >= n:
                break
    return out


def phrasal(verb) -> str:
    """The verb's lemma with its particle, as an analyst reads it: "pull out"."""
    prt = particle(verb)
    base = verb_lemmas(verb)[-1] if not prt else (verb.lemma_ or verb.text).lower()
    return f"{base} {prt}" if prt else base


ENGLISH = Reading("en", phrasal, lambda verb, speech: bool(set(verb_lemmas(verb)) & speech),
                  lambda tok: (tok.lemma_ or tok.text).lower(), SUBJECT_DEPS)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=Path(os.environ.get("NEWSGRAPH_SHARED") or ROOT.parent / "shared"))
    parser.add_argument("--n", type=int, default=250, help="at most this many articles (first ones)")
    parser.add_argument("--tsv", type=Path, default=Path("/tmp/lexicon_en.tsv"))
    parser.add_argument("--label", default="current")
    parser.add_argument("--no-write", action="store_true")
    args = parser.parse_args()

    graph = Newsgraph(Settings())
    started = time.perf_counter()
    counts = count_coverage(graph, articles(args.shared, args.n), ENGLISH)
    seconds = time.perf_counter() - started
    write_tsv(args.tsv, counts, graph.coder("en").lexicon, lambda lemma: lemma.split()[0], with_triggered=True)
    print(json.dumps(counts.figures), f"{seconds:.0f}s", f"-> {args.tsv}")
    if not args.no_write:
        write(args.label, counts.figures)


INTRO = """## English lexicon coverage (Guardian 2019 sample)

`benchmarks/lexicon_coverage_en.py`: the first articles of `data/corpora/guardian-2019-sample.en.csv`, parsed
with the shipped English pipeline. A sentence counts when one of its verbs has a subject that names an actor
(country, organisation, person, ...); "trigger" = the sentence contains a lexicon trigger (en.manual.yaml or
en.yaml) with all pattern constraints met; "event" = the coder codes at least one event in it; "no trigger,
saying only" = sentences without a trigger whose actor-subject verbs are all verbs of saying (cues.en.yaml
`speech_verbs`). Measures reach, not correctness."""


def write(label: str, f: dict[str, int]) -> None:
    write_coverage(SECTION, INTRO, label, f)


if __name__ == "__main__":
    main()
