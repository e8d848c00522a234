"""Stage A's time-indexed view of the slots right beside a fixed activity at the edge of its
day (the opening plenary at the first slot, a reception at the last).

``beside_fixed.py`` counts, per host, how many of its activities fit near F.  It cannot
see that an attendee who runs on from F holds its activities *one after the other*: two
attendees with one free slot each cannot both meet host c1 and host c2 in the first slot
after F, although each host alone has room for one.  Here every activity that may be held
on F's day gets a literal per *position* (the usable slots after F, or before it, in order
of distance, pauses skipped), up to ``POSITIONS`` of them:

- ``q[act, p] -> x[act, d]``, at most one position per activity, and only at a position
  where the activity may start (its slot options: availability, forbidden slots, session,
  pauses inside it); an activity may start at the last positions and run past them (its
  farthest slot counts on from the last position);
- per position, a participant holds at most its capacity (less its fixed activities there)
  of activities covering it, a venue with tables at most its tables; F's own slots are
  positions 0, -1, ... (the one nearest the positions is 0), where an attendee with a
  second track may hold an activity while F runs, one per slot;
- a one-track participant's activities at two venues leave the travel time between them
  (the travel rule on positions; the time from F's venue is already out of the slot
  options, ``options.reachable``);
- an attendee a with exactly one fixed activity F that day, holding activity ``act``
  without a break (``u[act, a]`` of ``beside_fixed``), has all its busy slots in one run
  from F, at most ``load(a, d)`` of them beside F, so ``act`` lies within its first
  ``load(a, d)`` positions: if that load is at most the positions modelled, ``act`` takes a
  position, and the farthest slot of ``act`` is at a position no greater than the load;
- *runs*: a participant w whose runs that day these positions show (``_runners``) is busy
  or not at each of F's slots and positions in turn, then past them all (an activity of w
  that day at no position lies past them: the positions are the slots nearest F); its
  breaks that day are at least the runs of that sequence less one.  So a host that must
  meet an attendee beside the plenary and another delegation in the afternoon has a gap
  unless its activities fill every slot between.

Every agenda that follows a day plan gives these literals a value that satisfies them
(``q`` = 1 where the activity really starts within the first positions), with
``breaks[a, d]`` its real breaks, so the least breaks stage A finds stay a lower bound.
F in the middle of its day (slots on both sides) is left to ``beside_fixed``'s count.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from convoy.planning.model import Built, Expr, holdings
from convoy.planning.options import Option, group_venue, meeting_venue, no_time_to_travel
from convoy.planning.problem import FixedActivity

POSITIONS = 6  # slots beside F modelled one by one; attendees who hold more run past them


@dataclass
class Held:
    """One activity an attendee may hold on F's day without a break."""

    activity: str
    attendee: str
    day: str
    free: Expr  # u: held that day without a break


@dataclass
class _Placing:
    """The position literals of one activity on F's day: start slot -> (literal, farthest
    position it covers)."""

    q: dict[int, tuple[Expr, int]] = field(default_factory=dict)


@dataclass
class _Positions:
    """The modelled slots of F's day: F's own (positions 0, -1, ...) and the nearest beside it."""

    fixed: FixedActivity
    index: dict[int, int]  # slot -> position

    def of(self, start: int, length: int) -> tuple[list[int], int] | None:
        """The positions an activity at ``start`` covers and the farthest of its slots (its
        slots past the last position count on from it), or None when it covers none."""
        spots = [p for p in (self.index.get(t) for t in range(start, start + length)) if p is not None]
        if not spots:
            return None
        return spots, max(spots) + length - len(spots)


def positions(b: Built, f: FixedActivity) -> _Positions | None:
    """F's positions, or None when F has usable slots on both sides of it (or on neither)."""
    day = b.grid.days[f.day]
    usable = [t for t in range(day.slots) if t not in day.breaks]
    before = [t for t in usable if t < f.start]
    after = [t for t in usable if t >= f.start + f.duration]
    if bool(before) == bool(after):
        return None
    nearest = (after or list(reversed(before)))[:POSITIONS]
    inside = range(f.start, f.start + f.duration)
    # F's own slots, nearest the positions first: 0, -1, ... (each its own place: a second
    # track may hold one activity in each of them)
    index = {t: -k for k, t in enumerate(reversed(inside) if after else inside)}
    index.update({t: p for p, t in enumerate(nearest, start=1)})
    return _Positions(f, index)


class _Runs:
    """The position model under construction."""

    def __init__(self, b: Built) -> None:
        self.b = b
        self.placing: dict[tuple[str, str], _Placing] = {}  # (activity, F)
        # ((participant or venue, id), F, position) -> literals of the activities there
        self.covering: dict[tuple[tuple[str, str], str, int], list[Expr]] = defaultdict(list)
        # (participant, F) -> per activity it may hold that day: (held that day, held at a position)
        self.held: dict[tuple[str, str], list[tuple[Expr, list[Expr]]]] = defaultdict(list)
        # (participant, F) -> per activity: its venue and, per start, (literal, end slot)
        self.visits: dict[tuple[str, str], list[tuple[str, list[tuple[int, int, Expr]]]]] = defaultdict(list)

    def place(self, act: str, at: _Positions, lit: Expr, starts: list[tuple[str, int]], length: int) -> _Placing:
        """Position literals of ``act`` beside ``at``; each implies the day literal ``lit``."""
        pl = self.placing[(act, at.fixed.id)] = _Placing()
        for day, s in starts:
            spots = at.of(s, length) if day == at.fixed.day else None
            if spots is None:
                continue
            q = self.b.model.new_bool_var(f"at_position[{act},{at.fixed.id},{s}]")
            self.b.model.add_implication(q, lit)
            pl.q[s] = (q, spots[1])
        if len(pl.q) > 1:
            self.b.model.add_at_most_one(q for q, _far in pl.q.values())
        return pl

    def occupy(
        self,
        who: tuple[str, str],
        at: _Positions,
        pl: _Placing,
        length: int,
        *,
        held: Expr,
        seat: bool,
        venue: str | None = None,
    ) -> None:
        """``who`` is busy where the activity is; ``held``: who holds it that day (the day
        literal, or the seat when ``seat``: busy only when seated)."""
        here = []
        for s, (q, _far) in pl.q.items():
            r = q
            if seat:
                r = self.b.model.new_bool_var(f"seated[{who[1]},{at.fixed.id},{s}]")
                self.b.model.add(r >= q + held - 1)
                self.b.model.add_implication(r, q)
                self.b.model.add_implication(r, held)
            here.append(r)
            for t in range(s, s + length):
                if t in at.index:  # slots past the last position are not modelled
                    self.covering[(who, at.fixed.id, at.index[t])].append(r)
        if who[0] == "person":
            self.held[(who[1], at.fixed.id)].append((held, here))
            if venue is not None:
                starts = [(s, s + length, r) for s, r in zip(pl.q, here, strict=True)]
                self.visits[(who[1], at.fixed.id)].append((venue, starts))

    def travel(self, at: dict[str, _Positions]) -> None:
        """A one-track participant's activities at positions at two venues leave the travel
        time between them free (the travel rule, ``constraints/travel.py``, on positions)."""
        for (who, fid), visits in self.visits.items():
            if self.b.grid.capacity(who) != 1 or len({v for v, _starts in visits}) < 2:
                continue
            day = at[fid].fixed.day
            for i, (u, first) in enumerate(visits):
                for v, second in visits[i + 1 :]:
                    if self.b.grid.travel_slots(day, u, v) == 0:
                        continue
                    for s1, e1, r1 in first:
                        for s2, e2, r2 in second:
                            if no_time_to_travel(self.b.grid, day, (s1, e1, u), (s2, e2, v)):
                                self.b.model.add_bool_or([r1.Not(), r2.Not()])

    def limits(self, at: dict[str, _Positions]) -> None:
        """Per position: a participant's capacity (less fixed activities), a venue's tables."""
        slot_of = {fid: {p: t for t, p in a.index.items()} for fid, a in at.items()}
        tables = {v.id: v.tables for v in self.b.problem.venues if v.tables is not None}
        for ((kind, who), fid, p), qs in self.covering.items():
            day = at[fid].fixed.day
            if kind == "venue":
                if who not in tables:
                    continue  # a venue without tables has no limit
                room = tables[who]
            else:
                room = self.b.grid.capacity(who) - self.b.grid.fixed_load.get((who, day, slot_of[fid][p]), 0)
            if len(qs) > room:
                self.b.model.add(sum(qs) <= room)

    def gaps(self, who: str, at: _Positions, *, attends: bool) -> Expr | None:
        """At most ``who``'s breaks on F's day: its runs over F's slots and positions, in
        order, then the slots past them as one (F is ``who``'s only fixed activity that
        day, or it has none)."""
        fid = at.fixed.id
        busy: list[Expr] = []
        for p in sorted(set(at.index.values())):
            there = self.covering.get((("person", who), fid, p), [])
            if attends and p <= 0:
                busy.append(1)
            elif len(there) < 2 or self.b.grid.capacity(who) == 1:
                busy.append(sum(there))  # one activity at a time
            else:
                some = self.b.model.new_bool_var(f"busy[{who},{fid},{p}]")
                for r in there:
                    self.b.model.add_implication(r, some)
                self.b.model.add(some <= sum(there))
                busy.append(some)
        if self.held[(who, fid)]:
            out = self.b.model.new_bool_var(f"past_positions[{who},{fid}]")
            for held, here in self.held[(who, fid)]:
                self.b.model.add(out >= held - sum(here))
            busy.append(out)
        starts: list[Expr] = []
        previous: Expr = 0
        for now in busy:
            if isinstance(now, int) and now == 0:
                pass
            elif isinstance(previous, int) and previous == 0:
                starts.append(now)
            elif not (isinstance(now, int) and isinstance(previous, int)):
                start = self.b.model.new_bool_var(f"run_starts[{who},{fid}]")
                self.b.model.add(start >= now - previous)
                starts.append(start)
            previous = now
        if len(starts) < 2:
            return None
        gap = self.b.model.new_int_var(0, len(starts) - 1, f"run_gaps[{who},{at.fixed.day}]")
        self.b.model.add(gap >= sum(starts) - 1)
        return gap


def _held_off(at: _Positions, d: str, options: list[Option]) -> bool:
    """Whether an activity may start at a position beside F but not at the nearest one (an
    attendee's travel from F, say, keeps it off the first slots)."""
    nearest = min((at.index[s] for day, s in options if day == d and at.index.get(s, 0) >= 1), default=None)
    return nearest is not None and nearest > 1


def _runners(
    b: Built,
    at: dict[str, _Positions],
    fixed: dict[tuple[str, str], FixedActivity],
    starts: Mapping[str, list[Option]],
    *,
    second_tracks: bool,
) -> dict[tuple[str, str], tuple[_Positions, bool, list[tuple[str, bool]]]]:
    """(participant, day) -> (F's positions, attends F, the activities it may hold that day
    with True for a seat) for the participants whose runs that day are read off F's
    positions: attendees whose only fixed activity that day is F, and those without any
    fixed activity on a day with only one such F; only those with an activity that cannot
    take a position (a meeting restricted to the afternoon, say), which then lies past them
    all, and, if ``second_tracks``, attendees with a second track (two activities may share
    a position, so their load alone does not keep their positions in one run) and those
    with an activity kept off the nearest position but not the others (``_held_off``: a
    host an hour from the plenary meets its one-track attendees from the third slot on,
    its second tracks from the first, so its runs decide who has the gap).  Read for
    every participant, the runs took stage A twice as long and found no more (convoy-size,
    seeds 1-5).  Those of second tracks keep a plan from leaving such an attendee a gap the
    terms do not count (seed 4's days came out 2-3 against terms 1), but they slow the
    whole model's linear bound (seed 4: 1 proven at 1.3 s without them, at 12 s with), so
    stage A reads them where it looks for a plan (the legs, a single leg) and not where the
    whole model of several legs only proves the bound."""
    beside_day: dict[str, list[_Positions]] = defaultdict(list)
    for a in at.values():
        beside_day[a.fixed.day].append(a)
    busy_days = {(who, f.day) for f in b.problem.fixed for who in f.attendees}
    length = {m.id: m.duration for m in b.problem.meetings} | {g.id: g.duration for g in b.problem.group_sessions}
    out: dict[tuple[str, str], tuple[_Positions, bool, list[tuple[str, bool]]]] = {}
    acts_of: dict[tuple[str, str], list[tuple[str, bool]]] = defaultdict(list)  # activities that day, True: a seat
    for h in holdings(b):
        acts_of[(h.who, h.day)].append((h.activity, h.seat))
    for (who, d), acts in acts_of.items():
        here = beside_day.get(d, [])
        f = fixed.get((who, d))
        if f is not None and f.id in at:
            mine, attends = at[f.id], True
        elif (who, d) not in busy_days and len(here) == 1:
            mine, attends = here[0], False
        else:
            continue
        past = any(all(day != d or mine.of(s, length[act]) is None for day, s in starts[act]) for act, _seat in acts)
        held_off = second_tracks and any(_held_off(mine, d, starts[act]) for act, _seat in acts)
        if past or held_off or (second_tracks and attends and b.grid.capacity(who) > 1):
            out[(who, d)] = (mine, attends, acts)
    return out


def add_runs(
    b: Built,
    held: list[Held],
    fixed: dict[tuple[str, str], FixedActivity],
    load: dict[tuple[str, str], Expr],
    beyond: Callable[[str, str, int], Expr],
    *,
    starts: Mapping[str, list[Option]],
    second_tracks: bool,
) -> dict[tuple[str, str], Expr]:
    """Add the position model for the ``held`` activities (see the module doc); ``load``
    gives an attendee's slots of activities that day, ``beyond(a, d, j)`` a literal that is
    1 only when that load exceeds j, ``starts`` each activity's slot options,
    ``second_tracks`` whether to read the runs of attendees with a second track.  Returns,
    per (participant, day) whose runs the positions show, an expression at most its breaks."""
    at: dict[str, _Positions] = {}
    for f in b.problem.fixed:
        found = positions(b, f) if f.day in b.grid.days else None
        if found is not None:
            at[f.id] = found
    of = {k: fixed[(h.attendee, h.day)].id for k, h in enumerate(held) if fixed[(h.attendee, h.day)].id in at}
    wanted: dict[str, set[str]] = defaultdict(set)  # activity -> F beside which it is held
    seated: dict[tuple[str, str], set[str]] = defaultdict(set)  # (group session, F) -> attendees
    for k, fid in of.items():
        wanted[held[k].activity].add(fid)
        seated[(held[k].activity, fid)].add(held[k].attendee)
    runners = _runners(b, at, fixed, starts, second_tracks=second_tracks)
    for (runner, _d), (mine, _attends, acts) in runners.items():
        for act, is_seat in acts:
            wanted[act].add(mine.fixed.id)
            if is_seat:
                seated[(act, mine.fixed.id)].add(runner)
    runs = _Runs(b)
    for m in b.problem.meetings:
        if m.id not in wanted:
            continue
        venue = meeting_venue(grid=b.grid, meeting=m)
        for (d, _s), lit in zip(b.options[m.id], b.x[m.id], strict=True):
            for fid in (fid for fid in wanted[m.id] if at[fid].fixed.day == d):
                pl = runs.place(m.id, at[fid], lit, starts[m.id], m.duration)
                for w in m.participants:
                    runs.occupy(("person", w), at[fid], pl, m.duration, held=lit, seat=False, venue=venue)
                runs.occupy(("venue", venue or ""), at[fid], pl, m.duration, held=lit, seat=False)
    for g in b.problem.group_sessions:
        if g.id not in wanted:
            continue
        venue = group_venue(grid=b.grid, group=g)
        for k, ((d, _s), lit) in enumerate(zip(b.options[g.id], b.x[g.id], strict=True)):
            for fid in (fid for fid in wanted[g.id] if at[fid].fixed.day == d):
                pl = runs.place(g.id, at[fid], lit, starts[g.id], g.duration)
                runs.occupy(("person", g.host), at[fid], pl, g.duration, held=lit, seat=False, venue=venue)
                for a in seated[(g.id, fid)]:
                    for seat in (z for j, z in b.seats[(g.id, a)] if j == k):
                        runs.occupy(("person", a), at[fid], pl, g.duration, held=seat, seat=True, venue=venue)
    runs.limits(at)
    runs.travel(at)
    for k, fid in of.items():
        h = held[k]
        pl = runs.placing[(h.activity, fid)]
        # held without a break, with no more slots that day than there are positions: within them
        reach = max(p for p in at[fid].index.values())
        b.model.add(sum(q for q, _far in pl.q.values()) >= h.free - beyond(h.attendee, h.day, reach))
        for q, farthest in pl.q.values():
            b.model.add(load[(h.attendee, h.day)] >= farthest).only_enforce_if([q, h.free])
    gaps = {}
    for (runner, d), (mine, attends, _acts) in runners.items():
        gap = runs.gaps(runner, mine, attends=attends)
        if gap is not None:
            gaps[(runner, d)] = gap
    return gaps
