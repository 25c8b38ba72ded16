"""Stage 3, resolve: one IRI per real thing, minted IRIs for unknowns, merged repeated facts."""

from __future__ import annotations

from helpers import EVENT_LINE, doc
from wsis_graph import NS_ID
from wsis_graph.extract import extract
from wsis_graph.resolve import Literal, resolve


def resolution(text: str):
    return resolve([extract(doc(EVENT_LINE + text))])


def test_aliases_resolve_to_one_entity_with_alt_labels():
    r = resolution("由国际电联和国际电信联盟联合主办。白金合作伙伴:ITU")
    itu = r.entities[f"{NS_ID}org/itu"]
    assert itu.labels == {"zh": "国际电信联盟", "en": "International Telecommunication Union"}
    assert "国际电联" in itu.alt_labels["zh"] and "ITU" in itu.alt_labels["en"]
    assert sum(1 for iri in r.entities if iri.endswith("/itu")) == 1


def test_repeated_figure_is_one_fact_with_two_spans():
    r = resolution("现场来自169个国家的参会者。\n本周,来自 169 个国家的参与者走进活动大厅。")
    (fact,) = [f for f in r.facts if f.kind == "statistic"]
    assert fact.args["value"] == Literal("169", "xsd:integer")
    assert [s.quote for s in fact.spans] == ["169个国家", "169 个国家"]


def test_unknown_person_is_minted_with_pinyin_slug_and_unlinked():
    r = resolution("本次活动由肯尼亚信息通信部长威廉·卡本戈先生主持。")
    iri = f"{NS_ID}person/wei-lian-ka-ben-ge"
    assert iri in r.entities and not r.entities[iri].linked
    assert iri in [e.iri for e in r.unlinked()]


def test_latin_name_in_parentheses_becomes_english_label():
    r = resolution("本次活动由肯尼亚部长威廉·卡本戈 (William Kabogo) 先生主持。")
    person = r.entities[f"{NS_ID}person/william-kabogo"]
    assert person.labels == {"zh": "威廉·卡本戈", "en": "William Kabogo"}


def test_a_name_written_with_a_full_stop_for_its_dot_keeps_that_form_as_an_alt_label():
    r = resolution("本次活动由肯尼亚部长威廉.卡本戈 (William Kabogo) 先生主持。")
    person = r.entities[f"{NS_ID}person/william-kabogo"]
    assert person.labels["zh"] == "威廉·卡本戈" and person.alt_labels["zh"] == ["威廉.卡本戈"]


def test_a_series_named_without_its_year_is_the_one_edition_the_text_names():
    r = resolve([extract(doc("2029年WSIS奖颁奖典礼于2029年7月10日在日内瓦举行，是2029年信息社会世界峰会论坛的一部分。\n"
                             "信息社会世界峰会论坛主席：肯尼亚信息通信部部长约翰·卡马乌\n"))])
    events = {f.args["context"] for f in r.facts if f.kind == "role"}
    assert f"{NS_ID}event/wsis-forum-2029" in events and f"{NS_ID}event/wsis-forum" not in events


def test_dates_keep_their_precision():
    r = resolution("在联合国大会于 2025 年 12 月举行 WSIS+20 全面审查之前。")
    times = {f.args["event"].rsplit("/", 1)[1]: f.args for f in r.facts if f.kind == "event-time"}
    assert times["wsis-20-hle-2025"]["start"] == Literal("2025-07-07", "xsd:date")
    assert times["wsis-20-review"]["start"] == Literal("2025-12", "xsd:gYearMonth")


def test_a_length_counts_back_from_the_last_day():
    text = "南方数字峰会闭幕\n\n智利瓦尔帕莱索，2031年10月9日——为期三天的第三届南方数字峰会今天闭幕。\n"
    r = resolve([extract(doc(text))])
    (time,) = [f.args for f in r.facts if f.kind == "event-time"]
    assert (time["start"], time["end"]) == (Literal("2031-10-07", "xsd:date"), Literal("2031-10-09", "xsd:date"))


def test_session_times_carry_the_offset():
    r = resolution("规划前进道路:与联合主持人的对话,2025 年 7 月 11 日,15:00 – 15:30(UTC+02:00)\n")
    (s,) = [f for f in r.facts if f.kind == "session" and "start" in f.args]
    assert s.args["start"] == Literal("2025-07-11T15:00:00+02:00", "xsd:dateTime")
    assert s.args["end"] == Literal("2025-07-11T15:30:00+02:00", "xsd:dateTime")


def test_fact_keys_are_readable_and_stable():
    text = "白金合作伙伴:马来西亚"
    first, second = resolution(text), resolution(text)
    assert [f.key for f in first.facts] == [f.key for f in second.facts]
    assert "sponsorship/wsis-20-hle-2025/my" in [f.key for f in first.facts]


def test_a_fact_the_resolver_cannot_resolve_is_rejected_with_its_reason():
    from wsis_graph.model import Fact, Mention
    x = extract(doc(EVENT_LINE))
    broken = Fact("role", {"agent": Mention("ORG", 0, 2, "某某", "org:no-such-org"), "role": "role:host",
                           "context": x.main_event}, [], "zh.test.broken", "test")
    x.facts.append(broken)
    (rejected,) = resolve([x]).rejected
    assert rejected["rule"] == "zh.test.broken" and rejected["reason"].startswith("cannot resolve: KeyError")
    assert rejected["args"]["agent"]["key"] == "org:no-such-org"


def test_every_name_the_text_gives_its_event_is_a_name_of_it():
    text = "2031年WSIS论坛于2031年3月2日在日内瓦举行。\n2031 年 WSIS 论坛由国际电信联盟主办。\n"
    resolution = resolve([extract(doc(text))])
    event = resolution.entities["https://w3id.org/wsis-graph/id/event/wsis-forum-2031"]
    assert "2031 年 WSIS 论坛" in event.alt_labels["zh"]


def test_an_unknown_event_is_also_named_with_the_abbreviation_it_defines():
    text = "2031年联合国数字合作峰会(UNDCS)于3月2日至4日在瑞士日内瓦召开。\n"
    event = next(e for e in resolve([extract(doc(text))]).entities.values() if e.kind == "Event")
    assert event.labels["zh"] == "2031年联合国数字合作峰会"
    assert "2031年联合国数字合作峰会(UNDCS)" in event.alt_labels["zh"] and "UNDCS" in event.alt_labels["en"]


def test_a_day_without_its_year_takes_the_year_the_event_is_held_in():
    text = ("东非数字审查会议于2031年3月2日至4日在内罗毕举行。\n"
            "3月3日10:00至12:00（UTC+03:00），由肯尼亚信息通信部组织的“部长级圆桌会议：数字身份”举行。\n")
    r = resolve([extract(doc(text))])
    (s,) = [f for f in r.facts if f.kind == "session" and "start" in f.args]
    assert s.args["start"] == Literal("2031-03-03T10:00:00+03:00", "xsd:dateTime")


def test_an_office_no_lexicon_knows_is_a_minted_post():
    r = resolution("会议由内罗毕大学高级规划师约翰·卡马乌博士主持。另有发言人玛丽·奥蒂诺女士（肯尼亚数据中心首席架构师）。")
    posts = {f.args["title_zh"].value: r.concepts[f.args["post"]] for f in r.facts if f.kind == "post"}
    assert posts["高级规划师"].labels == {"zh": "高级规划师"} and posts["首席架构师"].labels == {"zh": "首席架构师"}
    assert posts["高级规划师"].iri.endswith("/concept/post/gao-ji-gui-hua-shi")


def test_a_speaker_line_gives_name_office_and_body():
    r = resolution("发言人\n约翰·卡马乌先生（John Kamau），政策经理，肯尼亚数据中心\n玛丽·奥蒂诺女士，副部长，肯尼亚信息通信部\n")
    posts = {(f.args["person"].rsplit("/", 1)[1], f.args["title_zh"].value, f.args["organization"].rsplit("/", 1)[1])
             for f in r.facts if f.kind == "post"}
    assert ("john-kamau", "政策经理", "ken-ni-ya-shu-ju-zhong-xin") in posts
    assert any(p[0] == "ma-li-ao-di-nuo" and p[1] == "副部长" for p in posts)


def test_a_name_after_its_title_and_a_comma_holds_that_office():
    r = resolution("开幕式由国际电信联盟秘书长，约翰·卡马乌先生（John Kamau），以及肯尼亚共和国总统，玛丽·奥蒂诺女士主持。")
    posts = {(f.args["person"].rsplit("/", 1)[1], f.args["title_zh"].value) for f in r.facts if f.kind == "post"}
    assert ("john-kamau", "秘书长") in posts and ("ma-li-ao-di-nuo", "总统") in posts


def test_a_figure_keeps_the_noun_the_text_counted():
    r = resolution("来自40个国家的600多名与会代表和1,200名线上参会者出席。")
    nouns = {f.args["value"].value: f.args.get("noun_zh") for f in r.facts if f.kind == "statistic"}
    assert nouns["600"] == Literal("与会代表", "xsd:string")
    assert nouns["1200"] == Literal("线上参会者", "xsd:string")


def test_a_session_titled_in_quotes_is_also_named_as_the_text_writes_it():
    from helpers import doc
    from wsis_graph.extract import extract
    text = ("2031年东非数字论坛于2031年3月2日至4日在内罗毕举行。\n\n"
            "4日，主题为“开放标准”的圆桌会议由东非共同体秘书处主办。\n")
    resolution = resolve([extract(doc(text))])
    session = next(e for e in resolution.entities.values() if e.kind == "Session")
    assert session.labels["zh"] == "开放标准"
    assert {"“开放标准”", "“开放标准”的圆桌会议"} <= set(session.alt_labels.get("zh", []))


def test_every_way_the_text_writes_a_country_it_places_an_event_in_is_a_name_of_it():
    text = "2031年海湾数字论坛于2031年3月2日在阿曼马斯喀特举行。\n该部负责阿曼苏丹国的数字经济政策。\n"
    oman = resolve([extract(doc(text))]).entities[f"{NS_ID}country/OM"]
    assert "阿曼苏丹国" in oman.alt_labels["zh"]  # written in a sentence no fact was read from


def test_a_name_is_read_without_what_the_text_writes_around_it():
    """性别与数字包容轨道 (Gender and Digital Inclusion Track), 平行分论坛（6场）, “…高级别会议”, 一场…论坛:
    the name without its English words, its count, its quotes or its numeral, which stay labels."""
    from wsis_graph.resolve.resolver import undressed
    assert undressed("性别与数字包容轨道 (Gender and Digital Inclusion Track)") == \
        ("性别与数字包容轨道", "Gender and Digital Inclusion Track")
    assert undressed("平行分论坛（6场）") == ("平行分论坛", None)
    assert undressed("“大会关于信息社会世界峰会成果落实情况总体审查的高级别会议”")[0] == "大会关于信息社会世界峰会成果落实情况总体审查的高级别会议"
    assert undressed("一场青年与数字技能预备论坛") == ("青年与数字技能预备论坛", None)
    assert undressed("信息社会世界峰会（WSIS）") == ("信息社会世界峰会（WSIS）", None)  # an abbreviation is the resolver's own
    assert undressed("一次性会议") == ("一次性会议", None)


def test_two_long_names_that_begin_alike_are_two_things():
    """Slugs are cut at a length: two events whose names share their first sixty letters of pinyin
    keep apart by a hash of the whole name, and a short name keeps its plain slug."""
    from wsis_graph.resolve.slugs import MAX_SLUG, slugify
    a = slugify("大会关于信息社会世界峰会成果落实情况二十年审查后续行动的高级别互动对话")
    b = slugify("大会关于信息社会世界峰会成果落实情况总体审查的高级别会议")
    assert a != b and len(a) <= MAX_SLUG and len(b) <= MAX_SLUG
    assert a == slugify("大会关于信息社会世界峰会成果落实情况二十年审查后续行动的高级别互动对话")  # stable
    assert slugify("索利·马拉西") == "suo-li-ma-la-xi"


def test_a_title_in_two_languages_across_a_slash_is_named_in_chinese_and_english():
    from wsis_graph.resolve.resolver import undressed
    assert undressed("Opening Ceremony / 开幕式") == ("开幕式", "Opening Ceremony")
    assert undressed("青年的数字权利和在线安全 / Digital Rights and Online Safety for Youth") == \
        ("青年的数字权利和在线安全", "Digital Rights and Online Safety for Youth")
    assert undressed("数据治理 / 隐私保护") == ("数据治理 / 隐私保护", None)  # two Chinese words: one name


def test_a_known_event_written_with_its_abbreviation_in_brackets_is_called_by_it_too():
    r = resolution("2015年，联合国大会对峰会成果落实情况进行了十年审查（WSIS+10），并决定在2025年开展全面审查。")
    review = r.entities[f"{NS_ID}event/wsis-10-review"]
    assert "WSIS+10" in review.alt_labels["en"] and "十年审查（WSIS+10）" in review.alt_labels["zh"]
