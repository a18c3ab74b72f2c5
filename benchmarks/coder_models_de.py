"""The German event coder with variants of the German language model (does a model lever cost events?).

    python benchmarks/coder_models_de.py [--shared ../shared] [--feats label=DIR ...] [--model label=DIR ...] [--no-write]

Rows: the shipped pipeline; each --feats label=DIR: the shipped pipeline with that trained feature
morphologizer (tok2vec + morphologizer, de_feats.cfg) in place of morph_feats (built as benchmarks/levers_de.py
builds it); each --model label=DIR: an assembled German pipeline in place of the shipped one.
Each variant codes the German hand-coded gold (benchmarks/gold/gnad_de.gold.json) and the German half of the
parallel gold (benchmarks/gold/parallel.de.json), scored as `newsgraph eval plover` scores them (event type;
type + actor/recipient country; negated events left out). "units changed" lists the gold units whose coded
events differ from the shipped pipeline's. Writes the "coder_models_de" section of docs/accuracy.md.
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

from _report import machine, write_section

ROOT = Path(__file__).resolve().parents[1]
MODELS = ROOT / "newsgraph" / "language" / "models"
GOLDS = {"gnad_de": ROOT / "benchmarks" / "gold" / "gnad_de.gold.json",
         "parallel.de": ROOT / "benchmarks" / "gold" / "parallel.de.json"}


def models_dir(tmp: Path, label: str, de_model: Path) -> Path:
    """A models folder holding de_model as de/ and the shipped English pipeline as en/."""
    out = tmp / label
    out.mkdir(parents=True)
    (out / "de").symlink_to(de_model.resolve())
    (out / "en").symlink_to((MODELS / "en").resolve())
    return out


def with_feats(tmp: Path, label: str, feats: Path, shared: Path) -> Path:
    from levers_de import variant

    from newsgraph.language.train import clean_config

    nlp = variant(MODELS / "de", shared, feats=feats)
    path = tmp / f"{label}-de"
    nlp.to_disk(path)
    clean_config(path)
    return path


def code(models: Path) -> dict:
    from newsgraph.eval.events import code_plover
    from newsgraph.eval.plover import read_plover_gold, score_plover
    from newsgraph.pipeline import Newsgraph, Settings

    graph = Newsgraph(Settings(lang="auto", models_dir=models))
    out = {}
    for name, path in GOLDS.items():
        gold = read_plover_gold(path)
        events = code_plover(graph, gold)
        scores = score_plover(gold, events, keep_negated=False)
        out[name] = {"type": scores["type"], "type_country": scores["type_country"],
                     "events": sorted({repr(e) for e in events})}
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--feats", action="append", default=[], help="label=DIR of a trained feature morphologizer pipeline")
    ap.add_argument("--model", action="append", default=[], help="label=DIR of an assembled German pipeline")
    ap.add_argument("--no-write", action="store_true")
    args = ap.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    rows: list[tuple[str, dict]] = []
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        plan = [("shipped", MODELS)]
        for spec in args.feats:
            label, path = spec.split("=", 1)
            plan.append((f"shipped with features `{label}`", models_dir(tmp, label, with_feats(tmp, label, Path(path), args.shared))))
        for spec in args.model:
            label, path = spec.split("=", 1)
            plan.append((f"`{label}`", models_dir(tmp, label, Path(path))))
        for label, models in plan:
            rows.append((label, code(models)))
            print(label, json.dumps({g: {k: r[k]["f1"] for k in ("type", "type_country")} for g, r in rows[-1][1].items()}),
                  flush=True)
    if args.no_write:
        return 0
    base = rows[0][1]

    def cells(r: dict) -> str:
        out = []
        for g in GOLDS:
            for k in ("type", "type_country"):
                s = r[g][k]
                out.append(f"{s['f1']:.3f} ({s['tp']}/{s['fp']}/{s['fn']})")
        changed = sorted({e.split("unit='", 1)[1].split("'", 1)[0]
                          for g in GOLDS for e in set(r[g]["events"]) ^ set(base[g]["events"])})
        return " | ".join(out) + f" | {', '.join(changed) or '–'} |"

    table = "\n".join(f"| {label} | {cells(r)}" for label, r in rows)
    sources = ", ".join(f"`{s.split('=', 1)[0]}` = `{s.split('=', 1)[1]}`" for s in args.feats + args.model)
    body = f"""## German coder with German model variants (coder_models_de)

Measured by `benchmarks/coder_models_de.py` on {machine()}{f'. Variants: {sources}' if sources else ''}.
The coder runs on the German hand-coded gold (`benchmarks/gold/gnad_de.gold.json`) and the German half of the
parallel gold (`benchmarks/gold/parallel.de.json`) as `newsgraph eval plover` scores them (negated events left
out); cells: F1 (true positives / false positives / false negatives); "units changed": gold units whose coded
events differ from the shipped pipeline's.

| German pipeline | gnad_de type | gnad_de type+country | parallel.de type | parallel.de type+country | units changed |
| --- | ---: | ---: | ---: | ---: | --- |
{table}
"""
    write_section("accuracy.md", "coder_models_de", body, "Accuracy")
    return 0


if __name__ == "__main__":
    sys.exit(main())
