"""Readable, stable IRI slugs: Latin names lower-cased, Chinese names in pinyin (pypinyin)."""

from __future__ import annotations

import hashlib
import re
import unicodedata

from pypinyin import lazy_pinyin

_NON_SLUG = re.compile(r"[^a-z0-9]+")
MAX_SLUG = 60


def slugify(text: str) -> str:
    """`索利·马拉西` -> `suo-li-ma-la-xi`; `Leaders TalkX` -> `leaders-talkx`. A name too long for a
    slug keeps its first words and a short hash of the whole name, so two long names that begin
    alike (大会关于…的高级别会议, 大会关于…的高级别互动对话) stay two things."""
    parts = lazy_pinyin(text, errors=lambda chars: [chars])
    ascii_text = "-".join(parts)
    ascii_text = unicodedata.normalize("NFKD", ascii_text).encode("ascii", "ignore").decode()
    slug = _NON_SLUG.sub("-", ascii_text.lower()).strip("-")
    if len(slug) > MAX_SLUG:
        digest = hashlib.sha1(text.encode("utf-8")).hexdigest()[:_HASH]
        return f"{slug[:MAX_SLUG - _HASH - 1].rstrip('-')}-{digest}"
    return slug or "x"


_HASH = 8  # hex digits of the whole name's hash after a long name's first words
