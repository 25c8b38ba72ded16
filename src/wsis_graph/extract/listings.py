"""Lists under a heading: a line that names only a sponsor tier heads the items below it.

Outcomes pages thank their partners tier by tier, each tier a heading and its partners a
bulleted list (白金合作伙伴 / - 华为（Huawei） / - 中国信息通信研究院（CAICT）) or one name per line
without bullets up to a blank line. No clause holds
both the tier and the partner, so the clause frames cannot read it; here the heading is the
trigger and each item line fills the sponsor slot. An item is a name by its position alone:
a known name when the lexicon or the name tagger found one there, else the item's words
(without the name in brackets after them) minted as an organisation, unlinked.
"""

from __future__ import annotations

import re

from ..model import Fact, Mention, Span
from .context import ENUMERATOR, DocumentContext, is_date_line
from .conventions import conventions
from .datelines import date_data
from .names import CJK
from .programme import cells_between
from .session_page import after_slot_time, chinese_gloss

RULE = "zh.listing.tier-heading"
_BRACKETED = re.compile(r"\s*[（(](?P<inner>[^（）()]{1,60})[）)]\s*$")
_SENTENCE_MARKS = "。，,；;！？!?："
_MAX_ITEM_CHARS = 40


def listed_sponsors(ctx: DocumentContext, document_id: str) -> list[Fact]:
    """One sponsorship per name of each item line under a tier heading, for the report's event."""
    out = []
    for row, line in enumerate(ctx.lines):
        tier = _tier_heading(ctx, row, line)
        if tier is None:
            continue
        for item_row in _items_under(ctx, row):
            for sponsor in _item_names(ctx, item_row):
                spans = [Span(tier.start, tier.end, tier.text), Span(sponsor.start, sponsor.end, sponsor.text)]
                out.append(Fact("sponsorship", {"sponsor": sponsor, "tier": tier, "event": ctx.main_arg()},
                                spans, RULE, document_id))
    return out


def _tier_heading(ctx: DocumentContext, row: int, line: str) -> Mention | None:
    """A line that is a tier and nothing else (a bullet before it, a colon after it at most:
    ▶ 白金级合作伙伴, the items under it bulleted deeper)."""
    body = line.strip().lstrip(conventions().bullets).strip().rstrip("：:").strip()
    bracket = _BRACKETED.search(body)
    if bracket and bracket.group("inner").isascii():
        body = body[:bracket.start()]  # 白金合作伙伴（Platinum Partner）: the tier and its English name
    gloss = chinese_gloss(body)
    if gloss is not None:  # Platinum Partners（白金合作伙伴）: a translation keeps the English, its tier in brackets
        body = body[gloss[0]:gloss[1]]
    if not body:
        return None
    start = ctx.line_starts[row]
    inside = [m for m in ctx.mentions if start <= m.start < start + len(line)
              and (gloss is None or m.text == body or not m.text.isascii())]  # (its English words aside)
    tier = next((m for m in inside if m.label == "TIER" and m.text == body), None)
    if tier is not None and (len(inside) == 1 or gloss is not None and all(m.label == "TIER" for m in inside)):
        return tier
    return None


def _items_under(ctx: DocumentContext, row: int) -> list[int]:
    """The bulleted lines right under a heading (a blank line may stand before the first), or the
    lines without bullets that start right under it and run to the next blank line (白金合作伙伴 /
    谷歌（Google）): a page that lists each tier's partners one per line."""
    items: list[int] = []
    bullets = conventions().bullets
    bare = row + 1 < len(ctx.lines) and ctx.lines[row + 1].strip()[:1] not in ("", *bullets)
    for i in range(row + 1, len(ctx.lines)):
        body = ctx.lines[i].strip()
        if not body:
            if items or i > row + 1:
                break
            continue
        if _tier_heading(ctx, i, ctx.lines[i]) is not None or not bare and body[0] not in bullets:
            break
        items.append(i)
    return items


def _item_names(ctx: DocumentContext, row: int) -> list[Mention]:
    """The names an item line holds: one, or several parted by a slash between blanks or a
    semicolon (开放学习基金会 / 蒙得维的亚创客空间)."""
    line = ctx.lines[row].rstrip("\r\n")
    start = ctx.line_starts[row]
    body = line.strip()
    offset = start + line.index(body)
    words = body.lstrip(conventions().bullets).strip()
    numbered = ENUMERATOR.match(words)
    words = words[numbered.end():] if numbered else words  # 1. 马斯喀特电信公司: the item's number is no part of the name
    offset += body.index(words) if words else 0
    parts = cells_between(ctx.text, offset, offset + len(words), _ITEM_PARTS)
    return [name for a, b in parts if (name := _item_name(ctx, ctx.text[a:b], a)) is not None]


_ITEM_PARTS = re.compile(r"\s+[/／]\s+|\s*[；;]\s*")


def _item_name(ctx: DocumentContext, words: str, offset: int) -> Mention | None:
    words = _without_country_after(ctx, words, offset)
    bracket = _BRACKETED.search(words)
    name = words[:bracket.start()] if bracket else words
    if not name or len(name) > _MAX_ITEM_CHARS or any(ch in name for ch in _SENTENCE_MARKS):
        return None
    end = offset + len(name)
    known = next((m for m in ctx.mentions if m.start == offset and m.end == end
                  and m.label in ("ORG", "COUNTRY", "PERSON")), None)
    if known is not None:
        return known
    value = {"name": name, "unknown": True}
    inner = bracket.group("inner").strip() if bracket else ""
    if inner and inner.isascii() and len(inner) <= 60:
        value["abbr"] = inner  # （Huawei）, （CAICT）: the name in Latin script, another name of it
    return Mention("ORG", offset, end, name, None, value)


def _without_country_after(ctx: DocumentContext, words: str, offset: int) -> str:
    """电信管理局（TRA），阿拉伯联合酋长国: the partner, then the country it is from."""
    comma = max(words.rfind("，"), words.rfind(","))
    if comma <= 0 or len(words) - comma > 12:
        return words
    tail = offset + comma + 1 + (len(words[comma + 1:]) - len(words[comma + 1:].lstrip()))
    if any(m.start == tail and m.label == "COUNTRY" for m in ctx.mentions):
        return words[:comma].rstrip()
    return words


RULE_DATED = "zh.listing.dated-item"


def dated_items(ctx: DocumentContext, document_id: str) -> list[Fact]:
    """相关会议 / 高级别开幕式 / 2025年5月20日（星期二）09:30–10:30（UTC+03:00）: a line that is only a
    date under a programme item's title dates that item (its clock times too, by dated_sessions);
    a programme line's own date dates its title, and places after that date place it."""
    out = []
    for row, line in enumerate(ctx.lines):
        start = ctx.line_starts[row]
        item = ctx.programme_item(row)
        if item is not None:  # · 开幕全体会议：11月17日10:00-12:30（UTC+04:00），由…组织: title and date in one line
            title, date, places = item
            spans = [Span(title.start, title.end, title.text), Span(date.start, date.end, date.text)]
            out.append(Fact("event-time", {"event": title, "date": date}, spans, RULE_DATED, document_id))
            if places:  # - 2030年南部非洲筹备磋商会，2030年9月22日，马普托，莫桑比克
                spans = [Span(title.start, title.end, title.text)] + [Span(p.start, p.end, p.text) for p in places]
                out.append(Fact("event-place", {"event": title, "places_all": list(places)}, spans,
                                RULE_DATED, document_id))
            continue
        field_date = _date_field(ctx, start, line)
        if field_date is None and not is_date_line(ctx, start, line) or _heads_timed_slots(ctx, row):
            continue
        seg = next((s for s in ctx.sentences if s.start <= start + len(line) - len(line.lstrip()) < s.end), None)
        title = ctx.block_title(seg) if seg is not None and not _dates_head_their_items(ctx, row) else None
        if title is None and field_date is None:
            title = _title_below(ctx, row)
        if title is None and field_date is None and _under_the_page_title(ctx, row):
            title = ctx.main_arg()  # 主题研讨会147｜… / (its English line) / 星期四，2035年5月10日，14:00–15:30，会议室C2
        elif title is None or title.label not in ("SESSION", "EVENT") or ctx.identity(title) == "@main":
            continue  # (an event other than the report's own, listed with its day: 最佳实践论坛：…)
        date = field_date or next(m for m in ctx.mentions if m.label == "DATE" and m.start >= start)
        out.append(Fact("event-time", {"event": title, "date": date},
                        [Span(date.start, date.end, date.text)], RULE_DATED, document_id))
    return out


def _heads_timed_slots(ctx: DocumentContext, row: int) -> bool:
    """第二天 — 8月24日（星期三） / 4. 10:00–11:30 青年创新展示: a date line over a line that opens
    with its slot's clock time is the heading of the day's slots, not the date of the item above."""
    below = next((line for line in ctx.lines[row + 1:] if line.strip()), "")
    return after_slot_time(below.rstrip("\r\n")) is not None


def date_label_end(line: str) -> int | None:
    """Where the label of a date field (日期：, 日期/时间：: reading.json `date_field_labels`) ends, if the line opens with one."""
    field = conventions().labelled_line.match(line)
    label = line[:field.end()].strip(" \t：:" + conventions().bullets) if field else ""
    return field.end() if label in conventions().date_field_labels else None


def _date_field(ctx: DocumentContext, start: int, line: str) -> Mention | None:
    """日期/时间：2029年8月20日，09:30–11:00: the date a date field's value opens with."""
    end = date_label_end(line)
    if end is None:
        return None
    value = line[end:].lstrip()
    weekday = next((w for w in date_data().weekday_words if value.startswith(w)), "")
    value = value[len(weekday):].lstrip(" \t,，、") if weekday else value  # 日期和时间：星期二，18 五月 2032，…
    at = start + len(line) - len(value)
    return next((m for m in ctx.mentions if m.label == "DATE" and m.start == at), None)


def _under_the_page_title(ctx: DocumentContext, row: int) -> bool:
    """Whether a date line stands right under a session page's title: only blank lines and
    lines without a field or a sentence (its English title) between them, two at most."""
    if ctx.title_key is None or ctx.main_event is None:
        return False
    title_row = ctx.row_at(ctx.title_key[0])
    between = [line.strip() for line in ctx.lines[title_row + 1:row] if line.strip()]
    return title_row < row and len(between) <= _LINES_UNDER_TITLE and not any(
        mark in line for line in between if CJK.search(line) for mark in "。：:")  # (an English title has its colon)


_LINES_UNDER_TITLE = 2  # the title's English line, a code line (Workshop 147)


def _dates_head_their_items(ctx: DocumentContext, row: int) -> bool:
    """议程概览 / 9月15日上午 / 开幕全会 / 9月15日下午 / 专题会议一：…: in a run of lines whose first
    line under its heading (or whose very first line) is a date, each date heads the item below it."""
    top = row
    while top > 0 and ctx.lines[top - 1].strip():
        top -= 1
    first = next((r for r in (top, top + 1) if r <= row and _is_date_row(ctx, r)), None)
    if first is None or first > top and ctx.line_title(top) is not None:
        return False  # (开幕会议 / its date: a title over its date, no heading)
    return row + 1 < len(ctx.lines) and ctx.line_title(row + 1) is not None  # (a date over its fields is its title's)


def _is_date_row(ctx: DocumentContext, row: int) -> bool:
    return is_date_line(ctx, ctx.line_starts[row], ctx.lines[row])


def _title_below(ctx: DocumentContext, row: int) -> Mention | None:
    """2012年5月17日（星期四）09:00–10:45 / 专题研讨会：移动货币与跨境电子支付 / 组织方：…: a date line
    that opens its block dates the title on the line right under it; so does each date of a run
    of lines that a date opens under its heading."""
    if row > 0 and ctx.lines[row - 1].strip() and not _dates_head_their_items(ctx, row):
        return None
    if row + 1 >= len(ctx.lines) or not ctx.lines[row + 1].strip():
        return None
    return ctx.line_title(row + 1)


SUPPORTED_BY = "zh.sponsor.supported-by"


def tiers_said_elsewhere(facts: list[Fact]) -> list[Fact]:
    """得到A、B等机构支持，其中A为白金合作伙伴: a sponsor the text gives a tier elsewhere is a partner
    of that tier, not only one of the supporting units."""
    tiered = {_sponsor_key(f) for f in facts if f.kind == "sponsorship" and f.rule != SUPPORTED_BY}
    return [f for f in facts if not (f.rule == SUPPORTED_BY and _sponsor_key(f) in tiered)]


def _sponsor_key(fact: Fact) -> object:
    sponsor = fact.args.get("sponsor")
    return (sponsor.key or sponsor.text) if isinstance(sponsor, Mention) else sponsor

