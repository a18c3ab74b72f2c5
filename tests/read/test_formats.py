import datetime as dt
import json
from pathlib import Path

import pytest

from newsgraph.errors import InputError
from newsgraph.read import read_articles
from newsgraph.read.formats import parse_date


def test_formats_seed_header_gives_date_source_and_german(seed_path: Path) -> None:
    [article] = list(read_articles([seed_path]))
    assert article.date == dt.date(2024, 6, 1) and article.date_precision == "month"
    assert article.source.startswith("(c) Copyright Thomson Reuters")
    assert article.lang == "de"
    assert article.text.startswith("- von Ju-min Park")
    assert "Quelle:" not in article.text


def test_formats_same_text_same_id(tmp_path: Path, seed_path: Path) -> None:
    copy = tmp_path / "copy.txt"
    copy.write_text(seed_path.read_text(encoding="utf-8"), encoding="utf-8")
    [a] = list(read_articles([seed_path]))
    [b] = list(read_articles([copy]))
    assert a.id == b.id


def test_formats_jsonl_and_csv(tmp_path: Path) -> None:
    jl = tmp_path / "a.jsonl"
    first = {"id": "x1", "text": "Russia criticised the United States on Monday.", "date": "2024-03-04"}
    second = {"text": "Die Regierung in Berlin kritisierte Moskau.", "lang": "de"}
    jl.write_text(json.dumps(first) + "\n\n" + json.dumps(second) + "\n", encoding="utf-8")
    arts = list(read_articles([jl]))
    assert [a.id for a in arts][0] == "x1"
    assert arts[0].lang == "en" and arts[0].date == dt.date(2024, 3, 4) and arts[0].date_precision == "day"
    assert arts[1].lang == "de"
    c = tmp_path / "a.csv"
    c.write_text('id;date;text\n7;2019-04-10;"Baghdad and Washington are in talks."\n', encoding="utf-8")
    [row] = list(read_articles([c], lang="en"))
    assert row.id == "7" and row.text == "Baghdad and Washington are in talks."


def test_formats_date_option_overrides(seed_path: Path) -> None:
    [a] = list(read_articles([seed_path], date=dt.date(2024, 6, 19)))
    assert a.date == dt.date(2024, 6, 19) and a.date_precision == "day"


@pytest.mark.parametrize(
    "content, suffix, message",
    [
        ('{"text": 5}\n', ".jsonl", "string 'text' field"),
        ("{not json\n", ".jsonl", "not valid JSON"),
        ("a,b\n1,2\n", ".csv", "'text' column"),
        ("   \n", ".txt", "no text"),
        ('{"text": "x", "date": "gestern"}\n', ".jsonl", "unreadable date"),
    ],
)
def test_formats_bad_input_is_one_clear_error(tmp_path: Path, content: str, suffix: str, message: str) -> None:
    path = tmp_path / f"bad{suffix}"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(InputError, match=message):
        list(read_articles([path], lang="de"))


def test_formats_missing_file_and_binary(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        list(read_articles([tmp_path / "nope.txt"], lang="de"))
    binary = tmp_path / "b.txt"
    binary.write_bytes(b"\xff\xfe\x00\x81")
    with pytest.raises(InputError, match="not UTF-8"):
        list(read_articles([binary], lang="de"))


def test_formats_parse_date_precisions() -> None:
    assert parse_date("1961") == (dt.date(1961, 1, 1), "year")
    assert parse_date("2024-06") == (dt.date(2024, 6, 1), "month")
    assert parse_date("2024-06-19T10:00:00Z") == (dt.date(2024, 6, 19), "day")
    with pytest.raises(InputError):
        parse_date("2024-13-40")
