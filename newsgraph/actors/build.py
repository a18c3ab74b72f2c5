"""Build the derived actor dictionaries from the shared data.

Run ``python -m newsgraph.actors.build --shared /work/shared`` to regenerate the
files under ``newsgraph/actors/data/derived/``:

* ``countries.tsv`` – one row per country (ISO3, CAMEO code, names),
* ``country_names.tsv`` – names and adjectives per country and language,
* ``actors.tsv`` – people and organisations with dated roles (PETRARCH2),
* ``agents_en.tsv`` – English agent nouns with sector codes.

The hand-written files in ``data/manual/`` are never touched; the loader
merges them over the derived ones (see ``docs/actors.md``).  The output is
deterministic: the same sources give byte-identical files.
"""

from __future__ import annotations

import argparse
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from newsgraph.actors import tsv
from newsgraph.actors.derive_actors import ActorDeriver
from newsgraph.actors.derive_agents import derive_agents
from newsgraph.actors.derive_countries import NameRow, country_rows, derive_country_names
from newsgraph.actors.derived import ACTOR_HEADER, AGENT_HEADER, COUNTRY_HEADER, NAME_HEADER
from newsgraph.actors.entries import ActorEntry
from newsgraph.actors.errors import ActorBuildError
from newsgraph.actors.paths import DATA_DIR
from newsgraph.actors.petrarch import ParseStats, RawBlock, read_actor_file
from newsgraph.actors.text import norm

ACTOR_FILES = (
    "petrarch2-Phoenix.Countries.actors.txt",
    "petrarch2-Phoenix.International.actors.txt",
    "petrarch2-Phoenix.MilNonState.actors.txt",
)
LICENCE = "Derived from the PETRARCH2 / Phoenix dictionaries (MIT, Open Event Data Alliance, see LICENSE.petrarch2.txt)"
REGEN = "Regenerate with: python -m newsgraph.actors.build --shared /work/shared  (do not edit by hand)"


@dataclass(frozen=True)
class BuildReport:
    countries: int
    country_names: int
    actors: int
    people: int
    orgs: int
    agents: int
    merged: int
    ambiguous: int
    bad_dates: int
    bad_codes: int

    def summary(self) -> str:
        return (
            f"countries={self.countries} country_names={self.country_names} actors={self.actors} "
            f"(people={self.people} orgs={self.orgs}) agents_en={self.agents} merged={self.merged} "
            f"ambiguous={self.ambiguous} skipped: bad_dates={self.bad_dates} bad_codes={self.bad_codes}"
        )


def _need(path: Path) -> Path:
    if not path.is_file():
        raise ActorBuildError(f"shared source file missing: {path}")
    return path


def _english_words(agents_path: Path, adjectives: set[str]) -> set[str]:
    words = {"MR", "MR.", "MRS", "MRS.", "MS", "DR", "DR.", "FORMER", "EX", "THE", "OF", "SECY", "GEN", "SEC."}
    for line in agents_path.read_text(encoding="utf-8", errors="replace").splitlines():
        line = line.split("#", 1)[0]
        if "[~" in line:
            words.update(w for w in line.split("[", 1)[0].replace("_", " ").replace("{", " ").split() if w.isalpha())
    words.update(a.upper() for a in adjectives)
    return words


def _country_words(names: Iterable[NameRow]) -> dict[str, str]:
    """Normalised English country names and adjectives that name one country only → its ISO3."""
    isos: dict[str, set[str]] = defaultdict(set)
    for n in names:
        if n.lang == "en":
            isos[norm(n.text)].add(n.iso3)
    return {k: next(iter(v)) for k, v in isos.items() if len(v) == 1}


def build(shared: Path, out_dir: Path = DATA_DIR / "derived") -> BuildReport:
    """Regenerate the derived files from ``shared/data/dictionaries``; returns counts."""
    src = shared / "data" / "dictionaries"
    stats = ParseStats()
    blocks: list[RawBlock] = []
    per_file: dict[str, list[RawBlock]] = {}
    for name in ACTOR_FILES:
        per_file[name] = read_actor_file(_need(src / name), stats)
        blocks.extend(per_file[name])
    rows = country_rows()
    names = derive_country_names(
        rows, per_file[ACTOR_FILES[0]], _need(src / "ngec-cow2iso.txt"), _need(src / "ngec-countries.csv")
    )
    country_keys: dict[str, set[str]] = defaultdict(set)
    for n in names:
        country_keys[n.lang].add(norm(n.text))
    adjectives = {n.text for n in names if n.field == "adjective" and n.lang == "en"}
    agent_file = _need(src / "petrarch2-Phoenix.agents.txt")
    deriver = ActorDeriver({r.cameo: r.iso3 for r in rows}, _english_words(agent_file, adjectives), country_keys,
                           _country_words(names))
    actors = sorted(deriver.derive(blocks), key=lambda e: e.id)
    agents = derive_agents([(agent_file, "petrarch2"), (_need(src / "ngec-PLOVER_agents.txt"), "ngec")])

    head = [LICENCE, "and pycountry / CLDR (babel) country names.", REGEN]
    tsv.write(
        out_dir / "countries.tsv",
        head,
        COUNTRY_HEADER,
        ([r.iso3, r.cameo, "true" if r.historical else "false", r.name_en, r.name_de] for r in rows),
    )
    tsv.write(
        out_dir / "country_names.tsv",
        head,
        NAME_HEADER,
        ([n.iso3, n.lang, n.field, n.text, n.source] for n in names),
    )
    tsv.write(out_dir / "actors.tsv", head, ACTOR_HEADER, (actor_row(e) for e in actors))
    tsv.write(
        out_dir / "agents_en.tsv",
        head,
        AGENT_HEADER,
        ([a.text, a.sector, tsv.join(a.forms), a.source] for a in agents),
    )
    people = sum(e.kind == "person" for e in actors)
    return BuildReport(
        countries=len(rows),
        country_names=len(names),
        actors=len(actors),
        people=people,
        orgs=len(actors) - people,
        agents=len(agents),
        merged=deriver.merged,
        ambiguous=deriver.ambiguous,
        bad_dates=stats.bad_dates,
        bad_codes=stats.bad_codes,
    )


def actor_row(e: ActorEntry) -> list[str]:
    return [
        e.id,
        e.kind,
        e.name,
        e.country or "",
        "true" if e.ambiguous else "false",
        tsv.join(tsv.role_to_text(r) for r in e.roles),
        tsv.join(e.names.any),
        tsv.join(e.names.en),
        tsv.join(e.short_names),
    ]


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shared", type=Path, default=Path("../shared"), help="the shared/ folder")
    parser.add_argument("--out", type=Path, default=DATA_DIR / "derived", help="output folder")
    args = parser.parse_args(argv)
    report = build(args.shared, args.out)
    print(f"wrote {args.out}: {report.summary()}")


if __name__ == "__main__":
    main()
