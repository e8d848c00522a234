"""Stage A's provable count of the gaps beside fixed activities (the opening plenary).

A participant a who attends a fixed activity F on day d and has any other activity that
day has no break only if all of its busy slots that day form one run (pauses skipped)
that contains F.  If a meets a counterpart c at slot s after F, a is busy at every slot
between F and s; before F, likewise.  So a needs ``s``'s *distance* from F (empty slots
between them, pauses not counted) other busy slots that day.

c holds at most ``capacity`` meetings a slot, so at most ``capacity x (sides x j + inside)``
of its meetings are within distance j - 1 of F, where ``sides`` is how many sides of F the
day has slots on and ``inside`` is F's length when a partner has a second track (it may
meet c while F runs).  Hence, per (c, F) and j = 1, 2, ...: the partners of c that meet it
that day without a break and hold fewer than j other busy slots that day are at most
that many.  With the breaks per (a, d) as 0/1 variables of stage A:

- ``u[m, a] <= x[m, d] <= u[m, a] + breaks[a, d]``: u is 1 when a meets c that day
  without a break;
- ``sum_a u[m, a] - sum_a w[m, a, j] <= capacity x (sides x j + inside)``, where
  ``w[m, a, j] <= u[m, a]`` may be 1 only when a's load that day (slots of its meetings
  and seats) is at least j + the meeting's length.

A one-track attendee cannot change venue inside a run either (adjacent slots leave no time
to travel) except across a pause: so ``u[m, a]`` for a meeting at a venue apart from F's
(not reachable from it by steps of no travel time) asks a load of at least the usable slots
between F and its nearest pause, plus one (and is 0 when no pause lies on a side of F that
has usable slots).  Not for an attendee that may hold an activity without a venue that day:
the travel rule asks no time around such an activity, so a run may change venue there.

Every agenda that follows a day plan satisfies these with ``breaks[a, d]`` = 1 exactly
when a has a break that day, so their least sum is a lower bound on breaks, and each
counts a break of a participant on a day only once.  Only per-day breaks: per session, a
meeting in another session than F needs no run to F.  The participants counted are those
with exactly one fixed activity that day (with two, a meeting between them needs no run
from either).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from convoy.planning.fixed_runs import Held, add_runs
from convoy.planning.model import Built, Expr, holdings
from convoy.planning.options import Option, group_venue, meeting_venue
from convoy.planning.problem import FixedActivity

JOINS = 12  # distances tried per (host, fixed activity), at most


@dataclass
class _Item:
    """An activity of a host that attendees of F may hold beside F: its length and, per
    attendee, the 0/1 expression "holds it that day without a break"."""

    length: int
    free: list[tuple[str, Expr]] = field(default_factory=list)


def fixed_breaks(
    b: Built, starts: Mapping[str, list[Option]], *, second_tracks: bool
) -> dict[tuple[str, str], list[Expr]]:
    """Per (participant, day), expressions each at most its breaks that day in every agenda
    following stage A's plan: a 0/1 variable per attendee (the host constraints above are
    added to ``b.model``), and the gaps ``fixed_runs`` reads off the positions (of
    attendees with a second track too when ``second_tracks``)."""
    if b.config.breaks != "per_day":
        return {}
    only = _single_fixed(b)
    nowhere = _without_venue(b)
    near: dict[str, set[str]] = {}  # venue -> the venues a run may reach from it without a gap
    tables = {v.id: v.tables for v in b.problem.venues if v.tables is not None}
    breaks: dict[tuple[str, str], Expr] = {}
    hosts: dict[tuple[str, int, str], dict[str, _Item]] = defaultdict(dict)  # (host, room a slot, F) -> items
    held: list[Held] = []
    load, most = participant_loads(b)
    far: dict[tuple[str, str, int], Expr] = {}  # (attendee, day, j) -> 1 only if its load > j

    def beyond(a: str, d: str, j: int) -> Expr:
        if j >= most[(a, d)]:
            return 0
        if (a, d, j) not in far:
            g = far[(a, d, j)] = b.model.new_bool_var(f"loaded[{a},{d},{j}]")
            b.model.add(load[(a, d)] >= j + 1).only_enforce_if(g)
        return far[(a, d, j)]

    def note(
        hosts_of: list[tuple[str, int]], a: str, d: str, lit: Expr, *, activity: str, length: int, venue: str | None
    ) -> None:
        f = only.get((a, d))
        if f is None:
            return
        if (a, d) not in breaks:
            breaks[(a, d)] = b.model.new_bool_var(f"fixed_break[{a},{d}]")
        u = b.model.new_bool_var(f"beside[{activity},{a},{d}]")
        b.model.add_implication(u, lit)
        b.model.add(lit <= u + breaks[(a, d)])
        for host, cap in hosts_of:
            hosts[(host, cap, f.id)].setdefault(activity, _Item(length)).free.append((a, u))
        held.append(Held(activity, a, d, u))
        if f.venue is not None and f.venue not in near:
            near[f.venue] = _near(b, f.venue, b.grid.day_leg[d])
        apart = f.venue is not None and venue is not None and venue not in near[f.venue]
        if apart and b.grid.capacity(a) == 1 and (a, d) not in nowhere:  # a venue change: only across a pause
            reach = _to_pause(b, f)
            b.model.add(load[(a, d)] >= (reach if reach is not None else most[(a, d)]) + 1).only_enforce_if(u)

    for m in b.problem.meetings:
        venue = meeting_venue(grid=b.grid, meeting=m)
        at = [(f"venue {venue}", tables[venue])] if venue in tables else []
        for (d, _s), lit in zip(b.options[m.id], b.x[m.id], strict=True):
            for a in m.participants:
                mine = [(c, b.grid.capacity(c)) for c in m.participants if c != a]
                note(mine + at, a, d, lit, activity=m.id, length=m.duration, venue=venue)
    for g in b.problem.group_sessions:
        where = group_venue(grid=b.grid, group=g)
        for i in g.interested:
            for k, seat in b.seats[(g.id, i.delegation)]:
                host = [(g.host, b.grid.capacity(g.host))]
                day = b.options[g.id][k][0]
                note(host, i.delegation, day, seat, activity=g.id, length=g.duration, venue=where)
    _host_rooms(b, hosts, {f.id: f for f in b.problem.fixed}, beyond)
    found: dict[tuple[str, str], list[Expr]] = {key: [flag] for key, flag in breaks.items()}
    for key, gap in add_runs(b, held, only, load, beyond, starts=starts, second_tracks=second_tracks).items():
        found.setdefault(key, []).append(gap)
    return found


def _host_rooms(
    b: Built,
    hosts: dict[tuple[str, int, str], dict[str, _Item]],
    fixed: dict[str, FixedActivity],
    beyond: Callable[[str, str, int], Expr],
) -> None:
    """Per (host, F) and distance j: the slots of the host's activities that attendees hold
    beside F with at most j slots of activities that day fit in the host's room there."""

    def bound_room(host: str, cap: int, f: FixedActivity, items: list[_Item], inside: int) -> None:
        total = sum(x.length for x in items)
        for j in range(1, JOINS + 1):
            room = cap * (_sides(b, f) * j + inside)
            if room >= total:
                return
            near = []
            for x in items:
                close = b.model.new_bool_var(f"near[{host},{f.id},{j}]")
                for a, u in x.free:
                    b.model.add(close >= u - beyond(a, f.day, j))
                near.append(x.length * close)
            b.model.add(sum(near) <= room)

    for (host, cap, fid), items in hosts.items():
        f = fixed[fid]
        # attendees with a second track may also meet the host while F runs (``inside``);
        # those with one track only beside it
        if any(b.grid.capacity(a) > 1 for x in items.values() for a, _u in x.free):
            bound_room(host, cap, f, list(items.values()), f.duration)
        one = [_Item(x.length, [(a, u) for a, u in x.free if b.grid.capacity(a) == 1]) for x in items.values()]
        if any(x.free for x in one):
            bound_room(host, cap, f, [x for x in one if x.free], 0)


def _single_fixed(b: Built) -> dict[tuple[str, str], FixedActivity]:
    """(participant, day) -> its fixed activity, for those with exactly one that day."""
    seen: dict[tuple[str, str], list[FixedActivity]] = defaultdict(list)
    for f in b.problem.fixed:
        if f.day in b.grid.days:
            for who in f.attendees:
                seen[(who, f.day)].append(f)
    return {key: fs[0] for key, fs in seen.items() if len(fs) == 1}


def participant_loads(b: Built) -> tuple[dict[tuple[str, str], Expr], dict[tuple[str, str], int]]:
    """Slots of a participant's meetings, hosted sessions and seats per day, as stage A
    expressions (its room caps them, ``day_assignment._loads``), and the most they can be."""
    parts: dict[tuple[str, str], list[Expr]] = defaultdict(list)
    most: dict[tuple[str, str], int] = defaultdict(int)

    for h in holdings(b):
        parts[(h.who, h.day)].append(h.length * h.lit)
        most[(h.who, h.day)] += h.length
    return {key: sum(p) for key, p in parts.items()}, most


def _near(b: Built, venue: str, leg: str) -> set[str]:
    """The venues of ``leg`` reachable from ``venue`` by steps of no travel time: a run may
    pass through them without a gap."""
    reach, todo = {venue}, [venue]
    while todo:
        here = todo.pop()
        for v in b.problem.venues:
            if v.leg == leg and v.id not in reach and b.grid.travel_minutes(here, v.id) == 0:
                reach.add(v.id)
                todo.append(v.id)
    return reach


def _without_venue(b: Built) -> set[tuple[str, str]]:
    """(participant, day) pairs that may hold an activity without a venue that day: the
    travel rule asks no time around it, so their runs may change venue anywhere."""
    out: set[tuple[str, str]] = set()
    for m in b.problem.meetings:
        if meeting_venue(grid=b.grid, meeting=m) is None:
            out |= {(w, d) for d, _s in b.options[m.id] for w in m.participants}
    for g in b.problem.group_sessions:
        if group_venue(grid=b.grid, group=g) is None:
            days = [d for d, _s in b.options[g.id]]
            out |= {(w, d) for d in days for w in (g.host, *(i.delegation for i in g.interested))}
    for fixed in b.problem.fixed:
        if fixed.venue is None:
            out |= {(w, fixed.day) for w in fixed.attendees}
    return out


def _to_pause(b: Built, f: FixedActivity) -> int | None:
    """The fewest usable slots between F and a pause of its day, on either side (None: no
    pause on a side that has usable slots).  A one-track attendee that runs on from F to an
    activity at a venue apart from F's must change venue inside the run, which it can only
    do across a pause (adjacent slots leave no travel time), so it holds at least that many
    slots, and one more beyond the pause."""
    day = b.grid.days[f.day]
    reach = []
    for side in (range(f.start - 1, -1, -1), range(f.start + f.duration, day.slots)):
        for usable, t in enumerate(side):
            if t in day.breaks:
                reach.append(usable)
                break
    return min(reach) if reach else None


def _sides(b: Built, f: FixedActivity) -> int:
    """0, 1 or 2: whether the day has usable slots before F, and after it."""
    day = b.grid.days[f.day]
    usable = [t for t in range(day.slots) if t not in day.breaks]
    return int(any(t < f.start for t in usable)) + int(any(t >= f.start + f.duration for t in usable))
