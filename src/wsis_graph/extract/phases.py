"""Phases: an event held in parts, each with its own date and place.

信息社会世界峰会分两个阶段举行：2003年在日内瓦、2005年在突尼斯 — a sentence that says how many
parts an event was held in, then gives as many dates and as many places, dates and places each part
in the order written. A part is the event the lexicon knows by the whole's name and the part's
ordinal (信息社会世界峰会第一阶段), else an event minted under that name. The whole's own time and
place read from the same sentence (2003年 … 突尼斯) are dropped: they mix two parts.
"""

from __future__ import annotations

from ..model import Fact, Mention, Span
from .context import DocumentContext
from .mentions import known_event
from .names import name_data
from .numbers import parse_number
from .text import inside_brackets

RULE = "zh.event.held-in-parts"


def phases_held(facts: list[Fact], ctx: DocumentContext, document_id: str) -> list[Fact]:
    """The time and place facts of each part of an event held in parts; the whole's own time and
    place facts from those sentences are taken out of `facts` (in place)."""
    spec = name_data().held_in_parts
    out: list[Fact] = []
    for seg in ctx.sentences:
        trigger = spec["trigger"].search(ctx.text, seg.start, seg.end)
        if trigger is None:
            continue
        whole = next((m for m in reversed(ctx.mentions_between(seg.start, trigger.start())) if m.label == "EVENT"), None) \
            or _named_before(seg.start, trigger.start(), ctx)
        count = parse_number(trigger.group("count"))
        if whole is None or not count or count > len(spec["ordinals"]):
            continue
        # 《日内瓦宣言》: a place inside a document's title is no part's place
        after = [m for m in ctx.mentions_between(whole.end, seg.end) if not inside_brackets(ctx.text, seg.start, m.start, "《", "》")]
        dates = [m for m in after if m.label == "DATE"]
        places = _places(ctx.text, [m for m in after if m.label in ("PLACE", "COUNTRY")])
        if len(dates) != count or len(places) != count:
            continue
        facts[:] = [f for f in facts if not _whole_s_own(f, whole, seg.start, seg.end)]
        for n, (date, place) in enumerate(zip(dates, places)):
            part = _part(whole, spec["each"].format(spec["ordinals"][n]), ctx)
            named = Span(whole.start, whole.end, whole.text)
            out.append(Fact("event-time", {"event": part, "date": date},
                            [named, Span(date.start, date.end, date.text)], RULE, document_id))
            out.append(Fact("event-place", {"event": part, "places_all": place},
                            [named] + [Span(p.start, p.end, p.text) for p in place], RULE, document_id))
    return out


def _places(text: str, mentions: list[Mention]) -> list[list[Mention]]:
    """The places a sentence gives, one per part: a country written right before its city (瑞士日内瓦)
    is one place with it."""
    out: list[list[Mention]] = []
    for m in mentions:
        if out and out[-1][-1].label == "COUNTRY" and m.label == "PLACE" and not text[out[-1][-1].end:m.start].strip():
            out[-1].append(m)
        else:
            out.append([m])
    return out


def _named_before(start: int, at: int, ctx: DocumentContext) -> Mention | None:
    """信息社会世界峰会|分两个阶段举行, 信息社会世界峰会|由联合国发起，分两个阶段…: the words that open
    the sentence, up to the first word that follows a subject (held_in_parts `subject_ends`), and
    end with an event's head noun (names.json `event_heads`) or are the abbreviation an event's name
    was given in brackets earlier (WSIS) name the event held in parts, though no tagger read them."""
    words = ctx.text[start:at]
    a = start + len(words) - len(words.lstrip())
    words = words.strip()
    cut = min((i for i, c in enumerate(words) if c in name_data().held_in_parts["subject_ends"]), default=len(words))
    words = words[:cut]
    if not words or len(words) > name_data().max_event_name_chars or ctx.mentions_between(a, a + len(words)):
        return None
    defined = next((m for m in ctx.mentions if m.label == "EVENT" and m.start < a and (m.value or {}).get("abbr") == words), None)
    if defined is not None:  # WSIS分为两个阶段 after 信息社会世界峰会（…, WSIS）: the event the text named so
        return Mention("EVENT", a, a + len(words), words, defined.key, dict(defined.value))
    if not words.endswith(name_data().event_heads):
        return None
    return Mention("EVENT", a, a + len(words), words, None, {"name": words, "unknown": True, "year": None})


def _part(whole: Mention, each: str, ctx: DocumentContext) -> Mention:
    """The part of `whole` named by its name and `each` (第一阶段): a lexicon event, else a new one."""
    name = (whole.value or {}).get("name") or whole.text
    words = name + each
    known = known_event(words, ctx.lexicon)
    if known is not None:
        return Mention("EVENT", whole.start, whole.end, whole.text, known.key, dict(known.value))
    return Mention("EVENT", whole.start, whole.end, whole.text, None, {"name": words, "unknown": True, "year": None})


def _whole_s_own(fact: Fact, whole: Mention, start: int, end: int) -> bool:
    """A time or place read from the sentence for the whole, or for any other event (a session the
    paragraphs before spoke of): the sentence's dates and places are its parts'."""
    if fact.kind not in ("event-time", "event-place"):
        return False
    event = fact.args.get("event")
    if isinstance(event, Mention) and (event.start, event.end) == (whole.start, whole.end):
        return all(start <= s.start < end for s in fact.spans)
    said = [fact.args.get("date")] if fact.kind == "event-time" else list(fact.args.get("places_all") or [])
    said = [m for m in said if isinstance(m, Mention)]
    return bool(said) and all(start <= m.start < end for m in said)
