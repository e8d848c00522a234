"""Import an uploaded workbook (or JSON document) for a user: all or nothing, every error listed.

The exchange app validates and stores; here the upload becomes a file, and the import is
undone unless the user may change that mission (its organizer) or create it (a new one)."""

from __future__ import annotations

import tempfile
from dataclasses import dataclass
from pathlib import Path

from django.contrib.auth.models import AbstractBaseUser
from django.core.files.uploadedfile import UploadedFile
from django.db import transaction
from django.db.models import Max
from django.utils.translation import gettext as _

from convoy.exchange.document import ExchangeFileError, InvalidDocumentError
from convoy.exchange.imports import import_file
from convoy.missions.models import Mission
from convoy.web.models import Membership, Role
from convoy.web.permissions import access_of, can_create_mission


@dataclass(frozen=True)
class ImportOutcome:
    mission: Mission | None
    errors: tuple[str, ...] = ()
    created: bool = False


class _RefusedError(Exception):
    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def _store(*, user: AbstractBaseUser, path: Path, expected: str) -> ImportOutcome:
    last = Mission.objects.aggregate(n=Max("pk"))["n"] or 0
    summary = import_file(path)
    mission = Mission.objects.get(slug=summary.mission)
    created = mission.pk > last
    if expected and summary.mission != expected:
        raise _RefusedError(
            _("The file is for mission “%(found)s”, not “%(expected)s”.")
            % {"found": summary.mission, "expected": expected}
        )
    if created:
        if not can_create_mission(user=user):
            raise _RefusedError(_("You may not create missions."))
        Membership.objects.create(user=user, mission=mission, role=Role.ORGANIZER)
    elif not access_of(user=user, mission=mission).organizer:
        raise _RefusedError(_("Only the organizers of “%(slug)s” may import into it.") % {"slug": summary.mission})
    return ImportOutcome(mission=mission, created=created)


def import_upload(*, user: AbstractBaseUser, upload: UploadedFile, expected: str = "") -> ImportOutcome:
    """Store the uploaded file's mission, or nothing, with every error found."""
    suffix = Path(upload.name or "").suffix.lower()
    with tempfile.TemporaryDirectory(prefix="convoy-import-") as folder:
        path = Path(folder) / f"upload{suffix}"
        with path.open("wb") as out:
            for chunk in upload.chunks():
                out.write(chunk)
        try:
            with transaction.atomic():
                return _store(user=user, path=path, expected=expected)
        except InvalidDocumentError as error:
            return ImportOutcome(mission=None, errors=tuple(str(e) for e in error.errors))
        except ExchangeFileError as error:
            return ImportOutcome(mission=None, errors=(str(error).replace(str(path), upload.name or ""),))
        except _RefusedError as error:
            return ImportOutcome(mission=None, errors=(error.message,))
