"""Late follow-ups per organizer and per delegation."""

from __future__ import annotations

import datetime as dt

from convoy.missions.models import Mission
from convoy.outcomes.services.followups import overdue_by_delegation, overdue_by_organizer, overdue_in_mission


def test_open_tasks_past_their_due_date_are_late(stored: Mission) -> None:
    today = dt.date(2024, 6, 1)
    by_organizer = overdue_by_organizer(today=today)
    assert [(g.key, [(t.task, t.owner_key, t.days_late) for t in g.tasks]) for g in by_organizer] == [
        ("sre", [("Visitar el terreno", "mun-14039", 305), ("Primer proyecto del memorando", "sre", 138)])
    ]
    by_delegation = overdue_by_delegation(mission=stored, today=today)
    assert [(g.key, [t.task for t in g.tasks]) for g in by_delegation] == [("mun-14039", ["Visitar el terreno"])]
    assert [g.key for g in overdue_in_mission(mission=stored, today=today)] == ["mun-14039", "sre"]


def test_nothing_is_late_before_its_due_date(stored: Mission) -> None:
    assert overdue_by_organizer(today=dt.date(2023, 8, 1)) == []
