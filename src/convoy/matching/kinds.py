"""Compatibility of interest kinds: a need meets an offer of the same or a related kind.

A need is fully answered (1.0) by an offer of the same kind — supplier development meets an
OEM's supplier-development programme, film co-production meets a studio's co-production
offer — and partly (0.5) by an offer of a related kind, listed here:

| need                 | related offers (0.5)                          |
| -------------------- | --------------------------------------------- |
| investment           | trade                                         |
| trade                | investment, diaspora (nostalgia market)       |
| technology           | talent_training, smart_city                   |
| talent_training      | technology, mobility, supplier_development    |
| mobility             | smart_city, talent_training                   |
| supplier_development | trade (buyers), talent_training               |
| co_production        | investment                                    |
| tourism              | diaspora                                      |
| diaspora             | cooperation, trade                            |
| smart_city           | technology, mobility, cooperation             |
| health               | technology, investment                        |
| cooperation          | smart_city, diaspora                          |

The part looks both ways: the delegation's needs against the counterpart's offers, and the
counterpart's needs against the delegation's offers; the best match is the value.
"""

from __future__ import annotations

from dataclasses import dataclass

from convoy.matching.messages import Message, kind_label
from convoy.matching.model import Interest, Kind, Profile
from convoy.matching.parts import SILENT, PartName, ScorePart

SAME_KIND = 1.0
RELATED_KIND = 0.5

RELATED: dict[Kind, frozenset[Kind]] = {
    Kind.INVESTMENT: frozenset({Kind.TRADE}),
    Kind.TRADE: frozenset({Kind.INVESTMENT, Kind.DIASPORA}),
    Kind.TECHNOLOGY: frozenset({Kind.TALENT_TRAINING, Kind.SMART_CITY}),
    Kind.TALENT_TRAINING: frozenset({Kind.TECHNOLOGY, Kind.MOBILITY, Kind.SUPPLIER_DEVELOPMENT}),
    Kind.MOBILITY: frozenset({Kind.SMART_CITY, Kind.TALENT_TRAINING}),
    Kind.SUPPLIER_DEVELOPMENT: frozenset({Kind.TRADE, Kind.TALENT_TRAINING}),
    Kind.CO_PRODUCTION: frozenset({Kind.INVESTMENT}),
    Kind.TOURISM: frozenset({Kind.DIASPORA}),
    Kind.DIASPORA: frozenset({Kind.COOPERATION, Kind.TRADE}),
    Kind.SMART_CITY: frozenset({Kind.TECHNOLOGY, Kind.MOBILITY, Kind.COOPERATION}),
    Kind.HEALTH: frozenset({Kind.TECHNOLOGY, Kind.INVESTMENT}),
    Kind.COOPERATION: frozenset({Kind.SMART_CITY, Kind.DIASPORA}),
}


def compatibility(*, need: Kind, offer: Kind) -> float:
    """How well an offer of kind `offer` answers a need of kind `need` (0, 0.5 or 1)."""
    if need is offer:
        return SAME_KIND
    return RELATED_KIND if offer in RELATED[need] else 0.0


@dataclass(frozen=True)
class KindMatch:
    need: Kind
    offer: Kind
    value: float


def best_match(*, needs: tuple[Interest, ...], offers: tuple[Interest, ...]) -> KindMatch | None:
    """The most compatible (need, offer) pair; ties keep the first need and offer listed."""
    best: KindMatch | None = None
    for need in needs:
        for offer in offers:
            value = compatibility(need=need.kind, offer=offer.kind)
            if value > 0 and (best is None or value > best.value):
                best = KindMatch(need=need.kind, offer=offer.kind, value=value)
    return best


def score_kind(*, delegation: Profile, counterpart: Profile, weight: float) -> ScorePart:
    forward = best_match(needs=delegation.needs(), offers=counterpart.offers())
    backward = best_match(needs=counterpart.needs(), offers=delegation.offers())
    value = max((m.value for m in (forward, backward) if m is not None), default=0.0)
    clauses = [_clause(match=forward, seeker="delegation")] if forward else []
    clauses += [_clause(match=backward, seeker="counterpart")] if backward else []
    if not clauses:
        return ScorePart(name=PartName.KIND, value=0.0, weight=weight, explanation=SILENT)
    explanation = Message(es="; ".join(c.es for c in clauses), en="; ".join(c.en for c in clauses))
    return ScorePart(name=PartName.KIND, value=value, weight=weight, explanation=explanation)


def _clause(*, match: KindMatch, seeker: str) -> Message:
    need, offer = kind_label(match.need), kind_label(match.offer)
    if seeker == "delegation":
        if match.value == SAME_KIND:
            return Message(
                f"busca {need.es}, que la contraparte ofrece",
                f"seeks {need.en}, which the counterpart offers",
            )
        return Message(
            f"busca {need.es} y la contraparte ofrece {offer.es}, afín",
            f"seeks {need.en} and the counterpart offers related {offer.en}",
        )
    if match.value == SAME_KIND:
        return Message(
            f"la contraparte busca {need.es}, que la delegación ofrece",
            f"the counterpart seeks {need.en}, which the delegation offers",
        )
    return Message(
        f"la contraparte busca {need.es} y la delegación ofrece {offer.es}, afín",
        f"the counterpart seeks {need.en} and the delegation offers related {offer.en}",
    )
