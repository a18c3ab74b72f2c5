"""Round-2 German patterns (newsgraph issue 5): advocacy and approval, lawsuits and reproaches, fines, arrests, announced
resignations, nominal events as the topic of a sentence, and judgements in reported speech — each with a reading that
must stay uncoded. Real parses of the shipped German pipeline."""

from __future__ import annotations

from typing import Any

import pytest


def types(events: list[dict[str, Any]]) -> list[tuple[str, list[str | None]]]:
    return sorted((e["event_type"], [a["code"] for a in e["actor"]]) for e in events)


@pytest.mark.parametrize(("text", "event_type", "actor"), [
    # SUPPORT: advocacy and approval
    ("Russland will sich für den früheren Außenminister Jeremic einsetzen.", "SUPPORT", "RUS"),
    ("Premierminister David Cameron macht sich für den Verbleib in der EU stark.", "SUPPORT", "GBRGOV"),
    ("Die SPÖ hat ihrem Vorsitzenden den Rücken gestärkt.", "SUPPORT", "AUTOPP"),
    ("Die ÖVP stimmte dem Gesetz zu.", "SUPPORT", "AUTGOV"),
    ("Die FPÖ plädiert für eine Reform des Wahlrechts.", "SUPPORT", "AUTOPP"),
    # REQUEST: asking for support
    ("Die ÖVP wirbt um Unterstützung für ihren Kandidaten.", "REQUEST", "AUTGOV"),
    # ACCUSE: a lawsuit brought in Austrian usage, reproaches made
    ("Die FPÖ hat beim Verfassungsgerichtshof eine Klage gegen die Regierung eingebracht.", "ACCUSE", "AUTOPP"),
    # REJECT: defying the law
    ("Russland verstößt nach Ansicht der Regierung in Kiew gegen das Völkerrecht.", "REJECT", "RUS"),
    # SANCTION: a court's verdict on a defendant
    ("Ein Gericht in Ankara verurteilte den Angeklagten.", "SANCTION", "TURJUD"),
    # CONCEDE: an announced resignation (a carried-out one is RETREAT)
    ("Bundeskanzler Faymann kündigte seinen Rücktritt an.", "CONCEDE", "AUTELI"),
])
def test_round2_verbs_and_light_verbs(code_de, text: str, event_type: str, actor: str) -> None:
    events = code_de(text)
    assert (event_type, [actor]) in types(events), types(events)


def test_fine_imposed_is_a_sanction(code_de) -> None:
    events = code_de("Die Behörde verhängte gegen die FPÖ eine Strafe von 15.000 Euro.")
    assert [(e["event_type"], e["mode"]) for e in events] == [("SANCTION", "convict")]


def test_police_arrests_are_coercion(code_de) -> None:
    assert [e["cameo"] for e in code_de("Die Polizei griff 50 Flüchtlinge auf.")] == ["173"]
    assert [e["cameo"] for e in code_de("Die Polizei setzte die Besatzung des Schiffes fest.")] == ["173"]


@pytest.mark.parametrize(("text", "event_type"), [
    ("Die Amnestie erfolgt im Rahmen eines Abkommens mit der Regierung.", "CONCEDE"),  # guideline: topic of the sentence
    ("Es gab Razzien in mehreren Städten.", "COERCE"),
])
def test_nominal_event_as_the_topic_is_coded_without_a_named_actor(code_de, text: str, event_type: str) -> None:
    events = code_de(text)
    assert [(e["event_type"], e["actor"]) for e in events] == [(event_type, [])]


def test_agent_of_a_nominal_event_on_its_verb(code_de) -> None:
    events = code_de("Die Festnahme von Demonstranten durch die Polizei erfolgte am Montag.")
    assert [(e["event_type"], [a["sector"] for a in e["actor"]]) for e in events] == [("COERCE", ["COP"])]


def test_the_object_of_a_nominal_event_is_not_its_actor(code_de) -> None:
    # before: the journalist, read off the noun's own phrase, was the arrester (and a civilian's coercion, PROTEST)
    events = code_de("Die Festnahme des Journalisten erfolgte am Montag.")
    assert [(e["event_type"], e["actor"]) for e in events] == [("COERCE", [])]


@pytest.mark.parametrize(("text", "cameo"), [
    ("Diese Angriffe seien indiskutabel, sagte Bundespräsident Van der Bellen.", "111"),  # tagged like a verb
    ("Der Plan sei völlig unverständlich, sagte der russische Außenminister.", "111"),
    ("Das ist ein Wahnsinn, sagte der russische Außenminister.", "111"),
    ("Die Reform sei angemessen, sagte der russische Außenminister.", "051"),  # praise
])
def test_round2_judgements_in_reported_speech(code_de, text: str, cameo: str) -> None:
    assert [e["cameo"] for e in code_de(text)] == [cameo]


@pytest.mark.parametrize("text", [
    "Die Vorwürfe seien falsch, sagte der russische Außenminister.",  # judging an accusation is a denial
    "Die Korruptionsvorwürfe seien absurd, sagte der Bürgermeister.",
    "Die Lage sei unverständlich.",  # no speaker
    "Ein unverständlicher Plan wurde vorgestellt.",  # an attribute, not a predicate
])
def test_judgements_that_stay_uncoded(code_de, text: str) -> None:
    assert code_de(text) == []


@pytest.mark.parametrize(("text", "wrong"), [
    ("Die Partei setzte eine Kommission ein.", "SUPPORT"),  # einsetzen without "sich": setting up
    ("Die Regierung in Athen wird das Thema aufgreifen.", "COERCE"),  # a topic taken up is no arrest
    ("Die Regierung in Berlin verurteilte den Angriff Russlands scharf.", "SANCTION"),  # condemnation, no verdict
    ("Die ÖVP wirbt um Unterstützung für ihren Kandidaten.", "SUPPORT"),  # asking for support is no support
    ("Die Regierung in Moskau stimmte einer Waffenruhe zu.", "SUPPORT"),  # agreeing to act stays AGREE
    ("Der Bürgermeister muss eine Strafe von 500 Euro zahlen.", "SANCTION"),  # paying a fine is no sanction imposed
])
def test_round2_other_readings_stay_uncoded(code_de, text: str, wrong: str) -> None:
    assert not [e for e in code_de(text) if e["event_type"] == wrong]


def test_pleading_guilty_is_no_advocacy(code_de) -> None:
    assert not [e for e in code_de("Der Angeklagte plädierte vor einem Gericht in Virginia auf schuldig.")
                if e["event_type"] == "SUPPORT"]


@pytest.mark.parametrize(("text", "event_type"), [
    ("In der Nacht kam es zu Zusammenstößen zwischen Demonstranten und der Polizei.", "ASSAULT"),
    ("Es gab Hausdurchsuchungen in mehreren Städten.", "COERCE"),
    ("Der Anschlag ereignete sich am Montag in der Hauptstadt.", "ASSAULT"),
    ("Am Wochenende kam es zu Protesten in mehreren Städten.", "PROTEST"),
])
def test_events_that_happen_are_coded(code_de, text: str, event_type: str) -> None:
    assert event_type in {e["event_type"] for e in code_de(text)}


@pytest.mark.parametrize("text", [
    "Nach den Anschlägen kam es zu einer Debatte über die Sicherheit.",  # an anchor of time, not the topic
    "Wegen der Proteste wurde die Sitzung verschoben.",
])
def test_events_that_only_anchor_stay_uncoded(code_de, text: str) -> None:
    assert not [e for e in code_de(text) if e["event_type"] in ("ASSAULT", "PROTEST")]


@pytest.mark.parametrize(("text", "cameo"), [
    ("Die FPÖ klagt beim Verfassungsgerichtshof gegen das Gesetz.", "115"),  # a lawsuit, not a complaint
    ("Die FPÖ hat die Wahl angefochten.", "115"),
    ("Die ÖVP mahnte bei der Regierung in Berlin eine Lösung ein.", "100"),
    ("Die Regierung in Warschau erklärte sich zu Gesprächen bereit.", "030"),
    ("Die ÖVP sperrt sich gegen die Reform.", "120"),
    ("Der russische Außenminister stellte die Unabhängigkeit der Ukraine infrage.", "111"),
])
def test_round2_legal_and_verbal_acts(code_de, text: str, cameo: str) -> None:
    assert cameo in {e["cameo"] for e in code_de(text)}, [(e["cameo"], e["pattern"]) for e in code_de(text)]


@pytest.mark.parametrize(("text", "wrong"), [
    ("Die Bauern klagen über die niedrigen Preise.", "115"),  # complaining is no lawsuit
    ("Der Journalist stellte dem Minister eine Frage.", "111"),  # asking a question calls nothing into question
    ("Die Regierung in Warschau erklärte, sie sei für Gespräche offen.", "030"),  # no "bereit"
])
def test_round2_legal_and_verbal_acts_other_readings(code_de, text: str, wrong: str) -> None:
    assert wrong not in {e["cameo"] for e in code_de(text)}


@pytest.mark.parametrize(("text", "event_type", "actor"), [
    ("Scharfe Kritik kam von der FPÖ.", "ACCUSE", "AUTOPP"),  # who it comes from is the actor
    ("Orban setzte den zuständigen Staatssekretär ab.", "COERCE", "HUNGOV"),  # removal from office
    ("Unter dem Druck der Proteste hatte Orban die Pläne auf Eis gelegt.", "CONCEDE", "HUNGOV"),
    ("Bundeskanzler Werner Faymann hat sich dafür ausgesprochen, die Asylstandards innerhalb der EU zu vereinheitlichen.",
     "SUPPORT", "AUTELI"),
    ("Er erreichte nicht die Zweidrittelmehrheit, da die SPÖ nicht mitstimmte.", "REJECT", "AUTOPP"),  # negated vote
])
def test_round2_removals_stances_and_reported_criticism(code_de, text: str, event_type: str, actor: str) -> None:
    assert (event_type, [actor]) in types(code_de(text)), types(code_de(text))


@pytest.mark.parametrize(("text", "wrong"), [
    # who is criticised does not criticise: the criticism is received (tests/coding/test_received_events.py)
    ("Die Firma setzte im Vorjahr mehr Autos ab.", "COERCE"),  # selling is no removal from office
    ("Das Heer feuerte auf die Stellungen der Rebellen.", "COERCE"),  # firing a weapon stays an assault
])
def test_round2_removals_and_criticism_other_readings(code_de, text: str, wrong: str) -> None:
    assert not [e for e in code_de(text) if e["event_type"] == wrong]


@pytest.mark.parametrize(("text", "cameo", "actor"), [
    ("Russland sei zu Gesprächen bereit, sagte Außenminister Lawrow.", "030", "RUS"),  # willingness: AGREE
    ("Die Regierung in Teheran ist gesprächsbereit.", "036", "IRNGOV"),
    ("Eine Koalition mit der FPÖ sei unvorstellbar, sagte Bundeskanzler Faymann.", "120", "AUTELI"),  # a refusal
    ("Die Entscheidung der Regierung sei nicht nachvollziehbar, sagte die FPÖ.", "111", "AUTOPP"),  # criticism
])
def test_willingness_refusal_and_judgement_as_predicates(code_de, text: str, cameo: str, actor: str) -> None:
    assert (cameo, [actor]) in [(e["cameo"], [a["code"] for a in e["actor"]]) for e in code_de(text)]


def test_readiness_of_no_actor_is_no_event(code_de) -> None:
    assert code_de("Das Essen ist bereit.") == []
