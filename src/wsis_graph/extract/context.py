"""What a clause leaves unsaid: which event `本次活动` is, which body a role belongs to.

A report is about one event (its main event: the first event named with its year); a role
with no context in its sentence belongs to the body last named in the same block (UNGIS,
before 副主席: ...), else to that event.
"""

from __future__ import annotations

import re
from functools import cache
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from itertools import accumulate, islice
from os.path import commonprefix
from typing import Any

from ..model import Mention
from .conventions import read_when_used
from .datelines import date_data, is_body
from .lexicon import Lexicon
from .mentions import gazetteer
from .names import ABBR_AFTER, CJK, ORDINAL, SESSION_ORDINAL, TITLE_LINE_MAX, name_data
from .numbers import holds_a_number, is_year, parse_number
from .programme import item_cells
from .session_page import (BRACKETS, CLOSING as _CLOSING, LATIN_AFTER, SessionPageReading, after_slot_time, chinese_gloss, closing_abbreviation,
                           has_cjk, past_label, title_words)
from .text import ENGLISH_IN_BRACKETS, Segment, opening_bracket


# Mentions that may stand before a sentence's topic (本次活动的..., 2025年..., 国际电联的...).
_FRAME_LABELS = {"ORG", "COUNTRY", "EVENT", "EVENT_REF", "DATE", "PLACE", "ROLE", "TOPIC", "TOPIC_KIND", "MEASURE"}
_LATIN_CHAR = re.compile(r"[A-Za-z0-9+]")  # a character of a Latin word or code (WSIS+20)
_ENGLISH_GLOSS_BEFORE = re.compile(r"[（(][A-Za-z][^（）()\u4e00-\u9fff\n]{1,78}[）)]$")  # a title's English name in brackets
_HEADER_LINES, _HEADER_LINE_CHARS = 6, 20  # a document's header over its title: a few short lines (symbol, date, language)
_TITLE_AGAIN_SHARE = 0.6  # the share of a title's character pairs a translation's rewording keeps
_READING = read_when_used()
_PASSIVE_MARKS = "被由"  # 被主持由X: the marks of a passive verb and its agent
ENUMERATOR = read_when_used("section_number")  # a pattern: .match and .sub
_OPENING_OF = {close: opening for opening, close in _CLOSING.items() if close != opening}
_FIELD_SENTENCE = re.compile(r"\s*[^\s，,。；;：:（(]{1,12}(?:\s*[（(][^）)\n]{1,30}[）)])?\s*[：:]")  # 组织者：…, 主持人（moderator）：…
_COUNTED_BEFORE = re.compile(SESSION_ORDINAL.pattern + "$")  # 第一场|小组讨论
# a translation sets a kind's title between commas (专题会议1，“农村青年和数字技能”，被举行…): the name is
# the kind and the title, as a programme writes it
_COMMA_BEFORE_TITLE = re.compile(r"[，,]\s*(?=[“「][^“”「」]+[”」]$)")
_TITLE_STOP = re.compile(r"[”」\"（(，,。；;！？!?\n|｜]")  # where a title after a kind and its number ends
_NUMBERED_AFTER = re.compile(r"(?P<n>[一二三四五六七八九十]{1,3}|\d{1,3})(?![\d一二三四五六七八九十：:\s])")  # 分论坛二共同…
_NUMBER_AFTER = re.compile(r"\s*(?P<n>[一二三四五六七八九十]{1,3}|\d{1,3})\s*[：:]\s*")  # 小组讨论|一：…
_NUMBER_AFTER_KIND = re.compile(r"[ \t]?(?:\d{1,2}|[一二三四五六七八九十]{1,2})$")  # 高级别政策会议2: mentions.json `number_in_name`
_QUOTE_OPENING_OF = {**_OPENING_OF, '"': '"'}  # "弥合数字鸿沟"专题会议: straight quotes close on themselves
_NAME_LABELS = {"ORG", "COUNTRY", "PLACE", "PERSON", "EVENT", "EVENT_REF"}  # names a joiner never links into a session name
_NOT_IN_A_TITLE = _NAME_LABELS | {"DATE", "TIME", "QUANTITY", "ROLE", "POST"}  # what a heading's words before its kind never hold


@cache
def _venue_before_held() -> re.Pattern:
    """在非洲厅举行: a place no lexicon knows between 在 and a verb of holding (reading.json `held_words`)."""
    verbs = "|".join(map(re.escape, _READING.held_words))
    return re.compile(rf"^(\s*(?:将|已)?\s*在)[\u4e00-\u9fff]{{1,10}}?(?={verbs})")


@dataclass
class DocumentContext(SessionPageReading):
    """The document's mentions and sentences, with look-ups the rules use."""

    text: str
    mentions: list[Mention]
    sentences: list[Segment]
    lexicon: Lexicon
    main_event: Mention | None = None
    sessions: dict[tuple[int, int], Mention] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.lines = self.text.splitlines(keepends=True)  # for block titles, cut once
        self.line_starts = list(accumulate((len(line) for line in self.lines[:-1]), initial=0))
        self.ending = {m.end: m for m in self.mentions}  # the mention that ends at an offset
        self.starts = [m.start for m in self.mentions]  # the mentions are in text order
        self.title_key: tuple[int, int] | None = None
        self.page_kind: str | None = None  # the kind of the session a session's page is about
        self.code_span: tuple[int, int] | None = None  # the line numbering the page's session (WS #87)
        self.banner_rows: list[int] = []  # lines of the event's banner over a session page's title
        self._kinds: tuple[str, ...] | None = None  # the words of session kinds the lexicon knows
        self._titles_asked: set[int] = set()  # kind words whose title elsewhere is being looked for
        self.main_event = self._page_session() or self._with_english_under(self._find_main_event())
        self.parent_event = self._parent_event() if self.title_key is not None else None
        if self.parent_event is not None:
            self._parent_references(self.parent_event)
        self.mentions = [self._antecedent(m) for m in self.mentions]
        self.ending = {m.end: m for m in self.mentions}
        self._items: dict[int, tuple[Mention, Mention] | None] = {}  # programme lines, by row
        self.referred: dict[tuple[int, int], Mention] = {}  # 该会议 -> the session kind it points back to
        self.mentions = [self._session_antecedent(m) for m in self.mentions]
        self.mentions = [self._main_event_by_kind(m) for m in self.mentions]
        self.ending = {m.end: m for m in self.mentions}
        self.starts = [m.start for m in self.mentions]

    def _find_main_event(self) -> Mention | None:
        # (下届…, 继…之后: other editions than the report's)
        events = [m for m in self.mentions if m.label == "EVENT" and not m.value.get("edition_kind")]
        # a review carried out over a year (the lexicon's `process`) is the report's event only when
        # the report names no meeting: 联合国大会完成…二十年审查 over the meeting the body reports
        meetings = [m for m in events if not self.lexicon.entries.get(m.key or "", {}).get("process")]
        events = meetings or events
        events = [m for m in events if not self._organ_session(m)] or events
        first_line = self._headline_end(events)
        # an edition says which one it is by its year, or in the headline by its ordinal (第十八届…年会)
        # (a year beside a one-off event, 2003年日内瓦阶段, says when it was, not which edition)
        dated = [m for m in events if m.value.get("year") and not self.lexicon.entries.get(m.key or "", {}).get("once")
                 or m.value.get("held")  # (…联席会议于10月17日举行)
                 or m.start < first_line and ORDINAL.search(m.text)]
        headline = [m for m in events if m.start < first_line]
        if not headline:
            titled = self._headline_title()
            if titled is not None:
                return titled
        if headline and headline[0] not in dated:
            # 信息社会世界峰会（WSIS）+10高级别活动 over a body that also names 2014年信息社会世界峰会论坛:
            # the headline's event, in its dated mention when the body gives one
            same = [m for m in dated if (m.key or _name_of(m)) == (headline[0].key or _name_of(headline[0]))]
            return (same or [self._named_in_full_below(headline[0], events, first_line)])[0]
        main = (dated or events or [None])[0]
        return self._named_in_full_below(main, events, first_line) if headline and main is headline[0] else main

    def _named_in_full_below(self, short: Mention, events: list[Mention], first_line: int) -> Mention:
        """联大高级别会议 in a headline, 联合国大会今天…召开…信息社会世界峰会成果落实情况三十周年审查高级别会议 in
        the lead: a headline's event no lexicon knows, whose name ends with the same event words as a
        longer one the lead names first, is that event, written short (its name becomes the longer one's,
        so that both are one event, the headline's words a name of it)."""
        if short.key is not None:
            return short
        below = [m for m in events if m.start >= first_line]
        paragraph = self.row_at(below[0].start) if below else None
        name = _name_of(short)
        for lead in (m for m in below if self.row_at(m.start) == paragraph and m.key is None):
            full = _name_of(lead)
            shared = len(commonprefix([name[::-1], full[::-1]])) if isinstance(full, str) and len(full) > len(name) else 0
            if shared >= _SHARED_TAIL_MIN and any(h in name[-shared:] for h in name_data().event_heads):
                short.value["name"] = full
                return lead
        return short

    def _with_english_under(self, m: Mention | None) -> Mention | None:
        """信息社会世界峰会…审查会议（2030年） / WSIS Regional Review Meeting for … 2030: an unknown
        event named alone on its line, its English name on the line right under it, is called so too."""
        if m is None or m.label != "EVENT" or m.key or m.value.get("en"):
            return m
        row = self.row_at(m.start)
        words = title_words(self.lines[row].rstrip("\r\n"))
        english = self.english_line_under(row)
        if english and _ENGLISH_EVENT.search(english) and (words == m.text or words.startswith(m.text)
                                                           and BRACKETS.fullmatch(words[len(m.text):].strip())):
            m.value["en"] = english
        return m

    def _headline_title(self) -> Mention | None:
        """联合国大会 的 高级别 会议 关于 … 成果 (WSIS+30) / High-level Meeting of the General Assembly
        on …: a text whose first line is a name, no sentence, with an event's head word in it
        (names.json `event_heads`) and its English name on a line right under it (a blank line
        between or not) is about the event that line names, though its words (a translation in
        English word order) are no name the tagger reads."""
        rows = list(islice((row for row, line in enumerate(self.lines) if line.strip() and is_body(line)), 3))
        if len(rows) == 3 and self._document_kind_line(rows[0]):
            rows = rows[1:]  # 主席的总结 / …会议为了拉丁美洲和加勒比 / （Regional Review Meeting …）: what the document is, first
        if len(rows) < 2 or rows[1] - rows[0] > 2:
            return None
        line = self.lines[rows[0]].rstrip("\r\n")
        words = line.strip()
        english = self.lines[rows[1]].strip().removeprefix("（").removesuffix("）").strip("()")
        if not _HEADLINE_NAME.fullmatch(words) or has_cjk(english) or not _ENGLISH_EVENT.search(english) \
                or not any(head in "".join(words.split()) for head in name_data().event_heads):
            return None
        start = self.line_starts[rows[0]] + line.index(words)
        inside = self._between(start, start + len(words))
        if any(m.label in ("PERSON", "DATE") for m in inside) or any(m.label == "EVENT" and m.end - m.start >= _NAMED_SHARE * len(words) for m in inside):
            return None  # (信息社会世界峰会（WSIS）成果的落实的区域审查会议为了…: names read inside the title are words of it)
        value: dict[str, Any] = {"name": words, "unknown": True, "year": None, "en": english}
        abbr = closing_abbreviation(words)
        if abbr is not None:
            value["abbr"] = abbr.group("abbr").strip()
        return Mention("EVENT", start, start + len(words), words, None, value)

    def _document_kind_line(self, row: int) -> bool:
        """主席的总结, 新闻稿: a short first line that says what the document is, over its title;
        no event's head word is in it."""
        words = self.lines[row].strip()
        return len(words) <= _DOCUMENT_KIND_MAX and not any(head in words for head in name_data().event_heads) \
            and not any(m.label in _NAME_LABELS for m in self._between(self.line_starts[row], self.line_starts[row] + len(self.lines[row])))

    def _organ_session(self, m: Mention) -> bool:
        """第九十届联合国大会: a standing body's numbered session (reading.json `organ_sessions`) is when
        a meeting is held; the meeting the text names is the report's event."""
        name = m.value.get("name", m.text)
        ordinal = ORDINAL.match(name)
        body = name[ordinal.end():] if ordinal else ""
        return body.endswith(_READING.organ_heads) and any(
            e.get("kind") == "body" and body in [e.get("zh"), *e.get("alt_zh", [])]
            for k, e in self.lexicon.entries.items() if k.startswith("org:"))

    def _headline_end(self, events: list[Mention]) -> int:
        """Where the headline ends: the first line of the text, or the first line naming an event
        under a document's header of short lines (WSIS/ARRM/2029/3 / 2029年10月17日 / 中文 / 原文：英文)
        or of a page's path (新闻中心新浪首页 > 新闻中心 > 综合 > 正文)."""
        filled = [(start, line) for start, line in zip(self.line_starts, self.lines) if line.strip()]
        if not filled:
            return 0
        for start, line in filled[:_HEADER_LINES + 1]:
            end = start + len(line.rstrip("\r\n"))
            if any(start <= m.start < end for m in events):
                return end
            crumbs = any(mark in line for mark in _READING.breadcrumb_marks)  # 新闻中心 > 综合 > 正文: a path
            if (len(line.strip()) > _HEADER_LINE_CHARS and not crumbs) or "。" in line:
                break
        return filled[0][0] + len(filled[0][1])

    def _antecedent(self, ref: Mention) -> Mention:
        """这次峰会, 该论坛: a pointing reference names the event of its kind last named in its
        paragraph (“连接一代”全球青年峰会已于6月1日举行。这次峰会由…举办), not always the report's."""
        pointing = self._pointing(ref)
        if pointing is None:
            return ref
        line_start, head = pointing
        before = [m for m in self.mentions if line_start <= m.start and m.end <= ref.start
                  and m.label == "EVENT" and _names_end_with(m, head)]
        if not before or self.identity(before[-1]) == "@main":
            return ref
        named = before[-1]
        # (the words pointing at it are no name of it: the name it was given stays its written name)
        return Mention("EVENT", ref.start, ref.end, ref.text, named.key, {**(named.value or {}), "written_as": named.text})

    def _pointing(self, ref: Mention, kinds: bool = False) -> tuple[int, str] | None:
        """Where the paragraph of a pointing reference (这次峰会, 该会议) starts, and the kind word
        it points with; with `kinds`, a session's kind word after a pointing word too (该研讨会,
        该典礼); None for any other mention."""
        words = _READING.pointing_words
        if not (ref.label == "EVENT_REF" and ref.text.startswith(words)
                or kinds and ref.label == "SESSION_TYPE" and self.text.endswith(words, 0, ref.start)):
            return None
        return self.text.rfind("\n", 0, ref.start) + 1, ref.text[-2:]

    def _session_antecedent(self, ref: Mention) -> Mention:
        """据悉，9日将举行“高级别小组会议：…”。该会议由A组织: a pointing reference whose word
        ends the kind of a session named later in its paragraph than any event speaks of that
        session, when the session is titled (in quotes or by its words) or opens its sentence.
        The reference becomes a kind word of that session (`referred` keeps which one)."""
        pointing = self._pointing(ref, kinds=True)
        if pointing is None:
            return ref
        line_start, head = pointing
        if not ENUMERATOR.sub("", self.text[line_start:ref.start]).strip():
            # 6. "…"专题会议在三号会议室举行。 / 7. 该会议由X组织: opening its paragraph, the reference
            # points back into the paragraph before
            line_start = self._paragraph_before(line_start)
        before = self.mentions[bisect_left(self.starts, line_start):bisect_left(self.starts, ref.start)]
        last = next((m for m in reversed(before) if m.label in ("EVENT", "EVENT_REF", "SESSION_TYPE")
                     and not (m.label == "EVENT" and self.inside_a_title(m))), None)  # (对话“非洲青年数字论坛”: a word of its title)
        if last is None or last.label != "SESSION_TYPE" or not (
                last.text.endswith(head) or last.key in (ref.key, _untyped_session(self))):
            return ref  # (会议举行了“…”。该对话由X主持: a title of no kind the pointing word's kind speaks of)
        seg = self.sentence_of(last.start)
        if self.session_for(last) is last and self.first_mention(seg) is not last \
                and not self._opens_sentence(seg, self.session_phrase_start(last)):
            return ref  # a kind word in passing (…等会议): not one session to point back to (该论坛的部长级圆桌会议 opens its sentence)
        self.referred[(ref.start, ref.end)] = last
        return Mention("SESSION_TYPE", ref.start, ref.end, ref.text, last.key, dict(last.value or {}))

    def row_at(self, pos: int) -> int:
        """The line `pos` stands on."""
        return bisect_right(self.line_starts, pos) - 1

    def _paragraph_before(self, line_start: int) -> int:
        """Where the last non-empty line before the one starting at `line_start` starts (itself at the top)."""
        row = self.row_at(line_start)
        for prev in range(row - 1, -1, -1):
            if self.lines[prev].strip():
                return self.line_starts[prev]
        return line_start

    def _main_event_by_kind(self, m: Mention) -> Mention:
        """第九届全球监管机构专题研讨会 … 研讨会被主持由X: a kind word standing alone (no words naming
        a session before it, no number counting it) that ends the report's own event's name speaks
        of that event, not of a session of its kind."""
        main = self.main_event
        if m.label != "SESSION_TYPE" or main is None or main.label != "EVENT" or (m.start, m.end) in self.referred \
                or not _names_end_with(main, m.text) or main.start <= m.start < main.end:
            return m
        before, counting = self.text[max(0, m.start - 1):m.start], self.text[max(0, m.start - 2):max(0, m.start - 1)]
        modifier = _READING.session_modifier
        if before and (before.isdigit() or before in modifier["classifiers"]
                       and (counting.isdigit() or counting in modifier["numerals"])) \
                or self.session_phrase_start(m) != m.start:
            return m  # 第三场研讨会, 两次对话: a number counts sessions (这次对话 points, it does not count)
        return Mention("EVENT_REF", m.start, m.end, m.text, None, {})

    def identity(self, m: Any) -> Any:
        """What a mention names, whatever words name it: its lexicon entry (with the year of an
        edition) or its name; the report's own event is one thing (`@main`) however it is named."""
        if not isinstance(m, Mention):
            return m
        if m.label in ("MAIN", "EVENT_REF"):
            return "@main"
        name = _name_of(m)
        if self.main_event is None or name != _name_of(self.main_event):
            return name
        if not m.key and m.label == "EVENT" and m.value.get("year") not in (None, self.main_event.value.get("year")):
            return (name, m.value["year"])  # 去年，2027年…区域论坛在阿克拉举行: another edition of the report's event
        return "@main"

    def main_arg(self) -> Mention | None:
        """The report's event as a fact argument: a MAIN mention, which adds no evidence span
        because the clause did not name it."""
        m = self.main_event
        return Mention("MAIN", m.start, m.end, m.text, m.key, m.value) if m else None

    def sentence_of(self, pos: int) -> Segment:
        """The sentence at `pos`; between two (a line break a block rule's match opens with), the
        one that follows it."""
        for seg in self.sentences:
            if pos < seg.end:
                return seg
        return self.sentences[-1]

    def in_sentence(self, seg: Segment, labels: set[str]) -> list[Mention]:
        return [m for m in self.mentions if seg.start <= m.start < seg.end and m.label in labels]

    def event_in_sentence(self, seg: Segment, near: int) -> Mention | None:
        """The event the sentence names (an edition or 本次活动): its subject when it opens the
        sentence (本次活动作为WSIS论坛2014的扩展版本举行，由…组织), else the one nearest to `near`."""
        found = [m for m in self.in_sentence(seg, {"EVENT", "EVENT_REF"})
                 if not self.titles_a_person(m) and not (m.label == "EVENT" and self.inside_a_title(m))
                 and not self.modifies_a_later_event(m) and not self.owns_outcomes(m)]
        own = self._page_kind_pointed(seg)
        if own is not None and own.start < near:
            return own  # 本研讨会是X论坛的专题研讨会之一，由A主办: the page's own session, the sentence's subject
        subject = self.first_mention(seg)
        if subject is not None and subject in found and subject.start < near:
            return subject
        return min(found, key=lambda m: abs(m.start - near)) if found else None

    def owns_outcomes(self, m: Mention) -> bool:
        """在实施信息社会世界峰会（WSIS）成果之中: an event named as the owner of its outcomes, its action
        lines or its vision (reading.json `outcomes_of_an_event`) is no event the clause tells of."""
        after = ABBR_AFTER.match(self.text, m.end)
        return self.text.startswith(_READING.outcomes_words, after.end() if after else m.end)

    def _page_kind_pointed(self, seg: Segment) -> Mention | None:
        """本研讨会, 本场会议 opening a sentence of a session's page whose session is of that kind: the
        page's own session (as the report's event), pointed at (names.json `event_references`)."""
        kind = next((m for m in self.mentions if seg.start <= m.start < seg.end), None)
        if kind is None or not self.of_the_page_kind(kind):
            return None
        lead = self.text[seg.start:kind.start].strip()
        if lead.removesuffix("场") not in name_data().self_words:  # 本研讨会, 本场研讨会
            return None
        return Mention("EVENT_REF", kind.start - len(lead), kind.end, self.text[kind.start - len(lead):kind.end],
                       "event:@main", {})

    def of_the_page_kind(self, kind: Mention) -> bool:
        """A session kind on a session's own page that is the page's session's kind (研讨会 on a
        workshop's page): where nothing names another session, it speaks of the page's session."""
        return self.title_key is not None and self.main_event is not None and kind.label == "SESSION_TYPE" \
            and kind.key == self.page_kind

    def modifies_a_later_event(self, m: Mention) -> bool:
        """旨在推动落实信息社会世界峰会（WSIS）成果的“赤道数字信任对话”（EDTD）高级别会议: an event
        named in a clause ending in 的 before another event, or the first words of a name that goes
        on (“赤道数字信任对话”（EDTD）|高级别会议), describes the later one: a clause's verb speaks
        of that one."""
        if m.label != "EVENT":
            return False
        i = bisect_left(self.starts, m.end)
        later = next((n for n in self.mentions[i:i + 12] if n.label in ("EVENT", "EVENT_REF")), None)
        if later is None:
            return False
        between = self.text[m.end:later.start]
        if any(c in between for c in "，,。；;：:！？!?\n") or len(between) > 40:
            return False
        return between.rstrip("“「\" ").endswith("的") or not BRACKETS.sub("", between).strip("“”「」\" ")

    def titles_a_person(self, m: Mention) -> bool:
        """联合国大会第八十届会议主席安娜莱娜·贝尔伯克: an event named in a person's office is
        where the office is held, not what the sentence speaks of."""
        i = bisect_left(self.starts, m.end)
        after = self.mentions[i:i + 2]
        if not (len(after) == 2 and after[0].label in ("ROLE", "POST") and after[1].label == "PERSON"
                and after[0].start - m.end <= 1 and after[1].start - after[0].end <= 1):
            return False
        # (该会议被主持由X: a translation's passive, the role a verb after 被 and its agent after 由; the
        # meeting pointed at is what the verb speaks of)
        between = self.text[m.end:after[0].start] + self.text[after[0].end:after[1].start]
        return not (m.text.startswith(_READING.pointing_words) and any(ch in _PASSIVE_MARKS for ch in between))

    def body_before(self, seg: Segment, pos: int) -> Mention | None:
        """The last organisation of kind `body` named in this block before `pos`; none for a sentence
        that opens with an event's word (会议由大会主席X主持: the meeting, not the assembly)."""
        if self.text[seg.start:seg.end].lstrip().startswith(_READING.event_words):
            return None
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
                if any(v in lead for v in _READING.join_verbs) and not any(ch in lead for ch in "、,，") and not listed:
                    return m
        return None

    def block_title(self, seg: Segment) -> Mention | None:
        """The session or event named by the title over a block of labelled lines."""
        return _block_title(self, seg)

    def part_of_the_page_session(self, m: Any) -> bool:
        """14:45–15:15 小组讨论 / 主持人：X on the page of one session: a slot of its agenda named by
        its kind alone is a part of the page's session, no session of its own."""
        if not isinstance(m, Mention) or m.label != "SESSION" or self.title_key is None or self.page_holds_sessions():
            return False
        kind_alone = any(k.label == "SESSION_TYPE" and (k.start, k.end) == (m.start, m.end) for k in self.mentions)
        return kind_alone and after_slot_time(self.lines[self.row_at(m.start)].rstrip("\r\n")) is not None

    def heading_session(self, seg: Segment) -> Mention | None:
        """A line that is nothing but a session name (部长圆桌会议) heads the lines below it,
        up to the next heading or the end of the block."""
        for prev in reversed([s for s in self.sentences if s.block == seg.block and s.start < seg.start]):
            inside = [m for m in self.mentions if prev.start <= m.start < prev.end]
            stripped = ENUMERATOR.sub("", self.text[prev.start:prev.end]).strip(" \t\r\n::。")
            if len(inside) == 1 and inside[0].label == "SESSION_TYPE" and inside[0].text == stripped:
                return inside[0]
        return None

    # --- the session a sentence speaks of -------------------------------------------------

    def about(self, seg: Segment, at: int) -> Mention | None:
        """The session a clause with no event of its own speaks of: the one its sentence opens
        with (部长级圆桌会议于27日举行，由…主持), else the one its paragraph opened with, else the
        one the heading over its section names (三、部长级圆桌会议：数字公共基础设施); None when
        it speaks of the report's event."""
        found = self.sentence_topic(seg, at)
        if found is None:
            return self.carried_session(seg, at)
        if self.kind_named_at(found[0], at):
            return found[0]
        carried = self.carried_session(seg, at)  # 在开幕全体会议上，X当选为大会主席: the conference's chair
        return carried if carried is not found[0] else None

    def kind_named_at(self, session: Mention, at: int) -> bool:
        """Whether the event word right before `at` (大会 of 大会主席), if any, is the session's own
        kind word (会议主席 in a 部长级圆桌会议): an office of the session, not of another event."""
        word = self._event_word_before(at)
        return word is None or _names_end_with(session, word)

    def carried_session(self, seg: Segment, at: int) -> Mention | None:
        """The session of the sentence's paragraph or section, unless the words right before `at`
        name the event itself (当选大会主席: the chair of the conference, not of its session)."""
        opening = self._event_word_opening(seg)
        if opening is not None:  # 活动在…框架下，由国际电联牵头: the sentence's subject is the report's event
            section = self.section_session(seg) if opening in _READING.session_words else None
            return section if section is not None and section.label == "SESSION" else None
        word = self._event_word_before(at)
        if word is not None:
            event = self.paragraph_event(seg)  # 论坛由国际电联主办 after 2023年…论坛于…举行: that forum
            if event is None or not _names_end_with(event, word):
                event = self.pronoun_antecedent(seg)  # …部长级论坛将于28日举行。论坛由X主持
            if event is not None and _names_end_with(event, word):
                return event
            topic = self.paragraph_topic(seg)  # 青年论坛“数据由谁掌控？”在港湾厅举行…。论坛由X组织: that forum
            if topic is not None and topic.label == "SESSION" and self._kind_ends_with(topic, word):
                return topic
            section = self.section_session(seg) if word in _READING.session_words else None
            # (on a session's own page, its title line is the page's session, the report's event)
            return section if section is not None and (section.label == "SESSION" or section is self.main_event) else None
        return (self.pronoun_antecedent(seg) or self.titled_just_before(seg) or self.paragraph_topic(seg)
                or self.paragraph_event(seg) or self.section_session(seg) or self.told_over_paragraphs(seg))

    def told_over_paragraphs(self, seg: Segment) -> Mention | None:
        """…开幕全体会议在主会议厅举行…主持。 / X在主旨发言中指出…: a paragraph that names no event
        goes on about the titled session an earlier paragraph of its section opened with (a news
        report tells one session over several paragraphs), unless a paragraph between them (or it,
        up to the sentence) names an event; a heading ends the section."""
        paragraph = self._between(self.line_starts[seg.line], seg.end)  # (what a later sentence names says nothing of this one)
        if any(m.label in ("EVENT", "EVENT_REF", "SESSION_TYPE") for m in paragraph) or "。" not in self.lines[seg.line]:
            return None  # (会议主席：X under 11:25 高级别小组讨论: a field, no paragraph of a report)
        for row in range(seg.line - 1, -1, -1):
            line = self.lines[row].rstrip("\r\n")
            if not line.strip():
                continue
            if self._is_heading(row, line) or "。" not in line:
                return None
            first = next((s for s in self.sentences if s.line == row), None)
            found = self.sentence_topic(first, first.end) if first is not None else None
            if found is not None:
                return found[0] if found[0].label in ("SESSION", "SESSION_TYPE") else None
            inside = self._between(self.line_starts[row], self.line_starts[row] + len(line))
            if any(m.label in ("EVENT", "EVENT_REF", "SESSION_TYPE") for m in inside):
                return None
        return None

    def _kind_ends_with(self, session: Mention, word: str) -> bool:
        """Whether a session's kind word, as its name writes it, ends with `word` (青年论坛 with 论坛;
        高级别政策会议2 with 会议: the number a kind's mention takes in is no part of the word)."""
        return _names_end_with(session, word) or any(
            m.label == "SESSION_TYPE" and _NUMBER_AFTER_KIND.sub("", m.text).endswith(word)
            for m in self._between(session.start, session.end))

    def _event_word_opening(self, seg: Segment) -> str | None:
        """The event word (活动, 论坛) a sentence opens with as its subject, alone, when it ends the
        name of the report's event (2029年…颁奖典礼及获奖项目展示活动 … 活动在…框架下，由…牵头)."""
        main = self.main_event
        start = seg.start + len(self.text[seg.start:seg.end]) - len(self.text[seg.start:seg.end].lstrip())
        word = next((w for w in _READING.event_words if self.text.startswith(w, start)), None)
        if word is None or main is None or main.label != "EVENT" or not _names_end_with(main, word) \
                or self.text[start + len(word):start + len(word) + 1] not in _READING.event_subject_after:
            return None
        i = bisect_right(self.starts, start)  # (mentions do not overlap: only the last one starting here may cover it)
        return None if i and self.mentions[i - 1].end > start else word

    def titled_just_before(self, seg: Segment) -> Mention | None:
        """由A组织的“最后一公里的连接”吸引了众多与会者。该协会执行主任X担任主持: a sentence that names
        no event goes on about the titled session the sentence right before it (in its paragraph) named."""
        i = self.sentences.index(seg) if seg in self.sentences else 0
        while i > 0:
            before = self.sentences[i - 1]
            if before.line != seg.line:
                return None
            for m in reversed(self.in_sentence(before, {"SESSION_TYPE"})):
                session = self.session_for(m)
                if session.label == "SESSION" or self._quoted(session):
                    return session
            if not _FIELD_SENTENCE.match(self.text, before.start):
                return None
            i -= 1  # ：研讨会 2 — …。组织者：A；共同组织者：B。主持人：X: the fields of one item's line
        return None

    def _quoted(self, m: Mention) -> bool:
        """“最后一公里的连接”: a session named by its title in quotation marks alone."""
        return 0 < m.start and m.end < len(self.text) and self.text[m.start - 1] in _CLOSING \
            and self.text[m.end] == _CLOSING[self.text[m.start - 1]]

    def pronoun_antecedent(self, seg: Segment) -> Mention | None:
        """…被举行了部长级圆桌会议：数字合作。其被主持由X: a sentence that opens with a pronoun
        speaks of the titled session (else the other event) the sentence before it named last,
        in the same paragraph. A sentence that opens with a kind's head noun alone (…部长级论坛将于28日
        举行。论坛由X主持) speaks of the one so named, unless the report's event ends with it too."""
        opening = self.text[seg.start:seg.end].lstrip()
        head = next((w for w in _READING.event_words if opening.startswith(w)), None)
        if head is not None and (self.main_event is None or _names_end_with(self.main_event, head)):
            head = None
        if not opening.startswith(_READING.pronouns) and head is None:
            return None
        i = self.sentences.index(seg) if seg in self.sentences else 0
        prev = self.sentences[i - 1] if i > 0 else None
        if prev is None or prev.line != seg.line:
            return None
        for m in reversed(self.in_sentence(prev, {"SESSION_TYPE", "EVENT"})):
            if m.label == "EVENT" and not self.titles_a_person(m) and self.identity(m) != "@main" \
                    and not self.inside_a_title(m) and (head is None or _names_end_with(m, head)):
                return m
            if m.label == "SESSION_TYPE":
                session = self.session_for(m)
                if session is not m and (head is None or _names_end_with(session, head)):
                    return session
        return None

    def names_what_before(self, at: int) -> bool:
        """Whether words right before `at` name an event or a session (圆桌会议主席, 大会主席): an
        office written after them is that one's, not a bare title."""
        named = self.ending.get(at)
        return named is not None and named.label in ("EVENT", "EVENT_REF", "SESSION", "SESSION_TYPE") \
            or self._event_word_before(at) is not None

    def _event_word_before(self, at: int) -> str | None:
        """The word naming an event by its kind alone (大会, 论坛) that ends right at `at`, unless it
        ends a name (信息社会世界峰会论坛)."""
        if self.ending.get(at) is not None:
            return None
        return next((w for w in _READING.event_words if self.text.endswith(w, 0, at)), None)

    def paragraph_event(self, seg: Segment) -> Mention | None:
        """2023年信息社会世界峰会论坛于3月13日至17日举行。论坛由国际电联主办: the event another than
        the report's own that the paragraph opens with is what its later sentences speak of."""
        first = next((s for s in self.sentences if s.line == seg.line), seg)
        head = self.first_mention(first) if first is not seg else None
        if head is None or head.label != "EVENT" or self.titles_a_person(head) or self.identity(head) == "@main":
            return self._held_first(first) if first is not seg else None
        return head

    def _held_first(self, first: Segment) -> Mention | None:
        """作为大会的前奏，青年数字峰会已于…举行: the one other event the paragraph's first sentence
        reports held, whatever words come before it."""
        events = [m for m in self.in_sentence(first, {"EVENT"})
                  if not self.titles_a_person(m) and self.identity(m) != "@main"]
        if len(events) != 1:
            return None
        rest = self.text[events[0].end:first.end]
        return events[0] if any(w in rest for w in _READING.held_words) else None

    def sentence_topic(self, seg: Segment, at: int) -> tuple[Mention, int] | None:
        """The session the sentence opens with, before `at`, and where its words end. A clause
        that opens with a session of its own speaks of that one (主席主持开幕会议；第一工作会议由
        副主席X主持，第三工作会议由副主席Y主持: Y's session is the one Y's clause opens with)."""
        for breaks in ("，,；;", "；;"):
            clause = max(self.text.rfind(ch, seg.start, at) for ch in breaks) + 1
            if clause > seg.start and any(m.label == "SESSION_TYPE" for m in self._between(clause, at)):
                topic = self._topic_from(Segment(clause, seg.end, seg.block, seg.line), at)
                if topic is not None:
                    return topic
        return self._topic_from(seg, at)

    def _topic_from(self, seg: Segment, at: int) -> tuple[Mention, int] | None:
        kinds = [m for m in self._between(seg.start, at) if m.label == "SESSION_TYPE"]
        if not kinds:
            return None
        first = kinds[0]
        for later in kinds[1:]:  # WSIS奖2018颁奖典礼: a later kind word whose phrase takes in the first is its head
            if self.session_phrase_start(later) > first.start:
                break
            first = later
        first = self._kind_before_its_quoted_title(first) or first  # 部长级圆桌会议“…”被召开: the kind's session
        if (first.start, first.end) in self.referred:  # 该会议 pointing back to a session named before
            return self.session_for(first), first.end
        counted = self._counted_elsewhere(first)
        if counted is not None:  # 第一场小组讨论，被组织由…: the one titled 小组讨论一：…
            return counted, first.end
        pointed = self._section_pointed_at(first)
        if pointed is not None:  # 本讲习班 under its section's title
            return pointed, first.end
        start = self.session_phrase_start(first)
        quoted = self._quoted_title(first, start)
        titled = quoted or self._kind_titled(first, start) or self._title_before(first, start)
        if quoted is not None:  # (its quotes move where the words start)
            start = quoted[0] - 1
        elif titled is not None and titled[0] < start:  # “弥合数字鸿沟”小组讨论
            start = titled[0]
        end = quoted[1] + 1 if quoted is not None else titled[1] if titled is not None else first.end
        if self.text.startswith(_READING.time_clause_after, end):
            return None  # 高级别政策会议结束后，…举行后续互动环节: the session is when, not what
        if not self._opens_sentence(seg, start) and not self._passive_subject(seg, start, end) \
                and not self._held_subject(seg, start, end) and not self._held_object(seg, start) \
                and not self._said_of_by_it(seg, start, end):
            return None
        if titled is not None:  # “部长级圆桌会议：普遍而有意义的连接”将于6月7日举行: its title in quotes
            return self._session_titled(first, *titled), titled[1]
        return self._session_named(seg, first, start), first.end

    def pronoun_subject(self, seg: Segment, at: int) -> tuple[Mention, int] | None:
        """…组织了一个研讨会关于数字公共基础设施，它被主持由X (a translation's "it was …"): a clause
        that opens with 它 or 其 before `at` speaks of the session the sentence named first."""
        clause = max(self.text.rfind(ch, seg.start, at) for ch in "，,；;") + 1
        if clause <= seg.start or not self.text[clause:at].lstrip().startswith(_READING.clause_pronouns):
            return None
        kinds = [m for m in self._between(seg.start, clause) if m.label == "SESSION_TYPE"]
        if not kinds:
            return None
        session = self.session_for(kinds[0])  # (the sentence's subject, 开幕式及高级别政策会议1：… with all its words)
        return session, session.end

    def session_for(self, m: Mention) -> Mention:
        """The session a kind word names where it stands: by its title in quotes, by the words
        before it, by the heading over its section when that titles a session of its kind, else
        the kind word itself (to be told apart by who runs it)."""
        if (m.start, m.end) in self.referred:
            return self.session_for(self.referred[(m.start, m.end)])
        pointed = self._section_pointed_at(m)
        if pointed is not None:
            return pointed
        kind = self._kind_before_its_quoted_title(m)
        if kind is not None:
            return self.session_for(kind)
        if self._the_page_s_own(m) or self._describes_the_event(m):
            return self.main_event
        described = self._format_of(m) or self.inside_a_title(m) or self._numbered_elsewhere(m) \
            or self._counted_elsewhere(m) or self._titled_under_its_heading(m)
        if described is not None:
            return described
        start = self.session_phrase_start(m)
        titled = self._written_title(m, start)
        if titled is not None:
            return self._session_titled(m, *titled)
        return self._session_named(self.sentence_of(m.start), m, start)

    def _kind_before_its_quoted_title(self, m: Mention) -> Mention | None:
        """部长级圆桌会议“人工智能促进可持续发展目标”被召开: words in quotes right after a kind word
        are the title of that kind's session, not a second session named by the quotes alone."""
        if m.label != "SESSION_TYPE" or m.key != _untyped_session(self) or self.text[m.start - 1:m.start] not in _CLOSING:
            return None
        kind = self.ending.get(m.start - 1)
        return kind if kind is not None and kind.label == "SESSION_TYPE" and kind.key != m.key else None

    def _describes_the_event(self, m: Mention) -> bool:
        """…被举行在日内瓦，作为一个会外活动在…期间 / 这个会外活动被组织由…: a kind word saying what the
        report's event is (after 作为, reading.json `as_words`), or pointed at (这个, 该) when no
        session of its kind was named before it, is the report's event itself."""
        if self.main_event is None or m.label != "SESSION_TYPE":
            return False
        before = self.text[max(0, m.start - 4):m.start].rstrip()
        if before.endswith(_READING.as_words):
            first = self.first_mention(self.sentence_of(m.start))
            return first is not None and first is not m and (
                first.label in ("EVENT", "EVENT_REF") and self.identity(first) == "@main"
                or first.label == "SESSION_TYPE" and self._the_page_s_own(first))
        if not before.endswith(_READING.pointing_words) or (m.start, m.end) in self.referred:
            return False
        return not any(o.label == "SESSION_TYPE" and o.key == m.key for o in self._between(0, m.start))

    def _titled_under_its_heading(self, m: Mention) -> Mention | None:
        """二、开幕会议 / 7. 开幕会议以“…”为题，于…举行: a heading that is nothing but a kind word
        speaks of the session the first paragraph under it opens with, titled, of that kind."""
        row = self.row_at(m.start)
        line = self.lines[row].rstrip("\r\n")
        if ENUMERATOR.sub("", line).strip(" \t：:") != m.text:
            return None
        below = next((r for r in range(row + 1, min(row + 4, len(self.lines))) if self.lines[r].strip()), None)
        if below is None or self._is_heading(below, self.lines[below].rstrip("\r\n")):
            return None
        first = next((s for s in self.sentences if s.line == below), None)
        topic = self.sentence_topic(first, first.end) if first is not None else None
        if topic is None or topic[0].label != "SESSION" or topic[0].value.get("type") != m.key:
            return None
        return topic[0]

    def _format_of(self, m: Mention) -> Mention | None:
        """会议三：电子政务，以圆桌会议的形式举行: a kind word that gives the format of the session
        its sentence opens with is that session (and so is 圆桌会议 speaking of it later)."""
        if not (_READING.format_before.search(self.text, max(0, m.start - 4), m.start)
                and _READING.format_after.match(self.text, m.end)):
            return None
        first = self.first_mention(self.sentence_of(m.start))
        if first is None or first is m or first.label != "SESSION_TYPE" or first.start >= m.start:
            return None
        session = self.session_for(first)
        return session if session is not first and session.label == "SESSION" else None

    def inside_a_title(self, m: Mention) -> Mention | None:
        """会话3：社区电信中心与本地内容研讨会: a kind word inside the title written after another
        kind word of its sentence is a word of that session's name, not a session of its own; so
        is an event's name (研讨会“非洲数字峰会2030：青年与创新”被…组织)."""
        seg = self.sentence_of(m.start)
        for kind in reversed(self._between(seg.start, m.start)):
            if kind.label != "SESSION_TYPE" or kind.end > m.start:
                continue
            titled = self._kind_titled(kind, self.session_phrase_start(kind))
            if titled is not None and titled[0] <= m.start and m.end <= titled[1]:
                return self._session_titled(kind, *titled)
        return None

    def _numbered_elsewhere(self, m: Mention) -> Mention | None:
        """泛非社区电信中心网络共同组织了会话3 … 会话3：社区电信中心与本地内容: a numbered kind word
        with no title of its own speaks of the one session the same words title elsewhere."""
        if not holds_a_number(m.text) \
                or self._written_title(m, self.session_phrase_start(m)) is not None:
            return None
        titled = {}
        for other in self.mentions:
            if other is not m and other.label == "SESSION_TYPE" and other.text == m.text:
                span = self._kind_titled(other, other.start)
                if span is not None:
                    titled.setdefault(self.text[span[0]:span[1]], (other, span))
        if len(titled) != 1:
            return None
        ((other, span),) = titled.values()
        return self._session_titled(other, *span)

    def _counted_elsewhere(self, m: Mention) -> Mention | None:
        """第一场小组讨论 … 其完整标题是“小组讨论一：面向青年的数字技能框架”: the Nth session of a kind,
        counted in running text (or numbered after its kind, 分论坛二共同主持人), is the one the same
        kind and number title elsewhere."""
        counted = _COUNTED_BEFORE.search(self.text, max(0, m.start - 6), m.start) \
            or _NUMBERED_AFTER.match(self.text, m.end)  # 分论坛二共同主持人: its number after it, no title
        if counted is None or self._written_title(m, m.start) is not None:
            return None
        n = 1 if counted.group("n") is None else parse_number(counted.group("n"))
        for other in self.mentions:
            numbered = _NUMBER_AFTER.match(self.text, other.end) if other is not m and other.label == "SESSION_TYPE" \
                and other.key == m.key else None
            if numbered is not None and parse_number(numbered.group("n")) == n:
                end = self._title_end(numbered.end())
                if end - numbered.end() >= 2:
                    return self._session_titled(other, other.start, end)
        return None

    def _title_end(self, start: int) -> int:
        """Where a title written after a kind, its number and a colon ends: at its closing quote,
        its bracket or the end of its clause."""
        found = _TITLE_STOP.search(self.text, start)
        return found.start() if found else len(self.text)

    def _the_page_s_own(self, m: Mention) -> bool:
        """本场高级别对话 on the page of 高级别对话：弥合…, 本工作坊 under WS #213: a session's own
        page speaks of that session when it points at a session."""
        return self.title_key is not None and (self.text.endswith(_READING.this_words, 0, m.start)
                                               or self._names_the_page_again(m))

    def _names_the_page_again(self, m: Mention) -> bool:
        """高级别对话：WSIS+20之后的数字合作 (the page's title) … 高级别对话关于WSIS+20之后的数字合作被举行在…:
        a kind word of the page's session's kind whose words after it share most of the title's
        (a translation words the title again its own way) is the page's session."""
        if self.page_kind != m.key or not self.title_key or m.start < self.title_key[1]:
            return False
        title = BRACKETS.sub("", self.text[self.title_key[0]:self.title_key[1]])
        phrase = re.split(r"[被由，,。；;\n]", self.text[m.end:m.end + len(title) + 10], maxsplit=1)[0]
        pairs = lambda t: {t[i:i + 2] for i in range(len(t) - 1) if CJK.match(t[i]) or t[i].isalnum()}  # noqa: E731
        shared = pairs(title[len(m.text):]) if title.startswith(m.text) else pairs(title)
        return len(shared) >= 4 and len(pairs(phrase) & shared) >= _TITLE_AGAIN_SHARE * len(shared)

    def _section_pointed_at(self, m: Mention) -> Mention | None:
        """11:00–12:30 ｜ 讲习班 / Coding for Inclusion（编程促包容…） / 本讲习班在…举行: a kind word
        after a word pointing at this one (本, 本场) speaks of the session its section's heading
        titles when the heading (or the slot's time line over it) names a session of that kind, unless
        the page is about one session (and not about a track day holding sessions)."""
        if not self.text.endswith(_READING.this_words, 0, m.start) \
                or self.title_key is not None and not self.page_holds_sessions():
            return None  # (本场高级别对话 on the page of one 高级别对话: the page's session)
        section = self.section_session(self.sentence_of(m.start))
        if section is None or section.label != "SESSION":
            return None
        row = self.row_at(section.start)
        heading = self._between(self.line_starts[row - 1] if self._time_line(row - 1) else self.line_starts[row],
                                self.line_starts[row] + len(self.lines[row]))
        return section if any(k.label == "SESSION_TYPE" and k.key == m.key for k in heading) else None

    def made_session(self, m: Mention) -> Mention:
        """The specific session already made of a kind word (its span, or a title around it)."""
        exact = self.sessions.get((m.start, m.end))
        if exact is not None:
            return exact
        return next((s for (a, b), s in sorted(self.sessions.items()) if a <= m.start and m.end <= b), m)

    def _quoted_title(self, m: Mention, start: int) -> tuple[int, int] | None:
        """The quotation marks around a session's kind and the words after it (“高级别对话：…”)."""
        if self.text[start - 1:start] not in _CLOSING:
            return None
        return self._closed(start, m.end, _CLOSING[self.text[start - 1]])

    def _written_title(self, m: Mention, start: int) -> tuple[int, int] | None:
        """The span of the name a session's kind is written with, if a title goes with it: in
        quotes around the kind (“高级别对话：…”), else after the kind (高级别对话：…，由…), else
        in quotes right before it (“弥合数字鸿沟”小组讨论)."""
        if start == m.start and self.text.endswith(_READING.pointing_words, 0, m.start):
            return None  # 这次对话“既是一次回顾…”: a session named before, then words quoted after it
        return self._quoted_title(m, start) or self._kind_titled(m, start) or self._title_before(m, start)

    def _title_before(self, m: Mention, start: int) -> tuple[int, int] | None:
        """“弥合数字鸿沟与落实2030年议程”小组讨论: the words in quotes right before a kind word
        title that session; the span runs from the opening quote to the kind's end."""
        if m.value.get("titled"):
            return m.start, m.end  # …（UTC+03:00），数字身份与信任被举行: the words the tagger took for a title
        named = _READING.kind_named_before.search(self.text, max(0, start - 60), start)
        if named is not None and start == m.start and m.text in _READING.session_words:
            return named.span("title")  # 题为“连接下一个十亿人”的会议: a meeting's title is its whole name
        if named is not None:  # 题为“WSIS行动方面与可持续发展目标的对应”的会外活动, 关于“…”的互动对话
            return named.start("title") - 1, m.end
        about = _READING.kind_named_about.search(self.text, max(0, start - 60), start)
        if about is not None:  # 关于弥合数字鸿沟的互动对话: named by what it is about
            return about.start(), m.end
        if start != m.start and self.text[start - 1:start] not in _OPENING_OF:
            return None  # (“媒体与信息素养”专家圆桌会议: the kind's own modifiers may stand after the quotes)
        if start == m.start:
            start -= next((len(w) for w in _READING.quoted_before_modifiers if self.text.endswith(w, 0, start)
                           and self.text[start - len(w) - 1:start - len(w)] in _OPENING_OF), 0)  # “…”主题研讨会
        gloss = _ENGLISH_GLOSS_BEFORE.search(self.text, max(0, start - 80), start)
        if gloss is not None:  # “数字公共基础设施”（Digital Public Infrastructure）专题会议
            start = gloss.start()
        if self.text[start - 1:start] not in _QUOTE_OPENING_OF:
            return None
        opening = self.text.rfind(_QUOTE_OPENING_OF[self.text[start - 1]], max(0, start - 41), start - 1)
        inner = self.text[opening + 1:start - 1] if opening >= 0 else ""
        if len(inner) < 2 or any(ch in inner for ch in "“”「」《》\n。，,"):
            return None
        return opening, m.end

    def _kind_titled(self, m: Mention, start: int) -> tuple[int, int] | None:
        """高级别部长对话：WSIS+20与区域数字议程，由…组织 and 高级别对话“WSIS+10愿景”被…主持: a session
        named by its kind and the title written right after it, to the end of the title's clause
        or quotes (data/rules/reading.json, `kind_title`); the whole name, from `start`, or the
        title alone after a naming word (研讨会题为“数字经济中的个人数据保护”); a kind joined by 暨 to
        more words names one session with them all (闭幕式暨结业仪式)."""
        joined = _READING.kind_title_joined.match(self.text, m.end)
        if joined is not None:
            return start, joined.end("title")
        opened = _READING.kind_title_opening.match(self.text, m.end)
        if opened is None:
            english = _READING.kind_title_after_preposition.match(self.text, m.end) \
                or _READING.kind_title_on_topic.match(self.text, m.end)
            if english is None or re.split(r"[（(]", english.group("title"))[0] in self.text[:m.start]:
                return None  # (圆桌会议关于数字公共基础设施（DPI）under 圆桌关于数字公共基础设施为…: named above)
            return start, self._before_a_gloss(english.start("title"), english.end("title"))
        if opened.group("quote"):
            closed = self._closed(opened.end(), opened.end(), _CLOSING[opened.group("quote")])
            if closed is None or closed[1] - opened.end() < 2:
                return None
            if opened.group("naming") == "以" and not self.text.startswith(_READING.titled_by_words, closed[1] + 1):
                return None  # 开幕会议以“…”为题: 以 names a title only with 为题 after it
            return closed if opened.group("naming") else (start, closed[1] + 1)
        title = _READING.kind_title.match(self.text, opened.end())
        if title is None or any(inside.label == "QUANTITY" and not is_year(inside.text) for inside in self._between(*title.span())):
            return None  # 早餐会：与会者100多名 gives a field of the session, not its title (WSIS 2030后的… is a title)
        if opened.group("bare"):  # 会话名为数字信任和安全被举行…: the title alone, its naming word before it
            return title.start(), self._before_a_gloss(title.start(), title.end())
        if any(m.label in ("DATE", "TIME") and m.start == title.start() for m in self._between(*title.span())):
            return None  # 开幕全体会议：11月17日10:00-12:30 gives its time, not its title
        return start, self._before_a_gloss(title.start(), title.end())

    def _before_a_gloss(self, start: int, end: int) -> int:
        """Where a title ends: before a closing bracket whose words end in a session's kind, which
        restate the name in Chinese order (边会：发射…加速器（…加速器启动边会）); before the bracket
        that closes a title written inside brackets (Thematic Workshop: …（专题研讨会：人工智能与工作的未来）);
        else at `end`."""
        if self.text[end - 1:end] not in "）)":
            return end
        opening = max(self.text.rfind("（", start, end), self.text.rfind("(", start, end))
        if opening < start:
            line = self.text.rfind("\n", 0, start) + 1
            lead = self.text[line:start]
            return end - 1 if lead.count("（") + lead.count("(") > lead.count("）") + lead.count(")") else end
        return opening if opening > start and self.text.endswith(self._kind_words(), opening, end - 1) else end

    def _kind_words(self) -> tuple[str, ...]:
        if self._kinds is None:
            self._kinds = tuple(s.text for s in self.lexicon.surfaces if s.label == "SESSION_TYPE")
        return self._kinds

    def _closed(self, start: int, after: int, close: str) -> tuple[int, int] | None:
        """start..the closing quote, found within 40 characters after `after`, on one line."""
        end = self.text.find(close, after, after + 40)
        inner = self.text[after:end] if end >= 0 else ""
        if end < 0 or any(ch in inner for ch in "“”「」《》\n。"):
            return None
        return start, end

    def _session_titled(self, m: Mention, start: int, end: int) -> Mention:
        quoted_alone = (start, end) == (m.start, m.end) and m.key == _untyped_session(self) \
            and (self.text[start - 1:start] in _CLOSING  # “人工智能促进良好”被组织由…: a title in quotes, no kind word
                 or m.value.get("titled"))  # …（UTC+03:00），数字身份与信任被举行: a title after its clock
        if end == m.end and start == m.start and not quoted_alone:
            return m
        if m.key == _untyped_session(self) and self.text[start:end].strip("“”「」\"") == m.text:
            # (专题研讨会：“可信赖的人工智能与公共服务” over “可信赖的人工智能与公共服务”由…主持: its section's session)
            section = self.section_session(self.sentence_of(m.start))
            if section is not None and section.label == "SESSION" and m.text in section.text:
                return section
        key = (start, end)
        again = self._heading_written_again(start, end) if key not in self.sessions else None
        if again is not None:
            _also_named(again, self.text[start:end])  # (its paragraph's words name it too)
            self.sessions[key] = again
        if key not in self.sessions:
            name = _COMMA_BEFORE_TITLE.sub("", self.text[start:end])  # 专题会议1，“…”: 专题会议1“…”
            value = {"type": m.key, "name": name, "organisers": []}
            self._also_titled(value, m, end)
            if self.text[start] in _CLOSING and end == m.end:  # “弥合数字鸿沟”小组讨论, 题为“…”的会外活动
                close = self.text.rfind(_CLOSING[self.text[start]], start, m.start)
                value["title"] = self.text[start + 1:close]
                value["name"] = value["title"] + m.text if close == m.start - 1 else value["title"]
                phrase = self.text[self.session_phrase_start(m):m.end]
                if close < m.start - 1 and close < m.end - len(phrase) and len(phrase) >= 4:
                    value.setdefault("also_zh", []).append(phrase)  # 以“…”为主题的互动式听证会: also 互动式听证会
            if quoted_alone:
                value["title"] = value["name"] = m.text
            if m.end <= start and m.label == "SESSION_TYPE":  # 开幕会议以“…”为题: also 开幕会议：…, as programmes write it
                phrase = self.text[self.session_phrase_start(m):m.end]
                value.setdefault("also_zh", []).append(f"{phrase}：{name.strip('“”「」')}")
                if len(phrase) > len(m.text) or len(phrase) >= 4:  # (and 部长级全体会议 alone, not a bare 会议)
                    value["also_zh"].append(phrase)
            self.sessions[key] = Mention("SESSION", start, end, self.text[start:end], None, value)
        return self.sessions[key]

    def _heading_written_again(self, start: int, end: int) -> Mention | None:
        """1. 开幕仪式和高级别部长圆桌关于有意义的连通性 / 日期：… / 开幕式暨关于…高级别部长级圆桌会议被组织由…:
        the first paragraph under a session's heading that opens by naming a session of the heading's
        kinds names that session again, in other words (a translation words it twice its own way)."""
        row = self.row_at(start)
        line = self.lines[row]
        if start != self.line_starts[row] + len(line) - len(line.lstrip()) or self._is_heading(row, line.rstrip("\r\n")):
            return None
        section = self.section_session(self.sentence_of(start))
        if section is None or section.label != "SESSION" or section.start >= self.line_starts[row] \
                or section.text in self.text[start:end]:
            return None  # (部长级对话 over 部长级对话：数字身份与信任…: a heading its paragraph titles more fully)
        heading = self.row_at(section.start)
        between = range(heading + 1, row)
        if any(self.lines[r].strip() and not self.is_field_line(r) and not self.other_name_under(r - 1) for r in between):
            return None  # (not the first paragraph under the heading)
        kinds = {m.key for m in self._between(start, end) if m.label == "SESSION_TYPE"}
        titled = {m.key for m in self._between(self.line_starts[heading], self.line_starts[heading] + len(self.lines[heading]))
                  if m.label == "SESSION_TYPE"}
        return section if kinds & titled else None

    def _also_titled(self, value: dict[str, Any], kind: Mention, end: int) -> None:
        """部长级圆桌会议：数字身份, 会议1：…: a session named by its kind and a title after it is
        also called by that title alone."""
        opened = _READING.kind_title_opening.match(self.text, kind.end)
        title = self.text[opened.end():end].rstrip("”」\"") if opened and kind.end <= end else ""
        title = ENGLISH_IN_BRACKETS.sub("", title)  # 部长级圆桌会议“人工智能促进发展（AI for Development）”: its gloss is no part of its title
        if len(title) >= 2 and title != value["name"]:
            value["title"] = title

    def pointed_session(self, m: Any) -> Any:
        """部长级圆桌会议：“…” / 该会议由X担任主席: "the meeting" pointed at (该会议, 此次会议) in a
        section a session's heading opens is that session, as a bare 会议 there is (reading.json
        `session_words`, `pointing_words`); anything else is itself."""
        if not (isinstance(m, Mention) and m.label == "EVENT_REF" and m.text.startswith(_READING.pointing_words)
                and m.text.endswith(_READING.session_words)):
            return m
        section = self.section_session(self.sentence_of(m.start))
        if section is not None and section.label == "SESSION":
            return section
        told = self._session_told_before(m.start)
        word = next(w for w in _READING.session_words if m.text.endswith(w))
        if told is None or not (word in _READING.session_words_any_kind or self._kind_ends_with(told, word)):
            return m  # (开幕会议由X主持。该活动由A主办: the report's event, no session called 活动)
        return told

    def _session_told_before(self, pos: int) -> Mention | None:
        """高级别部长圆桌会议 — …被组织由A。 / 该圆桌会议…。在此会话期间，…: with no heading naming a
        session, the session the text named last before `pos`, in its paragraph or the one before,
        below the nearest heading."""
        own = self.line_starts[self.row_at(pos)]
        start = self._paragraph_before(own)
        before = self.row_at(start)
        if self._is_heading(before, self.lines[before].rstrip("\r\n")):
            start = own
        told = [s for s in self.sessions.values() if start <= s.start < pos]
        return max(told, key=lambda s: s.start) if told else None

    def paragraph_topic(self, seg: Segment) -> Mention | None:
        first = next((s for s in self.sentences if s.line == seg.line), seg)
        found = self.sentence_topic(first, first.end) if first is not seg else None
        return found[0] if found else None

    def section_session(self, seg: Segment) -> Mention | None:
        """The session named by the nearest heading above the sentence, if that heading names one;
        a heading that only labels a part of its section (说明, 背景) is passed over. A programme
        item nearer than any heading (• 在5月6日，14:00，…会议（由…组织） over the paragraphs
        that tell of it) is the session they speak of, unless the sentence's line is an item of
        the list too (8. 12月18日上午，…“…” / 9. 12月18日下午举行的闭幕全体会议…: siblings)."""
        listed = bool(_READING.list_item.match(self.lines[seg.line])) if seg.line < len(self.lines) else False
        for row in range(seg.line - 1, max(-1, seg.line - 60), -1):
            line = self.lines[row].rstrip("\r\n") if row < len(self.lines) else ""
            item = self.programme_item(row) if line.strip() else None
            if item is not None and not listed:
                return item[0]
            if self._is_heading(row, line) and self._labels_a_part(line, _READING.page_part_labels):
                return None  # 五、主席团: the section above ends here
            if self._is_heading(row, line) and not self._labels_a_part(line):
                if self.other_name_under(row - 1):
                    row, line = row - 1, self.lines[row - 1].rstrip("\r\n")  # the title's other name under it
                return self._heading_session(row, line)
        return None

    @staticmethod
    def _labels_a_part(line: str, labels: tuple[str, ...] | None = None) -> bool:
        """说明, 背景, 议程 Agenda, 会议纪要 Session record（会后更新）: a heading that labels a part of
        its section (or, with `page_part_labels`, of the page: ■ 会议要素), its English words and a
        bracketed note after it left out."""
        words = ENUMERATOR.sub("", line.strip().lstrip(_READING.title_marks)).strip(_READING.title_marks + " ")
        words = LATIN_AFTER.sub("", BRACKETS.sub("", words)).strip()
        return words in (_READING.subsection_labels if labels is None else labels)

    def body_in_name(self, m: Mention) -> Mention | None:
        """联合国大会第八十届会议, 第八十届联合国大会: the body a meeting's name is written with
        (the longest organisation the gazetteer finds inside it), as a mention of its own words;
        None if the name holds no known body."""
        bodies = [b for b in gazetteer(self.lexicon).find(self.text[m.start:m.end]) if b.label == "ORG"]
        if not bodies:
            return None
        body = max(bodies, key=lambda b: (b.end - b.start, -b.start))
        return Mention("ORG", m.start + body.start, m.start + body.end, body.text, body.key, {})

    def session_phrase_start(self, m: Mention) -> int:
        """Where the words that name one session begin before its kind word (利益攸关方|互动对话):
        leftwards over name characters, topics and offices (高级别部长|对话), never over a stop word, a classifier after
        a number (30多场) or another name (data/rules/reading.json, `session_modifier`)."""
        rules, text = _READING.session_modifier, self.text
        start, line_start = m.start, text.rfind("\n", 0, m.start) + 1
        joined = None  # where the words after a joiner begin (机器人|与|可持续发展展示会)
        while start > line_start and m.start - start < rules["max_chars"]:
            before = self.ending.get(start)
            if before is not None and before.start < start:
                if joined is not None and start == joined - 1 and before.label == "MEASURE":
                    start = before.start  # 女性与女童数字技能工作坊: a counted noun joined to the name's next word is a word of it
                    continue
                if before.label == "MEASURE" and before.start >= 2 and text[before.start - 1] in rules["classifiers"] \
                        and text[before.start - 2] in rules["numerals"] + "0123456789":
                    start = before.start  # 组织了一场女性数字领导力早餐会: counted by the classifier before it, a word of the name
                    break
                if before.label == "MEASURE" and start < m.start and CJK.match(text[start]):
                    start = before.start  # 同日举行的女性数字创业工作坊: a counted noun before the name's other words is one of them
                    continue
                if before.label not in rules["through_labels"] and not is_year(before.text):
                    start = joined if joined is not None and before.label in _NAME_LABELS else start
                    break  # (WSIS奖2018颁奖典礼: an edition's year stands inside a session's name)
                start = before.start
                continue
            ch = text[start - 1]
            if ch == "年" and is_year(text[max(0, start - 5):start - 1]):
                start -= 5  # 2021年WSIS奖颁奖典礼: a year written into the name (mentions.py)
                continue
            topic_before = self.ending.get(start - 1)  # (青年与数字就业高级别对话: 年 ends a topic here, not a date)
            if ch in rules["joiners"] and joined is None and start < m.start and start >= 2 \
                    and CJK.match(text[start - 2]) and (text[start - 2] not in rules["stop_chars"]
                                                        or topic_before is not None and topic_before.label == "TOPIC"):
                joined = start  # 机器人与可持续发展展示会: two topics joined in one name, not a body and another
                start -= 1
                continue
            if ch in rules["stop_chars"] or any(text.endswith(w, 0, start) for w in rules["stop_words"]) \
                    or self._bare_event_word_before(start, line_start):
                if joined is not None and start == joined - 1:
                    start = joined
                break
            if ch in rules["classifiers"] and start >= 2 and (text[start - 2].isdigit() or text[start - 2] in rules["numerals"]):
                start = self._ordinal_start(start - 1, line_start)
                break
            start -= 1
        while start > line_start and _LATIN_CHAR.match(text[start - 1]) and _LATIN_CHAR.match(text[start]):
            start -= 1  # (WSIS数字包容与可持续发展高级别对话: the limit is not reached inside a Latin word)
        start = start if m.start - start >= rules["min_chars"] else m.start
        subject = self._held_clause_subject(m, start)
        return subject if subject is not None else start

    def _past_a_colon_in_a_name(self, clause: int) -> int:
        """关于信息社会世界峰会C5行动方针：灾害多发…的促进圆桌会议被组织由…: a colon in the words a
        paragraph opens with, no other mark before it on the line, is inside the session's name."""
        if clause < 1 or self.text[clause - 1] not in "：:":
            return clause
        line_start = self.text.rfind("\n", 0, clause) + 1
        lead = self.text[line_start:clause - 1]
        if not lead.strip() or len(lead) > _READING.session_modifier["held_subject_max_chars"] \
                or any(ch in lead for ch in "，,。；;：:（）()“”"):
            return clause
        return line_start + len(lead) - len(lead.lstrip())

    def _bare_event_word_before(self, at: int, line_start: int) -> bool:
        """论坛部长级会议由X主持: the event's bare word (论坛, 峰会) opening the clause says whose
        session it is, and is no part of the session's name."""
        rules = _READING.session_modifier
        for word in _READING.bare_event_words:
            first = at - len(word)
            if first >= line_start and self.text.startswith(word, first) \
                    and (first == line_start or self.text[first - 1] in rules["stop_chars"]):
                return True
        return False

    def _held_clause_subject(self, m: Mention, start: int) -> int | None:
        """6月6日上午，数字经济中的体面工作与技能专题会议在第二会议室举行: a clause that only names a
        session and reports it held (or, in a translation, that it was done: …颁奖仪式（…）被组织由)
        names it with all its words, 的, 、 and brackets included,
        from the clause's start (reading.json `session_modifier`: `held_subject_max_chars`, and
        `held_subject_stops`, the words that show the clause says more than a name)."""
        rules, text = _READING.session_modifier, self.text
        after_mark = max(text.rfind(ch, 0, m.start) for ch in "，,。；;：:\n—") + 1  # (论坛的重头戏——“…”部长圆桌: what a dash sets apart)
        clause = self._past_a_colon_in_a_name(after_mark)
        clause += 1 if text[clause:clause + 1] in rules["joiners"] and clause < m.start else 0  # ，与开幕会议被…: no word of its name
        about = clause + (2 if clause != after_mark and text.startswith("关于", clause) else 0)  # (关于…：…的圆桌会议: 于 of 关于 is no verb)
        if not clause < start or m.start - clause > rules["held_subject_max_chars"] \
                or any(w in text[about:m.start] for w in rules["held_subject_stops"] + rules["stop_words"]):
            return None
        lead = text[clause:m.start].lstrip()
        if lead in _CLOSING or _READING.kind_named_before.match(lead):
            return None  # (，“数字信任与网络安全”将于…举行 / 题为“…”的互动会议于…举行: its quotes name it, not the clause)
        if lead[:1] in rules["numerals"] and lead[1:2] in rules["classifiers"]:
            return None  # 一个小组讨论被主持由: a panel, not one named so
        if any(x.label not in rules["through_labels"] + ["MEASURE"] for x in self._between(clause, m.start)):
            return None  # (a body, a person, a date: not a name's words; 冠军 of 冠军奖 is)
        gloss = BRACKETS.match(text, m.end)  # (…颁奖仪式（…颁奖典礼）被组织由: its name in brackets)
        after = gloss.end() if gloss else m.end
        passive = _READING.passive_marker.match(text, after) is not None and text[after:after + 1] == "被"
        return clause if passive or self._reported_held(m.end, len(text)) else None

    def _ordinal_start(self, classifier: int, line_start: int) -> int:
        """第九场高级别政策会议: an ordinal (第, a number, a classifier) tells one session of a kind
        from the others and is a part of its name; a count (30多场) is not: its end is returned."""
        rules, pos = _READING.session_modifier, classifier
        while pos > line_start and (self.text[pos - 1].isdigit() or self.text[pos - 1] in rules["numerals"]):
            pos -= 1
        return pos - 1 if pos > line_start and self.text[pos - 1] in rules["ordinal_marks"] else classifier + 1

    def _opens_sentence(self, seg: Segment, start: int) -> bool:
        """Only an event, a date, a place or a framing word (在…期间, 的) stands before `start`."""
        lead = self.text[seg.start:start].lstrip().lstrip(_READING.bullets)  # - 在5月6日，…高级别对话（由…）
        lead = _READING.dateline_lead.sub("", ENUMERATOR.sub("", lead))
        for m in self.mentions:
            if seg.start <= m.start and m.end <= start and m.label in ("EVENT", "EVENT_REF", "DATE", "TIME", "PLACE", "TOPIC"):
                lead = lead.replace(m.text, "", 1)
        lead = BRACKETS.sub("", lead)  # 信息社会世界峰会亚太区域审查会议（AP WSIS+20 RRM）部长级圆桌会议
        lead = "".join(ch for ch in lead if ch not in " \t“”\"")
        return bool(_READING.session_topic_lead.match(lead))

    def _passive_subject(self, seg: Segment, start: int, end: int) -> bool:
        """上午举行的部长级圆桌会议由A组织，B主持: a session right before 由 is what the sentence
        is about, whatever times and dates stand before it, when no body or person does; so is
        one the clause before ends with (会议设立了成果文件起草小组，由A和B担任共同协调人)."""
        gloss = BRACKETS.match(self.text, end)  # (…超越2030（…的高级别对话）被组织由: its name in brackets)
        end = gloss.end() if gloss else end
        comma = self.text[end:end + 1] in ("，", ",")
        end += 1 if comma else 0
        if not _READING.passive_marker.match(self.text, end):
            return False
        if comma:  # 国际电联举办了X会外活动，由Y主持: the clause after the comma speaks of the session
            return True
        return not any(m.label in ("ORG", "COUNTRY", "PERSON", "EVENT", "SESSION_TYPE")
                       for m in self._between(seg.start, start))

    def _held_subject(self, seg: Segment, start: int, end: int) -> bool:
        """10日下午，由X组织的“主会议：数字包容”将举行: a session the sentence reports held (its
        verb right after it, times between) is what the sentence is about, when no other session
        or event comes before it."""
        gloss = BRACKETS.match(self.text, end)  # (…高级别对话（由联合国开发计划署组织）于4月8日举行: a note between)
        return self._reported_held(gloss.end() if gloss else end, seg.end) and self._first_named(seg, start)

    def _reported_held(self, end: int, stop: int) -> bool:
        """The clause after `end` only says the session was held: when and where (在非洲厅: a room
        no lexicon knows), then a verb of holding (reading.json `held_words`)."""
        rest = self.text[end:stop]
        cut = next((i for i, ch in enumerate(rest) if ch in "，,；;。\n"), len(rest))
        clause = rest[:cut]
        for m in self._between(end, end + cut):
            if m.label in ("DATE", "TIME", "PLACE", "COUNTRY"):
                clause = clause.replace(m.text, "", 1)
        clause = _venue_before_held().sub(r"\1", clause)
        return bool(_READING.held_after.match(clause))

    def _held_object(self, seg: Segment, start: int) -> bool:
        """在5月31日，由国际电联组织的，被举行了高级别政策会议：… (a translation's word order): the
        session right after the verb that reports it held is what the sentence is about, when no
        other session or event comes before it."""
        return bool(_READING.held_before.search(self.text, seg.start, start)) and self._first_named(seg, start)

    def _said_of_by_it(self, seg: Segment, start: int, end: int) -> bool:
        """…聚集在部长级圆桌会议中，它被组织由ESCAP (a translation's "…, which was organised by"): the
        first session the sentence names, right before a clause opening with 它 or 其, is what the
        sentence goes on about."""
        after = _WHICH_CLAUSE.match(self.text, end)
        return after is not None and self.text.startswith(_READING.clause_pronouns, after.end()) \
            and self._first_named(seg, start)

    def _first_named(self, seg: Segment, start: int) -> bool:
        """No other session or event is named in the sentence before `start`."""
        return not any(m.label in ("EVENT", "SESSION_TYPE") for m in self._between(seg.start, start))

    def mentions_between(self, a: int, b: int) -> list[Mention]:
        """The mentions that start in a..b, found by position (they are in text order)."""
        return self.mentions[bisect_left(self.starts, a):bisect_left(self.starts, b)]

    _between = mentions_between

    def _session_named(self, seg: Segment, m: Mention, start: int) -> Mention:
        """One session, by the words the text names it with; the session the section's heading
        names when it is of the same kind and the words before the kind, if any, are in its name
        (部长级圆桌会议 under 三、部长级圆桌会议：数字公共基础设施)."""
        if self._the_page_s_own(m):
            return self.main_event
        line = self.lines[seg.line].rstrip("\r\n")
        own = self._heading_session(seg.line, line) if self._is_heading(seg.line, line) else None
        heading = own or self.section_session(seg)
        if heading is not None and self._of_kind(heading, m) \
                and (start == m.start or self.text[start:m.end] in (heading.value.get("name") or heading.text)
                     or self._heading_s_title_said(heading, start, m.start)):
            return heading  # (领导人圆桌会议 under 首席执行官圆桌会议：… is another roundtable)
        if start == m.start:
            earlier = self._named_earlier(seg, m) or self._only_titled(m)
            if earlier is not None:
                return earlier
        if start < m.start:
            titled = self._titled_elsewhere(m, start)
            if titled is not None:
                return titled
        # 会外活动由A和B共同召集: a session named by its kind alone is told apart by who runs it
        return self._session_titled(m, start, m.end)

    def _heading_s_title_said(self, heading: Mention, start: int, end: int) -> bool:
        """专题研讨会：青年与数字技能 / 7月9日，青年与数字技能研讨会由X主持: under a heading that titles
        a session, the heading's title said again before a kind word of its kind is that session."""
        words = self.text[start:end].strip()
        return len(words) >= 2 and words == (heading.value or {}).get("title")

    def _titled_elsewhere(self, m: Mention, start: int) -> Mention | None:
        """第一工作会议由副主席X主持 … （一）第一工作会议：农村和偏远地区的连通: a session named by
        its words before its kind is the one the text titles with those words and a colon, and is
        called by them too."""
        name = self.text[start:m.end]
        self._titles_asked.add(m.start)
        try:
            for found in re.finditer(re.escape(name) + r"\s*[：:]", self.text):
                if found.start() == start:
                    continue
                kind = next((o for o in self._between(found.start(), found.end())
                             if o.label == "SESSION_TYPE" and o.key == m.key), None)
                if kind is None or kind.start in self._titles_asked:
                    continue  # 闭幕会议：… twice, as two headings: each is titled, neither by the other
                session = self.session_for(kind)
                if session is not None and session is not kind and (session.value or {}).get("name", "").startswith(name):
                    _also_named(session, name)
                    return session
            return None
        finally:
            self._titles_asked.discard(m.start)

    def _of_kind(self, session: Mention, kind: Mention) -> bool:
        """Whether a session is of the kind a kind word names: the same kind, no kind (会话3：…),
        or one with a kind word in its name ending with it (本场研讨会 under 主题研讨会第127号：…)."""
        kind_of_session = session.key or session.value.get("type")
        if kind_of_session in (kind.key, _untyped_session(self)):
            return True  # 研讨会被组织由X under 会话3：…, a session its heading gives no kind
        words = [m for m in self._between(session.start, session.end) if m.label == "SESSION_TYPE"]
        return any(w.text.endswith(kind.text) for w in words)

    def _only_titled(self, m: Mention) -> Mention | None:
        """朱拉隆功大学承办青年论坛 … “青年论坛：数字技能与未来就业”将于26日举行: a kind word alone
        speaks of the one session of its kind that the text titles in quotes, if there is one."""
        titled = set()
        for other in self.mentions:
            if other.label != "SESSION_TYPE" or other.key != m.key or other is m:
                continue
            quoted = self._written_title(other, self.session_phrase_start(other))
            if quoted is not None:
                titled.add(quoted)
        if len(titled) != 1:
            return None
        (span,) = titled
        kind = next(o for o in self.mentions if o.label == "SESSION_TYPE" and o.key == m.key
                    and span[0] <= o.start < span[1])
        return self._session_titled(kind, *span)

    def _named_earlier(self, seg: Segment, m: Mention) -> Mention | None:
        """“部长级圆桌会议：数字公共基础设施”举行。圆桌会议由A主持: a kind word alone speaks of the
        last session of its paragraph whose name holds it."""
        for other in reversed(self.mentions[:bisect_left(self.starts, m.start)]):
            if other.label == "EVENT" and self.sentence_of(other.start).line == seg.line \
                    and self._an_event_of_its_kind(other, m):
                return other  # 组织了“青年数字未来对话”。…主持了对话: the one the paragraph named
            if other.label != "SESSION_TYPE" or m.text not in other.text:
                continue
            said = self.sentence_of(other.start)
            if said.line != seg.line:
                return None
            session = self.session_for(other)
            if session is other and ENUMERATOR.sub("", self.text[said.start:said.end]).strip(" \t。：:") == other.text:
                return None  # (八)早餐会。…举办第二届早餐会: a heading's kind word names no one session
            return session  # (开幕全体会议…。全体会议由X主持: a session named by its kind alone too)
        return None

    def _an_event_of_its_kind(self, event: Mention, kind: Mention) -> bool:
        """An event no lexicon knows, not the report's own, whose name ends with the kind word
        (青年数字未来对话 for 对话): a meeting the tagger read as an event, named by its kind alone later."""
        longer = self.text[kind.start:kind.end + 1]  # 对话会: the kind word and the 会 that ends the name
        return event.key is None and self.identity(event) != "@main" and not self.inside_a_title(event) \
            and len(event.text) > len(longer) and (_names_end_with(event, kind.text) or _names_end_with(event, longer))

    def _is_heading(self, row: int, line: str) -> bool:
        """A short line that is no sentence, no field and no bulleted item: a section's heading."""
        body = line.strip()
        if not body or body.endswith(("。", "；", "：", ":", "，", ",")):
            return False
        words = ENGLISH_IN_BRACKETS.sub("", body) or body  # 1. 部长级小组关于…（Ministerial Panel on …）: its English name
        gloss = chinese_gloss(words)
        words = words[gloss[0]:gloss[1]] if gloss else words  # Coding for Inclusion（编程促包容…）: its Chinese name
        if len(words) > 40:  # a title may open with its event's name: WSIS-RRM 2031：研讨会 7 — …
            start = self.line_starts[row] + line.index(body)
            if len(self.text[self._past_event_name(start, start + len(words)):start + len(words)]) > 40:
                return False
        if body[0] in _READING.bullets and not _READING.slot_time.match(body.lstrip(_READING.bullets).lstrip()):
            return False  # a bulleted item, unless it opens with its slot's time (◆ 14:30—17:30　部长级圆桌会议：…)
        return not _is_field(self, self.line_starts[row], line) or self._titles_its_slot(row, body)

    def _titles_its_slot(self, row: int, body: str) -> bool:
        """17:45–18:45 ｜ 边会 / 老年人数字素养：韩国经验分享会: under a slot's time line, a line whose
        words before the colon are too long for a field's label (地点：, 主持人：), or end in a word any
        session is called by (起草会话：青年宣言), titles the slot."""
        label = re.split("[：:]", body, maxsplit=1)[0]
        start = self.line_starts[row] + self.lines[row].index(body)
        named = len(label) >= _READING.slot_title_label_min or label.endswith(_READING.session_words)  # 起草会话：青年宣言
        return self._time_line(row - 1) and named \
            and not any(m.label in ("ROLE", "DATE", "TIME") for m in self._between(start, start + len(label)))

    def _titled_kind(self, row: int, line: str) -> tuple[Mention, int, int] | None:
        """A line that titles a session: its first kind word opens it (with the words naming the
        session before it), and what follows is a title (：…, 6：…, （…）) or nothing; the kind
        and where the title starts and ends. 部长级圆桌会议聚焦普遍连接 is a headline's sentence, not a title."""
        start = self.line_starts[row]
        trimmed = title_words(line)
        if not trimmed:
            return None
        offset = start + line.index(trimmed)
        end = offset + len(trimmed)
        offset = self._past_event_name(offset, end)
        kinds = [m for m in self.mentions if m.label == "SESSION_TYPE" and offset <= m.start < start + len(line)]
        if not kinds:
            return None
        opening = next((m.end for m in self._between(offset, kinds[0].start)
                        if m.start == offset and m.label == "EVENT" and m.end < kinds[0].start), None)
        closing = self.text[kinds[0].start - 1]  # “数字韧性与灾害应对”专题轨道: a quoted title before its kind
        quoted = offset > 0 and closing in "”」" and _OPENING_OF.get(closing) == self.text[offset - 1] \
            and closing not in self.text[offset:kinds[0].start - 1]
        if kinds[0].start != offset and self.session_phrase_start(kinds[0]) != offset and not quoted \
                and not self._only_name_words(opening or offset, kinds[0].start):
            return None  # the heading is about something else (会议成果与部长级圆桌会议)
        if quoted:
            offset -= 1  # the title's opening quote is the name's, as its closing one is
        # (2032年信息社会世界峰会论坛能力建设与数字包容专题日: a part of the event its name opens with,
        # named by words of its own; 2025年信息社会世界峰会摄影大赛 is the event's contest, a kind of its sessions)
        rest = self.text[kinds[0].end:end].strip()
        if rest and not _READING.title_after_kind.match(rest):
            return None
        return kinds[0], offset, end

    def _past_event_name(self, offset: int, end: int) -> int:
        """2032年信息社会世界峰会论坛：高级别政策会议 3 — 数字信任: a title line may open with the name
        of the event its session is part of and a colon; the session's own title starts after it."""
        event = next((m for m in self._between(offset, end) if m.start == offset and m.label == "EVENT"), None)
        if event is None:
            return offset
        after = _EVENT_PREFIX_MARK.match(self.text, event.end, end)
        return after.end() if after and after.end() < end else offset

    def _heading_session(self, row: int, line: str) -> Mention | None:
        titled = self._titled_kind(row, line)
        if titled is None:
            slot = self.slot_title(row) if self._time_line(row - 1) else None  # 14:30–16:00 / 关于…讲习班
            return self._fields_title(row, line) or self._pointed_back_to(row, line) or slot
        kind, start, end = titled
        if (start, end) == (kind.start, kind.end):
            return kind  # a heading that is nothing but a kind (闭幕式): as heading_session reads it
        title = _title_mention(self, self.line_starts[row], line)
        return title if title is not None and title.label == "SESSION" else None

    def _pointed_back_to(self, row: int, line: str) -> Mention | None:
        """行动方针C3：获取信息和知识 / 14. 该场会议于…举行: a heading with no kind word titles a
        session when the paragraph under it opens by pointing at a session (该场会议, 本场讨论)."""
        below = row + 1
        while below < len(self.lines) and not self.lines[below].strip():
            below += 1
        if below >= len(self.lines) or row == 0:
            return None
        line_below = self.lines[below]
        start = self.line_starts[below] + len(line_below) - len(ENUMERATOR.sub("", line_below, count=1).lstrip())
        pointing = next((w for w in _READING.this_words + _READING.pointing_words if self.text.startswith(w, start)), None)
        kind = next((m for m in self._between(start, start + len(pointing) + 8)
                     if m.start == start + len(pointing) or m.start == start and m.label == "EVENT_REF"), None) if pointing else None
        if kind is not None and kind.label == "EVENT_REF":  # 这个会议 read as one reference: its word after the pointing one,
            word = kind.text[len(pointing):]  # when the report's event is called otherwise (本次会议 of a 审查会议 is the event)
            main = self.main_event
            kind = kind if word in _READING.session_words and not (main is not None and _names_end_with(main, word)) else None
        if kind is None or not (kind.label in ("SESSION_TYPE", "EVENT_REF")
                                or kind.label == "MEASURE" and kind.text in _READING.session_words):
            return None  # (该场会议: 会议 after a classifier is read as a counted noun)
        trimmed = title_words(line)
        if not trimmed or _is_field(self, self.line_starts[row], line) and not _is_title(self, self.line_starts[row], line):
            return None
        offset = self.line_starts[row] + line.index(trimmed)
        named = self.titled_session(offset, offset + len(trimmed))
        return named if named.label == "SESSION" else None

    def _only_name_words(self, start: int, end: int) -> bool:
        """妇女和青年数字技能与创业|区域研讨会 as a heading: words before the kind longer than a
        running sentence's modifier, but with no punctuation, no name and no date among them, so
        that they are all the session's name."""
        words = self.text[start:end]
        if len(words) > 30 or any(ch in words for ch in "，,。；;：:（）()“”\"《》 \t") \
                or words.startswith(_READING.about_words):
            return False  # (关于健康轨道: a heading about a session, no session's name)
        return not any(m.label in _NOT_IN_A_TITLE for m in self._between(start, end))

    def _fields_title(self, row: int, line: str) -> Mention | None:
        """主旨演讲与小组讨论：人工智能与全民健康覆盖 over 日期：… 组织者：…: a heading over fields
        that say when or by whom titles a session however its words open; the paragraphs under
        its fields speak of that session up to the next heading."""
        below = row + 1 + (1 if self.other_name_under(row) else 0)
        while below < len(self.lines) and not self.lines[below].strip():
            below += 1  # a blank line between the heading and its fields
        if not any(m.label in ("DATE", "TIME", "ROLE") for m in self._field_mentions(below)):
            return None  # 参赛作品：246份 under 摄影大赛: figures of a thing, no session's when or who
        title = _title_mention(self, self.line_starts[row], line) or self.slot_title(row)
        return title if title is not None and title.label == "SESSION" else None

    def names_one_body(self, row: int, line: str) -> bool:
        """Whether a line's words, past its enumerator and without what it adds in brackets, are
        one name of a body, a country or a person and nothing else."""
        words = title_words(line)
        if not words:
            return False
        start = self.line_starts[row] + line.index(words)
        bracket = opening_bracket(words, 0, len(words))
        end = start + (bracket if bracket is not None else len(words))
        return any(m.start == start and m.end == end and m.label in ("ORG", "COUNTRY", "PERSON")
                   for m in self._between(start, end))

    def slot_title(self, row: int) -> Mention | None:
        """The session a programme slot's title line names though no kind word is in it."""
        line = self.lines[row].rstrip("\r\n")
        trimmed = title_words(line).strip("“”「」\"")
        if not trimmed or not self._slot_title(row):
            return None
        offset = self.line_starts[row] + line.index(trimmed)
        return self.titled_session(offset, offset + len(trimmed))

    def timed_slot_line(self, row: int) -> Mention | None:
        """4. 10:00–11:30 青年创新展示 — 主持：穆索尼·奥科斯: a programme line that opens with its slot's
        clock time and goes on, past a dash, with a field (主持：…) names its session by the words
        between them, though no kind word is in them (a line with a kind word is read by its kind)."""
        line = self.lines[row].rstrip("\r\n")
        past = after_slot_time(line)
        if past is None:
            return None
        start = self.line_starts[row] + past
        dash = _FIELD_AFTER_DASH.search(self.text, start, self.line_starts[row] + len(line))
        words = self.text[start:dash.start()].strip() if dash else ""
        if not 2 <= len(words) <= TITLE_LINE_MAX or not has_cjk(words) or any(ch in words for ch in "。，,；;：:"):
            return None
        if any(m.label not in ("TOPIC", "MEASURE", "ACTION_LINE") for m in self._between(start, start + len(words))):
            return None
        return self.titled_session(start, start + len(words))

    def timed_title(self, row: int) -> Mention | None:
        """数字时代的老年人包容 / 时间：5月6日 14:00-15:30 / 组织方：…: a short line of words (no
        kind word, no name of a body or person) over fields that give a clock time titles a
        session, as a page lists its related sessions; an event's own fields give days, no time."""
        line = self.lines[row].rstrip("\r\n")
        words = title_words(line)
        if not words or len(words) > TITLE_LINE_MAX or any(ch in words for ch in "。，,；;：:") or not has_cjk(words):
            return None
        start = self.line_starts[row] + line.index(words)
        if any(m.label not in ("TOPIC", "MEASURE", "ACTION_LINE") for m in self._between(start, start + len(words))):
            return None
        if not any(m.label == "TIME" for m in self._field_mentions(row + 1)):
            return None
        return self.titled_session(start, start + len(words))

    def _field_mentions(self, first: int) -> list[Mention]:
        """The mentions of the run of field lines that starts at row `first` (none if it is no field)."""
        below = first
        while below < len(self.lines) and self.is_field_line(below):
            below += 1
        end = self.line_starts[below] if below < len(self.lines) else len(self.text)
        return self._between(self.line_starts[first], end) if below > first else []

    def other_name_under(self, row: int) -> bool:
        """Whether the line under a (non-blank) title gives its name in the other language: in
        Latin letters (Main Session: Internet and Human Rights) or wholly in brackets (（不让一位农民掉线）)."""
        if row < 0 or not self.lines[row].strip():
            return False
        if self.english_line_under(row):
            return True
        below = self.lines[row + 1].strip() if row + 1 < len(self.lines) else ""
        return len(below) > 2 and below[0] in "（(" and below[-1] in "）)" and not any(ch in below[1:-1] for ch in "（()）")

    def _slot_title(self, row: int) -> bool:
        """13:30–14:15 / Leave No Farmer Offline, or a title in quotes or with its other name under
        it: a heading of a programme's slot titles a session though no kind word is in it."""
        line = self.lines[row].strip()
        in_quotes = len(line) > 2 and line[0] in "“「" and line[-1] in "”」"
        if row == self._first_body_row():
            return False  # the page's own title, its English name under it (a translator's disclaimer above)
        return in_quotes or self._time_line(row - 1) or self.other_name_under(row)

    def _first_body_row(self) -> int | None:
        """The first line of the text that is not blank and no translator's disclaimer."""
        return next((row for row, line in enumerate(self.lines) if line.strip() and is_body(line)), None)

    def _time_line(self, row: int) -> bool:
        """A line that is nothing but a clock time (13:30–14:15), or a clock time and the kind of
        the slot after a bar (11:00–12:30 ｜ 讲习班), or a clock time and the slot's room."""
        line = self.lines[row].strip() if row >= 0 else ""
        inside = self._between(self.line_starts[row], self.line_starts[row] + len(self.lines[row])) if line else []
        time = next((m for m in inside if m.label == "TIME" and line.startswith(m.text.strip())), None)
        if time is None:
            return False
        rest = line[len(time.text.strip()):]
        if not rest.strip():
            return True
        bar = _SLOT_BAR.match(rest)
        if bar is None:  # 10:00—13:00　主会议厅: a time and its room after a blank
            return rest[:1].isspace() and slot_room(rest)
        return any(m.label == "SESSION_TYPE" and m.text == rest[bar.end():].strip() for m in inside) \
            or slot_room(rest[bar.end():])  # (09:30 – 10:30 | 全体会议厅: a time and its room)

    def programme_item(self, row: int) -> tuple[Mention, Mention, tuple[Mention, ...]] | None:
        """The session a programme line titles, the date it gives it and the places written after
        them (programme.py), read once per line: every clause of the line asks for it."""
        if row not in self._items:
            line, start = self.lines[row].rstrip("\r\n"), self.line_starts[row]
            inside = self.mentions[bisect_left(self.starts, start):bisect_left(self.starts, start + len(line))]
            cells = item_cells(self.text, start, line, inside)
            self._items[row] = (self.titled_session(*cells.title), cells.date, cells.places) if cells else None
        return self._items[row]

    def titled_session(self, a: int, b: int) -> Mention:
        """The session whose whole name stands at a..b (a programme line's or a table row's title),
        typed by the first kind word in it; the event, when the words are an event's name."""
        inside = self.mentions[bisect_left(self.starts, a):bisect_left(self.starts, b)]
        if (a, b) == self.title_key or self._names_the_page(a, b):
            return self.main_event
        event = next((m for m in inside if m.label == "EVENT" and (m.start, m.end) == (a, b)), None)
        if event is not None:
            return event
        if (a, b) not in self.sessions:
            kind = next((m for m in inside if m.label == "SESSION_TYPE" and m.end <= b), None)
            name = self.text[a:b]
            value = {"type": kind.key if kind else _untyped_session(self), "name": name, "organisers": []}
            if kind is not None:
                self._also_titled(value, kind, b)
            self.sessions[(a, b)] = Mention("SESSION", a, b, name, None, value)
            for given in self._names_given_under(b):
                _also_named(self.sessions[(a, b)], given)
        return self.sessions[(a, b)]

    def _names_given_under(self, end: int) -> list[str]:
        """开幕高级别全体会议：…（英文）/ 开幕会议，其中文正式名称为“…”: a translation's heading whose
        paragraph gives the session's name in Chinese (reading.json `name_given`) is called so too;
        read up to the next heading or blank-line-separated paragraph after the first."""
        row = self.row_at(end)
        found, paragraphs = [], 0
        for r in range(row + 1, min(row + 12, len(self.lines))):
            line = self.lines[r].rstrip("\r\n")
            if not line.strip():
                continue
            if self._is_heading(r, line) and not self.other_name_under(r - 1) and paragraphs:
                break
            if not self.is_field_line(r) and not self.other_name_under(r - 1):
                paragraphs += 1
            found += [m.group("name") for m in _READING.name_given.finditer(line)]
            if paragraphs >= 1 and found:
                break
        return found

    def line_title(self, row: int) -> Mention | None:
        """The session or event a line names as its title, if it is a title line."""
        line = self.lines[row].rstrip("\r\n")
        return None if _is_field(self, self.line_starts[row], line) else _title_mention(self, self.line_starts[row], line)

    def is_field_line(self, row: int) -> bool:
        return _is_field(self, self.line_starts[row], self.lines[row].rstrip("\r\n"))

    def block_mentions_before(self, seg: Segment, pos: int, labels: set[str]) -> list[Mention]:
        starts = [s.start for s in self.sentences if s.block == seg.block]
        start = min(starts) if starts else seg.start
        return [m for m in self.mentions if start <= m.start < pos and m.label in labels]


# a title line: no sentence's or clause's marks in it (a headline that says what happened has them)
_NAMED_SHARE = 0.8  # of a headline's words an event the tagger read in it covers, to be the headline's name itself
_DOCUMENT_KIND_MAX = 8  # 主席的总结, Chair's summary in Chinese: the most characters a document kind's line has
_HEADLINE_NAME = re.compile(r"[^。，,；;：:！!？?“”\n]{4,80}")
_ENGLISH_EVENT = re.compile(r"\b(?:Meeting|Forum|Summit|Conference|Review|Event|Assembly|Dialogue|Consultation)\b", re.I)
_WHICH_CLAUSE = re.compile(r"[中上内里]?\s*[，,]\s*")  # 部长级圆桌会议中，它…: where the clause about it opens
_SHARED_TAIL_MIN = 3  # 高级别会议, 区域论坛: the words a headline's short name and the lead's full one end with alike
_BAR_CELLS = re.compile(r"[｜|]")


def _fields_after_a_room(line: str) -> bool:
    """房间 C｜组织者：X｜主持人：Y under a slot's title: the slot's room, then its fields, set apart by bars."""
    cells = _BAR_CELLS.split(line.strip())
    return len(cells) > 1 and slot_room(cells[0]) and any(_READING.labelled_line.match(cell) for cell in cells[1:])
_SLOT_BAR = re.compile(r"\s*[|｜/／]\s*")
_SECOND_ITEM = re.compile(r"[；;]")
_FIELD_AFTER_DASH = re.compile(r"\s*(?:——|[—–]{1,2}(?=\s))\s*[^\s：:—–，,\n]{1,4}\s*[：:]")  # … — 主持：X: fields after a title
_EVENT_PREFIX_MARK = re.compile(r"\s*(?:[（(][^（）()]{1,20}[）)])?\s*(?:[：:|｜]|\s[-–—]\s)\s*")


def _names_end_with(m: Mention, word: str) -> bool:
    return m.text.endswith(word) or (m.value.get("name") or "").endswith(word)


def _name_of(m: Mention) -> Any:
    return (m.key, m.value.get("year")) if m.key else m.value.get("name") or m.text


def _block_title(ctx: "DocumentContext", seg: Segment) -> Mention | None:
    """The title over a block of labelled lines (· 高级别政策对话：数字包容与连通性 / 时间：… /
    组织方：…): the session (or event) the fields speak of, named by its whole title."""
    lines, starts, labelled = ctx.lines, ctx.line_starts, _READING.labelled_line
    if not lines:
        return None
    row = bisect_right(starts, seg.start) - 1
    item = ctx.programme_item(row)
    if item is not None:
        return item[0]  # · 开幕全体会议：11月17日…，由国际电信联盟组织: the line's own title
    timed = ctx.timed_slot_line(row)
    if timed is not None:
        return timed  # 4. 10:00–11:30 青年创新展示 — 主持：…
    if not labelled.match(lines[row]) and not is_date_line(ctx, starts[row], lines[row]) \
            and not _fields_after_a_room(lines[row]):
        return None
    own = _own_title(ctx, starts[row], lines[row])
    if own is not None:
        return own  # 高级别部长对话：WSIS+20与区域数字议程，其被组织由…: no field, a session of its own
    for i in range(row - 1, max(-1, row - 8), -1):
        line = lines[i].rstrip("\r\n")
        if not line.strip():
            # a session page: its title, one blank line, then the fields (日期：… 时间：…); a
            # heading naming an event (十、下一届大会) over its own fields (时间：2026年)
            above = lines[i - 1].rstrip("\r\n") if i > 0 else ""
            if i - 1 in ctx.banner_rows and ctx.title_key is not None:
                return None  # the event's banner over a session's page: the fields speak of the page's session
            if i > 1 and ctx.other_name_under(i - 2) and not _is_field(ctx, starts[i - 2], lines[i - 2]):
                i -= 1  # 部长级圆桌会议 1：… / (Ministerial Round Table 1: …) / blank / 日期和时间：…
                above = lines[i - 1].rstrip("\r\n")
            if above.strip() and not _is_field(ctx, starts[i - 1], above) and not ctx._labels_a_part(above, _READING.page_part_labels):
                title = _title_mention(ctx, starts[i - 1], above)
                if title is not None and title.label == "EVENT" and ctx.identity(title) == "@main":
                    return None  # the report's own event, as the clause leaves it unsaid
                return title if title is not None and title.label in ("SESSION", "EVENT") else None
            return None
        if _is_field(ctx, starts[i], line):
            named = _named_by_field(ctx, starts[i], line)
            if named is not None:
                return named  # - 会议名称：数字包容高级别政策会议 / - 时间：… / - 组织单位：…
            continue
        if ctx.names_one_body(i, line) or _continues_a_field(ctx, i):
            continue  # 联合组织单位： / 1. A（…） / 2. B: an item of a field's list, no title
        if ctx._labels_a_part(line, _READING.page_part_labels):
            return None  # ■ 会议要素 / · 东道国：…: a heading that labels a part of the page names nothing
        if ctx.other_name_under(i - 1):
            i -= 1  # 主会场：互联网与人权 / Main Session: Internet and Human Rights / 11月12日 …: the title's other name
        item = ctx.programme_item(i)  # - 7日 16:00–17:00 | 闭幕对话（Closing Dialogue） / 主持：…: the item's own title
        return item[0] if item is not None else \
            _title_mention(ctx, starts[i], lines[i].rstrip("\r\n")) or ctx.slot_title(i) or ctx.timed_title(i)
    return None


def _continues_a_field(ctx: "DocumentContext", row: int) -> bool:
    """地点：突尼斯 · 突尼斯市 /       克拉姆展览中心——2005年峰会突尼斯阶段的原会址: a line indented deeper
    than the field right above it (or than the field a run of such lines goes on from) goes on
    with that field's value; what it names is no title over the fields below it. (Lines indented
    as deep as a field are items of their own: a programme's indented slots.)"""
    indent = _indent(ctx.lines[row])
    for above in range(row - 1, -1, -1):
        line = ctx.lines[above].rstrip("\r\n")
        if line.rstrip().endswith(_GOES_ON) and (_is_field(ctx, ctx.line_starts[above], line) or _continues_a_field(ctx, above)):
            return True  # 主旨发言：A；B（…）， / 国际电联电信发展局副主任: a value broken after a comma goes on below
        if not line.strip() or _indent(line) >= indent:
            return False
        if _is_field(ctx, ctx.line_starts[above], line):
            return True
        indent = _indent(line)
        if indent == 0:
            return False
    return False


_GOES_ON = ("，", ",", "、")  # a field's value that ends with one of these goes on in the next line


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip())


def _named_by_field(ctx: "DocumentContext", start: int, line: str) -> Mention | None:
    """会议名称：数字包容高级别政策会议 among a block's fields (names.json `event_name_fields`, a
    bullet before it or not): the session the fields speak of, when a kind word is in its value."""
    body = line.lstrip().lstrip(_READING.bullets)
    field = name_data().event_name_field.match(body)
    if field is None:
        return None
    a = start + len(line) - len(body) + field.start("name")
    b = a + len(field.group("name"))
    if not any(m.label == "SESSION_TYPE" for m in ctx._between(a, b)):
        return None
    return ctx.titled_session(a, b)


def _own_title(ctx: "DocumentContext", start: int, line: str) -> Mention | None:
    """The session a line opens with, named by its kind and the title after the kind's colon, when
    the line goes on as a sentence (a field's value is no sentence): the line's own subject."""
    body = line.lstrip()
    at = start + len(line) - len(body)
    kind = next((m for m in ctx.mentions[bisect_left(ctx.starts, at):] if m.label == "SESSION_TYPE"), None)
    if kind is None or not _is_title(ctx, start, line) or not any(c in body for c in "，,。"):
        return None
    if ctx.session_phrase_start(kind) != at:
        return None
    session = ctx.session_for(kind)
    return session if session is not kind and session.start == at else None


def _also_named(session: Mention, words: str) -> None:
    """Another name the text gives a session (an alternative label), once."""
    if session.label == "SESSION" and words != session.value.get("name") and words not in session.value.setdefault("also_zh", []):
        session.value["also_zh"].append(words)


def _untyped_session(ctx: "DocumentContext") -> str | None:
    """The session type (data/lexicon/session_types.json, `untyped`) of an item whose name says no kind
    (looked up once per document: sessions ask for it at every kind word)."""
    if "_untyped" not in ctx.__dict__:
        ctx._untyped = ctx.lexicon.untyped_session()
    return ctx._untyped


def _is_field(ctx: "DocumentContext", start: int, line: str) -> bool:
    """时间：…, 组织方：…: a labelled line that is not a title with a colon; or a line that is
    only a date (2025年5月20日（星期二）09:30–10:30（UTC+03:00）) under a programme item's title."""
    return (bool(_READING.labelled_line.match(line)) and not _is_title(ctx, start, line)
            and chinese_gloss(line.strip()) is None and not _under_a_code_line(ctx, ctx.row_at(start))) \
        or is_date_line(ctx, start, line)


def is_date_line(ctx: "DocumentContext", start: int, line: str) -> bool:
    """A line that opens with a date and is no sentence: the date of the item titled above it,
    maybe with its time and room after a comma (2019年11月26日 15:00-16:30，主会场), never a
    body or a person; fields may follow after a semicolon too (…(UTC+02:00)；组织者：ITU)."""
    body = line.strip()
    if not body or len(body) > 80 or "。" in body:
        return False
    first = start + line.index(body)
    weekday = next((w for w in date_data().weekdays if body.startswith(w)), "")
    if weekday:  # 星期二，15 10月 2024: a machine translation names the day of the week first
        dated = body[len(weekday):].lstrip(" \t，,、")
        first += len(body) - len(dated)
        body = dated
    inside = ctx._between(first, first + len(body))
    if any(not _detail_field(ctx, field, at) for field, at in _fields(body, first)[1:]):
        return False
    # a year that runs on into words opens a name (2027年数字健康创新挑战赛启动仪式), no date line
    return any(m.label == "DATE" and m.start == first and not (m.value.get("precision") == "year" and CJK.match(ctx.text[m.end:m.end + 1]))
               for m in inside)


def _fields(body: str, first: int) -> list[tuple[str, int]]:
    """A line's fields, separated by commas, bars or semicolons, with their offsets."""
    out, at = [], first
    for field in re.split(r"([，,|｜；;])", body):
        if field not in "，,|｜；;" or not field:
            out.append((field, at))
        at += len(field)
    return [(f, a) for f, a in out if f.strip()]


def _detail_field(ctx: "DocumentContext", field: str, at: int) -> bool:
    """A field after an item's date says when, where or by whom (10:00–11:30, 1号会议室,
    组织方：国际电联, 由教科文组织召集); a name in a field that is none of these makes the line
    a sentence (2024年5月29日，国际电联宣布…)."""
    inside = ctx._between(at, at + len(field))
    if not any(m.label in ("ORG", "PERSON", "EVENT") for m in inside):
        return True
    return "：" in field or ":" in field or bool(_READING.passive_marker.match(field)) \
        or any(m.label == "ROLE" for m in inside)


def _is_title(ctx: "DocumentContext", start: int, line: str) -> bool:
    """`· 高级别政策对话：数字包容与连通性` has a colon too, but names a session before it."""
    head = line.split("：")[0].split(":")[0]
    at = start + len(head) - len(head.lstrip())
    if head.strip().endswith(_READING.field_labels + _READING.date_field_labels) or any(
            m.label == "ROLE" and m.end == start + len(head.rstrip()) for m in ctx._between(at, start + len(head))):
        return False  # 轨道日期：…, 轨道组织方：…: a field of the track, its label's last words say which
    if _READING.slot_label.match(head) and any(  # 场次一：高级别政策会议——数字包容: a numbered slot's title
            m.label == "SESSION_TYPE" for m in ctx._between(start + len(head) + 1, start + len(line))):
        return True
    return any(m.label in ("SESSION_TYPE", "EVENT", "ACTION_LINE") and start <= m.start < start + len(head)
               or m.label == "TOPIC" and m.start == at and m.end == start + len(head.rstrip())
               for m in ctx.mentions)  # 行动方针C7：电子卫生——…, a session named by its action line; 数字包容：中小企业的…, by its topic


def _abbreviation(bracketed: str) -> bool:
    """（HLPS 6）, （IGF 2019）: letters and numbers in capitals; （IGF 2019 Opening Ceremony）
    has words in small letters, so it is the title's English name, no abbreviation of it."""
    return bool(ABBR_AFTER.fullmatch(bracketed)) and not _ENGLISH_WORD.search(bracketed)


_ENGLISH_WORD = re.compile(r"[A-Z]?[a-z]{3,}")


def _title_mention(ctx: "DocumentContext", start: int, line: str) -> Mention | None:
    """The session or event a title line names; an English name in brackets after the title
    (数据治理主会议（Main Session on Data Governance）) is no part of it."""
    english = ENGLISH_IN_BRACKETS.search(line.rstrip())
    if english is not None and not _abbreviation(english.group()):  # （HLPS 6） stays
        line = line[:english.start()]
    named = _title_mention_of(ctx, start, line)
    if named is not None and named.label in ("SESSION", "EVENT") and not named.value.get("en"):
        glossed = chinese_gloss(line.strip())
        gloss = english.group().strip(" （()）") if english is not None and not _abbreviation(english.group()) \
            else _READING.slot_time.sub("", ENUMERATOR.sub("", line.strip()[:glossed[0]].lstrip(_READING.title_marks + " \t"))) \
            .rstrip(" （(") if glossed \
            else ctx.english_line_under(ctx.row_at(start))
        if gloss:  # 开幕仪式和高级别部长圆桌关于… / （Opening Ceremony and …）: its English name
            named.value["en"] = gloss
    return named


def _under_a_code_line(ctx: "DocumentContext", row: int) -> bool:
    """TS 5.1 / 中小企业的网络韧性：从风险评估到事件响应: a line right under a line that only numbers a
    session (a code or a kind and its number, as a session's page reads it: SessionPageReading._code_of)
    titles that session, whatever its words."""
    return row > 0 and ctx._is_code_line(row - 1)


def _coded_slot(line: str) -> bool:
    """09:00 – 09:45｜WS 301｜早期预警系统的普遍连接 under 相关会话 on a session's page: a slot that gives
    a session's code is a session of its own, no part of the page's."""
    at = after_slot_time(line)
    return at is not None and bool(_READING.code_before_bar.match(line[at:]))


def _timed_slot(line: str) -> bool:
    """10:00–13:00  Opening Segment（开幕部分）: a line that opens with its slot's time titles the
    slot's session whatever its words, unless they say the slot is a break (午餐, 茶歇: reading.json
    `slot_breaks`)."""
    at = after_slot_time(line)
    if at is None or slot_room(line[at:]):
        return False  # (09:30 – 10:30 | 全体会议厅（Plenary Hall）: where; the title is the line under it)
    words = line[at:].lower()
    for word in _READING.slot_breaks:
        words = words.replace(word, " ")
    return bool(_BREAK_JOINERS.sub("", words))


def _parts_of_the_page(ctx: "DocumentContext") -> bool:
    """A session's own page: the slots of its programme with no kind word (10:00-10:20 开幕环节)
    are parts of that session, no sessions of their own (a track's page holds sessions)."""
    return ctx.title_key is not None and not ctx.page_holds_sessions()


_BREAK_JOINERS = re.compile(r"[\s、，,/／&和与及（）()]+")


def slot_room(words: str) -> bool:
    """全体会议厅（Plenary Hall）, Amboseli 室: the words after a slot's time are its room alone
    (reading.json `slot_rooms`), its English gloss in brackets aside."""
    words = BRACKETS.sub("", words).strip().lstrip("|｜").strip()
    if _room_code().fullmatch(words):  # CICG Room K, Room B2, Room Everest, 房间 C: a room and its number or name
        return True
    return 0 < len(words) <= _READING.slot_room_max and words.endswith(_READING.slot_rooms)


@cache
def _room_code() -> re.Pattern:
    """An English room head of reading.json `slot_rooms` (Room, Hall) with the room's number or name after it."""
    heads = "|".join(re.escape(h) for h in _READING.slot_rooms if h.isascii())
    chinese = "|".join(re.escape(h) for h in _READING.slot_rooms if not h.isascii())
    return re.compile(rf"(?:[A-Z][A-Za-z]*\s+)?(?:{heads})\s+[A-Z0-9][A-Za-z0-9\-]{{0,11}}|(?:{chinese})\s*[A-Z0-9][A-Za-z0-9\-]{{0,5}}")


def _title_mention_of(ctx: "DocumentContext", start: int, line: str) -> Mention | None:
    # (a title's length is its own words': ● 09:30—11:00　before it is when, no part of it)
    if line.rstrip().endswith("。") or len(title_words(line)) > 40 and not ctx._is_heading(ctx.row_at(start), line):
        return None
    inside = [m for m in ctx.mentions if start <= m.start and m.end <= start + len(line)]
    events = [m for m in inside if m.label == "EVENT"]
    kinds = [m for m in inside if m.label == "SESSION_TYPE"]
    if events and not kinds:
        return events[0]
    # • 青年数字峰会: an item of a programme (a session of no kind); • 约翰·卡马乌先生，部长: a speaker;
    # - 3月9日（周二）: the day of the items under it
    item = (_READING.list_item.match(line) or _timed_slot(line) and (not _parts_of_the_page(ctx) or _coded_slot(line))
            or _under_a_code_line(ctx, ctx.row_at(start))) \
        and not any(m.label == "PERSON" for m in inside) and not is_date_line(ctx, start, line)
    if not kinds and not item:
        return None  # a heading (会议信息) over the fields of the report's own event
    line = past_label(line)  # 会议综述｜高级别政策会议7：…: the title after the label's bar, as the page reads it
    trimmed = title_words(line)
    offset = start + line.index(trimmed) if trimmed else start
    trimmed = _SECOND_ITEM.split(trimmed, 1)[0].rstrip()  # 闭幕全会；发布《…成果声明》: what else the slot holds
    if not trimmed:
        return None
    label, colon, title = trimmed.partition("：")
    if colon and title.strip() and _READING.slot_label.match(label) and not any(
            m.label == "SESSION_TYPE" and m.start < offset + len(label) for m in kinds):
        offset += len(label) + 1 + len(title) - len(title.lstrip())  # 场次一：高级别政策会议——…: the title after the slot's number
        trimmed = title.strip()
    titled = ctx._past_event_name(offset, offset + len(trimmed)) if kinds else offset
    session = ctx.titled_session(titled, offset + len(trimmed))
    if titled != offset and session.label == "SESSION":
        session.value["written"] = trimmed  # WSIS-RRM 2031：研讨会 7 — …, the line as a reader names it
    return session
