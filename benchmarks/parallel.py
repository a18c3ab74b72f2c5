"""German and English coding of the same content: the parallel gold set (benchmarks/gold/parallel.{de,en}.json).

120 sentence pairs written by hand (same content, each side a natural wire sentence in its language) and coded
by hand before the coder was run on them (benchmarks/gold/parallel.md). Reported:

(a) each language against its gold, scored like the PLOVER gold (``newsgraph.eval.plover.score_plover``): sets of
    event types and of (type, actor country, recipient country) per sentence; once against all gold events and
    once against the asserted ones only (gold events marked negated or hypothetical left out, as the scorer
    leaves out such system events);
(b) cross-language agreement: per pair, whether the German and the English system codings give the same set of
    types, of (type, actor country, recipient country), and of (type, modality) over all events; the English
    coding taken as reference for a de-vs-en F1; and the disagreeing pairs with both codings.

    python benchmarks/parallel.py [--json out.json]
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import json
from collections import Counter
from pathlib import Path
from typing import Any

from _report import machine, write_section

from newsgraph.eval.plover import PloverGold, gold_keys, read_plover_gold, score_plover
from newsgraph.eval.scoring import Key, SystemEvent, compare, score_units, system_event
from newsgraph.model import Article, Event
from newsgraph.pipeline import Newsgraph, Settings

GOLD = Path(__file__).resolve().parent / "gold"
LANGS = ("de", "en")
NOT_ASSERTED = {"negated", "hypothetical"}
MODALITY = ("negated", "hypothetical", "future", "alleged", "historical")


def gold_path(lang: str) -> Path:
    return GOLD / f"parallel.{lang}.json"


def asserted_only(gold: PloverGold, path: Path) -> PloverGold:
    """The gold without its negated and hypothetical events (the scorer drops such system events)."""
    raw = json.loads(path.read_text(encoding="utf-8"))
    drop = {str(r["id"]) for r in raw if r.get("event") and NOT_ASSERTED & set(r.get("modality") or [])}
    units = tuple(dataclasses.replace(u, events=tuple(e for e in u.events if e.id not in drop)) for u in gold.units)
    return PloverGold(units, gold.records - len(drop), gold.skipped)


def code(graph: Newsgraph, gold: PloverGold, lang: str) -> dict[str, list[Event]]:
    """System events per unit id; every unit coded alone as one article on its date."""
    out: dict[str, list[Event]] = {}
    for unit in gold.units:
        day = dt.date.fromisoformat(unit.date) if unit.date else None
        coded = graph.process(Article(unit.id, unit.text, day, "day" if day else None, lang))
        out[unit.id] = list(coded.events)
    return out


def flat(events: dict[str, list[Event]]) -> list[SystemEvent]:
    return [s for uid, evs in events.items() for e in evs for s in system_event(uid, e)]


def keys(events: list[Event], level: str, uid: str = "") -> set[Key]:
    """A unit's system keys: asserted events only, except at level ``modality`` (all events, with their flags)."""
    if level == "modality":
        return {(e.event_type, *sorted(set(e.modality) & set(MODALITY))) for e in events}
    out: set[Key] = set()
    for e in events:
        for s in system_event(uid, e):
            if s.negated:
                continue
            out.add((s.event_type,) if level == "type" else (s.event_type, s.actor and s.actor.country,
                                                               s.recipient and s.recipient.country))
    return out


def short(ks: set[Key], flags: bool = False) -> str:
    """``ACCUSE DEU>RUS, ASSAULT RUS>-`` (``-`` = no country); with ``flags``: ``ASSAULT+alleged``."""
    if not ks:
        return "—"
    parts = []
    for k in sorted(ks, key=lambda k: tuple(str(x) for x in k)):
        if len(k) == 3 and not flags:
            parts.append(f"{k[0]} {k[1] or '-'}>{k[2] or '-'}")
        else:
            parts.append("+".join(str(x) for x in k))
    return ", ".join(parts)


def kind(de: set[Key], en: set[Key]) -> str:
    """How a pair disagrees at the type+country level."""
    if not de or not en:
        return "English only" if not de else "German only"
    dt_, et = {k[0] for k in de}, {k[0] for k in en}
    if dt_ == et:
        return "same types, other countries"
    if dt_ & et:
        return "types overlap"
    return "other types"


def agreement(events: dict[str, dict[str, list[Event]]], golds: dict[str, PloverGold]) -> dict[str, Any]:
    ids = [u.id for u in golds["en"].units]
    gold_units = {u.id: u for u in golds["en"].units}
    out: dict[str, Any] = {"pairs": len(ids)}
    for level in ("type", "type_country", "modality"):
        same = [i for i in ids if keys(events["de"][i], level, i) == keys(events["en"][i], level, i)]
        both_empty = sum(1 for i in same if not keys(events["de"][i], level, i))
        cross = score_units((keys(events["en"][i], level, i), keys(events["de"][i], level, i)) for i in ids)
        out[level] = {"agree": len(same), "rate": round(len(same) / len(ids), 4), "both_empty": both_empty,
                      "de_vs_en": cross.to_dict()}
    rows = []
    for i in ids:
        de, en = keys(events["de"][i], "type_country", i), keys(events["en"][i], "type_country", i)
        if de == en:
            continue
        gold = gold_keys(gold_units[i], "type_country")
        gold_types = gold_keys(gold_units[i], "type")

        def score(ks: set[Key]) -> tuple[int, int]:
            by_type, by_country = compare(gold_types, {k[:1] for k in ks}), compare(gold, ks)
            return by_type.tp - by_type.fp, by_country.tp - by_country.fp

        sd, se = score(de), score(en)
        better = "de" if sd > se else "en" if se > sd else "="
        rows.append({"id": i, "kind": kind(de, en), "de": short(de), "en": short(en), "gold": short(gold),
                     "closer_to_gold": better,
                     "same_types": keys(events["de"][i], "type", i) == keys(events["en"][i], "type", i)})
    out["disagreements"] = rows
    out["kinds"] = {k: {"pairs": n, "closer_to_gold": dict(Counter(r["closer_to_gold"] for r in rows if r["kind"] == k))}
                    for k, n in Counter(r["kind"] for r in rows).most_common()}
    out["closer_to_gold"] = dict(Counter(r["closer_to_gold"] for r in rows))
    out["modality_disagreements"] = [
        {"id": i, "de": short(keys(events["de"][i], "modality", i), flags=True),
         "en": short(keys(events["en"][i], "modality", i), flags=True)}
        for i in ids
        if {e.event_type for e in events["de"][i]} == {e.event_type for e in events["en"][i]}
        and keys(events["de"][i], "modality", i) != keys(events["en"][i], "modality", i)]
    return out


def _rate(n: int, d: int) -> float:
    return n / d if d else 0.0


def _pct(x: float) -> str:
    return f"{100 * x:.1f}"


def modality_hits(path: Path, events: dict[str, list[Event]]) -> dict[str, int]:
    """Gold events with a modality flag that the system codes with the same type and (at least) the same flags."""
    flagged = [r for r in json.loads(path.read_text(encoding="utf-8")) if r.get("event") and r.get("modality")]
    hit = sum(1 for r in flagged
              if any(e.event_type == r["event"] and set(r["modality"]) <= set(e.modality) for e in events[r["sentence_id"]]))
    return {"gold": len(flagged), "hit": hit, "pairs": len({r["sentence_id"] for r in flagged})}


def report(results: dict[str, Any], agree: dict[str, Any], golds: dict[str, PloverGold], modal: dict[str, Any]) -> str:
    rows = []
    for lang in LANGS:
        for variant, label in (("all", "all gold events"), ("asserted", "asserted gold only")):
            r = results[lang][variant]
            rows.append(f"| {lang} | {label} | {_pct(r['type']['f1'])} | {_pct(r['type_country']['f1'])} | "
                        f"{_pct(r['type']['precision'])} / {_pct(r['type']['recall'])} | "
                        f"{_pct(r['type_country']['precision'])} / {_pct(r['type_country']['recall'])} |")
    types = golds["en"].types()
    per_type = "\n".join(
        f"| {t} | {n} | {_pct(results['de']['all']['type']['per_type'].get(t, {}).get('f1', 0.0))} | "
        f"{_pct(results['en']['all']['type']['per_type'].get(t, {}).get('f1', 0.0))} |"
        for t, n in sorted(types.items()))
    levels = "\n".join(
        f"| {name} | {agree[level]['agree']} / {agree['pairs']} ({_pct(agree[level]['rate'])} %) | "
        f"{agree[level]['both_empty']} | {agree[level]['agree'] - agree[level]['both_empty']} / "
        f"{agree['pairs'] - agree[level]['both_empty']} ({_pct(_rate(agree[level]['agree'] - agree[level]['both_empty'], agree['pairs'] - agree[level]['both_empty']))} %) | "
        f"{_pct(agree[level]['de_vs_en']['f1'])} |"
        for level, name in (("type", "types"), ("type_country", "types + actor/recipient countries"),
                            ("modality", "types + modality flags (all events)")))
    kinds = "\n".join(f"| {k} | {v['pairs']} | {v['closer_to_gold'].get('de', 0)} | {v['closer_to_gold'].get('en', 0)} | "
                      f"{v['closer_to_gold'].get('=', 0)} |" for k, v in agree["kinds"].items())
    closer = agree["closer_to_gold"]
    dis = "\n".join(f"| {r['id']} | {r['kind']} | {r['de']} | {r['en']} | {r['gold']} |" for r in agree["disagreements"])
    mod = "; ".join(f"{r['id']} de {r['de']} / en {r['en']}" for r in agree["modality_disagreements"]) or "none"
    n_events = sum(len(u.events) for u in golds["en"].units)
    no_event = sum(1 for u in golds["en"].units if not u.events)
    return f"""## German and English on parallel sentences

`python benchmarks/parallel.py`, run on {machine()}.
Gold: `benchmarks/gold/parallel.{{de,en}}.json`, {agree['pairs']} sentence pairs written by hand (same content, each
side a natural wire sentence in its language, often with different syntax) and coded by hand before the coder was
run on them (`benchmarks/gold/parallel.md`); {n_events} gold events per language over all 16 PLOVER types,
{modal['en']['pairs']} pairs with a modality flag, {no_event} pairs without an event. Each sentence is coded alone, on its report date. Negated and
hypothetical system events are left out, as in the other gold evaluations; the *asserted* rows also leave out the
gold events marked negated or hypothetical.

| language | gold | type F1 | type+country F1 | type P / R | type+country P / R |
|---|---|---:|---:|---:|---:|
{chr(10).join(rows)}

Per type (all gold events; gold = events per language):

| type | gold | de F1 | en F1 |
|---|---:|---:|---:|
{per_type}

Cross-language agreement of the system codings (a pair agrees when both sides give the same set; "both empty" =
agreeing pairs where neither side has an event; de-vs-en F1 takes the English coding as the reference):

| level | pairs agreeing | both empty | agreeing, with an event on either side | de-vs-en F1 |
|---|---:|---:|---:|---:|
{levels}

Disagreements at the type+country level: {len(agree['disagreements'])} pairs. "Closer to the gold" = the side with
more correct minus wrong types, then type+country keys ("German only": the German side has events, the English none).

| kind | pairs | German closer | English closer | tied |
|---|---:|---:|---:|---:|
{kinds}
| all | {len(agree['disagreements'])} | {closer.get('de', 0)} | {closer.get('en', 0)} | {closer.get('=', 0)} |

Modality: of the {modal['de']['gold']} gold events with a modality flag, the system gives an event of the same type
with the same flags in {modal['de']['hit']} German and {modal['en']['hit']} English sentences.
Same types on both sides but different modality flags: {mod}.

| pair | kind | de system | en system | gold |
|---|---|---|---|---|
{dis}
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", type=Path, default=None, help="also write the full results as JSON")
    args = parser.parse_args()
    golds = {lang: read_plover_gold(gold_path(lang)) for lang in LANGS}
    graph = Newsgraph(Settings())
    events = {lang: code(graph, golds[lang], lang) for lang in LANGS}
    results = {}
    for lang in LANGS:
        system = flat(events[lang])
        results[lang] = {"all": score_plover(golds[lang], system),
                         "asserted": score_plover(asserted_only(golds[lang], gold_path(lang)), system)}
    agree = agreement(events, golds)
    modal = {lang: modality_hits(gold_path(lang), events[lang]) for lang in LANGS}
    body = report(results, agree, golds, modal)
    write_section("accuracy.md", "parallel", body, "Accuracy")
    if args.json:
        args.json.write_text(json.dumps({"results": results, "agreement": agree, "modality": modal}, indent=1, default=str), encoding="utf-8")
    print(body)


if __name__ == "__main__":
    main()
