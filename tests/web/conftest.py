"""People of the small hand-made mission (tests/agenda/factory.py): an organizer, a member of
Guadalajara, a member of Monterrey, Netflix's contact, a viewer and an outsider; and its
agenda planned and published. Messages are read in English (the msgids) unless a test
switches language."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import pytest
from django.contrib.auth.models import User
from django.test import Client
from django.utils import translation
from tests.agenda.factory import make_mission

from convoy.agenda.models import AgendaVersion
from convoy.agenda.services.plan import plan_mission
from convoy.agenda.services.publish import publish_version
from convoy.missions.models import Counterpart, Delegation, Mission
from convoy.web.models import Membership, Role

PASSWORD = "correct horse battery staple"


@dataclass(frozen=True)
class Cast:
    mission: Mission
    gdl: Delegation
    mty: Delegation
    netflix: Counterpart
    port: Counterpart
    organizer: User
    gdl_member: User
    mty_member: User
    netflix_contact: User
    viewer: User
    outsider: User


@pytest.fixture(autouse=True)
def english(settings: Any) -> Iterator[None]:
    """Pages in English unless a test asks otherwise (Spanish stays the site's default)."""
    settings.LANGUAGE_CODE = "en"
    with translation.override("en"):
        yield


@pytest.fixture(autouse=True)
def quick_hashing(settings: Any) -> None:
    """Password hashing made cheap for tests (the real hasher costs most of a second)."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


def make_user(name: str) -> User:
    return User.objects.create_user(username=name, email=f"{name}@example.org", password=PASSWORD)


def make_cast() -> Cast:
    mission = make_mission()
    gdl = Delegation.objects.get(mission=mission, organization__key="mun-14039")
    mty = Delegation.objects.get(mission=mission, organization__key="mun-19039")
    netflix = Counterpart.objects.get(mission=mission, organization__key="netflix")
    port = Counterpart.objects.get(mission=mission, organization__key="port-la")
    people = {n: make_user(n) for n in ("org", "gdl", "mty", "netflix", "viewer", "outsider")}
    Membership.objects.create(user=people["org"], mission=mission, role=Role.ORGANIZER)
    Membership.objects.create(user=people["gdl"], mission=mission, role=Role.DELEGATION, delegation=gdl)
    Membership.objects.create(user=people["mty"], mission=mission, role=Role.DELEGATION, delegation=mty)
    Membership.objects.create(user=people["netflix"], mission=mission, role=Role.COUNTERPART, counterpart=netflix)
    Membership.objects.create(user=people["viewer"], mission=mission, role=Role.VIEWER)
    return Cast(
        mission,
        gdl,
        mty,
        netflix,
        port,
        people["org"],
        people["gdl"],
        people["mty"],
        people["netflix"],
        people["viewer"],
        people["outsider"],
    )


@pytest.fixture
def cast(db: None) -> Cast:
    return make_cast()


def publish(mission: Mission) -> AgendaVersion:
    version = plan_mission(mission=mission, time_limit=3).version
    assert version is not None
    return publish_version(mission=mission, number=version.number)[0]


@pytest.fixture
def published(cast: Cast) -> AgendaVersion:
    return publish(cast.mission)


def client_for(user: User) -> Client:
    client = Client()
    client.force_login(user)
    return client


def other_mission(slug: str = "other") -> Mission:
    """A second mission of the same organizer, with nothing in it."""
    first = Mission.objects.order_by("pk").first()
    assert first is not None
    return Mission.objects.create(
        slug=slug, title="Other", organizer=first.organizer, start_date=first.start_date, end_date=first.end_date
    )
