"""Tier 2, the fairness floor (soft): each delegation with candidates should get
min(``Config.soft_floor``, its candidates) activities; each one short of it is a unit of
``floor_shortfall`` and costs the penalty, which is above what any single meeting or seat
adds to the value — so the solver brings a delegation up to the floor before it gives
another delegation an extra meeting.  A delegation whose candidates are all impossible only
has a shortfall; the hard ``Config.floor`` (in ``value``) is the guarantee instead.

``value.add`` calls ``shortfall`` (the day-assignment stage builds the value rule alone).
"""

from __future__ import annotations

from convoy.planning.config import Config, Segment
from convoy.planning.model import Built, Expr
from convoy.planning.problem import Problem

PENALTY = "floor_shortfall"
ES = "piso de equidad"
EN = "fairness floor"


def _gain(returns: tuple[Segment, ...], weight: int) -> int:
    """The most ``weight`` more can add to one delegation under a concave curve."""
    at = [min(s.offset + s.slope * w for s in returns) for w in (0, weight)]
    return max(0, at[1] - at[0])


def penalty_of(*, problem: Problem, config: Config) -> int:
    """``Config.floor_penalty``, or 1 + the largest value one meeting or seat can add."""
    if config.floor_penalty is not None:
        return config.floor_penalty
    delegations = {d.id for d in problem.delegations}
    gains = [
        sum(_gain(config.returns, m.weight) for who in m.participants if who in delegations) for m in problem.meetings
    ]
    gains += [_gain(config.returns, i.weight) for g in problem.group_sessions for i in g.interested]
    return 1 + max(gains, default=0)


def shortfall(b: Built, *, counts: dict[str, list[Expr]]) -> Expr:
    """Σ over delegations with candidates of max(0, floor - activities); registered as
    ``b.terms["floor_shortfall"]``."""
    parts: list[Expr] = []
    for who, placed in counts.items():
        need = min(b.config.soft_floor, len(placed))
        if need <= 0:
            continue
        short = b.model.new_int_var(0, need, f"{PENALTY}[{who}]")
        b.model.add_max_equality(short, [0, need - sum(placed)])  # exact, maximized or not
        parts.append(short)
    total: Expr = sum(parts)
    b.terms[PENALTY] = total
    return total
