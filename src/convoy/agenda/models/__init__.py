"""Models of the agenda app."""

from convoy.agenda.models.run import ClosedSlot, PlanningRun
from convoy.agenda.models.version import AgendaVersion, Placement

__all__ = ["AgendaVersion", "ClosedSlot", "Placement", "PlanningRun"]
