"""The Python examples of docs/explanation/matchmaking.md run as written."""

from __future__ import annotations

import contextlib
import io
import re
from pathlib import Path

DOC = Path(__file__).resolve().parents[2] / "docs" / "explanation" / "matchmaking.md"


def test_examples_in_the_explanation_run() -> None:
    blocks = re.findall(r"```python\n(.*?)```", DOC.read_text(encoding="utf-8"), flags=re.S)
    assert len(blocks) == 1
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):
        exec(compile(blocks[0], str(DOC), "exec"), {})
    assert printed.getvalue().startswith("Candidate meetings per delegation: minimum 1, median 1;")
