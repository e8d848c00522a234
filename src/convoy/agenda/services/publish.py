"""Publish a draft (the published one before it becomes superseded) and confirm placements."""

from __future__ import annotations

from collections.abc import Iterable

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from convoy.agenda.models import AgendaVersion
from convoy.agenda.models.choices import VersionStatus
from convoy.agenda.services.errors import AgendaError
from convoy.agenda.services.lookup import find_version, latest_draft, published_version
from convoy.missions.models import Mission
from convoy.missions.models.choices import MissionStatus


@transaction.atomic
def publish_version(*, mission: Mission, number: int | None = None) -> tuple[AgendaVersion, AgendaVersion | None]:
    """Publish draft ``number`` (default: the latest draft); returns it and the version it supersedes."""
    Mission.objects.select_for_update().filter(pk=mission.pk).first()
    version = latest_draft(mission=mission) if number is None else find_version(mission=mission, number=number)
    if version.status != VersionStatus.DRAFT:
        raise AgendaError(
            _("Version %(number)d is %(status)s; only a draft can be published.")
            % {"number": version.number, "status": version.get_status_display()}
        )
    previous = published_version(mission=mission)
    if previous is not None:
        previous.status = VersionStatus.SUPERSEDED
        previous.save(update_fields=["status"])
    version.status = VersionStatus.PUBLISHED
    version.published_at = timezone.now()
    version.save(update_fields=["status", "published_at"])
    Mission.objects.filter(pk=mission.pk).update(status=MissionStatus.PUBLISHED)
    return version, previous


def confirm_placements(*, version: AgendaVersion, keys: Iterable[str]) -> int:
    """Mark placements (by problem id, e.g. ``req:12``) as confirmed; returns how many."""
    wanted = list(keys)
    found = version.placements.filter(key__in=wanted)
    missing = sorted(set(wanted) - set(found.values_list("key", flat=True)))
    if missing:
        raise AgendaError(
            _("Version %(number)d has no placement %(keys)s.") % {"number": version.number, "keys": ", ".join(missing)}
        )
    return found.update(confirmed=True)
