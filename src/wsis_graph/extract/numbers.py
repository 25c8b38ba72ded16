"""Numbers as reports write them: 11,000 / 1,000 / 44 / 近千 / 两百五十 / 1.1万 / 26亿."""

from __future__ import annotations

import re
from decimal import Decimal

import cn2an

_CHINESE_DIGITS = set("零〇一二两三四五六七八九十百千万亿")
YEAR = re.compile(r"(?:19|20)\d\d")  # the four digits that can only be a year of these reports
_MULTIPLIERS = {"万": 10_000, "亿": 100_000_000}
MAGNITUDES_ALONE = frozenset({"千", "百", "万"})  # 近千, 上万: an order of magnitude written alone is one of it


def is_magnitude_alone(text: str) -> bool:
    return text.strip() in MAGNITUDES_ALONE


def holds_a_number(text: str) -> bool:
    """会话3, 会议三: digits or Chinese numerals in a word."""
    return any(ch.isdigit() or ch in _CHINESE_DIGITS for ch in text)


def is_year(text: str) -> bool:
    """2018 of WSIS奖2018: four digits that can only be a year of these reports."""
    return bool(YEAR.fullmatch(text))


def parse_number(text: str) -> int | float | None:
    """Parse Arabic numerals with thousands separators, or Chinese numerals (cn2an)."""
    text = text.strip().replace(",", "").replace(",", "")
    if not text:
        return None
    if all(ch in _CHINESE_DIGITS for ch in text):
        if text in MAGNITUDES_ALONE:  # 近千 = nearly a thousand
            text = "一" + text
        try:
            value = cn2an.cn2an(text, "smart")
        except ValueError:
            return None
        return int(value) if float(value).is_integer() else float(value)
    if text[-1:] in _MULTIPLIERS and text[:-1].replace(".", "", 1).strip().isdigit():
        # exact decimal arithmetic: 2.3亿 is 230,000,000, not float's 229,999,999.99999997
        value = Decimal(text[:-1].strip()) * _MULTIPLIERS[text[-1]]  # 1.1万 = 11,000; 26亿 = 2,600,000,000
        return int(value) if value == value.to_integral_value() else float(value)
    try:
        value = float(text)
    except ValueError:
        return None
    return int(value) if value.is_integer() and "." not in text else value
