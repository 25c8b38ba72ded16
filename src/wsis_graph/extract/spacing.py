"""Spaced translations: some machine translations put a blank between every two Chinese words
(WSIS 南部非洲 区域 高级别 会议 2035 被举行在 温得和克). Chinese writes no such blanks, and names,
triggers and frames are read without them; so a text that blanks most of its words is read with
the blanks between two Chinese characters taken out, and every offset read is mapped back to the
source, whose words the evidence quotes keep as written.

A text with a few blanks (a gloss blanked by the reading view, a table's padding) is read as it is.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from ..model import Fact, Mention, Span
from .text import NAME_DOTS

# (a full-width mark is a word of its own there too: 会议 1 ： 有意义的…, 开幕 全体 会议 （ Opening Plenary ）)
_BLANK_BETWEEN_WORDS = re.compile(r"(?<=[\u4e00-\u9fff\u3001-\u3011\uff01-\uff1f])[ \t\u3000]{1,2}"
                                  r"(?=[\u4e00-\u9fff\u3001-\u3011\uff01-\uff1f])")
# 开幕 全体 会议 （ Opening Plenary ）: the blanks inside a full-width bracket
_BLANK_INSIDE_BRACKETS = re.compile(r"(?<=[（【《“])[ \t\u3000]{1,2}|[ \t\u3000]{1,2}(?=[）】》”])")
# 会议 1 ： 有意义…: a session's number between its kind and the colon of its title
_NUMBER_BEFORE_A_COLON = re.compile(r"(?<=[\u4e00-\u9fff])([ \t\u3000]{1,2})\d{1,2}([ \t\u3000]{1,2})(?=[：:])")
# 阿兹曼 · 宾 · 易卜拉欣: the dots of a name are words of their own there too
_BLANK_BESIDE_A_DOT = re.compile(r"(?<=[\u4e00-\u9fff])[ \t\u3000]{1,2}(?=[·・])|(?<=[·・])[ \t\u3000]{1,2}(?=[\u4e00-\u9fff])")
# " 数字技能的国家战略 ": the blanks inside quotes a translation writes with the keyboard's marks
_BLANK_INSIDE_QUOTES = re.compile(r'(?<=[，,：:（(\s]")[ \t]{1,2}(?=[\u4e00-\u9fff])|(?<=[\u4e00-\u9fff])[ \t]{1,2}(?=")')
# 行动方面 C4 （能力建设）和 C7 （电子学习）: a code in Latin letters between two Chinese words is a
# word of the name it stands in (行动方面C4), not an English phrase (Sione Tupou 先生 keeps its blanks)
_BLANKS_AROUND_A_CODE = re.compile(r"(?<=[\u4e00-\u9fff])([ \t\u3000]{1,2})[A-Za-z][A-Za-z0-9+\-]{0,12}"
                                   r"([ \t\u3000]{1,2})(?=[\u4e00-\u9fff（])")
_HAN = re.compile(r"[\u4e00-\u9fff]")
SPACED_SHARE = 0.04  # blanks between Chinese characters per Chinese character, above which a text is spaced
SPACED_MIN = 30


def _ends_a_dotted_name(text: str, blank: int) -> bool:
    """苏菲·马尔尚 确保: the blank after a name whose parts a middle dot joins ends the name; taken out,
    the name would run on into the verb after it (马尔尚确保), so it stays."""
    if text[blank - 1:blank] in NAME_DOTS:
        return False  # 阿兹曼 · 宾: a blank right after the dot is inside the name
    for ch in reversed(text[max(0, blank - _DOTTED_PART):blank]):
        if ch in NAME_DOTS:
            return True
        if not _HAN.match(ch):
            return False
    return False


_DOTTED_PART = 10  # the characters of a dotted name's last part, at most


def _apart(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans in order, none overlapping one before it (no blank is taken out twice)."""
    out: list[tuple[int, int]] = []
    for a, b in sorted(set(spans)):
        if not out or a >= out[-1][1]:
            out.append((a, b))
    return out


class Squeezed:
    """A text without its blanks between Chinese words, and where each of its characters stood."""

    def __init__(self, text: str) -> None:
        blanks = [m.span() for m in _BLANK_BETWEEN_WORDS.finditer(text)]
        han = len(_HAN.findall(text))
        self.spaced = len(blanks) >= SPACED_MIN and len(blanks) >= SPACED_SHARE * han
        if not self.spaced:
            blanks = []
        else:
            blanks += [m.span() for m in _BLANK_INSIDE_BRACKETS.finditer(text)]
            blanks += [m.span() for m in _BLANK_BESIDE_A_DOT.finditer(text)]
            blanks += [m.span() for m in _BLANK_INSIDE_QUOTES.finditer(text)]
            blanks += [m.span(g) for m in _NUMBER_BEFORE_A_COLON.finditer(text) for g in (1, 2)]
            blanks += [m.span(g) for m in _BLANKS_AROUND_A_CODE.finditer(text) for g in (1, 2)]
            blanks = _apart(blanks)
        blanks = [(a, b) for a, b in blanks if not _ends_a_dotted_name(text, a)]
        keep, at, index = [], 0, []
        for a, b in blanks:
            keep.append(text[at:a])
            index.extend(range(at, a))
            at = b
        keep.append(text[at:])
        index.extend(range(at, len(text)))
        self.text = "".join(keep)
        self.source = text
        self.source_of = index + [len(text)]  # squeezed offset -> source offset (and the end)

    def squeeze(self, other: str) -> str:
        """The same blanks taken out of another text of the same length (the source under its view)."""
        return "".join(other[i] for i in self.source_of[:-1]) if self.spaced else other

    def start(self, pos: int) -> int:
        return self.source_of[pos]

    def end(self, pos: int) -> int:
        return self.source_of[pos - 1] + 1 if pos > 0 else 0


_NAMED_AS_WRITTEN = ("EVENT", "SESSION")


def mapped_back(squeezed: Squeezed, value: Any) -> Any:
    """`value` (a fact, mention, span, or what they hold) with every offset in source terms."""
    if not squeezed.spaced:
        return value
    if isinstance(value, Mention):
        start, end = squeezed.start(value.start), squeezed.end(value.end)
        inner = mapped_back(squeezed, value.value)
        written = " ".join(squeezed.source[start:end].split())
        if value.label in _NAMED_AS_WRITTEN and isinstance(inner, dict) and written != value.text:
            inner["spaced_as"] = written  # WSIS 论坛 2035: the name as the page writes it, its blanks kept
        return replace(value, start=start, end=end, value=inner)
    if isinstance(value, Span):
        return Span(squeezed.start(value.start), squeezed.end(value.end), value.quote)
    if isinstance(value, Fact):
        return replace(value, args=mapped_back(squeezed, value.args), spans=[mapped_back(squeezed, s) for s in value.spans],
                       trigger=mapped_back(squeezed, value.trigger) if value.trigger is not None else None)
    if isinstance(value, list):
        return [mapped_back(squeezed, v) for v in value]
    if isinstance(value, tuple):
        return tuple(mapped_back(squeezed, v) for v in value)
    if isinstance(value, dict):
        out = {k: mapped_back(squeezed, v) for k, v in value.items()}
        if isinstance(value.get("start"), int) and isinstance(value.get("end"), int) and "text" in value:
            out["start"], out["end"] = squeezed.start(value["start"]), squeezed.end(value["end"])
        return out
    return value
