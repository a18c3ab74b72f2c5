"""spaCy component: of two German noun phrases whose case the words do not tell, the first is the subject.

German marks subject and object by case, and many phrases do not show it: "seine Truppen",
"ukrainische Stellungen", "die Regierung", names. A reader then takes the first phrase for the
subject (subject-before-object is the unmarked order; an object comes first only where its case
shows: "Den Vorschlag lehnte die FPÖ ab"). The German parser, trained on 2,900 sentences, often
labels the second phrase the subject instead: "Russland erklärte, seine Truppen hätten ukrainische
Stellungen angegriffen" came out with "Stellungen" as subject and "Truppen" as object.

For a verb with a subject and, before it, a bare object (no preposition), both nouns or names, the
two labels are swapped unless something says the parser was right (and a subject that shows a case
other than the nominative swaps with an object that does not, wherever they stand: "Den Vorschlag
lehnten die Abgeordneten ab"):

* the object shows a case other than the nominative: a determiner or pronoun that is never
  nominative ("den", "dem", "einen", "ihn" ...: cue-free, it is grammar);
* the subject shows the nominative: a determiner or pronoun that is only nominative ("ein" on a
  masculine noun aside, "er", "wir", "ich");
* the finite verb agrees in number with the subject and not with the object (as far as the
  morphology marks both);
* the verb is a passive (its subject is the one acted upon) or a copula.

And of two phrases the parser labelled subjects of one verb, the only one with "der" on a feminine
noun (dative or genitive) or a never-nominative determiner becomes the indirect object: "Frankreich
hat der Ukraine Waffen geliefert".

Only labels change; heads stay, so the tree and the sentence boundaries keep.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

NOUNS = frozenset({"NOUN", "PROPN"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubj:pass"})
#: German determiners that mark a phrase as accusative, dative or genitive (the coder reads them too:
#: ``newsgraph.coding.syntax``)
OBLIQUE_DETERMINERS = frozenset(
    "den dem des einen einem eines diesen diesem keinen keinem seinen seinem ihren ihrem unseren unserem".split()
)
#: determiners and pronouns that are never nominative
NOT_NOMINATIVE = OBLIQUE_DETERMINERS | frozenset(
    "dieses jenen jenem meinen meinem deinen deinem euren eurem ihn ihm mich mir dich dir uns euch".split()
)
#: endings of feminine place names, whose gender the morphologizer often misses ("der Ukraine", "der Türkei")
FEMININE_NAMES = ("e", "ei")
#: pronouns that are only nominative
NOMINATIVE_ONLY = frozenset("ich du er wir ihr man".split())


def _shows_case(noun: Token, forms: frozenset[str]) -> bool:
    return noun.lower_ in forms or any(c.dep_.startswith("det") and c.lower_ in forms for c in noun.children)


#: third-person finite forms without the regular ending
_SINGULAR = frozenset("ist kann will muss soll darf mag weiß".split())
_PLURAL = frozenset({"sind"})


def _finite_number(verb: Token) -> str | None:
    """Number of the clause's finite verb, read off its ending (third person: "-en" plural, "-t"/"-te" singular), which
    is surer than the morphologizer's guess ("lehnten" came out singular); None if there is no finite verb."""
    for t in [verb, *(c for c in verb.children if c.dep_.startswith("aux"))]:
        if t.morph.get("VerbForm") != ["Fin"] and t.tag_ not in ("VVFIN", "VAFIN", "VMFIN"):
            continue
        word = t.lower_
        if word in _PLURAL or word.endswith("en"):
            return "Plur"
        if word in _SINGULAR or word.endswith(("t", "te")):
            return "Sing"
    return None


def _agrees(noun: Token, number: str | None) -> bool | None:
    own = noun.morph.get("Number")
    if number is None or len(own) != 1:
        return None
    return own[0] == number


def _passive_or_copula(verb: Token) -> bool:
    return any(c.dep_ in ("aux:pass", "cop") for c in verb.children)


def swap_candidates(verb: Token) -> tuple[Token, Token] | None:
    """(subject, object) of ``verb`` whose labels are to be swapped, or None."""
    subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    if len(subjects) != 1 or subjects[0].pos_ not in NOUNS or _passive_or_copula(verb):
        return None
    subj = subjects[0]
    objects = [c for c in verb.children if c.dep_ == "obj" and c.pos_ in NOUNS
               and not any(x.dep_ == "case" for x in c.children)]
    if len(objects) != 1:
        return None
    obj = objects[0]
    number = _finite_number(verb)
    if _agrees(subj, number) is True and _agrees(obj, number) is False:
        return None
    if any(c.lower_ in NOMINATIVE_ONLY for c in verb.children if c.i not in (subj.i, obj.i)):
        return None  # "Dem Projekt hat man ... gegeben": the subject is a pronoun the parser labelled otherwise
    if _shows_case(subj, NOT_NOMINATIVE) and not _shows_case(obj, NOT_NOMINATIVE):
        return subj, obj  # "Den Vorschlag lehnten die Abgeordneten ab", "Dem Niederländer droht ein Ausfall"
    if obj.i > subj.i or _shows_case(obj, NOT_NOMINATIVE) or _shows_case(subj, NOMINATIVE_ONLY):
        return None
    return subj, obj


def second_subject(verb: Token) -> Token | None:
    """Of two phrases labelled subjects of ``verb``, the one that is a dative ("Frankreich hat der Ukraine Waffen
    geliefert", "Der Kanzler warf der Opposition Populismus vor"): the only one with a never-nominative determiner
    or "der" on a feminine noun; None if that does not single one out."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.pos_ in NOUNS]
    if len(subjects) != 2:
        return None
    marked = [s for s in subjects if _shows_case(s, NOT_NOMINATIVE) or _feminine_der(s)]
    return marked[0] if len(marked) == 1 else None


def _feminine_der(noun: Token) -> bool:
    """"der" on a feminine noun is a dative or genitive ("der Ukraine", "der Regierung"); on a masculine one it is the
    nominative ("der Betriebsrat"). Gender from the morphologizer, for names also from their ending."""
    feminine = noun.morph.get("Gender") == ["Fem"] or (noun.pos_ == "PROPN" and noun.lower_.endswith(FEMININE_NAMES))
    return feminine and noun.morph.get("Number") != ["Plur"] and any(
        c.dep_.startswith("det") and c.lower_ == "der" for c in noun.children)


@Language.component("newsgraph_de_subject_first")
def subject_first(doc: Doc) -> Doc:
    if doc.has_annotation("DEP"):
        for verb in doc:
            if verb.pos_ in ("VERB", "AUX"):
                dative = second_subject(verb)
                if dative is not None:
                    dative.dep_ = "iobj"
                found = swap_candidates(verb)
                if found is not None:
                    subj, obj = found
                    subj.dep_, obj.dep_ = "obj", "nsubj"
    return doc
