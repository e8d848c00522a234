"""What the day assignment (stage A) knows about compactness: terms whose sum, over any day
plan, is at most the compactness (breaks + ``venue_change_weight`` x venue changes) of every
agenda that follows the plan.  Stage A is a relaxation of the whole problem, so its least
sum, with the value kept at its proven optimum, bounds the compactness of every optimal
agenda from below; and minimizing it steers the plan towards days that can be compact.

Per one-track participant w and day d:

- *venues*: w at k venues that day changes venue at least k - 1 times;
- *travel gaps*: when every two of those venues are apart (travel > 0 minutes) and every
  activity w may have that day has a venue, each change leaves at least one empty slot
  between the two activities; that is a break unless only a pause (lunch) lies between, or,
  per session, a session boundary.  So breaks >= changes - pauses - boundaries.

The two may count the same break only once: the gap is counted as a break, the change as a
venue change.  Measured on the convoy-size instance, a third term (attendees of the opening plenary who
cannot all have a meeting right after it) made stage A too slow to prove anything in the
time it has, and its plans worse; it is left out.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from convoy.planning.model import Built, Expr
from convoy.planning.options import meeting_venue
from convoy.planning.problem import Day


@dataclass
class _Day:
    """Where one participant may be on one day: venues with their literals."""

    venues: dict[str, list[Expr]] = field(default_factory=lambda: defaultdict(list))
    nowhere: bool = False  # may hold an activity without a venue (no travel asked around it)


def compactness_terms(b: Built) -> list[Expr]:
    """The terms, as expressions of stage A's literals (their sum is to be minimized)."""
    terms: list[Expr] = []
    for (who, d), mine in _per_participant_day(b).items():
        if len(mine.venues) < 2:
            continue
        marks = [_mark(b, who, d, v, lits) for v, lits in mine.venues.items()]
        extra = b.model.new_int_var(0, len(marks), f"extra_venues[{who},{d}]")
        b.model.add(extra >= sum(marks) - 1)
        terms.append(b.config.venue_change_weight * extra)
        venues = list(mine.venues)
        apart = all(b.grid.travel_minutes(u, v) > 0 for u in venues for v in venues if u != v)
        if apart and not mine.nowhere:
            gaps = b.model.new_int_var(0, len(marks), f"travel_gaps[{who},{d}]")
            b.model.add(gaps >= extra - _crossings(b.grid.days[d], b.config.breaks))
            terms.append(gaps)
    return terms


def _per_participant_day(b: Built) -> dict[tuple[str, str], _Day]:
    days: dict[tuple[str, str], _Day] = defaultdict(_Day)
    one_track = {w for w in [*b.grid.delegations, *b.grid.counterparts] if b.grid.capacity(w) == 1}

    def note(who: str, d: str, venue: str | None, lit: Expr) -> None:
        if who not in one_track:
            return
        mine = days[(who, d)]
        if venue is None:
            mine.nowhere = True
        else:
            mine.venues[venue].append(lit)

    for m in b.problem.meetings:
        venue = meeting_venue(grid=b.grid, meeting=m)
        for (d, _s), lit in zip(b.options[m.id], b.x[m.id], strict=True):
            for who in m.participants:
                note(who, d, venue, lit)
    for g in b.problem.group_sessions:
        venue = b.grid.host_venue((g.host,))
        for (d, _s), lit in zip(b.options[g.id], b.x[g.id], strict=True):
            note(g.host, d, venue, lit)
        for i in g.interested:
            for k, seat in b.seats[(g.id, i.delegation)]:
                note(i.delegation, b.options[g.id][k][0], venue, seat)
    for f in b.problem.fixed:
        if f.day in b.grid.days:
            for who in f.attendees:
                note(who, f.day, f.venue, 1)
    return days


def _mark(b: Built, who: str, d: str, venue: str, lits: list[Expr]) -> Expr:
    """1 when ``who`` is at ``venue`` on day ``d`` (a literal, or 1 for a fixed activity)."""
    if any(isinstance(x, int) and x for x in lits):
        return 1
    mark = b.model.new_bool_var(f"at[{who},{d},{venue}]")
    for lit in lits:
        b.model.add_implication(lit, mark)
    b.model.add_bool_or(lits).only_enforce_if(mark)
    return mark


def _crossings(day: Day, per: str) -> int:
    """Changes of venue a participant can make that day without a gap: one across each
    pause, and, per session, one across each session boundary."""
    runs = sum(1 for t in day.breaks if t - 1 not in day.breaks)
    return runs + (max(0, len(day.sessions) - 1) if per == "per_session" else 0)
