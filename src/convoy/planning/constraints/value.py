"""Tier 2: value with diminishing returns per delegation, the worst-off delegation, and
the guaranteed floor (hard)."""

from __future__ import annotations

from convoy.planning.constraints.rule import Rule
from convoy.planning.model import Built, Expr


def add(b: Built) -> None:
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
    segments = b.config.returns
    values: list[Expr] = []
    for who, parts in weight.items():
        w = sum(parts)
        if len(segments) == 1:
            values.append(segments[0].offset + segments[0].slope * w)
            continue
        top = sum(abs(s.offset) + abs(s.slope) for s in segments) * (1 + len(parts)) * 100
        v = b.model.new_int_var(-top, top, f"value[{who}]")
        for s in segments:
            b.model.add(v <= s.offset + s.slope * w)
        values.append(v)
    served = {who: parts for who, parts in count.items() if parts}
    worst: Expr = 0
    if served and b.config.worst_off_weight:
        worst = b.model.new_int_var(0, max(len(p) for p in served.values()), "worst_off")
        for parts in served.values():
            b.model.add(worst <= sum(parts))
    if b.config.floor > 0:
        for who, parts in served.items():
            need = min(b.config.floor, len(parts))
            enforce = [b.assume(f"floor:{who}")] if b.explain else []
            b.model.add(sum(parts) >= need).only_enforce_if(enforce)
    b.terms["value"] = sum(values) + b.config.worst_off_weight * worst
    b.has_value = any(not m.mandatory for m in b.problem.meetings) or bool(b.problem.group_sessions)


RULE = Rule("value", 2, "value", "valor y equidad", "value and fairness", add)
