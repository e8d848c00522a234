"""A participant's own best layout on the Kempe annealing's arrays: where its movable
meetings would sit if its partners did not matter, with the fewest breaks and, among those,
the fewest meetings moved.  ``kempe_fast.FastKempe.kick`` takes a participant there.

The model (CP-SAT, small: a participant's meetings times the slots they may take): each
movable meeting of w in exactly one of its allowed slots that w's pinned meetings and fixed
activities leave free, at most one meeting per slot, a run starting at every busy slot
whose predecessor in its group (``near``, pauses skipped) is free, breaks per group its runs
less one.  Tables, partners and meetings per day are left out: they are the annealing's
to settle once the participant is held where its layout puts it.
"""

from __future__ import annotations

from ortools.sat.python import cp_model

from convoy.planning import kempe_kernel as k

SPREAD = 1000  # a break weighs more than every meeting moved together


def own_layout(s: k.Arrays, w: int, *, seconds: float = 2.0) -> tuple[dict[int, int], int] | None:
    """Meeting -> slot for w's movable meetings, and the breaks of that layout; None when
    the model finds none within ``seconds``."""
    n_slots = s.group.shape[0]
    mine = [int(m) for m in s.busy[w] if m >= 0 and s.movable[m]]
    held = {t for t in range(n_slots) if s.busy[w, t] == k.FIXED or (s.busy[w, t] >= 0 and not s.movable[s.busy[w, t]])}
    model = cp_model.CpModel()
    free = [t for t in range(n_slots) if t not in held]
    x = {(m, t): model.new_bool_var(f"x{m}_{t}") for m in mine for t in free if s.allowed[m, t]}
    for m in mine:
        model.add_exactly_one(x[m, t] for t in range(n_slots) if (m, t) in x)
    busy: list[cp_model.IntVar | int] = []
    for t in range(n_slots):
        here = [x[m, t] for m in mine if (m, t) in x]
        if t in held:
            busy.append(1)
        elif here:
            b = model.new_bool_var(f"b{t}")
            model.add(sum(here) == b)
            busy.append(b)
        else:
            busy.append(0)
    breaks = []
    for g in range(int(s.runs.shape[1])):
        starts = []
        for t in range(n_slots):
            if s.group[t] != g:
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
    stay = [x[m, int(s.at[m])] for m in mine if (m, int(s.at[m])) in x]
    model.minimize(SPREAD * sum(breaks) + len(stay) - sum(stay))
    solver = cp_model.CpSolver()
    solver.parameters.max_time_in_seconds = seconds
    solver.parameters.num_workers = 1
    if solver.solve(model) not in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        return None
    layout = {m: t for (m, t), v in x.items() if solver.boolean_value(v)}
    return layout, round(solver.objective_value) // SPREAD
