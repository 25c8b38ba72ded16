"""The name tagger: organisations, venues, events and people that no lexicon knows.

Reports name many things once and never again: a ministry (泰国数字经济与社会部), a regional
review (信息社会世界峰会亚太区域审查会议), a speaker after her office (秘书长近藤雅之). The
tagger reads them from how names are built, with the language data of data/rules/zh/names.json:

- an organisation, venue or event ends in a head noun (部, 委员会, 会议中心, 审查会议 ...); its
  name is read leftwards over name characters and over known names inside it (a country, a
  place, an organisation, a series), up to a boundary (punctuation, a function word, a verb
  that introduces a name, a conjunction whose left side is already a whole name);
- an event must also carry a sign of being one: a year, an ordinal (第十八届), quotation
  marks, an abbreviation in parentheses, or a word of the event vocabulary (区域, 高级别 ...);
- a person follows an office or a title (部长, 秘书长, 记者) or comes before an honorific
  (先生, 阁下) or a Latin name in parentheses, and starts with a surname.

Every name found gets no lexicon key: the resolver mints its IRI and lists it as unlinked.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from ..model import Mention
from ..resources import data_dir
from .conventions import conventions
from .divisions import DivisionShapes, compile_divisions
from .patterns import mention_rules
from .text import NAME_DOTS, inside_brackets

_YEAR_PREFIX = re.compile(r"^(?P<year>(?:19|20)\d\d)\s*年\s*")
_BARE_YEAR = re.compile(r"(?:19|20)\d\d")
_BARE_YEAR_PREFIX = re.compile(r"^(?:19|20)\d\d(?=[^\d年\s])")
_YEAR_ANYWHERE = re.compile(r"(?<!\d)(?P<year>(?:19|20)\d\d)(?:\s*年)?(?!\d)")
_YEAR_NOTE = re.compile(r"[（(]\s*(?:19|20)\d\d\s*年?\s*[）)]")  # （2030年） after an event's name
_CODE_YEAR = re.compile(r"[A-Za-z]\s*[-‐–]\s*(?P<yy>\d\d)$")  # WTDC-06, PP-18: an edition's code
_YEAR_SUFFIX = re.compile(r"(?<=[\u4e00-\u9fff])\s?(?:19|20)\d\d$")
_YEAR_AFTER = re.compile(r"\s?(?:19|20)\d\d(?![\d年.,，])")
ORDINAL = re.compile(r"第[一二三四五六七八九十百〇零\d]+(?:届|次)|首届")
# the ordinal that numbers one session of an event, right before its kind: 第一场|小组讨论, 第1场|会议, 第二次|全体会议
SESSION_ORDINAL = re.compile(r"(?:第\s*(?P<n>[一二三四五六七八九十\d]{1,3})|首)\s*[场个次轮]\s*")
ABBR_AFTER = re.compile(r"\s*[（(]\s*(?P<abbr>[A-Za-z][A-Za-z0-9+&.\- ]{1,24}?)\s*[）)]")


def closing_abbreviation(title: str) -> re.Match | None:
    """…（HLPS 6）, …成果 (WSIS+30): the abbreviation in brackets that closes a title, if one does."""
    return next((a for a in ABBR_AFTER.finditer(title) if a.end() == len(title)), None)


# （WSIS Regional Review Meeting 2031，WSIS-RRM 2031）: the name in English, then its abbreviation
_ENGLISH_THEN_ABBR = re.compile(r"\s*[（(]\s*[A-Za-z][A-Za-z0-9 .,'&\-]{3,120}?[，,]\s*"
                                r"(?P<abbr>[A-Z][A-Za-z0-9+&.\- ]{1,24}?)\s*[）)]")

# 2029年非洲…区域论坛 | ARFIS 2029 | 2029年5月14日—17日: a page's banner gives it in a cell of its own
_CELL_ABBR = re.compile(r"[ \t]*[|｜][ \t]*(?P<abbr>[A-Z][A-Z0-9+&.\-]{1,15}(?: \d{4})?)[ \t]*(?=[|｜])")


def abbreviation_after(text: str, end: int) -> re.Match | None:
    """The abbreviation a name is given in brackets right after it, alone (（IGF 2023）) or after the
    name in English (（Internet Governance Forum 2023，IGF 2023）), or in the next cell of a banner."""
    return ABBR_AFTER.match(text, end) or _ENGLISH_THEN_ABBR.match(text, end) or _CELL_ABBR.match(text, end)
CJK = re.compile(r"[\u4e00-\u9fff]")
QUOTED_NAME = re.compile(r"[“「『\"](?P<name>[^“”「」『』\"\n]{3,40})[”」』\"]")

# Known mentions a new name may be built from (泰国 + 数字经济与社会部).
_INNER = {"COUNTRY", "PLACE", "ORG", "EVENT", "DATE"}
_ORG_INNER = {"COUNTRY", "PLACE", "ORG"}
_NAMES = {"ORG", "COUNTRY", "PLACE", "EVENT", "PERSON", "EVENT_REF"}
# Mentions of words rather than names: a new name reads through them (国家 in 泰国国家广播委员会).
_WORDS = {"MEASURE", "TOPIC", "TOPIC_KIND", "SESSION_TYPE", "RELATION", "ACTION_LINE"}


@dataclass(frozen=True)
class NameData:
    """The language data of the name tagger, read once from data/rules/<lang>/names.json."""

    org_heads: tuple[str, ...]
    weak_org_heads: tuple[str, ...]  # 网络, 基金: bodies only where the text treats them as bodies
    head_not_after: dict[str, str]
    venue_heads: tuple[str, ...]
    event_heads: tuple[str, ...]
    process_heads: tuple[str, ...]  # 审查进程: a process named as what its co-facilitators or chairs serve
    process_role_after: re.Pattern  # …的两位共同协调人: what must follow a process's name
    event_markers: tuple[str, ...]
    held_after: re.Pattern
    held_clause_before: re.Pattern  # 在卢萨卡举行的第三届论坛: a clause of holding right before the name
    held_clause_name_chars: int  # 在曼谷举行的亚太…后续会议: a name this long after the clause needs no ordinal
    self_words: tuple[str, ...]  # 本次, 该: before a bare event head they point at an event (本次高级别活动), naming none
    written_short: tuple[tuple[str, str], ...]  # (信息社会世界峰会, WSIS): words an event's name may be written with either way
    office_heads: tuple[str, ...]  # 办公室: a head that makes the officer before it a body's name (主席办公室)
    region_words: tuple[str, ...]  # 中亚, 高加索: regions an event's name may list (中亚、高加索及亚太地区…)
    quoted_event_heads: tuple[str, ...]  # 对话: ends an event's name in quotes (“…高级别互动对话”)
    joined_event_tail: re.Pattern  # 暨系列活动 after an event's name: the rest of one event's name
    joint_event: re.Pattern  # 与 and an unknown event's words saying it is joint (与…联合审查会议)
    events_for_events: tuple[str, ...]  # 大会 after a known event's name: an event held for it
    branch_words: tuple[str, ...]  # 分会 a few characters after a body's name: its branch
    branch_gap: int
    office_word_goes_on: str  # 级 of 部长级: a longer word, no office held
    dated_after_marks: tuple[str, ...]  # 于 between an edition's ordinal name and its date
    dated_after_gap: int
    state_forms_before: tuple[str, ...]  # 苏丹国阿曼: a state's form a translation writes before the country
    held_before: re.Pattern  # 拉开“…”的帷幕, 举行了“…”: a quoted name held
    quoted_heads_after: tuple[str, ...]  # 活动 of 举行的“…”活动: an event's generic word after its quoted title
    held_of: re.Pattern  # 举行的 right before such a title
    subject_event: re.Pattern  # a paragraph that opens with an event's words and says it was held
    boundary_chars: frozenset[str]
    dotted_inner_chars: str  # 其 inside 奥云其美格·达什道尔吉
    copulas_before_name: tuple[str, ...]  # 为 in 主持人为劳拉·宫城: a name begins after it
    conjunctions: frozenset[str]
    left_stop_words: tuple[str, ...]
    verbs_before_a_head: tuple[str, ...]  # 担任 of 担任高级别会议主席: a verb before a whole event head
    whole_event_heads: tuple[str, ...]  # 高级别会议: event heads that are a name's words of their own
    stop_word_not_after: dict[str, str]
    stop_word_not_before: dict[str, str]
    min_name_chars: int
    max_name_chars: int
    max_event_name_chars: int  # an event's name runs longer (…信息社会世界峰会行动方针落实情况高级别区域审查会议)
    person_titles: tuple[str, ...]
    person_stops: tuple[str, ...]
    surnames: frozenset[str]
    compound_surnames: tuple[str, ...]
    titles_after: tuple[str, ...]
    title_joiners: tuple[str, ...]  # 兼, 、: two offices one person holds, in one title
    office_modifiers: tuple[str, ...]
    event_name_field: re.Pattern  # 活动名称：X
    latin_not_name_words: frozenset[str]  # and, of, room: a Latin phrase in brackets that names no person
    latin_not_after: tuple[str, ...]  # 主会场（Saal Estrel）: Chinese words that name a place or a thing
    latin_org_heads: frozenset[str]  # Network, Ministry: a Latin name holding one glosses a body
    latin_body_heads: frozenset[str]  # Group, Bank: what a body's Latin name in running text ends with
    latin_body_name: re.Pattern  # capitalised words (small joiners between them) ending with a `head`
    latin_body_joiners: frozenset[str]  # of, for: small words between a body's capitalised words
    acronym_not_bodies: frozenset[str]  # ICT, CEO: capitals before an office that abbreviate no body
    nationality_marks: tuple[str, ...]  # 籍的: after a country, what says a name's nationality
    honorific_first_after: str  # 由先生李明浩: what stands before a translation's honorific written first
    surname_opens_after: str  # 。\n”: what a sentence that names a speaker by a part of the name opens after
    surname_copulas: tuple[str, ...]  # 是: what follows that part in such a sentence
    body_field_roles: frozenset[str]  # role:host ...: a field labelled with one of them lists bodies
    apposed_not_name_chars: str  # 周三下午, 时间: words of time and fields, not names opening a slot
    capital_words: tuple[str, ...]
    capitals_for_their_country: tuple[str, ...]  # 城 of 巴拿马城: a capital named for its country
    city_after_country: dict[str, Any]
    pointed_bodies: dict[str, Any]
    state_forms: tuple[str, ...]
    language_marks: tuple[str, ...]  # 西班牙语: a country's name before it is its language
    head_not_before: str
    max_person_chars: int
    person_single_stops: str
    verb_heads: tuple[str, ...]
    verb_marks: str  # 了 after 组织: the verb, not a name's head
    name_list_joiners: str  # 张有浩 施建国, 刘闯、杨旸: what stands between names a title opens
    acting_by: tuple[str, ...]  # 主持, 担任主席: after 由 and a name with no title, what makes it a person
    boundary_in_words: dict[str, str]  # 等 -> 高平…: 高等 is a word inside a name
    not_name_starts: tuple[str, ...]
    edition_words: dict[str, str]  # edition word -> which edition it names (next, previous); longest first
    edition_after_marks: tuple[str, ...]  # 的 of 全权代表大会的上一届: the edition word after the name
    event_part: re.Pattern  # 第一阶段: a part of an event, written alone after the event's name
    held_in_parts: dict[str, Any]  # 分两个阶段: an event held in parts, each dated and placed in turn
    divisions: DivisionShapes  # 浙江省宁波市: places written with their division words (divisions.py)
    following: dict[str, Any]  # 继…之后: an earlier occurrence of an event, dated in that clause


def _joined_tail(spec: dict[str, Any]) -> re.Pattern:
    heads = "|".join(map(re.escape, sorted(spec["heads"], key=len, reverse=True)))
    joiners = "|".join(map(re.escape, spec["joiners"]))
    return re.compile(rf"(?:{joiners})[\u4e00-\u9fff0-9]{{0,{spec['max_chars']}}}?(?:{heads})")


def _joint(spec: dict[str, Any]) -> re.Pattern:
    joiners = "|".join(map(re.escape, spec["joiners"]))
    words = "|".join(map(re.escape, spec["joint_words"]))
    return re.compile(rf"(?P<joiner>{joiners})(?P<second>[^，,。；;、\n]*?(?:{words})[\u4e00-\u9fff]{{1,8}})$")


@cache
def name_data(folder: Path | None = None, language: str = "zh") -> NameData:
    path = (Path(folder) if folder else data_dir("rules")) / language / "names.json"
    raw: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    by_length = lambda words: tuple(sorted(set(words), key=len, reverse=True))  # noqa: E731
    heads = "|".join(map(re.escape, by_length(raw["event_heads"])))
    # (after a press release's dateline too: 釜山，韩国，21 9月 2028 —— …区域磋商，其被举行在…)
    # (该论坛的部长级圆桌会议于…举行: words pointing back to the report's event, then 的, are not its name)
    subject_event = re.compile(rf"(?m)^(?:[^\n]{{0,30}}?(?:——|－－|--)\s*)?[ \t　]*"
                               rf"(?:(?:该|本|此|这)[^\n，,。；;的]{{0,6}}的)?(?!(?:该|本|此|这)[^\n，,。；;的]{{0,6}}的)"
                               rf"(?P<name>[^\n，,。；;：:“”\"—]{{6,{_LONG_EVENT_NAME}}}?(?:{heads}))"
                               rf"(?={raw['held_after']})")
    return NameData(
        org_heads=by_length(raw["org_heads"]), weak_org_heads=by_length(raw["weak_org_heads"]["heads"]),
        head_not_after=dict(raw["head_not_after"]),
        venue_heads=by_length(raw["venue_heads"]), event_heads=by_length(raw["event_heads"]),
        process_heads=by_length(raw["process_heads"]["heads"]), process_role_after=re.compile(raw["process_heads"]["role_after"]),
        event_markers=tuple(raw["event_markers"]), held_after=re.compile(raw["held_after"]),
        held_clause_before=re.compile(raw["held_clause_before"]["pattern"]),
        held_clause_name_chars=raw["held_clause_before"]["name_min_chars"],
        self_words=by_length(raw["event_references"]["words"]),
        written_short=tuple(sorted(((full, short) for full, short in raw["written_short"]["pairs"]), key=lambda p: -len(p[0]))),
        region_words=by_length(raw["region_words"]["words"]),
        office_heads=by_length(raw["office_heads"]["heads"]),
        quoted_event_heads=by_length(raw["quoted_events"]["heads"]), joined_event_tail=_joined_tail(raw["joined_events"]),
        joint_event=_joint(raw["joint_events"]),
        events_for_events=by_length(raw["events_for_events"]["heads"]),
        branch_words=by_length(raw["body_branches"]["words"]), branch_gap=raw["body_branches"]["max_between"],
        office_word_goes_on=raw["office_word_goes_on"]["chars"],
        dated_after_marks=tuple(raw["edition_dated_after"]["marks"]), dated_after_gap=raw["edition_dated_after"]["gap"],
        state_forms_before=tuple(raw["state_forms_before"]["words"]),
        held_before=re.compile(raw["quoted_events"]["held_before"]),
        quoted_heads_after=by_length(raw["quoted_events"]["heads_after"]), held_of=re.compile(raw["quoted_events"]["held_of"]),
        subject_event=subject_event, boundary_chars=frozenset(raw["boundary_chars"]),
        conjunctions=frozenset(raw["conjunctions"]), left_stop_words=by_length(raw["left_stop_words"]),
        verbs_before_a_head=tuple(raw["verbs_before_a_head"]["words"]),
        whole_event_heads=tuple(h for h in by_length(raw["event_heads"])
                                if len(h) >= raw["verbs_before_a_head"]["head_min_chars"]),
        stop_word_not_after=dict(raw["stop_word_not_after"]),
        stop_word_not_before=dict(raw["stop_word_not_before"]),
        min_name_chars=raw["min_name_chars"], max_name_chars=raw["max_name_chars"],
        max_event_name_chars=raw["max_event_name_chars"],
        person_titles=by_length(raw["person_titles"]), person_stops=by_length(raw["person_stops"]),
        surnames=frozenset(raw["surnames"]), compound_surnames=by_length(raw["compound_surnames"]),
        titles_after=by_length(raw["titles_after"]), title_joiners=by_length(raw["title_joiners"]["words"]),
        office_modifiers=by_length(raw["office_modifiers"]["words"]),
        event_name_field=re.compile(r"(?m)^[ \t]*(?:(?P<event_label>%s)|%s)[ \t]*[：:][ \t]*(?P<name>[^\n（(：:，,。；;]{2,%d}?)[ \t]*(?=$|[（(：:，,。；;])"
                                    % ("|".join(map(re.escape, by_length(raw["event_name_fields"]["labels"]))),
                                       "|".join(map(re.escape, by_length(raw["event_name_fields"]["name_labels"]))),
                                       raw["event_name_fields"]["max_chars"])), head_not_before=raw["head_not_before"],
        latin_not_name_words=frozenset(raw["latin_not_name_words"]["words"]),
        latin_not_after=tuple(raw["latin_not_name_words"]["not_before"]),
        latin_org_heads=frozenset(raw["latin_org_heads"]["words"]),
        latin_body_heads=frozenset(raw["latin_body_heads"]["words"]),
        latin_body_name=_latin_name_shape(raw["latin_body_heads"]["joiners"]),
        latin_body_joiners=frozenset(raw["latin_body_heads"]["joiners"]),
        acronym_not_bodies=frozenset(raw["acronym_not_bodies"]["words"]),
        nationality_marks=by_length(raw["nationality_marks"]["words"]),
        honorific_first_after=raw["honorific_first"]["opens_after"],
        surname_opens_after=raw["surname_again"]["opens_after"],
        surname_copulas=by_length(raw["surname_again"]["copulas"]),
        body_field_roles=frozenset(raw["body_field_roles"]["roles"]),
        apposed_not_name_chars=raw["apposed_not_name_chars"]["chars"],
        max_person_chars=raw["max_person_chars"],
        person_single_stops=raw["person_single_stops"], verb_heads=tuple(raw["verb_heads"]),
        verb_marks=raw["verb_marks"]["chars"],
        name_list_joiners=raw["name_list_joiners"]["chars"], acting_by=tuple(raw["acting_by"]["words"]), boundary_in_words=dict(raw["boundary_in_words"]["words"]),
        dotted_inner_chars=raw["dotted_inner_chars"]["chars"],
        copulas_before_name=tuple(raw["copulas_before_name"]["words"]),
        capital_words=tuple(raw["capital_words"]),
        capitals_for_their_country=tuple(raw["capitals_for_their_country"]),
        event_part=re.compile(raw["event_part"]["pattern"]),
        held_in_parts={**raw["event_part"]["held_in_parts"], "trigger": re.compile(raw["event_part"]["held_in_parts"]["trigger"])},
        city_after_country={k: tuple(v) if isinstance(v, list) else v for k, v in raw["city_after_country"].items()},
        pointed_bodies=raw["pointed_bodies"], divisions=compile_divisions(raw["divisions"]), following=raw["following"],
        state_forms=by_length(raw["state_forms"]), language_marks=tuple(raw["language_marks"]["words"]),
        edition_after_marks=tuple(raw["edition_after"]["marks"]),
        not_name_starts=by_length(raw["not_name_starts"]), edition_words=dict(sorted(((w, kind) for kind, words in raw["edition_words"].items() for w in words),
                                  key=lambda pair: -len(pair[0]))))


def _latin_after() -> re.Pattern:
    """`(Mogens Lykketoft)` after a name: the shape of data/rules/mentions.json."""
    return mention_rules()["compiled"]["latin_in_parens"]


class _Known:
    """Where the known mentions are: which one ends at a position, which covers it."""

    def __init__(self, mentions: list[Mention]) -> None:
        self.ending: dict[int, Mention] = {}
        self.covered: dict[int, Mention] = {}
        for m in mentions:
            if m.label in _WORDS:
                continue
            self.ending.setdefault(m.end, m)
            for i in range(m.start, m.end):
                self.covered[i] = m

    def at(self, pos: int) -> Mention | None:
        return self.covered.get(pos)


def find_unknown_names(text: str, known: list[Mention], honorifics: list[str],
                       latin_honorifics: dict[str, str] | None = None, data: NameData | None = None,
                       transliteration: frozenset[str] = frozenset()) -> list[Mention]:
    """Names of organisations, venues, events and people that the lexicons did not find;
    `honorifics` are the honorific words of the lexicon (先生, 阁下 ...), `latin_honorifics` the
    forms written before a Latin name (Ms., Dr) with the honorific each one is, `transliteration`
    the characters foreign names are written in (the people lexicon's)."""
    data = data or name_data()
    after = tuple(sorted(set(honorifics) | set(data.titles_after), key=len, reverse=True))
    index = _Known(known)
    words = [m for m in known if m.label in _WORDS]
    found = [m for m in _headed_names(text, index, data, words) if _adds_a_name(m, known)]
    found += _weakly_headed_bodies(text, known + found, data)
    found += _acronym_bodies(text, known + found, data)
    found += _latin_bodies(text, known + found, data)
    cities = _capitals(text, index, data) + _cities_after_country(text, known, index, data) \
        + _cities_before_country(text, known, index, data)
    found = [_located(m, known + cities, cities) if m.label == "PLACE" else m for m in found]
    found += _events_named_in_fields(text, known + found, data)
    found += _bodies_named_in_fields(text, known + found, data)
    found += _quoted_events(text, known + found, data)
    found += _paragraph_subject_events(text, known + found, data)
    found += cities
    people_index = _Known(known + found)
    found += _people(text, known + found, people_index, data, after, latin_honorifics or {}, transliteration)
    found += _names_said_again(text, known + found, data)
    found += _events_said_again(text, known + found)
    _bodies_said_short(text, known, found)
    return found


def _bodies_said_short(text: str, known: list[Mention], found: list[Mention]) -> None:
    """阿曼苏丹国交通、通信和信息技术部 … 由交通、通信和信息技术部组织: a body no lexicon knows, named
    once with its country or place before it, is the same body where the text leaves that out: the
    short mention takes the full name (a name of it as written stays its words)."""
    places = {(m.start, m.end) for m in known + found if m.label in ("COUNTRY", "PLACE")}
    full = [m for m in found if m.label == "ORG" and m.key is None
            and any(a == m.start and b < m.end for a, b in places)]
    for short in (m for m in found if m.label == "ORG" and m.key is None and m.value.get("unknown")):
        name = short.value.get("name") or short.text
        longer = next((f for f in full if f.start < short.start and f is not short
                       and (f.value.get("name") or f.text).endswith(name)
                       and len(f.value.get("name") or f.text) > len(name) + 1), None)
        if longer is not None and len(name) >= _SHORT_BODY_MIN:
            short.value["name"] = longer.value.get("name") or longer.text


_SHORT_BODY_MIN = 4  # 信息技术部: the fewest characters a body's name left short keeps


def _weakly_headed_bodies(text: str, known: list[Mention], data: NameData) -> list[Mention]:
    """非洲青年科技创业网络创始人, 组织方：卡加拉数字基础设施基金: a name ending with a head noun that
    is as often a common noun (网络, 基金) is a body where the text treats it as one (an office or
    an abbreviation right after it, or a place among agents before it), and then wherever the
    text writes it again (组织方：非洲青年科技创业网络 above its founder's line)."""
    index = _Known(known)
    bodies: set[str] = set()
    for head in data.weak_org_heads:
        for m in re.finditer(re.escape(head), text):
            if _bad_head(text, m.start(), head, data) or index.at(m.start()) is not None:
                continue
            start = _name_start(text, m.start(), index, data, "ORG")
            inner = index.ending.get(m.start())
            if start == m.start() and _unknown_body(inner) and _word_ends(text, m.end(), index):
                start = inner.start  # 泛非社区电信中心 + 网络: a network of centres is one body
            if m.start() - start >= data.min_name_chars and _treated_as_body(text, start, m.end(), index, data):
                bodies.add(text[start:m.end()])
    found: list[Mention] = []
    for name in sorted(bodies, key=len, reverse=True):
        for m in re.finditer(re.escape(name), text):
            ends = _word_ends(text, m.end(), index)
            taken = any(_blocks_the_name(index.at(i), m.start(), m.end(), ends) for i in range(m.start(), m.end())) or \
                any(f.start < m.end() and m.start() < f.end for f in found)
            mention = None if taken else _make(text, m.start(), m.end(), "ORG", data)
            if mention is not None:
                found.append(mention)
    return found


def _latin_name_shape(joiners: list[str]) -> re.Pattern:
    """Capitalised Latin words, a joiner (of, and) maybe between two, up to a last word (`head`)
    that no other capitalised word or joiner follows."""
    joined = "|".join(map(re.escape, joiners))
    return re.compile(r"(?<![A-Za-z0-9&.\-])[A-Z][A-Za-z0-9&.\-]*(?:[ \t]+(?:(?:%s)[ \t]+)?[A-Z][A-Za-z0-9&.\-]*){0,6}"
                      r"[ \t]+(?P<head>[A-Z][A-Za-z.]*)(?![A-Za-z0-9&\-])(?![ \t]+(?:%s)?[ \t]*[A-Z])" % (joined, joined))


_GLOSS_AFTER = re.compile(r"[ \t]*[（(][^（）()\n]*[\u4e00-\u9fff]")  # （釜山医疗机器人研究院）: its Chinese name


def _latin_bodies(text: str, known: list[Mention], data: NameData) -> list[Mention]:
    """支持合作伙伴：MTN Group、Digital Africa基金会: capitalised Latin words ending with a body's
    head word (names.json `latin_body_heads`) name a body, out of brackets and on a line that
    has Chinese words (an English line under a title is its other name, no body), when no
    Chinese name in brackets follows (that name is the body's, read as such)."""
    index = _Known(known)
    found = []
    for m in data.latin_body_name.finditer(text):
        if not _headed(m.group(), data):
            continue
        if any(index.at(i) is not None for i in range(m.start(), m.end())):
            continue
        if _GLOSS_AFTER.match(text, m.end()):
            continue  # Busan Institute of Medical Robotics（釜山医疗机器人研究院）: the Chinese name in brackets names it
        line_start, line_end = text.rfind("\n", 0, m.start()) + 1, text.find("\n", m.end())
        line = text[line_start:line_end if line_end >= 0 else len(text)]
        if not CJK.search(line) or inside_brackets(text, line_start, m.start()) and not _apposed_in_brackets(text, line_start, m.start()):
            continue
        found.append(Mention("ORG", m.start(), m.end(), m.group(), None, {"name": m.group(), "unknown": True}))
    return found


def _headed(name: str, data: NameData) -> bool:
    """A body's head word ends the name, or stands before the words that say what the body is of
    or for (West African Institute of Data Science, Tokyo Centre for AI and Society)."""
    words = [w.casefold().rstrip(".") for w in name.split()]
    return words[-1] in data.latin_body_heads or any(
        w in data.latin_body_heads and after in data.latin_body_joiners for w, after in zip(words, words[1:]))


def _apposed_in_brackets(text: str, line_start: int, pos: int) -> bool:
    """Mei Tanaka（高级研究员，Tokyo Centre for AI and Society）: a body after an office and a comma in
    brackets is where the person works, set beside the name, no gloss of the name before it."""
    opening = max(text.rfind("（", line_start, pos), text.rfind("(", line_start, pos))
    return opening >= 0 and any(c in text[opening:pos] for c in "，,")


_ACRONYM = re.compile(r"(?<![A-Za-z0-9&.\-])[A-Z][A-Z&]{1,7}(?![A-Za-z0-9&\-])")


def _acronym_bodies(text: str, known: list[Mention], data: NameData) -> list[Mention]:
    """CCIT委员刘闯, CCIT主席龚克: capitals right before an office or a title that people hold in a
    body abbreviate that body, and so they do wherever the text writes them again; words in
    capitals that name no body (ICT, CEO: names.json `acronym_not_bodies`) are passed over."""
    index = _Known(known)
    free = [m for m in _ACRONYM.finditer(text) if index.at(m.start()) is None and m.group() not in data.acronym_not_bodies]

    def before_an_office(end: int) -> bool:
        after = index.at(end)
        return text.startswith(data.person_titles, end) or (after is not None and after.start == end and after.label in ("POST", "ROLE"))

    titled = {m.group() for m in free if before_an_office(m.end())}
    return [Mention("ORG", m.start(), m.end(), m.group(), None, {"name": m.group(), "unknown": True})
            for m in free if m.group() in titled]


def _blocks_the_name(known: Mention | None, start: int, end: int, ends_word: bool = True) -> bool:
    """A known mention inside a body's name blocks it, unless it is the country or place the name
    opens with (几内亚|湾教育资源网络 is one body; 外交部|网络安全大使 a body, then words of an office)
    or a body no lexicon knows that it opens with (泛非社区电信中心|网络)."""
    return known is not None and not (known.start == start and known.end < end
                                      and (known.label in ("COUNTRY", "PLACE") or _unknown_body(known) and ends_word))


def _word_ends(text: str, pos: int, index: _Known) -> bool:
    """No word goes on at `pos` (外交部网络|安全大使 goes on): the text ends, a mark or a mention follows."""
    return pos >= len(text) or not CJK.match(text[pos]) or index.at(pos) is not None


def _unknown_body(m: Mention | None) -> bool:
    """A body found by its head noun, no lexicon entry: a longer name may take it in."""
    return m is not None and m.label == "ORG" and m.key is None


def _treated_as_body(text: str, start: int, end: int, index: _Known, data: NameData) -> bool:
    """An office (首席执行官, 项目主任), a Latin abbreviation in brackets, a role's verb done
    (组织了) or another body of a list (X和B) right after the name, or a role's label (组织方：),
    another body of a list (A、X, A和X) or 由 with a role after it before."""
    if any(text.startswith(w, end) for w in data.person_titles + data.office_modifiers + data.titles_after):
        return True
    if abbreviation_after(text, end) or _glosses_a_body(text, end, data):
        return True
    acts = index.at(end)
    if acts is not None and acts.start == end and acts.label == "ROLE" and acts.text[-1] in data.verb_marks:
        return True  # 东非电子政务网络组织了“…”: the one who organised
    listed = index.at(end + 1) if text[end:end + 1] == "、" or text[end:end + 1] in data.conjunctions else None
    if listed is not None and listed.start == end + 1 and listed.label == "ORG":
        return True  # X网络和南方数字政策研究中心协办: listed with another body
    before = text[:start].rstrip(" \t")
    if not before:
        return False
    mark, previous = before[-1], index.ending.get(len(before) - 1)
    if mark in "：:":
        return previous is not None and previous.label in ("ROLE", "TIER")
    if mark == "、" or mark in data.conjunctions:
        return previous is not None and previous.label == "ORG"
    if mark == "由":
        return any((m := index.at(i)) is not None and m.label == "ROLE" for i in range(end, end + 5))
    if mark in "，,":
        return _apposed_after_an_office(text, before[:-1], end, index, data)
    return False


def _apposed_after_an_office(text: str, before: str, end: int, index: _Known, data: NameData) -> bool:
    """X女士，创始人，达喀尔女孩编程网络，塞内加尔: a name between commas after an office, with a
    country or the sentence's end after it, is the body of that office (English word order)."""
    if not before.endswith(data.person_titles):
        return False
    after = text[end:end + 1]
    if after in ("。", "）", ")", "\n", "；", ";", ""):
        return True
    country = index.at(end + 1) if after in ("，", ",") else None
    return country is not None and country.start == end + 1 and country.label == "COUNTRY"


def _names_said_again(text: str, mentions: list[Mention], data: NameData) -> list[Mention]:
    """信息产业部蒋耀平副部长 … 蒋耀平作了主旨发言: a name the text once gave a person by an office, an
    honorific or a dot is that person wherever the text writes it again, bare. A name of two
    characters is read again only where a stop word or a boundary ends it (王芳表示, not 王芳草)."""
    taken = _Known(mentions)
    people = {m.value.get("name") or m.text: m for m in mentions
              if m.label == "PERSON" and m.key is None and m.value.get("unknown")}
    again = []
    for name, first in sorted(people.items()):
        if len(name) < 2 or not all(CJK.match(c) or c == "·" for c in name) \
                or not ("·" in name or _surname_length(name, 0, data)):
            continue  # 数据治理（Data Governance）: no surname opens it, so it may be no name at all
        for m in re.finditer(re.escape(name), text):
            if any(taken.at(i) is not None for i in range(m.start(), m.end())):
                continue
            if len(name) == 2 and not _ends_name(text, m.end(), data):
                continue
            again.append(Mention("PERSON", m.start(), m.end(), name, None, {**first.value, "reference": True}))
    return again


def _events_said_again(text: str, mentions: list[Mention]) -> list[Mention]:
    """阿拉伯区域磋商 2032 (the title) … 阿拉伯区域磋商对于WSIS+20审查，…: an event no lexicon knows
    that the headline names is that event wherever the text writes its name again without its
    year, unless a name at least as long is read there already (a name first read further down,
    下一届全权代表大会, may be another edition's)."""
    taken = [m for m in mentions if m.label != "SESSION_TYPE"]
    headline_end = _top_lines_end(text)
    events = {m.value.get("name") or m.text: m for m in mentions
              if m.label == "EVENT" and m.key is None and m.value.get("unknown") and m.value.get("year")
              and m.end <= headline_end}
    again = []
    for name, first in sorted(events.items()):
        if len(name) < _EVENT_SAID_AGAIN_MIN or not CJK.match(name[0]):
            continue
        for m in re.finditer(re.escape(name), text):
            if any(t.start < m.end() and m.start() < t.end for t in taken + again):
                continue
            again.append(Mention("EVENT", m.start(), m.end(), name, None, {**first.value, "name": name}))
    return again


_EVENT_SAID_AGAIN_MIN = 6  # a shorter name (区域磋商) may be a common noun
_HEADLINE_LINES = 3


def _top_lines_end(text: str) -> int:
    """The end of the text's first few lines that are not blank (its headline and what a page puts over it)."""
    end, seen = 0, 0
    for line in text.split("\n"):
        end += len(line) + 1
        seen += bool(line.strip())
        if seen >= _HEADLINE_LINES:
            break
    return end


def unknown_city(text: str, start: int, end: int, country: str) -> Mention:
    """A city no lexicon knows, named by text[start:end], in `country` (its key)."""
    name = text[start:end]
    return Mention("PLACE", start, end, name, None, {"name": name, "unknown": True, "within": country, "place_kind": "city"})


def _capitals(text: str, index: _Known, data: NameData) -> list[Mention]:
    """卡塔尔首都多哈: the words after a country and 首都 (up to a boundary or a verb) name its
    capital, a city, when no lexicon knows it; so does a country's name and 城 there (巴拿马首都巴拿马城),
    or right after that country's name (在巴拿马巴拿马城举办)."""
    found = []
    for m in re.finditer("|".join(map(re.escape, data.capital_words)), text):
        country = index.ending.get(m.start())
        if country is None or country.label != "COUNTRY":
            continue
        named = index.at(m.end())
        if named is not None:  # 巴拿马首都巴拿马城: a capital named for its country and 城
            if named.label == "COUNTRY" and named.start == m.end() and text.startswith(data.capitals_for_their_country, named.end) \
                    and not text.startswith(data.city_after_country["not_city"], named.end):
                found.append(unknown_city(text, named.start, named.end + 1, country.key))
            continue
        end = m.end()
        while end < len(text) and end - m.end() < 6 and CJK.match(text[end]) and index.at(end) is None \
                and text[end] not in data.boundary_chars and not text.startswith(data.not_name_starts, end) \
                and not text.startswith(data.city_after_country["after"], end) \
                and not _stop_word_before(text, end + 1, data):
            end += 1
        if 2 <= end - m.end() <= 5:
            found.append(unknown_city(text, m.end(), end, country.key))
    for country in [k for k in index.ending.values() if k.label == "COUNTRY"]:
        named = index.at(country.end)  # 在巴拿马巴拿马城举办: the country, then the city named for it
        if named is not None and named.label == "COUNTRY" and named.start == country.end and named.key == country.key \
                and text.startswith(data.capitals_for_their_country, named.end):
            found.append(unknown_city(text, named.start, named.end + 1, country.key))
        # 在巴拿马城，巴拿马: a translation's city named for its country, before that country
        ending = next((w for w in data.capitals_for_their_country if text.startswith(w, country.end)), "")
        after = country.end + len(ending)
        comma = re.match(r"[，,]\s*", text[after:after + 4]) if ending else None
        then = index.at(after + comma.end()) if comma else None
        if then is not None and then.label == "COUNTRY" and then.key == country.key:
            found.append(unknown_city(text, country.start, after, country.key))
    return found


def _cities_after_country(text: str, known: list[Mention], index: _Known, data: NameData) -> list[Mention]:
    """在日本京都举行, 墨西哥瓜达拉哈拉 · 2016年12月6日: where a place is said, the name characters
    right after a country (up to a word that begins a venue's name, or a boundary) name a city in
    it when no lexicon knows one (data/rules/zh/names.json, `city_after_country`). The name
    tagger's boundary characters do not stop it: 都 ends 也都 but is in 京都 and 成都."""
    rules, found = data.city_after_country, []
    stops = rules["venue_words"] + rules["after"]
    for country in known:
        if country.label != "COUNTRY" or not _place_said_before(text, country.start, rules):
            continue
        first = country.end + (1 if text[country.end:country.end + 1] in NAME_DOTS else 0)  # 日本·京都
        form = next((f for f in data.state_forms if text.startswith(f, first)), "") if first == country.end else ""
        first += len(form)  # 卡塔尔国多哈: the state's form ends the country's name, the city follows it
        end = first
        while end < len(text) and end - first < rules["max_chars"] and CJK.match(text[end]) \
                and index.at(end) is None and not text.startswith(stops, end):
            end += 1
        name = text[first:end]
        if not rules["min_chars"] <= len(name) <= rules["max_chars"] or name.startswith(rules["not_city"]) \
                or name.endswith(rules["not_city"]):
            continue
        following, after = index.at(end), len(text) - len(text[end:].lstrip(" \t　"))
        glossed = after > end and bool(_LATIN_WORD.match(text, after))  # 巴西若昂佩索阿 João Pessoa, Brazil
        if not (text.startswith(stops, after) or after == len(text) or glossed
                or (following is not None and following.label == "PLACE" and following.start == end)):
            continue
        found.append(unknown_city(text, first, end, country.key))
        if form:
            found.append(Mention("COUNTRY", country.start, first, text[country.start:first], country.key, country.value))
    return found


def _cities_before_country(text: str, known: list[Mention], index: _Known, data: NameData) -> list[Mention]:
    """釜山，韩国，21 9月 2028 ——; 被举行在曼谷，泰国: a translation writes a city before its country,
    with a comma between, as English does. Where a place is said (the start of a line, 在, 于), the
    name characters right before such a comma and a country that ends its clause (or that the verb
    of holding follows: 在苏瓦港湾会议中心，苏瓦，斐济举行) name a city in it
    when no lexicon knows one (names.json `city_after_country`: its `min_chars`, `max_chars` and
    `not_city`)."""
    rules, found = data.city_after_country, []
    for country in known:
        if country.label != "COUNTRY" or not (_after_a_comma(text, country, rules) or _in_brackets_held(text, country, rules)):
            continue  # (陈建国，台湾数位发展部政务次长: the country opens a body's name, before it is a person)
        end = country.start - 1
        start = end
        while start > 0 and end - start < rules["max_chars"] and CJK.match(text[start - 1]) \
                and index.at(start - 1) is None and not text.endswith(("在", "于"), 0, start):
            start -= 1
        name = text[start:end]
        if not rules["min_chars"] <= len(name) <= rules["max_chars"] or name.startswith(rules["not_city"]) \
                or name.endswith(rules["not_city"]) or not _place_said_before(text, start, rules):
            continue
        found.append(unknown_city(text, start, end, country.key))
    return found


_CLAUSE_ENDS = ("，", ",", "。", "\n", " ", "")  # what may follow a place that ends its clause (the text's end too)


def _after_a_comma(text: str, country: Mention, rules: dict[str, Any]) -> bool:
    """釜山，韩国，…: a country after a comma that ends its clause or that a verb of holding follows."""
    return text[country.start - 1:country.start] in ("，", ",") and (
        text[country.end:country.end + 1] in _CLAUSE_ENDS or text.startswith(rules["held"], country.end))


def _in_brackets_held(text: str, country: Mention, rules: dict[str, Any]) -> bool:
    """在安塔利亚（土耳其）举行: a country alone in brackets right after a place's name, and a verb
    of holding (or the clause's end) after them."""
    if text[country.start - 1:country.start] not in ("（", "(") or text[country.end:country.end + 1] not in ("）", ")"):
        return False
    after = country.end + 1
    return text.startswith(rules["held"], after) or text[after:after + 1] in _CLAUSE_ENDS


LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]")  # a letter of a Latin (English, Portuguese ...) gloss
_LATIN_WORD = re.compile(rf"{LATIN.pattern}{{2,}}")
# A word of a name in Latin letters, as a translation leaves it (Lindqvist, Østergaard)
_LATIN_NAME_WORD = r"[A-Z\u00c0-\u00de\u0100-\u017d][a-z\u00df-\u00ff\u0101-\u017e'’]+"


def _place_said_before(text: str, pos: int, rules: dict[str, Any]) -> bool:
    """在, 于, or the start of a line or of a cell (a header line's `· 墨西哥瓜达拉哈拉 ·`)."""
    lead = text[max(0, pos - 3):pos].rstrip(" \t　")
    return pos == 0 or not lead or lead.endswith(rules["before"])


def _adds_a_name(candidate: Mention, known: list[Mention]) -> bool:
    """A new name is never one the lexicon already reads there, nor a session type dressed up
    as an event (部长级圆桌会议) unless a year, an ordinal, quotes or an abbreviation say so."""
    for m in known:
        if m.start <= candidate.start and candidate.end <= m.end:
            return False
        if (m.label == "SESSION_TYPE" and candidate.label == "EVENT" and candidate.start <= m.start
                and m.end == candidate.end and (not _strongly_an_event(candidate) or _numbered_session(candidate, m))):
            return False
    return True


def _strongly_an_event(m: Mention) -> bool:
    return bool(m.value.get("year") or m.value.get("abbr") or ORDINAL.search(m.text))


def _numbered_session(candidate: Mention, kind: Mention) -> bool:
    """第一次全体会议, 第二次工作会议: a count of times (次) right before a session's kind word, with no
    other name, numbers one session of the report's event; an edition (第三届…论坛) or a body's
    meeting (筹备委员会第一次会议) is named by more than that."""
    return SESSION_ORDINAL.fullmatch(candidate.text[:kind.start - candidate.start]) is not None  # (the kind ends the name)


# --- organisations, venues and events: a head noun and the name before it -------------------

def _headed_names(text: str, index: _Known, data: NameData, words: list[Mention]) -> list[Mention]:
    heads = [(h, "PLACE") for h in data.venue_heads] + [(h, "EVENT") for h in data.event_heads + data.process_heads] + \
            [(h, "ORG") for h in data.org_heads]
    found: list[Mention] = []
    taken_ends: set[int] = set()
    bare_ends: set[int] = set()  # 各国政府、监管机构: a longer head with no name before it is a common noun
    kinds = frozenset(w.start for w in words if w.label == "SESSION_TYPE")
    kind_ends = frozenset(w.end for w in words if w.label == "SESSION_TYPE")
    for head, label in sorted(heads, key=lambda hl: -len(hl[0])):
        for m in re.finditer(re.escape(head), text):
            end = m.end()
            if head in data.process_heads and not data.process_role_after.match(text, end):
                continue  # (对WSIS+20审查进程的投入: a process in passing, not what someone serves)
            before = index.ending.get(m.start())
            if end in taken_ends or end in bare_ends or (_bad_head(text, m.start(), head, data)
                                     and not (before is not None and before.label == "COUNTRY")):
                continue  # (卡塔尔国政府: a country's name before the head makes it one)
            head_start = m.start()
            inside = index.at(m.start())
            if inside is not None and inside.end >= end and inside.label in _NAMES:
                if inside.end > end or inside.label not in ("PLACE", "ORG"):
                    continue  # the lexicon already names it (国际会议中心 of 日内瓦国际会议中心)
                head_start = inside.start  # 诗丽吉王后 + 国家会议中心, 智慧 + 非洲联盟: a longer name
            if any(w.start <= m.start() < w.end and end < w.end for w in words):
                continue  # 峰会 of the topic 信息社会世界峰会, 小组 of the kind 小组讨论: no head noun here (安全局 after 网络安全 is)
            if label == "ORG" and any(w.label == "SESSION_TYPE" and w.start < m.start() and end <= w.end for w in words):
                continue  # 小组 of the kind 专题小组 (…青年就业专题小组: a panel, not a body named 业专题小组)
            if label == "ORG" and end < len(text) and text[end] in data.head_not_before \
                    and not text.startswith(text[end - 1] + "长", end):
                continue  # `部长` is not the ministry `部`; `局势` not `局` (but 创新署署长: the body, then its chief)
            if label == "ORG" and head in data.verb_heads and (_ends_in_head(text, m.start(), data)
                                                               or text[end:end + 1] in tuple(data.verb_marks)
                                                               or _weak_head_then_verb(text, m.start(), end, data)):
                continue  # 加纳通信和数字化部组织, X组织了: a body's name and then the verb, not a new name
            if label == "ORG" and head in data.verb_heads and _stop_word_before(text, m.start(), data):
                continue  # 以秘书处的身份负责组织, 与B联合组织: a verb before the head makes it the verb
            extends = head_start != m.start()
            prefix = index.ending.get(head_start) if extends and label == "EVENT" else None
            if prefix is not None and prefix.label == "ORG" \
                    and _ORDINAL_BEFORE.search(text, max(0, prefix.start - 8), prefix.start):
                head_start = prefix.start  # 第14届|联合国|互联网治理论坛: a known body's name before a known name
            ordinal = _ORDINAL_BEFORE.search(text, max(0, head_start - 8), head_start) if extends and label == "EVENT" else None
            year = index.ending.get(head_start) if extends and label == "EVENT" and ordinal is None else None
            if year is not None and year.label == "DATE" and _YEAR_PREFIX.fullmatch(year.text.strip()) \
                    and index.at(head_start - 1) is year and (end >= len(text) or text[end] in data.boundary_chars
                                                              or not CJK.match(text[end]) or text.startswith(data.not_name_starts, end)):
                ordinal = year  # 2031年|互联网治理论坛（IGF 2031）: that year's meeting of a known body (not 2031年|贸发会议|中亚…讲习班, a longer name)
            # (提交第20届|互联网治理论坛: an edition of a known body's meeting starts at its ordinal)
            start = ordinal.start if isinstance(ordinal, Mention) else ordinal.start() if ordinal is not None else _name_start(
                text, head_start, index, data, label, extends=extends, kinds=kinds, kind_ends=kind_ends)
            if label == "ORG" and not extends:
                start = _parent_body_start(text, start, index, data)
            if label == "EVENT":
                start = _whole_title_line(text, start, end)
                if not isinstance(ordinal, Mention) and len(_YEAR_PREFIX.sub("", text[start:head_start])) < data.min_name_chars:
                    continue  # 2025年对峰会: a year before a head noun with no name between is no event
                start = _edition_prefix(text, start, index)
                year_after = _YEAR_AFTER.match(text, end)
                number = index.at(year_after.end() - 1) if year_after else None
                if year_after and (number is None or number.label == "QUANTITY"):
                    end = year_after.end()  # 全权代表大会2026, 人工智能造福人类全球峰会2026: the edition's year after its name
            if head_start - start < data.min_name_chars:
                if head_start == start and not extends:
                    bare_ends.add(end)
                continue
            if extends and start > 0 and not (text[start - 1] in data.boundary_chars or
                                              text[start - 1] in data.conjunctions or ORDINAL.match(text, start)):
                continue  # 贸发会议担任,接替教科文组织: an extension starts where a name can start (or an ordinal: 提交第20届…)
            holds = any(k is not None and k.label == "EVENT" for k in map(index.at, range(start, head_start)))
            mention = _make(text, start, end, label, data, holds_an_event=holds)
            if mention is not None:
                found.append(mention)
                taken_ends.add(end)
    return found


def other_editions(text: str, mentions: list[Mention], data: NameData | None = None) -> list[Mention]:
    """下届全权代表大会, 下一届信息社会世界峰会论坛: an event named after an edition word is another
    edition than the report's; its mention takes the word in, and its name keeps it, so that it is
    never read as the report's own event."""
    data = data or name_data()
    out = []
    for m in mentions:
        word, inside = _edition_around(text, m, data) if m.label == "EVENT" and not m.value.get("year") else (None, 0)
        after = _edition_after(text, m, data) if word is None and m.label == "EVENT" else None
        if after is not None:  # 全权代表大会的上一届: the words name that other edition, as written
            word, end = after
            own = {k: v for k, v in m.value.items() if k not in ("name", "year", "abbr")}  # not the report's
            out.append(Mention("EVENT", m.start, end, text[m.start:end], m.key,
                               {**own, "name": word + m.text, "edition": word, "edition_kind": data.edition_words[word]}))
            continue
        if word is None:
            year = _year_followed(text, m, mentions, data) if m.label == "EVENT" and not m.key else None
            out.append(Mention("EVENT", m.start, m.end, m.text, m.key,
                               {**m.value, "year": year, "year_unwritten": True, "edition_kind": "previous"})
                       if year else m)
            continue
        start = m.start - len(word) + inside
        name = word + (m.value.get("name") or m.text)[inside:]
        out.append(Mention("EVENT", start, m.end, text[start:m.end], m.key,
                           {**m.value, "name": name, "edition": word, "edition_kind": data.edition_words[word]}))
    return out


def _year_followed(text: str, m: Mention, mentions: list[Mention], data: NameData) -> str | None:
    """继2027年11月9日在贝鲁特举行的X之后: the year of the earlier occurrence an event named inside
    继…之后 is (names.json `following`), when the clause dates it and its name gives no year."""
    rules = data.following
    if m.value.get("year") or not text.startswith(tuple(rules["after"]), m.end):
        return None
    opening = text.rfind(rules["before"], max(0, m.start - rules["max_chars"]), m.start)
    if opening < 0 or any(c in rules["clause_breaks"] for c in text[opening:m.start]):
        return None
    date = next((d for d in mentions if d.label == "DATE" and opening < d.start and d.end <= m.start
                 and _YEAR_PREFIX.match(d.text)), None)
    return _YEAR_PREFIX.match(date.text).group("year") if date is not None else None


def _edition_before(text: str, pos: int, data: NameData) -> str | None:
    """The edition word (下届, 下一届) right before `pos`, if any."""
    return next((w for w in data.edition_words if text.endswith(w, 0, pos)), None)


def _edition_after(text: str, m: Mention, data: NameData) -> tuple[str, int] | None:
    """(edition word, end) when a mark and an edition word follow the name (全权代表大会的上一届)."""
    for mark in data.edition_after_marks:
        if text.startswith(mark, m.end):
            word = next((w for w in data.edition_words if text.startswith(w, m.end + len(mark))), None)
            if word is not None:
                return word, m.end + len(mark) + len(word)
    return None


def _edition_around(text: str, m: Mention, data: NameData) -> tuple[str | None, int]:
    """The edition word (下届, 下一届) right before the mention, and how many of its characters the
    mention's own name took (下|一届会议: the name tagger began inside the word)."""
    for word in data.edition_words:
        for inside in range(len(word)):
            if text.endswith(word[:len(word) - inside], 0, m.start) and m.text.startswith(word[len(word) - inside:]):
                return word, inside
    return None, 0


def _located(venue: Mention, known: list[Mention], cities: list[Mention] = ()) -> Mention:
    """巴库会议中心, 加纳阿克拉国际会议中心, 联合国总部大会堂: a venue whose name holds a known
    city, venue or country lies within it (the innermost, which is the last named); one whose name
    holds only a country and a city the text names elsewhere after that country lies in that city,
    and so does one whose name opens with a city the text found elsewhere (釜山会展中心)."""
    inside = [m for m in known if venue.start <= m.start and m.end <= venue.end and m.key
              and m.label in ("PLACE", "COUNTRY")]
    if not inside:
        opening = next((c for c in cities if c.label == "PLACE" and venue.text.startswith(c.value["name"])
                        and not venue.start <= c.start < venue.end), None)
        if opening is not None:  # 釜山会展中心 after the dateline's 釜山，韩国: in the city the text found
            return Mention(venue.label, venue.start, venue.end, venue.text, venue.key,
                           {**venue.value, "within_place": {**opening.value}})
        return venue
    within = max(inside, key=lambda m: (m.label == "PLACE", m.start)).key
    named = next((c for c in cities if within.startswith("country:") and c.value.get("within") == within
                  and c.value["name"] in venue.text and not venue.start <= c.start < venue.end), None)
    if named is not None:  # 智利瓦尔帕莱索港湾会议中心 after 智利瓦尔帕莱索，…: in the city the text found
        return Mention(venue.label, venue.start, venue.end, venue.text, venue.key,
                       {**venue.value, "within_place": {**named.value}})
    return Mention(venue.label, venue.start, venue.end, venue.text, venue.key, {**venue.value, "within": within})


def _parent_body_start(text: str, start: int, index: _Known, data: NameData) -> int:
    """菲律宾大学马尼拉分校国家远程医疗中心: a unit's name written right after the name of the body
    it belongs to (a head noun ends there, no joiner between) begins with that body's name."""
    head = next((h for h in data.org_heads if text.endswith(h, 0, start)), None)  # (longest first)
    if head is None or head in data.verb_heads or _bad_head(text, start - len(head), head, data) \
            or index.at(start - 1) is not None:
        return start
    parent = _name_start(text, start - len(head), index, data, "ORG")
    return parent if start - len(head) - parent >= data.min_name_chars else start


def _ends_in_head(text: str, pos: int, data: NameData) -> bool:
    """The text before `pos` ends with an organisation's head noun that is not itself a verb."""
    return any(text.endswith(h, 0, pos) and h not in data.verb_heads and not _bad_head(text, pos - len(h), h, data)
               for h in data.org_heads)


def _weak_head_then_verb(text: str, pos: int, end: int, data: NameData) -> bool:
    """对话会由马格里布数字青年网络组织，约150名…: a weak head (网络, 基金) right before 组织 that ends
    its clause (or goes on with 的) is the body's name, then the verb."""
    return any(text.endswith(h, 0, pos) for h in data.weak_org_heads) and text[end:end + 1] in _CLAUSE_AFTER_VERB


_CLAUSE_AFTER_VERB = ("，", ",", "。", "；", ";", "的")


def _bad_head(text: str, head_start: int, head: str, data: NameData) -> bool:
    before = data.head_not_after.get(head, "")
    return head_start > 0 and text[head_start - 1] in before


def _person_after_an_office(text: str, conjunction: int, index: "_Known") -> bool:
    """项目官员方若琳和…: two or three Chinese characters between an office and a conjunction are a
    person's name (the office's holder), not the first words of a body's name."""
    for length in (2, 3):
        office = index.ending.get(conjunction - length)
        if office is not None and office.label == "POST" \
                and all(CJK.match(ch) for ch in text[conjunction - length:conjunction]):
            return True
    return False


_ABOUT_CHARS = 45  # the longest clause of 关于…的 read as part of a meeting's name
_ABOUT_CLAUSE = re.compile(rf"关于[^，,。；;：:！？!?\n“”「」《》（）()]{{2,{_ABOUT_CHARS}}}$")
_DAY_NAMED = re.compile(r"(?<![\d.．·・])\d{1,2}\s*[·・．.]\s*\d{1,2}$")  # 5·17: a month and a day naming a day


def _name_start(text: str, head_start: int, index: _Known, data: NameData, label: str,
                extends: bool = False, kinds: frozenset[int] = frozenset(),
                kind_ends: frozenset[int] = frozenset()) -> int:
    """Where a name ending at `head_start` begins, read leftwards; `kinds` are where session kinds
    begin (a kind right after an event's abbreviation is a session of it: …（GCR 2031）部长级圆桌会议)
    and `kind_ends` where they end (高级别开幕式与论坛主题同名: a session and the forum, two things)."""
    inner = set() if extends else _ORG_INNER if label in ("ORG", "PLACE") else _INNER
    titled = label == "EVENT" and _title_line_ends(text, head_start)
    start = head_start
    most = data.max_event_name_chars if label == "EVENT" else data.max_name_chars
    while start > 0 and head_start - start < most:
        known = index.ending.get(start)
        day = _DAY_NAMED.search(text, max(0, start - 7), start) if label == "EVENT" and start < head_start else None
        if day is not None:
            start = day.start()  # 2007年5·17世界电信与信息社会日庆祝大会: the day a celebration is named after
            continue
        if label == "EVENT" and known is not None and known.label == "QUANTITY" and text.startswith("年", start):
            start = known.start  # 2030年议程高级别论坛: a year inside the name
            continue
        if label == "EVENT" and known is not None and known.label == "QUANTITY" and index.at(start - 1) is known \
                and _BARE_YEAR.fullmatch(known.text) and (known.start == 0 or text[known.start - 1] in data.boundary_chars):
            start = known.start  # ，2023世界电信和信息社会日大会: a year written without 年 opens the name
            break
        if known is not None and index.at(start - 1) is known and start == head_start and label == "ORG" \
                and known.label in ("ROLE", "POST") and text.startswith(data.office_heads, head_start):
            start = known.start  # 大会主席办公室, 秘书长办公室: the office of an officer is a body
            continue
        if known is not None and index.at(start - 1) is known:
            if label == "PLACE" and known.label == "PERSON" and not known.key and "·" in known.text \
                    and not known.value.get("honorifics"):
                # 侯赛因·本·塔拉勒国王会议中心: a venue named after a person (被举行于|劳尔·普雷维什会议厅)
                start = known.start
                while text[start] in data.boundary_chars or text[start] in data.person_single_stops:
                    start += 1  # (被举行于|劳尔·普雷维什会议厅: the verb's 于 is no part of the name)
                break
            if extends and start == head_start and known.label == "COUNTRY" and label == "ORG":
                start = known.start  # 日本 + 互联网协会: a country's own body, not the one the lexicon knows
                break
            if known.label not in inner or (start == head_start and label == "ORG" and known.label == "ORG"
                                            and text.startswith(data.verb_heads, head_start)):
                break  # 印度常驻代表团组织: a name and then the verb, not a new name
            if text.startswith(data.not_name_starts, start):
                break  # 联合国贸易和发展会议共同组织: the name, then a verb
            start = known.start
            country = index.ending.get(start)
            if known.label == "PLACE" and country is not None and country.label == "COUNTRY" and index.at(start - 1) is country:
                start = country.start  # 巴西圣保罗州研究基金会: the city's country before it
            break  # 肯尼亚电信集团: the name begins with the country, place or body it belongs to
        if index.at(start - 1) is not None:
            break  # inside a mention that does not end here
        if (extends or head_start - start >= data.min_name_chars) and _stop_word_before(text, start, data):
            break  # (a verb right before the head is part of the name: 数字合作组织)
        if label == "EVENT" and start == head_start and text.startswith(data.whole_event_heads, head_start) \
                and text.endswith(data.verbs_before_a_head, 0, start):
            break  # 担任|高级别会议主席: a verb taking a whole event head as its object
        ch = text[start - 1]
        if ch == "、" and label == "EVENT":
            region = next((w for w in data.region_words if text.endswith(w, 0, start - 1)), None)
            if region is not None and text.startswith(data.region_words, start):
                start -= 1 + len(region)  # 中亚、高加索及亚太地区…审查会议: the regions it reviews, listed
                continue
        if ch == "、" and label == "ORG" and not extends:
            owner = _portfolios_start(text, start - 1, index, data)
            if owner is not None and _last_portfolio_joined(text[start:head_start], data):
                # 罗马尼亚研究、创新和数字化部: a portfolio listed in a ministry's name, its last one
                # joined by 和 (达喀尔数字港、泛非云服务集团: two bodies)
                start = owner
            break
        if extends and (ch in data.conjunctions or ch in data.person_single_stops
                        or any(text.startswith(v, start - len(v)) for v in data.not_name_starts)):
            break  # 并与瑞士政府, 接替教科文组织: a known name is extended by name words only
        if ch in data.conjunctions:
            if start - 1 in kind_ends:
                break
            if _whole_name_before(text, start - 1, index, data) and not (titled and start - 1 not in index.ending):
                break  # (a title line names one event: 阿拉伯信息社会世界峰会和2030年议程高级别论坛)
            if label == "ORG" and _person_after_an_office(text, start - 1, index):
                break  # 高级项目官员方若琳和东非数字未来大学: a person after an office, then the next item
            start -= 1
            continue
        defined = _ABBR_BEFORE.search(text, max(0, start - 30), start) if label == "EVENT" and ch in "）)" else None
        named = index.ending.get(defined.start()) if defined is not None else None
        event_before = defined is not None and (named is not None and named.label == "EVENT"
                                                or text.endswith(data.event_heads, 0, defined.start()))
        if defined is not None and (text[start] in "+＋0123456789" or event_before and start not in kinds):
            # 信息社会世界峰会（WSIS）+10高级别活动, 信息社会世界峰会（WSIS）成果落实情况高级别会议:
            # the name goes on over the abbreviation its event's name defines
            before = index.ending.get(defined.start())
            if before is not None and index.at(defined.start() - 1) is before:
                start = before.start
                break
            start = defined.start()
            continue
        if label == "EVENT" and ch in _OPENING_OF:
            opening = text.rfind(_OPENING_OF[ch], max(0, start - 1 - data.max_name_chars), start - 1)
            inner = text[opening + 1:start - 1] if opening >= 0 else ""
            if inner and not any(c in data.boundary_chars for c in inner):
                start = opening  # “连接一代”全球青年峰会: the quoted words begin the event's name
            break
        if ch in NAME_DOTS + "/／" and label == "ORG" and start >= 2 and CJK.match(text[start - 2]) and CJK.match(text[start]):
            start -= 1  # 卡耶塔诺·埃雷迪亚大学 (a body named after a person), 联合国教育/科学及文化组织
            continue
        if ch == "-" and label == "ORG" and not extends and start >= 3 and CJK.match(text[start - 2]) \
                and CJK.match(text[start]) and index.at(start - 2) is None:
            start -= 1  # 太平洋-安第斯数字联盟: two words of one name joined by a hyphen (not a known body's)
            continue
        if ch == " " and label == "ORG" and start >= 2 and text[start - 2].isascii() and text[start - 2].isalpha() \
                and text[start].isascii() and text[start].isupper() and index.at(start - 2) is None:
            start -= 1  # Global Data Hub公司: a body's Latin name runs over the spaces between its words
            continue
        if ch == " " and label == "EVENT" and _ACRONYM_BEFORE.search(text, max(0, start - 12), start - 1) \
                and CJK.match(text[start]) and index.at(start - 2) is None:
            start -= 1  # WSIS 行动方针论坛 2032: a translation spaces the acronym its event's name opens with
            continue
        if ch == " " and label == "EVENT" and _ACRONYM.match(text, start) and start >= 2 \
                and CJK.match(text[start - 2]) and index.at(start - 2) is None:
            start -= 1  # 加勒比区域 WSIS 审查会议: … and the words before the acronym inside its name
            continue
        joined = ch in "-–" and label == "EVENT" and index.ending.get(start - 1) is not None \
            and index.ending[start - 1].label == "ORG"  # 国际电联-开发署…能力建设周: two bodies' event
        worded = start >= 2 and text[start - 2] in data.boundary_in_words.get(ch, "")  # 高等 of 达喀尔高等数字科学学院
        if not joined and not worded and (ch in data.boundary_chars
                                          or not (CJK.match(ch) or ch.isascii() and ch.isalnum() or ch in "+＋")):
            break
        start -= 1
    trimmed = True
    while trimmed:
        trimmed = False
        while start < head_start and text[start] in data.conjunctions:
            start += 1  # 和亚洲互联网络信息中心: the list's joiner is not part of the name
        for verb in data.not_name_starts:
            if text.startswith(verb, start) and start + len(verb) <= head_start:
                start += len(verb)  # 共同组织: a verb the scan swallowed
                trimmed = True
                break
    return _about_clause_start(text, start, index, data) if label == "EVENT" else start


def _about_clause_start(text: str, start: int, index: _Known, data: NameData) -> int:
    """关于信息社会世界首脑会议成果文件执行情况全面审查的大会高级别会议: a clause of 关于…的 right
    before an event's name, naming an event itself (names.json `event_heads`), says what the meeting is about and is part
    of its name, as the United Nations name their meetings (a body right before 关于 with it:
    大会关于…的高级别会议)."""
    if text[start - 1:start] != "的":
        return start
    about = _ABOUT_CLAUSE.search(text, max(0, start - 3 - _ABOUT_CHARS), start - 1)
    if about is None or not any(head in about.group() for head in data.event_heads):
        return start  # (关于数字鸿沟的高级别会议: a topic, no event it follows up)
    opening = about.start()
    while (holder := index.ending.get(opening)) is not None and holder.label == "ORG":
        opening = holder.start  # 大会关于…的高级别会议, A与B关于…的联席会议: the bodies that hold it open its name
        if text[opening - 1:opening] not in data.conjunctions or index.ending.get(opening - 1) is None:
            break
        opening -= 1
    if opening > 0 and CJK.match(text[opening - 1]) and text[opening - 1] not in data.boundary_chars:
        return start  # (words no name read stand before 关于: the name is read otherwise)
    return opening


_OPENING_OF = {"”": "“", "」": "「", "』": "『"}  # a closing quotation mark -> its opening one
_TITLE_LINE_END = re.compile(r"[\u4e00-\u9fff]{1,6}(?:\d{4})?[ \t]*(?:[（(][^（）()\n]{1,40}[）)])?[ \t]*(?:[>›»|｜][^\n]*)?(?:\n|$)")


def _title_line_ends(text: str, head_start: int) -> bool:
    """The head noun ends a line or a breadcrumb's part (before its abbreviation in brackets): the
    words before it on that line are one title, so a conjunction among them joins one name."""
    return _TITLE_LINE_END.match(text, head_start) is not None


_ABBR_BEFORE = re.compile(r"[（(]\s*[A-Za-z][A-Za-z0-9&.\- ]{1,24}?\s*[）)]$")
_ACRONYM_BEFORE = re.compile(r"(?<![A-Za-z0-9])[A-Z]{2,8}(?:[+＋]\d{1,2})?$")  # WSIS, WSIS+20 before a space
_ABBR_INSIDE = re.compile(r"(?P<full>[^\s（(]+?)[（(]\s*(?P<abbr>[A-Za-z][A-Za-z0-9&.\- ]{1,24}?)\s*[）)]")
_ORDINAL_BEFORE = re.compile(r"(?:第[一二三四五六七八九十百〇零\d]+|首)届$")


def _edition_prefix(text: str, start: int, index: _Known) -> int:
    """第十八届联合国互联网治理论坛年会: an event's name takes in the ordinal, the year and the
    organisation written right before it, in any order."""
    for _ in range(3):
        before = index.ending.get(start)
        ordinal = _ORDINAL_BEFORE.search(text, max(0, start - 8), start)
        if ordinal is not None:
            start = ordinal.start()
        elif before is not None and index.at(start - 1) is before and (
                before.label == "ORG" or before.label == "DATE" and _YEAR_PREFIX.fullmatch(before.text.strip())):
            start = before.start
        else:
            break
    return start


def _last_portfolio_joined(words: str, data: NameData) -> bool:
    """Whether the words after a 、 join a ministry's last portfolio with 和 (创新和数字化部), as
    listed portfolios do; without one they name the next body (达喀尔数字港、泛非云服务集团)."""
    return any(c in data.conjunctions for c in words)


def _portfolios_start(text: str, pos: int, index: _Known, data: NameData, most: int = 6) -> int | None:
    """Where a ministry's listed portfolios begin, read leftwards from `pos` (the 、 of one), when a
    few name characters (研究) stand between each: at the country or place whose body it is (罗马尼亚
    研究、创新和数字化部), or, with none before them, right after a comma (X，内阁秘书，信息、通信和
    数字经济部: an office's body, in a translation's English order)."""
    i, item = pos, pos  # 哥斯达黎加科学、创新、技术和电信部: over every portfolio of the list
    while i > 0 and item - i <= most:
        known = index.ending.get(i)
        if known is not None and known.label in ("COUNTRY", "PLACE") and i < item:
            # 肯尼亚电信集团、东非数据中心: words ending with a body's head are a body of their own
            return None if text[i:item].endswith(data.org_heads) else known.start
        if text[i - 1] in "，," or text[i - 1] in data.boundary_chars and text[i - 1] not in _PORTFOLIO_JOINERS:
            return i if i < item else None  # (，由交通、通信和信息技术部组织: the name begins after 由)
        if text[i - 1] == "、" and i < item:
            i -= 1
            item = i
            continue
        if not CJK.match(text[i - 1]) or index.at(i - 1) is not None:
            return None
        i -= 1
    return None


_PORTFOLIO_JOINERS = "和及、"  # what stands between a ministry's portfolios (研究、创新和数字化部)


def _stop_word_before(text: str, pos: int, data: NameData) -> bool:
    return any(text.endswith(w, 0, pos) and not _inside_a_word(text, pos - len(w), w, data)
               for w in data.left_stop_words)


def _inside_a_word(text: str, start: int, word: str, data: NameData) -> bool:
    """数据: the 据 of a word, not the stop word 据; 无线: the 无 of a word, not the stop word 无."""
    after = start + len(word)
    return start > 0 and text[start - 1] in data.stop_word_not_after.get(word, "") or \
        after < len(text) and text[after] in data.stop_word_not_before.get(word, "")


def _whole_name_before(text: str, pos: int, index: _Known, data: NameData) -> bool:
    """`国际电联和X部`: the conjunction joins two names when a name ends right before it."""
    if pos in index.ending:
        return True
    return any(text.endswith(h, 0, pos) and not _bad_head(text, pos - len(h), h, data)  # 东部和南部非洲…: 东部 is no body
               for h in data.org_heads + data.weak_org_heads + data.event_heads)  # 大洋洲…网络和南方…中心: two


def _bare_head(name: str, data: NameData) -> bool:
    """本次高级别活动, 该论坛: after the pointing word nothing but an event's head noun (高级别 before it at most)."""
    rest = name[next(len(w) for w in data.self_words if name.startswith(w)):]
    return rest.removeprefix("高级别") in data.event_heads or rest in data.event_heads


def _make(text: str, start: int, end: int, label: str, data: NameData, holds_an_event: bool = False) -> Mention | None:
    """A mention of the name text[start:end] if it may be one; `holds_an_event`: a known event's
    name stands inside it (在日内瓦举行的信息社会世界峰会论坛首次将峰会: the clause of holding
    is that event's, and the words after it run on past its end)."""
    name = text[start:end]
    if label == "EVENT" and name.startswith(data.self_words) and _bare_head(name, data):
        return Mention("EVENT_REF", start, end, name, "event:@main", {})  # 本次高级别活动: the report's event, pointed at
    abbr = abbreviation_after(text, end)
    long_held = len(name) >= data.held_clause_name_chars and not holds_an_event
    if label == "EVENT" and not _is_event_name(name, abbr, data) and \
            not (len(name) >= 4 and _edition_around(text, Mention(label, start, end, name), data)[0]) and \
            not (len(name) >= 4 and (data.held_after.match(text, end)  # 下届全球连接大会, 青年峰会已于…举行
                                     or (ORDINAL.match(name) or long_held)
                                     and data.held_clause_before.search(text, max(0, start - 6), start))):
        return None
    if label != "EVENT" and not CJK.search(name[: -1]):
        return None
    value: dict[str, Any] = {"name": name, "unknown": True}
    inside = _ABBR_INSIDE.search(name) if label == "EVENT" else None
    if inside is not None:  # 信息社会世界峰会（WSIS）+10高级别活动, also written WSIS+10高级别活动
        value["name"] = name[:inside.end("full")] + name[inside.end():]
        value["defines"] = [inside.group("abbr").strip(), inside.group("full")]
    if abbr:
        value["abbr"] = abbr.group("abbr").strip()
        if label == "EVENT":
            value["with_abbr"] = text[start:abbr.end()]  # 2022年联合国信息社会世界峰会(WSIS): a name as written too
    noted = _YEAR_NOTE.match(text, end) if label == "EVENT" else None
    if noted is not None:  # …区域审查会议（2030年）: the name as a title writes it, its year in brackets
        value["with_note"] = text[start:noted.end()]
    if label == "EVENT":
        # 第十八届…年会（IGF 2023）: the year its abbreviation gives when its name gives none
        year = _YEAR_PREFIX.match(name) or _YEAR_ANYWHERE.search(name) or \
            (_YEAR_ANYWHERE.search(value["abbr"]) if abbr else None)
        value["year"] = year.group("year") if year else _code_year(value.get("abbr"))
        if value["year"] and (not year or year.string is not name):
            value["year_unwritten"] = True  # the name as written stays without it
        value["name"] = _YEAR_SUFFIX.sub("", _YEAR_PREFIX.sub("", _BARE_YEAR_PREFIX.sub("", value["name"])))
    return Mention(label, start, end, name, None, value)


def _code_year(abbr: str | None) -> str | None:
    """WTDC-06, PP-18: the two digits after an edition's code are its year (this century's)."""
    code = _CODE_YEAR.search(abbr or "")
    return f"20{code.group('yy')}" if code else None


def _is_event_name(name: str, abbr: re.Match | None, data: NameData) -> bool:
    """An event name says it is one: a year, an ordinal, an abbreviation, the event words, or
    words in quotes that open it (“连接一代”全球青年峰会)."""
    if len(name) < 6:
        return False
    return bool(_YEAR_ANYWHERE.search(name) or ORDINAL.search(name) or abbr or name[0] in _OPENING_OF.values()
                or any(w in name[:-2] for w in data.event_markers))


def _events_named_in_fields(text: str, known: list[Mention], data: NameData) -> list[Mention]:
    """活动名称：首届WSIS+10审查活动: the value of a field that gives the event's name names an event
    however it ends (`event_name_fields`), and so do the same words wherever else the text writes
    them (the page's title: 首届WSIS+10审查活动：“…”), even when it holds other names (活动名称：
    2029年信息社会世界峰会奖颁奖典礼及获奖项目展示活动). A field that says only 名称 names an event that
    holds other names when an event's head noun or a session's kind word ends it (名称：科学和技术促进
    发展委员会第三十届会议期间关于…的高级别部长级对话: the event it is held during is a part of its name)."""
    index, found = _Known(known), []
    kinds_end = {m.end: m.key for m in known if m.label == "SESSION_TYPE"}
    for field in data.event_name_field.finditer(text):
        name, a, b = field.group("name"), field.start("name"), field.end("name")
        year = _YEAR_PREFIX.match(name)
        if _known_whole(index, a + (year.end() if year else 0), b):
            continue  # a name the lexicons or the head nouns found already (with its year before it)
        if not field.group("event_label") and any(index.at(i) is not None for i in range(a, b)) \
                and not (b in kinds_end or any(name.endswith(h) for h in data.event_heads)):
            continue  # 名称：国际电信联盟理事会: a name field says an event's name only when an event's word ends it
        value: dict[str, Any] = {"name": name, "unknown": True, "year": None}
        if year:
            value["year"], value["name"] = year.group("year"), _YEAR_PREFIX.sub("", name)
        if kinds_end.get(b):  # (会议名称：…高级别对话: a session's page may be about it)
            value["session_kind"] = kinds_end[b]
        for m in re.finditer(re.escape(name), text):
            if not _known_whole(index, m.start(), m.end()):
                found.append(Mention("EVENT", m.start(), m.end(), name, None, dict(value)))
    return found


def _whole_title_line(text: str, start: int, end: int) -> int:
    """数字技能与青年就业区域合作会议 alone on its line: a title line that ends with the head noun
    is the event's whole name, whatever words in it would stop a name in running text (就); not a
    headline that says the event held (江苏举办2022年…纪念大会: reading.json `held_words`)."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    if text[end:line_end if line_end >= 0 else len(text)].strip():
        return start
    words = text[line_start:start]
    if any(verb in words for verb in conventions().held_words):
        return start
    if not words.strip() or len(text[line_start:end].strip()) > TITLE_LINE_MAX or not all(CJK.match(ch) for ch in words.strip()):
        return start
    return line_start + len(words) - len(words.lstrip())


TITLE_LINE_MAX = 40  # a longer line is a sentence, not a title


def _known_whole(index: _Known, start: int, end: int) -> bool:
    """One known name covers the whole of start..end."""
    m = index.at(start)
    return m is not None and m.start <= start and end <= m.end


def _bodies_named_in_fields(text: str, known: list[Mention], data: NameData) -> list[Mention]:
    """协办方：A（…）；泛非数字权利观察（Pan-African Digital Rights Watch）, 银牌赞助商：萨凡纳移动通信:
    each item of a field that lists who hosts, organises (its label a role of `body_field_roles`)
    or sponsors at a tier is a body's name however
    it ends, when it is a name alone: Chinese words with at most a bracketed gloss after them,
    no clause (no stop word of a name in it); and so are the same words wherever else the text
    writes them."""
    index, found = _Known(known), []
    labels = [m for m in known if m.label == "ROLE" and m.key in data.body_field_roles or m.label == "TIER"]
    for label in labels:
        colon = _FIELD_COLON.match(text, label.end)
        if colon is None or (label.start > 0 and text[label.start - 1] not in "\n \t•·-*"):
            continue  # a label opens its line: 协办方：…, not 由A协办：…
        line_end = text.find("\n", colon.end())
        line_end = len(text) if line_end < 0 else line_end
        for item in _FIELD_ITEM.finditer(text, colon.end(), line_end):
            start, end = item.start("name"), item.end("name")
            name = text[start:end]
            if not (3 <= len(name) <= 30) or any(w in name for w in data.person_stops if len(w) > 1) \
                    or name.endswith(data.person_titles + data.titles_after):
                continue  # (组织方：最佳实践论坛协调人: people by their office, no body)
            opening = start  # 巴西圣保罗州研究基金会: the places a name opens with, a country then its city
            while index.at(opening) is not None and index.at(opening).start == opening \
                    and index.at(opening).label in ("COUNTRY", "PLACE") and index.at(opening).end < end:
                opening = index.at(opening).end
            if any(_blocks_the_name(index.at(i), start if i < opening else opening, end) for i in range(start, end)):
                continue  # a name the lexicons or the head nouns found already
            end = _portfolio_goes_on(text, end, line_end, data) or end  # 沙特阿拉伯通信、空间和技术委员会: one body
            mention = _make(text, start, end, "ORG", data)
            if mention is not None:
                found.append(mention)
    again = []  # the same name wherever else the text writes it (法律顾问，泛非数字权利观察（塞内加尔）)
    for name in sorted({m.text for m in found}, key=len, reverse=True):
        for m in re.finditer(re.escape(name), text):
            if not any(index.at(i) is not None for i in range(m.start(), m.end())) and \
                    not any(f.start < m.end() and m.start() < f.end for f in found + again):
                again.append(Mention("ORG", m.start(), m.end(), name, None, {"name": name, "unknown": True}))
    return found + again


_FIELD_COLON = re.compile(r"[ \t]*(?:[（(][A-Za-z][A-Za-z \-]{1,40}[）)])?[ \t]*[：:][ \t]*")  # (an English gloss before the colon)
# one item of a field's list: Chinese words, a bracketed gloss after them at most, then a list mark or the line's end
_FIELD_ITEM = re.compile(r"(?P<name>[\u4e00-\u9fff][\u4e00-\u9fff·]*[\u4e00-\u9fff])(?:[ \t]*[（(][^（）()\n]{1,80}[）)])?"
                         r"(?:[ \t]+[A-Za-z\u00c0-\u024f][^\u4e00-\u9fff；;、\n]{1,80})?"  # its English name after a blank
                         r"[ \t]*(?=[；;、]|$|\n)")


def _portfolio_goes_on(text: str, end: int, line_end: int, data: NameData) -> int | None:
    """An item followed by 、 and words that end with a body's head before the next list mark:
    the portfolios listed in one body's name (…通信、空间和技术委员会, its last portfolio joined by
    和); where that name ends. Words with no 和 are the next body (达喀尔数字港、泛非云服务集团)."""
    if text[end:end + 1] != "、":
        return None
    rest = re.split(r"[；;，,（(]", text[end + 1:line_end], maxsplit=1)[0].rstrip()
    heads = tuple(h for h in data.org_heads if len(h) > 1)
    listed = rest and "、" not in rest and rest.endswith(heads) and _last_portfolio_joined(rest, data)
    return end + 1 + len(rest) if listed else None


def _quoted_events(text: str, known: list[Mention], data: NameData) -> list[Mention]:
    """“信息社会世界峰会成果落实十年审查进程高级别会议”: a quoted name ending in an event word (or in
    a word that names an event only in quotes: “大会关于…的高级别互动对话”), held when a verb of
    holding stands right before or after it;
    “青年峰会：连接下一代”: a quoted name whose words before its colon end in one (the title
    after the colon is part of the name), unless those words hold a session's kind (“部长级圆桌会议：
    数字公共基础设施” is a session, read by the session reader)."""
    found = []
    kinds = [k.start for k in known if k.label == "SESSION_TYPE"]
    for m in QUOTED_NAME.finditer(text):
        name = m.group("name").strip()
        head = re.split(r"[：:]", name, maxsplit=1)[0].strip()
        titled = head != name and len(head) > 2 and not any(m.start("name") <= k < m.start("name") + len(head) for k in kinds)
        if not any(name.endswith(h) or titled and head.endswith(h) for h in data.event_heads + data.quoted_event_heads):
            continue
        start, end = m.start("name"), m.end("name")
        if any(k.start <= start and end <= k.end and k.label in ("ORG", "EVENT") for k in known):
            continue  # 简称“贸发会议”: a name the lexicons know as a body's (or an event's) is that
        abbr = abbreviation_after(text, m.end())
        value: dict[str, Any] = {"name": name, "unknown": True, "year": None}
        year = _YEAR_PREFIX.match(name)
        if year:
            value["year"], value["name"] = year.group("year"), _YEAR_PREFIX.sub("", name)
        if abbr:
            value["abbr"] = abbr.group("abbr").strip()
            value["year"] = value["year"] or _code_year(value["abbr"])
            value["with_abbr"] = text[start:abbr.end()]
        if data.held_before.search(text, max(0, m.start() - 12), m.start()) or data.held_after.match(text, m.end()):
            value["held"] = True  # 拉开“…高级别互动对话”的帷幕: the event the report is about
        found.append(Mention("EVENT", start, end, text[start:end], None, value))
        if head != name and not name.endswith(tuple(data.event_heads)):
            found += _called_by_head(text, head, m.end(), known, value)
    return found


def _called_by_head(text: str, head: str, after: int, known: list[Mention], value: dict[str, Any]) -> list[Mention]:
    """“青年峰会：连接下一代”…青年峰会由…组织: after it is named in full, an event titled after a
    colon is called by the words before the colon alone, where no other name is read."""
    out = []
    for m in re.finditer(re.escape(head), text[after:]):
        start = after + m.start()
        if not any(k.start < start + len(head) and start < k.end for k in known if k.label not in _WORDS):
            out.append(Mention("EVENT", start, start + len(head), head, None, dict(value)))
    return out


def _paragraph_subject_events(text: str, known: list[Mention], data: NameData) -> list[Mention]:
    """经济及社会理事会与联合国大会第二委员会关于信息社会世界峰会成果后续行动的联席会议于10月17日
    至18日在纽约举行: a paragraph that opens with words ending in an event's head noun, then is
    held on a date, names that event with all those words, 的 and 与 included, when no name
    read so far names it (联席会议 alone is its head noun, not its name)."""
    found = []
    for m in data.subject_event.finditer(text):
        start, end = m.start("name"), m.end("name")
        if any(k.label == "EVENT" and k.end == end and (k.start <= start or k.end - k.start >= _NAMED_EVENT)
               for k in known) or not CJK.match(text[start]):
            continue  # (为期两天的联合国大会…高级别会议: a name read already, the words before it modify it)
        if any(k.label == "QUANTITY" and start <= k.start < end for k in known):
            continue  # 近250场会议在一周内举行: a count of meetings, not one
        found.append(Mention("EVENT", start, end, m.group("name"), None,
                             {"name": m.group("name"), "unknown": True, "year": None, "held": True}))
    return found


_LONG_EVENT_NAME = 60
_NAMED_EVENT = 6  # an event read with fewer characters is its head noun alone (联席会议)


# --- people ----------------------------------------------------------------------------------

def _people(text: str, known: list[Mention], index: _Known, data: NameData,
            after: tuple[str, ...], latin_honorifics: dict[str, str],
            transliteration: frozenset[str] = frozenset()) -> list[Mention]:
    """People after an office or title, or before an honorific or a Latin name."""
    found: dict[int, Mention] = {}
    offices_end = {m.end for m in known if m.label == "POST"}
    starts = set(offices_end)
    for country in (m for m in known if m.label == "COUNTRY"):  # 韩国籍的金度贤: a nationality before a name
        mark = next((w for w in data.nationality_marks if text.startswith(w, country.end)), None)
        if mark:
            starts.add(country.end + len(mark))
    for title in data.person_titles:
        for m in re.finditer(re.escape(title), text):
            starts.add(m.end())
    for role in (m for m in known if m.label == "ROLE"):  # 主持人：渡边健二，首席技术官: the value of a role's field
        field = re.match(r"[ \t\u3000]*[：:]", text[role.end:role.end + 4])
        if field:  # (and each item of the field: 共同促进人：A，主任；B，官员)
            line_end = text.find("\n", role.end)
            value = text[role.end + field.end():line_end if line_end >= 0 else len(text)]
            starts.add(role.end + field.end())
            starts.update(role.end + field.end() + m.end() for m in re.finditer(r"[；;][ \t\u3000]*", value))
    honorific = "|".join(map(re.escape, after))
    # 先生 赵厚麟, 工程师 艾哈迈德…: English word order (Mr. X) with the space a translation leaves
    for m in re.finditer(f"(?:{honorific})[ \u3000]+(?=[\u4e00-\u9fff])", text):
        starts.add(m.end())
    opener = f"(?:^|(?<=[{re.escape(data.honorific_first_after)}]))"  # 由先生李明浩: … and with no space
    for m in re.finditer(f"{opener}(?:{honorific})+(?=[\u4e00-\u9fff])", text, re.M):
        starts.add(m.end())
    foreign: list[Mention] = []  # 马来西亚总理纳吉布、…: a foreign name with no surname, read last
    for pos in sorted(starts):
        listed = _people_listed_at(text, pos, index, data)
        if not listed and pos in offices_end:
            foreign += [p for p in [_transliterated_at(text, pos, index, data, transliteration)] if p is not None]
        for person in listed:
            found.setdefault(person.start, person)
    for person in _people_acting_by(text, index, data):
        found.setdefault(person.start, person)
    for m in re.finditer("|".join(map(re.escape, after)), text):
        person = _person_before(text, m.start(), index, data)
        if person is not None:
            found.setdefault(person.start, person)
    for m in _DOTTED.finditer(text):
        person = _dotted_person(text, m, index, data)
        if person is not None and (person.start not in found or found[person.start].end < person.end):
            found[person.start] = person  # 主席詹姆斯·撒切尔: the whole dotted name, not its part after the title
    for person in _apposed_people(text, known, index, data, after):
        found.setdefault(person.start, person)
    for m in _latin_after().finditer(text):
        if not _latin_person(m.group("latin"), data) or text.endswith(data.latin_not_after, 0, m.start()) \
                or _ends_as_a_body(text, m.start(), data):
            continue
        person = _person_before(text, m.start(), index, data, latin=m.group("latin"), transliteration=transliteration)
        if person is not None:
            found.setdefault(person.start, person)
    posts = {m.start for m in known if m.label == "POST"}
    for person in _latin_script_people(text, index, data, after, latin_honorifics, posts):
        found.setdefault(person.start, person)
    for person in _people_between_body_and_office(text, known, index, data):
        found.setdefault(person.start, person)
    for person in _people_before_an_office(text, index, data):
        found.setdefault(person.start, person)
    for person in _spaced_mixed_people(text, index, data, after, offices_end):
        found.setdefault(person.start, person)
    for person in foreign:  # (研究员山本和也先生: the name an honorific ends is the longer one)
        found.setdefault(person.start, person)
    words = [m for m in known if m.label in _WORDS]
    # 类型：边会: a word the lexicons know (a kind of session, a measure) is no one's name
    return [p for p in found.values() if not any(w.start <= p.start and p.end <= w.end for w in words)]


def _people_acting_by(text: str, index: _Known, data: NameData) -> list[Mention]:
    """会议由龚克主持, 会议由国际电信联盟的李晓明主持: a name with no title between 由 (and the body
    the person comes from, with 的) and the verb of one who chairs (names.json `acting_by`) is a
    person; the frame itself says so, as a title would."""
    found = []
    for m in re.finditer("由", text):
        at, body = m.end(), index.at(m.end())
        if body is not None and body.label in ("ORG", "COUNTRY") and body.start == at and text.startswith("的", body.end):
            at = body.end + 1  # 会议由国际电信联盟的李晓明主持: the body the person comes from, then the name
        person = _person_at(text, at, index, data)
        verb = next((w for w in data.acting_by if text.startswith(w, person.end)), None) if person is not None else None
        acts = index.at(person.end + len(verb) - 1) if verb is not None else None
        # the role the lexicon finds ends where the verb does: 由高级别主持人主持 has 主持人, who
        # chairs, not the verb; 由林佳慧担任副主席 has 副主席 after 担任
        if acts is not None and acts.label == "ROLE" and acts.end == person.end + len(verb):
            found.append(person)
    return found


def _people_between_body_and_office(text: str, known: list[Mention], index: _Known,
                                    data: NameData) -> list[Mention]:
    """信息产业部蒋耀平副部长, 国际电联赵厚麟秘书长: Chinese news set a name between the body and
    the office it holds there; a surname and one or two more characters (three after a
    two-character surname) right after a body and right before an office name a person, unless
    it ends as a body's head does (肯尼亚通信管理局董事会主席: a unit of the body, not a name) or
    opens with a word that goes before an office (项目主任: `office_modifiers`)."""
    head_ends = {head[-1] for head in data.org_heads}
    found = []
    for body in known:
        if body.label != "ORG" or index.at(body.end) is not None or text.startswith(data.office_modifiers, body.end):
            continue
        surname = _surname_length(text, body.end, data)
        for length in range(surname + (3 if surname > 1 else 2), surname, -1):
            end = body.end + length
            name = text[body.end:end]
            if (surname and len(name) == length and all(CJK.match(c) for c in name) and _name_chars(name, data)
                    and not any(ch in data.apposed_not_name_chars for ch in name[1:]) and name[-1] not in head_ends
                    and text.startswith(data.person_titles, end) and index.at(end - 1) is None):
                found.append(_person(text, body.end, end))
                break
    return found


def _people_before_an_office(text: str, index: _Known, data: NameData) -> list[Mention]:
    """会上，李振华副部长表示; 王建国部长主持了圆桌会议: Chinese news write a name right before the
    office its holder has, with no body before it. A surname and one or two more characters
    (three after a two-character surname) that open a word (names.json `boundary_chars` before
    them: a mark, 由, 和, 与 ...) and stand right before an office name a person, unless they are
    words that go before an office themselves (高级顾问, 常务副部长: `office_modifiers`) or end as a
    body's head does."""
    head_ends = {head[-1] for head in data.org_heads}
    found = []
    for title in data.person_titles:
        for m in re.finditer(re.escape(title), text):
            end = m.start()
            if end < 2 or index.at(end - 1) is not None or text[m.end():m.end() + 1] in data.office_word_goes_on:
                continue  # (部长级圆桌会议, 全权代表大会, 常驻代表团: a longer word, no office held)
            for length in (4, 3, 2):
                start = end - length
                if start < 0:
                    continue
                name = text[start:end]
                surname = _surname_length(text, start, data)
                if not surname or length > surname + (3 if surname > 1 else 2) or length <= surname:
                    continue
                if not (all(CJK.match(c) for c in name) and _name_chars(name, data) and name[-1] not in head_ends
                        and not any(ch in data.apposed_not_name_chars for ch in name[1:])
                        and not name.startswith(data.office_modifiers) and not name.startswith(data.left_stop_words)
                        and not any(index.at(i) for i in range(start, end))):
                    continue
                if start == 0 or text[start - 1] in data.boundary_chars and text[start - 1] not in _IN_A_NAME:
                    found.append(_person(text, start, end))
                    break
    return found


_IN_A_NAME = NAME_DOTS + "-‐—–"  # boundaries of a name's words that join the parts of a transliterated one (让-吕克)


_LATIN_SCRIPT_NAME = re.compile(r"(?<![A-Za-z\u00c0-\u024f(（])[A-Z\u00c0-\u00de\u0100-\u017d][a-z\u00df-\u00ff\u0101-\u017e'’\-]+"
                         r"(?:[ \-](?:[A-Z\u00c0-\u00de\u0100-\u017d][a-z\u00df-\u00ff\u0101-\u017e'’\-]+|[A-Z]\.|"
                         r"van|von|der|de|da|del|dos|bin|al|el|le|la)){1,4}(?![A-Za-z\u00c0-\u024f])")


def _latin_script_people(text: str, index: _Known, data: NameData, after: tuple[str, ...],
                         latin_honorifics: dict[str, str], posts: set[int] = frozenset()) -> list[Mention]:
    """先生 John Kamau, Mary Wambui女士, Ms. Anusha Weerasinghe: a machine translation leaves a name in
    Latin letters; with an honorific right before or after it, or an office right after it
    (Mei Tanaka（高级研究员，…）, Léa Fontaine，记者，…: `posts`, where the office mentions start),
    it is a person's name (of two to five words, none of them a word that makes it a title:
    `latin_not_name_words`). An honorific in Latin letters before it (Ms., Dr) is read as part of
    the mention."""
    out = []
    before_latin = _latin_honorific_before(latin_honorifics)
    for m in _LATIN_SCRIPT_NAME.finditer(text):
        start, end = m.start(), m.end()
        inside = before_latin.fullmatch(text, start, start + len(m.group().split()[0]) + 1) if before_latin else None
        if inside:  # Dr Håkan Lindqvist: the honorific reads as the name's first word
            start = inside.end()
        name = text[start:end]
        before = text[max(0, start - 6):start].rstrip(" \u3000")
        latin_title = before_latin.search(text, max(0, start - 8), start) if before_latin else None
        honoured = before.endswith(after) or text[end:].lstrip(" \u3000").startswith(after) or latin_title \
            or _office_after(text, end, posts)
        if not honoured or not _latin_person(name, data) or index.at(start) is not None:
            continue
        value = {"name": name, "latin": name, "honorifics": [], "unknown": True}
        if latin_title:
            value["honorifics"] = [latin_honorifics[latin_title.group("title")]]
            start = latin_title.start()
        out.append(Mention("PERSON", start, end, text[start:end], None, value))
    return out


_SPACED_MIXED = re.compile(rf"(?<![A-Za-z\u00c0-\u024f])(?P<latin>{_LATIN_NAME_WORD})[ \u3000](?P<cjk>[\u4e00-\u9fff]{{2,5}})")
_MIXED_CJK_PART = 4  # 克里希南: the longest surname a translation writes in Chinese after a Latin given name


def _spaced_mixed_people(text: str, index: _Known, data: NameData, after: tuple[str, ...],
                         offices: set[int]) -> list[Mention]:
    """副执行秘书Priya 克里希南女士, 教授 Hiroshi 田中: a translation may leave a given name in Latin
    letters and write the surname in Chinese after a space. Such a pair names a person when an
    office or a title stands right before it or an honorific right after it; the Chinese part
    ends before the honorific, a stop word or a name the lexicons know."""
    found = []
    for m in _SPACED_MIXED.finditer(text):
        start, cjk = m.start(), m.start("cjk")
        if m.group("latin").casefold() in data.latin_not_name_words | data.latin_org_heads or index.at(start) is not None:
            continue
        end = next((i for i in range(cjk, m.end()) if index.at(i) is not None), m.end())
        end = min([end] + [i for i in range(cjk + 1, end) if text.startswith(after, i)])
        end = _before_a_stop_word(text, cjk + 1, end, data)
        if not 2 <= end - cjk <= _MIXED_CJK_PART:
            continue
        lead = text[:start].rstrip(" \u3000")
        titled = len(lead) in offices or lead.endswith(data.person_titles)
        if titled or text.startswith(after, end):
            found.append(_person(text, start, end, m.group("latin")))
    return found


def _office_after(text: str, end: int, posts: set[int]) -> bool:
    """An office opens the bracket or the comma right after `end` (（高级研究员，…）, ，记者，): the
    words before it name its holder, as an English speaker line writes them."""
    opening = _OFFICE_OPENING.match(text, end)
    if opening is None:
        return False
    stop = _OFFICE_STOP.search(text, opening.end())
    limit = min(stop.start() if stop else len(text), opening.end() + _OFFICE_WORDS)
    return any(opening.end() <= p < limit for p in posts)


_OFFICE_OPENING = re.compile(r"[ \u3000]*[（(，,][ \u3000]*")
_OFFICE_STOP = re.compile(r"[，,。；;（()）\n]")
_OFFICE_WORDS = 8  # 高级研究员, 首席执行官: the office's words before its post word, at most


def _latin_honorific_before(latin_honorifics: dict[str, str]) -> re.Pattern | None:
    """Ms. or Dr written right before a name in Latin letters (after a space at most)."""
    return _latin_honorific_pattern(tuple(sorted(latin_honorifics, key=len, reverse=True))) if latin_honorifics else None


@cache
def _latin_honorific_pattern(forms_longest_first: tuple[str, ...]) -> re.Pattern:
    """Compiled once per set of forms (the lexicon's), not once per document."""
    forms = "|".join(map(re.escape, forms_longest_first))
    return re.compile(rf"(?<![A-Za-z])(?P<title>{forms})(?:(?<=\.)\s*|\s+)$")


# 让-博斯科·尼永萨巴, 多琳·博格丹-马丁: a hyphen joins two parts of a first or a last name; a
# translation may leave a part in Latin letters or as an initial (卡琳·Østergaard, 约翰·P. 奥斯本)
_DOTTED = re.compile(rf"(?:[\u4e00-\u9fff]{{1,6}}-)?[\u4e00-\u9fff]{{1,8}}"
                     rf"(?:[{NAME_DOTS}](?:[\u4e00-\u9fff]{{1,10}}|[A-Z]\.[ ]?[\u4e00-\u9fff]{{1,10}}|{_LATIN_NAME_WORD}(?![A-Za-z])))+"
                     rf"(?:-[\u4e00-\u9fff]{{1,8}})?")


def _dotted_person(text: str, m: re.Match, index: _Known, data: NameData) -> Mention | None:
    """哈马敦·图雷: CJK names joined by a middle dot are transliterated names of people, whatever
    their characters; the name starts after any title or known name before it."""
    start, end = m.start(), m.end()
    while start < end and index.at(start) is not None and index.at(start).label != "PERSON":
        start = index.at(start).end  # 秘书长哈马敦·图雷: the title is a mention of its own
    for title in data.person_titles:  # ... or a title no lexicon lists
        if text.startswith(title, start) and text.find("·", start) > start + len(title):
            start += len(title)
            break
    start = _after_last_boundary(text, start, text.find("·", start), data)
    start = _after_stop_words(text, start, text.find("·", start), data)
    start = _after_an_office(text, start, text.find("·", start))
    inner = next((index.at(i) for i in range(start, end) if index.at(i) is not None and index.at(i).label == "PERSON"), None)
    if inner is not None:
        cut = _cut_short(text, start, end, inner, index, data)
        if cut is None:
            return None  # the name is read already
        start, after = cut
        if start < inner.start and not after:  # 奥云其 + 美格·达什道尔吉女士: the name, its honorific read after it
            name = inner.value.get("name") or inner.text
            return _person(text, start, inner.start + max(inner.text.find(name), 0) + len(name))
    end = next((i for i in range(start, end) if index.at(i) is not None and index.at(i) is not inner), end)  # 图雷 + 博士
    if text.find("·", start, end) <= start:
        return None
    end = _before_a_stop_word(text, text.rfind("·", start, end) + 2, end, data)  # 披塔亚 + 在开幕式上致辞
    if text.find("·", start, end) >= end - 1:
        return None
    whole = _person(text, start, end)
    if inner is not None and inner.start < start:  # 阁下 before it stays with the longer name
        return Mention("PERSON", inner.start, end, text[inner.start:end], None,
                       {**whole.value, "honorifics": inner.value.get("honorifics", [])})
    return whole


def _before_a_stop_word(text: str, first: int, end: int, data: NameData) -> int:
    """查猜·披塔亚在开幕式上致辞: the last part of a dotted name ends before a word that follows a
    name (在, 表示, 致辞), from its second character on."""
    for i in range(first, end):
        if text[i] in data.person_single_stops or text.startswith(data.person_stops, i):
            return i
    return end


def _after_last_boundary(text: str, start: int, dot: int, data: NameData) -> int:
    """会议由詹姆斯·撒切尔: the first part of a dotted name begins after the last word boundary
    before its dot (由), never before its first character (奥云其美格: 其 stands inside a name), and
    never right before the dot (巴特孟和·苏赫巴托尔: a word that joins names is followed by one)."""
    for i in range(dot - 1, start - 1, -1):  # (，由玛丽亚·席尔瓦: the match may open with the boundary)
        if i == dot - 1 and CJK.match(text[i]):
            continue
        if text[i] in data.boundary_chars and text[i] not in data.dotted_inner_chars and text[i] != "-":
            return i + 1  # (让-博斯科: a hyphen joins a first name's parts)
    return start


def _after_stop_words(text: str, start: int, dot: int, data: NameData) -> int:
    """发言者包括彻丽·布朗, 主持人为劳拉·宫城: the first part of a dotted name begins after the last word
    before it that goes before a name (包括, 邀请) or links a label to it (为, 是: names.json
    `copulas_before_name`), when a character of the name is left before the dot."""
    words = [w for w in data.person_stops if len(w) > 1] + list(data.copulas_before_name)
    ends = [text.rfind(word, start, dot - 1) + len(word) for word in words if text.rfind(word, start, dot - 1) >= 0]
    return max(ends, default=start)


@cache
def office_heads() -> tuple[str, ...]:
    """The words an office ends with (posts.json `fragments`, OFFICE_HEAD: 长, 专家, 主任)."""
    heads = json.loads((data_dir("rules") / "posts.json").read_text(encoding="utf-8"))["fragments"]["OFFICE_HEAD"]
    return tuple(heads.split("|"))


def _after_an_office(text: str, start: int, dot: int) -> int:
    """技能与就业专家皮埃尔-阿兰·恩戈尔: the first part of a dotted name begins after the last
    office no lexicon lists standing before it (专家), when a character of the name is left."""
    ends = [text.rfind(head, start, dot - 1) + len(head) for head in office_heads()
            if len(head) > 1 and text.rfind(head, start, dot - 1) >= 0]
    return max(ends, default=start)


def _cut_short(text: str, start: int, end: int, person: Mention, index: _Known,
               data: NameData) -> tuple[int, str] | None:
    """拉斐尔·奥索里奥·贝当古 read as 尔·奥索里奥·贝 (斐 and 当 are not in the table of
    transliteration characters): a person found inside a dotted name, with up to three characters
    of it before or after that are no title, no stop word and no other name, is a part of it.
    Where the whole name starts and the words it takes after the person, or None when the person
    found is the whole name."""
    tail = next((i for i in range(person.end, end) if index.at(i) is not None), end)
    before, after = text[start:person.start], text[person.end:tail]
    if before and (len(before) > 3 or not person.text.startswith(person.value.get("name") or person.text)
                   or any(index.at(i) is not None for i in range(start, person.start))
                   or _after_title(text, person.start, data)
                   or any(before.endswith(t) or before.startswith(t) for t in data.person_titles)
                   or not _name_chars(before[:1] + before[1:].strip(data.dotted_inner_chars), data)):
        name = person.value.get("name") or person.text  # 阁下伊丽莎白…: an honorific opens it
        before, start = "", person.start + max(person.text.find(name), 0)
    surname = after[:1] in NAME_DOTS and 0 < len(after) - 1 <= 10 and all(CJK.match(c) for c in after[1:])
    if not surname and (not after or len(after) > 3 or not _name_chars(after, data)):
        after = ""  # (主席詹姆斯 read after a title: the name goes on after its dot, ·撒切尔)
    return (start, after) if before or after else None


def _name_chars(words: str, data: NameData) -> bool:
    return not any(ch in data.boundary_chars or ch in data.person_single_stops for ch in words) and \
        not any(w in words for w in data.person_stops)


def _people_listed_at(text: str, pos: int, index: _Known, data: NameData) -> list[Mention]:
    """记者张有浩 施建国, 委员刘闯、杨旸: the names a title opens, one after another with a space or
    a 、 between them; a later name counts only when it ends where a name ends, like the first."""
    out: list[Mention] = []
    person = _person_at(text, pos, index, data)
    while person is not None:
        out.append(person)
        after = person.end
        if after >= len(text) or text[after] not in data.name_list_joiners:
            break
        person = _person_at(text, after + 1, index, data)
    return out


def _transliterated_at(text: str, pos: int, index: _Known, data: NameData,
                       transliteration: frozenset[str]) -> Mention | None:
    """马来西亚总理纳吉布、…; 俄罗斯总统普京出席: right after an office, two to four characters that
    foreign names are written in (the lexicon's transliteration characters), then where a name
    ends, are the office holder's name though no surname opens it."""
    if not transliteration or index.at(pos) is not None or text.startswith(data.person_stops, pos):
        return None
    for length in (4, 3, 2):
        end = pos + length
        name = text[pos:end]
        if len(name) == length and all(c in transliteration for c in name) \
                and not any(index.at(i) for i in range(pos, end)) and _ends_name(text, end, data):
            return _person(text, pos, end)
    return None


def _surname_length(text: str, pos: int, data: NameData) -> int:
    for s in data.compound_surnames:
        if text.startswith(s, pos):
            return len(s)
    return 1 if pos < len(text) and text[pos] in data.surnames else 0


def _person_at(text: str, pos: int, index: _Known, data: NameData) -> Mention | None:
    """A name right after a title: a surname, one to three more characters, then a stop."""
    while pos < len(text) and text[pos] in " 　":
        pos += 1
    if index.at(pos) is not None:
        return None
    surname = _surname_length(text, pos, data)
    if not surname or text.startswith(data.person_stops, pos):
        return None  # 副主席包括: a word after the title, not a name
    # 松浦晃一郎: a two-character surname (Japanese names) may take three characters after it
    for length in range(min(data.max_person_chars + surname - 1, surname + 3), surname, -1):
        end = pos + length
        name = text[pos:end]
        if end > len(text) or len(name) < 2 or not all(CJK.match(c) for c in name) or any(index.at(i) for i in range(pos, end)):
            continue
        if len(name) > 2 and name[-1] in data.person_single_stops:
            continue  # 李慧琳在: the name ends before the word that follows it
        if _ends_name(text, end, data) and not any(w in name[1:] for w in data.person_stops if len(w) > 1):
            return _person(text, pos, end)
    return None


def _ends_name(text: str, end: int, data: NameData) -> bool:
    if end >= len(text):
        return True
    ch = text[end]
    if ch in data.boundary_chars and ch not in data.person_single_stops:  # 李慧琳和: 和 is a stop word
        return True
    if ch.isdigit():
        return True  # 秘书长古特雷斯16日上午: a date or a number after the name ends it
    return any(text.startswith(w, end) for w in data.person_stops)


def _person_before(text: str, end: int, index: _Known, data: NameData, latin: str | None = None,
                   transliteration: frozenset[str] = frozenset()) -> Mention | None:
    """`李慧琳女士`, `吕克托夫特(Mogens Lykketoft)`: a name right before an honorific or a Latin name.
    With no surname, the name a Latin one glosses is a transliteration: only the characters foreign
    names are written in (协调者(High-Level Track Facilitator) is an office, not a name)."""
    if end == 0 or index.at(end - 1) is not None:
        return None
    start = end
    while start > 0 and end - start < (12 if latin else data.max_person_chars + 1) and CJK.match(text[start - 1]) \
            and index.at(start - 1) is None:
        start -= 1
    # the shortest tail that starts with a surname and is preceded by a title or a boundary
    for s in range(start, end - 1):
        if not latin and end - s > data.max_person_chars and _surname_length(text, s, data) < 2:
            continue  # five characters only after a two-character surname (田中由纪子)
        if latin and not _surname_length(text, s, data) and end - s >= 3:
            if s == _transliterated_from(text, start, end, transliteration):
                return _person(text, s, end, latin)
            continue
        if _surname_length(text, s, data) and (s == start or _after_title(text, s, data)
                                                or text[s - 1] in data.boundary_chars):  # 由王建国先生
            if any(w in text[s:end] for w in data.person_stops if len(w) > 1):
                continue
            return _person(text, s, end, latin)
    return None


def _transliterated_from(text: str, start: int, end: int, transliteration: frozenset[str]) -> int:
    """Where the run of transliteration characters ending at `end` begins (not before `start`);
    `start` itself when no characters are given to tell."""
    if not transliteration:
        return start
    s = end
    while s > start and text[s - 1] in transliteration:
        s -= 1
    return s


# Where a field's value, a list item or a table cell starts: a name may open it.
_SLOT = re.compile(r"(?:^|(?<=\n))[ \t]*(?:[-•·*▪◆■●]|\d{1,2}[.、)](?!\d))?[ \t]*|(?<=[：:|｜])[ \t]*")
_APPOSITION = "，,（(|｜—-"
_AGENT_SLOT = re.compile(r"(?<=[由和与及、])")  # where a translation's agent or the next in its list begins


def _apposed_people(text: str, known: list[Mention], index: _Known, data: NameData,
                    honorifics: tuple[str, ...]) -> list[Mention]:
    """主旨发言：王立新，中国信息通信研究院院长 / · Kwame Mensah先生，加纳通信部首席技术官: a name
    that opens a field's value, a list item or a table cell, with its office set beside it
    (after a comma, a bracket or a bar) or an honorific after it, names a person though no
    title stands before it. A Latin name is the person's only name when no Chinese one is given."""
    posts = sorted(m.start for m in known if m.label in ("POST", "ORG", "COUNTRY"))
    offices = {m.start for m in known if m.label == "POST"}
    found = []
    for slot in _SLOT.finditer(text):
        pos = slot.end()
        if pos >= len(text) or text[pos] in "\n":
            continue
        latin = _LATIN_SCRIPT_NAME.match(text, pos)
        if latin and not _latin_person(latin.group(), data):
            continue  # | Tenth Internet Governance Forum: an event's English name, no person
        person = _person(text, pos, latin.end(), latin.group()) if latin else _person_at(text, pos, index, data)
        if person is None or (not latin and any(ch in data.apposed_not_name_chars for ch in person.text[1:])):
            continue
        rest = text[person.end:text.find("\n", person.end) if "\n" in text[person.end:] else len(text)]
        honoured = rest.lstrip().startswith(honorifics)
        beside = rest.lstrip(" \t")[:1] in _APPOSITION
        apposed = beside and (any(person.end < p <= person.end + 40 for p in posts)
                              or any(t in rest[:40] for t in data.person_titles))
        if honoured or apposed or _carded(text, person.end, rest, set(posts)):
            found.append(person)
    for slot in _AGENT_SLOT.finditer(text):  # 被主持由佐藤健一，主任，京滨大学: a translation's card after 由
        person = _person_at(text, slot.end(), index, data)
        if person is None or not text.startswith(("，", ","), person.end):  # (佐藤健一: 一 in a name here)
            continue
        after = person.end + 1
        title = next((h for h in honorifics if text.startswith(h, after)), None)  # 佐藤健一，教授，…
        if after in offices or title is not None and text.startswith(("，", ","), after + len(title)):
            found.append(person)
    return found


def _carded(text: str, end: int, rest: str, bodies: set[int]) -> bool:
    """A speaker's card: the name, then after a space or at the start of the next short line the
    body or office it holds (陈静 中国残疾人联合会副主席; 李晓明 / 国际电信联盟电信发展局处长)."""
    if rest.strip():
        spaces = len(rest) - len(rest.lstrip(" \t\u3000"))
        return spaces > 0 and end + spaces in bodies
    below = end + len(rest) + 1
    line_end = text.find("\n", below)
    line = text[below:line_end if line_end >= 0 else len(text)]
    body = line.lstrip(" \t\u3000-•·*▪◆■●")
    return 0 < len(body.rstrip()) <= 40 and "。" not in body and below + len(line) - len(body) in bodies


def _ends_as_a_body(text: str, pos: int, data: NameData) -> bool:
    """萨赫勒社区接入网络（Sahel Community Access Network）: Chinese words that end with a body's head
    word of two characters or more (a weak one too) gloss a body, not a person."""
    return any(len(head) > 1 and text.endswith(head, 0, pos) for head in data.org_heads + data.weak_org_heads)


def _latin_person(latin: str, data: NameData) -> bool:
    """Mogens Lykketoft, not Access and Diversity or Roundtable: two words or more, none of
    the words that make a Latin phrase a topic, a format or a room."""
    words = latin.split()
    return len(words) >= 2 and not any(w.casefold() in data.latin_not_name_words | data.latin_org_heads for w in words)


def _glosses_a_body(text: str, end: int, data: NameData) -> bool:
    """（Sahel Community Access Network） right after a name: a Latin name of a body glosses it."""
    gloss = _LATIN_GLOSS.match(text, end)
    return gloss is not None and any(w.casefold() in data.latin_org_heads for w in gloss.group("latin").split())


_LATIN_GLOSS = re.compile(r"\s*[（(]\s*(?P<latin>[A-Za-z][A-Za-z .,'&\-]{2,80})\s*[）)]")


def _after_title(text: str, pos: int, data: NameData) -> bool:
    return any(text.endswith(t, 0, pos) for t in data.person_titles)


def _person(text: str, start: int, end: int, latin: str | None = None) -> Mention:
    value: dict[str, Any] = {"name": text[start:end], "honorifics": [], "unknown": True}
    tail = _latin_after().match(text, end)
    if latin or tail:
        value["latin"] = (latin or tail.group("latin")).strip()
    return Mention("PERSON", start, end, text[start:end], None, value)
