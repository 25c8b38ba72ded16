"""Tables: a programme laid out in columns, one row per session.

    | 会议 | 日期 | 时间 | 组织单位 |
    | 全权代表大会青年网络研讨会 | 2022年10月4日 | 13:00-14:30（UTC+03:00） | 布加勒斯特理工大学 |

No sentence holds the session, its date and its organiser, so neither the rules nor the frames
can read a row. The header says what each column holds (data/rules/reading.json,
`table_columns`): the session's name, its date, and the bodies or people who take a role in it.
Each row below the header gives its session a date and those roles, with the cells as evidence.
"""

from __future__ import annotations

import re

from ..model import Fact, Mention, Span
from .context import BRACKETS, DocumentContext
from .session_page import CLOSING
from .conventions import conventions
from .names import CJK, LATIN
from .patterns import mention_rules
from .programme import cell_kind, cells_between

RULE = "zh.table.programme-row"
_CELL_CUT = re.compile(r"[|｜]")
_AGENTS = ("ORG", "COUNTRY", "PERSON")
_HEADER_PARTS = re.compile(r"\s*[/／、与和及]\s*")  # 日期/时间, 主持人/主席, 日期与时间: a column of either
_CELL_PARTS = re.compile(r"[；;]")
RULE_ROW = re.compile(r"^[\s|｜:：\-—]*$")  # | --- | --- |, the line under a header


def table_rows(facts: list[Fact], ctx: DocumentContext, document_id: str) -> list[Fact]:
    """The date and the roles of each session a programme table lists, added to `facts`. A row's
    cells (主持：X, 共同组织：Y) are read here, for the row's session; a role any other rule or frame
    reads inside such a row, knowing no row, is dropped."""
    rows = _programme_rows(ctx)
    return outside_rows(facts, ctx) + [f for cells, columns in rows for f in _row_facts(ctx, cells, columns, document_id)]


def outside_rows(facts: list[Fact], ctx: DocumentContext) -> list[Fact]:
    """`facts` without the roles read inside a programme table's rows, knowing no row (主持：X in a
    row read as a chair of the event): the rows' own reading replaces them. Dropped before the
    frames read too, so that such a reading hides no role the frames find elsewhere (论坛主席：X)."""
    spans = [(cells[0][0], cells[-1][1]) for cells, _ in _programme_rows(ctx)]
    return [f for f in facts if f.kind != "role" or not isinstance(f.args.get("agent"), Mention)
            or not any(a <= f.args["agent"].start < b for a, b in spans)]


def _programme_rows(ctx: DocumentContext) -> list[tuple[list[tuple[int, int]], dict[int, str]]]:
    """The cells of each row under a programme table's header, with what each column holds (read
    once per document: the rules' roles and the rows' own are both sorted by them)."""
    if "_programme_rows" not in ctx.__dict__:
        ctx._programme_rows = _read_programme_rows(ctx)
    return ctx._programme_rows


def _read_programme_rows(ctx: DocumentContext) -> list[tuple[list[tuple[int, int]], dict[int, str]]]:
    return _rows_under_headers(ctx, header_columns)


def _rows_under_headers(ctx: DocumentContext, header_of) -> list[tuple[list[tuple[int, int]], dict[int, str]]]:
    """The cells of each row of a table under a header `header_of` reads (what each column holds,
    or None for no such header), a ditto cell read as the cell above it."""
    out = []
    columns: dict[int, str] | None = None
    width, above = 0, None
    for row, line in enumerate(ctx.lines):
        cells = table_cells(line, ctx.line_starts[row])
        if len(cells) < 2:
            columns = None
            continue
        header = header_of(ctx.text, cells)
        if header is not None:
            columns, width, above = header, len(cells), None
        elif columns is not None and len(cells) == width and not RULE_ROW.match(line):
            cells = _ditto_filled(ctx.text, cells, above)
            out.append((cells, columns))
            above = cells
    return out


def _ditto_filled(text: str, cells: list[tuple[int, int]], above: list[tuple[int, int]] | None) -> list[tuple[int, int]]:
    """| 同上 | 主旨发言 | 刘嘉禾 |: a ditto cell (reading.json `table_cells`) says what the cell above it
    in its column says, so it is read as that cell (its evidence is the words it repeats)."""
    if above is None:
        return cells
    ditto = conventions().table_ditto
    return [above[i] if text[a:b].strip() in ditto else (a, b) for i, (a, b) in enumerate(cells)]


def table_cells(line: str, start: int) -> list[tuple[int, int]]:
    """The cells of a line with two cuts or more (| a | b |, or a | b | c), without blanks."""
    body = line.rstrip("\r\n")
    if len(_CELL_CUT.findall(body)) < 2:
        return []
    return [(start + a, start + b) for a, b in cells_between(body, 0, len(body), _CELL_CUT)]


def header_columns(text: str, cells: list[tuple[int, int]]) -> dict[int, str] | None:
    """What each column holds, when this row is a programme table's header (it names a session
    column and a date or role column), else None."""
    columns = _column_meanings(text, cells)
    kinds = set(columns.values())
    if "session" not in kinds or kinds == {"session"}:
        return None
    return columns


def _column_meanings(text: str, cells: list[tuple[int, int]]) -> dict[int, str]:
    meanings = conventions().table_columns
    columns = {}
    for i, (a, b) in enumerate(cells):
        header = BRACKETS.sub("", text[a:b]).strip()  # 时间（UTC+04:00）
        words = [header, *_HEADER_PARTS.split(header)]  # 职务及单位 is one word, 日期/时间 two
        meaning = next((m for word in words for m, said in meanings.items() if word in said), None)
        if meaning is not None:
            columns[i] = meaning
    return columns


def people_table_posts(ctx: DocumentContext, document_id: str) -> list[Fact]:
    """| 职务 | 姓名 | 职位 | 所属机构 |: a table of people, no session column, whose columns give
    each row's person an office and the body it is held in: one post per row; and, when a role
    column stands beside the office's, the role each person has there."""
    return [f for cells, columns in _rows_under_headers(ctx, _people_header)
            for f in _post_column_facts(ctx, cells, columns, document_id) + _people_role_facts(ctx, cells, columns, document_id)]


def _column_people(ctx: DocumentContext, cells: list[tuple[int, int]], columns: dict[int, str]) -> list[Mention]:
    """The people a row's people column names."""
    return [m for i, meaning in columns.items() if meaning == "people"
            for m in _mentions_in(ctx, *cells[i]) if m.label == "PERSON"]


def _people_role_facts(ctx: DocumentContext, cells: list[tuple[int, int]], columns: dict[int, str],
                       document_id: str) -> list[Fact]:
    """| 丽贝卡·格林斯潘 | 秘书长 | 贸发会议 | 开幕全体会议主旨发言人 |, | … | 活动主席 |: the role a
    person's role cell ends in, at the session the words before it name, or else at the event."""
    people = _column_people(ctx, cells, columns)
    role_cells = [cells[i] for i, meaning in columns.items() if meaning == "role"]
    if len(people) != 1 or len(role_cells) != 1:
        return []
    (person,), ((a, b),) = people, role_cells
    inside = _mentions_in(ctx, a, b)
    role = next((m for m in reversed(inside) if m.label == "ROLE"), None)
    if role is None or ctx.text[role.end:b].strip():
        return []  # (开幕致辞: a part someone plays that no role word says)
    kind = next((m for m in inside if m.label == "SESSION_TYPE" and m.end <= role.start), None)
    context = ctx.titled_session(kind.start, role.start) if kind is not None else ctx.main_arg()
    spans = [Span(role.start, role.end, role.text), Span(person.start, person.end, person.text)]
    if kind is not None:
        spans.insert(0, Span(context.start, context.end, context.text))
    return [Fact("role", {"agent": person, "role": role, "context": context}, spans, RULE, document_id)]


def _people_header(text: str, cells: list[tuple[int, int]]) -> dict[int, str] | None:
    """| 姓名 | 职务 | 所属机构 |: with no session column the word a role column is named by (职务)
    means the office each person holds, as a table of speakers lists them."""
    columns = _column_meanings(text, cells)
    kinds = set(columns.values())
    roles = [i for i, meaning in columns.items() if meaning == "role"]
    if "people" in kinds and "session" not in kinds and "post" not in kinds and len(roles) in (1, 2):
        # | 姓名 | 职务 | 机构 | 角色 |: of two role columns, the one an office's word heads is the office
        offices = roles if len(roles) == 1 else [i for i in roles if BRACKETS.sub("", text[slice(*cells[i])]).strip()
                                                 in conventions().table_office_columns]
        columns = {i: "post" if i in offices else meaning for i, meaning in columns.items()}
        kinds = set(columns.values())
    return columns if {"people", "post"} <= kinds and "session" not in kinds else None


def _row_facts(ctx: DocumentContext, cells: list[tuple[int, int]], columns: dict[int, str],
               document_id: str) -> list[Fact]:
    name = next((cells[i] for i, m in columns.items() if m == "session"), None)
    if name is None:
        return []
    glossed = _before_gloss(ctx.text, *name)  # 数字空间中的原住民语言：…（Indigenous Languages in …）: its English name
    # 开幕式（10月20日）: a note that only says when is no part of the name, and dates the session
    note = conventions().date_note.search(ctx.text[name[0]:glossed])
    titled = name[0] + note.start() if note is not None and note.start() > 0 else glossed
    whole = conventions().table_whole_event.match(ctx.text[name[0]:titled].strip())
    session = ctx.main_event if whole and ctx.main_event is not None else ctx.titled_session(*_unquoted(ctx.text, name[0], titled))
    english = ctx.text[glossed:name[1]].strip(" （()）")
    if english and session.label == "SESSION" and not session.value.get("en"):
        session.value["en"] = english
    where = Span(session.start, session.end, session.text)
    out = _role_column_facts(ctx, cells, columns, session, where, document_id)
    out += _post_column_facts(ctx, cells, columns, document_id)
    noted = [m for m in _mentions_in(ctx, titled, glossed) if m.label == "DATE"] if titled < glossed else []
    if noted and "date" not in columns.values():
        out.append(_dated(session, noted[0], where, document_id))
    for i, (a, b) in enumerate(cells):
        meaning = columns.get(i, "")
        inside = _mentions_in(ctx, a, b)
        if meaning in ("role", "people"):
            continue
        if meaning in ("date", "time"):  # | 3月25日 09:00–10:30 | under 时间 dates its row too
            date = next((m for m in inside if m.label == "DATE"), None)
            if date is not None:
                out.append(_dated(session, date, where, document_id))
        elif meaning not in ("session", "time"):
            for role, agent in _cell_roles(ctx, a, b, meaning):
                out.append(Fact("role", {"agent": agent, "role": role, "context": session},
                                [where, Span(agent.start, agent.end, agent.text)], RULE, document_id))
    return out


def _dated(session: Mention, date: Mention, where: Span, document_id: str) -> Fact:
    """The row's session held on `date` (its date column, or a note after its name)."""
    return Fact("event-time", {"event": session, "date": date}, [where, Span(date.start, date.end, date.text)],
                RULE, document_id)


def _role_column_facts(ctx: DocumentContext, cells: list[tuple[int, int]], columns: dict[int, str],
                       session: Mention, where: Span, document_id: str) -> list[Fact]:
    """| 部长级圆桌会议：… | 主席 | 罗德里戈·佩雷拉 | …: the role a row's role column names, held
    in the row's session by the people its people column names."""
    roles = [m for i, meaning in columns.items() if meaning == "role"
             for m in _mentions_in(ctx, *cells[i]) if m.label == "ROLE"]
    people = _column_people(ctx, cells, columns)
    if len(roles) != 1:
        return []  # no role's word, or several: the row does not say which is whose
    (role,) = roles
    return [Fact("role", {"agent": person, "role": role, "context": session},
                 [where, Span(role.start, role.end, role.text), Span(person.start, person.end, person.text)],
                 RULE, document_id) for person in people]


RULE_POST = "zh.table.post-cell"
_POST_PARTS = re.compile(r"[，,、/／]")
_TITLE_WORDS = ("HONORIFIC", "ROLE", "TOPIC", "MEASURE")  # what an office no lexicon lists may be written with


def _post_column_facts(ctx: DocumentContext, cells: list[tuple[int, int]], columns: dict[int, str],
                       document_id: str) -> list[Fact]:
    """| 玛丽亚·何塞·费雷拉 | 部长，乌拉圭数字包容与电信部 |: a post column gives the row's person
    the office its cell opens with (an office word the lexicon lists, or the words before the
    first comma), held in the body or country the cell names after it."""
    people = _column_people(ctx, cells, columns)
    posts = [cells[i] for i, meaning in columns.items() if meaning == "post"]
    if len(people) != 1 or len(posts) != 1:
        return []  # (two people share a row's post cell: whose office is whose is not said)
    (person,), ((a, b),) = people, posts
    parts = cells_between(ctx.text, a, b, _POST_PARTS)  # 部长 | 乌拉圭数字包容与电信部: the office, then its body
    if not parts:
        return []
    (title_start, title_end), *rest = parts
    inside = _mentions_in(ctx, a, b)
    post = next((m for m in inside if m.label == "POST" and m.end <= title_end), None)
    title = ctx.text[title_start:title_end]
    if post is None and not (1 < len(title) <= 12 and all(m.start >= title_end or m.label in _TITLE_WORDS for m in inside)):
        return []  # (教授 an honorific, 主席 of an association a role's word: as an office, the words themselves)
    bodies = [m for m in inside if m.label in ("ORG", "COUNTRY") and m.start >= title_end]
    if not bodies and rest and not [m for m in inside if m.start >= rest[0][0]]:
        bodies = _unknown_body(ctx, rest[0][0], rest[-1][1])  # (执行主任，安第斯开放数据网络: a body no lexicon lists)
    for i in (i for i, meaning in columns.items() if meaning == "body" and not bodies):
        named = [m for m in _mentions_in(ctx, *cells[i]) if m.label in ("ORG", "COUNTRY")]
        bodies = named or _unknown_body(ctx, *cells[i])  # | 副部长 | 埃及通信和信息技术部 |: the body's own column
    if not bodies:
        return []  # (an office is held in a body: a cell that names none gives no post)
    args = {"person": person, "post": post or {"text": title, "start": title_start, "end": title_end},
            "organization": bodies[0], "title": {"text": title, "start": title_start, "end": title_end}}
    return [Fact("post", args, [Span(person.start, person.end, person.text), Span(a, b, ctx.text[a:b])],
                 RULE_POST, document_id)]


def _cell_roles(ctx: DocumentContext, a: int, b: int, meaning: str) -> list[tuple[object, Mention]]:
    """The roles a cell gives: its column's (组织方: 贸发会议), or, in a part of it that opens with
    a role's word and a colon, that word's (贸发会议；共同组织：亚太经社会; 主持：X，记者 under
    主持人/主席; 主旨发言：Y under 其他角色). A part naming people gives the role to them alone (the
    bodies after them are where they work); else to its bodies."""
    out = []
    for p, q in cells_between(ctx.text, a, b, _CELL_PARTS):
        inside = _mentions_in(ctx, p, q)
        label = inside[0] if inside and inside[0].start == p and inside[0].label == "ROLE" \
            and ctx.text[inside[0].end:inside[0].end + 1] in "：:" else None
        role = label if label is not None else meaning if meaning.startswith("role:") else None
        if role is None:
            continue
        people = [m for m in inside if m.label == "PERSON"]
        agents = people or [m for m in inside if m.label in _AGENTS] or ([] if label else _unknown_body(ctx, p, q))
        out += [(role, agent) for agent in agents]
    return out


def _unquoted(text: str, a: int, b: int) -> tuple[int, int]:
    """“数据治理的未来” in a cell: the title inside its quotes."""
    return (a + 1, b - 1) if b - a > 2 and CLOSING.get(text[a]) == text[b - 1] else (a, b)


def _unknown_body(ctx: DocumentContext, a: int, b: int) -> list[Mention]:
    """A cell of a role column that no name was found in: its words, minted as a body (none when
    the cell is a dash or a sentence)."""
    name = ctx.text[a:b]
    if len(name) < 2 or any(mark in name for mark in "。，,；;、"):
        return []
    return [Mention("ORG", a, b, name, None, {"name": name, "unknown": True})]


RULE_HEADER = "zh.table.event-header-line"
_HEADER_CUT = re.compile(r"\s[|｜│·•/／]\s|\s?[|｜│]\s?")  # (2037年5月20日—21日 / 圣地亚哥 / 智利)
_PLACES = ("PLACE", "COUNTRY")


def event_header_lines(ctx: DocumentContext, document_id: str) -> list[Fact]:
    """A site's header line gives its event's dates and place in cells (IGF 2016 · 墨西哥瓜达拉哈拉
    · 2016年12月6日—9日), or under the line that names the event (2017年6月12日至16日 | 瑞士日内瓦 |
    国际电信联盟总部): a cell of nothing but a date, cells of nothing but places."""
    out: list[Fact] = []
    for row, line in enumerate(ctx.lines):
        start = ctx.line_starts[row]
        cells = _header_cells(line.rstrip("\r\n"), start)
        if len(cells) < 2:
            cells = _date_and_place_line(ctx, line.rstrip("\r\n"), start)
            if not cells:
                continue
        cells = [(a, _before_gloss(ctx.text, a, b)) for a, b in cells]
        inside = [_mentions_in(ctx, a, b) for a, b in cells]
        in_cell = next((ms[0] for ms, (a, b) in zip(inside, cells) if ms and ms[0].label == "EVENT"
                        and ms[0].start == a and _only_brackets(ctx.text[ms[0].end:b])), None)
        dated = [cell_kind(ctx.text, a, b, ms) == "date" for ms, (a, b) in zip(inside, cells)]
        placed = [bool(ms) and all(m.label in _PLACES for m in ms) for ms in inside]
        dates = [ms[0] for ms, is_date in zip(inside, dated) if is_date]
        places = [m for ms, is_place in zip(inside, placed) if is_place for m in ms]
        event = in_cell or _event_line_above(ctx, row)
        if event is None and all(d or p for d, p in zip(dated, placed)):
            event = _main_over_header(ctx, row)  # (2025年6月13日 | 新闻稿 | 圣地亚哥: a news item's own line)
        only_places = in_cell is None and all(placed)
        if event is None or not places or not (dates or only_places):
            continue  # a header line states both, or (under the event's name) nothing but its place
        where = Span(event.start, event.end, event.text)
        if dates:
            out.append(Fact("event-time", {"event": event, "date": dates[0]},
                            [where, Span(dates[0].start, dates[0].end, dates[0].text)], RULE_HEADER, document_id))
        out.append(Fact("event-place", {"event": event, "places_all": places},
                        [where] + [Span(p.start, p.end, p.text) for p in places], RULE_HEADER, document_id))
        if ctx.title_key is not None and event.end <= ctx.title_key[0] and ctx.identity(event) != "@main":
            # a session's page under its event's header: the session is part of that event
            out.append(Fact("relation", {"subject": ctx.main_arg(), "relation": "relation:part-of", "object": event},
                            [where], RULE_HEADER, document_id))
    if ctx.title_key is not None and not any(f.kind == "relation" for f in out):
        out += _banner_event(ctx, document_id)
    return out


_BREADCRUMB = re.compile(r"\S\s*[›»>＞]\s*\S")  # 首页 > 议程 > …: the trail of pages above a page
_BRACKETED_AFTER = re.compile(r"\s*(?:[（(][^（）()]*[）)]\s*)?")


def _only_brackets(rest: str) -> bool:
    """Nothing after an event's name in its cell but its abbreviation in brackets: （IGF 2023）."""
    return bool(_BRACKETED_AFTER.fullmatch(rest))


def _banner_event(ctx: DocumentContext, document_id: str) -> list[Fact]:
    """信息社会世界峰会论坛2024 alone on a line over a session page's title (no dates or places
    beside it), or first in its breadcrumb (WSIS论坛2035 › 会议议程 › 主题研讨会): the session is
    part of that event."""
    title_row = ctx.row_at(ctx.title_key[0])
    crumbs = [r for r in range(title_row) if _BREADCRUMB.search(ctx.lines[r])]
    for row in ctx.banner_rows + crumbs:
        start, line = ctx.line_starts[row], ctx.lines[row].rstrip("\r\n")
        events = [m for m in ctx.mentions if m.label == "EVENT" and start <= m.start and m.end <= start + len(line)]
        if events and ctx.identity(events[0]) != "@main":
            where = Span(events[0].start, events[0].end, events[0].text)
            return [Fact("relation", {"subject": ctx.main_arg(), "relation": "relation:part-of", "object": events[0]},
                         [where], RULE_HEADER, document_id)]
    return []


def _before_gloss(text: str, a: int, b: int) -> int:
    """巴西若昂佩索阿 João Pessoa, Brazil: where a cell's English gloss begins (its end when it has
    none, or when the cell is Latin words alone: IGF 2016)."""
    last = max((i for i in range(a, b) if CJK.match(text[i])), default=None)
    if last is None or not LATIN.search(text, last + 1, b) or CJK.search(text, last + 1, b):
        return b
    return len(text[a:last + 1].rstrip()) + a




def _mentions_in(ctx: DocumentContext, a: int, b: int) -> list[Mention]:
    return [m for m in ctx.mentions if a <= m.start and m.end <= b]


def _date_and_place_line(ctx: DocumentContext, line: str, start: int) -> list[tuple[int, int]]:
    """2025年3月25日至26日，爱沙尼亚塔林 under an event's title: a line of nothing but a date and
    places, joined by commas or blanks, is a header line whose cells are those."""
    cells = cells_between(line, 0, len(line), _DATE_PLACE_CUT)
    cells = [(start + a, start + b) for a, b in cells]
    for a, b in cells:
        ms = _mentions_in(ctx, a, b)
        places = [m for m in ms if m.label in _PLACES]
        covered = sum(m.end - m.start for m in places)
        if cell_kind(ctx.text, a, b, ms) == "text" and not (places and len(places) == len(ms) and covered == b - a):
            return []  # a word that is neither a date nor a place: a sentence, not a header
    return cells


_DATE_PLACE_CUT = re.compile(r"\s*[，,、]\s*|\s+")


def _header_cells(line: str, start: int) -> list[tuple[int, int]]:
    if not _HEADER_CUT.search(line):
        return []
    return [(start + a, start + b) for a, b in cells_between(line, 0, len(line), _HEADER_CUT)]


def _event_line_above(ctx: DocumentContext, row: int) -> Mention | None:
    """The event a line names and nothing else (its abbreviation in brackets after it at most)."""
    above = next((r for r in range(row - 1, max(-1, row - 3), -1) if ctx.lines[r].strip()), None)
    if above is None:
        return None
    named = next((r for r in range(above - 1, max(-1, above - 3), -1) if ctx.lines[r].strip()), None)
    if named is not None and named == above - 1 and (ctx.english_line_under(named) or ctx.is_field_line(above)):
        above = named  # 2031年东非数字论坛 / East Africa Digital Forum 2031 (or 主题：…) / 2031年3月2日至4日｜…
    start, body = ctx.line_starts[above], ctx.lines[above].strip()
    offset = start + ctx.lines[above].index(body)
    events = [m for m in ctx.mentions if m.label == "EVENT" and m.start == offset]
    if not events:
        return None
    rest = BRACKETS.sub("", ctx.text[events[0].end:offset + len(body)]).strip()
    glossed = rest[:1] in "|｜·•" and not CJK.search(rest)  # 第十届互联网治理论坛 | Tenth Internet Governance Forum
    return events[0] if not rest or glossed else None


def _main_over_header(ctx: DocumentContext, row: int) -> Mention | None:
    """WSIS Youth Forum 2034 — 信息社会世界峰会青年论坛2034 / 节目（Programme） / 2034年9月20日至22日 |
    内罗毕，肯尼亚 | …: a page's header line a few lines under the title that names the page's event
    (a line of English before its name, a section's short heading between) is that event's."""
    main = ctx.main_event
    if main is None or main.start >= ctx.line_starts[row]:
        return None
    between = [r for r in range(ctx.row_at(main.start) + 1, row) if ctx.lines[r].strip()]
    lines_above = [r for r in range(row) if ctx.lines[r].strip()]
    return main if len(between) <= _HEADER_LINES_BETWEEN and len(lines_above) <= _HEADER_LINES else None


_HEADER_LINES_BETWEEN = 1  # 节目（Programme）: a section's heading between the title and the header line
_HEADER_LINES = 4  # a header line stands in a page's first lines


RULE_SESSION_CODE = "zh.table.session-code-line"


def session_code_lines(ctx: DocumentContext, document_id: str) -> list[Fact]:
    """An agenda's session page (标题 / 联合国教科文组织全民信息计划 / 会话404 / 星期二, 8 七月 2025
    14:00–14:45): the line under the session's number opens with the day it is held, and the one
    line above the number, between it and the title, is the field naming who organises it, read
    whole as one body when no lexicon names it (mentions.json `session_code_line`)."""
    code = mention_rules()["session_code_line"]["line"].search(ctx.text)
    if code is None or ctx.main_event is None:
        return []
    filled = [r for r, line in enumerate(ctx.lines) if line.strip()]
    row = ctx.row_at(code.start())
    out: list[Fact] = []
    below = next((r for r in filled if r > row), None)
    if below is not None:
        a, b = _line_span(ctx, below)
        date = next((m for m in _mentions_in(ctx, a, b) if m.label == "DATE" and m.start - a <= _DAY_LEAD), None)
        if date is not None:
            out.append(Fact("event-time", {"event": ctx.main_arg(), "date": date},
                            [Span(date.start, date.end, date.text)], RULE_SESSION_CODE, document_id))
    above = next((r for r in reversed(filled) if r < row), None)
    if above is not None and ctx.main_event.start < ctx.line_starts[above]:
        a, b = _line_span(ctx, above)
        inside = _mentions_in(ctx, a, b)
        if inside and inside[0].label in ("ORG", "COUNTRY") and inside[0].start == a \
                and all(m.label in _BODY_LINE_LABELS for m in inside) and not ctx.text[a:b].endswith("。"):
            body = inside[0] if (inside[0].start, inside[0].end) == (a, b) else \
                Mention("ORG", a, b, ctx.text[a:b], None, {"name": ctx.text[a:b], "unknown": True})
            out.append(Fact("role", {"agent": body, "role": "role:organiser", "context": ctx.main_arg()},
                            [Span(a, b, ctx.text[a:b])], RULE_SESSION_CODE, document_id))
    return out


_DAY_LEAD = 6  # 星期二, : the weekday written before the day
_BODY_LINE_LABELS = {"ORG", "COUNTRY", "TOPIC", "TOPIC_KIND", "MEASURE", "ACTION_LINE"}  # 开发计划署数字青年计划


def _line_span(ctx: DocumentContext, row: int) -> tuple[int, int]:
    line = ctx.lines[row].rstrip("\r\n")
    a = ctx.line_starts[row] + len(line) - len(line.lstrip())
    return a, ctx.line_starts[row] + len(line.rstrip())
