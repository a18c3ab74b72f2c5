"""The packaged gazetteer: GeoNames cities and countries plus hand-written names and regions.

``Gazetteer.load()`` reads ``data/cities.tsv``, ``data/countries.tsv`` and ``data/admin1.tsv``
(derived by ``build.py``) and the hand-written ``data/places.yaml`` (exonyms, short names,
regions the city table does not hold). ``lookup(name)`` returns the candidate places for a
name, best first: a country before a city of the same name, then capitals, then by population.
"""

from __future__ import annotations

import csv
import unicodedata
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

import yaml

from newsgraph.errors import ModelError

DATA = Path(__file__).resolve().parent / "data"
PRECISIONS = ("city", "admin1", "country")
_RANK = {"country": 0, "admin1": 1, "city": 2}


@dataclass(frozen=True)
class Place:
    """One gazetteer entry."""

    name: str
    precision: str  # city | admin1 | country
    country: str | None  # ISO 3166 alpha-3
    admin1: str | None
    lat: float | None
    lon: float | None
    geonames_id: int | None
    population: int = 0
    capital: bool = False


def normalize(name: str) -> str:
    """Case-, accent- and hyphen-insensitive key: "Pjöngjang" == "Pjongjang", "Kim-Il-Sung" == "kim il sung"."""
    text = unicodedata.normalize("NFKD", name.replace("ß", "ss"))
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return " ".join(text.casefold().replace("-", " ").replace("’", "'").split())


class Gazetteer:
    """Name → places index over the packaged tables."""

    def __init__(self, places: list[Place], names: dict[str, list[Place]], preferred: dict[str, list[Place]],
                 countries: dict[str, Place], capitals: dict[str, Place], never: frozenset[str] = frozenset()) -> None:
        self._names = {k: _unique([*preferred.get(k, ()),
                                   *sorted(names.get(k, ()), key=lambda p, k=k: _priority(p, normalize(p.name) == k))])
                       for k in {*names, *preferred}}
        self._never = never
        self._countries = countries
        self._capitals = capitals
        self.size = len(places)

    @classmethod
    def load(cls, data_dir: Path | None = None) -> "Gazetteer":
        data = data_dir or DATA
        try:
            return cls._load(data)
        except (OSError, KeyError, ValueError, yaml.YAMLError) as exc:
            raise ModelError(f"gazetteer in {data} cannot be read: {exc}") from exc

    @classmethod
    def _load(cls, data: Path) -> "Gazetteer":
        names: dict[str, list[Place]] = defaultdict(list)
        preferred: dict[str, list[Place]] = defaultdict(list)
        admin1 = {(r["iso2"], r["code"]): r["name"] for r in _rows(data / "admin1.tsv")}
        countries: dict[str, Place] = {}
        iso2_of: dict[str, str] = {}
        capital_ids: dict[int, str] = {}
        for r in _rows(data / "countries.tsv"):
            place = Place(r["name_en"], "country", r["iso3"], None, _float(r["lat"]), _float(r["lon"]),
                          int(r["geonames_id"]))
            countries[r["iso3"]] = place
            iso2_of[r["iso3"]] = r["iso2"]
            if r["capital_id"]:
                capital_ids[int(r["capital_id"])] = r["iso3"]
            for n in {r["name_en"], r["name_de"], r["geonames_name"].strip()} - {""}:
                names[normalize(n)].append(place)
        places = list(countries.values())
        by_id: dict[int, Place] = {}
        capitals: dict[str, Place] = {}
        for r in _rows(data / "cities.tsv"):
            gid = int(r["geonames_id"])
            place = Place(r["name"], "city", r["country"], admin1.get((iso2_of.get(r["country"], ""), r["admin1_code"])),
                          float(r["lat"]), float(r["lon"]), gid, int(r["population"]), capital=gid in capital_ids)
            by_id[gid] = place
            places.append(place)
            if place.capital:
                capitals[r["country"]] = place
            for n in {r["name"], *(a for a in r["aliases"].split(" | ") if a)}:
                names[normalize(n)].append(place)
        # first-level divisions under their own (English) name, where no country or city has that name
        # ("South Carolina", "Bavaria"; "New York" stays the city): their point is that of their cities
        cities_by_country: dict[str, list[Place]] = defaultdict(list)
        for p in by_id.values():
            cities_by_country[p.country].append(p)
        country_of = {iso2: iso3 for iso3, iso2 in iso2_of.items()}
        for (iso2, _code), name in admin1.items():
            iso3 = country_of.get(iso2)
            if iso3 is None or normalize(name) in names:
                continue
            place = _region({"name": name, "country": iso3, "admin1": name}, cities_by_country[iso3])
            if place.lat is not None:
                places.append(place)
                names[normalize(name)].append(place)
        manual = yaml.safe_load((data / "places.yaml").read_text(encoding="utf-8")) or {}
        divisions = {(p.country, p.admin1) for p in by_id.values() if p.admin1}
        problems = validate_manual(manual, set(countries), set(by_id), divisions)
        if problems:
            raise ValueError("; ".join(problems))
        for entry in manual.get("aliases", []):
            target = countries[entry["country"]] if "country" in entry else by_id[entry["geonames_id"]]
            for n in entry["names"]:
                preferred[normalize(n)].append(target)
        for entry in manual.get("regions", []):
            place = _region(entry, cities_by_country[entry["country"]])
            places.append(place)
            for n in {entry["name"], *entry["names"]}:
                preferred[normalize(n)].append(place)
        never = frozenset(normalize(n) for n in manual.get("not_places", []))
        return cls(places, names, preferred, countries, capitals, never)

    def lookup(self, name: str) -> list[Place]:
        """Candidates for ``name``, best first; a German genitive "-s" is tried when the name is unknown."""
        key = normalize(name)
        found = self._names.get(key)
        if found is None and key.endswith("s") and len(key) > 4:
            found = self._names.get(key[:-1])
        return list(found or [])

    def best(self, name: str) -> Place | None:
        found = self.lookup(name)
        return found[0] if found else None

    def never(self, name: str) -> bool:
        """True for a name that ``places.yaml`` says is no place in running text ("Mai", "Center")."""
        return normalize(name) in self._never

    def country(self, iso3: str) -> Place | None:
        return self._countries.get(iso3)

    def capital(self, iso3: str) -> Place | None:
        return self._capitals.get(iso3)


def _region(entry: dict, cities: list[Place]) -> Place:
    """A region of ``places.yaml``; its point is the population-weighted mean of its cities in the table."""
    divisions = entry["admin1"] if isinstance(entry["admin1"], list) else [entry["admin1"]]
    inside = [c for c in cities if c.admin1 in divisions and c.lat is not None and c.lon is not None]
    weight = sum(c.population for c in inside)
    lat = round(sum(c.lat * c.population for c in inside) / weight, 4) if weight else None
    lon = round(sum(c.lon * c.population for c in inside) / weight, 4) if weight else None
    admin1 = divisions[0] if len(divisions) == 1 else None
    return Place(entry["name"], "admin1", entry["country"], admin1, lat, lon, entry.get("geonames_id"))


def _unique(places: list[Place]) -> list[Place]:
    seen: set[int] = set()
    return [p for p in places if not (id(p) in seen or seen.add(id(p)))]


def _priority(place: Place, main_name: bool = True) -> tuple[int, int, int, int]:
    """Countries first, then a place whose own name it is before one that merely has it as an alternate name
    ("Salisbury" is the English city, not the old name of Harare), then capitals, then population."""
    return (_RANK[place.precision], 0 if main_name else 1, 0 if place.capital else 1, -place.population)


def validate_manual(manual: dict, countries: set[str], city_ids: set[int], admin1: set[tuple[str, str]]) -> list[str]:
    """Problems in ``places.yaml``: unknown sections, countries, GeoNames ids or first-level divisions."""
    problems = []
    unknown = set(manual) - {"aliases", "regions", "not_places"}
    if not all(isinstance(n, str) for n in manual.get("not_places", [])):
        problems.append("not_places must be a list of names")
    if unknown:
        problems.append(f"unknown sections {sorted(unknown)}")
    for i, e in enumerate(manual.get("aliases", [])):
        where = f"aliases[{i}]"
        if not isinstance(e.get("names"), list) or not e["names"]:
            problems.append(f"{where}: 'names' must be a non-empty list")
        if ("country" in e) == ("geonames_id" in e):
            problems.append(f"{where}: give exactly one of 'country' or 'geonames_id'")
        elif "country" in e and e["country"] not in countries:
            problems.append(f"{where}: unknown country {e['country']!r}")
        elif "geonames_id" in e and e["geonames_id"] not in city_ids:
            problems.append(f"{where}: GeoNames id {e['geonames_id']} is not in the city table")
    for i, e in enumerate(manual.get("regions", [])):
        where = f"regions[{i}] {e.get('name')!r}"
        if not e.get("name") or not isinstance(e.get("names"), list):
            problems.append(f"{where}: needs 'name' and a list 'names'")
        if e.get("country") not in countries:
            problems.append(f"{where}: unknown country {e.get('country')!r}")
        divisions = e.get("admin1") if isinstance(e.get("admin1"), list) else [e.get("admin1")]
        missing = [d for d in divisions if (e.get("country"), d) not in admin1]
        if missing:
            problems.append(f"{where}: admin1 {missing} not in admin1.tsv for {e.get('country')}")
    return problems


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh, delimiter="\t"))


def _float(value: str) -> float | None:
    return float(value) if value else None
