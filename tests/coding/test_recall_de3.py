"""German recall round 3 (GermEval 2014 news sentences, unannotated): lexicon gaps, light verbs and trigger admission
rules, each on a sentence modelled on the sample (own wording), with a near miss that must stay uncoded or be coded
otherwise. Real parses of the shipped German pipeline."""

from __future__ import annotations

from typing import Any


def summary(events: list[dict[str, Any]]) -> list[tuple[str, str, list[str | None], list[str | None]]]:
    return [(e["event_type"], e["cameo"], [a["code"] for a in e["actor"]], [r["code"] for r in e["recipient"]])
            for e in events]


# --- trigger admission: a separable particle the tagger saw but the parser hung elsewhere ------------------------

AKK = ('Die CDU-Vorsitzende Annegret Kramp-Karrenbauer rief ihre Partei dazu auf, sich "mutiger und entschlossener" '
       'der Digitalisierung zu widmen.')


def test_stray_particle_joins_its_verb(code_de):
    # "auf" is tagged PTKVZ but parsed as the case of "sich": "rief ... auf" is aufrufen, a request
    assert [(e["event_type"], e["cameo"], e["pattern"]) for e in code_de(AKK)] == [("REQUEST", "100", "de.aufrufen")]


def test_stray_particle_parts(session_graph):
    from newsgraph.coding.triggers import stray_particle

    doc = session_graph.linguist.parse(AKK, "de")
    assert stray_particle(next(t for t in doc if t.text == "rief")) == "auf"
    assert stray_particle(next(t for t in doc if t.text == "dazu")) == ""  # no verb
    # a particle the parser did attach to its verb is no stray one; English has none
    doc = session_graph.linguist.parse("Die Kanzlerin rief den französischen Präsidenten am Abend an.", "de")
    assert stray_particle(next(t for t in doc if t.text == "rief")) == ""
    doc = session_graph.linguist.parse("The minister called on the parties to talk.", "en")
    assert stray_particle(doc[2]) == ""


def test_attached_particle_keeps_its_own_reading(code_de):
    events = code_de("Die Kanzlerin rief den französischen Präsidenten am Abend an.")
    assert [(e["event_type"], e["cameo"]) for e in events] == [("CONSULT", "041")]


# --- trigger admission: a derivation with "ver-" is no compound of the pattern noun ------------------------------

def test_association_is_no_agreement(code_de):
    events = code_de("Der Präsident der Vereinigung der Arbeitgeber, Thomas Böhle, kritisierte die Gewerkschaft.")
    assert "AGREE" not in {e["event_type"] for e in events}


def test_agreement_reached_stays_agreement(code_de):
    assert summary(code_de("Die Regierung in Berlin erzielte eine Einigung mit Paris.")) == \
        [("AGREE", "030", ["DEUGOV"], ["FRAGOV"])]


# --- light verb: "reagierte mit Kritik / Ablehnung auf ..." -------------------------------------------------------

def test_reaction_with_criticism_is_criticism(code_de):
    assert summary(code_de("Die Opposition in Wien reagierte mit scharfer Kritik auf den Vorschlag der "
                           "Bundesregierung.")) == [("ACCUSE", "111", ["AUTOPP"], ["DEUGOV"])]


def test_reaction_with_rejection_is_rejection(code_de):
    assert [e["event_type"] for e in code_de("Die SPD reagierte mit Ablehnung auf den Vorstoß der CSU.")] == ["REJECT"]


def test_market_reaction_is_no_event(code_de):
    assert not code_de("Die Börse reagierte mit Kursverlusten auf die Entscheidung der Notenbank.")


# --- lexicon: thanks, a snub, storming against, a power struggle -------------------------------------------

def test_thanks_are_support(code_de):
    assert summary(code_de("Der polnische Präsident bedankte sich bei Deutschland für die Hilfe.")) == \
        [("SUPPORT", "051", ["POLGOV"], ["DEU"])]


def test_thanks_to_fans_are_no_event(code_de):
    assert not code_de("Der Trainer bedankte sich bei den Fans für die Unterstützung.")


def test_snub_is_criticism(code_de):
    assert summary(code_de("Die Regierung in Peking brüskierte die Vereinten Nationen.")) == \
        [("ACCUSE", "111", ["CHNGOV"], ["IGOUNO"])]


def test_feeling_snubbed_is_no_event(code_de):
    assert not code_de("Die Regierung in Peking zeigte sich brüskiert.")


def test_storming_against_plans_is_criticism(code_de):
    assert summary(code_de("Die Opposition in Wien läuft Sturm gegen die Pläne der Regierung.")) == \
        [("ACCUSE", "111", ["AUTOPP"], [])]


def test_running_in_a_storm_is_no_event(code_de):
    assert not code_de("Der Läufer lief bei Sturm gegen den Wind.")


def test_power_struggle_is_a_dispute_not_fighting(code_de):
    events = code_de("Russland und die Ukraine liefern sich einen Machtkampf um die Krim.")
    assert {(e["event_type"], e["cameo"]) for e in events} == {("ACCUSE", "110")}


def test_fighting_stays_an_assault(code_de):
    events = code_de("Zwischen Armee und Rebellen brachen in Syrien heftige Kämpfe aus.")
    assert [(e["event_type"], e["cameo"]) for e in events] == [("ASSAULT", "190")]


# --- lexicon: an ambassador called back; arms of the navy and helicopters delivered --------------------------------

def test_ambassador_called_back_cuts_ties(code_de):
    assert summary(code_de("Russland rief seinen Botschafter aus Washington zurück.")) == \
        [("SANCTION", "161", ["RUS"], ["USAGOV"])]
    assert [e["cameo"] for e in code_de("Die Türkei berief ihren Botschafter aus Berlin zurück.")] == ["161"]


def test_calling_a_journalist_back_is_no_event(code_de):
    assert not code_de("Der Minister rief den Journalisten am Abend zurück.")


def test_submarines_delivered_are_military_aid(code_de):
    assert summary(code_de("Deutschland liefert U-Boote an Israel.")) == [("AID", "072", ["DEU"], ["ISR"])]


def test_cars_delivered_are_no_aid(code_de):
    assert not code_de("Deutschland liefert Autos an Israel.")
