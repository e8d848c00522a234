"""Write a mapping as JSON with one entry per line, so that data changes diff cleanly."""

from __future__ import annotations

import json
from pathlib import Path


def write_rows(*, path: Path, rows: dict[str, object]) -> None:
    lines = [
        f"{json.dumps(key)}: {json.dumps(value, ensure_ascii=False)}" for key, value in rows.items()
    ]
    path.write_text("{\n" + ",\n".join(lines) + "\n}\n", encoding="utf-8")
