from pathlib import Path

import pytest
import yaml

from newsgraph.coding.cues import Cues
from newsgraph.coding.lexicon import DATA_DIR, Lexicon, validate_raw
from newsgraph.coding.ontology import PLOVER_TYPES, Ontology
from newsgraph.errors import ModelError


@pytest.fixture(scope="module")
def ontology() -> Ontology:
    return Ontology.load()


def test_lexicon_shipped_german_is_valid_and_covers_all_plover_types(ontology: Ontology) -> None:
    raw = yaml.safe_load((DATA_DIR / "de.yaml").read_text(encoding="utf-8"))
    assert validate_raw(raw, ontology) == []
    lex = Lexicon.load("de", ontology=ontology)
    types = {p.event_type or ontology.get(p.cameo).event_type for p in lex.patterns}
    assert types == set(PLOVER_TYPES)


def test_lexicon_lookup_is_case_insensitive(ontology: Ontology) -> None:
    lex = Lexicon.load("de", ontology=ontology)
    # the object-restricted sense (refugees turned back: 174) comes before the bare one (rejection: 120)
    assert [p.cameo for p in lex.lookup("verb", "Zurückweisen")] == ["174", "120"]
    assert lex.lookup("verb", "Zurückweisen") == lex.lookup("verb", "zurückweisen")
    assert lex.lookup("noun", "besuch")[0].cameo == "042"
    assert lex.lookup("verb", "nonexistent") == []
    assert [(p.cameo, p.predicate) for p in lex.lookup("adj", "inakzeptabel")] == [("111", True)]


@pytest.mark.parametrize(
    "entry, problem",
    [
        ({"id": "x", "verb": "a", "cameo": "999"}, "not a CAMEO code"),
        ({"id": "x", "verb": "a", "noun": "b", "cameo": "042"}, "exactly one of"),
        ({"id": "x", "verb": "a", "cameo": "042", "actor": "boss"}, "actor must be"),
        ({"id": "x", "verb": "a", "cameo": "042", "colour": "red"}, "unknown keys"),
        ({"id": "x", "verb": "a", "cameo": "042", "governors": ["b"]}, "only applies to noun"),
        ({"id": "x", "verb": "a", "cameo": "042", "confidence": 3}, "confidence"),
        ({"id": "x", "verb": "a", "cameo": "042", "event_type": "HUG"}, "not a PLOVER type"),
        ({"id": "x", "adj": "a", "noun": "b", "cameo": "111"}, "exactly one of"),
        ({"id": "x", "noun": "a", "cameo": "111", "predicate": "yes"}, "predicate must be"),
        ({"id": "x", "verb": "a", "cameo": "042", "needs_target": "yes"}, "needs_target must be"),
        ({"id": "x", "verb": "a", "cameo": "042", "blocked_by_nouns": "Haft"}, "blocked_by_nouns must be a list"),
    ],
)
def test_lexicon_validation_names_the_problem(ontology: Ontology, entry: dict, problem: str) -> None:
    problems = validate_raw({"patterns": [entry]}, ontology)
    assert problems and problem in problems[0]


def test_lexicon_duplicate_ids_and_broken_file(tmp_path: Path, ontology: Ontology) -> None:
    dup = {"patterns": [{"id": "a", "verb": "x", "cameo": "042"}, {"id": "a", "verb": "y", "cameo": "042"}]}
    assert any("duplicate id" in p for p in validate_raw(dup, ontology))
    bad = tmp_path / "xx.yaml"
    bad.write_text("patterns: [ {id: a, verb: x, cameo: '999'} ]\n", encoding="utf-8")
    with pytest.raises(ModelError, match="not a CAMEO code"):
        Lexicon.load("xx", bad, ontology)
    broken = tmp_path / "yy.yaml"
    broken.write_text("patterns: [\n", encoding="utf-8")
    with pytest.raises(ModelError, match="not valid YAML"):
        Lexicon.load("yy", broken, ontology)
    with pytest.raises(ModelError, match="no event lexicon"):
        Lexicon.load("zz", tmp_path / "zz.yaml", ontology)


def test_lexicon_cues_load_and_reject_unknown_keys(tmp_path: Path) -> None:
    cues = Cues.load("de")
    assert "vorwerfen" in cues.allegation_verbs and "sagen" in cues.speech_verbs
    assert "sollte" not in cues.hypothetical_forms
    bad = tmp_path / "cues.xx.yaml"
    bad.write_text("language: xx\nspeech_verbs: [a]\n", encoding="utf-8")
    with pytest.raises(ModelError, match="missing or non-list"):
        Cues.load("xx", bad)


def test_ontology_table_matches_cameo2plover(ontology: Ontology, shared_dir: Path) -> None:
    from newsgraph.coding.ontology_build import appeal_rows, parse_cameo2plover, parse_goldstein

    rows = parse_cameo2plover(shared_dir / "data/ontology/CAMEO2PLOVER-2021.txt")
    appeals = appeal_rows(rows, parse_goldstein(shared_dir / "data/ontology/CAMEO.goldsteinscale.txt"))
    assert len(ontology) == len(rows) + len(appeals) and len(rows) > 250 and len(appeals) > 20
    # an appeal is a PLOVER REQUEST like its demand twin, with CAMEO's own Goldstein score
    urge, demand = ontology.get("025"), ontology.get("105")
    assert (urge.event_type, urge.mode, urge.quad_class) == (demand.event_type, demand.mode, 1) == ("REQUEST", demand.mode, 1)
    assert urge.goldstein == -0.3
    sign = ontology.get("057")
    assert (sign.event_type, sign.goldstein, sign.quad_class) == ("SUPPORT", 8.0, 1)
    assert ontology.get("190").quad_class == 4 and ontology.get("112").event_type == "ACCUSE"
    assert all(c.event_type in PLOVER_TYPES for c in ontology.codes())


def test_lexicon_shipped_english_is_valid_and_covers_all_plover_types(ontology: Ontology) -> None:
    raw = yaml.safe_load((DATA_DIR / "en.yaml").read_text(encoding="utf-8"))
    assert validate_raw(raw, ontology) == []
    lex = Lexicon.load("en", ontology=ontology)
    assert len(lex.patterns) > 1000
    types = {p.event_type or ontology.get(p.cameo).event_type for p in lex.patterns}
    assert types == set(PLOVER_TYPES)
    # bare verbs come after the patterns constrained by an object (the coder takes the first that fits),
    # and among the bare ones the hand-written pattern (en.manual.yaml) comes first
    attack = lex.lookup("verb", "attack")
    bare = [p for p in attack if not p.objects]
    assert attack[: len(attack) - len(bare)] == [p for p in attack if p.objects]
    assert [p.id for p in bare] == ["en.m.attack", "en.attack"] and {p.cameo for p in bare} == {"190"}
    assert [p.cameo for p in lex.lookup("verb", "condemn") if not p.objects][0] == "111"
    # PLOVER types "agree" as AGREE, though PETRARCH codes it 050 (diplomatic cooperation, SUPPORT)
    agree = [p for p in lex.lookup("verb", "agree") if not p.objects][0]
    assert agree.id == "en.m.agree" and ontology.get(agree.cameo).event_type == "AGREE"
    assert any("cease-fire" in p.objects and p.cameo == "0356" for p in lex.lookup("verb", "agree"))
    assert lex.lookup("verb", "set") and all(p.complement or p.objects for p in lex.lookup("verb", "set"))


def test_lexicon_english_is_what_the_builder_makes(ontology: Ontology, shared_dir: Path, tmp_path: Path) -> None:
    from newsgraph.coding.lexicon_build_en import SOURCE, build, write

    patterns, counts = build((shared_dir / SOURCE).read_text(encoding="utf-8", errors="replace"), ontology)
    out = write(patterns, counts, tmp_path / "en.yaml")
    assert out.read_text(encoding="utf-8") == (DATA_DIR / "en.yaml").read_text(encoding="utf-8")
    assert counts["dropped: CAMEO code without a PLOVER mapping"] > 0 and counts["kept: verb lines"] > 500


def test_lexicon_builder_keeps_the_particle_of_a_phrasal_verb(ontology: Ontology) -> None:
    """"- * STRIKE [087] # CALLED_OFF" in a block of "+CALL_OFF" is "call off a strike", not "call a strike"; the
    comment's inflected verb picks its verb of the block, not every verb."""
    from newsgraph.coding.lexicon_build_en import build

    text = "\n".join(["####### VERB PATTERNS #######", "---  CANCEL   [---]  ---", "+CALL_OFF [160]", "ABOLISH ",
                      "- * STRIKE                                            [087]         # CALLED_OFF", "", "",
                      "---  CALL   [041]  ---", "CALL ", "PHONE ", "- * SESSION [014] # CALL", ""])
    patterns, _counts = build(text, ontology)
    strike = [p for p in patterns if p.get("objects") == ["strike"]]
    assert [(p["verb"], p.get("complement")) for p in strike] == [("call", ["off"])]
    assert any(p["verb"] == "call" and p.get("complement") == ["off"] and "objects" not in p for p in patterns)


def test_lexicon_builder_makes_a_bare_verb_need_a_target(ontology: Ontology) -> None:
    """A block's bare verb ("GO" in GO_SOMEWHERE [040]) is an event only toward someone; a verb with an object
    pattern or a particle ("+STEP_DOWN") says what it is on its own."""
    from newsgraph.coding.lexicon_build_en import build

    text = "\n".join(["####### VERB PATTERNS #######", "---  GO_SOMEWHERE   [040]  ---", "GO ", "+STEP_DOWN [0831]",
                      "- * MEETING                                         [042]         # GO", ""])
    patterns, _counts = build(text, ontology)
    needs = {(p["verb"], tuple(p.get("complement", ())), tuple(p.get("objects", ()))): p.get("needs_target", False)
             for p in patterns}
    assert needs == {("go", (), ()): True, ("step", ("down",), ()): False, ("go", (), ("meeting",)): False}


def test_lexicon_english_cues_load() -> None:
    cues = Cues.load("en")
    assert "accuse" in cues.allegation_verbs and "say" in cues.speech_verbs and "will" in cues.future_aux


def test_manual_english_patterns_are_valid(ontology: Ontology) -> None:
    raw = yaml.safe_load((DATA_DIR / "en.manual.yaml").read_text(encoding="utf-8"))
    assert validate_raw(raw, ontology) == []
    # every PLOVER type has hand-written core patterns
    types = {p.get("event_type") or ontology.get(p["cameo"]).event_type for p in raw["patterns"]}
    assert types == set(PLOVER_TYPES)
    # YAML 1.1 reads a bare on/off as a boolean: the validation must have caught it, so none is left
    assert all(isinstance(x, str) for p in raw["patterns"] for x in p.get("recipient", []) + p.get("complement", []))
