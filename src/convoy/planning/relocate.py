"""Local search by relocation for big B2B-like days: take one meeting out and put it back
at the free slot that leaves its two participants with the fewest breaks; repeat over all
meetings while it helps.  A move is judged in constant time: a slot joining two busy runs
saves a break, touching one costs nothing, standing alone costs one.
"""

from __future__ import annotations

import math
import random
import time
from collections import defaultdict
from collections.abc import Callable
from dataclasses import replace

from convoy.planning.problem import Meeting, Problem
from convoy.planning.result import Placement

HEAT = 0.3  # starting temperature of the annealing, in breaks (measured: 0.3 beat 0.15-1.5)


def _cost(busy: set[int], t: int) -> int:
    """Breaks that slot t adds to a participant busy at ``busy`` (t not in it)."""
    if not busy:
        return 0
    before, after = t - 1 in busy, t + 1 in busy
    return -1 if before and after else 0 if before or after else 1


def relocate(problem: Problem, placed: list[Placement], *, seconds: float) -> list[Placement]:
    """Placements of a one-day, one-slot-meeting problem with no more breaks than before."""
    began = time.perf_counter()
    day = problem.legs[0].days[0]
    meetings = {m.id: m for m in problem.meetings}
    pinned = {m.id for m in problem.meetings if m.pinned is not None}
    limit = next((v.tables for v in problem.venues), None)
    allowed: dict[str, set[int]] = {}
    for w in {w for m in problem.meetings for w in m.participants}:
        person = next((d for d in problem.delegations if d.id == w), None) or next(
            (c for c in problem.counterparts if c.id == w), None
        )
        blocked = {f.slot for f in person.forbidden} if person else set()
        windows = person.availability if person else ()
        allowed[w] = {
            t
            for t in range(day.slots)
            if t not in blocked and t not in day.breaks and (not windows or any(x.start <= t < x.end for x in windows))
        }
    session = {t: next((s.name for s in day.sessions if s.start <= t < s.end), "") for t in range(day.slots)}
    busy: dict[str, set[int]] = defaultdict(set)
    used: dict[int, int] = defaultdict(int)
    at = {p.id: p.start for p in placed}
    for p in placed:
        used[p.start] += 1
        for w in p.participants:
            busy[w].add(p.start)

    def fits(m_id: str, u: int) -> bool:
        m = meetings[m_id]
        return (
            m_id not in pinned
            and all(u in allowed[w] for w in m.participants)
            and (m.session == "any" or session[u] == m.session)
        )

    def partner_change(w: str, old: int, new: int) -> int:
        """Breaks added when participant w moves from slot old to slot new."""
        busy[w].discard(old)
        change = _cost(busy[w], new) - _cost(busy[w], old)
        busy[w].add(old)
        return change

    by_participant: dict[str, list[str]] = defaultdict(list)
    for m in problem.meetings:
        if m.id in at:
            for w in m.participants:
                by_participant[w].append(m.id)
    improved = True
    while improved and time.perf_counter() - began < seconds:
        improved = False
        for p_id, mine in by_participant.items():  # swap two meetings of one participant
            for i, a in enumerate(mine):
                for c in mine[i + 1 :]:
                    ta, tc = at[a], at[c]
                    if ta == tc or not fits(a, tc) or not fits(c, ta):
                        continue
                    qa = [w for w in meetings[a].participants if w != p_id]
                    qc = [w for w in meetings[c].participants if w != p_id]
                    if any(tc in busy[w] for w in qa) or any(ta in busy[w] for w in qc):
                        continue
                    delta = sum(partner_change(w, ta, tc) for w in qa) + sum(partner_change(w, tc, ta) for w in qc)
                    if delta < 0:
                        for w in qa:
                            busy[w].discard(ta)
                            busy[w].add(tc)
                        for w in qc:
                            busy[w].discard(tc)
                            busy[w].add(ta)
                        at[a], at[c] = tc, ta
                        improved = True
        for mid, t in list(at.items()):
            if mid in pinned:
                continue
            m = meetings[mid]
            for w in m.participants:
                busy[w].discard(t)
            now = sum(_cost(busy[w], t) for w in m.participants)
            best, gain = t, 0
            for u in allowed[m.participants[0]] & allowed[m.participants[1]] if len(m.participants) == 2 else ():
                if u == t or any(u in busy[w] for w in m.participants) or (limit is not None and used[u] >= limit):
                    continue
                if m.session != "any" and session[u] != m.session:
                    continue
                change = now - sum(_cost(busy[w], u) for w in m.participants)
                if change > gain:
                    best, gain = u, change
            for w in m.participants:
                busy[w].add(best)
            if best != t:
                used[t] -= 1
                used[best] += 1
                at[mid] = best
                improved = True
    _anneal(
        at=at,
        busy=busy,
        used=used,
        meetings=meetings,
        fits=fits,
        limit=limit,
        seconds=seconds - (time.perf_counter() - began),
        slots=day.slots,
    )
    return [replace(p, start=at.get(p.id, p.start)) for p in placed]


def _anneal(
    *,
    at: dict[str, int],
    busy: dict[str, set[int]],
    used: dict[int, int],
    meetings: dict[str, Meeting],
    fits: Callable[[str, int], bool],
    limit: int | None,
    seconds: float,
    slots: int,
) -> None:
    """Simulated annealing over relocations (random meeting, random slot); keeps the best."""
    if seconds <= 0.2 or not at:
        return
    rng = random.Random(0)
    began = time.perf_counter()
    ids = [m for m in at if fits(m, at[m])]
    total = best_total = 0
    best = dict(at)
    step = 0
    while True:
        step += 1
        if step % 1000 == 0:
            elapsed = time.perf_counter() - began
            if elapsed > seconds:
                break
            heat = HEAT * (1 - elapsed / seconds) + 0.02
        elif step < 1000:
            heat = HEAT
        mid = rng.choice(ids)
        t, u = at[mid], rng.randrange(slots)
        pair = meetings[mid].participants
        if u == t or not fits(mid, u) or any(u in busy[w] for w in pair) or (limit is not None and used[u] >= limit):
            continue
        for w in pair:
            busy[w].discard(t)
        delta = sum(_cost(busy[w], u) - _cost(busy[w], t) for w in pair)
        if delta <= 0 or rng.random() < math.exp(-delta / heat):
            t = u
            used[at[mid]] -= 1
            used[u] += 1
            at[mid] = u
            total += delta
        for w in pair:
            busy[w].add(t)
        if total < best_total:
            best_total, best = total, dict(at)
    at.update(best)
