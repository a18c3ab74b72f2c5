"""Modality of an event clause: negated, hypothetical, future, alleged.

(``historical`` depends on the event date and is set by the coder.)  Each test
reads only the clause of the trigger and the verbs above it, using the cue lists
of the language; German subjunctive mood comes from the parser's morphology.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.coding.cues import Cues
from newsgraph.coding.syntax import PASS_SUBJ, SUBJ, clause_tokens, is_negated, is_participle, is_passive, is_verb, verb_lemmas

MAX_ANCESTORS = 4


def _auxiliaries(verb: Token) -> list[Token]:
    return [c for c in verb.children if c.dep_.startswith("aux")]


_FOLD = str.maketrans("äöü", "aou")
_GERMAN_FINITE = frozenset({"VVFIN", "VAFIN", "VMFIN"})
_GERMAN_PRESENT_AUX = frozenset({"ist", "sind", "bin", "bist", "seid", "hat", "hast", "habt", "haben", "wird", "wirst",
                                 "werden", "werdet"})


def _present(verb: Token) -> bool:
    """The clause of ``verb`` is in the present tense (its finite verb or auxiliary). A German finite verb the
    morphologizer left without tense is present when its form starts with its lemma's stem ("freilässt":
    "freilass-") and has no weak past ending; "freiließ", "eroberte" are past."""
    for t in [verb, *_auxiliaries(verb)]:
        tense = t.morph.get("Tense")
        if t.tag_ in ("VBZ", "VBP") or ("Pres" in tense and "Fin" in t.morph.get("VerbForm")):
            return True
        if t.tag_ in _GERMAN_FINITE and not tense:
            word, stem = t.lower_.translate(_FOLD), t.lemma_.lower().translate(_FOLD).removesuffix("n").removesuffix("e")
            if word in _GERMAN_PRESENT_AUX or (stem and word.startswith(stem) and not word.endswith(("te", "ten", "tet",
                                                                                                    "test"))):
                return True
    return False


def _ancestors(token: Token) -> list[Token]:
    out = []
    for anc in token.ancestors:
        out.append(anc)
        if len(out) >= MAX_ANCESTORS:
            break
    return out


def _reported(head: Token, cues: Cues) -> bool:
    """``head``'s clause is reported speech: under a verb of saying, and not a condition ("if ...")."""
    if any(c.dep_ == "mark" and c.lower_ in cues.hypothetical_conjunctions for c in head.children):
        return False
    return any(is_verb(a) and set(verb_lemmas(a)) & cues.speech_verbs for a in _ancestors(head))


def _reported_future(head: Token, cues: Cues) -> bool:
    """"Obama said he would not ...": the reported-speech conditional under a verb of saying is a future."""
    return any(a.lower_ in cues.reported_future_forms for a in _auxiliaries(head)) and _reported(head, cues)


def _reported_perfect(head: Token, cues: Cues) -> bool:
    """"Russland erklärte, seine Truppen hätten ... angegriffen": a Konjunktiv II perfect auxiliary under a verb of
    saying stands for the reported past (indirect speech), not for a hypothetical."""
    hypothetical = [a for a in _auxiliaries(head) if a.lower_ in cues.hypothetical_forms]
    return (bool(hypothetical) and all(a.lower_ in cues.reported_perfect_forms for a in hypothetical)
            and is_participle(head) and _reported(head, cues))


def is_hypothetical(head: Token, cues: Cues) -> bool:
    """A Konjunktiv II auxiliary ("könnte", "würde"), a conditional clause, or a hedging adverb."""
    if any(a.lower_ in cues.hypothetical_forms for a in _auxiliaries(head)) and not _reported_future(head, cues) \
            and not _reported_perfect(head, cues):
        return True
    tok: Token | None = head
    for _ in range(MAX_ANCESTORS):
        if tok is None:
            break
        if any(c.dep_ == "mark" and c.lower_ in cues.hypothetical_conjunctions for c in tok.children):
            return True
        if any(c.dep_ == "mark" and c.lower_ in cues.pending_conjunctions for c in tok.children) and _present(tok):
            return True  # "until a democratically-elected government takes over": not yet
        if tok.dep_ not in ("conj", "xcomp", "acl", "amod", "obj", "nmod", "obl"):
            break
        tok = tok.head if tok.head != tok else None
    return any(c.lower_ in cues.hypothetical_adverbs or c.lemma_.lower() in cues.hypothetical_adverbs for c in head.children)


def is_future(head: Token, cues: Cues) -> bool:
    """werden/sollen + plain infinitive, a planning verb above, or a future adverb."""
    if is_passive(head):
        return any(a.lemma_.lower() == "werden" and a.dep_ == "aux" for a in _auxiliaries(head)) and any(
            a.dep_ == "aux:pass" and a.lemma_.lower() == "werden" and a.tag_.endswith("INF") for a in _auxiliaries(head))
    for aux in _auxiliaries(head):
        lemma = aux.lemma_.lower()
        # werden/sollen + infinitive; werden + participle is the passive, sollen + "haben" an allegation
        # a planning modal as auxiliary ("wollen ... unterzeichnen") plans just as the full verb does
        planned = lemma in cues.future_aux or lemma in cues.future_matrix_verbs
        # "wurde ... empfangen" with the participle mis-tagged as infinitive: past "werden" is the passive
        if aux.tag_ == "VAFIN" and "Past" in aux.morph.get("Tense"):
            continue
        if planned and not is_participle(head) and aux.lower_ not in cues.hypothetical_forms:
            return True
    if _reported_future(head, cues):
        return True
    if head.dep_ == "xcomp" and set(verb_lemmas(head.head)) & cues.future_matrix_verbs:
        return True
    return any(c.lower_ in cues.future_adverbs for c in head.children)


def is_alleged(head: Token, cues: Cues) -> bool:
    """Under an accusation verb, with an "angeblich"-type adverb, or "soll ... haben"."""
    if any(set(verb_lemmas(a)) & cues.allegation_verbs for a in _ancestors(head) if is_verb(a)):
        return True
    if any(t.lower_ in cues.allegation_adverbs for t in clause_tokens(head)):
        return True
    auxes = _auxiliaries(head)
    return is_participle(head) and any(a.lemma_.lower() == "sollen" for a in auxes) and any(
        a.lemma_.lower() in cues.perfect_aux for a in auxes
    )


def is_conditional_subject(trigger: Token, head: Token, cues: Cues) -> bool:
    """A nominal event that is the subject of a conditional clause is its condition, not a fact and not a reported
    future: "A Russian invasion of Ukraine would have massive consequences", "Eine Invasion hätte Konsequenzen"."""
    if trigger.i == head.i or trigger.head.i != head.i or trigger.dep_ not in SUBJ | PASS_SUBJ:
        return False
    return any(t.lower_ in cues.hypothetical_forms for t in [head, *_auxiliaries(head)])


def clause_modality(head: Token, cues: Cues, *, negated: bool | None = None, trigger: Token | None = None) -> list[str]:
    """The modality flags of the clause headed by ``head`` (without ``historical``); ``trigger``, if not the head
    itself, is the nominal event whose clause it is."""
    flags = []
    if is_negated(head) if negated is None else negated:
        flags.append("negated")
    if is_hypothetical(head, cues) or (trigger is not None and is_conditional_subject(trigger, head, cues)):
        flags.append("hypothetical")
    elif is_future(head, cues):
        flags.append("future")
    if is_alleged(head, cues):
        flags.append("alleged")
    return flags
