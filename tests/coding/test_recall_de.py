"""German recall round (10kGNAD articles outside the gold rows): constructions that left a trigger without an event
or a word without a trigger, each on a sentence from or modelled on the sample, with near misses that must not code.
Real parses of the shipped German pipeline."""

from __future__ import annotations

from typing import Any

import pytest


def dyads(events: list[dict[str, Any]]) -> list[tuple[str, list[str | None], list[str | None]]]:
    return sorted((e["event_type"], [a["code"] for a in e["actor"]], [r["code"] for r in e["recipient"]]) for e in events)


def types(events: list[dict[str, Any]]) -> list[str]:
    return sorted(e["event_type"] for e in events)


# --- relative pronouns: the antecedent acts (mentions.relative_antecedent) -------------------------------------------

@pytest.mark.parametrize(("text", "event_type", "actor"), [
    ("Trotz des Chaos ist die FPÖ die einzige Partei, die offensiv Neuwahlen fordert.", "REQUEST", "AUTOPP"),
    ("Gefordert sieht der Klubchef vor allem die Wirtschaftskammer, die ein Bonus/Malus-Modell ablehnt.", "REJECT",
     "AUTBUS"),
    ("Franziskus ist der erste Papst, der die Stadt im Osten des Landes besucht.", "CONSULT", "VATGOV"),
])
def test_relative_pronoun_subject_is_its_antecedent(code_de, text, event_type, actor):
    events = [e for e in code_de(text) if e["event_type"] == event_type]
    assert [a["code"] for e in events for a in e["actor"]] == [actor]


def test_relative_pronoun_object_is_the_recipient(code_de):
    events = code_de("Die Türkei kritisierte den Journalisten, den die türkische Polizei festgenommen hatte.")
    arrests = [e for e in events if e["event_type"] == "COERCE"]
    assert [(a["code"], r["text"]) for e in arrests for a in e["actor"] for r in e["recipient"]] == [
        ("TURCOP", "Journalisten")]


def test_relative_clause_on_a_nationality_adjective_names_no_actor(code_de):
    # the clause hangs on "Grenzstädten": its "serbischen" is no Serbian act
    text = ("Darüber reden auch die Flüchtlinge in den serbischen Grenzstädten, die über Ungarn in Richtung "
            "Österreich reisen wollen.")
    assert not [e for e in code_de(text) if e["event_type"] == "CONSULT"]


def test_possessive_relative_pronoun_is_no_pronoun_owner(code_de):
    # "deren" is a relative, not a personal pronoun: no actor from the sentence before
    assert not code_de("Die Geiseln, deren Schicksal unklar ist, stammen aus Norwegen.")


# --- a modal behind a comma belongs to the matrix clause (embedding._beyond_comma) ----------------------------------

def test_matrix_modal_is_no_obligation_of_the_relative_clause(code_de):
    text = ("Ein psychisch kranker Brite, der seine Ehefrau enthauptet hat, muss für unbestimmte Zeit in eine "
            "geschlossene psychiatrische Klinik.")
    assert "REQUEST" not in types(code_de(text))


def test_obligation_in_own_clause_is_still_a_request(code_de):
    events = code_de("Israel müsse seine Truppen abziehen, sagte der russische Außenminister.")
    assert "REQUEST" in types(events)


# --- a denial in a verb-final clause (embedding._answers_accusation) -------------------------------------------------

def test_denial_in_relative_clause_is_no_rejection(code_de):
    assert "REJECT" not in types(code_de("Den Verdächtigen, die alle Vorwürfe zurückweisen, drohen Haftstrafen."))


def test_rejection_in_relative_clause_stays(code_de):
    events = code_de("Die Regierung verurteilte die Partei, die alle Vorschläge der Regierung in Wien zurückweist.")
    assert "REJECT" in types(events)


@pytest.mark.parametrize("text", [
    "Die Regierung in Moskau hat die Vorwürfe abgestritten.",
    "Der Kreml hat die Vorwürfe zurückgewiesen.",
])
def test_denial_with_the_verb_last_is_no_rejection(code_de, text):
    assert "REJECT" not in types(code_de(text))


def test_proposal_rejected_with_the_verb_last_stays(code_de):
    assert "REJECT" in types(code_de("Der Kreml hat den Vorschlag zurückgewiesen."))


# --- meeting with an event: "stößt bei X auf Ablehnung" (cues encountering_verbs, triggers.received_by) -------------

@pytest.mark.parametrize(("text", "event_type", "actor"), [
    ("Die Forderung nach Kürzung des Arbeitslosengeldes stößt bei der Regierung in Warschau auf entschiedene "
     "Ablehnung.", "REJECT", "POLGOV"),
    ("Der Plan der Regierung in Wien stieß bei der FPÖ auf heftige Kritik.", "ACCUSE", "AUTOPP"),
])
def test_event_met_with_is_by_the_bei_phrase(code_de, text, event_type, actor):
    events = [e for e in code_de(text) if e["event_type"] == event_type]
    assert [a["code"] for e in events for a in e["actor"]] == [actor]


def test_plan_met_with_criticism_is_aimed_at_its_owner(code_de):
    events = code_de("Der Plan der Regierung in Wien stieß bei der FPÖ auf heftige Kritik.")
    assert ("ACCUSE", ["AUTOPP"], ["AUTGOV"]) in dyads(events)


def test_stumbling_on_things_is_no_event(code_de):
    assert code_de("Die Polizei in Wien stieß bei der Durchsuchung auf Waffen.") == []


def test_owned_noun_takes_its_usual_reading(code_de):
    # "Widerstand" owned by an actor under another verb is opposition (REJECT), not "Widerstand aufgeben" (CONCEDE)
    events = code_de("Das Projekt stößt auf heftigen Widerstand bei der FPÖ.")
    assert types(events) == ["REJECT"]
    assert "CONCEDE" in types(code_de("Die Regierung in Wien gab ihren Widerstand gegen den Plan auf."))


# --- a nominal event as the subject of an agentless passive ("Das Verfahren wurde eingeleitet") ---------------------

def test_nominal_event_as_subject_of_a_passive_is_agentless(code_de):
    events = code_de("Das Verfahren gegen Demirtaş wurde demnach am Donnerstag in der Provinz Diyarbakır eingeleitet.")
    assert [(e["event_type"], e["actor"]) for e in events] == [("ACCUSE", [])]


def test_nominal_event_as_subject_of_an_active_verb_is_not(code_de):
    assert code_de("Das Verfahren dauerte drei Jahre.") == []


# --- an attack as the circumstance of casualties took place (cues casualty_verbs, triggers.casualty_circumstance) ----

def test_attack_as_circumstance_of_casualties_is_an_agentless_assault(code_de):
    events = code_de("Bei einem Anschlag in Kabul starben 20 Menschen.")
    assert [(e["event_type"], e["actor"]) for e in events] == [("ASSAULT", [])]


@pytest.mark.parametrize("text", [
    "Bei einem Anschlag in Kabul war der Minister anwesend.",  # no casualties: a time, not the reported event
    "Bei der Pressekonferenz in Kabul starben zwei Journalisten fast vor Lachen.",  # casualties, but no attack
])
def test_circumstance_without_attack_and_casualties_is_no_event(code_de, text):
    assert [e for e in code_de(text) if e["event_type"] == "ASSAULT"] == []


# --- a participle the parser hung on a verb as "acl" is no description of a noun (coder._describes_a_noun) -----------

def test_reported_passive_hung_on_the_verb_of_saying_is_coded(code_de):
    text = ("Die amtliche türkische Nachrichtenagentur Anadolu meldete am Samstag, bei den Luftangriffen seien bereits "
            "260 PKK-Kämpfer getötet und rund 400 weitere verletzt worden.")
    assert "ASSAULT" in types(code_de(text))


def test_participle_describing_a_noun_stays_background(code_de):
    assert "ASSAULT" not in types(code_de("Die Familien der im Jahr 2010 getöteten Soldaten trafen sich in Ankara."))


# --- lexicon: clashes, bans by decree, support enjoyed -----------------------------------------------------------------

@pytest.mark.parametrize(("text", "event_type"), [
    ("Wie schon bei der letzten Protestaktion kam es zu einer Auseinandersetzung zwischen Polizei und Demonstranten.",
     "ASSAULT"),
    ("Weitere 26 Menschen seien bei den Auseinandersetzungen am Samstag verletzt worden.", "ASSAULT"),
    ("Im Mai 2012 hat das Innenministerium in Wien die Ausfuhr von Granaten nach Saudi-Arabien untersagt.", "COERCE"),
    ("Der Minister genießt die Unterstützung der Regierung in Belgrad.", "SUPPORT"),
])
def test_recall_lexicon(code_de, text, event_type):
    assert event_type in types(code_de(text))


@pytest.mark.parametrize("text", [
    "Die Auseinandersetzung mit dem Thema dauerte Jahre.",  # dealing with a topic, under no verb of happening
    "Die Gäste genießen den Blick auf die Stadt.",  # enjoying a view: no event received
])
def test_recall_lexicon_near_misses(code_de, text):
    assert code_de(text) == []


# --- a personal pronoun subject resolved to no actor: someone acts (roles.UNNAMED_PRONOUNS) --------------------------

def test_unresolved_personal_pronoun_keeps_the_event_without_actor(code_de):
    events = code_de("Sie kritisierte die Regierung in Wien scharf.")
    assert [(e["event_type"], e["actor"], [r["code"] for r in e["recipient"]]) for e in events] == [
        ("ACCUSE", [], ["AUTGOV"])]


def test_resolved_pronoun_still_names_its_antecedent(code_de):
    events = code_de("Der russische Präsident Putin kam am Montag nach Wien. Er kritisierte die Regierung in Kiew scharf.")
    assert ("ACCUSE", ["RUSGOV"], ["UKRGOV"]) in dyads(events)


@pytest.mark.parametrize("text", [
    "Man kritisierte die Regierung in Wien scharf.",  # the generic "man" is no one acting
    "Es kritisierte die Regierung in Wien scharf.",
])
def test_generic_pronoun_subject_is_no_actor(code_de, text):
    assert code_de(text) == []


# --- the one phrase before a German finite verb is its subject when the parser hung it elsewhere (syntax) ------------

def test_phrase_before_the_finite_verb_is_its_subject(code_de):
    text = "Der Konflikt hat die Spannungen verschärft und Polen fordert einen stärkeren Schutz durch die NATO."
    assert [a["code"] for e in code_de(text) if e["event_type"] == "REQUEST" for a in e["actor"]] == ["POL"]


def test_phrase_with_an_oblique_article_before_the_verb_is_no_subject(code_de):
    events = code_de("Und den Außenminister Russlands kritisiert die Zeitung scharf.")
    assert not [e for e in events if any(a["code"] and a["code"].startswith("RUS") for a in e["actor"])]


# --- the lone object of a verb the pattern reads without object is its misread subject (roles) ----------------------

def test_object_of_an_intransitive_pattern_is_the_misread_subject(code_de):
    events = code_de("In Budapest haben tausende Ungarn gegen die Bildungspolitik der Regierung protestiert.")
    assert [a["code"] for e in events if e["event_type"] == "PROTEST" for a in e["actor"]] == ["HUN"]


def test_object_of_a_transitive_pattern_stays_the_recipient(code_de):
    events = code_de("Die Regierung in Wien kritisierte die Türkei scharf.")
    assert ("ACCUSE", ["AUTGOV"], ["TUR"]) in dyads(events)


# --- a finite verb joined by "und" shares the subject of the verb before it (misread.coordinated_subject) -------------

@pytest.mark.parametrize(("text", "event_type", "actor"), [
    ("Die israelische Armee setzte dort Gummigeschosse ein und feuerte Warnschüsse in die Luft.", "ASSAULT", "ISRMIL"),
    ("Mexikos Regierung verurteilte den Vorfall scharf und forderte eine Untersuchung.", "REQUEST", "MEXGOV"),
])
def test_coordinated_verb_shares_the_subject(code_de, text, event_type, actor):
    assert [a["code"] for e in code_de(text) if e["event_type"] == event_type for a in e["actor"]] == [actor]


def test_coordinated_verb_after_a_passive_takes_no_patient_as_actor(code_de):
    events = code_de("Journalisten vor Ort wurden demnach von Soldaten beleidigt und mit Blendgranaten beschossen.")
    assert not [e for e in events if any(a["text"].endswith("Journalisten") for a in e["actor"])]


# --- investigations under way ("Gegen X laufen Ermittlungen": laufen a governor and a verb of happening) -------------

def test_running_investigation_is_an_agentless_investigation(code_de):
    events = code_de("Gegen den Bürgermeister von Ankara laufen Ermittlungen wegen Korruption.")
    assert [(e["event_type"], e["mode"], e["actor"]) for e in events] == [("ACCUSE", "investigate", [])]


def test_running_is_no_event_of_its_own(code_de):
    assert code_de("Der Bürgermeister von Ankara läuft jeden Morgen durch den Park.") == []
