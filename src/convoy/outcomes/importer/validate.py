"""Check an outcome document completely: every problem at once, each with its place."""

from __future__ import annotations

from django.utils.translation import gettext as _

from convoy.missions.models.choices import OrganizationKind
from convoy.outcomes.importer.context import Context, load_context
from convoy.outcomes.importer.fields import Issue, Record
from convoy.outcomes.importer.lookups import check_key, organization
from convoy.outcomes.importer.outcome import read_outcome
from convoy.outcomes.importer.records import OutcomeDocument, ProjectRecord
from convoy.reference import scian

FORMAT = "convoy-outcomes"
VERSION = 1
LOCATIONS = frozenset({OrganizationKind.MUNICIPALITY, OrganizationKind.STATE})


class InvalidOutcomesError(Exception):
    """A document that cannot be stored: every issue found."""

    def __init__(self, issues: list[tuple[str, str]]) -> None:
        super().__init__(f"{len(issues)} errors")
        self.issues = tuple(issues)  # (place, message)


def validate_document(document: object) -> tuple[OutcomeDocument | None, list[Issue]]:
    if not isinstance(document, dict):
        return None, [Issue((), _("The document must be a JSON object."))]
    issues: list[Issue] = []
    top = Record(raw=document, path=(), issues=issues)
    if top.text("format") != FORMAT:
        top.fail(
            "format", _("This is not a Convoy outcomes document: “format” must be “%(format)s”.") % {"format": FORMAT}
        )
    version = top.get("version")
    if version != VERSION:
        top.fail(
            "version",
            _("Version “%(version)s” of the outcomes document is not supported (use %(supported)s).")
            % {"version": version, "supported": VERSION},
        )
    slug = top.text("mission", required=True)
    context = load_context(slug=slug)
    if slug and context.mission is None:
        top.fail("mission", _("There is no mission “%(slug)s”; import the mission first.") % {"slug": slug})
    projects = [read_project(record=r, context=context) for r in top.children("projects")]
    keys = [p.key for p in projects]
    for index, key in enumerate(keys):
        if key and key in keys[:index]:
            issues.append(
                Issue(("projects", index, "key"), _("“%(key)s” appears more than once in this list.") % {"key": key})
            )
    context.file_projects = set(keys)
    outcomes = [read_outcome(record=r, context=context) for r in top.children("outcomes")]
    seen: set[str] = set()
    for index, outcome in enumerate(outcomes):
        if outcome.key in seen:
            issues.append(
                Issue(
                    ("outcomes", index, "key"),
                    _("“%(key)s” appears more than once in this list.") % {"key": outcome.key},
                )
            )
        seen.add(outcome.key)
    top.check_unknown()
    if issues or context.mission is None:
        return None, issues
    return OutcomeDocument(mission=context.mission, projects=tuple(projects), outcomes=tuple(outcomes)), []


def read_project(*, record: Record, context: Context) -> ProjectRecord:
    location = organization(record, "location", context)
    if location is not None and location.kind not in LOCATIONS:
        record.fail(
            "location",
            _("A project lands in a Mexican municipality or state, not in “%(key)s”.") % {"key": location.key},
        )
    codes = record.strings("scian_codes")
    for code in codes:
        if scian.sector(code) is None:
            record.fail("scian_codes", _("“%(code)s” is not a SCIAN code.") % {"code": code})
    project = ProjectRecord(
        key=check_key(record),
        name=record.text("name", required=True, max_length=200),
        investor=organization(record, "investor", context),
        location=location,
        scian_codes=tuple(codes),
        synthetic=record.boolean("synthetic"),
        provenance=record.text("provenance", max_length=500),
    )
    record.check_unknown()
    return project
