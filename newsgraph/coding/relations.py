"""Standing relations: stative statements ("China und Nordkorea unterhalten ein Defensivbündnis",
"Die USA sind mit Südkorea verbündet", "Russlands Krieg gegen die Ukraine") become ``Relation``
records, not events.

The words come from ``data/relations.<lang>.yaml``; the parties come from the clause:

* a relation noun governed by a signing or holding verb: the verb's subjects, paired with a
  "with" phrase if there is one, else with each other;
* "between X and Y" on the noun; a possessor and an "against" phrase ("Russlands Krieg gegen ...");
* a noun with a signing participle ("ein mit Kim unterzeichnetes Abkommen"): the "with" phrase and
  the signer, who is the speaker of the statement the noun stands in;
* an ally adjective ("X ist mit Y verbündet") or noun ("Belarus, Russlands Verbündeter").

"die beiden Staaten" stands for the last two states named before the sentence. A hypothetical or
negated clause states no relation; a future one states a planned relation. A relation one of whose
parties is a state that no longer exists has ended.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from itertools import combinations, product
from pathlib import Path

from spacy.tokens import Doc, Token

from newsgraph.coding.attribution import Statement, statement_for
from newsgraph.coding.cues import Cues
from newsgraph.coding.datafile import read_yaml
from newsgraph.coding.dates import DateSettings, article_event_date, is_historical, resolve_date
from newsgraph.coding.mentions import MentionIndex
from newsgraph.coding.modality import clause_modality
from newsgraph.coding.syntax import (
    PASS_SUBJ,
    POSSESSIVE_MARKERS,
    case_of,
    clause_tokens,
    governing_verb,
    is_verb,
    subjects,
    verb_lemmas,
)
from newsgraph.coding.triggers import noun_lemma_matches, participle_lemmas
from newsgraph.errors import ModelError
from newsgraph.model import RELATION_TYPES, Actor, Attribution, Relation, Span

DATA_DIR = Path(__file__).parent / "data"
_LIST_KEYS = ("ally_nouns", "ally_adjectives", "signing_verbs", "holding_verbs", "with_preps", "between_preps",
              "against_preps", "both_words", "state_nouns", "defense_cues")
_POSSESSOR_DEPS = ("nmod", "nmod:poss", "det:poss", "poss")
_CLAUSE_VERB_DEPS = ("obj", "nsubj", "nsubj:pass", "obl", "iobj", "dep")


@dataclass(frozen=True)
class RelationLexicon:
    """The relation words of one language."""

    language: str
    nouns: dict[str, str]
    ally_nouns: frozenset[str]
    ally_adjectives: frozenset[str]
    signing_verbs: frozenset[str]
    holding_verbs: frozenset[str]
    with_preps: frozenset[str]
    between_preps: frozenset[str]
    against_preps: frozenset[str]
    both_words: frozenset[str]
    state_nouns: frozenset[str]
    defense_cues: tuple[str, ...]

    @classmethod
    def load(cls, lang: str, path: Path | None = None) -> "RelationLexicon":
        path = path or DATA_DIR / f"relations.{lang}.yaml"
        raw = read_yaml(path, "relation lexicon", lang)
        problems = validate(raw)
        if problems:
            raise ModelError(f"{path}: {'; '.join(problems)}")
        lists = {k: frozenset(str(x).lower() for x in raw[k]) for k in _LIST_KEYS if k != "defense_cues"}
        return cls(language=raw["language"], nouns={str(k).lower(): v for k, v in raw["nouns"].items()},
                   defense_cues=tuple(str(x).lower() for x in raw["defense_cues"]), **lists)

    def noun_type(self, token: Token) -> tuple[str, str] | None:
        """(type, matched word) for a relation noun, by the longest matching ending or compound phrase."""
        if token.pos_ not in ("NOUN", "PROPN"):
            return None
        words = [token.lemma_.lower(), token.lower_]
        compound = " ".join([c.lower_ for c in token.children if c.dep_ == "compound" and c.i < token.i] + [words[0]])
        if compound in self.nouns:
            return self.nouns[compound], compound
        endings = [m for w in words if (m := noun_lemma_matches(w, self.nouns, min_prefix=1))]
        if not endings:
            return None
        key = max(endings, key=len)
        return self.nouns[key], key


def validate(raw: object) -> list[str]:
    """Problems in a relation lexicon: missing keys, unknown relation types, wrong value kinds."""
    if not isinstance(raw, dict):
        return ["the file must be a mapping"]
    problems = []
    if not isinstance(raw.get("language"), str):
        problems.append("'language' must be a string")
    nouns = raw.get("nouns")
    if not isinstance(nouns, dict) or not nouns:
        problems.append("'nouns' must be a non-empty mapping of noun -> type")
    else:
        problems += [f"noun {k!r}: unknown type {v!r} (known: {', '.join(RELATION_TYPES)})"
                     for k, v in nouns.items() if v not in RELATION_TYPES]
    problems += [f"{k!r} must be a list" for k in _LIST_KEYS if not isinstance(raw.get(k), list)]
    unknown = set(raw) - {"language", "nouns", *_LIST_KEYS}
    if unknown:
        problems.append(f"unknown keys: {', '.join(sorted(unknown))}")
    return problems


@dataclass(frozen=True)
class _Frame:
    pairs: list[tuple[Actor, Actor]]
    signed: bool
    head: Token  # the clause head whose modality and date count


class RelationExtractor:
    """Finds standing relations in one parsed article."""

    def __init__(self, lexicon: RelationLexicon, cues: Cues, ended_state: Callable[[str], bool]) -> None:
        """``ended_state(iso3)`` says whether a country no longer exists (the Soviet Union)."""
        self.lexicon = lexicon
        self.cues = cues
        self.ended_state = ended_state

    def find(self, doc: Doc, index: MentionIndex, statements: list[Statement], sentences: Sequence,
             doc_id: str, dates: DateSettings) -> list[Relation]:
        by_token = {i: s for s in sentences for i in range(s.start, s.end)}
        out: dict[str, Relation] = {}
        for token in doc:
            sentence = by_token.get(token.i)
            if sentence is None:
                continue
            found = self._frame(token, index, statements, sentence.start)
            if found is None:
                continue
            kind, frame = found
            for relation in self._relations(token, kind, frame, index, statements, sentence, doc_id, dates):
                out.setdefault(relation.id, relation)
        return sorted(out.values(), key=lambda r: (r.sentence_index, r.evidence.start))

    # --- which words state a relation, between whom -------------------------------------------
    def _frame(self, token: Token, index: MentionIndex, statements: list[Statement],
               sentence_start: int) -> tuple[str, _Frame] | None:
        lex = self.lexicon
        lemma = token.lemma_.lower()
        if lemma in lex.ally_adjectives or token.lower_ in lex.ally_adjectives:
            if token.pos_ in ("ADJ", "VERB", "AUX") and not token.dep_.startswith("amod"):
                subj = [a for s in [*subjects(token)[0], *(c for c in token.children if c.dep_ in PASS_SUBJ)]
                        for a in self._actors(s, index, sentence_start)]
                other = [a for p in self._pp(token, lex.with_preps) for a in self._actors(p, index, sentence_start)]
                return "alliance", _Frame(_pairs(subj, other), False, token)
            return None
        if lemma in lex.ally_nouns or token.lower_ in lex.ally_nouns:
            owners = self._possessors(token, index, sentence_start)
            named = []
            if token.dep_ == "appos":
                named = self._actors(token.head, index, sentence_start)
            elif token.dep_ == "ROOT" or is_verb(token.head) is False:
                named = [a for s in subjects(token)[0] for a in self._actors(s, index, sentence_start)]
            named = named or self._apposed(token, index, sentence_start)
            return "alliance", _Frame(_pairs(named, owners), False, governing_verb(token) or token)
        typed = lex.noun_type(token)
        if typed is None:
            return None
        kind = typed[0]
        between = [a for p in self._pp(token, lex.between_preps) for a in self._actors(p, index, sentence_start)]
        if len(between) >= 2:
            return kind, _Frame(_pairs(between, []), False, governing_verb(token) or token)
        owners = self._possessors(token, index, sentence_start)
        against = [a for p in self._pp(token, lex.against_preps) for a in self._actors(p, index, sentence_start)]
        if owners and against:
            return kind, _Frame(_pairs(owners, against), False, governing_verb(token) or token)
        with_noun = [a for p in self._pp(token, lex.with_preps) for a in self._actors(p, index, sentence_start)]
        signer_verb = self._signing_modifier(token)
        if signer_verb is not None:
            partners = with_noun + [a for p in self._pp(signer_verb, lex.with_preps)
                                    for a in self._actors(p, index, sentence_start)]
            partners = partners or self._prenominal_with(signer_verb, index, sentence_start)
            statement = statement_for(token, statements)
            signer = [statement.speaker] if statement is not None and statement.speaker is not None else []
            return kind, _Frame(_pairs(signer, partners), True, governing_verb(token) or token)
        verb = self._holding_verb(token)
        if verb is not None:
            signed = _verb_in(verb, lex.signing_verbs)
            subj = self._parties_of(verb, token, index, sentence_start)
            other = with_noun + [a for p in self._pp(verb, lex.with_preps) for a in self._actors(p, index, sentence_start)]
            return kind, _Frame(_pairs(subj, other), signed, verb)
        return None

    def _possessors(self, noun: Token, index: MentionIndex, sentence_start: int) -> list[Actor]:
        """"Russlands Krieg", "Russia's war": genitive or possessive dependents — and, since a small parser
        often hangs a prenominal genitive elsewhere, a country or person right before the noun in the
        genitive ("Russlands") or followed by "'s"."""
        owners = [a for c in noun.children if c.dep_ in _POSSESSOR_DEPS and (not case_of(c) or case_of(c) in POSSESSIVE_MARKERS)
                  for a in self._actors(c, index, sentence_start)]
        if owners:
            return owners
        i = noun.i - 1
        while i >= sentence_start and noun.doc[i].pos_ == "ADJ":
            i -= 1
        if i < sentence_start:
            return []
        prev = noun.doc[i]
        if prev.lower_ in POSSESSIVE_MARKERS and i > sentence_start:
            prev = noun.doc[i - 1]
        elif not (self.lexicon.language == "de" and prev.lower_.endswith("s")):
            return []
        mention = index.at(prev.i)
        return [mention.actor] if mention is not None and mention.kind in ("country", "person", "capital") else []

    @staticmethod
    def _apposed(noun: Token, index: MentionIndex, sentence_start: int) -> list[Actor]:
        """"Belarus, Russlands wichtigster Verbündeter" parsed as anything but an apposition: the actor
        right before the comma that opens the noun phrase."""
        j = noun.i - 1
        while j > sentence_start and (noun.doc[j].pos_ in ("ADJ", "DET", "ADV") or index.at(j) is not None):
            j -= 1
        if j <= sentence_start or noun.doc[j].text != ",":
            return []
        mention = index.at(j - 1)
        return [mention.actor] if mention is not None else []

    def _holding_verb(self, noun: Token) -> Token | None:
        """The verb that signs or holds the relation noun: its head, or — when the parser hangs the noun
        elsewhere ("unterhalten" tagged as an adjective) — the nearest such verb before it in the clause."""
        lex = self.lexicon
        verbs = lex.signing_verbs | lex.holding_verbs
        if noun.dep_ in _CLAUSE_VERB_DEPS and _verb_in(noun.head, verbs) and noun.head.i != noun.i:
            return noun.head
        for i in range(noun.i - 1, max(noun.sent.start, noun.i - 8) - 1, -1):
            t = noun.doc[i]
            if t.is_punct:
                return None
            if _verb_in(t, verbs):
                return t
        return None

    def _parties_of(self, verb: Token, noun: Token, index: MentionIndex, sentence_start: int) -> list[Actor]:
        """The verb's subjects; when the parser did not make the verb a predicate ("Zwar unterhalten China und
        Nordkorea ein Defensivbündnis": an adjective, or a verb hung on "China" as a modifier), the actors
        named between verb and noun, outside prepositional phrases."""
        found = [a for s in subjects(verb)[0] for a in self._actors(s, index, sentence_start)]
        misparsed = verb.pos_ not in ("VERB", "AUX") or verb.dep_ in ("amod", "dep", "compound", "nmod")
        if found or verb.i > noun.i or not misparsed:
            return found
        doc = noun.doc
        return [m.actor for m in index.in_range(verb.i + 1, noun.i) if not case_of(doc[m.head])]

    def _signing_modifier(self, noun: Token) -> Token | None:
        """The participle of "ein mit Kim unterzeichnetes Abkommen"."""
        for c in noun.children:
            if c.dep_ in ("amod", "acl") and _verb_in(c, self.lexicon.signing_verbs):
                return c
        return None

    def _prenominal_with(self, participle: Token, index: MentionIndex, sentence_start: int) -> list[Actor]:
        """"ein mit Kim unterzeichnetes Abkommen" when the parser hung "mit Kim" elsewhere: the "with"
        phrase between the article and the participle."""
        for i in range(participle.i - 1, max(sentence_start, participle.i - 8) - 1, -1):
            t = participle.doc[i]
            if t.is_punct:
                break
            if t.lower_ in self.lexicon.with_preps and t.dep_ == "case":
                return self._actors(t.head, index, sentence_start)
        return []

    @staticmethod
    def _pp(head: Token, preps: frozenset[str]) -> list[Token]:
        out = [c for c in head.children if case_of(c) in preps]
        return [t for c in out for t in (c, *c.conjuncts) if t.i >= c.i]

    def _actors(self, token: Token, index: MentionIndex, sentence_start: int) -> list[Actor]:
        """The actors a party phrase names; "die beiden Staaten" → the last two states named before."""
        both = any(c.lemma_.lower() in self.lexicon.both_words or c.lower_ in self.lexicon.both_words
                   for c in token.children)
        if both and (token.lemma_.lower() in self.lexicon.state_nouns or token.lower_ in self.lexicon.state_nouns):
            return _last_states(index, sentence_start, 2)
        return [f.actor for f in index.phrase_actors(token)]

    # --- the records -------------------------------------------------------------------------
    def _relations(self, token: Token, kind: str, frame: _Frame, index: MentionIndex, statements: list[Statement],
                   sentence, doc_id: str, dates: DateSettings) -> list[Relation]:
        if not frame.pairs:
            return []
        head = frame.head if is_verb(frame.head) else (governing_verb(frame.head) or frame.head)
        flags = clause_modality(head, self.cues)
        if "hypothetical" in flags or "negated" in flags:
            return []
        if kind in ("treaty", "alliance") and self._mentions_defense(token, head):
            kind = "defense_pact"
        words = [t.text for t in clause_tokens(head)]
        explicit = resolve_date(words, dates)
        explicit = explicit if explicit is not None and explicit.text is not None else None
        since = explicit if frame.signed and explicit else (article_event_date(dates) if frame.signed else explicit)
        modality = [f for f in flags if f in ("future", "alleged")]
        if is_historical(since, dates):
            modality.append("historical")
        statement = statement_for(token, statements)
        attribution = Attribution(statement.speaker, None) if statement is not None else None
        out = []
        for a, b in frame.pairs:
            ended = any(p.country and self.ended_state(p.country) for p in (a, b))
            status = "planned" if "future" in flags else ("ended" if ended else "active")
            evidence = _evidence(sentence, token, head)
            out.append(Relation(doc_id=doc_id, sentence_index=sentence.index, type=kind, parties=(a, b),
                                since=since, until=None, status=status, evidence=evidence, sentence=sentence.text,
                                trigger=token.text, language=self.lexicon.language, modality=tuple(modality),
                                attribution=attribution, pattern=f"{self.lexicon.language}.{kind}"))
        return out

    def _mentions_defense(self, token: Token, head: Token) -> bool:
        """A mutual-defence phrase in the noun's phrase, its relative clause, or its clause with what it embeds."""
        ids = {t.i for t in token.subtree} | {t.i for t in head.subtree}
        text = " ".join(t.lower_ for t in token.doc if t.i in ids)
        return any(cue in text for cue in self.lexicon.defense_cues)


def _verb_in(token: Token, verbs: frozenset[str]) -> bool:
    """``token`` is one of ``verbs``: by lemma (with its particle), by form, or — for a verb the tagger
    took for an adjective ("unterzeichneten", "unterzeichnetes") — by the verb the participle comes from,
    as the trigger finder reads it."""
    forms = set(verb_lemmas(token)) | {token.lower_}
    if token.pos_ == "ADJ":
        forms |= set(participle_lemmas(token))
    return bool(forms & verbs)


def _pairs(left: list[Actor], right: list[Actor]) -> list[tuple[Actor, Actor]]:
    """Party pairs: each of ``left`` with each of ``right``, or all pairs within ``left`` when ``right`` is empty;
    two mentions of one country are one party."""
    def key(a: Actor) -> str | None:
        return a.country or a.code

    left = _distinct([a for a in left if key(a)])
    right = _distinct([a for a in right if key(a)])
    pairs = list(product(left, right)) if right else list(combinations(left, 2))
    seen, out = set(), []
    for a, b in pairs:
        k = frozenset((key(a), key(b)))
        if len(k) == 2 and k not in seen:
            seen.add(k)
            out.append((a, b))
    return out


def _distinct(actors: list[Actor]) -> list[Actor]:
    seen, out = set(), []
    for a in actors:
        k = a.country or a.code
        if k not in seen:
            seen.add(k)
            out.append(a)
    return out


def _last_states(index: MentionIndex, before: int, count: int) -> list[Actor]:
    out: list[Actor] = []
    for m in reversed(index.mentions):
        if m.start >= before or not m.actor.country:
            continue
        if m.kind in ("country", "adjective", "capital") and m.actor.country not in {a.country for a in out}:
            out.append(m.actor)
            if len(out) == count:
                break
    return out


def _evidence(sentence, token: Token, head: Token) -> Span:
    doc = token.doc
    ids = [t.i for t in clause_tokens(head)] + [t.i for t in clause_tokens(token)] + [head.i, token.i]
    ids = [i for i in ids if sentence.start <= i < sentence.end and not doc[i].is_space]
    start_tok, end_tok = doc[min(ids)], doc[max(ids)]
    start, end = start_tok.idx, end_tok.idx + len(end_tok.text)
    return Span(start, end, doc.text[start:end])
