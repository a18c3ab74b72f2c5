"""Actor and recipient of an event read from its clause (``newsgraph.coding.roles``): the target named inside the
object of an act. German and English text coded by the shipped pipelines."""

from __future__ import annotations

import pytest


def test_target_inside_the_object_of_a_threat(code_en, summary) -> None:
    assert summary(code_en("Iran threatened retaliation against Israel on Monday.")) == [
        ("THREATEN", ["IRN"], ["ISR"], [])]


def test_object_without_a_target_gives_no_recipient(code_en, summary) -> None:
    assert summary(code_en("Iran threatened retaliation on Monday.")) == [("THREATEN", ["IRN"], [], [])]


def test_target_of_coordinated_objects(code_en, summary) -> None:
    """"weapons and ammunition to Ukraine": the parser hangs the phrase on the last conjunct."""
    assert summary(code_en("The European Union is providing weapons and ammunition to Ukraine.")) == [
        ("AID", ["IGOEUREEC"], ["UKR"], [])]


def test_german_target_inside_the_phrase_that_names_the_act(code_de, summary) -> None:
    assert summary(code_de("Russland drohte mit Vergeltung gegen die Ukraine.")) == [
        ("THREATEN", ["RUS"], ["UKR"], [])]


def test_possessive_on_an_agent_names_its_country(code_en, summary) -> None:
    """"its forces": the Kremlin's; the speaker's own side acts."""
    assert summary(code_en("The Kremlin said its forces had attacked Ukrainian positions.")) == [
        ("ASSAULT", ["RUSGOV"], ["UKR"], [])]


def test_german_first_of_two_ambiguous_phrases_acts(code_de, summary) -> None:
    """The parser made "ukrainische Stellungen" the subject; "seine" is Russia's (language/subject_first.py)."""
    assert summary(code_de("Russland erklärte, seine Truppen hätten ukrainische Stellungen angegriffen.")) == [
        ("ASSAULT", ["RUS"], ["UKR"], [])]


def test_german_dative_is_the_recipient_not_the_actor(code_de, summary) -> None:
    assert summary(code_de("Frankreich hat der Ukraine weitere Waffen geliefert.")) == [("AID", ["FRA"], ["UKR"], [])]


def test_german_dative_of_a_light_verb_is_the_nouns_recipient(code_de, summary) -> None:
    assert summary(code_de("Die EU hat der Regierung in Warschau eine Rüge erteilt.")) == [
        ("ACCUSE", ["IGOEUREEC"], ["POLGOV"], [])]


def test_object_naming_a_kind_of_agent_gives_way_to_its_target(code_en, summary) -> None:
    """"military intelligence" is what is given, not whom: the target phrase names the recipient."""
    assert summary(code_en("The United States is providing aerial photographs and military intelligence to Kenya.")) == [
        ("AID", ["USA"], ["KEN"], [])]


def test_named_object_stays_the_recipient(code_en, summary) -> None:
    assert summary(code_en("Iran threatened Israel with retaliation against its allies.")) == [
        ("THREATEN", ["IRN"], ["ISR"], [])]


def test_target_phrase_of_the_verb_when_the_object_is_the_actors_own(code_en, summary) -> None:
    """"its troops" are Syria's: the president they are offered to is the recipient."""
    assert summary(code_en("Syria offered its troops to Lebanon's president.")) == [("AGREE", ["SYR"], ["LBNGOV"], [])]


@pytest.mark.parametrize("text, expected", [
    ("Japan agreed to send engineers to Cambodia.", [("AGREE", ["JPN"], ["KHM"], [])]),
    ("Iran promised to return the prisoners to Iraq.", [("AGREE", ["IRN"], ["IRQ"], [])]),
])
def test_recipient_of_an_agreement_is_the_target_of_the_agreed_act(code_en, summary, text, expected) -> None:
    assert summary(code_en(text)) == expected


def test_german_recipient_of_a_willingness_is_the_destination_of_the_act(code_de, summary) -> None:
    assert summary(code_de("Japan erklärte sich bereit, Ingenieure nach Kambodscha zu schicken.")) == [
        ("AGREE", ["JPN"], ["KHM"], [])]


def test_agent_a_government_acts_toward_is_domestic(code_en, code_en_cameo) -> None:
    """PLOVER convention: the rebels whose demands a government accepts, with no place named, are its own; CAMEO
    (PETRARCH) leaves them of unknown country, so no recipient."""
    text = "The Mozambique government on Thursday accepted demands from rebels."
    [event] = code_en(text)
    assert [(r["text"], r["code"], r["country"]) for r in event["recipient"]] == [("rebels", None, "MOZ")]
    assert [e["recipient"] for e in code_en_cameo(text)] == [[]]


@pytest.mark.parametrize("code, text", [
    ("en", "Kenzo Oshima, the United Nations relief coordinator, criticized the attack."),
    ("de", "Stefan Dujarric, der Sprecher der Vereinten Nationen, kritisierte den Angriff."),
])
def test_unknown_person_takes_the_affiliation_of_the_apposition(code_en, code_de, code, text) -> None:
    events = (code_en if code == "en" else code_de)(text)
    assert [(e["event_type"], [(a["text"], a["code"]) for a in e["actor"]]) for e in events] == [
        ("ACCUSE", [(text.split(",")[0], "IGOUNO")])]


def test_participle_of_an_issued_document_is_its_issuers_act(code_en, summary) -> None:
    """"issued a statement condemning the raid": Hamas condemns; the issuing itself ("issue a statement", 101 in the
    PETRARCH dictionary) gives way to what the statement says."""
    assert summary(code_en("Hamas issued a statement condemning the Israeli raid."), modality=False) == [
        ("ACCUSE", ["PSEREBHMS"], ["ISR"])]


def test_document_someone_else_wrote_lends_no_actor(code_en) -> None:
    """The control case: who condemns a report did not write it; its urging has no known actor."""
    events = code_en("The families have condemned a report urging the government to treat the fighters as terrorists.")
    assert "REQUEST" not in {e["event_type"] for e in events}


def test_releasing_a_statement_frees_no_one(code_en) -> None:
    events = code_en("Downing Street released a statement after the conversation between May and Trump.")
    assert "CONCEDE" not in {e["event_type"] for e in events}


@pytest.mark.parametrize(("code", "text", "country"), [
    ("en", "Militants attacked a police station in northern Mali on Sunday.", "MLI"),
    ("en", "Italian troops used poison gas in Ethiopia in 1936.", "ETH"),
    ("de", "Kampfflugzeuge bombardierten am Sonntag mehrere Dörfer im Norden Malis.", "MLI"),
])
def test_violence_without_a_named_target_strikes_the_state_where_it_happens(code_en, code_de, code, text,
                                                                           country) -> None:
    events = (code_en if code == "en" else code_de)(text)
    assert [[r["country"] for r in e["recipient"]] for e in events if e["event_type"] == "ASSAULT"] == [[country]]


def test_named_target_of_violence_stays(code_en, summary) -> None:
    """The control case: a target the clause names is the recipient, not the state where the attack happens."""
    assert summary(code_en("Russia attacked the Ukrainian embassy in Paris."), modality=False) == [
        ("ASSAULT", ["RUS"], ["UKRGOV"])]


def test_place_of_domestic_violence_names_no_target(code_de) -> None:
    """The control case: violence by the state's own forces where it happens strikes someone the place does not name."""
    events = code_de("Die syrische Armee bombardierte am Sonntag mehrere Dörfer im Norden Syriens.")
    assert [[r["country"] for r in e["recipient"]] for e in events if e["event_type"] == "ASSAULT"] == [[]]


@pytest.mark.parametrize("text, expected", [
    ("Israel is opposed to French mediation in peace negotiations with Syria.", ("REJECT", ["ISR"], ["FRA"], [])),
    ("China is strongly opposed to the NATO expansion.", ("REJECT", ["CHN"], ["IGOWSTNAT"], [])),
    # control: with a by-phrase it is a passive again
    ("The plan was opposed by the United States.", ("REJECT", ["USA"], [], [])),
])
def test_being_opposed_to_is_the_subjects_stance(code_en, summary, text, expected) -> None:
    """"is opposed to" names what its subject opposes; read as a passive, Israel was the one opposed."""
    assert summary(code_en(text)) == [expected]


def test_phrase_on_the_last_of_coordinated_objects(code_en, summary) -> None:
    """"withdraw weapons inspectors and humanitarian workers from Iraq": the parser hangs "from Iraq" on "workers"."""
    events = summary(code_en("The United Nations will withdraw weapons inspectors and humanitarian workers from Iraq."))
    assert ("SANCTION", ["IGOUNO"], ["IRQ"], ["future"]) in events


def test_perfect_with_haben_is_active_whatever_the_subject_label(code_de, code_en, summary) -> None:
    """"Russland soll Waffen an Nordkorea geliefert haben": the parser labels "Russland" nsubj:pass; the perfect's
    "haben" makes the participle active (before: North Korea's delivery to Russia)."""
    assert summary(code_de("Russland soll Waffen an Nordkorea geliefert haben.")) == [
        ("AID", ["RUS"], ["PRK"], ["alleged"])]
    # control: a passive perfect keeps its passive ("have been closed", "been" labelled cop)
    assert [e[0] for e in summary(code_en("Its borders with Syria have been closed to civilians fleeing the conflict."))] == [
        "COERCE"]


@pytest.mark.parametrize("text", [
    "There were ten Russian soldiers killed in Ukraine on Monday.",
    "In Libya, there were many people killed in the fighting near Tripoli.",
])
def test_noun_of_a_reduced_passive_relative_is_not_its_actor(code_en, text) -> None:
    """"soldiers killed in Ukraine": the past form hung on a noun that stands in another clause, with no object though
    the verb takes one, says what was done to the noun (the tagger's past tense is no finite verb here)."""
    assert not [e for e in code_en(text) if e.event_type == "ASSAULT" and e.actor]


def test_finite_verb_after_its_subject_keeps_its_actor(code_en, summary) -> None:
    assert summary(code_en("Ten Russian soldiers killed two Ukrainian civilians on Monday.")) == [
        ("ASSAULT", ["RUSMIL"], ["UKRCVL"], [])]


@pytest.mark.parametrize("text, actors", [
    ("Russian and Syrian forces stormed the town on Monday.", {"RUSMIL", "SYRMIL"}),
    ("US and British activists staged a protest in Beijing.", {"USAOPP", "GBROPP"}),
])
def test_each_coordinated_country_of_a_shared_noun_acts(code_en, text, actors) -> None:
    """"Russian and Syrian forces": the parser hangs "Russian" on the noun or on "Syrian"; both countries' forces act."""
    assert {a["code"] for e in code_en(text) for a in e["actor"]} == actors


@pytest.mark.parametrize("lang, text, expected", [
    ("en", "The EU condemned Russia's annexation of Crimea.", [("ACCUSE", ["IGOEUREEC"], ["RUS"], [])]),
    ("de", "Die EU verurteilte Russlands Annexion der Krim.", [("ACCUSE", ["IGOEUREEC"], ["RUS"], [])]),
])
def test_owner_of_a_condemned_act_is_the_recipient_not_what_the_act_is_done_to(code_en, code_de, summary, lang, text,
                                                                             expected) -> None:
    """"Russia's annexation of Crimea": Russia annexed, so Russia is condemned; Crimea (Ukraine) is not."""
    assert summary((code_de if lang == "de" else code_en)(text)) == expected


def test_object_naming_an_actor_keeps_its_whole_phrase(code_en, summary) -> None:
    assert summary(code_en("The EU condemned Russia's president.")) == [("ACCUSE", ["IGOEUREEC"], ["RUSGOV"], [])]


@pytest.mark.parametrize("text", [
    "Forces loyal to the Syrian government attacked the town on Monday.",
    "Soldiers loyal to the Syrian government have seized a town in the east.",
])
def test_subject_of_an_adjective_the_parser_made_the_root_acts(code_en, text) -> None:
    """The parser made "loyal" the root and the verb its adverbial or conjunct; an adjective without a copula
    predicates nothing, so its subject does what the verb says."""
    assert [a["code"] for e in code_en(text) for a in e["actor"]] == ["SYRGOV"]


def test_pronoun_takes_up_the_named_subject_not_its_apposition(code_en, summary) -> None:
    """"The Kenyan Union of Nurses (KUN), the umbrella union ..., announced that it ...": "it" is the union named at
    the head of the subject, not the bare "union" of the apposition the parser read as a second subject."""
    text = ("The Kenyan Union of Nurses (KUN), the umbrella union for hospital nurses, announced Monday that it has "
            "called off a three-day strike after deliberations with the Kenyan government.")
    assert summary(code_en(text)) == [("CONCEDE", ["KENLAB"], ["KENGOV"], [])]
