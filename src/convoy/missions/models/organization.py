"""Organizations (municipalities, states, companies, chambers…) and their people."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from convoy.missions import validators
from convoy.missions.models.base import Provenance
from convoy.missions.models.choices import Language, OrganizationKind, PersonRole
from convoy.reference import inegi


class Organization(Provenance):
    key = models.SlugField(
        _("identifier"),
        max_length=80,
        unique=True,
        help_text=_("Stable identifier used in files, e.g. mun-14039 or netflix."),
    )
    name = models.CharField(_("name"), max_length=200)
    kind = models.CharField(_("kind"), max_length=30, choices=OrganizationKind.choices)
    country = models.CharField(_("country"), max_length=2, validators=[validators.validate_country])
    subdivision = models.CharField(
        _("subdivision (ISO 3166-2)"), max_length=6, blank=True, validators=[validators.validate_subdivision]
    )
    inegi_key = models.CharField(
        _("INEGI key"),
        max_length=5,
        blank=True,
        help_text=_("Two digits for a Mexican state, five for a municipality (zero-padded)."),
    )
    scian_codes = models.JSONField(
        _("SCIAN codes"), default=list, blank=True, validators=[validators.validate_scian_codes]
    )
    description = models.TextField(_("description"), blank=True)
    description_language = models.CharField(
        _("language of the description"), max_length=2, choices=Language.choices, default=Language.ES
    )
    website = models.URLField(_("website"), blank=True)
    small = models.BooleanField(
        _("small"), default=False, help_text=_("A small municipality or firm, without international staff.")
    )
    parent = models.ForeignKey(
        "self", verbose_name=_("member of"), null=True, blank=True, on_delete=models.SET_NULL, related_name="members"
    )

    class Meta:
        verbose_name = _("organization")
        verbose_name_plural = _("organizations")
        ordering = ["name"]
        indexes = [models.Index(fields=["inegi_key"])]

    def __str__(self) -> str:
        return self.name

    def clean(self) -> None:
        errors = inegi_errors(
            kind=self.kind, inegi_key=self.inegi_key, country=self.country, subdivision=self.subdivision
        )
        if errors:
            raise ValidationError(errors)


def inegi_errors(*, kind: str, inegi_key: str, country: str, subdivision: str) -> dict[str, str]:
    """Field errors for the INEGI key of an organization (empty when consistent)."""
    errors: dict[str, str] = {}
    if kind == OrganizationKind.MUNICIPALITY:
        if not inegi_key:
            errors["inegi_key"] = gettext("A Mexican municipality needs its five-digit INEGI key.")
        elif inegi.municipality(inegi_key) is None:
            errors["inegi_key"] = gettext("“%(value)s” is not an INEGI municipality key.") % {"value": inegi_key}
    elif kind == OrganizationKind.STATE and country == "MX":
        if not inegi_key:
            errors["inegi_key"] = gettext("A Mexican state needs its two-digit INEGI key.")
        elif inegi.state(inegi_key) is None:
            errors["inegi_key"] = gettext("“%(value)s” is not an INEGI state key.") % {"value": inegi_key}
    elif inegi_key:
        errors["inegi_key"] = gettext("Only Mexican states and municipalities carry an INEGI key.")
    if inegi_key and "inegi_key" not in errors:
        if country != "MX":
            errors["country"] = gettext("An organization with an INEGI key is in Mexico (MX).")
        state = inegi.state(inegi_key[:2])
        if state and subdivision and subdivision != state.iso_code:
            errors["subdivision"] = gettext("The INEGI key belongs to %(state)s (%(iso)s), not %(given)s.") % {
                "state": state.name,
                "iso": state.iso_code,
                "given": subdivision,
            }
    return errors


class Person(Provenance):
    organization = models.ForeignKey(
        Organization, verbose_name=_("organization"), on_delete=models.CASCADE, related_name="people"
    )
    name = models.CharField(_("name"), max_length=200)
    role = models.CharField(_("role"), max_length=30, choices=PersonRole.choices, default=PersonRole.OTHER)
    position = models.CharField(_("position"), max_length=200, blank=True)
    email = models.EmailField(_("email"), blank=True)
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    languages = models.JSONField(_("languages spoken"), default=list, blank=True)

    class Meta:
        verbose_name = _("person")
        verbose_name_plural = _("people")
        ordering = ["organization", "name"]
        constraints = [models.UniqueConstraint(fields=["organization", "name"], name="person_name_unique_per_org")]

    def __str__(self) -> str:
        return f"{self.name} ({self.organization})"
