"""System events for the gold files, obtained through the public pipeline API only.

``Newsgraph.process`` codes the gold text (parsed by the shipped pipeline);
``Newsgraph.code_doc`` codes a given parse (the gold file's own UD parse, read by
``newsgraph.read.conllu``).  The events are turned into the scorers' plain
``SystemEvent`` records, keyed by the gold unit id.

Without a shipped parser for the language, text cannot be coded (the coder needs
parts of speech and dependencies; spaCy's ``Token.children`` on an unparsed doc can
even crash the process), so the text paths return no events; ``has_parser`` lets the
caller say so in its report.
"""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Doc

from newsgraph.eval.petrarch import PetrarchSentence
from newsgraph.eval.plover import PloverGold
from newsgraph.eval.scoring import SystemEvent, system_event
from newsgraph.model import Article
from newsgraph.pipeline import Newsgraph
from newsgraph.read.conllu import read_conllu


def has_parser(graph: Newsgraph, lang: str) -> bool:
    """Whether the shipped pipeline of ``lang`` has a dependency parser."""
    return graph.linguist.has_parser(lang)


def code_plover(graph: Newsgraph, gold: PloverGold, lang: str | None = None) -> list[SystemEvent]:
    """Code every gold unit as one article in its language (``lang`` overrides) and on its date."""
    out: list[SystemEvent] = []
    for unit in gold.units:
        language = lang or unit.language
        if not has_parser(graph, language):
            continue
        day = dt.date.fromisoformat(unit.date) if unit.date else None
        coded = graph.process(Article(unit.id, unit.text, day, "day" if day else None, language))
        out += [s for e in coded.events for s in system_event(unit.id, e)]
    return out


def petrarch_article(sentence: PetrarchSentence, text: str | None = None) -> Article:
    return Article(sentence.id, text if text is not None else sentence.text, sentence.date,
                   "day" if sentence.date else None, "en")


def petrarch_docs(graph: Newsgraph, gold: list[PetrarchSentence]) -> list[Doc]:
    """The file's own parses as spaCy docs (vocabulary of the English pipeline)."""
    vocab = graph.linguist.nlp("en").vocab
    return [read_conllu(s.parse, vocab, where=f"sentence {s.id}") for s in gold]


def code_petrarch(graph: Newsgraph, gold: list[PetrarchSentence], use_parse: bool = False) -> list[SystemEvent]:
    """Code every gold sentence, from its text or (``use_parse``) from the file's UD parse."""
    out: list[SystemEvent] = []
    if not use_parse and not has_parser(graph, "en"):
        return out
    docs = petrarch_docs(graph, gold) if use_parse else [None] * len(gold)
    for sentence, doc in zip(gold, docs):
        if doc is None:
            coded = graph.process(petrarch_article(sentence))
        else:
            coded = graph.code_doc(doc, petrarch_article(sentence, doc.text))
        out += [s for e in coded.events for s in system_event(sentence.id, e)]
    return out
