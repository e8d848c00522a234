"""`match_mission` on the California convoy sample (78 delegations, 46 counterparts)."""

from __future__ import annotations

from pathlib import Path

import pytest

from convoy.exchange.imports import import_file
from convoy.matching import AllocationPolicy, suggest
from convoy.missions.models import Mission, Suggestion
from convoy.missions.services.match import match_mission
from convoy.missions.services.match_decide import accept_suggestions, reject_suggestions
from convoy.missions.services.match_encoder import shared_encoder
from convoy.missions.services.match_input import read_input
from convoy.samples import sample_paths

pytestmark = pytest.mark.django_db

SLUG = "convoy-california-2023"
COLUMNS = ("delegation_id", "counterpart_id", "kind", "score", "explanation_es", "explanation_en", "status")


@pytest.fixture(scope="module")
def cache_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("embeddings")


@pytest.fixture
def california() -> Mission:
    (path,) = [p for p in sample_paths() if p.stem == SLUG]
    import_file(path)
    return Mission.objects.get(slug=SLUG)


def test_every_suggestion_is_explained_in_spanish_and_english(california: Mission, cache_dir: Path) -> None:
    report = match_mission(california, cache_dir=cache_dir)
    rows = Suggestion.objects.filter(mission=california)
    assert report.stored.created == rows.count() == 101
    assert (report.delegations, report.counterparts) == (78, 46)
    for row in rows:
        assert row.explanation_es and row.explanation_en and row.explanation_es != row.explanation_en
        assert [p["name"] for p in row.parts] == ["sector", "kind", "axis", "text", "request", "priority"]
    microsoft = rows.get(delegation__organization__key="mun-14039", counterpart__organization__key="microsoft")
    assert microsoft.explanation_es.startswith(
        "Comparten el sector 51 (información en medios masivos); busca tecnología, que la contraparte ofrece; "
        "mismo eje: económico"
    )
    assert microsoft.explanation_en.startswith(
        "They share sector 51 (information); seeks technology, which the counterpart offers; same axis: economic"
    )


def test_with_a_floor_of_one_only_los_cabos_is_left_out_for_lack_of_any_affine_counterpart(
    california: Mission, cache_dir: Path
) -> None:
    policy = AllocationPolicy(floor=1)
    report = match_mission(california, cache_dir=cache_dir, policy=policy)
    assert report.below_floor == ("Los Cabos",)
    data = read_input(mission=california, policy=policy)
    encoder = shared_encoder(cache_dir=cache_dir)
    result = suggest(
        delegations=data.delegations,
        counterparts=data.counterparts,
        encoder=encoder,
        requests=data.requests,
        overrides=data.overrides,  # its request to the travel wholesalers was declined
        top=46,
    )
    marquee = {c.id for c in data.counterparts if c.marquee}
    bilateral = [s.total for s in result.for_delegation("mun-03008") if s.counterpart not in marquee]
    assert max(bilateral) < policy.min_score


def test_the_free_seat_with_netflix_goes_to_a_small_municipality(california: Mission, cache_dir: Path) -> None:
    report = match_mission(california, cache_dir=cache_dir)
    assert (report.fairness.marquee_seats, report.fairness.small_marquee_seats) == (1, 1)
    (seat,) = Suggestion.objects.filter(mission=california, kind="group_seat")
    assert seat.activity is not None and seat.activity.code == "studios-working-group"
    assert seat.delegation.organization.small
    assert "Netflix" not in report.marquee_without_seats
    assert "The Walt Disney Company" in report.marquee_without_seats


def test_running_again_keeps_decisions(california: Mission, cache_dir: Path) -> None:
    match_mission(california, cache_dir=cache_dir)
    rows = Suggestion.objects.filter(mission=california).select_related("mission", "activity").order_by("-score", "pk")
    assert accept_suggestions(suggestions=list(rows[:10]), by="ana") == 10
    assert reject_suggestions(suggestions=list(rows.filter(status="proposed")[:5]), by="ana") == 5
    decided = list(rows.exclude(status="proposed").values(*COLUMNS, "decided_at"))
    report = match_mission(california, cache_dir=cache_dir)
    assert report.stored.decided == 15
    proposed = rows.filter(status="proposed").count()
    assert proposed == report.stored.created + report.stored.updated + report.stored.unchanged
    assert list(rows.exclude(status="proposed").values(*COLUMNS, "decided_at")) == decided
    again = match_mission(california, cache_dir=cache_dir)
    assert (again.stored.created, again.stored.updated, again.stored.removed) == (0, 0, 0)
