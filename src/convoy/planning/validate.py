"""References inside a problem that point nowhere, as JSON paths (checked after parsing).

The schema checks shapes and types; this checks that every id used is defined, that slots
and windows lie inside their day, and that ids are unique.
"""

from __future__ import annotations

from collections import Counter

from convoy.planning.problem import Problem, SlotRef, Window
from convoy.planning.serialize import FormatError


def _slot(days: dict[str, int], ref: SlotRef | Window, path: str) -> list[FormatError]:
    if ref.day not in days:
        return [_error(f"{path}.day", f"unknown day '{ref.day}'", f"día desconocido '{ref.day}'")]
    last = ref.slot if isinstance(ref, SlotRef) else ref.end - 1
    first = ref.slot if isinstance(ref, SlotRef) else ref.start
    if not 0 <= first <= last < days[ref.day]:
        return [
            _error(
                path,
                f"outside day '{ref.day}' (slots 0..{days[ref.day] - 1})",
                f"fuera del día '{ref.day}' (slots 0..{days[ref.day] - 1})",
            )
        ]
    return []


def _error(path: str, en: str, es: str) -> FormatError:
    return FormatError(path=path, en=en, es=es)


def problems_in(problem: Problem) -> list[FormatError]:
    """Every dangling reference, duplicate id or out-of-day slot (empty when sound)."""
    days = {d.id: d.slots for leg in problem.legs for d in leg.days}
    legs = {leg.id for leg in problem.legs}
    venues = {v.id for v in problem.venues}
    people = {d.id for d in problem.delegations} | {c.id for c in problem.counterparts}
    delegations = {d.id for d in problem.delegations}
    counterparts = {c.id for c in problem.counterparts}
    meetings = {m.id for m in problem.meetings}
    out: list[FormatError] = []
    ids = [d.id for leg in problem.legs for d in leg.days]
    ids += [d.id for d in problem.delegations] + [c.id for c in problem.counterparts]
    ids += [m.id for m in problem.meetings] + [g.id for g in problem.group_sessions] + [f.id for f in problem.fixed]
    out += [
        _error("$", f"id '{i}' is used {n} times", f"el id '{i}' se usa {n} veces")
        for i, n in Counter(ids).items()
        if n > 1
    ]
    for i, v in enumerate(problem.venues):
        if v.leg not in legs:
            out.append(_error(f"$.venues[{i}].leg", f"unknown leg '{v.leg}'", f"etapa desconocida '{v.leg}'"))
    for i, d in enumerate(problem.delegations):
        out += [
            _error(f"$.delegations[{i}].legs", f"unknown leg '{x}'", f"etapa desconocida '{x}'")
            for x in d.legs
            if x not in legs
        ]
        out += [
            e for k, w in enumerate(d.availability) for e in _slot(days, w, f"$.delegations[{i}].availability[{k}]")
        ]
        out += [e for k, f in enumerate(d.forbidden) for e in _slot(days, f, f"$.delegations[{i}].forbidden[{k}]")]
    for i, c in enumerate(problem.counterparts):
        if c.leg not in legs:
            out.append(_error(f"$.counterparts[{i}].leg", f"unknown leg '{c.leg}'", f"etapa desconocida '{c.leg}'"))
        if c.venue is not None and c.venue not in venues:
            out.append(
                _error(f"$.counterparts[{i}].venue", f"unknown venue '{c.venue}'", f"sede desconocida '{c.venue}'")
            )
        out += [
            e for k, w in enumerate(c.availability) for e in _slot(days, w, f"$.counterparts[{i}].availability[{k}]")
        ]
    for i, m in enumerate(problem.meetings):
        out += [
            _error(
                f"$.meetings[{i}].participants[{k}]", f"unknown participant '{w}'", f"participante desconocido '{w}'"
            )
            for k, w in enumerate(m.participants)
            if w not in people
        ]
        if m.venue is not None and m.venue not in venues:
            out.append(_error(f"$.meetings[{i}].venue", f"unknown venue '{m.venue}'", f"sede desconocida '{m.venue}'"))
        if m.pinned is not None:
            out += _slot(days, m.pinned, f"$.meetings[{i}].pinned")
    for i, g in enumerate(problem.group_sessions):
        if g.host not in counterparts:
            out.append(
                _error(
                    f"$.group_sessions[{i}].host",
                    f"unknown counterpart '{g.host}'",
                    f"contraparte desconocida '{g.host}'",
                )
            )
        out += [
            _error(
                f"$.group_sessions[{i}].interested[{k}].delegation",
                f"unknown delegation '{x.delegation}'",
                f"delegación desconocida '{x.delegation}'",
            )
            for k, x in enumerate(g.interested)
            if x.delegation not in delegations
        ]
    for i, f in enumerate(problem.fixed):
        out += [
            _error(f"$.fixed[{i}].attendees[{k}]", f"unknown participant '{w}'", f"participante desconocido '{w}'")
            for k, w in enumerate(f.attendees)
            if w not in people
        ]
        if f.day not in days:
            out.append(_error(f"$.fixed[{i}].day", f"unknown day '{f.day}'", f"día desconocido '{f.day}'"))
    for i, p in enumerate(problem.precedences):
        out += [
            _error(f"$.precedences[{i}].{side}", f"unknown meeting '{m}'", f"reunión desconocida '{m}'")
            for side, m in (("before", p.before), ("after", p.after))
            if m not in meetings
        ]
    return out
