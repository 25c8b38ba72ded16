"""Match rules against a sentence whose mentions are replaced by typed tokens.

`由⟦ORG#0:itu⟧和⟦COUNTRY#1:CH⟧联合⟦ROLE#2:co-host⟧` is what a rule pattern sees; patterns are
regular expressions with macros:

- `{LABEL}` or `{A|B}`: one mention of those labels; `{LABEL:id}` only with that concept id;
- `{name=A|B}`: the same, captured as argument `name`;
- `{name=A|B+}`: a list of such mentions joined by 、 , 和 及 与 以及 (each may carry a note in
  parentheses, 西亚经社会(轮值)), captured as `name`;
- `{TITLED}`: an optional title before a person (南非 ... 部长), used inside lists of people
  (a TITLED_ list item also takes honorifics before it and an apposition after it);
- `{ANY}`: one mention of any label (a word of a field's label: 会议 of 会议日期：).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ..model import Mention
from .conventions import conventions

OPEN, CLOSE = "⟦", "⟧"
# a line break joins items only in block-scope rules, with the bullet or number of the next line
# (· A，…\n· B; 1. A\n2. B);
# ； joins the items of a field (共同组织方：A；B；C), but not into a clause that says its own role
# (东道主是该部；ECLAC、ITU和CDCN是共同组织者: two lists; reading.json `role_copulas`)


@cache
def _list_sep() -> str:
    copulas = "|".join(map(re.escape, conventions().role_copulas))
    own_role_after = rf"(?![^;。\n]*?(?:{copulas})了?\s*(?:⟦[^⟧]*⟧\s*的)?\s*⟦ROLE#)"
    # (金牌合作伙伴为A，B为支持合作伙伴: an item a copula gives its own tier or role ends the list before it)
    own_tier_next = rf"(?!\s*⟦[^⟧]*⟧\s*(?:{copulas})了?\s*⟦(?:ROLE|TIER)#)"
    return (r"\s*(?:[；;，,]\s*(?:和|及|以及|and)(?=\s*\S)|、|,(?:" + own_tier_next + r")|[；;]" + own_role_after
            + r"|和|及|与|以及|and|\n\s*(?:[-•·*▪◆■●]\s|(?:\d{1,2}|⟦QUANTITY#\d+⟧)[.、．)]\s*)?)\s*")
# a short note (country, abbreviation) or a body's English name in brackets after a mention
# (two glosses: 联合国教育、科学及文化组织（United Nations Educational, …, UNESCO）)
_NOTE = r"(?:\s*[((](?:[^()()⟦]{1,16}|[A-Za-z][A-Za-z .,'&\-]{15,90}|⟦[^⟧]+⟧(?:\s*[,、]\s*⟦[^⟧]+⟧)?)[))])?"
# between a body and an office, words and the mentions of words (瑞典外交部 网络安全 大使)
_TITLE_GAP = r"(?:[^⟦,,。;;、]|⟦(?:TOPIC|TOPIC_KIND|MEASURE|ACTION_LINE)#\d+(?::[^⟧]*)?⟧){0,14}?"
# (a translation keeps English's comma after the office: 由国际电信联盟副秘书长，托马斯·拉马瑙斯卡斯先生)
_TITLE = r"(?:⟦(?:COUNTRY|ORG)#\d+(?::[^⟧]*)?⟧" + _TITLE_GAP + r"⟦POST#\d+(?::[^⟧]*)?⟧\s*(?:[,，]\s*)?)?"
# English word order: 阁下 先生 X，副总干事，电信管理局，阿拉伯联合酋长国，担任了…: honorifics before a
# titled person, and an office, body or country set beside the name between commas after it (a body
# with its office or title, 内罗毕大学教授, and a country in brackets: a card line · X先生，Y中心主任（摩洛哥）;
# not the next item of a list, which a conjunction opens: …，以及爱沙尼亚共和国总统，阿拉尔·卡里斯)
# an office no lexicon lists, set between commas before a body (X，创始人，马格里布女性科技网络)
_BARE_APPOSITION = r"(?:[^⟦,，;；、\n。（(:：]{1,10}\s*[,，]\s*(?!以及|和|及|与))?"
# an item of a list parted by semicolons keeps what stands beside it, up to the semicolon, even in
# words no lexicon lists (共同主持：A，创始人，马格里布女性科技网络；B，…)
_BARE_APPOSED = r"(?:\s*[,，]\s*(?!以及|和|及|与|并)(?:[^⟦,，;；、\n。（(:：]|⟦(?:POST|ORG|COUNTRY|TOPIC|MEASURE)#\d+(?::[^⟧]*)?⟧){1,16}){1,4}(?=\s*[;；]\s*⟦)"
_HONORED = r"(?:⟦HONORIFIC#\d+(?::[^⟧]*)?⟧\s*)*"
_APPOSED = r"(?:" + _BARE_APPOSED + r"|(?:\s*[,，]\s*(?!以及|和|及|与)" + _BARE_APPOSITION + r"[^⟦,，;；、\n。（(]{0,10}?⟦(?:POST|ORG|COUNTRY)#\d+(?::[^⟧]*)?⟧(?:[^⟦,，;；、\n。]{0,10}?⟦(?:POST|ORG|HONORIFIC)#\d+(?::[^⟧]*)?⟧)?(?:\s*[（(](?:[^（）()⟦]{1,30}|⟦COUNTRY#\d+(?::[^⟧]*)?⟧)[）)])?){1,4}(?:\s*[,，])?)?"
_ALT = r"[A-Z_]+(?::[a-z0-9\-]+)?"
_TOKEN_SHAPE = f"{OPEN}([A-Z_]+)#(\\d+)(?::[^{CLOSE}]*)?{CLOSE}"  # one mention's token, any label
_MACRO = re.compile(r"\{(?:(?P<name>[a-z_]+)=)?(?P<labels>" + _ALT + r"(?:\|" + _ALT + r")*)(?P<plus>[+*])?\}")


def _token(labels: str, titled: bool) -> str:
    """One token of any of `labels` (`ROLE:chair|ROLE:vice-chair|ORG`)."""
    alternatives = []
    for alt in labels.split("|"):
        label, _, concept_id = alt.partition(":")
        key = f":{re.escape(concept_id)}" if concept_id else r"(?::[^⟧]*)?"
        alternatives.append(f"{label}#\\d+{key}")
    token = f"{OPEN}(?:{'|'.join(alternatives)}){CLOSE}{_NOTE}"
    return (_HONORED + _TITLE + token + _APPOSED) if titled else token


def compile_pattern(pattern: str) -> re.Pattern:
    """Expand the macros of a rule pattern into a regular expression over token streams."""

    def expand(m: re.Match) -> str:
        labels = m.group("labels")
        if labels == "TITLED":
            return _TITLE
        if labels == "ANY":
            return _TOKEN_SHAPE
        titled = labels.startswith("TITLED_")
        item = _token(labels.removeprefix("TITLED_"), titled)
        sep = r"\s*(?:的|,|,)?\s*" if m.group("plus") == "*" else _list_sep()
        body = f"{item}(?:{sep}{item})*" if m.group("plus") else item
        return f"(?P<{m.group('name')}>{body})" if m.group("name") else f"(?:{body})"

    return re.compile(_MACRO.sub(expand, pattern))


@dataclass
class Stream:
    """A sentence as tokens: `text` to match, and for each of its characters the source span."""

    text: str
    spans: list[tuple[int, int]]
    mentions: list[Mention]

    def mentions_in(self, start: int, end: int, labels: set[str] | None = None,
                    glosses: bool = True) -> list[Mention]:
        """The mentions whose tokens lie within [start, end) of the stream text, in order; without
        `glosses`, not a body standing alone in brackets right after another body (泛非社区网络联盟
        （PACNA）: its abbreviation or English name, the same body)."""
        out, body = [], None  # (label, end) of the last token outside a gloss
        for m in _TOKEN.finditer(self.text, start, end):
            mention = self.mentions[int(m.group(2))]
            glossing = body is not None and body[0] == m.group(1) in _GLOSSED_LABELS \
                and _GLOSS_BEFORE.fullmatch(self.text, body[1], m.start()) is not None \
                and _GLOSS_AFTER.match(self.text, m.end()) is not None
            if not glossing:
                body = (m.group(1), m.end())
            if (labels is None or mention.label in labels) and (glosses or not glossing):
                out.append(mention)
        if not glosses and len(out) == 2 and _BODY_THEN_ITS_COUNTRY.fullmatch(self.text, start, end):
            out.pop()  # 由数字转型与创新部，肯尼亚举办: English's "Ministry of ..., Kenya", one body
        return out

    def source_span(self, start: int, end: int) -> tuple[int, int]:
        return self.spans[start][0], self.spans[end - 1][1]


_QUOTES = set("“”‘’「」『』\"")
# Chinese text writes its punctuation full width (，；：（）), some pages half width: rules see one
# width, character for character, so offsets do not move.
HALF_WIDTH = str.maketrans("，；：（）！？", ",;:()!?")
_TOKEN = re.compile(_TOKEN_SHAPE)
_GLOSSED_LABELS = ("ORG", "COUNTRY")  # bodies an abbreviation or English name in brackets may follow
# a gloss token stands in brackets right after its body, alone or beside another gloss:
# ⟦ORG⟧(⟦ORG⟧) and ⟦ORG⟧(⟦ORG⟧, ⟦ORG⟧), the English name and the abbreviation
_GLOSS_BEFORE = re.compile(r"\s*\((?:\s*⟦[^⟧]+⟧\s*[,、])?\s*")
_GLOSS_AFTER = re.compile(r"\s*(?:[,、]\s*⟦[^⟧]+⟧\s*)?\)")
# a body, a bare comma, a country: a translation sets the body's country beside it, as English
# does; two items a Chinese list joins with a comma alone, with no 和 or 、, are no list
_BODY_THEN_ITS_COUNTRY = re.compile(rf"⟦ORG#\d+(?::[^⟧]*)?⟧{_NOTE}\s*,\s*⟦COUNTRY#\d+(?::[^⟧]*)?⟧")


def encode(text: str, start: int, end: int, mentions: list[Mention]) -> Stream:
    """Replace each mention inside [start, end) of `text` by its token."""
    inside = [m for m in mentions if m.start >= start and m.end <= end]
    inside.sort(key=lambda m: m.start)
    chars: list[str] = []
    spans: list[tuple[int, int]] = []
    pos, index = start, 0
    while pos < end:
        if index < len(inside) and inside[index].start == pos:
            mention = inside[index]
            concept = f":{mention.key.split(':', 1)[1]}" if mention.key and ":" in mention.key else ""
            if mention.label == "DATE" and (mention.value or {}).get("precision"):
                concept = f":{mention.value['precision']}"  # {date=DATE:day}: a day, not a year alone
            token = f"{OPEN}{mention.label}#{index}{concept}{CLOSE}"
            chars.append(token)
            spans.extend([(mention.start, mention.end)] * len(token))
            pos = mention.end
            index += 1
        elif text[pos] in _QUOTES:
            pos += 1  # quotation marks around a name say nothing a rule needs
        else:
            chars.append(text[pos].translate(HALF_WIDTH))
            spans.append((pos, pos + 1))
            pos += 1
    return Stream("".join(chars), spans, inside)
