"""Request and priority parts: what the participants explicitly asked for.

A mutual request (both sides asked) is worth 1.0, a one-sided request 0.5. The priority part
takes the highest priority among the pair's requests: must 1.0, high 0.6, normal 0.2.
"""

from __future__ import annotations

from convoy.matching.messages import Message
from convoy.matching.model import PairRequests, Priority
from convoy.matching.parts import SILENT, PartName, ScorePart

MUTUAL = 1.0
ONE_SIDED = 0.5

PRIORITY_VALUES: dict[Priority, float] = {
    Priority.MUST: 1.0,
    Priority.HIGH: 0.6,
    Priority.NORMAL: 0.2,
}

PRIORITY_LABELS: dict[Priority, Message] = {
    Priority.MUST: Message("prioridad indispensable", "must-meet priority"),
    Priority.HIGH: Message("prioridad alta", "high priority"),
    Priority.NORMAL: Message("prioridad normal", "normal priority"),
}


def request_value(requests: PairRequests) -> float:
    if requests.mutual:
        return MUTUAL
    return ONE_SIDED if requests.any else 0.0


def score_request(*, requests: PairRequests, weight: float) -> ScorePart:
    value = request_value(requests)
    if requests.mutual:
        explanation = Message("ambas partes pidieron reunirse", "both sides asked to meet")
    elif requests.by_delegation is not None:
        explanation = Message("la delegación pidió la reunión", "the delegation asked for the meeting")
    elif requests.by_counterpart is not None:
        explanation = Message("la contraparte pidió la reunión", "the counterpart asked for the meeting")
    else:
        explanation = SILENT
    return ScorePart(name=PartName.REQUEST, value=value, weight=weight, explanation=explanation)


def score_priority(*, requests: PairRequests, weight: float) -> ScorePart:
    priority = requests.top_priority()
    if priority is None:
        return ScorePart(name=PartName.PRIORITY, value=0.0, weight=weight, explanation=SILENT)
    return ScorePart(
        name=PartName.PRIORITY,
        value=PRIORITY_VALUES[priority],
        weight=weight,
        explanation=PRIORITY_LABELS[priority],
    )
