from __future__ import annotations

from pathlib import Path

from convoy.matching.cache import EmbeddingCache
from convoy.matching.embeddings import TextEncoder
from convoy.matching.model import Override, OverrideKind, Profile, Request
from convoy.matching.parts import PartName
from convoy.matching.suggest import suggest

from .profiles import AGUASCALIENTES, BARE, JICA, NETFLIX
from .scian_fixture import CATALOG

DELEGATIONS = [AGUASCALIENTES, BARE]
COUNTERPARTS = [NETFLIX, JICA, Profile(id="empty", name="Vacía")]


def test_best_counterparts_first_with_explanations(encoder: TextEncoder) -> None:
    result = suggest(delegations=DELEGATIONS, counterparts=COUNTERPARTS, catalog=CATALOG, encoder=encoder)
    assert result.warnings == ()
    ranked = result.for_delegation("ags")
    assert [s.counterpart for s in ranked] == ["jica"]
    assert ranked[0].explanation_es.startswith(
        "Comparten el subsector 336 (fabricación de equipo de transporte); "
        "busca desarrollo de proveedores, que la contraparte ofrece; mismo eje: económico; "
        "descripciones afines (0."
    )
    assert result.for_delegation("bare") == ()


def test_requests_and_must_meet_are_always_suggested_never_is_not(encoder: TextEncoder) -> None:
    result = suggest(
        delegations=DELEGATIONS,
        counterparts=COUNTERPARTS,
        catalog=CATALOG,
        encoder=encoder,
        requests=[Request(requester="netflix", requested="bare")],
        overrides=[
            Override(delegation="ags", counterpart="jica", kind=OverrideKind.NEVER),
            Override(delegation="ags", counterpart="empty", kind=OverrideKind.MUST_MEET),
        ],
        top=1,
    )
    assert [(s.delegation, s.counterpart) for s in result.suggestions] == [
        ("ags", "empty"),
        ("bare", "netflix"),
    ]
    requested = result.for_delegation("bare")[0]
    assert requested.part(PartName.REQUEST).value == 0.5
    assert requested.explanation_en == ("The counterpart asked for the meeting; normal priority")


def test_without_the_model_text_is_zero_and_a_warning_is_returned(tmp_path: Path) -> None:
    broken = TextEncoder(cache=EmbeddingCache(), resources=tmp_path)
    result = suggest(delegations=DELEGATIONS, counterparts=COUNTERPARTS, catalog=CATALOG, encoder=broken)
    assert len(result.warnings) == 1
    assert result.warnings[0].en.startswith("The text-similarity model could not be loaded (")
    only = result.for_delegation("ags")[0]
    assert only.part(PartName.TEXT).value == 0.0
    assert only.total == 0.3 * 0.7 + 0.3 + 0.1
    assert only.explanation_en == (
        "They share subsector 336 (transportation equipment manufacturing); "
        "seeks supplier development, which the counterpart offers; same axis: economic"
    )
