"""Events under a control verb: "X wants to help Y", "X agreed to lift the sanctions", "X urged Y to withdraw".

The complement is what happened, in one of three ways, by the class of the control verb
(cue lists ``intent_verbs``, ``commitment_verbs``, ``appeal_verbs``):

* intention — an expressed intent: CAMEO codes it by what is intended ("intent to provide aid"
  033, "intent to meet" 036; intended force is a threat, 138); other intentions keep the
  complement's own code. The control verb's own event is dropped, the complement is future.
* commitment or plan — the complement's own event, marked future; the control verb's dropped.
* threat ("threatened to deliver devastating blows to the US") — a threat (13x by what is threatened)
  toward the complement's recipient, made now; the threatened action is not an event.
* refusal ("refused to deploy peacekeepers", "weigerte sich, ... zurückzutreten") — the refusal is the event, aimed
  at whom the refused act would have been; the refused act did not happen: kept, flagged negated (a negated refusal,
  "did not rule out sending troops", leaves it open: flagged hypothetical).
* appeal to the verb's object — a request by the subject to the object, by what is asked: CAMEO 02x for an
  appeal ("urged"), 10x for a demand ("demanded"); the asked-for action has not happened and is dropped.
* request with a that-clause ("demanded that Hamas renounce violence", "forderte, dass Israel abzieht") — the same
  request, toward the subject of the clause; but a that-clause in the past indicative ("insisted that Ukraine had
  started the war") is a claim: no request, the clause's own event stands.

Two more clause shapes change an event without a control verb:

* obligation ("Sudan must return the helicopter, Russia said"; "Israel müsse abziehen") — not a fact but a request
  (10x by what is asked) by the speaker to the clause's subject; the speaker is the actor.
* condition ("will withdraw its force unless X holds elections") — a threat (13x by what is threatened, made now)
  toward the subject of the condition.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from newsgraph.coding.cameo_maps import (
    APPEAL_CODES,
    APPEAL_DEFAULT,
    DEMAND_CODES,
    DEMAND_DEFAULT,
    INTENT_CODES,
    THREAT_CODES,
    THREAT_DEFAULT,
)
from newsgraph.coding.cues import Cues
from newsgraph.coding.syntax import (
    INFINITIVE_MARKERS,
    OBJ,
    PASS_SUBJ,
    SUBJ,
    bare_args,
    children,
    frame_noun,
    governing_verb,
    is_infinitive,
    is_negated,
    is_to_infinitive,
    is_verb,
    is_zu_infinitive,
    particle,
    publisher_verb,
    subjects,
    verb_lemmas,
)
from newsgraph.coding.triggers import Trigger


@dataclass(frozen=True)
class Embedding:
    """How a trigger's event is changed by the control verb above (or below) it."""

    cameo: str | None  # replacement CAMEO code, or None to keep the pattern's
    future: bool
    recipient_from: int | None = None  # token index whose phrase is the recipient (an appeal's object)
    by_speaker: bool = False  # the speaker of the statement is the actor (an obligation the speaker states)
    asserted: bool = False  # the changed event is made now (a conditional threat): not future, not hypothetical
    refused: bool = False  # what a refusal turns down ("refused to meet"): not done, flagged negated
    possible: bool = False  # what a negated refusal leaves open ("did not rule out sending troops"): hypothetical
    refuses: tuple[int, ...] = ()  # a refusal's turned-down acts (token indices): whom they aim at, it aims at


#: CAMEO roots of acts whose object is a proposal, not a fact: intent and rejection, and appeal and demand when
#: a verb of asking says them
OFFER_ROOTS = frozenset({"03", "12"})
REQUEST_ROOTS = frozenset({"02", "10"})
#: CAMEO roots of acts that end, call off or cut back what their object names ("called off the strike", "lifted the
#: sanctions", "suspended aid", "hob die Sanktionen auf"): the named act is no new fact
UNDOING_ROOTS = frozenset({"08", "16"})
#: how such an object hangs on its verb
OBJECT_LIKE = frozenset({"obj", "iobj", "obl", "nmod", "nsubj:pass", "dobj", "pobj"})

#: CAMEO roots of acts that, aimed at an accusation, are a denial (accuse, reject), and how deep to look for it
DENIAL_ROOTS = frozenset({"11", "12"})
DENIAL_DEPTH = 3
REJECTION_ROOT = "12"
#: where a verb of denial has what it denies
DENIED_CLAUSE_DEPS = frozenset({"ccomp", "xcomp", "csubj", "parataxis"})

#: where the judgement a verb of judging passes stands ("called the move unacceptable")
JUDGED_DEPS = frozenset({"xcomp", "oprd", "acomp"})


def embeddings(triggers: list[Trigger], cues: Cues) -> tuple[dict[int, Embedding], set[int]]:
    """(changes by trigger token index, trigger token indices whose event is dropped)."""
    by_token = {t.token.i: t for t in triggers}
    changes: dict[int, Embedding] = {}
    dropped: set[int] = set()
    seen: set[int] = set()
    for trig in triggers:
        for token in _matrix_candidates(trig.token):
            if token.i in seen:
                continue
            seen.add(token.i)
            if token.i in by_token and _judges(token, by_token):
                dropped.add(token.i)  # "called the decision unacceptable": the judgement is the event, not a call
                continue
            if token.i in by_token and _insists_on_a_fact(by_token[token.i]):
                continue  # a claim about the past, not a demand: its clause is what is claimed
            kind = _kind(token, cues)
            inner = [by_token[c.i] for c in _complements(token, kind) if c.i in by_token
                     and not by_token[c.i].pattern.predicate]
            if kind is None or not inner:
                continue
            root = inner[0].pattern.cameo[:2]
            if kind in ("appeal", "demand"):
                if token.i in by_token:
                    addressee = bare_args(token) if kind == "appeal" else _clause_subjects(_complements(token, kind))
                    changes[token.i] = Embedding(_request_code(token, root, cues), False,
                                                 addressee[0].i if addressee else None)
                    dropped.update(t.token.i for t in inner)
                continue
            if kind == "refusal":
                if token.i in by_token:
                    changes[token.i] = Embedding(None, False, refuses=tuple(t.token.i for t in inner))
                # "did not rule out sending troops", "weigerte sich nicht, ... zu verhandeln": open, not turned down
                open_ = is_negated(token)
                for t in inner:
                    changes[t.token.i] = Embedding(None, False, refused=not open_, possible=open_)
                continue
            dropped.add(token.i)
            for t in inner:
                root = t.pattern.cameo[:2]
                if kind == "threat":  # aimed at whoever must comply ("threatened to strike unless Israel rescinds")
                    target = next((s for s in (_condition_subject(t.token, cues), _condition_subject(token, cues))
                                   if s is not None), None)
                    changes[t.token.i] = Embedding(THREAT_CODES.get(root, THREAT_DEFAULT), False,
                                                   target.i if target is not None else None)
                else:
                    # "did not promise to withdraw", "is not going to attack": what is not promised is not done
                    changes[t.token.i] = Embedding(INTENT_CODES.get(root) if kind == "intent" else None, True,
                                                   refused=is_negated(token))
    # verbs of publishing whose document's content a participle trigger gives ("issued a statement condemning ...")
    published = {v.i for t in triggers
                 if (v := publisher_verb(t.token, cues.document_nouns, cues.publishing_verbs)) is not None}
    for trig in triggers:
        if trig.pattern.cameo[:2] in DENIAL_ROOTS and _answers_accusation(trig.token, cues):
            dropped.add(trig.token.i)
        elif _proposed(trig, by_token, cues) or _insists_on_a_fact(trig) or _named_by_its_object(trig, by_token, published) \
                or _publishes(trig, cues) or _denies_an_act(trig, by_token, cues):
            dropped.add(trig.token.i)
    for trig in triggers:
        if trig.token.i not in changes and trig.token.i not in dropped:
            change = _clause_change(trig, cues)
            if change is not None:
                changes[trig.token.i] = change
    # a changed event stands (a threat made of an intent), unless the change only says whom a refusal aims at
    return changes, dropped - {i for i, c in changes.items() if not c.refuses}


def _proposed(trig: Trigger, by_token: dict[int, Trigger], cues: Cues) -> bool:
    """A nominal event that is what another event offers, turns down or calls off, or what a verb of demanding asks
    for, is no fact: "verlangt den Rücktritt von Vučić", "is opposed to French mediation", "called off the strike",
    "fordert US-Sanktionen" (but "issued arrest warrants": "issue" is no verb of demanding, whatever code the
    dictionary gives it)."""
    if trig.pattern.pos != "noun" or trig.token.dep_ not in OBJECT_LIKE:
        return False
    verb = trig.token.head
    if verb.i not in by_token:
        return False
    root = by_token[verb.i].pattern.cameo[:2]
    asks = bool(set(verb_lemmas(verb)) & (cues.demand_verbs | cues.appeal_verbs))
    undone = root in UNDOING_ROOTS and trig.pattern.cameo[:2] not in UNDOING_ROOTS  # not "Hilfe aussetzen" (162) itself
    return root in OFFER_ROOTS or undone or (root in REQUEST_ROOTS and asks)


def _named_by_its_object(trig: Trigger, by_token: dict[int, Trigger], published: set[int]) -> bool:
    """A verb pattern that fits by its object alone ("launch an effort", an appeal; "issue a statement", a demand)
    gives way to the act that a noun in front of the object or a participle after it names ("launched a mediation
    effort": a mediation; "issued a statement condemning the raid": a condemnation)."""
    if trig.pattern.pos != "verb" or not trig.pattern.objects:
        return False
    if trig.token.i in published:
        return True
    return any(c.dep_ in OBJECT_LIKE and c.i - 1 in by_token and frame_noun(by_token[c.i - 1].token) == c
               for c in trig.token.children)


def _denies_an_act(trig: Trigger, by_token: dict[int, Trigger], cues: Cues) -> bool:
    """A rejection by a verb of denial (listed among ``allegation_verbs``: what it denies is an allegation) whose clause
    holds an act is a denial, which PLOVER does not code: "denied supplying weapons to North Korea", "bestritt, Waffen
    geliefert zu haben" (the act stays, alleged; "denied access to the inspectors" stays a rejection)."""
    if trig.pattern.cameo[:2] != REJECTION_ROOT or not set(verb_lemmas(trig.token)) & cues.allegation_verbs:
        return False
    clauses = [c for c in trig.token.children if c.dep_ in DENIED_CLAUSE_DEPS
               # an adverbial only as a gerund or infinitive ("denied sending troops"), a conjunct only as the German
               # zu-infinitive the parser coordinated ("bestritt, ... geliefert zu haben"), not a clause of its own
               or (c.dep_ == "advcl" and (c.tag_ == "VBG" or is_infinitive(c))) or (c.dep_ == "conj" and _zu_clause(c))]
    return any(t.i in by_token for c in clauses for t in c.subtree if t.i != trig.token.i)


def _zu_clause(verb: Token) -> bool:
    """A German infinitive clause with "zu" ("abzuziehen"), also a perfect one ("geliefert zu haben")."""
    return is_zu_infinitive(verb) or any(c.lower_ == "zu" and c.dep_ == "mark" for c in verb.children) or any(
        a.lower_ == "zu" for c in verb.children if c.dep_.startswith("aux") for a in c.children)


def _publishes(trig: Trigger, cues: Cues) -> bool:
    """Issuing, releasing or publishing a document is no act of its own ("released a statement" frees no one),
    unless the pattern asks for that object."""
    if trig.pattern.pos != "verb" or trig.pattern.objects or not set(verb_lemmas(trig.token)) & cues.publishing_verbs:
        return False
    return any(c.dep_ in OBJECT_LIKE and c.lemma_.lower() in cues.document_nouns for c in trig.token.children)


#: the English tag of a past indicative, which a mandative subjunctive never has ("insisted that he leave")
INDICATIVE_TAGS = frozenset({"VBD"})


def _insists_on_a_fact(trig: Trigger) -> bool:
    """A verb of demanding whose that-clause states a past fact is a claim, not a demand ("insisted that Ukraine had
    started the war", "insisted unrest there reflected age-old tensions"; but "insisted that he leave", "insisted that
    Iran must stop"): the clause's verb, or its auxiliary, is a past indicative, with no modal. English tags only (a
    present "withdraws" is left alone: news English writes it for the subjunctive too)."""
    verb = trig.token
    if trig.pattern.cameo[:2] not in REQUEST_ROOTS or not is_verb(verb) or bare_args(verb):
        return False
    for clause in (c for c in verb.children if c.dep_ == "ccomp" and is_verb(c)):
        auxes = [a for a in clause.children if a.dep_.startswith("aux")]
        if any(a.tag_ == "MD" for a in auxes) or any(m.lower_ == "to" for m in clause.children):
            continue
        if clause.tag_ in INDICATIVE_TAGS or any(a.tag_ in INDICATIVE_TAGS for a in auxes):
            return True
    return False


def _answers_accusation(verb: Token, cues: Cues) -> bool:
    """``verb`` criticises or rejects an accusation made against its subject: a denial ("rejected the allegations",
    "condemned as unacceptable allegations by Rwanda", "accused Rwanda of making unacceptable accusations")."""
    if not is_verb(verb):
        # a judgement passed on an accusation ("Die Vorwürfe seien falsch"): its subject is the accusation
        return any(c.dep_ in SUBJ and _accusation(c, cues) for c in verb.children)
    subject = set(subjects(verb)[0])  # a second "subject" the parser saw is the object ("wies die Vorwürfe zurück")
    # (a German clause with its verb last has its object before it: "die alle Vorwürfe zurückweisen")
    final = verb.lang_ == "de" and not any(c.i > verb.i and c.dep_ not in ("punct", "compound:prt") for c in verb.children)
    frontier = [c for c in verb.children if c not in subject and (c.i > verb.i or (final and c.dep_ in OBJ))]
    if verb.dep_ in ("amod", "acl") and verb.head.i > verb.i:
        frontier.append(verb.head)  # the verb the parser hung on its object
    for _depth in range(DENIAL_DEPTH):
        if any(_accusation(t, cues) for t in frontier):
            return True
        frontier = [c for t in frontier for c in t.children if c.i > verb.i and c.dep_ not in SUBJ]
    return False


def _accusation(token: Token, cues: Cues) -> bool:
    """An accusation noun, also as the head of a compound ("Korruptionsvorwürfe")."""
    return any(w.endswith(n) for w in (token.lemma_.lower(), token.lower_) for n in cues.accusation_nouns)


def _judges(verb: Token, by_token: dict[int, Trigger]) -> bool:
    """``verb`` passes a judgement coded on its complement ("nannte den Plan inakzeptabel", "called it a mistake")."""
    return any(c.dep_ in JUDGED_DEPS and c.i in by_token and by_token[c.i].pattern.predicate for c in verb.children)


def _clause_change(trig: Trigger, cues: Cues) -> Embedding | None:
    """An obligation ("must return") or a condition ("unless ...") on the trigger's own clause."""
    verb = trig.token if is_verb(trig.token) else governing_verb(trig.token)
    if verb is None:
        return None
    root = trig.pattern.cameo[:2]
    if any(c.dep_.startswith("aux") and c.lower_ in cues.obligation_forms and not _beyond_comma(verb, c)
           for c in verb.children):
        subject = _clause_subjects([verb])
        return Embedding(DEMAND_CODES.get(root, DEMAND_DEFAULT), False, subject[0].i if subject else None,
                         by_speaker=True)
    if any(clause.dep_ == "advcl" and _threat_condition(clause, cues) for clause in verb.children):
        target = _condition_subject(verb, cues)
        return Embedding(THREAT_CODES.get(root, THREAT_DEFAULT), False, target.i if target is not None else None,
                         asserted=True)
    return None


def _beyond_comma(verb: Token, aux: Token) -> bool:
    """``aux`` stands after ``verb`` behind a comma: the parser hung the matrix clause's modal on the verb of a clause
    inside it ("Ein Brite, der seine Frau getötet hat, muss in eine Klinik": no obligation to kill)."""
    return aux.i > verb.i and any(t.text == "," for t in verb.doc[verb.i + 1: aux.i])


def _condition_subject(verb: Token, cues: Cues) -> Token | None:
    """The subject of a threat's condition on ``verb``'s clause ("unless Israel rescinds ...")."""
    for clause in verb.children:
        if clause.dep_ == "advcl" and _threat_condition(clause, cues):
            subject = subjects(clause)[0]
            return subject[0] if subject else None
    return None


def _matrix_candidates(token: Token) -> list[Token]:
    """The trigger itself (as a control verb) and the verb it is the complement of."""
    out = [token]
    if token.dep_ in ("xcomp", "ccomp", "conj") and token.head.i != token.i:
        out.append(token.head)
        if token.dep_ == "conj" and token.head.dep_ in ("xcomp", "ccomp"):
            out.append(token.head.head)
    return out


def _request_code(verb: Token, root: str, cues: Cues) -> str:
    """A demand ("demanded", "forderte") is CAMEO 10x, any other request ("urged", "rief auf") an appeal, 02x."""
    if set(verb_lemmas(verb)) & cues.demand_verbs:
        return DEMAND_CODES.get(root, DEMAND_DEFAULT)
    return APPEAL_CODES.get(root, APPEAL_DEFAULT)


def _threat_condition(clause: Token, cues: Cues) -> bool:
    """"unless X ...", "if X does not ...", "falls X nicht ..."."""
    marks = {m.lower_ for m in clause.children if m.dep_ == "mark"}
    if marks & cues.threat_conditions:
        return True
    return bool(marks & (cues.hypothetical_conjunctions - {"ob", "whether"})) and is_negated(clause)


def _kind(token: Token, cues: Cues) -> str | None:
    # (an English phrasal verb is listed with its particle: "rule out")
    prt = particle(token)
    lemmas = set(verb_lemmas(token)) | {token.lower_} | ({f"{token.lemma_.lower()} {prt}"} if prt else set())
    if lemmas & cues.appeal_verbs and bare_args(token):
        return "appeal"
    if lemmas & (cues.demand_verbs | cues.appeal_verbs) and _complements(token, "demand"):
        return "demand"
    if lemmas & cues.refusal_verbs:
        return "refusal"
    if lemmas & cues.threat_verbs:
        return "threat"
    if lemmas & cues.intent_verbs:
        return "intent"
    if lemmas & cues.commitment_verbs:
        return "commitment"
    return None


def _complements(token: Token, kind: str | None = None) -> list[Token]:
    """Infinitive complements of a control verb (finite that-clauses of a demand), with their conjuncts."""
    out = []
    for c in token.children:
        if kind == "demand":
            found = c.dep_ == "ccomp" and is_verb(c) and not any(m.lower_ in INFINITIVE_MARKERS for m in c.children)
        else:
            # (a German zu-infinitive is one word, "abzuziehen", and the parser often makes it a conjunct)
            found = c.dep_ == "xcomp" or (c.dep_ in ("ccomp", "advcl", "conj") and is_to_infinitive(c))
        if found:
            out += [c, *[x for x in c.conjuncts if x.i > c.i]]
    return out


def _clause_subjects(clauses: list[Token]) -> list[Token]:
    return [s for c in clauses for s in subjects(c)[0] + children(c, PASS_SUBJ)]
