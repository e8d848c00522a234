"""Conflicts rendered in Spanish and English ("Netflix has one free hour on 27 Feb but
three mandatory meetings need it")."""

from __future__ import annotations

from collections import Counter

from convoy.planning.options import Grid, meeting_options
from convoy.planning.problem import Meeting, Problem
from convoy.planning.result import Message

NUMBERS_EN = ("no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")
NUMBERS_ES = (
    "ningún",
    "un",
    "dos",
    "tres",
    "cuatro",
    "cinco",
    "seis",
    "siete",
    "ocho",
    "nueve",
    "diez",
)


HOURS_ES = ("ninguna", "una", *NUMBERS_ES[2:])  # "hora" is feminine


def name_of(grid: Grid, who: str) -> str:
    person = grid.delegations.get(who) or grid.counterparts.get(who)
    return person.name if person is not None else who


def _count(n: int, words: tuple[str, ...]) -> str:
    return words[n] if n < len(words) else str(n)


def _when(grid: Grid, day: str) -> str:
    return grid.days[day].date or day


def _duration(grid: Grid, day: str, slots: int) -> tuple[str, str]:
    minutes = grid.days[day].slot_minutes * slots
    if minutes % 60 == 0:
        hours = minutes // 60
        return (
            f"{_count(hours, NUMBERS_EN)} free hour{'s' if hours != 1 else ''}",
            f"{_count(hours, HOURS_ES)} hora{'s' if hours != 1 else ''} libre{'s' if hours != 1 else ''}",
        )
    return f"{minutes} free minutes", f"{minutes} minutos libres"


def render_no_option(*, grid: Grid, meeting: Meeting, kept_away: tuple[str, ...] = ()) -> Message:
    """A mandatory meeting without any start; ``kept_away`` names who cannot get to its
    venue in time from a fixed activity at every start free for all (``options.kept_away``)."""
    who = " / ".join(name_of(grid, w) for w in meeting.participants)
    if kept_away:
        es, en = travel_words(grid, kept_away)
        return Message(
            code="no_time_to_travel",
            ids=(meeting.id, *meeting.participants),
            es=f"La reunión obligatoria {who} no cabe: {es}.",
            en=f"The mandatory meeting {who} cannot fit: {en}.",
        )
    return Message(
        code="no_common_slot",
        ids=(meeting.id, *meeting.participants),
        es=f"La reunión obligatoria {who} no cabe: no tienen un horario libre en común.",
        en=f"The mandatory meeting {who} cannot fit: they share no free time.",
    )


def travel_words(grid: Grid, kept_away: tuple[str, ...]) -> tuple[str, str]:
    """Why travel leaves no start, in Spanish and English (no final stop)."""
    names = " / ".join(name_of(grid, w) for w in kept_away)
    return (
        f"en todo horario libre en común, {names} no alcanza a llegar a tiempo desde una actividad fija en otra sede",
        f"at every free time they share, {names} cannot get there in time from a fixed activity at another venue",
    )


def render_fixed_overlap(*, grid: Grid, who: str, day: str, slot: int) -> Message:
    name = name_of(grid, who)
    return Message(
        code="fixed_overlap",
        ids=(who,),
        es=f"{name} tiene actividades fijas superpuestas el {_when(grid, day)} (slot {slot}).",
        en=f"{name} has overlapping fixed activities on {_when(grid, day)} (slot {slot}).",
    )


def render_conflict(*, problem: Problem, grid: Grid, core: list[str]) -> Message:
    meetings = {m.id: m for m in problem.meetings}
    chosen = [meetings[n.split(":", 1)[1]] for n in core if n.startswith("mandatory:")]
    others = [n for n in core if not n.startswith("mandatory:")]
    ids = tuple(m.id for m in chosen) + tuple(others)
    counts = Counter(w for m in chosen for w in m.participants)
    # the most involved participant; counterparts first (they are the scarce resource)
    shared = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0] not in grid.counterparts, kv[0]))[:1]
    listing = "; ".join(" / ".join(name_of(grid, w) for w in m.participants) for m in chosen)
    extra_en = f" (together with: {', '.join(others)})" if others else ""
    extra_es = f" (junto con: {', '.join(others)})" if others else ""
    if shared and shared[0][1] >= 2:
        who = shared[0][0]
        slots = {o for m in chosen if who in m.participants for o in meeting_options(grid=grid, meeting=m)}
        days = sorted({d for d, _s in slots}, key=lambda d: grid.order[d])
        need = sum(1 for m in chosen if who in m.participants)
        when_en = ", ".join(_when(grid, d) for d in days) or "any day"
        en_free, es_free = _duration(grid, days[0], len(slots)) if days else ("no free time", "ningún horario libre")
        name = name_of(grid, who)
        return Message(
            code="mandatory_conflict",
            ids=ids,
            en=f"{name} has {en_free} on {when_en} but {_count(need, NUMBERS_EN)} mandatory meetings "
            f"need it: {listing}{extra_en}.",
            es=f"{name} tiene {es_free} el {when_en} pero {_count(need, NUMBERS_ES)} reuniones obligatorias "
            f"lo necesitan: {listing}{extra_es}.",
        )
    return Message(
        code="mandatory_conflict",
        ids=ids,
        en=f"These requirements cannot all hold: {listing}{extra_en}.",
        es=f"Estos requisitos no pueden cumplirse a la vez: {listing}{extra_es}.",
    )
