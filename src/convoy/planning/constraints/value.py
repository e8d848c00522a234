"""Tier 2: value with diminishing returns per delegation, minus the fairness floor's
shortfall penalty (``fairness_floor``), and the guaranteed floor (hard).

There is no separate worst-off term: the minimum over delegations is 0 as soon as one
delegation cannot be served at all, whatever the solver does; the fairness floor does the
same job per delegation.
"""

from __future__ import annotations

from convoy.planning.constraints import fairness_floor
from convoy.planning.constraints.rule import Rule
from convoy.planning.model import Built, Expr


def _parts(b: Built) -> tuple[dict[str, list[Expr]], dict[str, list[Expr]]]:
    """Per delegation: weighted placement terms, and placement literals (seats included)."""
    weight: dict[str, list[Expr]] = {d.id: [] for d in b.problem.delegations}
    count: dict[str, list[Expr]] = {d.id: [] for d in b.problem.delegations}
    for m in b.problem.meetings:
        for who in m.participants:
            if who in weight:
                weight[who].append(m.weight * b.placed[m.id])
                count[who].append(b.placed[m.id])
    for g in b.problem.group_sessions:
        for i in g.interested:
            seats = [seat for _k, seat in b.seats.get((g.id, i.delegation), [])]
            if i.delegation in weight:
                weight[i.delegation] += [i.weight * s for s in seats]
                count[i.delegation] += seats
    return weight, count


def _curve(b: Built, who: str, parts: list[Expr], span: tuple[int, int]) -> Expr:
    """f(W) for one delegation whose placed weight W lies in ``span``."""
    segments = b.config.returns
    w = sum(parts)
    if len(segments) == 1:
        return segments[0].offset + segments[0].slope * w
    low = min(min(s.offset + s.slope * x for s in segments) for x in span)  # concave: an end
    high = min(s.offset + max(s.slope * x for x in span) for s in segments)
    v = b.model.new_int_var(low, high, f"value[{who}]")
    b.model.add_min_equality(v, [s.offset + s.slope * w for s in segments])  # exact, maximized or not
    return v


def _spans(b: Built) -> dict[str, tuple[int, int]]:
    """The least and the largest placed weight each delegation could reach."""
    weights: dict[str, list[int]] = {d.id: [] for d in b.problem.delegations}
    for m in b.problem.meetings:
        for who in m.participants:
            if who in weights:
                weights[who].append(m.weight)
    for g in b.problem.group_sessions:
        for i in g.interested:
            if i.delegation in weights:
                weights[i.delegation].append(i.weight)
    return {who: (sum(min(0, w) for w in ws), sum(max(0, w) for w in ws)) for who, ws in weights.items()}


def add(b: Built) -> None:
    weight, count = _parts(b)
    spans = _spans(b)
    values = [_curve(b, who, parts, spans[who]) for who, parts in weight.items()]
    served = {who: parts for who, parts in count.items() if parts}
    if b.config.floor > 0:
        for who, parts in served.items():
            need = min(b.config.floor, len(parts))
            enforce = [b.assume(f"floor:{who}")] if b.explain else []
            b.model.add(sum(parts) >= need).only_enforce_if(enforce)
    penalty = fairness_floor.penalty_of(problem=b.problem, config=b.config)
    short = fairness_floor.shortfall(b, counts=served)
    b.terms["value"] = sum(values) - penalty * short
    b.has_value = any(not m.mandatory for m in b.problem.meetings) or bool(b.problem.group_sessions)


RULE = Rule("value", 2, "value", "valor y equidad", "value and fairness", add)
