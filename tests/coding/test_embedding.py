"""Control verbs that change the event of their complement (``newsgraph.coding.embedding``): refusals, claims,
and the acts a yielding verb calls off. German and English text coded by the shipped pipelines."""

from __future__ import annotations

import pytest


def test_refused_meeting_is_negated_and_the_refusal_aims_at_the_one_not_met(code_en, summary) -> None:
    assert summary(code_en("The Kenyan president refused to meet the British foreign secretary.")) == [
        ("CONSULT", ["KENGOV"], ["GBRGOV"], ["negated"]), ("REJECT", ["KENGOV"], ["GBRGOV"], [])]


def test_declined_aid_is_negated(code_en, summary) -> None:
    assert summary(code_en("Egypt declined to send troops to Sudan.")) == [
        ("AID", ["EGY"], ["SDN"], ["negated"]), ("REJECT", ["EGY"], ["SDN"], [])]


def test_agreed_act_is_no_refusal(code_en) -> None:
    """The control case: an agreement makes the act planned, not negated, and nothing is rejected."""
    events = code_en("Egypt agreed to send troops to Sudan.")
    assert {e["event_type"] for e in events} == {"AID", "AGREE"}
    assert all("negated" not in e["modality"] for e in events)


def test_german_refusal_to_negotiate(code_de, summary) -> None:
    assert summary(code_de("Die Regierung in Warschau weigert sich, mit der EU-Kommission zu verhandeln.")) == [
        ("CONSULT", ["POLGOV"], ["IGOEUREEC"], ["negated"]), ("REJECT", ["POLGOV"], ["IGOEUREEC"], [])]


def test_refusal_demanded_of_others_is_no_refusal(code_en) -> None:
    """What a demand asks for has not happened: "demanded that ... refuse" codes no rejection."""
    events = code_en("Greece demanded that its European partners refuse to recognize Macedonia.")
    assert "REJECT" not in {e["event_type"] for e in events}


def test_insisting_on_a_past_fact_is_a_claim_not_a_demand(code_en) -> None:
    assert "REQUEST" not in {e["event_type"] for e in code_en("Russia insisted that Ukraine had started the war.")}
    events = code_en("Russia insisted that Ukraine attacked first.")
    assert "REQUEST" not in {e["event_type"] for e in events} and "ASSAULT" in {e["event_type"] for e in events}


def test_insisting_on_an_act_to_come_is_a_demand(code_en) -> None:
    """The control case: a subjunctive or a modal in the clause asks for the act."""
    assert [e["event_type"] for e in code_en("The opposition insisted that the president resign.")] == ["REQUEST"]
    assert "REQUEST" in {e["event_type"] for e in code_en("Russia demanded that Ukraine withdraws its troops.")}


def test_called_off_strike_is_no_protest(code_en, summary) -> None:
    """What a yielding act calls off has not happened: the concession is the event, the strike is none."""
    assert summary(code_en("The Nigerian teachers' union called off its strike against the government.")) == [
        ("CONCEDE", ["NGAEDU"], [], [])]


def test_noun_that_carries_the_cut_itself_stays(code_de, summary) -> None:
    """The control case: "Hilfe aussetzen" is one pattern (reduce aid, 162), coded on the noun; it is not undone."""
    assert summary(code_de("Deutschland setzte die Hilfe für Niger aus.")) == [("SANCTION", ["DEU"], ["NER"], [])]


def test_threat_is_aimed_at_whoever_must_meet_its_condition(code_en) -> None:
    """"threatened to X unless Y ...": the threat's target is the condition's subject, wherever the parser hangs the
    unless-clause (here on "threatened", not on the threatened act)."""
    events = code_en("Hamas threatened to resume rocket attacks unless Israel lifted the blockade of Gaza.")
    threats = [e for e in events if e["event_type"] == "THREATEN"]
    assert [[r["code"] for r in e["recipient"]] for e in threats] == [["ISR"]]


def test_sworn_to_fight_is_a_vow_not_a_curse(code_en, summary) -> None:
    """"have sworn to fight": a commitment like "vowed" (the fight planned, its announcement a threat), not PETRARCH's
    "swear" = curse (110)."""
    events = summary(code_en("Kurdish rebels have sworn to fight until they gain control of the border region."))
    assert [(e[0], e[3]) for e in events] == [("ASSAULT", ["future"]), ("THREATEN", [])]


def test_agreed_act_hung_on_as_an_adverbial_is_done_by_the_subject(code_en, summary) -> None:
    """"agreed in principle on Saturday to provide aid": the parser makes the infinitive an adverbial clause; it is
    still what the ministers agreed to do (a commitment: AGREE now, the aid itself to come)."""
    events = summary(code_en("European Community foreign ministers agreed in principle on Saturday to provide about "
                             "70 million dollars of aid for Romania and Poland."))
    assert events and all(e[1] == ["IGOEUREEC"] for e in events)
    assert "AGREE" in {e[0] for e in events}


def test_purpose_clause_is_no_complement(code_en, summary) -> None:
    """Control: an infinitive of purpose on any other verb keeps its own subject (none here)."""
    assert "ASSAULT" not in {e[0] for e in summary(code_en("Britain sent troops to Estonia to fight the rebels."))}


def test_going_to_is_the_future_of_its_infinitive(code_en, summary) -> None:
    """"is going to attack": no journey (CAMEO "go" 040) and no attack yet."""
    events = summary(code_en("Russia is going to attack Ukraine."))
    assert ("ASSAULT", ["RUS"], ["UKR"], ["future"]) in events
    assert "CONSULT" not in {e[0] for e in events}
    # control: going somewhere is still going
    assert "CONSULT" in {e[0] for e in summary(code_en("The Russian foreign minister is going to Syria."))}


@pytest.mark.parametrize("text", [
    "Russia did not promise to withdraw its troops.",
    "Russia is not going to withdraw its troops.",
])
def test_what_is_not_promised_is_not_done(code_en, summary, text) -> None:
    """A negated commitment negates its act, and announces nothing."""
    events = summary(code_en(text))
    assert [e[0] for e in events] == ["RETREAT"] and "negated" in events[0][3]


def test_german_zu_infinitive_read_as_a_conjunct_is_the_complement(code_de, summary) -> None:
    """"hat versprochen, seine Truppen abzuziehen": the parser makes "abzuziehen" (tagged VVINF) a conjunct; it is
    what was promised, not a withdrawal that happened."""
    events = summary(code_de("Russland hat versprochen, seine Truppen abzuziehen."))
    assert ("RETREAT", ["RUS"], [], ["future"]) in events and ("AGREE", ["RUS"], [], []) in events
    assert summary(code_de("Russland hat nicht versprochen, seine Truppen abzuziehen.")) == [
        ("RETREAT", ["RUS"], [], ["negated", "future"])]


@pytest.mark.parametrize("text, lang, act", [
    ("Russia did not refuse to negotiate with Ukraine.", "en", "CONSULT"),
    ("Russia did not rule out sending troops.", "en", "AID"),
    ("Russland weigerte sich nicht, mit der Ukraine zu verhandeln.", "de", "CONSULT"),
])
def test_what_a_negated_refusal_leaves_open_is_possible(code_en, code_de, summary, text, lang, act) -> None:
    """Not refusing is no refusal and no act either: the act stays open (hypothetical), not turned down (negated)."""
    events = summary((code_en if lang == "en" else code_de)(text))
    assert [e[3] for e in events if e[0] == act] == [["hypothetical"]]


def test_ruling_out_talks_and_not_ruling_them_out(code_en, summary) -> None:
    assert summary(code_en("Russia ruled out talks with Ukraine.")) == [("REJECT", ["RUS"], ["UKR"], [])]
    assert summary(code_en("Russia did not rule out talks with Ukraine.")) == [("AGREE", ["RUS"], ["UKR"], [])]
    # a possibility ruled out or not is a forecast, no event
    assert summary(code_en("Russia did not rule out the possibility of a conflict with the United States.")) == []


@pytest.mark.parametrize("text, lang, expected", [
    ("Russia denied that it had supplied weapons to North Korea.", "en", [("AID", ["RUS"], ["PRK"], ["alleged"])]),
    ("Russia denied sending troops to Syria.", "en", [("AID", ["RUS"], ["SYR"], ["alleged"])]),
    ("Russland bestritt, Waffen an Nordkorea geliefert zu haben.", "de", [("AID", ["RUS"], ["PRK"], ["alleged"])]),
])
def test_a_denied_act_is_alleged_and_the_denial_no_rejection(code_en, code_de, summary, text, lang, expected) -> None:
    """The act denied is someone's allegation, not a fact (before: coded as done); the denial itself is no REJECT."""
    assert summary((code_en if lang == "en" else code_de)(text)) == expected


def test_denying_access_is_still_a_rejection(code_en, summary) -> None:
    assert summary(code_en("Israel denied access to the UN inspectors.")) == [("REJECT", ["ISR"], ["IGOUNO"], [])]


@pytest.mark.parametrize("text, expected", [
    ("The US accused Russia of sending troops to Syria.", ("AID", ["RUS"], ["SYR"], ["alleged"])),
    ("Ukraine blamed Russia for shelling the power plant.", ("ASSAULT", ["RUS"], [], ["alleged"])),
])
def test_what_an_accusation_says_was_done_is_alleged_of_the_accused(code_en, summary, text, expected) -> None:
    """The gerund of "accused X of", "blamed X for" is done by X (before: no actor, so not coded)."""
    assert expected in summary(code_en(text))
