"""The matcher against the real SCIAN catalog of `convoy.reference`."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from convoy.matching.matrix import sector_matrix
from convoy.matching.model import Direction, Interest, Kind, Profile
from convoy.matching.sectors import reference_catalog, score_sector
from convoy.reference import scian

from .profiles import AGUASCALIENTES, JICA

# A narrow family, so that random pairs often share a sector, subsector or rama.
CODES = [s.code for s in scian.sectors() if s.code.startswith(("336", "334", "51"))]


def with_codes(codes: list[str]) -> Profile:
    interest = Interest(direction=Direction.OFFER, kind=Kind.TRADE, scian=tuple(codes))
    return Profile(id="p", name="p", interests=(interest,))


def test_explanation_uses_the_catalog_titles() -> None:
    part = score_sector(delegation=AGUASCALIENTES, counterpart=JICA, catalog=reference_catalog(), weight=1)
    assert part.value == 0.7
    assert part.explanation.es == "comparten el subsector 336 (fabricación de equipo de transporte)"
    assert part.explanation.en == "they share subsector 336 (transportation equipment manufacturing)"


def test_manufacturing_codes_share_their_two_digit_entry() -> None:
    catalog = reference_catalog()
    part = score_sector(delegation=with_codes(["3344"]), counterpart=with_codes(["3391"]), catalog=catalog, weight=1)
    assert (part.value, part.explanation.en) == (0.3, "they share sector 33 (manufacturing)")
    food = score_sector(delegation=with_codes(["3111"]), counterpart=with_codes(["3363"]), catalog=catalog, weight=1)
    assert food.value == 0.0


@settings(max_examples=50, deadline=None)
@given(
    st.lists(st.lists(st.sampled_from(CODES), max_size=3), min_size=1, max_size=4),
    st.lists(st.lists(st.sampled_from(CODES), max_size=3), min_size=1, max_size=4),
)
def test_vectorised_sector_part_agrees_on_the_real_catalog(left: list[list[str]], right: list[list[str]]) -> None:
    catalog = reference_catalog()
    delegations, counterparts = [with_codes(c) for c in left], [with_codes(c) for c in right]
    matrix = sector_matrix(delegations=delegations, counterparts=counterparts, catalog=catalog)
    for i, d in enumerate(delegations):
        for j, c in enumerate(counterparts):
            expected = score_sector(delegation=d, counterpart=c, catalog=catalog, weight=1).value
            assert abs(float(matrix[i, j]) - expected) < 1e-6
