"""A lower bound on breaks that every feasible agenda respects: each participant alone.

Why: on large problems CP-SAT's own bound on breaks is 0 (its LP relaxation cannot count
gaps), so no gap could be reported.  Relaxing the problem to one participant at a time,
partners ignored, is often tight (the B2B literature reports the same) and takes
milliseconds per participant.

The relaxation for a participant w of capacity c (``tracks`` or ``capacity``), in the terms
of ``check_terms.breaks_by_participant``:

- *forced* slots are busy where they stand: w's fixed activities and w's pinned mandatory
  meetings (an optional pinned meeting counts as optional, at its pin: it may be left out);
  time inside the day's pauses (lunch) is not counted, and the slots on either side of a
  pause follow each other, as in ``check``;
- every other mandatory meeting of w becomes ``duration`` *units*, each free to sit in any
  slot that some option of that meeting covers; a slot holds at most c units minus the
  activities forced there (splitting a k-slot meeting keeps its busy slots, so this relaxes);
- optional meetings, group-session seats and hosting may make slots busy (they can fill a
  gap) at slots their options cover, at most their total duration of slots;
- a meeting's slots are its options (``meeting_options``), so a one-track attendee of a
  fixed activity elsewhere keeps the travel time after it; the travel between two free
  activities, partners, tables, precedences, ``max_per_day``, floors and the fairness
  bound are ignored (each only removes agendas).

Any feasible agenda gives w a busy set B holding its forced slots; every other busy slot
holds a mandatory unit (a *mandatory slot*) or only optional activities (an *optional
slot*, at most the optional budget of them).  Mandatory slots are counted per *atom* (a
class of slots, see ``_ledger``): k_T mandatory slots in the atoms of T hold between k_T and
c x k_T units (plus the room forced slots leave), and Hall's condition on the units of the
meetings confined to T, or to the other atoms, bounds k_T from both sides.  The least
breaks over every such B is found exactly, per group of the break count (a day or a
session) by a dynamic programme over its slots, then by a knapsack over the groups.
Whatever cannot be modelled exactly is relaxed towards fewer breaks: too many atoms are
merged, and an optional budget too costly to track is dropped.

A problem without any feasible agenda makes every number a valid bound, so nothing is
claimed there: a mandatory meeting without any option is left out (as if it were not
requested), and a participant whose relaxation has no solution contributes 0.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field

from convoy.planning.check_terms import session_of
from convoy.planning.config import Config
from convoy.planning.options import (
    Grid,
    Option,
    build_grid,
    free_slots,
    group_options,
    meeting_options,
    meeting_venue,
    seat_ok,
    starts,
    within_reach,
)
from convoy.planning.problem import Day, Problem, Restriction

Slot = Option
Region = tuple[str, str]
# Finer atoms give a tighter bound but more states; beyond these limits atoms are merged.
MAX_ATOMS = 4
MAX_STATES = 4096


@dataclass(frozen=True)
class BreaksBound:
    """``total`` <= the breaks of every feasible agenda; ``per_participant`` only lists bounds > 0."""

    total: int
    per_participant: Mapping[str, int]


@dataclass
class _Person:
    """What the relaxation keeps of one participant."""

    capacity: int
    forced: dict[Slot, int] = field(default_factory=lambda: defaultdict(int))
    mandatory: list[tuple[int, frozenset[Slot]]] = field(default_factory=list)
    optional: set[Slot] = field(default_factory=set)
    optional_units: int = 0


def breaks_lower_bound(problem: Problem, config: Config) -> BreaksBound:
    """The sum over participants of the least breaks each could have alone."""
    grid = build_grid(problem)
    sessions = _Sessions(grid.days)
    per: dict[str, int] = {}
    for who, person in sorted(_people(problem, grid).items()):
        bound = _person_bound(person, sessions, config.breaks)
        if bound > 0:
            per[who] = bound
    return BreaksBound(total=sum(per.values()), per_participant=per)


def _people(problem: Problem, grid: Grid) -> dict[str, _Person]:
    people: dict[str, _Person] = {}

    def person(who: str) -> _Person:
        if who not in people:
            people[who] = _Person(capacity=grid.capacity(who))
        return people[who]

    def force(who: str, day: str, start: int, duration: int) -> None:
        for s in range(start, start + duration):
            if s not in grid.days[day].breaks:  # time inside a pause (lunch) is not counted
                person(who).forced[(day, s)] += 1

    for f in problem.fixed:
        if f.day in grid.days:
            for who in f.attendees:
                force(who, f.day, f.start, f.duration)
    fits_day: dict[Restriction, frozenset[Slot]] = {}
    travelling = {who for who, _day in grid.fixed_at}  # travel from their fixed activities cuts options
    for m in problem.meetings:
        if m.pinned is not None and m.mandatory:
            if m.pinned.day in grid.days:
                for who in m.participants:
                    force(who, m.pinned.day, m.pinned.slot, m.duration)
            continue
        if m.duration == 1 and m.pinned is None:
            # What ``meeting_options`` computes, faster: free for everyone, in a fitting session,
            # within reach of the participants' fixed activities elsewhere.
            if m.session not in fits_day:
                fits_day[m.session] = frozenset(
                    starts(grid=grid, participants=(), duration=1, restriction=m.session, pinned=None)
                )
            cover = fits_day[m.session].intersection(*(free_slots(grid, who) for who in m.participants))
            if not travelling.isdisjoint(m.participants):
                venue = meeting_venue(grid=grid, meeting=m)
                cover = frozenset(within_reach(grid, m.participants, list(cover), 1, venue))
        else:
            cover = _cover(meeting_options(grid=grid, meeting=m), m.duration)
        if not cover:
            continue
        for who in m.participants:
            if m.mandatory:
                person(who).mandatory.append((m.duration, cover))
            else:
                _add_optional(person(who), cover, m.duration)
    for g in problem.group_sessions:
        options = group_options(grid=grid, group=g)
        if options:
            _add_optional(person(g.host), _cover(options, g.duration), g.duration)
        for interest in g.interested:
            seats = [
                o for o in options if seat_ok(grid=grid, delegation=interest.delegation, option=o, duration=g.duration)
            ]
            if seats:
                _add_optional(person(interest.delegation), _cover(seats, g.duration), g.duration)
    return people


def _cover(options: list[Option], duration: int) -> frozenset[Slot]:
    return frozenset((day, s) for day, start in options for s in range(start, start + duration))


def _add_optional(person: _Person, cover: frozenset[Slot], duration: int) -> None:
    person.optional |= cover
    person.optional_units += duration


class _Sessions:
    """Session name of each (day, slot), remembered: regions and groups ask for it often."""

    def __init__(self, days: Mapping[str, Day]) -> None:
        self.days = days
        self.names: dict[Slot, str] = {}

    def of(self, slot: Slot) -> str:
        name = self.names.get(slot)
        if name is None:
            name = self.names[slot] = session_of(day=self.days[slot[0]], slot=slot[1])
        return name

    def follows(self, day: str, previous: int, slot: int) -> bool:
        """True when ``slot`` comes right after ``previous``: nothing but pauses (lunch) between."""
        pauses = self.days[day].breaks
        return slot > previous and all(t in pauses for t in range(previous + 1, slot))


@dataclass(frozen=True)
class _Ledger:
    """How mandatory slots are counted (per atom) and checked, and the optional budget.

    A state is one integer: digit a (radix ``upper[a] + 1``, place ``strides[a]``) counts the
    mandatory slots in atom a, and the top digit (radix ``budget + 1``) the optional slots
    when the budget is tracked (``budget`` None: it cannot bind, or is too costly to track).
    """

    capacity: int
    units: int
    atom_of: dict[Slot, int]
    need: list[int]
    upper: list[int]
    room: list[int]
    budget: int | None

    @property
    def strides(self) -> list[int]:
        return [math.prod(u + 1 for u in self.upper[:a]) for a in range(len(self.upper))]

    @property
    def optional_stride(self) -> int:
        return math.prod(u + 1 for u in self.upper)

    def digits(self, key: int) -> list[int]:
        return [key // st % (up + 1) for st, up in zip(self.strides, self.upper, strict=True)]

    def holds(self, key: int) -> bool:
        """Hall's condition both ways for every set T of atoms (bitmask)."""
        k = self.digits(key)
        full = (1 << len(k)) - 1
        for mask in range(1, full + 1):
            slots = sum(n for a, n in enumerate(k) if mask >> a & 1)
            room = sum(r for a, r in enumerate(self.room) if mask >> a & 1)
            if self.capacity * slots + room < self.need[mask] or slots > self.units - self.need[full ^ mask]:
                return False
        return True


def _person_bound(person: _Person, sessions: _Sessions, per: str) -> int:
    if not person.mandatory and not person.forced:
        return 0
    ledger = _ledger(person, sessions)
    groups: dict[tuple[str, str], list[int]] = defaultdict(list)
    useful: set[tuple[str, str]] = set()
    for slot in set(person.forced) | set(ledger.atom_of) | person.optional:
        key = (slot[0], sessions.of(slot) if per == "per_session" else "")
        groups[key].append(slot[1])
        if slot in person.forced or slot in ledger.atom_of:
            useful.add(key)
    if _zero_without_forced(person, ledger, groups, sessions):
        return 0
    # A group with only optional slots is best left idle (busy there only adds runs).
    states: dict[int, int] = {0: 0}
    for key in sorted(useful):
        states = _merge(ledger, states, _group_table(person, ledger, key[0], sorted(groups[key]), sessions))
    return min((b for key, b in states.items() if ledger.holds(key)), default=0)


def _zero_without_forced(
    person: _Person, ledger: _Ledger, groups: Mapping[tuple[str, str], list[int]], sessions: _Sessions
) -> bool:
    """True when one run per group obviously suffices (one atom, nothing forced): a shortcut."""
    if person.forced or len(ledger.upper) != 1:
        return False
    longest = 0
    for (day, _key), slots in groups.items():
        best = run = 0
        previous = None
        for s in sorted(slots):
            if (day, s) not in ledger.atom_of:
                run = 0
            elif previous is not None and sessions.follows(day, previous, s):
                run += 1
            else:
                run = 1
            best = max(best, run)
            previous = s
        longest += best
    return longest > 0 and longest * ledger.capacity >= ledger.units


def _group_table(person: _Person, ledger: _Ledger, day: str, slots: list[int], sessions: _Sessions) -> dict[int, int]:
    """State -> least breaks in one group: a dynamic programme slot by slot, remembering
    whether the previous slot is busy (runs are what breaks count)."""
    idle: dict[int, int] = {0: 0}
    busy: dict[int, int] = {}
    previous: int | None = None
    strides, optional_stride = ledger.strides, ledger.optional_stride
    for s in slots:
        slot = (day, s)
        if busy and previous is not None and not sessions.follows(day, previous, s):
            idle = _least(idle, busy)
            busy = {}
        moves: list[tuple[int, int, int]] = []  # (stride, radix, limit): add stride if digit < limit
        forced = slot in person.forced
        if forced:
            moves.append((0, 1, 1))
        else:
            atom = ledger.atom_of.get(slot)
            if atom is not None:
                moves.append((strides[atom], ledger.upper[atom] + 1, ledger.upper[atom]))
            if slot in person.optional:
                if ledger.budget is None:
                    moves.append((0, 1, 1))
                else:
                    moves.append((optional_stride, ledger.budget + 1, ledger.budget))
        after: dict[int, int] = {}
        for states, cost in ((idle, 1), (busy, 0)):
            for key, runs in states.items():
                for stride, radix, limit in moves:
                    if stride and key // stride % radix >= limit:
                        continue
                    new = key + stride
                    if runs + cost < after.get(new, math.inf):
                        after[new] = runs + cost
        idle = {} if forced else _least(idle, busy)
        busy = after
        previous = s
    return _pareto(ledger, {key: max(runs - 1, 0) for key, runs in _least(idle, busy).items()})


def _least(one: dict[int, int], other: dict[int, int]) -> dict[int, int]:
    merged = dict(one)
    for key, value in other.items():
        if value < merged.get(key, math.inf):
            merged[key] = value
    return merged


def _merge(ledger: _Ledger, states: dict[int, int], table: dict[int, int]) -> dict[int, int]:
    """Least breaks of each state of two groups together (a knapsack step)."""
    stride = ledger.optional_stride
    budget = math.inf if ledger.budget is None else ledger.budget
    right = [(key, ledger.digits(key), key // stride, breaks) for key, breaks in table.items()]
    merged: dict[int, int] = {}
    for one, breaks in states.items():
        mine, used = ledger.digits(one), one // stride
        for other, theirs, more_used, more in right:
            if used + more_used > budget or any(a + b > u for a, b, u in zip(mine, theirs, ledger.upper, strict=True)):
                continue
            key = one + other
            if breaks + more < merged.get(key, math.inf):
                merged[key] = breaks + more
    return _pareto(ledger, merged)


def _pareto(ledger: _Ledger, states: dict[int, int]) -> dict[int, int]:
    """Drop states using more optional slots for no fewer breaks than another with the same counts."""
    if ledger.budget is None:
        return states
    stride = ledger.optional_stride
    kept: dict[int, int] = {}
    best: dict[int, float] = defaultdict(lambda: math.inf)
    for key in sorted(states, key=lambda k: (k // stride, states[k])):
        counts = key % stride
        if states[key] < best[counts]:
            best[counts] = states[key]
            kept[key] = states[key]
    return kept


def _ledger(person: _Person, sessions: _Sessions) -> _Ledger:
    """Atoms, needs and bounds for ``person`` (every mandatory meeting of it has an option).

    An atom is a class of regions (sessions of days, days, or everything: the finest of
    these that stays within ``MAX_ATOMS`` and ``MAX_STATES``) that lie in the reach of exactly
    the same meetings; each meeting then reaches a set of atoms, a superset of its options,
    so Hall's condition over atoms relaxes the real one.
    """
    units = sum(duration for duration, _cover in person.mandatory)
    reach = {s for _duration, cover in person.mandatory for s in cover}
    free = reach - set(person.forced)
    optional_slots = person.optional - set(person.forced)
    budget: int | None = person.optional_units if person.optional_units < len(optional_slots) else None
    regions = {s: (s[0], sessions.of(s)) for s in reach}
    reaches = [frozenset(regions[s] for s in cover) for _duration, cover in person.mandatory]
    for level in range(3):
        coarse = [frozenset(_coarser(r, level) for r in rs) for rs in reaches]
        atom_of_region, masks = _atoms(coarse)
        width = len(set(atom_of_region.values()))
        if width > MAX_ATOMS and level < 2:
            continue
        full = (1 << width) - 1
        need = [
            sum(d for (d, _c), m in zip(person.mandatory, masks, strict=True) if m & ~t == 0) for t in range(full + 1)
        ]
        atom_of = {s: atom_of_region[_coarser(regions[s], level)] for s in free}
        upper = [min(units - need[full ^ (1 << a)], sum(1 for v in atom_of.values() if v == a)) for a in range(width)]
        size = math.prod(u + 1 for u in upper) * (budget + 1 if budget is not None else 1)
        if size <= MAX_STATES or level == 2:
            break
    if size > MAX_STATES:
        budget = None
    room = [0] * width
    for s, load in person.forced.items():
        if s in reach:
            room[atom_of_region[_coarser(regions[s], level)]] += max(0, person.capacity - load)
    return _Ledger(
        capacity=person.capacity,
        units=units,
        atom_of=atom_of,
        need=need,
        upper=upper,
        room=room,
        budget=budget,
    )


def _coarser(region: Region, level: int) -> Region:
    """A session of a day (level 0), its day (1), or everything (2)."""
    if level == 0:
        return region
    return (region[0], "") if level == 1 else ("", "")


def _atoms(reaches: list[frozenset[Region]]) -> tuple[dict[Region, int], list[int]]:
    """Atom of each region reached, and the bitmask of the atoms each meeting reaches."""
    classes = sorted(set(reaches), key=sorted)
    regions = sorted({r for reach in reaches for r in reach})
    signature = {r: tuple(i for i, c in enumerate(classes) if r in c) for r in regions}
    numbers = {sig: n for n, sig in enumerate(sorted(set(signature.values())))}
    atom_of_region = {r: numbers[signature[r]] for r in regions}
    masks = [sum({1 << atom_of_region[r] for r in reach}) for reach in reaches]
    return atom_of_region, masks
