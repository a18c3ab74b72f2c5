"""Gazetteer membership as a feature of the German NER model's token embedding.

The NER tok2vec (configs/de_ner.cfg) embeds, next to spaCy's hashed NORM/PREFIX/
SUFFIX/SHAPE (and optionally the STTS TAG of the tagger that runs before NER), one
small learned vector per token that encodes which name lists the token occurs in.
It is a feature, not a rule: the model learns how much to trust each list.

Lists (case-sensitive word forms, capitalised words of two or more letters only):

- FIRST:     first names (data/first_names.txt: gender-guesser's nam_dict.txt, GFDL 1.2)
- LAST:      last word of a person name in the actor dictionary (newsgraph.actors)
- LOC:       a whole city / first-level division name (newsgraph.places: GeoNames)
- LOC_PART:  a word of a multi-word city / division name
- COUNTRY:   a word of a country name or capital (newsgraph.places, actor dictionary)
- ORG:       a one-word organisation name (actor dictionary)
- ORG_PART:  a word of a multi-word organisation name

``build_table()`` derives data/ner_gazetteer_de.tsv (word <TAB> bits) from those
packaged files (``python -m newsgraph.language.ner_features``); the trained model
reads that frozen table, so later changes to the dictionaries do not shift its input.
The architecture "newsgraph.NerEmbed.v1" is registered when this module is imported
(newsgraph.language.pipeline does so before loading a pipeline).
"""
from __future__ import annotations

import csv
import sys
from pathlib import Path
from types import MappingProxyType
from typing import Dict, Iterable, List, Optional, Sequence

DATA = Path(__file__).resolve().parent / "data"
TABLE = DATA / "ner_gazetteer_de.tsv"
FIRST_NAMES = DATA / "first_names.txt"
BITS = MappingProxyType({"FIRST": 1, "LAST": 2, "LOC": 4, "LOC_PART": 8, "COUNTRY": 16, "ORG": 32, "ORG_PART": 64})
N_IDS = 2 ** len(BITS)
# words of multi-word names that say nothing about the name's type
_FUNCTION = frozenset({"De", "Del", "Der", "Die", "Das", "The", "Of", "And", "Und", "La", "Le", "Les", "Al", "El", "Van", "Von",
             "Da", "Do", "Dos", "Di", "St", "Saint", "Sankt", "Bad", "New", "Neu", "Nord", "Süd", "Ost", "West"})


def _word_ok(word: str) -> bool:
    return len(word) >= 2 and word[0].isupper() and any(ch.isalpha() for ch in word)


def _split(name: str) -> List[str]:
    return [w.strip(",.()\"'") for w in name.replace("-", " - ").split() if w.strip(",.()\"'")]


def first_names_from_nam_dict(path: Path, min_freq: int = 3) -> List[str]:
    """First names of gender-guesser's nam_dict.txt (Jörg Michael, GFDL 1.2) with a frequency
    of at least min_freq (1-13, the file's scale) in some country; '+' variants joined."""
    names = set()
    with open(path, encoding="utf8") as fh:
        for line in fh:
            if line[:1] in "#=" or len(line) < 31:
                continue
            freqs = [int(c, 16) for c in line[30:-1].rstrip("$\n ").replace(" ", "") if c in "0123456789ABCDEF"]
            if not freqs or max(freqs) < min_freq:
                continue
            name = line.split()[1]
            for variant in ({name.replace("+", ""), name.replace("+", "-")} if "+" in name else {name}):
                if _word_ok(variant):
                    names.add(variant)
    return sorted(names)


def build_table(out: Path = TABLE, first_names: Path = FIRST_NAMES) -> Dict[str, int]:
    """word -> bits from the packaged places and actor dictionary and the first-name list."""
    from newsgraph.actors.dictionary import ActorDictionary
    from newsgraph.places.gazetteer import DATA as PLACES

    table: Dict[str, int] = {}

    def add(words: Iterable[str], bit: str) -> None:
        for w in words:
            if _word_ok(w) and w not in _FUNCTION:
                table[w] = table.get(w, 0) | BITS[bit]

    def add_name(name: str, whole: str, part: str) -> None:
        words = [w for w in _split(name) if w != "-"]
        if len(words) == 1:
            add(words, whole)
        elif words:
            add(words, part)

    with open(first_names, encoding="utf8") as fh:
        add((ln.strip() for ln in fh if ln.strip() and not ln.startswith("#")), "FIRST")
    with open(PLACES / "cities.tsv", encoding="utf8", newline="") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            for name in [row["name"], *(row["aliases"] or "").split("|")]:
                if name:
                    add_name(name, "LOC", "LOC_PART")
    with open(PLACES / "admin1.tsv", encoding="utf8", newline="") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            add_name(row["name"], "LOC", "LOC_PART")
    with open(PLACES / "countries.tsv", encoding="utf8", newline="") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            for key in ("geonames_name", "name_en", "name_de"):
                add(_split(row[key]), "COUNTRY")
    for alias in ActorDictionary.load().aliases:
        words = [w for w in _split(alias.text) if w != "-"]
        if alias.kind in ("country", "capital") and (len(words) == 1 or alias.lang == "de"):
            add(words, "COUNTRY")
        elif alias.kind == "person" and len(words) >= 2:
            add(words[-1:], "LAST")
        elif alias.kind == "org":
            add_name(alias.text, "ORG", "ORG_PART")
    out.parent.mkdir(parents=True, exist_ok=True)
    with open(out, "w", encoding="utf8") as fh:
        fh.write("# NER gazetteer features (newsgraph.language.ner_features.build_table; do not edit by hand)\n")
        fh.write("# bits: " + " ".join(f"{k}={v}" for k, v in BITS.items()) + "\n")
        for w in sorted(table):
            fh.write(f"{w}\t{table[w]}\n")
    return table


def read_table(path: Path = TABLE) -> Dict[str, int]:
    table: Dict[str, int] = {}
    with open(path, encoding="utf8") as fh:
        for line in fh:
            if not line.startswith("#"):
                word, _, bits = line.rstrip("\n").partition("\t")
                table[word] = int(bits)
    return table


def _gazetteer_ids(table_path: Path):
    """thinc layer: docs -> one Ints2d (n_tokens, 1) of gazetteer bit patterns per doc."""
    import numpy
    from spacy.attrs import ORTH
    from spacy.strings import hash_string
    from thinc.api import Model

    by_orth = {hash_string(w): b for w, b in read_table(table_path).items()}

    def forward(model, docs, is_train):
        get = by_orth.get
        out = []
        for doc in docs:
            orths = doc.to_array(ORTH) if len(doc) else numpy.zeros((0,), dtype="uint64")
            ids = numpy.fromiter((get(o, 0) for o in orths.tolist()), dtype="uint64", count=len(orths))
            out.append(model.ops.asarray2i(ids.reshape(-1, 1).astype("int32")).astype("uint64"))
        return out, lambda d_out: []

    return Model("newsgraph_gazetteer_ids", forward)


def ner_embed(width: int, attrs: Sequence[str], rows: Sequence[int], gazetteer: Optional[str] = None,
              gazetteer_width: int = 16, char_nM: int = 0, char_nC: int = 0):
    """MultiHashEmbed (spaCy) + optional gazetteer bits embedding + optional character embedding,
    concatenated and mixed by one Maxout layer to width."""
    from spacy.ml import _character_embed
    from spacy.ml.featureextractor import FeatureExtractor
    from thinc.api import Embed, HashEmbed, Maxout, chain, concatenate, list2ragged, ragged2list, with_array

    if len(rows) != len(attrs):
        raise ValueError(f"Mismatched lengths: {len(rows)} vs {len(attrs)}")
    embeds = [HashEmbed(width, rows[i], column=i, seed=8 + i, dropout=0.0) for i in range(len(attrs))]
    parts = [chain(FeatureExtractor(list(attrs)), list2ragged(), with_array(concatenate(*embeds)))]
    size = width * len(attrs)
    if gazetteer:
        path = DATA / f"{gazetteer}.tsv"
        parts.append(chain(_gazetteer_ids(path), list2ragged(), with_array(Embed(gazetteer_width, N_IDS, column=0))))
        size += gazetteer_width
    if char_nM and char_nC:
        parts.append(chain(_character_embed.CharacterEmbed(nM=char_nM, nC=char_nC), list2ragged()))
        size += char_nM * char_nC
    return chain(concatenate(*parts) if len(parts) > 1 else parts[0],
                 with_array(Maxout(width, size, nP=3, dropout=0.0, normalize=True)), ragged2list())


def _register() -> None:
    from spacy.util import registry

    if "newsgraph.NerEmbed.v1" not in registry.architectures:
        registry.architectures.register("newsgraph.NerEmbed.v1", func=ner_embed)


_register()


if __name__ == "__main__":
    src = Path(sys.argv[1]) if len(sys.argv) > 1 else None
    if src is not None:  # re-derive the first-name list from gender-guesser's nam_dict.txt
        names = first_names_from_nam_dict(src)
        with open(FIRST_NAMES, "w", encoding="utf8") as fh:
            fh.write("# First names with frequency >= 3 in some country, from nam_dict.txt (gender-guesser 0.4.0),\n"
                     "# Copyright (c) 2007-2008 Jörg Michael; GNU Free Documentation License 1.2 or later (see NOTICE)\n")
            fh.writelines(n + "\n" for n in names)
    t = build_table()
    print(len(t), "words")
