"""What the optimizer returns: placements, objective per tier, bound, gap, statistics."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from convoy.planning.problem import Problem

Status = Literal["optimal", "feasible", "infeasible", "unknown"]
Kind = Literal["meeting", "group_session", "fixed"]


@dataclass(frozen=True)
class Placement:
    """One activity on the agenda; ``tracks[i]`` is the lane of ``participants[i]``."""

    id: str
    kind: Kind
    participants: tuple[str, ...]
    day: str
    start: int
    duration: int
    venue: str | None = None
    tracks: tuple[int, ...] = ()


@dataclass(frozen=True)
class Message:
    """A reason or explanation in both languages, with a stable code and the ids involved."""

    code: str
    es: str
    en: str
    ids: tuple[str, ...] = ()


@dataclass(frozen=True)
class Unplaced:
    """A candidate meeting left out, and why."""

    id: str
    reason: Message


@dataclass(frozen=True)
class TierValue:
    """The value reached on one objective tier and the best bound proven for it."""

    tier: int
    name: str
    value: int
    bound: int
    sense: Literal["max", "min"]


@dataclass(frozen=True)
class B2BAnswer:
    """For problems read from a B2B ``.dzn``: slot (1..T) of each requested row, total breaks."""

    slots: tuple[int, ...]
    breaks: int


@dataclass(frozen=True)
class Agenda:
    """Placements alone: what ``check`` judges."""

    placements: tuple[Placement, ...]


@dataclass(frozen=True)
class Result:
    """The optimizer's answer; infeasible results carry no placements but ``conflicts``."""

    status: Status
    placements: tuple[Placement, ...] = ()
    objective: tuple[TierValue, ...] = ()
    bound: float = 0.0
    gap: float = 0.0
    solver: str = "ortools-cp-sat"
    solver_version: str = ""
    parameters: dict[str, str] = field(default_factory=dict)
    statistics: dict[str, float] = field(default_factory=dict)
    unplaced: tuple[Unplaced, ...] = ()
    conflicts: tuple[Message, ...] = ()
    b2b: B2BAnswer | None = None
    schema_version: int = 1

    def tier(self, name: str) -> TierValue | None:
        """The objective tier called ``name`` (None when the result has none)."""
        return next((t for t in self.objective if t.name == name), None)


def fixed_placements(problem: Problem) -> list[Placement]:
    """The problem's fixed activities as placements, exactly where the problem puts them."""
    return [
        Placement(
            id=f.id,
            kind="fixed",
            participants=f.attendees,
            day=f.day,
            start=f.start,
            duration=f.duration,
            venue=f.venue,
        )
        for f in problem.fixed
    ]
