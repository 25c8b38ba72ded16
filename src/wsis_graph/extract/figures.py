"""Key figures: a quantity and the noun it counts (11,000多名参会者, 13 场 Leaders TalkX 会议, 女性占 44%).

The noun follows the number after a classifier (名 位 个 场 ...); a share names its group
before the percentage. What the figure is about is the narrowest thing the text counts:
a session series named right after the number, a session named in the sentence (or, for a
measure that counts one kind of session, earlier in the block), else the report's event.
A length of time (为期五天) counts nothing: it is how long the event lasted (durations.py).
"""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path
from typing import Any

from ..model import Fact, Mention, Span
from ..resources import data_dir
from .context import ENUMERATOR, DocumentContext
from .conventions import conventions
from .durations import length_unit
from .lexicon import Lexicon
from .numbers import is_year
from .text import Segment

RULE_COUNT = "zh.figure.number-noun"
RULE_SERIES = "zh.figure.number-session"
RULE_SHARE = "zh.figure.group-share"
RULE_CLASSIFIER = "zh.figure.heading-classifier"


def extract_figures(ctx: DocumentContext, settings: dict[str, Any], document_id: str) -> list[Fact]:
    facts = []
    boilerplate = _boilerplate_start(ctx)
    for seg in ctx.sentences:
        if seg.start >= boilerplate:
            break  # (（完） / 关于联合国开发计划署 / 开发署在约170个国家和地区开展工作: the issuer's figures, not the event's)
        mentions = [m for m in ctx.mentions if seg.start <= m.start < seg.end]
        for i, q in enumerate(mentions):
            if q.label != "QUANTITY" or _numbers_a_paragraph(ctx, q) or _labels_a_thing(ctx.text, q, settings) \
                    or length_unit(ctx.text, q) is not None or _in_a_title(ctx, q):  # 为期五天: durations.py
                continue
            fact = _figure(ctx, seg, mentions, i, settings, document_id)
            if fact:
                facts.append(fact)
    return facts


def _boilerplate_start(ctx: DocumentContext) -> int:
    """Where a press release's boilerplate begins (reading.json `boilerplate`): the first line that
    is only an end mark (（完）, ###); else the end of the text."""
    marks = conventions().end_marks
    return next((ctx.line_starts[row] for row, line in enumerate(ctx.lines) if line.strip() in marks), len(ctx.text))


def _in_a_title(ctx: DocumentContext, q: Mention) -> bool:
    """部长级圆桌会议：连通剩余的26亿人: a number in a session's title names it, it counts nothing
    the report tells."""
    return any(a <= q.start and q.end <= b for a, b in ctx.sessions)


_SECTION_NUMBER = re.compile(r"\d{1,2}\.\d{1,2}")


def _labels_a_thing(text: str, q: Mention, settings: dict[str, Any]) -> bool:
    """1号会议室: a number that labels a room or an item; WSIS奖2018颁奖典礼, 论坛2018: an edition's
    year written right after a name, with no classifier after it. Neither counts anything."""
    if text.startswith(tuple(noun_data()["number_labels"]), q.end):
        return True
    before, after = text[q.start - 1:q.start], text[q.end:q.end + 1]
    return is_year(q.text) and (before.isalpha() or _is_cjk(before)) \
        and not (after and after in settings["classifiers"])


def _numbers_a_paragraph(ctx: DocumentContext, q: Mention) -> bool:
    """`7. 部长级圆桌会议于…`, `3.1 …`: the number a paragraph or section is numbered with."""
    line_start = ctx.text.rfind("\n", 0, q.start) + 1
    numbered = ENUMERATOR.match(ctx.text[line_start:q.end + 3])
    if numbered is None or q.start >= line_start + numbered.end():
        return False
    # `3.1 议程` is a section number; `1.2万人参加` a figure that starts the line
    return q.end <= line_start + numbered.end() or (
        bool(_SECTION_NUMBER.fullmatch(q.text)) and ctx.text[q.end:q.end + 1] in " \t")


def _figure(ctx: DocumentContext, seg: Segment, mentions: list[Mention], i: int,
            settings: dict[str, Any], document_id: str) -> Fact | None:
    q = mentions[i]
    if q.value["unit"] == "percent":
        named = _share_named_in_clause(ctx, seg, q)
        if named is not None:  # 39%的参与者是女性, 女性代表占比：约30%
            q = _qualified_before(ctx, q, min(named.end, q.start), noun_data())
            return _fact(RULE_SHARE, q, named.key, _subject(ctx, seg, q, None, mentions), [named, q], ctx, document_id)
        group = _share_group(ctx, mentions, i)
        if group is None:
            return _unknown_share(ctx, seg, q, mentions, document_id)
        return _fact(RULE_SHARE, q, group.key, _subject(ctx, seg, q, None, mentions), [group, q], ctx, document_id)
    if ctx.text.startswith(tuple(w for w in noun_data()["not_counted"] if w[0] not in settings["classifiers"]), q.end):
        return None  # 30岁以下发言人, 20周年: an age or a span of time, nothing counted (6次全体会议 counts)
    group = _group_by_what_they_do(ctx, seg, q)
    if group is not None:  # 约26亿人未使用互联网: the people who do not, not participants
        return _fact("zh.figure.group-not-doing", q, group, _subject(ctx, seg, q, None, mentions),
                     [q, group], ctx, document_id)
    after = _noun_after(ctx.text, mentions, i, settings)
    before = _noun_before(ctx.text, mentions, i, settings)
    # `部长和副部长59人`: a one-character noun after the number (人) is only a classifier
    noun = before if before is not None and (after is None or len(after.text) == 1) else after
    if noun is None or len(noun.text) == 1:  # 部长级代表：15人: the field's label says who, 人 only counts
        label = _field_label(ctx, q, settings)
        if label is not None and (noun is None or not label.text.endswith(tuple(noun_data()["count_words"]))):
            noun = label  # (参会人数：1,200人: a label that says "the number of" leaves 人 to say who)
    if noun is not None and noun.key is None:
        # 与会代表：超过1,100名: the label is what is counted, a noun no measure names
        return _fact(RULE_COUNT, q, noun, _subject(ctx, seg, q, None, mentions), [q, noun], ctx, document_id)
    if noun is None:
        return (_classifier_figure(ctx, seg, q, settings, document_id)
                or _unknown_noun_figure(ctx, seg, q, mentions, settings, document_id))
    if noun.label == "SESSION_TYPE":
        subject = ctx.made_session(noun)
        return _fact(RULE_SERIES, q, _sessions_counted(ctx, noun), subject, [q, noun], ctx, document_id)
    measure = _choose_measure(ctx.lexicon, noun, _clause(ctx.text, seg, q))
    if q.value["number"] > ctx.lexicon.concepts[measure].get("at_most", q.value["number"]):
        return None  # 仍有26亿人被排除在网络世界之外: more people than any event gathers
    subject = _subject(ctx, seg, q, ctx.lexicon.concepts[measure], mentions)
    written = _as_written(ctx.text, q, noun, settings)
    part = _part_of_the_whole(ctx, seg, q, mentions, written, settings["classifiers"])
    if part is not None:  # 其中包括来自民间团体的6,200名代表: not all the participants
        return _fact(RULE_COUNT, q, part, subject, [q, noun], ctx, document_id)
    fact = _fact(RULE_COUNT, q, measure, subject, [q, noun], ctx, document_id)
    fact.args["noun"] = written
    return fact


def _part_of_the_whole(ctx: DocumentContext, seg: Segment, q: Mention, mentions: list[Mention],
                       noun: dict[str, Any], classifiers: str) -> Mention | None:
    """与会者超过18,000人，其中包括来自民间团体的6,200名代表: after the words that open the parts of
    a whole (figures.json `part_of_whole`), a modifier ending in 的 right before the number says
    which part is counted: a measure of its own, named by the modifier and the noun as written."""
    rules = noun_data()["part_of_whole"]
    lead = ctx.text[seg.start:q.start]
    opener = max((lead.rfind(w) + len(w) for w in rules["openers"] if w in lead), default=-1)
    words = lead[opener:] if opener >= 0 else ""
    if not (2 <= len(words) <= rules["modifier_max"] and words.endswith("的") and all(_is_cjk(ch) for ch in words)) \
            or any(seg.start + opener <= m.start < q.start for m in mentions):
        return None
    counted = noun["text"].lstrip(classifiers) or noun["text"]  # 名代表: the noun, not its classifier
    return Mention("MEASURE", noun["start"], noun["end"], noun["text"], None, {"noun": words + counted})


# 参会国家：47个, and 参会国家｜47个 as a key-figures list sets its label and value apart with a bar
_FIELD_LABEL = re.compile(r"[ \t]*(?:[-•·*▪][ \t]*)?(?P<label>[\u4e00-\u9fff]{2,10})[ \t]*[：:｜|][ \t]*$")


def _field_label(ctx: DocumentContext, q: Mention, settings: dict[str, Any]) -> Mention | None:
    """参会国家：47个, 与会代表：超过1,100名: a fact sheet's field whose label is the counted noun
    and whose value is the number and its classifier alone: the measure the label's last words
    name (国家), else the label itself, a noun no measure names."""
    line_start, line_end = ctx.text.rfind("\n", 0, q.start) + 1, ctx.text.find("\n", q.end)
    field = _FIELD_LABEL.match(ctx.text, line_start, q.start)
    rest = _RESTATED.sub("", ctx.text[q.end:line_end if line_end >= 0 else len(ctx.text)]).strip()
    rest = _NOTE_AFTER.sub("", rest)  # 参会者：1,800余名（线上线下合计）: a note on the figure
    if field is None or len(rest) > 2 or any(ch not in settings["classifiers"] for ch in rest):
        return None  # (逾23,000人次 / 23,000+: the figure's classifiers, the figure again in English)
    a, b = field.span("label")
    known = next((m for m in ctx.mentions if m.end == b and a <= m.start and m.label == "MEASURE"), None)
    label = field.group("label")
    return known if known is not None else Mention("MEASURE", a, b, label, None, {"noun": label})


_NOTE_AFTER = re.compile(r"\s*[（(][^（）()\n]{1,20}[）)]$")
_RESTATED = re.compile(r"\s*[/／|｜]\s*[\d,.]+\s*\+?\s*[|｜]?\s*$")  # … / 23,000+: the value again, as English writes it


@cache
def noun_data(folder: Path | None = None, language: str = "zh") -> dict[str, Any]:
    path = (Path(folder) if folder else data_dir("rules")) / language / "figures.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    data["noun_stops"] = sorted(set(data["noun_stops"]) | set(data["attending_verbs"]["words"]), key=lambda w: (-len(w), w))
    data["share_words"] = sorted(data["share_words"], key=len, reverse=True)
    data["share_qualifiers"] = sorted(data["share_qualifiers"].items(), key=lambda kv: -len(kv[0]))
    qualifiers = "|".join(re.escape(word) for word, _ in data["share_qualifiers"])
    data["label_end"] = re.compile(rf"[ \t]*[：:|｜][ \t]*(?:{qualifiers})?$")  # …占比：68%, …占比 | 约28%: where a label ends
    data["value_then_label"] = re.compile(data["value_then_label"]["pattern"])
    return data


def _past_a_dash(text: str, end: int, limit: int) -> int:
    """Where the words after a number begin past the dash of a key-figures list that writes the
    value before its label (3,200 — 注册参会者: figures.json `value_then_label`), up to `limit`."""
    dash = noun_data()["value_then_label"].match(text, end)
    return dash.end() if dash is not None and dash.end() <= limit else end


def _noun_goes_on(text: str, start: int, end: int, data: dict[str, Any]) -> bool:
    """Whether the counted noun that began at `start` takes in the character at `end`: a Chinese
    one that opens no stop word, or a conjunction that joins two ways of taking part (现场和在线与会者:
    figures.json `joined_modes`), and the way after it (在线, whose 在 is no verb here)."""
    modes = data["joined_modes"]
    if text[end] in modes["conjunctions"] and text.endswith(tuple(modes["words"]), start, end):
        return True
    if end > start and text[end - 1] in modes["conjunctions"] and text.startswith(tuple(modes["words"]), end):
        return True
    return _is_cjk(text[end]) and not any(text.startswith(w, end) for w in data["noun_stops"])


def _unknown_noun_figure(ctx: DocumentContext, seg: Segment, q: Mention, mentions: list[Mention],
                         settings: dict[str, Any], document_id: str) -> Fact | None:
    """`600多名来自亚太地区的代表`, `14位部长`: a counted noun no measure names is read from the
    text after the classifier and minted as a measure."""
    data = noun_data()
    pos = _past_a_dash(ctx.text, q.end, seg.end)  # 12 — 位部长级代表: a value, then its label
    while pos < seg.end and ctx.text[pos] in " \t":
        pos += 1  # 14 位部长: a translation spaces the number from its classifier
    if pos >= seg.end or ctx.text[pos] not in settings["classifiers"]:
        return None
    if not any(ch.isdigit() for ch in q.text) and q.value["number"] < data["spelled_out_min"]:
        return None
    start = pos + 1
    end = start + next((len(w) for w in data["noun_openers"] if ctx.text.startswith(w, start)), 0)
    while end < seg.end and end - start < data["noun_max"] and _noun_goes_on(ctx.text, start, end, data):
        end += 1
    end = _past_an_inner_count(ctx.text, start, end, seg.end, data)
    phrase = ctx.text[start:end]
    noun_start = start + phrase.rfind("的") + 1 if "的" in phrase else start
    if "的" in phrase and _after_a_from_word(ctx.text, q.start, data):
        noun_start, end = start, start + phrase.find("的")  # 来自20个不同城市的讲者: 20 cities
    if end == start:  # 其中21家位于非洲: the noun the list's head counted (38家合作图书馆)
        noun_start, end = _listed_under(ctx, seg, q, settings, data) or (start, end)
    noun = ctx.text[noun_start:end]
    if len(noun) < 1 or noun in data["not_counted"] or any(
            m.start < end and noun_start < m.end and m.label in ("DATE", "QUANTITY", "PERSON") for m in mentions):
        return None
    counted = Mention("MEASURE", noun_start, end, noun, None, {"noun": noun})
    return _fact("zh.figure.unknown-noun", q, counted, _subject(ctx, seg, q, None, mentions),
                 [q, counted], ctx, document_id)


def _after_a_from_word(text: str, at: int, data: dict[str, Any]) -> bool:
    """Whether a from-word (figures.json `from_words`: 来自) stands right before `at`, blanks aside."""
    return text[:at].rstrip().endswith(tuple(data["from_words"]["words"]))


def _past_an_inner_count(text: str, start: int, end: int, limit: int, data: dict[str, Any]) -> int:
    """1200名来自38个国家的代表: a counted noun that opens with a from-word and stops at the number
    of the modifier's own count goes on past that modifier's 的, to the noun after it (代表)."""
    if not text.startswith(tuple(data["from_words"]["words"]), start) or end >= limit \
            or not (text[end].isdigit() or text[end] in " \t"):
        return end
    closing = text.find("的", end, min(limit, end + data["noun_max"]))
    if closing < 0 or any(c in "，,。；;、：:\n" for c in text[end:closing]):
        return end
    after = closing + 1
    while after < limit and after - closing <= data["noun_max"] and _noun_goes_on(text, closing + 1, after, data):
        after += 1
    return after if after > closing + 1 else end


def _listed_under(ctx: DocumentContext, seg: Segment, q: Mention, settings: dict[str, Any],
                  data: dict[str, Any]) -> tuple[int, int] | None:
    """38家合作图书馆，其中21家位于非洲、11家位于亚洲: where the noun a figure counts is left out in
    a list after 其中 (figures.json `listed_under`), the noun the figure before the marker counts
    with the same classifier, in the same sentence."""
    marker = max((ctx.text.rfind(w, seg.start, q.start) for w in data["listed_under"]["markers"]), default=-1)
    heads = [m for m in ctx.mentions_between(seg.start, marker) if m.label == "QUANTITY"
             and ctx.text[m.end:m.end + 1] == ctx.text[q.end]] if marker >= 0 else []
    if not heads:
        return None
    start = end = heads[-1].end + 1  # (past the classifier both figures share)
    measure = next((m for m in ctx.mentions_between(start, marker) if m.start == start and m.label == "MEASURE"), None)
    if measure is not None:  # 23个国家实施了…，其中9个在亚洲: 国家
        return measure.start, measure.end
    while end < marker and end - start < data["noun_max"] and _is_cjk(ctx.text[end]) \
            and not any(ctx.text.startswith(w, end) for w in data["noun_stops"] + data["listed_under"]["postpositions"]):
        end += 1
    return (start, end) if end > start else None


def _unknown_share(ctx: DocumentContext, seg: Segment, q: Mention, mentions: list[Mention],
                   document_id: str) -> Fact | None:
    """`已接入互联网的人口约68%`: the group of a share is the words before it; `约68%的人口已接入
    互联网`: the noun after the share's 的, when it has one."""
    data = noun_data()
    after = _group_after_share(ctx.text, seg, q, data, mentions)
    if after is not None:
        start, end = after
        counted = Mention("MEASURE", start, end, ctx.text[start:end], None, {"noun": ctx.text[start:end], "share": True})
        return _fact("zh.figure.unknown-share", q, counted, _subject(ctx, seg, q, None, mentions),
                     [counted, q], ctx, document_id)
    end = q.start
    label = data["label_end"].search(ctx.text, seg.start, end)
    end = label.start() if label is not None else end  # 30岁以下发言人占比：68%, | …占比 | 68% |: a field's label
    while end > seg.start and ctx.text[end - 1] in " \t":
        end -= 1  # 接入率仅为 38 %: a translation spaces the figure from its words
    if ctx.text.endswith("的", seg.start, end) and not any(
            verb in ctx.text[max(seg.start, end - data["share_max"]):end] for verb in data["share_verbs"]):
        return None  # 连接最后的 30%: a share its words only describe (…占全部注册代表的35% is a share)
    changed = True
    while changed:
        changed = False
        for w in data["share_words"]:
            if ctx.text.endswith(w, seg.start, end):
                end -= len(w)
                changed = True
    start = end
    while start > seg.start and end - start < data["share_max"] and _is_cjk(ctx.text[start - 1]) \
            and not any(m.start < start <= m.end and m.label in ("QUANTITY", "DATE") for m in mentions):
        start -= 1
    if ctx.text.startswith(tuple(data["not_counted"]), start):
        while start > seg.start and ctx.text[start - 1].isdigit():
            start -= 1  # 30岁以下发言人: the age is part of the group
    group = ctx.text[start:end]
    for verb in data["share_verbs"]:  # 女性发言人约占全部发言人的: the group stands before 占
        if verb in group:
            end = start + group.index(verb)
            break
    for w in data["noun_stops"]:  # 目前全球: cut at the last stop word inside
        i = ctx.text.rfind(w, start, end)
        if i > 0 and ctx.text[i - 1] in data["noun_stop_not_after"].get(w, ""):
            continue  # 普及率: 及 is part of a word here
        if any(m.start <= i and i + len(w) <= m.end and m.end - m.start > len(w) for m in mentions if m.label == "MEASURE"):
            continue  # 与会者: 与会 begins a noun the lexicon counts, no verb here
        if i >= 0 and i + len(w) < end:
            start = max(start, i + len(w))
    group = ctx.text[start:end]
    if len(group) < 2:
        return None
    q = _qualified_before(ctx, q, end, data)
    rate = any(w in group for w in data["share_of_clause"]["not_with"])  # 女性互联网普及率: a rate, not a share
    known = None if rate else _share_concept(ctx, group)
    if known is not None:  # 女性发言人约占全部发言人的35%: the share of women
        counted = Mention("MEASURE", start, end, group, known, {})
        return _fact(RULE_SHARE, q, known, _subject(ctx, seg, q, None, mentions), [counted, q], ctx, document_id)
    counted = Mention("MEASURE", start, end, group, None, {"noun": group, "share": True})
    return _fact("zh.figure.unknown-share", q, counted, _subject(ctx, seg, q, None, mentions),
                 [counted, q], ctx, document_id)


def _group_after_share(text: str, seg: Segment, q: Mention, data: dict[str, Any],
                       mentions: list[Mention] = ()) -> tuple[int, int] | None:
    """约53%的人口仍未接入互联网: the noun right after the share and its 的, up to a word that
    ends a noun or says what the group does (figures.json `group_after_share`); a noun the
    lexicon counts is read whole (约62%的与会者来自…: 与会 of 与会者 is no verb)."""
    rules, start = data["group_after_share"], q.end
    if not text.startswith(rules["marker"], start):
        return None
    start += len(rules["marker"])
    stops = tuple(rules["stops"]) + tuple(data["noun_stops"]) + tuple(data["not_doing"])
    counted = {m.start: m.end for m in mentions if m.label == "MEASURE"}
    end = start
    while end < seg.end and end - start < data["noun_max"] and _is_cjk(text[end]):
        if end in counted:
            end = counted[end]
            continue
        if text.startswith(stops, end):
            break
        end += 1
    return (start, end) if end - start >= 2 else None


def _share_named_in_clause(ctx: DocumentContext, seg: Segment, q: Mention) -> Mention | None:
    """The share measure (女性 -> share of women) that the clause of a percentage names with a
    share marker (figures.json `share_of_clause`); the clause before it too when the figure's own
    clause names no group (女性发言人4位，约占67%)."""
    data = noun_data()
    rules = data["share_of_clause"]
    own = _clause_span(ctx.text, seg, q.start, q.end)
    spans = [own]
    before = ctx.text[own[0]:q.start]
    for word in data["share_words"]:  # (longest first) 约占: words of a share, no group
        before = before.replace(word, "")
    if not any(_is_cjk(ch) for ch in before) and own[0] > seg.start:
        spans.append(_clause_span(ctx.text, seg, own[0] - 1, own[0] - 1))
    said = "".join(ctx.text[a:b] for a, b in spans)
    if any(w in said for w in rules["not_with"]) or not any(w in said for w in rules["markers"]):
        return None
    for a, b in spans:
        clause = ctx.text[a:b]
        for concept in ctx.lexicon.concepts_in("measure"):
            for word in concept.get("share_of", []):
                at = clause.find(word)
                if at >= 0:
                    return Mention("MEASURE", a + at, a + at + len(word), word, concept["key"], {})
    return None


def _clause_span(text: str, seg: Segment, start: int, end: int) -> tuple[int, int]:
    """The clause (between commas, semicolons or line breaks) around text[start:end]."""
    a = max([seg.start] + [text.rfind(c, seg.start, start) + 1 for c in "，,；;\n"])
    found = [i for i in (text.find(c, end, seg.end) for c in "，,；;\n") if i >= 0]
    return a, min(found) if found else seg.end


def _group_by_what_they_do(ctx: DocumentContext, seg: Segment, q: Mention) -> Mention | None:
    """`26亿人未使用互联网`, `26亿仍未接入互联网的人`: people counted by what they do not do are
    that group (its words, up to the clause's end or 的人), whatever noun comes before; so are
    people counted by a way of taking part other than attending (1200多人通过网络直播在线观看)."""
    data = noun_data()
    start = q.end + (1 if ctx.text.startswith(data["people_word"], q.end) else 0)
    if not ctx.text.startswith(tuple(data["not_doing"]) + tuple(data["doing"]["words"]), start):
        return None
    end = start
    while end < seg.end and end - start < data["noun_max"] and _is_cjk(ctx.text[end]):
        end += 1
        if ctx.text.endswith(data["people_word_after"], start, end):
            break
    words = ctx.text[start:end]
    return Mention("MEASURE", start, end, words, None, {"noun": words}) if len(words) >= 3 else None


def _share_concept(ctx: DocumentContext, group: str) -> str | None:
    """The share a group of people begins with a word of (女性 of 女性发言人: share_of in measures.json)."""
    for concept in ctx.lexicon.concepts_in("measure"):
        if any(group.startswith(word) for word in concept.get("share_of", [])):
            return concept["key"]
    return None


def _qualified_before(ctx: DocumentContext, q: Mention, group_end: int, data: dict[str, Any]) -> Mention:
    """`约占…的35%`: a qualifier written before the share verb qualifies the share."""
    if q.value["qualifier"] != "exact":
        return q
    between = ctx.text[group_end:q.start]
    for word, qualifier in data["share_qualifiers"]:  # longest first
        if word in between:  # 仍仅约为37%: after the adverbs
            return Mention(q.label, q.start, q.end, q.text, q.key, {**q.value, "qualifier": qualifier})
    return q


def _is_cjk(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


def _noun_after(text: str, mentions: list[Mention], i: int, settings: dict[str, Any]) -> Mention | None:
    """The measure noun or session type right after the number: classifiers and a few words between."""
    q = mentions[i]
    for nxt in mentions[i + 1:]:
        gap = text[_past_a_dash(text, q.end, nxt.start):nxt.start]  # (3,200 — 注册参会者: a value, then its label)
        if any(ch in gap for ch in ",，。;；:：、\n|｜（("):
            return None  # (分会场B-4 | 研讨会: a bar parts a code from the next cell; 60位（其中女性: a note)
        stripped = gap.strip().lstrip(settings["classifiers"]).strip()
        if any(joiner in stripped for joiner in conventions().item_joiners):
            return None  # `官员56名及联合国代表`: the next noun belongs to the next item
        if nxt.label in ("MEASURE", "SESSION_TYPE") and len(stripped) <= settings["statistic_gap"]:
            if _a_verb_in(stripped):
                return None  # 45名部长出席会议: what follows a verb is not what was counted (部长 is)
            if nxt.label == "SESSION_TYPE":  # 18个WSIS奖获奖项目: the kind says what the counted noun is
                noun = next((m for m in mentions if m.start == nxt.end and m.label == "MEASURE"), None)
                return noun if noun is not None and not _modifies_a_noun(text, noun) else nxt
            return None if _modifies_a_noun(text, nxt) else nxt
        if nxt.label == "QUANTITY" or len(stripped) > settings["statistic_gap"]:
            return None
    return None


def _a_verb_in(words: str) -> bool:
    """Whether the words between a count and a measure word hold a verb of attending (figures.json
    `attending_verbs`), whose object the measure word is."""
    return any(w in words for w in noun_data()["attending_verbs"]["words"])


def _modifies_a_noun(text: str, measure: Mention) -> bool:
    """`2000多名成员国代表`: a measure word with more of its noun after it is not what is counted."""
    return text.startswith(tuple(noun_data()["people_heads"]), measure.end)


def _classifier_figure(ctx: DocumentContext, seg: Segment, q: Mention, settings: dict[str, Any],
                       document_id: str) -> Fact | None:
    """`(二)领导人TalkX会议。共举行13场`: a classifier alone counts the session its heading names."""
    measure = settings.get("classifier_measures", {}).get(ctx.text[q.end:q.end + 1])
    heading = ctx.paragraph_session(seg)
    if measure is None or heading is None:
        return None
    subject = ctx.made_session(heading)
    counted = Mention(q.label, q.start, q.end + 1, ctx.text[q.start:q.end + 1])
    return _fact(RULE_CLASSIFIER, q, measure, subject, [counted], ctx, document_id)


def _noun_before(text: str, mentions: list[Mention], i: int, settings: dict[str, Any]) -> Mention | None:
    """`演讲者约1,000名`, `部长和副部长:59位`: the noun first, then the number and its classifier."""
    q = mentions[i]
    if i == 0 or mentions[i - 1].label not in ("MEASURE", "SESSION_TYPE"):
        return None
    noun = mentions[i - 1]
    gap = text[noun.end:q.start].strip()
    classified = text[q.end:q.end + 1] != "" and text[q.end] in settings["classifiers"]
    return noun if len(gap) <= 2 and all(ch in conventions().noun_before_number for ch in gap) and classified else None


def _joins(between: str) -> bool:
    """`300名青年参与者积极参与青年特别论坛`: the counted people join the session named next."""
    return (len(between) <= 14 and not any(ch in between for ch in ",，。;；:：、")
            and any(v in between[-6:] for v in conventions().join_verbs))


def _share_group(ctx: DocumentContext, mentions: list[Mention], i: int) -> Mention | None:
    q = mentions[i]
    for prev in reversed(mentions[:i]):
        gap = ctx.text[prev.end:q.start]
        if any(ch in gap for ch in ",，。;；") or len(gap.strip()) > 4:
            return None
        if prev.label == "MEASURE" and ctx.lexicon.concepts.get(prev.key, {}).get("share_of"):
            return prev
    return None


def _clause(text: str, seg: Segment, q: Mention) -> str:
    """The clause around a figure: 另有约4,000名与会者在线参加, not the 现场 of the clause before;
    nor a breakdown in brackets after it (2,100余人（现场1,400人，线上700人）: the parts' words)."""
    start, end = _clause_span(text, seg, q.start, q.end)
    breakdown = _BREAKDOWN.search(text, q.end, end)
    return text[start:breakdown.start() if breakdown else end]


_BREAKDOWN = re.compile(r"[（(][^（）()\n]*\d")  # a bracket that holds figures of its own


def _choose_measure(lexicon: Lexicon, noun: Mention, clause: str) -> str:
    """Among the measures a noun may name, the one whose required context words are in its clause,
    unless words there say the figure counts both ways (参与者（现场和在线）: all who took part)."""
    keys = noun.value.get("keys") or [noun.key]
    plain = [k for k in keys if not lexicon.concepts[k].get("requires")]
    both_ways = any(word in clause for word in lexicon.schemes.get("measure", {}).get("counted_both_ways", []))
    for key in keys:
        if not both_ways and any(word in clause for word in lexicon.concepts[key].get("requires", [])):
            return key
    return (plain or keys)[0]


def _subject(ctx: DocumentContext, seg: Segment, q: Mention, measure: dict[str, Any] | None,
             mentions: list[Mention]) -> Mention:
    sessions = [m for m in mentions if m.label == "SESSION_TYPE"]
    if measure and measure.get("counts"):
        wanted = {f"session-type:{t}" for t in measure["counts"]}
        candidates = [m for m in sessions if m.key in wanted]
        candidates += list(reversed([m for m in ctx.block_mentions_before(seg, seg.start, {"SESSION_TYPE"})
                                     if m.key in wanted]))
        if candidates:
            return ctx.made_session(candidates[0])
    if measure and measure["key"] == "measure:sessions":
        return ctx.main_arg()
    before = [m for m in sessions if m.end <= q.start and ctx.is_topic_position(seg, m)]
    after = [m for m in sessions if m.start >= q.end and _joins(ctx.text[q.end:m.start])]
    chosen = before[0] if before else (after[0] if after else (ctx.joined_session(seg) or ctx.paragraph_session(seg)))
    if chosen is not None:
        return ctx.made_session(chosen)
    return ctx.main_arg()



def _sessions_counted(ctx: DocumentContext, kind: Mention) -> str | Mention:
    """13场Leaders TalkX会议: sessions (the kind's name says 会议); 两场边会, 60场专题研讨会: the
    kind as the text names it, a measure of its own, since the text counts side events, not sessions."""
    sessions = ctx.lexicon.concepts["measure:sessions"]
    return "measure:sessions" if any(w in kind.text for w in [sessions["zh"], *sessions.get("triggers", [])]) else kind


def _as_written(text: str, q: Mention, noun: Mention, settings: dict[str, Any]) -> dict[str, Any]:
    """600多名与会代表: what the text counted, as it writes it (与会代表), beside the measure the
    lexicon names (participants): the words from after the classifier to the end of the noun."""
    if noun.start < q.end:
        return {"text": noun.text, "start": noun.start, "end": noun.end}
    start = _past_a_dash(text, q.end, noun.start)  # (3,200 — 注册参会者)
    while start < noun.start and (text[start] in settings["classifiers"] or text[start].isspace()):
        start += 1
    return {"text": text[start:noun.end], "start": start, "end": noun.end}


def _fact(rule: str, q: Mention, measure: str | Mention, subject: Mention, own: list[Mention],
          ctx: DocumentContext, document_id: str) -> Fact:
    start, end = min(m.start for m in own), max(m.end for m in own)
    spans = [Span(start, end, ctx.text[start:end])]
    args = {"subject": subject, "measure": measure, "value": q.value["number"],
            "qualifier": f"qualifier:{q.value['qualifier']}", "unit": f"unit:{q.value['unit']}"}
    return Fact("statistic", args, spans, rule, document_id)
