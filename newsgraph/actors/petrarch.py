"""Readers for the PETRARCH2 / TABARI dictionary formats (actors and agents).

Actor files group names into blocks::

    VLADIMIR_PUTIN_  # CountryInfo.txt      <- a root name starts a block
    +PUTIN_                                  <- '+' lines are synonyms
    \t[RUSGOV 991231-080507]                 <- code lines: CODE [date range]
    \t[RUSELI]                               <- an undated code is the fallback

Root names without a code line join the next block that has one.  Codes can
also stand on the name line (``AFGHANISTAN_  [AFG]``).  Dates are ``YYMMDD`` or
``YYYYMMDD``; ``>D`` means from D on, ``<D`` until D.  Two-digit years above 15
are 19xx (the files date from 2014), others 20xx.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path

_CODE = re.compile(r"\[([^\]]*)\]")
_CODE_OK = re.compile(r"^(?:[A-Z]{3})+$")
_DATE = r"(\d{6}|\d{8})"
_RANGE = re.compile(rf"^{_DATE}\s*-\s*{_DATE}$")
_FROM = re.compile(rf"^>\s*{_DATE}$")
_UNTIL = re.compile(rf"^<\s*{_DATE}$")


@dataclass
class RawRole:
    code: str
    start: dt.date | None
    end: dt.date | None


@dataclass
class RawBlock:
    """One block of an actor file: its names, its codes and where it stood."""

    names: list[str]
    roles: list[RawRole] = field(default_factory=list)
    section: str | None = None  # ISO3 of the country header above the block
    generated: bool = False  # a ``# CountryInfo.txt`` / ``IGOrulers`` person line
    line: int = 0


@dataclass
class ParseStats:
    bad_dates: int = 0
    bad_codes: int = 0
    dropped_blocks: int = 0


def parse_date(text: str) -> dt.date:
    """A PETRARCH date: ``YYMMDD`` (years > 15 are 19xx) or ``YYYYMMDD``."""
    if len(text) == 8:
        return dt.date(int(text[:4]), int(text[4:6]), int(text[6:]))
    yy = int(text[:2])
    return dt.date((1900 if yy > 15 else 2000) + yy, int(text[2:4]), int(text[4:]))


def parse_code(body: str, stats: ParseStats) -> RawRole | None:
    """``RUSGOV 991231-080507`` → a role; ``None`` (counted) when malformed."""
    parts = body.split(None, 1)
    if not parts:
        return None
    code = parts[0].strip()
    if not _CODE_OK.match(code):
        stats.bad_codes += 1
        return None
    rest = parts[1].strip() if len(parts) > 1 else ""
    try:
        if not rest:
            return RawRole(code, None, None)
        if m := _RANGE.match(rest):
            start, end = parse_date(m[1]), parse_date(m[2])
            if end < start:
                stats.bad_dates += 1
                return None
            return RawRole(code, start, end)
        if m := _FROM.match(rest):
            return RawRole(code, parse_date(m[1]), None)
        if m := _UNTIL.match(rest):
            return RawRole(code, None, parse_date(m[1]))
    except ValueError:
        pass
    stats.bad_dates += 1
    return None


def clean_name(raw: str) -> str:
    """``VLADIMIR_PUTIN_`` → ``VLADIMIR PUTIN`` (upper case, single spaces)."""
    text = re.sub(r"[\s_]+", " ", raw.replace("\t", " ")).strip().upper()
    return text.strip(" ,;")


def read_actor_file(path: Path, stats: ParseStats) -> list[RawBlock]:
    """All blocks of a PETRARCH actor file, in file order."""
    blocks: list[RawBlock] = []
    current: RawBlock | None = None
    section: str | None = None
    for lineno, raw in enumerate(path.read_text(encoding="utf-8", errors="replace").splitlines(), 1):
        generated = "CountryInfo" in raw or "IGOrulers" in raw
        line = raw.split("#", 1)[0].rstrip()
        stripped = line.strip()
        if not stripped:
            if current is not None and not raw.strip().startswith("#"):
                current = _close(current, blocks, stats)
            continue
        codes = [r for r in (parse_code(b, stats) for b in _CODE.findall(stripped)) if r]
        name_part = _CODE.sub(" ", stripped).strip()
        if stripped.startswith("["):
            if current is not None:
                current.roles.extend(codes)
            continue
        if stripped.startswith("+"):
            if current is not None and (name := clean_name(name_part[1:])):
                current.names.append(name)
                current.roles.extend(codes)
            continue
        name = clean_name(name_part)
        if not name:
            continue
        if current is None or current.roles or (generated and not _same_person(current, name)):
            if current is not None:
                _close(current, blocks, stats)
            current = RawBlock(names=[name], section=section, generated=generated, line=lineno)
        else:
            current.names.append(name)
        current.roles.extend(codes)
        if len(codes) == 1 and codes[0].start is None and codes[0].end is None and len(codes[0].code) == 3:
            if len(current.names) == 1 and not stripped.startswith(("\t", " ")) and raw[:1].isalpha():
                section = codes[0].code
                current.section = section
    if current is not None:
        _close(current, blocks, stats)
    return blocks


def _same_person(block: RawBlock, name: str) -> bool:
    """A code-less generated block is continued by a root name with the same surname."""
    return block.names[0].split()[-1:] == name.split()[-1:]


def _close(block: RawBlock, blocks: list[RawBlock], stats: ParseStats) -> None:
    if block.roles:
        blocks.append(block)
    else:
        stats.dropped_blocks += 1
    return None


@dataclass
class RawAgent:
    text: str  # lower case, spaces
    sector: str
    plurals: list[str]


def read_agent_file(path: Path) -> list[RawAgent]:
    """Agents ``PHRASE {PLURAL} [~SEC]`` with ``!SET!`` substitutions expanded.

    Prefix agents (``[IGO~]``) are skipped; ``{}`` means "no plural".
    """
    sets: dict[str, list[str]] = {}
    out: list[RawAgent] = []
    for raw in path.read_text(encoding="utf-8", errors="replace").splitlines():
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        if m := re.match(r"^(![A-Z]+!)\s*=\s*(.+)$", line):
            sets[m[1]] = [w.strip() for w in m[2].split(",") if w.strip()]
            continue
        m = re.match(r"^(?P<phrase>[^\[{]+?)\s*(?:\{(?P<pl>[^}]*)\})?\s*\[~(?P<sec>[A-Z]+)\]", line)
        if not m:
            continue
        phrase = m["phrase"].strip()
        plural_given = m["pl"]
        variants = [phrase]
        for key, subs in sets.items():
            if key in phrase:
                variants = [v.replace(key, s) for v in variants for s in subs]
        for v in variants:
            text = clean_name(v).lower()
            if not text or "!" in text:
                continue
            if plural_given is None:
                plurals = []  # regular plural made by the builder
            elif plural_given.strip():
                plurals = [clean_name(plural_given).lower()]
            else:
                plurals = ["-"]  # explicitly none
            out.append(RawAgent(text=text, sector=m["sec"], plurals=plurals))
    return out
