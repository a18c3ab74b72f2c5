"""Which actors a noun phrase denotes: actor mentions mapped onto the parse.

``MentionIndex`` wraps the resolver's mentions for one Doc and answers, for a
token heading a noun phrase, which actors that phrase names — following
coordination ("China und Nordkorea"), genitives ("Politik der USA"), adjectives
("russische Politik") and agent locations ("Regierungen in Moskau"), but not
other prepositional phrases ("Krieg gegen die Ukraine" names Russia's war, not
Ukraine) nor relative clauses.  Pronouns are resolved to the nearest earlier
compatible mention.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Token

from newsgraph.actors import ActorMention
from newsgraph.coding.syntax import POSSESSIVE_MARKERS, case_of
from newsgraph.model import Actor

# kinds of mention that, as the first part of a hyphen compound, own the act the compound names
_OWNER_KINDS = frozenset({"country", "org", "capital", "person"})
# modifiers of a noun that still name the same referent (or its owner)
_NP_MODIFIERS = {"amod", "det", "det:poss", "nmod:poss", "flat", "flat:name", "appos", "compound", "nmod", "conj",
                 "nummod", "poss"}
# prepositions after an agent noun that locate it ("Regierung in Moskau", "Botschafter aus Berlin")
_AGENT_LOCATIVE = {"in", "aus", "von", "im", "of", "from", "in"}
# English possessive "'s" (labelled case) and the agent "by" of a nominalisation belong to the phrase
_AGENT_PREPS = {"by"}
_PRONOUNS = {
    "er": ("Masc", "Sing"), "ihm": ("Masc", "Sing"), "ihn": ("Masc", "Sing"),
    "sie": (None, None), "ihr": ("Fem", "Sing"),
    "es": ("Neut", "Sing"),
    "he": ("Masc", "Sing"), "him": ("Masc", "Sing"), "she": ("Fem", "Sing"), "her": ("Fem", "Sing"),
    "they": (None, "Plur"), "them": (None, "Plur"), "it": ("Neut", "Sing"),
}
# "sein-" has a masculine or neuter owner; the tagger's gender of names is too unreliable to tell ("Russland" Fem)
_POSSESSIVE = {"sein": (None, "Sing"), "seine": (None, "Sing"), "seinem": (None, "Sing"),
               "seinen": (None, "Sing"), "seiner": (None, "Sing"), "seines": (None, "Sing"),
               "his": ("Masc", "Sing"), "its": ("Neut", "Sing"), "their": (None, "Plur")}
COREF_WINDOW_SENTENCES = 3


@dataclass(frozen=True)
class Found:
    """An actor found for a phrase, with the token span that produced it."""

    actor: Actor
    start: int
    end: int
    via: str  # direct | modifier | coref | speaker | location | domestic (the actor's state, coder._domestic)


class MentionIndex:
    """Actor mentions of one Doc, indexed by token."""

    def __init__(self, mentions: Sequence[ActorMention]) -> None:
        self.mentions = sorted(mentions, key=lambda m: m.start)
        self._at: dict[int, ActorMention] = {}
        self._owners: frozenset[int] | None = None  # attributive_owners, computed on first use
        self._sharing: dict[int, list[ActorMention]] = {}  # noun token → modifiers sharing it, the nearest first
        for m in self.mentions:
            for i in range(m.start, m.end):
                self._at[i] = m
        for m in reversed(self.mentions):
            if m.shares is not None:
                self._sharing.setdefault(m.shares, []).append(m)

    def at(self, i: int) -> ActorMention | None:
        return self._at.get(i)

    def attributive_owners(self, doc: Doc) -> frozenset[int]:
        """Tokens that name who a noun's act is by when they stand on or in the noun: a nationality adjective
        ("der russische Angriff", "Israeli strikes") and a name that is the first part of a hyphen compound
        ("US-Sanktionen"); computed once per index."""
        if self._owners is None:
            out: set[int] = set()
            for m in self.mentions:
                # (also an adjective that shares the agent noun of the one coordinated after it: "Syrian and
                # Russian air force attacks", actors.compose)
                one = m.end - m.start == 1
                if m.kind == "adjective" or (one and m.kind in _OWNER_KINDS and "-" in doc[m.start].text) \
                        or (m.shares is not None and doc[m.start].pos_ == "ADJ"):
                    out.update(range(m.start, m.end))
            self._owners = frozenset(out)
        return self._owners

    def in_range(self, start: int, end: int) -> list[ActorMention]:
        return [m for m in self.mentions if m.start >= start and m.end <= end]

    def phrase_actors(self, token: Token, depth: int = 3) -> list[Found]:
        """The actors named by the noun phrase headed by ``token`` (resolving pronouns)."""
        out: list[Found] = []
        self._collect(token, depth, out, seen=set())
        return _unique(out)

    def _affiliated(self, token: Token, mention: ActorMention, depth: int, seen: set[int]) -> Actor:
        """The actor of a person mention; a person the dictionary does not know, described by an apposition that
        names whom he speaks or works for ("Kenzo Oshima, the United Nations relief coordinator"), with that actor's
        code."""
        if mention.kind != "person" or mention.actor.code:
            return mention.actor
        found: list[Found] = []
        for inner in token.doc[mention.start: mention.end]:
            for c in inner.children:
                if c.dep_ == "appos" and not mention.start <= c.i < mention.end:
                    self._collect(c, depth - 1, found, seen)
        coded = [f.actor for f in found if f.actor.code]
        if not coded:
            return mention.actor
        return replace(mention.actor, code=coded[0].code, country=coded[0].country, sector=coded[0].sector)

    def _collect(self, token: Token, depth: int, out: list[Found], seen: set[int]) -> None:
        if token.i in seen or depth < 0:
            return
        seen.add(token.i)
        mention = self.at(token.i)
        if mention is not None:
            via = "modifier" if _modifier(token, mention) else "direct"
            out.append(Found(self._affiliated(token, mention, depth, seen), mention.start, mention.end, via))
            out.extend(Found(m.actor, m.start, m.end, via) for m in self._sharing_its_noun(mention))
            full = mention.kind in ("person", "country", "org", "capital") or mention.actor.code
            if full:
                # "Regierungen in Moskau und Pjöngjang": follow coordination from any word of the mention
                doc = token.doc
                for inner in doc[mention.start: mention.end]:
                    for c in inner.conjuncts:
                        if c.i > inner.i and not mention.start <= c.i < mention.end:
                            self._collect(c, depth, out, seen)
                return
        elif token.pos_ == "PRON" and token.lower_ in _PRONOUNS:
            ref = self.resolve_pronoun(token)
            if ref is not None:
                out.append(ref)
            return
        elif (antecedent := relative_antecedent(token)) is not None:
            # "der UNO-Botschafter, der dem UNHRC Parteilichkeit vorwirft", "die Geiseln, deren Entführung ...": the
            # relative pronoun names its antecedent; of a predicate noun ("die FPÖ ist die Partei, die ... fordert")
            # the copula's subject too
            named: list[Found] = []
            self._collect(antecedent, depth, named, seen)
            if any(c.dep_ == "cop" for c in antecedent.children):
                for c in antecedent.children:
                    if c.dep_ == "nsubj":
                        self._collect(c, depth, named, seen)
            # not a nationality adjective on the antecedent ("die Flüchtlinge in den serbischen Grenzstädten, die ...
            # reisen wollen": no Serbian act)
            out.extend(f for f in named if f.via != "modifier")
            return

        for child in token.children:
            if child.lower_ in _POSSESSIVE and child.tag_ in ("PRP$", "PPOSAT"):
                # "their forces", "seine Truppen": the owner of an agent says whose it is (of an act it is the actor,
                # not the one acted upon: "their withdrawal" names no recipient)
                ref = self.resolve_pronoun(child) if mention is not None and mention.kind == "agent" else None
                if ref is not None:
                    out.append(Found(ref.actor, ref.start, ref.end, "coref"))
                continue
            # a word in front of the noun that the parser left unlabelled ("dep") modifies it ("Ugandische Gruppe")
            if child.dep_ not in _NP_MODIFIERS and not (child.dep_ == "dep" and child.i < token.i):
                continue
            prep = case_of(child)
            if prep in POSSESSIVE_MARKERS or prep in _AGENT_PREPS:
                prep = ""  # "Serbia's suppression", "calls by Belarus's rulers": the phrase's own actors
            if prep and not (prep in _AGENT_LOCATIVE and _is_agentive(token, mention)):
                continue
            self._collect(child, depth - (child.dep_ != "conj"), out, seen)

    def _sharing_its_noun(self, mention: ActorMention) -> list[ActorMention]:
        """The mentions of country modifiers coordinated in front of an agent mention, which share its noun ("Russian
        and [Chinese warships]", "British, French and [German diplomats]"), as ``actors.compose`` found them, the
        nearest first."""
        return [m for i in range(mention.start, mention.end) for m in self._sharing.get(i, ())]

    def resolve_pronoun(self, pronoun: Token) -> Found | None:
        """The nearest earlier mention compatible in gender and number with ``pronoun``."""
        word = pronoun.lower_
        gender, number = _PRONOUNS.get(word) or _POSSESSIVE.get(word) or (None, None)
        if number is None:
            number = _number_of(pronoun)
        sent_starts = [s.start for s in pronoun.doc.sents]
        here = max(i for i, s in enumerate(sent_starts) if s <= pronoun.i)
        lower = sent_starts[max(0, here - COREF_WINDOW_SENTENCES)]
        candidates = [m for m in reversed(self.mentions)
                      if lower <= m.start < pronoun.i and _compatible(m, pronoun.doc[m.head], gender, number)]
        # salience: the nearest subject first (subjects and speakers are what a pronoun takes up), else the nearest
        doc = pronoun.doc
        for m in candidates:
            head = _subject_head(doc[m.head])
            if head is not None:
                if not _named(m.actor):
                    # of a subject with a bare agent noun beside it ("The Nigerian Union of Teachers, the umbrella
                    # union, said it ...", the apposition hung on the subject or read as a second subject of its
                    # verb), the pronoun takes up the named one
                    m = next((n for n in candidates if _named(n.actor) and (h := _subject_head(doc[n.head])) is not None
                              and (h.i == head.i or (h.head.i == head.head.i and _adjacent(h, head)))), m)
                return Found(m.actor, m.start, m.end, "coref")
        return Found(candidates[0].actor, candidates[0].start, candidates[0].end, "coref") if candidates else None


#: labels of a relative clause on its antecedent
_RELATIVE_CLAUSES = frozenset({"acl:relcl", "acl", "relcl"})


def relative_antecedent(token: Token) -> Token | None:
    """The noun a German relative pronoun ("der", "die", "welcher", "deren") stands for: the head of its relative
    clause, which comes before it; None for any other word."""
    if token.lang_ != "de" or not (token.tag_ in ("PRELS", "PRELAT") or "Rel" in token.morph.get("PronType")):
        return None
    clause = token.head
    for _ in range(3):
        if clause.dep_ in _RELATIVE_CLAUSES and clause.head.i < token.i:
            return clause.head
        if clause.head is clause:
            return None
        clause = clause.head
    return None


def _unique(found: list[Found]) -> list[Found]:
    seen: set[tuple[str | None, str]] = set()
    out = []
    for f in found:
        key = (f.actor.code, f.actor.name or f.actor.text)
        if key not in seen:
            seen.add(key)
            out.append(f)
    return out


def _modifier(token: Token, mention: ActorMention) -> bool:
    """A nationality adjective on a noun that names no actor ("the Russian language", "ein syrisches Krankenhaus"):
    it tells whose thing it is, less surely who acts or is acted upon than a named state or people."""
    return mention.kind == "adjective" and token.pos_ == "ADJ" and token.dep_ == "amod" and token.head.pos_ == "NOUN"


def _is_agentive(token: Token, mention: ActorMention | None) -> bool:
    return token.pos_ in ("NOUN", "PROPN") and (mention is None or mention.kind == "agent")


def _number_of(token: Token) -> str | None:
    """Grammatical number of a pronoun, from itself or from its verb's agreement."""
    num = token.morph.get("Number")
    if token.dep_.startswith("nsubj"):
        verb_num = token.head.morph.get("Number")
        for aux in token.head.children:
            if aux.dep_.startswith("aux") and aux.morph.get("Number"):
                verb_num = aux.morph.get("Number")
        if verb_num:
            return verb_num[0]
    return num[0] if len(num) == 1 else None


def _compatible(mention: ActorMention, head: Token, gender: str | None, number: str | None) -> bool:
    if mention.kind in ("capital",):
        return False  # a city named as a place is rarely the antecedent of a personal pronoun
    head_number = head.morph.get("Number")
    head_gender = head.morph.get("Gender")
    if number == "Plur":
        return "Plur" in head_number
    if number == "Sing" and head_number and "Sing" not in head_number:
        return False
    if mention.kind == "person":
        return gender in (None, "Masc", "Fem")  # a name's grammatical gender says little; any personal pronoun fits
    return gender is None or not head_gender or gender in head_gender


def _adjacent(first: Token, second: Token) -> bool:
    """The phrase of ``second`` follows that of ``first`` at once or after a comma: an apposition the parser read as a
    second subject ("The Kenyan Union of Nurses (KUN), the umbrella union, announced ...")."""
    gap = second.left_edge.i - first.right_edge.i
    return gap == 1 or (gap == 2 and first.doc[first.right_edge.i + 1].text == ",")


def _named(actor: Actor) -> bool:
    return bool(actor.code or actor.country)


def _subject_head(token: Token) -> Token | None:
    """The head of the subject phrase the token heads or is a name, apposition or conjunct inside; None if none."""
    for _ in range(3):
        if token.dep_.startswith("nsubj"):
            return token
        if token.dep_ not in ("flat", "flat:name", "appos", "compound", "conj") or token.head == token:
            return None
        token = token.head
    return None
