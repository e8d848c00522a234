from __future__ import annotations

import pytest

from convoy.matching.model import Priority, Request, index_requests
from convoy.matching.parts import PART_ORDER, PartName, Weights
from convoy.matching.score import ScoringContext, score_pair

from .profiles import AGUASCALIENTES, BARE, JICA, NETFLIX
from .scian_fixture import FixtureCatalog


def test_explanation_in_both_languages_built_from_the_parts(catalog: FixtureCatalog) -> None:
    suggestion = score_pair(
        delegation=AGUASCALIENTES,
        counterpart=JICA,
        cosine=0.81,
        context=ScoringContext(catalog=catalog),
    )
    assert suggestion.explanation_es == (
        "Comparten el subsector 336 (fabricación de equipo de transporte); "
        "busca desarrollo de proveedores, que la contraparte ofrece; "
        "mismo eje: económico; descripciones afines (0.81)"
    )
    assert suggestion.explanation_en == (
        "They share subsector 336 (transportation equipment manufacturing); "
        "seeks supplier development, which the counterpart offers; "
        "same axis: economic; similar descriptions (0.81)"
    )
    assert suggestion.explanation("es") == suggestion.explanation_es


def test_total_is_the_weighted_sum_of_the_parts(catalog: FixtureCatalog) -> None:
    context = ScoringContext(
        catalog=catalog,
        requests=index_requests(
            requests=[Request(requester="ags", requested="jica", priority=Priority.HIGH)],
            delegation_ids={"ags"},
        ),
    )
    suggestion = score_pair(delegation=AGUASCALIENTES, counterpart=JICA, cosine=0.6, context=context)
    assert [p.name for p in suggestion.parts] == list(PART_ORDER)
    values = {p.name: p.value for p in suggestion.parts}
    assert values == {
        PartName.SECTOR: 0.7,
        PartName.KIND: 1.0,
        PartName.AXIS: 1.0,
        PartName.TEXT: pytest.approx(0.5),
        PartName.REQUEST: 0.5,
        PartName.PRIORITY: 0.6,
    }
    assert suggestion.total == pytest.approx(0.3 * 0.7 + 0.3 + 0.1 + 0.3 * 0.5 + 0.2 + 0.12)
    assert suggestion.explanation_en.endswith(
        "similar descriptions (0.60); the delegation asked for the meeting; high priority"
    )


def test_no_affinity(catalog: FixtureCatalog) -> None:
    suggestion = score_pair(delegation=BARE, counterpart=NETFLIX, cosine=0.0, context=ScoringContext(catalog=catalog))
    assert suggestion.total == 0.0
    assert (suggestion.explanation_es, suggestion.explanation_en) == (
        "Sin afinidad clara",
        "No clear affinity",
    )


def test_a_part_with_zero_weight_is_not_explained(catalog: FixtureCatalog) -> None:
    context = ScoringContext(catalog=catalog, weights=Weights().only(PartName.SECTOR))
    suggestion = score_pair(delegation=AGUASCALIENTES, counterpart=JICA, cosine=0.9, context=context)
    assert suggestion.total == pytest.approx(0.21)
    assert suggestion.part(PartName.KIND).value == 1.0
    assert suggestion.explanation_en == ("They share subsector 336 (transportation equipment manufacturing)")
