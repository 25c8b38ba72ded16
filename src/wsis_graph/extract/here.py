"""在这里: a news item's dateline (温得和克，纳米比亚，2034年9月14日 ——, 新华社日内瓦5月3日电) says where
it is written from; an event its body says was held or closed "here" (今天在这里结束了…会议) was held
in the dateline's place. Only an event that no other fact places is placed so."""

from __future__ import annotations

from ..model import Fact, Mention, Span
from .context import DocumentContext
from .conventions import read_when_used
from .datelines import date_data

RULE = "zh.event.held-here"
_HEADER_ROWS = 12  # the lines a dateline may stand after
_READING = read_when_used()


def held_here(facts: list[Fact], ctx: DocumentContext, document_id: str) -> list[Fact]:
    """The event-place of the report's event said to be held here, from the dateline's places."""
    if any(f.kind == "event-place" and ctx.identity(f.args.get("event")) == "@main" for f in facts):
        return []
    places = _dateline_places(ctx)
    if not places:
        return []
    for word in _READING.here_words:
        at = ctx.text.find(word)
        while at >= 0:
            said = ctx.sentence_of(at)
            event = next((m for m in ctx.mentions_between(said.start, said.end)
                          if m.label in ("EVENT", "EVENT_REF") and ctx.identity(m) == "@main"), None)
            if event is not None:
                spans = [Span(p.start, p.end, p.text) for p in places] + [Span(at, at + len(word), word),
                                                                           Span(event.start, event.end, event.text)]
                return [Fact("event-place", {"event": event, "places_all": places}, spans, RULE, document_id)]
            at = ctx.text.find(word, at + len(word))
    return []


def _dateline_places(ctx: DocumentContext) -> list[Mention]:
    """The places a dateline names before its date (a city, and its country after a comma)."""
    end = ctx.line_starts[_HEADER_ROWS] if len(ctx.line_starts) > _HEADER_ROWS else len(ctx.text)
    head = date_data().place_line.search(ctx.text, 0, end)  # (a headline and its subtitle over it, blank lines between)
    if head is None:
        return []
    named = [m for m in ctx.mentions_between(head.start("places"), head.end("places")) if m.label in ("PLACE", "COUNTRY")]
    return sorted(named, key=lambda m: m.label != "COUNTRY")  # the country, then its city, as places are listed

