"""Matchmaking: explainable, bilingual, fair suggestions from needs and offers (pure Python).

`suggest` scores every delegation–counterpart pair as a transparent sum of parts (sector,
interest kind, axis, text similarity, requests, priority) and explains the best ones in
Spanish and English. `allocate` turns them into candidate meetings and group-session seats
for the agenda optimizer, with a floor per delegation and caps per counterpart.
"""

from convoy.matching.allocation import (
    Allocation,
    AllocationPolicy,
    CandidateMeeting,
    SeatAssignment,
    Source,
    allocate,
)
from convoy.matching.embeddings import TextEncoder
from convoy.matching.fairness import FairnessReport
from convoy.matching.messages import Message
from convoy.matching.model import (
    Direction,
    Interest,
    Kind,
    Language,
    Override,
    OverrideKind,
    Priority,
    Profile,
    Request,
)
from convoy.matching.parts import PartName, ScorePart, Weights
from convoy.matching.score import Suggestion
from convoy.matching.suggest import MatchResult, suggest

__all__ = [
    "Allocation",
    "AllocationPolicy",
    "CandidateMeeting",
    "Direction",
    "FairnessReport",
    "Interest",
    "Kind",
    "Language",
    "MatchResult",
    "Message",
    "Override",
    "OverrideKind",
    "PartName",
    "Priority",
    "Profile",
    "Request",
    "ScorePart",
    "SeatAssignment",
    "Source",
    "Suggestion",
    "TextEncoder",
    "Weights",
    "allocate",
    "suggest",
]
