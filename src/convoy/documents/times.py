"""Local and Mexico City times, dates in Spanish or English, durations."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from babel.dates import format_date

MEXICO_CITY = ZoneInfo("America/Mexico_City")
LOCALES = {"es": "es_MX", "en": "en_US"}
DAY_PATTERNS = {"es": "EEEE d 'de' MMMM 'de' y", "en": "EEEE, d MMMM y"}
SHORT_PATTERNS = {"es": "EEE d MMM", "en": "EEE d MMM"}


def clock(*, moment: dt.datetime) -> str:
    """``HH:MM`` on a 24-hour clock, in the moment's own zone."""
    return moment.strftime("%H:%M")


def span(*, start: dt.datetime, end: dt.datetime) -> str:
    return f"{clock(moment=start)}–{clock(moment=end)}"


def in_mexico_city(*, moment: dt.datetime) -> dt.datetime:
    return moment.astimezone(MEXICO_CITY)


def mexico_city_span(*, start: dt.datetime, end: dt.datetime) -> str:
    """The same span on Mexico City's clock, marking a different calendar day (``+1 d``, ``-1 d``)."""
    local_start, local_end = in_mexico_city(moment=start), in_mexico_city(moment=end)
    text = span(start=local_start, end=local_end)
    shift = (local_start.date() - start.date()).days
    return f"{text} ({shift:+d} d)" if shift else text


def long_date(*, day: dt.date, language: str) -> str:
    text = format_date(day, DAY_PATTERNS[language], locale=LOCALES[language])
    return text[:1].upper() + text[1:]


def short_date(*, day: dt.date, language: str) -> str:
    return format_date(day, SHORT_PATTERNS[language], locale=LOCALES[language])


def minutes_between(*, start: dt.datetime, end: dt.datetime) -> int:
    return int((end - start).total_seconds() // 60)


def duration_text(*, minutes: int) -> str:
    """``45 min``, ``1 h``, ``1 h 30 min`` (the same in Spanish and English)."""
    hours, rest = divmod(minutes, 60)
    if not hours:
        return f"{rest} min"
    return f"{hours} h {rest} min" if rest else f"{hours} h"
