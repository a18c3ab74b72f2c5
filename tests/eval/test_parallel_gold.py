"""The parallel German-English gold set (benchmarks/gold/parallel.{de,en}.json) is well-formed and aligned."""

from __future__ import annotations

import json
import re
from collections import defaultdict
from pathlib import Path

import pytest

from newsgraph.coding.ontology import PLOVER_TYPES
from newsgraph.errors import InputError
from newsgraph.eval.plover import PloverGold, read_plover_gold

GOLD = Path(__file__).resolve().parents[2] / "benchmarks" / "gold"
LANGS = ("de", "en")
MODALITY = {"negated", "hypothetical", "future", "alleged", "historical"}
CODE = re.compile(r"^[A-Z]{3}[A-Z]{0,9}$")  # ISO3 or IGO/IMG/NGO, then optional sector/organisation letters


def _raw(lang: str) -> list[dict]:
    return json.loads((GOLD / f"parallel.{lang}.json").read_text(encoding="utf-8"))


def _by_sentence(lang: str) -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = defaultdict(list)
    for rec in _raw(lang):
        out[rec["sentence_id"]].append(rec)
    return dict(out)


def _content(rec: dict) -> tuple:
    """What both languages must share: type, mode, actor codes, modality."""
    return (rec["event"], rec.get("mode"), tuple(a["code"] for a in rec.get("source") or []),
            tuple(a["code"] for a in rec.get("target") or []), tuple(rec.get("modality") or []))


@pytest.fixture(scope="module")
def golds() -> dict[str, PloverGold]:
    return {lang: read_plover_gold(GOLD / f"parallel.{lang}.json") for lang in LANGS}


def test_both_files_read_with_the_same_sentence_ids(golds: dict[str, PloverGold]) -> None:
    de, en = golds["de"], golds["en"]
    assert len(de.units) == len(en.units) == 120
    assert [u.id for u in de.units] == [u.id for u in en.units] == [f"PAR-{n:03d}" for n in range(1, 121)]
    assert de.skipped == en.skipped == {}
    assert {u.language for u in de.units} == {"de"} and {u.language for u in en.units} == {"en"}
    assert [u.date for u in de.units] == [u.date for u in en.units]
    assert de.records == en.records and de.types() == en.types()


def test_every_type_is_a_plover_type_and_every_type_is_covered(golds: dict[str, PloverGold]) -> None:
    for gold in golds.values():
        types = gold.types()
        assert set(types) <= set(PLOVER_TYPES)
        assert set(types) == set(PLOVER_TYPES)
        assert min(types.values()) >= 5
        assert sum(1 for u in gold.units if not u.events) >= 8  # sentences without events


def test_records_are_aligned_per_sentence() -> None:
    de, en = _by_sentence("de"), _by_sentence("en")
    assert list(de) == list(en)
    for sid in de:
        assert len(de[sid]) == len(en[sid]), sid
        assert [r["id"] for r in de[sid]] == [r["id"] for r in en[sid]] == [f"{sid}-{n}" for n in range(1, len(de[sid]) + 1)]
        assert [_content(r) for r in de[sid]] == [_content(r) for r in en[sid]], sid
        assert len({r["text"] for r in de[sid]}) == len({r["text"] for r in en[sid]}) == 1, sid


def test_records_are_well_formed() -> None:
    for lang in LANGS:
        texts = set()
        for rec in _raw(lang):
            assert rec["language"] == lang and rec["text"].strip() == rec["text"], rec["id"]
            texts.add(rec["text"])
            if rec["event"] is None:
                assert not rec.get("source") and not rec.get("target"), rec["id"]
                continue
            assert rec["event"] in PLOVER_TYPES, rec["id"]
            assert set(rec["modality"]) <= MODALITY, rec["id"]
            assert rec["eventText"], rec["id"]
            for actor in rec["source"] + rec["target"]:
                assert actor["actorText"] and actor["actorText"] in rec["text"], (rec["id"], actor)
                assert actor["code"] is None or CODE.match(actor["code"]), (rec["id"], actor)
        assert len(texts) == 120, lang  # one text per sentence: units are keyed by text


def test_modality_and_no_event_sentences_are_present(golds: dict[str, PloverGold]) -> None:
    raw = _raw("en")
    flags = {m for rec in raw if rec["event"] for m in rec["modality"]}
    assert flags == MODALITY
    assert sum(1 for sid, recs in _by_sentence("en").items() if any(r["event"] and r["modality"] for r in recs)) >= 20


def test_a_broken_edit_fails(tmp_path: Path) -> None:
    raw = _raw("de")
    raw[0].pop("event")
    broken = tmp_path / "parallel.de.json"
    broken.write_text(json.dumps(raw, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(InputError, match="no 'event'"):
        read_plover_gold(broken)
