"""What a re-plan is asked to absorb: a counterpart cancels, a slot is removed, a delegation
is added.  ``record_changes`` checks the request against the data and records it (the
counterpart is marked declined, the slot closed), so later plans respect it too."""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass

from django.db import transaction
from django.utils.translation import gettext as _

from convoy.agenda.models import ClosedSlot
from convoy.agenda.services.errors import AgendaError
from convoy.missions.models import Counterpart, Delegation, Leg, Mission
from convoy.missions.models.choices import Confirmation


@dataclass(frozen=True)
class Changes:
    cancel: str = ""  # organization key of the counterpart that cancels
    leg: str = ""  # only in this leg (code); empty: every leg
    remove_slot: tuple[str, str, str] | None = None  # leg code, YYYY-MM-DD, HH:MM
    add_delegation: str = ""  # organization key of the delegation added

    def to_data(self) -> dict[str, object]:
        return asdict(self)

    @classmethod
    def from_data(cls, data: dict[str, object]) -> Changes:
        slot = data.get("remove_slot")
        return cls(
            cancel=str(data.get("cancel", "")),
            leg=str(data.get("leg", "")),
            remove_slot=tuple(slot) if isinstance(slot, list | tuple) else None,
            add_delegation=str(data.get("add_delegation", "")),
        )

    def describe(self) -> str:
        parts = []
        if self.cancel:
            where = _(" in leg %(leg)s") % {"leg": self.leg} if self.leg else ""
            parts.append(_("counterpart %(key)s cancelled%(where)s") % {"key": self.cancel, "where": where})
        if self.remove_slot:
            leg, date, time = self.remove_slot
            parts.append(_("slot %(date)s %(time)s removed in leg %(leg)s") % {"leg": leg, "date": date, "time": time})
        if self.add_delegation:
            parts.append(_("delegation %(key)s added") % {"key": self.add_delegation})
        return "; ".join(parts)


def _cancelled(*, mission: Mission, changes: Changes) -> list[Counterpart]:
    found = Counterpart.objects.filter(mission=mission, organization__key=changes.cancel)
    if changes.leg:
        found = found.filter(leg__code=changes.leg)
    if not found.exists():
        raise AgendaError(
            _("%(key)s is not a counterpart of mission %(slug)s%(where)s.")
            % {
                "key": changes.cancel,
                "slug": mission.slug,
                "where": _(" in leg %(leg)s") % {"leg": changes.leg} if changes.leg else "",
            }
        )
    return list(found)


def _closed_slot(*, mission: Mission, slot: tuple[str, str, str]) -> ClosedSlot:
    code, date_text, time_text = slot
    leg = Leg.objects.filter(mission=mission, code=code).first()
    if leg is None:
        raise AgendaError(_("Mission %(slug)s has no leg %(leg)s.") % {"slug": mission.slug, "leg": code})
    try:
        date = dt.date.fromisoformat(date_text)
        start = dt.time.fromisoformat(time_text)
    except ValueError as error:
        raise AgendaError(
            _("Give the slot as LEG YYYY-MM-DD HH:MM (got %(date)s %(time)s).") % {"date": date_text, "time": time_text}
        ) from error
    if not leg.start_date <= date <= leg.end_date or not leg.day_start <= start < leg.day_end:
        raise AgendaError(
            _("%(date)s %(time)s is outside leg %(leg)s.") % {"date": date_text, "time": time_text, "leg": code}
        )
    return ClosedSlot(mission=mission, leg=leg, date=date, start=start)


@transaction.atomic
def record_changes(*, mission: Mission, changes: Changes) -> None:
    """Check ``changes`` against the mission and record them; raise AgendaError when wrong."""
    if not (changes.cancel or changes.remove_slot or changes.add_delegation):
        raise AgendaError(_("Say what changed: --cancel, --remove-slot or --add-delegation."))
    if (
        changes.add_delegation
        and not Delegation.objects.filter(mission=mission, organization__key=changes.add_delegation).exists()
    ):
        raise AgendaError(
            _("%(key)s is not a delegation of mission %(slug)s; add it (and its requests) first.")
            % {"key": changes.add_delegation, "slug": mission.slug}
        )
    cancelled = _cancelled(mission=mission, changes=changes) if changes.cancel else []
    closed = _closed_slot(mission=mission, slot=changes.remove_slot) if changes.remove_slot else None
    for counterpart in cancelled:
        counterpart.confirmation = Confirmation.DECLINED
        counterpart.save(update_fields=["confirmation"])
    if closed is not None:
        ClosedSlot.objects.get_or_create(
            leg=closed.leg, date=closed.date, start=closed.start, defaults={"mission": mission}
        )
