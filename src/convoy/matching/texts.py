"""Text part: similarity of the two profiles' descriptions, across Spanish and English.

The similarity is the cosine of the two profile embeddings (see `embeddings`). Unrelated
descriptions still score around 0.1–0.2 with the multilingual encoder, so the value
discounts a floor: value = clip((cosine − 0.2) / 0.8, 0, 1). The explanation shows the
cosine itself, as the user would compare it.
"""

from __future__ import annotations

from convoy.matching.messages import Message
from convoy.matching.parts import SILENT, PartName, ScorePart

FLOOR = 0.2
AFFINE = 0.5


def text_value(cosine: float) -> float:
    return min(max((cosine - FLOOR) / (1.0 - FLOOR), 0.0), 1.0)


def score_text(*, cosine: float, weight: float) -> ScorePart:
    value = text_value(cosine)
    if value == 0.0:
        return ScorePart(name=PartName.TEXT, value=0.0, weight=weight, explanation=SILENT)
    shown = f"{cosine:.2f}"
    explanation = (
        Message(f"descripciones afines ({shown})", f"similar descriptions ({shown})")
        if cosine >= AFFINE
        else Message(f"descripciones algo afines ({shown})", f"somewhat similar descriptions ({shown})")
    )
    return ScorePart(name=PartName.TEXT, value=value, weight=weight, explanation=explanation)
