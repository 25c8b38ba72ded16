"""Topics, tracks, themes and action lines, and what they belong to.

- Known topics after a cue word (涵盖了...主题,包括 A、B; 设有...专题,包括 ...): the cue gives the kind.
- Themes no lexicon knows: enumerated items after a cue ((i)...;(ii)...), items after a cue and a
  colon separated by ;, or short lines after a line that ends with a cue and a colon.
- Action lines (行动方针C6) wherever they are cited.
The subject is the session the sentence names (nearest before the cue), else the report's event.
"""

from __future__ import annotations

import re

from ..model import Fact, Mention, Span
from .context import ENUMERATOR, DocumentContext
from .conventions import read_when_used
from .text import Segment

RULE_LIST = "zh.topic.cue-then-list"
RULE_ENUM = "zh.topic.enumerated-themes"
RULE_SEMICOLON = "zh.topic.colon-semicolon-themes"
RULE_LINES = "zh.topic.lines-after-colon"
RULE_ACTION_LINE = "zh.topic.action-line"

_READING = read_when_used()


def extract_topics(ctx: DocumentContext, document_id: str) -> list[Fact]:
    facts: list[Fact] = []
    carried: dict[Segment, Mention] = {}  # item lines after `讨论了:` keep the announcing line's subject
    for n, seg in enumerate(ctx.sentences):
        mentions = [m for m in ctx.mentions if seg.start <= m.start < seg.end]
        cues = [_as_cue(ctx, m) for m in mentions if _as_cue(ctx, m) is not None]
        cues = sorted(cues + _list_word_cues(ctx, seg), key=lambda c: c.start)
        for m in mentions:
            if m.label == "ACTION_LINE":
                subject = _subject(ctx, seg, m.start, mentions, carried)
                facts.append(_fact(RULE_ACTION_LINE, subject, m, "topic-kind:action-line", [m], ctx, document_id))
        if not cues:
            continue
        weak = set(ctx.lexicon.schemes.get("topic-kind", {}).get("list_words", []))
        strong = [c for c in cues if c.text not in weak]
        cue = (strong or cues)[0]
        subject = _subject(ctx, seg, cue.start, mentions, carried)
        free = (_free_themes(ctx, seg, cue) or _lines_after(ctx, n, cue)) if strong else None
        if free and free[0] == RULE_LINES:
            for later in ctx.sentences[n + 1: n + 1 + len(free[1])]:
                carried[later] = subject
        if free:
            rule = free[0]
            for item in free[1]:
                facts.append(_fact(rule, subject, item, "topic-kind:theme", [cue, item], ctx, document_id))
            continue
        for list_cue, items in list(_topic_lists(ctx, mentions, cues)) + list(_lists_before_cue(ctx, mentions, cues)):
            kind = _kind_before(cues, list_cue, weak)
            # themes are what a session discussed in its own words; known topics listed after
            # 议题 are topics like any other
            key = "topic-kind:topic" if kind.key == "topic-kind:theme" else kind.key
            for m in items:
                facts.append(_fact(RULE_LIST, subject, m, key, [kind, m], ctx, document_id))
    return facts




def _topic_lists(ctx: DocumentContext, mentions: list[Mention], cues: list[Mention]):
    """Lists of known topics that start right after a cue and are joined only by separators."""
    for cue in cues:
        after = [m for m in mentions if m.start >= cue.end]
        if not after or after[0].label != "TOPIC" or not _READING.list_opening.match(ctx.text[cue.end:after[0].start]):
            continue
        items = [after[0]]
        for m in after[1:]:
            if m.label != "TOPIC" or not _READING.list_joiner.match(ctx.text[items[-1].end:m.start]):
                break
            items.append(m)
        yield cue, items


def _lists_before_cue(ctx: DocumentContext, mentions: list[Mention], cues: list[Mention]):
    """`设有数字技能、媒体……等专题`: a list of known topics that a cue word closes."""
    for cue in cues:
        if cue.text in ctx.lexicon.schemes.get("topic-kind", {}).get("list_words", []):
            continue
        before = [m for m in mentions if m.end <= cue.start]
        if not before or before[-1].label != "TOPIC" or not _READING.list_closing.match(ctx.text[before[-1].end:cue.start]):
            continue
        items = [before[-1]]
        for m in reversed(before[:-1]):
            if m.label != "TOPIC" or not _READING.list_joiner.match(ctx.text[m.end:items[0].start]):
                break
            items.insert(0, m)
        if len(items) >= 2:
            yield cue, items


def _kind_before(cues: list[Mention], list_cue: Mention, weak: set[str]) -> Mention:
    """The cue that names the kind: the nearest before the list that is not a bare 包括."""
    before = [c for c in cues if c.start <= list_cue.start and c.text not in weak]
    return before[-1] if before else list_cue


def _as_cue(ctx: DocumentContext, m: Mention) -> Mention | None:
    """A topic-kind word, or a measure noun that announces topics (三大核心议题:...), as a cue."""
    if m.label == "TOPIC_KIND":
        return m
    kind = ctx.lexicon.concepts.get(m.key or "", {}).get("cue_kind") if m.label == "MEASURE" else None
    return Mention("TOPIC_KIND", m.start, m.end, m.text, f"topic-kind:{kind}") if kind else None


def _list_word_cues(ctx: DocumentContext, seg: Segment) -> list[Mention]:
    """包括 and its like: weak cues that open a list of known topics."""
    words = ctx.lexicon.schemes.get("topic-kind", {}).get("list_words", [])
    text = ctx.text[seg.start:seg.end]
    return [Mention("TOPIC_KIND", seg.start + m.start(), seg.start + m.end(), m.group(0), "topic-kind:topic")
            for w in words for m in re.finditer(re.escape(w), text)]


def _free_themes(ctx: DocumentContext, seg: Segment, cue: Mention) -> tuple[str, list[Mention]] | None:
    text = ctx.text
    tail_start = cue.end
    tail = text[tail_start:seg.end]
    marks = list(_READING.enumerated_item.finditer(tail))
    if len(marks) >= 2:
        items = []
        for i, mark in enumerate(marks):
            end = marks[i + 1].start() if i + 1 < len(marks) else len(tail.rstrip("。"))
            items.append(_item(text, tail_start + mark.end(), tail_start + end))
        return RULE_ENUM, [i for i in items if i]
    colon = re.search(r"[:：]", tail)
    if colon and re.search(r"[;；]", tail[colon.end():]):
        items, pos = [], tail_start + colon.end()
        for part in re.split(r"([;；])", tail[colon.end():]):
            if part not in (";", "；"):
                items.append(_item(text, pos, pos + len(part)))
            pos += len(part)
        return RULE_SEMICOLON, [i for i in items if i]
    return None


def _lines_after(ctx: DocumentContext, n: int, cue: Mention) -> tuple[str, list[Mention]] | None:
    seg = ctx.sentences[n]
    if not re.search(r"[:：]\s*$", ctx.text[cue.end:seg.end]):
        return None
    items = []
    for nxt in ctx.sentences[n + 1:]:
        if nxt.block != seg.block or nxt.end - nxt.start > _READING.item_line_max:
            break
        if ENUMERATOR.match(ctx.text[nxt.start:nxt.end]):
            break  # (五)监管机构圆桌会议: the next section, not an item
        items.append(_item(ctx.text, nxt.start, nxt.end))
    return (RULE_LINES, [i for i in items if i]) if items else None


_TRIM = " \t\r\n;；。,，、"


def _item(text: str, start: int, end: int) -> Mention | None:
    while start < end and text[start] in _TRIM:
        start += 1
    while end > start and text[end - 1] in _TRIM:
        end -= 1
    for lead in sorted(_READING.item_joiners, key=len, reverse=True):
        if text.startswith(lead, start):
            start += len(lead)
    if end - start < 2:
        return None
    return Mention("TOPIC", start, end, text[start:end], None, {"free": True})


def _subject(ctx: DocumentContext, seg: Segment, pos: int, mentions: list[Mention],
             carried: dict[Segment, Mention]) -> Mention:
    if seg in carried:
        return carried[seg]
    sessions = [m for m in mentions if m.label == "SESSION_TYPE" and m.start < pos
                and ctx.is_topic_position(seg, m)
                and ctx.lexicon.concepts.get(m.key, {}).get("series") is not False]
    if not sessions:
        fallback = ctx.joined_session(seg, pos) or ctx.paragraph_session(seg)
        sessions = [fallback] if fallback else []
    if sessions:
        s = sessions[0]
        return ctx.made_session(s)
    return ctx.main_arg()


def _fact(rule: str, subject: Mention, topic: Mention, kind: str, own: list[Mention],
          ctx: DocumentContext, document_id: str) -> Fact:
    start, end = min(m.start for m in own), max(m.end for m in own)
    return Fact("topic", {"subject": subject, "topic": topic, "kind": kind},
                [Span(start, end, ctx.text[start:end])], rule, document_id)
