"""Country-code facts the data files rely on: ISO3 ↔ CAMEO and historical states.

CAMEO (as used by the Phoenix/PETRARCH2 dictionaries) uses the ISO 3166 alpha-3
code for current countries.  The exceptions are listed here and in
``docs/actors.md``:

* ``SUN`` (Soviet Union, ISO 3166-3 withdrawn code) is coded ``USR`` as in the
  CAMEO codebook; the Phoenix files write ``SUN`` for the union itself and
  ``USR`` as the prefix of Soviet republics (``[USRARM <900823]``), so the
  builder rewrites ``SUN…`` codes to ``USR…``.
* ``XKX`` (Kosovo, user-assigned code used by the EU and IMF) is coded ``KSV``.
* ``DDR``, ``YUG``, ``CSK`` and ``SCG`` are withdrawn ISO codes kept as they are.
* Two prefixes in the Phoenix files are Correlates of War abbreviations, not CAMEO codes: the builder rewrites
  ``ANG…`` (Angola) to ``AGO…`` and ``FRN…`` (France) to ``FRA…``.
"""

from __future__ import annotations

import pycountry

#: Historical or non-ISO states: ISO3 → (CAMEO code, English name, German name).
HISTORICAL: dict[str, tuple[str, str, str]] = {
    "SUN": ("USR", "Soviet Union", "Sowjetunion"),
    "DDR": ("DDR", "East Germany", "DDR"),
    "YUG": ("YUG", "Yugoslavia", "Jugoslawien"),
    "CSK": ("CSK", "Czechoslovakia", "Tschechoslowakei"),
    "SCG": ("SCG", "Serbia and Montenegro", "Serbien und Montenegro"),
    "XKX": ("KSV", "Kosovo", "Kosovo"),
}

#: CAMEO prefixes in the PETRARCH files that name no state: dropped by the builder.
FICTIONAL: frozenset[str] = frozenset({"KNT"})  # "Kinakuta", a TABARI test country

#: CAMEO prefixes of actors that belong to no state by their kind: international and non-governmental organisations,
#: multinational companies, transnational militant groups (a region prefix, "MEA", "WAF", names a region, not a kind).
TRANSNATIONAL: frozenset[str] = frozenset({"IGO", "NGO", "MNC", "IMG"})

#: PETRARCH country codes rewritten by the builder: the Soviet Union's, and two Correlates of War abbreviations the
#: Phoenix files use in place of the CAMEO (ISO) code (ngec-cow2iso.txt: ANG = Angola, FRN = France; "Unita" was
#: ANGREB, so its events named a country "ANG").
PETRARCH_REWRITE: dict[str, str] = {"SUN": "USR", "ANG": "AGO", "FRN": "FRA"}


def known_iso3(iso3: str) -> bool:
    """True for a current ISO 3166 alpha-3 code or a documented historical one."""
    return iso3 in HISTORICAL or pycountry.countries.get(alpha_3=iso3) is not None


def rewrite_code(code: str) -> str:
    """Apply :data:`PETRARCH_REWRITE` to the country prefix of a CAMEO code."""
    head = code[:3]
    return PETRARCH_REWRITE.get(head, head) + code[3:]
