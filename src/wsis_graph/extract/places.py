"""Where an event was: one place per event, as precise as the text allows.

A report may name an event's place several times and at several depths: 在巴库 in the headline,
在巴库会议中心 in the body, 在马斯喀特 in one sentence and 阿曼皇家歌剧院会议中心 in another. The
event is in the most precise place, and a venue no lexicon knows lies in the place its name
holds (names.py), else in the place named right before it (巴库的奥林匹克体育场会议中心), else in
the city the text gives for the same event in the venue's country. A place outside that chain
is another event's: the first reading wins, a venue before a city.
"""

from __future__ import annotations

from typing import Any

from ..model import Fact, Mention
from .context import DocumentContext


def place_of(fact: Fact) -> Mention | None:
    """The place an event-place fact names (the last and most precise of its list)."""
    places = fact.args.get("places_all")
    place = places[-1] if isinstance(places, list) and places else places
    return place if isinstance(place, Mention) else None


def locate_events(facts: list[Fact], ctx: DocumentContext) -> list[Fact]:
    """The facts with one event-place per event; the facts folded into another give it their
    evidence spans. Mentions are never changed: a venue located anew is a new mention."""
    lexicon = ctx.lexicon
    groups: dict[Any, list[Fact]] = {}
    for fact in facts:
        if fact.kind == "event-place" and place_of(fact) is not None:
            _largest_first(fact, lexicon)
            _capital_of_the_same_name(fact, lexicon)
            _place_after(fact, lexicon)
            _city_of_its_sentence(fact, ctx)
            groups.setdefault(ctx.identity(fact.args.get("event")), []).append(fact)
    dropped: set[int] = set()
    for group in groups.values():
        anchor = next((f for f in group if _is_venue(place_of(f), lexicon)), group[0])
        for fact in group:
            if fact is anchor:
                continue
            place = place_of(fact)
            if _city_for(place, place_of(anchor), lexicon):
                _set_place(anchor, place.key)  # 马斯喀特 + 阿曼皇家歌剧院会议中心
            if place.key in _containers(place_of(anchor), lexicon):
                anchor.spans.extend(s for s in fact.spans if s not in anchor.spans)
            dropped.add(id(fact))
    return [f for f in facts if id(f) not in dropped]


def _largest_first(fact: Fact, lexicon: Any) -> None:
    """于日内瓦国际会议中心，日内瓦，瑞士 names a venue, its city and its country in the order of
    瑞士日内瓦 turned round: the list is read from the country to the most precise place, which
    comes last (an unknown or known venue, then a city, then a country)."""
    places = fact.args.get("places_all")
    if isinstance(places, list) and len(places) > 1:
        fact.args["places_all"] = sorted(places, key=lambda m: _precision(m, lexicon))


def _capital_of_the_same_name(fact: Fact, lexicon: Any) -> None:
    """第二阶段于2005年在突尼斯举行: an event held in a country that shares its Chinese name with its
    capital (突尼斯, Tunisia and Tunis: lexicon.capitals_named_as_country) is held in that city, which
    lies in the country; so is a venue whose name opens with that name (突尼斯克拉姆展览中心). A place
    more precise than the country keeps its own reading."""
    place = place_of(fact)
    within = place.value.get("within") if place.label == "PLACE" and place.key is None else None
    if within in lexicon.capitals_named_as_country and place.text.startswith(lexicon.entries[within]["zh"]):
        _set_place(fact, lexicon.capitals_named_as_country[within])  # 突尼斯克拉姆展览中心: in Tunis
        return
    capital = lexicon.capitals_named_as_country.get(place.key or "") if place.label == "COUNTRY" else None
    if capital is not None:
        city = Mention("PLACE", place.start, place.end, place.text, capital, {})
        places = fact.args["places_all"]
        fact.args["places_all"] = places[:-1] + [city] if isinstance(places, list) else city


def _precision(place: Mention, lexicon: Any) -> int:
    """A country, then a region in it (浙江省), then a city, then a venue."""
    if place.label == "COUNTRY":
        return 0
    if place.key is None and place.value.get("place_kind") == "region":
        return 1
    return 2 if _is_city(place, lexicon) else 3


def _is_city(place: Mention, lexicon: Any) -> bool:
    """A city the lexicon knows, or one the tagger found (苏瓦, 京都: a place before a country's)."""
    return lexicon.entries.get(place.key or "", {}).get("kind") == "city" or \
        (place.key is None and place.value.get("place_kind") == "city")


def _place_after(fact: Fact, lexicon: Any) -> None:
    """巴库的奥林匹克体育场会议中心: a venue no lexicon knows, named after a known place in one
    list, lies in that place; 阿曼苏丹国马斯喀特阿曼皇家歌剧院会议中心, 日本·京都·国立京都国际会馆:
    in the city before it, though its own name holds only the country."""
    places = fact.args.get("places_all")
    if not (isinstance(places, list) and len(places) > 1 and places[-1].key is None):
        return
    venue, before = places[-1], places[:-1]
    within, city = venue.value.get("within"), before[-1]
    if _is_city(city, lexicon) and not _is_city(venue, lexicon) and \
            (not within or within.startswith("country:") and within in _containers(city, lexicon)):
        if city.key:
            _set_place(fact, city.key)
        else:  # a city no lexicon knows: the resolver mints it with the venue
            fact.args["places_all"] = before + [_with_value(venue, within_place={**city.value, "name": city.value.get("name", city.text)})]
        return
    known = next((p.key or p.value.get("within") for p in reversed(before) if p.key or p.value.get("within")), None)
    if known and not within:  # 日内瓦Palexpo会展中心，第3会议厅: the room lies in the last place known
        _set_place(fact, known)


def _city_of_its_sentence(fact: Fact, ctx: DocumentContext) -> None:
    """在圣地亚哥，智利，X被举行于劳尔·普雷维什会议厅: a venue no lexicon places, with no city in its
    own list, lies in the city its sentence named before it (not in one another sentence gives
    for the same event, which may be told of another year)."""
    venue = place_of(fact)
    if venue is None or venue.key is not None or venue.value.get("within") or venue.value.get("within_place"):
        return
    seg = ctx.sentence_of(venue.start)
    cities = [m for m in ctx.mentions_between(seg.start, venue.start)
              if m.label == "PLACE" and m.key and ctx.lexicon.entries.get(m.key, {}).get("kind") == "city"]
    if cities:
        _set_place(fact, cities[-1].key)


def _with_value(m: Mention, **extra: Any) -> Mention:
    return Mention(m.label, m.start, m.end, m.text, m.key, {**m.value, **extra})


def _set_place(fact: Fact, within: str) -> None:
    places = fact.args["places_all"]
    venue = place_of(fact)
    located = Mention(venue.label, venue.start, venue.end, venue.text, venue.key, {**venue.value, "within": within})
    fact.args["places_all"] = places[:-1] + [located] if isinstance(places, list) else located


def _is_venue(place: Mention, lexicon: Any) -> bool:
    return place.label == "PLACE" and (place.key is None or lexicon.entries.get(place.key, {}).get("kind") == "venue")


def _containers(place: Mention, lexicon: Any) -> list[str]:
    """The keys of the places a place lies within, its own key first."""
    return lexicon.containers_of(place)


def country_of(place: Mention, lexicon: Any) -> str | None:
    """The key of the country a place lies in, if the lexicon or the text says."""
    return next((k for k in _containers(place, lexicon) if k.startswith("country:")), None)


def _city_for(city: Mention, venue: Mention, lexicon: Any) -> bool:
    """A city in the country a venue is known to lie in (or any city, for a venue known to lie
    nowhere), when the venue has no city yet."""
    entry = lexicon.entries.get(city.key or "", {})
    chain = _containers(venue, lexicon)
    if entry.get("kind") != "city" or city.key in chain or \
            any(lexicon.entries.get(k, {}).get("kind") == "city" for k in chain):
        return False
    countries = [k for k in chain if k.startswith("country:")]
    return not countries or f"country:{entry.get('country')}" in countries
