"""Mention finders on their own: names, countries, numbers, dates, times, people."""

from __future__ import annotations

import pytest

from wsis_graph.extract.lexicon import load_lexicon
from wsis_graph.extract.mentions import find_mentions
from wsis_graph.extract.numbers import parse_number
from wsis_graph.extract.patterns import mention_rules


def mentions(text: str, label: str | None = None):
    found = find_mentions(text, load_lexicon(), mention_rules())
    return [m for m in found if label is None or m.label == label]


def keys(text: str, label: str) -> list[str]:
    return [m.key for m in mentions(text, label)]


def test_longest_country_wins_and_cldr_names():
    assert keys("索马里和马里", "COUNTRY") == ["country:SO", "country:ML"]
    assert keys("瑞士联邦和爱沙尼亚共和国", "COUNTRY") == ["country:CH", "country:EE"]
    assert keys("阿拉伯联合酋长国、沙特阿拉伯", "COUNTRY") == ["country:AE", "country:SA"]


def test_un_world_and_regions_are_not_countries():
    assert keys("联合国与世界各地", "COUNTRY") == []
    assert keys("西亚的发展", "COUNTRY") == []
    assert keys("西亚经社会", "ORG") == ["org:escwa"]


def test_organisation_aliases_and_spacing():
    assert keys("国际电信联盟、国际电联和ITU", "ORG") == ["org:itu", "org:itu", "org:itu"]
    assert keys("贸发会议接替教科文组织", "ORG") == ["org:unctad", "org:unesco"]
    # a Latin name must stand alone: EY is not inside KEY
    assert keys("KEY 与 EY", "ORG") == ["org:ey"]


def test_event_editions_with_year_in_any_position():
    for text in ("2025年WSIS+20高级别活动", "WSIS+20高级别活动2025", "WSIS+20 2025年高级别活动",
                 "2025 年 WSIS+20 高级别活动"):
        (m,) = mentions(text, "EVENT")
        assert m.key == "event:wsis-20-hle" and m.value["year"] == "2025", text


def test_an_event_held_for_a_known_event_is_named_by_the_whole():
    (m,) = mentions("工业和信息化部在京举办2010年世界电信和信息社会日庆典。", "EVENT")
    assert (m.text, m.key, m.value["year"]) == ("2010年世界电信和信息社会日庆典", None, "2010")
    (day,) = mentions("2021年5月17日是世界电信和信息社会日。", "EVENT")
    assert (day.text, day.key) == ("世界电信和信息社会日", "event:wtisd")


def test_quantities_and_qualifiers():
    def q(text):
        (m,) = mentions(text, "QUANTITY")
        return m.value["number"], m.value["qualifier"], m.value["unit"]

    assert q("逾11,000人") == (11000, "more-than", "count")
    assert q("11,000多名参会者") == (11000, "more-than", "count")
    assert q("近千名演讲者") == (1000, "nearly", "count")
    assert q("60余名代表") == (60, "more-than", "count")
    assert q("约有1,000名演讲者") == (1000, "about", "count")
    assert q("50以上") == (50, "at-least", "count")
    assert q("女性占 44%") == (44, "exact", "percent")
    assert q("五十多位") == (50, "more-than", "count")
    assert q("吸引了上万人参加") == (10000, "more-than", "count")  # 上 before a magnitude alone
    assert q("上一届有120人") == (120, "exact", "count")  # 上 of 上一届 qualifies no number


def test_ordinals_versions_and_years_are_not_quantities():
    assert mentions("第二届早餐会", "QUANTITY") == []
    assert mentions("WSIS+20 与 AI4G", "QUANTITY") == []


def test_dates_as_precise_as_written():
    def d(text):
        (m,) = mentions(text, "DATE")
        return m.value

    assert d("于2025年7月7日至11日举行") == {"start": "2025-07-07", "end": "2025-07-11", "precision": "day"}
    assert d("2025年7月7日至7月11日")["end"] == "2025-07-11"
    assert d("2025 年 12 月在纽约") == {"start": "2025-12", "precision": "month"}
    assert d("2025-2026 年主席国") == {"start": "2025", "end": "2026", "precision": "year"}
    assert d("7月9日")["start"] == "--07-09"
    assert d("发布时间：2015-07-01 03:49")["start"] == "2015-07-01"  # a web page's date in figures
    assert d("2015/07/01")["start"] == "2015-07-01"
    assert mentions("文号2015-07-011", "DATE") == [] and mentions("2015-07/01", "DATE") == []


def test_time_range_with_offset():
    (m,) = mentions("16:45 – 17:45(UTC+02:00)", "TIME")
    assert m.value == {"start": "16:45:00", "end": "17:45:00", "offset": "+02:00"}


def test_people_titles_honorifics_and_latin_names():
    (p,) = mentions("南非通信和数字技术部长索利·马拉西先生阁下主持", "PERSON")
    assert p.value["name"] == "索利·马拉西"
    assert p.value["honorifics"] == ["honorific:mr", "honorific:his-her-excellency"]
    (p,) = mentions("通信部长多琳·博格丹-马丁 (Doreen Bogdan-Martin) 女士表示", "PERSON")
    assert p.value["name"] == "多琳·博格丹-马丁" and p.value["latin"] == "Doreen Bogdan-Martin"
    assert p.value["honorifics"] == ["honorific:ms"]
    first, ref = mentions("总统阿拉尔·卡里斯先生发言。卡里斯先生随后离开。", "PERSON")
    assert ref.value["reference"] and ref.value["name"] == "阿拉尔·卡里斯"


def test_permanent_mission_is_an_organisation_of_its_country():
    (m,) = mentions("印度常驻代表团组织了瑜伽课程", "ORG")
    assert m.text == "印度常驻代表团" and m.value["country"] == "country:IN"


def test_wan_decimals_and_qualifier_after_the_number_wins():
    (m,) = mentions("1.1万余名参会者", "QUANTITY")
    assert (m.value["number"], m.value["qualifier"]) == (11000, "more-than")
    (m,) = mentions("现场参会者共计11,000余名", "QUANTITY")
    assert (m.value["number"], m.value["qualifier"]) == (11000, "more-than")
    assert mentions("国际电联还联合举办了一场高级别对话", "QUANTITY") == []


def test_decimal_multipliers_are_exact():
    assert parse_number("2.3亿") == 230_000_000 and parse_number("4.5亿") == 450_000_000
    assert parse_number("1.25万") == 12_500 and parse_number("0.5万") == 5_000


def test_days_and_months_without_year_are_read_in_context():
    dates = mentions("活动于2025年7月7日至11日举行。总统10日在会上发表讲话。审查将于12月举行。", "DATE")
    assert [d.value["start"] for d in dates] == ["2025-07-07", "2025-07-10", "--12"]


def test_honorifics_before_a_name_and_quoted_names():
    (p,) = mentions("阁下先生阿拉尔·卡里斯,爱沙尼亚共和国的总统", "PERSON")
    assert p.value["honorifics"] == ["honorific:his-her-excellency", "honorific:mr"]
    assert keys("与“人工智能造福人类”全球峰会同期举办", "EVENT") == ["event:ai-for-good"]


def test_names_never_run_across_a_line_break():
    found = mentions("入围决赛作品:43幅\n获奖作品:10幅", "MEASURE")
    assert [m.key for m in found] == ["measure:finalists", "measure:winning-entries"]


def test_two_days_joined_by_and_are_a_span_only_when_they_follow_each_other():
    (span,) = [m for m in mentions("会议于2031年6月10日和11日举行。", "DATE")]
    assert (span.value["start"], span.value["end"]) == ("2031-06-10", "2031-06-11")
    apart = mentions("会议于2031年6月10日和13日举行。", "DATE")
    assert all("end" not in m.value for m in apart)


def test_an_english_honorific_in_brackets_is_not_part_of_the_latin_name():
    (person,) = mentions("会议由克劳迪娅·罗哈斯女士（Ms. Claudia Rojas）主持。", "PERSON")
    assert person.value["latin"] == "Claudia Rojas"


def test_dozens_and_a_few_are_no_number():
    assert not mentions("峰会由国际电信联盟与数十个联合国伙伴机构合作举办，几十家企业参展。", "QUANTITY")
    assert [m.value["number"] for m in mentions("二十个国家参加。", "QUANTITY")] == [20]


def test_a_transliterated_name_ends_before_a_word_no_name_goes_on_over():
    people = [m.value.get("name", m.text) for m in mentions("联合国秘书长安东尼奥·古特雷斯通过视频致辞，多琳·博格丹-马丁表示欢迎。", "PERSON")]
    assert people == ["安东尼奥·古特雷斯", "多琳·博格丹-马丁"]


def test_places_joined_by_dots_are_no_person_but_a_name_that_begins_like_a_country_is():
    assert not mentions("2031年3月2日至4日｜肯尼亚·蒙巴萨·海滨会议中心", "PERSON")
    assert [m.value.get("name", m.text) for m in mentions("发言人：阿曼·图尔苏诺夫先生", "PERSON")] == ["阿曼·图尔苏诺夫"]


def test_an_edition_s_abbreviation_names_its_event_wherever_it_is_written_alone():
    text = ("IGF 2031 · 肯尼亚内罗毕 · 2031年3月2日—4日\n\n所属会议：第二十六届互联网治理论坛（IGF 2031）。WSIS不是它。\n"
            "东非信息社会峰会二十周年审查会议（EAIS+20）讨论了EAIS+20进程。\n")
    events = mentions(text, "EVENT")
    alone = [m for m in events if m.text == "IGF 2031"]
    assert len(alone) == 1 and alone[0].start == 0 and alone[0].value["name"] == "第二十六届互联网治理论坛"
    assert not [m for m in events if m.text in ("WSIS", "EAIS+20")]  # a process, not an edition


def test_of_two_lexicon_names_that_overlap_the_longer_wins():
    # 互动|会外活动 (an interactive side event), not 互动会|外活动
    found = [(m.label, m.text) for m in mentions("国际电信联盟组织了多利益攸关方互动会外活动。", "SESSION_TYPE")]
    assert found == [("SESSION_TYPE", "会外活动")]
    assert [m.text for m in mentions("举行了一场互动会，讨论数字包容。", "SESSION_TYPE")] == ["互动会"]


def test_a_role_word_that_begins_a_longer_noun_is_no_role():
    assert [m.text for m in mentions("马拉西先生在闭幕式上发表了主席总结，并走上主席台。", "ROLE")] == []
    assert [m.text for m in mentions("会议由马拉西先生担任主席。", "ROLE")] == ["担任主席"]


def test_what_a_number_counts_is_no_body_of_its_own():
    assert [m.text for m in mentions("会议由东非共同体秘书处与约40个联合国机构合作举办。", "ORG")] == ["东非共同体秘书处"]


def test_a_level_is_no_office():
    assert mentions("部长级论坛和大使级会谈", "POST") == []


def test_a_day_before_a_part_of_the_day_is_a_day():
    found = mentions("会议于10月17日至18日举行。18日中午，内罗毕大学组织了午餐会；20日傍晚闭幕。", "DATE")
    assert [m.text for m in found] == ["10月17日至18日", "18日", "20日"]


def test_a_day_range_may_name_each_days_weekday():
    from wsis_graph.extract.patterns import find_dates, mention_rules
    dates = find_dates("日期：2013年2月25日（星期一）至27日（星期三）", mention_rules())
    assert any(d.value.get("start") == "2013-02-25" and d.value.get("end") == "2013-02-27" for d in dates)


@pytest.mark.parametrize("written, start, end", [
    ("将被举行在14-16 十月 2031，在阿拉木图", "2031-10-14", "2031-10-16"),  # day range, month word, year
    ("从30 六月 - 2 七月 2031", "2031-06-30", "2031-07-02"),  # a range over two months
    ("日内瓦, 17 六月 2020", "2020-06-17", None),
    ("举行在星期二，14 十一月 2031，从14:00", "2031-11-14", None),  # 十一月, not 一月
    ("在十月 14-16, 2031 举行", "2031-10-14", "2031-10-16"),  # month first, as in English
    ("on October 14, 2031", "2031-10-14", None),
    ("被举行在基加利，从5月 7-9日 2036。", "2036-05-07", "2036-05-09"),  # a translation's May 7-9 2036
    ("发生在5月 9日 2036，", "2036-05-09", None),
    ("日期：2036年3月第12日和第13日（星期三和星期四）", "2036-03-12", "2036-03-13"),  # French's le 12 et 13 mars, word for word
    ("从2036年7月第7日至第10日", "2036-07-07", "2036-07-10"),
])
def test_a_date_with_its_month_as_a_word_in_english_order(written, start, end):
    found = mentions(written, "DATE")
    assert len(found) == 1
    assert found[0].value["start"] == start and found[0].value.get("end") == end


def test_a_count_after_a_day_is_no_year_of_it():
    (day,) = mentions("5月9日 2036名代表出席", "DATE")
    assert day.value["start"] == "--05-09"


def test_clock_hours_written_in_chinese_are_a_time_range_and_the_afternoon_counts_from_noon():
    times = {m.text: (m.value["start"], m.value["end"]) for m in find_mentions(
        "周一上午10时至13时举行开幕会议，下午3点至5点半举行听证会。", load_lexicon(), mention_rules()) if m.label == "TIME"}
    assert times == {"10时至13时": ("10:00:00", "13:00:00"), "3点至5点半": ("15:00:00", "17:30:00")}
    assert not [m for m in find_mentions("共有10至15名代表发言。", load_lexicon(), mention_rules()) if m.label == "TIME"]


def test_a_person_called_by_the_last_parts_of_a_dotted_name_is_that_person():
    text = "共同协调人安德烈娅·比利亚洛沃斯·查孔大使致辞。比利亚洛沃斯·查孔表示，对话的价值在于倾听。"
    people = {m.text: m.value.get("name") for m in find_mentions(text, load_lexicon(), mention_rules()) if m.label == "PERSON"}
    assert people["比利亚洛沃斯·查孔"] == "安德烈娅·比利亚洛沃斯·查孔"


def test_a_dot_written_for_the_middle_dot_joins_a_transliterated_name_and_a_century_is_no_count():
    from wsis_graph.extract.layout import reading_view
    text = reading_view("法国代表康斯坦斯.博默拉主持了会议，版本3.5发布。应对21世纪的挑战。")
    people = [m.text for m in find_mentions(text, load_lexicon(), mention_rules()) if m.label == "PERSON"]
    assert people == ["康斯坦斯·博默拉"] and "3.5" in text
    assert not [m for m in find_mentions(text, load_lexicon(), mention_rules()) if m.label == "QUANTITY" and m.text == "21"]


def test_a_figure_said_to_fall_short_is_less_than_its_number():
    (share,) = [m for m in find_mentions("女性所占比例不足29%。", load_lexicon(), mention_rules()) if m.label == "QUANTITY"]
    assert share.value == {"number": 29, "qualifier": "less-than", "unit": "percent"}


def test_a_region_before_a_series_name_names_a_regional_event():
    (m,) = mentions("非洲区域信息社会世界峰会论坛在亚的斯亚贝巴闭幕", "EVENT")
    assert m.key is None and m.value["name"] == "非洲区域信息社会世界峰会论坛"
    (m,) = mentions("2029年阿拉伯区域WSIS论坛今天开幕", "EVENT")
    assert m.key is None and m.value["year"] == "2029" and m.value["name"] == "阿拉伯区域WSIS论坛"
    (m,) = mentions("2029年信息社会世界峰会论坛今天开幕", "EVENT")
    assert m.key == "event:wsis-forum"  # no region: the series' edition


def test_a_body_s_capitals_after_its_english_name_name_it_elsewhere():
    text = ("会议被组织由东非数字理事会（East African Digital Council, EADC），与蒙巴萨数字财团（Mombasa Digital Foundation, MDF）共同。"
            "对话被组织由EADC。主旨发言由MDF的代表作出。")
    orgs = [(m.text, m.value.get("name")) for m in mentions(text, "ORG")]
    assert ("EADC", "东非数字理事会") in orgs and ("MDF", "蒙巴萨数字财团") in orgs
    assert [t for t, _ in orgs].count("EADC") == 1  # not again inside its own brackets


def test_an_east_asian_name_written_apart_before_its_latin_gloss():
    text = "对话被主持由朴 敏俊 阁下 先生（Park Min-jun），理事会主席。而先生 健太郎 山本（Kentaro Yamamoto）宣布了结果。"
    people = {m.value["name"]: m.value.get("latin") for m in mentions(text, "PERSON")}
    assert people == {"朴 敏俊": "Park Min-jun", "健太郎 山本": "Kentaro Yamamoto"}
    assert not [m for m in mentions("会议在日内瓦 举行（Geneva）。", "PERSON")]  # 举行 is no name: 在 opens no part


def test_a_dotted_name_after_an_office_no_lexicon_lists_and_split_at_its_dot():
    found = {m.value["name"] for m in mentions("办事处技能与就业专家皮埃尔-阿兰·恩戈尔先生主持。", "PERSON")}
    assert found == {"皮埃尔-阿兰·恩戈尔"}  # 专家 ends an office: the name begins after it
    found = {m.value["name"] for m in mentions("由管理司司长鲁思·阿基尼·奥蒂诺女士担任主席。", "PERSON")}
    assert found == {"鲁思·阿基尼·奥蒂诺"}  # 思 is no transliteration character: still one name


def test_a_tier_is_its_metal_and_any_word_for_a_sponsor():
    tiers = [(m.text, m.key) for m in mentions("论坛由白金级赞助方A银行、金级赞助单位B公司以及银牌伙伴C协会提供支持。", "TIER")]
    assert tiers == [("白金级赞助方", "tier:platinum-partner"), ("金级赞助单位", "tier:gold-partner"),
                     ("银牌伙伴", "tier:silver-partner")]
    assert mentions("基金合作伙伴", "TIER") == []  # 金 of 基金 is no metal


def test_a_translation_s_bare_metal_before_partner_is_that_tier_but_a_fund_is_not():
    text = "我们的合作伙伴\n* 金合作伙伴：阿卡盖拉移动通信公司\n* 银合作伙伴：尼亚巴龙戈数字银行\n与基金合作伙伴共同资助。\n"
    assert [(m.text, m.key) for m in mentions(text, "TIER")] == [("金合作伙伴", "tier:gold-partner"), ("银合作伙伴", "tier:silver-partner")]


def test_itu_s_strategic_partner_tiers_are_tiers_of_their_own_not_long_term_partners():
    tiers = [(m.text, m.key) for m in mentions("战略合作伙伴白金（Strategic Partner Platinum）：阿拉伯联合酋长国\n"
                                               "战略合作伙伴（黄金）：沙特阿拉伯\n战略合作伙伴：日本总务省\n", "TIER")]
    assert [key for _, key in tiers] == ["tier:strategic-partner-platinum", "tier:strategic-partner-gold",
                                         "tier:long-term-partner"], tiers


def test_an_edition_word_with_its_ordinal_in_brackets_names_that_edition_of_the_series():
    text = ("第六届信息社会拉美区域论坛于2029年9月在蒙得维的亚举行。\n\n上届（第五届）论坛于2027年10月在哥伦比亚波哥大举行。"
            "\n第七届论坛定于2031年在巴拿马举办。")
    names = {m.value.get("name") for m in mentions(text, "EVENT")}
    assert {"第五届信息社会拉美区域论坛", "第七届信息社会拉美区域论坛"} <= names, names


def test_a_bilingual_fact_sheet_s_two_column_table_and_tier_headings_read_as_fields():
    from wsis_graph.extract.layout import reading_view
    table = "字段 | 内容\n名称 Name | 2031年东非区域审查论坛\n日期 Dates | 2031年10月7日—9日\n"
    view = reading_view(table)
    assert len(view) == len(table) and "日期       ： 2031年10月7日—9日" in view and "名称      ： 2031年" in view
    # one line with one bar is a title with its label, not a table's row
    assert reading_view("会议综述｜高级别政策会议7：数字身份与信任\n") == "会议综述｜高级别政策会议7：数字身份与信任\n"
    tiers = "铂金赞助商 Platinum\n南锥电信集团\n"
    assert reading_view(tiers) == "铂金赞助商         \n南锥电信集团\n"
    assert reading_view("数字包容 Digital Inclusion\n南锥电信集团\n").startswith("数字包容 Digital")  # no label, no tier


@pytest.mark.parametrize("text, quantity, value", [
    ("本届论坛与会者中，约四成来自非洲。", "约四成", {"number": 40, "qualifier": "about", "unit": "percent"}),
    ("近三成的会议在线举行。", "近三成", {"number": 30, "qualifier": "nearly", "unit": "percent"}),
    ("百分之四十四的发言者为女性。", "百分之四十四", {"number": 44, "qualifier": "exact", "unit": "percent"}),
])
def test_a_share_written_in_words_is_a_percentage(text, quantity, value):
    found = [(m.text, m.value) for m in find_mentions(text, load_lexicon(), mention_rules()) if m.label == "QUANTITY"]
    assert found == [(quantity, value)]


def test_a_member_counted_after_a_number_is_no_tenth():
    found = [(m.text, m.value["unit"]) for m in find_mentions("20成员国出席。", load_lexicon(), mention_rules()) if m.label == "QUANTITY"]
    assert found == [("20", "count")]


@pytest.mark.parametrize("text, quantity, qualifier", [
    ("吸引了3000名左右的代表。", "3000", "about"),  # after the classifier
    ("来自100个以上国家的代表。", "100", "at-least"),
    ("估计有3000名代表出席。", "估计有3000", "about"),
    ("参会人数突破3000人。", "突破3000", "more-than"),
    ("人数超3000人。", "超3000", "more-than"),  # a qualifier the lexicon lists is read wherever it stands
])
def test_a_qualifier_is_read_before_the_number_or_after_its_classifier(text, quantity, qualifier):
    found = [(m.text, m.value["qualifier"]) for m in find_mentions(text, load_lexicon(), mention_rules()) if m.label == "QUANTITY"]
    assert found == [(quantity, qualifier)]


def test_a_group_named_by_its_number_counts_nothing():
    found = [m for m in find_mentions("中方支持南非代表“77国集团与中国”所做发言。", load_lexicon(), mention_rules()) if m.label == "QUANTITY"]
    assert found == []


def test_a_region_named_with_its_division_word_is_a_place_and_opens_a_body_s_name():
    # 蒙古 (Mongolia) inside 内蒙古自治区 is not the country: the region is one place
    found = mentions("大会由工业部、内蒙古自治区人民政府联合主办，北漠自治区通信管理局承办。")
    assert [m.text for m in found if m.label == "COUNTRY"] == []
    assert {m.text for m in found if m.label == "ORG"} >= {"内蒙古自治区人民政府", "北漠自治区通信管理局"}
    (city,) = mentions("大会在内蒙古自治区青原市开幕。", "PLACE")
    assert (city.text, city.value["name"], city.value["within_place"]["name"]) == \
        ("内蒙古自治区青原市", "青原", "内蒙古自治区")
    (city,) = mentions("大会在内蒙古自治区呼和浩特市开幕。", "PLACE")  # a city GeoNames knows, in its country
    assert (city.text, city.key) == ("呼和浩特市", "place:hohhot")
    assert mentions("大会在北京市举行。", "PLACE")[0].key == "place:beijing"  # the lexicon's city stays


def test_a_limited_company_keeps_its_whole_name():
    assert "北京信通传媒有限责任公司" in {m.text for m in mentions("由北京信通传媒有限责任公司协办。", "ORG")}


def test_a_part_written_alone_later_in_the_paragraph_is_the_part_of_the_whole_named_before():
    text = "信息社会世界峰会分两个阶段举行。2001年，联合国大会通过决议。第一阶段会议于2003年12月10日至12日在日内瓦举行。\n"
    events = [(m.text, m.key) for m in mentions(text, "EVENT")]
    assert ("第一阶段会议", "event:wsis-geneva-phase") in events
    # in a paragraph of its own, the part is no known event's
    assert ("第一阶段会议", "event:wsis-geneva-phase") not in \
        [(m.text, m.key) for m in mentions("信息社会世界峰会分两个阶段举行。\n第一阶段会议于2003年在日内瓦举行。\n", "EVENT")]


@pytest.mark.parametrize("text, start, end", [
    ("会议举行，从 6 十一月 2029 到 8 十一月 2029。", "2029-11-06", "2029-11-08"),
    ("会议于2029年11月6日至2029年11月8日举行。", "2029-11-06", "2029-11-08"),
    ("会议被举行于蒙得维的亚，从2034年3月14日，星期二，到3月 16，2034年。", "2034-03-14", "2034-03-16"),
])
def test_two_whole_days_joined_by_a_word_of_range_are_one_span(text, start, end):
    (date,) = mentions(text, "DATE")
    assert (date.value["start"], date.value["end"]) == (start, end)


def test_a_breakout_session_is_a_parallel_session_but_not_inside_a_longer_word():
    assert keys("当天下午，“数字贸易”分会在D会议室举行。", "SESSION_TYPE") == ["session-type:parallel-session"]
    assert keys("部分会议采用线上方式，中国通信学会分会派员出席。", "SESSION_TYPE") == []


def test_a_name_inside_a_longer_one_of_another_kind_is_another_event():
    text = ("东非数字政策联席会议关于信息社会世界峰会成果后续行动的专题会议于5月3日在内罗毕举行。"
            "与会者评估了信息社会世界峰会（WSIS）成果的落实进展。\n")
    names = {m.text: m.value.get("name") for m in mentions(text, "EVENT")}
    # the summit written inside the meeting's name is the summit, not that meeting
    assert names["信息社会世界峰会"] == "信息社会世界峰会"
    # a short name of the same kind inside the long one is that event written shorter
    text = "信息社会世界峰会东非区域审查会议（EA RRM）于5月3日举行。东非区域审查会议通过了成果文件。\n"
    assert {m.value.get("name") for m in mentions(text, "EVENT")} == {"信息社会世界峰会东非区域审查会议"}


@pytest.mark.parametrize("text, key", [
    ("2015年，联合国大会对峰会成果落实情况进行了十年审查（WSIS+10），", "event:wsis-10-review"),
    ("联合国大会完成了对峰会成果落实情况的二十年审查。", "event:wsis-20-review"),
    ("为信息社会世界峰会（WSIS）20周年总体审查提供投入。", "event:wsis-20-review"),
    ("作为对WSIS+10总体审查的投入。", "event:wsis-10-review"),
])
def test_a_review_named_by_the_years_it_looks_back_on_is_that_review(text, key):
    assert key in {m.key for m in mentions(text, "EVENT")}


@pytest.mark.parametrize("text", [
    "联合国大会完成了对峰会成果落实情况的一百二十年审查。",  # no review of twenty years
    "WSIS+20审查政府间进程的两位共同协调人。",  # the process, not the review
    "东非数字合作十年审查高级别会议于5月举行。",  # the meeting the review holds: another event
])
def test_no_review_where_the_words_name_something_else(text):
    assert not {m.key for m in mentions(text, "EVENT")} & {"event:wsis-10-review", "event:wsis-20-review"}


def test_a_kind_word_made_the_event_s_short_name_is_that_event():
    text = ("2031年东非数字合作对话会（以下简称\"对话会\"）于2031年3月2日在基加利举行。对话会由卢旺达信息通信部主办。"
            "对话会期间举行了一场圆桌会议。下一届对话会拟于2033年举行。\n")
    found = [(m.label, m.value.get("name")) for m in mentions(text) if m.text == "对话会"]
    assert found == [("EVENT", "东非数字合作对话会")] * 3  # where it is defined, and twice after
    # the next edition, called by the same word, is not this one
    assert ("EVENT", "下一届对话会") in [(m.label, m.text) for m in mentions(text)]


def test_a_country_with_its_state_s_form_right_before_a_city():
    assert [m.text for m in mentions("会议在以色列国耶路撒冷举行。", "COUNTRY")] == ["以色列国"]  # a known city
    found = [(m.label, m.text) for m in mentions("会议在卡塔尔国多哈举行。") if m.label in ("COUNTRY", "PLACE")]
    assert found == [("COUNTRY", "卡塔尔国"), ("PLACE", "多哈")]  # a city no lexicon knows


@pytest.mark.parametrize("text, event", [
    ("2025年互联网治理论坛（IGF）于6月在挪威举行。", "2025年互联网治理论坛"),
    ("成果将提交第20届互联网治理论坛（IGF）。", "第20届互联网治理论坛"),
])
def test_an_edition_of_a_known_body_s_meeting_with_the_body_s_abbreviation_is_an_event(text, event):
    assert [m.text for m in mentions(text, "EVENT")] == [event]
    assert keys("会议由互联网治理论坛（IGF）秘书处组织。", "ORG")[0] == "org:igf"  # the body itself


def test_a_pronoun_before_a_transliterated_name_is_no_part_of_it():
    assert [m.text for m in mentions("该组织及其约翰·史密斯先生出席。", "PERSON")] == ["约翰·史密斯先生"]


@pytest.mark.parametrize("text, role", [
    ("椅子：H.E. 卡罗琳娜·门德斯，部长", "role:chair"),  # a translation's Chair: as a field's label
    ("主题演讲者：安娜·贝亚特丽斯·索萨，主任", "role:keynote-speaker"),
    ("基调演讲：Dr. Marcus Whitfield，首席科学家", "role:keynote-speaker"),
])
def test_role_words_as_machine_translation_renders_them(text, role):
    assert keys(text, "ROLE") == [role]


def test_a_chair_as_furniture_is_no_role():
    assert keys("会场摆放了两百把椅子。", "ROLE") == []


def test_a_translation_s_event_name_keeps_its_topic_and_year_after_its_head_word():
    text = "信息社会世界峰会非洲区域论坛关于数字技能2036（WSIS-ARFDS 2036）被举行在基加利。论坛关于数字技能的讨论很热烈。"
    assert [m.text for m in mentions(text, "EVENT")] == ["信息社会世界峰会非洲区域论坛关于数字技能2036"]


def test_a_translated_title_with_its_event_word_first_and_its_year_last_names_the_report_s_event():
    text = ("首页 › 活动 › 论坛\n\n论坛 法语区 的 治理 数字 2036\n\n介绍\n\n论坛 法语区 的 治理 数字 2036 是组织由 观察站。\n")
    events = [(m.text, m.value.get("year")) for m in mentions(text, "EVENT")]
    assert events == [("论坛 法语区 的 治理 数字 2036", "2036")] * 2
    # (a report whose event a word names is read by it: no title line is taken for its event)
    assert [m.text for m in mentions("2036年东非数字论坛在内罗毕举行。\n\n论坛 法语区 的 治理 数字 2036\n", "EVENT")] == ["2036年东非数字论坛"]


def test_a_person_called_by_the_last_part_of_a_dotted_name_alone_is_that_person_again():
    text = "“开源是一座桥，”莉娜·哈尔特曼说。\n\n哈尔特曼是国际数字包容署总干事。阿德奥拉·本特和米娅·本特都出席了。本特是学院院长。"
    people = [(m.text, m.value.get("name")) for m in mentions(text, "PERSON")]
    assert ("哈尔特曼", "莉娜·哈尔特曼") in people
    assert not any(name == "本特" for name, _ in people)  # (a last part two people share names neither)


def test_a_global_dialogue_named_with_its_year_is_an_event_not_a_session():
    text = "报告在2039年信息社会世界峰会数字公共产品全球对话上正式发布。为期三天的对话本周二开幕。"
    assert [m.text for m in mentions(text, "EVENT")] == ["2039年信息社会世界峰会数字公共产品全球对话"]


def test_a_chinese_name_after_an_office_and_before_a_conjunction_is_a_person_not_the_start_of_a_body():
    text = "工作坊由国际电信联盟高级项目官员方若琳和东非数字未来大学高级讲师约瑟夫·奥凯洛共同协调。"
    assert [m.text for m in mentions(text, "PERSON")] == ["方若琳", "约瑟夫·奥凯洛"]
    assert [m.text for m in mentions(text, "ORG")] == ["国际电信联盟", "东非数字未来大学"]
