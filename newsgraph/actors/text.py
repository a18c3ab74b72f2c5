"""String helpers shared by the builder, the dictionary and the resolver.

``norm`` maps a string to a lookup key *of the same length*: lower case with
diacritics removed, character by character (``Erdoğan`` → ``erdogan``,
``Pjöngjang`` → ``pjongjang``).  Keeping the length lets the resolver map match
offsets in a normalised sentence straight back to tokens.  ``ß`` is kept as is.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

#: German adjective endings added to an adjective stem (``russisch`` → ``russische`` ...).
DE_ADJ_ENDINGS: tuple[str, ...] = ("", "e", "en", "er", "es", "em")

#: Lower-case words kept lower case when a PETRARCH (all caps) name is title-cased.
PARTICLES: frozenset[str] = frozenset(
    "a al and as at bin bint da das de del della der des di do dos du e el en et for "
    "from in la le les of on or the to und van von y zu".split()
)


@lru_cache(maxsize=4096)
def _fold_char(ch: str) -> str:
    low = ch.lower()
    if len(low) != 1:
        low = ch
    if low.isascii() or low == "ß":
        return low
    base = unicodedata.normalize("NFD", low)[0]
    return base if len(base) == 1 else low


def norm(text: str) -> str:
    """Lookup key for ``text``: lower case, no diacritics, same length as ``text``."""
    if text.isascii():
        return text.lower()
    return "".join(_fold_char(ch) for ch in text)


def squash(text: str) -> str:
    """``text`` with every run of whitespace replaced by one space, stripped."""
    return " ".join(text.split())


def is_acronym(word: str) -> bool:
    """True for short all-caps words such as ``UN``, ``US``, ``EU``, ``U.S.``, ``DVRK``.

    Such words only match text written in capitals (``UN`` must not match the
    ``Un`` of *Kim Jong Un*, ``US`` not the English pronoun ``us``).
    """
    letters = [c for c in word if c.isalpha()]
    if len(letters) < 2 or not all(c.isupper() for c in letters):
        return False
    return len(letters) <= 3 or "." in word


def surface_fits(alias: str, surface: str) -> bool:
    """Case check of a matched ``surface`` against the ``alias`` it matched.

    Word by word: an acronym (see :func:`is_acronym`) needs the surface word in
    capitals; a capitalised alias word needs at least one capital letter in the
    surface word (``al-Qaida`` fits ``Al-Qaeda``); a lower-case alias word fits any
    casing (agents and adjectives are written lower case in the data).
    """
    a_words = alias.split(" ")
    s_words = surface.split(" ")
    if len(a_words) != len(s_words):
        return True  # spacing differs (hyphen splits); normalised key already matched
    for a, s in zip(a_words, s_words):
        if not a or not a[0].isalpha() and not a[0].isdigit():
            continue
        if is_acronym(a):
            if not all(c.isupper() for c in s if c.isalpha()):
                return False
        elif a[0].isupper() and not any(c.isupper() for c in s):
            return False
    return True


#: Short upper-case words that stay upper case inside title-cased PETRARCH names.
ACRONYMS: frozenset[str] = frozenset(
    "US USA UK UN EU UAE ROK PRC DRC ROC UAR AU OAS OAU GCC ASEAN NATO OSCE OPEC IAEA WHO "
    "ICC ICJ IMF WTO WFP UNHCR UNICEF UNESCO SCO BRICS G7 G8 G20 CIA FBI NSA KGB FSB SVR GRU "
    "KCNA KPA PLA IDF PKK PLO ISIS ISIL IS".split()
)


def keep_acronyms(words: list[str]) -> frozenset[str]:
    """Words of an upper-case PETRARCH name that are acronyms (kept upper case).

    Dotted words (``U.S.``), known :data:`ACRONYMS`, and words of at most four
    letters without a vowel (``DPRK``, ``FSB``).
    """
    keep = set()
    for w in words:
        letters = w.replace(".", "")
        if not letters.isalpha():
            continue
        if "." in w or w in ACRONYMS or (len(letters) <= 4 and not any(v in letters for v in "AEIOUY")):
            keep.add(w)
    return frozenset(keep)


def title_case(words: list[str], keep_upper: frozenset[str] = frozenset()) -> str:
    """Title-case upper-case PETRARCH words; keep ``keep_upper`` words and dotted acronyms."""
    out: list[str] = []
    for i, w in enumerate(words):
        if i > 0 and w.lower() in PARTICLES:
            out.append(w.lower())
        elif w in keep_upper or ("." in w and len(w) <= 6 and w.replace(".", "").isalpha()):
            out.append(w)
        else:
            out.append("-".join(_cap(part) for part in w.split("-")))
    return " ".join(out)


def _cap(part: str) -> str:
    if not part:
        return part
    if len(part) > 2 and part[1] == "'" :  # D'ESCOTO → D'Escoto
        return part[0] + "'" + part[2:3].upper() + part[3:].lower()
    return part[0].upper() + part[1:].lower()


def de_genitive(word: str) -> list[str]:
    """German genitive forms of a proper name: ``Russland`` → ``Russlands``.

    Names ending in s, ß, x or z take no ending (``des Iran`` / ``Paris'``).
    """
    if not word or word[-1] in "sßxzSXZ" or not word[-1].isalpha():
        return []
    return [word + "s"]


def de_adjective_forms(stem: str) -> list[str]:
    """All inflected forms of a German adjective stem (``russisch`` → ``russische`` ...)."""
    return [stem + e for e in DE_ADJ_ENDINGS]


def en_plural(word: str) -> str:
    """Regular English plural of one word (as PETRARCH generates it)."""
    lw = word.lower()
    if lw.endswith(("s", "x", "z", "ch", "sh")):
        return word + "es"
    if lw.endswith("y") and len(lw) > 1 and lw[-2] not in "aeiou":
        return word[:-1] + "ies"
    if lw.endswith("man"):
        return word[:-3] + "men"
    return word + "s"
