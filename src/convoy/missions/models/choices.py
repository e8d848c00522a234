"""Enumerations of the glossary (DESIGN.md §2). Values are stable codes used in files."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class MissionStatus(models.TextChoices):
    DRAFT = "draft", _("draft")
    PLANNING = "planning", _("planning")
    PUBLISHED = "published", _("published")
    UNDERWAY = "underway", _("underway")
    CLOSED = "closed", _("closed")


class Language(models.TextChoices):
    ES = "es", _("Spanish")
    EN = "en", _("English")
    JA = "ja", _("Japanese")


class Metric(models.TextChoices):
    INVESTMENT = "investment", _("investment")
    JOBS = "jobs", _("jobs")
    AGREEMENTS = "agreements", _("agreements")
    MEETINGS = "meetings", _("meetings")
    OTHER = "other", _("other")


class OrganizationKind(models.TextChoices):
    MUNICIPALITY = "municipality", _("municipality")
    STATE = "state", _("state")
    FEDERAL_AGENCY = "federal_agency", _("federal agency")
    COMPANY = "company", _("company")
    CHAMBER = "chamber", _("chamber")
    CLUSTER = "cluster", _("cluster")
    INVESTOR = "investor", _("investor")
    UNIVERSITY = "university", _("university")
    FOREIGN_GOVERNMENT = "foreign_government", _("foreign government")
    CONSULATE = "consulate", _("consulate")
    THINK_TANK = "think_tank", _("think tank")
    COOPERATION_AGENCY = "cooperation_agency", _("cooperation agency")
    ASSOCIATION = "association", _("association")
    OTHER = "other", _("other")


class PersonRole(models.TextChoices):
    MAYOR = "mayor", _("mayor")
    GOVERNOR = "governor", _("governor")
    MINISTER = "minister", _("minister or secretary")
    OFFICIAL = "official", _("official")
    EXECUTIVE = "executive", _("executive")
    BUSINESS_DELEGATE = "business_delegate", _("business delegate")
    STAFF = "staff", _("staff")
    CONTACT = "contact", _("contact")
    INTERPRETER = "interpreter", _("interpreter")
    OTHER = "other", _("other")


class Priority(models.TextChoices):
    MUST = "must", _("must")
    HIGH = "high", _("high")
    NORMAL = "normal", _("normal")


class Confirmation(models.TextChoices):
    PENDING = "pending", _("pending")
    TENTATIVE = "tentative", _("tentative")
    CONFIRMED = "confirmed", _("confirmed")
    DECLINED = "declined", _("declined")


class Format(models.TextChoices):
    BILATERAL = "bilateral", _("bilateral meeting")
    GROUP_SESSION = "group_session", _("group session")
    SITE_VISIT = "site_visit", _("site visit")
    BRIEFING = "briefing", _("briefing")


class Direction(models.TextChoices):
    NEED = "need", _("need")
    OFFER = "offer", _("offer")


class InterestKind(models.TextChoices):
    INVESTMENT = "investment", _("investment")
    TRADE = "trade", _("trade")
    TECHNOLOGY = "technology", _("technology")
    TALENT_TRAINING = "talent_training", _("talent and training")
    MOBILITY = "mobility", _("mobility")
    SUPPLIER_DEVELOPMENT = "supplier_development", _("supplier development")
    CO_PRODUCTION = "co_production", _("co-production")
    TOURISM = "tourism", _("tourism")
    DIASPORA = "diaspora", _("diaspora")
    SMART_CITY = "smart_city", _("smart city")
    HEALTH = "health", _("health")
    COOPERATION = "cooperation", _("cooperation")


class ActivityKind(models.TextChoices):
    PLENARY = "plenary", _("plenary")
    CONFERENCE = "conference", _("conference")
    GROUP_SESSION = "group_session", _("group session")
    BILATERAL = "bilateral", _("bilateral meeting")
    SITE_VISIT = "site_visit", _("site visit")
    NETWORKING = "networking", _("networking")
    RECEPTION = "reception", _("reception")
    TRAVEL = "travel", _("travel")


class RequestStatus(models.TextChoices):
    PROPOSED = "proposed", _("proposed")
    ACCEPTED = "accepted", _("accepted")
    DECLINED = "declined", _("declined")
    WITHDRAWN = "withdrawn", _("withdrawn")
    EXPIRED = "expired", _("expired")


class RequestSource(models.TextChoices):
    DELEGATION = "delegation", _("delegation")
    COUNTERPART = "counterpart", _("counterpart")
    ORGANIZER = "organizer", _("organizer")
    SUGGESTION = "suggestion", _("suggestion")


class Session(models.TextChoices):
    MORNING = "morning", _("morning")
    AFTERNOON = "afternoon", _("afternoon")
    ANY = "any", _("any")
