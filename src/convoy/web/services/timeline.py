"""Timeline grids of an agenda for the pages: one table per leg, a row per slot of the
leg's day (local time), a column per lane (a day, or a venue), items spanning their slots.

Overlapping items of one lane (a delegation with two tracks) get side-by-side sub-lanes, so
the grid is an HTML table with rowspans and needs no inline style."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from convoy.agenda.models import Placement
from convoy.agenda.services import grid
from convoy.missions.models import Leg


@dataclass(frozen=True)
class Item:
    placement: Placement
    title: str
    first: int  # first slot row
    rows: int


@dataclass(frozen=True)
class Cell:
    item: Item | None  # None: an empty cell
    rowspan: int = 1


@dataclass(frozen=True)
class Row:
    time: dt.time
    cells: tuple[Cell, ...]  # only the cells that start on this row


@dataclass(frozen=True)
class Lane:
    key: str
    label: str
    width: int  # sub-lanes


@dataclass(frozen=True)
class Table:
    leg: Leg
    lanes: tuple[Lane, ...]
    rows: tuple[Row, ...]

    @property
    def empty(self) -> bool:
        return not any(c.item for r in self.rows for c in r.cells)


def _slots(leg: Leg) -> int:
    return grid.slot_count(day_start=leg.day_start, day_end=leg.day_end, slot_minutes=leg.slot_minutes)


def _item(*, placement: Placement, leg: Leg, title: str) -> Item | None:
    minutes = grid.minutes_of(placement.end) - grid.minutes_of(placement.start)
    span = grid.span_slots(
        day_start=leg.day_start,
        slot_minutes=leg.slot_minutes,
        slots=_slots(leg),
        start=placement.start,
        minutes=max(minutes, 1),
    )
    return None if span is None else Item(placement=placement, title=title, first=span[0], rows=span[1])


def _sub_lanes(items: list[Item]) -> list[list[Item]]:
    """Greedy interval colouring: each item into the first sub-lane free at its start."""
    lanes: list[list[Item]] = []
    for item in sorted(items, key=lambda i: (i.first, -i.rows, i.placement.key)):
        for lane in lanes:
            if lane[-1].first + lane[-1].rows <= item.first:
                lane.append(item)
                break
        else:
            lanes.append([item])
    return lanes or [[]]


def build_table(
    *,
    leg: Leg,
    lanes: Iterable[tuple[str, str]],
    placements: Iterable[Placement],
    lane_of: Callable[[Placement], str | None],
    title_of: Callable[[Placement], str],
) -> Table:
    """``lanes`` are (key, label) pairs in order; ``lane_of`` says where a placement goes."""
    order = list(lanes)
    grouped: dict[str, list[Item]] = {key: [] for key, _label in order}
    for placement in placements:
        key = lane_of(placement)
        item = _item(placement=placement, leg=leg, title=title_of(placement)) if key in grouped else None
        if key is not None and item is not None:
            grouped[key].append(item)
    columns: list[list[Item]] = []
    shown: list[Lane] = []
    for key, label in order:
        subs = _sub_lanes(grouped[key])
        shown.append(Lane(key=key, label=label, width=len(subs)))
        columns.extend(subs)
    count = _slots(leg)
    starts = [{i.first: i for i in column} for column in columns]
    covered = [{s for i in column for s in range(i.first + 1, i.first + i.rows)} for column in columns]
    rows = []
    for slot in range(count):
        cells = []
        for index in range(len(columns)):
            if slot in covered[index]:
                continue
            found = starts[index].get(slot)
            cells.append(Cell(item=found, rowspan=min(found.rows, count - slot)) if found else Cell(item=None))
        time = grid.slot_start(day_start=leg.day_start, slot_minutes=leg.slot_minutes, slot=slot)
        rows.append(Row(time=time, cells=tuple(cells)))
    return Table(leg=leg, lanes=tuple(shown), rows=tuple(rows))


def zone_label(*, leg: Leg, date: dt.date) -> str:
    """``America/Los_Angeles (UTC−08:00)`` for the leg's zone on ``date``."""
    from zoneinfo import ZoneInfo

    moment = dt.datetime.combine(date, leg.day_start, tzinfo=ZoneInfo(leg.time_zone))
    offset = moment.utcoffset() or dt.timedelta(0)
    minutes = int(offset.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "−"
    return f"{leg.time_zone} (UTC{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d})"
