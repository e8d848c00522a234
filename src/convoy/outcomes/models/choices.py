"""Enumerations of outcomes (DESIGN.md §2, research/domain.md §2.2–2.3). Values are stable file codes."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class OutcomeKind(models.TextChoices):
    LEAD = "lead", _("lead")
    INVESTMENT = "investment", _("investment")
    JOBS = "jobs", _("jobs")
    AGREEMENT = "agreement", _("agreement or MoU")
    WORKING_GROUP = "working_group", _("working group")
    PROGRAMME = "programme", _("programme")
    EXPORT_SALE = "export_sale", _("export sale")


# Kinds followed through the investment pipeline and counted in the funnel.
PIPELINE_KINDS = frozenset({OutcomeKind.LEAD, OutcomeKind.INVESTMENT, OutcomeKind.JOBS, OutcomeKind.EXPORT_SALE})


class ProjectType(models.TextChoices):
    GREENFIELD = "greenfield", _("greenfield")
    EXPANSION = "expansion", _("expansion")
    JOINT_VENTURE = "joint_venture", _("joint venture")


class Stage(models.TextChoices):
    LEAD = "lead", _("lead")
    QUALIFIED = "qualified", _("qualified")
    ACTIVE = "active", _("active project")
    DECISION = "decision", _("decision")
    ANNOUNCED = "announced", _("announced")
    REALIZED = "realized", _("realized")
    LOST = "lost", _("lost")


# The pipeline in order; ``lost`` sits outside it (reachable from any open stage).
STAGE_ORDER = (Stage.LEAD, Stage.QUALIFIED, Stage.ACTIVE, Stage.DECISION, Stage.ANNOUNCED, Stage.REALIZED)


class ClaimRole(models.TextChoices):
    LEAD = "lead", pgettext_lazy("role in a claim", "lead")
    ASSISTED = "assisted", pgettext_lazy("role in a claim", "assisted")
    INFORMED = "informed", pgettext_lazy("role in a claim", "informed")


class Measure(models.TextChoices):
    INVESTMENT = "investment", _("investment")
    JOBS = "jobs", _("jobs")
    HEADLINE_VALUE = "headline_value", _("headline value of an agreement")
    EXPORT_SALES = "export_sales", _("export sales")
    FIRMS = "firms", _("firms in the programme")


MONEY_MEASURES = frozenset({Measure.INVESTMENT, Measure.HEADLINE_VALUE, Measure.EXPORT_SALES})


class FigureStatus(models.TextChoices):
    EXPECTED = "expected", _("expected")
    REALIZED = "realized", _("realized")


class JobsKind(models.TextChoices):
    NEW = "new", _("new")
    RETAINED = "retained", _("retained")


class RatePolicy(models.TextChoices):
    ANNOUNCEMENT = "announcement", _("rate of the figure's date")
    FIXED = "fixed", _("rate of a fixed date")
    LATEST = "latest", _("latest rate available")
