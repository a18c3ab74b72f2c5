"""ActorDictionary: loading, merging and validation; the build script's determinism."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from newsgraph.actors import ActorDataError, ActorDictionary, Role, tsv
from newsgraph.actors.build import build
from newsgraph.actors.merge import clip_roles
from newsgraph.actors.paths import DATA_DIR


def write(folder: Path, name: str, text: str) -> None:
    (folder / "manual").mkdir(parents=True, exist_ok=True)
    (folder / "manual" / name).write_text(text, encoding="utf-8")


PEOPLE = """
- id: max-a
  name: Max Muster
  country: DEU
  names: {{any: [Max Muster]}}
  roles: [{{code: DEUGOV, from: {a_from}, to: {a_to}, source: test}}]
- id: max-b
  name: Max Muster
  country: AUT
  {ambiguous}
  names: {{any: [Max Muster]}}
  roles: [{{code: AUTGOV, from: {b_from}, source: test}}]
"""


def people(a_from="2010-01-01", a_to="2020-01-01", b_from="2015-01-01", ambiguous="") -> str:
    return PEOPLE.format(a_from=a_from, a_to=a_to, b_from=b_from, ambiguous=ambiguous)


def test_shipped_data_validates(dictionary: ActorDictionary):
    assert dictionary.validate() == []


def test_shipped_data_sizes(dictionary: ActorDictionary):
    counts = dictionary.counts()
    assert counts["countries"] >= 250
    assert counts["people"] > 10_000
    assert counts["orgs"] > 1_000
    assert counts["agents_de"] >= 60
    assert counts["agents_en"] > 1_000
    assert counts["aliases_de"] > 10_000 and counts["aliases_en"] > 10_000
    german_adjectives = sum(1 for c in dictionary.countries.values() if c.adjectives.de)
    assert german_adjectives >= 80
    for path in DATA_DIR.rglob("*"):
        if path.is_file():
            assert path.stat().st_size < 50 * 1024 * 1024


def test_historical_and_non_iso_countries(dictionary: ActorDictionary):
    sun = dictionary.countries["SUN"]
    assert (sun.cameo, sun.historical, sun.name_en) == ("USR", True, "Soviet Union")
    assert dictionary.countries["XKX"].cameo == "KSV"
    assert dictionary.country_of_code("USRGOV") == "SUN"
    assert dictionary.country_of_code("RUSGOV") == "RUS"
    assert dictionary.country_of_code("IGOUNO") is None


def test_manual_roles_cut_off_open_petrarch_roles(dictionary: ActorDictionary):
    # PETRARCH has Biden as [USAGOV >090120] (open-ended); the manual record ends his terms
    assert dictionary.role_on("joe-biden", dt.date(2026, 6, 1)).code == "USAELI"
    role = dictionary.role_on("joe-biden", dt.date(2010, 1, 1))
    assert (role.code, role.source, role.note) == ("USAGOV", "manual (public record)", "vice president")
    # PETRARCH roles before the manual record still apply
    assert dictionary.role_on("vladimir-putin", dt.date(1995, 1, 1)).code == "RUSELI"


def test_clip_roles():
    derived = (
        Role("XXXELI", dt.date(1990, 1, 1), dt.date(2000, 1, 1)),
        Role("XXXGOV", dt.date(2005, 1, 1), None),
        Role("XXXGOV", dt.date(2012, 1, 1), None),
        Role("XXXELI"),
    )
    manual = (Role("XXXGOV", dt.date(2010, 1, 1), dt.date(2011, 1, 1), source="manual (public record)"),)
    clipped = clip_roles(derived, manual)
    assert [(r.code, r.start, r.end) for r in clipped] == [
        ("XXXGOV", dt.date(2010, 1, 1), dt.date(2011, 1, 1)),
        ("XXXELI", dt.date(1990, 1, 1), dt.date(2000, 1, 1)),
        ("XXXGOV", dt.date(2005, 1, 1), dt.date(2009, 12, 31)),
        ("XXXELI", None, None),
    ]


def test_conflicting_alias_is_reported(tmp_path: Path):
    write(tmp_path, "people.yaml", people())
    problems = ActorDictionary.load(tmp_path).validate()
    assert len(problems) == 1
    assert "Max Muster" in problems[0] and "max-a" in problems[0] and "max-b" in problems[0]


def test_alias_on_different_dates_is_fine(tmp_path: Path):
    write(tmp_path, "people.yaml", people(b_from="2021-01-01"))
    assert ActorDictionary.load(tmp_path).validate() == []


def test_alias_marked_ambiguous_is_fine(tmp_path: Path):
    write(tmp_path, "people.yaml", people(ambiguous="ambiguous: true"))
    assert ActorDictionary.load(tmp_path).validate() == []


def test_bad_date_is_reported(tmp_path: Path):
    write(tmp_path, "people.yaml", people(a_from="2021-13-01", b_from="2030-01-01"))
    problems = ActorDictionary.load(tmp_path).validate()
    assert any("bad date" in p and "2021-13-01" in p for p in problems), problems


def test_role_ending_before_it_starts_is_reported(tmp_path: Path):
    write(tmp_path, "people.yaml", people(a_from="2020-01-01", a_to="2010-01-01", b_from="2030-01-01"))
    problems = ActorDictionary.load(tmp_path).validate()
    assert any("ends" in p and "before it starts" in p for p in problems), problems


def test_schema_errors_are_reported(tmp_path: Path):
    write(
        tmp_path,
        "countries.yaml",
        "XYZ:\n  de: {names: [Nirgendwo]}\nSUN:\n  cameo: USR\n  historical: true\n  de: {names: [Sowjetunion], colour: red}\n",
    )
    write(tmp_path, "organisations.yaml", "- id: thing\n  name: Thing\n  code: not-a-code\n  names: {fr: [Chose]}\n")
    problems = "\n".join(ActorDictionary.load(tmp_path).validate())
    assert "country XYZ: unknown ISO3" in problems
    assert "colour" in problems
    assert "bad code 'not-a-code'" in problems
    assert "unknown language key" in problems


def test_unknown_petrarch_link_is_reported(tmp_path: Path):
    write(tmp_path, "people.yaml", "- id: x\n  name: X Y\n  petrarch: NOBODY\n  roles: [{code: DEUGOV, source: test}]\n")
    assert any("unknown petrarch id 'NOBODY'" in p for p in ActorDictionary.load(tmp_path).validate())


def test_missing_folder_and_broken_yaml_raise(tmp_path: Path):
    with pytest.raises(ActorDataError, match="not found"):
        ActorDictionary.load(tmp_path / "nope")
    write(tmp_path, "people.yaml", "- id: [unclosed\n")
    with pytest.raises(ActorDataError, match="invalid YAML"):
        ActorDictionary.load(tmp_path)


def test_role_text_round_trip():
    for role in (Role("RUSGOV", dt.date(1999, 12, 31), dt.date(2008, 5, 7)), Role("RUSGOV", dt.date(2012, 5, 7)), Role("RUSELI")):
        assert tsv.role_from_text(tsv.role_to_text(role), "here") == role
    with pytest.raises(ActorDataError):
        tsv.role_from_text("RUSGOV 2020-02-30..", "here")


def test_build_is_deterministic_and_matches_shipped_files(shared_dir: Path, tmp_path: Path):
    first, second = tmp_path / "a", tmp_path / "b"
    report = build(shared_dir, first)
    build(shared_dir, second)
    assert report.people > 10_000 and report.agents > 1_000
    for path in sorted(first.iterdir()):
        data = path.read_bytes()
        assert data == (second / path.name).read_bytes(), path.name
        assert data == (DATA_DIR / "derived" / path.name).read_bytes(), f"{path.name} is stale: rerun the build"


def test_every_manual_role_needs_a_real_source(tmp_path: Path):
    write(tmp_path, "people.yaml", "- id: x\n  name: X Y\n  roles:\n"
          "    - {code: DEUGOV, from: 2020-01-01}\n"
          "    - {code: DEUGOV, from: 2021-01-01, source: manual (public record)}\n"
          "    - {code: DEUELI, source: petrarch2-Phoenix.Countries.actors.txt}\n")
    problems = ActorDictionary.load(tmp_path).validate()
    assert any("roles[0]: role DEUGOV needs a source" in p for p in problems), problems
    assert any("roles[1]" in p and "names no source" in p for p in problems), problems
    assert not any("roles[2]" in p for p in problems), problems


def test_shipped_manual_roles_cite_their_source(dictionary: ActorDictionary):
    manual = [r for a in dictionary.actors.values() if a.source == "manual (public record)" for r in a.roles
              if r.reference is not None or r.source == "manual (public record)"]
    assert len(manual) > 300
    dated = [r for r in manual if r.dated]
    assert all(r.reference for r in dated)
    assert all(r.reference.startswith(("wikipedia:", "petrarch2")) for r in dated), {r.reference for r in dated}
    # a PETRARCH-cited manual role keeps PETRARCH precedence
    medvedev = dictionary.actors["dmitry-medvedev"]
    assert any(r.code == "RUSELI" and r.source == "petrarch2" for r in medvedev.roles)


G20_P5 = ("ARG", "AUS", "BRA", "CAN", "CHN", "FRA", "DEU", "IND", "IDN", "ITA", "JPN", "KOR", "MEX", "RUS", "SAU", "ZAF",
          "TUR", "GBR", "USA")
CONFLICT_PARTIES = ("UKR", "ISR", "PSE", "LBN", "IRN", "SDN", "PRK", "KOR", "CHN", "TWN")
HEAD = ("president", "prime minister", "chancellor", "king", "premier", "general secretary", "supreme leader")
FOREIGN = ("foreign", "secretary of state", "external affairs")


def _roles_on(dictionary: ActorDictionary, iso3: str, day: dt.date) -> list[Role]:
    return [r for a in dictionary.actors.values() for r in a.roles if r.code.startswith(iso3) and r.covers(day)]


@pytest.mark.parametrize("day", [dt.date(2016, 1, 1), dt.date(2020, 1, 1), dt.date(2024, 6, 19)])
def test_g20_and_p5_have_dated_heads_and_foreign_ministers(dictionary: ActorDictionary, day: dt.date):
    missing = []
    for iso3 in G20_P5:
        notes = [(r.note or "").lower() for r in _roles_on(dictionary, iso3, day)]
        for what, words in (("head", HEAD), ("foreign minister", FOREIGN)):
            if not any(w in n for n in notes for w in words):
                missing.append(f"{iso3} {what}")
    assert not missing, f"{day}: {missing}"


@pytest.mark.parametrize("day", [dt.date(2016, 1, 1), dt.date(2020, 1, 1), dt.date(2024, 6, 19)])
def test_conflict_parties_and_igo_heads_have_someone_in_office(dictionary: ActorDictionary, day: dt.date):
    manual = [r for a in dictionary.actors.values() if a.source == "manual (public record)" for r in a.roles]
    for prefix in (*CONFLICT_PARTIES, "IGOUNO", "IGOWSTNAT", "IGOEUREEC"):
        assert any(r.code.startswith(prefix) and r.covers(day) for r in manual), (prefix, day)
