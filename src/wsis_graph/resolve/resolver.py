"""Stage 3, resolve: mentions become one IRI per real thing; facts get IRIs and stable keys.

国际电信联盟, 国际电联 and ITU are one lexicon entry, so one IRI. What no lexicon knows (a new
person, a permanent mission, a theme) gets a minted IRI from its name and is listed as unlinked.
Facts with the same key (a figure repeated, a role said twice) merge into one with every span.
"""

from __future__ import annotations

import re
from typing import Any

from .. import NS_ID
from ..extract import Extraction
from ..extract.lexicon import Lexicon, load_lexicon
from ..extract.text import ENGLISH_IN_BRACKETS
from ..model import Fact, Mention, Span
from .dates import date_literals, first_day, session_times
from .model import Concept, Entity, Literal, Resolution, ResolvedFact
from .slugs import slugify

ONT = "https://w3id.org/wsis-graph/ontology#"


class Resolver:
    """Resolves the extractions of one build; entities are shared across documents."""

    def __init__(self, lexicon: Lexicon | None = None) -> None:
        self.lex = lexicon or load_lexicon()
        self.entities: dict[str, Entity] = {}
        self.concepts: dict[str, Concept] = {}
        self.main: Mention | None = None
        self.reference_year: str | None = None
        self.event_year: str | None = None
        self.parent_year: str | None = None
        self.editions: dict[str, set[Any]] = {}  # a series of events -> the years one document names it with
        self.rejected: list[dict[str, Any]] = []
        self.latin_of: dict[str, str] = {}  # a person's name -> the Latin name written beside it somewhere

    # --- entry point ---------------------------------------------------------------------

    def resolve(self, extractions: list[Extraction]) -> Resolution:
        facts: dict[tuple[str, str], ResolvedFact] = {}
        first: dict[tuple[str, str], Fact] = {}  # the fact each resolved fact was first read from
        self.latin_of = _latin_names(extractions)
        for x in extractions:
            self.main = x.main_event
            self.reference_year = (x.reference or {}).get("year")
            self.event_year = self._year_held(x.facts)
            self.parent_year = x.parent_event.value.get("year") if x.parent_event is not None else None
            self.editions = _editions_named(x.mentions)
            _inherit_periods(x.facts)
            for fact in x.facts:
                resolved = self._fact(fact)
                if resolved is None:
                    continue
                key = (resolved.document, resolved.key)
                if key in facts:
                    _merge(facts[key], resolved)
                else:
                    facts[key] = resolved
                    first[key] = fact
            self._names_written_elsewhere(x.mentions)
        _fold_bodiless_posts(facts)
        for key, resolved in list(facts.items()):
            if resolved.kind == "event-time" and "start" not in resolved.args:
                self._reject(first[key], "an end date was read but no start date of the event")
                del facts[key]
        ordered = [facts[k] for k in sorted(facts)]
        return Resolution([x.document for x in extractions], dict(sorted(self.entities.items())),
                          dict(sorted(self.concepts.items())), ordered, self.rejected)

    def _names_written_elsewhere(self, mentions: list[Mention]) -> None:
        """阿曼 in a fact, 阿曼苏丹国 in another sentence: every way the text writes a country or a
        place the graph holds is a name of it, though no fact was read from that sentence."""
        for m in mentions:
            if m.label in ("COUNTRY", "PLACE") and m.key:
                iri = _lexicon_iri(m.key)
                if iri in self.entities:
                    self._add(iri, self.entities[iri].kind, {}, {"en" if m.text.isascii() else "zh": [m.text]})

    # --- entities ------------------------------------------------------------------------

    def entity(self, m: Mention) -> str:
        """The IRI of what a mention names, creating its Entity on first sight."""
        if m.label in ("MAIN", "EVENT_REF") or (m.label == "EVENT" and self._is_main(m)):
            iri = self._event(self.main)
            if m.label == "EVENT":  # 2023 年 WSIS 论坛: every way the text names its event is a name of it
                entity = self.entities[iri]
                alt: dict[str, list[str]] = {"zh": [], "en": []}
                for seen in (m.text, m.value.get("spaced_as")):  # (and as a spaced translation writes it)
                    _add_seen(alt, seen or "", entity.labels.get("zh"), entity.labels.get("en"))
                self._add(iri, "Event", {}, alt)
            return iri
        handler = {"ORG": self._org, "COUNTRY": self._country, "PLACE": self._place,
                   "EVENT": self._event, "PERSON": self._person, "SESSION_TYPE": self._series,
                   "SESSION": self._session, "TOPIC": self._topic_entity}[m.label]
        return handler(m)

    def _is_main(self, m: Mention) -> bool:
        main = self.main
        if m.value.get("edition"):
            return False  # 下届全权代表大会: another edition
        if m.key is None:
            return bool(main and main.key is None and m.value.get("name") == main.value.get("name")
                        and m.value.get("year") in (None, main.value.get("year")))  # 去年…2027年…论坛: another edition
        return bool(main and m.key == main.key and (m.value.get("year") in (None, main.value.get("year"))))

    def _add(self, iri: str, kind: str, labels: dict[str, str], alt: dict[str, list[str]] | None = None,
             props: dict[str, Any] | None = None, linked: bool = True) -> str:
        if iri not in self.entities:
            self.entities[iri] = Entity(iri, kind, {k: v for k, v in labels.items() if v}, {}, props or {}, linked)
        entity = self.entities[iri]
        for lang, names in (alt or {}).items():
            for name in names:
                if name and name != entity.labels.get(lang) and name not in entity.alt_labels.get(lang, []):
                    entity.alt_labels.setdefault(lang, []).append(name)
                    entity.alt_labels[lang].sort()
        return iri

    def _lexicon_entity(self, key: str, kind: str, seen: str, extra: dict[str, Any] | None = None) -> str:
        entry = self.lex.entries[key]
        iri = _lexicon_iri(key)
        zh, en = entry.get("zh"), entry.get("en")
        alt = {"zh": list(entry.get("alt_zh", [])), "en": list(entry.get("alt_en", []))}
        _add_seen(alt, seen, zh, en)
        return self._add(iri, kind, {"zh": zh or "", "en": en or ""}, alt, extra)

    def _org(self, m: Mention) -> str:
        if m.key:
            entry = self.lex.entries[m.key]
            props = {}
            if entry.get("country"):
                props["country"] = self._country_key(f"country:{entry['country']}")
            if entry.get("part_of"):
                props["part_of"] = self._lexicon_entity(f"org:{entry['part_of']}", "Organization",
                                                        self.lex.entries[f"org:{entry['part_of']}"].get("zh", ""))
            return self._lexicon_entity(m.key, "Organization", m.text, props)
        if "template" not in m.value:
            return self._minted(m, "org", "Organization")
        template, country_key = m.value["template"], m.value["country"]
        country = self.lex.entries[country_key]
        iri = f"{NS_ID}org/{template['slug'].format(iso=country['iso'].lower())}"
        # the country's own name before the suffix: 印度共和国常驻代表团 is 印度常驻代表团
        labels = {"zh": country["zh"] + m.value.get("suffix", ""), "en": template["en"].format(country=country["en"])}
        alt = {"zh": [m.text] if m.text != labels["zh"] else []}
        return self._add(iri, "Organization", labels, alt,
                         {"country": self._country_key(country_key)}, linked=False)

    def _country(self, m: Mention) -> str:
        return self._lexicon_entity(m.key, "Country", m.text, {"iso": m.key.split(":")[1]})

    def _country_key(self, key: str) -> str:
        return self._lexicon_entity(key, "Country", "", {"iso": key.split(":")[1]})

    def _place(self, m: Mention) -> str:
        if m.key is None:
            props: dict[str, Any] = {"place_kind": m.value.get("place_kind", "venue")}
            within, city = m.value.get("within"), m.value.get("within_place")
            if city:  # 京都·国立京都国际会馆: in a city no lexicon knows, minted with it
                props["contained_in"] = self._place(Mention("PLACE", m.start, m.start, city["name"], None, city))
            elif within:  # 巴库会议中心 is in Baku
                props["contained_in"] = (self._country_key(within) if within.startswith("country:")
                                         else self._place_key(within, ""))
            return self._minted(m, "place", "Place", props)
        return self._place_key(m.key, m.text)

    def _minted(self, m: Mention, kind_path: str, kind: str, props: dict[str, Any] | None = None) -> str:
        """A name the tagger found and no lexicon knows: an IRI from its name, unlinked; its
        abbreviation (written in parentheses after it) is another name of it."""
        name = m.value.get("name") or m.text
        abbr = m.value.get("abbr")
        iri = f"{NS_ID}{kind_path}/{slugify(name)}"
        labels = {"zh": name} if not name.isascii() else {"en": name}
        alt: dict[str, list[str]] = {"en": [abbr]} if abbr else {}
        if m.text != name and name.endswith(m.text) and len(m.text) >= _SHORT_NAME_MIN and not m.text.isascii():
            alt["zh"] = [m.text]  # 交通、通信和信息技术部 for 阿曼苏丹国交通、通信和信息技术部: the name said short
        return self._add(iri, kind, labels, alt, props or {}, linked=False)

    def _place_key(self, key: str, seen: str) -> str:
        entry = self.lex.entries[key]
        props: dict[str, Any] = {"place_kind": entry.get("kind")}
        if entry.get("within"):
            props["contained_in"] = self._place_key(f"place:{entry['within']}", "")
        elif entry.get("country"):
            props["contained_in"] = self._country_key(f"country:{entry['country']}")
        return self._lexicon_entity(key, "Place", seen, props)

    def _event(self, m: Mention | None) -> str:
        if m is None:
            raise ValueError("no event")
        if m.key is None:
            return self._unknown_event(m)
        entry = self.lex.entries[m.key]
        local = m.key.split(":", 1)[1]
        year = None if entry.get("once") else m.value.get("year")  # 2003年日内瓦阶段: when, not which
        if not year and not entry.get("once") and not m.value.get("edition") and len(self.editions.get(m.key, ())) == 1:
            (year,) = self.editions[m.key]  # 论坛主席 on the page of 2029年…论坛: the one edition the text names
        if m.value.get("edition") and not year:  # 下一届信息社会世界峰会论坛: its year unsaid
            word = m.value["edition"]
            iri = f"{NS_ID}event/{local}-{slugify(word)}"
            labels = {"zh": f"{word}{entry.get('zh', '')}", "en": f"{m.value['edition_kind']} {entry.get('en', '')}"}
            return self._add(iri, "Event", labels, {"zh": [m.text]} if m.text != labels["zh"] else {},
                             {"series": f"{NS_ID}event/{local}"})
        if year:
            iri = f"{NS_ID}event/{local}-{year}"
            labels = {"zh": f"{year}年{entry.get('zh', '')}", "en": f"{entry.get('en', '')} {year}"}
        else:
            iri = f"{NS_ID}event/{local}"
            labels = {"zh": entry.get("zh", ""), "en": entry.get("en", "")}
        alt: dict[str, list[str]] = {"zh": list(entry.get("alt_zh", [])) if entry.get("once") else [], "en": []}
        if m.label == "EVENT":  # (该论坛 pointing back at 信息社会世界峰会2038年论坛: the name it points at)
            for seen in (m.value.get("written_as", m.text), m.value.get("spaced_as"), m.value.get("abbr")):
                _add_seen(alt, seen or "", labels["zh"], labels["en"])  # (十年审查（WSIS+10）: WSIS+10 too)
        return self._add(iri, "Event", labels, alt, {"series": f"{NS_ID}event/{local}"} if year else {})

    def _unknown_event(self, m: Mention) -> str:
        """An event the text names and no lexicon knows: minted from its name, unlinked."""
        (name, english), year = undressed(m.value["name"]), m.value.get("year")
        iri = f"{NS_ID}event/{slugify(name)}" + (f"-{year}" if year else "")
        prefixed = year and str(year) not in name and not m.value.get("year_unwritten")
        labels = {"zh": f"{year}年{name}" if prefixed else name}
        if name.isascii():
            labels = {"en": f"{name} {year}" if year and str(year) not in name else name}
        alt: dict[str, list[str]] = {"en": [m.value["abbr"]]} if m.value.get("abbr") else {}
        if (m.value.get("en") or english) and "en" not in labels:
            labels["en"] = m.value.get("en") or english  # the English line under a page's title
        written_forms = ([name] if prefixed else []) + [m.value["name"]] + m.value.get("alt_zh", []) + [m.text] + (
            [m.value["with_abbr"]] if m.value.get("with_abbr") else []) + (
            [m.value["with_note"]] if m.value.get("with_note") else []) + (
            [m.value["spaced_as"]] if m.value.get("spaced_as") else [])  # …峰会(WSIS), …会议（2030年）: with its note
        for written in written_forms:  # its name as written, without the year
            if written not in labels.values() and not written.isascii() and written not in alt.get("zh", []):
                alt.setdefault("zh", []).append(written)
        return self._add(iri, "Event", labels, alt, {}, linked=False)

    def _person(self, m: Mention) -> str:
        name = m.value.get("name") or m.text
        known = next((k for k, e in self.lex.entries.items() if k.startswith("person:") and e.get("zh") == name), None)
        honorifics = [self.concept(h) for h in m.value.get("honorifics", [])]
        if known:
            entry = self.lex.entries[known]
            iri = f"{NS_ID}person/{known.split(':', 1)[1]}"
            labels, linked = {"zh": entry["zh"], "en": entry.get("en", "")}, True
        else:
            latin = m.value.get("latin") or self.latin_of.get(name)  # 奇波·恩亚蒂博士 after 奇波·恩亚蒂（Chipo Nyathi）
            iri = f"{NS_ID}person/{slugify(latin or name)}"
            labels, linked = {"zh": name, "en": latin or ""}, False
        alt = {"en": [m.value["latin"]] if m.value.get("latin") else []}
        if m.value.get("written") and m.value["written"] != labels["zh"]:
            alt["zh"] = [m.value["written"]]  # 康斯坦斯.博默拉: the name as the source writes its dots
        self._add(iri, "Person", labels, alt, {}, linked)
        person = self.entities[iri]
        if m.value.get("latin") and not person.labels.get("en"):
            person.labels["en"] = m.value["latin"]
        merged = sorted(set(person.props.get("honorifics", [])) | set(honorifics))
        if merged:
            person.props["honorifics"] = merged
        return iri

    def _event_slug(self) -> str:
        return self._event(self.main).rsplit("/", 1)[1]

    def _series(self, m: Mention) -> str:
        concept = self.lex.concepts[m.key]
        iri = f"{NS_ID}session/{self._event_slug()}/{concept['id']}"
        return self._add(iri, "Session", {"zh": concept["zh"], "en": concept["en"]},
                         {"zh": [m.text] if m.text != concept["zh"] else []},
                         {"session_type": self.concept(m.key), "series": True})

    def _session(self, m: Mention) -> str:
        concept = self.lex.concepts[m.value["type"]]
        organisers = m.value.get("organisers", [])
        if m.value.get("name"):
            name, english = undressed(m.value["name"])
            iri = f"{NS_ID}session/{self._event_slug()}/{slugify(name)}"
            # its title alone names it too, and so do its words as written (“数据流动与信任”小组讨论)
            written = [m.value["title"]] if m.value.get("title") else []
            kind_part = name.split("：", 1)[0].strip() if "：" in name else ""
            if len(kind_part) >= _SHORT_NAME_MIN and m.value.get("title"):  # 开幕全体会议：青年塑造数字未来: its kind's words alone
                written.append(kind_part)
            written += [w for w in (m.value["name"], m.text, _quoted_part(m.text), m.value.get("written"),
                                    m.value.get("spaced_as"), *m.value.get("also_zh", []))
                        if w and w != name and w not in written]  # (also_zh: the other names the text gives it)
            alt = {"zh": written} if written else None
            english = m.value.get("en") or english  # its English line, or its English words in brackets
            labels = {"zh": name, "en": english} if english else {"zh": name}
            return self._add(iri, "Session", labels, alt, {"session_type": self.concept(m.value["type"])})
        if not organisers:  # 部长级圆桌会议于27日举行: the session of that kind, nobody named to tell it apart
            return self._series(Mention("SESSION_TYPE", m.start, m.end, m.text, m.value["type"], {}))
        org_labels = [self._organiser_label(k) for k in organisers]
        slug = "-".join([concept["id"]] + [slugify(k.split(":")[-1]) for k in organisers])
        iri = f"{NS_ID}session/{self._event_slug()}/{slug}"
        labels = {"zh": "、".join(z for z, _ in org_labels) + concept["zh"],
                  "en": f"{concept['en']} ({' and '.join(e for _, e in org_labels)})"}
        return self._add(iri, "Session", labels, {"zh": [m.text]}, {"session_type": self.concept(m.value["type"])})

    def _organiser_label(self, key: str) -> tuple[str, str]:
        entry = self.lex.entries.get(key) or {}
        if not entry and key.startswith("org:"):
            minted = self.entities.get(f"{NS_ID}org/{key[4:]}")
            entry = minted.labels if minted else {}
        return entry.get("zh") or entry.get("en", key), entry.get("en") or entry.get("zh", key)

    def _topic_entity(self, m: Mention) -> str:
        """A topic used as a context (WSIS+20 co-facilitators): the event the topic stands for."""
        event = self.lex.concepts.get(m.key or "", {}).get("event")
        if not event:
            raise KeyError(m.key)
        return self._event(Mention("EVENT", m.start, m.end, m.text, f"event:{event}", {}))

    # --- concepts ------------------------------------------------------------------------

    def concept(self, key: str) -> str:
        if key in self.lex.concepts:
            c = self.lex.concepts[key]
            prefix = key.split(":", 1)[0]
            iri = f"{NS_ID}concept/{prefix}/{c['id']}"
            if iri not in self.concepts:
                props = {k: c[k] for k in ("order", "derive", "code") if k in c}
                words = c.get("triggers", []) + c.get("share_of", [])
                alt = {"zh": [t for t in words if t != c["zh"] and not t.isascii()],
                       "en": [t for t in words if t != c["en"] and t.isascii()]}
                self.concepts[iri] = Concept(iri, ONT + c["scheme"], {"en": c["en"], "zh": c["zh"]},
                                             {k: sorted(set(v)) for k, v in alt.items() if v}, props)
            return iri
        raise KeyError(key)

    def minted_measure(self, m: Mention) -> str:
        """What a figure counts when no measure names it (部长, 会外活动): a concept of the
        Measures scheme with the noun as its Chinese label, so the row still says what it is."""
        return self._minted_concept("measure", "Measures", m.value.get("noun") or m.text)

    def minted_post(self, title: str) -> str:
        """An office no lexicon knows (驻地代表, 高级讲师): a concept of the Posts scheme with
        the title as its Chinese label, unlinked."""
        return self._minted_concept("post", "Posts", title)

    def free_topic(self, m: Mention) -> str:
        return self._minted_concept("topic", "Topics", m.text)

    def _minted_concept(self, prefix: str, scheme: str, label: str) -> str:
        """A concept no lexicon lists, in `scheme`, with the text's words as its Chinese label, unlinked."""
        iri = f"{NS_ID}concept/{prefix}/{slugify(label)}"
        if iri not in self.concepts:
            self.concepts[iri] = Concept(iri, ONT + scheme, {"zh": label}, {}, {"linked": False})
        return iri

    # --- facts ---------------------------------------------------------------------------

    def _fact(self, fact: Fact) -> ResolvedFact | None:
        builder = getattr(self, "_fact_" + fact.kind.replace("-", "_"))
        try:
            built = builder(fact.args)
        except (KeyError, ValueError) as exc:
            self._reject(fact, f"cannot resolve: {type(exc).__name__} {exc}")
            return None
        if built is None:
            self._reject(fact, "cannot resolve: an argument names nothing the resolver knows")
            return None
        key, args = built
        return ResolvedFact(fact.kind, key, fact.rule, fact.document, args, list(fact.spans))

    def _reject(self, fact: Fact, reason: str) -> None:
        """Nothing is lost in silence: an unresolvable fact goes to rejected.jsonl with its reason."""
        self.rejected.append({**fact.to_json(), "key": "", "reason": reason})

    def _arg(self, value: Any) -> str:
        if isinstance(value, Mention):
            if value.label in ("TOPIC", "ACTION_LINE") and not value.key:
                return self.free_topic(value)
            if value.label == "TIER" and not value.key:  # 钻石级合作伙伴: a tier no lexicon lists
                return self._minted_concept("tier", "SponsorTiers", value.text)
            if value.label in ("ROLE", "TIER", "RELATION", "ACTION_LINE", "POST", "TOPIC_KIND") or (
                    value.label == "TOPIC" and value.key):
                return self.concept(value.key)
            return self.entity(value)
        return self.concept(value)

    def _fact_event_time(self, a: dict[str, Any]):
        event = self._arg(a["event"])
        args: dict[str, Any] = {"event": event}
        if "date" in a:
            _add_period(args, *date_literals(a["date"].value, self._year()))
        if "end_date" in a:  # 大会将持续至11月28日: the end of the timing read elsewhere
            value = dict(a["end_date"].value)
            days = value.pop("duration_days", None)  # 为期三天的峰会今天闭幕: counted back from its last day
            start, end = date_literals(value, self._year())
            if "date" not in a and (end or days):  # 于5月30日至31日圆满落幕: the days it ran, up to its end
                _add_period(args, *((start, end) if end else (first_day(start, days), start)))
            args["end"] = end or start
        if "last_days" in a:  # 最后一周将于5月30日至6月3日举行: the event's last days give its end alone
            start, end = date_literals(a["last_days"].value, self._year())
            args["end"] = end or start
        return f"event-time/{_tail(event)}", args

    def _fact_event_place(self, a: dict[str, Any]):
        places = a["places_all"] if isinstance(a["places_all"], list) else [a["places_all"]]
        event, place = self._arg(a["event"]), self._arg(places[-1])  # where a venue lies: extract/places.py
        chain = set(self.lex.containers_of(places[-1]))
        for country in places[:-1]:  # 阿曼苏丹国马斯喀特: the country the place lies in, as the text names it
            if country.label == "COUNTRY" and country.key in chain:
                self._arg(country)
        return f"event-place/{_tail(event)}/{_tail(place)}", {"event": event, "place": place}

    def _fact_event_duration(self, a: dict[str, Any]):
        """为期五天: the event's length as an xsd:duration; two lengths said of one event stay two
        facts (the key holds the value), each with its own evidence."""
        event = self._arg(a["event"])
        duration = Literal(a["duration"].value["duration"], "xsd:duration")
        return f"event-duration/{_tail(event)}/{duration.value.lower()}", {"event": event, "duration": duration}

    def _fact_relation(self, a: dict[str, Any]):
        subject, relation, obj = self._arg(a["subject"]), self._arg(a["relation"]), self._arg(a["object"])
        return f"relation/{_tail(subject)}/{_tail(relation)}/{_tail(obj)}", {
            "subject": subject, "relation": relation, "object": obj}

    def _fact_role(self, a: dict[str, Any]):
        ctx = a["context"]
        agent, role = self._arg(a["agent"]), self._arg(a["role"])
        context = self._topic_entity(ctx) if ctx.label == "TOPIC" else self._arg(ctx)
        args: dict[str, Any] = {"agent": agent, "role": role, "context": context}
        period = a.get("period") or a.get("start")
        if isinstance(period, Mention):
            _add_period(args, *date_literals(period.value, self._year()))
        return f"role/{_tail(context)}/{_tail(role)}/{_tail(agent)}", args

    def _fact_post(self, a: dict[str, Any]):
        """An office held in a body; 副省长X names no body, and its post has no organization."""
        person = self._arg(a["person"])
        org = self._arg(a["organization"]) if a.get("organization") is not None else None
        post = self.minted_post(a["post"]["text"]) if isinstance(a["post"], dict) else self._arg(a["post"])
        concept = self.concepts[post]
        args = {"person": person, "post": post,
                "title_zh": Literal(a["title"]["text"].removeprefix("的").strip(), "xsd:string")}
        if org is not None:
            args["organization"] = org
        if concept.labels.get("en"):
            args["title_en"] = Literal(concept.labels["en"], "xsd:string")
        return f"post/{_tail(person)}/{_tail(org) if org else '-'}/{_tail(post)}", args

    def _fact_sponsorship(self, a: dict[str, Any]):
        sponsor, event, tier = self._arg(a["sponsor"]), self._arg(a["event"]), self._arg(a["tier"])
        return f"sponsorship/{_tail(event)}/{_tail(sponsor)}", {"sponsor": sponsor, "event": event, "tier": tier}

    def _fact_statistic(self, a: dict[str, Any]):
        subject = self._arg(a["subject"])
        measure = self.minted_measure(a["measure"]) if isinstance(a["measure"], Mention) else self.concept(a["measure"])
        qualifier, unit = self.concept(a["qualifier"]), self.concept(a["unit"])
        value = a["value"]
        literal = Literal(str(value), "xsd:integer" if isinstance(value, int) else "xsd:decimal")
        args = {"subject": subject, "measure": measure, "value": literal, "qualifier": qualifier, "unit": unit}
        noun = a.get("noun") or (a["measure"].value.get("noun") if isinstance(a["measure"], Mention) else None)
        if noun:  # what the text counted, as written (与会代表 of participants)
            args["noun_zh"] = Literal(noun["text"] if isinstance(noun, dict) else noun, "xsd:string")
        return f"statistic/{_tail(subject)}/{_tail(measure)}-{value}", args

    def _fact_session(self, a: dict[str, Any]):
        session = self._arg(a["session"])
        args: dict[str, Any] = {"session": session, "type": self.concept(a["type"]), "event": self._arg(a["event"])}
        if isinstance(a.get("date"), Mention):
            time = a["time"].value if a.get("time") else None
            _add_period(args, *session_times(a["date"].value, time, self._year()))
        return f"session/{_tail(session)}", args

    def _fact_topic(self, a: dict[str, Any]):
        subject, topic, kind = self._arg(a["subject"]), self._arg(a["topic"]), self.concept(a["kind"])
        return f"topic/{_tail(subject)}/{_tail(kind)}/{_tail(topic)}", {"subject": subject, "topic": topic, "kind": kind}

    def _year(self) -> str | None:
        """The year a date written without one is in: the report's event's (from its name, else
        from the dates it is held on; on a session's page, the year of the event the session is
        part of), else the year the text speaks from (its dateline or its `published` date)."""
        return (self.main.value.get("year") if self.main else None) or self.event_year or self.parent_year \
            or self.reference_year

    def _year_held(self, facts: list[Fact]) -> str | None:
        """会议于2024年9月24日至26日举行 ... 9月26日: the year the report's event is held in."""
        for fact in facts:
            event, date = fact.args.get("event"), fact.args.get("date")
            if fact.kind != "event-time" or not isinstance(event, Mention) or not isinstance(date, Mention):
                continue
            if event.label in ("MAIN", "EVENT_REF") or (event.label == "EVENT" and self._is_main(event)):
                year = str(date.value.get("start", ""))[:4]
                if year.isdigit():
                    return year
        return None


_SHORT_NAME_MIN = 4  # 信息技术部: the fewest characters of a name said short that stand for it (not 该部)


def _add_period(args: dict[str, Any], start: Literal, end: Literal | None) -> None:
    """A start date or time, and an end when the text gives one."""
    args["start"] = start
    if end:
        args["end"] = end


def _tail(iri: str) -> str:
    return iri.rstrip("/").rsplit("/", 1)[-1].lower()


def _lexicon_iri(key: str) -> str:
    """The IRI of a lexicon entry (country:KE -> …/country/KE, place:geneva -> …/place/geneva)."""
    prefix, local = key.split(":", 1)
    return f"{NS_ID}{prefix}/{local.upper() if prefix == 'country' else local}"


def _add_seen(alt: dict[str, list[str]], seen: str, zh: str | None, en: str | None) -> None:
    """Keep the name as written when it is none of the canonical ones (Latin script is English)."""
    seen = seen.strip()
    if not seen or seen in (zh, en):
        return
    lang = "en" if seen.isascii() else "zh"
    if seen not in alt[lang]:
        alt[lang].append(seen)


def _fold_bodiless_posts(facts: dict[tuple[str, str], ResolvedFact]) -> None:
    """秘书长X after 国际电联秘书长X: an office said again without its body is the post already
    read with it, which takes its evidence, not a second post."""
    bodied: dict[tuple, ResolvedFact] = {}
    for (document, _), f in facts.items():
        if f.kind == "post" and "organization" in f.args:
            bodied.setdefault((document, f.args["person"], f.args["post"]), f)
    for key, f in list(facts.items()):
        if f.kind == "post" and "organization" not in f.args:
            into = bodied.get((key[0], f.args["person"], f.args["post"]))
            if into is not None:
                _merge(into, f)
                del facts[key]


def _merge(into: ResolvedFact, other: ResolvedFact) -> None:
    into.spans = sorted(set(into.spans) | set(other.spans))
    for k, v in other.args.items():
        if k not in into.args:
            into.args[k] = v
        elif isinstance(v, Literal) and k == "title_zh" and len(v.value) > len(into.args[k].value):
            into.args[k] = v
        elif k in ("start", "end") and _finer_date(v, into.args[k]):
            into.args[k] = v  # 2016年WSIS论坛 in a headline, 于5月2日至6日举行 below: the day, within the year


def _finer_date(finer: Any, coarser: Any) -> bool:
    """Whether a date literal says more of the same date (2016-05-02 of 2016)."""
    if not (isinstance(finer, Literal) and isinstance(coarser, Literal)):
        return False
    a, b = str(finer.value), str(coarser.value)
    return len(a) > len(b) and a.startswith(b + "-")


def _inherit_periods(facts: list[Fact]) -> None:
    """List roles (副主席: A、B) with no period of their own take the period of the role fact
    before them in the same context (贸发会议...担任 2025-2026 年主席国), with its evidence."""
    dated = [f for f in facts if f.kind == "role" and isinstance(f.args.get("period"), Mention)]
    for fact in facts:
        if fact.kind != "role" or isinstance(fact.args.get("period"), Mention):
            continue
        if fact.args.pop("inherit_period", None):
            context = fact.args.get("context")
            source = next((d for d in dated if d.args.get("context") == context), None)
            if source:
                period = source.args["period"]
                fact.args["period"] = period
                fact.spans.append(Span(period.start, period.end, period.text))
    for fact in facts:
        fact.args.pop("inherit_period", None)


_QUOTED = re.compile(r"[“「\"][^“”「」\"]{2,60}[”」\"]")


# “…高级别会议”, …轨道 (Gender and Digital Inclusion Track), 平行分论坛（6场）, 一场青年…论坛, Opening
# Ceremony / 开幕式: what a text writes around a name that is no part of it (quotes around it all,
# its English words in brackets or across a slash, how many there were, a numeral and classifier)
_TWO_LANGUAGES = re.compile(r"^(?P<a>[^/／]+?)\s+[/／]\s+(?P<b>[^/／]+)$")  # Opening Ceremony / 开幕式
_COUNT_AFTER = re.compile(r"\s*[（(]\s*\d{1,3}\s*[场个次项]\s*[）)]$")
_ONE_OF_THEM_BEFORE = re.compile(r"^(?:[一两二三四五六七八九十]|\d{1,2})\s*场(?=[\u4e00-\u9fff]{3})")


def undressed(name: str) -> tuple[str, str | None]:
    """A session's or event's name without what the text writes around it, and the English words
    it gives in brackets after it (its English name), if any. The name as written stays a label."""
    name = name.strip()
    if _QUOTED.fullmatch(name):
        name = name[1:-1].strip()
    name = _COUNT_AFTER.sub("", name)
    name = _ONE_OF_THEM_BEFORE.sub("", name)
    english = ENGLISH_IN_BRACKETS.search(name)
    if english and " " in english.group().strip() and not name[:english.start()].isascii():  # (…峰会（WSIS） stays)
        return name[:english.start()].strip(), english.group().strip(" （()）")
    both = _TWO_LANGUAGES.match(name)
    if both:  # Opening Ceremony / 开幕式, 开幕式 / Opening Ceremony: its name in each language
        latin = [side.strip() for side in both.groups() if side.isascii()]
        chinese = [side.strip() for side in both.groups() if not side.isascii()]
        if len(latin) == 1 and len(chinese) == 1:
            return chinese[0], latin[0]
    return name, None


def _quoted_part(text: str) -> str | None:
    """“开放标准” of “开放标准”的圆桌会议: the quoted title as the text writes it, marks and all."""
    found = _QUOTED.search(text)
    return found.group() if found else None


def _editions_named(mentions: list[Mention]) -> dict[str, set[Any]]:
    """The years each series of events (event:wsis-forum) is named with in one document."""
    found: dict[str, set[Any]] = {}
    for m in mentions:
        if m.label == "EVENT" and m.key and m.value.get("year"):
            found.setdefault(m.key, set()).add(m.value["year"])
    return found


def _latin_names(extractions: list[Extraction]) -> dict[str, str]:
    """Each person's name with the Latin name a text writes beside it once (奇波·恩亚蒂博士（Dr. Chipo
    Nyathi）), so that every mention of that person, with or without it, names one person."""
    found: dict[str, set[str]] = {}
    for x in extractions:
        for fact in x.facts:
            for value in fact.args.values():
                for m in value if isinstance(value, list) else [value]:
                    if isinstance(m, Mention) and m.label == "PERSON" and m.value.get("latin"):
                        found.setdefault(m.value.get("name") or m.text, set()).add(m.value["latin"])
    return {name: latins.pop() for name, latins in found.items() if len(latins) == 1}
