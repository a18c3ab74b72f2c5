"""Cue words for attribution and modality, read from ``data/cues.<lang>.yaml``."""

from __future__ import annotations

from dataclasses import dataclass, fields
from pathlib import Path

from newsgraph.coding.datafile import read_yaml
from newsgraph.errors import ModelError

DATA_DIR = Path(__file__).parent / "data"


@dataclass(frozen=True)
class Cues:
    """Lemma sets that mark speech, allegation, hypotheticals and the future in one language."""

    language: str
    speech_verbs: frozenset[str]
    according_to: frozenset[str]
    allegation_verbs: frozenset[str]
    allegation_adverbs: frozenset[str]
    hypothetical_forms: frozenset[str]
    hypothetical_conjunctions: frozenset[str]
    hypothetical_adverbs: frozenset[str]
    future_aux: frozenset[str]
    future_matrix_verbs: frozenset[str]
    future_adverbs: frozenset[str]
    object_control_verbs: frozenset[str]
    perfect_aux: frozenset[str]
    intent_verbs: frozenset[str]
    commitment_verbs: frozenset[str]
    appeal_verbs: frozenset[str]
    threat_verbs: frozenset[str]
    demand_verbs: frozenset[str]
    obligation_forms: frozenset[str]
    threat_conditions: frozenset[str]
    attack_nouns: frozenset[str]
    casualty_verbs: frozenset[str]
    accusation_nouns: frozenset[str]
    anchor_prepositions: frozenset[str]
    reported_future_forms: frozenset[str]
    gathering_nouns: frozenset[str]
    where_words: frozenset[str]
    happening_verbs: frozenset[str]
    target_prepositions: frozenset[str]
    refusal_verbs: frozenset[str]
    reported_perfect_forms: frozenset[str]
    pending_conjunctions: frozenset[str]
    document_nouns: frozenset[str]
    publishing_verbs: frozenset[str]
    receiving_verbs: frozenset[str]
    encountering_verbs: frozenset[str]
    encountering_prepositions: frozenset[str]
    source_prepositions: frozenset[str]
    circumstance_prepositions: frozenset[str]
    partner_prepositions: frozenset[str]
    between_prepositions: frozenset[str]
    aftermath_prepositions: frozenset[str]
    stative_participles: frozenset[str]

    @classmethod
    def load(cls, lang: str, path: Path | None = None) -> "Cues":
        path = path or DATA_DIR / f"cues.{lang}.yaml"
        raw = read_yaml(path, "cue file", lang)
        names = [f.name for f in fields(cls) if f.name != "language"]
        missing = [n for n in names if not isinstance(raw.get(n), list)]
        if missing:
            raise ModelError(f"{path}: missing or non-list keys: {', '.join(missing)}")
        unknown = set(raw) - set(names) - {"language"}
        if unknown:
            raise ModelError(f"{path}: unknown keys: {', '.join(sorted(unknown))}")
        return cls(language=lang, **{n: frozenset(str(x).lower() for x in raw[n]) for n in names})
