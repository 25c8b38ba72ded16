"""Readable, stable IRI slugs: Latin names lower-cased, Chinese names in pinyin (pypinyin)."""

from __future__ import annotations

import re
import unicodedata

from pypinyin import lazy_pinyin

_NON_SLUG = re.compile(r"[^a-z0-9]+")
MAX_SLUG = 60


def slugify(text: str) -> str:
    """`索利·马拉西` -> `suo-li-ma-la-xi`; `Leaders TalkX` -> `leaders-talkx`."""
    parts = lazy_pinyin(text, errors=lambda chars: [chars])
    ascii_text = "-".join(parts)
    ascii_text = unicodedata.normalize("NFKD", ascii_text).encode("ascii", "ignore").decode()
    slug = _NON_SLUG.sub("-", ascii_text.lower()).strip("-")
    return slug[:MAX_SLUG].rstrip("-") or "x"
