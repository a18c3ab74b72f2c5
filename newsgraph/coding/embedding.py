"""Events under a control verb: "X wants to help Y", "X agreed to lift the sanctions", "X urged Y to withdraw".

The complement is what happened, in one of three ways, by the class of the control verb
(cue lists ``intent_verbs``, ``commitment_verbs``, ``appeal_verbs``):

* intention — an expressed intent: CAMEO codes it by what is intended ("intent to provide aid"
  033, "intent to meet" 036; intended force is a threat, 138); other intentions keep the
  complement's own code. The control verb's own event is dropped, the complement is future.
* commitment or plan — the complement's own event, marked future; the control verb's dropped.
* threat ("threatened to deliver devastating blows to the US") — a threat (13x by what is threatened)
  toward the complement's recipient, made now; the threatened action is not an event.
* appeal to the verb's object — a request (10x by what is asked) by the subject to the object; the
  asked-for action has not happened and is dropped.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from newsgraph.coding.cameo_maps import APPEAL_CODES, APPEAL_DEFAULT, INTENT_CODES, THREAT_CODES, THREAT_DEFAULT
from newsgraph.coding.cues import Cues
from newsgraph.coding.syntax import bare_args, is_infinitive, verb_lemmas
from newsgraph.coding.triggers import Trigger


@dataclass(frozen=True)
class Embedding:
    """How a trigger's event is changed by the control verb above (or below) it."""

    cameo: str | None  # replacement CAMEO code, or None to keep the pattern's
    future: bool
    recipient_from: int | None = None  # token index whose phrase is the recipient (an appeal's object)


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
            kind = _kind(token, cues)
            inner = [by_token[c.i] for c in _complements(token) if c.i in by_token]
            if kind is None or not inner:
                continue
            root = inner[0].pattern.cameo[:2]
            if kind == "appeal":
                if token.i in by_token:
                    objects = bare_args(token)
                    changes[token.i] = Embedding(APPEAL_CODES.get(root, APPEAL_DEFAULT), False,
                                                 objects[0].i if objects else None)
                    dropped.update(t.token.i for t in inner)
                continue
            dropped.add(token.i)
            for t in inner:
                root = t.pattern.cameo[:2]
                code = (INTENT_CODES.get(root) if kind == "intent"
                        else THREAT_CODES.get(root, THREAT_DEFAULT) if kind == "threat" else None)
                changes[t.token.i] = Embedding(code, kind != "threat")
    return changes, dropped - set(changes)


def _matrix_candidates(token: Token) -> list[Token]:
    """The trigger itself (as a control verb) and the verb it is the complement of."""
    out = [token]
    if token.dep_ in ("xcomp", "ccomp", "conj") and token.head.i != token.i:
        out.append(token.head)
        if token.dep_ == "conj" and token.head.dep_ in ("xcomp", "ccomp"):
            out.append(token.head.head)
    return out


def _kind(token: Token, cues: Cues) -> str | None:
    lemmas = set(verb_lemmas(token)) | {token.lower_}
    if lemmas & cues.appeal_verbs and bare_args(token):
        return "appeal"
    if lemmas & cues.threat_verbs:
        return "threat"
    if lemmas & cues.intent_verbs:
        return "intent"
    if lemmas & cues.commitment_verbs:
        return "commitment"
    return None


def _complements(token: Token) -> list[Token]:
    """Infinitive complements of a control verb, with their conjuncts."""
    out = []
    for c in token.children:
        if c.dep_ == "xcomp" or (c.dep_ in ("ccomp", "advcl") and is_infinitive(c) and
                                 any(m.lower_ in ("to", "zu") for m in c.children)):
            out += [c, *[x for x in c.conjuncts if x.i > c.i]]
    return out
