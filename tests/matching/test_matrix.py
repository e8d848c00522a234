from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from convoy.matching.matrix import (
    axis_matrix,
    kind_matrix,
    sector_matrix,
    text_matrix,
    total_matrix,
)
from convoy.matching.model import Profile, Request, index_requests
from convoy.matching.parts import PartName, Weights
from convoy.matching.score import ScoringContext, score_pair

from .profiles import AGUASCALIENTES, JICA, NETFLIX
from .scian_fixture import CATALOG
from .strategies import profiles, requests_between


def test_parts_for_a_known_pair() -> None:
    delegations, counterparts = [AGUASCALIENTES], [JICA, NETFLIX]
    sectors = sector_matrix(delegations=delegations, counterparts=counterparts, catalog=CATALOG)
    assert sectors[0].tolist() == pytest.approx([0.7, 0.0])
    assert kind_matrix(delegations=delegations, counterparts=counterparts).tolist() == [[1, 0]]
    assert axis_matrix(delegations=delegations, counterparts=counterparts).tolist() == [[1, 0]]
    cosine = np.array([[0.6, 1.0]], dtype=np.float32)
    assert text_matrix(cosine=cosine.copy())[0].tolist() == pytest.approx([0.5, 1.0])


@st.composite
def instances(draw: st.DrawFn) -> tuple[list[Profile], list[Profile], list[Request], np.ndarray]:
    delegations = draw(profiles("d"))
    counterparts = draw(profiles("c"))
    requests = draw(requests_between(delegations, counterparts))
    cosine = draw(
        st.lists(
            st.floats(-1, 1, width=32),
            min_size=len(delegations) * len(counterparts),
            max_size=len(delegations) * len(counterparts),
        )
    )
    shape = (len(delegations), len(counterparts))
    return delegations, counterparts, requests, np.array(cosine, dtype=np.float32).reshape(shape)


@settings(max_examples=60, deadline=None)
@given(instances())
def test_vectorised_scores_agree_with_pair_by_pair_scores(
    instance: tuple[list[Profile], list[Profile], list[Request], np.ndarray],
) -> None:
    delegations, counterparts, requests, cosine = instance
    context = ScoringContext(
        catalog=CATALOG,
        weights=Weights(),
        requests=index_requests(requests=requests, delegation_ids={d.id for d in delegations}),
    )
    total = total_matrix(
        delegations=delegations,
        counterparts=counterparts,
        cosine=cosine,
        catalog=CATALOG,
        requests=context.requests,
        weights=context.weights,
    )
    sectors = sector_matrix(delegations=delegations, counterparts=counterparts, catalog=CATALOG)
    kinds = kind_matrix(delegations=delegations, counterparts=counterparts)
    axes = axis_matrix(delegations=delegations, counterparts=counterparts)
    for i, delegation in enumerate(delegations):
        for j, counterpart in enumerate(counterparts):
            one = score_pair(
                delegation=delegation,
                counterpart=counterpart,
                cosine=float(cosine[i, j]),
                context=context,
            )
            assert float(total[i, j]) == pytest.approx(one.total, abs=1e-5)
            assert float(sectors[i, j]) == pytest.approx(one.part(PartName.SECTOR).value)
            assert float(kinds[i, j]) == one.part(PartName.KIND).value
            assert float(axes[i, j]) == one.part(PartName.AXIS).value
