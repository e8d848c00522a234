"""The Kempe-chain annealing (the moves are explained in ``kempe.py``) on numpy arrays, its
inner loop compiled (``kempe_kernel.py``), with moves aimed at breaks.

``KempeSearch`` reads the problem into dicts keyed by meeting and participant names, which
is clear but slow to search.  ``FastKempe`` takes a built ``KempeSearch`` (so the slots,
their groups and adjacency, the options, tables and meetings per day are read in one place)
and copies its state into integer-indexed arrays (``kempe_kernel.Arrays``): meeting i has
parties ``parts[i]`` and slot ``at[i]``; participant w has ``busy[w, slot]`` (a meeting,
``FREE`` or ``FIXED``) and ``runs[w, group]``.  The rules kept by a move are the same: a
chain never holds a pinned meeting or a fixed activity, every meeting of it goes to one of
its options, tables per venue and slot and meetings per day hold; only the chain's two ends
change their busy slots, so the change in breaks is read at those two participants.

Moves are of two kinds:

- *random*: a movable meeting and one of its options, as in ``kempe.py``;
- *aimed*: a participant with breaks in a group (a day, or a session) is drawn, a meeting
  at an edge of one of its runs is drawn, and it goes to a free slot beside another of its
  runs (or its own run's other end), or to another day (beside its meetings there, anywhere
  if it has none), annealing deciding.  One in twenty of them, and every one whose edge
  meeting is pinned, instead brings one of the participant's meetings from another day
  (from an edge of its run there) into a free slot beside one of its runs in that group:
  the only aimed move that can fill the gap between two pinned meetings.  The draw favours
  participants with more breaks than their own least (``lower_bound.py``, passed as
  ``KempeSearch.own``): one whose breaks are already its least is drawn again, up to eight
  times, nine draws in ten (``kempe_kernel.drawn``).  Random moves alone almost never
  improve: a chain also moves its far end, and most far ends lose from it.

An annealing's descent settles, by about a temperature of 0.2, which participants end over
their own least, and nothing after it moves them: the participants left have one way to no
break, many meetings away (b157 on brokerage seed 3: pins at day-1 slots 14 and 24 and nine
other meetings, which must all fill slots 15-23).  So after half the time the annealing
*kicks* (``kick``): a participant over its own least is drawn, its own best layout found
(``own_layout``, a small CP-SAT model of it alone), Kempe moves fill the layout's slots with
its meetings whatever its partners pay (``_fill``; where a slot's tables are all taken, a
meeting of others is first moved out, ``_room``: a chain of one meeting cannot go into a full
slot), and, if that brings it to its least, its meetings are held as if pinned while
``KICK_FOR`` seconds of annealing from ``KICK_HEAT`` settle the partners around them; then
they are released and the next kick comes.  Kicks without the layout (aimed moves at it made
at any cost) or without holding left the participant at its break.

The compiled kernel makes some 6 million moves a second on one core on the brokerage
instance (2026-11-22; 3.8 million before the aimed moves read bit words, and half that on
a machine half as fast; the same loop in Python made some 150,000).  numba cannot read the clock, so
``run`` calls it in chunks of about ``CHUNK`` seconds, setting the temperature for each
chunk from the share of the time gone (``heat_at``) and reporting progress between chunks.
The random numbers come from a generator seeded from ``KempeSearch.rng``: the same seed
makes the same moves, though where a chunk ends (and so when the temperature changes)
depends on the machine's speed.

Measured at 60 s on brokerage seeds 1-3 (one core each): the schedule above gave 12, 14
and 12 breaks; geometric schedules from 0.25 down to 0.02 or 0.06 gave 10, 16, 15 and 11,
12, 15; 70 % aimed moves 11, 16, 16; aimed moves that try every target and take the best
13, 15, 21; two copies of the state annealed at once on the two cores (twice the moves)
12, 12, 15.  The spread between runs is as large as those differences, so the schedule and
the shares were kept.  The two copies were measured again on more runs (seeds 1-5, 60 s,
two runs each): 11.2 breaks a run on average (6-17) against 12.9 (7-20) for one annealing
over twenty runs, so ``anneal_copies`` runs one per worker and keeps the best.  Later
probes, not kept (docs/explanation/optimizer.md): idle slots between a participant's
meetings as a second term of a move's cost (seed 1: 14-24 against 11); ejection chains, a
move turned down made anyway and the participants it hurt repaired by their best edge moves
(seeds 1-5, four runs each: 240 breaks against 258, within the spread between runs).
Bringing meetings into a gap from another day (seeds 1-5, two runs each) took the average
from 11.2 breaks a run to 8.1 (5-12); made for half the aimed moves it gave 20 and 21 on
seeds 1 and 2 against 12 and 13.
"""

from __future__ import annotations

import math
import threading
import time
from concurrent.futures import ThreadPoolExecutor

import numpy as np

from convoy.planning import kempe_kernel as k
from convoy.planning.kempe import LONGEST, KempeSearch, first_agenda
from convoy.planning.own_layout import movable_of, own_layout
from convoy.planning.result import Placement
from convoy.planning.sequence import Progress, ProgressEvent

HEAT = 0.4  # starting temperature, in breaks
AIMED = 0.5  # share of steps that are aimed moves
ELSEWHERE = True  # aimed moves may also send the meeting to another day (or session)
CHUNK = 0.1  # seconds of compiled moves between two looks at the clock
KICK_FROM = 0.5  # share of the time after which the annealing kicks (``kick``)
KICK_FOR = 6.0  # seconds of annealing after a kick, the kicked participant held
KICK_HEAT = 0.15  # temperature when a kick's annealing starts
PASSES = 4  # rounds of moves toward a layout (a chain may carry a meeting away again)
ROOM_TRIES = 3  # meetings of others a kick may move out of a full slot to bring one of w's in


def _ints(values: object, shape: tuple[int, ...] | None = None) -> k.Ints:
    out = np.array(values, dtype=np.int32)
    return out.reshape(shape) if shape is not None else out


def _or_none(limit: int | None) -> int:
    return k.NO_LIMIT if limit is None else limit


def heat_at(share: float) -> float:
    """The temperature once ``share`` of the time is gone."""
    return HEAT * (1 - share) ** 2


def _words(group: k.Ints, busy: k.Ints, allowed: k.Flags, n_groups: int) -> dict[str, np.ndarray]:
    """The bit words of ``kempe_kernel.Arrays`` (a group's slots as the bits of one word),
    with no columns when some group is not a run of at most 64 consecutive slots (the
    aimed moves then scan the slots)."""
    start = np.array([np.flatnonzero(group == g)[0] for g in range(n_groups)], dtype=np.int32)
    width = np.bincount(group, minlength=n_groups)
    offset = np.arange(len(group)) - start[group]
    fits = bool((width <= 64).all() and (offset < width[group]).all())
    columns = n_groups if fits else 0
    full = np.zeros(columns, dtype=np.uint64)
    words = np.zeros((busy.shape[0], columns), dtype=np.uint64)
    allowed_words = np.zeros((allowed.shape[0], columns), dtype=np.uint64)
    if fits:
        bits = np.left_shift(np.uint64(1), offset.astype(np.uint64))
        for t in range(len(group)):
            full[group[t]] |= bits[t]
            words[busy[:, t] != k.FREE, group[t]] |= bits[t]
            allowed_words[allowed[:, t], group[t]] |= bits[t]
    return {
        "start": start,
        "full": full,
        "words": words,
        "allowed_words": allowed_words,
        "picks": np.zeros(n_groups, dtype=np.uint64),
    }


class FastKempe:
    """The annealing over integer ids; ``run`` returns the best placements seen."""

    def __init__(self, base: KempeSearch) -> None:
        s = base.s
        self.base = base
        self.floor = base.floor
        self.names = [m for m in base.meetings if m in s.at]
        index = {m: i for i, m in enumerate(self.names)}
        people = sorted({w for m in self.names for w in base.parties[m]} | set(s.busy))
        who = {w: i for i, w in enumerate(people)}
        self.people = people  # participant w of the arrays is people[w]
        n_meetings, n_people, n_slots = len(self.names), len(people), len(s.group)
        widest = max((len(base.parties[m]) for m in self.names), default=1)
        parts = np.full((n_meetings, widest), -1, dtype=np.int32)
        for i, m in enumerate(self.names):
            parts[i, : len(base.parties[m])] = [who[w] for w in base.parties[m]]
        allowed = np.zeros((n_meetings, n_slots), dtype=np.bool_)
        for i, m in enumerate(self.names):
            allowed[i, sorted(base.allowed.get(m, ()))] = True
        self.choices: list[tuple[int, ...]] = [base.choices.get(m, ()) for m in self.names]
        self.mobile = [i for i, m in enumerate(self.names) if m in base.allowed and self.choices[i]]
        venues = sorted({v or "" for v in base.venue.values()})
        venue_id = {v: i for i, v in enumerate(venues)}
        venue = _ints([venue_id[base.venue.get(m) or ""] for m in self.names], (n_meetings,))
        at = _ints([s.at[m] for m in self.names], (n_meetings,))
        used = np.zeros((len(venues), n_slots), dtype=np.int32)
        np.add.at(used, (venue, at), 1)
        groups = sorted(set(s.group))
        group_id = {g: i for i, g in enumerate(groups)}
        n_days = max(s.day_of, default=0) + 1
        group_of = _ints([group_id[g] for g in s.group], (n_slots,))
        busy = np.full((n_people, n_slots), k.FREE, dtype=np.int32)
        for w, mine in s.busy.items():
            for t, m in mine.items():
                busy[who[w], t] = index[m] if m else k.FIXED
        near = np.full((n_slots, 2), -1, dtype=np.int32)
        for t, slots in enumerate(s.near):
            near[t, : len(slots)] = slots
        self.s = k.Arrays(
            parts=parts,
            at=at,
            movable=np.array([m in base.allowed for m in self.names], dtype=np.bool_).reshape(n_meetings),
            allowed=allowed,
            choice_start=_ints(np.cumsum([0] + [len(c) for c in self.choices])),
            choice=_ints([t for c in self.choices for t in c], (sum(len(c) for c in self.choices),)),
            mobile=_ints(self.mobile, (len(self.mobile),)),
            venue=venue,
            limit=_ints([_or_none(base.tables.get(v)) if v else k.NO_LIMIT for v in venues]),
            used=used,
            group=group_of,
            day_of=_ints(s.day_of, (n_slots,)),
            near=near,
            cap=_ints([base.cap_day.get(w, k.NO_LIMIT) for w in people], (n_people,)),
            own=_ints([base.own.get(w, 0) for w in people], (n_people,)),
            per_day=_ints([[s.per_day.get((w, d), 0) for d in range(n_days)] for w in people], (n_people, n_days)),
            busy=busy,
            runs=_ints([[s.runs.get((w, g), 0) for g in groups] for w in people], (n_people, len(groups))),
            bad=np.zeros(n_people * len(groups), dtype=np.int32),
            bad_at=np.full(n_people * len(groups), -1, dtype=np.int32),
            mark=np.zeros(n_meetings, dtype=np.int64),
            rng=np.array([base.rng.getrandbits(64) | 1], dtype=np.uint64),
            best_at=at.copy(),
            cells=np.zeros(k.IMPROVED + 1, dtype=np.int64),
            chain=np.zeros(LONGEST, dtype=np.int32),
            todo=np.zeros(LONGEST, dtype=np.int32),
            ends=np.zeros((widest * LONGEST, 2), dtype=np.int32),
            come=np.zeros((len(venues), 2), dtype=np.int32),
            touched=np.zeros(LONGEST, dtype=np.int32),
            targets=np.zeros(n_slots, dtype=np.int32),
            **_words(group_of, busy, allowed, len(groups)),
        )
        keys = np.flatnonzero(self.s.runs.reshape(-1) > 1)
        self.s.bad[: len(keys)] = keys
        self.s.bad_at[keys] = np.arange(len(keys), dtype=np.int32)
        self.s.cells[k.N_BAD] = len(keys)
        self.s.cells[k.BREAKS] = self.s.cells[k.BEST] = int(np.maximum(self.s.runs - 1, 0).sum())
        self.at = self.s.at
        self.moves = 0
        self.kicks = 0

    @property
    def breaks(self) -> int:
        return int(self.s.cells[k.BREAKS])

    @property
    def best(self) -> int:
        """The fewest breaks seen (by ``run``), those of ``best_at``."""
        return int(self.s.cells[k.BEST])

    @property
    def stats(self) -> dict[str, int]:
        """Moves tried by kind, accepted, and new bests, over every ``run``."""
        c = self.s.cells
        return {
            "random": int(c[k.RANDOM]),
            "aimed": int(c[k.AIMED]),
            "accepted": int(c[k.ACCEPTED]),
            "improved": int(c[k.IMPROVED]),
        }

    @property
    def bad(self) -> list[int]:
        """The keys w * groups + g of the (participant, group) pairs with more than one run."""
        return sorted(int(x) for x in self.s.bad[: self.s.cells[k.N_BAD]])

    def evaluate(self, first: int, b: int) -> int | None:
        """The change in breaks of the Kempe move of ``first`` to slot b, or None when a rule
        forbids it."""
        delta = int(k.evaluate(self.s, first, b))
        return None if delta == k.BLOCKED else delta

    def try_move(self, first: int, b: int, heat: float) -> bool:
        return bool(k.try_move(self.s, first, b, heat))

    def aimed(self, heat: float) -> bool:
        return bool(k.aimed(self.s, heat, ELSEWHERE))

    def run(
        self,
        seconds: float,
        *,
        progress: Progress | None = None,
        began: float | None = None,
        stop: threading.Event | None = None,
    ) -> list[Placement]:
        """Anneal for ``seconds``; the best placements seen (``best`` holds their breaks).
        It ends early at the floor, or once ``stop`` is set, which it sets at the floor (so
        copies annealing at once end together when one of them is optimal)."""
        start = time.perf_counter()
        began = start if began is None else began
        self.s.cells[k.BEST] = self.breaks
        self.s.best_at[:] = self.s.at
        steps, told = 1000, self.breaks
        held: list[int] = []
        kicked = -1.0  # when the last kick's annealing began
        while self.mobile and self.best > self.floor and not (stop is not None and stop.is_set()):
            elapsed = time.perf_counter() - start
            if elapsed >= seconds:
                break
            heat = heat_at(elapsed / seconds)
            if elapsed >= KICK_FROM * seconds:
                if kicked < 0 or elapsed - kicked >= KICK_FOR:
                    self.release(held)
                    held, kicked = self.kick(), elapsed
                heat = KICK_HEAT * max(0.0, 1 - (elapsed - kicked) / KICK_FOR)
            knobs = k.Knobs(heat, AIMED, ELSEWHERE, self.floor)
            chunk_began = time.perf_counter()
            done = int(k.anneal(self.s, steps, knobs))
            took = time.perf_counter() - chunk_began
            self.moves += done
            left = seconds - (time.perf_counter() - start)
            steps = max(100, int(done / max(took, 1e-6) * min(CHUNK, max(left, 0.0))))
            if progress is not None and self.best < told:
                told = self.best
                progress(ProgressEvent("compactness", told, self.floor, round(time.perf_counter() - began, 3)))
        if stop is not None and self.best <= self.floor:
            stop.set()
        self.release(held)
        return self.placements(self.s.best_at)

    def over_least(self) -> list[int]:
        """The participants with more breaks than their own least, in id order."""
        n_groups = self.s.runs.shape[1]
        keys = self.s.bad[: self.s.cells[k.N_BAD]]
        return sorted(w for w in {int(key) // n_groups for key in keys} if self.breaks_of(w) > self.s.own[w])

    def breaks_of(self, w: int) -> int:
        return int(k.breaks_of(self.s.runs, w))

    def kick(self, w: int | None = None) -> list[int]:
        """Take w (by default one drawn among those over their own least) to its own best
        layout (``own_layout``) by Kempe moves made whatever they cost its partners; when
        that brings w to its least, its meetings are held (as if pinned) and returned, for
        the annealing that follows to settle the partners around them (``release`` ends
        it).  Kicks are counted in ``kicks``."""
        if w is None:
            over = self.over_least()
            if not over:
                return []
            w = over[k.below(self.s.rng, len(over))]
        found = own_layout(self.s, w)
        if found is None:
            return []
        self.kicks += 1
        layout, _least = found
        self._fill(w, set(layout.values()))
        if self.breaks_of(w) > self.s.own[w]:
            return []
        held = movable_of(self.s, w)
        self.s.movable[held] = False
        return held

    def _fill(self, w: int, slots: set[int]) -> None:
        """Kempe moves, whatever they cost w's partners, until w is busy at each of ``slots``
        (a layout's): into each of them where w is free, the cheapest move of one of w's
        meetings from outside them that may go there (like meetings are interchangeable to
        w, so any of them will do); where every such move is blocked because the slot's
        tables are full, first a meeting of others leaves it (``_room``).  Up to ``PASSES``
        rounds, since a chain may carry one of w's meetings away again."""
        s = self.s
        for _ in range(PASSES):
            for t in sorted(slots):
                for _ in range(ROOM_TRIES):
                    if s.busy[w, t] != k.FREE:
                        break
                    options = [m for m in movable_of(s, w) if int(s.at[m]) not in slots and s.allowed[m, t]]
                    moves = [(delta, m) for m in options if (delta := self.evaluate(m, t)) is not None]
                    if moves:
                        k.try_move(s, min(moves)[1], t, math.inf)
                    elif not options or not self._room(w, t, int(s.venue[options[0]])):
                        break
            if all(s.busy[w, t] != k.FREE for t in slots):
                return

    def _room(self, w: int, t: int, venue: int) -> bool:
        """Free a table of ``venue`` at slot t, when all are taken: the cheapest Kempe move of
        a meeting there, not w's, whose chain takes more meetings of that venue away from t
        than it brings.  False when there is none (or tables are not what is full)."""
        s = self.s
        if s.limit[venue] == k.NO_LIMIT or s.used[venue, t] < s.limit[venue]:
            return False
        best: tuple[int, int, int] | None = None
        for m in (int(i) for i in np.flatnonzero((s.at == t) & (s.venue == venue))):
            if w in s.parts[m]:
                continue
            for b in self.choices[m]:
                delta = self.evaluate(m, b)
                if delta is None or (best is not None and delta >= best[0]):
                    continue
                chain = s.chain[: s.cells[k.N_CHAIN]]
                chain = chain[s.venue[chain] == venue]
                if int((s.at[chain] == t).sum()) > int((s.at[chain] == b).sum()):
                    best = (delta, m, b)
        return best is not None and bool(k.try_move(s, best[1], best[2], math.inf))

    def release(self, held: list[int]) -> None:
        self.s.movable[held] = True

    def placements(self, at: k.Ints) -> list[Placement]:
        return self.base.placements({m: int(at[i]) for i, m in enumerate(self.names)})


def anneal_copies(
    base: KempeSearch, copies: int, seconds: float, *, progress: Progress | None = None, began: float | None = None
) -> tuple[list[Placement], FastKempe, list[FastKempe]]:
    """``copies`` annealings from the same agenda, each with its own random numbers, at once
    on as many threads (the compiled loop releases the GIL, and each copy has its own
    arrays): the best placements seen, the copy that saw them, and all the copies.  Runs of one annealing end
    anywhere between 10 and 16 breaks on the same brokerage event, so the better of two is
    worth the second core.  Progress is reported when any copy beats the best told so far."""
    searches = [FastKempe(base) for _ in range(max(1, copies))]
    lock = threading.Lock()
    told = min(s.breaks for s in searches)

    def tell(event: ProgressEvent) -> None:
        nonlocal told
        with lock:
            if event.value < told:
                told = int(event.value)
                if progress is not None:
                    progress(event)

    with ThreadPoolExecutor(len(searches)) as pool:
        optimal = threading.Event()
        placed = list(pool.map(lambda search: search.run(seconds, progress=tell, began=began, stop=optimal), searches))
    best = min(range(len(searches)), key=lambda i: searches[i].best)
    return placed[best], searches[best], searches


def warm() -> float:
    """Compile the kernel, or load it from numba's cache, on a tiny brokerage event, so that
    the first real solve does not spend its time limit compiling (``make setup`` runs this);
    the seconds it took."""
    from convoy.planning.config import Config
    from convoy.planning.generate import brokerage

    began = time.perf_counter()
    problem = brokerage(seed=1, businesses=40, meetings=80, days=2, slots=8, tables=10)
    placed = first_agenda(problem, Config())
    if placed is None:
        raise RuntimeError("the warm-up instance could not be swept")
    search = FastKempe(KempeSearch(problem, placed, Config()))
    search.run(0.01)
    first = search.mobile[0]
    search.evaluate(first, search.choices[first][0])  # the entry points the tests call
    search.try_move(first, search.choices[first][0], heat=0.0)
    search.aimed(heat=0.0)
    return time.perf_counter() - began
