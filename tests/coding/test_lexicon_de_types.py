"""The German lexicon on news sentences of every PLOVER type (shipped German pipeline, real parses).

Each case: a sentence, the PLOVER type of an event that must be coded, its actor country and its
recipient country (None: the sentence names no recipient). A few cases check the sense a pattern's
object or complement restriction picks for a polysemous verb, and that other senses stay uncoded.
"""

from __future__ import annotations

from typing import Any

import pytest

from newsgraph.coding.lexicon import Lexicon
from newsgraph.coding.ontology import PLOVER_TYPES, Ontology


def who(actors: list[dict[str, Any]]) -> str | None:
    """The first actor's country, or for an organisation without one the start of its code ("IGOEU")."""
    return (actors[0]["country"] or (actors[0]["code"] or "")[:5] or None) if actors else None


CASES = [
    # AGREE
    ("Frankreich sicherte der Ukraine weitere Militärhilfe zu.", "AGREE", "FRA", "UKR"),
    ("Die Regierung in Kiew verständigte sich mit Polen auf neue Regeln für den Getreidetransit.", "AGREE", "UKR", "POL"),
    ("Die USA haben den iranischen Außenminister zu Gesprächen eingeladen.", "AGREE", "USA", "IRN"),
    # CONSULT
    ("Die Bundesregierung kontaktierte am Montag die Regierung in Warschau.", "CONSULT", "DEU", "POL"),
    ("Der französische Außenminister konsultierte seinen britischen Amtskollegen.", "CONSULT", "FRA", "GBR"),
    # SUPPORT
    ("Der Bundestag ratifizierte den Vertrag mit Frankreich.", "SUPPORT", "DEU", "FRA"),
    ("Polen solidarisierte sich mit Litauen.", "SUPPORT", "POL", "LTU"),
    # COOPERATE
    ("Die Türkei lieferte den mutmaßlichen Attentäter an Frankreich aus.", "COOPERATE", "TUR", "FRA"),
    ("Deutschland und Frankreich bauen ihre militärische Kooperation mit Polen aus.", "COOPERATE", "DEU", "POL"),
    ("Russland beliefert China mit Gas.", "COOPERATE", "RUS", "CHN"),
    # AID
    ("Die EU stellte Jordanien 500 Millionen Euro für die Versorgung von Flüchtlingen bereit.", "AID", "IGOEU", "JOR"),
    ("Die Türkei hat Tausende syrische Flüchtlinge aufgenommen.", "AID", "TUR", "SYR"),
    ("Deutschland unterstützt die Ukraine mit Waffen.", "AID", "DEU", "UKR"),
    ("Die EU hat Griechenland Schulden erlassen.", "AID", "IGOEU", "GRC"),
    # CONCEDE
    ("Die Regierung in Moskau kam den Forderungen Kasachstans nach.", "CONCEDE", "RUS", "KAZ"),
    ("Die Regierung in Moskau verkündete eine Waffenruhe für die Ukraine.", "CONCEDE", "RUS", "UKR"),
    # RETREAT
    ("Der Iran entließ den britischen Journalisten aus der Haft.", "RETREAT", "IRN", "GBR"),
    ("Frankreich hat die Sanktionen gegen Libyen aufgehoben.", "RETREAT", "FRA", "LBY"),
    ("Die EU hat die Sanktionen gegen Belarus ausgesetzt.", "RETREAT", "IGOEU", "BLR"),
    ("Der israelische Ministerpräsident hat seinen Rücktritt erklärt.", "RETREAT", "ISR", None),
    # REQUEST
    ("Litauen mahnte bei der EU mehr Unterstützung an.", "REQUEST", "LTU", "IGOEU"),
    ("Die Ukraine hat die NATO um Hilfe gebeten.", "REQUEST", "UKR", "IGOWS"),
    # ACCUSE
    ("Die Ukraine bezichtigte Russland der Lüge.", "ACCUSE", "UKR", "RUS"),
    ("Das Auswärtige Amt in Berlin bestellte den russischen Botschafter ein.", "ACCUSE", "DEU", "RUS"),
    ("Die EU-Kommission hat ein Verfahren gegen Polen eingeleitet.", "ACCUSE", "IGOEU", "POL"),
    ("Die Regierung Polens hat beim Europäischen Gerichtshof Klage gegen die EU-Kommission eingereicht.",
     "ACCUSE", "POL", "IGOEU"),
    ("Indien hat Pakistan scharf angegriffen.", "ACCUSE", "IND", "PAK"),
    # REJECT
    ("Ungarn widersprach der EU-Kommission.", "REJECT", "HUN", "IGOEU"),
    ("Die Türkei hat Schweden die Zustimmung verweigert.", "REJECT", "TUR", "SWE"),
    # THREATEN
    ("Die EU hat Ungarn mit Sanktionen gedroht.", "THREATEN", "IGOEU", "HUN"),
    ("Die Türkei hat Griechenland mit einem Einmarsch gedroht.", "THREATEN", "TUR", "GRC"),
    ("Die Regierung in Peking hat Vergeltung gegen die USA angekündigt.", "THREATEN", "CHN", "USA"),
    ("Die Regierung in Washington hat Peking vor Konsequenzen gewarnt.", "THREATEN", "USA", "CHN"),
    # PROTEST
    ("Die Opposition in Serbien ging gegen Präsident Vučić auf die Straße.", "PROTEST", "SRB", "SRB"),
    ("Die griechischen Gewerkschaften riefen einen Generalstreik gegen die Regierung aus.", "PROTEST", "GRC", None),
    # MOBILIZE
    ("Russland hat Truppen nach Belarus verlegt.", "MOBILIZE", "RUS", "BLR"),
    ("Russland hat Zehntausende Reservisten einberufen.", "MOBILIZE", "RUS", None),
    ("Nordkorea hat eine Interkontinentalrakete getestet.", "MOBILIZE", "PRK", None),
    # SANCTION
    ("Polen wies zwei russische Diplomaten aus.", "SANCTION", "POL", "RUS"),
    ("Die USA kürzten die Militärhilfe für Ägypten.", "SANCTION", "USA", "EGY"),
    ("Russland hat die Gaslieferungen an Bulgarien eingestellt.", "SANCTION", "RUS", "BGR"),
    ("Ein Gericht in Teheran hat einen französischen Forscher wegen Spionage verurteilt.", "SANCTION", "IRN", "FRA"),
    # COERCE
    ("Ein Gericht in Moskau verurteilte den US-Journalisten zu 16 Jahren Haft.", "COERCE", "RUS", "USA"),
    ("Die Türkei hat einen deutschen Journalisten ausgewiesen.", "COERCE", "TUR", "DEU"),
    ("Griechenland hat die Grenze zu Nordmazedonien geschlossen.", "COERCE", "GRC", "MKD"),
    # ASSAULT
    ("Die russische Armee zerstörte mehrere ukrainische Panzer.", "ASSAULT", "RUS", "UKR"),
    ("Die ukrainische Armee hat eine russische Drohne abgeschossen.", "ASSAULT", "UKR", "RUS"),
    ("Die Hamas hat Raketen auf Israel abgefeuert.", "ASSAULT", "PSE", "ISR"),
    ("Saudi-Arabien hat einen iranischen Staatsbürger hingerichtet.", "ASSAULT", "SAU", "IRN"),
]


@pytest.mark.parametrize(("text", "event_type", "actor", "recipient"), CASES, ids=[c[0][:40] for c in CASES])
def test_type_actor_recipient(code_de, text: str, event_type: str, actor: str | None, recipient: str | None) -> None:
    events = [e for e in code_de(text) if e["event_type"] == event_type]
    assert events, f"no {event_type} event in {[(e['event_type'], e['pattern']) for e in code_de(text)]}"
    pairs = {(who(e["actor"]), who(e["recipient"])) for e in events}
    assert (actor, recipient) in pairs, pairs


def test_every_plover_type_has_real_sentence_cases() -> None:
    counts = {t: sum(1 for c in CASES if c[1] == t) for t in PLOVER_TYPES}
    assert all(n >= 2 for n in counts.values()), counts


def test_lexicon_covers_every_plover_type_with_verbs_and_nouns() -> None:
    ontology = Ontology.load()
    lexicon = Lexicon.load("de", ontology=ontology)
    by_type: dict[str, set[str]] = {}
    for p in lexicon.patterns:
        by_type.setdefault(p.event_type or ontology.get(p.cameo).event_type, set()).add(p.pos)
    assert set(PLOVER_TYPES) <= set(by_type)
    assert all({"verb", "noun"} <= by_type[t] for t in PLOVER_TYPES if t not in ("COOPERATE",)), by_type
    assert by_type["ACCUSE"] >= {"adj"} and by_type["SUPPORT"] >= {"adj"}  # judgements as predicates


@pytest.mark.parametrize(("text", "cameo"), [
    ("Ein Gericht in Moskau verurteilte den US-Journalisten zu 16 Jahren Haft.", "173"),  # court sentence: arrest
    ("Die Regierung in Berlin verurteilte den Angriff Russlands scharf.", "111"),  # condemnation
    ("Die Türkei hat einen deutschen Journalisten ausgewiesen.", "174"),  # a person: deportation
    ("Polen wies zwei russische Diplomaten aus.", "166"),  # diplomats: expulsion
    ("Indien hat Pakistan scharf angegriffen.", "111"),  # verbal attack
    ("Russland hat die Ukraine angegriffen.", "190"),  # military attack
    ("Die Regierung in Moskau bezeichnete den Vorschlag Londons als absurd.", "120"),  # "als absurd bezeichnen"
    ("Die Bundesregierung zeigte sich besorgt über das Vorgehen Chinas.", "111"),  # "sich besorgt zeigen": disapproval
    ("Die Regierung in Warschau hat sich für den Beitritt der Ukraine ausgesprochen.", "051"),  # "sich aussprechen für"
    ("Polen wehrte sich gegen die Einmischung der EU-Kommission.", "120"),  # "sich wehren gegen"
])
def test_restricted_senses_of_polysemous_verbs(code_de, text: str, cameo: str) -> None:
    assert cameo in {e["cameo"] for e in code_de(text)}


@pytest.mark.parametrize(("text", "wrong"), [
    ("Die Türkei hat die Einreise eines deutschen Abgeordneten verhindert.", "CONSULT"),  # entry is no visit
    ("Der Kanzler sprach sich in einem Interview mit der Zeitung für Reformen aus.", "CONSULT"),  # no meeting
    ("Der Kanzler sprach eine Warnung an Russland aus.", "SUPPORT"),  # a warning spoken out is no support
    ("Rubio und Trump lieferten sich während des Vorwahlkampfs einen Schlagabtausch.", "ASSAULT"),  # no battle
])
def test_other_senses_stay_uncoded(code_de, text: str, wrong: str) -> None:
    assert not [e for e in code_de(text) if e["event_type"] == wrong]
