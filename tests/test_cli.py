"""The command line, run as a real process against a real DuckDB file."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "newsgraph", *args], capture_output=True, text=True, cwd=cwd, timeout=600)


def one_line_error(proc: subprocess.CompletedProcess[str], needle: str) -> None:
    assert proc.returncode != 0
    lines = [line for line in proc.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, proc.stderr
    assert lines[0].startswith("newsgraph: error:") and needle in lines[0], lines[0]
    assert "Traceback" not in proc.stderr


def test_cli_missing_file(tmp_path: Path) -> None:
    one_line_error(run("code", str(tmp_path / "missing.txt")), "no such file")


def test_cli_bad_date_option(seed_path: Path) -> None:
    one_line_error(run("code", str(seed_path), "--date", "19.06.2024"), "--date must be a date")


def test_cli_bad_jsonl(tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"text": "ok"}\n{broken\n', encoding="utf-8")
    one_line_error(run("code", str(bad), "--lang", "de"), "bad.jsonl:2: not valid JSON")


def test_cli_events_without_database(tmp_path: Path) -> None:
    one_line_error(run("events", "--db", str(tmp_path / "none.duckdb")), "no database")


def test_cli_events_unknown_type(tmp_path: Path) -> None:
    one_line_error(run("events", "--db", str(tmp_path / "none.duckdb"), "--type", "HUG"), "unknown event type")


def test_cli_ingest_twice_then_query(tmp_path: Path, seed_path: Path) -> None:
    db = tmp_path / "seed.duckdb"
    first = run("ingest", str(seed_path), "--db", str(db))
    assert first.returncode == 0, first.stderr
    counts = json.loads(first.stdout)
    assert counts["articles_new"] == 1 and counts["events"] > 5
    second = run("ingest", str(seed_path), "--db", str(db))
    again = json.loads(second.stdout)
    assert again["articles_new"] == 0 and again["articles_skipped"] == 1 and again["events"] == 0
    assert again["db_totals"] == counts["db_totals"]
    con = duckdb.connect(str(db), read_only=True)
    assert con.execute("select count(*) from articles").fetchone()[0] == 1
    con.close()
    out = run("events", "--db", str(db), "--actor", "RUS", "--type", "REJECT")
    rows = [json.loads(line) for line in out.stdout.splitlines()]
    assert rows and all(r["event_type"] == "REJECT" and any(a["country"] == "RUS" for a in r["actor"]) for r in rows)
    as_csv = run("events", "--db", str(db), "--format", "csv")
    assert as_csv.stdout.splitlines()[0].startswith("id,doc_id,sentence_index,date,event_type")


def test_cli_failed_ingest_keeps_database(tmp_path: Path, seed_path: Path) -> None:
    db = tmp_path / "seed.duckdb"
    assert run("ingest", str(seed_path), "--db", str(db)).returncode == 0
    bad = tmp_path / "bad.csv"
    bad.write_text("a,b\n1,2\n", encoding="utf-8")
    one_line_error(run("ingest", str(bad), "--db", str(db)), "'text' column")
    con = duckdb.connect(str(db), read_only=True)
    assert con.execute("select count(*) from articles").fetchone()[0] == 1
    con.close()


@pytest.mark.parametrize("fmt", ["jsonl", "json", "csv"])
def test_cli_code_formats(tmp_path: Path, seed_path: Path, fmt: str) -> None:
    out = tmp_path / f"events.{fmt}"
    proc = run("code", str(seed_path), "--format", fmt, "--out", str(out))
    assert proc.returncode == 0, proc.stderr
    text = out.read_text(encoding="utf-8")
    if fmt == "jsonl":
        recs = [json.loads(line) for line in text.splitlines()]
    elif fmt == "json":
        recs = json.loads(text)
    else:
        recs = text.splitlines()[1:]
    assert len(recs) > 5


def test_cli_quotes(seed_path: Path) -> None:
    proc = run("quotes", str(seed_path))
    assert proc.returncode == 0, proc.stderr
    recs = [json.loads(line) for line in proc.stdout.splitlines()]
    assert {"speaker", "text", "kind", "doc_id", "sentence_index"} <= set(recs[0])


def test_cli_actors_resolve_dated_role() -> None:
    proc = run("actors", "resolve", "Wladimir Putin", "--lang", "de", "--date", "2024-06-19")
    assert proc.returncode == 0, proc.stderr
    rec = json.loads(proc.stdout)
    assert rec["code"] == "RUSGOV" and rec["country"] == "RUS" and rec["name"] == "Vladimir Putin"
    old = json.loads(run("actors", "resolve", "Medwedew", "--date", "2009-05-01").stdout)
    assert old["code"] == "RUSGOV" and old["valid_to"] == "2012-05-07"


def test_cli_actors_unknown_and_check() -> None:
    one_line_error(run("actors", "resolve", "Foo Barbaz"), "unknown actor: Foo Barbaz")
    assert run("actors", "resolve", "Foo Barbaz").returncode == 1
    check = run("actors", "check")
    assert check.returncode == 0 and json.loads(check.stdout.splitlines()[-1])["problems"] == 0
    listed = [json.loads(line) for line in run("actors", "list", "--country", "PRK").stdout.splitlines()]
    assert listed[0] == {"id": "PRK", "kind": "country", "name": "North Korea", "country": "PRK", "code": "PRK"}
    assert all(r["country"] == "PRK" for r in listed)


def test_cli_relations_of_the_seed(seed_path: Path) -> None:
    proc = run("relations", str(seed_path))
    assert proc.returncode == 0, proc.stderr
    pairs = {(tuple(r["parties"]), r["type"], r["status"]) for r in map(json.loads, proc.stdout.splitlines())}
    assert {(("CHN", "PRK"), "defense_pact", "active"), (("KOR", "USA"), "alliance", "active"),
            (("JPN", "USA"), "alliance", "active"), (("PRK", "SUN"), "defense_pact", "ended"),
            (("PRK", "RUS"), "defense_pact", "active")} <= pairs


def test_cli_places_resolve() -> None:
    proc = run("places", "resolve", "Pjöngjang", "--lang", "de")
    assert proc.returncode == 0, proc.stderr
    place = json.loads(proc.stdout)
    assert (place["name"], place["country"], place["precision"], place["geonames_id"]) == ("Pyongyang", "PRK", "city", 1871859)
    unknown = run("places", "resolve", "Xyzzyville")
    assert unknown.returncode == 1 and unknown.stderr.strip() == "newsgraph: error: unknown place: Xyzzyville"


_PARSE = ("1\tObama\tObama\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n2\tattacked\tattack\tVERB\tVBD\t_\t0\troot\t_\t_\n"
          "3\tIran\tIran\tPROPN\tNNP\t_\t2\tobj\t_\t_\n4\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n")


def test_cli_code_from_a_given_parse(tmp_path: Path) -> None:
    parse = tmp_path / "one.conllu"
    parse.write_text(_PARSE, encoding="utf-8")
    proc = run("code", "--conllu", str(parse), "--lang", "en", "--date", "2015-03-01")
    assert proc.returncode == 0, proc.stderr
    [event] = [json.loads(line) for line in proc.stdout.splitlines()]
    assert (event["event_type"], event["actor"][0]["country"], event["recipient"][0]["country"]) == ("ASSAULT", "USA", "IRN")
    assert event["sentence"] == "Obama attacked Iran ." and event["date"] == "2015-03-01"


def test_cli_code_input_errors(tmp_path: Path) -> None:
    one_line_error(run("code"), "no input")
    one_line_error(run("code", "--conllu", str(tmp_path / "missing.conllu")), "no such file")
    bad = tmp_path / "bad.conllu"
    bad.write_text("1\tonly\tthree\n\n", encoding="utf-8")
    one_line_error(run("code", "--conllu", str(bad), "--lang", "en"), "bad.conllu")
    both = tmp_path / "a.txt"
    both.write_text("Text.", encoding="utf-8")
    one_line_error(run("code", str(both), "--conllu", str(bad)), "not both")
