"""Axis part: the delegation and the counterpart work on a common axis of the mission."""

from __future__ import annotations

from convoy.matching.messages import Message, axis_label
from convoy.matching.model import Profile
from convoy.matching.parts import SILENT, PartName, ScorePart


def shared_axes(*, delegation: Profile, counterpart: Profile) -> tuple[str, ...]:
    theirs = set(counterpart.axes)
    return tuple(a for a in delegation.axes if a in theirs)


def score_axis(*, delegation: Profile, counterpart: Profile, weight: float) -> ScorePart:
    """1.0 when at least one axis is shared, else 0."""
    shared = shared_axes(delegation=delegation, counterpart=counterpart)
    if not shared:
        return ScorePart(name=PartName.AXIS, value=0.0, weight=weight, explanation=SILENT)
    labels = [axis_label(a) for a in shared]
    es_noun, en_noun = (
        ("mismo eje", "same axis")
        if len(shared) == 1
        else (
            "ejes comunes",
            "shared axes",
        )
    )
    explanation = Message(
        es=f"{es_noun}: {', '.join(label.es for label in labels)}",
        en=f"{en_noun}: {', '.join(label.en for label in labels)}",
    )
    return ScorePart(name=PartName.AXIS, value=1.0, weight=weight, explanation=explanation)
