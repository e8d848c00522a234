"""Matchmaking on a stored mission: score, allocate fairly, store the suggestions.

`match_mission` reads the mission (``match_input``), lets the pure engine score every
delegation–counterpart pair (``convoy.matching.suggest``) and turn the scores into
candidate meetings and group-session seats (``allocate``: requests first, a floor per
delegation, caps per counterpart, marquee counterparts shared through group sessions),
stores them as suggestions (``match_store``) and returns the fairness report. Running it
again refreshes what is still proposed and never overrides an organizer's decision.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from django.utils.translation import gettext as _

from convoy.matching import AllocationPolicy, FairnessReport, Message, TextEncoder, allocate, suggest
from convoy.missions.models import Mission
from convoy.missions.services.match_encoder import shared_encoder
from convoy.missions.services.match_input import read_input
from convoy.missions.services.match_store import StoreCounts, build_proposals, store_proposals

Progress = Callable[[str], None]


@dataclass(frozen=True)
class MatchReport:
    """What a run did and how fair its allocation is (delegations named, not by id)."""

    mission: str
    run: str
    delegations: int
    counterparts: int
    bilaterals: int
    seats: int
    stored: StoreCounts
    fairness: FairnessReport
    below_floor: tuple[str, ...]
    unmet_requests: int
    marquee_without_seats: tuple[str, ...]
    warnings: tuple[Message, ...]


def match_mission(
    mission: Mission,
    *,
    progress: Progress | None = None,
    cache_dir: Path | None = None,
    policy: AllocationPolicy | None = None,
    top: int = 30,
    encoder: TextEncoder | None = None,
) -> MatchReport:
    """Store the mission's suggestions; `cache_dir` holds the embeddings (default: the
    user's cache directory), `top` is how many best counterparts each delegation is scored
    for beyond its requests, `encoder` replaces the process's shared one."""
    tell = progress or (lambda _message: None)
    policy = policy or AllocationPolicy()
    tell(_("Reading the profiles, requests and decisions of %(mission)s") % {"mission": mission.slug})
    data = read_input(mission=mission, policy=policy)
    tell(
        _("Scoring %(d)d delegations against %(c)d counterparts")
        % {"d": len(data.delegations), "c": len(data.counterparts)}
    )
    result = suggest(
        delegations=data.delegations,
        counterparts=data.counterparts,
        encoder=encoder or shared_encoder(cache_dir=cache_dir),
        requests=data.requests,
        overrides=data.overrides,
        top=top,
    )
    tell(_("Allocating candidate meetings and group-session seats"))
    allocation = allocate(
        delegations=data.delegations,
        counterparts=data.counterparts,
        suggestions=result.suggestions,
        requests=data.requests,
        overrides=data.overrides,
        policy=policy,
    )
    run = uuid.uuid4().hex[:12]
    proposals = build_proposals(data=data, result=result, allocation=allocation)
    stored = store_proposals(mission=mission, proposals=proposals, run=run)
    names = {p.id: p.name for p in data.delegations}
    return MatchReport(
        mission=mission.slug,
        run=run,
        delegations=len(data.delegations),
        counterparts=len(data.counterparts),
        bilaterals=len(allocation.meetings),
        seats=len(allocation.seats),
        stored=stored,
        fairness=allocation.fairness,
        below_floor=tuple(names[d] for d in allocation.fairness.below_floor),
        unmet_requests=len(allocation.unmet_requests),
        marquee_without_seats=data.marquee_without_seats,
        warnings=(*result.warnings, *allocation.warnings),
    )
