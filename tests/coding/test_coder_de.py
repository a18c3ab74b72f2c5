"""General German rules of the coder, each on a sentence of its own (shipped German pipeline)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from newsgraph.model import Article
from newsgraph.pipeline import Newsgraph, Settings


@pytest.fixture(scope="module")
def graph() -> Newsgraph:
    return Newsgraph(Settings())


def code(graph: Newsgraph, text: str) -> list[dict[str, Any]]:
    art = Article(Article.make_id(text), text, dt.date(2024, 6, 19), "day", "de")
    return [e.to_dict() for e in graph.process(art).events]


def countries(actors: list[dict[str, Any]]) -> set[str]:
    return {a["country"] or a["code"] for a in actors}


def test_coder_active_accusation(graph: Newsgraph) -> None:
    [e] = [e for e in code(graph, "Die Regierung in Berlin kritisierte Moskau am Montag scharf.") if e["event_type"] == "ACCUSE"]
    assert countries(e["actor"]) == {"DEU"} and countries(e["recipient"]) == {"RUS"}
    assert e["date"] == "2024-06-17" and e["modality"] == []


def test_coder_negation_is_kept_and_flagged(graph: Newsgraph) -> None:
    events = [e for e in code(graph, "Russland hat die Ukraine nicht angegriffen.") if e["event_type"] == "ASSAULT"]
    assert events and all("negated" in e["modality"] for e in events)


def test_coder_hypothetical_konjunktiv(graph: Newsgraph) -> None:
    events = [e for e in code(graph, "China könnte Taiwan angreifen.") if e["event_type"] == "ASSAULT"]
    assert events and all("hypothetical" in e["modality"] for e in events)
    assert countries(events[0]["actor"]) == {"CHN"} and countries(events[0]["recipient"]) == {"TWN"}


def test_coder_future_with_werden(graph: Newsgraph) -> None:
    events = [e for e in code(graph, "Putin wird im Juli China besuchen.") if e["event_type"] == "CONSULT"]
    assert events and "future" in events[0]["modality"] and events[0]["date"] == "2024-07"


def test_coder_sanctions_light_verb(graph: Newsgraph) -> None:
    events = [e for e in code(graph, "Die EU verhängte am Montag Sanktionen gegen Russland.") if e["event_type"] == "SANCTION"]
    assert events and countries(events[0]["recipient"]) == {"RUS"}
    assert [a["code"][:5] for a in events[0]["actor"]] == ["IGOEU"]


def test_coder_separable_verb_rejection(graph: Newsgraph) -> None:
    # (rejecting accusations, "wies die Vorwürfe zurück", is a denial: tests/coding/test_judgements.py)
    events = [e for e in code(graph, "Die Regierung in Teheran wies den Vorschlag zurück.") if e["event_type"] == "REJECT"]
    assert events and countries(events[0]["actor"]) == {"IRN"} and "zurück" in events[0]["trigger"]


def test_coder_hinweisen_is_not_a_rejection(graph: Newsgraph) -> None:
    assert not [e for e in code(graph, "Die Experten in Berlin weisen darauf hin, dass Russland aufrüstet.")
                if e["event_type"] == "REJECT"]


def test_coder_historical_year(graph: Newsgraph) -> None:
    events = [e for e in code(graph, "Die Sowjetunion und Nordkorea unterzeichneten 1961 einen Vertrag.")
              if e["cameo"] == "057"]
    assert events and all(e["date"] == "1961" and "historical" in e["modality"] for e in events)


def test_past_werden_with_mistagged_participle_is_passive_not_future(graph) -> None:
    import datetime as dt

    from newsgraph.model import Article

    article = Article(id="w", text="Putin wurde in Pjöngjang unter Jubel empfangen.", date=dt.date(2024, 6, 19),
                      date_precision="day", lang="de")
    [event] = [e for e in graph.process(article).events if e.event_type == "CONSULT"]
    assert "future" not in event.modality and event.recipient[0].country == "PRK"  # the host


def _types(graph: Newsgraph, text: str) -> list[tuple[str, set[str], set[str], tuple[str, ...]]]:
    return sorted((e["event_type"], countries(e["actor"]), countries(e["recipient"]), tuple(e["modality"]))
                  for e in code(graph, text))


def test_coder_obligation_in_reported_speech_is_a_request(graph: Newsgraph) -> None:
    # "müsse abziehen": Lawrow asks Ukraine to withdraw; no withdrawal happened
    assert _types(graph, "Die Ukraine müsse ihre Truppen abziehen, sagte Lawrow.") == [("REQUEST", {"RUS"}, {"UKR"}, ())]


def test_coder_demand_with_dass_clause_is_a_request_to_its_subject(graph: Newsgraph) -> None:
    assert _types(graph, "Russland forderte, dass die Ukraine ihre Truppen aus dem Gebiet abzieht.") == [
        ("REQUEST", {"RUS"}, {"UKR"}, ())]


def test_coder_negated_condition_makes_a_threat(graph: Newsgraph) -> None:
    events = _types(graph, "Nigeria werde seine Truppen aus dem Tschad abziehen, falls der Tschad keine Wahlen abhalte, "
                           "sagte der Präsident.")
    assert events and all(t == "THREATEN" and a == {"NGA"} and m == () for t, a, _r, m in events)


def test_coder_police_of_unknown_country_act(graph: Newsgraph) -> None:
    [e] = code(graph, "Die Polizei nahm am Montag drei Demonstranten fest.")
    assert e["event_type"] == "COERCE" and e["actor"][0]["sector"] == "COP" and e["actor"][0]["country"] is None


def test_coder_agent_takes_the_country_of_the_place(graph: Newsgraph) -> None:
    [e] = code(graph, "Die Polizei nahm am Montag in Istanbul drei Demonstranten fest.")
    assert e["actor"][0]["country"] == "TUR" and e["actor"][0]["code"] is None  # Turkish police, code unknown


def test_coder_attacker_of_an_agentless_passive_from_the_attack_phrase(graph: Newsgraph) -> None:
    [e] = code(graph, "Bei einem israelischen Luftangriff wurden am Montag im Gazastreifen 20 Menschen getötet.")
    assert e["event_type"] == "ASSAULT" and countries(e["actor"]) == {"ISR"}
    [e] = code(graph, "Bei einem Anschlag der Taliban sind in Kabul zwölf Soldaten getötet worden.")
    assert e["event_type"] == "ASSAULT" and countries(e["actor"]) == {"AFG"}


def test_coder_government_protested_against_is_the_one_of_the_place(graph: Newsgraph) -> None:
    [e] = code(graph, "Tausende Menschen haben in Belgrad gegen die Regierung protestiert.")
    assert e["event_type"] == "PROTEST" and countries(e["actor"]) == {"SRB"} and countries(e["recipient"]) == {"SRB"}
    [e] = code(graph, "Tausende Menschen haben gegen die Regierung protestiert.")
    assert e["recipient"] == []  # no place: whose government is not said


def test_coder_subject_agrees_with_the_finite_verb(graph: Newsgraph) -> None:
    # the parser may call both phrases nsubj; "hat" is singular, "die USA" plural: Poland asked
    events = [e for e in code(graph, "Polen hat die USA um weitere Waffen gebeten.") if e["event_type"] == "REQUEST"]
    assert events and all(countries(e["actor"]) == {"POL"} and countries(e["recipient"]) == {"USA"} for e in events)


def test_coder_nominalisation_with_a_named_owner_is_an_event(graph: Newsgraph) -> None:
    # the issue's own example: "Russlands Angriff auf die Ukraine", whatever verb the noun stands under
    [e] = code(graph, "Russlands Angriff auf die Ukraine hat Tausende Menschen das Leben gekostet.")
    assert e["event_type"] == "ASSAULT" and countries(e["actor"]) == {"RUS"} and countries(e["recipient"]) == {"UKR"}
    [e] = code(graph, "Trumps Drohung gegen Nordkorea sorgte für Unruhe.")
    assert e["event_type"] == "THREATEN" and countries(e["actor"]) == {"USA"} and countries(e["recipient"]) == {"PRK"}
    # without a named owner the noun needs its light verb: "nach dem Angriff" only anchors a time
    assert code(graph, "Nach dem Angriff blieb es in der Stadt ruhig.") == []


def test_coder_finite_verb_parsed_as_modifier_of_its_object(graph: Newsgraph) -> None:
    # the parser makes "Truppen" the root and "verlegte" its adjective; the noun's "subject" is the verb's
    [e] = code(graph, "Russland verlegte Truppen nach Belarus.")
    assert e["event_type"] == "MOBILIZE" and countries(e["actor"]) == {"RUS"} and countries(e["recipient"]) == {"BLR"}


def test_coder_object_hung_on_the_auxiliary(graph: Newsgraph) -> None:
    [e] = code(graph, "US-Präsident Obama hat Kuba als erster amtierender Präsident seit fast 90 Jahren besucht.")
    assert e["event_type"] == "CONSULT" and countries(e["actor"]) == {"USA"} and countries(e["recipient"]) == {"CUB"}


def test_coder_noun_event_as_subject_of_an_agentless_passive(graph: Newsgraph) -> None:
    events = code(graph, "Gegen die Oppositionspolitikerin seien Ermittlungen wegen Propaganda eingeleitet worden.")
    assert [(e["event_type"], e["actor"]) for e in events] == [("ACCUSE", [])]  # investigated by someone unnamed


def test_coder_hedged_report_of_violence_is_an_accusation(graph: Newsgraph) -> None:
    events = code(graph, "Die Truppen der syrischen Regierung griffen offenbar absichtlich Krankenhäuser an, erklärte Kerry "
                         "in Washington.")
    accusations = [e for e in events if e["event_type"] == "ACCUSE"]
    assert accusations and countries(accusations[0]["actor"]) == {"USA"} and countries(accusations[0]["recipient"]) == {"SYR"}
    assert all("alleged" in e["modality"] for e in events if e["event_type"] == "ASSAULT")
