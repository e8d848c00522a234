"""Organizer overrides during allocation: must-meet pairs first, never pairs out.

A `must_meet` pair becomes a mandatory meeting even when it takes a counterpart or a
delegation beyond its cap: the organizer decided, and a bilingual warning says so. A pair
marked both `never` and `must_meet` is a conflict: `never` wins, with a warning.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from convoy.matching.messages import Message
from convoy.matching.model import Override, OverrideKind
from convoy.matching.rounds import Ledger


def apply_overrides(
    *,
    overrides: Sequence[Override],
    ledger: Ledger,
    delegations: set[str],
    counterparts: set[str],
    names: Mapping[str, str] | None = None,
) -> tuple[list[tuple[str, str]], list[Message]]:
    """Record must-meet pairs in the ledger; return them (in order) and the warnings.

    Warnings name participants by ``names[id]`` when given (people read them), else by id."""
    label = dict(names or {})
    never = {(o.delegation, o.counterpart) for o in overrides if o.kind is OverrideKind.NEVER}
    forced: list[tuple[str, str]] = []
    warnings: list[Message] = []
    for override in overrides:
        pair = (override.delegation, override.counterpart)
        if override.kind is not OverrideKind.MUST_MEET or pair in ledger.taken:
            continue
        if override.delegation not in delegations or override.counterpart not in counterparts:
            warnings.append(_unknown((label.get(pair[0], pair[0]), label.get(pair[1], pair[1]))))
        elif pair in never:
            warnings.append(_conflict((label.get(pair[0], pair[0]), label.get(pair[1], pair[1]))))
        else:
            ledger.held[override.delegation] = ledger.held.get(override.delegation, 0) + 1
            ledger.room[override.counterpart] = ledger.room.get(override.counterpart, 0) - 1
            ledger.taken.add(pair)
            forced.append(pair)
    for counterpart, room in sorted(ledger.room.items()):
        if room < 0:
            warnings.append(_over_capacity(label.get(counterpart, counterpart), -room))
            ledger.room[counterpart] = 0
    for delegation, held in sorted(ledger.held.items()):
        if held > ledger.limit.get(delegation, 0):
            warnings.append(_over_capacity(label.get(delegation, delegation), held - ledger.limit.get(delegation, 0)))
    return forced, warnings


def _unknown(pair: tuple[str, str]) -> Message:
    return Message(
        es=f"La decisión «debe reunirse» {pair[0]}–{pair[1]} nombra a un participante ausente.",
        en=f"The must-meet decision {pair[0]}–{pair[1]} names an absent participant.",
    )


def _conflict(pair: tuple[str, str]) -> Message:
    return Message(
        es=f"{pair[0]}–{pair[1]} está marcado «debe reunirse» y «nunca»; se respeta «nunca».",
        en=f"{pair[0]}–{pair[1]} is marked both must-meet and never; never is kept.",
    )


def _over_capacity(participant: str, excess: int) -> Message:
    return Message(
        es=f"Las decisiones «debe reunirse» exceden en {excess} la capacidad de {participant}.",
        en=f"Must-meet decisions exceed the capacity of {participant} by {excess}.",
    )
