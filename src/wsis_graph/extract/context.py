"""What a clause leaves unsaid: which event `本次活动` is, which body a role belongs to.

A report is about one event (its main event: the first event named with its year); a role
with no context in its sentence belongs to the body last named in the same block (UNGIS,
before 副主席: ...), else to that event.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..model import Mention
from .lexicon import Lexicon
from .text import Segment


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

    def _find_main_event(self) -> Mention | None:
        events = [m for m in self.mentions if m.label == "EVENT"]
        dated = [m for m in events if m.value.get("year")]
        return (dated or events or [None])[0]

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
        """The sentence's topic: its first mention, when nothing but white space stands before it."""
        for m in self.mentions:
            if seg.start <= m.start < seg.end:
                return m if not self.text[seg.start:m.start].strip() else None
        return None

    def is_topic_position(self, seg: Segment, mention: Mention) -> bool:
        """A session the sentence is about stands before any list or clause break (部长圆桌会议由...)."""
        before = self.text[seg.start:mention.start]
        plain = before
        for m in self.mentions:
            if seg.start <= m.start and m.end <= mention.start:
                plain = plain.replace(m.text, "")
        return not any(mark in plain for mark in ("、", ",", ",", ":", ":", "包括", "如"))

    def paragraph_session(self, seg: Segment) -> Mention | None:
        """The session a paragraph opens with (监管机构圆桌会议汇聚了...), which its later sentences
        go on talking about."""
        first = next((s for s in self.sentences if s.line == seg.line), seg)
        if first is seg:
            return None
        head = self.first_mention(first)
        return head if head is not None and head.label == "SESSION_TYPE" else None

    def block_mentions_before(self, seg: Segment, pos: int, labels: set[str]) -> list[Mention]:
        starts = [s.start for s in self.sentences if s.block == seg.block]
        start = min(starts) if starts else seg.start
        return [m for m in self.mentions if start <= m.start < pos and m.label in labels]
