"""Each rule of convoy.web.permissions, for each role (and for a second mission)."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import AnonymousUser, Permission, User
from tests.web.conftest import Cast, make_user, other_mission

from convoy.agenda.models import AgendaVersion
from convoy.agenda.services.plan import plan_mission
from convoy.missions.models import MeetingRequest
from convoy.web import permissions as p
from convoy.web.models import Membership, Role

pytestmark = pytest.mark.django_db


def access(cast: Cast, user: User | AnonymousUser) -> p.Access:
    return p.access_of(user=user, mission=cast.mission)


def test_access_names_the_role_and_party(cast: Cast) -> None:
    assert access(cast, cast.gdl_member) == p.Access(cast.mission.pk, Role.DELEGATION, cast.gdl.pk, None)
    assert access(cast, cast.netflix_contact) == p.Access(cast.mission.pk, Role.COUNTERPART, None, cast.netflix.pk)
    assert access(cast, cast.outsider) == p.Access(cast.mission.pk)
    assert access(cast, AnonymousUser()) == p.Access(cast.mission.pk)
    boss = User.objects.create_superuser("boss", "boss@example.org", "x")
    assert access(cast, boss).organizer


def test_missions_listed_are_those_with_a_membership(cast: Cast) -> None:
    other = other_mission()
    Membership.objects.create(user=cast.mty_member, mission=other, role=Role.VIEWER)
    assert list(p.visible_missions(user=cast.gdl_member).values_list("slug", flat=True)) == ["convoy-la"]
    assert list(p.visible_missions(user=cast.mty_member).values_list("slug", flat=True)) == ["convoy-la", "other"]
    assert list(p.visible_missions(user=cast.outsider)) == []
    assert list(p.visible_missions(user=AnonymousUser())) == []


def test_only_users_with_the_add_mission_permission_create_missions(cast: Cast) -> None:
    assert not p.can_create_mission(user=cast.organizer)
    cast.organizer.user_permissions.add(Permission.objects.get(codename="add_mission"))
    assert p.can_create_mission(user=User.objects.get(pk=cast.organizer.pk))


def test_a_delegation_sees_its_own_profile_never_another(cast: Cast) -> None:
    gdl = access(cast, cast.gdl_member)
    assert p.can_view_delegation(access=gdl, delegation=cast.gdl)
    assert p.can_edit_delegation(access=gdl, delegation=cast.gdl)
    assert not p.can_view_delegation(access=gdl, delegation=cast.mty)
    assert not p.can_view_agenda_of_delegation(access=gdl, delegation=cast.mty)
    assert not p.can_view_outcomes_of(access=gdl, delegation=cast.mty)
    assert p.can_view_delegation(access=access(cast, cast.organizer), delegation=cast.mty)
    for user in (cast.viewer, cast.netflix_contact, cast.outsider):
        assert not p.can_view_delegation(access=access(cast, user), delegation=cast.gdl)


def test_counterparts_are_listed_for_organizers_delegations_and_viewers(cast: Cast) -> None:
    allowed = [p.can_list_counterparts(access=access(cast, u)) for u in (cast.organizer, cast.gdl_member, cast.viewer)]
    assert allowed == [True, True, True]
    assert not p.can_list_counterparts(access=access(cast, cast.netflix_contact))
    netflix = access(cast, cast.netflix_contact)
    assert p.can_view_counterpart(access=netflix, counterpart=cast.netflix)
    assert not p.can_view_counterpart(access=netflix, counterpart=cast.port)
    assert not p.can_view_counterpart(access=access(cast, cast.outsider), counterpart=cast.netflix)


def test_private_notes_stay_with_organizers(cast: Cast) -> None:
    seen = [p.can_view_private_notes(access=access(cast, u)) for u in (cast.organizer, cast.gdl_member, cast.viewer)]
    assert seen == [True, False, False]
    assert not p.can_view_private_notes(access=access(cast, cast.netflix_contact))


def test_requests_are_seen_by_their_two_parties_and_organizers(cast: Cast) -> None:
    everything = MeetingRequest.objects.all()

    def seen(user: User) -> list[str]:
        found = p.visible_requests(access=access(cast, user), requests=everything)
        return sorted(f"{r.delegation.organization.key}>{r.counterpart.organization.key}" for r in found)

    assert seen(cast.organizer) == ["mun-14039>netflix", "mun-14039>port-la", "mun-19039>netflix", "mun-19039>port-la"]
    assert seen(cast.gdl_member) == ["mun-14039>netflix", "mun-14039>port-la"]
    assert seen(cast.netflix_contact) == ["mun-14039>netflix", "mun-19039>netflix"]
    assert seen(cast.viewer) == []
    mty_netflix = MeetingRequest.objects.get(delegation=cast.mty, counterpart=cast.netflix)
    assert not p.can_view_request(access=access(cast, cast.gdl_member), request=mty_netflix)
    assert p.can_answer_request(access=access(cast, cast.netflix_contact), request=mty_netflix)
    assert not p.can_answer_request(access=access(cast, cast.mty_member), request=mty_netflix)
    assert p.can_withdraw_request(access=access(cast, cast.mty_member), request=mty_netflix)
    assert not p.can_withdraw_request(access=access(cast, cast.gdl_member), request=mty_netflix)


def test_another_missions_membership_grants_nothing_here(cast: Cast) -> None:
    other = other_mission()
    stranger = make_user("stranger")
    Membership.objects.create(user=stranger, mission=other, role=Role.ORGANIZER)
    theirs = p.access_of(user=stranger, mission=other)
    assert theirs.organizer
    assert not p.can_view_delegation(access=theirs, delegation=cast.gdl)
    assert not p.can_view_counterpart(access=theirs, counterpart=cast.netflix)
    request = MeetingRequest.objects.filter(mission=cast.mission).first()
    assert request is not None
    assert not p.can_view_request(access=theirs, request=request)


def test_drafts_are_for_organizers_and_placements_are_filtered_by_party(cast: Cast) -> None:
    version = plan_mission(mission=cast.mission, time_limit=3).version
    assert isinstance(version, AgendaVersion)
    assert p.can_view_version(access=access(cast, cast.organizer), version=version)
    assert not p.can_view_version(access=access(cast, cast.gdl_member), version=version)
    version.status = "published"
    version.save()
    assert p.can_view_version(access=access(cast, cast.gdl_member), version=version)
    assert not p.can_view_version(access=access(cast, cast.outsider), version=version)

    def keys(user: User) -> list[str]:
        return sorted(p.visible_placements(access=access(cast, user), version=version).values_list("key", flat=True))

    requests = {
        (r.delegation.organization.key, r.counterpart.organization.key): r.pk for r in MeetingRequest.objects.all()
    }
    gdl_netflix, gdl_port = f"req:{requests['mun-14039', 'netflix']}", f"req:{requests['mun-14039', 'port-la']}"
    mty_port = f"req:{requests['mun-19039', 'port-la']}"
    assert keys(cast.organizer) == sorted(["act:opening", "act:port-briefing", gdl_netflix, gdl_port, mty_port])
    assert keys(cast.gdl_member) == sorted(["act:opening", "act:port-briefing", gdl_netflix, gdl_port])
    assert keys(cast.mty_member) == sorted(["act:opening", "act:port-briefing", mty_port])
    assert keys(cast.netflix_contact) == sorted(["act:opening", "act:port-briefing", gdl_netflix])
    assert keys(cast.viewer) == ["act:opening", "act:port-briefing"]
    assert p.can_view_whole_agenda(access=access(cast, cast.organizer))
    assert not p.can_view_whole_agenda(access=access(cast, cast.gdl_member))
    assert p.can_view_agenda_of_counterpart(access=access(cast, cast.netflix_contact), counterpart=cast.netflix)
    assert not p.can_view_agenda_of_counterpart(access=access(cast, cast.netflix_contact), counterpart=cast.port)
