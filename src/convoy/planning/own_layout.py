"""A participant's own best layout on the Kempe annealing's arrays: where its movable
meetings would sit if its partners did not matter, with the fewest breaks and, among those,
the fewest meetings moved.  ``kempe_fast.FastKempe.kick`` takes a participant there.

The model (CP-SAT, small): w's movable meetings fall into *classes* of meetings with the
same allowed slots, which are interchangeable to w alone; a class of n meetings takes n of
its allowed slots that w's pinned meetings and fixed activities leave free, at most one
class per slot, a run starting at every busy slot whose predecessor in its group (``near``,
pauses skipped) is free, breaks per group its runs less one.  Each class's meetings then
fill its slots, those already in one staying.  Tables, partners and meetings per day are
left out: they are the annealing's to settle once the participant is held where its layout
puts it.

It is solved twice: first the fewest breaks (the participant's own least from
``lower_bound.py`` stated as a floor, so reaching it proves it), then, with no more breaks,
the fewest meetings moved, for at most a quarter of the time, the first answer kept if
the second finds none.  One variable per meeting and slot and both aims in one objective
(the first version) left CP-SAT unable to tell apart layouts that differ only by which of
two like meetings goes where: on an agenda of brokerage seed 2, participants of 21-63
meetings took 10-60 s, or came back 1-2 breaks over their best or with none at the kick's
2 s.  By class and in two steps the fewest breaks take under a tenth of a second for them
(b906, 42 meetings, 0.07 s; b16, 63 meetings, 0.08 s), and all 1,000 layouts of that agenda
(and of one of seed 3) equal their participants' own least (``docs/explanation/optimizer.md``).
"""

from __future__ import annotations

import time

from ortools.sat.python import cp_model

from convoy.planning import kempe_kernel as k


def movable_of(s: k.Arrays, w: int) -> list[int]:
    """w's meetings that may move (not pinned, not held by a kick), in slot order."""
    return [int(m) for m in s.busy[w] if m >= 0 and s.movable[m]]


def own_layout(s: k.Arrays, w: int, *, seconds: float = 2.0) -> tuple[dict[int, int], int] | None:
    """Meeting -> slot for w's movable meetings, and the breaks of that layout; None when
    the model finds none within ``seconds``."""
    n_slots = s.group.shape[0]
    mine = movable_of(s, w)
    held = {t for t in range(n_slots) if s.busy[w, t] == k.FIXED or (s.busy[w, t] >= 0 and not s.movable[s.busy[w, t]])}
    classes: dict[tuple[int, ...], list[int]] = {}
    for m in mine:
        slots = tuple(t for t in range(n_slots) if s.allowed[m, t] and t not in held)
        classes.setdefault(slots, []).append(m)
    model = cp_model.CpModel()
    y = {(c, t): model.new_bool_var(f"y{c}_{t}") for c, slots in enumerate(classes) for t in slots}
    for c, (slots, members) in enumerate(classes.items()):
        model.add(sum(y[c, t] for t in slots) == len(members))
    at_slot: dict[int, list[cp_model.IntVar]] = {}
    for (_, t), v in y.items():
        at_slot.setdefault(t, []).append(v)
    busy: list[cp_model.LinearExpr | int] = []
    for t in range(n_slots):
        here = at_slot.get(t, [])
        if t in held:
            busy.append(1)
        elif here:
            model.add_at_most_one(here)
            busy.append(sum(here))
        else:
            busy.append(0)
    breaks = []
    for g in range(int(s.runs.shape[1])):
        starts: list[cp_model.IntVar] = []
        for t in range(n_slots):
            if s.group[t] != g or (isinstance(busy[t], int) and busy[t] == 0):
                continue
            before = [int(n) for n in s.near[t] if 0 <= n < t]
            prev = busy[before[0]] if before else 0
            start = model.new_bool_var(f"s{t}")
            model.add(start >= busy[t] - prev)  # busy here, free before: a run starts
            starts.append(start)
        if starts:
            gap = model.new_int_var(0, len(starts), f"g{g}")
            model.add(gap >= sum(starts) - 1)
            breaks.append(gap)
    stay = [y[c, int(s.at[m])] for c, members in enumerate(classes.values()) for m in members if (c, int(s.at[m])) in y]
    solver = cp_model.CpSolver()
    solver.parameters.num_workers = 1
    began = time.perf_counter()
    model.add(sum(breaks) >= int(s.own[w]))  # its lower bound (``lower_bound.py``): proves it at once
    model.minimize(sum(breaks))  # first the fewest breaks: fast, where both at once are not
    solver.parameters.max_time_in_seconds = seconds
    if solver.solve(model) not in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        return None
    least = round(solver.objective_value)
    chosen = {key for key, v in y.items() if solver.boolean_value(v)}
    model.add(sum(breaks) <= least)  # then, with as few, the fewest moved
    for key, v in y.items():
        model.add_hint(v, key in chosen)
    model.minimize(len(stay) - sum(stay))
    solver.parameters.max_time_in_seconds = max(min(seconds - (time.perf_counter() - began), seconds / 4), 0.05)
    if solver.solve(model) in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        chosen = {key for key, v in y.items() if solver.boolean_value(v)}
    layout: dict[int, int] = {}
    for c, members in enumerate(classes.values()):
        mine_now = {t for d, t in chosen if d == c}
        moving = []
        for m in members:
            if int(s.at[m]) in mine_now:
                layout[m] = int(s.at[m])
                mine_now.discard(int(s.at[m]))
            else:
                moving.append(m)
        layout.update(zip(moving, sorted(mine_now), strict=True))
    return layout, least
