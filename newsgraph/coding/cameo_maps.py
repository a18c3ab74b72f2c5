"""How CAMEO codes one action in another light: intended, asked for, or refused (keys are the CAMEO root, two
digits, of the action; values are codes of the CAMEO-PLOVER table); and as who does it makes it (``by_whom``:
coercion by civilians is obstruction; ``is_private_travel``: private travellers pay no visit).
"""

from __future__ import annotations

from types import MappingProxyType

# CAMEO root of the intended action -> the "express intent" (or threat) code
INTENT_CODES = MappingProxyType({"04": "036", "05": "030", "06": "031", "07": "033", "08": "035",
                                 "17": "130", "18": "138", "19": "138", "20": "138"})
# CAMEO root of the action asked for -> the appeal code ("urged Y to withdraw" → 025 appeal to yield) and the
# demand code ("demanded that Y withdraw" → 105); both are a PLOVER REQUEST (the 02x rows: ontology_build.py)
APPEAL_CODES = MappingProxyType({"03": "021", "04": "026", "05": "021", "06": "021", "07": "023", "08": "025"})
APPEAL_DEFAULT = "020"
DEMAND_CODES = MappingProxyType({"03": "101", "04": "106", "05": "101", "06": "101", "07": "103", "08": "105"})
DEMAND_DEFAULT = "100"
# CAMEO root of a cooperative action that an actor declares it will not take -> the rejection code
# ("Obama said he would not provide support to Israel" → 121 reject material cooperation)
REFUSAL_CODES = MappingProxyType({"03": "120", "04": "125", "05": "120", "06": "121", "07": "121", "08": "124"})

# CAMEO root of a threatened action -> the threat code ("threatened to deliver devastating blows" → 138)
THREAT_CODES = MappingProxyType({"16": "131", "17": "137", "18": "138", "19": "138", "20": "138", "12": "130",
                                 "15": "138", "14": "133"})
THREAT_DEFAULT = "130"

# Coercion is what authorities and armed groups do; the same act by civilians, workers, farmers or the
# opposition ("paper workers blocked the bridge", "farmers would blockade Paris") is a protest: CAMEO 144
# "obstruct passage, block" (PLOVER PROTEST, mode obstruct). The other way round, an obstruction by the state
# ("the army blocked the entrance to the town") is coercion (170).
CIVILIAN_SECTORS = frozenset({"CVL", "PPL", "LAB", "AGR", "EDU", "REL", "OPP", "NGO", "BUS", "MED", "REF", "HLH"})
STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "SPY", "LEG"})
COERCION_ROOT = "17"
CIVIL_OBSTRUCTION = "144"
OBSTRUCTION_CODES = frozenset({"144", "1441", "1442", "1443", "1444"})
STATE_COERCION = "170"


def by_whom(cameo: str, sectors: list[str | None]) -> str:
    """``cameo`` as the kind of actor doing it makes it: coercion by civilians is obstruction, obstruction by the
    state is coercion; ``sectors`` are the actors' sectors (none: unchanged)."""
    if not sectors:
        return cameo
    if cameo[:2] == COERCION_ROOT and all(s in CIVILIAN_SECTORS for s in sectors):
        return CIVIL_OBSTRUCTION
    if cameo in OBSTRUCTION_CODES and all(s in STATE_SECTORS for s in sectors):
        return STATE_COERCION
    return cameo


# A visit is a political act of an official or an organised actor; people, migrants and refugees of no named
# country who travel ("2.400 Menschen reisten über Freilassing ein", "Migranten reisen über Serbien weiter") make
# none ("4,000 Russian citizens traveled to Syria" stays: a country's people on the move).
VISIT = "042"
PRIVATE_TRAVELLERS = frozenset({"CVL", "PPL", "REF"})


def is_private_travel(cameo: str, actors: list[tuple[str | None, str | None]]) -> bool:
    """``cameo`` is a visit and every actor (``(country, sector)`` pairs, at least one) is a private person, migrant
    or refugee of no named country."""
    return cameo == VISIT and bool(actors) and all(c is None and s in PRIVATE_TRAVELLERS for c, s in actors)
