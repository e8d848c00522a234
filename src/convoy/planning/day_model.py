"""Stage A's model (``relaxation``): a literal per (activity, day) and the seats of group
sessions, with what the days can hold.

Per participant and day, the slots its activities take cannot exceed its free slots
(availability, breaks, forbidden slots, fixed activities, capacity), per session for
meetings restricted to a session; tables per venue and day; meetings per day; days of
precedences in order.  This is a relaxation of the slot model, so its optimum is an
upper bound for the value tier of the whole problem.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Mapping
from functools import partial

from ortools.sat.python import cp_model

from convoy.planning.beside_fixed import participant_loads
from convoy.planning.config import Config
from convoy.planning.constraints import mandatory, value
from convoy.planning.day_moves import Limits
from convoy.planning.model import Built, Expr
from convoy.planning.options import (
    Grid,
    Option,
    build_grid,
    group_options,
    group_venue,
    meeting_options,
    meeting_venue,
    seat_ok,
)
from convoy.planning.problem import Problem
from convoy.planning.sequence import light_presolve


def _room(grid: Grid, who: str, day: str, session: str | None) -> int:
    """Free slot-capacity of ``who`` on ``day`` (in ``session`` when given)."""
    d = grid.days[day]
    person = grid.delegations.get(who) or grid.counterparts.get(who)
    if person is None:
        return 0
    windows = [w for w in person.availability if w.day == day]
    forbidden = {f.slot for f in person.forbidden if f.day == day}
    cap = grid.capacity(who)
    total = 0
    for t in range(d.slots):
        if t in d.breaks or t in forbidden or (person.availability and not any(w.start <= t < w.end for w in windows)):
            continue
        if session is not None and not any(s.name == session and s.start <= t < s.end for s in d.sessions):
            continue
        total += max(0, cap - grid.fixed_load.get((who, day, t), 0))
    return total


def _variables(b: Built, known: Mapping[str, list[Option]] | None = None) -> dict[str, list[Option]]:
    """One literal per (activity, day); slot options kept for the explanations.  ``known``
    holds slot options already computed on a problem with more days (stage A's whole
    model, for a leg's): an activity's options on a day depend on that day alone."""
    known = known or {}
    slot_options: dict[str, list[Option]] = {}

    def day_literals(activity: str, compute: Callable[[], list[Option]]) -> list[str]:
        """The activity's slot options (reused from ``known`` when there) and its days, in
        order, each with a literal."""
        if activity in known:
            slot_options[activity] = [o for o in known[activity] if o[0] in b.grid.days]
        else:
            slot_options[activity] = compute()
        days = sorted({d for d, _s in slot_options[activity]}, key=b.grid.order.__getitem__)
        b.options[activity] = [(d, 0) for d in days]
        b.x[activity] = [b.model.new_bool_var(f"y[{activity},{d}]") for d in days]
        return days

    for m in b.problem.meetings:
        day_literals(m.id, partial(meeting_options, grid=b.grid, meeting=m))
    for g in b.problem.group_sessions:
        days = day_literals(g.id, partial(group_options, grid=b.grid, group=g))
        venue = group_venue(grid=b.grid, group=g)
        for i in g.interested:
            seats = []
            for k, d in enumerate(days):
                if any(
                    seat_ok(grid=b.grid, delegation=i.delegation, option=o, duration=g.duration, venue=venue)
                    for o in slot_options[g.id]
                    if o[0] == d
                ):
                    seat = b.model.new_bool_var(f"z[{g.id},{i.delegation},{d}]")
                    b.model.add_implication(seat, b.x[g.id][k])
                    seats.append((k, seat))
            b.seats[(g.id, i.delegation)] = seats
        for k, lit in enumerate(b.x[g.id]):
            here = [s for i in g.interested for j, s in b.seats[(g.id, i.delegation)] if j == k]
            b.model.add(sum(here) <= g.seats * lit)
            b.model.add(sum(here) >= lit)
    for activity, lits in b.x.items():
        b.model.add_at_most_one(lits)
        b.placed[activity] = sum(lits)
    return slot_options


def _loads(b: Built) -> tuple[Expr, Limits]:
    """Add the per-day capacities; return the peak table use in percent (to balance days)
    and the capacities as numbers (for the quick moves, ``day_moves.py``)."""
    load, _most = participant_loads(b)
    per_session: dict[tuple[str, str, str], list[Expr]] = defaultdict(list)
    count: dict[tuple[str, str], list[Expr]] = defaultdict(list)
    tables: dict[tuple[str, str], list[Expr]] = defaultdict(list)
    for m in b.problem.meetings:
        venue = meeting_venue(grid=b.grid, meeting=m)
        for (d, _s), lit in zip(b.options[m.id], b.x[m.id], strict=True):
            for who in m.participants:
                count[(who, d)].append(lit)
                if m.session != "any":
                    per_session[(who, d, m.session)].append(m.duration * lit)
            if venue is not None:
                tables[(venue, d)].append(m.duration * lit)
    for g in b.problem.group_sessions:
        for (d, _s), lit in zip(b.options[g.id], b.x[g.id], strict=True):
            count[(g.host, d)].append(lit)
    limits = Limits(
        room={key: _room(b.grid, key[0], key[1], None) for key in load},
        session_room={key: _room(b.grid, *key) for key in per_session},
        per_day={c.id: c.max_per_day for c in b.problem.counterparts if c.max_per_day is not None},
        tables={},
    )
    for pair, slots in load.items():
        b.model.add(slots <= limits.room[pair])
    for triple, parts in per_session.items():
        b.model.add(sum(parts) <= limits.session_room[triple])
    for (who, _d), lits in count.items():
        if who in limits.per_day:
            b.model.add(sum(lits) <= limits.per_day[who])
    per_venue = {v.id: v.tables for v in b.problem.venues}
    peak = b.model.new_int_var(0, 100, "peak_table_use")
    for (venue, d), parts in tables.items():
        limit = per_venue.get(venue)
        if limit is not None:
            usable = limits.tables[(venue, d)] = limit * (b.grid.days[d].slots - len(b.grid.days[d].breaks))
            b.model.add(sum(parts) <= usable)
            b.model.add(100 * sum(parts) <= peak * usable)
    return peak, limits


def _order(b: Built) -> None:
    for rule in b.problem.precedences:
        if rule.before in b.x and rule.after in b.x:
            day = {
                m: sum(b.grid.order[d] * lit for (d, _s), lit in zip(b.options[m], b.x[m], strict=True))
                for m in (rule.before, rule.after)
            }
            both = b.model.new_bool_var(f"both[{rule.before},{rule.after}]")
            b.model.add(both >= b.placed[rule.before] + b.placed[rule.after] - 1)
            b.model.add(day[rule.after] >= day[rule.before]).only_enforce_if(both)


def relaxation(
    problem: Problem, config: Config, *, known: Mapping[str, list[Option]] | None = None
) -> tuple[Built, dict[str, list[Option]], Expr, Limits]:
    """Stage A's model without an objective: a literal per (activity, day), the per-day
    capacities, the days of precedences, the mandatory and value rules; with the slot
    options of each activity (those in ``known`` reused), the peak table use and the
    capacities as numbers."""
    b = Built(problem=problem, config=config, grid=build_grid(problem))
    slot_options = _variables(b, known)
    peak, limits = _loads(b)
    _order(b)
    mandatory.RULE.add(b)
    value.RULE.add(b)
    return b, slot_options, peak, limits


def stage_solver(config: Config, seconds: float) -> cp_model.CpSolver:
    solver = cp_model.CpSolver()
    solver.parameters.num_workers = config.workers
    solver.parameters.max_time_in_seconds = max(0.1, seconds)
    solver.parameters.random_seed = config.seed
    for name in ("max_lp", "default_lp")[: max(1, config.workers)]:
        solver.parameters.subsolvers.append(name)
    light_presolve(solver)  # stage A's whole model: first bound after 0.8 s instead of 1.3-1.6 s (slow machine)
    return solver


def plan_of(b: Built, solver: cp_model.CpSolver) -> tuple[dict[str, str], dict[str, tuple[str, ...]]]:
    """The day of every placed activity, and who sits in each group session."""
    day_of = {
        a: d
        for a, opts in b.options.items()
        for (d, _s), lit in zip(opts, b.x[a], strict=True)
        if solver.boolean_value(lit)
    }
    seated = {
        g.id: tuple(
            i.delegation
            for i in g.interested
            if any(solver.boolean_value(s) for _k, s in b.seats[(g.id, i.delegation)])
        )
        for g in b.problem.group_sessions
        if g.id in day_of
    }
    return day_of, seated
