"""Offices joined in one title: 创始人兼首席执行官 is two posts of one person.

A post rule reads the title a person is given as one stretch of text; where the text joins two
offices with a joiner word (names.json, `title_joiners`) and every part ends with an office word
(the name tagger's person titles and titles after a name, the post rules' office heads), each
part is a post of its own, read from the same evidence.
"""

from __future__ import annotations

import re
from functools import cache

from ..model import Fact
from .context import DocumentContext
from .names import name_data, office_heads


@cache
def office_words() -> tuple[tuple[str, ...], re.Pattern]:
    """The words an office ends with, and the pattern of the words that join two offices."""
    data = name_data()
    joiners = re.compile("|".join(map(re.escape, data.title_joiners)))
    return data.person_titles + data.titles_after + office_heads(), joiners


def joined_titles(facts: list[Fact], ctx: DocumentContext) -> list[Fact]:
    """One post fact per office of a joined title (创始人兼首席执行官: 创始人, 首席执行官)."""
    out: list[Fact] = []
    for fact in facts:
        parts = _parts(fact.args.get("title")) if fact.kind == "post" else []
        if len(parts) < 2:
            out.append(fact)
            continue
        for part in parts:
            post = next((m for m in ctx.mentions if m.label == "POST" and (m.start, m.end) == (part["start"], part["end"])), None)
            args = {**fact.args, "title": part, "post": post if post is not None else part}
            out.append(Fact(fact.kind, args, list(fact.spans), fact.rule, fact.document, fact.trigger))
    return out


def _parts(title: object) -> list[dict]:
    """The offices a title joins, each with its place in the text; none unless every part ends
    with an office word."""
    if not isinstance(title, dict) or not title.get("text"):
        return []
    offices, joiners = office_words()
    text, start = title["text"], title["start"]  # (a bracketed country after it is cut already: rules.py)
    parts, at = [], 0
    for m in list(joiners.finditer(text)) + [None]:
        end = m.start() if m else len(text)
        words = text[at:end]
        if not words.strip() or not words.strip().endswith(offices):
            return []
        lead = len(words) - len(words.lstrip())
        parts.append({"text": words.strip(), "start": start + at + lead, "end": start + at + lead + len(words.strip())})
        at = m.end() if m else end
    return parts if len(parts) > 1 else []
