"""Clause-level views of a Universal Dependencies parse (spaCy tokens).

Pure functions over ``spacy.tokens.Token``: the verb's full lemma (with a split-off
separable particle), its subjects and objects, passive voice, prepositional
arguments, and the tokens of its own clause.  The label set is UD v2 as used by
the German GSD and English EWT treebanks.
"""

from __future__ import annotations

from collections.abc import Callable, Container, Iterator

from spacy.tokens import Token

from newsgraph.coding.dates import MONTHS, WEEKDAYS
from newsgraph.language.subject_first import OBLIQUE_DETERMINERS

SUBJ = {"nsubj", "csubj"}
PASS_SUBJ = {"nsubj:pass", "csubj:pass"}
PERFECT_AUX = frozenset({"haben", "have"})
INFINITIVE_MARKERS = frozenset({"to", "zu"})
PASSIVE_AUX = frozenset({"be", "sein", "werden"})  # "have been closed", "ist ... worden"
OBJ = {"obj", "iobj", "obl:arg", "dobj"}
OBLIQUE = {"obl", "obl:arg", "obl:agent", "nmod", "obl:tmod", "advmod"}
# dependents that open a clause of their own (their words are not the governing clause's)
CLAUSAL = {"ccomp", "xcomp", "advcl", "acl", "acl:relcl", "parataxis", "csubj", "csubj:pass", "relcl"}
PARTICLE = {"compound:prt", "svp", "prt"}
NEGATION = frozenset({"nicht", "nie", "niemals", "keineswegs", "not", "never", "n't", "no"})
NEG_DET = frozenset({"kein", "keine", "keinen", "keinem", "keiner", "keines", "no"})
# adverbs that "no" negates ("will no longer tolerate", "no more"); German "nicht mehr" carries its "nicht"
NEGATED_ADVERBS = frozenset({"longer", "more"})


# the prepositions of a passive's or a nominalisation's agent ("von der Armee", "by the army")
AGENT_PREPS = ("von", "durch", "by")
# English possessive markers, labelled case by UD ("Russia's war"): not a preposition
POSSESSIVE_MARKERS = frozenset({"'s", "’s", "'"})

# German separable-verb particles; a particle stands at the end of its clause ("weisen das zurück")
SEPARABLE = {"ab", "an", "auf", "aus", "bei", "dar", "ein", "fest", "fort", "frei", "heim", "her", "heraus",
             "herbei", "hin", "hinaus", "hinzu", "los", "mit", "nach", "nieder", "statt", "vor", "voran", "vorbei",
             "weg", "weiter", "wieder", "zu", "zurecht", "zurück", "zusammen", "bereit", "kund", "teil", "bekannt"}


def is_verb(token: Token) -> bool:
    """A verb by part of speech, by its STTS/PTB tag, or by a separable particle depending on it
    (the tagger calls a strong past tense like "schloss" an adverb now and then)."""
    return (token.pos_ in ("VERB", "AUX") or token.tag_.startswith(("VV", "VA", "VM", "VB"))
            or token.morph.get("VerbForm") == ["Fin"] or any(c.dep_ in PARTICLE for c in token.children))


#: where a predicate without a copula stands: the complement of a verb of judging ("nannte den Plan
#: inakzeptabel", "called the move a mistake")
_PREDICATE_DEPS = frozenset({"xcomp", "acomp", "oprd"})


def is_predicate(token: Token) -> bool:
    """``token`` is said of something: it has a copula ("ist falsch", "is a disgrace") or is the complement of a
    verb of judging; not an attribute ("der falsche Weg") or an argument ("wegen des Fehlers", "hast du Erfolg")."""
    return has_copula(token) or token.dep_ in _PREDICATE_DEPS


def has_copula(token: Token) -> bool:
    """``token`` is a predicate with a copula: "(sei) inakzeptabel", "(is) a mistake"."""
    return any(c.dep_ == "cop" for c in token.children)


def particle(verb: Token) -> str:
    """The separable particle split off ``verb`` ("zurück" in "weisen ... zurück"), or ''.

    Labelled particles count, and so does a known particle word that depends on the verb
    and closes the clause (before punctuation, a conjunction or the end), whatever the
    parser called it.
    """
    for child in verb.children:
        if child.dep_ in PARTICLE or child.tag_ == "PTKVZ":
            return child.lower_
    if verb.lang_ != "de":
        return ""
    for child in verb.children:
        if child.i > verb.i and child.lower_ in SEPARABLE and child.text.islower():
            nxt = child.doc[child.i + 1] if child.i + 1 < len(child.doc) else None
            if nxt is None or nxt.is_punct or nxt.pos_ in ("CCONJ", "SCONJ") or nxt.is_space:
                return child.lower_
    return ""


def verb_lemmas(verb: Token) -> list[str]:
    """Candidate full lemmas of a verb: with its split-off particle, as given, and without a zu-infix."""
    lemma = (verb.lemma_ or verb.text).lower()
    prt = particle(verb)
    out = [prt + lemma] if prt else []
    out.append(lemma)
    text = verb.lower_
    # "bereitzustellen" → "bereitstellen"; a lemmatiser may leave the zu-infix in
    for form in (lemma, text):
        idx = form.find("zu", 2)
        if 2 <= idx <= 8 and form.endswith("en"):
            out.append(form[:idx] + form[idx + 2:])
    return list(dict.fromkeys(out))


def is_infinitive(verb: Token) -> bool:
    return verb.tag_ in ("VVINF", "VVIZU", "VAINF", "VMINF", "VB") or verb.morph.get("VerbForm") == ["Inf"]


def is_zu_infinitive(verb: Token) -> bool:
    """A German infinitive with "zu" inside it ("abzuziehen"), whatever the tagger made of it (often VVINF)."""
    if verb.tag_ == "VVIZU":
        return True
    low, lemma = verb.lower_, verb.lemma_.lower()
    return is_infinitive(verb) and len(low) == len(lemma) + 2 and any(
        low == lemma[:k] + "zu" + lemma[k:] for k in range(1, len(lemma) - 1))


def is_to_infinitive(verb: Token) -> bool:
    """An infinitive with its "to" or "zu": "to provide", "zu liefern", "abzuziehen"."""
    return is_infinitive(verb) and (is_zu_infinitive(verb) or any(c.lower_ in INFINITIVE_MARKERS for c in verb.children))


def is_participle(verb: Token) -> bool:
    """Past participle by the tag; the morphology only decides where the tag is not a verb tag. A German
    "infinitive" with an auxiliary whose form is not its lemma is a participle the tagger missed ("sind ...
    abgeschoben worden": "abgeschoben" is not "abschieben"); so is a "finite" verb with an auxiliary ("werden ...
    eingefordert")."""
    if verb.tag_ in ("VVINF", "VVFIN") and verb.lower_ != verb.lemma_.lower() and verb.lower_.endswith(("t", "en")):
        return any(c.dep_.startswith("aux") for c in verb.children)
    if verb.tag_.startswith(("VV", "VA", "VM", "VB")):
        return verb.tag_ in ("VVPP", "VAPP", "VMPP", "VBN")
    return verb.morph.get("VerbForm") == ["Part"]


def is_passive(verb: Token) -> bool:
    """Passive voice: a participle with an aux:pass child, a passive subject, or werden.

    "wird ... besuchen" (werden + infinitive) is the future, whatever the parser labelled.
    """
    if not is_participle(verb):
        return False
    # "soll Waffen geliefert haben", "has supplied": the perfect's "haben"/"have" makes the participle active, whatever
    # the parser called its subject (a passive perfect has its own passive auxiliary: "ist geliefert worden")
    auxes = {c.lemma_.lower() for c in verb.children if c.dep_.startswith("aux") or c.dep_ == "cop"}
    perfect = bool(auxes & PERFECT_AUX) and not auxes & PASSIVE_AUX
    for child in verb.children:
        if child.dep_ in ("aux:pass", "auxpass") or (child.dep_ in PASS_SUBJ and not perfect):
            return True
        if child.dep_ == "aux" and child.lemma_ == "werden" and not any(c.lemma_ in ("haben", "sein") for c in verb.children
                                                                     if c.dep_ == "aux"):
            return True  # "werde von Deutschland ... unterstützt" (tagged finite); not "wird ... unterstützt haben"
    return False


def children(token: Token, deps: set[str]) -> list[Token]:
    return [c for c in token.children if c.dep_ in deps]


def with_conjuncts(tokens: list[Token]) -> list[Token]:
    """The tokens and everything coordinated with them ("China und Nordkorea")."""
    out: list[Token] = []
    for t in tokens:
        out.append(t)
        out.extend(c for c in t.conjuncts if c not in out)
    return out


def case_of(token: Token) -> str:
    """The preposition introducing ``token`` (lower-case), or ''. A German "als" after "mehr"/"weniger" is none: it
    compares a number ("hat die Polizei mehr als zehn Teilnehmer festgenommen", the noun labelled obl), and the
    phrase is a bare one, a subject or an object (see ``comparative_quantity``)."""
    for child in token.children:
        if child.dep_ == "case":
            return "" if comparative_quantity(token, child) else child.lower_
    return ""


#: German words before "als" that make it compare a quantity: "mehr als zehn", "weniger als die Hälfte"
_COMPARATIVE_QUANTIFIERS = frozenset({"mehr", "weniger"})


def comparative_quantity(noun: Token, case: Token | None = None) -> bool:
    """``noun`` is a German phrase of a compared quantity, its "als" (``case``, else found) right after
    "mehr"/"weniger" ("mehr als 7.800 Flüchtlinge"): the parser reads "als" as a preposition."""
    if noun.lang_ != "de":
        return False
    if case is None:
        case = next((c for c in noun.children if c.dep_ == "case"), None)
    return (case is not None and case.lower_ == "als" and case.i > 0
            and case.doc[case.i - 1].lower_ in _COMPARATIVE_QUANTIFIERS)


# fused preposition + article → the preposition ("im" → "in")
_FUSED = {"im": "in", "ins": "in", "zum": "zu", "zur": "zu", "am": "an", "ans": "an", "vom": "von", "beim": "bei"}
_PREP_DEPS = OBLIQUE | {"obj", "nmod"}


def preposition_of(token: Token) -> str:
    """The preposition introducing ``token``, a fused form as the plain one ("beim" → "bei"), or ''."""
    prep = case_of(token)
    return _FUSED.get(prep, prep)


def prep_args(head: Token, prep: str) -> list[Token]:
    """Dependents of ``head`` introduced by the preposition ``prep`` (also fused: "im", "zum")."""
    return preps_of(head).get(prep, [])


def preps_of(head: Token) -> dict[str, list[Token]]:
    """All prepositional dependents of ``head`` by their preposition (fused forms under the plain one)."""
    out: dict[str, list[Token]] = {}
    for c in arguments(head):
        if c.dep_ in _PREP_DEPS:
            prep = case_of(c)
            if prep:
                out.setdefault(_FUSED.get(prep, prep), []).append(c)
    return out


def arguments(head: Token) -> list[Token]:
    """The dependents of ``head``, with those the parser hung on its auxiliary ("hat Kuba ... besucht": "Kuba"
    under "hat")."""
    own = list(head.children)
    hung = [c for aux in own if aux.dep_.startswith("aux") for c in aux.children if c.dep_ not in ("punct", "cc")]
    return own + hung if hung else own


def ordered_arguments(head: Token) -> list[Token]:
    """``arguments`` in word order: the first phrase, wherever the parser hung it, is read first ("Vergangene Woche
    hatten US-Einheiten ... den IS-Chef getötet": "US-Einheiten" obj of "hatten")."""
    return sorted(arguments(head), key=lambda t: t.i)


def subjects(verb: Token) -> tuple[list[Token], list[Token]]:
    """``(subjects, misread)``: the verb's subjects, and extra "subjects" that must be objects.

    A weak parser sometimes labels two phrases nsubj; the nominative one (or a pronoun) is
    the subject, the others are returned as objects.
    """
    subj = [c for c in verb.children if c.dep_ in SUBJ and not _connective(c)]
    if not subj and verb.lang_ == "en" and not is_passive(verb):
        # "whom Turkey had long accused" with "Turkey" labelled nsubj:pass (German: roles reads the misread
        # arguments in order, see misread.object_read_for_subject)
        subj = [c for c in verb.children if c.dep_ in PASS_SUBJ]
    if not subj:  # a subject hung on the auxiliary ("Ban hat ... verurteilt")
        subj = [c for a in verb.children if a.dep_.startswith("aux") for c in a.children
                if c.dep_ in SUBJ and not _connective(c)]
    if not subj:
        subj = _predicate_held_subject(verb)
    if not subj:
        subj = _vorfeld_subject(verb) or _adjacent_subject(verb) or _first_phrase_subject(verb)
    if len(subj) > 1 and verb.lang_ == "de" and any("Nom" in s.morph.get("Case") for s in subj if not _opening_adverb(s)):
        subj = [s for s in subj if not _opening_adverb(s)]
    if len(subj) == 1 and (moved := _mittelfeld_subject(verb, subj[0])) is not None:
        return moved
    if len(subj) <= 1:
        return subj, []
    if (title := _title_before_name(subj)) is not None:
        return [title], []
    # the subject agrees with the finite verb in number ("Italien hat die EU-Partner ... gebeten": "hat" is
    # singular, so Italy asked), then it is the nominative one (or a pronoun), then the first
    # (a German determiner that is never nominative rules a phrase out first: "Den Vorschlag lehne die FPÖ ab")
    number = _finite_number(verb)
    cands = [s for s in subj if not _oblique_determiner(s)] or subj
    agreeing = [s for s in cands if not number or not s.morph.get("Number") or number in s.morph.get("Number")]
    pool = agreeing or cands
    nominative = [s for s in pool if s.pos_ == "PRON" or "Nom" in s.morph.get("Case")] or pool[:1]
    keep = nominative[:1]
    return keep, [s for s in subj if s not in keep]


#: German nouns of time whose bare phrase is an adverbial, never an agent ("Anfang der Woche", "Vergangene Woche",
#: "Ende Mai", "Am Montag" without its preposition)
#: (the month and weekday names are the date resolver's, with Austria's "Jänner")
TIME_NOUNS = frozenset({"anfang", "ende", "mitte", "woche", "wochen", "monat", "monate", "jahr", "jahre", "tag", "tage",
                        "wochenende", "morgen", "abend", "nacht", "vormittag", "nachmittag", "jänner",
                        *MONTHS["de"], *WEEKDAYS["de"]})


def _opening_adverb(token: Token) -> bool:
    """A German adverbial opening the sentence, labelled subject: a bare adverb or adjective the parser read as a noun
    for its capital ("Erneut", "Zuletzt"), or a noun phrase of time without preposition ("Anfang der Woche hatten die
    Rebellen ... gestartet"): no subject; beside another "subject" the tagger calls nominative it is dropped (not beside
    an accusative: "Mitterlehner rüffelt Lopatka", a name the tagger took for an adjective)."""
    if token.lang_ != "de" or token.left_edge.i != token.sent.start:
        return False
    if token.pos_ in ("ADV", "ADJ"):
        return token.i == token.sent.start and not any(True for _ in token.children)
    return token.pos_ in ("NOUN", "PROPN") and token.lower_ in TIME_NOUNS and not case_of(token)


def _mittelfeld_subject(verb: Token, pseudo: Token) -> tuple[list[Token], list[Token]] | None:
    """``(subjects, misread)`` of a German clause whose one "subject" is a bare adverb or adjective opening the sentence
    ("Erneut hat am Montag ein palästinensischer Angreifer eine Israelin angegriffen": its capital made the parser read
    "Erneut" as a noun). With the first position of the main clause so taken, the subject stands after the finite verb:
    the first noun phrase there labelled object that the tagger calls nominative, unless its article or number says
    otherwise. None where the "subject" may be one. (A noun disagreeing in number with the verb, "Wenige Wochen vor dem
    Referendum hat ...", was tried as well: the tagger's number of nouns is too often wrong, it lost more right subjects
    than it found; a phrase of time is in ``TIME_NOUNS``.)"""
    if verb.lang_ != "de" or not _opening_adverb(pseudo):
        return None
    number = _finite_number(verb)
    finite = [t for t in [verb, *[c for c in verb.children if c.dep_.startswith("aux")]]
              if t.morph.get("VerbForm") == ["Fin"] or t.tag_ in ("VVFIN", "VAFIN", "VMFIN")]
    if not finite:
        return None
    after = finite[0].i
    for c in ordered_arguments(verb):
        if (c.dep_ == "obj" and c.i > after and c.pos_ in ("NOUN", "PROPN") and not case_of(c)
                and not _oblique_determiner(c) and "Nom" in c.morph.get("Case")
                and (not number or not c.morph.get("Number") or number in c.morph.get("Number"))):
            return [c], []
    # a phrase of time is surely none: no subject named, the roles' reading of misread objects may find it; a bare
    # adjective may be a noun after all ("Verdächtiger soll ... geschossen haben"), a name ("Xi war ... eingetroffen")
    return ([], []) if pseudo.pos_ in ("NOUN", "PROPN") else None


def _title_before_name(subj: list[Token]) -> Token | None:
    """Of two German "subjects", a bare title noun right before a name ("fordert CSU-Fraktionsvorsitzender Christian
    Schlegl eine frühe Einbindung": both labelled nsubj) is one phrase, the title its head as in a close apposition;
    an object after the subject would have its article ("fordert Schlegl eine Einbindung")."""
    if len(subj) != 2 or subj[0].lang_ != "de":
        return None
    title, name = sorted(subj, key=lambda t: t.i)
    if (title.pos_ == "NOUN" and name.pos_ == "PROPN" and title.right_edge.i + 1 == name.left_edge.i
            and not any(c.dep_.startswith("det") or c.pos_ == "ADP" for c in title.subtree if c is not title)):
        return title
    return None


def _predicate_held_subject(verb: Token) -> list[Token]:
    """A German subject the parser hung on an adverb or a predicative adjective of the verb ("So sperrt sich Frankreich
    vehement gegen ...": "Frankreich" nsubj of "vehement", itself xcomp of "sperrt"). A modifier without a copula has
    no subject of its own, and a predicative complement's subject is the verb's object, never labelled nsubj under it:
    the phrase is the verb's subject."""
    if verb.lang_ != "de":
        return []
    return [c for x in verb.children if x.dep_ in ("xcomp", "advmod") and x.pos_ in ("ADJ", "ADV") and not has_copula(x)
            for c in x.children if c.dep_ in SUBJ and c.pos_ in ("NOUN", "PROPN", "PRON") and not _connective(c)]


#: German subordinating conjunctions and relative adverbs the parser, misled by their capital at the start of a
#: sentence, labels a subject ("Obwohl die Abgeordneten ... abgelehnt haben", "Woraufhin sie ... bat"); sentence
#: adverbs ("Zuvor", "indes") are left alone: tried, their clauses' other phrases as subjects gave more wrong than right
_CONNECTIVES = frozenset({"obwohl", "obgleich", "woraufhin", "weshalb", "weswegen", "nachdem", "während", "weil",
                          "falls", "sobald", "sofern", "wohingegen"})


def _connective(token: Token) -> bool:
    """A bare German subordinating conjunction labelled subject: no phrase of its own, no subject."""
    return token.lang_ == "de" and token.lower_ in _CONNECTIVES and not any(True for _ in token.children)


# German determiners that are never nominative ("Den Vorschlag lehne die FPÖ ab": the FPÖ rejects):
# OBLIQUE_DETERMINERS, shared with the parse repair newsgraph_de_subject_first


#: labels the parser gives a German clause's first phrase that cannot be its subject
_NOT_SUBJECT = frozenset({"obj", "iobj", "obl:agent", "expl", "advmod", "mark", "cc", "punct", "nummod"})


def _vorfeld_subject(verb: Token) -> list[Token]:
    """A German main clause with no subject label but one bare noun phrase before its verb: that phrase is the
    subject ("Ungarn und Polen lehnen ... ab" with "Ungarn" labelled xcomp) unless its case or article says
    otherwise ("Den Vorschlag lehnt ... ab")."""
    if verb.lang_ != "de" or verb.dep_ not in ("ROOT", "conj", "parataxis"):
        return []
    before = [c for c in verb.children if c.i < verb.i and not c.is_punct]
    if len(before) != 1:
        return []
    first = before[0]
    cases = first.morph.get("Case")
    if (first.pos_ not in ("NOUN", "PROPN") or first.dep_ in _NOT_SUBJECT or case_of(first)
            or _oblique_determiner(first) or (len(cases) == 1 and cases[0] != "Nom")):
        return []
    return [first]


def _adjacent_subject(verb: Token) -> list[Token]:
    """An English main verb with no subject label right after a noun phrase: that phrase is its subject ("During
    his visit to Beijing, US Secretary of State Antony Blinken met ...": the parser hung "Blinken" on "Beijing")."""
    if verb.lang_ != "en" or verb.tag_ not in ("VBD", "VBZ", "VBP") or verb.dep_ != "ROOT":
        return []
    i = verb.i - 1
    while i >= 0 and verb.doc[i].pos_ == "ADV":
        i -= 1
    prev = verb.doc[i] if i >= 0 else None
    if prev is None or prev.pos_ not in ("NOUN", "PROPN") or prev.head.i == verb.i or prev.is_sent_start:
        return []
    return [prev]


#: words that may open a German main clause before its first phrase ("und Polen fordert ...")
_CLAUSE_OPENERS = frozenset({"und", "aber", "doch", "oder", "sondern", ",", ":", ";", "–", "-"})


def _first_phrase_subject(verb: Token) -> list[Token]:
    """A German finite verb in second place with no subject label, right after the clause's only phrase, a noun
    phrase the parser hung elsewhere ("und Polen fordert ...": "Polen" read as a conjunct of the verb before): that
    phrase is the subject, unless its article or number says otherwise."""
    if verb.lang_ != "de" or verb.tag_ not in ("VVFIN", "VAFIN", "VMFIN") or verb.dep_ not in ("ROOT", "conj"):
        return []
    doc = verb.doc
    if verb.i == 0 or doc[verb.i - 1].pos_ not in ("NOUN", "PROPN"):
        return []
    start = verb.i - 1
    while start > 0 and doc[start - 1].pos_ in ("DET", "ADJ", "PROPN", "NOUN") and doc[start - 1].text not in _CLAUSE_OPENERS:
        start -= 1
    if start > 0 and doc[start - 1].lower_ not in _CLAUSE_OPENERS and not doc[start].is_sent_start:
        return []
    head = doc[verb.i - 1]
    phrase = doc[start: verb.i]
    for tok in phrase:  # the phrase's own head: the word of it that no other word of it governs
        if tok.head.i < start or tok.head.i >= verb.i or tok.head == tok:
            head = tok
            break
    # (not its tagged case: the tagger's case of a bare name is a guess, "Polen" Dat)
    number = _finite_number(verb)
    if (head.pos_ not in ("NOUN", "PROPN") or _oblique_determiner(head)
            or (number and head.morph.get("Number") and number not in head.morph.get("Number"))):
        return []
    return [head]


def _oblique_determiner(noun: Token) -> bool:
    """``noun`` has a German determiner that marks it as accusative, dative or genitive."""
    return noun.lang_ == "de" and any(c.dep_.startswith("det") and c.lower_ in OBLIQUE_DETERMINERS for c in noun.children)


def _finite_number(verb: Token) -> str | None:
    """Grammatical number of the finite verb of ``verb``'s clause (itself or its auxiliary), if marked."""
    for tok in [verb, *[c for c in verb.children if c.dep_.startswith("aux")]]:
        if tok.morph.get("VerbForm") == ["Fin"] or tok.tag_ in ("VVFIN", "VAFIN", "VMFIN"):
            numbers = tok.morph.get("Number")
            if len(numbers) == 1:
                return numbers[0]
    return None


def agent_phrases(noun: Token, von_is_agent: bool = True) -> list[Token]:
    """The agent phrases of a nominalisation: "Kritik von Menschenrechtlern", "calls by Belarus's rulers"; "von" only
    with ``von_is_agent`` (not where "von" marks what is acted upon: "die Festnahme von Journalisten")."""
    return [c for c in noun.children if c.dep_ in ("nmod", "obl") and case_of(c) in AGENT_PREPS
            and (von_is_agent or case_of(c) != "von")]


def anchored(noun: Token, anchors: Container[str]) -> bool:
    """``noun`` heads a phrase introduced by one of the prepositions ``anchors`` (its case marker, or the word just
    before the phrase where the parser did not attach it: "bezüglich der UN-Sanktionen")."""
    if case_of(noun) in anchors:
        return True
    start = noun.left_edge.i
    return start > 0 and noun.doc[start - 1].lower_ in anchors


POSSESSOR_DEPS = frozenset({"det:poss", "nmod:poss", "poss"})


def possessors(noun: Token, genitive_objects: bool = True) -> list[Token]:
    """Who a noun belongs to: a possessive ("seine", "Russia's"), a genitive ("der Opposition", only when
    ``genitive_objects``: "Neuautorisierung einer Mission" is the mission's, not by it), or a name in front of it,
    which in German is a genitive whatever the parser called it ("Russlands Angriff", "Trumps Drohung")."""
    out = []
    for c in noun.children:
        if c.dep_ in POSSESSOR_DEPS:
            out.append(c)
        elif c.dep_ == "nmod" and not case_of(c) and "Gen" in c.morph.get("Case") and genitive_objects:
            out.append(c)
        elif noun.lang_ == "de" and c.i == noun.i - 1 and _saxon_genitive(c):
            out.append(c)
    return out


def named_possessors(noun: Token, genitive_objects: bool = True) -> list[Token]:
    """``possessors`` that name someone: not a possessive or personal pronoun ("Russlands", "der Opposition", not
    "seine", "its")."""
    return [c for c in possessors(noun, genitive_objects) if c.tag_ not in ("PPOSAT", "PRP$") and c.pos_ != "PRON"]


def _saxon_genitive(token: Token) -> bool:
    """A capitalised name in -s right before a noun ("Russlands", "Trumps"), however the tagger took it."""
    return (token.text[:1].isupper() and token.lower_.endswith(("s", "'", "’")) and not case_of(token)
            and token.pos_ in ("PROPN", "NOUN", "ADV", "ADJ", "X") and token.dep_ in ("advmod", "nmod", "det", "amod", "dep"))


def bare_args(verb: Token) -> list[Token]:
    """Nominal dependents without a preposition that are not the subject: objects, also when mislabelled."""
    subj, misread = subjects(verb)
    out = list(misread)
    for c in arguments(verb):
        if c.dep_ in SUBJ or c in subj or c in out or case_of(c):
            continue
        if c.dep_ in OBJ | PASS_SUBJ or (c.dep_ in ("advmod", "dep", "obl", "nmod") and c.pos_ in ("NOUN", "PROPN")):
            out.append(c)
    return out


def prep_phrases(verb: Token, prep: str) -> list[Token]:
    """``prep`` phrases of a verb, or — the parser's commonest slip — of one of its nominal dependents."""
    return prep_phrase_index(verb)(prep)


def prep_phrase_index(verb: Token) -> Callable[[str], list[Token]]:
    """``prep_phrases`` for many prepositions of one verb, reading its dependents once."""
    own = preps_of(verb)
    nested: dict[str, list[Token]] = {}
    for c in verb.children:
        if c.dep_ not in CLAUSAL:
            # the phrase may hang on the last of coordinated objects: "withdraw inspectors and aid workers from Iraq"
            conjuncts = [d for d in c.children if d.dep_ == "conj" and d.pos_ in ("NOUN", "PROPN")] if c.dep_ in OBJ else []
            for x in (c, *conjuncts):
                for prep, found in preps_of(x).items():
                    nested.setdefault(prep, []).extend(found)
    return lambda prep: own.get(prep) or nested.get(prep, [])


def objects(verb: Token, *, dative: bool | None = None) -> list[Token]:
    """Bare (prepositionless) objects; ``dative`` True/False filters by case where the parse knows it."""
    out = []
    for c in arguments(verb):
        if c.dep_ not in OBJ or case_of(c):
            continue
        cases = c.morph.get("Case")
        if dative is True and cases and "Dat" not in cases:
            continue
        if dative is False and cases and cases == ["Dat"]:
            continue
        out.append(c)
    return out


def clause_tokens(head: Token) -> Iterator[Token]:
    """Tokens of the clause headed by ``head``, without embedded clauses."""
    stack = [head]
    while stack:
        tok = stack.pop()
        yield tok
        stack.extend(c for c in tok.children if not _opens_clause(c))


def _opens_clause(token: Token) -> bool:
    """A clausal dependent or a coordinated verb: the start of another clause."""
    return token.dep_ in CLAUSAL or (token.dep_ == "conj" and is_verb(token))


def governing_verb(token: Token) -> Token | None:
    """The nearest verb above ``token`` (itself if it is one)."""
    tok = token
    for _ in range(12):
        if is_verb(tok):
            return tok
        if tok.head == tok:
            return None
        tok = tok.head
    return None


def is_negated(head: Token) -> bool:
    """A negation word attached to the clause head ("no longer" too), or "kein" on one of its objects."""
    for c in head.children:
        if c.lower_ in NEGATION or c.tag_ == "PTKNEG":
            return True
        if c.lower_ in NEGATED_ADVERBS and any(d.lower_ in NEGATION for d in c.children):
            return True
        if c.dep_ in OBJ and denied_noun(c):
            return True
    return False


def denied_noun(noun: Token) -> bool:
    """A noun with a negative determiner: "keine Festnahmen", "zu keinen Verhaftungen", "no arrests"."""
    return any(d.lower_ in NEG_DET for d in noun.children if d.dep_ in ("det", "advmod"))


def publisher_verb(participle: Token, document_nouns: Container[str], publishing_verbs: Container[str]) -> Token | None:
    """The verb of publishing whose document ``participle`` gives the content of: "issued a statement condemning the
    raid" ("condemning" on "statement", or on "issued" itself, as parsers also attach it)."""
    if participle.tag_ != "VBG" or participle.dep_ not in ("acl", "advcl") or participle.head == participle:
        return None
    head = participle.head
    if participle.dep_ == "acl":
        if head.lemma_.lower() not in document_nouns or head.dep_ not in OBJ:
            return None
        head = head.head
    elif not any(c.dep_ in OBJ and c.lemma_.lower() in document_nouns and c.i < participle.i for c in head.children):
        return None
    return head if any(lemma in publishing_verbs for lemma in verb_lemmas(head)) else None


def frame_noun(token: Token) -> Token | None:
    """The noun right after ``token`` that ``token`` modifies as the first part of a compound and that frames the act
    ``token`` names ("a mediation effort", "mediation mission"; not "attack" in "an attack helicopter program")."""
    head = token.head
    if token.dep_ == "compound" and head.i == token.i + 1 and head.dep_ != "compound":
        return head
    return None
