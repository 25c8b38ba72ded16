"""Guess a document's language from its script, for sources without a sidecar."""

from __future__ import annotations


def detect_language(text: str) -> str:
    """Return a BCP 47 tag: `zh-Hans` when Han characters dominate letters, else `en`.

    The rules are written for Chinese reports; telling the two apart is all the pipeline needs.
    """
    han = sum(1 for ch in text if "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf")
    latin = sum(1 for ch in text if ch.isascii() and ch.isalpha())
    if han and han >= latin / 4:
        return _han_variant(text)
    return "en"


_TRADITIONAL_ONLY = set("國際與會電聯們這開會議發團體權數據經濟")
_SIMPLIFIED_ONLY = set("国际与会电联们这开会议发团体权数据经济")


def _han_variant(text: str) -> str:
    trad = sum(1 for ch in text if ch in _TRADITIONAL_ONLY)
    simp = sum(1 for ch in text if ch in _SIMPLIFIED_ONLY)
    return "zh-Hant" if trad > simp else "zh-Hans"
