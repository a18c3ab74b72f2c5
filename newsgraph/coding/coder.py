"""The event coder: a parsed article and its actor mentions in, ``Event`` records out.

For every trigger (``triggers``) the coder reads the roles (``roles``), the
statement it belongs to (``attribution``), its modality (``modality``) and date
(``dates``), looks up the PLOVER type and Goldstein score of the pattern's CAMEO
code (``ontology``), and emits one event per actor–recipient pair.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

from newsgraph.coding.attribution import Statement, statement_for
from newsgraph.coding.cameo_maps import INTENT_CODES, REFUSAL_CODES, THREAT_CODES, by_whom, is_private_travel
from newsgraph.coding.cues import Cues
from newsgraph.coding.dates import DateSettings, is_historical, is_other_day, resolve_date
from newsgraph.coding.embedding import Embedding, embeddings
from newsgraph.coding.lexicon import Lexicon, Pattern
from newsgraph.coding.location import Locator
from newsgraph.coding.mentions import Found, MentionIndex
from newsgraph.coding.modality import clause_modality
from newsgraph.coding.ontology import CameoCode, Ontology
from newsgraph.coding.roles import Roles, codable, find_roles, speaker_found, uncoded_agent
from newsgraph.coding.syntax import clause_tokens, denied_noun, governing_verb, is_negated, is_verb, particle
from newsgraph.coding.triggers import Trigger, find_triggers, noun_cues
from newsgraph.errors import InputError
from newsgraph.model import Actor, Attribution, Event, Location, Span, replace

# confidence adjustments: named, so calibration (issue: coder) can tune them in one place
BONUS_DIRECT_ACTOR = 0.05
BONUS_RECIPIENT = 0.1
PENALTY_INDIRECT_ACTOR = 0.1
PENALTY_NO_ACTOR = 0.15
# an agent of unknown country given the country of the event's place keeps this share of its confidence
PLACED_AGENT_CONFIDENCE = 0.8
# a dyad with one side missing is an incomplete event: on the English dev gold (PLOVER GSR), events without a
# recipient were right at type + countries level 5 % of the time against 60-80 % with one (docs/accuracy.md)
PENALTY_NO_RECIPIENT = 0.1
PENALTY_NEGATION_FLIP = 0.1
# types whose event, when it names no target, is aimed at the state where it takes place (``_struck``)
PLACE_TARGETED_TYPES = frozenset({"ASSAULT"})
# dyadic types: coordinated actors with no recipient act together ("A, B and C met")
SYMMETRIC_TYPES = frozenset({"CONSULT", "COOPERATE", "AGREE"})
# the codebook whose conventions the events follow where PLOVER and CAMEO differ (PLOVER manual, "Compound and
# Reciprocal Actors"; AGREE/THREATEN): "plover" writes a reciprocal event as one event with all parties as actor and
# codes the announcement of a future act as an event of its own; "cameo" writes every ordered pair (A→B, B→A),
# only the act, flagged future, and any speaker's report of another's violence as an accusation instead of the
# violence, not only a hedged one (as PETRARCH, GDELT and ICEWS data do)
CONVENTIONS = ("plover", "cameo")
# CAMEO roots of cooperative acts whose announcement is an "express intent" (03x); hostile ones are threats (13x)
COOPERATIVE_ROOTS = frozenset({"04", "05", "06", "07", "08"})
# the CAMEO code of the accusation a speaker makes by reporting another actor's violence ("Accuse")
REPORTED_CONFLICT_CAMEO = "112"


@dataclass(frozen=True)
class SentenceRef:
    index: int
    start: int  # token index
    end: int
    text: str
    char_start: int


class EventCoder:
    """Codes events in one language from a lexicon, cue words and the CAMEO/PLOVER table."""

    def __init__(self, lexicon: Lexicon, cues: Cues, ontology: Ontology, convention: str = "plover") -> None:
        if convention not in CONVENTIONS:
            raise InputError(f"unknown coding convention {convention!r} (use one of: {', '.join(CONVENTIONS)})")
        self.lexicon = lexicon
        self.cues = cues
        self.ontology = ontology
        self.convention = convention

    @classmethod
    def for_language(cls, lang: str, ontology: Ontology | None = None, convention: str = "plover") -> "EventCoder":
        ontology = ontology or Ontology.load()
        return cls(Lexicon.load(lang, ontology=ontology), Cues.load(lang), ontology, convention)

    def code(self, doc: Doc, index: MentionIndex, statements: list[Statement], sentences: list[SentenceRef],
             doc_id: str, dates: DateSettings, locator: Locator | None = None) -> list[Event]:
        """All events in ``doc``, deduplicated within each sentence; ``locator`` places them."""
        by_token = {}
        for s in sentences:
            for i in range(s.start, s.end):
                by_token[i] = s
        events: dict[tuple[object, ...], Event] = {}
        triggers = list(find_triggers(doc, self.lexicon, index.attributive_owners(doc), noun_cues(self.cues)))
        changes, dropped = embeddings(triggers, self.cues)
        trigger_at = {t.token.i: t for t in triggers}
        for trig in triggers:
            sentence = by_token.get(trig.token.i)
            if sentence is None or trig.token.i in dropped:
                continue
            statement = statement_for(trig.token, statements)
            roles = find_roles(trig.token, trig.pattern, index, self.cues, statement)
            change = changes.get(trig.token.i)
            if change is not None and change.recipient_from is not None:
                recipients = tuple(codable(index.phrase_actors(doc[change.recipient_from])))
                roles = Roles(roles.actors, recipients or roles.recipients, roles.agentless)
            if change is not None and change.refuses and not roles.recipients:
                # "refused to meet Jordan's king": the refusal is aimed at whom the meeting would have been with
                refused = [r for i in change.refuses for r in find_roles(
                    trigger_at[i].token, trigger_at[i].pattern, index, self.cues, statement).recipients]
                roles = Roles(roles.actors, tuple(refused), roles.agentless)
            if change is not None and change.by_speaker:
                speaker = tuple(speaker_found(statement))
                if speaker:  # the speaker asks; the clause's own actor is the one asked
                    recipients = roles.recipients if change.recipient_from is not None else roles.actors
                    roles = Roles(speaker, tuple(r for r in recipients if r.actor != speaker[0].actor), False)
            for event in self._events(trig, roles, statement, sentence, doc_id, dates, locator, change):
                key = _event_key(event)
                if key not in events or events[key].confidence < event.confidence:
                    events[key] = event
        coded = list(events.values())
        # CAMEO codes a speaker's report of another actor's violence as an accusation; PLOVER only when the
        # speaker attributes it ("griffen offenbar ... an, erklärte Kerry": the attack itself is alleged)
        accusations = self._reported_accusations(coded, set(events), alleged_only=self.convention == "plover")
        if self.convention == "cameo":
            # CAMEO codes the report, not the reported violence: "the US claimed that ISIL had attacked Iraq" is the
            # US's accusation of ISIL only (PETRARCH and the data built with it)
            reported = {(a.sentence_index, a.evidence.start) for a in accusations}
            coded = [e for e in coded if (e.sentence_index, e.evidence.start) not in reported or e.quad_class != 4]
        coded += accusations
        if self.convention == "plover":
            coded += self._announcements(coded, set(_event_key(e) for e in coded), dates)
        return sorted(_struck(_drop_covered(coded)), key=lambda e: (e.sentence_index, e.evidence.start))

    def _reported_accusations(self, events: list[Event], seen: set[tuple[object, ...]],
                              alleged_only: bool = False) -> list[Event]:
        """A speaker who reports another actor's violence accuses that actor ("X griffen an, erklärte Kerry");
        with ``alleged_only`` only where the report hedges it ("offenbar", "allegedly")."""
        code = self.ontology.get(REPORTED_CONFLICT_CAMEO)
        out = []
        for e in events:
            speaker = e.attribution.speaker if e.attribution else None
            if speaker is None or not speaker.code or e.quad_class != 4 or not e.actor:
                continue
            if alleged_only and "alleged" not in e.modality:
                continue
            targets = tuple(a for a in e.actor if (a.code or a.country)
                            and (a.country != speaker.country or a.code != speaker.code))
            if not targets or speaker.country in {a.country for a in targets if a.country}:
                continue
            accusation = _derived(e, code, "derived.reported_conflict", actor=(speaker,), recipient=targets,
                                  modality=tuple(m for m in e.modality if m == "historical"))
            if _event_key(accusation) not in seen:
                seen.add(_event_key(accusation))
                out.append(accusation)
        return out

    def _announcements(self, events: list[Event], seen: set[tuple[object, ...]], dates: DateSettings) -> list[Event]:
        """Announcing a future act is itself an event, made now (PLOVER: "will visit" is an AGREE, "will impose
        sanctions" a THREATEN): CAMEO's "express intent to ..." (03x) for a cooperative act, a threat (13x) for a
        hostile one. The planned act stays as it is, flagged future."""
        out = []
        for e in events:
            if "future" not in e.modality or {"negated", "hypothetical"} & set(e.modality) or not e.actor:
                continue
            root = e.cameo[:2]
            cameo = INTENT_CODES.get(root) if root in COOPERATIVE_ROOTS else THREAT_CODES.get(root)
            if cameo is None:
                continue
            code = self.ontology.get(cameo)
            announced = _derived(e, code, "derived.announced", date=resolve_date([], dates),
                                 modality=tuple(m for m in e.modality if m != "future"))
            if _event_key(announced) not in seen:
                seen.add(_event_key(announced))
                out.append(announced)
        return out

    def _events(self, trig: Trigger, roles: Roles, statement: Statement | None, sentence: SentenceRef,
                doc_id: str, dates: DateSettings, locator: Locator | None,
                change: Embedding | None = None) -> list[Event]:
        if not roles.actors and not roles.agentless:
            return []  # an agentless passive ("wurden festgenommen") reports an event whose actor is unknown
        if not roles.actors and _describes_a_noun(trig.token):
            return []  # "a state of emergency that was imposed six months ago": background, by no one named
        pattern = trig.pattern
        token = trig.token
        if pattern.needs_target and not roles.recipients and not (change is not None and change.cameo):
            # "went to Syria" may be a visit, "rescued migrants" aid; "he went", "she added", "they want" are no
            # events (unless the clause makes the verb another act)
            return []
        head = self._modality_head(token, pattern, statement)
        # a judgement is negated by its own negation too: "sei nicht richtig"
        negated = is_negated(head) or (head.i != token.i and (is_verb(token) or pattern.predicate) and is_negated(token)) \
            or (pattern.pos == "noun" and denied_noun(token))  # "Es kam zu keinen Verhaftungen", "no arrests were made"
        cameo = change.cameo if change is not None and change.cameo else pattern.cameo
        cameo = by_whom(cameo, [f.actor.sector for f in roles.actors])  # civilians who block protest, armies coerce
        if is_private_travel(cameo, [(f.actor.country, f.actor.sector) for f in roles.actors]):
            return []  # migrants who travel on make no visit
        confidence = pattern.confidence
        if negated and pattern.negated:
            cameo, negated = pattern.negated, False
            confidence -= PENALTY_NEGATION_FLIP
        modality = clause_modality(head, self.cues, negated=negated, trigger=token)
        if change is not None and change.refused and "negated" not in modality:
            modality.append("negated")  # "refused to meet": the meeting is what was turned down
        if change is not None and change.possible and "hypothetical" not in modality:
            modality.append("hypothetical")  # "did not rule out sending troops": possible, not done
        if change is not None and change.future and "future" not in modality and "hypothetical" not in modality:
            modality.append("future")
        if change is not None and change.by_speaker:
            # an obligation stated by a speaker is a request made now; without a speaker it is no fact
            stated = bool(roles.actors) and roles.actors[0].via == "speaker"
            modality = [m for m in modality if m not in ("future", "hypothetical")] + ([] if stated else ["hypothetical"])
        if change is not None and change.asserted:
            modality = [m for m in modality if m not in ("future", "hypothetical")]
        if negated and "future" in modality and cameo[:2] in REFUSAL_CODES:
            # a declared refusal ("will not provide support") is itself an event: a rejection, made now
            cameo = REFUSAL_CODES[cameo[:2]]
            modality = [m for m in modality if m not in ("negated", "future")]
            change = Embedding(cameo, False)
        code = self.ontology.get(cameo)
        words = [t.text for t in clause_tokens(head)]
        date = resolve_date(words, dates, future="future" in modality)
        if (date is None or date.text is None) and statement is not None:
            date = resolve_date([t.text for t in clause_tokens(statement.verb)], dates) or date
        if is_historical(date, dates):
            modality.append("historical")
        attribution = None
        if statement is not None:
            content = sorted(statement.content)
            quote = token.doc[content[0]: content[-1] + 1].text if content else None
            attribution = Attribution(statement.speaker, quote)
        other_day = is_other_day(date, dates)
        event_type = (code.event_type if change is not None and change.cameo else None) or pattern.event_type \
            or code.event_type
        out = []
        for a, r in _pairs(roles, event_type, self.convention):
            evidence = self._evidence(token, [f for f in (*a, r) if f is not None], sentence)
            location = None if locator is None else locator.locate(
                token, head, statement.verb if statement else None, [f.actor for f in a], [r.actor] if r else [],
                code.cameo, code.quad_class, other_day)
            if r is None and event_type == "CONSULT" and len(a) == 1:
                r = _host(location, a[0].actor)
            a = tuple(_placed(f, location) for f in a)
            if r is None and event_type == "PROTEST" and a:
                r = _protested(location, a[0].actor)
            if r is not None:
                r = _placed(r, location)
                if self.convention == "plover":  # CAMEO (PETRARCH) leaves such an agent unknown: "---REB"
                    r = _domestic(r, a)
                if uncoded_agent(r.actor):
                    r = None  # "protestierten gegen die Regierung" with no place: whose government is unknown
            pair_confidence = confidence + self._confidence_delta(a, r)
            out.append(Event(
                doc_id=doc_id,
                sentence_index=sentence.index,
                sentence=sentence.text,
                evidence=evidence,
                trigger=_trigger_text(token),
                language=self.lexicon.lang,
                date=date,
                event_type=event_type,
                mode=(code.mode if change is not None and change.cameo else None) or pattern.mode or code.mode,
                context=code.context,
                cameo=code.cameo,
                goldstein=code.goldstein,
                quad_class=code.quad_class,
                actor=tuple(f.actor for f in a),
                recipient=(r.actor,) if r else (),
                modality=tuple(modality),
                location=location,
                attribution=attribution,
                confidence=max(0.05, min(0.99, pair_confidence)),
                pattern=pattern.id,
            ))
        return out

    def _modality_head(self, token: Token, pattern: Pattern, statement: Statement | None) -> Token:
        if pattern.speech_act and statement is not None and is_verb(statement.verb):
            return statement.verb
        if is_verb(token):
            return token
        return governing_verb(token) or token

    @staticmethod
    def _confidence_delta(actors: tuple[Found, ...], recipient: Found | None) -> float:
        """How sure the roles of one event are: a directly named actor of known country and a recipient raise
        the pattern's confidence; an actor found indirectly (pronoun, speaker, nationality adjective, placed by the
        event's location) lowers it, an actor of unknown country or none lowers it most, and so does a missing
        recipient; a recipient known only from a nationality adjective or inferred from the place or the actor's state
        adds nothing."""
        delta = 0.0
        known = [f for f in actors if f.actor.country or f.actor.code]
        if not known:
            delta -= PENALTY_NO_ACTOR
        elif len(known) == len(actors) and all(f.via == "direct" and f.actor.code for f in actors):
            delta += BONUS_DIRECT_ACTOR
        elif any(f.via != "direct" or not f.actor.code for f in actors):
            delta -= PENALTY_INDIRECT_ACTOR
        if recipient is None:
            delta -= PENALTY_NO_RECIPIENT
        elif recipient.via not in ("modifier", "location", "domestic"):
            # not one known only from a nationality adjective ("restrictions on the Russian language") or inferred
            # from the place (the host of a visit, the state a protest is against) or from the actor's state
            delta += BONUS_RECIPIENT
        return delta

    @staticmethod
    def _evidence(token: Token, found: list[Found], sentence: SentenceRef) -> Span:
        doc = token.doc
        idx = [token.i] + [i for f in found for i in (f.start, f.end - 1) if sentence.start <= i < sentence.end]
        prt = [c.i for c in token.children if c.dep_ == "compound:prt"]
        idx += prt
        start_tok, end_tok = doc[min(idx)], doc[max(idx)]
        start, end = start_tok.idx, end_tok.idx + len(end_tok.text)
        return Span(start, end, doc[start_tok.i: end_tok.i + 1].text)  # (doc.text would join the whole doc anew)


#: a clause or participle that describes a noun ("that was imposed ...", "the villages destroyed in ...")
DESCRIPTIVE_DEPS = frozenset({"acl:relcl", "relcl", "acl", "amod"})


def _describes_a_noun(token: Token) -> bool:
    # (not a clause the parser hung on a verb as "acl": "meldete, bei den Luftangriffen seien 260 Kämpfer getötet worden")
    if token.dep_ == "conj":
        token = token.head
    return token.dep_ in DESCRIPTIVE_DEPS and token.head.pos_ not in ("VERB", "AUX")


def _derived(event: Event, code: CameoCode, pattern: str, **changes: object) -> Event:
    """An event derived from ``event`` (an accusation by its reporter, its announcement): coded as ``code``,
    less sure than the event it comes from."""
    return replace(event, event_type=code.event_type, mode=code.mode, context=code.context, cameo=code.cameo,
                   goldstein=code.goldstein, quad_class=code.quad_class, pattern=pattern,
                   confidence=event.confidence - PENALTY_INDIRECT_ACTOR, **changes)


def _pairs(roles: Roles, event_type: str, convention: str) -> list[tuple[tuple[Found, ...], Found | None]]:
    """(actors, recipient) of each event: one per actor–recipient pair; a dyadic type with several parties and
    no recipient is one joint event of all parties (PLOVER), or (``convention="cameo"``) each party toward the others."""
    actors: list[tuple[Found, ...]] = [(a,) for a in roles.actors] or [()]
    if roles.recipients:
        return [(a, r) for a in actors for r in roles.recipients]
    distinct = {f.actor.country or f.actor.code for f in roles.actors if f.actor.country or f.actor.code}
    if event_type in SYMMETRIC_TYPES and len(distinct) >= 2:
        if convention == "plover":
            return [(tuple(roles.actors), None)]
        return [((a,), b) for a in roles.actors for b in roles.actors
                if (a.actor.country or a.actor.code) != (b.actor.country or b.actor.code)]
    return [(a, None) for a in actors]


def _host(location: Location | None, actor: Actor) -> Found | None:
    """The state where a visit or meeting abroad takes place ("meet in Zurich" → Switzerland), as its recipient."""
    if location is None or not location.country or location.country == actor.country:
        return None
    return _state_found(location.text, location.name if location.precision == "country" else None, location.country)


def _protested(location: Location | None, actor: Actor) -> Found | None:
    """Whom a protest that names no target is aimed at: the state where it takes place ("Albanians demonstrated in
    Serbia" → Serbia), else the protesters' own ("Young Algerians blocked roads" → Algeria), as PLOVER codes it."""
    country = (location.country if location is not None else None) or actor.country
    if not country:
        return None
    named = location is not None and location.country == country and location.precision == "country"
    return _state_found((location.name or location.text) if named else country, None, country)


def _struck(events: list[Event]) -> list[Event]:
    """Violence by an outsider that no event of its sentence gives a target is aimed at the state where the clause
    places it ("Israeli tank shelling in the east of the Gaza Strip" → Palestine, "used poison gas in Ethiopia" →
    Ethiopia), as CAMEO and PLOVER code it; not a dateline's place, and not the actor's own state (whom "bombing in
    Syria by government and opposition forces" strikes, the place does not say). An inference: the confidence
    stays."""
    seen = {_event_key(e) for e in events}
    out = []
    for e in events:
        where = e.location
        if (not e.recipient and e.event_type in PLACE_TARGETED_TYPES and where is not None and where.country
                and where.source != "dateline" and all(a.country != where.country for a in e.actor)):
            named = where.precision == "country"
            struck = replace(e, recipient=(_state((where.name or where.text) if named else where.country, None, where.country),))
            if _event_key(struck) in seen:
                continue
            seen.add(_event_key(struck))
            e = struck
        out.append(e)
    return out


def _state(text: str, name: str | None, country: str) -> Actor:
    """A state inferred from the event's place."""
    return Actor(text, name, country, country, None, "country")


def _state_found(text: str, name: str | None, country: str) -> Found:
    """A state inferred from the event's place, as a recipient."""
    return Found(_state(text, name, country), -1, -1, "location")


def _placed(found: Found, location: Location | None) -> Found:
    """An agent of unknown country acting where the clause places the event belongs to that country
    ("die Polizei in Istanbul nahm ... fest": Turkish police); the code stays unknown, its confidence drops."""
    actor = found.actor
    if (actor.country or actor.code or actor.kind != "agent" or location is None or not location.country
            or location.source == "dateline"):
        return found
    return _in_country(found, location.country, found.via)


def _in_country(found: Found, country: str, via: str) -> Found:
    """``found`` as an agent of ``country``, inferred (its code stays unknown, its confidence drops)."""
    placed = replace(found.actor, country=country, confidence=round(found.actor.confidence * PLACED_AGENT_CONFIDENCE, 3))
    return Found(placed, found.start, found.end, via)


#: sectors of a state's own authorities, whose acts toward an agent of unknown country are domestic
DOMESTIC_SECTORS = frozenset({"GOV", "COP", "JUD", "LEG"})
#: sectors of state institutions: an agent of one of them is not presumed domestic
STATE_SECTORS = ("GOV", "MIL", "LEG", "JUD", "COP", "SPY", "ELI")


def _domestic(found: Found, actors: tuple[Found, ...]) -> Found:
    """A societal agent of unknown country ("rebels", "refugees", "workers", "the opposition") that a state's own
    authority acts toward, where the clause names no place, is of that state ("the Mozambique government accepted demands from
    rebels": Mozambican rebels)."""
    actor = found.actor
    if actor.country or actor.code or actor.kind != "agent" or (actor.sector or "GOV").startswith(STATE_SECTORS):
        return found  # a state's office of unknown country ("dem früheren Präsidenten") may be anyone's
    states = {f.actor.country for f in actors if f.actor.country and f.actor.sector in DOMESTIC_SECTORS}
    if len(states) != 1:
        return found
    return _in_country(found, states.pop(), "domestic")


def _trigger_text(token: Token) -> str:
    prt = particle(token)
    return f"{token.text} … {prt}" if prt and is_verb(token) else token.text


def _drop_covered(events: list[Event]) -> list[Event]:
    """Drop an event without recipient when the same sentence has the same type and actor with one."""
    with_recipient = {_event_key(e)[:3] for e in events if e.recipient}
    return [e for e in events if e.recipient or _event_key(e)[:3] not in with_recipient]


def _event_key(e: Event) -> tuple[object, ...]:
    """What makes two events of one sentence the same: type, actors, recipients."""
    return (e.sentence_index, e.event_type, tuple(a.code or a.text for a in e.actor),
            tuple(r.code or r.text for r in e.recipient))
