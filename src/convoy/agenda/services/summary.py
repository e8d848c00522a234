"""The figures of a stored agenda version, for people: placed, unplaced and why, breaks,
worst-off delegation, delegations below the fairness floor, bound, gap and time (from the
stored result and checker report)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from convoy.agenda.models import AgendaVersion


@dataclass(frozen=True)
class Left:
    """A candidate meeting left out, and why (both languages)."""

    key: str
    title: str
    es: str
    en: str


@dataclass(frozen=True)
class AgendaSummary:
    number: int
    status: str
    origin: str
    result_status: str
    meetings_placed: int
    meetings_total: int
    mandatory_placed: int
    mandatory_total: int
    group_sessions: int
    unplaced: tuple[Left, ...]
    breaks_total: int
    breaks_max: int
    worst_off: tuple[str, ...]
    worst_off_count: int
    bound: float
    gap: float
    seconds: float
    objective: tuple[dict[str, Any], ...]
    left_out: tuple[str, ...] = ()
    below_floor: tuple[str, ...] = ()


def _names(problem: dict[str, Any]) -> dict[str, str]:
    return {x["id"]: x["name"] for x in (*problem["delegations"], *problem["counterparts"])}


def _worst_off(problem: dict[str, Any], terms: dict[str, Any]) -> tuple[str, ...]:
    wanted = {i["delegation"] for g in problem["group_sessions"] for i in g["interested"]}
    wanted |= {w for m in problem["meetings"] for w in m["participants"]}
    names = _names(problem)
    counts = terms["per_delegation"]
    return tuple(sorted(names.get(d, d) for d, n in counts.items() if d in wanted and n == terms["worst_off"]))


def summarize_version(*, version: AgendaVersion) -> AgendaSummary:
    problem, result, terms = version.problem, version.result, version.verdict["terms"]
    names = _names(problem)
    meetings = {m["id"]: m for m in problem["meetings"]}
    left = tuple(
        Left(
            key=u["id"],
            title=" — ".join(names.get(w, w) for w in meetings.get(u["id"], {}).get("participants", [])),
            es=u["reason"]["es"],
            en=u["reason"]["en"],
        )
        for u in result["unplaced"]
    )
    return AgendaSummary(
        number=version.number,
        status=version.status,
        origin=version.origin,
        result_status=result["status"],
        meetings_placed=terms["meetings_placed"],
        meetings_total=len(meetings),
        mandatory_placed=terms["mandatory_placed"],
        mandatory_total=terms["mandatory_total"],
        group_sessions=sum(1 for p in result["placements"] if p["kind"] == "group_session"),
        unplaced=left,
        breaks_total=terms["breaks_total"],
        breaks_max=terms["breaks_max"],
        worst_off=_worst_off(problem, terms),
        worst_off_count=terms["worst_off"],
        bound=version.bound,
        gap=version.gap,
        seconds=float(result["statistics"].get("wall_time", 0.0)),
        objective=tuple(version.objective),
        left_out=tuple(n["text"] for n in version.left_out),
        below_floor=tuple(sorted(names.get(d, d) for d in terms.get("floor_shortfall", {}))),
    )
