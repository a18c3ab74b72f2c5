"""PLOVER gold reader and scorer: hand-made events with hand-computed scores, the real dev file, failures."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from newsgraph.errors import InputError
from newsgraph.eval.plover import gold_keys, read_plover_gold, score_plover
from newsgraph.eval.scoring import SystemActor, SystemEvent, country_of_code

GOLD = "data/gold/PLOVER_GSR.dev.en.json"
TEXT_A = "Senior Hungarian and Romanian officials agreed on Wednesday to cooperate."
TEXT_B = "The United States demanded that Iraq admit inspectors."
TEXT_C = "Israeli troops fought Palestinian gunmen in Gaza."


def _records() -> list[dict]:
    return [
        {"id": "DOC-1", "event": "DOCUMENT", "eventText": "header"},
        {"id": "A-1", "event": "AGREE", "text": TEXT_A,
         "source": [{"actorText": "Hungarian", "code": "HUN"}, {"actorText": "Romanian", "code": "ROU"}], "target": ""},
        {"id": "B-1", "event": "DEMAND", "text": TEXT_B, "source": [{"actorText": "United States", "code": "USA"}],
         "target": [{"actorText": "Iraq", "code": "IRQ"}]},
        {"id": "C-1", "event": "FIGHT", "text": TEXT_C, "source": [{"actorText": "Israeli", "code": "ISR", "sector": "MIL"}],
         "target": [{"actorText": "Palestinian", "code": "PSE"}]},
    ]


@pytest.fixture()
def small_gold(tmp_path: Path) -> Path:
    path = tmp_path / "gold.json"
    path.write_text(json.dumps(_records()), encoding="utf-8")
    return path


def ev(unit: str, etype: str, actor: str | None, recipient: str | None, conf: float = 0.7, negated: bool = False,
       future: bool = False) -> SystemEvent:
    a = SystemActor(actor, actor) if actor else None
    r = SystemActor(recipient, recipient) if recipient else None
    return SystemEvent(unit, etype, "000", a, r, conf, negated, future)


def test_plover_reader_maps_old_names_and_splits_actor_pairs(small_gold: Path) -> None:
    gold = read_plover_gold(small_gold)
    assert [u.id for u in gold.units] == ["A-1", "B-1", "C-1"]
    assert gold.records == 3 and gold.skipped == {"no text (DOCUMENT)": 1}
    b, c = gold.units[1].events[0], gold.units[2].events[0]
    assert (b.event_type, b.original_type) == ("REQUEST", "DEMAND")
    assert c.event_type == "ASSAULT" and c.source[0].sector == "MIL"
    assert gold_keys(gold.units[0], "type_country") == {("AGREE", "HUN", None), ("AGREE", "ROU", None)}
    assert gold_keys(gold.units[0], "type") == {("AGREE",)}


def test_plover_scores_by_hand(small_gold: Path) -> None:
    gold = read_plover_gold(small_gold)
    system = [
        ev("A-1", "AGREE", "HUN", None, 0.9), ev("A-1", "AGREE", "ROU", None, 0.9),  # both pairs right
        ev("B-1", "ACCUSE", "USA", "IRQ", 0.5),  # wrong type
        ev("C-1", "ASSAULT", "ISR", None, 0.7),  # right type, recipient missed
        ev("C-1", "ASSAULT", "PSE", "ISR", 0.9, negated=True),  # negated: left out
    ]
    out = score_plover(gold, system)
    # type: A {AGREE}={AGREE} tp1; B {REQUEST} vs {ACCUSE} fp1 fn1; C {ASSAULT} tp1 -> tp2 fp1 fn1
    assert (out["type"]["tp"], out["type"]["fp"], out["type"]["fn"]) == (2, 1, 1)
    assert out["type"]["precision"] == out["type"]["recall"] == out["type"]["f1"] == round(2 / 3, 4)
    # type+country: A tp2; B fp1 fn1; C (ASSAULT,ISR,None) fp1, (ASSAULT,ISR,PSE) fn1 -> tp2 fp2 fn2
    tc = out["type_country"]
    assert (tc["tp"], tc["fp"], tc["fn"]) == (2, 2, 2) and tc["f1"] == 0.5
    assert out["type"]["per_type"]["REQUEST"] == {"precision": 0.0, "recall": 0.0, "f1": 0.0, "tp": 0, "fp": 0, "fn": 1}
    assert out["type"]["per_type"]["AGREE"]["f1"] == 1.0
    assert out["system"] == {"events": 4, "negated_dropped": 1, "planned_dropped": 0, "units_with_events": 3}
    # calibration at type level: the two 0.9 events are right, 0.7 right, 0.5 wrong
    rows = {r["bin"]: r for r in out["calibration"]["type"]}
    assert (rows[">= 0.8"]["events"], rows[">= 0.8"]["precision"]) == (2, 1.0)
    assert (rows["[0.4, 0.6)"]["events"], rows["[0.4, 0.6)"]["precision"]) == (1, 0.0)
    assert rows["[0.0, 0.2)"]["precision"] is None
    # with the negated event kept: (ASSAULT, PSE, ISR) is one more false positive at type+country
    kept = score_plover(gold, system, keep_negated=True)
    assert kept["type_country"]["fp"] == 3 and kept["type"]["fp"] == 1


def test_plover_planned_cooperation_is_scored_as_its_announcement(small_gold: Path) -> None:
    """"Will visit" is an AGREE in PLOVER (and in the German guideline): the visit itself, flagged future, is no event
    of the gold's; a planned attack is (German guideline: the act, flagged future), so it still counts."""
    gold = read_plover_gold(small_gold)
    announced = [ev("A-1", "AGREE", "HUN", None), ev("A-1", "AGREE", "ROU", None)]
    planned = [ev("A-1", "CONSULT", "HUN", "ROU", future=True), ev("A-1", "AID", "HUN", "ROU", future=True)]
    out = score_plover(gold, announced + planned)
    assert (out["type"]["tp"], out["type"]["fp"]) == (1, 0) and out["type_country"]["fp"] == 0
    assert out["system"]["planned_dropped"] == 2 and out["system"]["events"] == 2
    # the same acts done (not future) are false positives; a planned assault is one too
    done = score_plover(gold, announced + [ev("A-1", "CONSULT", "HUN", "ROU"), ev("A-1", "ASSAULT", "HUN", "ROU", future=True)])
    assert done["type"]["fp"] == 2 and done["system"]["planned_dropped"] == 0
    # keep_negated keeps everything
    assert score_plover(gold, announced + planned, keep_negated=True)["type"]["fp"] == 2


def test_plover_country_codes() -> None:
    assert country_of_code("JAP") == "JPN" and country_of_code("RUSGOV") == "RUS"
    assert country_of_code("IGOUNO") == "IGO" and country_of_code("---LEG") is None and country_of_code("") is None


def test_plover_scorer_rejects_events_of_unknown_units(small_gold: Path) -> None:
    with pytest.raises(InputError, match="unknown gold units"):
        score_plover(read_plover_gold(small_gold), [ev("Z-9", "AGREE", None, None)])


def test_plover_real_dev_file(shared_dir: Path) -> None:
    gold = read_plover_gold(shared_dir / GOLD)
    assert gold.records == 163 and len(gold.units) == 162  # two records share one sentence
    assert gold.skipped == {"no text (DOCUMENT)": 1}
    types = gold.types()
    assert len(types) == 16
    assert types["ACCUSE"] == 14 and types["ASSAULT"] == 17 and types["REQUEST"] == 17 and types["AGREE"] == 20
    assert not {"DEMAND", "DISAPPROVE", "INVESTIGATE", "FIGHT"} & set(types)


def test_plover_reader_no_event_and_skipped_sentences(tmp_path: Path) -> None:
    path = tmp_path / "de.json"
    path.write_text(json.dumps([
        {"id": "S1-1", "sentence_id": "S1", "text": "Russland kritisierte die Ukraine.", "language": "de", "date": None,
         "event": "ACCUSE", "source": [{"actorText": "Russland", "code": "RUS"}],
         "target": [{"actorText": "Ukraine", "code": "UKR"}]},
        {"id": "S2", "text": "Das Wetter war schön.", "language": "de", "date": None, "event": None},
        {"id": "S3", "text": "vom 7.", "language": "de", "event": None, "skip": True},
    ]), encoding="utf-8")
    gold = read_plover_gold(path)
    assert [(u.id, len(u.events), u.language, u.date) for u in gold.units] == [("S1", 1, "de", None), ("S2", 0, "de", None)]
    assert gold.records == 1 and gold.skipped == {"marked skip": 1}
    # an event coded on the no-event sentence is a false positive
    wrong = SystemEvent("S2", "ACCUSE", "111", SystemActor("RUS", "RUS"), None, 0.7)
    right = SystemEvent("S1", "ACCUSE", "111", SystemActor("RUS", "RUS"), SystemActor("UKR", "UKR"), 0.9)
    scores = score_plover(gold, [wrong, right])
    assert (scores["type"]["tp"], scores["type"]["fp"], scores["type"]["fn"]) == (1, 1, 0)


def test_german_gold_set_is_readable() -> None:
    gold = read_plover_gold(Path(__file__).resolve().parents[2] / "benchmarks" / "gold" / "gnad_de.gold.json")
    assert len(gold.units) >= 150 and {u.language for u in gold.units} == {"de"}
    assert gold.records >= 100 and sum(1 for u in gold.units if not u.events) > 50


@pytest.mark.parametrize("content, message", [
    ('[{"id": 1, "event": "AGREE"', "not valid JSON"),
    ('{"event": "AGREE"}', "expected a JSON list"),
    ('[{"id": "x", "text": "no event field"}]', "not a PLOVER record"),
    ('[{"id": "x", "event": "AGREE", "text": "t", "source": "USA"}]', "must be a list of actors"),
    ('[{"id": "x", "event": "DOCUMENT"}]', "no PLOVER records with text"),
])
def test_plover_malformed_files(tmp_path: Path, content: str, message: str) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text(content, encoding="utf-8")
    with pytest.raises(InputError, match=message):
        read_plover_gold(bad)


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "newsgraph", *args], capture_output=True, text=True, timeout=600)


def test_cli_eval_plover_prints_json(small_gold: Path) -> None:
    proc = run("eval", "plover", str(small_gold))
    assert proc.returncode == 0, proc.stderr
    out = json.loads(proc.stdout)
    assert out["gold"]["units"] == 3 and out["gold"]["types"] == {"AGREE": 1, "ASSAULT": 1, "REQUEST": 1}
    assert out["type"]["tp"] + out["type"]["fn"] == 3
    assert out["type_country"]["tp"] + out["type_country"]["fn"] == 4
    assert set(out["calibration"]) == {"type", "type_country"}


@pytest.mark.parametrize("content, message", [(None, "no such file"), ("[{", "not valid JSON")])
def test_cli_eval_plover_errors_are_one_line(tmp_path: Path, content: str | None, message: str) -> None:
    path = tmp_path / "gold.json"
    if content is not None:
        path.write_text(content, encoding="utf-8")
    proc = run("eval", "plover", str(path))
    lines = [line for line in proc.stderr.splitlines() if line.strip()]
    assert proc.returncode == 2 and len(lines) == 1 and message in lines[0], proc.stderr
