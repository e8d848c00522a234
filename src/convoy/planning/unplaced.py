"""Why a candidate meeting was left out, in both languages.

For a meeting with possible times, each time is examined against the final agenda: a
participant already fully busy, no table left, a counterpart at its daily maximum; the
most frequent cause (with the participant it concerns) is the reason.  Otherwise its
possible times went to meetings that serve the higher tiers better.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from convoy.planning.options import Grid, Option, meeting_venue
from convoy.planning.problem import Meeting, Problem
from convoy.planning.result import Message, Placement, Unplaced


def _names(grid: Grid, ids: tuple[str, ...]) -> str:
    names = {k: v.name for k, v in grid.delegations.items()}
    names.update({k: v.name for k, v in grid.counterparts.items()})
    return " / ".join(names.get(i, i) for i in ids)


def _usage(
    placements: Sequence[Placement],
) -> tuple[Counter[tuple[str, str, int]], Counter[tuple[str, str, int]], Counter[tuple[str, str]]]:
    load: Counter[tuple[str, str, int]] = Counter()
    tables: Counter[tuple[str, str, int]] = Counter()
    daily: Counter[tuple[str, str]] = Counter()
    for p in placements:
        for s in range(p.start, p.start + p.duration):
            for w in p.participants:
                load[(w, p.day, s)] += 1
            if p.kind == "meeting" and p.venue is not None:
                tables[(p.venue, p.day, s)] += 1
        if p.kind != "fixed":
            for w in p.participants:
                daily[(w, p.day)] += 1
    return load, tables, daily


def _causes(
    problem: Problem, grid: Grid, m: Meeting, options: list[Option], placements: Sequence[Placement]
) -> Counter[tuple[str, str]]:
    load, tables, daily = _usage(placements)
    limits = {v.id: v.tables for v in problem.venues}
    venue = meeting_venue(grid=grid, meeting=m)
    found: Counter[tuple[str, str]] = Counter()
    for day, start in options:
        slots = range(start, start + m.duration)
        order = sorted(m.participants, key=lambda w: w not in grid.counterparts)  # counterparts first
        busy = [w for w in order if any(load[(w, day, s)] >= grid.capacity(w) for s in slots)]
        capped = [
            w
            for w in m.participants
            if w in grid.counterparts
            and grid.counterparts[w].max_per_day is not None
            and daily[(w, day)] >= (grid.counterparts[w].max_per_day or 0)
        ]
        limit = limits.get(venue or "")
        if busy:
            found.update(("busy", w) for w in busy)
        elif capped:
            found.update(("daily_limit", w) for w in capped)
        elif limit is not None and any(tables[(venue or "", day, s)] >= limit for s in slots):
            found[("tables", venue or "")] += 1
        else:
            found[("crowded_out", "")] += 1
    return found


def _reason(grid: Grid, m: Meeting, cause: tuple[str, str]) -> Message:
    who = _names(grid, m.participants)
    kind, subject = cause
    ids = (m.id, *m.participants)
    if kind == "busy":
        name = _names(grid, (subject,))
        return Message(
            code="participant_busy",
            ids=ids,
            es=f"{who}: {name} ya está ocupado en todos los horarios posibles",
            en=f"{who}: {name} is already busy at every possible time",
        )
    if kind == "daily_limit":
        name = _names(grid, (subject,))
        return Message(
            code="daily_limit",
            ids=ids,
            es=f"{who}: {name} ya tiene su máximo de reuniones esos días",
            en=f"{who}: {name} already has its maximum of meetings on those days",
        )
    if kind == "tables":
        return Message(
            code="tables_full",
            ids=ids,
            es=f"{who}: no quedan mesas libres en {subject} a esas horas",
            en=f"{who}: no table left at {subject} at those times",
        )
    return Message(
        code="crowded_out",
        ids=ids,
        es=f"{who}: sus horarios posibles se usaron en reuniones de más valor",
        en=f"{who}: its possible times went to meetings of higher value",
    )


def explain_unplaced(
    *,
    problem: Problem,
    grid: Grid,
    placed: set[str],
    options: dict[str, list[Option]],
    placements: Sequence[Placement] = (),
) -> tuple[Unplaced, ...]:
    out = []
    for m in problem.meetings:
        if m.id in placed:
            continue
        if not options.get(m.id):
            reason = Message(
                code="no_common_slot",
                ids=(m.id, *m.participants),
                es=f"{_names(grid, m.participants)}: no tienen un horario libre en común",
                en=f"{_names(grid, m.participants)}: no common free time",
            )
        else:
            causes = _causes(problem, grid, m, options[m.id], placements)
            reason = _reason(grid, m, causes.most_common(1)[0][0])
        out.append(Unplaced(id=m.id, reason=reason))
    return tuple(out)
