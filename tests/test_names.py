"""The name tagger alone: organisations, venues, events and people no lexicon knows."""

from __future__ import annotations

import pytest

from wsis_graph.extract.lexicon import load_lexicon
from wsis_graph.extract.mentions import find_mentions
from wsis_graph.extract.patterns import mention_rules


def unknown(text: str) -> set[tuple[str, str]]:
    return {(m.label, m.value.get("name", m.text)) for m in find_mentions(text, load_lexicon(), mention_rules())
            if m.value.get("unknown")}


@pytest.mark.parametrize("text, expected", [
    ("会议由国际电信联盟和泰国数字经济与社会部共同主办。", ("ORG", "泰国数字经济与社会部")),
    ("由卢旺达信息通信技术和创新部承办。", ("ORG", "卢旺达信息通信技术和创新部")),
    ("泰国国家广播和电信委员会作为主要协调方负责会务。", ("ORG", "泰国国家广播和电信委员会")),
    ("本次会议得到泰国真实集团（金牌合作伙伴）和亚洲互联网络信息中心（支持合作伙伴）的支持。",
     ("ORG", "亚洲互联网络信息中心")),
    ("会议在巴库奥林匹克体育场会议中心开幕。", ("PLACE", "巴库奥林匹克体育场会议中心")),
    ("信息社会世界峰会亚太区域审查会议（AP WSIS+20 RRM）25日举行。", ("EVENT", "信息社会世界峰会亚太区域审查会议")),
    ("“信息社会世界峰会成果落实十年审查进程高级别会议”今天召开。",
     ("EVENT", "信息社会世界峰会成果落实十年审查进程高级别会议")),
    ("亚太电信组织秘书长近藤雅之在开幕式上作主旨演讲。", ("PERSON", "近藤雅之")),
    ("对话被主持由先生 赵明远，副秘书长，国际电联。", ("PERSON", "赵明远")),  # Mr. X, word for word
    ("发言者之一是女士 林小雅，研究员。", ("PERSON", "林小雅")),
    ("会议被调节由先生李明浩，主任，亚太电信组织。", ("PERSON", "李明浩")),  # … and with no space
    ("对话被主持由阿伊莎·卡马拉女士，创始人，达喀尔女孩编程网络，塞内加尔。", ("ORG", "达喀尔女孩编程网络")),  # a weak head after an office
    ("联合国教科文组织总干事松浦晃一郎也在全体会议上发言。", ("PERSON", "松浦晃一郎")),  # surname of two, name of three
    ("主旨发言：巴特孟和·苏赫巴托尔教授（蒙古国），乌兰巴托信息技术大学校长", ("PERSON", "巴特孟和·苏赫巴托尔")),  # 和 before the dot
    ("会议与太平洋岛屿数字合作网络（Pacific Islands Digital Cooperation Network，PIDCN）作为共同组织者。",
     ("ORG", "太平洋岛屿数字合作网络")),  # a weak head, an abbreviation after the English name
    ("阁下 奥云其其格·甘巴特尔 女士（H.E. Ms. Oyunchimeg Ganbaatar），副部长，担任了主席。", ("PERSON", "奥云其其格·甘巴特尔")),
    ("浙江省委常委、宁波市委书记彭佳学出席并致辞。", ("PERSON", "彭佳学")),  # a party committee's offices
    ("浙江省委常委、宁波市委书记彭佳学出席并致辞。", ("ORG", "宁波市委")),
    ("中国工业和信息化部副司长李慧琳在会上介绍经验。", ("PERSON", "李慧琳")),
    ("第70届联合国大会主席吕克托夫特(Mogens Lykketoft)与会。", ("PERSON", "吕克托夫特")),
    ("由肯尼亚信息通信和数字经济部组织的圆桌会议举行。", ("ORG", "肯尼亚信息通信和数字经济部")),
    ("会议由开发计划署内罗毕办事处驻地代表主持。", ("ORG", "开发计划署内罗毕办事处")),  # a known body's unit, named whole
    ("会议由王建国先生主持。", ("PERSON", "王建国")),
    ("本届年会由日本总务省作为东道国主办。", ("ORG", "日本总务省")),
    ("下一届大会将于2026年在卡塔尔首都多哈举行。", ("PLACE", "多哈")),
    ("日本总务省审议官田中由纪子女士出席。", ("PERSON", "田中由纪子")),
    ("东非数字峰会（EADS）+5审查会议在内罗毕举行。", ("EVENT", "东非数字峰会+5审查会议")),
    ("会议由肯尼亚互联网协会和东非电信株式会社联合组织。", ("ORG", "肯尼亚互联网协会")),
    ("会议由肯尼亚互联网协会和东非电信株式会社联合组织。", ("ORG", "东非电信株式会社")),
    ("秘鲁库斯科农村电信合作社派代表出席。", ("ORG", "秘鲁库斯科农村电信合作社")),
    ("肯尼亚数字经济振兴院院长王建国致辞。", ("ORG", "肯尼亚数字经济振兴院")),
    ("论坛8日在日本京都国际会馆开幕。", ("PLACE", "京都")),
    ("IGF 2031 · 墨西哥瓜达拉哈拉 · 2031年12月6日—9日", ("PLACE", "瓜达拉哈拉")),
    ("会议于3月2日在印度新德里召开。", ("PLACE", "新德里")),
    ("在大会开幕之前，“连接一代”全球青年峰会已于6月1日举行。", ("EVENT", "“连接一代”全球青年峰会")),
    ("支持合作伙伴：海湾数据枢纽公司。", ("ORG", "海湾数据枢纽公司")),
    ("信息社会世界峰会第三阶段会议于16日上午在突尼斯首都隆重开幕。", ("EVENT", "信息社会世界峰会第三阶段会议")),
    ("作为大会的前奏，青年数字峰会已于大会开幕前两天举行。", ("EVENT", "青年数字峰会")),
    ("国际电信联盟副秘书长、韩国籍的金度贤随后发表讲话。", ("PERSON", "金度贤")),  # a nationality before a name
    ("大使在东非数字议程审议进程第一次筹备会上的发言", ("EVENT", "东非数字议程审议进程第一次筹备会")),
    ("会议由东非中小企业数字化联合会协办。", ("ORG", "东非中小企业数字化联合会")),  # 中小, no 中 of 在…中
    ("并且东非数字创新研究院林佳慧担任其副主席。", ("ORG", "东非数字创新研究院")),  # 并且 before a body
    ("主席总结\n（2027年3月5日，肯尼亚蒙巴萨）\n", ("PLACE", "蒙巴萨")),  # a city after its country, before a bracket
    ("2019年11月26日，第14届联合国互联网治理论坛在柏林开幕。", ("EVENT", "第14届联合国互联网治理论坛")),  # 联合国 before a known name
    ("第七届论坛定于2031年在科威特科威特城举办。", ("PLACE", "科威特城")),  # a city named for its country, after it
    ("下一次区域审查会议将被举行于 2036 年在科威特城，科威特，被宣布。", ("PLACE", "科威特城")),  # … before it, a comma between
    ("东非互联网治理论坛常务副主任王晓受邀参加会议。", ("PERSON", "王晓")),  # 受邀 is said of the person
    ("小组成员：卡洛斯·埃雷拉（执行主任，拉丁美洲社区网络协会）；和 Mei Tanaka（高级研究员，Tokyo Centre for AI）",
     ("PERSON", "Mei Tanaka")),  # Latin letters before an office in brackets: its holder
    ("版主：Léa Fontaine，记者，Radio Léman", ("PERSON", "Léa Fontaine")),  # … or after a comma
    ("小组成员：Prof. Kwabena Asare（主任，West African Institute of Data Science）", ("ORG", "West African Institute of Data Science")),
    ("版主：Samuel Otieno，首席执行官，African Digital Economy Observatory", ("ORG", "African Digital Economy Observatory")),
])
def test_a_name_no_lexicon_knows_is_found(text, expected):
    assert expected in unknown(text)


def test_a_translation_s_verb_after_a_dotted_name_is_not_part_of_it():
    people = {m.value.get("name", m.text) for m in find_mentions("主旨演讲由阁下先生约翰·卡马乌给出。", load_lexicon(),
                                                                 mention_rules()) if m.label == "PERSON"}
    assert people == {"约翰·卡马乌"}  # 给出 (given) ends the name


@pytest.mark.parametrize("text, written, year", [
    ("5月17日上午，2023世界电信和信息社会日大会在合肥召开。", "2023世界电信和信息社会日大会", "2023"),
    ("\n2031东非数字峰会开幕\n", "2031东非数字峰会", "2031"),
])
def test_a_year_written_without_its_character_opens_an_event_name(text, written, year):
    """News writes an edition's year straight before the name (2023世界电信和信息社会日大会): the
    name takes it in and the event has that year; the number is no count of anything."""
    found = find_mentions(text, load_lexicon(), mention_rules())
    events = [m for m in found if m.label == "EVENT"]
    assert [(m.text, m.value.get("year")) for m in events] == [(written, year)]
    assert not [m for m in found if m.label == "QUANTITY" and m.text == year]


@pytest.mark.parametrize("text, not_expected", [
    ("各方应推进宽带网络建设。", "推进宽带网络"),
    ("我们需要政府、企业和学界携手。", "我们需要政府"),
    ("亚太各区域正陆续开展审查。", "区域正陆续开展审查"),
    ("部长级圆桌会议有56位部长参加。", "部长级圆桌会议"),
    ("来自广东省的代表出席。", "来自广东省"),
    ("来自广东省的代表出席。", "广东省"),
    ("由东非共同体秘书处组织的互动式多利益攸关方小组讨论在大会堂举行。", "互动式多利益攸关方小组"),  # a panel, no body
    ("来自140多个国家的与会者，包括政府、私营部门和民间社会。", "包括政府"),
    ("会议由肯尼亚通信管理局承办，代表肯尼亚政府负责筹备。", "代表肯尼亚政府"),
    ("联合国大会通过决议决定举办东非数字峰会(East African Digital Summit, EADS),旨在", "决议决定举办东非数字峰会"),
    ("联大审查信息社会世界峰会成果落实情况：会员国作出承诺\n", "联大审查信息社会世界峰会"),  # a headline's verb
    ("两位大使受大会主席任命，担任本次审查的共同协调人。", "任命"),  # a verb after a title, not a name
])
def test_words_that_only_look_like_names_are_not_names(text, not_expected):
    assert not_expected not in {name for _, name in unknown(text)}


def test_a_known_name_is_not_found_again():
    assert unknown("由国际电信联盟主办，在日内瓦国际会议中心举行。") == set()


def test_a_unit_written_after_its_body_and_a_body_named_after_a_person_are_one_name_each():
    found = unknown("研讨会由肯尼亚大学蒙巴萨分校远程医疗中心组织，与秘鲁卡耶塔诺·埃雷迪亚大学共同召集。")
    assert ("ORG", "肯尼亚大学蒙巴萨分校远程医疗中心") in found
    assert ("ORG", "秘鲁卡耶塔诺·埃雷迪亚大学") in found
    assert not any(label == "PERSON" for label, _ in found)


def test_the_last_part_of_a_person_s_dotted_name_alone_is_that_person_again():
    found = find_mentions("大会主席：马吉德·苏尔坦·马斯马尔先生\n大会主席马斯马尔表示欢迎。主持人马斯马尔·卡西姆和马斯马尔·阿里。",
                          load_lexicon(), mention_rules())
    people = [(m.text, m.value.get("name")) for m in found if m.label == "PERSON"]
    assert ("马斯马尔", "马吉德·苏尔坦·马斯马尔") in people
    two = find_mentions("主持人：约翰·卡马乌先生、彼得·卡马乌先生。部长卡马乌表示欢迎。", load_lexicon(), mention_rules())
    assert not [m for m in two if m.text == "卡马乌" and "·" in m.value.get("name", "")]  # which of the two?


def test_the_summit_s_older_and_un_names_name_its_phases():
    found = {m.key for m in find_mentions("信息社会世界高峰会议突尼斯阶段会议于2005年举行，信息社会世界首脑会议第一阶段会议于2003年举行。",
                                          load_lexicon(), mention_rules()) if m.label == "EVENT"}
    assert found == {"event:wsis-tunis-phase", "event:wsis-geneva-phase"}


def test_a_portfolio_listed_inside_a_ministry_name_is_one_name():
    assert ("ORG", "罗马尼亚研究、创新和数字化部") in unknown("会议由罗马尼亚研究、创新和数字化部承办。")
    assert ("ORG", "哥斯达黎加科学、创新、技术和电信部") in unknown("支持伙伴：哥斯达黎加科学、创新、技术和电信部。")
    # a body's whole name before the list mark is no portfolio: two bodies
    assert {("ORG", "肯尼亚电信集团"), ("ORG", "东非数据中心")} <= set(unknown("由肯尼亚电信集团、东非数据中心主办。"))
    # 厅 heads a provincial department, unless a word of halls stands before it
    assert ("ORG", "内蒙古自治区工业和信息化厅") in unknown("会议由内蒙古自治区工业和信息化厅承办。")
    assert not any(name.endswith("厅") for _, name in unknown("会议在经济及社会理事会宴会厅举行。"))
    found = unknown("与会者包括部长和副部长共59位、监管机构官员56名。")
    assert not any("59" in name for _, name in found)


@pytest.mark.parametrize("text, year, written", [
    ("2031年东非电信联盟全权代表大会（PP-31）于2031年10月29日在内罗毕举行。", "2031", "2031年东非电信联盟全权代表大会"),
    ("国际电信联盟2031年全权代表大会于2031年9月26日在内罗毕开幕。", "2031", "国际电信联盟2031年全权代表大会"),
])
def test_an_event_name_takes_in_its_year_and_its_organisation(text, year, written):
    events = [m for m in find_mentions(text, load_lexicon(), mention_rules()) if m.label == "EVENT"]
    assert [(m.text, m.value.get("year")) for m in events] == [(written, year)]


def test_a_transliterated_name_starts_after_its_title():
    found = [(m.label, m.text) for m in find_mentions("罗马尼亚总理尼古拉·乔卡发言；理查德·史密斯也发言。", load_lexicon(), mention_rules())]
    assert ("POST", "总理") in found and ("PERSON", "尼古拉·乔卡") in found and ("PERSON", "理查德·史密斯") in found


def test_a_head_of_delegation_after_the_delegation():
    found = [(m.label, m.text) for m in find_mentions("韩国科学技术信息通信部代表团团长金敏俊发言。", load_lexicon(), mention_rules())]
    assert found == [("ORG", "韩国科学技术信息通信部代表团"), ("POST", "团长"), ("PERSON", "金敏俊")]


def test_an_event_name_takes_in_its_ordinal_and_a_year_from_its_abbreviation():
    events = [m for m in find_mentions("第三十八届联合国互联网治理论坛年会（IGF 2043）8日在京都开幕。", load_lexicon(), mention_rules())
              if m.label == "EVENT"]
    assert [(m.text, m.value.get("year"), m.value.get("year_unwritten")) for m in events] == [
        ("第三十八届联合国互联网治理论坛年会", "2043", True)]


def test_a_latin_name_after_the_honorific_belongs_to_the_person():
    found = [(m.label, m.text, m.value.get("latin")) for m in
             find_mentions("会议主席：\n阮氏秋香博士（Nguyen Thi Thu Huong），越南信息和传播部电信局主任\n", load_lexicon(), mention_rules())
             if m.label == "PERSON"]
    assert found == [("PERSON", "阮氏秋香博士（Nguyen Thi Thu Huong）", "Nguyen Thi Thu Huong")]


@pytest.mark.parametrize("text, name", [
    ("发言人\n阿卜杜勒拉赫曼·萨利赫·哈马迪阁下，首席执行官\n", "阿卜杜勒拉赫曼·萨利赫·哈马迪"),
    ("发言人\n素帕琪·翁沙瓦女士，副署长\n", "素帕琪·翁沙瓦"),
    ("校长哈立德·曼苏里博士致辞。", "哈立德·曼苏里"),
    ("司长亚历山德拉·诺瓦克女士发言。", "亚历山德拉·诺瓦克"),
    ("发言人：安德烈亚·波佩斯库教授，布加勒斯特理工大学副校长", "安德烈亚·波佩斯库"),
    ("- 马尔科姆·约翰逊先生，国际电信联盟副秘书长", "马尔科姆·约翰逊"),
    ("· 拉斐尔·奥索里奥·贝当古先生（Mr. Rafael Osorio Betancourt），哥伦比亚数字普惠金融联盟副总裁", "拉斐尔·奥索里奥·贝当古"),
    ("该日由阁下伊丽莎白·鲍姆-施耐德，联邦委员，担任主席。", "伊丽莎白·鲍姆-施耐德"),
])
def test_a_transliterated_name_is_read_whole(text, name):
    people = [m for m in find_mentions(text, load_lexicon(), mention_rules()) if m.label == "PERSON"]
    assert [m.value["name"] for m in people] == [name]


def test_a_country_named_with_its_state_s_form_is_that_country():
    text = "会议在阿曼苏丹国马斯喀特举行，由卡塔尔国政府主办，在卡塔尔国家会议中心。"
    found = {(m.label, m.text, m.key) for m in find_mentions(text, load_lexicon(), mention_rules())}
    assert ("COUNTRY", "阿曼苏丹国", "country:OM") in found and not any(k == "country:SD" for _, _, k in found)
    assert ("ORG", "卡塔尔国政府", None) in found and ("PLACE", "卡塔尔国家会议中心", None) in found
    (government,) = [m for m in find_mentions(text, load_lexicon(), mention_rules()) if m.text == "卡塔尔国政府"]
    assert government.value.get("country") == "country:QA"  # the government of Qatar, not a body minted unknown


def test_a_headline_s_name_with_its_year_after_is_the_lead_s_fuller_name():
    text = "全球连接大会2031在内罗毕开幕\n\n内罗毕，2031年3月2日——第五届全球连接大会（GCC-31）今天开幕。"
    events = [m for m in find_mentions(text, load_lexicon(), mention_rules()) if m.label == "EVENT"]
    assert [m.text for m in events] == ["全球连接大会2031", "第五届全球连接大会"]
    assert {m.value["name"] for m in events} == {"第五届全球连接大会"} and {m.value["year"] for m in events} == {"2031"}


@pytest.mark.parametrize("text", ["会议在墨西哥南部的原住民地区举行。", "代表来自日本和韩国。", "会议在卢旺达举行。",
                                  "峰会于16日上午在突尼斯首都隆重开幕。",
                                  "最后一周被举行于线上，以虚拟形式从日内瓦，瑞士被协调，其主题为“数字未来”。"])
def test_no_city_is_read_where_a_country_is_not_followed_by_one(text):
    assert not {name for label, name in unknown(text) if label == "PLACE"}


def test_a_topic_before_an_organisation_head_is_part_of_its_name_and_a_dotted_name_is_read_whole():
    text = "发言嘉宾：智利国家网络安全局首席技术官何塞·路易斯·帕拉先生（José Luis Parra）"
    found = {(m.label, m.text) for m in find_mentions(text, load_lexicon(), mention_rules())}
    assert ("ORG", "智利国家网络安全局") in found
    assert any(label == "PERSON" and name.startswith("何塞·路易斯·帕拉") for label, name in found)


def test_a_name_opening_a_field_an_item_or_a_cell_with_its_office_beside_it_is_a_person():
    text = ("主旨发言：王立新，中国信息通信研究院院长\n发言嘉宾：\n· 陈建国，台湾数位发展部政务次长\n"
            "· Kwame Mensah先生，加纳通信和数字化部首席技术官\n| 李华 | 新加坡资讯通信媒体发展局局长 |\n"
            "周三下午，联合国经济和社会事务部组织了对话。\n| 时间 | 部长级会议 |\n")
    people = {m.value["name"] for m in find_mentions(text, load_lexicon(), mention_rules()) if m.label == "PERSON"}
    assert people == {"王立新", "陈建国", "Kwame Mensah", "李华"}


def test_a_transliterated_name_keeps_a_character_that_ends_words_elsewhere():
    text = "蒙古国数字发展和通信部副部长奥云其美格·达什道尔吉女士介绍了做法。"
    people = [(m.value["name"], m.text) for m in find_mentions(text, load_lexicon(), mention_rules())
              if m.label == "PERSON"]
    assert people == [("奥云其美格·达什道尔吉", "奥云其美格·达什道尔吉女士")]


def test_an_edition_code_after_an_unknown_event_gives_its_year():
    found = find_mentions("东非电信发展大会（EATDC-31）于3月7日至15日在内罗毕召开。", load_lexicon(), mention_rules())
    (event,) = [m for m in found if m.label == "EVENT"]
    assert event.value["year"] == "2031" and event.value["abbr"] == "EATDC-31"
    found = find_mentions("东非电信发展大会（EATDC）于3月7日至15日在内罗毕召开。", load_lexicon(), mention_rules())
    assert [m.value["year"] for m in found if m.label == "EVENT"] == [None]


def test_the_next_meeting_keeps_its_whole_edition_word():
    found = find_mentions("会议商定，下一届会议将于2033年在基加利举行。", load_lexicon(), mention_rules())
    (event,) = [m for m in found if m.label == "EVENT"]
    assert (event.text, event.value["edition_kind"]) == ("下一届会议", "next")


def test_an_edition_word_after_the_name_and_its_mark_names_that_other_edition():
    """全权代表大会的上一届被举行于2022年在布加勒斯特: a translation's 'the previous edition of'."""
    text = "全权代表大会2026被开幕于多哈。\n全权代表大会的上一届被举行于2022年在布加勒斯特。"
    events = [m for m in find_mentions(text, load_lexicon(), mention_rules()) if m.label == "EVENT"]
    other = [m for m in events if m.value.get("edition_kind")]
    assert [(m.text, m.value["name"], m.value["edition_kind"], m.value.get("year")) for m in other] == [
        ("全权代表大会的上一届", "上一届全权代表大会", "previous", None)]


def test_two_editions_numbered_apart_are_two_events_however_alike_their_names():
    text = "第十二届南太平洋数字论坛年会于10月在苏瓦举行。下一届会议即第十三届南太平洋数字论坛年会将于明年举行。"
    events = [m for m in find_mentions(text, load_lexicon(), mention_rules()) if m.label == "EVENT"]
    assert {m.text: m.value["name"] for m in events if m.text.startswith("第")} == {
        "第十二届南太平洋数字论坛年会": "第十二届南太平洋数字论坛年会",
        "第十三届南太平洋数字论坛年会": "第十三届南太平洋数字论坛年会"}


def test_an_event_name_is_not_read_back_over_a_verb_to_another_event():
    text = "他表示，苏瓦阶段会议标志着南太平洋数字峰会进程进入新阶段。"
    assert "苏瓦阶段会议标志着南太平洋数字峰会" not in {name for _, name in unknown(text)}


def test_a_quoted_event_titled_after_its_colon_is_then_called_by_the_words_before_it():
    text = "会前活动中，“青年峰会：数字未来”已于5月2日举行。青年峰会由东非信息通信技术署组织。"
    events = [m for m in find_mentions(text, load_lexicon(), mention_rules()) if m.label == "EVENT"]
    assert [(m.text, m.value["name"]) for m in events] == [("青年峰会：数字未来", "青年峰会：数字未来"),
                                                           ("青年峰会", "青年峰会：数字未来")]


def test_a_quoted_session_titled_after_its_kind_is_no_event():
    text = "由加纳通信部组织的“部长级圆桌会议：数字公共基础设施”于9月25日举行。"
    assert not [m for m in find_mentions(text, load_lexicon(), mention_rules()) if m.label == "EVENT"]


def test_a_headline_s_short_name_is_the_known_event_the_lead_names_in_full():
    text = "信息社会世界峰会在日内瓦开幕\n\n2003年12月10日——为期三天的信息社会世界峰会日内瓦阶段会议今天在日内瓦开幕。"
    events = [m for m in find_mentions(text, load_lexicon(), mention_rules()) if m.label == "EVENT"]
    assert [(m.text, m.key) for m in events] == [("信息社会世界峰会", "event:wsis-geneva-phase"),
                                                 ("信息社会世界峰会日内瓦阶段会议", "event:wsis-geneva-phase")]


@pytest.mark.parametrize("text, not_a_body", [
    ("各国政府、监管机构、私营部门和学术界代表齐聚一堂。", "监管机构"),  # a longer head with no name: a common noun
    ("峰会由国际电信联盟与40个联合国姐妹机构合作举办。", "联合国姐妹机构"),  # what a number counts
    ("峰会由国际电信联盟与40个联合国姐妹机构合作举办。", "联合国"),  # and the kind of body it says was counted
])
def test_common_nouns_and_counted_bodies_are_no_bodies(text, not_a_body):
    found = find_mentions(text, load_lexicon(), mention_rules())
    assert not_a_body not in {m.text for m in found if m.label == "ORG"}


def test_a_stop_word_that_begins_a_word_does_not_cut_a_name():
    assert ("ORG", "东非无线电通信局") in unknown("会议由东非无线电通信局组织。")


def test_a_transliterated_name_may_hold_a_latin_initial_and_its_latin_name_letters_beyond_latin_1():
    def people(text):
        return [(m.value.get("name"), m.value.get("latin")) for m in find_mentions(text, load_lexicon(), mention_rules())
                if m.label == "PERSON"]
    assert people("博士 哈马东·I·图尔（Dr Hamadoun I. Touré）致辞。") == [("哈马东·I·图尔", "Hamadoun I. Touré")]
    assert people("先生 雅尼斯·卡尔克林斯（Jānis Kārkliņš），助理总干事。") == [("雅尼斯·卡尔克林斯", "Jānis Kārkliņš")]


@pytest.mark.parametrize("text, name", [
    ("会议被主持由女士 Mary Wambui，部长，肯尼亚信息通信部。", "Mary Wambui"),  # a translation's Ms. X
    ("会议由Peter Otieno先生主持。", "Peter Otieno"),
    ("先生 Jean-Paul van der Berg，顾问，发言。", "Jean-Paul van der Berg"),
])
def test_a_name_left_in_latin_letters_beside_an_honorific_is_a_person(text, name):
    assert ("PERSON", name) in unknown(text)


@pytest.mark.parametrize("text", ["本届会议主题为Digital Future，由肯尼亚主办。",
                                  "主会场（Main Hall）可容纳千人。", "Open Society Foundations资助了研究。"])
def test_latin_words_without_an_honorific_are_no_person(text):
    assert not {name for label, name in unknown(text) if label == "PERSON"}


def test_organising_in_a_form_or_manner_is_a_verb_not_a_body():
    """以利益攸关多方形式组织峰会: 组织 after 形式 or 方式 is how something is organised."""
    assert unknown("国际电联于2003年以利益攸关多方形式组织了峰会。") == set()
    assert unknown("论坛以线上线下混合方式组织。") == set()
    assert ("ORG", "亚太电信组织") in unknown("会议由亚太电信组织主办。")


def people_at(text: str) -> list[tuple[int, str]]:
    return [(m.start, m.value.get("name", m.text)) for m in find_mentions(text, load_lexicon(), mention_rules())
            if m.label == "PERSON"]


def test_a_name_between_a_body_and_its_office_is_a_person_and_is_that_person_again_bare():
    text = "信息产业部蒋耀平副部长率团出席。全体会议上，蒋耀平作了主旨发言。蒋耀平表示支持。"
    assert [name for _, name in people_at(text)] == ["蒋耀平", "蒋耀平", "蒋耀平"]
    assert people_at("印度数字赋权基金会项目主任出席。") == []  # 项目 begins the office
    assert people_at("肯尼亚通信管理局董事会主席出席。") == []  # 董事会 is a unit of the body
    # words with no surname that are no transliteration are no name, though a Latin name glosses them
    assert people_at("数据治理（Data Governance）专题。数据治理很重要。") == []


def test_a_latin_gloss_names_a_person_only_after_a_transliteration():
    assert people_at("联大主席吕克托夫特(Mogens Lykketoft)出席。") == [(4, "吕克托夫特")]
    # an office glossed in English is no one's name: 作为…协调者(High-Level Track Facilitator)
    assert people_at("他作为高级别政策会议协调者(High-Level Track Facilitator)主持会议。") == []


def test_capitals_before_an_office_abbreviate_the_body_it_is_held_in():
    orgs = lambda text: [m.text for m in find_mentions(text, load_lexicon(), mention_rules()) if m.label == "ORG"]  # noqa: E731
    assert orgs("CCIT委员刘闯教授出席。CCIT成立于2010年。") == ["CCIT", "CCIT"]
    assert orgs("ICT部长出席会议。") == []  # capitals that abbreviate no body


def test_a_number_after_a_name_ends_it():
    assert people_at("联合国秘书长古特雷斯16日上午发表讲话。") == [(6, "古特雷斯")]


def test_a_reporter_holds_the_office_of_journalist_and_a_press_conference_is_no_office():
    posts = lambda text: [m.key for m in find_mentions(text, load_lexicon(), mention_rules()) if m.label == "POST"]  # noqa: E731
    assert posts("瑞士法语广播电视台记者索菲·勒克莱尔主持讨论。") == ["post:journalist"]
    assert posts("会后举行了记者会。") == []


def test_a_latin_name_after_an_english_honorific_is_a_person_and_its_chinese_name_in_brackets_names_it():
    people = {m.text: (m.value["name"], m.value.get("latin"), m.value["honorifics"])
              for m in find_mentions("小组讨论被主持由 Ms. Anusha Weerasinghe，高级顾问。发言人包括 Dr Håkan Lindqvist。"
                                     "Prof. Adewale Okafor（阿德沃莱·奥卡福教授），首席科学家。"
                                     "Thanya Wirasakdi 女士（坦雅·维拉萨迪），秘书长。和 Ms. Park Ji-yeon（朴智妍），首席工程师。",
                                     load_lexicon(), mention_rules()) if m.label == "PERSON"}
    assert people == {
        "Ms. Anusha Weerasinghe": ("Anusha Weerasinghe", "Anusha Weerasinghe", ["honorific:ms"]),
        "Dr Håkan Lindqvist": ("Håkan Lindqvist", "Håkan Lindqvist", ["honorific:dr"]),
        "Prof. Adewale Okafor（阿德沃莱·奥卡福教授）": ("阿德沃莱·奥卡福", "Adewale Okafor", ["honorific:prof"]),
        "Thanya Wirasakdi 女士（坦雅·维拉萨迪）": ("坦雅·维拉萨迪", "Thanya Wirasakdi", ["honorific:ms"]),
        "Ms. Park Ji-yeon（朴智妍）": ("朴智妍", "Park Ji-yeon", ["honorific:ms"])}
    found = [m.value.get("latin") for m in find_mentions("罗汉·迪萨纳亚克博士 (Dr Rohan Dissanayake)发言。",
                                                         load_lexicon(), mention_rules()) if m.label == "PERSON"]
    assert found == ["Rohan Dissanayake"]  # an honorific without its dot is no part of the name


def test_a_title_line_names_one_event_over_its_conjunction_and_the_year_inside_it():
    text = ("首页 > 论坛 > 2023年阿拉伯信息社会世界峰会和2030年议程高级别论坛 > 议程\n\n"
            "2023年阿拉伯信息社会世界峰会和2030年议程高级别论坛（Arab HLF-WSIS 2023）\n")
    assert unknown(text) == {("EVENT", "阿拉伯信息社会世界峰会和2030年议程高级别论坛")}
    sentence = unknown("会上介绍了2024年非洲数字峰会和2025年亚洲数字论坛的筹备情况。")
    assert ("EVENT", "非洲数字峰会") in sentence  # in a sentence, two events


def test_a_field_naming_the_event_names_it_wherever_the_text_writes_it():
    text = "首届审查活动：“迈向知识社会”\n\n活动名称：首届审查活动\n日期：2013年2月25日\n"
    assert [(m.start, m.text) for m in find_mentions(text, load_lexicon(), mention_rules()) if m.label == "EVENT"] == [
        (0, "首届审查活动"), (22, "首届审查活动")]


def test_a_name_field_holding_other_names_is_one_event_when_an_event_word_ends_it():
    text = ("关于活动\n名称：电信发展委员会第九届会议期间关于宽带普及的高级别部长级对话（High-Level Dialogue）\n"
            "日期：2031年4月2日\n")
    events = [m.text for m in find_mentions(text, load_lexicon(), mention_rules()) if m.label == "EVENT"]
    assert events == ["电信发展委员会第九届会议期间关于宽带普及的高级别部长级对话"]
    # a value that only holds a known name, its year before it, stays that known name
    known = [(m.text, m.key) for m in find_mentions("论坛名称：2025年信息社会世界峰会论坛\n", load_lexicon(), mention_rules())
             if m.label == "EVENT"]
    assert known == [("2025年信息社会世界峰会论坛", "event:wsis-forum")]
    # a value that ends with no event's word is no event when it holds a body's name
    assert not [m for m in find_mentions("名称：国际电信联盟理事会\n", load_lexicon(), mention_rules()) if m.label == "EVENT"]


def test_a_short_name_a_text_defines_is_that_body_and_a_quoted_known_name_is_no_event():
    text = "- 联合国开发计划署（UNDP，简称“开发署”）\n- 联合国贸易和发展会议（UNCTAD，简称“贸发会议”）\n开发署组织了会议。\n"
    bodies = [(m.text, m.key) for m in find_mentions(text, load_lexicon(), mention_rules()) if m.label in ("ORG", "EVENT")]
    assert ("开发署", "org:undp") in bodies and ("贸发会议", "org:unctad") in bodies
    assert all(key is not None for _, key in bodies)


def test_a_known_word_is_no_ones_name():
    assert people_at("类型：边会\n组织方：内罗毕大学\n") == []


def test_a_body_named_before_its_own_chief_is_a_body():
    assert ("ORG", "基加利数字创新署") in unknown("基加利数字创新署署长出席了会议。")
    assert ("ORG", "肯尼亚信息通信部") in unknown("肯尼亚信息通信部部长出席了会议。")
    assert not any(label == "ORG" for label, _ in unknown("各国部长出席了会议。"))  # 部长 is no ministry


def test_a_name_ending_with_a_weak_head_is_a_body_where_the_text_treats_it_as_one():
    text = ("组织方：非洲青年科技创业网络\n联合组织方：大湖区女性连接联盟、卡加拉数字基础设施基金\n"
            "主持人：奥卢瓦托因·巴卡雷先生，非洲青年科技创业网络创始人\n"
            "本场边会将介绍7个国家的23个社区网络的实践经验，讨论如何设立发展基金。\n")
    bodies = [(m.start, m.text) for m in find_mentions(text, load_lexicon(), mention_rules()) if m.label == "ORG"]
    assert (4, "非洲青年科技创业网络") in bodies  # above its founder's line: the same body
    assert (31, "卡加拉数字基础设施基金") in bodies  # in a list of agents under a role's label
    assert not [name for _, name in bodies if name.endswith(("社区网络", "发展基金"))]  # common nouns


def test_a_region_word_opens_a_body_s_name_and_a_verb_of_duty_does_not():
    assert ("ORG", "中美洲数字团结基金") in unknown("组织方：中美洲数字团结基金\n")
    assert ("ORG", "国际电信联盟阿拉伯区域代表处") in unknown("会议由国际电信联盟阿拉伯区域代表处承办。")
    assert not [name for label, name in unknown("具体由国际电联电信发展局负责组织大会及其边会。") if name == "负责组织"]


def test_a_short_name_in_brackets_made_of_the_name_s_characters_is_that_body():
    text = ("论坛由阿拉伯国家联盟（阿盟）和联合国西亚经济社会委员会（西亚经社会，ESCWA）主办，"
            "约旦数字经济和创业部（约旦）承办。阿盟负责部长级圆桌会议，西亚经社会负责专题会议。\n")
    found = [(m.start, m.text, m.key) for m in find_mentions(text, load_lexicon(), mention_rules()) if m.label == "ORG"]
    short = [(start, name) for start, name, _ in found if name == "阿盟"]
    assert len(short) == 2  # defined in brackets, then written alone
    assert sum(1 for _, name, key in found if name == "西亚经社会" and key == "org:escwa") == 2
    assert not [name for _, name, _ in found if name == "约旦"]  # a country in brackets is no short name


def test_a_hyphen_joins_two_parts_of_a_transliterated_first_name():
    people = [m.value.get("name") for m in find_mentions("发言嘉宾：\n- 让-博斯科·尼永萨巴先生，基伍数字合作社经理\n",
                                                         load_lexicon(), mention_rules()) if m.label == "PERSON"]
    assert people == ["让-博斯科·尼永萨巴"]


def test_an_event_s_name_goes_on_over_the_abbreviation_it_defines_and_a_dotted_name_starts_after_a_stop_word():
    text = "联合国大会在纽约召开了信息社会世界峰会（WSIS）成果落实情况高级别审议会议。会议由詹姆斯·撒切尔先生主持。\n"
    found = {(m.label, m.value.get("name")) for m in find_mentions(text, load_lexicon(), mention_rules())
             if m.label in ("EVENT", "PERSON")}
    assert found == {("EVENT", "信息社会世界峰会成果落实情况高级别审议会议"), ("PERSON", "詹姆斯·撒切尔")}
    assert ("ORG", "全球无障碍信息通信技术倡议") in unknown("会议由全球无障碍信息通信技术倡议（G3ict）牵头组织。")
    assert not [name for _, name in unknown("会议由全球无障碍信息通信技术倡议（G3ict）牵头组织。") if name == "牵头组织"]


def test_a_dotted_name_after_a_word_that_lists_people_starts_after_that_word():
    assert [name for _, name in people_at("发言者包括迭戈·阿尔瓦拉多·奎斯佩先生，执行主任。")] == ["迭戈·阿尔瓦拉多·奎斯佩"]
    assert [name for _, name in people_at("发言者包括彻丽·布朗女士，主任。")] == ["彻丽·布朗"]  # 彻 is no transliteration character


def test_each_body_listed_in_an_organiser_s_field_is_a_body_whatever_its_head_word():
    text = ("主办方：东非数字身份倡议\n协办方：联合国开发计划署卢旺达国家办事处（UNDP Rwanda Country Office）；"
            "泛非数字权利观察（Pan-African Digital Rights Watch）\n组织方：最佳实践论坛协调人\n\n"
            "发言人：法图玛塔·迪亚洛女士，法律顾问，泛非数字权利观察（塞内加尔）\n")
    bodies = [(m.start, m.text) for m in find_mentions(text, load_lexicon(), mention_rules()) if m.label == "ORG"]
    names = [name for _, name in bodies]
    assert names.count("泛非数字权利观察") == 2  # in the field, and again where its lawyer is named
    assert "联合国开发计划署卢旺达国家办事处" in names  # a known body's unit is one body, named whole
    assert not [n for n in names if "协调人" in n]  # people by their office are no body


def test_a_unit_named_again_by_its_own_name_alone_is_the_same_body():
    text = "会议由联合国大会第二委员会共同主办。第二委员会副主席卡洛斯·伊图拉尔德先生致辞。"
    units = [m for m in find_mentions(text, load_lexicon(), mention_rules()) if m.label == "ORG" and m.key is None]
    assert [(m.text, m.value["name"]) for m in units] == [("联合国大会第二委员会", "联合国大会第二委员会"),
                                                           ("第二委员会", "联合国大会第二委员会")]


def test_names_a_title_opens_one_after_another_are_each_a_person():
    from helpers import doc
    from wsis_graph.extract.mentions import find_mentions
    from wsis_graph.extract.lexicon import load_lexicon
    from wsis_graph.extract.patterns import mention_rules
    text = "新华社日内瓦5月28日电（记者张有浩 施建国）会议由委员刘闯、杨旸主持。"
    people = [m.text for m in find_mentions(text, load_lexicon(), mention_rules()) if m.label == "PERSON"]
    assert people == ["张有浩", "施建国", "刘闯", "杨旸"]


def test_a_name_with_no_title_between_by_and_chairing_is_a_person():
    from helpers import facts
    event = "2031年全球连接审查会议于2031年3月2日至4日在内罗毕举行。\n"
    read = {f["args"]["agent"]["text"] for f in facts(event + "会议由龚克主持。", "role")}
    assert read == {"龚克"}
    assert not facts(event + "会议由此主持。", "role")  # 此 is no surname
    assert not facts(event + "会议由高级别主持人主持。", "role")  # 主持人 after it: 高级别 is no name


def test_a_quoted_dialogue_held_is_an_event_and_a_dialogue_in_passing_is_a_session_kind():
    text = "3月25日，联合国大会在纽约拉开“大会关于数字合作的高级别互动对话”的帷幕。会上还举行了互动对话。"
    events = [(m.text, m.value.get("held")) for m in find_mentions(text, load_lexicon(), mention_rules()) if m.label == "EVENT"]
    assert events == [("大会关于数字合作的高级别互动对话", True)]


def test_a_regional_event_s_name_lists_its_regions_and_a_list_of_events_stays_two():
    events = lambda t: [m.text for m in find_mentions(t, load_lexicon(), mention_rules()) if m.label == "EVENT"]  # noqa: E731
    assert events("继在塔什干举行的中亚、高加索及亚太地区第一次区域审查会议之后") == ["中亚、高加索及亚太地区第一次区域审查会议"]
    assert events("代表们参加了信息社会世界峰会论坛、互联网治理论坛等会议。") == ["信息社会世界峰会论坛"]


def test_the_office_of_an_officer_is_a_body():
    bodies = [(m.label, m.text) for m in find_mentions("这次对话由大会主席办公室主办，由大会主席主持。", load_lexicon(), mention_rules())
              if m.label in ("ORG", "ROLE")]
    assert bodies == [("ORG", "大会主席办公室"), ("ROLE", "主办"), ("ROLE", "主席"), ("ROLE", "主持")]


def test_a_japanese_name_after_an_office_before_a_verb_of_wishing():
    people = [m.text for m in find_mentions("国际电信联盟秘书长内海善雄希望加大对发展中国家的帮助。", load_lexicon(), mention_rules())
              if m.label == "PERSON"]
    assert people == ["内海善雄"]


def test_dang_stands_inside_a_transliterated_name_but_dang_xuan_ends_one():
    people = lambda text: [m.text for m in find_mentions(text, load_lexicon(), mention_rules()) if m.label == "PERSON"]
    assert people("乌拉圭工业部部长卡罗琳娜·贝当古·索萨在会上表示。") == ["卡罗琳娜·贝当古·索萨"]
    assert people("约翰·史密斯当选为主席。") == ["约翰·史密斯"]


def test_a_head_of_a_section_is_an_office():
    posts = [m.key for m in find_mentions("非盟委员会信息社会处处长格蕾丝·班达女士发言。", load_lexicon(), mention_rules())
             if m.label == "POST"]
    assert posts == ["post:head-of-section"]


def test_transliterated_names_with_de_and_what_ends_them():
    text = "由伊琳娜·彼得罗娃作为会议主席主持。玛丽·阿杜得到支持。全体会议以此为主题，由玛丽亚·席尔瓦主持。"
    found = {m.text for m in find_mentions(text, load_lexicon(), mention_rules()) if m.label == "PERSON"}
    assert found == {"伊琳娜·彼得罗娃", "玛丽·阿杜", "玛丽亚·席尔瓦"}


def test_an_assistant_s_office_is_one_post():
    lexicon = load_lexicon()
    posts = [m.text for m in find_mentions("联合国开发计划署署长助理安娜·科瓦奇发言。联合国助理秘书长李明出席。", lexicon,
                                           mention_rules()) if m.label == "POST"]
    assert posts == ["署长助理", "助理秘书长"]


def test_a_name_that_ends_the_text_ends_where_the_text_does():
    text = "副主席：南部非洲发展共同体秘书处主席林佳慧"  # no newline after it
    people = [m for m in find_mentions(text, load_lexicon(), mention_rules()) if m.label == "PERSON"]
    assert [(m.text, m.end) for m in people] == [("林佳慧", len(text))]


@pytest.mark.parametrize("text, expected", [
    ("白金合作伙伴为Global Data Hub公司和Kenya Power公司。", ("ORG", "Global Data Hub公司")),  # Latin words, a Chinese head
    ("白金合作伙伴为Global Data Hub公司和Kenya Power公司。", ("ORG", "Kenya Power公司")),
    ("支持合作伙伴：Orange集团、MTN Group、Digital Africa Co基金会", ("ORG", "MTN Group")),  # wholly Latin, a body's head word
])
def test_a_bodys_name_in_latin_words_is_found_whole(text, expected):
    assert expected in unknown(text)


def test_an_english_line_or_a_gloss_in_brackets_is_no_body_of_its_own():
    assert not any(label == "ORG" for label, _ in unknown("数据治理主会议\nMain Session on the Digital Policy Network Group\n"))
    assert ("ORG", "Sahel Digital Group") not in unknown("萨赫勒数字集团（Sahel Digital Group）组织了会议。")


def test_a_latin_name_with_its_chinese_name_in_brackets_after_it_is_left_to_that_name():
    found = unknown("银牌合作伙伴：Busan Institute of Medical Robotics（釜山医疗机器人研究院）、Kenya Commercial Bank")
    assert ("ORG", "Kenya Commercial Bank") in found
    assert not any(name.startswith("Busan") for _, name in found)


def test_a_country_and_a_city_joined_by_a_middle_dot_are_places_not_a_person():
    lex = load_lexicon()
    text = "2029年东非数字论坛 | 2029年5月14日—17日 | 卢旺达·基加利 基加利会议中心\n哈马敦·图雷在会上发言。"
    found = {(m.label, m.text) for m in find_mentions(text, lex, mention_rules())}
    assert ("COUNTRY", "卢旺达") in found and ("PLACE", "基加利") in found
    assert not [t for label, t in found if label == "PERSON" and "基加利" in t]
    assert ("PERSON", "哈马敦·图雷") in found


def test_an_organiser_s_word_is_no_body_named_by_its_head():
    lex = load_lexicon()
    found = {(m.label, m.text) for m in find_mentions("各分场组织方与协办方名单以最终议程为准。", lex, mention_rules())}
    assert not [t for label, t in found if label == "ORG"]
    assert ("ROLE", "组织方") in found


def test_a_name_after_a_clause_of_holding_is_an_event_unless_a_known_event_stands_inside_it():
    assert ("EVENT", "亚太青年与性别数字包容后续会议") in unknown("议程将提交2030年4月在泰国曼谷举行的亚太青年与性别数字包容后续会议审议。")
    assert not [n for label, n in unknown("2016年5月，在日内瓦举行的信息社会世界峰会论坛首次将峰会各行动方面与可持续发展目标对应。")
                if label == "EVENT"]
    assert not [n for label, n in unknown("在日内瓦举行的高级别会议通过了宣言。") if label == "EVENT"]  # too short to be a name


def test_incumbent_and_former_are_no_part_of_a_body_s_name():
    for text in ("我国推荐的现任国际电信联盟秘书长赵厚麟成功连任。", "现任肯尼亚信息通信部部长约翰·卡马乌出席。"):
        assert not [n for label, n in unknown(text) if label == "ORG" and n.startswith(("现任", "时任"))]


def test_an_event_name_opening_with_an_acronym_and_a_space_keeps_the_acronym():
    """WSIS 行动方针论坛 2032: a translation (and ITU's own Chinese pages) spaces Latin words from
    Chinese ones; the acronym the name opens with is part of it, a word before the space is not."""
    events = {n for label, n in unknown("WSIS 行动方针论坛 2032（WSIS Action Lines Forum 2032）被举行在蒙得维的亚。")
              if label == "EVENT"}
    assert "WSIS 行动方针论坛" in events
    # (a known body's abbreviation before the space is that body, not the first word of the event's name)
    assert not [n for label, n in unknown("由 ITU 东非数字论坛 2031 组织。") if label == "EVENT" and n.startswith("ITU")]


def test_a_pointing_word_before_a_bare_event_head_refers_to_an_event_and_names_none():
    """本次高级别活动由A、B共同举办: 本次 + 高级别活动 points at the report's event; no event is named 本次高级别活动."""
    text = "2031年东非数字包容高级别会议于2031年3月2日在内罗毕举行。本次高级别活动由内罗毕大学、东非共同体秘书处共同举办。"
    found = {(m.label, m.text, m.key) for m in find_mentions(text, load_lexicon(), mention_rules())}
    assert ("EVENT_REF", "本次高级别活动", "event:@main") in found
    assert not [m for m in found if m[0] == "EVENT" and m[1].startswith("本次")]


def test_a_year_before_a_known_body_s_meeting_names_that_year_s_meeting_unless_a_longer_name_goes_on():
    """2031年互联网治理论坛由…承办 beside 第二十六届互联网治理论坛: both name the meeting; 2031年贸发会议中亚…讲习班 is
    one longer name, not UNCTAD's meeting of 2031."""
    text = "第二十六届互联网治理论坛于2031年11月在内罗毕举行。2031年互联网治理论坛由肯尼亚信息通信部承办。"
    events = {m.text for m in find_mentions(text, load_lexicon(), mention_rules()) if m.label == "EVENT"}
    assert "2031年互联网治理论坛" in events
    text = "第二十六届互联网治理论坛于2031年11月举行。2031年贸发会议中亚电子商务统计专题讲习班于9月举行。"
    assert "2031年贸发会议" not in {m.text for m in find_mentions(text, load_lexicon(), mention_rules()) if m.label == "EVENT"}


def test_a_headline_writing_wsis_for_the_summit_s_name_names_the_edition_the_lead_dates_not_an_older_one():
    """南亚和西南亚WSIS区域审查会议 (headline) is the lead's 2033年南亚和西南亚信息社会世界峰会区域审查会议
    (names.json `written_short`), not the 2031 meeting a background paragraph names."""
    text = ("南亚和西南亚WSIS区域审查会议闭幕\n\n2033年南亚和西南亚信息社会世界峰会区域审查会议今天闭幕。"
            "区域审查会议聚集了900名与会者。\n\n背景：2031年南亚和西南亚信息社会世界峰会区域审查会议在加德满都举行。\n")
    years = {m.start: m.value.get("year") for m in find_mentions(text, load_lexicon(), mention_rules()) if m.label == "EVENT"}
    assert years[0] == "2033"
    assert sorted(years.values()) == ["2031", "2033", "2033", "2033"]


def test_a_verb_before_an_event_s_head_ends_its_name():
    """关于该区域如何实施信息社会世界峰会的成果: 如何实施 is no part of a name (names.json `left_stop_words`)."""
    events = {n for label, n in unknown("2031年东非数字论坛今天闭幕，关于该区域如何实施信息社会世界峰会（WSIS）的成果。") if label == "EVENT"}
    assert not [n for n in events if "实施" in n or "如何" in n]


@pytest.mark.parametrize("text", ["于2006年11月在卡帕里亚(土耳其)举行的国际电联全权代表大会做出决定。",
                                  "全权代表大会在卡帕里亚（土耳其）召开。"])
def test_a_place_before_its_country_in_brackets_where_a_meeting_is_held_is_a_city(text):
    # (a town neither CLDR nor GeoNames' larger cities know)
    assert {name for label, name in unknown(text) if label == "PLACE"} == {"卡帕里亚"}


def test_a_country_in_brackets_with_no_verb_of_holding_after_it_makes_no_city():
    assert not {name for label, name in unknown("代表在数字先锋（肯尼亚）发言。") if label == "PLACE"}


def test_a_province_s_governor_before_a_name_makes_it_a_person():
    people = {m.value["name"] for m in find_mentions("大会在合肥召开。副省长钱三雄出席并致辞。", load_lexicon(), mention_rules())
              if m.label == "PERSON"}
    assert people == {"钱三雄"}


def test_the_day_a_celebration_is_named_after_is_part_of_its_name():
    events = [m.text for m in find_mentions("由信息产业部主办的2007年5·17世界电信与信息社会日庆祝大会现在开幕。",
                                            load_lexicon(), mention_rules()) if m.label == "EVENT"]
    assert events == ["2007年5·17世界电信与信息社会日庆祝大会"]


@pytest.mark.parametrize("text, name", [
    ("关于信息社会世界首脑会议成果文件执行情况全面审查的大会高级别会议于2015年12月15日至16日在纽约举行。",
     "关于信息社会世界首脑会议成果文件执行情况全面审查的大会高级别会议"),
    ("经济及社会理事会与联合国大会第二委员会关于信息社会世界峰会成果后续行动的联席会议于2016年10月17日举行。",
     "经济及社会理事会与联合国大会第二委员会关于信息社会世界峰会成果后续行动的联席会议"),
])
def test_a_meeting_named_by_what_it_follows_up_keeps_its_about_clause(text, name):
    events = {m.text for m in find_mentions(text, load_lexicon(), mention_rules()) if m.label == "EVENT"}
    assert name in events


def test_a_meeting_about_a_topic_is_named_by_its_head_alone():
    events = {m.text for m in find_mentions("会议讨论了关于数字鸿沟的高级别会议的筹备。", load_lexicon(), mention_rules())
              if m.label == "EVENT"}
    assert not any(e.startswith("关于") for e in events)


def test_a_name_after_the_body_it_comes_from_and_before_a_chairing_verb_is_a_person():
    people = {m.value["name"] for m in find_mentions("开幕会议由国际电信联盟的李晓明主持。", load_lexicon(), mention_rules())
              if m.label == "PERSON"}
    assert people == {"李晓明"}


@pytest.mark.parametrize("text, body", [
    ("本次会议是自东非共同体秘书处于2033年组织首届峰会以来规模最大的会议。", "东非共同体秘书处"),  # since: no word of it
    ("东非自动化协会的代表出席了会议。", "东非自动化协会"),  # 自动: no 自 of a time
])
def test_a_body_s_name_starts_after_since_but_keeps_the_words_it_is_in(text, body):
    bodies = {m.text for m in find_mentions(text, load_lexicon(), mention_rules()) if m.label == "ORG"}
    assert body in bodies


def test_an_event_held_as_the_object_of_a_verb_of_holding_is_named():
    events = {m.text for m in find_mentions("国际电联于2036年5月5日在日内瓦举办了全球网络安全伙伴关系磋商会议。",
                                            load_lexicon(), mention_rules()) if m.label == "EVENT"}
    assert events == {"全球网络安全伙伴关系磋商会议"}


@pytest.mark.parametrize("text, bodies", [
    ("金牌合作伙伴：达喀尔数字港、泛非云服务集团\n", {"达喀尔数字港", "泛非云服务集团"}),  # two bodies listed
    ("主办方：罗马尼亚研究、创新和数字化部\n", {"罗马尼亚研究、创新和数字化部"}),  # one ministry's portfolios
])
def test_words_after_a_list_mark_are_a_portfolio_of_one_body_only_when_joined_by_and(text, bodies):
    found = {m.text for m in find_mentions(text, load_lexicon(), mention_rules()) if m.label == "ORG"}
    assert bodies <= found


def test_a_body_s_head_inside_a_session_s_kind_word_makes_no_body():
    """…青年就业专题小组: 小组 ends the kind 专题小组 (a panel), not the name of a body 业专题小组."""
    found = find_mentions("同日下午，利隆圭理工大学组织了数字技能与青年就业专题小组。", load_lexicon(), mention_rules())
    assert {m.text for m in found if m.label == "ORG"} == {"利隆圭理工大学"}
    assert "专题小组" in {m.text for m in found if m.label == "SESSION_TYPE"}


@pytest.mark.parametrize("text, name", [
    ("主持人：教科文组织助理总干事 玛丽-索菲·Lindqvist\n", "玛丽-索菲·Lindqvist"),  # a part left in Latin letters
    ("助理总干事卡琳·Østergaard女士发表了主旨演讲。", "卡琳·Østergaard"),
    ("主持人：约翰·P. 奥斯本（非洲开放数据网络执行主任）", "约翰·P. 奥斯本"),  # an initial, then a space
    ("亚太经社会副执行秘书Priya 克里希南女士发表了主旨演讲。", "Priya 克里希南"),  # a Latin given name, a space
    ("发言人：东和大学教授 Hiroshi 田中；李明", "Hiroshi 田中"),
])
def test_a_translation_s_name_written_half_in_latin_letters_is_one_person(text, name):
    assert ("PERSON", name) in unknown(text)


@pytest.mark.parametrize("text", ["地点：日内瓦·Palexpo", "本届 Forum 论坛在日内瓦举行。", "会场设在 Palexpo 展览中心。"])
def test_latin_and_chinese_words_side_by_side_with_no_office_or_honorific_are_no_person(text):
    assert not {name for label, name in unknown(text) if label == "PERSON"}


def test_an_event_name_runs_over_an_acronym_a_translation_spaces_inside_it():
    """拉丁美洲和加勒比区域 WSIS 审查会议: the region's words before the spaced acronym are part of the name."""
    assert ("EVENT", "拉丁美洲和加勒比区域 WSIS 审查会议") in unknown("拉丁美洲和加勒比区域 WSIS 审查会议于2029年3月20日在卡塔赫纳举行。")
    assert ("EVENT", "WSIS 论坛") not in unknown("在日内瓦举行的 WSIS 论坛。")  # a known name stays as known


def test_a_role_field_s_items_name_people_with_no_honorific_or_dot():
    """主持人：渡边健二，首席技术官，…; 共同促进人：梅勒·图普，主任，…；阮文山，能力建设官员，…: the
    value of a role's field and each item of it opens with a name; a body there is no person."""
    people = {n for label, n in unknown("主持人：渡边健二，首席技术官，塔斯曼太平洋海缆公司\n"
                                        "共同促进人：梅勒·图普, 主任, 汤加数字素养中心；阮文山, 能力建设官员, 国际电联亚太区域办事处\n"
                                        "组织方：联合国教科文组织；珊瑚海理工大学\n") if label == "PERSON"}
    assert people == {"渡边健二", "阮文山"}  # (梅勒·图普: a dotted name, read as always)


def test_a_ministry_s_listed_portfolios_after_a_comma_are_one_body():
    """X阁下，内阁秘书，信息、通信和数字经济部，肯尼亚: with no country before it, the ministry named by
    its portfolios (the last joined by 和) right after a comma is one body; two bodies listed after a
    colon stay two."""
    found = {n for label, n in unknown("丹尼尔·穆泰阁下，内阁秘书，信息、通信和数字经济部，肯尼亚。") if label == "ORG"}
    assert found == {"信息、通信和数字经济部"}
    found = {n for label, n in unknown("合作伙伴：萨凡纳电信、东非数字联盟") if label == "ORG"}
    assert found == {"萨凡纳电信", "东非数字联盟"}


def test_a_name_that_opens_a_clause_right_before_an_office_is_a_person():
    assert [name for _, name in people_at("会上，李振华副部长发表讲话。王建国部长主持了关于网络安全的部长级圆桌会议。")] \
        == ["李振华", "王建国"]
    assert [name for _, name in people_at("张晓委员指出，合作很重要。")] == ["张晓"]
    assert people_at("会上，常务副部长发言。高级顾问出席。") == []  # words that go before an office
    assert people_at("各方举行部长级圆桌会议。\n全权代表大会的上一届。") == []  # 部长级, 代表大会: longer words, no office


def test_an_office_written_right_after_a_name_is_a_title_not_a_role():
    from helpers import EVENT_LINE, facts
    found = [(f["args"]["agent"]["text"], f["args"]["role"]["key"] if isinstance(f["args"]["role"], dict) else f["args"]["role"])
             for f in facts(EVENT_LINE + "龚克教授出席了开幕式。当晚，龚克主席还在线出席了高级别活动闭幕式。", "role")]
    assert found == []  # (his title: he chairs a body, not the event)


def test_two_events_with_their_own_abbreviations_stay_two_whatever_bare_name_lies_between():
    text = ("2032年亚太区域互联网治理论坛（APrIGF 2032）于8月4日至6日在澳门举行。亚太区域互联网治理论坛每年举办。\n"
            "会前，2032年亚太青年互联网治理论坛（yIGF 2032）于8月2日至3日举行。\n")
    events = {m.text: m.value.get("name") for m in find_mentions(text, load_lexicon(), mention_rules())
              if m.label == "EVENT"}
    assert events["2032年亚太青年互联网治理论坛"] == "亚太青年互联网治理论坛"
    assert events["2032年亚太区域互联网治理论坛"] == "亚太区域互联网治理论坛"


def test_an_edition_named_by_its_ordinal_and_dated_right_after_is_that_year_s_edition():
    text = ("2032年亚太区域互联网治理论坛（APrIGF 2032）于2032年8月4日至6日在澳门举行。\n"
            "首届亚太区域互联网治理论坛于2010年6月在香港举行。此后论坛每年举办。\n")
    events = {m.start: m.value for m in find_mentions(text, load_lexicon(), mention_rules()) if m.label == "EVENT"}
    first = next(v for v in events.values() if v.get("year") == "2010")
    assert first["name"] == "首届亚太区域互联网治理论坛"
    assert events[0]["name"] == "亚太区域互联网治理论坛"  # (the report's 2032 edition keeps its own name)


def test_a_body_s_branch_is_one_body_not_a_breakout_session():
    found = [(m.label, m.text) for m in find_mentions("本次大会由中国电子学会通信分会主办，设三个分会。",
                                                       load_lexicon(), mention_rules()) if m.label in ("ORG", "SESSION_TYPE")]
    assert found == [("ORG", "中国电子学会通信分会"), ("SESSION_TYPE", "分会")]


def test_a_headline_that_says_an_event_held_is_no_event_s_whole_name():
    text = "江苏举办2022年数字经济大会\n2022-05-16 17:33:00\n\n5月16日下午，江苏省2022年数字经济大会在南京召开。\n"
    events = {m.text for m in find_mentions(text, load_lexicon(), mention_rules()) if m.label == "EVENT"}
    assert events == {"2022年数字经济大会"}


def test_a_foreign_name_with_no_surname_right_after_an_office_is_its_holder():
    text = "马来西亚总理纳吉布、中国移动董事长王建宙出席。大阪信息政策研究所研究员山本和也先生主持。秘书长表示支持。"
    people = [m.text for m in find_mentions(text, load_lexicon(), mention_rules()) if m.label == "PERSON"]
    assert people == ["纳吉布", "王建宙", "山本和也先生"]  # (the honorific is read with the name)


@pytest.mark.parametrize("text", [
    "据悉，东非数字技能合作会议（East African Digital Skills Cooperation Meeting）于2035年11月6日在马六甲举行。",
    "据悉，东非数字技能合作会议于 6 十一月 2035 至 7 十一月 2035 在马六甲，马来西亚，在马六甲国际贸易中心举行。",
])
def test_an_event_name_is_found_by_its_clause_of_holding_past_a_gloss_or_a_translation_s_place_list(text):
    assert ("EVENT", "东非数字技能合作会议") in unknown(text)


def test_a_verb_before_a_whole_event_head_is_no_word_of_a_name():
    text = "联合国大会高级别会议于2035年12月17日在纽约举行。\n\n3. 本人，担任高级别会议主席。\n"
    assert not [n for label, n in unknown(text) if "担任" in n]
    joint = "2034年信息社会世界峰会与全球数字契约联合审查会议于4月24日至26日在内罗毕举行。"
    assert ("EVENT", "2034年信息社会世界峰会与全球数字契约联合审查会议") in unknown(joint)  # 联合 modifies the head
