"""The packaged gazetteer: exonyms, priorities, regions, the hand-written file's validation."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from newsgraph.errors import ModelError
from newsgraph.places import Gazetteer, normalize
from newsgraph.places.gazetteer import DATA


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return Gazetteer.load()


@pytest.mark.parametrize("name, expected, country, precision", [
    ("Pjöngjang", "Pyongyang", "PRK", "city"),
    ("Pjongjang", "Pyongyang", "PRK", "city"),
    ("Moskau", "Moscow", "RUS", "city"),
    ("Peking", "Beijing", "CHN", "city"),
    ("Tokio", "Tokyo", "JPN", "city"),
    ("Kyjiw", "Kyiv", "UKR", "city"),
    ("Kiew", "Kyiv", "UKR", "city"),
    ("Genf", "Geneva", "CHE", "city"),
    ("Frankfurt", "Frankfurt am Main", "DEU", "city"),
    ("Washington", "Washington", "USA", "city"),
    ("New York", "New York City", "USA", "city"),
    ("Nordkorea", "North Korea", "PRK", "country"),
    ("North Korea", "North Korea", "PRK", "country"),
    ("Vietnam", "Vietnam", "VNM", "country"),
    ("USA", "United States", "USA", "country"),
    ("Luxemburg", "Luxembourg", "LUX", "country"),  # the country, not its capital of the same name
    ("Krim", "Crimea", "UKR", "admin1"),
    ("Gazastreifen", "Gaza Strip", "PSE", "admin1"),
])
def test_lookup_german_and_english_names(gazetteer: Gazetteer, name, expected, country, precision) -> None:
    place = gazetteer.best(name)
    assert place is not None, name
    assert (place.name, place.country, place.precision) == (expected, country, precision)


def test_city_carries_coordinates_admin1_and_geonames_id(gazetteer: Gazetteer) -> None:
    place = gazetteer.best("Aleppo")
    assert place.geonames_id == 170063
    assert place.admin1 == "Aleppo"
    assert abs(place.lat - 36.2) < 0.1 and abs(place.lon - 37.16) < 0.1


def test_region_point_lies_in_the_region(gazetteer: Gazetteer) -> None:
    crimea = gazetteer.best("Krim")
    assert 44.3 < crimea.lat < 46.3 and 32.4 < crimea.lon < 36.7
    assert crimea.geonames_id is None  # not invented


def test_country_centroid_and_capital(gazetteer: Gazetteer) -> None:
    prk = gazetteer.country("PRK")
    assert prk.precision == "country" and 37 < prk.lat < 43
    assert gazetteer.capital("PRK").name == "Pyongyang"
    assert gazetteer.capital("DEU").name == "Berlin"


def test_genitive_s_and_normalisation(gazetteer: Gazetteer) -> None:
    assert gazetteer.best("Moskaus").name == "Moscow"
    assert normalize("Kim-Il-Sung") == normalize("kim il sung")
    assert gazetteer.best("Xyzzyville") is None


def test_not_places_are_flagged(gazetteer: Gazetteer) -> None:
    assert gazetteer.never("Mai") and gazetteer.never("Center")
    assert not gazetteer.never("Berlin")


def _copy_data(tmp_path: Path) -> Path:
    out = tmp_path / "data"
    shutil.copytree(DATA, out)
    return out


def test_validation_rejects_unknown_country_and_division(tmp_path: Path) -> None:
    data = _copy_data(tmp_path)
    (data / "places.yaml").write_text(
        "aliases:\n  - {country: XXX, names: [Nowhere]}\nregions:\n"
        "  - {name: Atlantis, names: [Atlantis], country: GRC, admin1: Atlantis}\n", encoding="utf-8")
    with pytest.raises(ModelError) as err:
        Gazetteer.load(data)
    message = str(err.value)
    assert "unknown country 'XXX'" in message and "Atlantis" in message and "\n" not in message


def test_validation_rejects_unknown_geonames_id_and_section(tmp_path: Path) -> None:
    data = _copy_data(tmp_path)
    (data / "places.yaml").write_text("aliases:\n  - {geonames_id: 1, names: [Foo]}\ncities: []\n", encoding="utf-8")
    with pytest.raises(ModelError, match="not in the city table.*unknown sections|unknown sections.*not in the city"):
        Gazetteer.load(data)


def test_missing_table_is_a_model_error(tmp_path: Path) -> None:
    data = _copy_data(tmp_path)
    (data / "cities.tsv").unlink()
    with pytest.raises(ModelError, match="cities.tsv"):
        Gazetteer.load(data)


def test_packaged_places_file_is_valid() -> None:
    Gazetteer.load()  # raises on any problem in places.yaml


def test_first_level_divisions_by_their_own_name(gazetteer: Gazetteer) -> None:
    sc = gazetteer.best("South Carolina")  # not the Puerto Rican municipality "Carolina"
    assert (sc.name, sc.country, sc.precision) == ("South Carolina", "USA", "admin1")
    assert 32 < sc.lat < 35.5 and -83.5 < sc.lon < -78.5  # inside the state
    assert gazetteer.best("New York").precision == "city"  # a city of the same name comes first
    assert gazetteer.best("Texas").country == "USA"
