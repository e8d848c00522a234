"""Ids of stored objects inside a planning problem, and back.

Every id carries a prefix and the natural key of its object, so a problem (or a result)
read back from a stored version maps onto the database without a side table:
``leg:<code>``, ``day:<leg code>:<YYYY-MM-DD>``, ``ven:<leg code>:<venue code>``,
``del:<organization key>``, ``cp:<leg code>:<organization key>``, ``req:<pk>``,
``act:<code>``.  Codes and keys are slugs, so ``:`` never occurs inside them.
"""

from __future__ import annotations

import datetime as dt


def leg_id(*, code: str) -> str:
    return f"leg:{code}"


def day_id(*, leg_code: str, date: dt.date) -> str:
    return f"day:{leg_code}:{date.isoformat()}"


def venue_id(*, leg_code: str, code: str) -> str:
    return f"ven:{leg_code}:{code}"


def delegation_id(*, org_key: str) -> str:
    return f"del:{org_key}"


def counterpart_id(*, leg_code: str, org_key: str) -> str:
    return f"cp:{leg_code}:{org_key}"


def request_id(*, pk: int) -> str:
    return f"req:{pk}"


def activity_id(*, code: str) -> str:
    return f"act:{code}"


def split_id(value: str) -> tuple[str, tuple[str, ...]]:
    """``("cp", ("la", "netflix"))`` for ``cp:la:netflix``."""
    prefix, _sep, rest = value.partition(":")
    return prefix, tuple(rest.split(":")) if rest else ()


def parse_day(value: str) -> tuple[str, dt.date]:
    """(leg code, date) of a day id."""
    prefix, parts = split_id(value)
    if prefix != "day" or len(parts) != 2:
        raise ValueError(f"not a day id: {value!r}")
    return parts[0], dt.date.fromisoformat(parts[1])
