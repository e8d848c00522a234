"""A MaxSAT backend (python-sat's RC2) for the B2B special case, after Bofill et al. (2022).

Hard clauses: each meeting at exactly one of its slots; a participant in at most one
meeting per slot; at most L meetings per slot (tables); precedences; busy literals
equivalent to the participant's meetings; block starts (busy at t and not at t - 1).
Implied: each participant is busy in exactly as many slots as it has meetings, and at
most 2L participants are busy in a slot.  Soft: one unit clause "no block starts here" per
participant and slot, so the cost is the number of blocks; breaks = blocks - participants.
Supports one day of one-slot mandatory meetings of one-track participants, breaks per day,
no fairness bound.  RC2 has no time limit of its own: it runs in a child process that is
stopped at ``Config.time_limit`` (then the result is ``unknown``).
"""

from __future__ import annotations

import multiprocessing
import queue as queue_module
import time
from collections import defaultdict
from dataclasses import dataclass
from importlib.metadata import version

from pysat.card import CardEnc, EncType
from pysat.examples.rc2 import RC2
from pysat.formula import WCNF

from convoy.planning.config import Config
from convoy.planning.options import Option, build_grid, meeting_options, meeting_venue
from convoy.planning.problem import Problem
from convoy.planning.result import Placement, Result, TierValue


@dataclass
class _Encoding:
    wcnf: WCNF
    x: dict[tuple[str, Option], int]
    top: int = 0

    def new(self) -> int:
        self.top += 1
        return self.top

    def card(self, lits: list[int], bound: int, *, exact: bool = False) -> None:
        encode = CardEnc.equals if exact else CardEnc.atmost
        found = encode(lits=lits, bound=bound, top_id=self.top, encoding=EncType.seqcounter)
        self.top = max(self.top, found.nv)
        for clause in found.clauses:
            self.wcnf.append(clause)


def supports(problem: Problem, config: Config) -> bool:
    days = [d for leg in problem.legs for d in leg.days]
    grid = build_grid(problem)
    return (
        len(days) == 1
        and config.fairness is None
        and config.breaks == "per_day"
        and not problem.fixed
        and not problem.group_sessions
        and len(problem.venues) <= 1
        and all(m.mandatory and m.duration == 1 for m in problem.meetings)
        and all(grid.capacity(w) == 1 for m in problem.meetings for w in m.participants)
    )


def encode(problem: Problem) -> tuple[_Encoding, dict[str, list[Option]]]:
    grid = build_grid(problem)
    (day,) = [d for leg in problem.legs for d in leg.days]
    enc = _Encoding(wcnf=WCNF(), x={})
    options = {m.id: meeting_options(grid=grid, meeting=m) for m in problem.meetings}
    for m in problem.meetings:
        lits = [enc.x.setdefault((m.id, o), enc.new()) for o in options[m.id]]
        if lits:
            enc.wcnf.append(lits)
            enc.card(lits, 1)
    by_slot: dict[int, list[int]] = defaultdict(list)
    mine: dict[tuple[str, int], list[int]] = defaultdict(list)
    count: dict[str, int] = defaultdict(int)
    for m in problem.meetings:
        for w in m.participants:
            count[w] += 1
        for o in options[m.id]:
            by_slot[o[1]].append(enc.x[(m.id, o)])
            for w in m.participants:
                mine[(w, o[1])].append(enc.x[(m.id, o)])
    tables = {v.id: v.tables for v in problem.venues}
    limit = next((tables.get(meeting_venue(grid=grid, meeting=m) or "") for m in problem.meetings), None)
    for _slot, lits in by_slot.items():
        if limit is not None and len(lits) > limit:
            enc.card(lits, limit)
    busy: dict[tuple[str, int], int] = {}
    for (w, t), lits in mine.items():
        enc.card(lits, 1)
        b = busy[(w, t)] = enc.new()
        enc.wcnf.append([-b, *lits])
        for lit in lits:
            enc.wcnf.append([-lit, b])
    for w, meetings in count.items():
        row = [busy[(w, t)] for t in range(day.slots) if (w, t) in busy]
        enc.card(row, meetings, exact=True)  # implied: busy slots = meetings
        previous = None
        for t in range(day.slots):
            if t in day.breaks:
                continue  # a pause (lunch) is nobody's idle time: the slots around it follow each other
            if (w, t) not in busy:
                previous = None
                continue
            start = enc.new()
            enc.wcnf.append([-busy[(w, t)], start] + ([previous] if previous else []))
            enc.wcnf.append([-start], weight=1)
            previous = busy[(w, t)]
    if limit is not None:
        for t in range(day.slots):
            row = [busy[(w, t)] for w in count if (w, t) in busy]
            if len(row) > 2 * limit:
                enc.card(row, 2 * limit)  # implied: at most 2L participants busy
    for rule in problem.precedences:
        for o in options.get(rule.after, []):
            earlier = [enc.x[(rule.before, e)] for e in options.get(rule.before, []) if e[1] < o[1]]
            enc.wcnf.append([-enc.x[(rule.after, o)], *earlier])
    return enc, options


def _run(wcnf: WCNF, queue: multiprocessing.Queue) -> None:  # type: ignore[type-arg]
    with RC2(wcnf, solver="g4", adapt=True, exhaust=True, minz=True, trim=5) as rc2:
        model = rc2.compute()
        queue.put((model, rc2.cost if model is not None else 0))


def solve_maxsat(problem: Problem, config: Config) -> Result:
    """The optimum by RC2 (status ``optimal``), ``infeasible``, or ``unknown`` at the limit."""
    began = time.perf_counter()
    enc, options = encode(problem)
    if any(not found for found in options.values()):
        return Result(status="infeasible", solver="pysat-rc2", solver_version=version("python-sat"))
    queue: multiprocessing.Queue = multiprocessing.get_context("fork").Queue()  # type: ignore[type-arg]
    child = multiprocessing.get_context("fork").Process(target=_run, args=(enc.wcnf, queue))
    child.start()
    try:  # read before joining: a child blocked on a full pipe never ends
        model, cost = queue.get(timeout=max(0.1, config.time_limit - (time.perf_counter() - began)))
    except queue_module.Empty:
        model, cost = None, None
    if child.is_alive():
        child.terminate()
    child.join()
    stats = {
        "wall_time": round(time.perf_counter() - began, 3),
        "variables": float(enc.top),
        "clauses": float(len(enc.wcnf.hard)),
    }
    common = {"solver": "pysat-rc2", "solver_version": version("python-sat"), "statistics": stats}
    if cost is None:
        return Result(status="unknown", **common)  # type: ignore[arg-type]
    if model is None:
        return Result(status="infeasible", **common)  # type: ignore[arg-type]
    true = {v for v in model if v > 0}
    placements = tuple(
        Placement(
            id=m.id,
            kind="meeting",
            participants=m.participants,
            day=o[0],
            start=o[1],
            duration=1,
            venue=meeting_venue(grid=build_grid(problem), meeting=m),
            tracks=(0,) * len(m.participants),
        )
        for m in problem.meetings
        for o in options[m.id]
        if enc.x[(m.id, o)] in true
    )
    participants = len({w for m in problem.meetings for w in m.participants})
    breaks = int(cost) - participants
    n = len(problem.meetings)
    return Result(
        status="optimal",
        placements=placements,
        objective=(
            TierValue(tier=1, name="mandatory", value=n, bound=n, sense="max"),
            TierValue(tier=3, name="compactness", value=breaks, bound=breaks, sense="min"),
        ),
        bound=float(breaks),
        parameters={"time_limit": str(config.time_limit), "breaks": config.breaks},
        **common,  # type: ignore[arg-type]
    )
