"""A session's own page: which session it is about, and which event that session is part of.

A page may be about one session of an event rather than the event: under the event's banner
(its name, dates and city) and a breadcrumb, a title names the session (with a code line such
as WS #87 above or below it), and the session's fields follow (时间：…, 地点：…). The page's
session then stands as the report's event, and the event's words (论坛, 本届论坛) speak of the
event it is part of. DocumentContext (context.py) reads its page with these methods.
"""

from __future__ import annotations

import re
from typing import Any

from ..model import Mention
from .conventions import read_when_used
from .datelines import is_body
from .names import ABBR_AFTER, TITLE_LINE_MAX, closing_abbreviation
from .text import opening_bracket

_READING = read_when_used()
_ENUMERATOR = read_when_used("section_number")  # 一、, 1.: a section's number before its title
# a note in brackets: a few words, or a name's English gloss, which may be long (Eastern and Southern
# Africa Digital Development Council, ESADDC)
BRACKETS = re.compile(r"[（(](?:[^（）()]{0,40}|[^（）()\u4e00-\u9fff\n]{0,120})[）)]")


class SessionPageReading:
    """The session-page readings of a DocumentContext (a mixin: it reads the context's lines,
    mentions and headings)."""

    def _page_session(self) -> Mention | None:
        """A session's own page: its first line (after a breadcrumb, 首页 > 议程 > …) titles one
        session (高级别政策会议6：建立使用信通技术的信任与安全（HLPS 6）); the page is about that
        session, which stands as its event (the event it belongs to is named in a field, or in
        the site's name on a line above the breadcrumb)."""
        filled = [row for row, line in enumerate(self.lines) if line.strip()][:3]
        crumbs = [row for row in filled if any(mark in self.lines[row] for mark in _READING.breadcrumb_marks)]
        banner = fields = 0  # lines of the event's banner passed over (its name, its dates and city)
        numbered = False  # the line above the title numbered the session: other sessions below are related ones
        for row in range(crumbs[-1] + 1 if crumbs else 0, len(self.lines)):
            line = self.lines[row]
            if not line.strip() or not is_body(line):
                continue  # a translator's disclaimer over the page
            if any(mark in line for mark in _READING.breadcrumb_marks):
                continue  # the page's path under its event's banner (…论坛 / 2031年11月2日至6日 | 内罗毕 / 首页 >> 议程 >> …)
            if self._english_over_its_chinese(row):
                continue  # High-Level Policy Session 7: … / 高级别政策会议7：…: the title is the Chinese line
            if banner < 2 and self._is_banner(row):
                if _READING.page_suffix.search(line.rstrip("\r\n")) and self._names_an_event(row):
                    return None  # 2031年东非数字峰会 情况简介: the page is the event's own (a fact sheet), whatever it lists
                banner += 1
                self.banner_rows.append(row)
                continue
            named = self._session_named_in_field(row) if fields < 3 and self.is_field_line(row) else None
            if named is not None:
                return named
            if banner and (_is_rule_line(line) or (fields < 3 and self.is_field_line(row))):
                fields += 1  # the event's own fields under its banner (主题：…), a rule line (━━━)
                continue
            if not self._is_heading(row, past_label(line.rstrip("\r\n"))) \
                    or _READING.slot_time.match(line.strip().lstrip(_READING.bullets).lstrip()):
                return None  # (● 09:30—11:00　开幕全体会议：…: a programme's slot, never a page's title)
            if banner and not self._fields_follow(row):
                return None  # a report under its event's banner, not one session's page
            coded = self._coded_page_title(row) or self._code_under_title(row) or self._title_over_kind_field(row)
            if coded is not None:
                return coded
            if self._code_of(row) is not None:
                numbered = True  # 工作坊第287号（WS #287） over 研讨会：…: the title line below names the page's session
                continue
            titled = self._titled_kind(row, past_label(line.rstrip("\r\n")))
            if titled is None and banner:
                return self._title_with_no_kind(row)
            if titled is None or (titled[1], titled[2]) == (titled[0].start, titled[0].end):
                return None  # only its kind (a page about all 高级别政策会议)
            if not numbered and self._titles_another(row, titled[0]):
                return None  # a page listing sessions of a kind (专题研讨会205：…, 专题研讨会318：…)
            _, offset, end = titled
            self.title_key = (offset, end)
            self.page_kind = titled[0].key
            trimmed = self.text[offset:end]
            abbr = closing_abbreviation(trimmed)
            value = {"name": trimmed[:abbr.start()] if abbr else trimmed, "unknown": True, "year": None}
            if abbr:
                value["abbr"] = abbr.group("abbr").strip()
            kind = titled[0]
            after = self.text[kind.end:end].lstrip()
            if after[:1] in "：:" and after[1:].strip():  # 专题研讨会：远程医疗… is also 远程医疗…
                value["alt_zh"] = [_unquoted(after[1:].strip())]  # 研讨会：“…” is also … without its quotes
            return self._with_english(row, Mention("EVENT", offset, end, trimmed, None, value))
        return None

    def _title_with_no_kind(self, row: int) -> Mention | None:
        """信息社会世界峰会论坛2031 | 瑞士日内瓦 / 数字包容：中小企业的数字转型之路 / 时间：…: a title
        under the event's banner with the session's fields right under it titles the page's
        session even when it names no kind (the session is of no kind the text says); not one
        that names a body, a person or an event."""
        line = self.lines[row].rstrip("\r\n")
        if _ENUMERATOR.match(line.strip()) or not self._slot_fields_follow(row):
            return None  # (一、基本信息 / 名称：…; 主席总结 / 2014年6月10日至13日: a section, a document's kind)
        trimmed = title_words(line)
        if not trimmed or not has_cjk(trimmed) or len(trimmed) > TITLE_LINE_MAX:
            return None
        offset = self.line_starts[row] + line.index(trimmed)
        end = offset + len(trimmed)
        if any(m.label in _NAMED for m in self._between(offset, end)):
            return None
        self.title_key = (offset, end)
        self.page_kind = None
        return self._with_english(row, Mention("EVENT", offset, end, trimmed, None,
                                               {"name": trimmed, "unknown": True, "year": None}))

    def _slot_fields_follow(self, row: int) -> bool:
        """The fields right under a line give a time of day (时间：2031年4月8日 10:00–11:00), or who
        moderates or speaks (主持人：…, 发言嘉宾：…): a session's slot, not an event's days."""
        rows = [r for r in range(row + 1, min(row + 10, len(self.lines))) if self.lines[r].strip()][:6]
        return any(self.is_field_line(r) and (any(m.label == "TIME" for m in self._between(
            self.line_starts[r], self.line_starts[r] + len(self.lines[r])))
            or self.lines[r].strip().startswith(_READING.list_labels)) for r in rows)

    def _session_named_in_field(self, row: int) -> Mention | None:
        """会议名称：人工智能促进可持续发展高级别对话 among the first fields (under the event's banner or
        opening the page): a field that gives a name ending with a session's kind word names the
        session the page is about (names.py reads the value as a name, `session_kind` its kind)."""
        start = self.line_starts[row]
        end = start + len(self.lines[row].rstrip("\r\n"))
        named = next((m for m in self._between(start, end) if m.label == "EVENT"
                      and (m.value or {}).get("session_kind") and m.end == end), None)
        if named is None:
            return None
        self.title_key = (named.start, named.end)
        self.page_kind = named.value["session_kind"]
        value = {k: v for k, v in named.value.items() if k != "session_kind"}
        return Mention("EVENT", named.start, named.end, named.text, None, value)

    def _titles_another(self, row: int, kind: Mention) -> bool:
        """A heading further down titles another session of the same kind."""
        for below in range(row + 1, len(self.lines)):
            line = self.lines[below].rstrip("\r\n")
            if not self._is_heading(below, line):
                continue
            titled = self._titled_kind(below, line)
            if titled is not None and titled[0].key == kind.key and (titled[1], titled[2]) != (titled[0].start, titled[0].end):
                return True
        return False

    def _parent_references(self, parent: Mention) -> None:
        """On a session's page, 论坛由国际电联主办 / 本届论坛…: an event word that is not the
        session's own kind, opening a sentence or pointed with (本届, 该), speaks of the event the
        session is part of (named in its banner or breadcrumb, else the first event the page
        names), not of the session."""
        own = self.main_event.text

        def parents(word: str) -> bool:
            return word in parent.text and word not in own

        out = [Mention("EVENT", m.start, m.end, m.text, parent.key, parent.value)
               if m.label == "EVENT_REF" and parents(m.text[-2:]) else m for m in self.mentions]
        taken = {i for m in out for i in range(m.start, m.end)}
        for seg in self.sentences:
            at = seg.start + len(self.text[seg.start:seg.end]) - len(self.text[seg.start:seg.end].lstrip())
            word = next((w for w in _READING.bare_event_words if self.text.startswith(w, at)), None)
            if word and parents(word) and at not in taken:
                out.append(Mention("EVENT", at, at + len(word), word, parent.key, parent.value))
        self.mentions = sorted(out, key=lambda m: (m.start, m.end))
        self.starts = [m.start for m in self.mentions]
        self.ending = {m.end: m for m in self.mentions}

    def titled_sessions_event(self) -> Mention | None:
        """The event the sessions a page names belong to: on a session's page, the event the page's
        session is part of (同期相关会议 lists that event's sessions, 关于论坛 its formats), unless the
        page's session is of a kind that holds sessions (data/lexicon/session_types.json); else the
        report's event."""
        if self.page_holds_sessions():
            return self.main_arg()  # a track day's page: its sessions are parts of that day
        return self.parent_event if self.parent_event is not None else self.main_arg()

    def page_holds_sessions(self) -> bool:
        """Whether the page's session is of a kind that holds sessions (a track day: data/lexicon/session_types.json)."""
        return bool(self.lexicon.concepts.get(self.page_kind or "", {}).get("holds_sessions"))

    def _parent_event(self) -> Mention | None:
        """The event a session's page is part of: named in its banner or breadcrumb, else the first
        dated or known event the page names (read once, when the context is made)."""
        events = [m for m in self.mentions if m.label == "EVENT" and self.identity(m) != "@main"
                  and (m.key or m.value.get("year"))]
        above = [m for m in events if m.end <= self.title_key[0]]
        return (above or events or [None])[0]

    def _is_banner(self, row: int) -> bool:
        """信息社会世界峰会论坛2024 / 2024年5月27日至31日 | 瑞士日内瓦: a line over a session's title
        that holds nothing but its event's name, dates and places (and the marks between them); a
        cell of a few words beside them is a label (WSIS论坛2021 | 会议报告) or a place no lexicon
        knows (巴西若昂佩索阿)."""
        start = self.line_starts[row]
        line = self.lines[row].rstrip("\r\n")
        inside = self._between(start, start + len(line))
        if not any(m.label in ("EVENT", "DATE") for m in inside) or line.rstrip().endswith("。"):
            return False  # (…会议于3月2日至4日在内罗毕举行。: a sentence, the report's own first one)
        for cell in _BANNER_CELL.finditer(line):
            a, b = start + cell.start(), start + cell.end()
            named = [m for m in inside if a <= m.start < b]
            words = sum(1 for ch in _without(self.text, a, b, named) if has_cjk(ch))
            if any(m.label not in _BANNER_LABELS for m in named) and (words + sum(len(m.text) for m in named) > 6
                                                                       or any(m.label in _NAMED for m in named)):
                return False
            if words > 6:
                return False
        return True

    def _names_an_event(self, row: int) -> bool:
        start = self.line_starts[row]
        return any(m.label == "EVENT" for m in self._between(start, start + len(self.lines[row])))

    def _fields_follow(self, row: int) -> bool:
        """A title under an event's banner titles the page's session only when the session's fields
        (时间：…, 地点：…, or a date line) come right after it."""
        rows = [r for r in range(row + 1, min(row + 6, len(self.lines))) if self.lines[r].strip()][:3]
        return any(self.is_field_line(r) for r in rows)

    def _coded_page_title(self, row: int) -> Mention | None:
        """WS #87 / 工作坊第142号 (Workshop 142) / 高级别政策会议7 over a line of words: a session's
        page whose title needs no kind word, since the line above numbers the session. A kind
        with its number names the session with its title (高级别政策会议7：弥合数字鸿沟…); a code
        is another name of it."""
        coded = self._code_of(row)
        if coded is None:
            return None
        code, start, bare, numbered = coded
        title_row = next((r for r in range(row + 1, min(row + 3, len(self.lines))) if self.lines[r].strip()), None)
        if title_row is None:
            return None
        title_line = self.lines[title_row].rstrip("\r\n")
        title = title_line.strip()
        if not has_cjk(title) or not self._is_heading(title_row, title_line) or self._titled_kind(title_row, title_line):
            return None
        offset = self.line_starts[title_row] + title_line.index(title)
        self.title_key = (start, offset + len(title))
        self.code_span = (start, start + len(code))
        value: dict[str, Any] = {"name": title, "unknown": True, "year": None}
        if numbered:
            value["name"], value["alt_zh"] = f"{bare}：{title}", [title]
        latin = ABBR_AFTER.search(code)
        value["abbr"] = latin.group("abbr").strip() if latin else (code if code.isascii() else None)
        if value["abbr"] is None:
            del value["abbr"]
        return self._with_english(title_row, Mention("EVENT", offset, offset + len(title), title, None, value))

    def _code_under_title(self, row: int) -> Mention | None:
        """多语种数字图书馆与本地内容 / (its English line) / 专题研讨会第17号（Thematic Workshop 17）:
        the code line may also stand under the title it numbers."""
        line = self.lines[row].rstrip("\r\n")
        if not has_cjk(line) or self._titled_kind(row, line):
            return None
        below = [r for r in range(row + 1, min(row + 5, len(self.lines))) if self.lines[r].strip()][:2]
        if below and not has_cjk(self.lines[below[0]]):
            below = below[1:]  # the English line under the title comes first
        if not below or not self._is_code_line(below[0]):
            return None
        code = self.lines[below[0]].strip()
        code_start = self.line_starts[below[0]] + self.lines[below[0]].index(code)
        self.code_span = (code_start, code_start + len(code))
        title = self._line_title(row)
        latin = ABBR_AFTER.search(code)
        if latin or code.isascii():
            title.value["abbr"] = latin.group("abbr").strip() if latin else code
        if has_cjk(code):
            title.value["alt_zh"] = [BRACKETS.sub("", code).strip()]  # 专题研讨会第17号 names it too
        return title

    def _title_over_kind_field(self, row: int) -> Mention | None:
        """数字公共产品与开放标准 / 会议类型：专题研讨会 / 日期：…: a title with no kind word over the
        page's fields, one of which gives the session's kind (reading.json, `kind_labels`)."""
        line = self.lines[row].rstrip("\r\n")
        if not has_cjk(line) or self._titled_kind(row, line):
            return None
        for r in range(row + 1, min(row + 10, len(self.lines))):
            field = self.lines[r].strip()
            if not field or not has_cjk(field) and r == row + 1:
                continue  # a blank line, or the title's English line
            if not self.is_field_line(r):
                return None
            label, _, value = field.partition("：") if "：" in field else field.partition(":")
            start = self.line_starts[r] + self.lines[r].index(field) + len(label) + 1
            kinds = [m for m in self._between(start, start + len(value)) if m.label == "SESSION_TYPE"]
            if label.strip().endswith(_READING.kind_labels) and kinds:
                return self._line_title(row)
        return None

    def _line_title(self, row: int) -> Mention:
        """The whole line as the page's session, its title (with the English line under it)."""
        line = self.lines[row].rstrip("\r\n")
        title = line.strip()
        offset = self.line_starts[row] + line.index(title)
        self.title_key = (offset, offset + len(title))
        value: dict[str, Any] = {"name": title, "unknown": True, "year": None}
        return self._with_english(row, Mention("EVENT", offset, offset + len(title), title, None, value))

    def _is_code_line(self, row: int) -> bool:
        return self._code_of(row) is not None

    def _code_of(self, row: int) -> tuple[str, int, str, bool] | None:
        """WS #87, 高级别政策会议7, 工作坊第142号 (Workshop 142): a line that only numbers a session;
        its code, where it starts, the code without brackets, and whether it is a kind with a number."""
        line = self.lines[row].rstrip("\r\n")
        code = line.strip()
        start = self.line_starts[row] + line.index(code)
        bare = BRACKETS.sub("", code).strip()
        kinds = self._between(start, start + len(code))
        kind = kinds[0] if kinds and kinds[0].label == "SESSION_TYPE" and kinds[0].start == start else None
        numbered = bool(kind is not None and _READING.kind_number.match(bare[len(kind.text):]))
        if not numbered and not _READING.session_code.match(code):
            return None
        return code, start, bare, numbered

    def _with_english(self, row: int, title: Mention) -> Mention:
        """Community Networks and the Rural Last Mile under 社区网络与农村最后一公里连接: a line in
        Latin letters right under a page's title, or right over it, is its English name."""
        below = self.english_line_under(row) or (self.lines[row - 1].strip() if self._english_over_its_chinese(row - 1) else None)
        if below:
            title.value["en"] = below
        return title

    def _english_over_its_chinese(self, row: int) -> bool:
        """High-Level Policy Session 7: Building Trust … over 高级别政策会议7：…: a line in Latin letters
        alone, naming nothing the text knows, right over a line in Chinese that is no sentence."""
        if row < 0 or row + 1 >= len(self.lines):
            return False
        line, below = self.lines[row].strip(), self.lines[row + 1].strip()
        if not line or has_cjk(line) or len(_LATIN_WORD.findall(line)) < 3 or not has_cjk(below) or "。" in below \
                or _READING.session_code.match(line):
            return False  # (WS #57 over its title numbers the session: a code, no name)
        start = self.line_starts[row]
        return not any(m.label in ("EVENT", "DATE", "ORG") for m in self._between(start, start + len(self.lines[row])))

    def english_line_under(self, row: int) -> str | None:
        """The line right under a title when it is in Latin letters, brackets taken off (a title's
        English name: （Thematic Workshop: …）)."""
        below = self.lines[row + 1].strip() if row + 1 < len(self.lines) else ""
        if below[:1] in "（(" and below[-1:] in "）)":
            below = below[1:-1].strip()
        if below and not has_cjk(below) and any(ch.isalpha() for ch in below) and not below.endswith("."):
            return below
        return None

    def _names_the_page(self, a: int, b: int) -> bool:
        """The page's own session named again: its code line (专题研讨会第17号（Thematic Workshop 17）)
        over its fields, or its title in a list of sessions with a note after it (…（本场）)."""
        if self.title_key is None or self.main_event is None:
            return False
        if self.code_span is not None and self.code_span[0] <= a and b <= self.code_span[1]:
            return True
        return BRACKETS.sub("", self.text[a:b]).strip() == self.main_event.text


LATIN_AFTER = re.compile(r"\s+[A-Za-z][A-Za-z &/.\-]*$")  # 主持人 Moderator, 议程 Agenda: a label's English words
_LABEL_BAR = re.compile(r"^(\s*[\u4e00-\u9fff]{2,6}\s*(?:｜|\s\|\s))(?=\S)")


def _is_rule_line(line: str) -> bool:
    """━━━━━━ or ------: a line drawn across the page, with no words."""
    body = line.strip()
    return len(body) >= 3 and not any(ch.isalnum() for ch in body)


def past_label(line: str) -> str:
    """会议综述｜高级别政策会议7：…, 会议摘要：行动方针C4促进会议：…: the line with the short label
    before its bar, or a page's label before its colon or after its title (reading.json
    `page_labels`), blanked (same length), so the title is read as the line's title."""
    label = _LABEL_BAR.match(line) or _READING.page_label.match(line)
    line = " " * len(label.group(1)) + line[label.end():] if label else line
    suffix = _READING.page_suffix.search(line)  # …专题轨道情况介绍: the title before what the page is
    return line[:suffix.start()] + " " * (len(line) - suffix.start()) if suffix else line


_BANNER_CELL = re.compile(r"[^|｜·]+")
_NAMED = ("ORG", "PERSON", "EVENT", "SESSION_TYPE")


def _without(text: str, a: int, b: int, mentions: list[Mention]) -> str:
    """text[a:b] with the words of its mentions left out."""
    kept, last = [], a
    for m in mentions:
        kept.append(text[last:m.start])
        last = max(last, m.end)
    kept.append(text[last:b])
    return "".join(kept)


_BANNER_LABELS = ("EVENT", "DATE", "PLACE", "COUNTRY", "TIME", "QUANTITY")  # (WSIS Forum 2017): a year


CLOSING = {"“": "”", "「": "」", "『": "』", "《": "》", '"': '"'}  # the quotation mark that closes each


def _unquoted(title: str) -> str:
    """A title without the quotation marks around the whole of it."""
    if len(title) > 2 and CLOSING.get(title[0]) == title[-1]:
        return title[1:-1]
    return title


def has_cjk(words: str) -> bool:
    return any("\u4e00" <= ch <= "\u9fff" for ch in words)


_LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z'’\-]*")  # Moderator: John Smith（约翰·史密斯） is a field, not a title
_LABEL_COLON = re.compile(r"[A-Za-z]\s*:")  # a label's colon after its word, not a clock time's (09:30)


def after_slot_time(line: str) -> int | None:
    """Where a programme line's words begin past its marker and the clock time of its slot that
    opens it (4. 10:00–11:30 青年创新展示, 上午 开幕式), or None when no slot time opens the line."""
    body = _READING.section_number.sub("", line.lstrip().lstrip(_READING.bullets).lstrip())  # (  - 15:00–16:30 …)
    time = _READING.slot_time.match(body)
    return len(line) - len(body) + time.end() if time is not None else None


# (Plenary: …) in plain brackets, or （“Open Data for All”） quoted: a translation's English name after the title
_ENGLISH_GLOSS_AFTER = re.compile(r"\s*(?:\(|[（(]\s*[“\"])\s*[A-Z][^（）()\u4e00-\u9fff]*[a-z][^（）()\u4e00-\u9fff]*[）)]\s*$")


def title_words(line: str) -> str:
    """A title line without its enumerator and the marks around it (• “…”, *…*), keeping the
    quotes that close a title written inside the line (研讨会：“让每个村庄都有数字导师”); of a
    title written in English with its Chinese name in brackets after it, that Chinese name."""
    trimmed = _ENUMERATOR.sub("", line.strip().lstrip(_READING.title_marks)).strip(_READING.title_marks)
    trimmed = _READING.slot_time.sub("", trimmed)  # ● 09:30—11:00　开幕全体会议：…: when, no part of the title
    trimmed = _READING.code_before_bar.sub("", trimmed)  # WS 12｜面向农村社区的社区网络: its code, no part of its name
    trimmed = _READING.date_note.sub("", trimmed)  # …高级别政策会议（4月13日上午）: when, no part of its name
    speech = _READING.speech_title.match(trimmed)
    if speech is not None:  # 秘书长在…开幕全体会议上的讲稿: the meeting the speech was given at
        trimmed = speech.group("meeting").strip()
    gloss = chinese_gloss(trimmed)
    if gloss is not None:
        return trimmed[gloss[0]:gloss[1]]
    english = _ENGLISH_GLOSS_AFTER.search(trimmed)
    if english is not None and english.start() > 0:  # 远程医疗十年 (Action Line C7 e-Health: …): its English name
        trimmed = trimmed[:english.start()].strip(_READING.title_marks)
    for opening, closing in CLOSING.items():
        if trimmed.count(opening) > trimmed.count(closing):
            after = line.find(trimmed) + len(trimmed)
            if line[after:after + 1] == closing:
                trimmed += closing
    return trimmed



def chinese_gloss(words: str) -> tuple[int, int] | None:
    """Coding for Inclusion: Open STEM Curricula (Action Line C4)（编程促包容：…（C4）…）: words in
    Latin letters (two at least, four if a label's colon is among them: Moderator: John Smith（…）
    is a field), then their Chinese name wholly in brackets (brackets may nest inside it); where
    that Chinese name starts and ends. A translated page titles its sessions so (Opening Plenary（开幕全体会议）)."""
    at = opening_bracket(words, 0, len(words))
    if at is None:
        return None
    english, inside = words[:at].strip(), words[at + 1:-1]
    gloss = inside.strip()
    words_in = len(_LATIN_WORD.findall(english))
    if has_cjk(english) or words_in < 2 or words_in < 4 and _LABEL_COLON.search(english) or not has_cjk(gloss):
        return None
    start = at + 1 + len(inside) - len(inside.lstrip())
    return start, start + len(gloss)
