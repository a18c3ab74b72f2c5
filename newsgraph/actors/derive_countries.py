"""Derive the country table and country names from pycountry, CLDR and the shared files.

Sources, in order of trust: pycountry (ISO names), CLDR via babel (German and
English short names), ``ngec-cow2iso.txt`` (Correlates of War state names),
the country blocks of ``petrarch2-Phoenix.Countries.actors.txt`` (English
synonyms, misspellings and place names coded as the country) and
``ngec-countries.csv`` (English nationality adjectives and demonyms).
"""

from __future__ import annotations

import csv
import re
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

import babel
import pycountry

from newsgraph.actors.codes import FICTIONAL, HISTORICAL
from newsgraph.actors.petrarch import RawBlock
from newsgraph.actors.text import keep_acronyms, norm, squash, title_case

_DEMONYM = re.compile(r"(an|ans|ese|ish|i|is|ic|ch|ine|ines|ot|ots|er|ers|ard|ards|ien|iens)$", re.I)


@dataclass(frozen=True)
class CountryRow:
    iso3: str
    cameo: str
    historical: bool
    name_en: str
    name_de: str


@dataclass(frozen=True)
class NameRow:
    iso3: str
    lang: str
    field: str  # name | adjective
    text: str
    source: str


def country_rows() -> list[CountryRow]:
    """One row per current ISO country plus the documented historical states."""
    de, en = babel.Locale("de").territories, babel.Locale("en").territories
    rows = []
    for c in pycountry.countries:
        name_en = en.get(c.alpha_2) or getattr(c, "common_name", None) or c.name
        name_de = de.get(c.alpha_2) or name_en
        rows.append(CountryRow(c.alpha_3, c.alpha_3, False, name_en, name_de))
    for iso3, (cameo, name_en, name_de) in HISTORICAL.items():
        rows.append(CountryRow(iso3, cameo, iso3 != "XKX", name_en, name_de))
    return sorted(rows, key=lambda r: r.iso3)


def _iso_names(rows: list[CountryRow]) -> list[NameRow]:
    out: list[NameRow] = []
    de, en = babel.Locale("de").territories, babel.Locale("en").territories
    alpha2 = {c.alpha_3: c.alpha_2 for c in pycountry.countries}
    for r in rows:
        out.append(NameRow(r.iso3, "en", "name", r.name_en, "cldr" if r.iso3 in alpha2 else "manual"))
        out.append(NameRow(r.iso3, "de", "name", r.name_de, "cldr" if r.iso3 in alpha2 else "manual"))
        c = pycountry.countries.get(alpha_3=r.iso3)
        if c is not None:
            for attr in ("name", "common_name", "official_name"):
                value = getattr(c, attr, None)
                if value and "," not in value:
                    out.append(NameRow(r.iso3, "en", "name", value, "pycountry"))
        a2 = alpha2.get(r.iso3)
        if a2 is not None:
            for lang, table in (("de", de), ("en", en)):
                value = table.get(a2)
                if value and " - " not in value and "(" not in value:
                    out.append(NameRow(r.iso3, lang, "name", value, "cldr"))
    return out


def _cow_names(path: Path, known: set[str]) -> list[NameRow]:
    out: list[NameRow] = []
    with path.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            iso3 = (row.get("iso3") or "").strip()
            if iso3 not in known:
                continue
            for key in ("cname", "statenme"):
                value = squash(row.get(key) or "")
                if value and "(" not in value and "," not in value and "&" not in value:
                    out.append(NameRow(iso3, "en", "name", value, "cow2iso"))
    return out


def is_country_block(block: RawBlock) -> bool:
    """A PETRARCH block whose only code is a bare undated country code."""
    return len({r.code for r in block.roles}) == 1 and all(
        len(r.code) == 3 and r.start is None and r.end is None for r in block.roles
    )


def _petrarch_names(blocks: list[RawBlock], cameo_to_iso: dict[str, str], adjectives: set[str]) -> list[NameRow]:
    out: list[NameRow] = []
    for b in blocks:
        if not is_country_block(b) or b.roles[0].code in FICTIONAL:
            continue
        iso3 = cameo_to_iso.get(b.roles[0].code) or cameo_to_iso.get({"SUN": "USR"}.get(b.roles[0].code, ""))
        if iso3 is None:
            continue
        for name in b.names:
            if not name.replace(" ", "").replace(".", "").replace("-", "").replace("'", "").isalpha():
                continue
            words = name.split()
            if words and words[0] == "THE":
                words = words[1:]
            if not words:
                continue
            text = title_case(words, keep_acronyms(words)) if len(words) > 1 else _short(words[0])
            field = "adjective" if norm(text) in adjectives else "name"
            out.append(NameRow(iso3, "en", field, text, "petrarch2"))
    return out


def _short(word: str) -> str:
    """A single short PETRARCH word: acronyms (no vowel, or ≤ 3 letters) stay upper case."""
    if len(word) <= 3 or word in keep_acronyms([word]):
        return word
    return title_case([word])


def _ngec_adjectives(path: Path, names: dict[str, set[str]]) -> list[NameRow]:
    out: list[NameRow] = []
    with path.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            iso3 = (row.get("CCA3") or "").strip()
            for item in (row.get("Nationality") or "").split(","):
                text = squash(item)
                if not text or norm(text) in names.get(iso3, set()) or not _DEMONYM.search(text):
                    continue
                if "Island" in text or "[" in text or not text[0].isupper():
                    continue
                out.append(NameRow(iso3, "en", "adjective", text, "ngec"))
    return out


def derive_country_names(
    rows: list[CountryRow], blocks: list[RawBlock], cow_path: Path, ngec_path: Path
) -> list[NameRow]:
    """All derived names, de-duplicated, with cross-country collisions removed.

    A name claimed by two countries is kept only for the country whose ISO or
    CLDR name it is; otherwise it is dropped everywhere.
    """
    known = {r.iso3 for r in rows}
    cameo_to_iso = {r.cameo: r.iso3 for r in rows}
    official = _iso_names(rows)
    base_names: dict[str, set[str]] = defaultdict(set)
    for n in official:
        base_names[n.iso3].add(norm(n.text))
    ngec = _ngec_adjectives(ngec_path, base_names)
    adjectives = {norm(n.text) for n in ngec}
    candidates = official + _cow_names(cow_path, known) + ngec + _petrarch_names(blocks, cameo_to_iso, adjectives)
    owners: dict[tuple[str, str], set[str]] = defaultdict(set)
    for n in candidates:
        owners[(n.lang, norm(n.text))].add(n.iso3)
    primary = {(n.lang, norm(n.text), n.iso3) for n in official}
    seen: set[tuple[str, str, str, str]] = set()
    out: list[NameRow] = []
    for n in candidates:
        key = (n.lang, norm(n.text))
        if len(owners[key]) > 1 and (n.lang, key[1], n.iso3) not in primary:
            continue
        if len(owners[key]) > 1 and sum((n.lang, key[1], o) in primary for o in owners[key]) > 1:
            continue
        dedup = (n.iso3, n.lang, n.field, key[1])
        if dedup in seen or len(key[1]) < 2:
            continue
        seen.add(dedup)
        out.append(n)
    return sorted(out, key=lambda n: (n.iso3, n.lang, n.field != "name", n.source, n.text))
