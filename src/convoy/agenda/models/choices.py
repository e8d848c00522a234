"""Enumerations of the agenda app; values are stable codes stored in the database."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class VersionStatus(models.TextChoices):
    DRAFT = "draft", _("draft")
    PUBLISHED = "published", _("published")
    SUPERSEDED = "superseded", _("superseded")


class Origin(models.TextChoices):
    SOLVER = "solver", _("solver")
    EDIT = "edit", _("edit")
    REPAIR = "repair", _("repair")


class PlacementKind(models.TextChoices):
    MEETING = "meeting", _("meeting")
    GROUP_SESSION = "group_session", _("group session")
    FIXED = "fixed", _("fixed activity")


class RunStatus(models.TextChoices):
    QUEUED = "queued", _("queued")
    RUNNING = "running", _("running")
    DONE = "done", _("done")
    FAILED = "failed", _("failed")


class RunKind(models.TextChoices):
    PLAN = "plan", _("plan")
    REPLAN = "replan", _("re-plan")
