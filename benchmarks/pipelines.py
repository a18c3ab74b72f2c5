"""Accuracy and speed of the shipped German and English pipelines.

    python benchmarks/pipelines.py [--shared ../shared] [--articles 200] [--no-write]

Accuracy (newsgraph.eval, gold tokenisation, CoNLL 2018 conventions: all tokens,
LAS on universal relations):

* German: TEST = UD German-GSD dev sentences 401-799 (see newsgraph/language/train.py);
  NER on GermEval 2014 dev (held out), PER/ORG/LOC, outer level.
* English: en_ewt-ud-test (and dev, used for model selection).

Speed: the full pipeline as newsgraph loads it (load_pipeline) on raw news text,
single process, nlp.pipe(batch_size=32), freshly loaded (cold caches), each
language in its own child process so that the peak memory (ru_maxrss) is that
language's own: German on the first N articles of 10kGNAD test, English on the
first N articles of the Guardian 2019 sample.

Writes the "pipelines" sections of docs/accuracy.md and docs/benchmarks.md.
"""
from __future__ import annotations

import argparse
import csv
import json
import multiprocessing
import resource
import sys
import time
from pathlib import Path

from _report import machine, write_section

ROOT = Path(__file__).resolve().parents[1]
MODELS = ROOT / "newsgraph" / "language" / "models"


def read_texts(shared: Path, lang: str, n: int) -> list[str]:
    texts: list[str] = []
    if lang == "de":
        with open(shared / "data/corpora/10kGNAD-test.de.csv", encoding="utf-8", newline="") as fh:
            for row in csv.reader(fh, delimiter=";", quotechar="'"):
                if len(row) >= 2:
                    texts.append(row[1])
                if len(texts) >= n:
                    break
    else:
        csv.field_size_limit(10**8)
        with open(shared / "data/corpora/guardian-2019-sample.en.csv", encoding="utf-8", newline="") as fh:
            for row in csv.DictReader(fh):
                texts.append(row["text"])
                if len(texts) >= n:
                    break
    return texts


def _speed_child(lang: str, texts: list[str], queue) -> None:
    from newsgraph.language.pipeline import load_pipeline

    t0 = time.perf_counter()
    nlp = load_pipeline(lang)
    load_s = time.perf_counter() - t0
    list(nlp.pipe(["Warm-up." if lang == "en" else "Warm-up: Die Regierung wies die Vorwürfe zurück."]))
    t0, c0 = time.perf_counter(), time.process_time()
    n_tokens = sum(len(doc) for doc in nlp.pipe(texts, batch_size=32))
    seconds, cpu = time.perf_counter() - t0, time.process_time() - c0
    queue.put({"lang": lang, "articles": len(texts), "tokens": n_tokens, "seconds": seconds,
               "tokens_per_s": n_tokens / seconds, "cpu_tokens_per_s": n_tokens / cpu,
               "load_seconds": load_s, "pipeline": list(nlp.pipe_names),
               "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024})


def speed(lang: str, texts: list[str]) -> dict:
    ctx = multiprocessing.get_context("spawn")
    queue = ctx.Queue()
    proc = ctx.Process(target=_speed_child, args=(lang, texts, queue))
    proc.start()
    result = queue.get()
    proc.join()
    return result


def accuracy(shared: Path) -> dict:
    from newsgraph.eval.ner import evaluate_ner, read_germeval
    from newsgraph.eval.parser import evaluate_parser, gold_sentences
    from newsgraph.language.pipeline import load_pipeline
    from newsgraph.language.train import TEST_START, treebank_split

    out: dict = {}
    de = load_pipeline("de")
    de_test = treebank_split(shared)["test"]
    out["de_test"] = evaluate_parser(de, de_test)
    out["de_test_pred"] = evaluate_parser(de, de_test, sentences="predicted")
    out["de_test"]["what"] = f"UD German-GSD dev, sentences {TEST_START + 1}-{TEST_START + out['de_test']['sentences']}"
    out["de_ner"] = evaluate_ner(de, read_germeval(shared / "data/ner/germeval2014-NER-de-dev.tsv"))
    if (MODELS / "en" / "config.cfg").exists():
        en = load_pipeline("en")
        tb = shared / "data/treebanks"
        en_test = gold_sentences(tb / "en_ewt-ud-test.conllu", "en")
        out["en_test"] = evaluate_parser(en, en_test)
        out["en_test_pred"] = evaluate_parser(en, en_test, sentences="predicted")
        out["en_dev"] = evaluate_parser(en, gold_sentences(tb / "en_ewt-ud-dev.conllu", "en"))
    return out


def model_mb(lang: str) -> float:
    return sum(f.stat().st_size for f in (MODELS / lang).rglob("*") if f.is_file()) / 1e6


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--articles", type=int, default=200)
    ap.add_argument("--no-write", action="store_true")
    args = ap.parse_args(argv)
    sys.path.insert(0, str(ROOT))

    langs = ["de"] + (["en"] if (MODELS / "en" / "config.cfg").exists() else [])
    speeds = {lang: speed(lang, read_texts(args.shared, lang, args.articles)) for lang in langs}
    acc = accuracy(args.shared)
    print(json.dumps({"speed": speeds, "accuracy": acc}, indent=2, ensure_ascii=False))
    if args.no_write:
        return 0

    rows = []
    for key, label in (("de_test", "German, held-out TEST"), ("de_test_pred", "German, held-out TEST, sentences predicted"),
                       ("en_test", "English, EWT test"), ("en_test_pred", "English, EWT test, sentences predicted"),
                       ("en_dev", "English, EWT dev")):
        if key in acc:
            a = acc[key]
            rows.append(f"| {label} | {a['sentences']} | {a['tokens']} | {a['upos']:.1f} | {a['lemma']:.1f} | "
                        f"{a['uas']:.1f} | {a['las']:.1f} | {a['sents_f']:.1f} |")
    ner = acc["de_ner"]
    ner_rows = "\n".join(f"| {t} | {v['precision']:.3f} | {v['recall']:.3f} | {v['f1']:.3f} | {v['support']} |"
                         for t, v in ner["per_type"].items())
    acc_md = f"""## German and English pipelines (newsgraph eval)

Measured by `benchmarks/pipelines.py` with `newsgraph.eval` (the code behind
`newsgraph eval parser|ner`) on {machine()}. Gold tokenisation; all tokens
including punctuation, LAS on the universal relation (CoNLL 2018 conventions; the
parser_de section uses full labels such as `nsubj:pass` and 10 sentences per Doc).
Default (`--sents gold`): one Doc per gold sentence, the parser may still split it
(sentence F1 < 100 counts such splits). "sentences predicted" (`--sents predicted`):
10 gold sentences per Doc, the parser must find the boundaries too.

| data | sentences | tokens | UPOS | lemma | UAS | LAS | sentence F1 |
| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
{chr(10).join(rows)}

Splits: German TEST = {acc["de_test"]["what"]} (never trained on; the split is
described in the German section). English: trained on `en_ewt-ud-train`
(12,544 sentences), model selection on `en_ewt-ud-dev`, scored on `en_ewt-ud-test`.
The English pipeline has no NER: the shared data hold no English NER corpus.

German NER on GermEval 2014 dev (held out; the NER model is trained on GermEval
test only), outer level, exact spans, micro over PER/ORG/LOC (GermEval `OTH` and the
model's `MISC` not counted, `*deriv`/`*part` are O):

| type | precision | recall | F1 | gold spans |
| --- | ---: | ---: | ---: | ---: |
{ner_rows}
| **micro** | **{ner["precision"]:.3f}** | **{ner["recall"]:.3f}** | **{ner["f1"]:.3f}** | |

Targets of issue 3: German UPOS ≥ 95, LAS ≥ 75, NER F1 ≥ 0.75; English UPOS ≥ 94, LAS ≥ 82.
"""
    srows = "\n".join(
        f"| {s['lang']} | {s['articles']} | {s['tokens']:,} | {s['tokens_per_s']:,.0f} | {s['cpu_tokens_per_s']:,.0f} | "
        f"{s['peak_rss_mb']:,.0f} | "
        f"{model_mb(s['lang']):.1f} | `{', '.join(s['pipeline'])}` |"
        for s in speeds.values())
    bench_md = f"""## Full pipelines, German and English (pipelines)

Measured by `benchmarks/pipelines.py` on {machine()}. The pipeline as newsgraph
loads it (`load_pipeline`), single process, `nlp.pipe(batch_size=32)`, freshly
loaded in its own process (cold caches), on raw news text: German = first
{args.articles} articles of 10kGNAD test, English = first {args.articles} articles of the
Guardian 2019 sample. Peak memory = ru_maxrss of that process. tokens/s = per second of
wall-clock time (depends on the other load of this shared 2-core machine); CPU tok/s = per
CPU-second of all the process's threads (every thread counts). `newsgraph code` parses the same way
(Newsgraph.process_all: nlp.pipe, 32 articles per batch).

| lang | articles | tokens | tokens/s | CPU tok/s | peak memory MB | model MB | pipeline |
| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |
{srows}

Target of issue 3: the full German pipeline ≥ 5,000 tokens/s.
"""
    write_section("accuracy.md", "pipelines", acc_md, "Accuracy")
    write_section("benchmarks.md", "pipelines", bench_md, "Benchmarks")
    return 0


if __name__ == "__main__":
    sys.exit(main())
