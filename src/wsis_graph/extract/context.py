"""What a clause leaves unsaid: which event `本次活动` is, which body a role belongs to.

A report is about one event (its main event: the first event named with its year); a role
with no context in its sentence belongs to the body last named in the same block (UNGIS,
before 副主席: ...), else to that event.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from itertools import accumulate
from typing import Any

from ..model import Mention
from .conventions import conventions
from .lexicon import Lexicon
from .text import Segment


# Mentions that may stand before a sentence's topic (本次活动的..., 2025年..., 国际电联的...).
_FRAME_LABELS = {"ORG", "COUNTRY", "EVENT", "EVENT_REF", "DATE", "PLACE", "ROLE", "TOPIC", "TOPIC_KIND", "MEASURE"}
_READING = conventions()
ENUMERATOR = _READING.section_number
# Verbs by which people join a session: the session after them is what their sentence is about.
JOIN_VERBS = _READING.join_verbs


@dataclass
class DocumentContext:
    """The document's mentions and sentences, with look-ups the rules use."""

    text: str
    mentions: list[Mention]
    sentences: list[Segment]
    lexicon: Lexicon
    main_event: Mention | None = None
    sessions: dict[tuple[int, int], Mention] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.main_event = self._find_main_event()
        self.lines = self.text.splitlines(keepends=True)  # for block titles, cut once
        self.line_starts = list(accumulate((len(line) for line in self.lines[:-1]), initial=0))

    def _find_main_event(self) -> Mention | None:
        events = [m for m in self.mentions if m.label == "EVENT" and not m.value.get("edition")]
        dated = [m for m in events if m.value.get("year")]
        return (dated or events or [None])[0]

    def identity(self, m: Any) -> Any:
        """What a mention names, whatever words name it: its lexicon entry (with the year of an
        edition) or its name; the report's own event is one thing (`@main`) however it is named."""
        if not isinstance(m, Mention):
            return m
        if m.label in ("MAIN", "EVENT_REF"):
            return "@main"
        name = _name_of(m)
        return "@main" if self.main_event is not None and name == _name_of(self.main_event) else name

    def main_arg(self) -> Mention | None:
        """The report's event as a fact argument: a MAIN mention, which adds no evidence span
        because the clause did not name it."""
        m = self.main_event
        return Mention("MAIN", m.start, m.end, m.text, m.key, m.value) if m else None

    def sentence_of(self, pos: int) -> Segment:
        for seg in self.sentences:
            if seg.start <= pos < seg.end:
                return seg
        return self.sentences[-1]

    def in_sentence(self, seg: Segment, labels: set[str]) -> list[Mention]:
        return [m for m in self.mentions if seg.start <= m.start < seg.end and m.label in labels]

    def event_in_sentence(self, seg: Segment, near: int) -> Mention | None:
        """The event the sentence names (an edition or 本次活动), nearest to `near`."""
        found = self.in_sentence(seg, {"EVENT", "EVENT_REF"})
        return min(found, key=lambda m: abs(m.start - near)) if found else None

    def body_before(self, seg: Segment, pos: int) -> Mention | None:
        """The last organisation of kind `body` named in this block before `pos`."""
        block_starts = [s.start for s in self.sentences if s.block == seg.block]
        start = min(block_starts) if block_starts else seg.start
        heads = {self.first_mention(s) for s in self.sentences if s.block == seg.block}
        bodies = [m for m in heads if m is not None and start <= m.start < pos and m.label == "ORG"
                  and self.lexicon.entries.get(m.key or "", {}).get("kind") == "body"]
        return max(bodies, key=lambda m: m.start) if bodies else None

    def first_mention(self, seg: Segment) -> Mention | None:
        """The sentence's topic: its first mention, when nothing but white space or a framing
        word (在 ... 方面, 关于) stands before it."""
        for m in self.mentions:
            if seg.start <= m.start < seg.end:
                lead = ENUMERATOR.sub("", self.text[seg.start:m.start]).strip()
                return m if lead in _READING.framing_words else None
        return None

    def is_topic_position(self, seg: Segment, mention: Mention) -> bool:
        """A session the sentence is about stands before any list or clause break (部长圆桌会议由...)."""
        before = self.text[seg.start:mention.start]
        plain = before
        for m in self.mentions:
            if seg.start <= m.start and m.end <= mention.start:
                if m.label not in _FRAME_LABELS:
                    return False  # a figure or another session comes first: not the topic
                plain = plain.replace(m.text, "")
        return not any(mark in plain for mark in _READING.not_topic_position_marks)

    def paragraph_session(self, seg: Segment) -> Mention | None:
        """The session a paragraph opens with (监管机构圆桌会议汇聚了...), which its later sentences
        go on talking about."""
        first = next((s for s in self.sentences if s.line == seg.line), seg)
        head = self.first_mention(first) if first is not seg else None
        if head is not None and head.label == "SESSION_TYPE":
            return head
        joined = self.joined_session(first) if first is not seg else None
        return joined or self.heading_session(seg)

    def joined_session(self, seg: Segment, before: int | None = None) -> Mention | None:
        """A session the sentence's people join (...代表出席了监管机构圆桌会议), not one in a list."""
        for m in self.mentions:
            if not (seg.start <= m.start < (before if before is not None else seg.end)):
                continue
            if m.label == "SESSION_TYPE" and self.lexicon.concepts.get(m.key, {}).get("series") is not False:
                lead = self.text[max(seg.start, m.start - 6):m.start]
                listed = self.text[m.end:m.end + 1] in ("、", *_READING.item_joiners)
                if any(v in lead for v in JOIN_VERBS) and not any(ch in lead for ch in "、,，") and not listed:
                    return m
        return None

    def block_title(self, seg: Segment) -> Mention | None:
        """The session or event named by the title over a block of labelled lines."""
        return _block_title(self, seg)

    def heading_session(self, seg: Segment) -> Mention | None:
        """A line that is nothing but a session name (部长圆桌会议) heads the lines below it,
        up to the next heading or the end of the block."""
        for prev in reversed([s for s in self.sentences if s.block == seg.block and s.start < seg.start]):
            inside = [m for m in self.mentions if prev.start <= m.start < prev.end]
            stripped = ENUMERATOR.sub("", self.text[prev.start:prev.end]).strip(" \t\r\n::。")
            if len(inside) == 1 and inside[0].label == "SESSION_TYPE" and inside[0].text == stripped:
                return inside[0]
        return None

    def block_mentions_before(self, seg: Segment, pos: int, labels: set[str]) -> list[Mention]:
        starts = [s.start for s in self.sentences if s.block == seg.block]
        start = min(starts) if starts else seg.start
        return [m for m in self.mentions if start <= m.start < pos and m.label in labels]


def _name_of(m: Mention) -> Any:
    return (m.key, m.value.get("year")) if m.key else m.value.get("name") or m.text


def _block_title(ctx: "DocumentContext", seg: Segment) -> Mention | None:
    """The title over a block of labelled lines (· 高级别政策对话：数字包容与连通性 / 时间：… /
    组织方：…): the session (or event) the fields speak of, named by its whole title."""
    lines, starts, labelled = ctx.lines, ctx.line_starts, _READING.labelled_line
    if not lines:
        return None
    row = bisect_right(starts, seg.start) - 1
    if not labelled.match(lines[row]):
        return None
    for i in range(row - 1, max(-1, row - 8), -1):
        line = lines[i].rstrip("\r\n")
        if not line.strip():
            # a session page: its title, one blank line, then the fields (日期：… 时间：…)
            above = lines[i - 1].rstrip("\r\n") if i > 0 else ""
            if above.strip() and not _is_field(ctx, starts[i - 1], above):
                title = _title_mention(ctx, starts[i - 1], above)
                return title if title is not None and title.label == "SESSION" else None
            return None
        if _is_field(ctx, starts[i], line):
            continue
        return _title_mention(ctx, starts[i], line)
    return None


def _untyped_session(ctx: "DocumentContext") -> str | None:
    """The session type (data/lexicon/session_types.json, `untyped`) of an item whose name says no kind."""
    return next((c["key"] for c in ctx.lexicon.concepts_in("session-type") if c.get("untyped")), None)


def _is_field(ctx: "DocumentContext", start: int, line: str) -> bool:
    """时间：…, 组织方：…: a labelled line that is not a title with a colon."""
    return bool(_READING.labelled_line.match(line)) and not _is_title(ctx, start, line)


def _is_title(ctx: "DocumentContext", start: int, line: str) -> bool:
    """`· 高级别政策对话：数字包容与连通性` has a colon too, but names a session before it."""
    head = line.split("：")[0].split(":")[0]
    return any(m.label in ("SESSION_TYPE", "EVENT") and start <= m.start < start + len(head) for m in ctx.mentions)


def _title_mention(ctx: "DocumentContext", start: int, line: str) -> Mention | None:
    if len(line.strip()) > 40 or line.rstrip().endswith("。"):
        return None
    inside = [m for m in ctx.mentions if start <= m.start and m.end <= start + len(line)]
    events = [m for m in inside if m.label == "EVENT"]
    kinds = [m for m in inside if m.label == "SESSION_TYPE"]
    if events and not kinds:
        return events[0]
    untyped = _untyped_session(ctx) if not kinds and _READING.list_item.match(line) else None
    if not kinds and untyped is None:
        return None  # a heading (会议信息) over the fields of the report's own event
    trimmed = ENUMERATOR.sub("", line.lstrip(_READING.title_marks)).strip(_READING.title_marks)
    if not trimmed:
        return None
    offset = start + line.index(trimmed)
    key = (offset, offset + len(trimmed))
    if key not in ctx.sessions:
        kind = kinds[0].key if kinds else untyped  # • 青年数字峰会: an item of the programme
        ctx.sessions[key] = Mention("SESSION", key[0], key[1], trimmed, None,
                                    {"type": kind, "name": trimmed, "organisers": []})
    return ctx.sessions[key]
