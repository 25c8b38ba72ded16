"""Sessions: the event's session series (every mention of a session type), and specific sessions
that a rule gave an organiser (印度常驻代表团组织了瑜伽和正念课程) or a name and a time.

A specific session is a SESSION mention: its type, its organisers and its name, so the resolver
can mint one IRI for it; the series of its type is not claimed from that mention.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from ..model import Fact, Mention, Span
from .text import Segment
from .context import BRACKETS, DocumentContext, chinese_gloss, title_words
from .names import TITLE_LINE_MAX, name_data
from .session_page import after_slot_time
from .tables import table_cells
from .conventions import conventions
from .datelines import date_data
from .lexicon import Lexicon
from .listings import date_label_end
from .mentions import gazetteer
from .places import country_of, place_of

RULE_SERIES = "zh.session.series-mention"
EVENT_FACTS = ("event-time", "event-place", "event-duration")  # facts whose `event` may be a session


def specific_sessions(facts: list[Fact], ctx: DocumentContext) -> None:
    """Turn the session types that facts speak of (a role's context, the event a time, place
    or length is read for) into SESSION mentions: the session their words or heading name,
    else one shared by the co-organisers named with it."""
    spoken: list[tuple[Fact, str, Mention]] = []
    organisers: dict[tuple[int, int], list[str]] = {}
    for fact in facts:
        where = "context" if fact.kind == "role" else "event" if fact.kind in EVENT_FACTS else None
        kind = fact.args.get(where) if where else None
        if not isinstance(kind, Mention) or kind.label != "SESSION_TYPE":
            continue
        session = ctx.session_for(kind)
        spoken.append((fact, where, session))
        # (only who runs a session tells it apart: 开幕式由A与B担任共同主席 is no session of A's and B's)
        if session.label == "SESSION_TYPE" and fact.kind == "role" and _organises(fact.args.get("role"), ctx):
            co_agents = fact.args.get("co_agents", [])
            co_agents = co_agents if isinstance(co_agents, list) else [co_agents]
            organisers.setdefault((session.start, session.end), []).extend(_agent_key(a) for a in co_agents)
    for fact, where, session in spoken:
        span = (session.start, session.end)
        if ctx.of_the_page_kind(session):
            fact.args[where] = ctx.main_arg()  # 主持人X介绍研讨会背景 on a workshop's own page: that workshop
            continue
        if session.label == "SESSION_TYPE" and span not in ctx.sessions:
            value = {"type": session.key, "organisers": list(dict.fromkeys(organisers.get(span, [])))}
            ctx.sessions[span] = Mention("SESSION", session.start, session.end, session.text, None, value)
        fact.args[where] = ctx.sessions[span] if session.label == "SESSION_TYPE" else session
    for fact in facts:
        fact.args.pop("co_agents", None)


def sessions_pointed_at(facts: list[Fact], ctx: DocumentContext) -> None:
    """该会议由X担任主席 under a session's heading: the session pointed at (`ctx.pointed_session`);
    elsewhere it stays the report's event. A slot of a session page's agenda named by its kind
    alone (14:45–15:15 小组讨论) is the page's session (`ctx.part_of_the_page_session`)."""
    for fact in facts:
        for where in ("context", "event"):
            if where in fact.args:
                fact.args[where] = ctx.pointed_session(fact.args[where])
                if ctx.part_of_the_page_session(fact.args[where]):
                    fact.args[where] = ctx.main_event


def _agent_key(agent: Mention) -> str:
    """The lexicon key, or for an organisation made from a template its would-be key."""
    if agent.key:
        return agent.key
    template = agent.value.get("template")
    if template:
        iso = agent.value["country"].split(":")[1].lower()
        return "org:" + template["slug"].format(iso=iso)
    return agent.value.get("name") or agent.text


def session_facts(facts: list[Fact], ctx: DocumentContext, lexicon: Lexicon, document_id: str) -> list[Fact]:
    """One session fact per specific session and per series mention (merged later by key)."""
    out = []
    titled_in = ctx.titled_sessions_event()  # on a session's page, the event it is part of
    for span, session in sorted(ctx.sessions.items()):
        origin = next((f for f in facts if f.args.get("context") is session), None)
        if origin is None:
            continue  # a session a reading named but kept no fact about
        out.append(Fact("session", {"session": session, "type": session.value["type"], "event": titled_in},
                        list(origin.spans), origin.rule, document_id))
    for m in ctx.mentions:
        if m.label != "SESSION_TYPE" or ctx.made_session(m) is not m:
            continue
        if lexicon.concepts.get(m.key, {}).get("series") is False or _heads_its_session(m, ctx):
            continue
        out.append(Fact("session", {"session": m, "type": m.key, "event": titled_in},
                        [Span(m.start, m.end, m.text)], RULE_SERIES, document_id))
    return out


def _heads_its_session(m: Mention, ctx: DocumentContext) -> bool:
    """`(八)早餐会。NoW举办第二届早餐会`: a heading over the one session it introduces names
    that session, not a series."""
    block = next((s.block for s in ctx.sentences if s.start <= m.start < s.end), None)
    later = [s for s in ctx.sentences if s.block == block and s.start > m.start]
    if not later or ctx.heading_session(later[0]) is not m:
        return False
    return any(span[0] > m.start and s.value["type"] == m.key and
               any(x.start <= span[0] < x.end for x in later) for span, s in ctx.sessions.items())


RULE_SENTENCE_DATE = "zh.session.dated-by-its-sentence"


def sessions_dated_by_their_sentence(facts: list[Fact], ctx: DocumentContext, document_id: str) -> list[Fact]:
    """3日，在题为“人工智能与就业”的会议上，… / 3月27日，国际电联组织了A工作坊，贸发会议则举办了B专题会议:
    a day that opens a sentence, a comma after it, dates the titled sessions the sentence then names
    (up to another day or another event it names), when no fact dates them; so does a day written
    right before a session as what describes it (2月23日举行的高级别小组讨论; 在周二的部长级开幕会议上)."""
    dated = _already_dated(facts, ctx)
    out: list[Fact] = []
    for date, named in _days_and_their_sessions(ctx):
        session = ctx.session_for(named)
        if session.label != "SESSION" or ctx.identity(session) in dated:
            continue
        out.append(Fact("event-time", {"event": session, "date": date},
                        [Span(date.start, date.end, date.text), Span(session.start, session.end, session.text)],
                        RULE_SENTENCE_DATE, document_id))
        dated.add(ctx.identity(session))
    return out


def _already_dated(facts: list[Fact], ctx: DocumentContext) -> set[Any]:
    """What the facts already give a day: the event of a time fact, the session of a dated session fact."""
    return {ctx.identity(f.args.get("event")) for f in facts if f.kind == "event-time"} | \
        {ctx.identity(f.args.get("session")) for f in facts if f.kind == "session" and f.args.get("date")}


def _days_and_their_sessions(ctx: DocumentContext) -> list[tuple[Mention, Mention]]:
    """(day, session kind word) pairs: a sentence's opening day with each session the sentence
    names after it, and a single day with the session kind it describes."""
    pairs = []
    for seg in ctx.sentences:
        date = _opening_day(ctx, seg)
        if date is None:
            continue
        for m in ctx.mentions_between(date.end, seg.end):
            if m.label == "DATE" and _one_day(m) and m.value.get("start") != date.value.get("start") \
                    or m.label == "EVENT" and ctx.identity(m) != "@main":
                break  # another day (周二，19 9月 2028 is one; 迈向2035年 is none), or another event the sentence goes on to tell of
            if m.label == "SESSION_TYPE":
                pairs.append((date, m))
    for i, date in enumerate(ctx.mentions[:-1]):
        after = ctx.mentions[i + 1]
        if date.label == "DATE" and _one_day(date) and after.label == "SESSION_TYPE" \
                and conventions().day_of_session.fullmatch(ctx.text, date.end, after.start):
            pairs.append((date, after))
    return pairs


def _one_day(date: Mention) -> bool:
    return not date.value.get("end") and date.value.get("precision") in ("day", "day-no-year")


def _opening_day(ctx: DocumentContext, seg: Segment) -> Mention | None:
    """The one day a sentence opens with, a comma after it (3日，…; 在最后一天的上午，…); the
    event a counted day is of may stand before it (在区域审查会议的第二天，…)."""
    date = ctx.first_mention(seg)
    if date is not None and date.label in ("EVENT", "EVENT_REF"):
        after = next((m for m in ctx.mentions if date.end <= m.start < seg.end), None)
        date = after if after is not None and after.value.get("relative") == "event_day" \
            and ctx.text[date.end:after.start] in _OF_THE_EVENT else None
    if date is None or date.label != "DATE" or not _one_day(date):
        return None
    return date if _part_of_day_comma().match(ctx.text, date.end) else None


_OF_THE_EVENT = ("的", "")


@cache
def _part_of_day_comma() -> re.Pattern:
    """最后一天的上午，: a part of the day (reading.json `day_parts`) and the comma after a day."""
    return re.compile(rf"(?:的?(?:{conventions().day_parts.pattern}))?\s*[，,]")


RULE_ITEM_DAY = "zh.session.item-dated-in-brackets"


def items_dated_in_brackets(facts: list[Fact], ctx: DocumentContext, document_id: str) -> list[Fact]:
    """一、WSIS青年黑客松（5月28日） / （1）预备会议：民间社会论坛（2030年10月8日）。会议主持人为… /
    · 专家工作坊（2037年7月7日，日内瓦国际会议中心）: a line that opens with a title (after its number
    or bullet) closed by a bracket that opens with one day names a session (or an event) held that
    day, whether or not its title has a kind word; the title keeps its other brackets
    (会话一：…（行动方针C2）（10月8日）). Only a day dates it: a year in brackets is an edition's."""
    dated = _already_dated(facts, ctx)
    out: list[Fact] = []
    for row, line in enumerate(ctx.lines):
        found = _title_and_its_day(ctx, row, line.rstrip("\r\n"))
        if found is None:
            continue
        (a, b), date = found
        session = ctx.titled_session(a, b)
        if session.label not in ("SESSION", "EVENT") or ctx.identity(session) in dated:
            continue
        out.append(Fact("event-time", {"event": session, "date": date},
                        [Span(a, b, ctx.text[a:b]), Span(date.start, date.end, date.text)], RULE_ITEM_DAY, document_id))
        dated.add(ctx.identity(session))
    return out


def _title_and_its_day(ctx: DocumentContext, row: int, line: str) -> tuple[tuple[int, int], Mention] | None:
    """The title's span and the day in the bracket that closes it, when the line is written so."""
    start = ctx.line_starts[row]
    lead = conventions().section_number.match(line)
    a = start + (lead.end() if lead else len(line) - len(line.lstrip().lstrip(conventions().bullets).lstrip()))
    for m in ctx.mentions_between(a, start + len(line)):
        if m.label != "DATE" or m.value.get("precision") not in ("day", "day-no-year"):
            continue  # (a day, or days: 高级别轨道（2029年5月29日至30日）)
        before = ctx.text[a:m.start].rstrip()
        if not before.endswith(("（", "(")) or _after_day().match(ctx.text, m.end, start + len(line)) is None:
            continue
        title = before[:-1].rstrip()
        if not 2 <= len(title) <= TITLE_LINE_MAX or _TITLE_BREAKS.search(BRACKETS.sub("", title)):
            return None
        return (a, a + len(title)), m
    return None


@cache
def _after_day() -> re.Pattern:
    """（11月8日上午，…）: what may follow the day in the brackets after a title, to their close."""
    return re.compile(rf"\s*(?:{conventions().day_parts.pattern})?\s*(?:[，,][^）)\n]*)?[）)]\s*(?:$|[。．.；;]|[，,]?\s*[A-Za-z])")


_TITLE_BREAKS = re.compile(r"[。，,；;！？!?]")


RULE_DAY_HEADING = "zh.session.under-its-day"


def sessions_under_their_day(facts: list[Fact], ctx: DocumentContext, document_id: str) -> list[Fact]:
    """第1天 — 星期一，14 5月 2029 / 10:00–11:30 / 高级别政策会议1：…: a programme's day heading (a
    line that says only a day, marked as a day of the week or of the event) dates every session
    whose title opens a line under it, up to the next such heading, when nothing else dates it."""
    days = _day_headings(ctx)
    if not days:
        return []
    dated = _already_dated(facts, ctx)
    for row in range(min(days) + 1, len(ctx.lines)):
        if after_slot_time(ctx.lines[row].rstrip("\r\n")) is not None:
            ctx.line_title(row)  # 15:00–16:30 闭幕全会 under its day: a session of its own, though nothing else is said of it
    out: list[Fact] = []
    for (a, b), session in sorted(ctx.sessions.items()):
        row = ctx.row_at(a)
        line = ctx.lines[row] if row < len(ctx.lines) else ""
        above = [r for r in days if r < row]
        if not above or ctx.identity(session) in dated or not _opens_its_line(a, row, line, ctx):
            continue
        date = days[max(above)]
        out.append(Fact("event-time", {"event": session, "date": date},
                        [Span(date.start, date.end, date.text), Span(a, b, session.text)], RULE_DAY_HEADING, document_id))
        dated.add(ctx.identity(session))
    return out


def _opens_its_line(a: int, row: int, line: str, ctx: DocumentContext) -> bool:
    """A title that opens its line (after its bullet and its slot's time), or the Chinese name of an English
    title line (Coding for Inclusion（编程促包容…）), or that opens a cell of a table's row
    (| 09:00–10:00 | 开幕式 | 主持人 |)."""
    opening = ctx.line_starts[row] + len(line) - len(line.lstrip())
    gloss = chinese_gloss(line.strip())
    trimmed = title_words(line)  # ● 09:30—11:00　开幕全体会议：…: past the bullet and the slot's time
    titled = ctx.line_starts[row] + line.index(trimmed) if trimmed else None
    return a in (opening, titled) or gloss is not None and a == opening + gloss[0] or \
        any(a == cell for cell, _ in table_cells(line, ctx.line_starts[row]))


_DAY_MARKS = re.compile(r"[\s\-–—:：,，、|｜()（）【】\[\]•·▪◆■●*]+")  # 【11月14日　星期三】, ▶ 9月8日（星期二）
_ENGLISH_DAY_WORDS = re.compile(r"\b[A-Za-z]{3,9}\b(?:\s+\d{1,2}\b)?")  # Day 1, Tuesday


def _day_headings(ctx: DocumentContext) -> dict[int, Mention]:
    """The lines that say only one day and mark it as a day (星期一, 第1天: data/rules/zh/dates.json
    `weekdays`, `event_days`), maybe as a date field (日期：…（星期三）): row -> its date."""
    data = date_data()
    found = {}
    for row, line in enumerate(ctx.lines):
        start, body = ctx.line_starts[row], line.strip()
        if not body or len("".join(_ENGLISH_DAY_WORDS.sub("", body).split())) > 40:
            continue
        inside = ctx.mentions_between(start, start + len(line))
        days = [m for m in inside if m.label == "DATE" and m.value.get("relative") not in ("event_day", "weekday")]
        if len({(m.value.get("month"), m.value.get("day")) for m in days}) != 1 or days[0].value.get("end") \
                or days[0].value.get("precision") not in ("day", "day-no-year"):
            continue  # (8月23日（星期二）Tuesday, 23 August: one day, written in both languages)
        labelled = date_label_end(line) or 0  # 日期：2032年5月19日（星期三）
        rest = conventions().section_number.sub(" ", line[labelled:], count=1)  # （一）11月8日（星期二）
        for day in days:
            rest = rest.replace(day.text, " ")
        rest = _ENGLISH_DAY_WORDS.sub(" ", rest)  # 第一天 Day 1 — …（星期二）Tuesday: the heading's English words
        marked = data.event_day.search(rest) or any(w in rest for w in data.weekdays)
        rest = data.event_day.sub(" ", rest)
        for word in data.weekday_words:
            rest = rest.replace(word, " ")
        if marked and not _DAY_MARKS.sub("", rest):
            found[row] = days[0]
    return found


def dated_sessions(facts: list[Fact], ctx: DocumentContext) -> None:
    """`时间：2023年3月14日 09:30-11:00（UTC+01:00）` under a session's title dates that session:
    a time fact read for a session becomes the session's own fact, with the clock times of its line."""
    for i, fact in enumerate(facts):
        session, date = fact.args.get("event"), fact.args.get("date")
        if fact.kind != "event-time" or not isinstance(session, Mention) or session.label != "SESSION" or date is None:
            continue  # (an end read apart, 持续至, stays the event's)
        line_end = ctx.text.find("\n", date.end)
        line_end = len(ctx.text) if line_end < 0 else line_end
        time = next((m for m in ctx.mentions if m.label == "TIME" and date.end <= m.start < line_end), None)
        args = {"session": session, "type": session.value["type"], "event": ctx.titled_sessions_event(), "date": date}
        if time is not None:
            args["time"] = time
        facts[i] = Fact("session", args, fact.spans, fact.rule, fact.document, fact.trigger)


def named_sessions(facts: list[Fact]) -> None:
    """A named-line session fact names its own session: NAME, DATE, TIME -> start and end."""
    for fact in facts:
        if fact.kind == "session" and "name" in fact.args:
            t = fact.args["type"]
            name = fact.args.pop("name")
            fact.args["session"] = Mention("SESSION", name["start"], name["end"], name["text"], None,
                                           {"type": t.key, "name": name["text"], "organisers": []})
            fact.args["type"] = t.key


def offices_in_place_of_names(facts: list[Fact], ctx: DocumentContext) -> list[Fact]:
    """开幕会议由会议主席主持: a role whose agent is an office word (zh.role.chaired-by-the-chair)
    is played by the one person who holds that office for the report's event, named elsewhere
    (会议选举X为主席); their name's words join the fact's evidence. Where the report gives the
    office to nobody, or to several (两位副主席), nothing is read."""
    kept = []
    for fact in facts:
        agent = fact.args.get("agent")
        if fact.kind != "role" or not isinstance(agent, Mention) or agent.label != "ROLE":
            kept.append(fact)
            continue
        holders = _holders(facts, ctx, agent.key)
        if len({ctx.identity(h) for h in holders}) == 1:
            holder = holders[0]
            fact.args["agent"] = holder
            fact.spans.append(Span(holder.start, holder.end, ctx.text[holder.start:holder.end]))
            kept.append(fact)
    return kept


def _holders(facts: list[Fact], ctx: DocumentContext, office: str | None) -> list[Mention]:
    """The people who hold `office` (role:chair) for the report's own event, whether the text says
    so of the event or of the session that elected them (elected_officers)."""
    return [f.args["agent"] for f in facts
            if f.kind == "role" and _role_key(f.args.get("role")) == office
            and isinstance(f.args.get("agent"), Mention) and f.args["agent"].label == "PERSON"
            and (ctx.identity(f.args.get("context")) == "@main" or _elected_at_a_session(f, facts, ctx))]


def moderated_elsewhere(facts: list[Fact], ctx: DocumentContext) -> None:
    """本次活动由X主持: X chairs the report's event; 部长级圆桌会议由Y主持: Y moderates that session.
    A role word that the roles lexicon gives another role outside the report's own event
    (`elsewhere`: 主持 -> moderator, 共同召集 -> co-organiser) takes it when the fact's context is
    a session (the page's own, on a session's page) or another event. The report's event's
    chair who presides over one of its sessions chairs that too (会议主席X主持开幕会议: chair)."""
    chairs = {ctx.identity(m) for m in _holders(facts, ctx, "role:chair")}
    for fact in facts:
        role, context = fact.args.get("role"), fact.args.get("context")
        if fact.kind != "role" or not isinstance(role, Mention) or not isinstance(context, Mention):
            continue
        other = ctx.lexicon.concepts.get(role.key or "", {}).get("elsewhere", {}).get(role.text)
        if other and (ctx.identity(context) != "@main" or ctx.title_key is not None):  # (a session's page)
            if role.key == "role:chair" and ctx.identity(context) != "@main" \
                    and not ctx.text.startswith(("：", ":"), role.end) and ctx.identity(fact.args.get("agent")) in chairs:
                continue  # (主持：X, a programme's field, names whoever moderates, the chair too)
            fact.args["role"] = f"role:{other}"


def _role_key(role: object) -> str | None:
    """A role argument's key, whether the rule wrote it (role:organiser) or read it (主办方)."""
    return role if isinstance(role, str) else getattr(role, "key", None)


def _a_session(context: Mention, ctx: DocumentContext) -> bool:
    """A session of the event, or the session a session's page is about."""
    if ctx.identity(context) == "@main":
        return ctx.title_key is not None
    return context.label in ("SESSION", "SESSION_TYPE")


def _organises(role: object, ctx: DocumentContext) -> bool:
    return ctx.lexicon.concepts.get(_role_key(role) or "", {}).get("derive") == "organizer"


def organised_sessions(facts: list[Fact], ctx: DocumentContext) -> None:
    """主办方：联合国教科文组织 under a workshop's title: a session is organised, not hosted. A
    role's `in_sessions` (the roles lexicon) is the role it becomes when the fact's context is a
    session of the event, or the session a session's page is about; its `kept_in_sessions` words
    labelling a field (东道国：X, the host country) keep the role, and so do its
    `verbs_kept_in_sessions` said as a verb (会议由世界卫生组织主办: that session's host)."""
    for fact in facts:
        role, context = fact.args.get("role"), fact.args.get("context")
        if fact.kind != "role" or not isinstance(context, Mention) or not _a_session(context, ctx):
            continue
        key = role.key if isinstance(role, Mention) else role  # (a plural role is a key already)
        concept = ctx.lexicon.concepts.get(key or "", {})
        other = concept.get("in_sessions")
        if other and not (isinstance(role, Mention) and _kept_in_sessions(role, concept, ctx.text)):
            fact.args["role"] = f"role:{other}"


def _kept_in_sessions(role: Mention, concept: dict, text: str) -> bool:
    """东道国：X labelling a session's field, or 由X主办 said as a sentence's verb: the word keeps its role."""
    labels = text[role.end:role.end + 1] in "：:"
    return role.text in concept.get("kept_in_sessions", ()) and labels \
        or role.text in concept.get("verbs_kept_in_sessions", ()) and not labels


def hosted_by_its_country(facts: list[Fact], ctx: DocumentContext) -> None:
    """会议由加纳通信和数字化部承办 of a meeting in Accra: a body of the country where the event is
    held, undertaking it, is its host (the report's event, or on a session's page the event the
    session is part of). A role's `by_the_host_country` (the roles lexicon) names the words that
    become another role when such a body says them of that event."""
    countries = _event_countries(facts, ctx)
    for fact in facts:
        role, agent, context = fact.args.get("role"), fact.args.get("agent"), fact.args.get("context")
        if (fact.kind != "role" or not isinstance(role, Mention) or not isinstance(agent, Mention)
                or agent.label != "ORG" or not isinstance(context, Mention)):
            continue
        country = countries.get(ctx.identity(context))
        other = ctx.lexicon.concepts.get(role.key or "", {}).get("by_the_host_country", {}).get(role.text)
        if other and country is not None and _country_of_body(agent, ctx) == country:
            fact.args["role"] = f"role:{other}"


def _event_countries(facts: list[Fact], ctx: DocumentContext) -> dict[Any, str]:
    """The country each event is held in, as the first of its place facts says."""
    out: dict[Any, str] = {}
    for fact in facts:
        place = place_of(fact) if fact.kind == "event-place" else None
        country = country_of(place, ctx.lexicon) if place is not None else None
        if country is not None:
            out.setdefault(ctx.identity(fact.args.get("event")), country)
    return out


def _country_of_body(agent: Mention, ctx: DocumentContext) -> str | None:
    """The country a body belongs to: its lexicon entry's, its template's (印度常驻代表团), or the
    country its name opens with (加纳通信和数字化部)."""
    if agent.key and ctx.lexicon.entries.get(agent.key, {}).get("country"):
        return f"country:{ctx.lexicon.entries[agent.key]['country']}"
    if isinstance(agent.value, dict) and agent.value.get("country"):
        return agent.value["country"]
    opening = [m for m in gazetteer(ctx.lexicon).find(agent.text) if m.start == 0 and m.label == "COUNTRY"]
    return opening[0].key if opening else None


def played_by_their_agents(facts: list[Fact], ctx: DocumentContext) -> list[Fact]:
    """由国际电联和瑞士共同主办, 东道国：罗马尼亚: a role whose lexicon entry names the kinds of
    agent that play it (`agents`: bodies and people host and organise) is not read for another
    kind; the country stays in the list it was named in (ITU is still a co-host) and is where
    the event is, which its place facts say."""
    def plays(fact: Fact) -> bool:
        role, agent = fact.args.get("role"), fact.args.get("agent")
        key = role.key if isinstance(role, Mention) else role  # (a plural role is a key already)
        allowed = ctx.lexicon.concepts.get(key, {}).get("agents")
        return not (allowed and isinstance(agent, Mention) and agent.label not in allowed)
    return [f for f in facts if f.kind != "role" or plays(f)]


def offices_elsewhere(facts: list[Fact], ctx: DocumentContext) -> list[Fact]:
    """联合国大会第八十届会议主席安娜莱娜·贝尔伯克主持了会议: an event named in a person's office
    (another event than the report's, right before the office and the name) is where that office
    is held, a title of the person; it is not a role the text reports at that event."""
    def is_title(fact: Fact) -> bool:
        context = fact.args.get("context")
        return (fact.kind == "role" and isinstance(context, Mention) and context.label == "EVENT"
                and ctx.identity(context) != "@main" and ctx.titles_a_person(context)
                and isinstance(fact.args.get("agent"), Mention) and fact.args["agent"].label == "PERSON")
    return [f for f in facts if not is_title(f)]


def titles_after_names(facts: list[Fact], ctx: DocumentContext) -> list[Fact]:
    """龚克主席还在线出席了闭幕式, 李明副主席，…，主持了: an office written right after a name is the
    person's title (names.json `person_titles`), not a role the sentence reports (the roles are
    read from 担任, 为 or a label before the name); dropped before any other step looks for who
    chairs the report's event."""
    return [f for f in facts if not _title_after_the_name(f)]


def _title_after_the_name(fact: Fact) -> bool:
    agent, role = fact.args.get("agent"), fact.args.get("role")
    return fact.kind == "role" and isinstance(agent, Mention) and agent.label == "PERSON" \
        and isinstance(role, Mention) and role.start == agent.end and role.text in name_data().person_titles


def noted_roles(facts: list[Fact], ctx: DocumentContext) -> None:
    """组织方：联合国儿童基金会（主要协调方），互联网协会协办: a role written in brackets right
    after a body is that body's role in the fact, whatever role the list around it gives."""
    for fact in facts:
        agent, role = fact.args.get("agent"), fact.args.get("role")
        if fact.kind != "role" or not isinstance(agent, Mention) or agent.label not in ("ORG", "COUNTRY"):
            continue
        note = _bracketed_role(agent, ctx)
        if note is not None and (role.key if isinstance(role, Mention) else role) != note.key:
            fact.args["role"] = note
            fact.spans.append(Span(note.start, note.end, note.text))


def _bracketed_role(agent: Mention, ctx: DocumentContext) -> Mention | None:
    """The ROLE mention that alone fills the brackets right after a body: （主要协调方）."""
    note = _BRACKETED.match(ctx.text, agent.end)
    if note is None:
        return None
    inside = [m for m in ctx.mentions if note.start("words") <= m.start and m.end <= note.end("words")]
    if len(inside) != 1 or inside[0].label != "ROLE" or inside[0].text != note.group("words"):
        return None
    return inside[0]


_BRACKETED = re.compile(r"\s*[（(]\s*(?P<words>[^（）()]{1,12}?)\s*[）)]")


def elected_officers(facts: list[Fact], ctx: DocumentContext) -> None:
    """在开幕全体会议上，X当选为副主席; 会议选举A和B为副主席: an officer elected at a session is the
    officer of the event the session opens (reading.json `election_words`, anywhere in the
    sentence before the office; the offices that are elected are the roles lexicon's `elected`).
    So is one whose office is only the title of someone doing something else at a session
    (对话由副主席X主持: X moderates the dialogue as the event's vice-chair)."""
    main = ctx.main_arg()
    for fact in facts:
        if main is not None and _elected_at_a_session(fact, facts, ctx):
            fact.args["context"] = main


def _elected_at_a_session(fact: Fact, facts: list[Fact], ctx: DocumentContext) -> bool:
    role, agent, context = fact.args.get("role"), fact.args.get("agent"), fact.args.get("context")
    if (fact.kind != "role" or not isinstance(role, Mention) or not isinstance(agent, Mention)
            or not isinstance(context, Mention) or context.label not in ("SESSION", "SESSION_TYPE")
            or not ctx.lexicon.concepts.get(role.key or "", {}).get("elected")):
        return False
    lo, hi = min(agent.start, role.start), max(agent.end, role.end)
    if ctx.sentence_of(lo) != ctx.sentence_of(hi - 1):
        return False  # (由会议主席主持 with the chair's name from where the text elected them)
    words = ctx.text[ctx.sentence_of(lo).start:hi]
    return any(w in words for w in conventions().election_words) or _only_a_title(fact, facts, ctx)


def _only_a_title(fact: Fact, facts: list[Fact], ctx: DocumentContext) -> bool:
    """副主席X主持: the office written right before the name, naming no event or session of its
    own (圆桌会议主席X), while the same person plays another role in the same session."""
    role, agent, context = fact.args["role"], fact.args["agent"], fact.args["context"]
    if role.end > agent.start or ctx.text[role.end:agent.start].strip() or ctx.names_what_before(role.start):
        return False
    return any(other is not fact and other.kind == "role" and _same_span(other.args.get("agent"), agent)
               and _same_span(other.args.get("context"), context) for other in facts)


def _same_span(a: object, b: Mention) -> bool:
    return isinstance(a, Mention) and (a.start, a.end) == (b.start, b.end)


def roles_of_the_event(facts: list[Fact], ctx: DocumentContext) -> None:
    """X在开幕式上作主旨演讲: a keynote at the opening of the report's event is a keynote of the
    event. A session type's `event_roles` (data/lexicon/session_types.json) name the roles that
    its sessions give to the event they open or close."""
    main = ctx.main_arg()
    described = _sessions_of_their_own(facts, ctx)
    for fact in facts:
        role, context = fact.args.get("role"), fact.args.get("context")
        if fact.kind != "role" or not isinstance(context, Mention) or context.label not in ("SESSION", "SESSION_TYPE"):
            continue
        if ctx.identity(context) in described:
            continue  # 开幕式于16日上午举行…X作主旨演讲: a session the report tells of keeps its keynote
        kind = context.value.get("type") if context.label == "SESSION" else context.key
        key = role.key if isinstance(role, Mention) else role
        if key in ctx.lexicon.concepts.get(kind or "", {}).get("event_roles", []) and main is not None:
            fact.args["context"] = main


def _sessions_of_their_own(facts: list[Fact], ctx: DocumentContext) -> set[Any]:
    """The sessions the report tells of as sessions: dated, timed or organised by someone (the
    opening that is only where a keynote was given is not one)."""
    own = {ctx.identity(f.args.get("session")) for f in facts
           if f.kind == "session" and (f.args.get("date") is not None or f.args.get("time") is not None)}
    own |= {ctx.identity(f.args.get("context")) for f in facts
            if f.kind == "role" and isinstance(f.args.get("agent"), Mention) and f.args["agent"].label == "ORG"}
    return own


RULE_BODY_OFFICER = "zh.role.body-officer"


def officers_of_bodies(facts: list[Fact], ctx: DocumentContext) -> list[Fact]:
    """经社理事会副主席X: a chair named with the body they chair holds that role only where the body
    elects its officers (the roles lexicon's `of_bodies`: kinds of body, 联合国大会 and its
    committees); 孟加拉国电信管理委员会主席 heads a regulator, an office the post rules read."""
    def elected(fact: Fact) -> bool:
        role, body = fact.args.get("role"), fact.args.get("context")
        kinds = ctx.lexicon.concepts.get(role.key if isinstance(role, Mention) else role or "", {}).get("of_bodies", [])
        if not isinstance(body, Mention):
            return False
        if body.key:
            return ctx.lexicon.entries.get(body.key, {}).get("kind") in kinds
        name = body.value.get("name") or body.text
        return any(s.label == "ORG" and name.startswith(s.text) and ctx.lexicon.entries.get(s.key or "", {}).get("kind") in kinds
                   for s in ctx.lexicon.surfaces)

    return [f for f in facts if f.rule != RULE_BODY_OFFICER or elected(f)]

