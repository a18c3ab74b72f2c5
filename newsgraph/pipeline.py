"""The whole flow for one article: read → language → actors → coding.

``Newsgraph`` is the one application object; the CLI (and later the API) build it
from a ``Settings`` object and call ``process``.  Pipelines, dictionaries and
coders are loaded lazily per language and kept on the object, never in module
globals.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from spacy.tokens import Doc

from newsgraph.actors import ActorDictionary, ActorResolver
from newsgraph.coding.attribution import find_statements
from newsgraph.coding.coder import EventCoder, SentenceRef
from newsgraph.coding.dates import DateSettings
from newsgraph.coding.location import Locator
from newsgraph.coding.mentions import MentionIndex
from newsgraph.coding.ontology import Ontology
from newsgraph.coding.quotes import find_quotes
from newsgraph.coding.relations import RelationExtractor, RelationLexicon
from newsgraph.errors import InputError
from newsgraph.language import Linguist
from newsgraph.language.names import name_test
from newsgraph.language.pipeline import MODELS_DIR
from newsgraph.model import Actor, Article, CodedArticle, Sentence
from newsgraph.places import Gazetteer, PlaceFinder, dateline_places

SUPPORTED_LANGUAGES = ("de", "en")


@dataclass(frozen=True)
class Settings:
    """Everything configurable about a run, passed explicitly."""

    db_path: Path = Path("newsgraph.duckdb")
    lang: str = "auto"
    date: dt.date | None = None
    models_dir: Path = MODELS_DIR
    actors_dir: Path | None = None
    places_dir: Path | None = None
    min_confidence: float = 0.0
    # where PLOVER and CAMEO code differently (newsgraph.coding.coder.CONVENTIONS): "plover" = a reciprocal event
    # ("A and B met") is one event with both as actor, an announced act ("will visit") is also an event of its own;
    # "cameo" = A→B and B→A, the act only (flagged future), any reported attack also the reporter's accusation
    # (plover: only a hedged one), as PETRARCH/GDELT/ICEWS data
    convention: str = "plover"


class Newsgraph:
    """Codes articles into events and quotes; one instance per run."""

    def __init__(self, settings: Settings | None = None) -> None:
        self.settings = settings or Settings()
        self.linguist = Linguist(self.settings.models_dir)
        self._ontology: Ontology | None = None
        self._dictionary: ActorDictionary | None = None
        self._resolvers: dict[str, ActorResolver] = {}
        self._coders: dict[str, EventCoder] = {}
        self._relation_extractors: dict[str, RelationExtractor] = {}
        self._gazetteer: Gazetteer | None = None
        self._place_finders: dict[str, PlaceFinder] = {}

    @property
    def ontology(self) -> Ontology:
        if self._ontology is None:
            self._ontology = Ontology.load()
        return self._ontology

    @property
    def dictionary(self) -> ActorDictionary:
        if self._dictionary is None:
            self._dictionary = ActorDictionary.load(self.settings.actors_dir)
        return self._dictionary

    def resolver(self, lang: str) -> ActorResolver:
        if lang not in self._resolvers:
            self._resolvers[lang] = ActorResolver(self.dictionary, lang=lang)
        return self._resolvers[lang]

    @property
    def gazetteer(self) -> Gazetteer:
        if self._gazetteer is None:
            self._gazetteer = Gazetteer.load(self.settings.places_dir)
        return self._gazetteer

    def place_finder(self, lang: str) -> PlaceFinder:
        if lang not in self._place_finders:
            self._place_finders[lang] = PlaceFinder(self.gazetteer, lang, name_test(self.linguist.nlp(lang)))
        return self._place_finders[lang]

    def relation_extractor(self, lang: str) -> RelationExtractor:
        if lang not in self._relation_extractors:
            countries = self.dictionary.countries

            def ended(iso3: str) -> bool:
                entry = countries.get(iso3)
                return bool(entry is not None and entry.historical)

            self._relation_extractors[lang] = RelationExtractor(RelationLexicon.load(lang), self.coder(lang).cues, ended)
        return self._relation_extractors[lang]

    def coder(self, lang: str) -> EventCoder:
        if lang not in self._coders:
            self._coders[lang] = EventCoder.for_language(lang, self.ontology, convention=self.settings.convention)
        return self._coders[lang]

    def process(self, article: Article) -> CodedArticle:
        """Parse, resolve actors and code one article."""
        lang = _language(article)
        return self.code_doc(self.linguist.parse(article.text, lang), article)

    def code_doc(self, doc: Doc, article: Article) -> CodedArticle:
        """Resolve actors and code ``doc``, the given parse of ``article`` (e.g. a gold UD parse).

        ``article.text`` should be ``doc.text``; the parse is used as it is, never re-parsed.
        """
        lang = _language(article)
        mentions = self.resolver(lang).find(doc, article.date)
        index = MentionIndex(mentions)
        refs = sentence_refs(doc)
        if not doc.has_annotation("DEP"):
            # no parser for this language: actors can be found, but roles cannot be read
            sentences = tuple(Sentence(article.id, r.index, r.char_start, r.char_start + len(r.text), r.text) for r in refs)
            return CodedArticle(article, sentences, (), (), _unique_actors(m.actor for m in mentions))
        dates = DateSettings(lang, article.date, article.date_precision)
        statements = find_statements(doc, index, self.coder(lang).cues)
        countries = {i: m.actor.country for m in mentions if m.kind in ("country", "adjective", "capital")
                     and m.actor.country for i in range(m.start, m.end)}
        places = self.place_finder(lang).find(doc, countries)
        cues = self.coder(lang).cues
        locator = Locator(places, dateline_places(article.text, self.gazetteer), index, self.gazetteer.country,
                          cues.gathering_nouns, cues.where_words)
        events = self.coder(lang).code(doc, index, statements, refs, article.id, dates, locator)
        events = [e for e in events if e.confidence >= self.settings.min_confidence]
        quotes = find_quotes(doc, index, statements, refs, article.id)
        relations = self.relation_extractor(lang).find(doc, index, statements, refs, article.id, dates)
        sentences = tuple(Sentence(article.id, r.index, r.char_start, r.char_start + len(r.text), r.text) for r in refs)
        actors = _unique_actors(m.actor for m in mentions)
        return CodedArticle(article, sentences, tuple(events), tuple(quotes), actors, tuple(relations))

    def process_all(self, articles: Iterable[Article], batch_size: int = 32) -> Iterator[CodedArticle]:
        """process() for each article, in order; the texts are parsed batch_size at a time
        (spaCy's nlp.pipe, faster than one by one), the same parses as process() gives."""
        batch: list[Article] = []
        for article in articles:
            batch.append(article)
            if len(batch) >= batch_size:
                yield from self._process_batch(batch)
                batch = []
        yield from self._process_batch(batch)

    def _process_batch(self, batch: list[Article]) -> Iterator[CodedArticle]:
        langs: list[str] = []
        error: InputError | None = None
        for article in batch:  # an unsupported language fails at its article, after the ones before it
            try:
                langs.append(_language(article))
            except InputError as exc:
                error = exc
                break
        docs: dict[int, Doc] = {}
        for lang in dict.fromkeys(langs):
            index = [i for i, a in enumerate(langs) if a == lang]
            docs.update(zip(index, self.linguist.parse_many([batch[i].text for i in index], lang)))
        for i in range(len(langs)):
            yield self.code_doc(docs[i], batch[i])
        if error is not None:
            raise error


def _language(article: Article) -> str:
    lang = article.lang or "de"
    if lang not in SUPPORTED_LANGUAGES:
        raise InputError(f"article {article.id}: unsupported language {lang!r} (supported: de, en)")
    return lang


def sentence_refs(doc: Doc) -> list[SentenceRef]:
    """Non-empty sentences of ``doc``, numbered from 0 in text order."""
    out = []
    for sent in doc.sents:
        text = sent.text.strip()
        if not text:
            continue
        lead = len(sent.text) - len(sent.text.lstrip())
        out.append(SentenceRef(len(out), sent.start, sent.end, text, sent.start_char + lead))
    return out


def _unique_actors(actors: Iterable[Actor]) -> tuple[Actor, ...]:
    seen: dict[tuple[str | None, str | None], Actor] = {}
    for a in actors:
        seen.setdefault((a.code, a.name), a)
    return tuple(seen.values())
