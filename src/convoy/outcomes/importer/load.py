"""Store a checked outcome document: all or nothing; the same file twice leaves the same records.

Projects are matched on their key, outcomes on (mission, key); an outcome's stages, figures,
claims, members and follow-ups are replaced by the file's. Outcomes of the mission that the
file does not mention stay (several agencies can each send their own file).
"""

from __future__ import annotations

from dataclasses import dataclass

from django.db import transaction

from convoy.outcomes.importer.records import OutcomeDocument, OutcomeRecord, ProjectRecord
from convoy.outcomes.models import Claim, Figure, FollowUp, Outcome, Project, StageTransition
from convoy.outcomes.services.conversions import store_conversions
from convoy.outcomes.services.money import Policy


@dataclass(frozen=True)
class LoadSummary:
    mission: str
    projects: int
    outcomes_created: int
    outcomes_updated: int
    figures: int
    conversions: int


@transaction.atomic
def load_document(*, document: OutcomeDocument, policy: Policy) -> LoadSummary:
    projects = {record.key: store_project(record=record) for record in document.projects}
    created = updated = figures = conversions = 0
    for record in document.outcomes:
        outcome, was_created = store_outcome(document=document, record=record, projects=projects)
        created, updated = created + was_created, updated + (not was_created)
        for figure in store_children(outcome=outcome, record=record):
            figures += 1
            conversions += len(store_conversions(figure=figure, policy=policy))
    return LoadSummary(
        mission=document.mission.slug,
        projects=len(projects),
        outcomes_created=created,
        outcomes_updated=updated,
        figures=figures,
        conversions=conversions,
    )


def store_project(*, record: ProjectRecord) -> Project:
    project, _created = Project.objects.update_or_create(
        key=record.key,
        defaults={
            "name": record.name,
            "investor": record.investor,
            "location": record.location,
            "scian_codes": list(record.scian_codes),
            "synthetic": record.synthetic,
            "provenance": record.provenance,
        },
    )
    return project


def store_outcome(
    *, document: OutcomeDocument, record: OutcomeRecord, projects: dict[str, Project]
) -> tuple[Outcome, bool]:
    project = projects.get(record.project) or (Project.objects.get(key=record.project) if record.project else None)
    return Outcome.objects.update_or_create(
        mission=document.mission,
        key=record.key,
        defaults={
            "kind": record.kind,
            "title": record.title,
            "language": record.language,
            "request": record.request,
            "activity": record.activity,
            "project": project,
            "project_type": record.project_type,
            "forecast": record.forecast,
            "stage": record.stages[-1].stage,
            "description": record.description,
            "synthetic": record.synthetic,
            "provenance": record.provenance,
        },
    )


def store_children(*, outcome: Outcome, record: OutcomeRecord) -> list[Figure]:
    outcome.transitions.all().delete()
    StageTransition.objects.bulk_create(
        StageTransition(outcome=outcome, stage=s.stage, date=s.date, evidence=s.evidence, reason=s.reason)
        for s in record.stages
    )
    outcome.claims.all().delete()
    Claim.objects.bulk_create(Claim(outcome=outcome, organization=c.organization, role=c.role) for c in record.claims)
    outcome.members.set(record.members)
    outcome.follow_ups.all().delete()
    FollowUp.objects.bulk_create(
        FollowUp(
            outcome=outcome,
            task=f.task,
            language=f.language,
            owner=f.owner,
            person=f.person,
            due=f.due,
            done=f.done,
            synthetic=f.synthetic,
            provenance=f.provenance,
        )
        for f in record.follow_ups
    )
    outcome.figures.all().delete()
    return [
        Figure.objects.create(
            outcome=outcome,
            measure=f.measure,
            status=f.status,
            jobs_kind=f.jobs_kind,
            value=f.value,
            currency=f.currency,
            date=f.date,
            estimated=f.estimated,
            source=f.source,
        )
        for f in record.figures
    ]
