"""Reading context for dates: the day a text speaks from, and the lines that are not its body.

A news item says 今天, 3日上午, 明年; those mean something only against its dateline
(新华社日内瓦5月3日电) or the `published` date its sidecar gives. Nothing here uses the build
machine's clock: a text with neither keeps its relative words unread. Photo captions and a
machine translator's disclaimer are not body text, so no fact is read from them.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import cache
from pathlib import Path
from typing import Any

from ..model import Document, Mention, published_day
from ..resources import data_dir
from .numbers import parse_number


@dataclass(frozen=True)
class DateData:
    dateline: re.Pattern
    date_line: re.Pattern  # a page's date alone on a line under its headline
    words: dict[str, tuple[str, ...]]
    not_body: tuple[re.Pattern, ...]
    weekdays: dict[str, int]  # 周二 -> 1 (Monday is 0)
    event_day: re.Pattern  # 会议第一天, 首日, 最后一天, 次日: a day counted in the event
    event_day_words: dict[str, str]  # 首日 -> first, 最后一天 -> last, 次日 -> next
    span_today: tuple[tuple[re.Pattern, str], ...] = ()  # 为期三天的…今天闭幕: the event's days, by its length
    weekday_words: tuple[str, ...] = ()  # the words of `weekdays`, longest first (星期二 before 周二)
    stamp_line: re.Pattern | None = None  # 2005年11月16日20:39 新华网: the time stamp a news site prints over an item
    end_marks: tuple[str, ...] = ()  # 持续至16日: a day after these is where something ends
    weeks_before_weekday: dict[str, int] = field(default_factory=dict)  # 本周三: 本 -> 0, 下周一: 下 -> 1
    place_line: re.Pattern | None = None  # 温得和克，纳米比亚，2034年9月14日 ——: a dateline's places before its date


@cache
def date_data(folder: Path | None = None, language: str = "zh") -> DateData:
    raw = json.loads(((Path(folder) if folder else data_dir("rules")) / language / "dates.json").read_text(encoding="utf-8"))
    words = {k: tuple(raw[k]) for k in ("same_day", "that_day", "same_week", "same_year", "next_year",
                                        "last_year", "same_as_before")}
    weekdays = {word: day for day, names in enumerate(raw["weekdays"]) for word in names}
    days = raw["event_days"]
    day_words = {w: kind for kind in ("first", "last", "next") for w in days[kind]}
    said = "|".join(re.escape(w) for w in sorted(day_words, key=len, reverse=True))
    event_day = re.compile(f"{days['event_words']}(?:{days['ordinal']}|(?P<word>{said}))")
    span_today = tuple((re.compile(p), end) for end, p in days["span_today"].items() if end in ("opens", "closes"))
    return DateData(re.compile(raw["dateline"]), re.compile(raw["date_line"]), words,
                    tuple(re.compile(p) for p in raw["not_body_lines"]), weekdays, event_day, day_words, span_today,
                    tuple(sorted(weekdays, key=len, reverse=True)), re.compile(raw["stamp_line"]),
                    tuple(raw["end_marks"]["words"]), dict(raw["weeks_before_weekday"]["words"]),
                    re.compile(raw["place_line"]["pattern"]))


def reference_day(document: Document, mentions: list[Mention], data: DateData | None = None) -> dict[str, Any] | None:
    """The day the text speaks from: its sidecar's `published` date, else its dateline's day
    (with the year the dateline gives, else the year of the page's date line or time stamp), else
    the date a news page prints on a line of its own under the headline or with a clock time."""
    data = data or date_data()
    published = published_day(document.meta.get("published"))
    if published:
        return {"year": f"{published.year:04d}", "month": published.month, "day": published.day}
    stamp = data.date_line.match(document.text) or data.stamp_line.match(document.text)
    m = data.dateline.match(document.text) or stamp
    if not m:
        return None
    day = _day_at(mentions, m.start("date"))
    if day is None:
        return None
    if day["year"] is None and stamp is not None and stamp is not m:
        # 新华网突尼斯11月16日电 under the site's stamp 2005年11月16日20:39: the year is the stamp's
        stamped = _day_at(mentions, stamp.start("date"))
        day["year"] = stamped["year"] if stamped else None
    return day


def _day_at(mentions: list[Mention], at: int) -> dict[str, Any] | None:
    """The day of the date read at `at`, its year None when the text gives none there."""
    read = next((x for x in mentions if x.label == "DATE" and x.start <= at < x.end), None)
    if read is None or read.value.get("precision") not in ("day", "day-no-year"):
        return None
    start = read.value["start"]
    year = start[:4] if not start.startswith("--") else None
    return {"year": year, "month": read.value.get("month"), "day": read.value.get("day")}


def relative_dates(text: str, reference: dict[str, Any] | None, taken: list[Mention],
                   data: DateData | None = None) -> list[Mention]:
    """今天, 本周, 明年 ... as DATE mentions, as precise as the reference day allows; 同日 (and
    当天 after a day its paragraph named) as the day named last before it."""
    data = data or date_data()
    counted = _event_days(text, taken, data, reference)
    # 周三上午…。当天下午: a weekday is a day named before 当天 as much as a date is
    counted += _weekdays(text, reference, taken + counted, data) if reference is not None \
        else _weekdays_in_the_event(text, taken + counted, data)
    found = counted + _same_as_before(text, taken + counted, data)
    if reference is None:
        return found
    said = {m.start for m in found}
    for kind, words in data.words.items():
        if kind == "same_as_before":
            continue
        for word in words:
            for m in re.finditer(re.escape(word), text):
                if m.start() in said or _overlaps(taken, m) or _overlaps(found, m):
                    continue  # part of a longer name or date (当天 of 开幕当天); a word inside it (天 of 今天) is not
                value = _value("same_day" if kind == "that_day" else kind, reference)
                if not value:
                    continue
                end = m.end()
                part = _yearless_date_at(taken, end) if value["precision"] == "year" else None
                if part is not None:  # 去年6月, 明年5月12日: the month (and day) the date reader read, in that year
                    end, value = part.end, _in_year(value["start"], part)
                found.append(Mention("DATE", m.start(), end, text[m.start():end], None, {**value, "relative": kind}))
    return found


_YEARLESS = {"day-no-year": "day", "month-no-year": "month"}


def _yearless_date_at(taken: list[Mention], at: int) -> Mention | None:
    return next((t for t in taken if t.label == "DATE" and t.start == at and t.value.get("precision") in _YEARLESS), None)


def _in_year(year: str, part: Mention) -> dict[str, Any]:
    """A date read without its year (--06-12, --06) in the year a word names."""
    return {**part.value, "start": year + part.value["start"][1:], "precision": _YEARLESS[part.value["precision"]]}


def _weekdays(text: str, reference: dict[str, Any], taken: list[Mention], data: DateData) -> list[Mention]:
    """周二上午的开幕全体会议: a weekday a report names is the last such day on or before the day it
    speaks from (a report tells what has happened that week). A weekday written beside a date
    (3月25日（星期二）) only repeats it."""
    year, month, day = reference.get("year"), reference.get("month"), reference.get("day")
    if not (year and month and day):
        return []
    try:
        today = date(int(year), month, day)
    except ValueError:
        return []
    found = []
    for start, end, weekday, weeks in _weekday_words(text, taken, data):
        if weeks is not None:  # 本周三: that day of the week named, before or after the report's day
            then = today + timedelta(days=weekday - today.weekday() + 7 * weeks)
        else:
            then = today - timedelta(days=(today.weekday() - weekday) % 7)
        found.append(_weekday_date(text, start, end, then))
    return found


def _weekday_words(text: str, taken: list[Mention], data: DateData) -> list[tuple[int, int, int, int | None]]:
    """Each weekday the text names as a day of its own: (start, end, weekday, weeks), the words 本 or
    下 before it (`weeks_before_weekday`, then in start) counted in weeks; not a weekday inside
    another reading, nor one written beside a date (3月25日（星期二）, a translation's 星期一，
    21 4月 2036), which only repeats it."""
    found = []
    for word, weekday in sorted(data.weekdays.items()):
        for m in re.finditer(re.escape(word), text):
            if _overlaps(taken, m) or any(t.label == "DATE" and (0 <= m.start() - t.end <= 2 or 0 <= t.start - m.end() <= 2)
                                          for t in taken):
                continue
            weeks = data.weeks_before_weekday.get(text[m.start() - 1:m.start()]) if m.start() > 0 else None
            found.append((m.start() - (weeks is not None), m.end(), weekday, weeks))
    return found


def _weekday_date(text: str, start: int, end: int, day: date) -> Mention:
    return Mention("DATE", start, end, text[start:end], None,
                   {"start": day.isoformat(), "precision": "day", "relative": "weekday"})


def _weekdays_in_the_event(text: str, taken: list[Mention], data: DateData) -> list[Mention]:
    """会议于2031年9月16日至18日举行 … 本周二上午，开幕全体会议…: with no day the report speaks from, a
    weekday (or this week's, 本周二) is the one day of the event's days that falls on it: the days of
    the first span the text gives with its year. Where none or two of its days fall on it, the
    weekday says no day."""
    span = _first_span(taken)
    first = _day(span.value["start"]) if span is not None and span.value.get("precision") == "day" else None
    last = _day(str(span.value["end"])) if first is not None else None
    if first is None or last is None or not 0 <= (last - first).days < 14:
        return []
    days = [first + timedelta(days=n) for n in range((last - first).days + 1)]
    found = []
    for start, end, weekday, weeks in _weekday_words(text, taken, data):
        on_it = [d for d in days if d.weekday() == weekday]
        if len(on_it) == 1 and weeks in (None, 0):  # (下周一: a week the report's own day would have to say)
            found.append(_weekday_date(text, start, end, on_it[0]))
    return found


def _first_span(taken: list[Mention]) -> Mention | None:
    """The first span of days the text gives (于2028年3月7日至8日举行): its event's, as reports open."""
    return next((t for t in taken if t.label == "DATE" and t.value.get("precision") in ("day", "day-no-year")
                 and t.value.get("end")), None)


def _same_as_before(text: str, taken: list[Mention], data: DateData) -> list[Mention]:
    """第二场会议于同日14:00举行: 同日 is the last single day named before it; 17日下午…。当天上午
    is too when that day stands in its paragraph, and so is the last day the body named before a
    paragraph that 当天 opens (17日上午…。/ 当天下午，…); else 当天 is the dateline's day."""
    head = data.dateline.match(text) or data.date_line.match(text)
    days = sorted((t for t in taken if t.label == "DATE" and t.value.get("precision") in ("day", "day-no-year")
                   and not t.value.get("end") and not (head and head.start() <= t.start < head.end())
                   and not text.endswith(data.end_marks, 0, t.start)),  # (持续至16日: an end, no day told of)
                  key=lambda t: t.start)  # in text order: weekdays read late are not the last day told
    found = []
    for kind in ("same_as_before", "that_day"):  # 今天 is the text's own day, never a day it told of
        for word in data.words[kind]:
            for m in re.finditer(re.escape(word), text):
                if _overlaps(taken, m):
                    continue
                before = [d for d in days if d.end <= m.start()]
                if kind == "that_day":
                    paragraph = text.rfind("\n", 0, m.start()) + 1
                    opens = not text[paragraph:m.start()].strip()
                    before = [d for d in before if d.start >= paragraph or opens]
                if before:
                    value = {k: v for k, v in before[-1].value.items() if k in ("start", "precision", "month", "day")}
                    found.append(Mention("DATE", m.start(), m.end(), word, None, {**value, "relative": "same_as_before"}))
    return found


def _event_days(text: str, taken: list[Mention], data: DateData,
                reference: dict[str, Any] | None = None) -> list[Mention]:
    """开幕会议于会议第一天上午举行 … 同日下午 … 次日上午: days counted in the event, read in text
    order from the first span of days the text gives (its event's: 于2028年3月7日至8日举行);
    次日 is the day after the last day named before it, whether a date or a counted day, and
    never past the event's last day. With no span written, a length and the day the report speaks
    from give it (为期三天的峰会今天闭幕: the three days up to today)."""
    dates = [t for t in taken if t.label == "DATE" and t.value.get("precision") in ("day", "day-no-year")]
    span = _first_span(taken)
    # 本届论坛于8月24日至26日举行 … 首日: a span written without its year counts the days all the same
    yearless = span is not None and span.value["start"].startswith("--")
    first = _day(span.value["start"], _YEAR_TO_COUNT) if span is not None else None
    last = _day(span.value["end"], _YEAR_TO_COUNT) if span is not None else None
    if span is None:
        first, last = _span_from_today(text, reference, data)
    words = _counted_days(text, taken, data)
    # each day told keeps whether its year was written: 11月6日 (no year) … 次日 is 11月7日, no year
    named = sorted([(d.start, _day(d.value["start"], _YEAR_TO_COUNT), d.value["start"].startswith("--"))
                    for d in dates if not d.value.get("end")] + [(m.start(), None, False) for m in words])
    found, before, before_yearless = [], None, False
    matches = {m.start(): m for m in words}
    for at, day, day_yearless in named:
        if at not in matches:
            before, before_yearless = day, day_yearless
            continue
        m = matches[at]
        kind = data.event_day_words.get(m.group("word") or "", "ordinal")
        if kind == "next":  # (a second 次日 in a two-day meeting's summary still means its second day)
            day = before + timedelta(days=1) if before is not None else None
            day_yearless = before_yearless
            if day is not None and last is not None and yearless == before_yearless and before <= last < day:
                day = last
        elif first is not None:
            n = parse_number(m.group("n")) if kind == "ordinal" else 0
            day = first if kind == "first" else last if kind == "last" else first + timedelta(days=n - 1)
            day = day if first <= day <= last else None
            day_yearless = yearless
        if day is not None:
            value = {"start": f"--{day.month:02d}-{day.day:02d}", "precision": "day-no-year"} if day_yearless \
                else {"start": day.isoformat(), "precision": "day"}
            found.append(Mention("DATE", m.start(), m.end(), m.group(), None, {**value, "relative": "event_day"}))
        if day is not None:
            before, before_yearless = day, day_yearless
    return found


def _counted_days(text: str, taken: list[Mention], data: DateData) -> list[re.Match]:
    """The words that count a day of the event, each without the event words before it when a
    name read there takes them (区域审查会议的第二天: the meeting is named, 第二天 is the day)."""
    found = []
    for m in data.event_day.finditer(text):
        while m is not None and _overlaps(taken, m):
            m = next((later for later in (data.event_day.match(text, at) for at in range(m.start() + 1, m.end()))
                      if later is not None), None)
        if m is not None:
            found.append(m)
    return found


def _span_from_today(text: str, reference: dict[str, Any] | None,
                     data: DateData) -> tuple[date | None, date | None]:
    """为期三天的…峰会今天…闭幕 (or 开幕): the event's first and last day, counted from the day the
    report speaks from; (None, None) when the text says no such thing or the day is not known."""
    if not reference or not (reference.get("year") and reference.get("month") and reference.get("day")):
        return None, None
    for pattern, end in data.span_today:
        m = pattern.search(text)
        n = parse_number(m.group("n")) if m else None
        if n:
            today = date(int(reference["year"]), reference["month"], reference["day"])
            length = timedelta(days=int(n) - 1)
            return (today - length, today) if end == "closes" else (today, today + length)
    return None, None


_YEAR_TO_COUNT = "2000"  # a leap year in which days written without their year (--08-24) are counted


def _day(value: str, year: str | None = None) -> date | None:
    """The day an ISO value names; a day without its year (--08-24) in `year`, else None."""
    if value.startswith("--") and year:
        value = f"{year}{value[1:]}"
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def _overlaps(taken: list[Mention], m: re.Match) -> bool:
    return any(t.start < m.end() and m.start() < t.end and not _inside(t, m.start(), m.end()) for t in taken)


def _inside(m: Mention, start: int, end: int) -> bool:
    return start <= m.start and m.end <= end and (m.start, m.end) != (start, end)


def without_inner(mentions: list[Mention], relative: list[Mention]) -> list[Mention]:
    """The mentions with those inside a relative date dropped (天 of 今天 is no count of days)."""
    return [m for m in mentions if not any(_inside(m, r.start, r.end) for r in relative)]


def _value(kind: str, ref: dict[str, Any]) -> dict[str, Any] | None:
    year, month, day = ref.get("year"), ref.get("month"), ref.get("day")
    if kind == "same_day" and month and day:
        if year:
            return {"start": f"{year}-{month:02d}-{day:02d}", "precision": "day"}
        return {"start": f"--{month:02d}-{day:02d}", "precision": "day-no-year", "month": month, "day": day}
    if kind == "same_week" and year and month:
        return {"start": f"{year}-{month:02d}", "precision": "month"}
    if kind in ("same_year", "next_year", "last_year") and year:
        shift = {"same_year": 0, "next_year": 1, "last_year": -1}[kind]
        return {"start": f"{int(year) + shift:04d}", "precision": "year"}
    return None


def is_body(line: str, data: DateData | None = None) -> bool:
    """False for a photo caption or a translator's disclaimer."""
    data = data or date_data()
    return not any(p.search(line) for p in data.not_body)
