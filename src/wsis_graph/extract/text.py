"""Cut a document into blocks, lines and sentences, keeping every offset.

A block is a run of lines between bullet lines (`-`) left over from the web page: the
paragraph group a role or figure takes its context from. A sentence ends at 。!? or a line end.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_SENTENCE_END = re.compile(r"[。!?！？]+|\n")
_BULLET = re.compile(r"^\s*[-•·*]\s*$")


@dataclass(frozen=True)
class Segment:
    start: int
    end: int
    block: int
    line: int


def sentences(text: str) -> list[Segment]:
    """Every non-empty sentence with its block and line number."""
    out: list[Segment] = []
    block, line_no, pos = 0, 0, 0
    for line in text.splitlines(keepends=True):
        body = line.rstrip("\r\n")
        if _BULLET.match(body) or not body.strip():
            block += 1
        else:
            out.extend(_split_line(pos, body, block, line_no))
        pos += len(line)
        line_no += 1
    return out


def inside_brackets(text: str, start: int, pos: int, opening: str = "（(", closing: str = "）)") -> bool:
    """Whether `pos` stands inside brackets opened after `start` and not closed before it (round
    ones, or those given: 《》 around a document's title)."""
    before = text[start:pos]
    return sum(map(before.count, opening)) > sum(map(before.count, closing))


NAME_DOTS = "·•・"  # the middle dots of transliterated names (哈马敦·图雷), and between the cells of a header line

# a name's English form in brackets at the end of its Chinese one (部长级小组关于…（Ministerial Panel on …）)
ENGLISH_IN_BRACKETS = re.compile(r"\s*[（(][A-Za-z][^（）()\u4e00-\u9fff]{2,160}[）)]$")


def opening_bracket(text: str, start: int, end: int) -> int | None:
    """Where the brackets that close text[start:end] open (brackets may nest inside them), or
    None when text[start:end] does not end with a closing bracket or they open before `start`."""
    if text[end - 1:end] not in ("）", ")"):
        return None
    depth = 0
    for at in range(end - 1, start - 1, -1):
        depth += text[at] in "）)"
        depth -= text[at] in "（("
        if depth == 0:
            return at
    return None


def _split_line(offset: int, body: str, block: int, line_no: int) -> list[Segment]:
    segs, start = [], 0
    for m in _SENTENCE_END.finditer(body):
        if body[start:m.end()].strip():
            segs.append(Segment(offset + start, offset + m.end(), block, line_no))
        start = m.end()
    if body[start:].strip():
        segs.append(Segment(offset + start, offset + len(body), block, line_no))
    return segs
