"""Why a candidate meeting was left out, in both languages.

For a meeting with possible times, each time is examined against the final agenda: a
participant already fully busy, no table left, a counterpart at its daily maximum; the
most frequent cause (with the participant it concerns) is the reason.  Otherwise its
possible times went to meetings that serve the higher tiers better.

The fairness floor is named only when the agenda shows it decided: at that time the
meeting's delegations were free and already had their share (min(``soft_floor``, their
candidates) activities), and the counterpart's remaining capacity was taken by meetings
of other delegations with at most ``soft_floor`` activities, each of which would fall
below its floor without that meeting.  Placing the left-out meeting there instead would
have added to the floor shortfall, which the value tier prices above any gain in value.
Without a ``soft_floor`` (the caller does not know the configuration) that cause is never
stated: ``with_floor_reasons`` restates the reasons of a finished result once it is known.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, replace

from convoy.planning.check_terms import candidates_by_delegation, delegation_weights
from convoy.planning.options import Grid, Option, build_grid, kept_away, meeting_options, meeting_venue
from convoy.planning.problem import Meeting, Problem
from convoy.planning.result import Message, Placement, Result, Unplaced
from convoy.planning.words import travel_words

Cause = tuple[str, str]
Slot = tuple[str, str, int]


def _names(grid: Grid, ids: Sequence[str]) -> str:
    names = {k: v.name for k, v in grid.delegations.items()}
    names.update({k: v.name for k, v in grid.counterparts.items()})
    return " / ".join(names.get(i, i) for i in ids)


@dataclass(frozen=True)
class _Usage:
    """What the agenda occupies: load and occupants per participant slot, tables, meetings per day."""

    load: Counter[Slot]
    occupants: dict[Slot, list[Placement]]
    tables: Counter[Slot]
    daily: Counter[tuple[str, str]]


def _usage(placements: Sequence[Placement]) -> _Usage:
    usage = _Usage(load=Counter(), occupants=defaultdict(list), tables=Counter(), daily=Counter())
    for p in placements:
        for s in range(p.start, p.start + p.duration):
            for w in p.participants:
                usage.load[(w, p.day, s)] += 1
                usage.occupants[(w, p.day, s)].append(p)
            if p.kind == "meeting" and p.venue is not None:
                usage.tables[(p.venue, p.day, s)] += 1
        if p.kind != "fixed":
            for w in p.participants:
                usage.daily[(w, p.day)] += 1
    return usage


@dataclass(frozen=True)
class _Floor:
    """Each delegation's activities on the agenda against the fairness floor."""

    soft_floor: int
    counts: dict[str, int]
    candidates: dict[str, int]

    def has_share(self, delegation: str) -> bool:
        """It already has min(soft_floor, candidates) activities: one more does not lower the shortfall."""
        return self.counts.get(delegation, 0) >= min(self.soft_floor, self.candidates.get(delegation, 0))

    def needs(self, delegation: str) -> bool:
        """One activity fewer would put it below its floor: its count never exceeds its
        candidates, so count <= soft_floor means count <= min(soft_floor, candidates)."""
        return 0 < self.counts.get(delegation, 0) <= self.soft_floor


def _floor_takers(
    *, grid: Grid, usage: _Usage, floor: _Floor, m: Meeting, who: str, day: str, slots: range
) -> set[str] | None:
    """The delegations whose floor-share meetings fill ``who``'s capacity at every full slot of
    the option, or None when the capacity would stay full without them."""
    takers: set[str] = set()
    for s in slots:
        load = usage.load[(who, day, s)]
        if load < grid.capacity(who):
            continue
        needing = [
            {d for d in p.participants if d in grid.delegations and d not in m.participants and floor.needs(d)}
            for p in usage.occupants[(who, day, s)]
            if p.kind == "meeting"
        ]
        floor_meetings = [n for n in needing if n]
        if load - len(floor_meetings) >= grid.capacity(who):
            return None
        takers.update(d for n in floor_meetings for d in n)
    return takers


def _causes(
    *,
    problem: Problem,
    grid: Grid,
    m: Meeting,
    options: list[Option],
    usage: _Usage,
    floor: _Floor | None,
) -> tuple[Counter[Cause], dict[str, set[str]]]:
    limits = {v.id: v.tables for v in problem.venues}
    venue = meeting_venue(grid=grid, meeting=m)
    found: Counter[Cause] = Counter()
    takers: dict[str, set[str]] = defaultdict(set)
    own_share = floor is not None and all(floor.has_share(d) for d in m.participants if d in grid.delegations)
    for day, start in options:
        slots = range(start, start + m.duration)
        order = sorted(m.participants, key=lambda w: w not in grid.counterparts)  # counterparts first
        busy = [w for w in order if any(usage.load[(w, day, s)] >= grid.capacity(w) for s in slots)]
        capped = [
            w
            for w in m.participants
            if w in grid.counterparts
            and grid.counterparts[w].max_per_day is not None
            and usage.daily[(w, day)] >= (grid.counterparts[w].max_per_day or 0)
        ]
        limit = limits.get(venue or "")
        if busy and floor is not None and own_share and all(w in grid.counterparts for w in busy):
            served = [
                _floor_takers(grid=grid, usage=usage, floor=floor, m=m, who=w, day=day, slots=slots) for w in busy
            ]
            if all(s is not None for s in served):
                for w, s in zip(busy, served, strict=True):
                    found[("floor", w)] += 1
                    takers[w] |= s or set()
                continue
        if busy:
            found.update(("busy", w) for w in busy)
        elif capped:
            found.update(("daily_limit", w) for w in capped)
        elif limit is not None and any(usage.tables[(venue or "", day, s)] >= limit for s in slots):
            found[("tables", venue or "")] += 1
        else:
            found[("crowded_out", "")] += 1
    return found, takers


def _reason(grid: Grid, m: Meeting, cause: Cause, takers: dict[str, set[str]]) -> Message:
    who = _names(grid, m.participants)
    kind, subject = cause
    ids = (m.id, *m.participants)
    if kind == "floor":
        name = _names(grid, (subject,))
        served = sorted(takers[subject])
        them = _names(grid, served)
        return Message(
            code="fairness_floor",
            ids=(*ids, *served),
            es=(
                f"{who}: el tiempo que le quedaba a {name} se dio a reuniones de {them}, "
                "que sin ellas quedarían bajo el piso de equidad"
            ),
            en=(
                f"{who}: {name}'s remaining time went to meetings of {them}, "
                "which would otherwise be below the fairness floor"
            ),
        )
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
    soft_floor: int | None = None,
) -> tuple[Unplaced, ...]:
    """A reason for every meeting not in ``placed``; the fairness floor is named only when
    ``soft_floor`` (``Config.soft_floor``) is given and the agenda shows it decided."""
    usage = _usage(placements)
    floor = None
    if soft_floor is not None:
        counts, _weights = delegation_weights(problem=problem, placements=placements)
        floor = _Floor(soft_floor=soft_floor, counts=counts, candidates=candidates_by_delegation(problem=problem))
    out = []
    for m in problem.meetings:
        if m.id in placed:
            continue
        away = kept_away(grid=grid, meeting=m) if not options.get(m.id) else ()
        if away:
            es, en = travel_words(grid, away)
            reason = Message(
                code="no_time_to_travel",
                ids=(m.id, *m.participants),
                es=f"{_names(grid, m.participants)}: {es}",
                en=f"{_names(grid, m.participants)}: {en}",
            )
        elif not options.get(m.id):
            reason = Message(
                code="no_common_slot",
                ids=(m.id, *m.participants),
                es=f"{_names(grid, m.participants)}: no tienen un horario libre en común",
                en=f"{_names(grid, m.participants)}: no common free time",
            )
        else:
            causes, takers = _causes(problem=problem, grid=grid, m=m, options=options[m.id], usage=usage, floor=floor)
            reason = _reason(grid, m, causes.most_common(1)[0][0], takers)
        out.append(Unplaced(id=m.id, reason=reason))
    return tuple(out)


def with_floor_reasons(*, problem: Problem, result: Result, soft_floor: int) -> Result:
    """``result`` with the reason of each unplaced meeting that the fairness floor kept out
    restated as such (code ``fairness_floor``); every other reason stays as the solver gave it."""
    if not result.unplaced or not result.placements:
        return result
    grid = build_grid(problem)
    left = {u.id for u in result.unplaced}
    options = {m.id: meeting_options(grid=grid, meeting=m) for m in problem.meetings if m.id in left}
    placed = {m.id for m in problem.meetings if m.id not in left}
    restated = {
        u.id: u
        for u in explain_unplaced(
            problem=problem,
            grid=grid,
            placed=placed,
            options=options,
            placements=result.placements,
            soft_floor=soft_floor,
        )
        if u.reason.code == "fairness_floor"
    }
    return replace(result, unplaced=tuple(restated.get(u.id, u) for u in result.unplaced))
