"""Who is actor and who is recipient of a trigger, read from its clause.

Actives take the subject as actor; passives the "von/durch" agent, and their
grammatical subject fills the object slot; infinitive complements inherit the
controller ("Nordkorea wird vorgeworfen, Raketen bereitzustellen": Nordkorea
provides); noun triggers take a possessor or the subject of the verb that governs
them.  Recipients come from the slots the pattern names (objects or
prepositions).  Roles come from the dependency labels; word order is used only
where German grammar fixes it (a prenominal participle's phrases stand between
article and participle) or to tolerate a prepositional phrase the parser attached
one level off.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from newsgraph.coding.attribution import Statement
from newsgraph.coding.cues import Cues
from newsgraph.coding.lexicon import Pattern
from newsgraph.coding.mentions import Found, MentionIndex
from newsgraph.coding.misread import (
    adjective_root_subject,
    coordinated_subject,
    object_read_for_subject,
    reduced_passive,
    verb_read_as_modifier,
    verbless_clause,
)
from newsgraph.coding.syntax import (
    AGENT_PREPS,
    OBJ,
    PASS_SUBJ,
    SUBJ,
    agent_phrases,
    anchored,
    bare_args,
    case_of,
    children,
    frame_noun,
    governing_verb,
    has_copula,
    is_infinitive,
    is_passive,
    is_to_infinitive,
    is_verb,
    named_possessors,
    objects,
    possessors,
    prep_args,
    prep_phrases,
    publisher_verb,
    subjects,
    verb_lemmas,
    with_conjuncts,
)
from newsgraph.coding.triggers import (
    NounCues,
    attributive_owner,
    casualty_circumstance,
    circumstance_of,
    noun_cues,
    received_by,
)
from newsgraph.model import Actor


@dataclass(frozen=True)
class Roles:
    actors: tuple[Found, ...]
    recipients: tuple[Found, ...]
    # the actor may be unknown: an agentless passive ("wurden festgenommen") or an attack as the subject
    # ("a roadside bombing killed one soldier")
    agentless: bool


def _subject_tokens(verb: Token, cues: Cues, depth: int = 0) -> list[Token]:
    """The tokens that name who does what ``verb`` says, active or passive."""
    if is_passive(verb):
        if _stative(verb, cues):
            return children(verb, PASS_SUBJ)  # "Israel is opposed to French mediation": Israel opposes it
        return _agents(verb)
    subj, _misread = subjects(verb)
    if subj or depth > 3:
        return subj
    head = verb.head
    publisher = publisher_verb(verb, cues.document_nouns, cues.publishing_verbs)
    if publisher is not None:
        return _subject_tokens(publisher, cues, depth + 1)  # "Hamas issued a statement condemning ...": Hamas
    coordinated = coordinated_subject(verb) or adjective_root_subject(verb)
    if coordinated:
        return coordinated
    if verb.dep_ in ("amod", "acl") and head != verb:
        return verb_read_as_modifier(verb)
    if (verb.dep_ in ("xcomp", "conj") or _controlled_infinitive(verb, cues)) and head != verb \
            and (is_verb(head) or has_copula(head)):  # "is ready to"
        # "Nordkorea wird vorgeworfen, Raketen bereitzustellen": an object-control verb lends its object
        if set(verb_lemmas(head)) & cues.object_control_verbs and (is_infinitive(verb) or verb.tag_ == "VBG"):
            controller = bare_args(head) + (children(head, SUBJ) if is_passive(head) else [])
            if controller:
                return controller
        if verb.dep_ == "xcomp" and is_passive(head) and children(head, PASS_SUBJ):
            # "Obama is scheduled to attend", "X was asked to leave": the passive's subject does the infinitive
            return children(head, PASS_SUBJ)
        return _subject_tokens(head, cues, depth + 1)
    return []


def _controlled_infinitive(verb: Token, cues: Cues) -> bool:
    """A to-infinitive the parser hung as an adverbial or a clausal complement on a verb of intent, commitment, threat
    or refusal ("agreed in principle on Saturday to provide aid", "haben vereinbart, ihre Beziehungen
    wiederherzustellen"): its complement, as ``embedding`` reads it, done by that verb's subject; so is the gerund of
    a verb of denial or allegation ("denied sending troops"; of an object-control verb, by its object)."""
    if verb.dep_ not in ("advcl", "ccomp"):
        return False
    head = verb.head.lemma_.lower()
    if verb.tag_ == "VBG":
        # "denied sending troops", "accused Russia of sending troops": what a verb of denial or allegation says was
        # done (by its subject, or by its object: ``object_control_verbs``)
        return head in cues.allegation_verbs
    control = cues.intent_verbs | cues.commitment_verbs | cues.threat_verbs | cues.refusal_verbs
    return head in control and is_to_infinitive(verb)


def _agents(verb: Token) -> list[Token]:
    """The by-phrase of a passive."""
    return [a for prep in AGENT_PREPS for a in prep_args(verb, prep)] + children(verb, {"obl:agent"})


def _stative(verb: Token, cues: Cues) -> bool:
    """A participle that names its subject's stance, not what was done to it ("is opposed to", cue list
    ``stative_participles``), when no by-phrase makes it a passive ("was opposed by the US")."""
    return verb.lemma_.lower() in cues.stative_participles and is_passive(verb) and not _agents(verb)


def _prep_tokens(trigger: Token, prep: str) -> list[Token]:
    """Phrases introduced by ``prep`` for the trigger, allowing for the parser's commonest error:
    a prepositional phrase attached one level off (to the noun's verb, or to the verb's object)."""
    found = prep_args(trigger, prep)
    if found:
        return found
    if trigger.pos_ in ("NOUN", "PROPN"):
        frame = frame_noun(trigger)
        if frame is not None and (framed := prep_args(frame, prep)):
            return framed  # "a mediation mission between Syria and the PLO"
        verb = governing_verb(trigger)
        if verb is not None and verb is not trigger:
            return [t for t in prep_args(verb, prep) if t.i > trigger.i]
        return []
    if trigger.dep_ in ("amod", "acl") and trigger.pos_ == "ADJ":
        # "ein mit Kim unterzeichnetes Abkommen": the participle's phrases stand between article and participle
        return _prenominal_args(trigger, prep) or _misparse_args(trigger, prep)
    return prep_phrases(trigger, prep) or _misparse_args(trigger, prep)


def _misparse_args(verb: Token, prep: str) -> list[Token]:
    """A verb hung on its object as a modifier ("feuerte Raketen auf Israel ab"): its phrases hang on that noun."""
    if verb.dep_ in ("amod", "acl") and verb.head != verb and verb_read_as_modifier(verb):
        return prep_args(verb.head, prep)
    return []


MAX_PRENOMINAL = 10


def _prenominal_args(participle: Token, prep: str) -> list[Token]:
    """Heads of ``prep`` phrases inside a prenominal participle phrase, read off the words."""
    doc = participle.doc
    i = participle.i - 1
    out = []
    while i >= max(0, participle.i - MAX_PRENOMINAL):
        tok = doc[i]
        if tok.tag_ in ("ART", "$,", "$.") or tok.is_sent_start or is_verb(tok):
            break
        if tok.lower_ == prep and tok.pos_ == "ADP":
            out.extend(t for t in doc[tok.i + 1: participle.i] if t.pos_ in ("NOUN", "PROPN"))
            break
        i -= 1
    return out


def _owner_actors(owner: Token, trigger: Token, index: MentionIndex, cues: Cues) -> list[Found]:
    """Who "sein"/"ihr"/"seinem" refers to: the subject of the clause, else the nearest compatible actor."""
    if owner.tag_ not in ("PPOSAT", "PRP$") and owner.pos_ != "PRON":
        return index.phrase_actors(owner)
    verb = governing_verb(trigger)
    if verb is not None:
        subj = [f for s in _subject_tokens(verb, cues) for f in index.phrase_actors(s)]
        if subj:
            return [Found(f.actor, f.start, f.end, "coref") for f in subj]
    ref = index.resolve_pronoun(owner)
    return [ref] if ref else []


def codable(found: list[Found], agents: bool = False) -> list[Found]:
    """Actors an event can have: a coded actor, a named person or organisation without a code, and with
    ``agents`` an agent of unknown country ("die Polizei", "rebels": PETRARCH's ``---COP``, ``---REB``) — enough to
    say who acted; as a recipient the coder keeps it only where the event's place gives it a country."""
    return [f for f in found if f.actor.code or f.actor.country or f.actor.kind in ("person", "org")
            or (agents and f.actor.kind == "agent" and f.actor.sector)]


def _clause_mentions(trigger: Token, index: MentionIndex) -> list[Found]:
    """Actors named in the clause that a verb of judging takes ("kritisierte, dass X ...", "..., kritisierte er")."""
    out = []
    for clause in trigger.children:
        if clause.dep_ in ("ccomp", "parataxis", "xcomp", "csubj"):
            # the clause's subject first ("demanded that the US cancel plans to sell weapons to Taiwan": the US)
            subj = [f for t in [*subjects(clause)[0], *children(clause, PASS_SUBJ)] for f in index.phrase_actors(t)]
            out += subj or [Found(m.actor, m.start, m.end, "direct")
                            for m in index.in_range(clause.left_edge.i, clause.right_edge.i + 1)]
    if trigger.dep_ in ("parataxis", "ccomp", "conj") and trigger.head.i < trigger.i:
        head, own = trigger.head, range(trigger.left_edge.i, trigger.right_edge.i + 1)
        out += [Found(m.actor, m.start, m.end, "direct") for m in index.in_range(head.left_edge.i, head.right_edge.i + 1)
                if m.start not in own]
    return out


def _recipient_tokens(trigger: Token, slot: str, passive: bool) -> list[Token]:
    if slot in ("obj", "iobj"):
        if trigger.pos_ in ("NOUN", "PROPN"):
            # a noun's object is its genitive: "Neuautorisierung einer Mission"; its indirect object the dative of
            # the light verb it is the object of ("hat der Regierung eine Rüge erteilt")
            found = [c for c in trigger.children if c.dep_ == "nmod" and not case_of(c)]
            verb = trigger.head
            if slot == "iobj" and not found and trigger.dep_ in OBJ and is_verb(verb):
                found = [c for c in verb.children if c.dep_ == "iobj"]
            return found
        found = objects(trigger, dative=(slot == "iobj") or None) or bare_args(trigger)
        if passive:  # the grammatical subject of a passive is the one acted upon
            found = children(trigger, PASS_SUBJ | SUBJ) + found
        if trigger.dep_ in ("amod", "acl") and slot == "obj":
            clause = verbless_clause(trigger)
            found.extend(clause[1] if clause is not None else [trigger.head])
        return found
    return _prep_tokens(trigger, slot)


#: German personal pronouns of a subject that, resolved to no actor, still say someone acts (not "es", "man")
UNNAMED_PRONOUNS = frozenset({"er", "sie"})
#: subject pronouns by which a speaker speaks of himself or his side
FIRST_PERSON = frozenset({"ich", "wir", "i", "we"})


def _object_targets(verb: Token, cues: Cues, index: MentionIndex) -> list[Token]:
    """Whom an act is aimed at when its object names the act, not an actor ("threatened further action against
    Russia", "demanded a truce with Moslem forces", "is providing photographs and intelligence to Macedonia",
    "drohte mit Vergeltung gegen die Ukraine"): the object's own target phrase (cue list ``target_prepositions``)."""
    out: list[Token] = []
    # the object, or the phrase that names the act ("drohte mit Vergeltung gegen die Ukraine")
    for obj in with_conjuncts([c for c in verb.children if c.dep_ in OBJ or c.dep_ == "obl"]):
        named = index.at(obj.i)
        if named is not None and not uncoded_agent(named.actor):
            if obj.dep_ == "obl" and case_of(obj) in cues.target_prepositions:
                out.append(obj)  # "offered its troops to Lebanon's president", "fought with rebels"
            continue  # the object names an actor: it is the recipient itself
        for c in obj.children:
            if c.dep_ in ("nmod", "obl") and case_of(c) in cues.target_prepositions:
                out.append(c)
    return out


def _complement_targets(verb: Token, cues: Cues, index: MentionIndex) -> list[Token]:
    """Whom the act of an infinitive complement is aimed at: its named objects, else its target phrases."""
    named = [t for t in objects(verb) if (m := index.at(t.i)) is not None and not uncoded_agent(m.actor)]
    return named or _object_targets(verb, cues, index)


def uncoded_agent(actor: Actor) -> bool:
    """A kind of agent with neither code nor country ("military intelligence", "troops", "die Regierung")."""
    return actor.kind == "agent" and not (actor.code or actor.country)


def _relative_clause_subjects(tokens: list[Token]) -> list[Token]:
    """Named actors of relative clauses on the object ("Raketen, die Russland verwendet");
    the relative pronoun itself is skipped."""
    out = []
    for tok in tokens:
        for rel in tok.children:
            if rel.dep_ in ("acl:relcl", "acl", "relcl"):
                subj, _misread = subjects(rel)
                out.extend(c for c in subj + bare_args(rel) if c.pos_ in ("NOUN", "PROPN"))
    return out


def find_roles(trigger: Token, pattern: Pattern, index: MentionIndex, cues: Cues,
               statement: Statement | None) -> Roles:
    """Actor and recipient phrases of ``trigger`` resolved to actors."""
    if trigger.pos_ in ("NOUN", "PROPN") and pattern.actor == "subject":
        receiving = received_by(trigger, cues.receiving_verbs, cues.encountering_verbs, cues.encountering_prepositions)
        if receiving is not None:
            return _received_roles(trigger, receiving, index, cues)
    reduced = reduced_passive(trigger, pattern)
    passive = is_verb(trigger) and (is_passive(trigger) or reduced) and not _stative(trigger, cues)
    nouns = noun_cues(cues)
    circumstance = _circumstance(trigger, pattern, nouns)
    unnamed = False
    owned = False
    durch = _durch_agent(trigger)  # "der Beschuss Israels durch radikale Palästinenser"
    actors: list[Found] = []
    if pattern.actor == "speaker":
        actors = speaker_found(statement)
    elif trigger.pos_ in ("NOUN", "PROPN"):
        # else a genitive or a von-phrase is the one acted upon; so it is beside a durch-agent
        by_owner = "obj" not in pattern.recipient and not durch
        owners = (possessors(trigger, genitive_objects=by_owner) + agent_phrases(trigger, von_is_agent=by_owner)
                  + [t for t in durch if t.head.i != trigger.i])
        actors = [f for o in owners for f in _owner_actors(o, trigger, index, cues)]
        if not actors and not anchored(trigger, cues.anchor_prepositions):  # "der russische Angriff", "US-Sanktionen"
            actors = _attributive_actors(trigger, index)
        # named owners (not "sein", which the clause's subject may own too)
        owned = any(f.via != "coref" for f in actors)
        if not actors and not (circumstance and _between(trigger, cues)):
            # (all parties of "bei Kämpfen zwischen X und Y" are its recipients; of "bei einem Treffen mit X" the
            # clause's subject is the other)
            verb = governing_verb(trigger)
            if verb is not None:
                # the noun as the verb's own subject ("Die Festnahme des Journalisten erfolgte") names no actor
                actors = [f for s in _subject_tokens(verb, cues) if s.i != trigger.i for f in index.phrase_actors(s)]
                if not actors and _topic_noun(trigger, cues):
                    # "Scharfe Kritik kam von der FPÖ", "Die Festnahme erfolgte durch die Polizei"
                    actors = [f for t in agent_phrases(verb) for f in index.phrase_actors(t)]
    else:
        # a reduced relative names what was done to its noun, a state more than an act ("towns held by Isis"): no actor
        subject = [] if reduced else _subject_tokens(trigger, cues) or object_read_for_subject(trigger, pattern)
        actors = [f for s in subject for f in index.phrase_actors(s)]
        # "Sie bezeichnet es als Erpressungsversuch", no one named before: someone acts, who the text does not say
        unnamed = not actors and any(s.tag_ == "PPER" and s.lower_ in UNNAMED_PRONOUNS for s in subject)
        if not actors and any(s.lower_ in FIRST_PERSON for s in subject):
            # "Wir sind bereit, ..., sagte X", '"We will not negotiate," X said': the speaker speaks of himself
            actors = [Found(f.actor, f.start, f.end, "coref") for f in speaker_found(statement)]
        if not actors and passive:
            # "wurden bei einem israelischen Luftangriff getötet", "killed in Israeli tank shelling"
            actors = [f for t in _attack_phrases(trigger, cues) for f in index.phrase_actors(t)]
        if not actors and passive and pattern.actor == "location":
            actors = [Found(f.actor, f.start, f.end, "location")
                      for p in _prep_tokens(trigger, "in") for f in index.phrase_actors(p)]

    recipients: list[Found] = []
    slot_used = ""
    if pattern.actor == "speaker":
        verb = governing_verb(trigger) or trigger
        recipients = [Found(m.actor, m.start, m.end, "direct")
                      for m in index.in_range(verb.left_edge.i, verb.right_edge.i + 1)]
    else:
        for slot in pattern.recipient:
            if slot == "clause":
                recipients = _clause_mentions(trigger, index)
            else:
                recipients = [f for t in _recipient_tokens(trigger, slot, passive) for f in _object_actors(t, slot, index)]
            if recipients:
                slot_used = slot
                break
        own = {f.actor.country for f in actors if f.actor.country}
        if is_verb(trigger) and all(uncoded_agent(f.actor) or (f.actor.kind == "agent" and f.actor.country in own)
                                    for f in _distinct_from(recipients, actors)):
            # "is providing photographs and military intelligence to Macedonia", "offered its troops to Lebanon's
            # president": an object that only names a kind of agent, or the actor's own, gives way to a target phrase
            targets = [f for t in _object_targets(trigger, cues, index) for f in index.phrase_actors(t)]
            if not recipients or codable(targets):
                recipients = targets or recipients
        if not recipients and durch:
            # "der Beschuss Israels durch radikale Palästinenser": the genitive names the one attacked
            recipients = [f for t in named_possessors(trigger) for f in index.phrase_actors(t)]
        if not recipients and is_verb(trigger):
            # "agreed to send engineers to Cambodia", "offered to hand over to Britain two suspects": whom the
            # act an offer, promise or agreement is about is aimed at
            recipients = [f for x in children(trigger, {"xcomp"}) for t in _complement_targets(x, cues, index)
                          for f in index.phrase_actors(t)]
        if not recipients:
            # a relative clause on the object — or hung on the verb itself by the parser
            objs = [c for c in trigger.children if c.dep_ in OBJ] + [trigger]
            recipients = [f for t in _relative_clause_subjects(objs) for f in index.phrase_actors(t)]

    # a joint act reported by its participant: "ein mit Kim unterzeichnetes Abkommen", said Putin
    if not actors and slot_used == "mit":
        actors = speaker_found(statement)

    actors = _codable_actors(actors)
    recipients = _distinct_from(codable(recipients, agents=True), actors)
    named_party = any(f.actor.code or f.actor.country for f in recipients)
    if circumstance and not owned and not named_party and not casualty_circumstance(trigger, nouns):
        # "bei einem Zusammenstoß zwischen einem Moped und ...", "bei seinem Aufeinandertreffen mit dem Spanier":
        # a circumstance is an event only by the party it names
        return Roles((), (), False)
    agentless = (passive or (is_verb(trigger) and _attack_subject(trigger, cues)) or _passive_noun(trigger, cues)
                 or _topic_noun(trigger, cues) or circumstance or unnamed)
    # an uncoded agent recipient ("gegen die Regierung") is kept for the coder to place (or drop)
    return Roles(tuple(actors), tuple(recipients), agentless)


def _received_roles(noun: Token, verb: Token, index: MentionIndex, cues: Cues) -> Roles:
    """Roles of a nominal event received ("Die Ukraine erhielt Unterstützung von den USA", "erhielt die Einladung
    Putins", "erntete Kritik"): who gives it — a source phrase on the noun or on the verb of receiving, a named
    genitive or owner ("Putins", "US-Hilfe") — acts, possibly unnamed; the verb's subject receives it."""
    # a source phrase on the noun, on a noun coordinated with it ("Hilfe und Unterstützung von der EU"), or on the verb
    nouns = [noun, *noun.conjuncts]
    named = [t for prep in cues.source_prepositions
             for t in [a for n in nouns for a in prep_args(n, prep)] or prep_args(verb, prep)]
    named += named_possessors(noun)
    actors = _codable_actors([f for t in named for f in index.phrase_actors(t)] or _attributive_actors(noun, index))
    # "wird ... erhalten" is the future, not a passive: its subject receives
    subject = children(verb, PASS_SUBJ) if is_passive(verb) else _subject_tokens(verb, cues)
    recipients = _distinct_from(codable([f for s in subject if s.i != noun.i for f in index.phrase_actors(s)],
                                        agents=True), actors)
    # given by no one named to no one named ("Der Minister erhielt eine Strafe"): no event
    agentless = any(f.actor.code or f.actor.country for f in recipients)
    return Roles(tuple(actors), tuple(recipients), agentless)


def _attributive_actors(noun: Token, index: MentionIndex) -> list[Found]:
    """The actor an actor word on or in the noun names ("der russische Angriff", "US-Hilfe")."""
    owner = attributive_owner(noun, index.attributive_owners(noun.doc))
    m = index.at(owner.i) if owner is not None else None
    return [Found(m.actor, m.start, m.end, "direct")] if m is not None else []


def _codable_actors(actors: list[Found]) -> list[Found]:
    """The actors an event can have (``codable``); beside a coded one, no uncoded agent ("die Truppen der Regierung
    von Baschar al-Assad": the uncoded agents name the same actor as the coded one)."""
    actors = codable(actors, agents=True)
    if any(f.actor.code or f.actor.country for f in actors):
        actors = [f for f in actors if f.actor.code or f.actor.country or f.actor.kind != "agent"]
    return actors


def _object_actors(obj: Token, slot: str, index: MentionIndex) -> list[Found]:
    """The actors an object phrase names; of a direct object that names an act, with both its doer in front and what it
    is done to after it ("condemned Russia's annexation of Crimea", "verurteilte Russlands Annexion der Krim",
    "criticised Israel's treatment of prisoners"), only the doer: the act aimed at is the owner's, so the owner is the
    recipient, not the one the owned act is about. The whole phrase where the owner is a possessive pronoun or names no
    actor, where the object is itself an actor ("Russia's president") or has no objective phrase ("Washington's closest
    ally inside Syria, the SDF")."""
    if slot == "obj" and obj.pos_ == "NOUN" and index.at(obj.i) is None and _objective_phrase(obj):
        owners = [c for c in named_possessors(obj, genitive_objects=False) if c.i < obj.i]
        named = [f for c in owners for f in index.phrase_actors(c)]
        if named:
            return named
    return index.phrase_actors(obj)


def _objective_phrase(noun: Token) -> bool:
    """``noun`` has what it is done to after it: an of-phrase, or a German genitive ("annexation of Crimea", "Annexion
    der Krim")."""
    return any(c.i > noun.i and c.dep_ == "nmod" and (case_of(c) == "of" or (
        noun.lang_ == "de" and not case_of(c) and "Gen" in c.morph.get("Case"))) for c in noun.children)


def _durch_agent(noun: Token) -> list[Token]:
    """The "durch" phrase of a German nominalisation ("der Beschuss Israels durch radikale Palästinenser", "die
    Eroberung der Stadt durch die Armee"): it names the agent, as in the passive, so the genitive beside it is the
    objective genitive, the one acted upon. The parser often hangs the phrase on the noun's verb: there it counts
    where it follows the noun phrase at once and the verb is active (a passive's own "durch" is its agent)."""
    if noun.lang_ != "de" or noun.pos_ not in ("NOUN", "PROPN"):
        return []
    own = [c for c in noun.children if c.dep_ in ("nmod", "obl") and case_of(c) == "durch"]
    if own:
        return own
    verb = noun.head
    if not is_verb(verb) or is_passive(verb):
        return []
    return [c for c in verb.children if c.dep_ in ("obl", "nmod") and case_of(c) == "durch"
            and c.left_edge.i == noun.right_edge.i + 1]


def _passive_noun(noun: Token, cues: Cues) -> bool:
    """A noun trigger that is the subject of an agentless passive ("Ermittlungen wurden eingeleitet",
    "sanctions were imposed"): done by someone the sentence does not name."""
    verb = noun.head
    return (noun.pos_ in ("NOUN", "PROPN") and noun.dep_ in ("nsubj:pass", "nsubj") and is_verb(verb) and is_passive(verb)
            and not _subject_tokens(verb, cues))


def _topic_noun(noun: Token, cues: Cues) -> bool:
    """A noun trigger that is what a verb of happening reports ("Die Amnestie erfolgt ...", "Es gab Razzien", "Es kam
    zu Zusammenstößen"): the event is the topic of the sentence, done by someone the sentence may not name."""
    verb = noun.head
    what = noun.dep_ in ("nsubj", "obj") or (noun.dep_ == "obl" and case_of(noun) in ("zu", "zum", "zur"))
    return (noun.pos_ in ("NOUN", "PROPN") and what and verb.i != noun.i
            and bool(set(verb_lemmas(verb)) & cues.happening_verbs))


def _circumstance(noun: Token, pattern: Pattern, cues: NounCues) -> bool:
    """A noun trigger of a pattern with light verbs that is the circumstance of its clause with a party named ("Bei
    Kämpfen zwischen der Armee und der PKK wurden ... getötet", "bei einem Treffen mit Erdogan", see
    ``triggers.circumstance_of``): an event that took place, by someone the sentence may not name."""
    return (noun.pos_ in ("NOUN", "PROPN") and bool(pattern.governors)
            and circumstance_of(noun, pattern, cues))


def _between(noun: Token, cues: Cues) -> bool:
    """The noun names all its parties in one phrase ("Kämpfe zwischen der Armee und der PKK")."""
    return any(prep_args(noun, prep) for prep in cues.between_prepositions)


def _attack_phrases(verb: Token, cues: Cues) -> list[Token]:
    """Nouns of violent events in the verb's prepositional phrases ("bei einem Anschlag der Taliban"): whoever
    carried out the attack is the actor of an agentless passive."""
    def attack(t: Token) -> bool:
        return t.lemma_.lower() in cues.attack_nouns or t.lower_ in cues.attack_nouns

    # the attack noun heads the phrase, or the parser split a compound ("in Israeli tank shelling": "tank" head)
    return [c for c in verb.children if c.dep_ in ("obl", "nmod", "advcl") and case_of(c)
            and (attack(c) or any(attack(d) for d in c.children if d.dep_ in ("compound", "acl", "amod") and d.i > c.i))]


def _attack_subject(verb: Token, cues: Cues) -> bool:
    """The subject is a violent event, not an actor ("a roadside bombing killed", "ein Anschlag tötete")."""
    subj, _misread = subjects(verb)
    return any(s.lemma_.lower() in cues.attack_nouns or s.lower_ in cues.attack_nouns for s in subj)


def speaker_found(statement: Statement | None) -> list[Found]:
    if statement is None or statement.speaker is None or statement.speaker_span is None:
        return []
    start, end = statement.speaker_span
    return [Found(statement.speaker, start, end, "speaker")]


def _distinct_from(recipients: list[Found], actors: list[Found]) -> list[Found]:
    keys = {_identity(a) for a in actors}
    return [r for r in recipients if _identity(r) not in keys]


def _identity(f: Found) -> tuple[str | None, str]:
    """Who a found actor is: its code and name, or for an uncoded agent its words ("Polizei" is not "Demonstranten")."""
    return f.actor.code, f.actor.name or f.actor.text
