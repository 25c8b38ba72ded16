"""Fields laid out as tables or label lines, read as the `label：value` lines the rules know.

    | 日期 | 2025年7月8日（星期二） |          ->   日期 ：2025年7月8日（星期二）
    Date & Time 日期和时间                    ->              日期和时间：
    2016年12月7日，星期三                         2016年12月7日，星期三   (one line)

The reading view changes characters one for one, so every offset into it is an offset into the
source text; the evidence quotes are taken from the source (`requote`). Which labels may stand
alone on a line is data (data/rules/reading.json, `field_layout`).
"""

from __future__ import annotations

import re
from functools import cache

from ..model import Fact, Mention, Span
from .conventions import conventions
from .names import CJK, office_heads
from .session_page import LATIN_AFTER, after_slot_time
from .tables import RULE_ROW, header_columns, table_cells

_ROW = re.compile(r"^(\s*)[|｜]([^|｜\n]+)[|｜]([^|｜\n]*)[|｜]\s*$")
_FIGURE_CELL = re.compile(r"^\D{0,2}\d+(?:[.,]\d+)?\s*\D{0,3}$")  # 70余场, 1450余人, 约18位: a number and its word or two
_BARE_ROW = re.compile(r"^(\s*)([^|｜\n]+?)[|｜]([^|｜\n]+)$")  # 日期 Dates | 2031年10月7日—9日: one bar, no outer bars
_LATIN_LABEL = re.compile(r"^(\s*)([A-Za-z][A-Za-z &/.\-]*?)(\s*)(?=[\u4e00-\u9fff])")
_SHORT_LABEL = re.compile(r"[\u4e00-\u9fff]{1,8}\s*[：:]")
_NUMBERED_FIELD = re.compile(r"^\s*((?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*[．.、)）]|[（(](?:\d{1,2}|[一二三四五六七八九十]{1,3})[)）])\s*(?=[\u4e00-\u9fff]{1,8}\s*[：:])")
# Gold Partner（黄金合作伙伴）：…: (the English label and the opening bracket)(the Chinese label) then the closing bracket
_LATIN_THEN_BRACKETED_LABEL = re.compile(r"^\s*(?:[-•·*]\s*)?([A-Za-z][A-Za-z &/.\-]{1,40}?\s*[（(])[\u4e00-\u9fff]{1,10}([）)])\s*[：:]")
# (1.1 )(会议名称)(    )2027年…: a section's number, a label, two blanks or more, its value (not a colon:
# **轨道日期**：… is a label and its colon, its Markdown marks blanked)
_SPACED_FIELD = re.compile(r"^[ \t\u3000]*(\d{1,2}(?:\.\d{1,2})+[ \t\u3000]+)?([\u4e00-\u9fff]{2,8})([ \t\u3000]{2,})(?=[^\s：:])")
_LABEL_THEN_LATIN = re.compile(r"^\s*(?:[-•·*]\s*)?[\u4e00-\u9fff]{1,8}(\s+[A-Za-z][A-Za-z &/.\-]{0,30}?)\s*[：:]")


def reading_view(text: str) -> str:
    """The text with its laid-out fields written as `label：value` (same length)."""
    text = _without_markdown(text)
    chars = list(text)
    lines = text.splitlines(keepends=True)
    start = 0
    tables = _programme_tables(lines)
    for row, line in enumerate(lines):
        if row not in tables:
            _table_field(chars, start, line, _in_bare_table(lines, row))
        _timed_cells(chars, start, line, lines[:row])
        _spaced_field(chars, start, line, lines[row - 1] if row else "", lines[row + 1] if row + 1 < len(lines) else "")
        _numbered_field(chars, start, line, lines[row - 1] if row else "", lines[row + 1] if row + 1 < len(lines) else "")
        _label_line(chars, start, line, lines[row + 1:row + 2 + conventions().place_lines_max])
        _wrapped_value(chars, start, line, lines[row + 1] if row + 1 < len(lines) else "")
        _glossed_label(chars, start, line)
        _list_heading(chars, start, line, lines[row + 1:row + 3])
        _glossed_heading(chars, start, line, lines[row + 1] if row + 1 < len(lines) else "")
        start += len(line)
    _english_glosses(chars, text)
    _english_before_chinese(chars, text)
    return simplified(_name_dots("".join(chars)))


_TRADITIONAL_SHARE = 0.02  # of a page's Chinese characters written in their Traditional form


def simplified(text: str) -> str:
    """A page written in Traditional characters (信息社會世界峰會於日內瓦舉行) read in Simplified ones,
    which the lexicons and rules are written in: OpenCC's phrase-aware conversion where it keeps
    the length, else character by character, so offsets stay those of the source. A Simplified
    page with a few Traditional forms (a quoted name) is left as it is."""
    converter = _traditional_to_simplified()
    chinese = CJK.findall(text)
    changed = sum(1 for c in set(chinese) if converter.convert(c) != c)
    if not chinese or changed < max(2, _TRADITIONAL_SHARE * len(set(chinese))):
        return text
    whole = converter.convert(text)
    if len(whole) == len(text):
        return whole
    return "".join(o if len(o := converter.convert(c)) == 1 else c for c in text)


def in_simplified(value: str) -> str:
    """A name in Simplified characters, however it was written (國際電聯 -> 国际电联)."""
    return _traditional_to_simplified().convert(value)


@cache
def _traditional_to_simplified():
    import opencc  # (loaded once, when a page is first read)
    return opencc.OpenCC("t2s")


# 萨凡纳电信 Savanna Telecom；…, 开幕式 Opening Ceremony — …: English words after Chinese ones, up to
# a mark that closes an item (a list's 、；, a label's colon, a bracket, a dash, a bar, the line's end);
# an English title's own colon (High-Level Dialogue: Youth and Digital Jobs) is inside the gloss
_GLOSS = re.compile(r"(?<=[\u4e00-\u9fff）)》”])[ \t]+[A-Za-z](?:[A-Za-z0-9 &/.,'’\-]|:(?=[ \t]+[A-Za-z]))*?(?:[ \t]*[(（][A-Za-z0-9 &/.,'’\-]+[)）])?"
                    r"(?=[ \t]*(?:[；;、：|｜（(—–]|:(?![ \t]+[A-Za-z])|\r?\n|$))")
_BILINGUAL_GLOSSES = 6  # a page that glosses this many of its Chinese words in English is bilingual


def _english_glosses(chars: list[str], text: str) -> None:
    """A bilingual page glosses its Chinese words in English right after them (约瑟夫·基普罗蒂奇
    Joseph Kiprotich（…）; 金牌合作伙伴 Gold Partners：A East Africa Cloud；B): the glosses are read
    as blanks, so lists, fields and programme lines read as on a Chinese page. A page with a few
    English words only (a translation that keeps a venue's name) keeps them."""
    glosses = list(_GLOSS.finditer(text))
    if len(glosses) < _BILINGUAL_GLOSSES:
        return
    for m in glosses:
        _blank(chars, m.start(), m.end())
        translated = _TRANSLATION_AFTER.match(text, m.end())
        if translated is not None and text[m.start() - 1] in conventions().before_a_translated_name \
                and _translates(m.group(), translated.group("words")):  # 由 ITU（国际电信联盟）、UNESCO（…）: the name read in Chinese, no brackets left around it
            _blank(chars, *translated.span("opening"))
            _blank(chars, *translated.span("closing"))


# （国际电信联盟） right after English words that stand where a name does (reading.json `translated_after`): their
# translation, which is then read in their place
_TRANSLATION_AFTER = re.compile(r"[ \t]*(?P<opening>[（(])(?P<words>[^（）()\n]*?[\u4e00-\u9fff][^（）()\n]*?)(?P<closing>[）)])")


# Tasman Pacific Cables（塔斯曼太平洋海缆公司）, 11–15 August 2036（2036年8月11日至15日）: English words
# (one with a small letter at least: ITU（国际电联）keeps its abbreviation) and the Chinese they are
# translated as, in brackets right after them
_LATIN_THEN_BRACKETED_CHINESE = re.compile(
    r"(?:(?<=[：；、，])|(?<=[\u4e00-\u9fff][:;,]))[ \t]*([A-Za-z0-9][A-Za-z0-9 &/.,'’\-–]*[a-z][A-Za-z0-9 &/.,'’\-–]*?[ \t]?[（(])"
    r"(?=[\u4e00-\u9fff0-9])([^（）()\n]*?[\u4e00-\u9fff][^（）()\n]*?)([）)])")
# Losana Vunibola 洛萨娜·武尼博拉, Director-General 总干事, …: an item (a line or what follows a
# colon or a comma) of English words then, after a blank, the Chinese they are translated as, up to
# a mark that ends the item (two characters only after one
# English word: Minister 部长, but Desmond A. Whitaker 先生 is a name and its honorific)
_LATIN_THEN_CHINESE = re.compile(
    r"(?:^[ \t]*(?:[-•·*▪◆■●][ \t]*)?|(?<=[：:，,；;、])[ \t]*)([A-Z][A-Za-zÀ-ÿ0-9&/.'’\-]*(?: +[A-Za-zÀ-ÿ0-9&/.'’\-]+)*[ \t]+)"
    r"(?=(?P<chinese>[\u4e00-\u9fff]{2,}|[\u4e00-\u9fff]+[·・][\u4e00-\u9fff·・]+)(?:[ \t]*(?:[，,；;、（(|｜]|\r?\n|$)))", re.M)
# a line in English alone right over a line in Chinese: its translation, on a bilingual page
_LATIN_LINE_OVER_CHINESE = re.compile(r"^[ \t]*[A-Za-z][^\u4e00-\u9fff\n]*[a-z][^\u4e00-\u9fff\n]*(?=\r?\n[ \t]*[^A-Za-z\s][^A-Za-z\n]*[\u4e00-\u9fff])", re.M)


def _english_before_chinese(chars: list[str], text: str) -> None:
    """A translated page may keep the English and write the Chinese after it: a name with its
    translation in brackets (Tasman Pacific Cables（塔斯曼太平洋海缆公司）), a name and its translation
    after a blank (Kenji Watanabe 渡边健二), a title line over its translation. The English is read
    as blanks (and a translation's brackets too), so every name is read once, in Chinese, as on a
    Chinese page. The unbracketed forms only on a page that writes so throughout; a page with a
    few English words only keeps them."""
    bracketed = [m for m in _LATIN_THEN_BRACKETED_CHINESE.finditer(text) if _translates(m.group(1), m.group(2))]
    loose = [m.span(1) for m in _LATIN_THEN_CHINESE.finditer(text) if len(m.group("chinese")) > 2 or " " not in m.group(1).strip()]
    loose += [m.span() for m in _LATIN_LINE_OVER_CHINESE.finditer(text)]
    for m in bracketed:
        _blank(chars, *m.span(1))
        _blank(chars, *m.span(3))
    if len(bracketed) + len(loose) < _BILINGUAL_GLOSSES:
        return
    for start, end in loose:
        if any(ch.islower() for ch in text[start:end]):  # (UNCTAD 会议: an abbreviation before Chinese words stays)
            _blank(chars, start, end)


def _translates(latin: str, bracketed: str) -> bool:
    """Whether the Chinese in brackets after English words is their translation, not words about
    them: Amina Diop（全球女性编程网络创始人）and Prof. Kwabena Asare（主任，West African …）say what a
    person is (an office, a comma between the office and the body), Coral Sea …, Suva, Fiji（斐济苏瓦，…）
    translates a place its commas part."""
    words = bracketed.strip()
    if words.endswith(office_heads()):
        return False
    return not any(mark in words for mark in "，,") or "," in latin


def _blank(chars: list[str], start: int, end: int) -> None:
    """The characters at start..end read as blanks (line breaks kept: offsets and lines stay)."""
    for i in range(start, end):
        if chars[i] not in "\r\n":
            chars[i] = " "


def _timed_cells(chars: list[str], start: int, line: str, above: list[str]) -> None:
    """11:00-13:00 | 会议1：农村连接 | Salón Barahona: a programme line whose cells bars part, with
    no bars around them (when | what | where), is read as its slot's time, then its title: the bar
    after the time as a blank, and the cells after the title, the room, as blanks too, being no
    part of the title. A cell after the title that is a field of its own (主持：…) keeps the line
    as it is, and so does a row of a table whose header (时间 | 会议 | 主持人) names its columns."""
    bar = after_slot_time(line)
    if bar is None or line[bar:bar + 1] not in _BARS or _under_a_header(above):
        return
    body = line.rstrip("\r\n")
    second = next((i for i in range(bar + 1, len(body)) if body[i] in _BARS), None)
    if second is None or not body[bar + 1:second].strip() or any(ch in body[second:] for ch in "：:"):
        return
    for i in [bar, *range(second, len(body))]:
        chars[start + i] = " "


_BARS = "|｜"


def _under_a_header(above: list[str]) -> bool:
    """Whether the run of lines with bars right above ends, upwards, at a line that opens with no
    slot time: a table's header."""
    for line in reversed(above):
        if not any(bar in line for bar in _BARS):
            return False
        if after_slot_time(line) is None:
            return True
    return False


def _spaced_field(chars: list[str], start: int, line: str, above: str, below: str) -> None:
    """1.1 会议名称    2027年…审查会议 / 1.2 会期        6月14日至16日: a fact sheet sets its values in a
    column after their labels, blanks between, no colon. A short Chinese label, then two blanks or
    more, then the value, is a field when the section's number (1.1) opens it or the line next to it
    is laid out the same way: the number is read as blanks and the first blank as the colon."""
    found = _SPACED_FIELD.match(line)
    if found is None or not (found.group(1) or _SPACED_FIELD.match(above) or _SPACED_FIELD.match(below)):
        return
    if found.group(1):
        _blank(chars, start + found.start(1), start + found.end(1))
    chars[start + found.start(3)] = "："


def _numbered_field(chars: list[str], start: int, line: str, above: str, below: str) -> None:
    """1．名称：… 2．时间：…, （一）会议名称：… （二）会议时间：…: a fact sheet numbers its fields; the number is no part of the field
    and no figure, so it is read as blanks. A line next to it is numbered the same way: one
    numbered line alone (2. 圆桌：…, 一、东道国：…) is a heading with a title, not a field."""
    numbered = _NUMBERED_FIELD.match(line)
    if numbered is not None and (_NUMBERED_FIELD.match(above) or _NUMBERED_FIELD.match(below)):
        _blank(chars, start + numbered.start(1), start + numbered.end(1))


_BOLD_LABEL = re.compile(r"\*\*([^*\n：:]{1,20})\*\*([：:])")  # **轨道日期**：: a label in bold, its colon after the marks


def _without_markdown(text: str) -> str:
    """- **活动名称：** X, **开幕式**（09:00）: a page kept as Markdown, its marks of emphasis and of
    headings blanked (reading.json `markdown_marks`), so that labels, names and titles read as words,
    and so are the lines drawn to part a page's items (`rule_lines`); other marks that open items
    (▶, ○, ✓) read as the bullet • (`other_bullets`);
    a dash opening an item (  – 时间：…) read as the bullet it is (`dash_bullets`)."""
    text = _BOLD_LABEL.sub(lambda m: "  " + m.group(1) + m.group(2) + "  ", text)  # **轨道日期**：… as 轨道日期：…
    text = conventions().markdown_marks.sub(lambda m: " " * len(m.group()), text)
    text = conventions().rule_lines.sub(lambda m: " " * len(m.group()), text)  # ━━━━━━: a blank line
    text = conventions().other_bullets.sub(lambda m: m.group(1) + "•", text)  # ▶ 白金级合作伙伴: a bullet
    return conventions().dash_bullets.sub(lambda m: m.group(1) + "-", text)


def _name_dots(text: str) -> str:
    """康斯坦斯.博默拉, 让•雅克·卢梭: a dot some pages write between two Chinese characters for the
    middle dot of a transliterated name is read as that middle dot."""
    dots = re.escape(conventions().name_dots)
    return re.sub(rf"(?<={CJK.pattern})[{dots}](?={CJK.pattern})", "·", text)


def requote(facts: list[Fact], source: str) -> None:
    """Evidence quotes as the source writes them (a table's bars, a label line's break), and a
    person's name as the source writes it where the reading view changed its dots (康斯坦斯.博默拉)."""
    for fact in facts:
        fact.spans = [Span(s.start, s.end, source[s.start:s.end]) for s in fact.spans]
        for m in fact.args.values():
            if isinstance(m, Mention) and m.label == "PERSON":
                name = m.value.get("name") or m.text
                written = source[m.start:m.start + len(name)]
                if m.text.startswith(name) and written != name:
                    m.value["written"] = written
        if fact.trigger is not None:
            t = fact.trigger
            fact.trigger = Span(t.start, t.end, source[t.start:t.end])


def _in_bare_table(lines: list[str], row: int) -> bool:
    """Whether a line with one bar stands beside another such line: rows of a two-column table
    written without outer bars (会议综述｜高级别政策会议7：… alone is a title with a label)."""
    def bare(r: int) -> bool:
        return 0 <= r < len(lines) and _BARE_ROW.match(lines[r].rstrip("\r\n")) is not None
    return bare(row) and (bare(row - 1) or bare(row + 1))


def _table_field(chars: list[str], start: int, line: str, bare_table: bool = False) -> None:
    """| 日期 | 2025年7月8日 |: the label's bars become blanks and the bar after it a colon; so
    does the one bar of a row written without outer bars (日期 Dates | 2031年10月7日—9日), whose
    label's English words are blanked."""
    found = _ROW.match(line.rstrip("\r\n"))
    if found is None and bare_table and not RULE_ROW.match(line):
        _bare_table_field(chars, start, line)
        return
    if found is None or RULE_ROW.match(line):
        return
    label = found.group(2).strip()
    english = LATIN_AFTER.search(label)  # | 注册青年代表 Registered youth delegates | 1,850 |: the Chinese label
    label = label[:english.start()].strip() if english and english.start() > 0 else label
    if not label or len(label) > conventions().field_label_max or any(ch.isdigit() for ch in label):
        return
    first = start + len(found.group(1))
    second = first + 1 + len(found.group(2))
    last = second + 1 + len(found.group(3))
    chars[first], chars[second], chars[last] = " ", "：", " "


def _bare_table_field(chars: list[str], start: int, line: str) -> None:
    found = _BARE_ROW.match(line.rstrip("\r\n"))
    if found is None or _FIGURE_CELL.match(found.group(3).strip()):
        return  # (分组会议 | 70余场: a row of figures, read as a table of figures)
    english = LATIN_AFTER.search(found.group(2))
    label = found.group(2)[:english.start()] if english else found.group(2)
    if not label.strip() or len(label.strip()) > conventions().field_label_max or not all(CJK.match(ch) for ch in label.strip()):
        return
    first = start + len(found.group(1))
    if english:
        _blank(chars, first + english.start(), first + english.end())
    chars[first + len(found.group(2))] = "："


def _label_line(chars: list[str], start: int, line: str, below: list[str]) -> None:
    """A label alone on its line (English words beside it blanked) with its value on the next; a
    place's value may run over a few lines (the venue, then its city and country), read as one."""
    body = line.rstrip("\r\n")
    latin = _LATIN_LABEL.match(body)
    words = body[latin.end():] if latin else body
    if not below or not below[0].strip() or not words.strip().endswith(conventions().field_labels):
        return
    if len(words.strip()) > 8 or not line.endswith("\n") or _heads_a_list(words, below):
        return
    if latin:
        _blank(chars, start + len(latin.group(1)), start + latin.end())
    chars[start + len(body)] = "："  # the line break (a \r before it stays a blank)
    if words.strip().endswith(conventions().place_labels):
        _value_lines_joined(chars, start + len(line), below)


def _wrapped_value(chars: list[str], start: int, line: str, below: str) -> None:
    """协办：联合国教科文组织、联合国贸易和发展会议、 /       联合国西亚经济社会委员会: a field whose list
    ends with a list mark and goes on in the line indented deeper under it reads as one line (the
    line break a blank)."""
    body = line.rstrip("\r\n")
    if not _SHORT_LABEL.match(body.strip()) or not body.rstrip().endswith(_LIST_GOES_ON) or not line.endswith("\n") \
            or not below.strip() or _SHORT_LABEL.match(below.strip()) \
            or len(below) - len(below.lstrip()) <= len(body) - len(body.lstrip()):
        return
    chars[start + len(line) - 1] = " "


_LIST_GOES_ON = ("、", "，", ",")


def _heads_a_list(label: str, below: list[str]) -> bool:
    """主办单位 / 联合国西亚经济社会委员会 / 约旦数字经济和创业部: a label of bodies over two or more
    lines that are not fields themselves heads a list (read as a heading is), not one value."""
    if not label.strip().endswith(conventions().list_value_labels) or len(below) < 2:
        return False
    return all(line.strip() and len(line.strip()) <= 40 and not _SHORT_LABEL.search(line)
               and not line.strip().endswith(conventions().field_labels) for line in below[:2])


def _value_lines_joined(chars: list[str], start: int, lines: list[str]) -> None:
    """地点：拉普拉塔河岸会议中心 / 蒙得维的亚 / 乌拉圭 on lines of their own, up to a blank line: the
    line breaks inside the value read as commas (a value of more lines than a place takes is left)."""
    block = []
    for line in lines:
        if not line.strip() or _SHORT_LABEL.search(line) or len(line.strip()) > 30:
            break
        block.append(line)
    if len(block) < 2 or line.strip():
        return  # (only a value that a blank line ends)
    for line in block[:-1]:
        start += len(line)
        if line.endswith("\n") and not line.endswith("\r\n"):
            chars[start - 1] = "，"


def _glossed_label(chars: list[str], start: int, line: str) -> None:
    """Date 日期：2015年11月12日, Lead Organizer 主要组织方：X, 主办单位 Organiser：X: a bilingual
    page's English label before or after the Chinese one is blanked, so the field reads as its
    Chinese label."""
    after = _LABEL_THEN_LATIN.match(line)
    if after is not None:  # 主办单位 Organiser：…: the English label after the Chinese one
        _blank(chars, start + after.start(1), start + after.end(1))
        return
    bracketed = _LATIN_THEN_BRACKETED_LABEL.match(line)
    if bracketed is not None:  # Gold Partner（黄金合作伙伴）：…: the Chinese label in brackets after the English one
        _blank(chars, start + bracketed.start(1), start + bracketed.end(1))
        _blank(chars, start + bracketed.start(2), start + bracketed.end(2))
        return
    latin = _LATIN_LABEL.match(line)
    if latin is None or not _SHORT_LABEL.match(line, latin.end()):
        return
    _blank(chars, start + len(latin.group(1)), start + latin.end())


def _list_heading(chars: list[str], start: int, line: str, below: list[str]) -> None:
    """主持人 (Moderator) / a blank line / 林美慧教授: a heading over a list of people, with a blank
    line between, keeps its list: its line break becomes a blank, so the list is its next line."""
    body = line.rstrip("\r\n")
    latin = _LATIN_LABEL.match(body)
    words = LATIN_AFTER.sub("", body[latin.end():] if latin else body).strip()
    if len(below) < 2 or below[0].strip() or not below[1].strip() or not line.endswith("\n"):
        return
    if not words or len(words) > 8 or not words.endswith(conventions().list_labels):
        return
    chars[start + len(body)] = " "


def _glossed_heading(chars: list[str], start: int, line: str, below: str) -> None:
    """铂金赞助商 Platinum / 南锥电信集团: a bilingual page's short heading (a label or a tier's
    words) with its English words after it, over its list: the English words are blanked, so the
    heading reads as its Chinese words."""
    body = line.rstrip("\r\n")
    english = LATIN_AFTER.search(body)
    if english is None or not below.strip():
        return
    words = body[:english.start()].strip()
    if not words or len(words) > 8 or not all(CJK.match(ch) for ch in words) \
            or not words.endswith(conventions().field_labels + conventions().list_labels + conventions().tier_heads):
        return
    _blank(chars, start + english.start(), start + english.end())


def _programme_tables(lines: list[str]) -> set[int]:
    """The rows of tables whose header names a programme's columns (tables.py reads those)."""
    rows: set[int] = set()
    header: bool | None = None
    for row, line in enumerate(lines):
        cells = table_cells(line, 0)
        if not cells:
            header = None
            continue
        if header is None:
            header = header_columns(line, cells) is not None
        if header:
            rows.add(row)
    return rows
