"""How long an event lasts (为期五天的峰会): an attribute of the event (schema:duration), not a key figure.

Readers of a report never list an event's length among its key figures (counts of participants,
countries, sessions, speakers, shares): it says when the event was, as its dates do. So a number
of a unit of time (`duration_units` of data/rules/<lang>/figures.json: 天) is never a statistic
(figures.py asks `length_unit`), and after a marker (`duration_markers`: 为期) it is an
event-duration fact: an ISO 8601 duration (P5D) of the event or session named right after it
(为期两天的联合国大会…高级别会议), else of the report's event (为期五天的峰会期间).
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

from ..model import Fact, Mention, Span
from ..resources import data_dir
from .context import DocumentContext

RULE = "zh.event.duration"
EVENT_LABELS = ("EVENT", "EVENT_REF", "SESSION_TYPE")
_OPENING = " “「『《\""  # what may stand between 的 and the name it modifies


@cache
def length_data(folder: Path | None = None, language: str = "zh") -> dict[str, Any]:
    """The language's markers, units (longest first) and the word that ties a length to a name."""
    path = (Path(folder) if folder else data_dir("rules")) / language / "figures.json"
    raw = json.loads(path.read_text(encoding="utf-8"))
    units = sorted(raw["duration_units"].items(), key=lambda kv: -len(kv[0]))
    return {"markers": tuple(raw["duration_markers"]), "units": units, "of": raw["duration_of"]}


def length_unit(text: str, q: Mention) -> tuple[str, int] | None:
    """The ISO 8601 template of the unit of time written right after a quantity (五天: P{n}D) and
    where that word ends; None when the quantity is no length of time."""
    pos = q.end
    while text[pos:pos + 1] == " ":
        pos += 1
    for word, template in length_data()["units"]:
        if text.startswith(word, pos):
            return template, pos + len(word)
    return None


def event_durations(ctx: DocumentContext, document_id: str) -> list[Fact]:
    """An event-duration fact for every length of time a marker introduces."""
    facts = []
    for seg in ctx.sentences:
        local = [m for m in ctx.mentions if seg.start <= m.start < seg.end]
        for q in local:
            fact = _duration(ctx, q, local, document_id) if q.label == "QUANTITY" else None
            if fact is not None:
                facts.append(fact)
    return facts


def _duration(ctx: DocumentContext, q: Mention, local: list[Mention], document_id: str) -> Fact | None:
    """为期五天: a whole number of a unit of time after a marker, said exactly (为期近三周 is no
    length to write down)."""
    unit, number = length_unit(ctx.text, q), q.value.get("number")
    if unit is None or not _introduced(ctx.text, q) or q.value.get("qualifier") != "exact" \
            or not isinstance(number, int) or number < 1:
        return None
    template, end = unit
    length = Mention("QUANTITY", q.start, end, ctx.text[q.start:end], None,
                     {"number": number, "duration": template.format(n=number)})
    event = _event_of(ctx, end, local)
    spans = [Span(q.start, end, length.text)]
    if event.label != "MAIN":  # the name it modifies is evidence too
        spans.append(Span(event.start, event.end, ctx.text[event.start:event.end]))
    return Fact("event-duration", {"event": event, "duration": length}, spans, RULE, document_id)


def _introduced(text: str, q: Mention) -> bool:
    """A marker (为期) right before the quantity, blanks allowed between."""
    return text[:q.start].rstrip(" ").endswith(length_data()["markers"])


def _event_of(ctx: DocumentContext, end: int, local: list[Mention]) -> Mention:
    """为期两天的联合国大会…高级别会议: the event or session named right after the length and 的;
    else the report's event (为期五天的峰会期间: 峰会 alone names no other)."""
    of = length_data()["of"]
    if ctx.text.startswith(of, end):
        start = end + len(of)
        while ctx.text[start:start + 1] and ctx.text[start] in _OPENING:
            start += 1
        named = next((m for m in local if m.start == start and m.label in EVENT_LABELS
                      and not ctx.titles_a_person(m)), None)
        if named is not None:
            return named
    return ctx.main_arg()


def timed_by_their_length(facts: list[Fact], ctx: DocumentContext) -> None:
    """为期三天的峰会今天闭幕 / 论坛于14日开幕，为期三天: a length read apart from the event's one
    day gives its other end (the resolver counts the days): back from a last day, on from a
    first. Only a day-precise date with no end of its own, and only a length of days."""
    lengths = {}
    for fact in facts:
        length = fact.args.get("duration") if fact.kind == "event-duration" else None
        if isinstance(length, Mention) and length.value.get("duration", "").endswith("D"):
            lengths.setdefault(ctx.identity(fact.args.get("event")), length.value["number"])
    for fact in facts:
        days = lengths.get(ctx.identity(fact.args.get("event"))) if fact.kind == "event-time" else None
        if not days:
            continue
        which = "date" if "date" in fact.args else "end_date"
        if isinstance(fact.args.get(which), Mention) and not fact.args[which].value.get("duration_days"):
            fact.args[which] = lasting(fact.args[which], days)


def lasting(day: Mention, days: Any) -> Mention:
    """A one-day date and a length of days (为期3天) give the other end of the event (the resolver
    counts the days); a span of its own, a date less precise than a day or a length past two
    months keep the date as it is."""
    if day.value.get("end") or not isinstance(days, int) or not 1 < days < 60 or \
            day.value.get("precision") not in ("day", "day-no-year"):
        return day
    return Mention(day.label, day.start, day.end, day.text, day.key, {**day.value, "duration_days": days})
