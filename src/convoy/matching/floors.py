"""The floor phase: every delegation gets its share of candidate meetings before extras.

A min-cost max-flow (OR-Tools) assigns floor units: source → delegation (one arc per unit,
the k-th unit of a delegation costing k × LEVEL, so units spread across delegations before
anyone gets a second one) → counterpart (an arc per eligible option, cheaper for requested
and better-scored pairs) → sink (the counterpart's remaining capacity). Because the flow is
maximum, the floors are all met whenever some allocation can meet them.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from ortools.graph.python import min_cost_flow

from convoy.matching.options import Option

LEVEL = 10**8
TIER = 10**6
WEIGHT_SCALE = 1000


def pair_cost(option: Option) -> int:
    """Lower is preferred: requests by tier, then higher scores (all costs positive)."""
    preference = option.request_tier() * TIER + min(round(option.weight * WEIGHT_SCALE), TIER - 1)
    return 10 * TIER - preference


def assign_floors(
    *,
    options: Mapping[str, Sequence[Option]],
    held: Mapping[str, int],
    demand: Mapping[str, int],
    room: Mapping[str, int],
) -> list[Option]:
    """Options chosen to raise each delegation towards its floor.

    `held` counts meetings a delegation already has, `demand` how many more units it should
    get, `room` the remaining capacity of each counterpart.
    """
    flow = min_cost_flow.SimpleMinCostFlow()
    delegations = [d for d in options if demand.get(d, 0) > 0 and options[d]]
    counterparts = sorted({o.counterpart for d in delegations for o in options[d]})
    source, sink = 0, 1
    d_node = {d: 2 + i for i, d in enumerate(delegations)}
    c_node = {c: 2 + len(delegations) + i for i, c in enumerate(counterparts)}
    arcs: list[tuple[int, Option]] = []
    for delegation in delegations:
        for unit in range(demand[delegation]):
            cost = (held.get(delegation, 0) + unit) * LEVEL
            flow.add_arc_with_capacity_and_unit_cost(source, d_node[delegation], 1, cost)
        for option in options[delegation]:
            arc = flow.add_arc_with_capacity_and_unit_cost(
                d_node[delegation], c_node[option.counterpart], 1, pair_cost(option)
            )
            arcs.append((arc, option))
    for counterpart in counterparts:
        flow.add_arc_with_capacity_and_unit_cost(c_node[counterpart], sink, room[counterpart], 0)
    total = sum(demand[d] for d in delegations)
    if total == 0:
        return []
    flow.set_node_supply(source, total)
    flow.set_node_supply(sink, -total)
    status = flow.solve_max_flow_with_min_cost()
    if status != flow.OPTIMAL:
        raise RuntimeError(f"min-cost flow failed with status {status}")
    return [option for arc, option in arcs if flow.flow(arc) > 0]
