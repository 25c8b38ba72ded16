"""When and where an event's name says it was: 2003年日内瓦阶段, 日内瓦阶段（2003年）, 突尼斯阶段.

A one-off event (the lexicon's `once`: the summit's phases) named with a year was held in that
year, at the year's precision and no finer; so was any event with a year alone in brackets right
after its name. (A series' edition named with its year is not dated by it: 2025年信息社会世界峰会
may name the process of that year, not a meeting held in it.) A year or month written right
before the name of an event held once dates it too (2025年12月联合国大会…审查高级别会议). An event the lexicon says
is `named_for_its_place` (the summit's phases) is held in the place its name holds. Only events
that no other fact dates or places get these; the words of the name and year are the evidence.
"""

from __future__ import annotations

import re

from ..model import Fact, Mention, Span
from .context import DocumentContext
from .conventions import conventions
from .names import unknown_city
from .numbers import YEAR

RULE = "zh.event.year-of-edition"
RULE_PLACE = "zh.event.named-for-its-place"
RULE_BRACKETS = "zh.event.place-beside-year-in-brackets"
_YEAR = re.compile(rf"(?<!\d)(?P<year>{YEAR.pattern})(?!\d)(?:年)?")
_BRACKETED_YEAR = re.compile(rf"\s*[（(]\s*(?P<year>{YEAR.pattern})\s*年?\s*[）)]")


def edition_years(facts: list[Fact], ctx: DocumentContext, document_id: str) -> list[Fact]:
    """An event-time of the year its name gives (2032年东非数字论坛: an edition is held in the year
    it is named for) for every such event that no fact dates."""
    dated = {ctx.identity(f.args.get("event")) for f in facts if f.kind == "event-time"}
    out: list[Fact] = []
    for m in ctx.mentions:
        if m.label != "EVENT" or ctx.identity(m) in dated:
            continue
        date = (_year_in_name(m) if not _modifies_a_kind(m, ctx) else None) or _year_after(m, ctx.text) \
            or _date_before(m, ctx)
        if date is not None:
            span = Span(min(m.start, date.start), max(m.end, date.end), ctx.text[min(m.start, date.start):max(m.end, date.end)])
            out.append(Fact("event-time", {"event": m, "date": date}, [span], RULE, document_id))
            dated.add(ctx.identity(m))
    return out + _places_in_names(facts, ctx, document_id) + _places_in_brackets(facts, ctx, document_id)


def _date_before(m: Mention, ctx: DocumentContext) -> Mention | None:
    """2025年12月联合国大会WSIS+20总体审查高级别会议, 2006年在…第17届全权代表大会上, 2015年，联合国大会
    对…进行了十年审查: a year or month written right before the name of an event held once (no
    series: its edition is named by its year), or opening the sentence whose verb carries it out,
    dates it (reading.json `date_before_event`: what may stand between)."""
    if m.key is not None and not ctx.lexicon.entries.get(m.key, {}).get("once"):
        return None
    spec = conventions().date_before_event
    before = [b for b in ctx.mentions_between(max(0, m.start - spec["max_chars"]), m.start) if b.end <= m.start]
    date = next((b for b in reversed(before) if b.label == "DATE"), None)
    if date is None or date.value.get("precision") not in spec["precisions"]:
        return None
    between, at = [], date.end
    for b in before:
        if b.start < date.end:
            continue
        if b.label != "ORG":
            return None  # another name between: the date is that one's
        between += [ctx.text[at:b.start], "〇"]
        at = b.end
    between.append(ctx.text[at:m.start])
    return date if any(shape.match("".join(between)) for shape in spec["between"]) else None


def _modifies_a_kind(m: Mention, ctx: DocumentContext) -> bool:
    """2025年信息社会世界峰会摄影大赛: an event's name right before a kind of session or event
    names whose contest it is; its year dates the contest, not a meeting of that name."""
    return any(after.label in ("SESSION_TYPE", "EVENT", "EVENT_REF") for after in ctx.mentions_between(m.end, m.end + 1))


def _year_in_name(m: Mention) -> Mention | None:
    """The year the name writes (2020年WSIS论坛), not one an abbreviation gave (…（IGF 2016）)."""
    year = str(m.value.get("year") or "")
    written = next((y for y in _YEAR.finditer(m.text) if y.group("year") == year), None) if year else None
    if written is None:
        return None
    return Mention("DATE", m.start + written.start(), m.start + written.end(), written.group(), None,
                   {"start": year, "precision": "year"})


def _year_after(m: Mention, text: str) -> Mention | None:
    """日内瓦阶段（2003年）, WSIS+10高级别活动（2014年，日内瓦）: a year in brackets right after the
    name, alone or beside the place (_places_in_brackets)."""
    after = _BRACKETED_YEAR.match(text, m.end) or _BRACKETED_YEAR_PLACE.match(text, m.end)
    if after is None:
        return None
    return Mention("DATE", after.start("year"), after.end("year"), after.group("year"), None,
                   {"start": after.group("year"), "precision": "year"})


_BRACKETED_YEAR_PLACE = re.compile(rf"\s*[（(]\s*(?:[^（）()\d]{{1,12}}[，,、]\s*)?(?P<year>{YEAR.pattern})\s*年?"
                                   rf"\s*(?:[，,、]\s*[^（）()\d]{{1,12}})?[）)]")


def _places_in_names(facts: list[Fact], ctx: DocumentContext, document_id: str) -> list[Fact]:
    """突尼斯阶段: an event named for its place is held in the city its name holds (a city that
    bears its country's name is that city)."""
    placed = {ctx.identity(f.args.get("event")): f for f in facts if f.kind == "event-place"}
    out: list[Fact] = []
    for m in ctx.mentions:
        entry = ctx.lexicon.entries.get(m.key or "", {}) if m.label == "EVENT" else {}
        if not entry.get("named_for_its_place"):
            continue
        if ctx.identity(m) in placed:
            _city_of_the_country_named(placed[ctx.identity(m)], m, ctx)
            continue
        place = _place_named_in(m, ctx)
        if place is not None:
            out.append(Fact("event-place", {"event": m, "places_all": [place]},
                            [Span(m.start, m.end, m.text)], RULE_PLACE, document_id))
            placed[ctx.identity(m)] = out[-1]
    return out


def _city_of_the_country_named(fact: Fact, m: Mention, ctx: DocumentContext) -> None:
    """在突尼斯举行的信息社会世界峰会突尼斯阶段: where the text names only the country that bears
    the name of the city the event is named for, the event is in that city of that country."""
    places = fact.args.get("places_all")
    places = places if isinstance(places, list) else [places]
    city = _place_named_in(m, ctx)
    if city is None or not places or not isinstance(places[-1], Mention) or places[-1].label != "COUNTRY" \
            or city.value.get("within") != places[-1].key:
        return
    fact.args["places_all"] = places + [city]
    if all(span.start != m.start for span in fact.spans):
        fact.spans.append(Span(m.start, m.end, m.text))


def _places_in_brackets(facts: list[Fact], ctx: DocumentContext, document_id: str) -> list[Fact]:
    """WSIS+10高级别活动（2014年，日内瓦）: the places written beside a year in brackets right after an
    event's name are where it was held, when no other fact places it."""
    placed = {ctx.identity(f.args.get("event")) for f in facts if f.kind == "event-place"}
    out: list[Fact] = []
    for m in ctx.mentions:
        if m.label != "EVENT" or ctx.identity(m) in placed:
            continue
        after = _BRACKETED_YEAR_PLACE.match(ctx.text, m.end)
        if after is None:
            continue
        inside = [p for p in ctx.mentions if after.start() <= p.start and p.end <= after.end() and p.label != "QUANTITY"]
        places = [p for p in inside if p.label in ("PLACE", "COUNTRY")]
        if places and len(places) == len([p for p in inside if p.label != "DATE"]):
            out.append(Fact("event-place", {"event": m, "places_all": places},
                            [Span(m.start, after.end(), ctx.text[m.start:after.end()])], RULE_BRACKETS, document_id))
            placed.add(ctx.identity(m))
    return out


def _place_named_in(m: Mention, ctx: DocumentContext) -> Mention | None:
    found = [(m.text.find(s.text), s) for s in ctx.lexicon.surfaces
             if s.label in ("PLACE", "COUNTRY") and s.text in m.text]
    if not found:
        return None
    at, surface = max(found, key=lambda f: (len(f[1].text), f[1].label == "PLACE"))
    start = m.start + at
    capital = ctx.lexicon.capitals_named_as_country.get(surface.key) if surface.label == "COUNTRY" else None
    if surface.label == "PLACE" or capital:  # (突尼斯阶段: Tunis, the capital of that name)
        return Mention("PLACE", start, start + len(surface.text), surface.text, capital or surface.key, {})
    return unknown_city(ctx.text, start, start + len(surface.text), surface.key)
