"""The empty mission workbook, written by the exchange app, as bytes."""

from __future__ import annotations

import io
import tempfile
from pathlib import Path

from convoy.exchange.files import write_template


def template_workbook() -> io.BytesIO:
    with tempfile.TemporaryDirectory(prefix="convoy-template-") as folder:
        path = Path(folder) / "convoy-mission.xlsx"
        write_template(path)
        return io.BytesIO(path.read_bytes())
