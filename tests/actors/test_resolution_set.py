"""The hand-written resolution test set (tests/data/actor_cases.tsv): ≥ 95 % correct overall and per language."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from newsgraph.actors import ActorDataError, ActorResolver
from newsgraph.actors.casebook import accuracy, describe, read_cases, run

CASES = Path(__file__).resolve().parent.parent / "data" / "actor_cases.tsv"
TARGET = 0.95


@pytest.fixture(scope="module")
def outcomes(de: ActorResolver, en: ActorResolver):
    return run(read_cases(CASES), {"de": de, "en": en})


def test_the_set_is_big_balanced_and_covers_the_categories():
    cases = read_cases(CASES)
    langs = Counter(c.lang for c in cases)
    assert len(cases) >= 300
    assert abs(langs["de"] - langs["en"]) <= 0.1 * len(cases), langs
    cats = Counter(c.category for c in cases)
    for needed in ("inflection", "title", "composition", "translit", "capital", "igo", "dated"):
        assert cats[needed] >= 10, (needed, cats)
    assert len({(c.text, c.lang, c.date) for c in cases}) == len(cases), "duplicate cases"


def test_at_least_95_percent_overall_and_per_language(outcomes):
    failures = [describe(o) for o in outcomes if not o.ok]
    print("\n".join(["resolution failures:", *failures]))
    right, total = accuracy(outcomes)["all"]
    assert right / total >= TARGET, f"{right}/{total} correct"
    for lang, (r, t) in accuracy(outcomes, "lang").items():
        assert r / t >= TARGET, f"{lang}: {r}/{t} correct"


def test_dated_roles_are_all_right(outcomes):
    wrong = [describe(o) for o in outcomes if o.case.category == "dated" and not o.ok]
    assert not wrong, wrong


def test_a_malformed_case_file_is_reported_with_its_line(tmp_path):
    bad = tmp_path / "cases.tsv"
    bad.write_text("text\tlang\tdate\texpected_code\tsource\tnote\nPutin\tde\t2024-13-01\tRUSGOV\tx\tperson\n", encoding="utf-8")
    with pytest.raises(ActorDataError, match="case 2: bad date"):
        read_cases(bad)
    bad.write_text("text\tlang\n", encoding="utf-8")
    with pytest.raises(ActorDataError, match="expected the header"):
        read_cases(bad)
