"""Coverage of the English event lexicon on real news, and the words it misses.

    python benchmarks/lexicon_coverage_en.py [--shared ../shared] [--n 250] [--tsv /tmp/lexicon_en.tsv] [--label after]
                                             [--no-write]

The English counterpart of ``lexicon_coverage_de.py`` (its actor-subject test is reused): parses the
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
from collections import Counter
from pathlib import Path

from lexicon_coverage_de import actor_subject_verbs, write_coverage

from newsgraph.coding.mentions import MentionIndex
from newsgraph.coding.syntax import clause_tokens, particle, verb_lemmas
from newsgraph.coding.triggers import find_triggers, noun_lemma_matches
from newsgraph.model import Article
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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=Path(os.environ.get("NEWSGRAPH_SHARED") or ROOT.parent / "shared"))
    parser.add_argument("--n", type=int, default=250, help="at most this many articles (first ones)")
    parser.add_argument("--tsv", type=Path, default=Path("/tmp/lexicon_en.tsv"))
    parser.add_argument("--label", default="current")
    parser.add_argument("--no-write", action="store_true")
    args = parser.parse_args()

    graph = Newsgraph(Settings())
    resolver, coder = graph.resolver("en"), graph.coder("en")
    lexicon = coder.lexicon
    verb_lex, noun_lex = lexicon.lemmas("verb"), lexicon.lemmas("noun")
    docs = articles(args.shared, args.n)

    verbs: Counter[str] = Counter()
    triggered: Counter[str] = Counter()  # occurrences where the verb itself is a trigger
    nouns: Counter[str] = Counter()
    noun_govs: dict[str, Counter[str]] = {}
    examples: dict[str, str] = {}
    speech = coder.cues.speech_verbs
    n_sent = n_eligible = n_trigger = n_event = n_speech_only = 0
    started = time.perf_counter()
    for art_id, text in docs:
        doc = graph.linguist.parse(text, "en")
        index = MentionIndex(resolver.find(doc, None))
        trig_at = {t.token.i for t in find_triggers(doc, lexicon)}
        coded = graph.code_doc(doc, Article(art_id, text, None, None, "en"))
        event_sents = {e.sentence_index for e in coded.events}
        for k, sent in enumerate(s for s in doc.sents if s.text.strip()):
            n_sent += 1
            verbs_here = actor_subject_verbs(sent, index)
            if not verbs_here:
                continue
            n_eligible += 1
            hit = any(sent.start <= i < sent.end for i in trig_at)
            n_trigger += hit
            n_speech_only += not hit and all(set(verb_lemmas(v)) & speech for v in verbs_here)
            n_event += k in event_sents
            for verb in verbs_here:
                lemma = phrasal(verb)
                verbs[lemma] += 1
                triggered[lemma] += verb.i in trig_at
                examples.setdefault("v:" + lemma, sent.text.strip()[:160])
                for tok in clause_tokens(verb):
                    if tok.pos_ == "NOUN" and tok.dep_ not in SUBJECT_DEPS:
                        noun = (tok.lemma_ or tok.text).lower()
                        nouns[noun] += 1
                        noun_govs.setdefault(noun, Counter())[lemma] += 1
                        examples.setdefault("n:" + noun, sent.text.strip()[:160])
    seconds = time.perf_counter() - started

    with args.tsv.open("w", encoding="utf-8") as fh:
        fh.write("pos\tlemma\tcount\tin_lexicon\ttriggered\tverbs_or_example\n")
        for lemma, c in verbs.most_common():
            fh.write(f"verb\t{lemma}\t{c}\t{int(lemma.split()[0] in verb_lex)}\t{triggered[lemma]}\t{examples['v:' + lemma]}\n")
        for noun, c in nouns.most_common():
            hit = noun_lemma_matches(noun, noun_lex) is not None
            govs = ",".join(f"{v}:{n}" for v, n in noun_govs[noun].most_common(4))
            fh.write(f"noun\t{noun}\t{c}\t{int(hit)}\t\t{govs} | {examples['n:' + noun]}\n")

    figures = {"articles": len(docs), "sentences": n_sent, "eligible": n_eligible,
               "trigger": n_trigger, "event": n_event, "speech_only": n_speech_only,
               "patterns": len(lexicon.patterns)}
    print(json.dumps(figures), f"{seconds:.0f}s", f"-> {args.tsv}")
    if not args.no_write:
        write(args.label, figures)


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
