"""Tier 3: breaks, counted as (busy blocks - 1) per participant and day or session, with
exact block-start literals; and the optional fairness bound on breaks.

A block starts at slot t when the participant is busy at t and not at the slot before it
(or t opens the day or session); the day's pauses (lunch) are skipped, not idle.  Exact
starts (not just lower bounds) keep the fairness bound honest.
"""

from __future__ import annotations

from convoy.planning.constraints.rule import Rule
from convoy.planning.model import Built, Expr, Lit


def _segments(b: Built, day: str) -> list[list[int]]:
    """The slots whose busy runs are counted, per day or per session; the day's pauses are
    left out, so the slots on either side of lunch follow each other."""
    d = b.grid.days[day]
    pauses = set(d.breaks)
    if b.config.breaks == "per_day" or not d.sessions:
        return [[t for t in range(d.slots) if t not in pauses]]
    return [[t for t in range(s.start, s.end) if t not in pauses] for s in d.sessions]


def _block_starts(b: Built, who: str, day: str, slots: list[int]) -> list[Lit]:
    starts: list[Lit] = []
    previous: Lit = 0
    for t in slots:
        busy = b.busy.get((who, day, t), 0)
        if isinstance(busy, int) and isinstance(previous, int):
            starts.append(1 if busy and not previous else 0)
        elif isinstance(busy, int) and busy == 0:
            pass
        else:
            start = b.model.new_bool_var(f"block[{who},{day},{t}]")
            b.model.add(start >= busy - previous)
            b.model.add(start <= busy)
            b.model.add(start <= 1 - previous)
            starts.append(start)
        previous = busy
    return starts


def _surely_busy(b: Built, who: str, day: str, slots: list[int]) -> bool:
    """True when a fixed activity or a mandatory meeting confined to these slots involves ``who``."""
    if b.explain:  # mandatory meetings may be switched off while explaining
        return False
    inside = set(slots)
    mandatory = {m.id for m in b.problem.meetings if m.mandatory}
    for a in b.attend[who]:
        if a.day == day and a.start in inside and (isinstance(a.lit, int) or a.activity in mandatory):
            options = b.options.get(a.activity, [(day, a.start)])
            if all(d == day and s in inside for d, s in options):
                return True
    return False


def participant_breaks(b: Built, who: str) -> tuple[Expr, list[Lit]]:
    """(breaks expression, busy literals) of ``who`` over all days."""
    total: Expr = 0
    busy_all: list[Lit] = []
    for day in b.by_day(who):
        for slots in _segments(b, day):
            busy = [b.busy[(who, day, t)] for t in slots if (who, day, t) in b.busy]
            if not busy:
                continue
            busy_all += busy
            starts = _block_starts(b, who, day, slots)
            if all(isinstance(x, int) for x in busy):
                total = total + max(0, sum(int(x) for x in starts) - 1)
                continue
            brk = b.model.new_int_var(0, len(slots), f"breaks[{who},{day},{slots[0]}]")
            if _surely_busy(b, who, day, slots):
                b.model.add(sum(starts) >= 1)
                b.model.add(brk == sum(starts) - 1)
            else:
                active = b.model.new_bool_var(f"active[{who},{day},{slots[0]}]")
                for x in busy:
                    b.model.add(active >= x)
                b.model.add(active <= sum(starts))
                b.model.add(brk == sum(starts) - active)
            total = total + brk
    return total, busy_all


def add(b: Built) -> None:
    per: dict[str, Expr] = {}
    seen: dict[str, list[Lit]] = {}
    for who in b.attend:
        per[who], seen[who] = participant_breaks(b, who)
    b.terms["breaks"] = sum(per.values())
    b.breaks = per
    d = b.config.fairness
    if d is None or not per:
        return
    big = max(d.slots for d in b.grid.days.values()) * len(b.grid.days)
    top = b.model.new_int_var(0, big, "breaks_max")
    low = b.model.new_int_var(0, big, "breaks_min")
    for who, expr in per.items():
        b.model.add(top >= expr)
        lits = seen[who]
        if any(isinstance(x, int) and x for x in lits):
            b.model.add(low <= expr)
        elif lits:
            has = b.model.new_bool_var(f"has[{who}]")
            b.model.add_bool_or([x for x in lits if not isinstance(x, int)]).only_enforce_if(has)
            for x in lits:
                if not isinstance(x, int):
                    b.model.add_implication(x, has)
            b.model.add(low <= expr + big * (1 - has))
    enforce = [b.assume("fairness")] if b.explain else []
    b.model.add(top - low <= d).only_enforce_if(enforce)


RULE = Rule("breaks", 3, "breaks", "descansos (huecos) en la agenda", "breaks (idle gaps)", add)
