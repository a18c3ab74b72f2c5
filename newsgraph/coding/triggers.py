"""Finding event triggers: tokens whose lemma matches a lexicon pattern.

Verbs match on their full lemma (a split-off particle joined back, a zu-infix
removed), participles used as adjectives ("ein unterzeichnetes Abkommen") on the
verb they come from, nouns on their lemma or as the head of a compound
("Staatsbesuch" → "Besuch"), evaluative adjectives only as predicates ("ist
inakzeptabel").  Pattern constraints — required objects, light verbs that must
govern a noun, a predicate position — are checked here.
"""

from __future__ import annotations

from collections.abc import Container, Iterator
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from newsgraph.coding.cues import Cues
from newsgraph.coding.lexicon import Lexicon, Pattern
from newsgraph.coding.syntax import (
    OBJ,
    PARTICLE,
    PASS_SUBJ,
    agent_phrases,
    anchored,
    bare_args,
    case_of,
    frame_noun,
    governing_verb,
    has_copula,
    is_predicate,
    is_verb,
    named_possessors,
    particle,
    prep_args,
    prep_phrase_index,
    preposition_of,
    subjects,
    verb_lemmas,
)

MIN_COMPOUND_PREFIX = 3


@dataclass(frozen=True)
class NounCues:
    """Cue words by which a nominal event holds whatever light verb governs it (``Cues`` fields): ``anchors``
    (prepositions after which an owner does not make it one), ``receiving`` (verbs whose object it is received),
    ``circumstances`` and ``partners`` (a phrase of circumstance with a named party: "bei Kämpfen zwischen ..."),
    ``aftermath`` and ``gatherings`` (a gathering with a named party that took place before: "nach Gesprächen mit
    ...")."""

    anchors: Container[str] = ()
    receiving: Container[str] = ()
    circumstances: Container[str] = ()
    partners: Container[str] = ()
    aftermath: Container[str] = ()
    gatherings: Container[str] = ()
    encountering: Container[str] = ()
    encountering_preps: Container[str] = ()
    attacks: Container[str] = ()
    casualties: Container[str] = ()


def noun_cues(cues: Cues) -> NounCues:
    """The noun-event cue words of a language's cue file."""
    return NounCues(cues.anchor_prepositions, cues.receiving_verbs, cues.circumstance_prepositions,
                    cues.partner_prepositions | cues.between_prepositions, cues.aftermath_prepositions,
                    cues.gathering_nouns, cues.encountering_verbs, cues.encountering_prepositions, cues.attack_nouns,
                    cues.casualty_verbs)


@dataclass(frozen=True)
class Trigger:
    token: Token
    pattern: Pattern
    lemma: str


def participle_lemmas(token: Token) -> list[str]:
    """Infinitives a participle-adjective may come from: "unterzeichnet(es)" → "unterzeichnen"."""
    lemma = (token.lemma_ or token.text).lower()
    out = []
    for stem in (lemma, token.lower_):
        for ending in ("te", "tes", "ten", "ter", "tem", "t"):
            if stem.endswith(ending):
                base = stem[: -len(ending)]
                out.append(base + "n" if base.endswith("e") else base + "en")
                if base.startswith("ge"):
                    out.append(base[2:] + "en")
                break
    return list(dict.fromkeys(out))


def english_base_forms(word: str) -> list[str]:
    """Base forms an English inflected verb may have ("jailed" → jail, "freed" → free, "planned" → plan, "carried" →
    carry, "seizing" → seize), for when a lemmatiser's lemma is not in the lexicon."""
    out: list[str] = []
    for suffix in ("ied", "ies", "ed", "ing", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 2:
            stem = word[: -len(suffix)]
            if suffix in ("ied", "ies"):
                out.append(stem + "y")
                break
            out += [stem, stem + "e"] if suffix in ("ed", "ing") else [stem]
            if suffix in ("ed", "ing") and len(stem) > 2 and stem[-1] == stem[-2]:
                out.append(stem[:-1])  # "planned" → plan
            break
    return list(dict.fromkeys(out))


def noun_lemma_matches(lemma: str, noun_lemmas: Container[str], min_prefix: int = MIN_COMPOUND_PREFIX) -> str | None:
    """The longest pattern noun ``lemma`` equals or ends with after at least ``min_prefix`` letters (compounds:
    "Mordanklage" → Anklage); None if none."""
    low = lemma.lower()
    if low in noun_lemmas:
        return low
    for start in range(min_prefix, len(low)):
        if low[start:] in noun_lemmas:
            return low[start:]
    return None


def _head_lemma(token: Token) -> str:
    return (token.lemma_ or token.text).lower()


def _object_heads(verb: Token, pattern: Pattern) -> list[Token]:
    heads = bare_args(verb) + [c for c in verb.children if c.dep_ in PASS_SUBJ]
    phrases = prep_phrase_index(verb)
    heads += [t for prep in pattern.recipient if prep not in ("obj", "iobj") for t in phrases(prep)]
    if verb.dep_ in ("amod", "acl") and verb.head.pos_ in ("NOUN", "PROPN"):
        heads.append(verb.head)
    return [t for h in heads for t in (h, *h.conjuncts)]


def _objects_ok(pattern: Pattern, verb: Token, heads: dict[tuple[str, ...], list[Token]]) -> bool:
    """The pattern's required object is among the verb's objects; ``heads`` caches them per recipient-slot list
    (a verb with many patterns shares one computation)."""
    if not pattern.objects:
        return True
    wanted = {o.lower() for o in pattern.objects}
    if pattern.recipient not in heads:
        heads[pattern.recipient] = _object_heads(verb, pattern)
    if any(_is_wanted(obj, wanted) for obj in heads[pattern.recipient]):
        return True
    # German: the parser often hangs an object elsewhere in the clause ("... und seiner Familie Asyl gewährt":
    # "Asyl" as an apposition); for a pattern whose object is a plain one, any noun of the verb's own clause that
    # is neither its subject nor in a prepositional phrase will do
    return (verb.lang_ == "de" and set(pattern.recipient) <= BARE_SLOTS
            and any(_is_wanted(t, wanted) for t in _clause_nouns(verb)))


def _is_wanted(obj: Token, wanted: set[str]) -> bool:
    lemma = _head_lemma(obj)
    if noun_lemma_matches(lemma, wanted) or noun_lemma_matches(obj.lower_, wanted):
        return True
    if any(" " in w and _is_term(obj, w) for w in wanted):
        return True
    # plural/inflected forms the lemmatiser missed: "Raketen" ~ "Rakete"
    return any(obj.lower_.startswith(w) and len(obj.lower_) - len(w) <= 2 for w in wanted)


def _is_term(obj: Token, term: str) -> bool:
    """``obj`` heads the words of a term of several ("state of emergency", "martial law"): it is one of them and
    the others are its dependents (prepositions aside)."""
    words = term.split()
    own = {_head_lemma(obj), obj.lower_}
    if not own & set(words):
        return False
    deps = {w for c in obj.children for w in (_head_lemma(c), c.lower_)}
    return all(w in own or w in deps or w in ("of", "von") for w in words)


#: dependents that open a clause of their own, whose nouns are not the verb's
_CLAUSE_DEPS = frozenset({"ccomp", "xcomp", "advcl", "acl", "acl:relcl", "parataxis", "csubj", "nsubj", "nsubj:pass"})


BARE_SLOTS = frozenset({"obj", "iobj"})
#: subject labels, which ``_clause_nouns`` may follow
SUBJ_DEPS = frozenset({"nsubj", "nsubj:pass"})


def _clause_nouns(verb: Token, with_subject: bool = False) -> list[Token]:
    """Nouns of ``verb``'s own clause outside other clauses and prepositional phrases, and outside its subject unless
    ``with_subject``."""
    out: list[Token] = []
    top = _CLAUSE_DEPS - SUBJ_DEPS if with_subject else _CLAUSE_DEPS
    stack = [c for c in verb.children if c.dep_ not in top and not case_of(c)]
    while stack:
        t = stack.pop()
        if t.pos_ in ("NOUN", "PROPN"):
            out.append(t)
        stack.extend(c for c in t.children if c.dep_ not in _CLAUSE_DEPS and not case_of(c))
    return out


#: a blocking noun this short counts only as the whole word, not as the end of a compound ("Haft", not "Botschaft")
_MIN_BLOCKING_TAIL = 5


def _blocking_noun(pattern: Pattern, verb: Token) -> bool:
    """A noun of ``pattern.blocked_by_nouns`` (or a compound ending in one) heads a bare phrase of ``verb``'s clause,
    its subject included, or depends on one without a preposition ("Ihm droht eine Anklage", "drohen bis zu 30 Jahre
    Haft": what impends, not a threat; in "droht mit einer Anklage" the noun is in a prepositional phrase)."""
    nouns = {n.lower() for n in pattern.blocked_by_nouns}
    for t in _clause_nouns(verb, with_subject=True):
        for form in (_head_lemma(t), t.lower_):
            hit = noun_lemma_matches(form, nouns)
            if hit and (hit == form or len(hit) >= _MIN_BLOCKING_TAIL):
                return True
    return False


def _context_ok(pattern: Pattern, token: Token) -> bool:
    """The pattern's required complement word is there and no blocking dependent or noun is."""
    if pattern.blocked_by and any(c.dep_ in pattern.blocked_by for c in token.children):
        return False
    if pattern.blocked_by_nouns and _blocking_noun(pattern, token):
        return False
    if pattern.complement:
        wanted = {w.lower() for w in pattern.complement}
        return any(c.lower_ in wanted or c.lemma_.lower() in wanted for c in token.children)
    # an English phrasal verb is another verb: PETRARCH's bare "rule" (govern) is no "rule out", its "take" no "take
    # over" (the phrasal ones have their own patterns)
    return not pattern.needs_target or token.lang_ != "en" or not any(c.dep_ == "compound:prt" for c in token.children)


def _governor_ok(pattern: Pattern, noun: Token, owners: Container[int] = (), cues: NounCues = NounCues()) -> bool:
    """The noun's light verb is one of the pattern's governors — or the noun names who acts ("Russlands Angriff auf
    die Ukraine", "die Kritik der Opposition", with ``owners`` the actor words that can own it: "der russische
    Angriff", "US-Sanktionen"), which makes the nominalisation an event whatever verb it stands under — except where
    it only anchors a time, a reason or a topic (``cues.anchors``: "nach den Anschlägen", "bezüglich der
    UN-Sanktionen"); or it is received ("erhielt Unterstützung", see ``received_by``) or the circumstance of its
    clause with a party named ("bei Kämpfen zwischen ...", see ``circumstance_of``)."""
    if not pattern.governors:
        return True
    if not anchored(noun, cues.anchors) and (_has_owner(noun, pattern) or attributive_owner(noun, owners) is not None):
        return True
    if received_by(noun, cues.receiving, cues.encountering, cues.encountering_preps) is not None \
            or circumstance_of(noun, pattern, cues):
        return True
    return _governed(pattern, noun)


def _governed(pattern: Pattern, noun: Token) -> bool:
    """The noun's light verb is one of the pattern's governors."""
    gov = noun.head
    hops = 0
    frame = frame_noun(noun)
    if frame is not None:
        gov = frame.head  # the act names the noun right after it: "launched a mediation effort"
    while not is_verb(gov) and gov.head != gov and hops < 2 and noun.dep_ in ("conj", "nmod"):
        gov, hops = gov.head, hops + 1
    return bool(set(verb_lemmas(gov)) & {g.lower() for g in pattern.governors})


def received_by(noun: Token, receiving: Container[str], encountering: Container[str] = (),
                encountering_preps: Container[str] = ()) -> Token | None:
    """The verb of receiving (``Cues.receiving_verbs``) whose object ``noun`` is, or one coordinated with it ("erhielt
    Unterstützung von den USA", "bekam Lob und Anerkennung"), or the verb of meeting with (``encountering``) in whose
    phrase of ``encountering_preps`` it stands ("stieß bei der SPÖ auf Ablehnung"); None if there is none."""
    top = noun
    while top.dep_ == "conj" and top.head != top and top.head.pos_ in ("NOUN", "PROPN"):
        top = top.head
    verb = top.head
    if encountering and top.dep_ in ("obl", "obl:arg", "nmod") and preposition_of(top) in encountering_preps:
        met = verb
        for _ in range(2):  # the phrase hung one or two levels off ("bei der Regierung in Warschau auf Ablehnung")
            if is_verb(met) or met.head == met or met.pos_ not in ("NOUN", "PROPN"):
                break
            met = met.head
        if met != top and is_verb(met) and set(verb_lemmas(met)) & set(encountering):
            return met
    if not receiving:
        return None
    if verb == top or not is_verb(verb) or not any(lemma in receiving for lemma in verb_lemmas(verb)):
        return None
    objs, misread = [c for c in verb.children if c.dep_ in OBJ], subjects(verb)[1]
    return verb if top in objs or top in misread else None


def circumstance_of(noun: Token, pattern: Pattern, cues: NounCues) -> bool:
    """``noun`` heads a phrase of circumstance (``cues.circumstances``: "bei", "während"; for a gathering also one
    of time after it, ``cues.aftermath``: "nach seinen Gesprächen mit Merkel") and names a party to it in a phrase
    the pattern reads a recipient from (``cues.partners``: "bei Kämpfen zwischen der Armee und der PKK", "bei einem
    Treffen mit Erdogan"): the event took place, whatever verb the phrase stands under."""
    prep = preposition_of(noun)
    if prep not in cues.circumstances and not (
            prep in cues.aftermath and noun_lemma_matches(_head_lemma(noun), cues.gatherings) is not None):
        return False
    if noun.head.pos_ in ("NOUN", "PROPN") and noun.head.dep_ != "ROOT":
        return False  # the topic of another noun, not a circumstance of the clause: "agreed to US mediation in the talks"
    return any(prep_args(noun, p) for p in pattern.recipient if p in cues.partners) or casualty_circumstance(noun, cues)


def casualty_circumstance(noun: Token, cues: NounCues) -> bool:
    """``noun`` is an attack (``cues.attacks``) in a phrase of circumstance of a clause that reports casualties
    (``cues.casualties``: "Bei einem Anschlag starben 20 Menschen"): the attack took place, by someone the sentence
    may not name."""
    if preposition_of(noun) not in cues.circumstances or noun_lemma_matches(_head_lemma(noun), cues.attacks) is None:
        return False
    verb = governing_verb(noun)
    return verb is not None and bool(set(verb_lemmas(verb)) & set(cues.casualties))


def _has_owner(noun: Token, pattern: Pattern) -> bool:
    """A named possessor or genitive ("Russlands", "Russia's", "der Opposition") or an agent phrase ("von/by X");
    where the pattern's object is a genitive or a von-phrase ("die Festnahme des Journalisten", "von Journalisten"),
    neither names who acts (as ``roles.find_roles`` reads them); a possessive pronoun ("seine Kritik") is not enough."""
    by_owner = "obj" not in pattern.recipient
    if named_possessors(noun, genitive_objects=by_owner):
        return True
    return bool(agent_phrases(noun, von_is_agent=by_owner))


def attributive_owner(noun: Token, owners: Container[int]) -> Token | None:
    """The actor word on or in ``noun`` that names who acts: a nationality adjective in front of it ("der
    russische Angriff") or the noun itself with a name as the first part ("US-Sanktionen"); ``owners`` are the
    token indices of such words (``MentionIndex.attributive_owners``)."""
    if noun.i in owners:
        return noun
    return next((c for c in noun.children if c.dep_ in ("amod", "dep") and c.i < noun.i and c.i in owners), None)


#: German inseparable verb prefixes: a noun made of one and a pattern noun is a derivation, not a compound
#: ("Vereinigung" is no "Einigung", "Wiedervereinigung" none either)
_DERIVATION_PREFIXES = ("ver", "zer")


def derived_with_prefix(token: Token, hit: str) -> bool:
    """``token`` matched the pattern noun ``hit`` only as its tail, and the part before it ends in an inseparable
    verb prefix: a derived word of its own ("Vereinigung", "Wiedervereinigung" → not "Einigung")."""
    for form in (_head_lemma(token), token.lower_):
        if form.endswith(hit) and len(form) > len(hit):
            return form[: -len(hit)].endswith(_DERIVATION_PREFIXES)
    return False


#: what ends the stretch of a clause in which a stray particle is looked for
_CLAUSE_BREAKS = frozenset({",", ";", ":", "(", ")", "–", "-", '"', "«", "»", "„", "“"})


def stray_particle(verb: Token) -> str:
    """German: the separable particle of ``verb`` that the tagger saw (STTS PTKVZ) but the parser hung elsewhere
    ("Gabriel rief seine Partei dazu auf, ...": "auf" as the case of a later word), so that ``verb_lemmas`` misses
    it: the first PTKVZ word after the verb in its stretch of clause (up to a comma or other break, or another
    verb), if the verb has no particle of its own and the word is not the particle of another verb; '' if none."""
    if verb.lang_ != "de" or verb.pos_ not in ("VERB", "ADJ", "ADV") or not is_verb(verb) or particle(verb):
        return ""
    for t in verb.doc[verb.i + 1: verb.sent.end]:
        if t.text in _CLAUSE_BREAKS or (t.pos_ in ("VERB", "AUX") and t.tag_ != "PTKVZ"):
            return ""
        if t.tag_ == "PTKVZ":
            # the particle of another verb by word class (not a noun the parser gave it to)
            owned = t.dep_ in PARTICLE and t.head != verb and (t.head.pos_ in ("VERB", "AUX") or t.head.tag_[:1] == "V")
            return "" if owned or not t.text.islower() else t.lower_
    return ""


def find_triggers(doc: Doc, lexicon: Lexicon, owners: Container[int] = (),
                  cues: NounCues = NounCues()) -> Iterator[Trigger]:
    """Every (token, pattern) pair whose constraints hold; the first fitting pattern per token. ``owners``: actor
    words that make a nominalisation they stand on an event whatever verb governs it (see ``attributive_owner``);
    ``cues``: the cue words by which a nominalisation is an event under another verb than its light verbs, or not
    (``NounCues``)."""
    noun_lemmas = lexicon.lemmas("noun")
    for token in doc:
        candidates: list[tuple[str, str]] = []
        if is_verb(token):
            lemmas = verb_lemmas(token)
            stray = stray_particle(token)
            if stray:
                lemmas = [stray + lemmas[0], *lemmas]
            if token.pos_ == "ADJ":  # a finite verb the tagger took for a participle-adjective
                lemmas += participle_lemmas(token)
            candidates = [("verb", lemma) for lemma in lemmas]
            # or it is the predicate adjective it looks like ("sei indiskutabel", "sei zu Gesprächen bereit")
            if (token.pos_ == "ADJ" and is_predicate(token)) or (token.pos_ == "VERB" and has_copula(token)):
                candidates += [("adj", _head_lemma(token)), ("adj", token.lower_)]
        elif token.pos_ == "ADJ" and token.dep_ in ("amod", "acl"):
            candidates = [("verb", lemma) for lemma in participle_lemmas(token)]
        elif token.pos_ in ("NOUN", "PROPN"):
            hit = noun_lemma_matches(_head_lemma(token), noun_lemmas) or noun_lemma_matches(token.lower_, noun_lemmas)
            if hit and not (token.lang_ == "de" and derived_with_prefix(token, hit)):
                candidates = [("noun", hit)]
        elif token.pos_ in ("ADJ", "ADV") and is_predicate(token):
            candidates = [("adj", _head_lemma(token)), ("adj", token.lower_)]
        if candidates and candidates[0][0] == "verb" and token.lang_ == "en":
            # a given parse's lemmatiser may have slipped ("jailed" → "jaile"): the surface form's base forms last
            candidates += [("verb", form) for form in english_base_forms(token.lower_) if ("verb", form) not in candidates]
        heads: dict[tuple[str, ...], list[Token]] = {}
        for pos, lemma in candidates:
            fitting = [
                p for p in lexicon.lookup(pos, lemma)
                if (_objects_ok(p, token, heads) if pos == "verb" else _governor_ok(p, token, owners, cues))
                and _context_ok(p, token)
                and (not p.predicate or is_predicate(token))
            ]
            if fitting:
                if pos == "noun" and len(fitting) > 1:
                    # a noun that holds whatever verb governs it (owned, received, a circumstance) takes the pattern
                    # of its own light verb, else the lemma's usual reading (the CAMEO code most of its fitting patterns
                    # give): "stößt auf Widerstand" is no "Widerstand aufgeben"
                    governed = [p for p in fitting if p.governors and _governed(p, token)]
                    codes = [p.cameo for p in fitting]
                    fitting = governed or sorted(fitting, key=lambda p: -codes.count(p.cameo))
                yield Trigger(token, fitting[0], lemma)
                break
