"""The sample outcomes: the articles' figures as stated, synthetic follow-ups marked, every rule exercised."""

from __future__ import annotations

import json
from decimal import Decimal

from convoy.outcomes.models import Claim, Conversion, Figure, FollowUp, Outcome
from convoy.outcomes.samples import load_sample_outcomes
from convoy.samples.outcomes import sample_outcome_paths

AGS = "https://innovacioneconomica.com/the-trade-trip-that-will-mark-a-watershed-for-aguascalientes-industry/"


def figures(key: str) -> dict[tuple[str, str, str], tuple[Decimal, str]]:
    return {(f.measure, f.status, f.jobs_kind): (f.value, f.currency) for f in Figure.objects.filter(outcome__key=key)}


def test_the_articles_figures_are_stored_as_stated(samples: None) -> None:
    assert figures("trip-forecast") == {
        ("investment", "expected", ""): (Decimal(150_000_000), "USD"),
        ("jobs", "expected", "new"): (Decimal(2300), ""),
    }
    assert Outcome.objects.get(key="trip-forecast").forecast is True
    assert figures("tachi-s-700-jobs") == {("jobs", "expected", "new"): (Decimal(700), "")}
    assert figures("jica-supplier-development") == {("firms", "expected", ""): (Decimal(20), "")}
    for key in ("trip-forecast", "tachi-s-700-jobs", "jica-supplier-development", "nagoya-chamber-alliance"):
        assert Outcome.objects.get(key=key).provenance == AGS


def test_the_studios_working_group_has_the_studios_mayors_and_states(samples: None) -> None:
    group = Outcome.objects.get(key="studios-working-group")
    members = set(group.members.values_list("key", flat=True))
    assert {"netflix", "paramount", "hbo", "disney", "warner-bros", "nbcuniversal", "mpa", "sre"} <= members
    kinds = list(group.members.values_list("kind", flat=True))
    assert (kinds.count("municipality"), kinds.count("state")) == (54, 12)
    assert group.activity.code == "studios-working-group"


def test_the_synthetic_cases_are_there(samples: None) -> None:
    claimants = {
        key: set(
            Claim.objects.filter(outcome__project__key="jp-sample-plant-aguascalientes", outcome__key=key).values_list(
                "organization__kind", flat=True
            )
        )
        for key in ("jp-sample-plant-state", "jp-sample-plant-municipality")
    }
    assert claimants == {
        "jp-sample-plant-state": {"state", "municipality"},
        "jp-sample-plant-municipality": {"municipality"},
    }
    assert figures("us-mexico-chamber-mou") == {("headline_value", "expected", ""): (Decimal(250_000_000), "USD")}
    assert figures("jp-sample-plant-state")[("investment", "expected", "")] == (Decimal(2_400_000_000), "JPY")
    assert Conversion.objects.filter(figure__currency="JPY").count() == 4
    assert set(Outcome.objects.values_list("stage", flat=True)) == {
        "lead",
        "qualified",
        "announced",
        "realized",
        "lost",
    }


def test_every_follow_up_and_invented_figure_is_marked_synthetic(samples: None) -> None:
    assert FollowUp.objects.count() == 11
    assert not FollowUp.objects.filter(synthetic=False).exists()
    for outcome in Outcome.objects.filter(synthetic=False):
        assert outcome.provenance.startswith("https://")
        assert not FollowUp.objects.filter(outcome=outcome, synthetic=False).exists()
    for path in sample_outcome_paths():
        for outcome in json.loads(path.read_text(encoding="utf-8"))["outcomes"]:
            invented = "sintético" in outcome["title"] or any(
                "Sintético" in f.get("source", "") for f in outcome.get("figures", [])
            )
            if invented:
                assert outcome["synthetic"] is True, outcome["key"]


def test_loading_the_samples_twice_changes_nothing(samples: None) -> None:
    before = (Outcome.objects.count(), Figure.objects.count(), Conversion.objects.count(), FollowUp.objects.count())
    summaries = load_sample_outcomes()
    assert [s.outcomes_created for s in summaries] == [0, 0, 0]
    after = (Outcome.objects.count(), Figure.objects.count(), Conversion.objects.count(), FollowUp.objects.count())
    assert after == before == (18, 18, 18, 11)
