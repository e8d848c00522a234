from __future__ import annotations

from convoy.matching.axes import score_axis
from convoy.matching.model import Direction, Interest, Kind, Profile
from convoy.matching.parts import PartName

from .profiles import AGUASCALIENTES, BARE, JICA, NETFLIX


def on_axes(*axes: str) -> Profile:
    return Profile(
        id="p",
        name="p",
        interests=tuple(Interest(direction=Direction.NEED, kind=Kind.TRADE, axis=a) for a in axes),
    )


def test_shared_axis() -> None:
    part = score_axis(delegation=AGUASCALIENTES, counterpart=JICA, weight=0.1)
    assert part.name is PartName.AXIS
    assert (part.value, part.contribution) == (1.0, 0.1)
    assert part.explanation.es == "mismo eje: económico"
    assert part.explanation.en == "same axis: economic"


def test_several_shared_axes_and_a_mission_specific_one() -> None:
    part = score_axis(
        delegation=on_axes("diplomacy", "creative_industries", "agrifood"),
        counterpart=on_axes("agrifood", "creative_industries"),
        weight=1,
    )
    assert part.value == 1.0
    assert part.explanation.es == "ejes comunes: industrias creativas, agrifood"
    assert part.explanation.en == "shared axes: creative industries, agrifood"


def test_no_shared_axis() -> None:
    part = score_axis(delegation=AGUASCALIENTES, counterpart=NETFLIX, weight=1)
    assert (part.value, part.explanation.en) == (0.0, "")
    assert score_axis(delegation=BARE, counterpart=BARE, weight=1).value == 0.0
