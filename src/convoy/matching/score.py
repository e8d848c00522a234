"""Score one delegation–counterpart pair part by part, with its bilingual explanation."""

from __future__ import annotations

from dataclasses import dataclass, field

from convoy.matching.axes import score_axis
from convoy.matching.kinds import score_kind
from convoy.matching.messages import NO_AFFINITY, join_clauses
from convoy.matching.model import Profile, RequestIndex
from convoy.matching.parts import PartName, ScorePart, Weights
from convoy.matching.requests import score_priority, score_request
from convoy.matching.sectors import SectorCatalog, score_sector
from convoy.matching.texts import score_text


@dataclass(frozen=True)
class Suggestion:
    """A scored, explained match proposed by the matchmaker."""

    delegation: str
    counterpart: str
    total: float
    parts: tuple[ScorePart, ...]
    explanation_es: str
    explanation_en: str

    def part(self, name: PartName) -> ScorePart:
        return next(p for p in self.parts if p.name is name)

    def explanation(self, language: str) -> str:
        return self.explanation_es if language == "es" else self.explanation_en


@dataclass(frozen=True)
class ScoringContext:
    catalog: SectorCatalog
    weights: Weights = field(default_factory=Weights)
    requests: RequestIndex = field(default_factory=RequestIndex)


def score_parts(
    *, delegation: Profile, counterpart: Profile, cosine: float, context: ScoringContext
) -> tuple[ScorePart, ...]:
    weights = context.weights
    pair = context.requests.get(delegation=delegation.id, counterpart=counterpart.id)
    return (
        score_sector(
            delegation=delegation,
            counterpart=counterpart,
            catalog=context.catalog,
            weight=weights.sector,
        ),
        score_kind(delegation=delegation, counterpart=counterpart, weight=weights.kind),
        score_axis(delegation=delegation, counterpart=counterpart, weight=weights.axis),
        score_text(cosine=cosine, weight=weights.text),
        score_request(requests=pair, weight=weights.request),
        score_priority(requests=pair, weight=weights.priority),
    )


def score_pair(*, delegation: Profile, counterpart: Profile, cosine: float, context: ScoringContext) -> Suggestion:
    parts = score_parts(delegation=delegation, counterpart=counterpart, cosine=cosine, context=context)
    explanation = join_clauses(clauses=[p.explanation for p in parts if p.contribution > 0], empty=NO_AFFINITY)
    return Suggestion(
        delegation=delegation.id,
        counterpart=counterpart.id,
        total=sum(p.contribution for p in parts),
        parts=parts,
        explanation_es=explanation.es,
        explanation_en=explanation.en,
    )
