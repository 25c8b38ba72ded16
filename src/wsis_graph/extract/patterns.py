"""Mentions found by shape rather than by name: dates, times, quantities, people, event editions,
action lines and organisations built from a country (印度常驻代表团).

Each finder returns Mentions with a parsed `value`; the pattern texts live in
data/rules/mentions.json so they can be read and changed without touching code.
"""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path
from typing import Any

from ..model import Mention
from ..resources import data_dir
from .lexicon import Lexicon, load_lexicon
from .numbers import is_magnitude_alone, parse_number


@cache
def mention_rules(folder: Path | None = None) -> dict[str, Any]:
    path = (Path(folder) if folder else data_dir("rules")) / "mentions.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    honorific = _latin_honorific_shape()
    # a month written with its number (10月) never takes the digits of a day before it (12月 is no 1 2月)
    months = "(?:" + "|".join(("(?<!\\d)" if w[0].isdigit() else "") + re.escape(w)
                              for w in sorted(data["month_names"], key=lambda w: (-len(w), w))) + ")"
    before, after, data["after_classifier"] = _qualifier_words(data["classifiers"])
    data["before_magnitude"] = {w: c["id"] for c in load_lexicon().concepts_in("qualifier")
                                for w in c.get("before_magnitude", [])}
    data["compiled"] = {name: re.compile(p.replace("{LATIN_HONORIFIC}", honorific).replace("{MONTH_NAME}", months)
                                         .replace("{QUALIFIER_BEFORE}", before).replace("{QUALIFIER_AFTER}", after))
                        for name, p in data["patterns"].items()}
    data["session_code_line"]["line"] = re.compile(data["session_code_line"]["pattern"], re.M)
    data["event_topic_tail"]["compiled"] = re.compile(data["event_topic_tail"]["pattern"])
    data["number_in_name"]["compiled"] = re.compile(data["number_in_name"]["pattern"])
    data["title_after_its_clock"]["compiled"] = re.compile(data["title_after_its_clock"]["after_clock"])
    return data


def _qualifier_words(classifiers: str) -> tuple[str, str, list[str]]:
    """The words a qualifier is written with, read from the qualifiers lexicon, longest first: the
    shapes of those before a number and right after it (`before`, `after`), and the words after
    its classifier (`after_classifier`: 3000名左右). An after word that ends with a classifier
    (多个) is left to the classifier check (find_quantities); + counts only where no digit or
    word follows it (420+, not 4+2)."""
    concepts = load_lexicon().concepts_in("qualifier")

    def words(field: str) -> list[str]:
        return sorted({w for c in concepts for w in c.get(field, [])}, key=lambda w: (-len(w), w))

    after = [w for w in words("after") if w[-1] not in classifiers]
    return ("|".join(map(re.escape, words("before"))),
            "|".join(r"\+(?![\d\w])" if w == "+" else re.escape(w) for w in after), words("after_classifier"))


def _latin_honorific_shape() -> str:
    """An honorific written before a Latin name (Ms., Dr, H.E.), its forms read from the honorifics
    lexicon (`latin`), so a pattern of mentions.json names {LATIN_HONORIFIC} instead of listing them."""
    forms = {f for c in load_lexicon().concepts_in("honorific") for f in c.get("latin", [])}
    return "(?:" + "|".join(map(re.escape, sorted(forms, key=lambda f: (-len(f), f)))) + r")(?:(?<=\.)\s*|\s+)"


# --- dates and times --------------------------------------------------------------------------

def find_dates(text: str, rules: dict[str, Any]) -> list[Mention]:
    """Dates as precise as the text: a day range, a day, a month, a year range, a year."""
    found = []
    for name in ("date_range_words", "date_range", "date_words", "date", "date_numeric", "year_month", "year_range", "year",
                 "month_no_year", "day_only"):
        for m in rules["compiled"][name].finditer(text):
            value = _date_value(name, m, rules["month_names"])
            if value:
                found.append(Mention("DATE", m.start(), m.end(), m.group(0), None, value))
    return found + _days_joined(text, found, rules["date_range_joined"]["between"])


def _days_joined(text: str, dates: list[Mention], between: str) -> list[Mention]:
    """从 6 十一月 2029 到 8 十一月 2029, 2029年11月6日至2029年11月8日: two whole days joined by a
    word of range (mentions.json `date_range_joined`) are one span of days."""
    days = sorted((d for d in dates if d.value.get("precision") == "day" and "end" not in d.value),
                  key=lambda d: (d.start, -d.end))
    joined = []
    for first, last in zip(days, days[1:]):
        if first.end <= last.start and re.fullmatch(between, text[first.end:last.start]) \
                and first.value["start"] < last.value["start"]:
            joined.append(Mention("DATE", first.start, last.end, text[first.start:last.end], None,
                                  {"start": first.value["start"], "end": last.value["start"], "precision": "day"}))
    return joined


def _date_value(name: str, m: re.Match, month_names: dict[str, int]) -> dict[str, Any] | None:
    g = m.groupdict()
    if name.endswith("_words"):
        name = name.removesuffix("_words")
        g = _numbered_months(name, g, month_names)
    y = g.get("y")
    if name == "date_range":
        y2 = g.get("y2") or y
        mo2 = g.get("mo2") or g["mo"]
        if g.get("both") and (mo2 != g["mo"] or int(g["d2"]) != int(g["d"]) + 1):
            return None  # 6月10日和11日 is a two-day span; 5日和8日 are two days apart

        return {"start": _ymd(y, g["mo"], g["d"]), "end": _ymd(y2, mo2, g["d2"]), "precision": "day"}
    if name == "date_numeric":  # 2015-07-01, 2015/07/01: a web page's date
        return {"start": _ymd(y, g["mo"], g["d"]), "precision": "day", "month": int(g["mo"]), "day": int(g["d"])}
    if name == "date":
        return {"start": _ymd(y, g["mo"], g["d"]), "precision": "day" if y else "day-no-year",
                "month": int(g["mo"]), "day": int(g["d"])}
    if name == "year_month":
        return {"start": f"{int(y):04d}-{int(g['mo']):02d}", "precision": "month"}
    if name == "year_range":
        return {"start": y, "end": g["y2"], "precision": "year"}
    if name == "year":
        return {"start": y, "precision": "year"}
    if name == "day_only":
        return {"start": f"---{int(g['d']):02d}", "precision": "day-no-month", "day": int(g["d"])}
    if name == "month_no_year":
        return {"start": f"--{int(g['mo']):02d}", "precision": "month-no-year"}
    return None


def _numbered_months(name: str, g: dict[str, str | None], month_names: dict[str, int]) -> dict[str, str | None]:
    """The groups of a date written with month words as those of one written with numbers:
    14-16 十月 2031 and 十月 14-16, 2031 (a range: its first month is its last unless named),
    14 十月 2031 and 十月 14, 2031 (one day)."""
    if name == "date_range" and g.get("mo3"):
        g = {"mo": g["mo3"], "d": g["d3"], "mo2": g["mo3"], "d2": g["d4"], "y": g["y3"]}
    elif name == "date_range":
        g = {"mo": g.get("mo") or g["mo2"], "d": g["d"], "mo2": g["mo2"], "d2": g["d2"], "y": g["y"]}
    elif g.get("mo2"):
        g = {"mo": g["mo2"], "d": g["d2"], "y": g.get("y2")}
    return {k: str(month_names[v]) if k in ("mo", "mo2") and v else v for k, v in g.items()}


def _ymd(y: str | None, mo: str, d: str) -> str:
    if not y:
        return f"--{int(mo):02d}-{int(d):02d}"
    return f"{int(y):04d}-{int(mo):02d}-{int(d):02d}"


def _clock(hour: str, afternoon: bool) -> int:
    """下午3时: an hour said in the afternoon or evening counts from noon."""
    h = int(hour)
    return h + 12 if afternoon and h < 12 else h


def _minutes(g: dict[str, Any], n: str) -> str:
    """10:30, 10时30分, 10时半, 10时: the minutes of a clock time, 00 when only the hour is said."""
    if g.get(f"m{n}"):
        return g[f"m{n}"]
    if g.get(f"m{n}w"):
        return f"{int(g[f'm{n}w']):02d}"
    return "30" if g.get(f"half{n}") else "00"


def find_time_ranges(text: str, rules: dict[str, Any]) -> list[Mention]:
    """`16:45 – 17:45(UTC+02:00)`, 上午10时至13时, 下午3点至5点半: start and end clock times with their
    UTC offset (hours said after 下午 count from noon)."""
    found = []
    for m in rules["compiled"]["time_range"].finditer(text):
        g = m.groupdict()
        offset = _offset(g.get("sign"), g.get("oh"), g.get("om"))
        afternoon = text.endswith(tuple(rules["afternoon_words"]), 0, m.start())
        h1, h2 = _clock(g["h1"], afternoon), _clock(g["h2"], afternoon or bool(g.get("pm2")))
        if h2 < h1:
            continue  # 10时至8时: no range of one day's hours
        value = {"start": f"{h1:02d}:{_minutes(g, '1')}:00", "end": f"{h2:02d}:{_minutes(g, '2')}:00",
                 "offset": offset}
        found.append(Mention("TIME", m.start(), m.end(), m.group(0), None, value))
    return found


def _offset(sign: str | None, hours: str | None, minutes: str | None) -> str | None:
    if not sign:
        return None
    return f"{'+' if sign in '+＋' else '-'}{int(hours):02d}:{int(minutes or 0):02d}"


# --- quantities -------------------------------------------------------------------------------

def find_quantities(text: str, rules: dict[str, Any], qualifiers: dict[str, str]) -> list[Mention]:
    """Numbers with their qualifier (超过 11,000 / 11,000多 / 近千 / 约 1,000 / 44%, 百分之四十四,
    近四成: shares written in words, 成 counting tenths)."""
    found = []
    for m in rules["compiled"]["quantity"].finditer(text):
        g = m.groupdict()
        number = parse_number(g["num"])
        if number is None:
            continue
        if not _numeral_is_quantity(text, m, g, rules["classifiers"]):
            continue
        if text.startswith(tuple(rules["not_counted_by"]["words"]), m.end()):
            continue  # 21世纪: a century, not 21 of something
        before, after = qualifiers.get(g.get("before") or ""), qualifiers.get(g.get("after") or "")
        if not after and text[m.end():m.end() + 1] in rules["classifiers"]:  # 3000名左右, 100个以上
            after = next((qualifiers[w] for w in rules["after_classifier"] if text.startswith(w, m.end() + 1)), None)
        # 共计11,000余名: the word after the number says more than the word before it
        qualifier = (after if before in (None, "exact") and after else before) or "exact"
        start = m.start("before") if g.get("before") else m.start("pct_zh") if g.get("pct_zh") else m.start("num")
        if not g.get("before") and is_magnitude_alone(g["num"]):
            word = next((w for w in rules["before_magnitude"] if text.endswith(w, 0, start)), None)
            if word:  # 上万人: more than ten thousand
                qualifier, start = rules["before_magnitude"][word], start - len(word)
        unit = "percent" if g.get("pct") or g.get("pct_zh") or g.get("tenths") else "count"
        if g.get("tenths"):  # 近四成: four tenths, 40%
            number *= 10
        value = {"number": number, "qualifier": qualifier, "unit": unit}
        end = m.end()
        found.append(Mention("QUANTITY", start, end, text[start:end], None, value))
    return found


def _numeral_is_quantity(text: str, m: re.Match, g: dict[str, str | None], classifiers: str) -> bool:
    """Chinese numerals count only before a classifier (五天, 三大, 近千名), never as ordinals (第二)."""
    start = m.start("num")
    if start > 0 and text[start - 1] in "第前后头":
        return False
    if g["num"][0].isdigit() or g.get("pct_zh") or g.get("tenths"):
        return True  # (百分之四十四, 四成: a share written in words)
    if g["num"] == "一" and not g.get("before"):
        return False  # 一场高级别对话: an article, not a count
    after = text[m.end(): m.end() + 1]
    return bool(g.get("before")) or (after != "" and after in classifiers)


# --- people -----------------------------------------------------------------------------------

def find_people(text: str, rules: dict[str, Any], lexicon: Lexicon,
                honorifics: dict[str, str], enders: tuple[str, ...] = (),
                bodies: tuple[str, ...] = ()) -> list[Mention]:
    """Transliterated names joined by `·`, a Latin name in parentheses, honorifics after.

    The given name's left edge is where transliteration characters stop (部长索利·马拉西 ->
    索利·马拉西). A bare surname with an honorific (马拉西先生) is a person mentioned before.
    """
    found: list[Mention] = []
    chars, inner = lexicon.transliteration_chars, lexicon.transliteration_inner_chars
    pattern = re.compile(rules["patterns"]["person_name"].replace("{TRANSLIT}", re.escape("".join(sorted(chars | inner)))))
    titles = sorted({w for c in lexicon.concepts_in("post") for w in c.get("triggers", [])}, key=len, reverse=True)
    for m in pattern.finditer(text):
        start, stop = _after_title(text, m.start(), titles), _before_name_ender(text, m, enders + bodies)
        while start < stop and text[start] in inner and _opens_no_name(text, start, lexicon.transliteration_inner_after):
            start += 1  # 及其约翰·史密斯: 其 opens no name (奥云|其其格: it goes on one begun before)
        if text.find("·", start, stop) <= start or text.find("·", start, stop) >= stop - 1:
            continue
        if bodies and text.startswith(bodies, stop):
            continue  # 卡耶塔诺·埃雷迪亚大学, 纳尔逊·曼德拉基金会: a body named after a person
        # 扎瓦扎瓦博士: 博 is a transliteration character, but here it begins the honorific
        while stop - start > 3 and any(text.startswith(w, stop - 1) for w in honorifics if len(w) > 1):
            stop -= 1
        end, value = _person_tail(text, stop, rules, honorifics)
        name = text[start:stop]
        value["name"] = name
        start = _honorifics_before(text, start, honorifics, value)
        found.append(Mention("PERSON", start, end, text[start:end], None, value))
    found.extend(_spaced_names(text, rules, honorifics))
    found.extend(_surname_references(text, found, rules, honorifics))
    return found


_HAN = re.compile(r"[\u4e00-\u9fff]")
def _opens_no_name(text: str, at: int, words_before: str) -> bool:
    """Whether the character before `at` ends a word (no Chinese character, or one of
    `words_before`: 及其), so an inner character there cannot go on a name."""
    before = text[at - 1:at]
    return not _HAN.match(before or " ") or before in words_before


def _spaced_names(text: str, rules: dict[str, Any], honorifics: dict[str, str]) -> list[Mention]:
    """朴 敏俊 阁下 先生（Park Min-jun）, 美咲 高桥（Misaki Takahashi）教授: a translation writes an
    East Asian name as English does, its two parts apart, and glosses it in Latin letters. Two
    runs of one to three Chinese characters with one space between, right before that gloss (and
    any honorifics between), are the name as written, space and all."""
    found = []
    words = sorted(honorifics, key=len, reverse=True)
    openers = rules["spaced_name_openers"]["chars"]  # 被主持由美咲 高桥: what stands before the first part
    for latin in rules["compiled"]["latin_in_parens"].finditer(text):
        pos = latin.start()
        value: dict[str, Any] = {"honorifics": [], "latin": latin.group("latin").strip()}
        while True:  # (阁下 先生 between the name and its gloss)
            pos = len(text[:pos].rstrip(" "))
            word = next((w for w in words if text.endswith(w, 0, pos) and len(w) > 1), None)
            if word is None:
                break
            value["honorifics"].insert(0, honorifics[word])
            pos -= len(word)
        second = pos
        while second > 0 and _HAN.match(text[second - 1]) and pos - second < 4:
            second -= 1
        first_end = second - 1
        if not 1 <= pos - second <= 3 or text[first_end:second] != " ":
            continue
        first = first_end
        while first > 0 and _HAN.match(text[first - 1]) and text[first - 1] not in openers:
            first -= 1
        if not 1 <= first_end - first <= 3 or any(text.startswith(w, first) for w in words):
            continue
        end = _read_honorifics(text, latin.end(), honorifics, value)
        value["name"] = text[first:pos].strip()
        found.append(Mention("PERSON", first, end, text[first:end], None, value))
    return found


def _before_name_ender(text: str, m: re.Match, enders: tuple[str, ...]) -> int:
    """安东尼奥·古特雷斯通过视频致辞: the name's last part ends before a word no name goes on over
    (`enders`: 通过 is made of transliteration characters too), after two characters of it."""
    last = text.rfind("·", m.start(), m.end()) + 1
    return next((i for i in range(last + 2, m.end()) if text.startswith(enders, i)), m.end())


def _after_title(text: str, start: int, titles: list[str]) -> int:
    """总理尼古拉·乔卡: 理 is a transliteration character, but here it ends the title 总理."""
    for title in titles:
        for cut in range(1, len(title)):
            if text.startswith(title, start - cut):
                return start - cut + len(title)
    return start


def _person_tail(text: str, pos: int, rules: dict[str, Any],
                 honorifics: dict[str, str]) -> tuple[int, dict[str, Any]]:
    """Read `(Latin Name)` and honorifics after a name, in either order (马拉西先生（Malatsi）,
    索利·马拉西（Solly Malatsi）先生); return the end and what was read."""
    value: dict[str, Any] = {"honorifics": []}
    latin = rules["compiled"]["latin_in_parens"].match(text, pos)
    if latin:
        value["latin"] = latin.group("latin").strip()
        pos = latin.end()
    pos = _read_honorifics(text, pos, honorifics, value)
    latin = None if "latin" in value or not value["honorifics"] else rules["compiled"]["latin_in_parens"].match(text, pos)
    if latin:
        value["latin"] = latin.group("latin").strip()
        pos = latin.end()
    return pos, value


def with_tail(text: str, person: Mention, rules: dict[str, Any], honorifics: dict[str, str]) -> Mention:
    """A person the name tagger found, with what follows the name read as for any person:
    a Latin name in brackets, honorifics (先生阁下)."""
    end, tail = _person_tail(text, person.end, rules, honorifics)
    value = {**tail, **{k: v for k, v in person.value.items() if k != "honorifics"}}
    value["honorifics"] = merged_honorifics(person.value.get("honorifics", []), tail["honorifics"])
    return Mention("PERSON", person.start, end, text[person.start:end], None, value)


def merged_honorifics(first: list[str], then: list[str]) -> list[str]:
    """Ms. Anusha Weerasinghe女士: the honorifics read before and after a name, each once, in order."""
    return first + [h for h in then if h not in first]


def _read_honorifics(text: str, pos: int, honorifics: dict[str, str], value: dict[str, Any]) -> int:
    """Read honorifics after a name (先生阁下), allowing the spaces reports put before them."""
    skipped = pos
    while skipped < len(text) and text[skipped] == " ":
        skipped += 1
    if any(text.startswith(w, skipped) for w in honorifics):
        pos = skipped
    while True:
        for word in sorted(honorifics, key=len, reverse=True):
            if text.startswith(word, pos):
                value["honorifics"].append(honorifics[word])
                pos += len(word)
                break
        else:
            return pos


def _honorifics_before(text: str, start: int, honorifics: dict[str, str], value: dict[str, Any]) -> int:
    """`阁下先生阿拉尔·卡里斯`: honorifics a translation put before the name."""
    found = True
    while found:
        found = False
        for word in sorted(honorifics, key=len, reverse=True):
            if text.endswith(word, 0, start):
                start -= len(word)
                if honorifics[word] not in value["honorifics"]:
                    value["honorifics"].insert(0, honorifics[word])
                found = True
                break
    return start


def _surname_references(text: str, people: list[Mention], rules: dict[str, Any],
                        honorifics: dict[str, str]) -> list[Mention]:
    surnames = {p.value["name"].split("·")[-1]: p.value["name"] for p in people}
    refs = []
    taken = [(p.start, p.end) for p in people]
    for surname, full in sorted(surnames.items()):
        for m in re.finditer(re.escape(surname) + "(?=" + "|".join(map(re.escape, honorifics)) + ")", text):
            if any(s <= m.start() < e for s, e in taken):
                continue
            value: dict[str, Any] = {"honorifics": [], "name": full, "reference": True}
            end = _read_honorifics(text, m.end(), honorifics, value)
            refs.append(Mention("PERSON", m.start(), end, text[m.start():end], None, value))
    return refs


# --- events, action lines, organisations made from a country ---------------------------------

def find_event_editions(text: str, lexicon: Lexicon) -> list[Mention]:
    """A series name with a year beside it names that year's edition."""
    found = []
    for key, pattern in lexicon.event_patterns:
        for m in pattern.finditer(text):
            g = m.groupdict()
            year = g.get("year_before") or g.get("year_mid") or g.get("year_after")
            value = {"year": year} if year else {}
            found.append(Mention("EVENT", m.start(), m.end(), m.group(0), key, value))
    return found


def find_unknown_events(text: str, lexicon: Lexicon) -> list[Mention]:
    """Events no lexicon entry knows (2025年全球数字合作大会): a year, a name, an event word."""
    if lexicon.unknown_event_pattern is None:
        return []
    return [Mention("EVENT", m.start(), m.end(), m.group(0), None,
                    {"year": m.group("year_before"), "name": m.group("name").strip()})
            for m in lexicon.unknown_event_pattern.finditer(text)]


def regional_events(text: str, mentions: list[Mention], lexicon: Lexicon) -> list[Mention]:
    """非洲区域信息社会世界峰会论坛: a region right before a known series' name (events.json
    `regional_qualifier`) names a regional event of that family, not the series itself. The
    region's mentions give way to the longer name."""
    if lexicon.regional_qualifier is None:
        return mentions
    regional = []
    for m in mentions:
        q = lexicon.regional_qualifier.search(text, max(0, m.start - 24), m.start) \
            if m.label == "EVENT" and m.key is not None else None
        if q is not None:
            year = q.group("year") or m.value.get("year")
            regional.append(Mention("EVENT", q.start(), m.end, text[q.start():m.end], None,
                                    {"year": year, "name": text[q.start("region"):m.end]}))
    if not regional:
        return mentions
    spans = [(r.start, r.end) for r in regional]
    return sorted([m for m in mentions if not any(s < m.end and m.start < e for s, e in spans)] + regional,
                  key=lambda m: (m.start, m.end))


def find_kind_named_events(text: str, mentions: list[Mention], lexicon: Lexicon) -> list[Mention]:
    """第五届亚太信息社会高级别对话, 2021年贸发会议中亚…专题讲习班 in a report no event word names: a
    kind of session with its edition or year before it (and bodies, places and topics between)
    names the report's event (events.json, `edition_before_kind`)."""
    if lexicon.edition_before_kind is None:
        return []
    found = []
    for kind in (m for m in mentions if m.label == "SESSION_TYPE"):
        line_start = text.rfind("\n", 0, kind.start) + 1
        before = lexicon.edition_before_kind.search(text, max(line_start, kind.start - 32), kind.start)
        if before is None or any(before.start() < m.end and m.start < kind.start
                                 for m in mentions if m.label in ("PERSON", "EVENT", "ROLE", "SESSION_TYPE")):
            continue
        name = (before.group("name") or "").strip() + kind.text
        found.append(Mention("EVENT", before.start(), kind.end, text[before.start():kind.end], None,
                             {"name": name, "unknown": True, "year": before.group("year_before"), "kind": kind.key}))
    return found


def find_head_first_events(text: str, lexicon: Lexicon) -> list[Mention]:
    """论坛 法语区 的 治理 数字 2036 as a page's title: in a report no event word names, a title line
    of its first lines with the event word first and the year last (events.json `head_first`)
    names its event, here and wherever the text writes those words again."""
    if lexicon.head_first is None:
        return []
    head = "\n".join(text.split("\n")[:lexicon.head_first_lines])
    title = lexicon.head_first.search(head)
    if title is None:
        return []
    name, year = title.group("name"), title.group("year_after")
    return [Mention("EVENT", m.start(), m.end(), name, None, {"name": name, "unknown": True, "year": year})
            for m in re.finditer(re.escape(name), text)]  # (the words' own mentions give way to the longer name)


def find_title_line_events(text: str, mentions: list[Mention], lexicon: Lexicon) -> list[Mention]:
    """青年峰会关于数字技能 as a page's title (events.json `title_line_event`): in a report no event
    word names otherwise, a short title line among the first with an event's head word names its
    event, here and wherever the text writes those words again; a session's title line is left to
    the session page's reading, a sentence or a field to theirs."""
    spec = lexicon.title_line
    if not spec:
        return []
    start = 0
    for line in text.split("\n")[:spec["lines"]]:
        a, b = start + len(line) - len(line.lstrip()), start + len(line.rstrip())
        start += len(line) + 1
        words = text[a:b]
        heads = [a + h.start() for h in spec["heads"].finditer(words)]  # (贸发会议: a body's name, no event word)
        free = [h for h in heads if not any(m.start <= h < m.end for m in mentions if m.label in ("ORG", "COUNTRY", "PLACE"))]
        if not words or len(words) > spec["max_chars"] or not free \
                or any(mark in words for mark in "。；;：:，,！!？?|｜>›»") \
                or any(m.label in ("SESSION_TYPE", "DATE", "PERSON") and a <= m.start < b for m in mentions):
            continue
        year = spec["year_after"].search(words)
        value = {"name": words, "unknown": True, "year": year.group("year") if year else None}
        return [Mention("EVENT", m.start(), m.end(), words, None, dict(value)) for m in re.finditer(re.escape(words), text)]
    return []


def find_code_titled_sessions(text: str, mentions: list[Mention], rules: dict[str, Any]) -> list[Mention]:
    """An agenda's session page (标题 / 组织方 / 会话404 / 星期二, 8 七月 2025 14:00–14:45): in a report
    no event word names, a line holding only a session's number (mentions.json `session_code_line`)
    says the page is one session's; its title is the first of the few lines above it that is not
    only the names of bodies (the organisers' line), and that title names the report's event."""
    code = rules["session_code_line"]["line"].search(text)
    if code is None:
        return []
    rows, pos = [], code.start()
    while pos > 0 and len(rows) < rules["session_code_line"]["lines_above"]:
        start = text.rfind("\n", 0, pos - 1) + 1
        line = text[start:pos - 1]
        if line.strip():
            rows.append((start + len(line) - len(line.lstrip()), start + len(line.rstrip())))
        pos = start
    for a, b in reversed(rows):
        bodies = sum(m.end - m.start for m in mentions if a <= m.start and m.end <= b and m.label in ("ORG", "COUNTRY"))
        words = text[a:b]
        if b - a >= 6 and bodies < len(words.replace(" ", "")) // 2 and not words.endswith(("。", "：", ":")):
            return [Mention("EVENT", a, b, words, None, {"name": words, "unknown": True, "year": None})]
    return []


def find_action_lines(text: str, lexicon: Lexicon) -> list[Mention]:
    if lexicon.action_line_pattern is None:
        return []
    found = []
    for m in lexicon.action_line_pattern.finditer(text):
        code = (m.group("code1") or m.group("code2")).replace(" ", "").lower()
        found.append(Mention("ACTION_LINE", m.start(), m.end(), m.group(0), f"action-line:{code}"))
    return found


def find_concept_shapes(text: str, lexicon: Lexicon) -> list[Mention]:
    """Concepts written with a number inside (第三场会议): the shapes a concept's `patterns` give."""
    return [Mention(label, m.start(), m.end(), m.group(0), key)
            for label, key, shape in lexicon.concept_patterns for m in shape.finditer(text)]


def find_unknown_tiers(text: str, lexicon: Lexicon, named: list[Mention]) -> list[Mention]:
    """钻石级合作伙伴 Diamond Partner：…: a partner list's label that no tier lists (tiers.json
    `unknown_shape`), where no known name stands: a tier of its own, minted from its words."""
    shape = lexicon.schemes.get("tier", {}).get("unknown_shape")
    if shape is None:
        return []
    found = []
    for m in shape.finditer(text):
        a, b = m.span("tier")
        if not any(n.start < b and a < n.end for n in named):
            found.append(Mention("TIER", a, b, text[a:b], None, {"unknown": True}))
    return found


def find_bare_tiers(text: str, lexicon: Lexicon, named: list[Mention]) -> list[Mention]:
    """赞助商 Sponsors / Platinum 白金 —— APNIC（…）: in a partner list's section a tier may be labelled
    by its metal or word alone (tiers.json `bare_labels`), opening its line before a dash, a colon,
    a bar or the line's end, where no known name stands; its Chinese word, else its English, says which."""
    spec = lexicon.schemes.get("tier", {}).get("bare_labels")
    if not spec:
        return []
    found, section_end, start = [], -1, 0
    for row, line in enumerate(text.splitlines(keepends=True)):
        body, m = line.strip(), spec["label"].match(line)
        if m is None and body and len(body) <= _SECTION_HEAD_MAX and not any(ch in body for ch in "。，,；;") \
                and any(head in body for head in spec["section_heads"]):
            section_end = row + spec["max_lines"]
        elif m is not None and row <= section_end:
            a, b = start + m.start("tier"), start + m.end("tier")
            if not any(n.start < b and a < n.end for n in named):
                key = spec["tier_of"][m.group("chinese") or m.group("alone")]
                found.append(Mention("TIER", a, b, text[a:b], key, {}))
        start += len(line)
    return found


_SECTION_HEAD_MAX = 30  # 赞助商 Sponsors: a partner section's heading is a short line


def find_template_orgs(text: str, countries: list[Mention], lexicon: Lexicon) -> list[Mention]:
    """`印度常驻代表团`: a country followed by a template suffix is an organisation of it."""
    found = []
    for country in countries:
        for template in lexicon.org_templates:
            for suffix in sorted(template["suffix_zh"], key=len, reverse=True):
                if text.startswith(suffix, country.end):
                    end = country.end + len(suffix)
                    value = {"template": template, "country": country.key, "suffix": suffix}
                    found.append(Mention("ORG", country.start, end, text[country.start:end], None, value))
                    break
    return found
