"""The outcomes file shown in docs/how-to/outcomes-and-reports.md imports as written."""

from __future__ import annotations

import json
import re
from pathlib import Path

from convoy.outcomes.importer.files import import_document
from convoy.outcomes.models import Conversion
from convoy.outcomes.services.money import Policy

DOC = Path(__file__).resolve().parents[2] / "docs" / "how-to" / "outcomes-and-reports.md"


def test_the_example_document_imports_into_the_samples(samples: None) -> None:
    blocks = re.findall(r"```json\n(.*?)```", DOC.read_text(encoding="utf-8"), flags=re.S)
    assert len(blocks) == 1
    summary = import_document(document=json.loads(blocks[0]), policy=Policy())
    assert (summary.mission, summary.outcomes_created, summary.figures, summary.conversions) == (
        "aguascalientes-japan",
        1,
        2,
        2,
    )
    usd = Conversion.objects.get(figure__outcome__key="unipres-press-line", currency="USD")
    assert usd.rate_date.isoformat() == "2019-12-06"
