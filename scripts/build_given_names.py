"""Build newsdigest/data/given_names_world.tsv from the name data of nomquamgender.

nomquamgender (MIT licence, (c) 2022 Ian Van Buskirk; https://pypi.org/project/nomquamgender/)
ships ``name_data.json``: for each given name (lower case, accents removed) the number of
sources, the number of people counted and p(gf), the share of them gendered female. We keep
the names that many sources and many people share, with their gender where it is clear.
The package itself is not a dependency: it loads pandas and a 22 MB file on import.

usage: python scripts/build_given_names.py PATH/TO/name_data.json
(get the file with ``pip download nomquamgender==0.1.4 --no-deps`` and unzip the wheel)
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "newsdigest" / "data" / "given_names_world.tsv"
MIN_SOURCES = 10  # countries/datasets that list the name
MIN_COUNT = 300  # people counted with it
CLEAR = 0.1  # p(gf) <= 0.1 is male, >= 0.9 female, anything between is unclear ("-")

HEADER = """\
# Given names of the world with their usual gender, derived from nomquamgender 0.1.4
# (MIT licence, (c) 2022 Ian Van Buskirk) by scripts/build_given_names.py: names listed by at
# least {s} sources for at least {c} people; gender m or f where at least 90% of them share it,
# "-" otherwise. Keys are lower case without accents (as newsdigest's fold()).
# Used only as weak evidence: a capitalised pair starting with one of these is a person's name
# when its context says so too (a pronoun that agrees, a feature story's introduction).
"""


def main(path: str) -> int:
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    rows = []
    for name, val in data.items():
        sources, count, pgf = val[0], val[1], val[2]
        if not re.fullmatch(r"[a-z]+(?:-[a-z]+)?", name) or len(name) < 2:
            continue
        if sources < MIN_SOURCES or count < MIN_COUNT:
            continue
        gender = "f" if pgf >= 1 - CLEAR else "m" if pgf <= CLEAR else "-"
        rows.append(f"{name}\t{gender}")
    rows.sort()
    OUT.write_text(HEADER.format(s=MIN_SOURCES, c=MIN_COUNT) + "\n".join(rows) + "\n", encoding="utf-8")
    print(f"{len(rows)} names -> {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
