"""Which stored agenda and audience a document is for, and writing the documents to files.

Errors are :class:`DocumentError` with a translated message; the CLI shows them as they are.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from django.utils.translation import gettext as _

from convoy.agenda.models import AgendaVersion
from convoy.agenda.models.choices import VersionStatus
from convoy.agenda.services.errors import AgendaError
from convoy.agenda.services.lookup import find_mission, find_version, published_version
from convoy.documents.audience import MISSION, Audience, AudienceKind, activities_for
from convoy.documents.booklet import render_booklet, render_counterpart_agenda, render_programme
from convoy.documents.collect import collect_programme
from convoy.documents.data import Programme
from convoy.documents.run_sheet import render_run_sheet, run_days


class DocumentError(Exception):
    """Something asked of the documents that cannot be done, explained in the user's language."""


@dataclass(frozen=True)
class Chosen:
    """The agenda version to print and the versions published up to it (for calendars)."""

    version: AgendaVersion
    history: tuple[AgendaVersion, ...]


def choose_version(*, mission_slug: str, number: int | None = None) -> Chosen:
    """Version ``number``, or the published one; with the published versions before it."""
    try:
        mission = find_mission(slug=mission_slug)
        version = (
            find_version(mission=mission, number=number) if number is not None else published_version(mission=mission)
        )
    except AgendaError as error:
        raise DocumentError(str(error)) from error
    if version is None:
        if not AgendaVersion.objects.filter(mission=mission).exists():
            raise DocumentError(
                _("Mission %(slug)s has no agenda yet. Make one with: convoy plan %(slug)s") % {"slug": mission.slug}
            )
        raise DocumentError(
            _(
                "Mission %(slug)s has no published agenda. Publish one with: convoy publish %(slug)s, "
                "or choose a version with --version N"
            )
            % {"slug": mission.slug}
        )
    shown = (VersionStatus.PUBLISHED, VersionStatus.SUPERSEDED)
    earlier = AgendaVersion.objects.filter(mission=mission, number__lt=version.number, status__in=shown)
    return Chosen(version=version, history=(*earlier.order_by("number"), version))


def programmes_of(*, chosen: Chosen) -> tuple[Programme, ...]:
    """Every version of the history as a programme, oldest first (what a calendar needs)."""
    return tuple(collect_programme(version=v) for v in chosen.history)


def programme_of(*, chosen: Chosen) -> Programme:
    return collect_programme(version=chosen.version)


def find_audience(*, programme: Programme, text: str | None, side: str | None = None) -> Audience:
    """A delegation or counterpart by organization key, or a person by key or exact name."""
    if not text:
        return MISSION
    party = programme.party(text)
    if party is not None and party.side != "organizer" and side in (None, party.side):
        return Audience(kind=party.side, key=party.key)
    if side is None:
        people = programme.people
        if text in people:
            return Audience(kind="person", key=text)
        named = [p.key for p in people.values() if p.name.casefold() == text.casefold()]
        if len(named) == 1:
            return Audience(kind="person", key=named[0])
    choices = sorted(p.key for p in programme.parties if side in (None, p.side))
    what = {"delegation": _("delegation"), "counterpart": _("counterpart")}.get(
        side or "", _("delegation, counterpart or person")
    )
    raise DocumentError(
        _("Mission %(slug)s has no %(what)s “%(text)s”. Known: %(known)s.")
        % {"slug": programme.mission, "what": what, "text": text, "known": ", ".join(choices[:12]) or "—"}
    )


def write_pdfs(
    *,
    programme: Programme,
    folder: Path,
    language: str,
    delegations: list[str],
    counterparts: list[str],
    programme_pdf: bool,
    run_sheets: bool,
) -> list[Path]:
    """Write the asked PDFs into ``folder``; returns the paths written."""
    folder.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []

    def save(name: str, pdf: bytes) -> None:
        path = folder / name
        path.write_bytes(pdf)
        written.append(path)

    for key in delegations:
        save(f"booklet-{key}-{language}.pdf", render_booklet(programme=programme, delegation=key, language=language))
    for key in counterparts:
        pdf = render_counterpart_agenda(programme=programme, counterpart=key, language=language)
        save(f"counterpart-{key}-{language}.pdf", pdf)
    if programme_pdf:
        save(f"programme-{language}.pdf", render_programme(programme=programme, language=language))
    if run_sheets:
        for _leg, day in run_days(programme=programme):
            save(f"run-sheet-{day.isoformat()}-{language}.pdf", _run_sheet(programme, language, day))
    return written


def with_activities(*, programme: Programme, side: str) -> list[str]:
    """Keys of the delegations (or counterparts) that have something on this agenda."""
    kind: AudienceKind = "counterpart" if side == "counterpart" else "delegation"
    return [
        p.key
        for p in programme.parties
        if p.side == kind and activities_for(programme=programme, audience=Audience(kind=kind, key=p.key))
    ]


def _run_sheet(programme: Programme, language: str, day: dt.date) -> bytes:
    return render_run_sheet(programme=programme, language=language, day=day)
