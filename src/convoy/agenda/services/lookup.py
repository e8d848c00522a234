"""Find missions and versions by what people type, with errors they can act on."""

from __future__ import annotations

from django.utils.translation import gettext as _

from convoy.agenda.models import AgendaVersion
from convoy.agenda.models.choices import VersionStatus
from convoy.agenda.services.errors import AgendaError
from convoy.missions.models import Mission


def find_mission(*, slug: str) -> Mission:
    mission = Mission.objects.filter(slug=slug).first()
    if mission is None:
        known = ", ".join(Mission.objects.order_by("slug").values_list("slug", flat=True)[:10])
        raise AgendaError(
            _("There is no mission “%(slug)s”. Known missions: %(known)s.") % {"slug": slug, "known": known or "—"}
        )
    return mission


def find_version(*, mission: Mission, number: int) -> AgendaVersion:
    version = AgendaVersion.objects.filter(mission=mission, number=number).first()
    if version is None:
        numbers = ", ".join(str(n) for n in mission.agenda_versions.values_list("number", flat=True))
        raise AgendaError(
            _("Mission %(slug)s has no agenda version %(number)d. Versions: %(numbers)s.")
            % {"slug": mission.slug, "number": number, "numbers": numbers or "—"}
        )
    return version


def published_version(*, mission: Mission) -> AgendaVersion | None:
    return AgendaVersion.objects.filter(mission=mission, status=VersionStatus.PUBLISHED).first()


def latest_draft(*, mission: Mission) -> AgendaVersion:
    version = AgendaVersion.objects.filter(mission=mission, status=VersionStatus.DRAFT).order_by("-number").first()
    if version is None:
        raise AgendaError(
            _("Mission %(slug)s has no draft agenda to publish. Make one with: convoy plan %(slug)s")
            % {"slug": mission.slug}
        )
    return version
