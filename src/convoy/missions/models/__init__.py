"""Models of the missions app (DESIGN.md §2); one module per group of concepts."""

from convoy.missions.models.activity import Activity, MeetingRequest
from convoy.missions.models.mission import Axis, Break, Leg, Mission, Objective, TravelTime, Venue
from convoy.missions.models.organization import Organization, Person
from convoy.missions.models.participation import AvailabilityWindow, Counterpart, Delegation, Interest
from convoy.missions.models.suggestion import Suggestion

__all__ = [
    "Activity",
    "AvailabilityWindow",
    "Axis",
    "Break",
    "Counterpart",
    "Delegation",
    "Interest",
    "Leg",
    "MeetingRequest",
    "Mission",
    "Objective",
    "Organization",
    "Person",
    "Suggestion",
    "TravelTime",
    "Venue",
]
