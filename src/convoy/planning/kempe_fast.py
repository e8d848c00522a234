"""The Kempe-chain annealing (the moves are explained in ``kempe.py``) on integer ids, with
moves aimed at breaks.

``KempeSearch`` reads the problem into dicts keyed by meeting and participant names, which
is clear but slow to search (an annealing on it made some 28,000 moves a second, most of
the time going to dict look-ups; it was replaced by this one).  ``FastKempe`` takes a built
``KempeSearch`` (so the slots, their groups and
adjacency, the options, tables and meetings per day are read in one place) and copies its
state into lists indexed by integers: meeting i has parties ``parts[i]`` and slot
``at[i]``; participant w has ``busy[w][slot]`` (a meeting, ``FREE`` or ``FIXED``) and
``runs[w][group]``.  The rules kept by a move are the same: a chain never holds a pinned
meeting or a fixed activity, every meeting of it goes to one of its options, tables per
venue and slot and meetings per day hold; only the chain's two ends change their busy
slots, so the change in breaks is read at those two participants.

Moves are of two kinds:

- *random*: a movable meeting and one of its options, as in ``kempe.py``;
- *aimed*: a participant with breaks in a group (a day, or a session) is drawn, every
  meeting at an edge of one of its runs is tried next to each of its other runs, and the
  best of those chains is taken (annealing acceptance).  Trying them all, rather than one
  at random, is what makes them pay: a chain also moves its far end, and most far ends
  lose from it.
"""

from __future__ import annotations

import math
import random
import time

from convoy.planning.kempe import LONGEST, KempeSearch
from convoy.planning.result import Placement
from convoy.planning.sequence import Progress, ProgressEvent

FREE = -1
FIXED = -2
HEAT = 0.4  # starting temperature, in breaks
AIMED = 0.5  # share of steps that are aimed moves
ELSEWHERE = True  # aimed moves may also send the meeting to another day (or session)


class FastKempe:
    """The annealing over integer ids; ``run`` returns the best placements seen."""

    def __init__(self, base: KempeSearch) -> None:
        s = base.s
        self.base = base
        self.floor = base.floor
        self.slots = n_slots = len(s.group)
        self.names = [m for m in base.meetings if m in s.at]
        index = {m: i for i, m in enumerate(self.names)}
        people = sorted({w for m in self.names for w in base.parties[m]} | set(s.busy))
        self.people = people
        who = {w: k for k, w in enumerate(people)}
        self.parts: list[tuple[int, ...]] = [tuple(who[w] for w in base.parties[m]) for m in self.names]
        self.at: list[int] = [s.at[m] for m in self.names]
        self.movable: list[bool] = [m in base.allowed for m in self.names]
        self.allowed: list[int] = [sum(1 << t for t in base.allowed.get(m, ())) for m in self.names]
        self.choices: list[tuple[int, ...]] = [base.choices.get(m, ()) for m in self.names]
        venues = sorted({v or "" for v in base.venue.values()})
        venue_id = {v: k for k, v in enumerate(venues)}
        self.venue: list[int] = [venue_id[base.venue.get(m) or ""] for m in self.names]
        self.limit: list[int | None] = [base.tables.get(v) if v else None for v in venues]
        self.used: list[list[int]] = [[0] * n_slots for _ in venues]
        for i, t in enumerate(self.at):
            self.used[self.venue[i]][t] += 1
        groups = sorted(set(s.group))
        group_id = {g: k for k, g in enumerate(groups)}
        self.group: list[int] = [group_id[g] for g in s.group]
        self.n_groups = len(groups)
        self.group_slots: list[list[int]] = [
            [t for t in range(n_slots) if self.group[t] == g] for g in range(len(groups))
        ]
        self.day_of: list[int] = list(s.day_of)
        self.near: list[tuple[int, ...]] = list(s.near)
        self.cap: list[int | None] = [base.cap_day.get(w) for w in people]
        n_days = max(self.day_of, default=0) + 1
        self.per_day: list[list[int]] = [[s.per_day.get((w, d), 0) for d in range(n_days)] for w in people]
        self.busy: list[list[int]] = [[FREE] * n_slots for _ in people]
        for w, mine in s.busy.items():
            row = self.busy[who[w]]
            for t, m in mine.items():
                row[t] = index[m] if m else FIXED
        self.runs: list[list[int]] = [[s.runs.get((w, g), 0) for g in groups] for w in people]
        self.mask: list[int] = [sum(1 << t for t, m in enumerate(row) if m != FREE) for row in self.busy]
        self.gmask: list[int] = [sum(1 << t for t in slots) for slots in self.group_slots]
        self.bad: list[int] = []  # w * n_groups + g for every (w, g) with more than one run
        self.bad_at: dict[int, int] = {}
        for k in range(len(people)):
            for g in range(len(groups)):
                if self.runs[k][g] > 1:
                    self._mark(k * len(groups) + g, True)
        self.breaks = sum(max(r - 1, 0) for row in self.runs for r in row)
        self.rng = random.Random(base.rng.random())
        self.mobile = [i for i in range(len(self.names)) if self.movable[i] and self.choices[i]]
        self.mark = [0] * len(self.names)
        self.stamp = 0
        self.best = self.breaks
        self.moves = 0
        self.stats = {"random": 0, "aimed": 0, "accepted": 0, "improved": 0}

    # -- bookkeeping -----------------------------------------------------------------

    def _mark(self, key: int, on: bool) -> None:
        if on:
            if key not in self.bad_at:
                self.bad_at[key] = len(self.bad)
                self.bad.append(key)
        else:
            i = self.bad_at.pop(key, None)
            if i is not None:
                last = self.bad.pop()
                if i < len(self.bad):
                    self.bad[i] = last
                    self.bad_at[last] = i

    def _runs_change(self, row: list[int], slot: int, skip: int) -> int:
        """Runs gained when ``slot`` becomes busy in ``row`` (``skip`` counts as free)."""
        near = 0
        for n in self.near[slot]:
            if n != skip and row[n] != FREE:
                near += 1
        return 1 - near

    def _end_delta(self, w: int, old: int, new: int) -> int:
        """Breaks gained by participant w when its meeting goes from slot old to new."""
        row = self.busy[w]
        runs = self.runs[w]
        g_old, g_new = self.group[old], self.group[new]
        before = runs[g_old]
        after = before - self._runs_change(row, old, -3)
        if g_old == g_new:
            after += self._runs_change(row, new, old)
            return max(after - 1, 0) - max(before - 1, 0)
        before_new = runs[g_new]
        after_new = before_new + self._runs_change(row, new, old)
        return max(after - 1, 0) - max(before - 1, 0) + max(after_new - 1, 0) - max(before_new - 1, 0)

    # -- moves -----------------------------------------------------------------------

    def chain(self, first: int, b: int) -> tuple[list[int], list[tuple[int, int]]] | None:
        """The chain through meeting ``first`` for its slot and b, with its ends (participant,
        meeting), or None when it cannot be exchanged."""
        a = self.at[first]
        self.stamp += 1
        stamp, mark, at, busy, parts, movable = self.stamp, self.mark, self.at, self.busy, self.parts, self.movable
        mark[first] = stamp
        chain = [first]
        ends: list[tuple[int, int]] = []
        todo = [first]
        while todo:
            m = todo.pop()
            other = b if at[m] == a else a
            for w in parts[m]:
                n = busy[w][other]
                if n == FREE:
                    ends.append((w, m))
                    continue
                if n < 0 or not movable[n]:
                    return None
                if mark[n] == stamp:
                    continue
                mark[n] = stamp
                chain.append(n)
                todo.append(n)
                if len(chain) > LONGEST:
                    return None
        return chain, ends

    def evaluate(self, first: int, b: int) -> tuple[int, list[int], list[tuple[int, int]]] | None:
        """(change in breaks, chain, ends) of the Kempe move of ``first`` to slot b, or None when
        a rule forbids it."""
        a = self.at[first]
        if a == b:
            return None
        found = self.chain(first, b)
        if found is None:
            return None
        chain, ends = found
        at, allowed, venue, limit = self.at, self.allowed, self.venue, self.limit
        come: dict[tuple[int, int], int] = {}  # (venue, slot) -> limited meetings coming in
        for m in chain:
            to = b if at[m] == a else a
            if not allowed[m] >> to & 1:
                return None
            v = venue[m]
            if limit[v] is not None:
                come[(v, to)] = come.get((v, to), 0) + 1
        for (v, to), n in come.items():
            net = n - come.get((v, b if to == a else a), 0)
            cap = limit[v]
            if net > 0 and cap is not None and self.used[v][to] + net > cap:
                return None
        day_a, day_b = self.day_of[a], self.day_of[b]
        delta = 0
        for w, m in ends:
            old = at[m]
            new = b if old == a else a
            if day_a != day_b:
                cap = self.cap[w]
                if cap is not None and self.per_day[w][self.day_of[new]] + 1 > cap:
                    return None
            delta += self._end_delta(w, old, new)
        return delta, chain, ends

    def apply(self, b: int, chain: list[int], ends: list[tuple[int, int]], delta: int) -> None:
        at = self.at
        a = at[chain[0]]
        busy, runs, group, n_groups = self.busy, self.runs, self.group, self.n_groups
        for w, m in ends:
            old = at[m]
            new = b if old == a else a
            row = busy[w]
            g = group[old]
            runs[w][g] -= self._runs_change(row, old, -3)
            self._mark(w * n_groups + g, runs[w][g] > 1)
            row[old] = FREE
            g = group[new]
            runs[w][g] += self._runs_change(row, new, -3)
            self._mark(w * n_groups + g, runs[w][g] > 1)
            self.per_day[w][self.day_of[old]] -= 1
            self.per_day[w][self.day_of[new]] += 1
            self.mask[w] ^= (1 << old) | (1 << new)
        for m in chain:
            old = at[m]
            new = b if old == a else a
            at[m] = new
            used = self.used[self.venue[m]]
            used[old] -= 1
            used[new] += 1
        for m in chain:
            t = at[m]
            for w in self.parts[m]:
                busy[w][t] = m
        self.breaks += delta

    def try_move(self, first: int, b: int, heat: float) -> bool:
        found = self.evaluate(first, b)
        if found is None:
            return False
        delta, chain, ends = found
        if not self.accept(delta, heat):
            return False
        self.apply(b, chain, ends, delta)
        return True

    def accept(self, cost: int, heat: float) -> bool:
        return cost <= 0 or (heat > 0 and self.rng.random() < math.exp(-cost / heat))

    def aimed(self, heat: float) -> bool:
        """A participant with breaks in a group: a meeting at an edge of one of its runs goes
        to a free slot beside one of its other busy slots in that group (one run's end to
        another run, or to the run's other end)."""
        if not self.bad:
            return False
        w, g = divmod(self.rng.choice(self.bad), self.n_groups)
        x = self.mask[w] & self.gmask[g]
        edges = _bits(x & ~((x << 1) & (x >> 1)))
        first = self.rng.choice(edges)
        m = self.busy[w][first]
        if m < 0 or not self.movable[m]:
            return False
        rest = x & ~(1 << first)  # beside the other busy slots, not beside this meeting alone
        room = ((rest << 1) | (rest >> 1)) & self.gmask[g]
        if ELSEWHERE:  # or to another group: beside w's meetings there, anywhere if it has none
            mine = self.mask[w]
            for h, gm in enumerate(self.gmask):
                if h != g:
                    there = mine & gm
                    room |= ((there << 1) | (there >> 1)) & gm if there else gm
        targets = _bits(room & ~self.mask[w] & self.allowed[m])
        if not targets:
            return False
        return self.try_move(m, self.rng.choice(targets), heat)

    def run(self, seconds: float, *, progress: Progress | None = None, began: float | None = None) -> list[Placement]:
        """Anneal for ``seconds``; the best placements seen (``best`` holds their breaks)."""
        start = time.perf_counter()
        began = start if began is None else began
        best, best_at = self.breaks, list(self.at)
        heat, step, told = HEAT, 0, best
        rng, mobile, choices = self.rng, self.mobile, self.choices
        while mobile and best > self.floor:
            step += 1
            if step % 256 == 0:
                elapsed = time.perf_counter() - start
                if elapsed > seconds:
                    break
                heat = HEAT * (1 - elapsed / seconds) ** 2
                if progress is not None and best < told:
                    told = best
                    progress(ProgressEvent("compactness", best, self.floor, round(time.perf_counter() - began, 3)))
            if rng.random() < AIMED:
                self.stats["aimed"] += 1
                moved = self.aimed(heat)
            else:
                self.stats["random"] += 1
                m = rng.choice(mobile)
                moved = self.try_move(m, rng.choice(choices[m]), heat)
            if moved:
                self.stats["accepted"] += 1
                if self.breaks < best:
                    self.stats["improved"] += 1
                    best, best_at = self.breaks, list(self.at)
        self.best, self.moves = best, step
        return self.placements(best_at)

    def placements(self, at: list[int]) -> list[Placement]:
        return self.base.placements({m: at[i] for i, m in enumerate(self.names)})


def _bits(x: int) -> list[int]:
    """The positions of the bits set in x."""
    out = []
    while x:
        low = x & -x
        out.append(low.bit_length() - 1)
        x ^= low
    return out
