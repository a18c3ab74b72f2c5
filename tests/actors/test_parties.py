"""German and Austrian parties: GOV while in the federal government, OPP otherwise (GUIDELINE.de.md §3)."""

from __future__ import annotations

import datetime as dt

import pytest

from newsgraph.actors import ActorDictionary, ActorResolver
from newsgraph.actors.text import norm

PARTIES = {
    "DEU": ("cdu", "csu", "cdu-csu", "spd", "fdp", "gruene-deu", "die-linke", "afd"),
    "AUT": ("spoe", "oevp", "fpoe", "gruene-aut", "neos"),
}

# Parties in the federal government on a date; every other listed party of the country is in opposition.
GOVERNMENTS = [
    ("DEU", dt.date(2007, 6, 1), {"cdu", "csu", "cdu-csu", "spd"}),
    ("DEU", dt.date(2011, 6, 1), {"cdu", "csu", "cdu-csu", "fdp"}),
    ("DEU", dt.date(2016, 1, 15), {"cdu", "csu", "cdu-csu", "spd"}),
    ("DEU", dt.date(2021, 12, 8), {"spd", "gruene-deu", "fdp"}),
    ("DEU", dt.date(2024, 11, 7), {"spd", "gruene-deu"}),
    ("DEU", dt.date(2025, 5, 6), {"cdu", "csu", "cdu-csu", "spd"}),
    ("AUT", dt.date(2016, 1, 15), {"spoe", "oevp"}),
    ("AUT", dt.date(2017, 12, 18), {"oevp", "fpoe"}),
    ("AUT", dt.date(2019, 5, 23), {"oevp"}),
    ("AUT", dt.date(2019, 9, 1), set()),  # Bierlein's expert government
    ("AUT", dt.date(2020, 1, 7), {"oevp", "gruene-aut"}),
    ("AUT", dt.date(2025, 3, 2), {"oevp", "gruene-aut"}),
    ("AUT", dt.date(2025, 3, 3), {"oevp", "spoe", "neos"}),
]


@pytest.mark.parametrize(("iso3", "day", "governing"), GOVERNMENTS)
def test_party_codes_follow_the_federal_government(dictionary: ActorDictionary, iso3: str, day: dt.date, governing: set[str]):
    got = {p: dictionary.role_on(p, day).code for p in PARTIES[iso3]}
    expected = {p: iso3 + ("GOV" if p in governing else "OPP") for p in PARTIES[iso3]}
    assert got == expected


@pytest.mark.parametrize("iso3", sorted(PARTIES))
def test_dated_party_roles_leave_no_gap_and_do_not_overlap(dictionary: ActorDictionary, iso3: str):
    for party in PARTIES[iso3]:
        dated = sorted((r for r in dictionary.actors[party].roles if r.dated), key=lambda r: r.start)
        for before, after in zip(dated, dated[1:]):
            assert after.start == before.end + dt.timedelta(days=1), (party, before, after)
        assert all(r.code in (iso3 + "GOV", iso3 + "OPP") for r in dated), party


def test_the_bare_word_greens_names_neither_party(dictionary: ActorDictionary, de: ActorResolver):
    for party in ("gruene-deu", "gruene-aut"):
        names = {norm(n) for n in dictionary.actors[party].names.all()}
        assert not names & {"grune", "grunen", "die grunen", "der grunen"}, party
    assert de.resolve_name("die Grünen", dt.date(2016, 1, 15)) is None
    assert de.resolve_name("die österreichischen Grünen", dt.date(2016, 1, 15)).code == "AUTOPP"
    assert de.resolve_name("Bündnis 90/Die Grünen", dt.date(2016, 1, 15)).code == "DEUOPP"


def test_party_names_in_running_text(de: ActorResolver, nlp_de):
    doc = nlp_de("Die FPÖ kritisierte die Regierung aus SPÖ und ÖVP, die AfD lobte sie.")
    found = {doc[m.start : m.end].text: m.actor.code for m in de.find(doc, dt.date(2016, 1, 15)) if m.actor.code}
    assert found == {"FPÖ": "AUTOPP", "SPÖ": "AUTGOV", "ÖVP": "AUTGOV", "AfD": "DEUOPP"}
