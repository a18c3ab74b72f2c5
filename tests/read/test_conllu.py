"""CoNLL-U parses to spaCy docs: every layer set, UD v1 labels upgraded, malformed input reported."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.vocab import Vocab

from newsgraph.errors import InputError
from newsgraph.eval.petrarch import read_petrarch_gold
from newsgraph.read.conllu import parse_sentences, read_conllu

TWO = """# sent_id = 1
1\tIsrael\tIsrael\tPROPN\tNNP\tNumber=Sing\t3\tnsubjpass\t_\t_
2\twas\tbe\tAUX\tVBD\tMood=Ind|Tense=Past\t3\tauxpass\t_\t_
3\tattacked\tattack\tVERB\tVBN\tTense=Past|VerbForm=Part\t0\troot\t_\t_
4\tin\tin\tADP\tIN\t_\t5\tcase\t_\t_
5\tGaza\tGaza\tPROPN\tNNP\tNumber=Sing\t3\tnmod\t_\tSpaceAfter=No
6\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_

1-2\tzum\t_\t_\t_\t_\t_\t_\t_\t_
1\tzu\tzu\tADP\tAPPR\t_\t3\tcase\t_\t_
2\tdem\tder\tDET\tART\tCase=Dat\t3\tdet\t_\t_
3\tTreffen\tTreffen\tNOUN\tNN\tCase=Dat\t0\troot\t_\t_
4\tof\tof\tADP\tIN\t_\t5\tcase\t_\t_
5\tleaders\tleader\tNOUN\tNNS\t_\t3\tnmod\t_\t_
6\tand\tand\tCONJ\tCC\t_\t3\tcc\t_\t_
"""


def test_conllu_sets_every_layer_and_upgrades_ud1() -> None:
    doc = read_conllu(TWO, Vocab())
    assert [t.text for t in doc][:6] == ["Israel", "was", "attacked", "in", "Gaza", "."]
    assert doc.text.startswith("Israel was attacked in Gaza. zu dem Treffen")
    assert [s.text for s in doc.sents] == ["Israel was attacked in Gaza.", "zu dem Treffen of leaders and"]
    israel, attacked, gaza = doc[0], doc[2], doc[4]
    assert (attacked.lemma_, attacked.pos_, attacked.tag_, attacked.dep_) == ("attack", "VERB", "VBN", "ROOT")
    assert attacked.morph.get("VerbForm") == ["Part"] and israel.head.i == attacked.i
    assert israel.dep_ == "nsubj:pass" and doc[1].dep_ == "aux:pass"
    assert gaza.dep_ == "obl"  # nmod on a verb is UD v2 obl
    assert doc[10].dep_ == "nmod" and doc[10].head.text == "Treffen"  # nmod on a noun stays
    assert doc[11].pos_ == "CCONJ" and doc[7].head.text == "Treffen"  # heads are sentence-relative
    raw = read_conllu(TWO, Vocab(), ud2=False)
    assert raw[0].dep_ == "nsubjpass" and raw[4].dep_ == "nmod" and raw[11].pos_ == "CONJ"


@pytest.mark.parametrize("text, message", [
    ("1\tA\ta\tX\tX\t_\t0\troot\t_\n", "expected 10 tab-separated columns"),
    ("1\tA\ta\tX\tX\t_\t0\troot\t_\t_\n3\tB\tb\tX\tX\t_\t1\tdep\t_\t_\n", "out of sequence"),
    ("1\tA\ta\tX\tX\t_\t5\tdep\t_\t_\n", "beyond the sentence"),
    ("1\tA\ta\tX\tX\t_\tx\tdep\t_\t_\n", "is not a number"),
    ("1\tA\ta\tX\tX\t_\t1\tdep\t_\t_\n", "no root"),
    ("# only a comment\n\n", "no sentences"),
])
def test_conllu_malformed(text: str, message: str) -> None:
    with pytest.raises(InputError, match=message):
        read_conllu(text, Vocab())


def test_conllu_reads_every_parse_of_the_petrarch_file(shared_dir: Path) -> None:
    gold = read_petrarch_gold(shared_dir / "data/gold/petrarch2-GSR-validation.en.xml")
    vocab = Vocab()
    words = 0
    for s in gold:
        doc = read_conllu(s.parse, vocab)
        words += len(doc)
        assert len(list(doc.sents)) == 1 and doc.has_annotation("DEP")
        assert len(doc) == sum(len(sent) for sent in parse_sentences(s.parse))
    assert words > 1500
