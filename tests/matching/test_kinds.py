from __future__ import annotations

from dataclasses import replace

from convoy.matching.kinds import RELATED, compatibility, score_kind
from convoy.matching.model import Direction, Interest, Kind, Profile
from convoy.matching.parts import PartName

from .profiles import AGUASCALIENTES, BARE, JICA, NETFLIX


def profile(*interests: tuple[Direction, Kind]) -> Profile:
    return Profile(
        id="p",
        name="p",
        interests=tuple(Interest(direction=d, kind=k) for d, k in interests),
    )


def test_compatibility_table() -> None:
    assert compatibility(need=Kind.SUPPLIER_DEVELOPMENT, offer=Kind.SUPPLIER_DEVELOPMENT) == 1.0
    assert compatibility(need=Kind.SUPPLIER_DEVELOPMENT, offer=Kind.TRADE) == 0.5
    assert compatibility(need=Kind.TRADE, offer=Kind.SUPPLIER_DEVELOPMENT) == 0.0
    assert compatibility(need=Kind.TOURISM, offer=Kind.HEALTH) == 0.0
    assert set(RELATED) == set(Kind)
    assert all(kind not in related for kind, related in RELATED.items())


def test_need_meets_same_kind_offer() -> None:
    part = score_kind(delegation=AGUASCALIENTES, counterpart=JICA, weight=0.3)
    assert part.name is PartName.KIND
    assert (part.value, part.weight) == (1.0, 0.3)
    assert part.explanation.es == "busca desarrollo de proveedores, que la contraparte ofrece"
    assert part.explanation.en == "seeks supplier development, which the counterpart offers"


def test_related_kind_is_half() -> None:
    seeker = profile((Direction.NEED, Kind.SUPPLIER_DEVELOPMENT))
    buyer = profile((Direction.OFFER, Kind.TRADE))
    part = score_kind(delegation=seeker, counterpart=buyer, weight=1)
    assert part.value == 0.5
    assert part.explanation.es == ("busca desarrollo de proveedores y la contraparte ofrece comercio, afín")
    assert part.explanation.en == ("seeks supplier development and the counterpart offers related trade")


def test_counterpart_need_meets_delegation_offer() -> None:
    locations = profile((Direction.OFFER, Kind.TALENT_TRAINING))
    part = score_kind(delegation=locations, counterpart=NETFLIX, weight=1)
    assert part.value == 1.0
    assert part.explanation.es == ("la contraparte busca talento y capacitación, que la delegación ofrece")
    assert part.explanation.en == ("the counterpart seeks talent and training, which the delegation offers")


def test_both_directions_are_explained_and_best_wins() -> None:
    municipality = profile(
        (Direction.NEED, Kind.INVESTMENT),
        (Direction.NEED, Kind.CO_PRODUCTION),
        (Direction.OFFER, Kind.TALENT_TRAINING),
    )
    part = score_kind(delegation=municipality, counterpart=NETFLIX, weight=1)
    assert part.value == 1.0
    assert part.explanation.en == (
        "seeks co-production, which the counterpart offers; "
        "the counterpart seeks talent and training, which the delegation offers"
    )
    investor = profile((Direction.NEED, Kind.INVESTMENT), (Direction.OFFER, Kind.MOBILITY))
    assert score_kind(delegation=investor, counterpart=NETFLIX, weight=1).value == 0.5


def test_two_needs_or_two_offers_do_not_match() -> None:
    needs = profile((Direction.NEED, Kind.TRADE))
    part = score_kind(delegation=needs, counterpart=needs, weight=1)
    assert (part.value, part.explanation.en) == (0.0, "")
    assert score_kind(delegation=BARE, counterpart=JICA, weight=1).value == 0.0
    offers = replace(JICA, id="other")
    assert score_kind(delegation=offers, counterpart=JICA, weight=1).value == 0.0
