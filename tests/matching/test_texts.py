from __future__ import annotations

import pytest

from convoy.matching.parts import PartName
from convoy.matching.texts import score_text, text_value


def test_value_discounts_the_floor_of_unrelated_texts() -> None:
    assert [text_value(c) for c in (-0.3, 0.0, 0.2, 0.6, 1.0, 1.2)] == pytest.approx([0.0, 0.0, 0.0, 0.5, 1.0, 1.0])


def test_similar_descriptions_show_the_cosine() -> None:
    part = score_text(cosine=0.81, weight=0.3)
    assert part.name is PartName.TEXT
    assert part.value == pytest.approx(0.7625)
    assert part.explanation.es == "descripciones afines (0.81)"
    assert part.explanation.en == "similar descriptions (0.81)"


def test_somewhat_similar_and_unrelated() -> None:
    assert score_text(cosine=0.35, weight=1).explanation.en == ("somewhat similar descriptions (0.35)")
    unrelated = score_text(cosine=0.15, weight=1)
    assert (unrelated.value, unrelated.explanation.es) == (0.0, "")
