"""Who acts in a clause the parser misread: the subject or object found where grammar, not the parse, puts it.

The German parser, trained on a few thousand sentences, and the English one on news it never saw, leave a clause's
actor elsewhere than its subject slot: a verb joined by "und" without a subject of its own, an object that is the
misread subject, a finite verb hung on a noun as its modifier, a clause the parser found no verb for; and an English
reduced relative ("soldiers killed in Ukraine") looks like a verb after its subject. Each reader here says, by a
rule of grammar, who acts (or that no one named does); ``roles`` calls them where the parse gives no subject.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.coding.lexicon import Pattern
from newsgraph.coding.syntax import (
    OBJ,
    PASS_SUBJ,
    SEPARABLE,
    SUBJ,
    comparative_quantity,
    has_copula,
    is_passive,
    is_verb,
    ordered_arguments,
    subjects,
)
from newsgraph.language.verbless import FINITE_TAGS


def coordinated_subject(verb: Token) -> list[Token]:
    """A German finite verb joined by "und" to the verb before it, with no subject of its own, shares that verb's
    subject, wherever the parser hung it ("Die Armee setzte Tränengas ein und feuerte Warnschüsse": "feuerte" read as a
    modifier of "Warnschüsse"; "Mexikos Regierung verurteilte den Vorfall scharf und forderte eine Untersuchung")."""
    finite = verb.tag_ == "VVFIN" or "Fin" in verb.morph.get("VerbForm")  # (the tagger's "ADJA" for "feuerte")
    if verb.lang_ != "de" or not finite or not any(c.dep_ == "cc" and c.lower_ == "und" and c.i < verb.i
                                                             for c in verb.children):
        return []
    sent_start = verb.sent.start
    for i in range(verb.i - 1, sent_start - 1, -1):
        prev = verb.doc[i]
        if prev.tag_ in ("VVFIN", "VAFIN", "VMFIN") and prev.dep_ != "aux" or (prev.dep_ == "ROOT" and is_verb(prev)):
            main = prev if prev.dep_ != "aux" else prev.head
            if is_passive(main):
                return []  # "wurden beleidigt und beschossen": the passive's subject is not who acts
            subj, _misread = subjects(main)
            return subj if not any(t.i >= verb.i for t in subj) else []
    return []


#: German verbs that take two accusatives: their second object is no misread subject
_TWO_OBJECT_VERBS = frozenset({"nennen", "heißen", "schimpfen", "schelten", "lehren", "kosten", "fragen", "abfragen"})


def object_read_for_subject(verb: Token, pattern: Pattern) -> list[Token]:
    """The object of an active German verb with no subject, where the pattern reads it as taking no object (its
    recipient only in phrases: "protestieren gegen"): the parser's misread subject ("In Budapest haben tausende Ungarn
    gegen die Regierung protestiert", "Ungarn" labelled obj)."""
    if verb.lang_ != "de" or is_passive(verb):
        return []
    # (a passive subject of an active verb is as misread: "Russland soll Waffen geliefert haben", "Russland" nsubj:pass)
    # (so is a compared quantity labelled obl: "haben mehr als 7.800 Flüchtlinge das Land verlassen")
    objs = [c for c in ordered_arguments(verb) if c.pos_ in ("NOUN", "PROPN")
            and (c.dep_ in ("obj", *PASS_SUBJ) or c.dep_ == "obl" and comparative_quantity(c))]
    if not pattern.objects and not any(s in ("obj", "iobj") for s in pattern.recipient):
        return objs if len(objs) == 1 else []
    # two bare objects of a verb that takes one, in a finite clause: the first is the misread subject ("So hat Ungarn
    # der griechischen Regierung mangelnde Grenzsicherung vorgeworfen", "hatten die Balkanstaaten ihre Grenzen
    # geschlossen", both labelled obj); not of a verb that takes two ("nannte ihn einen Lügner")
    infinitive = any(c.dep_ == "mark" and c.lower_ == "zu" for c in verb.children) or verb.dep_ == "xcomp"
    if len(objs) >= 2 and not infinitive and verb.lemma_ not in _TWO_OBJECT_VERBS and objs[0].i < verb.i:
        return objs[:1]
    return []


def reduced_passive(verb: Token, pattern: Pattern) -> bool:
    """An English past form hung without auxiliary on a noun before it that has its own place in another clause, with
    no object of its own though its pattern takes one, is a reduced passive relative clause ("There were ten Russian
    soldiers killed in Ukraine", "protesters arrested on Friday were released"): the noun is the one acted upon, a
    by-phrase names who acted. On a verbless root it is a misread finite verb instead (``verb_read_as_modifier``)."""
    if verb.lang_ != "en" or verb.dep_ != "acl" or verb.tag_ not in ("VBN", "VBD") or "obj" not in pattern.recipient:
        return False
    head = verb.head
    if head.pos_ not in ("NOUN", "PROPN") or head.i > verb.i or head.dep_ == "ROOT":
        return False
    return not any(c.dep_ in OBJ | SUBJ | PASS_SUBJ or c.dep_ in ("aux", "aux:pass", "cop", "ccomp", "xcomp")
                   for c in verb.children)


def verb_read_as_modifier(verb: Token) -> list[Token]:
    """The subject of a finite verb the parser hung on its object as a modifier ("Russland verlegte Truppen": ROOT
    "Truppen", "verlegte" amod, "Russland" nsubj of the noun; "Albanians demonstrated": "demonstrated" acl of its
    subject). A noun with a subject but no copula is such a misparse; a past tense after its noun is another, and so
    is a participle on a sentence root ("ministers agreed", "Palestinians blamed Israel": no other verb)."""
    head = verb.head
    noun_subjects = [c for c in head.children if c.dep_ in SUBJ]
    if noun_subjects and not any(c.dep_ == "cop" for c in head.children) and head.pos_ in ("NOUN", "PROPN"):
        return noun_subjects
    if head.pos_ not in ("NOUN", "PROPN"):
        return []
    if (clause := verbless_clause(verb)) is not None:
        return clause[0]
    if head.i < verb.i and (verb.tag_ == "VBD" or (verb.tag_ == "VBN" and _verbless(head))):
        return [head]  # "European Community foreign ministers agreed ...": no verb but this one
    if head.i > verb.i and verb.tag_ in ("VBD", "VBN") and _verbless(head):
        # "Palestinians blamed Israel for ...": the names before the verb were read as the object's modifiers
        return [c for c in head.children if c.i < verb.i and c.dep_ in ("compound", "nmod", "amod")
                and c.pos_ in ("NOUN", "PROPN")]
    return []


def verbless_clause(verb: Token) -> tuple[list[Token], list[Token]] | None:
    """``(subjects, objects)`` of a German finite verb the parser hung as a modifier on a noun of a clause it found no
    verb for, the noun not the clause's root ("An der Grenze erschossen israelische Soldaten drei Palästinenser":
    "erschossen" amod of "Soldaten", itself labelled subject of the root "Palästinenser"; "Deutsche Hilfsorganisationen
    stellten erste Soforthilfen bereit": "stellten" amod of the object, the root the particle "bereit"). A finite form
    is no attributive adjective, which stands after the noun's article and has an ending; so the noun labelled subject
    is the verb's subject, and the root noun, when the verb hangs on the subject, its object. None where the form is
    not finite, an article stands before it, or the clause has a verb."""
    noun = verb.head
    if (verb.lang_ != "de" or verb.dep_ not in ("amod", "acl") or "Fin" not in verb.morph.get("VerbForm")
            or noun.pos_ not in ("NOUN", "PROPN") or noun.dep_ == "ROOT"
            or any(c.dep_ == "det" and c.i < verb.i for c in noun.children)):
        return None
    root = noun.head
    if root.dep_ != "ROOT" or (is_verb(root) and root.lower_ not in SEPARABLE) or has_copula(root):
        return None  # (a root that is a separable particle, "bereit", is the verb's, whatever its tag)
    if noun.dep_ in SUBJ:
        return [noun], ([root] if root.pos_ in ("NOUN", "PROPN") else [])
    return [c for c in root.children if c.dep_ in SUBJ], [noun]


def _verbless(root: Token) -> bool:
    """``root`` heads a sentence the parser found no verb for: its misread verb is the main one."""
    return root.dep_ == "ROOT" and not any(c.dep_ == "cop" for c in root.children)



def adjective_root_subject(verb: Token) -> list[Token]:
    """The subject of an English finite verb the parser hung as an adverbial clause or a conjunct on an adjective it
    made the root, which has a subject but no copula ("Forces loyal to Assad attacked the town", "Soldiers loyal to
    the government have seized a town": "loyal" ROOT, the noun its subject): an adjective without a copula predicates
    nothing, so the verb is the main one and the adjective's subject is its own."""
    head = verb.head
    finite = verb.tag_ in FINITE_TAGS or any(c.dep_ == "aux" for c in verb.children)
    if (verb.lang_ != "en" or verb.dep_ not in ("advcl", "conj") or not finite or head.dep_ != "ROOT"
            or head.pos_ != "ADJ" or head.i > verb.i or has_copula(head)):
        return []
    return [c for c in head.children if c.dep_ in SUBJ and c.i < head.i]
