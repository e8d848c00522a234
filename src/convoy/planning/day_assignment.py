"""Stage A of the decomposition by day: which activities happen on which day, and who
sits in each group session, maximizing the value tier on an aggregated model.

Per participant and day, the slots its activities take cannot exceed its free slots
(availability, breaks, forbidden slots, fixed activities, capacity), per session for
meetings restricted to a session; tables per venue and day; meetings per day; days of
precedences in order.  This is a relaxation of the slot model, so its optimum is an
upper bound for the value tier of the whole problem.
"""

from __future__ import annotations

import math
import time
from collections import defaultdict

from ortools.sat.python import cp_model

from convoy.planning.beside_fixed import participant_loads
from convoy.planning.config import Config
from convoy.planning.constraints import mandatory, value
from convoy.planning.day_bound import compactness_terms, day_shapes
from convoy.planning.day_moves import Limits, better_days
from convoy.planning.day_plan import DayPlan, days_problem
from convoy.planning.model import Built, Expr
from convoy.planning.options import Grid, Option, build_grid, group_options, meeting_options, meeting_venue, seat_ok
from convoy.planning.problem import Problem


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


def _variables(b: Built) -> dict[str, list[Option]]:
    """One literal per (activity, day); slot options kept for the explanations."""
    slot_options: dict[str, list[Option]] = {}
    for m in b.problem.meetings:
        slot_options[m.id] = meeting_options(grid=b.grid, meeting=m)
        days = sorted({d for d, _s in slot_options[m.id]}, key=b.grid.order.__getitem__)
        b.options[m.id] = [(d, 0) for d in days]
        b.x[m.id] = [b.model.new_bool_var(f"y[{m.id},{d}]") for d in days]
    for g in b.problem.group_sessions:
        slot_options[g.id] = group_options(grid=b.grid, group=g)
        days = sorted({d for d, _s in slot_options[g.id]}, key=b.grid.order.__getitem__)
        b.options[g.id] = [(d, 0) for d in days]
        b.x[g.id] = [b.model.new_bool_var(f"y[{g.id},{d}]") for d in days]
        for i in g.interested:
            seats = []
            for k, d in enumerate(days):
                if any(
                    seat_ok(grid=b.grid, delegation=i.delegation, option=o, duration=g.duration)
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


# Share of stage A's second phase for the legs one by one (``_by_leg``): a convoy's legs each
# reach their least terms in about a second, where the whole model took 4-10 s to find as
# good a plan; the rest of the time goes to the whole model, which proves the bound.
LEGS = 0.6


def _solver(config: Config, seconds: float) -> cp_model.CpSolver:
    solver = cp_model.CpSolver()
    solver.parameters.num_workers = config.workers
    solver.parameters.max_time_in_seconds = max(0.1, seconds)
    solver.parameters.random_seed = config.seed
    for name in ("max_lp", "default_lp")[: max(1, config.workers)]:
        solver.parameters.subsolvers.append(name)
    return solver


def _plan_of(b: Built, solver: cp_model.CpSolver) -> tuple[dict[str, str], dict[str, tuple[str, ...]]]:
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


def _compactness_bound(
    b: Built, first: cp_model.CpSolver, value: int, *, limits: Limits, starts: dict[str, list[Option]], seconds: float
) -> tuple[dict[str, str], dict[str, tuple[str, ...]], int | None, int | None]:
    """Second objective, value kept: a lower bound on the compactness tier of the day
    schedules (breaks + ``venue_change_weight`` x venue changes), valid for every agenda of
    this value, since stage A is a relaxation (``day_bound.py`` says what it counts); the
    plan that reaches it keeps the days compact.  With several legs, each leg's placed
    activities are first spread over its days alone (``_by_leg``): the whole model then
    mostly proves that plan's terms, which it would take longer to find.
    Returns the day plan, its seats, the proven bound (None if none was proven) and the
    plan's terms (None if not known)."""
    began = time.perf_counter()
    day_of, seated = _plan_of(b, first)
    terms = compactness_terms(b, starts)
    if not terms:
        return day_of, seated, 0, 0
    if seconds < 0.5:
        return day_of, seated, None, None
    b.model.add(b.terms["value"] >= value)
    found = _by_leg(b, day_of, seated, seconds=seconds * LEGS) if len(b.problem.legs) > 1 else None
    moved, known = found or (better_days(b, day_of, seated, limits, day_shapes(b), seconds=min(1.0, seconds / 4)), None)
    _hint(b, first, moved, seated)
    b.model.minimize(sum(terms))
    if known == 0:  # no plan has fewer
        return moved, seated, 0, 0
    second = _solver(b.config, seconds - (time.perf_counter() - began))
    if known is not None:  # stop once the whole model proves the legs' plan optimal
        second.best_bound_callback = lambda bound: second.stop_search() if bound >= known - 1e-6 else None
    status = second.solve(b.model)
    proven = second.best_objective_bound
    bound = max(0, math.ceil(proven - 1e-6)) if math.isfinite(proven) else None
    if status not in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        # the legs' or the quick moves' plan: as valuable, and no worse; a bound proven
        # without any plan (a short or loaded run) still holds
        return moved, seated, bound if status == cp_model.UNKNOWN else None, known
    reached = round(second.objective_value)
    if known is not None and known <= reached:
        return moved, seated, bound, known
    day_of, seated = _plan_of(b, second)
    return day_of, seated, bound, reached


def _hint(b: Built, first: cp_model.CpSolver, day_of: dict[str, str], seated: dict[str, tuple[str, ...]]) -> None:
    """The first phase's solution with the days (and seats) of ``day_of`` as the hint: the
    same activities and seats, so the same value."""
    hint = list(first.response_proto.solution)
    for activity, lits in b.x.items():
        for (d, _s), lit in zip(b.options[activity], lits, strict=True):
            hint[lit.index] = int(day_of.get(activity) == d)
    for (g, delegation), seats in b.seats.items():
        for k, seat in seats:
            hint[seat.index] = int(day_of.get(g) == b.options[g][k][0] and delegation in seated.get(g, ()))
    for index, v in enumerate(hint):
        b.model.add_hint(b.model.get_int_var_from_proto_index(index), v)


def _by_leg(
    b: Built, day_of: dict[str, str], seated: dict[str, tuple[str, ...]], *, seconds: float
) -> tuple[dict[str, str], int] | None:
    """The activities and seats of the first phase, each leg's spread over the leg's days to
    the least terms, one leg at a time (a leg's terms depend on its days only); the plan and
    its terms, or None when a leg found no plan in time."""
    began = time.perf_counter()
    plan = DayPlan(day_of=day_of, seated=seated, value=0, bound=0, options={})
    moved, total = dict(day_of), 0
    legs = b.problem.legs
    for i, leg in enumerate(legs):
        share = (seconds - (time.perf_counter() - began)) / (len(legs) - i)
        sub = days_problem(b.problem, {d.id for d in leg.days}, plan, keep_optional=False)
        found = _least_terms(sub, b.config, day_of, seconds=share) if share > 0.1 else None
        if found is None:
            return None
        moved.update(found[0])
        total += found[1]
    return moved, total


def _least_terms(
    problem: Problem, config: Config, day_of: dict[str, str], *, seconds: float
) -> tuple[dict[str, str], int] | None:
    """Every activity of ``problem`` held, every interested delegation seated (the same
    value), on the days with the least terms; the days and the terms, or None."""
    began = time.perf_counter()
    b, starts, _peak, _limits = relaxation(problem, config)
    terms = compactness_terms(b, starts)
    for activity, lits in b.x.items():
        b.model.add_exactly_one(lits)
        for (d, _s), lit in zip(b.options[activity], lits, strict=True):
            b.model.add_hint(lit, day_of.get(activity) == d)
    for seats in b.seats.values():
        b.model.add_exactly_one(seat for _k, seat in seats)
    b.model.minimize(sum(terms))
    solver = _solver(config, seconds - (time.perf_counter() - began))
    if solver.solve(b.model) not in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        return None
    found, _seated = _plan_of(b, solver)
    return found, round(solver.objective_value)


def relaxation(problem: Problem, config: Config) -> tuple[Built, dict[str, list[Option]], Expr, Limits]:
    """Stage A's model without an objective: a literal per (activity, day), the per-day
    capacities, the days of precedences, the mandatory and value rules; with the slot
    options of each activity, the peak table use and the capacities as numbers."""
    b = Built(problem=problem, config=config, grid=build_grid(problem))
    slot_options = _variables(b)
    peak, limits = _loads(b)
    _order(b)
    mandatory.RULE.add(b)
    value.RULE.add(b)
    return b, slot_options, peak, limits


def assign_days(problem: Problem, config: Config, *, seconds: float) -> DayPlan | None:
    """The day plan, or None when no plan was found in time (or none exists)."""
    began = time.perf_counter()  # building the model counts: on a convoy it takes a fifth of the time
    b, slot_options, peak, limits = relaxation(problem, config)
    if b.has_value:
        b.model.maximize(b.terms["value"])
    else:  # every activity mandatory: spread the load so that each day stays schedulable
        b.model.minimize(peak)
    left = seconds - (time.perf_counter() - began)
    solver = _solver(config, left / 2 if b.has_value else left)
    status = solver.solve(b.model)
    if status not in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        return None
    reached = round(solver.objective_value) if b.has_value else round(solver.value(b.terms["value"]))
    bound = round(solver.best_objective_bound) if b.has_value else reached
    compact: int | None = None
    terms: int | None = None
    if b.has_value:
        left = seconds - (time.perf_counter() - began)
        day_of, seated, compact, terms = _compactness_bound(
            b, solver, reached, limits=limits, starts=slot_options, seconds=left
        )
    else:
        day_of, seated = _plan_of(b, solver)
    return DayPlan(
        day_of=day_of,
        seated=seated,
        value=reached,
        bound=bound,
        options=slot_options,
        has_value=b.has_value,
        compact_bound=compact if reached == bound else None,
        compact_reached=terms,
    )
