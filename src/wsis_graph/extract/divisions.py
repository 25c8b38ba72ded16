"""Places written with their administrative divisions: 浙江省宁波市, 内蒙古自治区呼和浩特市.

Chinese reports name a place by its divisions, the largest first, each ending with the word for
its kind (省 a province, 自治区 an autonomous region, 市 a city). No lexicon lists every city, but
the division words say what each part is: where a place is said (在, 于 ...), the words before 市
name a city and the words before 省 or 自治区 the region it lies in. A region is read wherever
its division word is unmistakable (自治区, 特别行政区): 内蒙古自治区人民政府 is a body of that
region, not of the country 蒙古 written inside its name. The words are language data
(data/rules/zh/names.json, `divisions`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from ..model import Mention

_CJK = "\u4e00-\u9fff"


@dataclass(frozen=True)
class DivisionShapes:
    """The division words of a language, compiled once when its name data is read."""

    said: re.Pattern  # 在浙江省宁波市(召开): a place said with its divisions
    anywhere: re.Pattern  # 、内蒙古自治区(人民政府): a region whose division word is unmistakable
    cities: tuple[str, ...]  # 市: the words that end a city's name, longest first


def compile_divisions(data: dict[str, Any]) -> DivisionShapes:
    """The shapes of names.json `divisions`."""
    alt = lambda words: "|".join(map(re.escape, sorted(words, key=len, reverse=True)))  # noqa: E731
    name = f"[{_CJK}]{{{data['min_chars']},{data['max_chars']}}}?"
    said = re.compile(
        rf"(?:{alt(data['before'])})"
        rf"(?P<region>{name}(?:{alt(data['regions'])}))?"
        rf"(?:(?P<city>{name})(?:{alt(data['cities'])}))?"
        rf"(?={alt(data['after'])}|$)")
    anywhere = re.compile(rf"(?:(?<=[{re.escape(data['opens'])}])|^)(?P<region>{name}(?:{alt(data['regions_anywhere'])}))", re.M)
    return DivisionShapes(said, anywhere, tuple(sorted(data["cities"], key=len, reverse=True)))


def find_divisions(text: str, named: list[Mention], shapes: DivisionShapes) -> list[Mention]:
    """Cities and regions written with their division words, where no lexicon names a place
    already (在北京市举行 is the lexicon's Beijing)."""
    places = [m for m in named if m.label == "PLACE"]
    found: dict[tuple[int, int], Mention] = {}
    for m in shapes.said.finditer(text):
        region, city = m.span("region"), m.span("city")
        if city[0] < 0 and region[0] < 0:
            continue
        region_value = _value(m.group("region"), "region") if region[0] >= 0 else None
        if city[0] >= 0 and not _known_place(places, *city):
            start = region[0] if region_value else city[0]
            value = _value(m.group("city"), "city")
            if region_value:
                value["within_place"] = region_value
            end = city[1] + len(next(w for w in shapes.cities if text.startswith(w, city[1])))
            found[(start, end)] = Mention("PLACE", start, end, text[start:end], None, value)
        elif region_value and not _known_place(places, *region):
            found[region] = Mention("PLACE", *region, m.group("region"), None, region_value)
    for m in shapes.anywhere.finditer(text):
        a, b = m.span("region")
        if not _known_place(places, a, b) and not any(s <= a and b <= e for s, e in found):
            found[(a, b)] = Mention("PLACE", a, b, m.group("region"), None, _value(m.group("region"), "region"))
    return sorted(found.values(), key=lambda m: (m.start, m.end))


def _value(name: str, kind: str) -> dict[str, Any]:
    return {"name": name, "unknown": True, "place_kind": kind}


def _known_place(places: list[Mention], start: int, end: int) -> bool:
    return any(p.start < end and start < p.end for p in places)
