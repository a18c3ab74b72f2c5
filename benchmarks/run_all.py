"""Run every benchmark that writes a section of docs/accuracy.md or docs/benchmarks.md (``make bench``).

Each script runs in its own process with this interpreter, one after the other (the machine has two
cores; timings of parallel runs would mean nothing). Samplers (``*_sample.py``) and the lever study
(``levers_de.py``, slow) are left out: run them by hand.

    python benchmarks/run_all.py [--shared ../shared] [--only NAME ...]
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
SCRIPTS = ("pipelines.py", "accuracy_de.py", "coding_de.py", "eval_gold.py", "eval_gold_de.py", "parallel.py",
           "lexicon_coverage_de.py", "lexicon_coverage_en.py", "actor_gaps_de.py", "location_accuracy.py",
           "actors_resolution.py", "actors_speed.py")
TAKES_SHARED = {"pipelines.py", "accuracy_de.py", "coding_de.py", "eval_gold.py", "location_accuracy.py",
                "lexicon_coverage_de.py", "lexicon_coverage_en.py", "actor_gaps_de.py"}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=HERE.parent.parent / "shared")
    parser.add_argument("--only", nargs="*", default=None, help="script names to run (default: all)")
    args = parser.parse_args()
    failed = []
    for name in SCRIPTS:
        if args.only and name not in args.only:
            continue
        cmd = [sys.executable, str(HERE / name)] + (["--shared", str(args.shared)] if name in TAKES_SHARED else [])
        start = time.perf_counter()
        print(f"== {name}", flush=True)
        code = subprocess.call(cmd, cwd=HERE.parent, stdout=subprocess.DEVNULL)
        print(f"   exit {code} in {time.perf_counter() - start:.0f} s", flush=True)
        if code:
            failed.append(name)
    if failed:
        print(f"failed: {', '.join(failed)}", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
