"""Re-planning a published agenda after a change and confirming placements, from the pages:
organizers only; confirmed meetings stay where they were; wrong changes are form errors."""

from __future__ import annotations

import pytest
from tests.web.conftest import Cast, client_for
from tests.web.test_pages import text_of, url

from convoy.agenda.models import AgendaVersion
from convoy.agenda.services.diff import diff_versions
from convoy.agenda.services.judge import judge_version
from convoy.agenda.services.plan import plan_mission
from convoy.missions.models import Counterpart, MeetingRequest

pytestmark = pytest.mark.django_db


def _key(cast: Cast, *, counterpart: Counterpart) -> str:
    return f"req:{MeetingRequest.objects.get(delegation=cast.gdl, counterpart=counterpart).pk}"


def test_confirming_marks_the_ticked_rows(cast: Cast, published: AgendaVersion) -> None:
    organizer = client_for(cast.organizer)
    port, netflix = _key(cast, counterpart=cast.port), _key(cast, counterpart=cast.netflix)
    before = text_of(organizer.get(url("version", "convoy-la", 1)))
    assert f'name="key" value="{port}"' in before and "data-confirmed" not in before
    done = organizer.post(url("confirm", "convoy-la", 1), {"key": [port]}, follow=True)
    page = text_of(done)
    assert "1 placement confirmed." in page
    assert f'data-confirmed="{port}"' in page and f'data-confirmed="{netflix}"' not in page
    assert f'name="key" value="{port}"' not in page and f'name="key" value="{netflix}"' in page
    assert list(published.placements.filter(confirmed=True).values_list("key", flat=True)) == [port]


def test_confirming_nothing_or_an_unknown_placement_says_so(cast: Cast, published: AgendaVersion) -> None:
    organizer = client_for(cast.organizer)
    assert "Tick the placements to confirm." in text_of(organizer.post(url("confirm", "convoy-la", 1), follow=True))
    unknown = text_of(organizer.post(url("confirm", "convoy-la", 1), {"key": ["req:999"]}, follow=True))
    assert "Version 1 has no placement req:999." in unknown
    assert published.placements.filter(confirmed=True).count() == 0


def test_an_organizer_replans_after_a_cancellation(cast: Cast, published: AgendaVersion, settings: object) -> None:
    settings.CONVOY_WEB_RUNS = "now"  # type: ignore[attr-defined]
    organizer = client_for(cast.organizer)
    port, netflix = _key(cast, counterpart=cast.port), _key(cast, counterpart=cast.netflix)
    organizer.post(url("confirm", "convoy-la", 1), {"key": [port]})
    was = published.placements.get(key=port)
    response = organizer.post(
        url("replan", "convoy-la", 1), {"change": "cancel", "counterpart": cast.netflix.pk, "time_limit": "3"}
    )
    assert response["Location"] == url("publish", "convoy-la", 2)
    draft = AgendaVersion.objects.get(number=2)
    assert (draft.status, draft.origin) == ("draft", "repair")
    assert judge_version(version=draft).ok
    assert Counterpart.objects.get(pk=cast.netflix.pk).confirmation == "declined"
    diff = diff_versions(old=published, new=draft)
    assert [c.key for c in diff.removed] == [netflix]
    assert port not in [c.key for c in (*diff.moved, *diff.removed)]
    kept = draft.placements.get(key=port)
    assert (kept.date, kept.start, kept.venue_id) == (was.date, was.start, was.venue_id)
    review = text_of(organizer.get(response["Location"]))
    assert "Changes from version 1 to version 2" in review
    assert "removed: Guadalajara — Netflix" in review


def test_a_wrong_change_is_a_form_error_in_the_users_language(cast: Cast, published: AgendaVersion) -> None:
    organizer = client_for(cast.organizer)
    leg = cast.mission.legs.get().pk
    outside = {"change": "remove_slot", "leg": leg, "date": "2023-03-05", "time": "09:00", "time_limit": "3"}
    english = organizer.post(url("replan", "convoy-la", 1), outside)
    assert english.status_code == 400 and "2023-03-05 09:00 is outside leg la." in text_of(english)
    spanish = organizer.post(url("replan", "convoy-la", 1), outside, headers={"accept-language": "es"})
    assert "2023-03-05 09:00 queda fuera de la etapa la." in text_of(spanish)
    missing = organizer.post(url("replan", "convoy-la", 1), {"change": "add_delegation", "time_limit": "3"})
    assert missing.status_code == 400 and "Give this for the change you chose." in text_of(missing)
    assert AgendaVersion.objects.count() == 1


def test_only_the_published_version_offers_the_replan_form(cast: Cast, published: AgendaVersion) -> None:
    organizer = client_for(cast.organizer)
    assert "Re-plan after a change" in text_of(organizer.get(url("version", "convoy-la", 1)))
    assert 'for="id_counterpart">Counterpart that cancels' in text_of(organizer.get(url("version", "convoy-la", 1)))
    plan_mission(mission=cast.mission, time_limit=3)
    assert "Re-plan after a change" not in text_of(organizer.get(url("version", "convoy-la", 2)))
    refused = organizer.post(url("replan", "convoy-la", 2), {"change": "cancel", "counterpart": cast.netflix.pk})
    assert refused["Location"] == url("version", "convoy-la", 2)
    assert AgendaVersion.objects.count() == 2


def test_delegations_may_neither_replan_nor_confirm(cast: Cast, published: AgendaVersion) -> None:
    member = client_for(cast.gdl_member)
    data = {"change": "cancel", "counterpart": cast.netflix.pk, "time_limit": "3"}
    assert member.post(url("replan", "convoy-la", 1), data).status_code == 403
    assert member.post(url("confirm", "convoy-la", 1), {"key": [_key(cast, counterpart=cast.port)]}).status_code == 403
    assert client_for(cast.netflix_contact).post(url("confirm", "convoy-la", 1)).status_code == 403
    assert Counterpart.objects.get(pk=cast.netflix.pk).confirmation == "confirmed"
    assert (AgendaVersion.objects.count(), published.placements.filter(confirmed=True).count()) == (1, 0)
