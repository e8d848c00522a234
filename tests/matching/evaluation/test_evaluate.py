from __future__ import annotations

from convoy.matching.embeddings import TextEncoder
from convoy.matching.evaluation.evaluate import evaluate


def test_full_score_beats_sector_only_and_text_only(encoder: TextEncoder) -> None:
    sector, text, full = evaluate(encoder=encoder)
    assert (sector.scorer, text.scorer, full.scorer) == ("sector only", "text only", "full score")
    assert full.precision_at_3 > max(sector.precision_at_3, text.precision_at_3)
    assert full.ndcg_at_5 > max(sector.ndcg_at_5, text.ndcg_at_5)
