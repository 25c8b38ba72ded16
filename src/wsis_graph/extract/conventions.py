"""The writing conventions the context readers rely on, loaded from data/rules/reading.json.

Kept as data, like the patterns, so a curator can see and change how a report is read
without touching code.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from ..resources import data_dir


@dataclass(frozen=True)
class Conventions:
    join_verbs: tuple[str, ...]
    framing_words: frozenset[str]
    section_number: re.Pattern
    not_topic_position_marks: tuple[str, ...]
    including_words: tuple[str, ...]  # 包括: a clause they open lists items of the subject
    enumerated_item: re.Pattern
    item_line_max: int
    list_opening: re.Pattern
    list_joiner: re.Pattern
    list_closing: re.Pattern
    item_joiners: tuple[str, ...]
    noun_before_number: str
    labelled_line: re.Pattern  # 时间：…, 组织方：… (a field of a block under a title)
    date_field_labels: tuple[str, ...]  # 日期/时间: a field whose value's date dates the block's session
    bullets: str  # the marks that start a bulleted item
    title_marks: str  # bullets and quotes around a title line
    list_item: re.Pattern  # a line that is an item of a list (• 青年数字峰会, 2. 专题会议)
    quoted_speech: re.Pattern  # 他说：“……。” words a speaker said, not the report's statements
    session_modifier: dict  # how the words naming one session before its kind are read
    session_topic_lead: re.Pattern  # what may stand before a session a sentence is about
    as_words: tuple[str, ...]  # 作为一个会外活动: what says what the sentence's subject is
    clause_pronouns: tuple[str, ...]  # 它, 其: a translation's "it" opening a clause
    titled_by_words: tuple[str, ...]  # 为题, 为主题: after 以“…”, what makes the quotes a title
    name_given: re.Pattern  # 其中文正式名称为“…”: a session's name in Chinese, given beside a translated one
    dateline_lead: re.Pattern  # 新华社曼谷9月25日电: the dateline a news item's first sentence opens with
    breadcrumb_marks: tuple[str, ...]  # 首页 > 议程 > …: a page's path, not its title
    pointing_words: tuple[str, ...]  # 这次, 该: a reference to what was last named (这次峰会)
    role_copulas: tuple[str, ...]  # 作为, 是: what stands between a body and the role it is given (B作为共同组织者)
    about_words: tuple[str, ...]  # 关于: a heading opening with one is about a thing, not its name
    name_dots: str  # 康斯坦斯.博默拉: marks written for the middle dot of a transliterated name
    markdown_marks: re.Pattern  # **活动名称：**, # 标题: a page's markup, read as blanks
    rule_lines: re.Pattern  # ━━━━━━: a line drawn to part items, read as blanks
    other_bullets: re.Pattern  # ▶ 白金级合作伙伴: a mark opening an item, read as the bullet •
    dash_bullets: re.Pattern  # `  – 时间：…`: a dash opening a line's item, read as a bullet
    time_clause_after: tuple[str, ...]  # 结束后: a session before them is the time of the sentence, not its subject
    pronouns: tuple[str, ...]  # 其, 它 opening a sentence: what the sentence before named
    event_words: tuple[str, ...]  # words that name an event by its kind alone (大会 of 大会主席)
    event_subject_after: str  # 活动在…, 论坛由…: what follows an event word that a sentence opens with
    session_words: tuple[str, ...]  # 会议, 活动: event words a session under its heading is called by
    session_words_any_kind: tuple[str, ...]  # 会话: pointed at, speaks of a session of any kind
    held_words: tuple[str, ...]  # 举行, 召开: an event reported held
    theme_quote_before: tuple[str, ...]  # 主题, 题为: quotes after them hold a theme, not events
    outcomes_words: tuple[str, ...]  # 成果 after an event's name: its outcomes, not the event
    date_before_event: dict  # 2025年12月联合国大会…审查: a year or month right before an event's name dates it
    held_after: re.Pattern  # what follows a session reported held, its verb last
    held_before: re.Pattern  # the verb right before a session reported held (被举行了)
    election_words: tuple[str, ...]  # 当选, 选举: an officer elected, who is the event's
    passive_marker: re.Pattern  # 由 after a session: the session is the sentence's subject
    this_words: tuple[str, ...]  # 本场, 本次: a session kind after them names the page's own session
    format_before: re.Pattern  # 以 before a kind word that gives a session's format (以圆桌会议的形式)
    day_of_session: re.Pattern  # 2月23日举行的高级别小组讨论: between a day and the session kind it dates
    format_after: re.Pattern  # 的形式 after it
    subsection_labels: tuple[str, ...]  # 说明, 背景: a heading that labels part of a section, not a new one
    page_part_labels: tuple[str, ...]  # 会议要素, 主席团: a heading that labels a part of the page, no session
    title_after_kind: re.Pattern  # what may follow a session's kind in a heading that titles it
    kind_title_opening: re.Pattern  # ： or “ right after a session's kind in running text: a title follows
    kind_named_before: re.Pattern  # 题为“…”的 right before a session's kind: its title
    quoted_before_modifiers: tuple[str, ...]  # 主题: between a quoted title and its kind (“…”主题研讨会)
    kind_named_about: re.Pattern  # 关于弥合数字鸿沟的 right before a session's kind: its name begins there
    kind_title: re.Pattern  # the title after 高级别部长对话：, to the end of its clause
    kind_title_after_preposition: re.Pattern  # 高级别对话关于…被组织由: a translation's English-order title
    kind_title_on_topic: re.Pattern  # 一个高级别对话在人工智能治理上。: a translation's "on …"
    kind_title_joined: re.Pattern  # 闭幕式暨结业仪式: a kind joined by 暨 to the rest of one name
    session_code: re.Pattern  # WS #87: a line that only numbers the session titled below it
    code_before_bar: re.Pattern  # WS 12｜…: a session's code before its title on one line
    kind_number: re.Pattern  # 7 of 高级别政策会议7: what numbers a session after its kind
    kind_labels: tuple[str, ...]  # 会议类型: a field that gives the kind of the session titled above it
    slot_label: re.Pattern  # 场次一：… : a label that numbers a slot before its title
    date_note: re.Pattern  # （4月13日上午） after a title: when, no part of its name
    page_label: re.Pattern  # 会议摘要：行动方针C4促进会议：…: what the page is, before its title
    page_suffix: re.Pattern  # …专题轨道情况介绍: what the page is, after its title
    slot_time: re.Pattern  # ● 09:30—11:00　开幕全体会议：…: the slot's time before a title, no part of it
    speech_title: re.Pattern  # 秘书长在…开幕全体会议上的讲稿: a speech's title names its meeting
    field_labels: tuple[str, ...]  # 日期, 组织方: a label alone on its line, its value below it
    place_labels: tuple[str, ...]  # 地点: a label whose value may run over a few lines
    list_value_labels: tuple[str, ...]  # 主办单位: a label whose value may be bodies one per line
    place_lines_max: int  # how many lines such a value may run over
    before_a_translated_name: str  # 由 of 由 ITU（国际电联）: English words after it are a name, their translation after them
    field_label_max: int  # how long the label of a two-column table's row may be
    slot_title_label_min: int  # words before a colon this long under a slot's time line title the slot
    bare_event_words: tuple[str, ...]  # 论坛由…主办 on a session's page: the event it is part of
    organ_heads: tuple[str, ...]  # 第九十届联合国大会: a standing body's numbered session, when a meeting is held
    bare_word_before_role_after: tuple[str, ...]  # 、论坛副主席X: what may stand before the event's bare word
    tier_heads: tuple[str, ...]  # 赞助商, 合作伙伴: the words a sponsors' tier heading ends with
    list_labels: tuple[str, ...]  # 主持人, 发言嘉宾: a heading over a list of people, a blank line between
    item_clause_openers: tuple[str, ...]  # words that open a clause, never a programme item's title
    day_parts: re.Pattern  # 上午 of 5月12日上午: a part of the day in a date cell, no words of a title
    slot_breaks: tuple[str, ...]  # 午餐, 茶歇: what a programme slot may hold that is no session (lower case, longest first)
    table_office_columns: tuple[str, ...]  # 职务: of two role columns in a table of people, the office's
    slot_rooms: tuple[str, ...]  # 厅, 会议室, Hall: what the words after a slot's time end in when they are its room
    slot_room_max: int
    here_words: tuple[str, ...]  # 在这里: the place a news item's dateline names
    table_columns: dict[str, tuple[str, ...]]  # a programme table's header words, by what the column holds
    table_ditto: tuple[str, ...]  # 同上: a table's cell that repeats the cell above it
    end_marks: tuple[str, ...]  # （完）: the end of a press release's news, its issuers' boilerplate after it
    table_whole_event: re.Pattern  # 论坛全程: a session cell that names the report's whole event


@cache
def conventions(folder: Path | None = None) -> Conventions:
    data = json.loads(((Path(folder) if folder else data_dir("rules")) / "reading.json").read_text(encoding="utf-8"))
    return Conventions(
        join_verbs=tuple(data["join_verbs"]),
        framing_words=frozenset(data["framing_words"]),
        section_number=re.compile(data["section_number"]),
        not_topic_position_marks=tuple(data["not_topic_position_marks"]),
        including_words=tuple(data["including_words"]["words"]),
        enumerated_item=re.compile(data["enumerated_item"]),
        item_line_max=int(data["item_line_max"]),
        list_opening=re.compile(data["list_opening"]),
        list_joiner=re.compile(data["list_joiner"]),
        list_closing=re.compile(data["list_closing"]),
        item_joiners=tuple(data["item_joiners"]),
        noun_before_number=data["noun_before_number"],
        labelled_line=re.compile(data["labelled_line"]),
        date_field_labels=tuple(data["date_field_labels"]["words"]),
        bullets=data["bullets"],
        title_marks=data["title_marks"],
        list_item=re.compile(data["list_item"]),
        quoted_speech=re.compile(data["quoted_speech"]),
        session_modifier=dict(data["session_modifier"]),
        session_topic_lead=re.compile(data["session_topic_lead"]),
        name_given=re.compile(data["name_given"]["pattern"]),
        titled_by_words=tuple(data["kind_title"]["titled_by"]),
        clause_pronouns=tuple(data["clause_pronouns"]["words"]),
        as_words=tuple(data["as_words"]["words"]),
        dateline_lead=re.compile(data["dateline_lead"]),
        breadcrumb_marks=tuple(data["breadcrumb_marks"]),
        pointing_words=tuple(data["pointing_words"]), role_copulas=tuple(data["role_copulas"]["words"]),
        about_words=tuple(data["about_words"]["words"]),
        name_dots=data["name_dots"]["chars"],
        markdown_marks=re.compile(data["markdown_marks"]["pattern"], re.MULTILINE),
        rule_lines=re.compile(data["rule_lines"]["pattern"], re.MULTILINE),
        other_bullets=re.compile(data["other_bullets"]["pattern"], re.MULTILINE),
        dash_bullets=re.compile(data["dash_bullets"]["pattern"], re.MULTILINE),
        time_clause_after=tuple(data["time_clause_after"]["words"]),
        pronouns=tuple(data["pronouns"]["words"]),
        event_words=tuple(data["event_words"]),
        event_subject_after=data["event_subject_after"]["chars"],
        session_words=tuple(data["session_words"]["words"]),
        session_words_any_kind=tuple(data["session_words"]["any_kind"]),
        held_words=tuple(data["held_words"]["words"]),
        theme_quote_before=tuple(data["theme_quote"]["before"]),
        outcomes_words=tuple(data["outcomes_of_an_event"]["words"]),
        date_before_event={**data["date_before_event"],
                           "between": tuple(map(re.compile, data["date_before_event"]["between"]))},
        held_after=_with_held(data["held_words"]["held_after"], data["held_words"]["words"]),
        held_before=_with_held(data["held_words"]["held_before"], data["held_words"]["words"]),
        election_words=tuple(data["election_words"]["words"]),
        passive_marker=re.compile(data["passive_marker"]),
        this_words=tuple(data["this_words"]["words"]),
        format_before=re.compile(data["session_format"]["before"]),
        day_of_session=re.compile(data["day_of_session"]["pattern"]),
        format_after=re.compile(data["session_format"]["after"]),
        subsection_labels=tuple(data["subsection_labels"]["words"]),
        page_part_labels=tuple(data["page_part_labels"]["words"]),
        title_after_kind=re.compile(data["title_after_kind"]),
        kind_title_opening=re.compile(data["kind_title"]["opening"]),
        kind_named_before=re.compile(data["kind_title"]["named_before"]),
        quoted_before_modifiers=tuple(data["kind_title"]["quoted_before_modifiers"]),
        kind_named_about=re.compile(data["kind_title"]["named_about"]),
        kind_title=re.compile(data["kind_title"]["title"]),
        kind_title_after_preposition=re.compile(data["kind_title"]["after_preposition"]),
        kind_title_on_topic=re.compile(data["kind_title"]["on_topic"]),
        kind_title_joined=re.compile(data["kind_title"]["joined"]),
        session_code=re.compile(data["session_code"]["code"]),
        code_before_bar=re.compile(data["session_code"]["before_a_bar"]),
        kind_number=re.compile(data["session_code"]["kind_number"]),
        kind_labels=tuple(sorted(data["session_code"]["kind_labels"], key=len, reverse=True)),
        slot_label=re.compile(data["slot_label"]["pattern"]),
        date_note=re.compile(data["date_note"]["pattern"]),
        slot_time=re.compile(data["slot_time"]["pattern"]),
        page_suffix=re.compile(r"(?<=\S)(?:" + "|".join(map(re.escape, data["page_labels"]["suffixes"])) + r")\s*$"),
        page_label=re.compile(r"^(\s*(?:" + "|".join(map(re.escape, data["page_labels"]["words"])) + r")\s*[：:]\s*)(?=\S)"),
        speech_title=re.compile(data["speech_title"]["pattern"]),
        field_labels=tuple(data["field_layout"]["labels"]),
        place_labels=tuple(data["field_layout"]["place_labels"]["words"]),
        list_value_labels=tuple(data["field_layout"]["list_value_labels"]["words"]),
        place_lines_max=int(data["field_layout"]["place_labels"]["max_lines"]),
        before_a_translated_name=data["translated_after"]["before_a_name"],
        field_label_max=int(data["field_layout"]["label_max"]),
        slot_title_label_min=int(data["field_layout"]["slot_title_label_min"]),
        list_labels=tuple(data["field_layout"]["list_labels"]),
        tier_heads=tuple(data["field_layout"]["tier_heads"]),
        bare_event_words=tuple(data["bare_event_words"]),
        organ_heads=tuple(data["organ_sessions"]["heads"]),
        bare_word_before_role_after=tuple(data["bare_event_word_before_role"]["after"]),
        item_clause_openers=tuple(data["item_clause_openers"]),
        day_parts=re.compile("|".join(sorted(map(re.escape, data["day_parts"]["words"]), key=len, reverse=True))),
        slot_breaks=tuple(sorted((w.lower() for w in data["slot_breaks"]["words"]), key=len, reverse=True)),
        table_office_columns=tuple(data["table_office_columns"]["words"]),
        slot_rooms=tuple(data["slot_rooms"]["heads"]), slot_room_max=data["slot_rooms"]["max_chars"],
        here_words=tuple(data["here_words"]["words"]),
        table_columns={meaning: tuple(words) for meaning, words in data["table_columns"].items()},
        table_ditto=tuple(data["table_cells"]["ditto"]),
        end_marks=tuple(data["boilerplate"]["end_marks"]),
        table_whole_event=re.compile(data["table_cells"]["whole_event"]),
    )


def _with_held(pattern: str, words: list[str]) -> re.Pattern:
    """A pattern with {HELD} standing for any of the held words."""
    return re.compile(pattern.replace("{HELD}", "|".join(map(re.escape, words))))


class _ReadWhenUsed:
    """The conventions as a module may name them at import (`_READING = read_when_used()`), read
    from reading.json only when an attribute is first used, so that importing the extractor reads
    no file (a mistake in the file is then reported by the data check, not by an import)."""

    def __init__(self, field: str | None = None) -> None:
        self._field = field  # one convention (section_number: a pattern to match and sub with)

    def __getattr__(self, name: str) -> Any:
        read = conventions()
        return getattr(getattr(read, self._field) if self._field else read, name)


def read_when_used(field: str | None = None) -> Any:
    return _ReadWhenUsed(field)
