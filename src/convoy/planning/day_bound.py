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
venue change.  Per (attendee, day) of a fixed activity, the gaps beside it
(``beside_fixed.py``, with the slots beside it one by one in ``fixed_runs.py``) are a third
count of breaks; where a travel gap is counted too, the larger of the two is taken.

Stage A minimizes the sum of the terms, and the plan that reaches it is the one the days
are scheduled from.  Until 2026-11-22 a *steering* count was added below the terms (K x
terms + meetings of plenary attendees on plenary days, K above the most the steering could
add): it made the plans more compact when the terms could not see the opening plenary's
morning, but proving it optimal took stage A most of its time.  With the slots beside the
plenary counted one by one, the terms alone steer as well and prove faster (convoy-size at
10 s, seeds 1-5: compactness 13/0/3/4/15 against 16/5/2/7/14 with the steering).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field

from ortools.sat.python import cp_model

from convoy.planning.beside_fixed import fixed_breaks
from convoy.planning.model import Built, Expr, holdings
from convoy.planning.options import Option, group_venue, meeting_venue
from convoy.planning.problem import Day


@dataclass
class DayShape:
    """Where one one-track participant may be on one day: venues with their literals (an int
    1 for a fixed activity); whether it may hold an activity without a venue (no travel is
    asked around it, so a change there may need no gap)."""

    venues: dict[str, list[Expr]] = field(default_factory=lambda: defaultdict(list))
    nowhere: bool = False
    gaps_count: bool = False  # each venue change is also a gap (venues apart, all with a venue)
    crossings: int = 0  # changes that need no gap (across a pause or a session boundary)

    def cost(self, venues: int, weight: int) -> int:
        """The bound terms when the participant is at ``venues`` venues that day."""
        changes = max(0, venues - 1)
        return weight * changes + (max(0, changes - self.crossings) if self.gaps_count else 0)


def compactness_terms(b: Built, starts: Mapping[str, list[Option]], *, second_tracks: bool) -> list[Expr]:
    """The terms, as expressions of stage A's literals (their sum is to be minimized);
    ``starts`` gives each activity's slot options; ``second_tracks``: count the runs of
    attendees with a second track too (``fixed_runs._runners``)."""
    terms: list[Expr] = []
    beside = fixed_breaks(b, starts, second_tracks=second_tracks)
    for (who, d), mine in day_shapes(b).items():
        if len(mine.venues) < 2:
            continue
        marks = [_mark(b, who, d, v, lits) for v, lits in mine.venues.items()]
        extra = b.model.new_int_var(0, len(marks), f"extra_venues[{who},{d}]")
        b.model.add(extra >= sum(marks) - 1)
        terms.append(b.config.venue_change_weight * extra)
        if mine.gaps_count:  # the same break may be counted by several: take the largest
            counts = [extra - mine.crossings, *beside.pop((who, d), [])]
            terms.append(_largest(b, f"travel_gaps[{who},{d}]", counts, b.grid.days[d].slots))
    terms.extend(_largest(b, f"fixed_gaps[{who},{d}]", c, b.grid.days[d].slots) for (who, d), c in beside.items())
    return terms


def _largest(b: Built, name: str, counts: list[Expr], most_breaks: int) -> Expr:
    """The largest of ``counts`` and 0 (each at most the same participant's breaks that day)."""
    if len(counts) == 1 and isinstance(counts[0], cp_model.IntVar):  # a count of its own, never below 0
        return counts[0]
    most = b.model.new_int_var(0, most_breaks, name)
    for count in counts:
        b.model.add(most >= count)
    return most


def day_shapes(b: Built) -> dict[tuple[str, str], DayShape]:
    """The shape of every (one-track participant, day) that may hold an activity."""
    days = _per_participant_day(b)
    for (_who, d), mine in days.items():
        venues = list(mine.venues)
        apart = all(b.grid.travel_minutes(u, v) > 0 for u in venues for v in venues if u != v)
        mine.gaps_count = apart and not mine.nowhere
        mine.crossings = _crossings(b.grid.days[d], b.config.breaks)
    return days


def _per_participant_day(b: Built) -> dict[tuple[str, str], DayShape]:
    days: dict[tuple[str, str], DayShape] = defaultdict(DayShape)
    one_track = {w for w in [*b.grid.delegations, *b.grid.counterparts] if b.grid.capacity(w) == 1}

    def note(who: str, d: str, venue: str | None, lit: Expr) -> None:
        if who not in one_track:
            return
        mine = days[(who, d)]
        if venue is None:
            mine.nowhere = True
        else:
            mine.venues[venue].append(lit)

    venue = {m.id: meeting_venue(grid=b.grid, meeting=m) for m in b.problem.meetings}
    venue |= {g.id: group_venue(grid=b.grid, group=g) for g in b.problem.group_sessions}
    for h in holdings(b):
        note(h.who, h.day, venue[h.activity], h.lit)
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
