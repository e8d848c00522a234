"""Check one outcome record of a document: its meeting, project, stages, claims and follow-ups."""

from __future__ import annotations

import datetime as dt

from django.utils.translation import gettext as _

from convoy.missions.models import Activity, MeetingRequest, Organization
from convoy.missions.models.choices import Language
from convoy.outcomes.importer.context import Context, in_language
from convoy.outcomes.importer.fields import MISSING, Issue, Record
from convoy.outcomes.importer.figures import read_figures
from convoy.outcomes.importer.lookups import check_key, organization
from convoy.outcomes.importer.records import ClaimRecord, FollowUpRecord, OutcomeRecord
from convoy.outcomes.models.choices import PIPELINE_KINDS, ClaimRole, OutcomeKind, ProjectType, Stage
from convoy.outcomes.services.pipeline import Step, check_history


def read_outcome(*, record: Record, context: Context) -> OutcomeRecord:
    kind = record.choice("kind", choices=OutcomeKind.values, required=True)
    request, activity = read_meeting(record=record, context=context)
    project = record.text("project", max_length=80)
    if project and project not in context.file_projects | context.stored_projects:
        record.fail("project", _("There is no project “%(key)s” in this file or stored.") % {"key": project})
    project_type = record.choice("project_type", choices=ProjectType.values)
    if project_type and kind not in PIPELINE_KINDS:
        record.fail("project_type", _("Only leads, investments, jobs and export sales have a project type."))
    forecast = record.boolean("forecast")
    if forecast and (request or activity or project):
        record.fail(
            "forecast", _("A forecast is the organizer's expectation for the whole mission: no meeting, no project.")
        )
    stages = read_stages(record=record)
    members: list[Organization] = []
    for index, key in enumerate(record.strings("members")):
        found = context.organizations.get(key)
        if found is None:
            record.issues.append(
                record_issue(record, "members", index, _("There is no organization “%(key)s”.") % {"key": key})
            )
        elif found in members:
            record.issues.append(
                record_issue(
                    record, "members", index, _("“%(key)s” appears more than once in this list.") % {"key": key}
                )
            )
        else:
            members.append(found)
    if members and kind != OutcomeKind.WORKING_GROUP:
        record.fail("members", _("Only a working group has members."))
    final_stage = stages[-1].stage if stages else ""
    claims: list[ClaimRecord] = []
    for child in record.children("claims"):
        owner = organization(child, "organization", context, required=True)
        role = child.choice("role", choices=ClaimRole.values, required=True)
        child.check_unknown()
        if owner is not None and any(c.organization == owner for c in claims):
            child.fail("organization", _("“%(key)s” already claims this outcome.") % {"key": owner.key})
        elif owner is not None and role:
            claims.append(ClaimRecord(organization=owner, role=role))
    follow_ups = [read_follow_up(record=child, context=context) for child in record.children("follow_ups")]
    outcome = OutcomeRecord(
        key=check_key(record),
        kind=kind,
        title=record.text("title", required=True),
        language=record.choice("language", choices=Language.values, default=Language.ES),
        request=request,
        activity=activity,
        project=project,
        project_type=project_type,
        forecast=forecast,
        description=record.text("description", max_length=5000),
        stages=tuple(stages),
        figures=tuple(read_figures(record=record, kind=kind, stage=final_stage)),
        claims=tuple(claims),
        members=tuple(members),
        follow_ups=tuple(f for f in follow_ups if f is not None),
        synthetic=record.boolean("synthetic"),
        provenance=record.text("provenance", max_length=500),
    )
    record.check_unknown()
    return outcome


def record_issue(record: Record, name: str, index: int, message: str) -> Issue:
    return Issue(record.at(name, index), message)


def read_meeting(*, record: Record, context: Context) -> tuple[MeetingRequest | None, Activity | None]:
    raw = record.get("meeting")
    if raw is MISSING:
        return None, None
    if not isinstance(raw, dict):
        record.fail("meeting", _("This value must be an object (a record with named fields)."))
        return None, None
    meeting = Record(raw=raw, path=record.at("meeting"), issues=record.issues)
    code = meeting.text("activity", max_length=80)
    delegation = meeting.text("delegation", max_length=80)
    counterpart = meeting.text("counterpart", max_length=80)
    leg = meeting.text("leg", max_length=40)
    meeting.check_unknown()
    if code:
        if delegation or counterpart:
            meeting.fail("activity", _("A meeting is either an activity or a delegation with a counterpart, not both."))
        found = context.activities.get(code)
        if found is None and context.mission is not None:
            meeting.fail("activity", _("The mission has no activity “%(code)s”.") % {"code": code})
        return None, found
    if not (delegation and counterpart):
        meeting.fail("delegation", _("Name the activity, or the delegation and the counterpart who met."))
        return None, None
    candidates = [
        r for r in context.requests.get((delegation, counterpart), []) if not leg or r.counterpart.leg.code == leg
    ]
    if context.mission is None:
        return None, None
    if not candidates:
        meeting.fail(
            "counterpart",
            _("The mission has no meeting request of “%(delegation)s” with “%(counterpart)s”.")
            % {"delegation": delegation, "counterpart": counterpart},
        )
        return None, None
    if len(candidates) > 1:
        meeting.fail(
            "leg", _("“%(counterpart)s” is met in several legs: say which with “leg”.") % {"counterpart": counterpart}
        )
        return None, None
    return candidates[0], None


def read_stages(*, record: Record) -> list[Step]:
    steps, paths = [], []
    children = record.children("stages")
    if not children and "stages" not in record.raw:
        record.fail("stages", _("Give at least one stage (e.g. lead, with its date)."))
    for child in children:
        stage = child.choice("stage", choices=Stage.values, required=True)
        day = child.date("date", required=True)
        step = Step(
            stage=stage,
            date=day or dt.date.min,
            evidence=child.text("evidence", max_length=5000),
            reason=child.text("reason", max_length=5000),
        )
        child.check_unknown()
        if stage and day:
            steps.append(step)
            paths.append(child)
    for index, problem in check_history(steps=steps):
        paths[index].fail("stage", in_language(problem))
    return steps


def read_follow_up(*, record: Record, context: Context) -> FollowUpRecord | None:
    owner = organization(record, "owner", context, required=True)
    follow_up = FollowUpRecord(
        task=record.text("task", required=True),
        language=record.choice("language", choices=Language.values, default=Language.ES),
        owner=owner,  # type: ignore[arg-type]
        person=record.text("person", max_length=200),
        due=record.date("due", required=True) or dt.date.min,
        done=record.date("done"),
        synthetic=record.boolean("synthetic"),
        provenance=record.text("provenance", max_length=500),
    )
    record.check_unknown()
    return follow_up if owner is not None else None
