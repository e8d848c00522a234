"""Models of the outcomes app (DESIGN.md §2, glossary entry ``Outcome``)."""

from convoy.outcomes.models.figures import Conversion, Figure
from convoy.outcomes.models.followup import FollowUp
from convoy.outcomes.models.outcome import Claim, Outcome, StageTransition
from convoy.outcomes.models.project import Project

__all__ = ["Claim", "Conversion", "Figure", "FollowUp", "Outcome", "Project", "StageTransition"]
