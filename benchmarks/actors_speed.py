"""Speed of ``ActorResolver.resolve_name`` for names already seen (the per-resolver cache).

Resolves a fixed list of German and English names (people, countries, capitals,
organisations, phrases) once to fill the cache, then repeatedly, and writes
resolutions per second (cold and warm) into docs/benchmarks.md.

    python benchmarks/actors_speed.py [--rounds 200]
"""

from __future__ import annotations

import argparse
import datetime as dt
import time

from _report import machine, write_section

from newsgraph.actors import ActorDictionary, ActorResolver

NAMES = {
    "de": ["Wladimir Putin", "Putin", "Selenskyj", "Medwedew", "Russlands", "Moskau", "Kreml", "Nato", "UN",
           "Bundesregierung", "Präsident Putin", "der russische Außenminister", "die nordkoreanische Armee",
           "Baerbock", "Erdoğan", "Erdogan", "Pjöngjang", "Kiew", "EU", "Olaf Scholz"],
    "en": ["Vladimir Putin", "Putin", "Zelensky", "Medvedev", "Russia", "Moscow", "Kremlin", "NATO", "UN",
           "White House", "President Putin", "the Russian foreign minister", "North Korean army", "Blinken",
           "Erdogan", "Pyongyang", "Kyiv", "European Union", "Joe Biden", "Beijing"],
}
DATES = [dt.date(2009, 5, 1), dt.date(2018, 6, 1), dt.date(2024, 6, 19)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=200)
    args = parser.parse_args()
    dictionary = ActorDictionary.load()
    rows = []
    for lang, names in NAMES.items():
        resolver = ActorResolver(dictionary, lang)
        queries = [(n, d) for n in names for d in DATES]
        t0 = time.perf_counter()
        for n, d in queries:
            resolver.resolve_name(n, d)
        cold = len(queries) / (time.perf_counter() - t0)
        t0 = time.perf_counter()
        for _ in range(args.rounds):
            for n, d in queries:
                resolver.resolve_name(n, d)
        warm = args.rounds * len(queries) / (time.perf_counter() - t0)
        rows.append((lang, len(queries), cold, warm))
        print(f"{lang}: {len(queries)} distinct (name, date) pairs, cold {cold:,.0f}/s, cached {warm:,.0f}/s")
    table = "\n".join(f"| {lang} | {n} | {cold:,.0f} | {warm:,.0f} |" for lang, n, cold, warm in rows)
    body = f"""## Actor resolution (actors_speed)

`python benchmarks/actors_speed.py --rounds {args.rounds}` — `ActorResolver.resolve_name` on 20 names per
language (people, countries, capitals, organisations, noun phrases) × 3 dates; *first* = first resolution
(exact alias, phrase via the matcher, fuzzy), *cached* = the same (name, date) again, {args.rounds} rounds,
from the per-resolver LRU cache (65,536 entries).  Single process, dictionary and resolver built before timing.

| lang | (name, date) pairs | first resolutions/s | cached resolutions/s |
| --- | ---: | ---: | ---: |
{table}

Machine: {machine()}"""
    write_section("benchmarks.md", "actors_speed", body, "Benchmarks")


if __name__ == "__main__":
    main()
