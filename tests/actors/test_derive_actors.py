"""Deriving the actor table from the PETRARCH blocks (``newsgraph.actors.derive_actors``): the country of an
organisation whose code names a region only."""

from __future__ import annotations

import datetime as dt

import pytest

from newsgraph.actors.derive_actors import ActorDeriver
from newsgraph.actors.entries import SOURCE_PETRARCH, Role

WORDS = {"palestinian": "PSE", "eritrea": "ERI", "eritrean": "ERI", "egyptian": "EGY", "syrian": "SYR"}


@pytest.fixture()
def deriver() -> ActorDeriver:
    return ActorDeriver({"PSE": "PSE", "ERI": "ERI", "EGY": "EGY", "SYR": "SYR"}, set(), {}, WORDS)


def role(code: str) -> Role:
    return Role(code, None, None, SOURCE_PETRARCH)


@pytest.mark.parametrize("code, names, expected", [
    ("MEAREB", ["Palestinian Islamic Jihad"], "PSE"),
    ("EAFREB", ["Eritrean Liberation Front", "Front for the Liberation of Eritrea"], "ERI"),
    ("MEAREB", ["Al-Saiqa"], None),  # no country in the name
    ("LAMREB", ["Latin American Patriotic Army"], None),  # a region's name, not the USA's adjective
    ("MEAREB", ["Egyptian and Syrian Front"], None),  # two countries, none leads
    ("NGOHRI", ["Palestinian Human Rights Monitor"], None),  # a kind of group, not a region: stays transnational
    ("PSEREB", ["Syrian Brigade"], None),  # a state's code says the state
])
def test_region_coded_organisation_takes_the_country_it_is_named_for(deriver, code, names, expected) -> None:
    assert deriver.named_country([role(code)], names) == expected


def test_resolved_organisation_of_a_region_code_has_its_named_country_and_sector(en, nlp_en) -> None:
    doc = nlp_en("The Palestinian Islamic Jihad movement rejected the invitation.")
    [m] = [m for m in en.find(doc, dt.date(2020, 1, 1)) if m.actor.code]
    assert (m.actor.code, m.actor.country, m.actor.sector) == ("MEAREB", "PSE", "REB")


def test_correlates_of_war_prefix_is_rewritten_to_the_iso_code(en, nlp_en) -> None:
    """Phoenix codes Unita "ANGREB" (ANG: Angola in Correlates of War); its country is AGO, no "ANG"."""
    doc = nlp_en("UNITA rebels attacked the town.")
    [m] = [m for m in en.find(doc, dt.date(2000, 1, 1)) if m.actor.code]
    assert (m.actor.code, m.actor.country) == ("AGOREB", "AGO")
