"""Find every mention in a document: lexicon names first, then shapes; keep the longest.

Matching (this module) is separate from reading facts (rules.py), as in spaCy's span ruler.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from functools import cache

from ..model import Mention
from . import patterns
from .conventions import conventions
from .names import (ABBR_AFTER, CJK, ORDINAL, QUOTED_NAME, NameData, abbreviation_after, closing_abbreviation,
                    find_unknown_names, name_data, office_heads, other_editions)
from .divisions import find_divisions
from .gazetteer import Gazetteer
from .lexicon import Lexicon

# On equal length, the mention found by the more specific finder wins.
_PRIORITY = {"EVENT": 0, "TIME": 1, "DATE": 2, "PERSON": 3, "ACTION_LINE": 4, "ORG": 5, "COUNTRY": 6,
             "PLACE": 7, "SESSION_TYPE": 8, "TIER": 9, "ROLE": 10, "POST": 11, "MEASURE": 12,
             "QUANTITY": 13, "RELATION": 14, "TOPIC_KIND": 15, "TOPIC": 16, "EVENT_REF": 17, "HONORIFIC": 18}
# Every label a mention may carry: the finders' labels, and a specific session (sessions.py).
LABELS = frozenset(_PRIORITY) | {"SESSION"}


_GAZETTEERS: dict[int, Gazetteer] = {}


def gazetteer(lexicon: Lexicon) -> Gazetteer:
    """One trie per loaded lexicon (lexicons are loaded once and cached)."""
    if id(lexicon) not in _GAZETTEERS:
        _GAZETTEERS[id(lexicon)] = Gazetteer.from_lexicon(lexicon)
    return _GAZETTEERS[id(lexicon)]


def find_mentions(text: str, lexicon: Lexicon, rules: dict, source: str | None = None) -> list[Mention]:
    """All mentions of `text`, non-overlapping, sorted by position. `source` is the text as written,
    offset for offset, where the reading view blanks a bilingual page's English glosses."""
    named = _state_forms(text, gazetteer(lexicon).find(text))
    honorifics = {w: c["key"] for c in lexicon.concepts_in("honorific") for w in c.get("triggers", [])}
    latin_honorifics = {w: c["key"] for c in lexicon.concepts_in("honorific") for w in c.get("latin", [])}
    qualifiers = _qualifier_words(lexicon)
    shaped = (patterns.find_dates(text, rules)
              + patterns.find_time_ranges(text, rules)
              + patterns.find_quantities(text, rules, qualifiers)
              + patterns.find_people(text, rules, lexicon, honorifics, _name_enders(), _body_heads())
              + patterns.find_event_editions(text, lexicon)
              + patterns.find_action_lines(text, lexicon)
              + patterns.find_concept_shapes(text, lexicon)
              + find_divisions(text, named, name_data().divisions))
    shaped = _after_known_places(text, named, _no_places_in_dots(text, named, shaped))
    # a concept's shape with words around it (讨论被主持由: a moderator) overrides its bare word's reading
    shapes = {(m.start, m.end) for m in shaped if m.label in ("ROLE", "POST", "TIER") and m.key}
    named = [m for m in named if (m.start, m.end) not in shapes]
    countries = [m for m in named if m.label == "COUNTRY"]
    shaped += patterns.find_template_orgs(text, countries, lexicon)
    shaped += patterns.find_unknown_tiers(text, lexicon, [m for m in named + shaped if m.label in ("TIER", "ORG")])
    shaped += patterns.find_bare_tiers(text, lexicon, [m for m in named + shaped if m.label in ("TIER", "ORG", "PERSON")])
    known = _counted_only(text, select_longest(named + shaped))
    unknown = [patterns.with_tail(text, m, rules, honorifics) if m.label == "PERSON" else m
               for m in find_unknown_names(text, known, list(honorifics), latin_honorifics,
                                            transliteration=lexicon.transliteration_chars)]
    chosen = _short_names_of_units(lexicon, _units_of_bodies(text, select_longest(_not_counted(text, unknown, known, rules["classifiers"]))))
    chosen = _branches_of_bodies(text, chosen, name_data())
    chosen = patterns.regional_events(text, _joined_at_a_dot(text, chosen), lexicon)
    if not any(m.label == "EVENT" for m in chosen):
        # A report about an event no lexicon knows: name it from the text, so its facts are read.
        chosen = select_longest(chosen + patterns.find_unknown_events(text, lexicon))
    if not any(m.label == "EVENT" for m in chosen):
        chosen = _kind_calls_the_event(select_longest(chosen + patterns.find_kind_named_events(text, chosen, lexicon)))
    if not any(m.label == "EVENT" for m in chosen):
        chosen = select_longest(chosen + patterns.find_head_first_events(text, lexicon))
    if not any(m.label == "EVENT" for m in chosen):
        chosen = select_longest(chosen + patterns.find_code_titled_sessions(text, chosen, rules))
    if not any(m.label == "EVENT" for m in chosen):
        chosen = select_longest(chosen + patterns.find_title_line_events(text, chosen, lexicon))
    chosen = _titles_held_with_a_word(text, chosen, name_data())
    chosen = _titles_after_their_clock(text, chosen, lexicon, rules["title_after_its_clock"]["compiled"])
    chosen = _abbreviations_again(text, _named_by_known_abbreviation(text, chosen))
    chosen = _short_names_defined(text, chosen, rules["short_name_defined"]["pattern"])
    chosen = _short_names_defined(text, chosen, rules["short_name_in_brackets"]["pattern"], bracketed=True)
    chosen = _pointed_bodies(text, chosen)
    chosen = _pointed_kinds(text, chosen)
    chosen = _people_named_again(_after_nationality(text, chosen, name_data().nationality_marks))
    chosen = _surnames_again(text, chosen, name_data())
    chosen = _parts_after_their_whole(text, chosen, lexicon)
    chosen = _native_names_in_brackets(text, chosen)
    chosen = _topic_tails_of_events(text, chosen, rules["event_topic_tail"]["compiled"])
    chosen = _years_in_session_names(text, chosen, _gap(rules["year_in_name"]["gap"]))
    chosen = _kinds_in_session_names(text, chosen, _gap(rules["kind_in_name"]["gap"]))
    chosen = _numbers_in_session_names(text, chosen, rules["number_in_name"]["compiled"])
    chosen = [m for m in chosen if not _in_longer_word(text, m, rules["in_longer_word"])]
    chosen = _events_held_for_events(text, chosen, name_data().events_for_events)
    chosen = _joined_events(text, chosen, name_data().joined_event_tail)
    chosen = _joint_events(text, chosen, name_data().joint_event)
    chosen = _editions_of_a_series(corefer_unknown_events(
        _editions_dated_after(text, other_editions(text, _quoted_as_written(text, chosen)), name_data())))
    chosen = _editions_named_in_brackets(text, chosen)
    chosen = _roles_glossed_in_english(text, chosen, lexicon, source or text)
    chosen = _role_words_with_their_unit(text, chosen, rules["role_word_units"])
    chosen = _bare_event_word_before_a_role(text, chosen)
    chosen = _cities_set_as_places(text, chosen, lexicon, rules["city_as_place"])
    chosen = _known_events_abbreviated(chosen)
    return _complete_days(_headline_shortens_lead(text, _no_glosses(text, _no_kind_glosses(text, chosen))))


def _known_events_abbreviated(chosen: list[Mention]) -> list[Mention]:
    """十年审查（WSIS+10）: a known event written with its abbreviation in brackets is called by
    that abbreviation too, as a name no lexicon knows is (`abbr`)."""
    out = []
    for m in chosen:
        abbr = closing_abbreviation(m.text) if m.label == "EVENT" and m.key and not m.value.get("abbr") else None
        out.append(Mention(m.label, m.start, m.end, m.text, m.key, {**m.value, "abbr": abbr.group("abbr").strip()})
                   if abbr is not None and abbr.start() > 0 else m)
    return out


def _editions_named_in_brackets(text: str, chosen: list[Mention]) -> list[Mention]:
    """上一届论坛（2028年信息社会世界峰会非洲区域论坛）于…举行: another edition pointed at, then named
    in brackets right after: the name says which event it is, and what the sentence says is said of
    that name, so the pointing words are no mention of their own."""
    at = {m.start: m for m in chosen if m.label == "EVENT"}
    dropped = set()
    for m in chosen:
        if m.label != "EVENT" or not m.value.get("edition_kind") or text[m.end:m.end + 1] not in ("（", "("):
            continue
        named = at.get(m.end + 1)
        if named is not None and text[named.end:named.end + 1] in ("）", ")"):
            dropped.add(id(m))
    return [m for m in chosen if id(m) not in dropped]


def _role_words_with_their_unit(text: str, chosen: list[Mention], spec: dict) -> list[Mention]:
    """共同组织单位：A；B: an organising role's word and the word for who takes it (mentions.json
    `role_word_units`) right after it are one role word, so a field so labelled lists the role's holders."""
    starts = {m.start for m in chosen}
    out = []
    for m in chosen:
        unit = next((w for w in spec["words"] if text.startswith(w, m.end)), None) \
            if m.label == "ROLE" and m.key in spec["roles"] else None
        if unit is not None and not any(m.end <= s < m.end + len(unit) for s in starts):
            m = Mention(m.label, m.start, m.end + len(unit), text[m.start:m.end + len(unit)], m.key, m.value)
        out.append(m)
    return out


def _cities_set_as_places(text: str, chosen: list[Mention], lexicon: Lexicon, spec: dict) -> list[Mention]:
    """在合肥召开: a city GeoNames names (lexicon.city_names) is a place where the text sets one,
    between a word of place and a verb of holding or a mark (mentions.json `city_as_place`), and
    where nothing else was read."""
    if not lexicon.city_names:
        return chosen
    found, replaced = [], set()
    for m in _city_pattern(lexicon, spec).finditer(text):
        start, end = m.span("name")
        over = [c for c in chosen if c.start < end and start < c.end]
        # 内蒙古自治区呼和浩特市, read as a city no lexicon knows: the one GeoNames knows
        if any(not _unknown_city_named(c, m.group("name")) for c in over):
            continue
        replaced |= {id(c) for c in over}
        found.append(Mention("PLACE", start, end, m.group("name"), lexicon.city_names[m.group("name")]))
    if not found:
        return chosen
    return sorted([m for m in chosen if id(m) not in replaced] + found, key=lambda m: (m.start, m.end))


def _unknown_city_named(m: Mention, name: str) -> bool:
    value = m.value or {}
    return m.label == "PLACE" and m.key is None and value.get("place_kind") == "city" \
        and value.get("name") in (name, name.removesuffix("市"))


_CITY_PATTERNS: dict[int, re.Pattern] = {}


def _city_pattern(lexicon: Lexicon, spec: dict) -> re.Pattern:
    key = id(lexicon.city_names)
    if key not in _CITY_PATTERNS:
        alternation = lambda words: "|".join(map(re.escape, sorted(words, key=len, reverse=True)))  # noqa: E731
        _CITY_PATTERNS[key] = re.compile(
            rf"(?:{alternation(spec['before'])})\s*(?:[\u4e00-\u9fff]{{2,8}}?(?:{alternation(spec['regions'])}))?"
            rf"\s*(?P<name>{alternation(lexicon.city_names)})"
            rf"(?=\s*(?:{alternation(spec['after'])})|[^\u4e00-\u9fff])")
    return _CITY_PATTERNS[key]


# 主持（chaired）; a bilingual field's label 共同主持 Co-facilitators：
_ENGLISH_GLOSS = re.compile(r"\s*[（(]\s*(?P<words>[A-Za-z][A-Za-z \-]{1,30}?)\s*[）)]"
                            r"|[ \t\u3000]+(?P<label>[A-Za-z][A-Za-z \-]{1,30}?)[ \t]*(?=[：:])")


def _roles_glossed_in_english(text: str, mentions: list[Mention], lexicon: Lexicon, source: str) -> list[Mention]:
    """被主持（chaired）由X, 主持（moderated）, 共同主持 Co-facilitators：: a translation (or a bilingual
    field's label) keeps the English word after a role word
    that Chinese says one way for several roles; that word (the roles lexicon's `latin` forms) says
    which role it is, and the mention takes it in, so no reading of the Chinese word alone overrides it."""
    forms = {w.casefold(): c["key"] for c in lexicon.concepts_in("role") for w in c.get("latin", [])}
    out = []
    for m in mentions:
        gloss = _ENGLISH_GLOSS.match(source, m.end) if m.label == "ROLE" else None  # (blanked in the view)
        key = forms.get(" ".join((gloss.group("words") or gloss.group("label")).split()).casefold()) if gloss else None
        concept = lexicon.concepts.get(m.key or "", {})
        if key is not None and (key != m.key or m.text in concept.get("elsewhere", {}) or concept.get("in_sessions")):
            # (主席（Chair）：X says what 主席 says anyway: the field's label is left as it is)
            joint = next((w for w in lexicon.schemes.get("role", {}).get("joint_words", [])
                          if text.endswith(w, 0, m.start)), "")  # 共同主持 Co-facilitators：
            start = m.start - len(joint)
            m = Mention("ROLE", start, gloss.end(), text[start:gloss.end()], key, {**(m.value or {}), "glossed": True})
        out.append(m)
    return out


def _bare_event_word_before_a_role(text: str, mentions: list[Mention]) -> list[Mention]:
    """协会会长、论坛副主席X: the bare word of the report's event (论坛, 峰会, 大会: reading.json
    `bare_event_words`) written right before a role word, after a mark or a list, says whose
    officer X is: that event's, whatever event the sentence names later (reading.json
    `bare_event_word_before_role`). Only when the text names an event of that word."""
    reading = conventions()
    words = [w for w in reading.bare_event_words
             if any(m.label == "EVENT" and m.value.get("name", m.text).endswith(w) for m in mentions)]
    taken = [(m.start, m.end) for m in mentions]
    out = list(mentions)
    for m in mentions:
        word = next((w for w in words if m.label == "ROLE" and text.endswith(w, 0, m.start)), None)
        at = m.start - len(word) if word else 0
        if word is None or not (at == 0 or text.endswith(reading.bare_word_before_role_after, 0, at)) \
                or any(s < m.start and at < e for s, e in taken):
            continue
        out.append(Mention("EVENT_REF", at, m.start, word, "event:@main", {}))
    return sorted(out, key=lambda m: (m.start, m.end))


def _parts_after_their_whole(text: str, mentions: list[Mention], lexicon: Lexicon) -> list[Mention]:
    """信息社会世界峰会分两个阶段举行，第一阶段于2003年在日内瓦举行: a part of an event written alone
    (names.json `event_part`) after the event's name in its paragraph (the nearest before it) is the
    event the lexicon knows by the two together (信息社会世界峰会第一阶段)."""
    found, replaced = [], set()
    for part in name_data().event_part.finditer(text):
        a, b = part.span()
        over = [m for m in mentions if m.start < b and a < m.end]
        if any(not _unknown_part(m, a, b) for m in over):
            continue  # (a name the text or the lexicon gives, holding the part, stays)
        opening = text.rfind("\n", 0, a) + 1
        named = next((m for m in reversed(list(_wholes_with(text, opening, a, part.group(), lexicon)))), None)
        if named is not None:
            found.append(Mention("EVENT", a, b, part.group(), named.key, dict(named.value)))
            replaced |= {id(m) for m in over}
    kept = [m for m in mentions if id(m) not in replaced]
    return sorted(kept + found, key=lambda m: (m.start, m.end)) if found else mentions


def _unknown_part(m: Mention, start: int, end: int) -> bool:
    """第一阶段会议 as the tagger read it: an event no lexicon knows that is the part's words alone."""
    return m.label == "EVENT" and m.key is None and m.start == start and m.end == end


def _wholes_with(text: str, opening: int, at: int, part: str, lexicon: Lexicon) -> Iterator[Mention]:
    """The known events named by words of the paragraph before `at` that end with an event's head
    noun (信息社会世界峰会) and the part after them (第一阶段)."""
    heads = name_data().event_heads
    for end in range(opening + 1, at + 1):
        if not any(text.endswith(h, opening, end) for h in heads):
            continue
        for start in range(max(opening, end - 30), end - 1):
            named = known_event(text[start:end] + part, lexicon)
            if named is not None:
                yield named


def known_event(words: str, lexicon: Lexicon) -> Mention | None:
    """The lexicon's event that these words, all of them, name (信息社会世界峰会第一阶段), if any."""
    return next((m for m in gazetteer(lexicon).find(words)
                 if m.label == "EVENT" and m.key and (m.start, m.end) == (0, len(words))), None)


_GLOSS_GAP = re.compile(r"[\s（(]*")


def _no_glosses(text: str, mentions: list[Mention]) -> list[Mention]:
    """主持人 Moderator, 主席（Chair）, 铂金赞助商（Platinum Sponsor）: a role, office or tier word in Latin letters right
    beside one of the same concept only glosses it; it is no second mention (a field's label stays
    one label). A body's abbreviation in brackets stays: it is a name of its own."""
    out: list[Mention] = []
    for m in mentions:
        before = out[-1] if out else None
        if before is not None and m.label in ("ROLE", "POST", "TIER") and m.key and m.key == before.key \
                and m.text.isascii() != before.text.isascii() \
                and _GLOSS_GAP.fullmatch(text, before.end, m.start):
            if m.text.isascii():
                continue
            out.pop()  # Moderator 主持人: the English word before glosses the Chinese one
        out.append(m)
    return out


def _joined_at_a_dot(text: str, mentions: list[Mention]) -> list[Mention]:
    """司长鲁思·阿基尼·奥蒂诺女士: two people read on either side of a middle dot (思 is no
    transliteration character, so the dotted name was read from 阿基尼 on, and 鲁思 after the
    office) are one transliterated name."""
    out: list[Mention] = []
    for m in mentions:
        before = out[-1] if out else None
        if before is not None and m.label == before.label == "PERSON" and before.end + 1 == m.start \
                and text[before.end] in "·•・" and not before.value.get("honorifics"):
            name = f"{before.value.get('name', before.text)}·{m.value.get('name', m.text)}"
            out[-1] = Mention("PERSON", before.start, m.end, text[before.start:m.end], None, {**m.value, "name": name})
            continue
        out.append(m)
    return out


def _no_kind_glosses(text: str, mentions: list[Mention]) -> list[Mention]:
    """高级别对话关于WSIS愿景超越2030（关于2030年后信息社会世界峰会愿景的高级别对话）: a translation
    names a session in English order, then restates the name in Chinese order in brackets. A
    session's kind word that closes such a bracket, opened in the clause of an earlier kind word,
    glosses that session; it names no second one."""
    kinds = [m for m in mentions if m.label == "SESSION_TYPE"]
    glosses = set()
    for m in kinds:
        if text[m.end:m.end + 1] not in ("）", ")"):
            continue
        opening = max(text.rfind("（", 0, m.start), text.rfind("(", 0, m.start))
        if opening < 0 or any(ch in text[opening:m.start] for ch in "）)\n"):
            continue
        if any(k.end <= opening and not any(ch in text[k.end:opening] for ch in "，,。；;\n") for k in kinds):
            glosses.add(id(m))
    return [m for m in mentions if id(m) not in glosses]


def _named_by_known_abbreviation(text: str, mentions: list[Mention]) -> list[Mention]:
    """联合国贸易和发展大会(UNCTAD), 联合国发展计划署(UNDP): a name no lexicon knows followed by the
    abbreviation of a body the lexicon knows, alone in brackets, is that body written another way;
    an edition (第25届互联网治理论坛（IGF）, by its ordinal or its year) is a meeting of that body,
    not the body."""
    out = list(mentions)
    for i, m in enumerate(mentions[:-1]):
        after = mentions[i + 1]
        if m.key is not None or m.label not in ("ORG", "EVENT") or after.label != "ORG" or after.key is None:
            continue
        if m.label == "EVENT" and (ORDINAL.search(m.text) or m.value.get("year")):
            continue  # (2025年互联网治理论坛（IGF）: that year's meeting)
        bracketed = ABBR_AFTER.match(text, m.end)
        if bracketed is not None and bracketed.span("abbr") == (after.start, after.end):
            out[i] = Mention("ORG", m.start, m.end, m.text, after.key, {})
    return out


_QUOTES = {"“": "”", "「": "」", "『": "』", '"': '"'}


def _titles_held_with_a_word(text: str, mentions: list[Mention], data: NameData) -> list[Mention]:
    """于2月11日举行的“人工智能与数字未来”活动: a title in quotes and a generic word after it (names.json
    quoted_events `heads_after`) name an event where a clause of holding stands right before it
    (`held_of`); without that clause (开展“数字素养”活动) they may name a campaign. Read after the
    report's own event was looked for, so such an event, told in passing, is never taken for it."""
    found = []
    for m in QUOTED_NAME.finditer(text):
        word = next((w for w in data.quoted_heads_after if text.startswith(w, m.end())), None)
        if word is None or not data.held_of.search(text, max(0, m.start() - 8), m.start()):
            continue
        end = m.end() + len(word)
        if any(o.start < end and m.start() < o.end and o.label in ("EVENT", "ORG") for o in mentions):
            continue
        name = text[m.start():end]
        found.append(Mention("EVENT", m.start(), end, name, None, {"name": name, "unknown": True, "year": None}))
    if not found:
        return mentions
    spans = [(f.start, f.end) for f in found]
    kept = [o for o in mentions if not any(a < o.end and o.start < b for a, b in spans)]
    return sorted(kept + found, key=lambda o: (o.start, o.end))


def _titles_after_their_clock(text: str, mentions: list[Mention], lexicon: Lexicon, after_clock: re.Pattern) -> list[Mention]:
    """5月14日10:00至11:30（UTC+03:00），人工智能促进公共服务在…举行: a title right after a day's clock
    time (and the room), held or run by the verb after it, names a session though no kind word says
    so (mentions.json `title_after_its_clock`); a title holding a name the taggers know is left to them."""
    untyped = lexicon.untyped_session()
    found = []
    for clock in (m for m in mentions if m.label == "TIME"):
        m = after_clock.match(text, clock.end) if untyped is not None else None
        if m is None:
            continue
        a, b = m.span("title")
        if any(o.start < b and a < o.end and o.label not in _WORDS_OF_A_TITLE for o in mentions):
            continue
        found.append(Mention("SESSION_TYPE", a, b, text[a:b], untyped, {"titled": True}))
    return sorted(mentions + found, key=lambda o: (o.start, o.end)) if found else mentions


_WORDS_OF_A_TITLE = ("TOPIC", "TOPIC_KIND", "ACTION_LINE", "MEASURE", "QUANTITY", "DATE")


def _joint_events(text: str, mentions: list[Mention], joint: re.Pattern) -> list[Mention]:
    """2034年信息社会世界峰会与全球数字契约联合审查会议: an event, 与, and an event no lexicon knows
    whose words say it is held jointly are one event (names.json `joint_events`), its year the first's."""
    out: list[Mention] = []
    for m in mentions:
        first = out[-1] if out else None
        if m.label == "EVENT" and m.key is None and first is not None and first.label == "EVENT" \
                and joint.fullmatch(text[first.end:m.end]) is not None:
            name = text[first.start:m.end]
            out[-1] = Mention("EVENT", first.start, m.end, name, None,
                              {"name": name, "unknown": True, "year": first.value.get("year")})
            continue
        out.append(m)
    return out


def _events_held_for_events(text: str, mentions: list[Mention], heads: tuple[str, ...]) -> list[Mention]:
    """2010年世界电信和信息社会日庆典: a known event's name right before one of names.json
    `events_for_events` heads names the event held for it, minted under the whole name with the
    known one's year; the date written right before it (2007年5·17…庆祝大会) is part of the name."""
    out: list[Mention] = []
    skip_until = -1
    for m in mentions:
        if m.start < skip_until:
            continue
        head = next((h for h in heads if text.startswith(h, m.end)), None) \
            if m.label == "EVENT" and m.key is not None else None
        if head is None or any(o is not m and m.end <= o.start < m.end + len(head) and o.end > m.end + len(head)
                               for o in mentions):
            out.append(m)
            continue
        end, start, year = m.end + len(head), m.start, m.value.get("year")
        while out and out[-1].label in ("DATE", "QUANTITY") and text[out[-1].end:start].strip(" ·") == "":
            dated = out.pop()  # 2007年5·17世界电信与信息社会日庆祝大会: the year and the day it is for
            start, year = dated.start, year or (str(dated.value.get("start", ""))[:4] if dated.label == "DATE" else None)
        name = text[start:end]
        out.append(Mention("EVENT", start, end, name, None, {"name": name, "unknown": True, **({"year": year} if year else {})}))
        skip_until = end
    return out


def _joined_events(text: str, mentions: list[Mention], tail: re.Pattern) -> list[Mention]:
    """2023世界电信和信息社会日大会暨系列活动: an event no lexicon knows, 暨 and words ending in an
    event's head word (names.json `joined_events`) are one event, named by the whole; what was read
    inside those words (系列活动 as a kind) is part of its name."""
    out: list[Mention] = []
    skip_until = -1
    for m in mentions:
        if m.start < skip_until:
            continue
        joined = tail.match(text, m.end) if m.label == "EVENT" and m.key is None else None
        if joined is None or any(m.end <= o.start < joined.end() and (o.end > joined.end() or o.key and o.label in ("EVENT", "ORG"))
                                 for o in mentions):
            out.append(m)  # (a known name, or one running past the tail, stands inside: no joined name)
            continue
        name = text[m.start:joined.end()]
        out.append(Mention(m.label, m.start, joined.end(), name, None, {**m.value, "name": name}))
        skip_until = joined.end()
    return out


def _quoted_as_written(text: str, mentions: list[Mention]) -> list[Mention]:
    """“数字合作与互信高级别对话会”于…举行: an event no lexicon knows, named in quotation marks, is
    also called by its name as written, marks and all (a reader may copy it so)."""
    out = []
    for m in mentions:
        opening = text[m.start - 1] if m.start > 0 else ""
        if m.label == "EVENT" and m.key is None and opening in _QUOTES and text.startswith(_QUOTES[opening], m.end):
            written = text[m.start - 1:m.end + 1]
            m = Mention(m.label, m.start, m.end, m.text, m.key,
                        {**m.value, "alt_zh": list(dict.fromkeys([*m.value.get("alt_zh", []), written]))})
        out.append(m)
    return out


def _in_longer_word(text: str, m: Mention, longer: dict) -> bool:
    """主席总结, 国际组织: a role or office word that begins or ends a longer word (mentions.json)."""
    return m.label in longer["begins"] and text.startswith(tuple(longer["begins"][m.label]), m.end) or \
        m.label in ("ROLE", "SESSION_TYPE") and m.text in longer["ends"] and text.endswith(tuple(longer["ends"][m.text]), 0, m.start)


_LEAD_CHARS = 400  # how far after the headline the lead's fuller name is looked for
_HEADLINE = re.compile(r"\S[^\n]*")


def _kind_calls_the_event(mentions: list[Mention]) -> list[Mention]:
    """讲习班的主席是… in the report of 2021年…专题讲习班: where a kind of session names the
    report's event, the kind word alone calls that event (as 本次会议 does), not a series of
    sessions of that kind."""
    named = next((m for m in mentions if m.label == "EVENT" and m.value.get("kind")), None)
    if named is None:
        return mentions
    return [Mention("EVENT_REF", m.start, m.end, m.text, "event:@main", {})
            if m.label == "SESSION_TYPE" and m.key == named.value["kind"] and not named.start <= m.start < named.end
            else m for m in mentions]


def _headline_shortens_lead(text: str, mentions: list[Mention]) -> list[Mention]:
    """信息社会世界峰会在突尼斯闭幕 / …信息社会世界峰会突尼斯阶段会议今天晚间闭幕: a headline names
    the event shortly that its lead names in full; an event the headline names that no lexicon
    knows is the lead's known event whose name holds it whole."""
    headline = _HEADLINE.search(text)
    headline_end = headline.end() if headline else len(text)
    short = next((m for m in mentions if m.label == "EVENT" and m.key is None and m.start < headline_end
                  and m.value.get("unknown")), None)
    name = short.value.get("name", short.text) if short is not None else ""
    if len(name) < 4:
        return mentions
    fuller = next((m for m in mentions if m.label == "EVENT" and m.key is not None
                   and headline_end < m.start < headline_end + _LEAD_CHARS and name in m.text), None)
    if fuller is None:
        return mentions
    return [Mention(m.label, m.start, m.end, m.text, fuller.key, fuller.value)
            if m.label == "EVENT" and m.key is None and m.value.get("name", m.text) == name else m for m in mentions]


@cache
def _gap(pattern: str) -> re.Pattern:
    """A gap pattern of mentions.json, compiled once."""
    return re.compile(pattern)


def _topic_tails_of_events(text: str, mentions: list[Mention], tail: re.Pattern) -> list[Mention]:
    """信息社会世界峰会非洲区域论坛关于数字技能2036: a translation's event name in English order, its
    topic and year after its head word (mentions.json `event_topic_tail`), is the whole name; what
    was found inside the tail is part of it. The name it is minted by stays the head's (the text
    may write it without its tail too: one event), the words as written become its label."""
    out: list[Mention] = []
    for m in mentions:
        if out and out[-1].label == "EVENT" and m.start < out[-1].end:
            continue  # (数字技能, inside the name)
        found = tail.match(text, m.end) if m.label == "EVENT" else None
        if found is not None:
            m = Mention("EVENT", m.start, found.end(), text[m.start:found.end()], m.key, m.value)
        out.append(m)
    return out


def _years_in_session_names(text: str, mentions: list[Mention], gap: re.Pattern) -> list[Mention]:
    """2022年WSIS奖颁奖典礼: a year written into a session's name names it; it does not date the
    sentence (which may give the session's day elsewhere), so it is no date mention."""
    out: list[Mention] = []
    for m, after in zip(mentions, mentions[1:] + [None]):
        if (m.label == "DATE" and m.value.get("precision") == "year" and after is not None
                and after.label == "SESSION_TYPE" and gap.search(text[m.end:after.start])):
            continue
        out.append(m)
    return out


def _numbers_in_session_names(text: str, mentions: list[Mention], number: re.Pattern) -> list[Mention]:
    """高级别政策会议3, 会议 2: a number right after a session's kind numbers that session (mentions.json
    `number_in_name`); the kind's mention takes it in, and it is no figure. (A session the text
    titles elsewhere, 小组讨论一：…, is called by that title: the kind alone finds it.)"""
    out: list[Mention] = []
    for m in mentions:
        found = number.match(text, m.end) if m.label == "SESSION_TYPE" else None
        if found is not None and found.end() > m.end \
                and not re.search(re.escape(text[m.start:found.end()]) + r"\s*[：:]", text):
            out = [o for o in out if o.end <= m.start]  # (nothing before the kind overlaps it)
            m = Mention(m.label, m.start, found.end(), text[m.start:found.end()], m.key, m.value)
        elif out and out[-1].label == "SESSION_TYPE" and m.start < out[-1].end:
            continue  # the number the kind took in
        out.append(m)
    return out


def _kinds_in_session_names(text: str, mentions: list[Mention], gap: re.Pattern) -> list[Mention]:
    """WSIS奖颁奖典礼, WSIS奖2018颁奖典礼: a name's head is its last word, so a session kind
    written into another's name (the WSIS Prizes of a prize ceremony) is no session itself."""
    out: list[Mention] = []
    for i, m in enumerate(mentions):
        if m.label == "SESSION_TYPE":
            head = next((n for n in mentions[i + 1:] if n.label not in ("QUANTITY", "DATE")), None)
            if head is not None and head.label == "SESSION_TYPE" and gap.search(text[m.end:head.start]):
                continue
        out.append(m)
    return out


_EDITION_ABBR = re.compile(r"[A-Za-z][A-Za-z&.]*(?:[ \-][A-Za-z][A-Za-z&.]*)*[ \-]#?\d{1,4}")


def _abbreviations_again(text: str, mentions: list[Mention]) -> list[Mention]:
    """IGF 2016 · 墨西哥瓜达拉哈拉 · 2016年12月6日—9日 over 第十一届互联网治理论坛（IGF 2016）: an
    edition's abbreviation that a name defines in brackets (letters, then its number: IGF 2016,
    WTDC-22, PP-26) names that event wherever else the text writes it alone. WSIS+20 is no
    edition's: it names a whole review process, and the text's other WSIS+20 may be another part.
    A body no lexicon knows is named by the capitals it is given in brackets, alone or after its
    English name (亚太信息社会理事会（Asia-Pacific Information Society Council, APISC）… 被组织由APISC)."""
    found: list[Mention] = []
    for m in mentions:
        abbr = m.value.get("abbr") if m.label in ("EVENT", "ORG") else None
        shape = _EDITION_ABBR if m.label == "EVENT" else _BODY_ABBR
        if not abbr or not shape.fullmatch(abbr):
            continue
        defined = abbreviation_after(text, m.end)
        for at in re.finditer(r"(?<![A-Za-z0-9（(])" + re.escape(abbr) + r"(?![A-Za-z0-9])", text):
            if defined is None or not m.end <= at.start() < defined.end():  # (not in its own brackets)
                found.append(Mention(m.label, at.start(), at.end(), abbr, m.key, dict(m.value)))
    return select_longest(mentions + found) if found else mentions


_BODY_ABBR = re.compile(r"[A-Z][A-Za-z]{1,9}")  # APISC of 亚太信息社会理事会（Asia-Pacific …, APISC）


def _short_names_defined(text: str, mentions: list[Mention], pattern: str, bracketed: bool = False) -> list[Mention]:
    """联合国开发计划署（UNDP，简称“开发署”）: the short name a text defines in brackets right after a
    body's or an event's name (mentions.json, `short_name_defined`) is that body or event wherever
    the text writes it, in place of any name no lexicon knows read there, or of a kind word the
    short name is made of (以下简称"对话会"), except after an edition's word (下一届对话会). `bracketed`: the short
    name stands alone in the brackets (阿拉伯国家联盟（阿盟）, `short_name_in_brackets`), so it
    must be made of the name's own characters."""
    shapes, out = re.compile(pattern), list(mentions)
    editions = tuple(name_data().edition_words)
    for m in mentions:
        defined = shapes.match(text, m.end) if m.label in ("ORG", "EVENT") else None
        if defined is None or bracketed and not _abbreviates(defined.group("short"), m.text):
            continue
        short = defined.group("short")
        for at in re.finditer(re.escape(short), text):
            there = [x for x in out if x.start < at.end() and at.start() < x.end]
            if at.start() > m.end and text.endswith(editions, 0, at.start()):
                continue  # 下一届对话会: another edition of the event called so
            # 以下简称"对话会": the kind word the text made the event's short name is that event
            if all(x.value.get("unknown") or x.key == m.key and x.key or x.label in _KIND_WORDS for x in there) \
                    and all(at.start() <= x.start and (x.end <= at.end() or _then_a_verb(text, at.end(), x)) for x in there):
                out = [x for x in out if x not in there]
                out.append(Mention(m.label, at.start(), at.end(), short, m.key, dict(m.value)))
    return sorted(out, key=lambda x: (x.start, x.end))


_KIND_WORDS = ("SESSION_TYPE", "EVENT_REF")  # 对话会, 本次会议: words a defined short name may be made of


def _then_a_verb(text: str, end: int, mention: Mention) -> bool:
    """由非洲电联组织，…: a name read on past a short name into a verb that is also a body's head
    noun (组织) and ends its clause is the short name and then the verb."""
    return mention.label == "ORG" and mention.value.get("unknown") is True and text[end:mention.end] in name_data().verb_heads \
        and text[mention.end:mention.end + 1] in "，,。；;、"


def _abbreviates(short: str, name: str) -> bool:
    """开发署 of 联合国开发计划署: a shorter name whose characters the name has, in the same order."""
    rest = iter(name)
    return len(short) < len(name) and all(c in rest for c in short)


def _name_enders() -> tuple[str, ...]:
    """The words of more than one character that end a person's name (names.json `person_stops`)."""
    return tuple(w for w in name_data().person_stops if len(w) > 1)


def _body_heads() -> tuple[str, ...]:
    """Head nouns of more than one character that make a name before them a body's (大学, 基金会)."""
    return tuple(h for h in name_data().org_heads if len(h) > 1)


def _no_places_in_dots(text: str, named: list[Mention], shaped: list[Mention]) -> list[Mention]:
    """肯尼亚·蒙巴萨·海滨会议中心, 卢旺达·基加利: places joined by dots in a header's cell are no
    transliterated name: a name of three dotted parts or more whose first part is a country or place
    the lexicon knows, or one whose every part is, is not a person (阿曼·图尔苏诺夫, two parts, is:
    Aman, not Oman)."""
    places = {(m.start, m.end) for m in named if m.label in ("COUNTRY", "PLACE")}
    def parts(m: Mention) -> list[tuple[int, int]]:
        name = m.value.get("name") or m.text
        at = m.start + max(m.text.find(name), 0)
        spans = []
        for part in name.split("·"):
            spans.append((at, at + len(part)))
            at += len(part) + 1
        return spans
    def a_person(m: Mention) -> bool:
        if m.label != "PERSON" or "·" not in (m.value.get("name") or ""):
            return True
        spans = parts(m)
        return not (len(spans) > 2 and spans[0] in places or all(span in places for span in spans))
    return [m for m in shaped if a_person(m)]


def _after_known_places(text: str, named: list[Mention], shaped: list[Mention]) -> list[Mention]:
    """约旦死海侯赛因·本·塔拉勒国王会议中心: a dotted name that begins inside a place the lexicon
    knows (死|海侯赛因) begins after it; a place's last character is no first name's."""
    places = [m for m in named if m.label in ("COUNTRY", "PLACE")]
    out = []
    for m in shaped:
        cut = next((p.end for p in places if p.start < m.start < p.end), None) if m.label == "PERSON" and not m.key else None
        name = m.value.get("name") or ""
        if cut is not None and name.startswith(text[m.start:cut]) and "·" in text[cut:m.end] \
                and text.find("·", cut) > cut:
            m = Mention("PERSON", cut, m.end, text[cut:m.end], None, {**m.value, "name": name[cut - m.start:]})
        out.append(m)
    return out


def _state_forms(text: str, mentions: list[Mention]) -> list[Mention]:
    """阿曼苏丹国, 摩洛哥王国, 卡塔尔国政府 (苏丹国阿曼, as a translation may write it): a country named with its state's form is that country,
    the whole name (data/rules/zh/names.json, `state_forms`; a bare 国 only before 政府, a
    boundary or a known place, 蒙古国乌兰巴托, never in 卡塔尔国家会议中心); one named before
    a language's mark (西班牙语, `language_marks`) is no country at all."""
    data = name_data()
    out: list[Mention] = []
    for m in mentions:
        form = next((f for f in data.state_forms_before if m.label == "COUNTRY" and text.endswith(f, 0, m.start)), None)
        if form is not None:  # 苏丹国阿曼, 王国沙特阿拉伯: a translation writes the state's form first
            out = [o for o in out if o.end <= m.start - len(form)]
            m = Mention("COUNTRY", m.start - len(form), m.end, text[m.start - len(form):m.end], m.key, m.value)
        if out and out[-1].label == "COUNTRY" and m.start < out[-1].end:
            continue  # 苏丹 of 阿曼苏丹国
        if m.label == "COUNTRY" and text.startswith(data.language_marks, m.end):
            continue  # 西班牙语: a language, not the country
        if m.label == "COUNTRY":
            form = next((f for f in data.state_forms if text.startswith(f, m.end)), None)
            after = m.end + len(form) if form else m.end
            inside = [x for x in mentions if m.end <= x.start < after and x.end > after]
            if form and not inside and (len(form) > 1 or text.startswith("政府", after)
                                                 or after >= len(text) or text[after] in data.boundary_chars
                                                 or any(x.start == after and x.label == "PLACE" for x in mentions)):
                m = Mention("COUNTRY", m.start, after, text[m.start:after], m.key, m.value)
        out.append(m)
    return out


def _not_counted(text: str, unknown: list[Mention], known: list[Mention], classifiers: str) -> list[Mention]:
    """约40个联合国机构, 与40个联合国姐妹机构合作: words after a number and its classifier are what
    was counted, not the name of one body."""
    counts = {m.end for m in known if m.label == "QUANTITY"}
    counted = [m for m in unknown if m.label == "ORG" and (
        m.start in counts and m.text[:1] in classifiers
        or m.start - 1 in counts and text[m.start - 1] in classifiers)]
    # (联合国 of 联合国姐妹机构 goes too: it tells what kind of body was counted)
    inside = {(m.start, m.end) for c in counted for m in known if m.label == "ORG" and c.start <= m.start and m.end < c.end}
    return [m for m in known + unknown if m not in counted and (m.start, m.end) not in inside]


def _counted_only(text: str, mentions: list[Mention]) -> list[Mention]:
    """A one-character measure word (国, 人, 天) counts only right after a number (169国, 5天,
    11,000多人): elsewhere it is part of another word (副国务秘书, 王建国)."""
    out: list[Mention] = []
    for m in mentions:
        prev = out[-1] if out else None
        if m.label == "MEASURE" and len(m.text) == 1 and not (
                prev is not None and prev.label == "QUANTITY" and m.start - prev.end <= 2):
            continue
        out.append(m)
    return out


def _units_of_bodies(text: str, mentions: list[Mention]) -> list[Mention]:
    """联合国非洲经济委员会: a body named right after the body it belongs to (no word between) is one
    name, of the later, more specific body; 联合国开发计划署卢旺达国家办事处: a unit no lexicon knows
    right after a known body is that body's unit, one body no lexicon knows, named whole."""
    out: list[Mention] = []
    for m in mentions:
        prev = out[-1] if out else None
        if prev is not None and prev.label == m.label == "ORG" and prev.end == m.start and prev.key and m.key \
                and prev.key != m.key:
            out[-1] = Mention("ORG", prev.start, m.end, text[prev.start:m.end], m.key, m.value)
            continue
        if prev is not None and prev.label == m.label == "ORG" and prev.end == m.start and prev.key and m.key is None:
            name = text[prev.start:m.end]
            out[-1] = Mention("ORG", prev.start, m.end, name, None, {**m.value, "name": name, "unknown": True})
            continue
        out.append(m)
    return out


def _branches_of_bodies(text: str, mentions: list[Mention], data: NameData) -> list[Mention]:
    """中国电子学会通信分会: a body's name, a few characters of field, then a branch word (names.json
    `body_branches`) are one body, the branch, named whole; the branch word is no session's kind."""
    out: list[Mention] = []
    for m in mentions:
        prev = out[-1] if out else None
        between = text[prev.end:m.start] if prev is not None else ""
        if prev is not None and prev.label == "ORG" and m.label == "SESSION_TYPE" and m.text in data.branch_words \
                and len(between) <= data.branch_gap and all(CJK.match(c) for c in between):
            name = text[prev.start:m.end]
            out[-1] = Mention("ORG", prev.start, m.end, name, None, {"name": name, "unknown": True})
            continue
        out.append(m)
    return out


def _short_names_of_units(lexicon: Lexicon, mentions: list[Mention]) -> list[Mention]:
    """联合国大会第二委员会 … 第二委员会副主席: a body no lexicon knows, named by the tail of the
    name of another such body of the text (four characters or more, what is cut a body's name),
    is that body: it takes the longer name (and so the same node), its words as written kept."""
    units = {m.value["name"] for m in mentions if m.label == "ORG" and m.key is None and m.value.get("name")}
    bodies = {m.text for m in mentions if m.label == "ORG"} | {s.text for s in lexicon.surfaces if s.label == "ORG"}
    out = []
    for m in mentions:
        name = m.value.get("name") if m.label == "ORG" and m.key is None else None
        longer = [n for n in sorted(units) if name and n != name and n.endswith(name) and len(name) >= 4
                  and n[:len(n) - len(name)] in bodies] if name else []
        out.append(Mention(m.label, m.start, m.end, m.text, m.key, {**m.value, "name": longer[0]}) if len(longer) == 1 else m)
    return out


def _after_nationality(text: str, mentions: list[Mention], marks: tuple[str, ...]) -> list[Mention]:
    """肯尼亚人万吉鲁·卡马乌: a name read from a country's 人 on starts after it (the person's
    nationality, not part of the name)."""
    countries = {m.end for m in mentions if m.label == "COUNTRY"}
    out = []
    for m in mentions:
        mark = next((w for w in marks if m.text.startswith(w)), None) if m.label == "PERSON" else None
        if mark and m.start in countries and len(m.text) > len(mark) + 1:
            value = dict(m.value)
            if value.get("name", "").startswith(mark):
                value["name"] = value["name"][len(mark):]
            m = Mention(m.label, m.start + len(mark), m.end, m.text[len(mark):], m.key, value)
        out.append(m)
    return out


def _people_named_again(mentions: list[Mention]) -> list[Mention]:
    """大会主席马斯马尔表示 after 马吉德·苏尔坦·马斯马尔先生, 比利亚洛沃斯·查孔表示 after 安德烈娅·
    比利亚洛沃斯·查孔大使: a name that is the last parts of the one dotted name a person of the text
    bears (its given name left off) is that person again."""
    full: dict[str, set[tuple]] = {}
    for m in mentions:
        name = m.value.get("name") or m.text if m.label == "PERSON" else ""
        parts = name.split("·")
        for i in range(1, len(parts)):
            full.setdefault("·".join(parts[i:]), set()).add((m.key, name))
    out = []
    for m in mentions:
        name = m.value.get("name") or m.text
        same = full.get(name, set()) if m.label == "PERSON" and m.key is None else set()
        if len(same) == 1:
            key, whole = next(iter(same))
            value = {k: v for k, v in m.value.items() if not (k == "unknown" and key)}
            m = Mention("PERSON", m.start, m.end, m.text, key, {**value, "name": whole, "reference": True})
        out.append(m)
    return out


def _surnames_again(text: str, mentions: list[Mention], data: Any) -> list[Mention]:
    """“……，”莉娜·哈尔特曼说。/ 哈尔特曼是国际数字包容署总干事: a news report tells who a speaker is
    in a sentence that opens with the last part of the dotted name it gave first and a copula
    (names.json `surname_again`); there, that part alone is that person. A last part two people
    share names neither."""
    owners: dict[str, set[tuple]] = {}
    for m in mentions:
        name = (m.value.get("name") or m.text) if m.label == "PERSON" else ""
        if "·" in name and len(last := name.split("·")[-1]) >= 2:
            owners.setdefault(last, set()).add((m.key, name))
    taken = [(m.start, m.end) for m in mentions]
    found = []
    for last, people in owners.items():
        if len(people) != 1:
            continue
        (key, whole), = people
        for at in (m.start() for m in re.finditer(re.escape(last), text)):
            end = at + len(last)
            if at > 0 and text[at - 1] not in data.surname_opens_after or not text.startswith(data.surname_copulas, end) \
                    or any(a < end and at < b for a, b in taken):
                continue
            found.append(Mention("PERSON", at, end, last, key, {"name": whole, "reference": True}))
    return sorted(mentions + found, key=lambda m: (m.start, m.end)) if found else mentions


_BRACKETED_CHINESE_NAME = re.compile(r"\s*[（(](?P<name>[\u4e00-\u9fff]{2,4}|[\u4e00-\u9fff]{1,8}(?:·[\u4e00-\u9fff]{1,10})+)[）)]")


def _native_names_in_brackets(text: str, mentions: list[Mention]) -> list[Mention]:
    """Thanya Wirasakdi 女士（坦雅·维拉萨迪）, Prof. Adewale Okafor（阿德沃莱·奥卡福教授）: a person
    written in Latin letters with the Chinese name in brackets after it is one person, called by
    the Chinese name, the Latin one its Latin name (as 吕克托夫特(Mogens Lykketoft) the other way)."""
    out: list[Mention] = []
    skip = -1
    for i, m in enumerate(mentions):
        if i == skip:
            continue
        nxt = mentions[i + 1] if i + 1 < len(mentions) else None
        latin_only = m.label == "PERSON" and m.value.get("latin") and m.value.get("name") == m.value["latin"]
        bare = _BRACKETED_CHINESE_NAME.match(text, m.end) if latin_only else None
        if bare and (nxt is None or nxt.start >= bare.end()):  # Ms. Park Ji-yeon（朴智妍）: a name no cue found
            name = bare.group("name")
            out.append(Mention("PERSON", m.start, bare.end(), text[m.start:bare.end()], None,
                               {**m.value, "name": name, "unknown": True}))
            continue
        if (latin_only and nxt is not None and nxt.label == "PERSON" and not nxt.value.get("latin")
                and re.fullmatch(r"\s*[（(]", text[m.end:nxt.start]) and text[nxt.end:nxt.end + 1] in "）)"):
            honorifics = patterns.merged_honorifics(m.value.get("honorifics", []), nxt.value.get("honorifics", []))
            value = {**nxt.value, "latin": m.value["latin"], "honorifics": honorifics}
            out.append(Mention("PERSON", m.start, nxt.end + 1, text[m.start:nxt.end + 1], nxt.key, value))
            skip = i + 1
            continue
        out.append(m)
    return out


@cache
def _pointing_at_bodies() -> tuple[tuple[str, ...], re.Pattern, re.Pattern]:
    """The heads a pointing word may take (longest first; 部 of 该部 too), the pattern of pointer and head, and
    the pattern of a head standing alone before an office (…担任主席，联盟区域协调员X)."""
    rules = name_data().pointed_bodies
    heads = tuple(sorted(set(name_data().org_heads) | set(rules["short_heads"]), key=len, reverse=True))
    bare = tuple(sorted(set(_body_heads()) | set(name_data().weak_org_heads), key=len, reverse=True))
    offices = "|".join(map(re.escape, office_heads()))
    alone = re.compile(f"(?<=[{re.escape(rules['bare_after'])}])(?:{'|'.join(map(re.escape, bare))})"
                       f"(?=[^\\s，,。；;、：:（(的]{{0,8}}?(?:{offices}))")
    return heads, re.compile(f"(?:{'|'.join(map(re.escape, rules['pointers']))})(?:{'|'.join(map(re.escape, heads))})"), alone


def _pointed_bodies(text: str, mentions: list[Mention]) -> list[Mention]:
    """由朱拉隆功大学组织，该校副校长X主持; 该办事处主任X: a pointing word and a body's head noun
    (or its short form, 校 for 大学) name the last body of that kind named before, in its
    paragraph if it names one, else earlier (a news report names the ministry a paragraph before
    它的常务秘书). A head alone right before an office (…由南方数字投资基金协办。…，基金执行董事X
    主持) names the last body it ends the same way (data/rules/zh/names.json, `pointed_bodies`).
    The mention takes that body's name and key."""
    rules = name_data().pointed_bodies
    heads, pattern, alone = _pointing_at_bodies()
    taken = sorted((m.start, m.end) for m in mentions)
    found = []
    hits = [(hit, True) for hit in pattern.finditer(text)] + [(hit, False) for hit in alone.finditer(text)]
    for hit, pointed in hits:
        if any(a < hit.end() and hit.start() < b for a, b in taken):
            continue
        head = next(h for h in heads if hit.group().endswith(h)) if pointed else hit.group()
        ends = tuple(rules["short_heads"].get(head, [head]))
        paragraph = text.rfind("\n", 0, hit.start()) + 1
        before = [m for m in mentions if m.label == "ORG" and m.end <= hit.start() and not m.value.get("pointed")
                  and (m.value.get("name") or m.text).endswith(ends) and (m.value.get("name") or m.text) != head]
        near = [m for m in before if paragraph <= m.start]
        body = (near or before or [None])[-1]
        if body is not None:
            found.append(Mention("ORG", hit.start(), hit.end(), hit.group(), body.key, {**body.value, "pointed": True}))
            taken.append((hit.start(), hit.end()))
    return sorted(mentions + found, key=lambda m: (m.start, m.end)) if found else mentions


def _pointed_kinds(text: str, mentions: list[Mention]) -> list[Mention]:
    """…举行后续互动环节“女性领导人与普遍连接”。该环节由X组织: a pointing word (data/rules/reading.json,
    `pointing_words`, as the document context reads them) and the head of a session's kind its
    paragraph named before (环节 of 互动环节) are that kind once more."""
    pointers = "|".join(map(re.escape, conventions().pointing_words))
    taken = sorted((m.start, m.end) for m in mentions)
    found: dict[int, Mention] = {}
    for kind in (m for m in mentions if m.label == "SESSION_TYPE" and len(m.text) > 2):
        head = kind.text[-2:]
        paragraph_end = text.find("\n", kind.end)
        for hit in re.compile(f"(?:{pointers}){re.escape(head)}").finditer(
                text, kind.end, paragraph_end if paragraph_end >= 0 else len(text)):
            start = hit.end() - len(head)
            if not any(a < hit.end() and hit.start() < b for a, b in taken):
                found[start] = Mention("SESSION_TYPE", start, hit.end(), head, kind.key, {})
    return sorted(mentions + list(found.values()), key=lambda m: (m.start, m.end)) if found else mentions


def corefer_unknown_events(mentions: list[Mention]) -> list[Mention]:
    """One event the text names several ways (the headline's 亚太区域信息社会世界峰会审查会议, the
    body's 信息社会世界峰会亚太区域审查会议（AP WSIS+20 RRM）, a shorter 亚太区域审查会议) is one
    event: the same abbreviation, one name inside the other, or the same characters reordered.
    Every mention of it carries the fullest name and the year any of them gives."""
    clusters: list[list[Mention]] = []
    for m in mentions:
        if m.label != "EVENT" or m.key is not None:
            continue
        home = next((c for c in clusters if any(_same_event(m, other) for other in c)
                     and not any(_other_editions(m, other) or _other_abbreviations(m, other) for other in c)), None)
        if home is None:
            clusters.append([m])
        else:
            home.append(m)
    canonical: dict[int, dict] = {}
    for cluster in clusters:
        # the fullest name it is given (a headline's 全权代表大会2026, the lead's 第22届国际电联全权代表大会)
        first = max(cluster, key=lambda c: len(c.value.get("name", c.text)))
        year = next((c.value.get("year") for c in cluster if c.value.get("year")), None)
        abbr = next((c.value.get("abbr") for c in cluster if c.value.get("abbr")), None)
        for c in cluster:
            canonical[id(c)] = {**c.value, "name": first.value.get("name", first.text), "year": year,
                                **({"abbr": abbr} if abbr else {})}
    return [Mention(m.label, m.start, m.end, m.text, m.key, canonical[id(m)]) if id(m) in canonical else m
            for m in mentions]


def _editions_dated_after(text: str, mentions: list[Mention], data: NameData) -> list[Mention]:
    """首届亚太区域互联网治理论坛于2010年6月在香港举行: an edition named by its ordinal, with no year,
    that a date right after it (于, 在) says was held is that year's edition, not the report's
    2032 one its name would otherwise join."""
    dates = {m.start: m for m in mentions if m.label == "DATE" and re.match(r"\d{4}", str(m.value.get("start", "")))}
    out = []
    for m in mentions:
        date = next((dates[i] for i in range(m.end, m.end + data.dated_after_gap + 1) if i in dates
                     and text[m.end:i].strip() in data.dated_after_marks), None) \
            if m.label == "EVENT" and m.key is None and not m.value.get("year") and ORDINAL.search(m.value.get("name", m.text)) else None
        out.append(m if date is None else Mention(m.label, m.start, m.end, m.text, m.key, {**m.value, "year": date.value["start"][:4]}))
    return out


def _editions_of_a_series(mentions: list[Mention]) -> list[Mention]:
    """第三届数字公共领域峰会 … 第二届峰会于2029年11月12日在里斯本举行: an ordinal before a bare
    event word (峰会, 论坛, 大会: data/rules/reading.json `bare_event_words`) names another edition of
    the series the text names in full with another ordinal; its name is that series' name with
    its own ordinal."""
    bare = conventions().bare_event_words
    # the words after the ordinal of every unknown event's name (数字公共领域峰会 of 第三届数字公共领域峰会)
    after = {id(m): name[o.end():] for m in mentions if m.label == "EVENT" and m.key is None
             for name in [_ordinal_first(m)] for o in [ORDINAL.search(name)] if o}
    out = []
    for m in mentions:
        ordinal = ORDINAL.match(_ordinal_first(m)) if id(m) in after else None
        word = after.get(id(m))
        series = next((rest for key, rest in after.items() if key != id(m) and rest.endswith(word or "?")
                       and len(rest) > len(word)), None) if ordinal and word in bare else None
        out.append(m if series is None else
                   Mention(m.label, m.start, m.end, m.text, m.key, {**m.value, "name": ordinal.group() + series}))
    return out


_EDITION_WORD_AND_ORDINAL = re.compile(rf"^[^（(]{{1,4}}[（(]\s*(?P<ordinal>{ORDINAL.pattern})\s*[）)]\s*")


def _ordinal_first(m: Mention) -> str:
    """An event's name with an ordinal bracketed after its edition word put first: 上届（第五届）论坛
    is 第五届论坛, the fifth of its series."""
    name = m.value.get("name", m.text)
    bracketed = _EDITION_WORD_AND_ORDINAL.match(name)
    return bracketed.group("ordinal") + name[bracketed.end():] if bracketed else name


def _other_editions(a: Mention, b: Mention) -> bool:
    """首届数字公共领域峰会 and 第三届数字公共领域峰会: two editions, whatever name joins them
    (数字公共领域峰会2031 is inside both)."""
    ya, yb = a.value.get("year"), b.value.get("year")
    oa, ob = ORDINAL.search(a.value.get("name", a.text)), ORDINAL.search(b.value.get("name", b.text))
    return bool(ya and yb and ya != yb or oa and ob and oa.group() != ob.group())


def _other_abbreviations(a: Mention, b: Mention) -> bool:
    """2032年亚太区域互联网治理论坛（APrIGF 2032） and 2032年亚太青年互联网治理论坛（yIGF 2032）: two
    events, however a bare 亚太区域互联网治理论坛 between them would join their names."""
    return bool(a.value.get("abbr") and b.value.get("abbr") and a.value["abbr"] != b.value["abbr"])


def _same_event(a: Mention, b: Mention) -> bool:
    ya, yb = a.value.get("year"), b.value.get("year")
    if ya and yb and ya != yb or a.value.get("edition") != b.value.get("edition") \
            or a.value.get("edition_kind") != b.value.get("edition_kind"):  # (继…之后: an earlier one)
        return False
    if a.value.get("abbr") and b.value.get("abbr"):
        # (2032年亚太区域互联网治理论坛（APrIGF 2032） and 2032年亚太青年互联网治理论坛（yIGF 2032）: two events)
        return a.value["abbr"] == b.value["abbr"]
    na, nb = a.value.get("name", a.text), b.value.get("name", b.text)
    oa, ob = ORDINAL.search(na), ORDINAL.search(nb)
    if oa and ob and oa.group() != ob.group():
        return False  # 第十八届…年会 and 第十九届…年会: two editions of one series, not one event
    for defined in (a.value.get("defines"), b.value.get("defines")):
        if defined:  # 信息社会世界峰会（WSIS）+10高级别活动 and WSIS+10高级别活动
            abbr, full = defined
            na, nb = na.replace(full, abbr), nb.replace(full, abbr)
    if _same_name(na, nb):
        return True
    for full, abbr in name_data().written_short:  # 南亚和西南亚WSIS区域审查会议, …信息社会世界峰会区域审查会议
        na, nb = na.replace(full, abbr), nb.replace(full, abbr)
    return _same_name(na, nb)


def _same_name(na: str, nb: str) -> bool:
    """One name inside the other, the same words left out and moved, or mostly the same characters."""
    short, long_ = sorted((na, nb), key=len)
    if len(short) >= 4 and short in long_ and (long_.startswith(short) or _event_head(short) == _event_head(long_)):
        return True
    if len(short) >= 6 and short[-2:] == long_[-2:] and not Counter(short) - Counter(long_):
        return True  # a headline's 非洲区域信息社会论坛: the lead's 信息社会世界峰会非洲区域论坛, words left out and moved
    common = sum((Counter(na) & Counter(nb)).values())
    return common / max(len(na), len(nb)) >= 0.8


_YEAR_OR_CODE_AT_END = re.compile(r"[\s\d（()）A-Za-z+\-]+$")


def _event_head(name: str) -> str:
    """The kind of event a name ends with (峰会 of 信息社会世界峰会, 会议 of …成果后续行动的联席会议),
    a year or code after it left aside (全权代表大会2026). A name written inside another, after words
    of the longer one's own, names the same event only when both end with the same kind: 信息社会世界峰会
    inside a meeting about its outcomes (关于信息社会世界峰会成果后续行动的联席会议) is the summit, not that
    meeting. A name that opens the longer one is still taken as the same event (…第三十届会议期间…对话:
    the reports so name the event by the meeting it is held at)."""
    bare = _YEAR_OR_CODE_AT_END.sub("", name) or name
    return next((h for h in name_data().event_heads if bare.endswith(h)), bare[-2:])


def _complete_days(mentions: list[Mention]) -> list[Mention]:
    """`10日` after `2025年7月7日至11日`: a day with no month is in the month last written, or in
    an earlier month written before when only that one holds it on or before the latest day
    written (大会将持续至10月14日 after 9月26日, then 28日: the 28th of September)."""
    out: list[Mention] = []
    written: list[str] = []  # every day written so far, as its value's start (and end) gives it
    for m in mentions:
        if m.label == "DATE" and m.value.get("precision") == "day-no-month":
            if not written:
                continue  # no month to read it in: not a date we can place
            month = _month_of_day(written, m.value["day"])
            m = Mention(m.label, m.start, m.end, m.text, m.key,
                        {**m.value, "start": f"{month}-{m.value['day']:02d}", "precision": month_precision(month)})
        elif m.label == "DATE" and m.value.get("precision") in ("day", "day-no-year"):
            written += [m.value["start"]] + ([m.value["end"]] if m.value.get("end") else [])
        out.append(m)
    return out


def _month_of_day(written: list[str], day: int) -> str:
    months = list(dict.fromkeys(w.rsplit("-", 1)[0] for w in reversed(written)))  # the latest first
    latest = max(written, key=lambda w: w[-5:])
    for month in months:
        if f"{month}-{day:02d}"[-5:] <= latest[-5:]:
            return month
    return months[0]


def month_precision(month: str) -> str:
    return "day-no-year" if month.startswith("--") else "day"


def _qualifier_words(lexicon: Lexicon) -> dict[str, str]:
    words: dict[str, str] = {}
    for concept in lexicon.concepts_in("qualifier"):
        for word in concept.get("before", []) + concept.get("after", []) + concept.get("after_classifier", []):
            words[word] = concept["id"]
    return words


def select_longest(mentions: list[Mention]) -> list[Mention]:
    """Greedy choice of non-overlapping mentions: longer first, then by finder priority."""
    ranked = sorted(mentions, key=lambda m: (-(m.end - m.start), _PRIORITY.get(m.label, 99), m.start))
    taken: list[Mention] = []
    occupied: set[int] = set()
    for m in ranked:
        cells = set(range(m.start, m.end))
        if cells & occupied:
            continue
        taken.append(m)
        occupied |= cells
    return sorted(taken, key=lambda m: (m.start, m.end))
