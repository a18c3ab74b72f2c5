"""The ``newsgraph`` command line: a thin layer over ``newsgraph.pipeline.Newsgraph``.

Every command builds one ``Settings`` object and calls library functions; every
user error is one line on stderr and a non-zero exit code.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import sys
from collections.abc import Callable, Iterable, Iterator
from enum import Enum
from pathlib import Path
from typing import Any, Optional

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from newsgraph.errors import NewsgraphError
from newsgraph.model import CodedArticle
from newsgraph.read.formats import read_articles
from newsgraph.store.duckdb_store import EventQuery, IngestResult, Store

app = typer.Typer(add_completion=False, no_args_is_help=True, pretty_exceptions_enable=False,
                  help="newsgraph: news articles in, political event data out.")
_err = Console(stderr=True)


class Format(str, Enum):
    jsonl = "jsonl"
    json = "json"
    csv = "csv"


class Lang(str, Enum):
    auto = "auto"
    de = "de"
    en = "en"


_CSV_EVENT_FIELDS = ["id", "doc_id", "sentence_index", "date", "event_type", "mode", "context", "modality",
                     "cameo", "goldstein", "quad_class", "actor", "recipient", "confidence", "trigger", "evidence"]
_CSV_QUOTE_FIELDS = ["doc_id", "sentence_index", "kind", "speaker", "speaker_code", "text"]


def _fail(message: str, code: int = 2) -> None:
    _err.print(f"newsgraph: error: {message}", highlight=False, markup=False, soft_wrap=True)
    raise typer.Exit(code)


def _day(value: Optional[str], option: str) -> Optional[dt.date]:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        _fail(f"{option} must be a date YYYY-MM-DD, got {value!r}")
    return None


def _settings(**kwargs: Any) -> Any:
    from newsgraph.pipeline import Settings

    return Settings(**{k: v for k, v in kwargs.items() if v is not None})


def _coded(paths: list[Path], lang: Lang, date: Optional[str], settings_kw: dict[str, Any]) -> Iterator[CodedArticle]:
    from newsgraph.pipeline import Newsgraph

    day = _day(date, "--date")
    graph = Newsgraph(_settings(lang=lang.value, date=day, **settings_kw))
    articles = list(read_articles(paths, lang=lang.value, date=day))
    with _progress() as progress:
        task = progress.add_task("coding", total=len(articles))
        for coded in graph.process_all(articles):  # parses in batches
            yield coded
            progress.advance(task)


def _progress() -> Progress:
    return Progress(TextColumn("[bold]{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                    console=_err, transient=True, disable=not _err.is_terminal)


def _write(records: Iterable[dict[str, Any]], fmt: Format, out: Optional[Path], csv_fields: list[str],
           flatten: Callable[[dict[str, Any]], dict[str, Any]]) -> int:
    handle = open(out, "w", encoding="utf-8", newline="") if out else sys.stdout
    n = 0
    try:
        if fmt is Format.jsonl:
            for r in records:
                handle.write(json.dumps(r, ensure_ascii=False) + "\n")
                n += 1
        elif fmt is Format.json:
            items = list(records)
            n = len(items)
            handle.write(json.dumps(items, ensure_ascii=False, indent=2) + "\n")
        else:
            writer = csv.DictWriter(handle, fieldnames=csv_fields, extrasaction="ignore")
            writer.writeheader()
            for r in records:
                writer.writerow(flatten(r))
                n += 1
    finally:
        if out:
            handle.close()
    return n


def _flat_event(r: dict[str, Any]) -> dict[str, Any]:
    codes = lambda actors: ";".join(a["code"] or a["text"] for a in actors)  # noqa: E731
    return {**r, "modality": ";".join(r["modality"]), "actor": codes(r["actor"]),
            "recipient": codes(r["recipient"]), "evidence": r["evidence"]["text"]}


def _flat_quote(r: dict[str, Any]) -> dict[str, Any]:
    sp = r.get("speaker") or {}
    return {**r, "speaker": sp.get("name") or sp.get("text"), "speaker_code": sp.get("code")}


PathsArg = typer.Argument(..., help="Input files: .txt (plain or the wire format), .jsonl, .csv", show_default=False)
LangOpt = typer.Option(Lang.auto, "--lang", help="Language of the articles; auto detects it.")
DateOpt = typer.Option(None, "--date", help="Article date YYYY-MM-DD (overrides the file's).")
FormatOpt = typer.Option(Format.jsonl, "--format", help="Output format.")
OutOpt = typer.Option(None, "--out", help="Write to this file instead of stdout.")
DbOpt = typer.Option(Path("newsgraph.duckdb"), "--db", help="DuckDB file.")


class Convention(str, Enum):
    plover = "plover"
    cameo = "cameo"


@app.command()
def code(paths: Optional[list[Path]] = typer.Argument(None, help="Input files: .txt (plain or the wire format), .jsonl, .csv",
                                                      show_default=False),
         lang: Lang = LangOpt, date: Optional[str] = DateOpt,
         format: Format = FormatOpt, out: Optional[Path] = OutOpt,
         min_confidence: float = typer.Option(0.0, "--min-confidence", help="Drop events below this confidence."),
         conllu: Optional[Path] = typer.Option(None, "--conllu", help="Code a given UD parse (CoNLL-U) as it is, "
                                               "without parsing: the file is one article."),
         convention: Convention = typer.Option(Convention.plover, "--convention",
                                               help="plover: 'A and B met' is one event with both as actor, 'will "
                                                    "visit' also an AGREE; cameo: A→B and B→A, the act only.")) -> None:
    """Code articles into events: one JSON object per event."""
    if conllu is not None and paths:
        _fail("give either PATH... or --conllu FILE, not both")
    if conllu is None and not paths:
        _fail("no input: give PATH... or --conllu FILE")
    settings = {"min_confidence": min_confidence, "convention": convention.value}
    coded = [_coded_conllu(conllu, lang, date, settings)] if conllu is not None else _coded(paths, lang, date, settings)
    records = (e.to_dict() for c in coded for e in c.events)
    _write(records, format, out, _CSV_EVENT_FIELDS, _flat_event)


def _coded_conllu(path: Path, lang: Lang, date: Optional[str], settings_kw: dict[str, Any]) -> CodedArticle:
    """The events of a CoNLL-U file's own parse (sentences, lemmas, tags and dependencies as given)."""
    from newsgraph.model import Article
    from newsgraph.pipeline import Newsgraph
    from newsgraph.read.conllu import parse_sentences, words_to_doc
    from newsgraph.read.langdetect import detect_language

    day = _day(date, "--date")
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        _fail(f"{path}: no such file")
    except (OSError, UnicodeDecodeError) as exc:
        _fail(f"{path}: cannot read: {exc}")
    graph = Newsgraph(_settings(lang=lang.value, date=day, **settings_kw))
    sentences = parse_sentences(text, str(path))
    if not sentences:
        _fail(f"{path}: no sentences")
    words = " ".join(w.form for sent in sentences for w in sent)
    language = detect_language(words) if lang is Lang.auto else lang.value
    doc = words_to_doc(sentences, graph.linguist.nlp(language).vocab)
    article = Article(Article.make_id(doc.text), doc.text, day, "day" if day else None, language, origin=str(path))
    return graph.code_doc(doc, article)


@app.command()
def quotes(paths: list[Path] = PathsArg, lang: Lang = LangOpt, date: Optional[str] = DateOpt,
           format: Format = FormatOpt, out: Optional[Path] = OutOpt) -> None:
    """Direct and indirect quotes with their speakers."""
    records = (q.to_dict() for c in _coded(paths, lang, date, {}) for q in c.quotes)
    _write(records, format, out, _CSV_QUOTE_FIELDS, _flat_quote)


_CSV_RELATION_FIELDS = ["id", "doc_id", "sentence_index", "type", "parties", "since", "until", "status", "modality",
                        "trigger", "evidence"]


def _flat_relation(r: dict[str, Any]) -> dict[str, Any]:
    return {**r, "parties": ";".join(r["parties"]), "modality": ";".join(r["modality"]), "evidence": r["evidence"]["text"]}


@app.command()
def relations(paths: list[Path] = PathsArg, lang: Lang = LangOpt, date: Optional[str] = DateOpt,
              format: Format = FormatOpt, out: Optional[Path] = OutOpt) -> None:
    """Standing relations the articles state (alliances, pacts, treaties, partnerships, rivalries, wars)."""
    records = (r.to_dict() for c in _coded(paths, lang, date, {}) for r in c.relations)
    _write(records, format, out, _CSV_RELATION_FIELDS, _flat_relation)


@app.command()
def ingest(paths: list[Path] = PathsArg, db: Path = DbOpt, lang: Lang = LangOpt,
           date: Optional[str] = DateOpt) -> None:
    """Code articles and store them (an article already stored is skipped)."""
    total = IngestResult()
    with Store(db) as store:
        for coded in _coded(paths, lang, date, {"db_path": db}):
            r = store.add(coded)
            total = IngestResult(total.new + r.new, total.skipped + r.skipped, total.events + r.events,
                                 total.quotes + r.quotes, total.relations + r.relations)
        counts = store.counts()
    print(json.dumps({"articles_new": total.new, "articles_skipped": total.skipped, "events": total.events,
                      "quotes": total.quotes, "relations": total.relations, "db": str(db), "db_totals": counts},
                     ensure_ascii=False))


@app.command()
def events(db: Path = DbOpt, actor: Optional[str] = typer.Option(None, "--actor", help="ISO3 of an actor."),
           recipient: Optional[str] = typer.Option(None, "--recipient", help="ISO3 of a recipient."),
           type: Optional[str] = typer.Option(None, "--type", help="PLOVER event type."),
           since: Optional[str] = typer.Option(None, "--since", help="YYYY-MM-DD"),
           until: Optional[str] = typer.Option(None, "--until", help="YYYY-MM-DD"),
           limit: Optional[int] = typer.Option(None, "--limit"),
           format: Format = FormatOpt, out: Optional[Path] = OutOpt) -> None:
    """Query stored events."""
    from newsgraph.coding.ontology import PLOVER_TYPES

    if type and type.upper() not in PLOVER_TYPES:
        _fail(f"unknown event type {type!r}; one of {', '.join(PLOVER_TYPES)}")
    query = EventQuery(actor=actor, recipient=recipient, event_type=type, since=_day(since, "--since"),
                       until=_day(until, "--until"), limit=limit)
    with Store(db, read_only=True) as store:
        records = store.events(query)
    _write(records, format, out, _CSV_EVENT_FIELDS, _flat_event)


actors_app = typer.Typer(no_args_is_help=True, help="The actor dictionary: resolve names, list entries, validate.")
app.add_typer(actors_app, name="actors")


@actors_app.command("resolve")
def actors_resolve(name: str = typer.Argument(..., help="A name as it appears in text, e.g. 'Wladimir Putin'."),
                   lang: Lang = typer.Option(Lang.de, "--lang"), date: Optional[str] = DateOpt) -> None:
    """Print what NAME resolves to on DATE; exit 1 with "unknown actor: NAME" if nothing."""
    from newsgraph.actors import ActorDictionary, ActorResolver

    day = _day(date, "--date")
    language = "de" if lang is Lang.auto else lang.value
    found = ActorResolver(ActorDictionary.load(), lang=language).resolve_name(name, day)
    if found is None:
        _fail(f"unknown actor: {name}", code=1)
    record = {k: (v.isoformat() if isinstance(v, dt.date) else v) for k, v in found.__dict__.items()}
    print(json.dumps(record, ensure_ascii=False))


@actors_app.command("list")
def actors_list(country: Optional[str] = typer.Option(None, "--country", help="ISO3: only actors of this country."),
                format: Format = FormatOpt, out: Optional[Path] = OutOpt) -> None:
    """List countries, people and organisations of the dictionary."""
    from newsgraph.actors import ActorDictionary

    dictionary = ActorDictionary.load()
    iso = country.upper() if country else None
    rows: list[dict[str, Any]] = [
        {"id": c.iso3, "kind": "country", "name": c.name_en, "country": c.iso3, "code": c.cameo}
        for c in dictionary.countries.values() if iso in (None, c.iso3)
    ]
    rows += [{"id": a.id, "kind": a.kind, "name": a.name, "country": a.country,
              "code": a.fallback.code if a.fallback else None}
             for a in dictionary.actors.values() if iso in (None, a.country)]
    _write(rows, format, out, ["id", "kind", "name", "country", "code"], lambda r: r)


@actors_app.command("check")
def actors_check() -> None:
    """Validate the dictionary files; print the problems and exit 1 if there are any."""
    from newsgraph.actors import ActorDictionary

    dictionary = ActorDictionary.load()
    problems = dictionary.validate()
    for problem in problems:
        print(problem)
    print(json.dumps({"problems": len(problems), **dictionary.counts()}, ensure_ascii=False))
    if problems:
        raise typer.Exit(1)


places_app = typer.Typer(no_args_is_help=True, help="The gazetteer: resolve place names.")
app.add_typer(places_app, name="places")


@places_app.command("resolve")
def places_resolve(name: str = typer.Argument(..., help="A place name in German or English, e.g. 'Pjöngjang'."),
                   lang: Lang = typer.Option(Lang.auto, "--lang", help="Accepted for symmetry: names of both languages "
                                             "are in one gazetteer."),
                   alternatives: int = typer.Option(3, "--alternatives", min=0, help="How many other candidates to list.")
                   ) -> None:
    """Print the place NAME resolves to (best first, with other candidates); exit 1 with "unknown place: NAME"."""
    from newsgraph.places import Gazetteer

    gazetteer = Gazetteer.load()
    found = [] if gazetteer.never(name) else gazetteer.lookup(name)
    if not found:
        _fail(f"unknown place: {name}", code=1)

    def record(p) -> dict[str, Any]:
        return {"name": p.name, "country": p.country, "admin1": p.admin1, "lat": p.lat, "lon": p.lon,
                "geonames_id": p.geonames_id, "precision": p.precision}

    print(json.dumps({"query": name, **record(found[0]),
                      "alternatives": [record(p) for p in found[1:1 + alternatives]]}, ensure_ascii=False))


@app.command()
def train(lang: str = typer.Argument(..., help="de or en"),
          shared: Path = typer.Option(Path("../shared"), "--shared", help="The shared data folder."),
          out: Optional[Path] = typer.Option(None, "--out", help="Where to write the pipeline."),
          workdir: Path = typer.Option(Path("training"), "--workdir", help="Scratch folder for corpora, checkpoints."),
          ) -> None:
    """Retrain the linguistic pipeline of a language from the shared treebanks and NER data."""
    from newsgraph.language.pipeline import MODELS_DIR

    if lang not in ("de", "en"):
        _fail(f"no training recipe for {lang!r} (available: de, en)")
    if not (shared / "data" / "treebanks").is_dir():
        _fail(f"{shared}/data/treebanks not found: pass --shared")
    if lang == "en":
        from newsgraph.language.train_en import train_english

        scores = train_english(shared, out or MODELS_DIR / lang, workdir / "en")
    else:
        from newsgraph.language.train import train_german

        scores = train_german(shared, out or MODELS_DIR / lang, workdir)
    print(json.dumps(scores, ensure_ascii=False))


eval_app = typer.Typer(no_args_is_help=True, help="Score newsgraph's stages against gold data; one JSON object out.")
app.add_typer(eval_app, name="eval")
KeepNegatedOpt = typer.Option(False, "--keep-negated",
                              help="Score negated and hypothetical events too (default: left out, as consumers do).")


@eval_app.command("plover")
def eval_plover(gold: Path = typer.Argument(..., help="A PLOVER GSR JSON file, e.g. PLOVER_GSR.dev.en.json, "
                                            "or the German gold benchmarks/gold/gnad_de.gold.json."),
                keep_negated: bool = KeepNegatedOpt) -> None:
    """Event-type and type + actor/recipient-country precision/recall/F1, per type, with a calibration table."""
    from newsgraph.eval.events import code_plover, has_parser
    from newsgraph.eval.plover import read_plover_gold, score_plover
    from newsgraph.pipeline import Newsgraph

    data = read_plover_gold(gold)
    graph = Newsgraph(_settings(lang="auto"))
    result = score_plover(data, code_plover(graph, data), keep_negated=keep_negated)
    languages = sorted({u.language for u in data.units})
    missing = [lang for lang in languages if not has_parser(graph, lang)]
    result["system"]["languages"] = languages
    result["system"]["parser"] = not missing
    if missing:
        _err.print(f"newsgraph: warning: no parser is shipped for {', '.join(missing)}, so that text gets no events",
                   highlight=False, markup=False)
    print(json.dumps(result, ensure_ascii=False))


@eval_app.command("petrarch")
def eval_petrarch(gold: Path = typer.Argument(..., help="The PETRARCH-2 validation XML, e.g. petrarch2-GSR-validation.en.xml."),
                  use_parse: bool = typer.Option(False, "--use-parse", help="Code from the file's own UD parses."),
                  keep_negated: bool = KeepNegatedOpt) -> None:
    """F1 at exact CAMEO code + actors, CAMEO root + actor country, root only; false events on no-event sentences."""
    from newsgraph.eval.events import code_petrarch, has_parser
    from newsgraph.eval.petrarch import read_petrarch_gold, score_petrarch
    from newsgraph.pipeline import Newsgraph

    data = read_petrarch_gold(gold)
    graph = Newsgraph(_settings(lang="en", convention="cameo"))  # the CAMEO conventions the file is coded in
    result = score_petrarch(data, code_petrarch(graph, data, use_parse=use_parse), keep_negated=keep_negated)
    result["system"]["parses"] = "gold file (--use-parse)" if use_parse else "shipped pipeline"
    result["system"]["parser"] = use_parse or has_parser(graph, "en")
    print(json.dumps(result, ensure_ascii=False))


class EvalLang(str, Enum):
    de = "de"
    en = "en"


class EvalSents(str, Enum):
    gold = "gold"
    predicted = "predicted"


@eval_app.command("parser")
def eval_parser(file: Path = typer.Argument(..., help="A gold CoNLL-U file (its tokenisation is used)."),
                lang: EvalLang = typer.Option(..., "--lang", help="Pipeline language: de or en."),
                sents: EvalSents = typer.Option(EvalSents.gold, "--sents",
                                                help="gold: one Doc per gold sentence; predicted: 10 per Doc.")) -> None:
    """UPOS, lemma, UAS, LAS, sentence F1 (percent) and speed of the shipped pipeline on a treebank."""
    from newsgraph.eval.parser import eval_parser_file

    print(json.dumps(eval_parser_file(file, lang.value, sentences=sents.value)))


@eval_app.command("ner")
def eval_ner(file: Path = typer.Argument(..., help="A GermEval 2014 TSV file."),
             lang: EvalLang = typer.Option(EvalLang.de, "--lang", help="Pipeline language (NER: de only).")) -> None:
    """Exact-span precision/recall/F1 (0..1) for PER, ORG, LOC, outer level, on a GermEval 2014 file."""
    from newsgraph.eval.ner import eval_ner_file

    print(json.dumps(eval_ner_file(file, lang.value)))


def main() -> None:
    """Entry point: run the app, turning library errors into one-line messages."""
    try:
        app(standalone_mode=True)
    except NewsgraphError as exc:
        _err.print(f"newsgraph: error: {exc}", highlight=False, markup=False, soft_wrap=True)
        sys.exit(exc.exit_code)
    except KeyboardInterrupt:
        _err.print("newsgraph: interrupted", highlight=False, markup=False)
        sys.exit(130)

