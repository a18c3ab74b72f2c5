"""Build the packaged CAMEO → PLOVER code table from the shared ontology files.

Run ``python -m newsgraph.coding.ontology_build --shared ../shared`` to regenerate
``newsgraph/coding/data/cameo.tsv``.  The table joins CAMEO2PLOVER-2021 (PLOVER
type, mode and context per CAMEO code) with the Goldstein scale published with
the CAMEO codebook, and adds the CAMEO quad class of each code's root.
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


def build(shared: Path, out: Path = DATA_FILE) -> int:
    onto = shared / "data" / "ontology"
    rows = parse_cameo2plover(onto / "CAMEO2PLOVER-2021.txt")
    gold = parse_goldstein(onto / "CAMEO.goldsteinscale.txt")
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8", newline="") as fh:
        fh.write("# Derived from CAMEO2PLOVER-2021.txt (CC BY-SA 4.0, openeventdata/PLOVER) and\n")
        fh.write("# CAMEO.goldsteinscale.txt (GDELT CAMEO documentation). Regenerate with\n")
        fh.write("# python -m newsgraph.coding.ontology_build --shared ../shared\n")
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
