"""The English coder on the UD parses of the PETRARCH-2 validation file: control verbs, dyadic events,
reported speech, refusals."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsgraph.eval.events import petrarch_article, petrarch_docs
from newsgraph.eval.petrarch import read_petrarch_gold
from newsgraph.pipeline import Newsgraph, Settings


@pytest.fixture(scope="module")
def pairs_graph() -> Newsgraph:
    return Newsgraph(Settings(lang="en", convention="cameo"))  # the CAMEO conventions of the PETRARCH gold


@pytest.fixture(scope="module")
def coded(pairs_graph, shared_dir: Path):
    gold = {s.id: s for s in read_petrarch_gold(shared_dir / "data" / "gold" / "petrarch2-GSR-validation.en.xml")}

    def code(sentence_id: str) -> list[tuple[str, str | None, str | None, tuple[str, ...]]]:
        sentence = gold[sentence_id]
        [doc] = petrarch_docs(pairs_graph, [sentence])
        events = pairs_graph.code_doc(doc, petrarch_article(sentence, doc.text)).events
        return sorted((e.cameo, e.actor[0].country if e.actor else None, e.recipient[0].country if e.recipient else None,
                       e.modality) for e in events)
    return code


def test_intent_to_help_is_one_intent_event(coded) -> None:
    # "The US Secretary of state wants to help iSrael": not "want" plus "help", but intent to aid
    assert coded("PMATCH_0") == [("033", "USA", "ISR", ("future",))]


def test_intended_force_is_a_threat(coded) -> None:
    assert coded("APPEALS_1") == [("138", "USA", "CHE", ("future",))]


def test_wanting_someone_else_to_act_is_a_request(coded) -> None:
    # "Obama wants Putin to attack Switzerland": an appeal (CAMEO 02, as the gold codes it) to Putin; the attack
    # has not happened
    assert coded("APPEALS_0") == [("020", "USA", "RUS", ())]


def test_commitment_keeps_the_action_and_marks_it_future(coded) -> None:
    # "Qatar has pledged to expel exiled leaders of Egypt's Muslim Brotherhood ..."
    events = coded("GOLD_6")
    assert [e[:3] for e in events] == [("174", "QAT", "EGY")] and "future" in events[0][3]


def test_coordinated_actors_meet_each_other(coded) -> None:
    pairs = {(a, r) for _, a, r, _ in coded("COOP_0")}  # "The US, Russia, and Switzerland met yesterday"
    assert pairs == {("USA", "RUS"), ("USA", "CHE"), ("RUS", "USA"), ("RUS", "CHE"), ("CHE", "USA"), ("CHE", "RUS")}


def test_two_leaders_meeting_abroad_meet_each_other(coded) -> None:
    # "Barack Obama and Vladimir Putin will meet in Zurich ...": each other (the PETRARCH gold codes the host,
    # Switzerland, as the recipient; the host is the recipient only when nobody else is named)
    assert {(a, r) for _, a, r, _ in coded("TEST_11")} == {("USA", "RUS"), ("RUS", "USA")}


def test_hypothetical_request_is_flagged(coded) -> None:
    # "The USA tanks might want Obama to head back after what just happened."
    assert all("hypothetical" in m for *_, m in coded("VERB_5"))


def test_declared_refusal_is_a_rejection(coded) -> None:
    # "Obama said he would not provide support to Israel": reported "would" is a future, its negation a refusal
    assert coded("NEG_0") == [("121", "USA", "ISR", ())]


def test_reported_attack_is_an_accusation_by_the_speaker(coded) -> None:
    # "The US claimed that ISIL had attacked Iraq and taken the city of Mosul"
    events = coded("NEST_2.75")
    assert ("112", "USA", None, ()) in events  # the recipient, ISIL, is an organisation without a country
    # CAMEO codes the report, not the reported attack (PETRARCH's gold: 11 by the US only)
    assert not [e for e in events if e[0].startswith("19")]


def test_reported_attack_is_kept_as_alleged_under_plover(session_graph) -> None:
    """PLOVER keeps the attack, flagged alleged, next to the accusation."""
    events = _text_events(session_graph, "The US claimed that the Islamic State had attacked Iraq.")
    attacks = [e for e in events if e[0] == "ASSAULT"]
    assert attacks and all("alleged" in m for *_, m in attacks)


def test_threatened_action_is_a_threat(session_graph) -> None:
    import datetime as dt

    from newsgraph.model import Article

    article = Article(id="t", text="Russia threatened to attack Ukraine.", date=dt.date(2022, 2, 1), date_precision="day",
                      lang="en")
    events = [(e.event_type, e.cameo, e.actor[0].country, e.recipient[0].country) for e in session_graph.process(article).events]
    assert events == [("THREATEN", "138", "RUS", "UKR")]  # not an attack: only threatened


def _text_events(graph, text: str) -> list[tuple[str, str | None, str | None, tuple[str, ...]]]:
    import datetime as dt

    from newsgraph.model import Article

    article = Article(id="t", text=text, date=dt.date(2024, 3, 5), date_precision="day", lang="en")
    return sorted((e.event_type, e.actor[0].country if e.actor else None,
                   e.recipient[0].country if e.recipient else None, e.modality)
                  for e in graph.process(article).events)


def test_obligation_in_reported_speech_is_a_request_by_the_speaker(session_graph) -> None:
    # not a return that happened: Russia asks Sudan to return it
    assert _text_events(session_graph, "Russia said on Tuesday that Sudan must return the helicopter.") == [
        ("REQUEST", "RUS", "SDN", ())]


def test_demand_that_clause_is_a_request_to_its_subject(session_graph) -> None:
    events = _text_events(session_graph, "Washington demanded that Hamas renounce its armed struggle against Israel.")
    assert events == [("REQUEST", "USA", "PSE", ())]  # nothing renounced yet, and no event toward Israel


def test_action_on_condition_is_a_threat_made_now(session_graph) -> None:
    events = _text_events(session_graph, "Nigeria said it will withdraw its troops from Chad unless Chad holds elections.")
    facts = [e for e in events if "hypothetical" not in e[3]]  # the condition itself is flagged hypothetical
    assert facts == [("THREATEN", "NGA", "TCD", ())]


def test_attack_as_subject_is_an_assault_by_an_unknown_actor(session_graph) -> None:
    assert _text_events(session_graph, "A roadside bombing near Samarra killed one U.S. soldier on Sunday.") == [
        ("ASSAULT", None, "USA", ())]


def test_agent_of_unknown_country_is_an_actor(session_graph) -> None:
    # police without a country: an event with an actor of unknown country, not no event
    [event] = [e for e in session_graph.process(
        __import__("newsgraph.model", fromlist=["Article"]).Article("t", "Police arrested three protesters on Monday.",
                                                                     None, None, "en")).events]
    assert event.event_type in ("COERCE", "ASSAULT") and event.actor[0].sector == "COP" and event.actor[0].country is None


def test_reciprocal_meeting_is_one_joint_event_by_default(session_graph) -> None:
    import datetime as dt

    from newsgraph.model import Article

    text = "The United States and Jordan have agreed upon a new free-trade pact."
    article = Article("t", text, dt.date(2015, 3, 2), "day", "en")
    joint = [(e.event_type, sorted(a.country for a in e.actor), [r.country for r in e.recipient])
             for e in session_graph.process(article).events]
    assert joint == [("AGREE", ["JOR", "USA"], [])]
    pairs = Newsgraph(Settings(lang="en", convention="cameo")).process(article).events
    assert sorted((e.actor[0].country, e.recipient[0].country) for e in pairs) == [("JOR", "USA"), ("USA", "JOR")]


def test_unknown_coding_convention_is_refused() -> None:
    from newsgraph.coding.coder import EventCoder
    from newsgraph.errors import InputError

    with pytest.raises(InputError, match="unknown coding convention"):
        EventCoder.for_language("en", convention="both")


def test_subject_of_a_passive_raising_verb_does_the_infinitive(session_graph) -> None:
    # "Obama is scheduled to attend": Obama attends (in the future), nobody "schedules" anything here
    events = _text_events(session_graph, "Barack Obama is scheduled to attend a summit in Switzerland next week.")
    assert [(t, a, m) for t, a, _r, m in events if t == "CONSULT"] == [("CONSULT", "USA", ("future",))]
    assert {a for _t, a, _r, _m in events} == {"USA"}


def test_announced_visit_is_an_agree_now_and_a_future_visit(session_graph) -> None:
    import datetime as dt

    from newsgraph.model import Article

    article = Article("t", "Russian President Vladimir Putin will visit China next week.", dt.date(2024, 5, 8), "day", "en")
    events = {(e.event_type, e.actor[0].country, e.recipient[0].country if e.recipient else None, e.modality)
              for e in session_graph.process(article).events}
    # PLOVER codes the announcement (AGREE, made now); the visit itself is kept, flagged future
    assert ("AGREE", "RUS", "CHN", ()) in events and ("CONSULT", "RUS", "CHN", ("future",)) in events
    cameo = Newsgraph(Settings(lang="en", convention="cameo")).process(article).events
    assert {e.event_type for e in cameo} == {"CONSULT"}


def test_past_tense_parsed_as_modifier_of_its_subject(session_graph) -> None:
    events = _text_events(session_graph, "Up to 100 ethnic Albanians demonstrated on Tuesday in Serbia, Belgrade radio said.")
    assert [(t, a) for t, a, _r, _m in events] == [("PROTEST", "ALB")]


def test_attacker_from_a_split_compound_attack_phrase(session_graph) -> None:
    events = _text_events(session_graph, "Four children and a man were killed in Israeli tank shelling in the east of "
                                         "the Gaza Strip on Friday evening, medics said.")
    assert [(t, a) for t, a, _r, _m in events] == [("ASSAULT", "ISR")]
