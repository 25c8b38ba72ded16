"""Dates as precise as the text: xsd:date, xsd:gYearMonth, xsd:gYear, xsd:dateTime with offset.

A day written without its year (7月9日) takes the year of the report's event; no day, month or
year is ever invented beyond that.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from .model import Literal

_DATATYPE = {"day": "xsd:date", "month": "xsd:gYearMonth", "year": "xsd:gYear"}
_NO_YEAR = {"day-no-year": "day", "month-no-year": "month"}


def _fill_year(value: str, year: str | None) -> str:
    if value.startswith("--"):
        if not year:
            raise ValueError("a day without a year and no event year to take it from")
        return f"{year}-{value[2:]}"
    return value


def date_literals(value: dict[str, Any], year: str | None) -> tuple[Literal, Literal | None]:
    """Start and (for ranges) end of a DATE mention's value."""
    precision = _NO_YEAR.get(value["precision"], value["precision"])
    datatype = _DATATYPE[precision]
    start = Literal(_fill_year(value["start"], year), datatype)
    end = Literal(_fill_year(value["end"], year), datatype) if value.get("end") else None
    if end is None and value.get("duration_days") and datatype == "xsd:date":
        last = date.fromisoformat(start.value) + timedelta(days=value["duration_days"] - 1)
        end = Literal(last.isoformat(), datatype)  # 24日开幕，为期3天: the 26th
    return start, end


def first_day(last: Literal, days: int) -> Literal:
    """The first of `days` days ending on `last` (为期三天的峰会今天闭幕)."""
    return Literal((date.fromisoformat(last.value) - timedelta(days=days - 1)).isoformat(), last.datatype)


def session_times(date: dict[str, Any], time: dict[str, Any] | None,
                  year: str | None) -> tuple[Literal, Literal | None]:
    """A session's start and end: a date, or date-times with the UTC offset the text gives."""
    day, _ = date_literals(date, year)
    if not time or day.datatype != "xsd:date":
        return day, None
    offset = time.get("offset") or ""
    if not offset:
        # Without an offset a time is local and unanchored: keep only the day.
        return day, None
    return (Literal(f"{day.value}T{time['start']}{offset}", "xsd:dateTime"),
            Literal(f"{day.value}T{time['end']}{offset}", "xsd:dateTime"))
