"""Give each participant's activities a lane (track) below its capacity.

Greedy colouring of intervals by start time uses no more lanes than the peak load, so
any agenda that respects capacities gets valid lanes.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace

from convoy.planning.options import Grid
from convoy.planning.result import Placement


def assign_tracks(*, grid: Grid, placements: list[Placement]) -> list[Placement]:
    ordered = sorted(placements, key=lambda p: (grid.order.get(p.day, 0), p.start, p.id))
    busy_until: dict[tuple[str, str], list[int]] = defaultdict(list)
    lanes: dict[str, list[int]] = {}
    for p in ordered:
        mine = []
        for who in p.participants:
            ends = busy_until[(who, p.day)]
            lane = next((i for i, end in enumerate(ends) if end <= p.start), len(ends))
            if lane == len(ends):
                ends.append(0)
            ends[lane] = p.start + p.duration
            mine.append(lane)
        lanes[p.id] = mine
    return [replace(p, tracks=tuple(lanes[p.id])) for p in placements]
