"""German event coding on the hand-coded German gold set (benchmarks/gold/gnad_de.gold.json).

200 sentences drawn at random from 10kGNAD-test (International, Inland) by benchmarks/gold_de_sample.py and
coded blind by hand following benchmarks/gold/GUIDELINE.de.md (never used to write patterns). Scored like the
PLOVER gold (``newsgraph eval plover benchmarks/gold/gnad_de.gold.json``): per sentence, sets of event types and of
(type, actor country, recipient country); each sentence is coded alone, undated.

    python benchmarks/eval_gold_de.py
"""

from __future__ import annotations

from pathlib import Path

from _report import machine, write_section

from newsgraph.eval.events import code_plover
from newsgraph.eval.plover import read_plover_gold, score_plover
from newsgraph.pipeline import Newsgraph, Settings

GOLD = Path(__file__).resolve().parent / "gold" / "gnad_de.gold.json"


def _pct(x: float) -> str:
    return f"{100 * x:.1f}"


def main() -> None:
    gold = read_plover_gold(GOLD)
    result = score_plover(gold, code_plover(Newsgraph(Settings()), gold))
    rows = "\n".join(f"| {level} | {_pct(result[level]['precision'])} | {_pct(result[level]['recall'])} | "
                     f"{_pct(result[level]['f1'])} | {result[level]['tp']} | {result[level]['fp']} | {result[level]['fn']} |"
                     for level in ("type", "type_country"))
    per_type = "\n".join(f"| {t} | {c['tp'] + c['fn']} | {c['tp'] + c['fp']} | {_pct(c['f1'])} |"
                         for t, c in result["type"]["per_type"].items())
    body = f"""## German event coding on the hand-coded German gold set

`python benchmarks/eval_gold_de.py` (= `newsgraph eval plover benchmarks/gold/gnad_de.gold.json`), run on {machine()}.
Gold: {result['gold']['units']} usable sentences ({sum(result['gold']['skipped_records'].values())} broken ones skipped)
from 10kGNAD-test, International and Inland, drawn at random and coded blind by hand
(`benchmarks/gold/GUIDELINE.de.md`); {result['gold']['events']} gold events. Each sentence is coded alone and undated.
Negated and hypothetical system events are left out. Target (issue 5): event-type F1 ≥ 0.65.

| level | P | R | F1 | tp | fp | fn |
|---|---:|---:|---:|---:|---:|---:|
{rows}

System events scored: {result['system']['events']} in {result['system']['units_with_events']} sentences.

| type | gold | system | F1 |
|---|---:|---:|---:|
{per_type}
"""
    write_section("accuracy.md", "eval-gold-de", body, "Accuracy")
    print(body)


if __name__ == "__main__":
    main()
