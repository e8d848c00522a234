"""B2B instances in the authors' MiniZinc data format (``.dzn``): read and write.

Conventions (see docs/explanation/optimizer.md): ``requested`` rows are
``[p1, p2, session]`` with session 1 morning / 2 afternoon / 3 any; ``meetingsxBusiness``
holds the row numbers (1-based, i.e. 0-based ids shifted by +1) of each business's
meetings and is only cross-checked (a file using the other shift is accepted too);
``forbidden`` holds slots 1..T per business, 0 being a dummy; ``fixed`` is a slot 1..T
per meeting or 0; ``precedences[i]`` is the set of meetings that must end before
meeting i starts (0 a dummy).
"""

from __future__ import annotations

from typing import Any

from convoy.planning.b2b import B2BInstance
from convoy.planning.dzn_syntax import DznError, parse_items

SIZES = ("nBusiness", "nMeetings", "nTables", "nTotalSlots", "nMorningSlots")

__all__ = ["DznError", "read_dzn", "write_dzn"]


def _get(items: dict[str, tuple[Any, int]], name: str) -> tuple[Any, int]:
    if name not in items:
        raise DznError(line=1, en=f"'{name}' is missing", es=f"falta '{name}'")
    return items[name]


def _ints(value: Any, *, name: str, line: int, length: int) -> list[int]:
    if not isinstance(value, list) or not all(isinstance(v, int) for v in value) or len(value) != length:
        raise DznError(
            line=line,
            en=f"'{name}' must be {length} integers",
            es=f"'{name}' debe tener {length} enteros",
        )
    return value


def _sets(items: dict[str, tuple[Any, int]], name: str, *, length: int, top: int) -> tuple[frozenset[int], ...]:
    if name not in items:
        return tuple(frozenset() for _ in range(length))
    value, line = items[name]
    ok = isinstance(value, list) and len(value) == length
    ok = ok and all(isinstance(s, frozenset) and all(0 <= v <= top for v in s) for s in value)
    if not ok:
        raise DznError(
            line=line,
            en=f"'{name}' must be {length} sets of numbers 0..{top}",
            es=f"'{name}' debe tener {length} conjuntos de números 0..{top}",
        )
    return tuple(frozenset(v for v in s if v > 0) for s in value)


def _rows(items: dict[str, tuple[Any, int]], *, n: int, m: int) -> tuple[tuple[int, int, int], ...]:
    value, line = _get(items, "requested")
    flat = _ints(value, name="requested", line=line, length=3 * m)
    rows = tuple((flat[3 * i], flat[3 * i + 1], flat[3 * i + 2]) for i in range(m))
    for i, (p1, p2, session) in enumerate(rows, start=1):
        if not (1 <= p1 <= n and 1 <= p2 <= n and p1 != p2 and session in (1, 2, 3)):
            raise DznError(
                line=line,
                en=f"row {i} of 'requested' is not [p1, p2, 1..3] with 1 <= p <= {n}",
                es=f"la fila {i} de 'requested' no es [p1, p2, 1..3] con 1 <= p <= {n}",
            )
    return rows


def _cross_check(items: dict[str, tuple[Any, int]], rows: tuple[tuple[int, int, int], ...], n: int) -> None:
    if "meetingsxBusiness" not in items:
        return
    given = _sets(items, "meetingsxBusiness", length=n, top=len(rows) + 1)
    for shift in (0, 1):
        derived = [{i + shift for i, r in enumerate(rows, start=1) if b in r[:2]} for b in range(1, n + 1)]
        if all(set(g) == d for g, d in zip(given, derived, strict=True)):
            return
    line = items["meetingsxBusiness"][1]
    raise DznError(
        line=line,
        en="'meetingsxBusiness' does not match 'requested'",
        es="'meetingsxBusiness' no coincide con 'requested'",
    )


def read_dzn(text: str, *, name: str = "") -> B2BInstance:
    """The instance in ``text``; :class:`DznError` (with a line) when it is malformed."""
    items = parse_items(text)
    sizes = {}
    for key in SIZES:
        value, line = _get(items, key)
        if not isinstance(value, int) or value < 0:
            raise DznError(
                line=line,
                en=f"'{key}' must be a non-negative integer",
                es=f"'{key}' debe ser un entero no negativo",
            )
        sizes[key] = value
    n, m, t = sizes["nBusiness"], sizes["nMeetings"], sizes["nTotalSlots"]
    if sizes["nMorningSlots"] > t:
        raise DznError(
            line=items["nMorningSlots"][1],
            en="'nMorningSlots' exceeds 'nTotalSlots'",
            es="'nMorningSlots' supera 'nTotalSlots'",
        )
    rows = _rows(items, n=n, m=m)
    _cross_check(items, rows, n)
    fixed = [0] * m
    if "fixed" in items:
        fixed = _ints(items["fixed"][0], name="fixed", line=items["fixed"][1], length=m)
        if any(not 0 <= f <= t for f in fixed):
            raise DznError(
                line=items["fixed"][1],
                en=f"'fixed' slots must be 0..{t}",
                es=f"los slots de 'fixed' deben ser 0..{t}",
            )
    return B2BInstance(
        n_business=n,
        n_tables=sizes["nTables"],
        n_slots=t,
        n_morning=sizes["nMorningSlots"],
        requested=rows,
        forbidden=_sets(items, "forbidden", length=n, top=t),
        fixed=tuple(fixed),
        precedences=_sets(items, "precedences", length=m, top=m),
        name=name,
    )


def _set_text(values: frozenset[int]) -> str:
    return "{" + ",".join(str(v) for v in sorted(values)) + "}"


def write_dzn(instance: B2BInstance) -> str:
    """The instance as the authors' data file (forbidden sets carry the dummy 0)."""
    m = len(instance.requested)
    per_business = [
        frozenset(i for i, r in enumerate(instance.requested, start=1) if b in r[:2])
        for b in range(1, instance.n_business + 1)
    ]
    flat = ", ".join(f"{a},{b},{s}" for a, b, s in instance.requested)
    lines = [
        f"% {instance.name}" if instance.name else "% B2B instance",
        f"nBusiness = {instance.n_business};",
        f"nMeetings = {m};",
        f"nTables = {instance.n_tables};",
        f"nTotalSlots = {instance.n_slots};",
        f"nMorningSlots = {instance.n_morning};",
        f"requested = array2d(1..{m}, 1..3, [{flat}]);",
        f"meetingsxBusiness = [{', '.join(_set_text(s) for s in per_business)}];",
        f"nMeetingsBusiness = [{', '.join(str(len(s)) for s in per_business)}];",
        f"forbidden = [{', '.join(_set_text(s | {0}) for s in instance.forbidden)}];",
        f"fixed = [{', '.join(str(f) for f in instance.fixed)}];",
        f"precedences = [{', '.join(_set_text(s) for s in instance.precedences)}];",
    ]
    return "\n".join(lines) + "\n"
