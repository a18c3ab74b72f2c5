"""Coverage of the German event lexicon on real news, and the words it misses.

    python benchmarks/lexicon_coverage_de.py [--shared ../shared] [--n 400] [--tsv /tmp/lexicon_de.tsv] [--label after]
                                             [--no-write]

Parses articles of the 10kGNAD test corpus (categories International and Inland) with the
shipped German pipeline, leaving out every article row that has a sentence in the held-out
German gold set (benchmarks/gold/gnad_de.gold.json: only its ids are read) and row 173 (the
test article of tests/test_gnad_article.py). For every clause whose subject names an actor
(the actor resolver's mentions, as the coder reads them) it counts

* the verb lemma (a split-off separable particle joined back: "weisen ... zurück" → "zurückweisen"),
* the nouns of that clause, with the clause's verb (light-verb candidates for noun patterns),

ranked by frequency into a TSV for the lexicon analyst (column ``in_lexicon``: a pattern for the
lemma exists), and the coverage figures: the share of sentences with an actor-subject verb that
contain a lexicon trigger (``newsgraph.coding.triggers.find_triggers``, all pattern constraints
checked, with the coder's noun cues: anchors, verbs of receiving, circumstances), and the share
of them with at least one coded event. The figures are written to the "lexicon-coverage-de" section
of docs/accuracy.md under ``--label`` (earlier labels are kept).
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import re
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from _report import DOCS, machine, write_section

from newsgraph.coding.mentions import MentionIndex
from newsgraph.coding.roles import codable
from newsgraph.coding.syntax import clause_tokens, is_verb, subjects, verb_lemmas
from newsgraph.coding.triggers import find_triggers, noun_cues, noun_lemma_matches
from newsgraph.model import Article
from newsgraph.pipeline import Newsgraph, Settings

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "benchmarks" / "gold" / "gnad_de.gold.json"
CATEGORIES = ("International", "Inland")
EXCLUDED_ROWS = {173}
SECTION = "lexicon-coverage-de"


def held_out_rows(path: Path = GOLD) -> set[int]:
    """Article rows of the held-out gold set, read from its ids ("GNAD-<row>-<sentence>...") only."""
    return {int(record["id"].split("-")[1]) for record in json.loads(path.read_text(encoding="utf-8"))}


def eligible_articles(shared: Path, n: int, categories: tuple[str, ...] = CATEGORIES) -> list[tuple[int, str]]:
    """(row, text) of the first ``n`` articles of these categories that the held-out gold set does not use."""
    skip = held_out_rows() | EXCLUDED_ROWS
    out = []
    with (shared / "data/corpora/10kGNAD-test.de.csv").open(encoding="utf-8", newline="") as fh:
        for row, fields in enumerate(csv.reader(fh, delimiter=";", quotechar="'")):
            if len(fields) == 2 and fields[0] in categories and row not in skip:
                out.append((row, fields[1]))
            if len(out) >= n:
                break
    return out


def actor_subject_verbs(sent, index: MentionIndex) -> list:
    """Verbs of the sentence whose subject names a codable actor."""
    out = []
    for tok in sent:
        if not is_verb(tok) or tok.pos_ == "AUX" and not any(c.dep_ in ("obj", "compound:prt") for c in tok.children):
            continue
        subj, _misread = subjects(tok)
        if any(codable(index.phrase_actors(s)) for s in subj):
            out.append(tok)
    return out


@dataclass(frozen=True)
class Reading:
    """How one language's coverage run reads a clause: the verb's lemma as the analyst sees it, whether a verb is
    a verb of saying, a clause noun's key, and the subject relations (a subject is no light-verb noun)."""

    lang: str
    lemma: Callable[[Any], str]
    says: Callable[[Any, frozenset[str]], bool]
    noun: Callable[[Any], str]
    subject_deps: tuple[str, ...]


@dataclass
class Counts:
    """What a coverage run counted: the figures, and per verb and noun the frequencies for the TSV."""

    figures: dict[str, int]
    verbs: Counter[str] = field(default_factory=Counter)
    triggered: Counter[str] = field(default_factory=Counter)  # occurrences where the verb itself is a trigger
    nouns: Counter[str] = field(default_factory=Counter)
    noun_govs: dict[str, Counter[str]] = field(default_factory=dict)
    examples: dict[str, str] = field(default_factory=dict)


GERMAN = Reading("de", lambda verb: verb_lemmas(verb)[0], lambda verb, speech: verb_lemmas(verb)[0] in speech,
                 lambda tok: tok.lemma_ or tok.text, ("nsubj", "nsubj:pass"))


def count_coverage(graph: Newsgraph, docs: list[tuple[str, str]], reading: Reading) -> Counts:
    """Parse and code the (id, text) docs; count the actor-subject sentences, their triggers and events, and the
    verbs and clause nouns of those sentences."""
    resolver, coder = graph.resolver(reading.lang), graph.coder(reading.lang)
    lexicon, speech = coder.lexicon, coder.cues.speech_verbs
    counts = Counts({"articles": len(docs), "sentences": 0, "eligible": 0, "trigger": 0, "event": 0, "speech_only": 0,
                     "patterns": len(lexicon.patterns)})
    f = counts.figures
    for doc_id, text in docs:
        doc = graph.linguist.parse(text, reading.lang)
        index = MentionIndex(resolver.find(doc, None))
        trig_at = {t.token.i for t in find_triggers(doc, lexicon, cues=noun_cues(coder.cues))}
        coded = graph.code_doc(doc, Article(doc_id, text, None, None, reading.lang))
        event_sents = {e.sentence_index for e in coded.events}
        for k, sent in enumerate(s for s in doc.sents if s.text.strip()):
            f["sentences"] += 1
            verbs_here = actor_subject_verbs(sent, index)
            if not verbs_here:
                continue
            f["eligible"] += 1
            hit = any(sent.start <= i < sent.end for i in trig_at)
            f["trigger"] += hit
            f["speech_only"] += not hit and all(reading.says(v, speech) for v in verbs_here)
            f["event"] += k in event_sents
            for verb in verbs_here:
                lemma = reading.lemma(verb)
                counts.verbs[lemma] += 1
                counts.triggered[lemma] += verb.i in trig_at
                counts.examples.setdefault("v:" + lemma, sent.text.strip()[:160])
                for tok in clause_tokens(verb):
                    if tok.pos_ == "NOUN" and tok.dep_ not in reading.subject_deps:
                        noun = reading.noun(tok)
                        counts.nouns[noun] += 1
                        counts.noun_govs.setdefault(noun, Counter())[lemma] += 1
                        counts.examples.setdefault("n:" + noun, sent.text.strip()[:160])
    return counts


def write_tsv(path: Path, counts: Counts, lexicon, verb_key: Callable[[str], str], with_triggered: bool) -> None:
    """The ranked verbs and nouns for the lexicon analyst (``in_lexicon``: a pattern for the lemma exists)."""
    verb_lex, noun_lex = lexicon.lemmas("verb"), lexicon.lemmas("noun")
    extra = "triggered\t" if with_triggered else ""
    gap = "\t" if with_triggered else ""  # the nouns' empty ``triggered`` field
    with path.open("w", encoding="utf-8") as fh:
        fh.write(f"pos\tlemma\tcount\tin_lexicon\t{extra}verbs_or_example\n")
        for lemma, c in counts.verbs.most_common():
            trig = f"{counts.triggered[lemma]}\t" if with_triggered else ""
            fh.write(f"verb\t{lemma}\t{c}\t{int(verb_key(lemma) in verb_lex)}\t{trig}{counts.examples['v:' + lemma]}\n")
        for noun, c in counts.nouns.most_common():
            hit = noun_lemma_matches(noun, noun_lex) is not None
            govs = ",".join(f"{v}:{n}" for v, n in counts.noun_govs[noun].most_common(4))
            fh.write(f"noun\t{noun}\t{c}\t{int(hit)}\t{gap}{govs} | {counts.examples['n:' + noun]}\n")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=Path(os.environ.get("NEWSGRAPH_SHARED") or ROOT.parent / "shared"))
    parser.add_argument("--n", type=int, default=400, help="at most this many eligible articles (first ones)")
    parser.add_argument("--tsv", type=Path, default=Path("/tmp/lexicon_de.tsv"))
    parser.add_argument("--label", default="current")
    parser.add_argument("--no-write", action="store_true")
    args = parser.parse_args()

    graph = Newsgraph(Settings())
    docs = [(f"GNAD-{row}", text) for row, text in eligible_articles(args.shared, args.n)]
    started = time.perf_counter()
    counts = count_coverage(graph, docs, GERMAN)
    seconds = time.perf_counter() - started
    write_tsv(args.tsv, counts, graph.coder("de").lexicon, str.lower, with_triggered=False)
    print(json.dumps(counts.figures), f"{seconds:.0f}s", f"-> {args.tsv}")
    if not args.no_write:
        write(args.label, counts.figures)


def coverage_rows(section: str, label: str, f: dict[str, int]) -> list[str]:
    """The section's table rows with this label's row added (or replaced), the other labels' rows kept."""
    path = DOCS / "accuracy.md"
    text = path.read_text(encoding="utf-8") if path.exists() else ""
    old = re.search(rf"<!-- {section}:start -->(.*?)<!-- {section}:end -->", text, re.S)
    rows = [line for line in (old.group(1).splitlines() if old else [])
            if line.startswith("| ") and not line.startswith(("| lexicon", f"| {label} |"))]
    e = f["eligible"] or 1
    rows.append(f"| {label} | {f['patterns']} | {f['articles']} | {f['sentences']} | {f['eligible']} | "
                f"{f['trigger']} ({f['trigger'] / e:.0%}) | {f['event']} ({f['event'] / e:.0%}) | {f['speech_only']} |")
    return rows


def write_coverage(section: str, intro: str, label: str, f: dict[str, int]) -> None:
    """Write a lexicon-coverage section: ``intro`` (heading and text), then the table of all labels' rows."""
    rows = coverage_rows(section, label, f)
    body = f"""{intro}

| lexicon | patterns | articles | sentences | with actor-subject verb | with trigger | with event | no trigger, saying only |
|---|---|---|---|---|---|---|---|
{chr(10).join(rows)}

Machine: {machine()}"""
    write_section("accuracy.md", section, body, "Accuracy")


INTRO = """## German lexicon coverage (10kGNAD test, International + Inland)

`benchmarks/lexicon_coverage_de.py`: the first eligible articles of 10kGNAD test (categories International and
Inland; every article row with a sentence in the held-out gold set `benchmarks/gold/gnad_de.gold.json` and row 173
left out), parsed with the shipped German pipeline. A sentence counts when one of its verbs has a subject that names
an actor (country, organisation, person, ...); "trigger" = the sentence contains a lexicon trigger with all pattern
constraints met; "event" = the coder codes at least one event in it; "no trigger, saying only" = sentences without a
trigger whose actor-subject verbs are all verbs of saying (cues.de.yaml `speech_verbs`: plain statements, no PLOVER
event). Measures reach, not correctness."""


def write(label: str, f: dict[str, int]) -> None:
    write_coverage(SECTION, INTRO, label, f)


if __name__ == "__main__":
    main()
