"""Shared fixtures: the packaged dictionary and one resolver per language (built once)."""

from __future__ import annotations

import pytest
import spacy

from newsgraph.actors import ActorDictionary, ActorResolver


@pytest.fixture(scope="session")
def dictionary() -> ActorDictionary:
    return ActorDictionary.load()


@pytest.fixture(scope="session")
def de(dictionary: ActorDictionary) -> ActorResolver:
    return ActorResolver(dictionary, "de")


@pytest.fixture(scope="session")
def en(dictionary: ActorDictionary) -> ActorResolver:
    return ActorResolver(dictionary, "en")


@pytest.fixture(scope="session")
def nlp_de() -> spacy.language.Language:
    return spacy.blank("de")


@pytest.fixture(scope="session")
def nlp_en() -> spacy.language.Language:
    return spacy.blank("en")
