"""German names of armed groups, movements, IGOs and national institutions, and German agent nouns, in sentences.

Real sentences written for these tests (issue 5; the gaps were found by benchmarks/actor_gaps_de.py on
10kGNAD articles outside the German gold set). The docs are tokenised with ``spacy.blank("de")``.
"""

from __future__ import annotations

import datetime as dt

from newsgraph.actors import ActorResolver

DAY = dt.date(2016, 1, 15)


def found(resolver: ActorResolver, nlp, text: str, day: dt.date | None = DAY) -> list[tuple[str, str | None, str | None]]:
    doc = nlp(text)
    return [(doc[m.start : m.end].text, m.actor.code, m.actor.sector) for m in resolver.find(doc, day)]


def test_islamic_state_by_its_german_names(de, nlp_de):
    assert found(de, nlp_de, "Die Terrormiliz IS bekannte sich am Sonntag zu dem Anschlag in Ankara.") == [
        ("Terrormiliz IS", "IMGMUSISI", "IMG"),
        ("Ankara", "TURGOV", "GOV"),
    ]
    text = "Kurdische Kämpfer vertrieben die IS-Miliz aus der Stadt, berichtete die Beobachtungsstelle für Menschenrechte."
    got = found(de, nlp_de, text)
    assert ("IS-Miliz", "IMGMUSISI", "IMG") in got
    assert ("Beobachtungsstelle für Menschenrechte", "SYROPPHRI", "OPPHRI") in got
    assert found(de, nlp_de, "Der Vormarsch des Islamischen Staates hat die Region verändert.") == [
        ("Islamischen Staates", "IMGMUSISI", "IMG"),
    ]


def test_rebel_groups_and_their_hyphen_compounds(de, nlp_de):
    got = found(de, nlp_de, "Huthi-Rebellen feuerten eine Rakete auf Saudi-Arabien ab, die Hisbollah schwieg.")
    assert ("Huthi-Rebellen", "YEMREB", "REB") in got
    assert ("Hisbollah", "LBNREB", "REB") in got
    got = found(de, nlp_de, "Die YPG und die PKK wiesen den Vorwurf zurück, Boko Haram und al-Schabab äußerten sich nicht.")
    assert [c for _, c, _ in got] == ["SYRREB", "TURREB", "NGAREB", "SOMREB"]


def test_the_muslim_brotherhood_governs_only_under_morsi(de, nlp_de):
    text = "Die Muslimbruderschaft rief zu Protesten gegen die Armee auf."
    assert found(de, nlp_de, text, dt.date(2013, 3, 1))[0][1] == "EGYGOV"
    assert found(de, nlp_de, text, dt.date(2014, 3, 1))[0][1] == "EGYOPP"


def test_movements_match_only_as_names(de, nlp_de):
    assert found(de, nlp_de, "Die Gelbwesten protestierten am Samstag erneut.", dt.date(2019, 1, 12)) == [
        ("Gelbwesten", "FRAOPP", "OPP"),
    ]
    assert found(de, nlp_de, "Aktivisten der Letzten Generation blockierten eine Kreuzung.", dt.date(2023, 5, 24)) == [
        ("Aktivisten der Letzten Generation", "DEUOPP", "OPP"),
    ]
    assert found(de, nlp_de, "Wir sind die letzte Generation, die das noch ändern kann.", dt.date(2023, 5, 24)) == []


def test_igos_and_their_organs(de, nlp_de):
    got = found(de, nlp_de, "Die EZB und der Europarat warnten, der UN-Menschenrechtsrat tagt in Genf.")
    assert [(t, c) for t, c, _ in got] == [("EZB", "IGOEUREEC"), ("Europarat", "IGOEURCOE"), ("UN-Menschenrechtsrat", "IGOUNO")]
    # the mixed-case spelling of the acronym UNO (three capitals only match text in capitals)
    assert found(de, nlp_de, "Das Flüchtlingshilfswerk der Uno warnte vor einer Hungersnot.")[-1][:2] == ("Uno", "IGOUNO")
    assert found(de, nlp_de, "Der Europäische Gerichtshof für Menschenrechte gab der Klägerin recht.") == [
        ("Europäische Gerichtshof für Menschenrechte", "IGOEURCOE", "IGO"),
    ]


def test_national_institutions_and_dated_parties(de, nlp_de):
    got = found(de, nlp_de, "Das Bundesverfassungsgericht und der BND äußerten sich nicht, der Verfassungsgerichtshof schon.")
    assert [c for _, c, _ in got] == ["DEUJUD", "DEUSPY", "AUTJUD"]
    assert found(de, nlp_de, "Syriza gewann die Wahl.", dt.date(2014, 6, 1))[0][1] == "GRCOPP"
    assert found(de, nlp_de, "Syriza gewann die Wahl.", dt.date(2015, 9, 21))[0][1] == "GRCGOV"
    assert found(de, nlp_de, "Finanzminister Varoufakis traf die Gläubiger.", dt.date(2015, 3, 1))[0][1] == "GRCGOV"


def test_german_agent_nouns(de, nlp_de):
    text = "Bewaffnete überfielen einen Konvoi, Ermittler und Menschenrechtler sprachen von Angreifern aus Syrien."
    got = found(de, nlp_de, text)
    assert got == [
        ("Bewaffnete", None, "UAF"),
        ("Ermittler", None, "COP"),
        ("Menschenrechtler", None, "OPP"),
        ("Angreifern", None, "UAF"),
        ("Syrien", "SYR", None),
    ]
    got = found(de, nlp_de, "Russische Grenzschützer nahmen zwei Fischer fest.")
    assert got == [("Russische Grenzschützer", "RUSMIL", "MIL")]
    assert found(de, nlp_de, "Tausende Syrer warten an der Grenze.") == [("Syrer", "SYR", None)]
    # an adjective written in lower case is no agent
    assert found(de, nlp_de, "Zwei bewaffnete Männer flohen.") == []


def nouns(nlp, text: str):
    """A blank doc whose capitalised words are tagged as nouns (the compound rule reads the tag)."""
    doc = nlp(text)
    for tok in doc:
        if tok.text[:1].isupper():
            tok.pos_ = "NOUN"
    return doc


def test_compounds_of_new_agents_and_words_that_only_end_like_one(de, nlp_de):
    doc = nouns(nlp_de, "Kommunalpolitiker und Terrorermittler warnten.")
    assert [(doc[m.start : m.end].text, m.actor.sector) for m in de.find(doc, DAY)] == [
        ("Kommunalpolitiker", "PTY"), ("Terrorermittler", "COP"),
    ]
    # a longer agent wins over the one its last letters spell ("Sani|täter" is no perpetrator)
    doc = nouns(nlp_de, "Rettungssanitäter halfen, die Landesobleute und der Attentäter schwiegen.")
    assert [(doc[m.start : m.end].text, m.actor.sector) for m in de.find(doc, DAY)] == [
        ("Rettungssanitäter", "HLH"), ("Attentäter", "CRM"),
    ]
    # "Führung", "Menge", "Leute" and "Verteidiger" do not form compounds (agents.yaml compounds: false)
    doc = nouns(nlp_de, "Die Entführung dauerte drei Wochen, die Wassermenge stieg, der Titelverteidiger verlor.")
    assert de.find(doc, DAY) == []
    assert de.resolve_name("Entführung", DAY) is None
    assert de.resolve_name("Wassermenge", DAY) is None


def test_english_aliases_of_the_same_organisations(en, nlp_en):
    got = found(en, nlp_en, "Islamic State and al-Qaeda claimed attacks while Houthi rebels and Boko Haram fought on.")
    assert [c for _, c, _ in got] == ["IMGMUSISI", "IMGMUSALQ", "YEMREB", "NGAREB"]
    text = "The European Central Bank and the Council of Europe met the Muslim Brotherhood."
    got = found(en, nlp_en, text, dt.date(2013, 3, 1))
    assert [c for _, c, _ in got] == ["IGOEUREEC", "IGOEURCOE", "EGYGOV"]
