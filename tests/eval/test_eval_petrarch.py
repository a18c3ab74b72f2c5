"""PETRARCH-2 validation reader and scorer: hand-made events, the real file, failures, the CLI on given parses."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from newsgraph.errors import InputError
from newsgraph.eval.petrarch import read_petrarch_gold, repair, score_petrarch
from newsgraph.eval.scoring import SystemActor, SystemEvent

GOLD = "data/gold/petrarch2-GSR-validation.en.xml"
PARSE = "1\tRussia\tRussia\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n2\tattacked\tattack\tVERB\tVBD\t_\t0\troot\t_\t_\n" \
        "3\tGeorgia\tGeorgia\tPROPN\tNNP\t_\t2\tdobj\t_\tSpaceAfter=No\n4\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n"

SMALL = f"""<?xml version='1.0' encoding='utf-8'?>
<Validation>
# a header comment line as in the published file, with <EventCoding...> in it
<Sentences>
<Sentence category="TEST" date="20080808" id="s1" evaluate="true"/>
<EventCoding eventcode="190" sourcecode="RUSMIL" targetcode="GEO" />
<EventCoding eventcode="112" sourcecode="GEOGOV" targetcode="RUS" />
<Text>
Russia attacked Georgia.
</Text>
<Parse>
{PARSE}</Parse>
</Sentence>
<Sentence category="TEST" date="20080808" id="s2" evaluate="true">
<EventCoding eventcode="042" sourcecode="USAGOV" targetcode="---" />
<Text>
</Text>
<Parse>
{PARSE}</Parse>
<!---
<Parse>
1\tignored\tignored\tX\tX\t_\t0\troot\t_\t_
</Parse>-->
</Sentence>
<Sentence category="TEST" date="20080808" id="s3" evaluate="true"/>
<EventCoding noevents="True" />
<Text>
Nothing happened.
</Text>
<Parse>
{PARSE}</Parse>
</Sentence>
</Sentences>
</Validation>
"""


@pytest.fixture()
def small(tmp_path: Path) -> Path:
    path = tmp_path / "small.xml"
    path.write_text(SMALL, encoding="utf-8")
    return path


def ev(unit: str, cameo: str, actor: str | None, recipient: str | None, negated: bool = False) -> SystemEvent:
    a = SystemActor(actor, actor[:3]) if actor else None
    r = SystemActor(recipient, recipient[:3]) if recipient else None
    return SystemEvent(unit, "X", cameo, a, r, 0.7, negated)


def test_petrarch_reader_repairs_the_known_quirks(small: Path) -> None:
    gold = read_petrarch_gold(small)
    assert [s.id for s in gold] == ["s1", "s2", "s3"]
    assert [len(s.events) for s in gold] == [2, 1, 0] and gold[2].no_event
    assert gold[0].events[0].source == "RUSMIL" and gold[1].events[0].target == "---"
    assert gold[1].text == "Russia attacked Georgia."  # empty <Text>: taken from the parse
    assert "ignored" not in gold[1].parse  # the commented-out parse is not used
    assert gold[0].date is not None and gold[0].date.isoformat() == "2008-08-08"
    assert "<Sentence category" in repair('<Sentence category="X" id="a"/>') and "/>" not in repair('<Sentence id="a"/>')


def test_petrarch_scores_by_hand(small: Path) -> None:
    gold = read_petrarch_gold(small)
    system = [
        ev("s1", "190", "RUSMIL", "GEO"),  # exact
        ev("s1", "111", "GEOGOV", "RUS"),  # root 11 + countries right, code wrong
        ev("s2", "043", "USAGOV", None),  # root 04 right, code wrong; no recipient = "---"
        ev("s3", "190", "RUS", "GEO"),  # a false event on the no-event sentence
        ev("s3", "120", None, "GEO", negated=True),  # negated: left out
    ]
    out = score_petrarch(gold, system)
    # exact: gold {190 RUSMIL GEO, 112 GEOGOV RUS, 042 USAGOV ---}; tp1 fp3 fn2
    assert (out["exact"]["tp"], out["exact"]["fp"], out["exact"]["fn"]) == (1, 3, 2)
    assert out["exact"]["f1"] == round(2 * 0.25 * (1 / 3) / (0.25 + 1 / 3), 4)
    # root+country: s1 both, s2 (04, USA, None) right, s3 fp -> tp3 fp1 fn0
    rc = out["root_country"]
    assert (rc["tp"], rc["fp"], rc["fn"]) == (3, 1, 0) and rc["precision"] == 0.75 and rc["recall"] == 1.0
    assert (out["root"]["tp"], out["root"]["fp"], out["root"]["fn"]) == (3, 1, 0)
    assert out["root"]["per_root"]["19"] == {"precision": 0.5, "recall": 1.0, "f1": round(2 / 3, 4), "tp": 1, "fp": 1, "fn": 0}
    assert out["no_event"] == {"sentences": 1, "sentences_with_events": 1, "events": 1, "ids": ["s3"]}
    assert out["system"]["negated_dropped"] == 1
    known = score_petrarch(gold, [ev("s1", "190", None, "GEO"), ev("s1", "190", "RUSMIL", "GEO")])
    assert known["root_country"]["fp"] == 1 and known["root_country_known_actor"]["fp"] == 0


def test_petrarch_real_validation_file(shared_dir: Path) -> None:
    gold = read_petrarch_gold(shared_dir / GOLD)
    assert len(gold) == 78
    assert sum(s.no_event for s in gold) == 12
    assert sum(len(s.events) for s in gold) == 80
    by_id = {s.id: s for s in gold}
    assert by_id["abc12_3"].text.startswith("Boko Haram has launched")
    assert by_id["VERB_5"].parse.count("\n") == 14 and "\tUSA\t" in by_id["VERB_5"].parse
    assert by_id["AFP0808020675_1"].events[0].cameo == "031"


@pytest.mark.parametrize("content, message", [
    ("<Validation><Sentences><Sentence id='x'></Sentences>", "not valid XML"),
    ("<Validation><Sentences></Sentences></Validation>", "no <Sentence>"),
    ("<Validation><Sentence id='x'><EventCoding eventcode='19x' sourcecode='A' targetcode='B'/><Text>t</Text>"
     "<Parse>1\tt\tt\tX\tX\t_\t0\troot\t_\t_</Parse></Sentence></Validation>", "not a CAMEO code"),
    ("<Validation><Sentence id='x'><EventCoding noevents='True'/><Text>t</Text></Sentence></Validation>", "no <Parse>"),
])
def test_petrarch_malformed_files(tmp_path: Path, content: str, message: str) -> None:
    bad = tmp_path / "bad.xml"
    bad.write_text(content, encoding="utf-8")
    with pytest.raises(InputError, match=message):
        read_petrarch_gold(bad)


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "newsgraph", *args], capture_output=True, text=True, timeout=600)


def test_cli_eval_petrarch_on_the_files_parses(small: Path) -> None:
    proc = run("eval", "petrarch", str(small), "--use-parse")
    assert proc.returncode == 0, proc.stderr
    out = json.loads(proc.stdout)
    assert out["gold"] == {"sentences": 3, "events": 3, "sentences_with_events": 2}
    assert set(out) >= {"exact", "root_country", "root_country_known_actor", "root", "no_event"}
    # "Russia attacked Georgia." from its own parse: the English lexicon codes attack as ASSAULT (19)
    assert out["root"]["tp"] >= 1 and out["system"]["parses"] == "gold file (--use-parse)"


@pytest.mark.parametrize("content, message", [(None, "no such file"), ("<Validation><x></Validation>", "not valid XML")])
def test_cli_eval_petrarch_errors_are_one_line(tmp_path: Path, content: str | None, message: str) -> None:
    path = tmp_path / "gold.xml"
    if content is not None:
        path.write_text(content, encoding="utf-8")
    proc = run("eval", "petrarch", str(path), "--use-parse")
    lines = [line for line in proc.stderr.splitlines() if line.strip()]
    assert proc.returncode == 2 and len(lines) == 1 and message in lines[0], proc.stderr
