"""Round-robin taking: in each round every delegation takes at most one more option.

Delegations with fewer holdings go first in a round, small municipalities before others at
equal holdings, then the input order. Used for the extras after the floors and for
group-session seats, so that no delegation gets a second pick before the others had a turn.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from convoy.matching.options import Option


@dataclass
class Ledger:
    """Mutable counts during one allocation phase."""

    held: dict[str, int]
    limit: Mapping[str, int]
    room: dict[str, int]
    taken: set[tuple[str, str]] = field(default_factory=set)

    def can_take(self, option: Option) -> bool:
        pair = (option.delegation, option.counterpart)
        return self.room.get(option.counterpart, 0) > 0 and pair not in self.taken

    def take(self, option: Option) -> None:
        self.held[option.delegation] = self.held.get(option.delegation, 0) + 1
        self.room[option.counterpart] -= 1
        self.taken.add((option.delegation, option.counterpart))

    def full(self, delegation: str) -> bool:
        return self.held.get(delegation, 0) >= self.limit.get(delegation, 0)


def take_in_rounds(
    *,
    queues: Mapping[str, Sequence[Option]],
    ledger: Ledger,
    order: Sequence[str],
    small: set[str],
) -> list[Option]:
    """Options taken, in the order taken. Queues must be ranked best first."""
    pending = {d: list(reversed(queues.get(d, ()))) for d in order}
    position = {d: i for i, d in enumerate(order)}
    taken: list[Option] = []
    active = [d for d in order if pending[d] and not ledger.full(d)]
    while active:
        active.sort(key=lambda d: (ledger.held.get(d, 0), d not in small, position[d]))
        for delegation in active:
            option = _next_feasible(pending[delegation], ledger)
            if option is not None:
                ledger.take(option)
                taken.append(option)
        active = [d for d in active if pending[d] and not ledger.full(d)]
    return taken


def _next_feasible(stack: list[Option], ledger: Ledger) -> Option | None:
    """Pop options until one is feasible; capacity only shrinks, so skipped ones stay out."""
    while stack:
        option = stack.pop()
        if ledger.can_take(option):
            return option
    return None
