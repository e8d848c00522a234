"""The rules ``check`` applies: one function per family, each returning violations."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from convoy.planning.check_index import Index
from convoy.planning.check_terms import Terms, candidates_by_delegation, session_of
from convoy.planning.config import Config
from convoy.planning.problem import Problem, SlotRef, Window
from convoy.planning.result import Placement


@dataclass(frozen=True)
class Violation:
    """One broken rule: a stable ``kind``, the message in both languages, the ids involved."""

    kind: str
    es: str
    en: str
    ids: tuple[str, ...] = ()


def _v(kind: str, es: str, en: str, *ids: str) -> Violation:
    return Violation(kind=kind, es=es, en=en, ids=ids)


def expected_shape(*, index: Index, p: Placement) -> tuple[int, str | None] | None:
    """(duration, venue) the placement must have, or None when its id is unknown."""
    if p.kind == "meeting" and p.id in index.meetings:
        m = index.meetings[p.id]
        return m.duration, m.venue if m.venue is not None else index.host_venue(m.participants)
    if p.kind == "group_session" and p.id in index.groups:
        g = index.groups[p.id]
        return g.duration, g.venue if g.venue is not None else index.host_venue((g.host,))
    if p.kind == "fixed" and p.id in index.fixed:
        f = index.fixed[p.id]
        return f.duration, f.venue
    return None


def placement_rules(*, index: Index, p: Placement) -> list[Violation]:
    """Rules about one placement alone."""
    shape = expected_shape(index=index, p=p)
    if shape is None:
        return [_v("unknown_activity", f"{p.id} no existe", f"{p.id} does not exist", p.id)]
    day = index.days.get(p.day)
    if day is None:
        return [_v("unknown_day", f"día {p.day} no existe", f"day {p.day} does not exist", p.id)]
    out = _participant_rules(index=index, p=p)
    duration, venue = shape
    if p.duration != duration:
        out.append(_v("duration", f"{p.id} dura {duration}", f"{p.id} lasts {duration}", p.id))
    if p.venue != venue:
        out.append(_v("venue", f"{p.id} va en {venue}", f"{p.id} belongs at {venue}", p.id))
    slots = range(p.start, p.start + p.duration)
    if p.start < 0 or p.start + p.duration > day.slots:
        out.append(_v("out_of_day", f"{p.id} sale del día", f"{p.id} leaves the day", p.id))
    elif p.kind != "fixed":
        if any(s in day.breaks for s in slots):
            out.append(_v("on_break", f"{p.id} cae en descanso", f"{p.id} falls on a break", p.id))
        if len({session_of(day=day, slot=s) for s in slots}) > 1:
            out.append(_v("crosses_session", f"{p.id} cruza sesiones", f"{p.id} crosses sessions", p.id))
    out += _time_rules(index=index, p=p)
    return out


def _participant_rules(*, index: Index, p: Placement) -> list[Violation]:
    if p.kind == "meeting":
        expected = set(index.meetings[p.id].participants)
        ok = set(p.participants) == expected and len(p.participants) == len(expected)
    elif p.kind == "fixed":
        ok = sorted(p.participants) == sorted(index.fixed[p.id].attendees)
    else:
        g = index.groups[p.id]
        seated = list(p.participants[1:])
        interested = {i.delegation for i in g.interested}
        ok = (
            p.participants[:1] == (g.host,)
            and set(seated) <= interested
            and len(set(seated)) == len(seated)
            and len(seated) <= g.seats
        )
    out = []
    if not ok:
        out.append(
            _v(
                "participants",
                f"{p.id}: participantes erróneos",
                f"{p.id}: wrong participants",
                p.id,
            )
        )
    if p.tracks and (
        len(p.tracks) != len(p.participants)
        or any(not 0 <= t < index.capacity(w) for w, t in zip(p.participants, p.tracks, strict=False))
    ):
        out.append(_v("track", f"{p.id}: carril inválido", f"{p.id}: invalid track", p.id))
    return out


def _inside(windows: tuple[Window, ...], day: str, start: int, end: int) -> bool:
    return not windows or any(w.day == day and w.start <= start and end <= w.end for w in windows)


def _time_rules(*, index: Index, p: Placement) -> list[Violation]:
    out = []
    end = p.start + p.duration
    here = {SlotRef(day=p.day, slot=s) for s in range(p.start, end)}
    if p.kind == "fixed":
        f = index.fixed[p.id]
        if (f.day, f.start) != (p.day, p.start):
            out.append(_v("fixed_moved", f"{p.id} es fijo", f"{p.id} is fixed", p.id))
        return out
    pinned = index.meetings[p.id].pinned if p.kind == "meeting" else index.groups[p.id].pinned
    if pinned is not None and pinned != SlotRef(day=p.day, slot=p.start):
        out.append(_v("pinned_moved", f"{p.id} está anclada", f"{p.id} is pinned", p.id))
    if p.kind == "meeting":
        wanted = index.meetings[p.id].session
        day = index.days[p.day]
        if wanted != "any" and any(session_of(day=day, slot=s) != wanted for s in range(p.start, end)):
            out.append(
                _v(
                    "session",
                    f"{p.id} debe ir en {wanted}",
                    f"{p.id} must be in the {wanted}",
                    p.id,
                )
            )
    leg = index.day_leg[p.day]
    for who in p.participants:
        d, c = index.delegations.get(who), index.counterparts.get(who)
        if d is None and c is None:
            out.append(_v("unknown_participant", f"{who} no existe", f"{who} does not exist", p.id, who))
            continue
        legs = d.legs if d is not None else (c.leg,) if c is not None else ()
        if legs and leg not in legs:
            out.append(_v("leg", f"{who} no está en {leg}", f"{who} is not in leg {leg}", p.id, who))
        person = d if d is not None else c
        assert person is not None
        if not _inside(person.availability, p.day, p.start, end):
            out.append(
                _v(
                    "availability",
                    f"{who} no está disponible para {p.id}",
                    f"{who} is not available for {p.id}",
                    p.id,
                    who,
                )
            )
        if here & set(person.forbidden):
            out.append(
                _v(
                    "forbidden",
                    f"{who} no acepta ese horario para {p.id}",
                    f"{who} forbids that slot for {p.id}",
                    p.id,
                    who,
                )
            )
    return out


def problem_wide_rules(
    *, problem: Problem, index: Index, placements: Sequence[Placement], config: Config, terms: Terms
) -> list[Violation]:
    """Rules across placements: presence, capacity, tables, travel, order, fairness, floor."""
    out = _presence(problem=problem, placements=placements)
    out += _load(index=index, placements=placements)
    out += _travel(index=index, placements=placements)
    out += _precedences(problem=problem, index=index, placements=placements)
    if config.fairness is not None and terms.breaks:
        spread = max(terms.breaks.values()) - min(terms.breaks.values())
        if spread > config.fairness:
            out.append(
                _v(
                    "fairness",
                    f"diferencia de descansos {spread} > {config.fairness}",
                    f"break spread {spread} > {config.fairness}",
                )
            )
    if config.floor > 0:
        for who, n in candidates_by_delegation(problem=problem).items():
            if terms.per_delegation.get(who, 0) < min(config.floor, n):
                out.append(_v("floor", f"{who} queda bajo el mínimo", f"{who} is below the floor", who))
    return out


def _presence(*, problem: Problem, placements: Sequence[Placement]) -> list[Violation]:
    """Mandatory meetings and fixed activities that are missing.  A pin only says where a
    meeting goes if placed (``pinned_moved``); an optional pinned meeting may be left out,
    as the solver does, and a mandatory one missing is already ``mandatory_missing``."""
    placed = {(p.kind, p.id) for p in placements}
    out = [
        _v(
            "mandatory_missing",
            f"{m.id} es obligatoria y falta",
            f"{m.id} is mandatory and missing",
            m.id,
        )
        for m in problem.meetings
        if m.mandatory and ("meeting", m.id) not in placed
    ]
    out += [
        _v("fixed_missing", f"{f.id} es fijo y falta", f"{f.id} is fixed and missing", f.id)
        for f in problem.fixed
        if ("fixed", f.id) not in placed
    ]
    return out


def _load(*, index: Index, placements: Sequence[Placement]) -> list[Violation]:
    load: dict[tuple[str, str, int], list[str]] = defaultdict(list)
    lanes: dict[tuple[str, str, int, int], list[str]] = defaultdict(list)
    tables: dict[tuple[str, str, int], list[str]] = defaultdict(list)
    per_day: dict[tuple[str, str], set[str]] = defaultdict(set)
    for p in placements:
        for s in range(p.start, p.start + p.duration):
            for i, who in enumerate(p.participants):
                load[(who, p.day, s)].append(p.id)
                if p.tracks:
                    lanes[(who, p.day, s, p.tracks[i])].append(p.id)
            if p.kind == "meeting" and p.venue is not None:
                tables[(p.venue, p.day, s)].append(p.id)
        if p.kind != "fixed":
            for who in p.participants:
                per_day[(who, p.day)].add(p.id)
    out = [
        _v(
            "capacity",
            f"{w} tiene {len(ids)} actividades a la vez en {d}/{s}",
            f"{w} has {len(ids)} activities at once on {d}/{s}",
            w,
            *ids,
        )
        for (w, d, s), ids in load.items()
        if len(ids) > index.capacity(w)
    ]
    out += [
        _v(
            "track_clash",
            f"{w}: carril {t} doble en {d}/{s}",
            f"{w}: track {t} used twice on {d}/{s}",
            w,
            *ids,
        )
        for (w, d, s, t), ids in lanes.items()
        if len(ids) > 1
    ]
    for (venue, d, s), ids in tables.items():
        limit = index.venue_tables.get(venue)
        if limit is not None and len(ids) > limit:
            out.append(
                _v(
                    "tables",
                    f"{venue}: {len(ids)} reuniones > {limit} mesas en {d}/{s}",
                    f"{venue}: {len(ids)} meetings > {limit} tables on {d}/{s}",
                    venue,
                    *ids,
                )
            )
    for (who, d), day_ids in per_day.items():
        c = index.counterparts.get(who)
        if c is not None and c.max_per_day is not None and len(day_ids) > c.max_per_day:
            out.append(
                _v(
                    "max_per_day",
                    f"{who}: {len(day_ids)} reuniones el {d} > {c.max_per_day}",
                    f"{who}: {len(day_ids)} meetings on {d} > {c.max_per_day}",
                    who,
                )
            )
    return out


def _travel(*, index: Index, placements: Sequence[Placement]) -> list[Violation]:
    mine: dict[tuple[str, str], list[Placement]] = defaultdict(list)
    for p in placements:
        if p.venue is not None:
            for who in p.participants:
                if index.capacity(who) == 1:
                    mine[(who, p.day)].append(p)
    out = []
    for (who, day), items in mine.items():
        minutes = index.days[day].slot_minutes if day in index.days else 0
        for a in items:
            for b in items:
                if a.venue == b.venue or b.start < a.start + a.duration:
                    continue
                assert a.venue is not None and b.venue is not None
                gap = (b.start - a.start - a.duration) * minutes
                need = index.travel_minutes(a.venue, b.venue)
                if gap < need:
                    out.append(
                        _v(
                            "travel",
                            f"{who} no alcanza a ir de {a.venue} a {b.venue}",
                            f"{who} cannot travel from {a.venue} to {b.venue} in time",
                            who,
                            a.id,
                            b.id,
                        )
                    )
    return out


def _precedences(*, problem: Problem, index: Index, placements: Sequence[Placement]) -> list[Violation]:
    at = {p.id: p for p in placements if p.kind == "meeting"}
    out = []
    for rule in problem.precedences:
        a, b = at.get(rule.before), at.get(rule.after)
        if a is None or b is None or a.day not in index.day_order or b.day not in index.day_order:
            continue
        if (index.day_order[b.day], b.start) < (index.day_order[a.day], a.start + a.duration):
            out.append(
                _v(
                    "precedence",
                    f"{b.id} debe ir después de {a.id}",
                    f"{b.id} must come after {a.id}",
                    a.id,
                    b.id,
                )
            )
    return out
