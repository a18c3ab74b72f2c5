"""Build the packaged CAMEO → PLOVER code table from the shared ontology files.

Run ``python -m newsgraph.coding.ontology_build --shared ../shared`` to regenerate
``newsgraph/coding/data/cameo.tsv``.  The table joins CAMEO2PLOVER-2021 (PLOVER
type, mode and context per CAMEO code) with the Goldstein scale published with
the CAMEO codebook, and adds the CAMEO quad class of each code's root.

CAMEO's 02x appeals are dropped by PLOVER, which folds them into REQUEST together with the 10x
demands (PLOVER manual, table of CAMEO categories). CAMEO's 02 sub-codes mirror the 10 sub-codes
one to one (021 "appeal for material cooperation" / 101 "demand material cooperation", ...), so
each 02x code is added with the PLOVER type, mode and context of its 10x twin and its own
Goldstein score: the coder can then say "urged" (appeal, 02x) and "demanded" (10x) as CAMEO does,
and both are a PLOVER REQUEST.
"""

from __future__ import annotations

import argparse
import csv
import re
from pathlib import Path

from newsgraph.coding.ontology import DATA_FILE, quad_class

_LINE = re.compile(r"^(?P<code>\d{2,4}):\s*(?P<body>[^#]*)(?:#\s*(?P<desc>.*))?$")


def parse_cameo2plover(path: Path) -> list[dict[str, str]]:
    """Rows ``{cameo, event_type, mode, context, description}`` from CAMEO2PLOVER."""
    rows: list[dict[str, str]] = []
    seen: set[str] = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        m = _LINE.match(line.strip())
        if not m or m["code"] in seen:
            continue
        parts = [p.strip() for p in m["body"].split(",")]
        parts += [""] * (3 - len(parts))
        seen.add(m["code"])
        rows.append(
            {
                "cameo": m["code"],
                "event_type": parts[0],
                "mode": parts[1],
                "context": parts[2].replace(" ", ""),
                "description": (m["desc"] or "").strip(),
            }
        )
    return rows


def parse_goldstein(path: Path) -> dict[str, str]:
    table: dict[str, str] = {}
    with path.open(encoding="utf-8") as fh:
        for row in csv.reader(fh, delimiter="\t"):
            if len(row) >= 2 and row[0].strip().isdigit():
                table[row[0].strip()] = row[1].strip()
    return table


def appeal_rows(rows: list[dict[str, str]], goldstein: dict[str, str]) -> list[dict[str, str]]:
    """A 02x appeal row for every CAMEO code of the Goldstein table under 02 whose 10x twin has a PLOVER row."""
    by_code = {r["cameo"]: r for r in rows}
    out = []
    for code in sorted(c for c in goldstein if c.startswith("02")):
        twin = by_code.get("10" + code[2:])
        if twin is not None and code not in by_code:
            out.append({**twin, "cameo": code, "description": "Appeal (CAMEO 02, mirrors " + twin["cameo"] + ")"
                        + (": " + twin["description"] if twin["description"] else "")})
    return out


def build(shared: Path, out: Path = DATA_FILE) -> int:
    onto = shared / "data" / "ontology"
    rows = parse_cameo2plover(onto / "CAMEO2PLOVER-2021.txt")
    gold = parse_goldstein(onto / "CAMEO.goldsteinscale.txt")
    rows += appeal_rows(rows, gold)
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8", newline="") as fh:
        fh.write("# Derived from CAMEO2PLOVER-2021.txt (CC BY-SA 4.0, openeventdata/PLOVER) and\n")
        fh.write("# CAMEO.goldsteinscale.txt (GDELT CAMEO documentation). Regenerate with\n")
        fh.write("# python -m newsgraph.coding.ontology_build --shared ../shared\n")
        fh.write("# 02x appeal rows: PLOVER type/mode/context of their 10x twin (see ontology_build.py)\n")
        writer = csv.writer(fh, delimiter="\t", lineterminator="\n")
        writer.writerow(["cameo", "event_type", "mode", "context", "goldstein", "quad_class", "description"])
        for r in rows:
            g = gold.get(r["cameo"]) or gold.get(r["cameo"][:3]) or gold.get(r["cameo"][:2]) or ""
            writer.writerow(
                [r["cameo"], r["event_type"], r["mode"], r["context"], g, quad_class(r["cameo"]), r["description"]]
            )
    return len(rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--shared", type=Path, default=Path("../shared"))
    args = parser.parse_args()
    print(f"wrote {build(args.shared)} CAMEO codes to {DATA_FILE}")


if __name__ == "__main__":
    main()
