"""Standing relations: the seed's five (and its war), constructed German sentences, the lexicon's validation."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from newsgraph.coding.relations import RelationLexicon, validate
from newsgraph.errors import ModelError
from newsgraph.model import Article
from newsgraph.read.formats import read_articles


@pytest.fixture(scope="module")
def seed_relations(session_graph, seed_path: Path) -> list[dict]:
    [article] = list(read_articles([seed_path]))
    return [r.to_dict() for r in session_graph.process(article).relations]


def _of(relations: list[dict], *parties: str) -> list[dict]:
    return [r for r in relations if r["parties"] == sorted(parties)]


def _code(session_graph, text: str) -> list[dict]:
    article = Article(id="t", text=text, date=dt.date(2024, 6, 19), date_precision="day", lang="de")
    return [r.to_dict() for r in session_graph.process(article).relations]


def test_seed_china_north_korea_defensive_alliance(seed_relations) -> None:
    [r] = _of(seed_relations, "CHN", "PRK")
    assert (r["type"], r["status"], r["since"], r["modality"]) == ("defense_pact", "active", None, [])
    assert "Defensivbündnis" in r["evidence"]["text"]


def test_seed_us_alliances_with_south_korea_and_japan(seed_relations) -> None:
    for partner in ("KOR", "JPN"):
        [r] = _of(seed_relations, "USA", partner)
        assert (r["type"], r["status"]) == ("alliance", "active")
        assert r["trigger"] == "verbündet"


def test_seed_1961_treaty_with_the_soviet_union_is_historical(seed_relations) -> None:
    # "Die beiden Staaten unterzeichneten 1961 ein Bündnis, das auch gegenseitige Verteidigung einschloss."
    [r] = _of(seed_relations, "PRK", "SUN")
    assert r["since"] == "1961" and "historical" in r["modality"]
    assert r["status"] == "ended"  # the Soviet Union no longer exists
    assert r["type"] == "defense_pact"  # "gegenseitige Verteidigung"


def test_seed_new_russia_north_korea_pact(seed_relations) -> None:
    [r] = _of(seed_relations, "PRK", "RUS")
    assert (r["type"], r["status"], r["since"]) == ("defense_pact", "active", "2024-06")
    assert r["attribution"]["speaker"]["name"] == "Vladimir Putin"
    assert "historical" not in r["modality"]


def test_seed_war_against_ukraine(seed_relations) -> None:
    [r] = _of(seed_relations, "RUS", "UKR")
    assert (r["type"], r["status"]) == ("war", "active")


def test_seed_nothing_from_the_hypothetical_alliance(seed_relations) -> None:
    assert not [r for r in seed_relations if "könnte" in r["sentence"]]
    assert len(seed_relations) == 6


def test_negated_relation_is_not_stated(session_graph) -> None:
    assert _code(session_graph, "China und Russland unterhalten kein Bündnis.") == []


def test_planned_relation(session_graph) -> None:
    [r] = _code(session_graph, "Japan und die Philippinen wollen im Juli ein Verteidigungsabkommen unterzeichnen.")
    assert (r["parties"], r["type"], r["status"]) == (["JPN", "PHL"], "defense_pact", "planned")


def test_between_phrase_and_signed_partnership(session_graph) -> None:
    [r] = _code(session_graph, "Frankreich hat mit Indien eine strategische Partnerschaft vereinbart.")
    assert (r["parties"], r["type"], r["status"], r["since"]) == (["FRA", "IND"], "partnership", "active", "2024-06-19")


def test_ally_noun_in_apposition(session_graph) -> None:
    relations = _code(session_graph, "Lukaschenko besuchte Belarus, Russlands wichtigsten Verbündeten in Osteuropa.")
    assert [(r["parties"], r["type"]) for r in relations] == [(["BLR", "RUS"], "alliance")]


def test_packaged_lexicons_validate() -> None:
    for lang in ("de", "en"):
        lexicon = RelationLexicon.load(lang)
        assert lexicon.nouns["krieg" if lang == "de" else "war"] == "war"


def test_validation_names_each_problem() -> None:
    problems = validate({"language": "de", "nouns": {"bündnis": "friendship"}, "colour": []})
    text = "; ".join(problems)
    assert "unknown type 'friendship'" in text and "unknown keys: colour" in text and "'ally_nouns' must be a list" in text


def test_broken_lexicon_file_is_one_line_error(tmp_path: Path) -> None:
    path = tmp_path / "relations.de.yaml"
    path.write_text("nouns: [unclosed", encoding="utf-8")
    with pytest.raises(ModelError, match="not valid YAML") as err:
        RelationLexicon.load("de", path)
    assert "\n" not in str(err.value)
