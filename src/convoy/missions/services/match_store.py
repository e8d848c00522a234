"""Store the matchmaker's proposals as `Suggestion` rows, idempotently.

What is stored: every candidate meeting and group-session seat of the allocation, except
bilateral pairs whose meeting request is already accepted (nothing left to decide). A
proposed row is created, refreshed (score, parts, explanations, kind, session) or, when
the allocation no longer proposes it, deleted. A row the organizer accepted or rejected
is never touched.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from django.db import transaction
from django.utils import timezone

from convoy.matching import Allocation, MatchResult
from convoy.matching import Suggestion as Scored
from convoy.missions.models import Mission, Suggestion
from convoy.missions.models.suggestion import SuggestionKind, SuggestionStatus
from convoy.missions.services.match_input import MatchInput

DIGITS = 4
COMPARED = ("kind", "activity_id", "score", "parts", "explanation_es", "explanation_en")


@dataclass(frozen=True)
class Proposal:
    delegation: int
    counterpart: int
    kind: str
    activity: int | None
    scored: Scored

    def values(self) -> dict[str, object]:
        return {
            "kind": self.kind,
            "activity_id": self.activity,
            "score": round(self.scored.total, DIGITS),
            "parts": [
                {"name": str(p.name), "value": round(p.value, DIGITS), "weight": p.weight}
                | {"es": p.explanation.es, "en": p.explanation.en}
                for p in self.scored.parts
            ],
            "explanation_es": self.scored.explanation_es,
            "explanation_en": self.scored.explanation_en,
        }


@dataclass(frozen=True)
class StoreCounts:
    created: int
    updated: int
    unchanged: int
    removed: int
    decided: int


def build_proposals(*, data: MatchInput, result: MatchResult, allocation: Allocation) -> list[Proposal]:
    scored = {(s.delegation, s.counterpart): s for s in result.suggestions}
    out = [
        Proposal(
            delegation=data.delegation_pks[m.delegation],
            counterpart=data.counterpart_pks[m.counterpart],
            kind=SuggestionKind.BILATERAL,
            activity=None,
            scored=scored[(m.delegation, m.counterpart)],
        )
        for m in allocation.meetings
        if (m.delegation, m.counterpart) not in data.accepted_pairs
    ]
    free = {c: [[s.activity, s.free] for s in sessions] for c, sessions in data.sessions.items()}
    for seat in allocation.seats:
        session = next(s for s in free[seat.counterpart] if s[1] > 0)
        session[1] -= 1
        out.append(
            Proposal(
                delegation=data.delegation_pks[seat.delegation],
                counterpart=data.counterpart_pks[seat.counterpart],
                kind=SuggestionKind.GROUP_SEAT,
                activity=session[0],
                scored=scored[(seat.delegation, seat.counterpart)],
            )
        )
    return out


@transaction.atomic
def store_proposals(*, mission: Mission, proposals: Sequence[Proposal], run: str) -> StoreCounts:
    existing = {(s.delegation_id, s.counterpart_id): s for s in Suggestion.objects.filter(mission=mission)}
    new, changed, unchanged = [], [], []
    now = timezone.now()
    for proposal in proposals:
        values = proposal.values()
        row = existing.get((proposal.delegation, proposal.counterpart))
        if row is None:
            new.append(
                Suggestion(
                    mission=mission,
                    delegation_id=proposal.delegation,
                    counterpart_id=proposal.counterpart,
                    run=run,
                    **values,
                )
            )
        elif row.status != SuggestionStatus.PROPOSED:
            continue
        elif all(getattr(row, name) == value for name, value in values.items()):
            unchanged.append(row.pk)
        else:
            for name, value in values.items():
                setattr(row, name, value)
            row.run, row.updated_at = run, now
            changed.append(row)
    Suggestion.objects.bulk_create(new)
    Suggestion.objects.bulk_update(changed, [*COMPARED, "run", "updated_at"])
    Suggestion.objects.filter(pk__in=unchanged).update(run=run)
    proposed = {(p.delegation, p.counterpart) for p in proposals}
    stale = [s.pk for key, s in existing.items() if s.status == SuggestionStatus.PROPOSED and key not in proposed]
    Suggestion.objects.filter(pk__in=stale).delete()
    return StoreCounts(
        created=len(new),
        updated=len(changed),
        unchanged=len(unchanged),
        removed=len(stale),
        decided=sum(1 for s in existing.values() if s.status != SuggestionStatus.PROPOSED),
    )
