"""Programme items: one line of an event's programme gives one session its date and its title.

    · 开幕全体会议：11月17日10:00-12:30（UTC+04:00），由国际电信联盟组织。
    • 11月11日，13:00-14:30：国际电联女性信息通信技术部长和领导人网络（NoW）高级别会议，由NoW组织
    1. 2024年5月30日，09:00-09:30（UTC+02:00）——机器人展示区开幕，由电气电子工程师学会组织。

The item's words are cut into cells at a colon, a dash pair, a comma or a semicolon. A cell of
nothing but a date (with its clock time) dates the item; the first other cell is its title, and
the rest of the line (由X组织, X主持) speaks of the session it names. A line is an item only when
a date cell stands before its title or right after it, so that a field (代表人数：2700余名) or a
partner line (白金合作伙伴：华为) is not one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import Mention
from .conventions import read_when_used
from .names import CJK, SESSION_ORDINAL
from .text import ENGLISH_IN_BRACKETS, opening_bracket

_READING = read_when_used()
# A colon or a dash between digits is part of a clock time (10:00, 09:30—10:30), not a cut.
_CUT = re.compile(r"——|(?<!\d)[:—](?!\d)|[：|｜，,；;]")
_QUOTED = re.compile(r"[“「][^”」\n]{1,60}[”」]")  # a title in quotes keeps its colon
_DATE_FILLER = re.compile(r"[\s（(][^（）()]{0,16}[）)]|[\s从起至到\-–—~～、]|^\s*[在于](?=\s)")  # 在 2026年5月6日: a translation's "On"


@dataclass(frozen=True)
class ItemCells:
    """Where an item's title stands and the date that dates it."""

    title: tuple[int, int]
    date: Mention
    places: tuple[Mention, ...] = ()


def item_cells(text: str, start: int, line: str, mentions: list[Mention]) -> ItemCells | None:
    """The title and date cells of a programme line starting at `start`, or None when the line
    is no programme item. `mentions` are the mentions inside the line, in text order. A line with
    no bullet or number is an item only when a session's kind opens it and its date follows its
    title (开幕式：2月9日 09:00—10:00), as a numbered list is read when its numbers were taken for a
    fact sheet's field numbers."""
    listed = bool(_READING.list_item.match(line))
    body = _READING.section_number.sub("", line.lstrip().lstrip(_READING.bullets))
    offset = start + len(line) - len(body.lstrip()) if body.strip() else start
    quoted = [(m.start(), m.end()) for m in _QUOTED.finditer(text, offset, start + len(line.rstrip()))]
    cells = cells_between(text, offset, start + len(line.rstrip()), _CUT, quoted)
    kinds = [cell_kind(text, a, b, mentions) for a, b in cells]
    title = next((i for i, k in enumerate(kinds) if k == "text"), None)
    if title is None:
        return None
    last = title + 1 if _titled_after_its_kind(text, cells, kinds, title, mentions) else title
    dated = [i for i in range(min(last + 3, len(cells))) if kinds[i] == "date" and (i < title or i > last and all(
        kinds[j] in ("date", "time") for j in range(last + 1, i)))]
    a, b = cells[title][0], cells[last][1]
    named = [(m.start, m.end) for m in mentions if m.label in ("SESSION_TYPE", "EVENT") and a <= m.start and m.end <= b]
    inner = next(((qa + 1, qb - 1) for qa, qb in quoted if a <= qa and qb <= b), None)
    if inner is None and _reports_held(text, a, b, named):
        return None  # 9. 在3月18日下午，会议举行了关于…的磋商: a sentence, no programme line
    if inner is not None and inner[1] + 1 == b and _kind_before(a, inner[0] - 1, mentions):
        inner = None  # 部长级圆桌“普遍且有意义的连接”: a kind and its title in quotes are the name
    if inner is not None:  # 其“高级别政策会议：…”被举行: the title is what the quotes hold
        a, b = inner
    else:  # …促进者会议（由联合国教科文组织（UNESCO）组织）: a note on who runs it is no part of the name
        a, b = a, _before_a_note(text, a, b)
    if not dated or not _is_title(text[a:b], a, b, mentions, noted=b < cells[title][1]):
        return None
    if not listed and not (title == 0 and dated[0] == last + 1 and _kind_opens(text, cells[0], mentions)
                           and text[cells[last][1]:cells[dated[0]][0]].strip() in ("：", ":")
                           and "。" not in line):
        return None  # 第一次全体会议：…：2月9日 10:15—12:30；…: unlisted, a kind's title then its date (a numbered list read as fields)
    date = next(m for m in mentions if m.label == "DATE" and cells[dated[0]][0] <= m.start < cells[dated[0]][1])
    return ItemCells((a, b), date, _places_after(text, cells[max(last, dated[-1]) + 1:], mentions))


_COUNTED = re.compile(r"\s*(?:[一二三四五六七八九十]{1,3}|\d{1,3}|[A-Z])?\s*")  # 部长级圆桌会议一, 研讨会 2
_TITLE_MARKS = ("——", "—", "：", ":")
_FIELD_LABEL_WORDS = 6  # 会议时间, 活动举办地点: a field's label, its last words a label of the layout


def _titled_after_its_kind(text: str, cells: list[tuple[int, int]], kinds: list[str], title: int,
                           mentions: list[Mention]) -> bool:
    """· 7月5日：部长级圆桌会议一——人工智能时代的数字信任: a cell that is a session's kind (and its
    number) followed, past a dash or a colon, by words is titled by them; the name is both."""
    if title + 1 >= len(cells) or kinds[title + 1] != "text":
        return False
    (a, b), (c, d) = cells[title], cells[title + 1]
    kind = next((m for m in mentions if m.label == "SESSION_TYPE" and a <= m.start < b), None)
    if kind is None or kind.start != a and not SESSION_ORDINAL.fullmatch(text, a, kind.start) \
            and not _topic_before(text, a, kind.start, mentions) \
            or not _COUNTED.fullmatch(text, kind.end, b):
        return False  # (第1场会议：神经技术与精神隐私: an ordinal before the kind numbers it too)
    words = text[c:d]
    return text[b:c].strip() in _TITLE_MARKS and not words.startswith(tuple(_READING.item_clause_openers)) \
        and words.strip() not in _READING.field_labels and not any(
            m.label in ("PERSON", "ORG", "ROLE") and c <= m.start < d for m in mentions)


def _topic_before(text: str, a: int, b: int, mentions: list[Mention]) -> bool:
    """能力建设|工作坊：…: a kind whose cell opens with a topic's words (and nothing else) before it."""
    return any(m.label == "TOPIC" and m.start == a and m.end == b for m in mentions)


def _reports_held(text: str, a: int, b: int, names: list[tuple[int, int]]) -> bool:
    """The words of a title cell with no quotes, outside the names in it (开幕式), report something
    held with words on both sides of the verb (会议举行了关于…的磋商, not 机器人展示区开幕 or
    闭幕对话): the cell is a clause of a sentence that a numbered paragraph opens with its date."""
    words = "|".join(text[x:y] for x, y in _outside(a, b, names)).strip("|")
    return any(0 < words.find(word) < len(words) - len(word) for word in _READING.held_words)


def _outside(a: int, b: int, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    parts, at = [], a
    for x, y in sorted(spans):
        if at <= x and y <= b:
            parts.append((at, x))
            at = y
    return [*parts, (at, b)]


def _places_after(text: str, cells: list[tuple[int, int]], mentions: list[Mention]) -> tuple[Mention, ...]:
    """- 2030年南部非洲筹备磋商会，2030年9月22日，马普托，莫桑比克: the cells after an item's title
    and date that hold places and nothing else (one, or a country and its city: 瑞士日内瓦) say
    where the item was held."""
    places: list[Mention] = []
    for a, b in cells:
        inside = [m for m in mentions if m.label in ("PLACE", "COUNTRY") and a <= m.start and m.end <= b]
        if not inside or "".join(m.text for m in inside) != "".join(text[a:b].split()):
            break
        places.extend(inside)
    return tuple(places)


def _before_a_note(text: str, a: int, b: int) -> int:
    """Where a title ends before the brackets that close its cell when they open with a passive
    marker (（由…组织）, reading.json `passive_marker`) or hold only the title in English after a
    Chinese one (闭幕对话（Closing Dialogue）)."""
    at = opening_bracket(text, a + 1, b)
    if at is None or not text[a:at].strip():
        return b
    english = ENGLISH_IN_BRACKETS.match(text, at, b) and CJK.search(text, a, at)
    return at if english or _READING.passive_marker.match(text, at + 1) else b


def _kind_opens(text: str, cell: tuple[int, int], mentions: list[Mention]) -> bool:
    """A cell that opens with a session's kind, an ordinal before it or not (第一次全体会议, 开幕式)."""
    a, b = cell
    return any(m.label == "SESSION_TYPE" and a <= m.start and m.end <= b
               and (m.start == a or SESSION_ORDINAL.fullmatch(text, a, m.start)) for m in mentions)


def _kind_before(a: int, quote: int, mentions: list[Mention]) -> bool:
    """The words before a title's quotes are a session kind alone, beginning the cell."""
    return quote > a and any(m.label == "SESSION_TYPE" and m.start == a and m.end == quote for m in mentions)


def cells_between(text: str, start: int, end: int, cut: re.Pattern,
                  keep: list[tuple[int, int]] = ()) -> list[tuple[int, int]]:
    """The words of text[start:end] between the matches of `cut` (none inside a `keep` span: a
    quoted title's own colon), each without the blanks around it."""
    cuts = [c for c in cut.finditer(text, start, end) if not any(a < c.start() < b for a, b in keep)]
    cells, at = [], start
    for found in [*cuts, None]:
        stop = found.start() if found else end
        words = text[at:stop]
        if words.strip():
            lead = len(words) - len(words.lstrip())
            cells.append((at + lead, at + lead + len(words.strip())))
        if found is not None:
            at = found.end()
    return cells


def cell_kind(text: str, a: int, b: int, mentions: list[Mention]) -> str:
    """`date` for a cell of a date and its clock time (and the part of the day: 5月12日上午), `time`
    for a clock time alone, else `text`."""
    inside = [m for m in mentions if a <= m.start and m.end <= b and m.label in ("DATE", "TIME")]
    rest = text[a:b]
    for m in sorted(inside, key=lambda m: m.start, reverse=True):
        rest = rest[:m.start - a] + " " + rest[m.end - a:]
    rest = _READING.day_parts.sub(" ", rest)  # 5月12日上午: the date's part of the day
    if not inside or _DATE_FILLER.sub("", rest):
        return "text"
    return "date" if any(m.label == "DATE" for m in inside) else "time"


def _is_title(words: str, a: int, b: int, mentions: list[Mention], noted: bool = False) -> bool:
    """A session's name: short, no sentence, no clause (由…组织, 在…), not a name of one body
    unless a note says who runs it (数字青年创新中心（由国际电联组织）: a body does not get run)."""
    if not 2 <= len(words) <= 40 or any(mark in words for mark in "。；;"):
        return False
    label = words.strip()
    if words.startswith(tuple(_READING.item_clause_openers)) or label in _READING.field_labels \
            or len(label) <= _FIELD_LABEL_WORDS and label.endswith(_READING.field_labels):
        return False  # (- 时间：…, - 会议时间：2028年10月3日至5日: a field's label in a bulleted list, no session)
    return not any(m.start == a and m.end == b and m.label in ("PERSON", "COUNTRY", "PLACE", *(() if noted else ("ORG",)))
                   for m in mentions)
