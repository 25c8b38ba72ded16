"""Frames, unknown counted nouns and reading context, each alone on sentences written for them."""

from __future__ import annotations

import json

import pytest

from helpers import EVENT_LINE, ROOT, arg_key, doc, facts
from wsis_graph.errors import InputError
from wsis_graph.extract import extract
from wsis_graph.extract.frames import load_frames
from wsis_graph.extract.layout import reading_view
from wsis_graph.model import Document
from wsis_graph.resolve import resolve

EVENT = "2031年全球连接审查会议于2031年3月2日至4日在内罗毕举行。\n"


def roles(text: str) -> set[tuple[str, str]]:
    return {(f["args"]["agent"]["text"], f["args"]["role"] if isinstance(f["args"]["role"], str)
             else f["args"]["role"]["key"]) for f in facts(text, "role")}


def context_of_each(text: str) -> dict[str, str]:
    """Each role holder the text names, by its words, with the words of what the role is for."""
    return {f["args"]["agent"]["text"]: f["args"]["context"]["text"] for f in facts(text, "role")}


def main_named(text: str) -> tuple[str, str]:
    """The words the report's event is named with, and its English name (empty when none)."""
    main = extract(doc(text)).main_event
    return main.text, main.value.get("en", "")


def tiers_of(text: str) -> dict[str, str]:
    """Each sponsor the text names, by its words, with its tier's key (a tier no lexicon lists: its words)."""
    return {f["args"]["sponsor"]["text"]: f["args"]["tier"].get("key") or f["args"]["tier"]["text"]
            for f in facts(text, "sponsorship")}



def _days(x) -> dict[str, str]:
    """The dates an extraction read, by the words that wrote them: 周一 -> 2031-03-03."""
    return {m.text: m.value["start"] for m in x.mentions if m.label == "DATE"}


def _dated_sessions(x, rule: str | None = None) -> dict[str, str]:
    """The sessions an extraction dated (by one rule, or any), by name: the words of their day."""
    return {f.args["session"].text: f.args["date"].text for f in x.facts
            if f.kind == "session" and "date" in f.args and (rule is None or f.rule == rule)}


def _days_and_dated_sessions(text: str) -> tuple[dict[str, str], dict[str, str]]:
    """The dates a text's extraction read, and the sessions it dated."""
    x = extract(doc(text))
    return _days(x), _dated_sessions(x)

def test_a_lead_organiser_described_between_agent_and_verb():
    found = roles(EVENT + "会议由肯尼亚信息通信和数字经济部作为主要协调方主办，与东非共同体秘书处和非洲联盟委员会合办。")
    assert ("肯尼亚信息通信和数字经济部", "role:host") in found
    assert ("东非共同体秘书处", "role:co-organiser") in found


def test_a_country_is_where_an_event_is_not_who_hosts_or_organises_it():
    found = roles(EVENT + "东道国：肯尼亚\n本次会议是肯尼亚首次主办，由国际电信联盟和坦桑尼亚组织，肯尼亚信息通信部承办。")
    assert ("国际电信联盟", "role:organiser") in found  # the country still counts in the list it was named in
    assert ("肯尼亚信息通信部", "role:host") in found  # a body of the host country undertaking it
    assert not [agent for agent, _ in found if agent in ("肯尼亚", "坦桑尼亚")]
    assert ("瑞士联邦", "role:co-host") in roles(EVENT + "会议由国际电联和瑞士联邦联合主办。")  # a state may co-host


def test_several_hosts_of_one_verb_are_co_hosts():
    found = roles(EVENT + "本次会议由国际电信联盟和内罗毕大学共同主办。")
    assert found >= {("国际电信联盟", "role:co-host"), ("内罗毕大学", "role:co-host")}


def test_a_session_of_the_event_is_organised_not_hosted():
    text = (EVENT + "本次会议由国际电信联盟和内罗毕大学共同主办。\n\n相关会议\n\n研讨会：数字身份与包容\n"
            "日期：2031年3月3日\n主办方：东非共同体秘书处\n协办方：内罗毕大学\n")
    found = roles(text)
    assert ("东非共同体秘书处", "role:organiser") in found and ("内罗毕大学", "role:co-organiser") in found
    assert ("国际电信联盟", "role:co-host") in found  # the report's own event is still hosted
    assert not {r for a, r in found if a == "东非共同体秘书处"} & {"role:host", "role:co-host"}


def test_a_session_a_sentence_says_is_hosted_keeps_its_host():
    text = (EVENT + "3月3日上午，数字卫生专题会议在第一会议室举行。会议由世界卫生组织主办，"
            "东非共同体秘书处联合主办，由约翰·卡马乌先生担任主席。")
    found = {(a, r) for a, r in roles(text)}
    assert ("世界卫生组织", "role:host") in found and ("东非共同体秘书处", "role:co-host") in found


def test_a_body_of_the_host_country_undertaking_the_event_hosts_it():
    assert ("肯尼亚信息通信部", "role:host") in roles(EVENT + "会议由肯尼亚信息通信部承办，东非共同体秘书处协办。")
    assert ("坦桑尼亚信息部", "role:organiser") in roles(EVENT + "会议由坦桑尼亚信息部承办。")  # not the host country
    found = roles(EVENT + "会议由肯尼亚信息通信部代表肯尼亚政府承办。")  # who acts for whom: the ministry
    assert not [agent for agent, _ in found if agent == "肯尼亚政府"]


def test_a_kind_word_alone_speaks_of_the_session_its_paragraph_named():
    text = EVENT + "3月3日，由肯尼亚信息通信部组织的“部长级圆桌会议：数字身份”举行。圆桌会议由约翰·卡马乌先生主持。"
    read = [f for f in facts(text, "role") if f["args"]["agent"]["text"].startswith("约翰·卡马乌")]
    assert read and all(f["args"]["context"]["text"] == "部长级圆桌会议：数字身份" for f in read)


def test_a_date_belongs_to_the_nearer_of_two_triggers():
    text = EVENT + "联合国大会将于12月举行全面审查，在此之前，与会者与联合协调员举行了磋商。"
    assert not [f for f in facts(text, "session") if f["args"].get("date")]  # 12月 is the review's


def test_a_line_of_a_date_and_places_under_an_event_s_title_dates_and_places_it():
    text = "2031年东非区域数字连接审查会议\n2031年3月2日至4日，肯尼亚蒙巴萨\n\n会议讨论了宽带。\n"
    times = facts(text, "event-time")
    places = facts(text, "event-place")
    assert [f["args"]["date"]["text"] for f in times] == ["2031年3月2日至4日"]
    assert [[p["text"] for p in f["args"]["places_all"]] for f in places] == [["肯尼亚", "蒙巴萨"]]
    said = "2031年东非区域数字连接审查会议\n2031年3月2日，肯尼亚代表发言。\n"
    assert not facts(said, "event-place")  # a sentence is no header line


def test_a_keynote_speech_in_other_words_is_a_keynote():
    read = {(f["args"]["agent"]["text"], f["args"]["role"]["key"]) for f in facts(
        EVENT + "国际电联秘书长约翰·卡马乌在开幕式上发表主旨讲话。玛丽·恩乔罗格女士作主旨致辞。", "role")}
    assert {("约翰·卡马乌", "role:keynote-speaker"), ("玛丽·恩乔罗格女士", "role:keynote-speaker")} <= read


def test_a_bilingual_header_reads_its_chinese_cells_and_labels():
    text = ("第十届东非数字论坛 | Tenth East Africa Digital Forum (EADF 2031)\n"
            "肯尼亚基苏木 Kisumu, Kenya · 2031年3月2日至4日 2–4 March 2031\n\n"
            "研讨会：数字身份\nWorkshop: Digital Identity\n\nDate 日期：2031年3月3日（星期二）\n")
    x = extract(doc(text))
    header = [f for f in x.facts if f.rule == "zh.table.event-header-line"]
    assert {f.args["date"].text for f in header if f.kind == "event-time"} == {"2031年3月2日至4日"}
    assert [[p.text for p in f.args["places_all"]] for f in header if f.kind == "event-place"] == [["肯尼亚", "基苏木"]]
    labelled = [f for f in x.facts if f.rule == "zh.event.labelled-time"]
    assert [f.args["date"].text for f in labelled] == ["2031年3月3日"]


def test_a_session_reported_held_is_what_the_next_sentences_speak_of():
    text = EVENT + ("3日下午，由肯尼亚信息通信部组织的“主会议：数字包容”将举行。"
                    "肯尼亚通信管理局局长约翰·卡马乌将作主旨发言。\n")
    read = [f for f in facts(text, "role") if f["args"]["agent"]["text"] == "约翰·卡马乌"]
    assert read and all(f["args"]["context"]["text"] == "主会议：数字包容" for f in read)


def test_words_in_quotes_right_before_a_kind_title_the_session():
    text = EVENT + "当天下午，由内罗毕大学组织的“数字技能与就业”小组讨论举行。讨论由玛丽·恩乔罗格女士主持。\n"
    x = extract(doc(text))
    contexts = {f.args["context"] for f in x.facts if f.kind == "role" and f.args["agent"].text.startswith("玛丽")}
    assert [(c.value["name"], c.value["title"]) for c in contexts] == [("数字技能与就业小组讨论", "数字技能与就业")]


def test_words_in_quotes_and_a_kind_s_modifier_before_it_title_the_session():
    text = EVENT + "当天下午，内罗毕大学组织了“数字技能与就业”主题研讨会。研讨会由玛丽·恩乔罗格女士主持。\n"
    x = extract(doc(text))
    contexts = {f.args["context"] for f in x.facts if f.kind == "role" and f.args["agent"].text.startswith("玛丽")}
    assert [c.value["name"] for c in contexts] == ["数字技能与就业"]


def test_an_ordinal_is_part_of_a_session_s_name_and_a_count_is_not():
    text = EVENT + "约翰·卡马乌主持了第九场高级别政策会议。玛丽·恩乔罗格主持了第二场高级别政策会议。\n"
    x = extract(doc(text))
    contexts = sorted(f.args["context"].text for f in x.facts if f.kind == "role")
    assert contexts == ["第九场高级别政策会议", "第二场高级别政策会议"]
    counted = extract(doc(EVENT + "论坛共举办了30多场高级别政策会议，由约翰·卡马乌主持。\n"))
    assert not any("30" in str(getattr(f.args.get("context"), "text", "")) for f in counted.facts if f.kind == "role")


def test_an_edition_pointed_at_and_named_in_brackets_is_held_by_its_name():
    text = EVENT + "上一届会议（2029年全球连接审查会议）于2029年11月在赞比亚卢萨卡举行。\n"
    held = {(f.kind, f.args["event"].text) for f in extract(doc(text)).facts if f.kind in ("event-time", "event-place")}
    assert ("event-time", "2029年全球连接审查会议") in held and ("event-place", "2029年全球连接审查会议") in held
    assert not any(name == "上一届会议" for _, name in held)


def test_numbered_plenaries_held_on_one_day_are_two_dated_sessions_of_the_event():
    text = EVENT + "5. 第一次全体会议于3月2日上午举行。\n\n6. 第二次全体会议于3月2日下午举行，审议各国的报告。\n"
    x = extract(doc(text))
    held = sorted((f.args["session"].text, f.args["date"].text, f.args["event"].text)
                  for f in x.facts if f.kind == "session")
    assert held == [("第一次全体会议", "3月2日", "2031年全球连接审查会议"),
                    ("第二次全体会议", "3月2日", "2031年全球连接审查会议")]
    edition = extract(doc(EVENT + "第三次全球连接审查会议将于2033年在阿克拉举行。\n"))
    assert any(f.kind == "event-time" and f.args["event"].text == "第三次全球连接审查会议" for f in edition.facts)


def test_a_list_a_colon_opens_keeps_each_name_with_its_tier():
    text = EVENT + ("论坛的合作伙伴包括：肯尼亚通信管理局（CAK），作为白金合作伙伴；萨法利通信公司，作为黄金合作伙伴；"
                    "以及坦桑尼亚通信管理局（TCRA），作为支持合作伙伴。\n")
    read = {(f["args"]["sponsor"]["text"], f["args"]["tier"]["text"]) for f in facts(text, "sponsorship")}
    assert read == {("肯尼亚通信管理局", "白金合作伙伴"), ("萨法利通信公司", "黄金合作伙伴"),
                    ("坦桑尼亚通信管理局", "支持合作伙伴")}


def test_a_pronoun_opening_a_sentence_speaks_of_the_session_the_sentence_before_named():
    text = EVENT + ("在2031年3月3日，由内罗毕大学组织的，被举行了部长级圆桌会议：数字合作。"
                    "其被主持由玛丽·恩乔罗格女士，董事会成员，肯尼亚通信管理局。\n")
    read = [f for f in facts(text, "role") if f["args"]["agent"]["text"].startswith("玛丽")]
    assert [(f["args"]["role"], f["args"]["context"]["text"]) for f in read] == [("role:moderator", "部长级圆桌会议：数字合作")]
    ceremony = EVENT + ("同一天晚上，从17:30到19:00，在2号厅，WSIS奖颁奖典礼被举行。"
                        "该仪式被主持由玛丽·恩乔罗格女士，副部长，肯尼亚信息通信部。\n")
    read = [f for f in facts(ceremony, "role") if f["args"]["agent"]["text"].startswith("玛丽")]
    assert [f["args"]["context"]["text"] for f in read] == ["WSIS奖颁奖典礼"]


def test_a_clause_after_a_comma_and_a_passive_marker_speaks_of_the_session_before_the_comma():
    text = EVENT + "3日下午，内罗毕大学举办了题为“数字技能与就业”的会外活动，由约翰·卡马乌先生主持。\n"
    x = extract(doc(text))
    contexts = {f.args["context"] for f in x.facts if f.kind == "role" and f.args["agent"].text.startswith("约翰")}
    assert [(c.value.get("name"), c.value.get("title")) for c in contexts] == [("数字技能与就业", "数字技能与就业")]


def test_a_translation_s_order_held_then_session_gives_the_session_its_organiser_and_day():
    text = EVENT + ("在2031年3月3日，09:00-10:30（UTC+03:00），由内罗毕大学组织的，被举行了高级别政策会议：数字福祉。"
                    "其主旨演讲由约翰·卡马乌博士发表。\n")
    x = extract(doc(text))
    organisers = [f.args["context"].text for f in x.facts if f.kind == "role" and f.args["agent"].text == "内罗毕大学"]
    keynotes = [f.args["context"].text for f in x.facts if f.kind == "role" and f.args["agent"].text.startswith("约翰")]
    assert organisers == ["高级别政策会议：数字福祉"] and keynotes == ["高级别政策会议：数字福祉"]


def test_a_keynote_at_the_opening_is_a_keynote_of_the_event():
    text = EVENT + "肯尼亚总统约翰·卡马乌先生在开幕式上发表主旨演讲。"
    read = [f for f in facts(text, "role") if f["args"]["agent"]["text"].startswith("约翰·卡马乌")]
    assert read and all(f["args"]["context"]["text"] == "2031年全球连接审查会议" for f in read)


def test_a_keynote_at_an_opening_the_report_tells_of_as_a_session_is_a_keynote_of_that_session():
    text = EVENT + ("开幕全体会议于3月2日上午9时在主会议厅举行。"
                    "肯尼亚总统约翰·卡马乌先生在开幕全体会议上发表主旨演讲。\n")
    assert ("约翰·卡马乌先生", "role:keynote-speaker", "开幕全体会议") in _roles_in(text)
    told = EVENT + "开幕式于3月2日上午举行。\n\n肯尼亚总统约翰·卡马乌先生作主旨演讲。\n"
    assert ("约翰·卡马乌先生", "role:keynote-speaker", "开幕式") in _roles_in(told)


def test_the_headline_names_the_report_s_event_over_a_dated_event_in_the_body():
    text = ("东非数字峰会（EADS）+5审查会议\n主席总结\n\n"
            "1.1 EADS+5审查会议于2031年6月10日至13日在内罗毕举行。本次会议是2031年东非数字论坛的扩展。\n"
            "1.2 会议由肯尼亚信息通信部主办。\n")
    x = extract(doc(text))
    assert x.main_event.value["name"] == "东非数字峰会+5审查会议"
    (host,) = [f for f in x.facts if f.kind == "role" and f.args["agent"].text == "肯尼亚信息通信部"]
    assert x.main_event.start == 0 and host.args["context"].label == "MAIN"


def test_a_numbered_paragraph_opens_with_its_session():
    text = EVENT + "\n3. 高级别政策会议\n\n3.1 “高级别政策会议：数字身份”于3月3日举行，由肯尼亚信息通信部组织。\n"
    (role,) = [f for f in facts(text, "role") if f["args"]["agent"]["text"] == "肯尼亚信息通信部"]
    assert role["args"]["context"]["text"] == "高级别政策会议：数字身份"


def test_the_ministry_of_the_chair_s_country_does_not_chair():
    found = roles(EVENT + "会议由国际电信联盟主办，肯尼亚信息通信部作为主席所在国主管部门共同主办。")
    assert ("肯尼亚信息通信部", "role:co-host") in found and ("肯尼亚信息通信部", "role:chair") not in found


def test_a_field_lists_its_names_between_semicolons_and_a_unit_is_named_with_its_body():
    text = EVENT + "组织方：联合国非洲经济委员会\n共同组织方：非洲联盟委员会；国际电信联盟；肯尼亚信息通信部\n"
    found = roles(text)
    assert ("联合国非洲经济委员会", "role:organiser") in found
    assert {("非洲联盟委员会", "role:co-organiser"), ("国际电信联盟", "role:co-organiser"),
            ("肯尼亚信息通信部", "role:co-organiser")} <= found


def test_a_session_page_titled_by_an_action_line_meeting_is_about_that_session():
    text = ("首页 › 2031年WSIS论坛 › 议程\n\nWSIS行动方针C7电子商务促进会议\n\n"
            "日期：2031年5月16日\n组织方：肯尼亚信息通信部\n")
    x = extract(doc(text))
    assert x.main_event.text == "WSIS行动方针C7电子商务促进会议"


def test_every_agent_of_a_frame_s_list_is_read():
    found = roles(EVENT + "2031年3月2日至4日，被国际电信联盟（ITU）主办的、并与内罗毕大学（UoN）、东非共同体秘书处（EAC）"
                          "和非洲联盟委员会（AUC）共同组织的、被举行于内罗毕的2031年全球连接审查会议，已经成功结束其工作。")
    assert {("内罗毕大学", "role:co-organiser"), ("东非共同体秘书处", "role:co-organiser"),
            ("非洲联盟委员会", "role:co-organiser")} <= found


def test_who_a_list_works_with_stands_between_it_and_its_verb():
    found = roles(EVENT + "会议由肯尼亚信息通信部、内罗毕大学和东非共同体秘书处与所有 EAC 伙伴协调人/联合协调人密切合作共同组织。")
    assert {("肯尼亚信息通信部", "role:co-organiser"), ("内罗毕大学", "role:co-organiser"),
            ("东非共同体秘书处", "role:co-organiser")} <= found


def test_a_kind_word_alone_speaks_of_the_one_session_of_its_kind_titled_in_quotes():
    text = (EVENT + "内罗毕大学承办专题研讨会，肯尼亚数据中心提供支持。\n"
            "根据议程，“专题研讨会：数字身份”将于3日下午举行。\n")
    (role,) = [f for f in facts(text, "role") if f["args"]["agent"]["text"] == "内罗毕大学"]
    assert role["args"]["context"]["text"] == "专题研讨会：数字身份"


def test_a_person_after_an_office_chairs():
    found = roles(EVENT + "肯尼亚信息通信部部长王建国担任会议主席。")
    assert ("王建国", "role:chair") in found


def test_a_tier_in_brackets_speaks_of_the_name_before_it():
    spons = facts(EVENT + "会议得到肯尼亚电信集团（金牌合作伙伴）和东非数据中心（银牌合作伙伴）的支持。", "sponsorship")
    assert {(f["args"]["sponsor"]["text"], f["args"]["tier"]["key"]) for f in spons} == {
        ("肯尼亚电信集团", "tier:gold-partner"), ("东非数据中心", "tier:silver-partner")}


def test_a_session_between_event_and_verb_blocks_the_event_reading():
    times = facts(EVENT + "全球连接审查会议部长级圆桌会议3日在内罗毕举行。", "event-time")
    assert [f["args"]["date"]["text"] for f in times] == ["2031年3月2日至4日"]


def test_unknown_counted_nouns_and_shares_are_read():
    stats = facts(EVENT + "600多名来自东非地区的代表出席会议，其中包括14位部长和9位副部长，女性代表约占全部代表的41%。",
                  "statistic")
    read = {(f["args"]["measure"]["text"] if isinstance(f["args"]["measure"], dict) else f["args"]["measure"],
             f["args"]["value"]) for f in stats}
    assert {("代表", 600), ("部长", 14), ("副部长", 9), ("measure:women-share", 41)} <= read


def test_a_bilingual_key_figures_table_counts_what_each_label_says():
    text = (EVENT + "关键数据 Key Figures\n| 指标 Indicator | 数值 Value |\n|---|---|\n"
            "| 注册青年代表 Registered youth delegates | 1,850 |\n| 30岁以下发言人占比 Speakers under 30 | 68% |\n"
            "| 线上观看 Online views | 逾23,000人次 / 23,000+ |\n| 来自国家 Countries | 54 |\n")
    read = {(f["args"]["measure"]["text"] if isinstance(f["args"]["measure"], dict) else f["args"]["measure"],
             f["args"]["value"]) for f in facts(text, "statistic")}
    assert read == {("measure:youth-participants", 1850), ("30岁以下发言人", 68), ("线上观看", 23000),
                    ("measure:countries", 54)}  # (no 30 speakers, no 23,000 participants: an age, views)


def test_a_share_spaced_from_its_words_keeps_its_group_and_a_share_its_words_only_describe_is_none():
    spaced = facts(EVENT + "部长们注意到，岛屿社区家庭宽带接入率仅为 38 %，这是一个差距。\n", "statistic")
    assert [(f["args"]["measure"]["text"], f["args"]["value"]) for f in spaced] == [("岛屿社区家庭宽带接入率", 38)]
    assert not facts(EVENT + "“连接最后的 30% 不是一个技术问题，”她说。\n", "statistic")
    shared = facts(EVENT + "青年参与者占全部注册代表的35%。\n", "statistic")
    assert [f["args"]["value"] for f in shared] == [35]


def test_a_part_of_the_whole_after_qizhong_is_counted_as_that_part():
    stats = facts(EVENT + "与会者超过18,000人，其中包括来自民间团体的6,200名代表和40位部长。", "statistic")
    read = {(f["args"]["measure"]["value"]["noun"] if isinstance(f["args"]["measure"], dict) else f["args"]["measure"],
             f["args"]["value"]) for f in stats}
    assert ("measure:participants", 18000) in read and ("来自民间团体的代表", 6200) in read
    assert ("measure:participants", 6200) not in read


def test_an_academician_of_an_academy_holds_that_post():
    (post,) = facts(EVENT + "东非工程院院士王建国为大会作主题报告。", "post")
    assert (post["args"]["post"]["key"], post["args"]["organization"]["text"], post["args"]["person"]["text"]) == \
        ("post:academician", "东非工程院", "王建国")


def test_a_number_and_classifier_before_since_dates_a_period_and_counts_nothing():
    # 党的十八大以来: "since the 18th congress", not 18 of something called 以来
    assert facts(EVENT + "部长指出，党的十八大以来，信息通信业取得历史性成就。", "statistic") == []


@pytest.mark.parametrize("line, value, qualifier", [
    ("- 女性代表占比：约30%", 30, "qualifier:about"),
    ("39%的参与者是女性。", 39, "qualifier:exact"),
    ("女性发言人4位，约占67%。", 67, "qualifier:about"),
    ("发言人中女性所占比例：46%", 46, "qualifier:exact"),
    ("女性在发言嘉宾中所占比例超过55%。", 55, "qualifier:more-than"),
    ("• 妇女的份额在与会者中：46%", 46, "qualifier:exact"),
])
def test_a_share_whose_clause_names_women_is_the_share_of_women_however_it_is_ordered(line, value, qualifier):
    shares = [(f["args"]["measure"], f["args"]["value"], f["args"]["qualifier"]) for f in facts(EVENT + line + "\n", "statistic")
              if f["args"].get("unit") == "unit:percent"]
    assert shares == [("measure:women-share", value, qualifier)]


def test_a_clause_of_holding_joined_by_de_to_the_event_after_it_dates_that_event_not_the_session_before():
    """本次研讨会延续了…在首尔举行的专家会议的讨论: 举行的 makes the clause a description of the
    meeting named right after it; the workshop the sentence opens with was not held then."""
    text = EVENT + "本次研讨会延续了2030年9月21日至22日在坦桑尼亚阿鲁沙举行的东非适老化数字服务专家会议的讨论。\n"
    dated = {(getattr(f.args.get("session") or f.args.get("event"), "text", ""), f.args["date"].value["start"])
             for f in extract(doc(text)).facts if f.kind in ("event-time", "session") and f.args.get("date") is not None}
    assert ("东非适老化数字服务专家会议", "2030-09-21") in dated
    assert not [name for name, start in dated if start == "2030-09-21" and "研讨会" in name]


def test_a_clause_of_holding_joined_by_de_to_a_name_before_its_kind_places_no_event_before():
    """会议回顾了…在巴拿马巴拿马城举行的拉丁美洲和加勒比信息社会部长级会议所作的各项承诺: the
    place is where the meeting named after 举行的 was held (its first words before its kind word);
    neither the report's event nor a default context is placed there."""
    text = ("东非区域审查会议（以下简称“会议”）于2035年9月17日至19日在乌拉圭蒙得维的亚举行。\n"
            "会议回顾了2031年10月8日至10日在巴拿马巴拿马城举行的拉丁美洲和加勒比信息社会部长级会议所作的各项承诺。\n")
    placed = {(getattr(f.args.get("event"), "text", ""), f.args["places_all"][-1].text)
              for f in extract(doc(text)).facts if f.kind == "event-place"}
    assert not [event for event, place in placed if place == "巴拿马城" and "审查会议" in event or event == "会议"
                and place == "巴拿马城"]
    assert ("东非区域审查会议", "蒙得维的亚") in placed


def test_this_session_held_on_a_day_under_a_session_s_heading_dates_that_session():
    """高级别政策会话 1 — … / (its English name) / 这个会话被举行在星期二，3 三月 2031: the session the
    heading names was held that day; the report's event keeps its own dates."""
    text = (EVENT + "\n会话\n\n高级别政策会话 1 — 为有意义的连接融资\n(High-Level Policy Session 1 — Financing "
            "Meaningful Connectivity)\n\n这个会话被举行在星期二，3 三月 2031，从 14:00 到 15:30。它被组织由内罗毕大学。\n\n"
            "部长级圆桌会议 — 数字公共基础设施\n\n这个会话被举行在 4 三月 2031，从 14:00 到 15:30。它被组织由东非共同体秘书处。\n")
    x = extract(doc(text))
    dated = {f.args["session"].text: f.args["date"].value["start"] for f in x.facts if f.kind == "session" and f.args.get("date")}
    assert dated == {"高级别政策会话 1 — 为有意义的连接融资": "2031-03-03", "部长级圆桌会议 — 数字公共基础设施": "2031-03-04"}
    assert [f.args["date"].value["start"] for f in x.facts if f.kind == "event-time"] == ["2031-03-02"]


def test_an_event_s_english_name_in_brackets_does_not_part_it_from_the_verb_after_it():
    """X会议（its English name）今天被闭幕在Y会议中心，…关于…信息社会世界峰会（WSIS）的成果: the bracketed gloss
    is part of the subject's name, so the subject, not the summit named later, closed there."""
    text = ("科伦坡，斯里兰卡，2033年4月7日 — 2033年南亚数字审查会议（South Asia Digital Review Meeting 2033, SADRM 2033）"
            "今天被闭幕在莲花湾会议中心，在三天的讨论之后，关于该区域如何实施信息社会世界峰会（WSIS）的成果。\n")
    x = extract(doc(text))
    closed = {f.args["event"].text for f in x.facts if f.kind == "event-place" and f.rule == "zh.frame.event-ends"}
    assert closed == {"2033年南亚数字审查会议"}


def test_a_role_word_s_english_gloss_says_which_role_it_is():
    """被主持（chaired）由X / 被主持（moderated）由Y: 主持 of a session reads as moderating, but the
    English word a translation keeps after it (the roles lexicon's `latin` forms) decides."""
    page = (EVENT + "\n部长级圆桌会议：数字融资\n\n该圆桌会议被主持{gloss}由约翰·卡马乌阁下，部长，肯尼亚信息通信部，肯尼亚。\n\n"
            "高级别对话：数字技能\n\n该对话被主持（moderated）由玛丽·奥蒂诺女士，主任，内罗毕大学，肯尼亚。\n")
    def roles(gloss: str) -> dict[str, str]:
        return {f.args["agent"].text[:6]: f.args["role"].key if hasattr(f.args["role"], "key") else f.args["role"]
                for f in extract(doc(page.format(gloss=gloss))).facts if f.kind == "role"}
    assert roles("（chaired）") == {"约翰·卡马乌": "role:chair", "玛丽·奥蒂诺": "role:moderator"}
    assert roles("")["约翰·卡马乌"] == "role:moderator"


def test_a_bilingual_label_s_english_role_decides_and_a_semicolon_list_keeps_unlisted_offices():
    """共同主持 Co-facilitators：A（Latin），创始人，X网络；B（Latin），…: on a bilingual page the English
    word of the field's label says which role it is (co-facilitator, not the moderator 主持 reads
    as in a session), and each person of the list parted by semicolons is read, whatever offices
    no lexicon lists stand beside them."""
    line = ("09:30–11:00 专题会议二：女性与女童数字技能 Thematic Session 2: Digital Skills — 共同主持 Co-facilitators："
            "莱拉·本萨利赫（Leila Bensalah），创始人，马格里布女性科技网络；法图·西塞（Fatou Cissé），项目官员，国际电信联盟\n")
    page = (EVENT + "\n议程 Programme\n08:30 注册 Registration\n09:00 开幕式 Opening Ceremony — 主席 Chair：张伟\n"
            "09:20 主旨演讲 Keynote — 主旨演讲人 Keynote speaker：李娜\n" + line +
            "11:30 闭幕式 Closing Ceremony — 主席 Chair：王芳\n")
    roles = {(f.args["agent"].text.split("（")[0], f.args["role"].key) for f in extract(doc(page)).facts
             if f.kind == "role" and f.args["agent"].label == "PERSON"}
    assert {("莱拉·本萨利赫", "role:co-facilitator"), ("法图·西塞", "role:co-facilitator")} <= roles


def test_an_event_named_between_a_person_and_the_role_word_is_the_role_s_context():
    """X，执行主任，某联盟，塞内加尔，担任论坛的副主席, where the text defined 论坛 as the event's short
    name: the event between the person and the role word is what the role is held in."""
    text = ("1. 2031年东非数字论坛（以下称“论坛”）于2031年3月2日至4日在内罗毕举行。\n\n"
            "2. 阿米纳塔·迪亚洛（Aminata Diallo）女士，执行主任，非洲数字学习联盟，塞内加尔，担任论坛的副主席。\n")
    (role,) = [f for f in extract(doc(text)).facts if f.kind == "role"]
    assert (role.args["agent"].text.startswith("阿米纳塔·迪亚洛"), role.args["role"].key) == (True, "role:vice-chair")


def test_a_number_spaced_from_its_classifier_counts_the_noun_after_it():
    """• 14 位部长: a translation writes a space between the number and its classifier."""
    read = {(f["args"]["measure"]["text"], f["args"]["value"]) for f in facts(EVENT + "\n论坛在数字中\n\n• 14 位部长\n", "statistic")
            if isinstance(f["args"]["measure"], dict)}
    assert read == {("部长", 14)}


def test_a_measure_word_after_a_verb_is_not_what_a_number_counts():
    """45名部长出席会议: the sessions (会议) come after the verb 出席, so the ministers are counted."""
    stats = facts(EVENT + "组织方介绍，约45名部长出席会议，与会者中女性占52%。\n", "statistic")
    read = {(f["args"]["measure"]["text"] if isinstance(f["args"]["measure"], dict) else f["args"]["measure"],
             f["args"]["value"]) for f in stats}
    assert read == {("部长", 45), ("measure:women-share", 52)}


def test_ways_of_taking_part_joined_by_a_conjunction_are_one_counted_noun():
    """超过 650 名现场和在线与会者: 和 joins two ways of taking part (figures.json `joined_modes`);
    the noun counted is all of it, not 现场."""
    read = {(f["args"]["measure"]["text"], f["args"]["value"]) for f in facts(EVENT + "- 超过 650 名现场和在线与会者\n", "statistic")
            if isinstance(f["args"]["measure"], dict)}
    assert read == {("现场和在线与会者", 650)}


def test_an_office_no_lexicon_lists_set_beside_a_name_keeps_the_name_in_the_role_s_clause():
    """X，执行董事，某联盟（ABBR），加纳，担任了论坛的副主席: an English-ordered apposition whose office
    no lexicon lists (执行董事, 政策主管) does not part the name from the role said after it."""
    text = (EVENT + "约翰·卡马乌先生，执行董事，东非数字联盟（EADA），加纳，担任了论坛的副主席。"
            "玛丽·奥蒂诺女士，政策主管，东非数字联盟，是大会的共同协调人。\n")
    read = {(f["args"]["agent"]["text"], f["args"]["role"]["key"]) for f in facts(text, "role")}
    assert read == {("约翰·卡马乌先生", "role:vice-chair"), ("玛丽·奥蒂诺女士", "role:co-facilitator")}
    clause = EVENT + "会议开幕，担任主持人，东非数字联盟，加纳，致辞。\n"
    assert not facts(clause, "role")


def test_the_honourable_before_a_name_in_latin_letters_makes_it_a_person():
    """论坛被担任主席由尊敬的 Claudine Uwimana，部长，…: 尊敬的 (The Hon.) is an honorific before the
    name a translation leaves in Latin letters; the name is a person, who chairs and holds the office."""
    text = EVENT + "论坛被担任主席由尊敬的 Claudine Uwimana，部长，卢旺达共和国数字经济与创新部，卢旺达。\n"
    roles = {(f["args"]["agent"]["text"], f["args"]["role"]["key"]) for f in facts(text, "role")}
    assert roles == {("Claudine Uwimana", "role:chair")}
    posts = {(f["args"]["person"]["text"], f["args"]["post"]["key"]) for f in facts(text, "post")}
    assert ("Claudine Uwimana", "post:minister") in posts


def test_a_rate_among_women_is_no_share_of_women():
    shares = [f["args"]["measure"] for f in facts(EVENT + "女性互联网普及率为48%。\n", "statistic")]
    assert "measure:women-share" not in shares


def test_a_pointed_body_is_the_last_body_of_its_kind_the_paragraph_named():
    text = EVENT + "“青年论坛”将于3日下午举行，由内罗毕科技大学组织，该校副校长约翰·卡马乌教授主持。\n"
    posts = [f for f in facts(text, "post") if f["args"]["person"]["text"].startswith("约翰·卡马乌")]
    assert [(f["args"]["post"]["text"], f["args"]["organization"]["value"]["name"]) for f in posts] == [("副校长", "内罗毕科技大学")]
    # no body named before: the office alone, with no organization
    (alone,) = facts("2031年东非数字论坛在内罗毕举行。该校副校长约翰·卡马乌教授主持。\n", "post")
    assert alone["args"]["title"]["text"] == "副校长" and "organization" not in alone["args"]


def test_a_pointed_or_bare_head_names_the_last_body_of_its_kind_even_a_paragraph_before():
    def posts(text):
        return {(f["args"]["person"]["text"], f["args"]["title"]["text"],
                 f["args"]["organization"]["value"]["name"] if "organization" in f["args"] else None)
                for f in facts(text, "post")}
    earlier = EVENT + "会议由肯尼亚信息通信部主办。\n\n开幕式由该部常务秘书约翰·卡马乌主持。\n"
    assert ("约翰·卡马乌", "常务秘书", "肯尼亚信息通信部") in posts(earlier)
    bare = EVENT + ("小组讨论由东非社区网络联盟协办。讨论由部长安娜·贝克担任主席，联盟区域协调员玛丽·奥蒂诺主持。\n")
    assert ("玛丽·奥蒂诺", "区域协调员", "东非社区网络联盟") in posts(bare)
    assert posts(EVENT + "讨论由部长安娜·贝克担任主席，联盟区域协调员玛丽·奥蒂诺主持。\n") == {
        ("安娜·贝克", "部长", None), ("玛丽·奥蒂诺", "区域协调员", None)}  # no alliance named: offices alone


def test_a_number_in_a_session_s_title_or_beyond_any_gathering_counts_no_participants():
    text = EVENT + ("部长级圆桌会议：连通剩余的26亿人于3月3日举行。全球仍有约26亿人被排除在网络世界之外。"
                    "共有2500多人参加了会议。\n")
    read = {(f["args"]["measure"], f["args"]["value"]) for f in facts(text, "statistic")}
    assert read == {("measure:participants", 2500)}


def test_numbers_that_label_a_room_or_an_edition_count_nothing_and_a_kind_before_a_measure_is_its_modifier():
    stats = facts(EVENT + "开幕式在肯雅塔国际会议中心2号会议室举行。WSIS奖2031颁奖典礼随后举行，"
                  "共有18个WSIS奖获奖项目和60个冠军项目。", "statistic")
    read = {(f["args"]["measure"]["key"] if isinstance(f["args"]["measure"], dict) else f["args"]["measure"],
             f["args"]["value"]) for f in stats}
    assert read == {("measure:prize-winners", 18), ("measure:champions", 60)}


def test_a_dateline_and_a_published_date_place_relative_days():
    text = "东非审查会议在内罗毕开幕\n新华社内罗毕3月2日电 第三届东非信息社会审查会议今天在内罗毕开幕，为期3天。\n"
    document = Document("news", "news.txt", text, "zh-Hans", "0", {"published": "2031-03-02"})
    x = extract(document)
    (time,) = [f for f in x.facts if f.kind == "event-time"]
    assert time.args["date"].value["start"].endswith("03-02")
    assert time.args["date"].value["duration_days"] == 3


def test_that_day_never_points_back_to_a_day_where_something_ends():
    """第三届…会议14日在拉巴特开幕…会议将持续至16日。/ 当天上午的开幕式上…: 当天 opening a paragraph is
    the last day told before it, but a day after 至 is where the meeting ends, not a day told of."""
    text = ("新华社拉巴特2038年4月14日电 第三届阿拉伯信息社会审查会议14日在拉巴特开幕，会议将持续至16日。\n\n"
            "当天上午的开幕式上，摩洛哥数字经济与通信部部长优素福·本纳尼当选会议主席。\n")
    days = _days(extract(doc(text)))
    assert days["当天"] == "2038-04-14"


def test_a_lone_day_joined_by_de_to_a_session_dates_that_session():
    """在16日的开幕全体会议上: a day of the month alone, written before 的 and a session, is a day."""
    text = ("峰会在突尼斯闭幕\n2005年11月18日 | 科技\n\n为期三天的信息社会世界峰会突尼斯阶段会议今天闭幕。"
            "联合国秘书长科菲·安南在16日的开幕全体会议上发表主旨讲话。\n")
    days, dated = _days_and_dated_sessions(text)
    assert days["16日"] == "2005-11-16"
    assert dated == {"开幕全体会议": "16日"}


def test_a_weekday_is_the_last_such_day_of_the_week_the_report_speaks_from_and_dates_its_session():
    text = ("东非审查会议闭幕\n2031年3月5日 | 科技\n\n第三届东非信息社会审查会议周三闭幕。"
            "肯尼亚总统在周一上午的开幕全体会议上发言。周二下午，内罗毕大学组织了专题会议。\n"
            "日程：3月4日（星期二）。\n")
    days, dated = _days_and_dated_sessions(text)
    assert days["周三"] == "2031-03-05" and days["周一"] == "2031-03-03" and days["周二"] == "2031-03-04"
    assert "星期二" not in days  # beside a date, a weekday only repeats it
    assert dated == {"开幕全体会议": "周一", "专题会议": "周二"}


def test_with_no_day_to_speak_from_a_weekday_is_the_one_day_of_the_event_on_it():
    text = ("2031年拉美区域审查会议于2031年9月16日至18日在蒙得维的亚举行。\n"
            "本周二上午，开幕全体会议在主会议厅举行。周三下午，部长级圆桌会议由乌拉圭政府组织。\n"
            "在周四，18 9月 2031，闭幕全体会议举行。周日，代表们参观了社区网络。\n")
    days, dated = _days_and_dated_sessions(text)
    assert days["本周二"] == "2031-09-16" and days["周三"] == "2031-09-17"
    assert "周四" not in days and "周日" not in days  # beside a date it repeats it; no day of the event is a Sunday
    assert dated == {"开幕全体会议": "本周二", "部长级圆桌会议": "周三", "闭幕全体会议": "18 9月 2031"}


def test_last_year_s_month_dates_another_edition_of_the_report_s_event():
    text = ("东非审查会议在内罗毕开幕\n新华社内罗毕3月2日电 2031年东非信息社会审查会议今天在内罗毕开幕。"
            "去年6月，2030年东非信息社会审查会议在坎帕拉举行。\n")
    document = Document("news", "news.txt", text, "zh-Hans", "0", {"published": "2031-03-02"})
    x = extract(document)
    days = _days(x)
    assert days["去年6月"] == "2030-06"
    when = {f.args["event"].text: f.args["date"].text for f in x.facts if f.kind == "event-time"}
    assert when.get("2030年东非信息社会审查会议") == "去年6月"
    assert x.main_event.value.get("year") == "2031"


def test_an_edition_s_year_in_its_name_dates_it():
    x = extract(doc(EVENT + "会议成果将提交2032年东非数字论坛。\n"))
    when = {f.args["event"].text: f.args["date"].value["start"] for f in x.facts if f.kind == "event-time"}
    assert when.get("2032年东非数字论坛") == "2032"


def test_an_event_held_in_parts_named_before_a_clause_about_it():
    x = extract(doc(EVENT + "信息社会世界峰会由联合国发起，分两个阶段分别于2003年在日内瓦、2005年在突尼斯举行。\n"))
    parts = sorted((f.args["event"].text, f.args["date"].text) for f in x.facts
                   if f.kind == "event-time" and f.rule == "zh.event.held-in-parts")
    assert [d for _, d in parts] == ["2003年", "2005年"]


def test_a_publication_date_line_dates_weekdays_this_week_s_day_and_a_length_counts_back_from_the_end():
    text = ("联合国新闻 | 经济发展\n\n发布日期：2038年10月5日\n\n数字包容高级别会议在乌兰巴托举行\n\n"
            "来自150多个国家的近2000名代表周一齐聚乌兰巴托，出席2038年全球数字包容高级别会议。会议将持续至本周三。\n\n"
            "会议由蒙古国数字创新与联通部主办，会期三天。\n")
    x = extract(doc(text))
    days = _days(x)
    assert days["周一"] == "2038-10-04" and days["本周三"] == "2038-10-06"  # (this week's, after the 5th)
    opening = extract(doc("发布日期：2031年6月5日\n\n论坛于2031年6月3日至5日举行。开幕当天下午举行部长级全体会议。\n"))
    assert [(m.text, m.value["start"]) for m in opening.mentions if m.label == "DATE" and "当天" in m.text] == [
        ("开幕当天", "2031-06-03")]  # (no 当天 of the publication day inside it)
    rows = _events_rows(text)
    assert [r[2:4] for r in rows if "数字包容" in r[0]] == [("2038-10-04", "2038-10-06")]  # three days up to 本周三


def test_no_clock_no_relative_day():
    x = extract(doc("第三届东非信息社会审查会议今天在内罗毕开幕。\n"))
    assert not [m for m in x.mentions if m.label == "DATE"]


def test_the_same_day_is_the_day_named_last_before_it_and_this_day_keeps_to_its_paragraph():
    text = ("2031年东非数字论坛\n2031年3月5日 | 科技\n\n3月3日上午，部长级圆桌会议举行。"
            "同日14:00至15:30，内罗毕大学组织了“专题会议：数字技能”。\n\n据悉，当天论坛闭幕。\n")
    days = _days(extract(doc(text)))
    assert days["同日"].endswith("03-03")  # the day named before it, not the page's date
    assert days["当天"] == "2031-03-05"  # no day in its paragraph: the page's date


def test_this_day_opening_a_paragraph_is_the_day_the_body_named_last():
    text = ("2031年东非数字论坛\n2031年3月5日 | 科技\n\n3月3日上午，部长级圆桌会议举行。\n\n"
            "当天下午，由内罗毕大学组织的“数字技能与就业”小组讨论举行。\n")
    days = _days(extract(doc(text)))
    assert days["当天"].endswith("03-03")  # (17日上午…。/ 当天下午: the story's day, not the page's)


def test_captions_and_a_translators_disclaimer_are_not_read():
    text = EVENT + "本页面由机器翻译自英文，仅供参考，由国际电信联盟主办。\n图：会议由国际电信联盟主办。\n"
    assert not facts(text, "role")


def test_a_frame_file_with_an_unknown_label_names_the_frame(tmp_path):
    (tmp_path / "zh").mkdir()
    bad = {"clause_breaks": "。", "soft_breaks": "，", "list_joiners": ["和"], "filler_max": 4, "marker_bonus": 1,
           "anti_marker_penalty": 9, "frames": [{"id": "zh.frame.bad", "trigger": {"labels": ["NOPE"]},
                                                 "slots": {}, "facts": []}]}
    (tmp_path / "zh" / "frames.json").write_text(json.dumps(bad), encoding="utf-8")
    with pytest.raises(InputError, match="zh.frame.bad.*NOPE"):
        load_frames(tmp_path)


def test_a_slot_with_an_unknown_key_names_the_frame_and_the_key(tmp_path):
    (tmp_path / "zh").mkdir()
    bad = {"clause_breaks": "。", "soft_breaks": "，", "list_joiners": ["和"], "filler_max": 4, "marker_bonus": 1,
           "anti_marker_penalty": 9, "frames": [{"id": "zh.frame.bad", "trigger": {"words": ["举行"]},
                                                 "slots": {"date": {"labels": ["DATE"], "not_befor": ["后"]}},
                                                 "facts": []}]}
    (tmp_path / "zh" / "frames.json").write_text(json.dumps(bad), encoding="utf-8")
    with pytest.raises(InputError, match="zh.frame.bad.*'date'.*not_befor"):
        load_frames(tmp_path)


def test_where_a_chair_comes_from_is_not_where_the_session_is_held():
    text = EVENT + "3日举行的高级别开幕式与大会主题同名，由来自塞内加尔的西非数字委员会理事长阿马杜·迪亚洛担任主席。\n"
    places = {f["args"]["places_all"][0]["text"] if isinstance(f["args"]["places_all"], list)
              else f["args"]["places_all"]["text"] for f in facts(text, "event-place")}
    assert "塞内加尔" not in places and "内罗毕" in places


def test_a_title_in_quotes_after_a_kind_word_is_that_kind_s_session_and_its_gloss_no_part_of_its_title():
    text = EVENT + "第二天，3月3日，部长级圆桌会议“人工智能促进发展（AI for Development）”被召开。该圆桌被由先生 王建国主持。\n"
    sessions = {json.dumps(f["args"]["session"], ensure_ascii=False, sort_keys=True) for f in facts(text, "session")
                if isinstance(f["args"].get("session"), dict) and "人工智能" in f["args"]["session"]["text"]}
    assert len(sessions) == 1, sessions
    assert json.loads(sessions.pop())["value"]["title"] == "人工智能促进发展"


def test_a_dash_sets_a_lead_in_apart_from_the_session_a_clause_reports_held():
    text = EVENT + "会议的重头戏——“海底光缆与气候韧性”部长圆桌于3日下午举行。\n"
    named = {f["args"]["session"]["text"] for f in facts(text, "session") if isinstance(f["args"].get("session"), dict)}
    assert "“海底光缆与气候韧性”部长圆桌" in named and not any("重头戏" in n for n in named), named


def test_the_first_day_counts_from_a_span_written_without_its_year():
    text = "太平洋数字论坛闭幕\n\n本届太平洋数字论坛于8月24日至26日在苏瓦举行。首日上午的开幕式上，王建国发表主旨演讲。\n"
    dated = {(f["args"]["session"]["text"], f["args"]["date"]["value"]["start"]) for f in facts(text, "session")
             if isinstance(f["args"].get("date"), dict)}
    assert ("开幕式", "--08-24") in dated, dated


def test_the_event_s_bare_word_before_a_role_names_whose_officer_the_person_is():
    text = ("第七届太平洋数字论坛于2037年8月24日至26日在苏瓦举行。斐济信息技术协会会长、论坛副主席莉娅·纳瓦卡表示，"
            "协会为能在2035年阿皮亚数字会议的基础上推动讨论感到自豪。\n")
    found = {(f["args"]["agent"]["text"], f["args"]["context"]["text"]) for f in facts(text, "role")}
    assert ("莉娅·纳瓦卡", "论坛") in found and not any("阿皮亚" in c for _, c in found), found


def test_a_role_word_inside_appointed_by_is_the_appointer_s_office():
    text = EVENT + "肯尼亚常驻联合国代表王建国和芬兰常驻联合国代表李明受大会主席任命，担任本次审查的共同协调人。\n"
    assert not {(a, r) for a, r in roles(text) if r == "role:chair"}


def test_a_programme_row_s_kind_joined_by_暨_ends_at_its_cell():
    from wsis_graph.extract.conventions import conventions
    joined = conventions().kind_title_joined.match("暨主旨演讲｜主旨演讲：王建国｜肯尼亚信息通信部\n")
    assert joined is not None and joined.group("title") == "主旨演讲"


def test_speakers_called_guests_who_speak_are_speakers():
    stats = {(arg_key(f, "measure"), f["args"]["value"]) for f in facts(EVENT + "会议期间，逾40位发言嘉宾参与讨论。\n", "statistic")}
    assert ("measure:speakers", 40) in stats, stats


def test_the_nth_session_of_a_kind_is_the_one_titled_with_that_kind_and_n():
    text = (EVENT + "7. 第一场小组讨论，被组织由东非数字学习联盟，被举行在3月2日的下午。它的完整的标题是“小组讨论一：面向青年的数字技能”。\n\n"
            "8. 第二场小组讨论，“小组讨论二：教师与课堂”，被举行在3月3日。\n")
    found = {(f["args"]["agent"]["text"], f["args"]["context"]["text"]) for f in facts(text, "role")
             if isinstance(f["args"].get("context"), dict)}
    assert ("东非数字学习联盟", "小组讨论一：面向青年的数字技能") in found, found


def test_a_standing_body_s_numbered_session_is_when_the_meeting_the_report_names_is_held():
    text = ("联大通过审查成果文件\n\n第九十届联合国大会周二在纽约联合国总部结束了为期两天的东非数字审查高级别会议。"
            "这次高级别会议于12月10日至11日举行。\n")
    assert extract(doc(text)).main_event.text == "东非数字审查高级别会议"


def test_that_day_opening_a_paragraph_is_the_last_day_told_before_it_in_text_order():
    text = ("数字审查会议闭幕\n\n2035年12月11日 | 经济发展\n\n东非数字审查会议周二在内罗毕闭幕。\n\n"
            "10日上午的开幕全体会议上，王建国作主旨发言。\n\n当天下午举行的“部长圆桌：数字公共基础设施”由李明主持。\n")
    days = {f["args"]["session"]["text"]: f["args"]["date"]["value"]["start"] for f in facts(text, "session")
            if isinstance(f["args"].get("date"), dict) and isinstance(f["args"].get("session"), dict)}
    assert days.get("部长圆桌：数字公共基础设施") == "2035-12-10", days


def test_a_programme_row_s_moderator_hides_no_role_the_same_person_holds_at_the_event():
    text = ("第六届东非区域论坛\n\n会议名称：第六届东非区域论坛\n会议时间：2029年9月18日至20日\n\n"
            "论坛主席：埃琳娜·巴斯托斯（Elena Bastos），东非数字社会联盟主席\n\n"
            "日期｜时间｜环节｜主持／主要发言人｜组织方\n"
            "9月20日（周四）｜15:00—17:00｜闭幕全体会议｜主持：埃琳娜·巴斯托斯｜东非数字社会联盟\n")
    found = {(arg_key(f, "role"), f["args"]["context"]["text"]) for f in facts(text, "role")
             if "巴斯托斯" in f["args"]["agent"]["text"]}
    assert ("role:chair", "论坛") in found and ("role:moderator", "闭幕全体会议") in found, found


def test_the_fields_of_a_programme_item_s_line_all_speak_of_its_session():
    text = (EVENT + "\n· 3 三月 2031 星期三 10:00–11:30：研讨会 2 — 社区网络与最后一英里接入。组织者：东非数字公域网络；"
            "共同组织者：东非技术学院。主持人（moderator）：莎妮丝·吉滕斯女士。\n")
    found = {(f["args"]["agent"]["text"], f["args"]["context"]["text"]) for f in facts(text, "role")}
    assert ("莎妮丝·吉滕斯女士", "研讨会 2 — 社区网络与最后一英里接入") in found, found


def test_a_verb_of_chairing_after_a_role_noun_in_its_capacity_adds_no_role():
    text = (EVENT + "谈判由肯尼亚常驻联合国代表王建国（Jianguo Wang）和阿尔巴尼亚常驻联合国代表苏埃拉·贾尼娜（Suela Janina）"
            "作为共同协调人主持。\n")
    found = {(a, r) for a, r in roles(text)}
    assert ("苏埃拉·贾尼娜（Suela Janina）", "role:co-facilitator") in found, found
    assert not [r for _, r in found if r == "role:chair"], found


def test_a_phrase_of_taking_an_office_has_the_person_before_it_as_its_subject():
    text = (EVENT + "肯尼亚常驻联合国代表阿米娜·瓦姆布瓜（Amina Wambugu）和芬兰常驻联合国代表拉斯·海基宁（Lars Heikkinen）"
            "受大会主席任命，担任本次审查的共同协调人。埃及通信部部长王建国（Jianguo Wang）出席会议，并担任会议主席。\n")
    found = roles(text)
    assert {("阿米娜·瓦姆布瓜（Amina Wambugu）", "role:co-facilitator"), ("拉斯·海基宁（Lars Heikkinen）", "role:co-facilitator"),
            ("王建国（Jianguo Wang）", "role:chair")} <= found, found


def _examples():
    frames = json.loads((ROOT / "data" / "rules" / "zh" / "frames.json").read_text(encoding="utf-8"))["frames"]
    return [(f["id"], ex) for f in frames for ex in f["examples"]]


def _said(value):
    if isinstance(value, list):  # a list slot (places_all): any of its items
        return set().union(*(_said(v) for v in value)) if value else set()
    if isinstance(value, dict):
        return {value.get("text"), value.get("key")}
    return {value}


@pytest.mark.parametrize("frame_id, example", _examples(), ids=lambda v: v if isinstance(v, str) else "")
def test_every_frame_example_gives_its_facts(frame_id, example):
    """The examples in data/rules/zh/frames.json are the frames' own tests."""
    read = facts(EVENT_LINE + example["text"])
    for want in example["facts"]:
        assert any(_gives(f, want) for f in read), (frame_id, want)
    for unwanted in example.get("absent", []):
        assert not any(_gives(f, unwanted) for f in read), (frame_id, unwanted)


def _gives(fact, want):
    return fact["kind"] == want["kind"] and all(v in _said(fact["args"].get(k)) for k, v in want["args"].items())


def _rule_examples():
    out = []
    for path in sorted((ROOT / "data" / "rules").glob("*.json")):
        for rule in json.loads(path.read_text(encoding="utf-8")).get("rules", []):
            out += [(rule["id"], ex) for ex in rule["examples"]]
    return out


@pytest.mark.parametrize("rule_id, example", _rule_examples(), ids=lambda v: v if isinstance(v, str) else "")
def test_every_rule_example_gives_its_facts_by_that_rule(rule_id, example):
    """The examples in data/rules/*.json are the pattern rules' own tests: each fact is read by
    the very rule that carries the example, not by another rule or a frame."""
    read = facts(EVENT_LINE + example["text"])
    for want in example["facts"]:
        assert any(_gives(f, want) and f["rule"] == rule_id for f in read), (
            rule_id, want, [f["rule"] for f in read if _gives(f, want)])
    for unwanted in example.get("absent", []):
        assert not any(_gives(f, unwanted) for f in read), (rule_id, unwanted)


_EXAMPLE = [{"text": "国际电信联盟主办。", "facts": []}]


@pytest.mark.parametrize("rule, message", [
    ({"id": "zh.bad.label", "pattern": "{agent=ORGANISATION}主办", "facts": [{"kind": "role", "args": {"agent": "agent"}}],
      "examples": _EXAMPLE}, "zh.bad.label.*ORGANISATION"),
    ({"id": "zh.bad.group", "pattern": "{agent=ORG}主办", "facts": [{"kind": "role", "args": {"agent": "agents"}}],
      "examples": _EXAMPLE}, "zh.bad.group.*'agents'"),
    ({"id": "zh.bad.context", "pattern": "{agent=ORG}主办", "facts": [{"kind": "role", "args": {"context": "@session"}}],
      "examples": _EXAMPLE}, "zh.bad.context.*@session"),
    ({"id": "zh.bad.kind", "pattern": "{agent=ORG}主办", "facts": [{"kind": "rôle", "args": {}}], "examples": _EXAMPLE},
     "zh.bad.kind"),
    ({"id": "zh.bad.no-examples", "pattern": "{agent=ORG}主办", "facts": [{"kind": "role", "args": {"agent": "agent"}}]},
     "zh.bad.no-examples.*no `examples`"),
    ({"id": "zh.bad.empty-examples", "pattern": "{agent=ORG}主办", "facts": [{"kind": "role", "args": {"agent": "agent"}}],
      "examples": []}, "zh.bad.empty-examples.*no `examples`"),
    ({"id": "zh.bad.example-text", "pattern": "{agent=ORG}主办", "facts": [{"kind": "role", "args": {"agent": "agent"}}],
      "examples": [{"facts": []}]}, "zh.bad.example-text.*example 1"),
    ({"id": "zh.bad.example-facts", "pattern": "{agent=ORG}主办", "facts": [{"kind": "role", "args": {"agent": "agent"}}],
      "examples": [*_EXAMPLE, {"text": "国际电信联盟主办。"}]}, "zh.bad.example-facts.*example 2"),
])
def test_a_rule_file_mistake_names_the_file_and_the_rule(tmp_path, rule, message):
    from wsis_graph.extract.rules import load_rules
    (tmp_path / "bad.json").write_text(json.dumps({"rules": [rule]}), encoding="utf-8")
    with pytest.raises(InputError, match="bad.json: rule " + message):
        load_rules(tmp_path)


# --- places, editions, ends, press datelines, quoted speech, programme items ------------------

def _country_names(text: str, iso: str) -> set[str]:
    """Every Chinese name the resolved graph gives a country."""
    from wsis_graph import NS_ID
    from wsis_graph.resolve import resolve
    entities = resolve([extract(doc(text))]).entities
    return {n for e in (entities.values() if isinstance(entities, dict) else entities)
            if e.iri == f"{NS_ID}country/{iso}" for n in [e.labels.get("zh"), *e.alt_labels.get("zh", [])]}


def _events_rows(text: str) -> list[tuple]:
    from wsis_graph import __version__
    from wsis_graph.map import to_dataset
    from wsis_graph.query import run_query
    from wsis_graph.resolve import resolve
    dataset = to_dataset(resolve([extract(doc(text))]), tool_version=__version__).dataset
    answer = run_query(dataset, "events", backend="memory")
    return [tuple(str(v) if v is not None else "" for v in row[:7]) for row in answer.rows]


def test_an_office_with_no_body_named_is_a_post_with_no_organization():
    """副省长X: the province is not named, the office is still read, validates, and is a people
    row; an office read with its body once (国际电信联盟秘书长X) and bare later is one post."""
    from wsis_graph import __version__
    from wsis_graph.map import to_dataset
    from wsis_graph.map.namespaces import ORG
    from wsis_graph.query import run_query
    from wsis_graph.resolve import resolve
    from wsis_graph.validate import validate
    text = ("2034年东非数字论坛于2034年5月3日在内罗毕举行。副省长钱立新出席开幕式并致辞，"
            "国际电信联盟秘书长约翰·卡马乌致开幕辞。\n会后，秘书长约翰·卡马乌会见了记者。\n")
    dataset = to_dataset(resolve([extract(doc(text))]), tool_version=__version__).dataset
    assert validate(dataset).conforms
    rows = {(str(r[0]), str(r[4])) for r in run_query(dataset, "people", backend="memory").rows}
    assert rows == {("钱立新", "副省长"), ("约翰·卡马乌", "秘书长")}
    from rdflib.namespace import RDF
    posts = {q[0] for q in dataset.quads((None, RDF.type, ORG.Membership, None))}
    bodies = {q[0] for q in dataset.quads((None, ORG.organization, None, None))}
    assert len(posts) == 2 and len(posts - bodies) == 1


def test_a_page_in_traditional_characters_reads_as_its_simplified_twin():
    """Lexicons and rules are written in Simplified characters; a Traditional page (Hong Kong,
    Taiwan, older UN pages) is read in the same words, and its evidence quotes stay as written."""
    traditional = "2034年東非數字論壇於2034年5月3日至5日在內羅畢舉行，由肯尼亞信息通信部主辦。\n"
    twin = "2034年东非数字论坛于2034年5月3日至5日在内罗毕举行，由肯尼亚信息通信部主办。\n"
    assert _events_rows(traditional) == _events_rows(twin) != []
    hosts = [f for f in facts(traditional, "role") if f["args"]["role"]["key"] == "role:host"]
    assert [h["args"]["agent"]["text"] for h in hosts] == ["肯尼亚信息通信部"]
    assert any("主辦" in s["quote"] for h in hosts for s in h["spans"])


def test_a_city_no_entry_lists_comes_from_cldr_with_its_country():
    rows = _events_rows("2031年南高加索数字峰会于2031年3月2日至4日在巴库举行。\n")
    assert rows == [("2031年南高加索数字峰会", "2031年南高加索数字峰会", "2031-03-02", "2031-03-04", "", "Baku", "Azerbaijan")]


def test_a_city_geonames_names_is_a_place_only_where_the_text_sets_a_place():
    """合肥 and 呼和浩特 have no CLDR time zone; GeoNames knows them, with their country. Their names
    are looked for only between a word of place and a verb of holding: 台中 inside 平台中 is no city."""
    rows = _events_rows("2034年东非数字论坛于2034年5月17日在合肥召开。\n")
    assert [r[5:] for r in rows] == [("Hefei", "China")]
    rows = _events_rows("2034年东非数字论坛于2034年5月17日在内蒙古自治区呼和浩特市盛大开幕。\n")
    assert [r[5:] for r in rows] == [("Hohhot", "China")]
    text = "2034年东非数字论坛于2034年5月17日开幕，数据在平台中共享，丹尼斯·奥卢主持。\n"
    assert not [m for m in extract(doc(text)).mentions if m.label == "PLACE"]


def test_an_event_and_more_joined_by_ji_is_one_event_named_by_the_whole():
    """“2034东非数字大会暨系列活动”将于5月16—18日举办: the report's event is the conference and its
    series of activities, named as the report names it."""
    text = "由东非数字部主办的“2034东非数字大会暨系列活动”将于2034年5月16—18日在内罗毕举办。\n"
    assert [r[0] for r in _events_rows(text)] == ["2034东非数字大会暨系列活动"]
    assert [r[2:4] for r in _events_rows(text)] == [("2034-05-16", "2034-05-18")]


def test_a_phase_of_the_summit_written_with_summit_after_it_is_that_phase():
    """2005年突尼斯阶段峰会成果: the outcomes of the summit's Tunis phase, held in Tunis in 2005,
    not a summit no lexicon knows."""
    text = "2037年阿拉伯数字包容论坛于3月8日在安曼举行。\n论坛推动落实2003年日内瓦阶段和2005年突尼斯阶段峰会成果。\n"
    rows = {r[0]: (r[2], r[5]) for r in _events_rows(text)}
    assert rows["WSIS Tunis Phase"] == ("2005", "Tunis") and rows["WSIS Geneva Phase"] == ("2003", "Geneva")


def test_a_title_in_quotes_held_with_a_generic_word_is_an_event_told_in_passing():
    """以2034年2月11日举行的“人工智能与数字未来”活动的成果为基础: an earlier event, dated, that is not
    the report's own; 开展“数字素养”活动 (no clause of holding) names none."""
    text = ("数字公共产品与数字合作\n\n会话404\n\n2034年7月8日 14:00–14:45 F室\n\n"
            "此次研讨会以2034年2月11日举行的“人工智能与数字未来”活动的成果为基础，并开展“数字素养”活动。\n")
    rows = {r[0]: r[2] for r in _events_rows(text)}
    assert rows.pop("“人工智能与数字未来”活动") == "2034-02-11"
    assert list(rows.values()) == ["2034-07-08"]  # (the page's own session, however it is named)


def test_a_title_in_quotes_or_book_marks_is_no_words_and_no_break_between_a_speaker_and_the_role():
    """约翰·卡马乌作了题为《加强合作，促进发展》的主旨发言: the title's comma is the title's and its length
    is no gap between the person and the keynote."""
    for title in ("《加强合作，促进发展》", "“加强合作,促进发展”", "《在数字时代加强区域合作促进可持续发展》"):
        text = f"2034年东非数字大会于3月7日在内罗毕召开。\n约翰·卡马乌作了题为{title}的主旨发言。\n"
        assert [(f["args"]["agent"]["text"], f["args"]["role"]["key"]) for f in facts(text, "role")] == [
            ("约翰·卡马乌", "role:keynote-speaker")], title


def test_a_text_that_names_no_event_still_says_who_holds_which_office():
    """信产部王旭东部长在大会的讲话: a speech's page names no event the extractor knows, yet its offices
    are read (and nothing else: no role, no figure, with no event to hang them on)."""
    text = "数字部王立新部长在大会的讲话\n\n当今世界，信息技术发展迅速，全国已有500多万名用户。国际电信联盟秘书长约翰·卡马乌表示欢迎。\n"
    read = extract(doc(text))
    assert read.main_event is None
    assert {(f.kind, f.args["person"].text, f.args["title"]["text"]) for f in read.facts} == {
        ("post", "王立新", "部长"), ("post", "约翰·卡马乌", "秘书长")}


def test_a_venue_named_with_its_city_lies_in_it_and_the_headline_city_joins_it():
    text = "2031年南高加索数字峰会在巴库开幕\n\n2031年南高加索数字峰会于2031年3月2日在巴库会议中心开幕。\n"
    rows = _events_rows(text)
    assert [r[4:] for r in rows] == [("巴库会议中心", "Baku", "Azerbaijan")]
    (place,) = facts(text, "event-place")
    assert {s["quote"] for s in place["spans"]} >= {"巴库开幕"}  # the headline's evidence is kept


def test_a_venue_in_a_country_takes_the_city_the_text_gives():
    text = ("2031年阿拉伯数字审查会议于2031年3月2日至4日在马斯喀特举行。\n"
            "会议在阿曼皇家歌剧院会议中心举行。\n")
    assert [r[4:] for r in _events_rows(text)] == [("阿曼皇家歌剧院会议中心", "Muscat", "Oman")]


def test_a_city_written_after_its_region_with_division_words_places_the_event():
    rows = _events_rows("3月9日，2031年数字乡村发展大会在湖川省临江市隆重开幕。\n")
    assert [r[2:6] for r in rows] == [("2031-03-09", "", "", "临江")]
    rows = _events_rows("2031年草原数字论坛于2031年6月2日在北漠自治区青原市举行。\n")
    assert [r[4:6] for r in rows] == [("", "青原")]  # a region is no venue


def test_a_region_alone_places_the_event_but_is_no_venue():
    rows = _events_rows("2031年数字乡村发展大会于2031年3月9日在湖川省举行。\n")
    assert [r[2:7] for r in rows] == [("2031-03-09", "", "", "", "")]


def test_a_translation_s_city_before_its_country_and_the_verb_of_holding():
    rows = _events_rows("2031年太平洋数字峰会，已于2031年8月5日至9日在卡里港湾会议中心，卡里，斐济举行。\n")
    assert [r[4:7] for r in rows] == [("卡里港湾会议中心", "卡里", "Fiji")]


def test_an_opening_keynote_reports_no_opening_and_a_speaker_s_country_places_nothing():
    text = ("2031年全球连接审查会议于2031年3月2日至4日举行。\n"
            "开幕主旨发言由克莱尔·亨德森女士，太平洋办事处副代表，联合国开发计划署，澳大利亚。\n")
    assert [r[4:7] for r in _events_rows(text)] == [("", "", "")]


def test_a_venue_named_after_a_country_that_shares_its_capital_s_name_lies_in_the_capital():
    rows = _events_rows("2031年北非数字峰会于2031年3月2日至4日在突尼斯卡塔展览中心举行。\n")
    assert [r[4:7] for r in rows] == [("突尼斯卡塔展览中心", "Tunis", "Tunisia")]


def test_a_venue_field_and_a_city_country_field_place_the_event_and_a_formal_state_name_is_its_country():
    rows = _events_rows("2036年非洲数字技能论坛\n日期 Dates：2036年3月17日至19日\n"
                        "会场 Venue：姆萨萨尼海湾国际会议中心 | Msasani Bay International Conference Centre\n"
                        "城市/国家 City/Country：达累斯萨拉姆，坦桑尼亚联合共和国 | Dar es Salaam, United Republic of Tanzania\n")
    assert [r[4:7] for r in rows] == [("姆萨萨尼海湾国际会议中心", "Dar es Salaam", "Tanzania")]


def test_an_event_held_in_a_city_state_is_held_in_its_city():
    rows = _events_rows("2031年数字信任对话于2031年6月3日至5日在新加坡举行。\n")
    assert [r[5:7] for r in rows] == [("Singapore", "Singapore")]  # 新加坡: the country is one city
    assert [r[5:7] for r in _events_rows("2031年海湾数字论坛于2031年6月3日至5日在卡塔尔举行。\n")] == [("", "Qatar")]


def test_an_agenda_session_page_is_titled_dated_and_organised_by_its_lines_round_the_session_number():
    text = ("数字公共产品与区域合作：对东非数字议程的贡献\n\n\n联合国开发计划署数字青年计划\n\n会话404\n\n"
            "星期二, 8 七月 2031 14:00–14:45 (UTC+02:00) 物理(现场)和虚拟(远程)参与 F室\n\n"
            "本次会议讨论数字公共产品如何支持区域合作。\n")
    assert [r[:4] for r in _events_rows(text)] == [("数字公共产品与区域合作：对东非数字议程的贡献",) * 2 + ("2031-07-08", "")]
    assert roles(text) == {("联合国开发计划署数字青年计划", "role:organiser")}


def test_a_country_name_is_not_a_city():
    from wsis_graph.extract.lexicon import load_lexicon
    lexicon = load_lexicon()
    cities = {s.text for s in lexicon.surfaces if lexicon.entries.get(s.key, {}).get("kind") == "city"}
    assert {"巴库", "阿克拉", "马斯喀特", "迪拜"} <= cities and not {"卡塔尔", "突尼斯"} & cities
    # a capital of its country's name is known, though never read as a name of its own
    assert lexicon.capitals_named_as_country["country:TN"] == "place:tunis"
    assert "country:QA" not in lexicon.capitals_named_as_country  # Asia/Qatar's exemplar is no city


def test_an_event_held_within_the_days_of_another_of_the_report_is_in_its_city_when_none_is_said():
    text = ("2034年南方数字论坛于2034年11月13日至17日在吉隆坡会议中心举行。\n"
            "11月14日上午举行的南方数字领导人会议由联合国经济和社会事务部组织。\n"
            "下届南方数字论坛将于2035年举行。\n")
    rows = {r[1]: r[2:7] for r in _events_rows(text)}
    assert rows["南方数字领导人会议"] == ("2034-11-14", "", "", "Kuala Lumpur", "Malaysia")
    assert rows["下届南方数字论坛"][3:] == ("", "")  # (a year, no day within the forum's days)


def test_a_city_named_as_its_country_is_told_apart_by_the_word_after_it():
    text = ("2035年南方数字论坛于2035年11月16日至18日在突尼斯市克拉姆国际展览中心举行。\n"
            "上一届南方数字论坛于2033年11月在巴拿马城举行。\n")
    rows = {r[1]: r[5:] for r in _events_rows(text)}  # the event's venue, city and country
    assert rows == {"2035年南方数字论坛": ("Tunis", "Tunisia"), "上一届南方数字论坛": ("Panama City", "Panama")}


def test_the_next_edition_is_another_event():
    text = ("2031年全球连接大会于2031年3月2日至4日在内罗毕举行。\n"
            "下届全球连接大会将于2035年5月1日至3日在巴库举行。\n")
    rows = {r[1]: r[2:4] for r in _events_rows(text)}
    assert rows == {"2031年全球连接大会": ("2031-03-02", "2031-03-04"), "下届全球连接大会": ("2035-05-01", "2035-05-03")}


def test_an_end_date_read_apart_ends_the_event_and_closing_is_never_a_start():
    rows = _events_rows("2031年全球连接大会于2031年3月2日在内罗毕开幕。大会将持续至3月6日。\n")
    assert [r[2:4] for r in rows] == [("2031-03-02", "2031-03-06")]
    assert not [r for r in _events_rows("2031年全球连接大会于2031年3月6日在内罗毕闭幕。\n") if r[2]]


def test_a_press_release_dateline_places_today():
    text = "新闻稿\n\n2031年3月2日，肯尼亚内罗毕——2031年全球连接大会今天在内罗毕开幕。\n"
    assert [r[2] for r in _events_rows(text)] == ["2031-03-02"]


def test_words_a_speaker_is_quoted_saying_are_not_read():
    text = EVENT + "部长在开幕式上表示：“肯尼亚很荣幸承办本次会议。世界上仍有26亿人未能接入互联网。”\n"
    assert not facts(text, "role") and not facts(text, "statistic")


def test_an_item_of_a_programme_list_is_a_session_with_its_own_date():
    text = EVENT + "\n重点活动包括：\n• 青年数字峰会\n时间：2031年3月1日09:30—17:00（UTC+03:00）\n组织方：内罗毕大学\n"
    sessions = facts(text, "session")
    assert {(f["args"]["session"]["text"], f["args"]["type"]) for f in sessions} == {("青年数字峰会", "session-type:session")}
    assert [f["args"]["date"]["text"] for f in facts(text, "event-time")] == ["2031年3月2日至4日"]


def test_a_venue_named_after_its_city_in_one_list_lies_in_it():
    rows = _events_rows("2031年南高加索数字峰会于2031年3月2日在巴库的奥林匹克体育场会议中心开幕。\n")
    assert [r[4:] for r in rows] == [("奥林匹克体育场会议中心", "Baku", "Azerbaijan")]


# --- the session a sentence speaks of -----------------------------------------------------------

def offices(text: str) -> set[tuple[str, str, str]]:
    """(person's name, office as written, body) of every post read."""
    return {(f.args["person"].value.get("name") or f.args["person"].text, f.args["title"]["text"],
             f.args["organization"].text) for f in extract(doc(text)).facts if f.kind == "post"}


def event_times(x) -> dict[str, str]:
    """event -> the date its event-time facts read, as written."""
    return {f.args["event"].text: f.args["date"].text for f in x.facts if f.kind == "event-time"}


def contexts(text: str, by_name: bool = False) -> dict[str, str]:
    """agent -> the text of the context its role was read for (with `by_name`, its name)."""
    return {f["args"]["agent"]["text"]: by_name and (f["args"]["context"].get("value") or {}).get("name")
            or f["args"]["context"]["text"] for f in facts(text, "role")}


def session_dates(text: str) -> dict[str, str]:
    return {f["args"]["session"]["text"]: f["args"]["date"]["text"]
            for f in facts(text, "session") if "date" in f["args"]}


def test_a_sentence_goes_on_about_the_session_told_before_whatever_a_later_sentence_names():
    text = (EVENT + "\n二、会议的开幕\n\n6. 部长级开幕会议于3月2日上午在主会议厅举行。\n\n"
            "7. 主席在开幕致辞中表示：“峰会确立的愿景仍未实现。”她呼吁各方加强合作。\n\n"
            "8. 理事会秘书长约翰·卡马乌作主旨发言。他呼吁各国进一步加强政策对话与经验分享。\n")
    assert contexts(text)["约翰·卡马乌"] == "部长级开幕会议"


def test_a_section_heading_titles_the_session_its_sentences_speak_of():
    text = (EVENT + "\n三、部长级圆桌会议：数字公共基础设施\n\n"
            "7. 部长级圆桌会议于3月3日10:00至12:30举行，由东非共同体秘书处组织，肯尼亚信息通信部部长王建国主持。\n")
    found = contexts(text)
    assert found["东非共同体秘书处"] == "部长级圆桌会议：数字公共基础设施"
    assert found["王建国"] == "部长级圆桌会议：数字公共基础设施"
    assert session_dates(text) == {"部长级圆桌会议：数字公共基础设施": "3月3日"}


def test_a_session_is_named_with_the_words_before_its_kind():
    found = contexts(EVENT + "利益攸关方互动对话由东非共同体秘书处组织。")
    assert found == {"东非共同体秘书处": "利益攸关方互动对话"}


def test_a_quoted_session_title_after_a_lead_phrase():
    text = EVENT + "按照议程，“部长级圆桌会议：普遍而有意义的连接”将于3月3日举行，由东非共同体秘书处组织。"
    assert contexts(text) == {"东非共同体秘书处": "部长级圆桌会议：普遍而有意义的连接"}
    assert session_dates(text) == {"部长级圆桌会议：普遍而有意义的连接": "3月3日"}


def test_a_session_titled_after_its_kind_in_running_text():
    colon = EVENT + "高级别部长对话：数字公共基础设施与区域议程，由东非共同体秘书处组织，于3月3日举行。"
    assert contexts(colon) == {"东非共同体秘书处": "高级别部长对话：数字公共基础设施与区域议程"}
    numbered = EVENT + "3月3日，高级别政策会议2：弥合数字鸿沟被举行，其由东非共同体秘书处组织。"
    assert contexts(numbered) == {"东非共同体秘书处": "高级别政策会议2：弥合数字鸿沟"}
    quoted = EVENT + "3月3日，高级别对话“数字愿景”被主持由约翰·卡马乌先生。"
    assert contexts(quoted) == {"约翰·卡马乌先生": "高级别对话“数字愿景”"}
    straight = EVENT + '3月3日，由东非共同体秘书处组织的"高级别圆桌会议：数字身份"举行。'
    assert contexts(straight) == {"东非共同体秘书处": "高级别圆桌会议：数字身份"}


def test_a_translation_s_session_titled_after_a_dash_with_its_english_name_in_brackets():
    dashed = (EVENT + "研讨会 4 — 海底电缆韧性（Workshop 4 — Submarine Cable Resilience）被举行在3月3日。"
              "它被组织由东非共同体秘书处。")
    assert contexts(dashed) == {"东非共同体秘书处": "研讨会 4 — 海底电缆韧性"}
    assert session_dates(dashed) == {"研讨会 4 — 海底电缆韧性": "3月3日"}
    lettered = EVENT + "专题轨道 B — 数字技能（Thematic Track B — Digital Skills）发生在3月4日，被组织由肯尼亚信息通信部。"
    assert contexts(lettered) == {"肯尼亚信息通信部": "专题轨道 B — 数字技能"}


def test_words_in_straight_quotes_right_before_a_kind_title_the_session():
    text = EVENT + '3月3日下午，"弥合数字鸿沟：普遍连通"专题会议在B会议室举行。这场讨论由东非共同体秘书处组织。'
    assert contexts(text) == {"东非共同体秘书处": '"弥合数字鸿沟：普遍连通"专题会议'}  # not the report's event


def test_a_numbered_session_under_its_heading_is_the_heading_s_session():
    text = (EVENT + "\n三、第一场会议：宽带接入\n\n9. 第一场会议于3月3日举行，由东非共同体秘书处组织。\n"
            "\n四、第二场会议：网络安全\n\n10. 第二场会议于3月4日举行，由肯尼亚信息通信部组织。\n")
    assert contexts(text) == {"东非共同体秘书处": "第一场会议：宽带接入", "肯尼亚信息通信部": "第二场会议：网络安全"}
    assert session_dates(text) == {"第一场会议：宽带接入": "3月3日", "第二场会议：网络安全": "3月4日"}


def test_a_session_named_by_a_naming_word_or_by_a_kind_before_its_kind():
    named = EVENT + "3月3日，一个研讨会题为“数字经济中的个人数据保护”被组织由肯尼亚信息通信部。"
    assert contexts(named) == {"肯尼亚信息通信部": "数字经济中的个人数据保护"}
    prizes = EVENT + "3月3日，WSIS奖项颁奖典礼被举行，其被共同组织由东非共同体秘书处与肯尼亚信息通信部。"
    assert set(contexts(prizes).values()) == {"WSIS奖项颁奖典礼"}


def test_a_session_titled_after_its_kind_is_also_called_by_its_title():
    from wsis_graph.resolve import resolve
    text = EVENT + "3月3日，高级别部长对话：数字公共基础设施，由东非共同体秘书处组织。"
    sessions = [e for e in resolve([extract(doc(text))]).entities.values() if e.kind == "Session"]
    assert [(e.labels["zh"], e.alt_labels.get("zh")) for e in sessions] == [
        ("高级别部长对话：数字公共基础设施", ["数字公共基础设施", "高级别部长对话"])]  # (and by its kind's words alone)


def _roles_of(text):
    return {f["args"]["agent"]["text"]: f["args"]["role"]["key"] if isinstance(f["args"]["role"], dict)
            else f["args"]["role"] for f in facts(text, "role")}


def test_co_convening_a_summit_is_co_hosting_it_and_co_convening_a_session_is_co_organising_it():
    summit = EVENT + "峰会由东非共同体秘书处作为主要协调方组织，与肯尼亚信息通信部共同召集。"
    assert _roles_of(summit) == {"东非共同体秘书处": "role:organiser", "肯尼亚信息通信部": "role:co-host"}
    session = EVENT + "部长级圆桌会议由东非共同体秘书处与肯尼亚信息通信部共同召集。"
    assert set(_roles_of(session).values()) == {"role:co-organiser"}
    page = ("首页 › 2031年WSIS论坛 › 议程\n\n高级别对话：弥合数字鸿沟\n\n日期：2031年5月16日\n\n"
            "本场高级别对话由肯尼亚信息通信部与内罗毕大学共同召集，约翰·卡马乌先生主持。\n")
    assert _roles_of(page) == {"肯尼亚信息通信部": "role:co-organiser", "内罗毕大学": "role:co-organiser",
                               "约翰·卡马乌先生": "role:moderator"}  # the page's own session is a session


def test_a_field_after_a_session_kind_is_no_title():
    text = EVENT + "3月3日，东非共同体秘书处举办了第二届早餐会：与会者100多名。"
    assert contexts(text) == {"东非共同体秘书处": "早餐会"}  # not 早餐会：与会者100多名


def test_a_headline_about_a_session_is_no_title_and_the_event_keeps_its_chair():
    text = (EVENT + "\n四、部长级圆桌会议聚焦普遍连接\n\n会议由东非共同体秘书处组织。\n\n"
            "开幕式于3月2日举行，由国际电信联盟组织。肯尼亚信息通信部部长王建国当选大会主席。\n")
    found = contexts(text)
    assert found["东非共同体秘书处"] == "2031年全球连接审查会议"
    assert found["国际电信联盟"] == "开幕式"
    assert found["王建国"] != "开幕式"


def test_a_date_followed_by_after_is_not_when_it_is_held():
    text = EVENT + "\n（六）知识咖啡馆。每日举行，讨论了2031年后的愿景。\n"
    assert session_dates(text) == {}


def test_the_event_a_sentence_opens_with_is_its_subject():
    found = contexts(EVENT + "本次会议作为东非数字周2031的扩展版本举行，由东非共同体秘书处组织。")
    assert found == {"东非共同体秘书处": "本次会议"}


def test_a_role_after_a_name_in_its_latin_form_takes_no_people_after_it():
    text = EVENT + ("会议由肯尼亚信息通信部部长王建国（Wang Jianguo）担任主席，"
                    "法国经济、财政和工业及数字主权部司长伊莎贝尔·莫罗女士（Isabelle Moreau）担任副主席。")
    assert {(agent.split("（")[0], role) for agent, role in roles(text)} == {
        ("王建国", "role:chair"), ("伊莎贝尔·莫罗女士", "role:vice-chair")}


def test_the_items_under_a_tier_heading_are_its_sponsors():
    text = (EVENT + "\n合作伙伴\n\n本次会议的成功举办得益于以下合作伙伴的支持。\n\n白金合作伙伴\n- 东非数据中心（EADC）\n\n"
            "金牌合作伙伴：\n· 内罗毕大学\n· 国际电信联盟（ITU）\n· 感谢所有与会者，并期待下次再见。\n\n图：会场一角。\n")
    spons = facts(text, "sponsorship")
    assert {(f["args"]["sponsor"]["text"], f["args"]["tier"]["key"]) for f in spons} == {
        ("东非数据中心", "tier:platinum-partner"), ("内罗毕大学", "tier:gold-partner"), ("国际电信联盟", "tier:gold-partner")}


def test_each_line_without_bullets_under_a_tier_heading_is_a_sponsor_up_to_a_blank_line():
    text = (EVENT + "\n合作伙伴\n\n白金合作伙伴\n谷鸟科技（Gunio）\n东非数据中心\n\n金牌合作伙伴\n微石公司（Microstone）\n\n"
            "银牌合作伙伴\n支持合作伙伴\n内罗毕大学\n\n展望\n\n会议成果将提交大会。\n")
    spons = facts(text, "sponsorship")
    assert {(f["args"]["sponsor"]["text"], f["args"]["tier"]["key"]) for f in spons} == {
        ("谷鸟科技", "tier:platinum-partner"), ("东非数据中心", "tier:platinum-partner"),
        ("微石公司", "tier:gold-partner"), ("内罗毕大学", "tier:supporting-partner")}


def test_a_tier_heading_may_give_its_english_name_and_an_item_its_country():
    text = (EVENT + "\n白金合作伙伴（Platinum Partner）\n- 通信管理局（CA），肯尼亚\n- 东非数据中心\n")
    spons = facts(text, "sponsorship")
    assert {(f["args"]["sponsor"]["text"], f["args"]["tier"]["key"]) for f in spons} == {
        ("通信管理局", "tier:platinum-partner"), ("东非数据中心", "tier:platinum-partner")}


def test_fields_written_as_dashed_sub_items_speak_of_the_item_above():
    """• 高级别对话：… / – 时间：… / – 主持：…: a dash opening an indented line is a bullet, so
    these are the item's fields; a rule of two dashes (—— 情况说明 ——) stays no item."""
    text = (EVENT + "—— 情况说明 ——\n\n【主要议程】\n• 高级别对话：从突尼斯议程到下一个十年\n  – 时间：3月2日（星期一）15:00–16:30\n"
            "  – 组织：联合国教科文组织\n  – 主持：伊内斯·加西亚-莫拉，教科文组织助理总干事\n• 贸易与数字经济圆桌会议\n"
            "  — 时间：3月3日 14:30–16:00\n  — 主持：托比亚斯·恩戈奇\n")
    assert context_of_each(text) == {"联合国教科文组织": "高级别对话：从突尼斯议程到下一个十年",
                                     "伊内斯·加西亚-莫拉": "高级别对话：从突尼斯议程到下一个十年",
                                     "托比亚斯·恩戈奇": "贸易与数字经济圆桌会议"}
    dated = {(f["args"]["session"]["text"], f["args"]["date"]["text"]) for f in facts(text, "session") if "date" in f["args"]}
    assert dated == {("高级别对话：从突尼斯议程到下一个十年", "3月2日"), ("贸易与数字经济圆桌会议", "3月3日")}
    assert reading_view("—— 情况说明 ——\n  – 时间：3月2日\n") == "—— 情况说明 ——\n  - 时间：3月2日\n"


def test_a_role_word_and_the_word_for_its_bodies_label_a_field_together():
    """共同组织单位：A；B — the lexicon lists 共同组织 and 协办单位, not every role word with 单位,
    机构 or 方 after it; the role's word and that unit word are one label."""
    text = EVENT + "6. 共同组织单位：联合国西亚经济社会委员会（西亚经社会）；国际电信联盟（国际电联）\n7. 联合承办机构：内罗毕大学\n"
    assert roles(text) == {("联合国西亚经济社会委员会", "role:co-organiser"), ("国际电信联盟", "role:co-organiser"),
                           ("内罗毕大学", "role:co-organiser")}


def test_a_body_a_copula_gives_its_own_tier_ends_the_list_before_it():
    """金牌合作伙伴为A，B为支持合作伙伴: B is no second gold partner; 、 and 和 still join items."""
    text = EVENT + "据主办方介绍，金牌合作伙伴为阿尔卑斯数据公司，莱芒湖创新基金会为支持合作伙伴。银牌合作伙伴为内罗毕大学、肯尼亚电信集团。\n"
    assert tiers_of(text) == {"阿尔卑斯数据公司": "tier:gold-partner", "莱芒湖创新基金会": "tier:supporting-partner",
                              "内罗毕大学": "tier:silver-partner", "肯尼亚电信集团": "tier:silver-partner"}


def test_numbered_items_under_tier_headings_are_named_without_their_numbers():
    text = EVENT + "\n四、合作伙伴\n长期合作伙伴：\n1. 马斯喀特电信公司\n金牌合作伙伴：\n2. 海湾云计算公司\n3）哈杰尔数字基金\n"
    spons = facts(text, "sponsorship")
    assert {(f["args"]["sponsor"]["text"], f["args"]["tier"]["key"]) for f in spons} == {
        ("马斯喀特电信公司", "tier:long-term-partner"), ("海湾云计算公司", "tier:gold-partner"),
        ("哈杰尔数字基金", "tier:gold-partner")}


def test_a_venue_in_its_city_as_machine_translation_writes_it():
    text = "2031年5月13日至17日，被举行于国际电联总部在日内瓦的2031年全球连接审查会议已经结束。"
    places = {p["text"] for f in facts(text, "event-place") for p in f["args"]["places_all"]}
    assert {"国际电联总部", "日内瓦"} <= places


def test_a_person_in_english_word_order_with_an_apposition_chairs():
    text = EVENT + "阁下 先生 约翰·卡马乌，副总干事，肯尼亚通信管理局，肯尼亚，担任了2031年全球连接审查会议的主席。"
    assert ("约翰·卡马乌", "role:chair") in roles(text)


def test_a_one_character_measure_word_counts_only_after_a_number():
    text = EVENT + "会议由王建国先生主持。来自169国的代表出席。"
    assert ("王建国先生", "role:chair") in roles(text)
    assert ("measure:countries", 169, "qualifier:exact") in statistics_read(text)


def test_a_date_line_under_a_programme_item_dates_it_and_its_fields_speak_of_it():
    text = EVENT + "\n相关会议\n\n专题会议：数字身份\n2031年3月3日（星期一）09:00–10:30（UTC+03:00）\n组织方：肯尼亚信息通信部\n"
    dated = [f for f in facts(text, "session") if f["args"].get("date")]
    assert [(f["args"]["session"]["text"], f["args"]["date"]["text"]) for f in dated] == [("专题会议：数字身份", "2031年3月3日")]
    (role,) = [f for f in facts(text, "role") if f["args"]["agent"]["text"] == "肯尼亚信息通信部"]
    assert role["args"]["context"]["text"] == "专题会议：数字身份"


def statistics_read(text: str) -> set[tuple]:
    return {(f["args"]["measure"]["text"] if isinstance(f["args"]["measure"], dict) else f["args"]["measure"],
             f["args"]["value"], f["args"]["qualifier"]) for f in facts(text, "statistic")}


def test_paragraph_and_section_numbers_count_nothing():
    text = EVENT + "\n3.1 部长级圆桌会议\n\n12、部长级圆桌会议于3月3日举行。\n1.2万人参加了会议。\n"
    assert {value for _, value, _ in statistics_read(text)} == {12000}


def test_people_counted_by_what_they_do_not_do_and_a_qualified_share_of_women():
    found = statistics_read(EVENT + "全球仍有约26亿人未使用互联网，另有3亿仍未接入互联网的人。女性发言人约占全部发言人的35%。")
    assert found == {("未使用互联网", 2600000000, "qualifier:about"), ("仍未接入互联网的人", 300000000, "qualifier:exact"),
                     ("measure:women-share", 35, "qualifier:about")}


def test_presiding_over_a_session_is_moderating_it():
    found = {(f["args"]["agent"]["text"], f["args"]["role"] if isinstance(f["args"]["role"], str)
              else f["args"]["role"]["key"]) for f in facts(
        EVENT + "本次会议由肯尼亚信息通信部部长王建国主持。\n部长级圆桌会议由东非共同体秘书处司长李明主持。", "role")}
    assert found == {("王建国", "role:chair"), ("李明", "role:moderator")}


def test_a_pointing_reference_names_the_event_last_named_in_its_paragraph():
    text = (EVENT + "在会议开幕之前，第三届东非青年峰会已于3月1日在内罗毕举行。"
            "这次峰会由东非共同体秘书处组织，由内罗毕青年联盟主席李明主持。")
    found = contexts(text)
    assert found["东非共同体秘书处"] == "这次峰会" and found["李明"] == "这次峰会"
    roles_read = {f["args"]["context"]["label"] for f in facts(text, "role")}
    assert roles_read == {"EVENT"}


def test_an_event_in_a_persons_office_is_not_what_the_sentence_speaks_of():
    text = EVENT + "会议由东非立法大会第十届会议主席李明（Li Ming）主持。"
    found = {(f["args"]["role"]["key"], f["args"]["context"]["text"]) for f in facts(text, "role")
             if f["rule"] != "zh.role.title-then-people"}
    assert found == {("role:chair", "2031年全球连接审查会议")}


def test_a_session_page_is_about_the_session_its_title_names():
    text = ("东非数字周2031 > 议程 > 高级别政策会议\n\n高级别政策会议3：数字信任（HLPS 3）\n\n"
            "所属活动：2031年东非数字周（2031年3月2日至4日，肯尼亚内罗毕）\n日期：2031年3月3日\n\n"
            "组织单位\n\n主要协调方：东非共同体秘书处\n")
    x = extract(Document("page", "page.txt", text, "zh-Hans", "0", {}))
    assert (x.main_event.value["name"], x.main_event.value.get("abbr")) == ("高级别政策会议3：数字信任", "HLPS 3")
    organisers = [f for f in x.facts if f.kind == "role"]
    assert [(f.args["agent"].text, f.args["context"].label) for f in organisers] == [("东非共同体秘书处", "MAIN")]


def test_the_report_is_about_the_edition_its_headline_numbers():
    text = "第三届东非数字峰会在内罗毕开幕\n\n第三届东非数字峰会8日在内罗毕开幕。2005年信息社会世界峰会确立了愿景。\n"
    x = extract(Document("news", "news.txt", text, "zh-Hans", "0", {}))
    assert x.main_event.text == "第三届东非数字峰会"


def test_a_session_after_a_dateline_and_its_events_abbreviation_is_the_sentences_topic():
    text = ("全球连接审查会议部长级圆桌会议举行\n新华社内罗毕3月3日电 2031年全球连接审查会议（GCR 2031）部长级圆桌会议"
            "3日在内罗毕举行。\n")
    assert session_dates(text) == {"部长级圆桌会议": "3日"}


def test_places_written_from_the_venue_outwards_locate_the_event_at_the_venue():
    text = EVENT + "在2031年3月2日，于内罗毕联合国会议中心，内罗毕，肯尼亚，其第二届东非数字峰会被举行。"
    places = [f["args"]["places_all"] for f in facts(text, "event-place") if "东非数字峰会" in f["args"]["event"]["text"]]
    assert [p["text"] for p in places[0]] == ["肯尼亚", "内罗毕", "内罗毕", "联合国会议中心"]


def test_a_field_naming_an_event_with_its_dates_and_place_and_a_room_in_a_venue_no_lexicon_knows():
    text = ("高级别政策会议3：数字信任（HLPS 3）\n\n所属活动：第三届东非数字峰会（EADS 2031），2031年3月2日至4日，肯尼亚内罗毕\n"
            "日期：2031年3月3日\n地点：内罗毕湖景会展中心，第3会议厅\n")
    times = {f["args"]["event"]["text"]: f["args"]["date"]["text"] for f in facts(text, "event-time")}
    assert times["第三届东非数字峰会"] == "2031年3月2日至4日"
    rooms = [f["args"]["places_all"][-1] for f in facts(text, "event-place") if f["args"]["event"]["label"] == "MAIN"]
    assert [(r["text"], r["value"].get("within")) for r in rooms] == [("第3会议厅", "place:nairobi")]


def test_a_programme_line_dates_its_title_and_the_rest_of_the_line_speaks_of_it():
    text = EVENT + ("会议日程\n\n· 专家圆桌会议：3月2日14:00-15:30（UTC+03:00），由内罗毕大学组织。\n"
                    "• 3月3日，09:00-10:00——数字身份展示，由肯尼亚信息通信部组织\n"
                    "· 部长级会议与闭幕式：3月4日 14:00—17:00；通过《内罗毕宣言》\n"
                    "· 代表人数：3月4日前报名的约500名\n")
    sessions = {f["args"]["session"]["text"]: f["args"].get("date", {}).get("text")
                for f in facts(text, "session") if f["args"].get("date")}
    assert sessions == {"专家圆桌会议": "3月2日", "数字身份展示": "3月3日", "部长级会议与闭幕式": "3月4日"}  # (a semicolon ends a cell)
    contexts = context_of_each(text)
    assert contexts == {"内罗毕大学": "专家圆桌会议", "肯尼亚信息通信部": "数字身份展示"}


def test_a_programme_line_s_date_cell_may_say_the_part_of_the_day():
    text = EVENT + ("日程安排\n· 3月2日上午 | 开幕会议 | 主持：约翰·卡马乌（内罗毕大学校长）\n"
                    "· 3月3日下午 | 青年与人工智能治理 | 主持：玛丽·奥蒂诺（肯尼亚青年网络协调员）\n")
    assert session_dates(text) == {"开幕会议": "3月2日", "青年与人工智能治理": "3月3日"}
    assert contexts(text) == {"约翰·卡马乌": "开幕会议", "玛丽·奥蒂诺": "青年与人工智能治理"}


def test_a_numbered_paragraph_opening_with_its_date_is_a_sentence_and_no_programme_line():
    text = EVENT + ("8. 3月3日上午，会议举行了关于《内罗毕宣言》草案的多利益攸关方磋商，由副主席约翰·卡马乌主持。\n\n"
                    "9. 3月3日下午，会议厅举行了互动式小组讨论二“数字时代的人权与信任”。\n\n"
                    "10. 3月4日下午举行的闭幕全体会议由本人主持。\n")
    dated = session_dates(text)
    assert not [s for s in dated if "会议举行了" in s]  # a clause is no session's name
    assert dated["闭幕全体会议"] == "3月4日"  # the item above it is a sibling, not its heading


def test_a_translated_programme_item_with_an_ordinal_and_an_english_gloss_names_its_session():
    """- 9月6日 10:00–11:30 | 第1场会议：… and - 7日 … | 闭幕对话（Closing Dialogue）, fields indented under
    each: an ordinal before the kind numbers the titled session, the English name in brackets is no
    part of the Chinese one, and the fields speak of the item's session."""
    text = EVENT + ("会议时间表（Schedule）\n\n- 3月2日 10:00–11:30 (UTC+03:00) | 第1场会议：神经技术与精神隐私"
                    "（Session 1: Neurotechnology and Mental Privacy）\n  主持：马特奥·费尔南德斯（南锥体大学）\n\n"
                    "- 4日 16:00–17:00 (UTC+03:00) | 闭幕对话（Closing Dialogue）\n  主持：索菲娅·阿尔梅达·鲁伊斯\n")
    dated = {f["args"]["session"]["text"]: f["args"]["date"]["text"] for f in facts(text, "session") if f["args"].get("date")}
    assert dated == {"第1场会议：神经技术与精神隐私": "3月2日", "闭幕对话": "4日"}
    assert context_of_each(text) == {"马特奥·费尔南德斯": "第1场会议：神经技术与精神隐私", "索菲娅·阿尔梅达·鲁伊斯": "闭幕对话"}


def test_a_programme_line_titling_a_session_by_its_kind_and_quoted_words_names_it_with_both():
    text = EVENT + "会议日程\n\n· 部长级圆桌“数字身份与信任”：3月3日15:00-17:00（UTC+03:00），由肯尼亚信息通信部组织。\n"
    dated = {f["args"]["session"]["text"]: f["args"]["date"]["text"] for f in facts(text, "session") if f["args"].get("date")}
    assert dated == {"部长级圆桌“数字身份与信任”": "3月3日"}


def test_a_programme_line_s_kind_and_number_titled_after_a_dash_is_named_by_both():
    """· 7月5日：部长级圆桌会议一——人工智能时代的数字信任: the title after the dash is the name's
    too; a date after a kind's colon stays the date, and a field after it stays a field."""
    text = EVENT + ("部长级圆桌会议\n· 3月2日：部长级圆桌会议一——人工智能时代的数字信任\n"
                    "· 3月3日：部长级圆桌会议二——普遍而有意义的连接\n"
                    "· 专家圆桌会议：3月4日14:00-15:30，由内罗毕大学组织。\n")
    dated = {f["args"]["session"]["text"]: f["args"]["date"]["text"] for f in facts(text, "session") if f["args"].get("date")}
    assert dated == {"部长级圆桌会议一——人工智能时代的数字信任": "3月2日", "部长级圆桌会议二——普遍而有意义的连接": "3月3日",
                     "专家圆桌会议": "3月4日"}


def test_a_slot_s_time_before_a_title_does_not_count_in_its_length():
    """● 09:30—11:00　开幕全体会议：从预警到恢复——数字技术与灾害全周期管理: 43 characters, but the
    title is 32; the slot's time before it is when, no part of it."""
    text = (EVENT + "三、主要议程\n\n5月8日（星期二）\n\n● 09:30—11:00　开幕全体会议：从预警到恢复——数字技术与灾害全周期管理\n"
            "主持：全球数字韧性联盟执行主任玛丽亚·何塞·贝当古\n")
    title = "开幕全体会议：从预警到恢复——数字技术与灾害全周期管理"
    assert {f["args"]["session"]["text"] for f in facts(text, "session")} == {title}
    assert {f["args"]["context"]["text"] for f in facts(text, "role")} == {title}


def test_a_programme_table_gives_each_row_s_session_its_date_and_roles():
    text = EVENT + ("\n日期 | 会议 | 时间（UTC+03:00） | 组织方\n3月2日 | 青年论坛 | 09:00–10:30 | 内罗毕大学\n"
                    "3月3日 | 闭门磋商 | 14:00–15:00 | 东非数字联盟研究所\n\n| 指标 | 数据 |\n| 国家 | 约60个 |\n")
    dated = {f["args"]["session"]["text"]: f["args"]["date"]["text"] for f in facts(text, "session") if f["args"].get("date")}
    assert dated == {"青年论坛": "3月2日", "闭门磋商": "3月3日"}
    assert {(f["args"]["agent"]["text"], f["args"]["context"]["text"]) for f in facts(text, "role")} == {
        ("内罗毕大学", "青年论坛"), ("东非数字联盟研究所", "闭门磋商")}


_WORKSHOP_PAGE = "首页 > 2031年东非数字论坛 > 议程 > 研讨会12\n\n研讨会12｜数字包容：适老化公共服务\n"
_WORKSHOP_IS_PART = "本研讨会是2031年东非数字论坛（2031年3月2日至4日，肯尼亚内罗毕）的专题研讨会之一"


def test_a_session_page_titled_with_its_number_and_a_vertical_bar_is_about_that_session():
    """研讨会12｜银发数字包容：… under a breadcrumb: a web page's title separates the session's
    number from its title with a vertical bar; the page is that session's."""
    text = (_WORKSHOP_PAGE + "Workshop 12 | Digital Inclusion: Age-Friendly Public Services\n\n时间：2031年3月3日 14:00–15:30\n"
            "主办：内罗毕大学\n\n" + _WORKSHOP_IS_PART + "。\n")
    assert extract(doc(text)).main_event.text == "研讨会12｜数字包容：适老化公共服务"


def test_a_session_page_under_a_known_body_s_meeting_its_theme_its_banner_and_its_path():
    """2031年互联网治理论坛（IGF 2031） / 主题：… / 2031年11月2日至6日 | 肯尼亚内罗毕 | … / 首页 >> 议程 >> … /
    高级别对话：…: the year names that year's meeting of the body (also when the text names the
    meeting by its ordinal too), the banner under the theme dates and places it, and the page
    is about the session titled under the path."""
    text = ("2031年互联网治理论坛（IGF 2031）\n主题：数字信任与包容（Digital Trust and Inclusion）\n"
            "2031年11月2日至6日 | 肯尼亚内罗毕 | 肯雅塔国际会议中心\n首页 >> 议程 >> 高级别对话\n高级别对话：数字身份与信任\n\n"
            "日期：2031年11月3日\n时间：10:00–11:30\n主持人：约翰·卡马乌先生，内罗毕大学教授\n"
            "本次对话是第二十六届互联网治理论坛的一部分。\n")
    x = extract(doc(text))
    assert x.main_event.text == "高级别对话：数字身份与信任"
    forum = {f.args["event"].text: f for f in x.facts if f.kind == "event-time" and f.args["event"].label == "EVENT"}
    assert forum["2031年互联网治理论坛"].args["date"].value == {"start": "2031-11-02", "end": "2031-11-06", "precision": "day"}
    places = {p.key for f in x.facts if f.kind == "event-place" and f.args["event"].text == "2031年互联网治理论坛"
              for p in f.args["places_all"]}
    assert "place:nairobi" in places


def test_this_workshop_on_a_workshop_s_page_is_the_page_s_session_not_the_event_it_is_part_of():
    """本研讨会是2031年东非数字论坛（…）的专题研讨会之一，由A主办，B协办: the sentence's subject is the
    page's own workshop; the forum named inside the sentence is what it belongs to."""
    text = (_WORKSHOP_PAGE + "\n时间：2031年3月3日 14:00–15:30\n\n一、会议简介\n\n" + _WORKSHOP_IS_PART
            + "，由内罗毕大学主办，东非共同体秘书处协办。\n")
    x = extract(doc(text))
    assert x.main_event.text == "研讨会12｜数字包容：适老化公共服务"
    contexts = {(f.args["agent"].text, f.args["context"].key) for f in x.facts if f.kind == "role"}
    assert contexts == {("内罗毕大学", "event:@main"), ("东非共同体秘书处", "event:@main")}
    x = extract(doc(text + "\n14:00–14:05 开场：主持人玛丽·奥蒂诺博士介绍研讨会背景与嘉宾\n"))
    (moderator,) = [f for f in x.facts if f.kind == "role" and f.args["agent"].text.startswith("玛丽·奥蒂诺")]
    assert moderator.args["context"].label == "MAIN"  # the workshop's kind word on its own page: that workshop


def test_a_session_page_under_its_site_s_name_and_its_people_under_role_headings():
    text = ("2031年东非数字论坛（EADF 2031）\n首页 > 议程 > 高级别对话\n\n高级别对话：数字身份与信任\n\n"
            "日期：2031年3月3日\n\n会议主席：\n· 约翰·卡马乌先生（John Kamau），肯尼亚信息通信部部长\n\n"
            "主持人：\n玛丽·奥蒂诺女士（Mary Otieno），内罗毕大学教授\n\n关于本届论坛\n\n"
            "2031年东非数字论坛于2031年3月2日至4日在内罗毕举行。论坛由东非共同体秘书处主办。\n")
    x = extract(doc(text))
    assert x.main_event.text == "高级别对话：数字身份与信任"
    read = {(f.args["agent"].text.split("先生")[0].split("女士")[0], f.args["role"].key, f.args["context"].text)
            for f in x.facts if f.kind == "role"}
    assert read == {("约翰·卡马乌", "role:chair", "高级别对话：数字身份与信任"),
                    ("玛丽·奥蒂诺", "role:moderator", "高级别对话：数字身份与信任"),
                    ("东非共同体秘书处", "role:host", "论坛")}  # 论坛由…主办: the forum, named by its word


def test_an_office_named_with_the_conference_s_word_is_the_conference_s():
    text = EVENT + ("在上午举行的部长级圆桌会议上，肯尼亚信息通信部部长约翰·卡马乌阁下当选为大会主席。"
                    "部长级圆桌会议由玛丽·奥蒂诺女士担任会议主席。")
    read = {f["args"]["agent"]["text"][:6]: f["args"]["context"]["text"] for f in facts(text, "role")}
    assert read == {"约翰·卡马乌": "2031年全球连接审查会议", "玛丽·奥蒂诺": "部长级圆桌会议"}


def test_an_end_written_as_a_bare_day_after_until_ends_the_event():
    text = "新华社内罗毕3月2日电  2031年全球连接审查会议2日在内罗毕开幕。会议为期3天，将持续至4日。\n"
    ends = [f.args["end_date"] for f in extract(doc(text)).facts if f.kind == "event-time" and "end_date" in f.args]
    assert [(m.text, m.value["start"]) for m in ends] == [("4日", "--03-04")]


def test_a_header_line_gives_the_event_above_it_its_dates_and_place():
    text = ("首页 › 议程 › 工作坊\n\n2031年东非数字论坛（EADF 2031）\n2031年3月2日至4日 | 肯尼亚内罗毕 | 肯雅塔国际会议中心\n\n"
            "主题：数字技能\n")
    x = extract(doc(text))
    assert event_times(x) == {"2031年东非数字论坛": "2031年3月2日至4日"}
    places = [[p.text for p in f.args["places_all"]] for f in x.facts if f.kind == "event-place"]
    assert places == [["肯尼亚", "内罗毕", "肯雅塔国际会议中心"]]


def test_a_header_line_may_name_the_event_with_its_abbreviation_and_a_city_after_a_dot():
    text = ("2031年东非数字论坛（EADF 2031）｜2031年3月2日至4日｜肯尼亚·蒙巴萨·海滨会议中心\n\n"
            "工作坊第12号\n研讨会：数字技能\n")
    x = extract(doc(text))
    assert event_times(x).get("2031年东非数字论坛") == "2031年3月2日至4日"
    assert "蒙巴萨" in {m.text for m in x.mentions if m.label == "PLACE"}  # a city no lexicon knows


def test_a_year_in_brackets_dates_an_event_and_the_summit_s_phases_are_when_and_where_their_names_say():
    text = (EVENT + "会议回顾了第五届东非数字论坛（2029年）的成果。信息社会世界峰会分两个阶段举行：2003年日内瓦阶段和"
            "2005年突尼斯阶段。峰会日内瓦阶段（2003年）通过了《原则宣言》。\n")
    rows = {r[1]: (r[2], r[5], r[6]) for r in _events_rows(text)}
    assert rows["2031年全球连接审查会议"] == ("2031-03-02", "Nairobi", "Kenya")  # still the report's event
    assert rows["第五届东非数字论坛"] == ("2029", "", "")
    assert rows["信息社会世界峰会日内瓦阶段"] == ("2003", "Geneva", "Switzerland")
    assert rows["信息社会世界峰会突尼斯阶段"] == ("2005", "Tunis", "Tunisia")  # the city that bears its country's name
    assert rows.keys() == {"2031年全球连接审查会议", "第五届东非数字论坛", "信息社会世界峰会日内瓦阶段", "信息社会世界峰会突尼斯阶段"}


def test_a_venue_after_a_city_no_lexicon_knows_lies_in_that_city():
    text = ("2031年东非数字论坛（EADF 2031）｜2031年3月2日至4日｜肯尼亚·蒙巴萨·海滨会议中心\n\n"
            "论坛由肯尼亚信息通信部承办。\n")
    assert [r[5:] for r in _events_rows(text)] == [("蒙巴萨", "Kenya")]
    assert ("肯尼亚信息通信部", "role:host") in roles(text)  # the city's country is the host country


def test_a_venue_named_with_its_country_lies_in_the_city_before_it_and_the_country_keeps_its_written_name():
    text = "2031年阿拉伯数字审查会议于2031年3月2日至4日在阿曼苏丹国马斯喀特阿曼皇家歌剧院会议中心举行。\n"
    assert [r[4:] for r in _events_rows(text)] == [("阿曼皇家歌剧院会议中心", "Muscat", "Oman")]
    assert "阿曼苏丹国" in _country_names(text, "OM")


def test_a_paragraph_that_opens_with_an_event_held_on_a_date_names_the_report_s_event_whole():
    text = ("会员国呼吁加快落实峰会成果\n\n2031年10月18日 | 经济发展\n\n"
            "东非共同体理事会与非洲联盟委员会关于数字合作后续行动的联席会议于10月17日至18日在内罗毕举行。"
            "会议由东非共同体理事会主办。各方同意在2035年对峰会成果进行全面审查。\n"
            "近 250 场会议在一周内被举行。\n")
    x = extract(doc(text))
    assert x.main_event.text == "东非共同体理事会与非洲联盟委员会关于数字合作后续行动的联席会议"
    assert not [m for m in x.mentions if m.label == "EVENT" and "对峰会" in m.text]  # a year and a head, no name
    assert not [m for m in x.mentions if m.label == "EVENT" and "250" in m.text]  # a count of meetings


def test_a_session_numbered_after_its_kind_word_is_a_session_and_its_title_alone_names_it_too():
    text = (EVENT + "\n三、会议1：数字身份与信任\n\n9. 会议1于2031年3月3日上午举行，由内罗毕大学组织，"
            "由肯尼亚信息通信部司长玛丽·奥蒂诺女士主持。\n\n相关会议\n\n- 研讨会：数字技能\n  2031年3月4日 10:00-11:00，主会场\n  组织方：东非共同体秘书处\n")
    x = extract(doc(text))
    sessions = {f.args["context"].text: f.args["context"].value.get("title") for f in x.facts if f.kind == "role"}
    assert sessions == {"会议1：数字身份与信任": "数字身份与信任", "研讨会：数字技能": "数字技能"}


def test_a_pointing_reference_names_the_session_last_titled_in_its_paragraph():
    text = (EVENT + "据悉，3日上午将举行“高级别小组会议：数字身份的机遇”。"
            "该会议由肯尼亚信息通信部组织，内罗毕大学教授约翰·卡马乌先生担任主持人。")
    assert contexts(text)["肯尼亚信息通信部"] == "高级别小组会议：数字身份的机遇"


def test_a_main_session_of_a_forum_is_a_session():
    text = EVENT + "3日下午，由内罗毕大学组织的“主会议：全球南方的数字包容”将举行。"
    assert contexts(text)["内罗毕大学"] == "主会议：全球南方的数字包容"


def test_a_body_and_an_office_with_a_topic_between_them_title_the_person_who_chairs():
    text = EVENT + "会议主席：肯尼亚外交部网络安全大使卡琳·达尔贝格女士\n"
    assert ("卡琳·达尔贝格女士", "role:chair") in roles(text)
    assert not {agent for agent, _ in roles(text)} & {"肯尼亚外交部"}
    (post,) = facts(text, "post")
    assert post["args"]["title"]["text"] == "网络安全大使"


def test_this_session_on_a_session_s_own_page_is_that_session():
    text = ("首页 › 2031年WSIS论坛 › 议程\n\n高级别对话：弥合数字鸿沟\n\n日期：2031年5月16日\n\n"
            "本场高级别对话由肯尼亚信息通信部与内罗毕大学共同组织。\n")
    x = extract(doc(text))
    contexts_read = {f.args["agent"].text: f.args["context"] for f in x.facts if f.kind == "role"}
    assert contexts_read and all(c is x.main_event or c.text == x.main_event.text for c in contexts_read.values())
    assert not [f for f in x.facts if f.kind == "session" and f.args["session"].label == "SESSION"]


def test_a_role_in_brackets_after_a_body_is_its_role():
    text = EVENT + "组织方：肯尼亚信息通信部（主要协调方），内罗毕大学协办\n"
    found = roles(text)
    assert ("肯尼亚信息通信部", "role:organiser") in found
    assert ("肯尼亚信息通信部", "role:co-organiser") not in found


def test_a_news_page_s_date_line_under_its_headline_is_the_day_it_speaks_from():
    text = "东非数字峰会闭幕\n\n2031年3月4日 | 经济发展\n\n为期两天的东非数字峰会于3月2日至3日在内罗毕举行。\n"
    assert extract(doc(text)).reference == {"year": "2031", "month": 3, "day": 4}
    field = "东非数字峰会\n\n日期：2031年3月4日\n\n会议于3月2日至3日在内罗毕举行。\n"
    assert extract(doc(field)).reference is None


def test_a_dateline_without_a_year_takes_it_from_the_site_s_time_stamp_over_the_item():
    text = ("东非数字峰会开幕\n\nhttp://www.example.cn 2031年3月2日20:39 新华网\n\n"
            "新华网内罗毕3月2日电（记者王明）为期两天的东非数字峰会于2日在内罗毕开幕。\n")
    assert extract(doc(text)).reference == {"year": "2031", "month": 3, "day": 2}
    programme = "东非数字峰会\n\n时间：2031年3月2日 10:00-12:00\n\n会议今天在内罗毕举行。\n"
    assert extract(doc(programme)).reference is None
    iso = "期待东非数字峰会\n\n来源：观察者网\n\n2031-07-10 21:21\n\n5月27日至31日，东非数字峰会在内罗毕召开。\n"
    assert extract(doc(iso)).reference == {"year": "2031", "month": 7, "day": 10}  # no dateline: the stamp's day


def test_a_session_right_before_by_is_the_subject_of_its_sentence_whatever_times_precede_it():
    text = EVENT + "3日上午10时至12时举行的部长级圆桌会议由肯尼亚信息通信部组织，内罗毕大学校长约翰·卡马乌博士主持。"
    found = context_of_each(text)
    assert found["约翰·卡马乌博士"] == "部长级圆桌会议"


def test_a_share_s_group_keeps_its_words_and_leaves_the_adverbs():
    stats = facts(EVENT + "东非地区在数字支付方面取得了进步，但互联网普及率仍仅约为37%。", "statistic")
    read = {(f["args"]["measure"]["text"] if isinstance(f["args"]["measure"], dict) else f["args"]["measure"],
             f["args"]["value"], f["args"]["qualifier"] if isinstance(f["args"]["qualifier"], str)
             else f["args"]["qualifier"].get("key")) for f in stats}
    assert any(noun.endswith("互联网普及率") and value == 37 and qualifier == "qualifier:about"
               for noun, value, qualifier in read), read


def test_an_event_in_a_person_s_office_is_where_the_office_is_held_not_a_role_at_it():
    text = EVENT + "会议由第九十届联合国大会主席王建国主持。\n"
    read = [(f["args"]["agent"]["text"], f["args"]["context"]["text"] if isinstance(f["args"]["context"], dict)
             else f["args"]["context"]) for f in facts(text, "role")]
    assert read and all("第九十届联合国大会" not in str(context) for _, context in read), read


def test_a_paragraph_that_reports_another_event_held_goes_on_speaking_of_it():
    text = EVENT + "作为会议的前奏，东非青年数字峰会已于3月1日举行。峰会由内罗毕大学校长王建国博士主持。\n"
    assert contexts(text)["王建国博士"] == "东非青年数字峰会"


def test_a_session_page_numbered_by_a_code_line_is_titled_by_the_line_under_it():
    text = ("第三届东非数字论坛（EADF 2031）\n2031年3月2日至4日 | 肯尼亚内罗毕 | 肯雅塔国际会议中心\n\n"
            "首页 > 会议日程 > 3月3日 > 工作坊\n\nWS #57\n社区网络与农村连接\nCommunity Networks and Rural Connectivity\n\n"
            "日期：2031年3月3日\n\n本工作坊由内罗毕大学组织。\n")
    x = extract(doc(text))
    assert (x.main_event.text, x.main_event.value.get("abbr"), x.main_event.value.get("en")) == (
        "社区网络与农村连接", "WS #57", "Community Networks and Rural Connectivity")
    assert {(f.args["agent"].text, f.args["context"].text) for f in x.facts if f.kind == "role"} == {("内罗毕大学", "社区网络与农村连接")}
    # the page sits under its event's header: the session is part of that event
    parts = [(f.args["subject"].label, f.args["object"].text) for f in x.facts if f.kind == "relation"]
    assert parts == [("MAIN", "第三届东非数字论坛")]


def test_a_kind_with_its_number_over_a_title_line_names_the_session_with_both():
    x = extract(doc("高级别政策会议7\n弥合数字鸿沟，人人享有连接\n\n日期：2031年5月16日\n"))
    assert (x.main_event.value["name"], x.main_event.value["alt_zh"]) == (
        "高级别政策会议7：弥合数字鸿沟，人人享有连接", ["弥合数字鸿沟，人人享有连接"])


def test_fields_in_a_two_column_table_and_a_label_alone_on_its_line_are_read_as_fields():
    text = ("高级别对话：数字身份与信任\n\n| 项目 | 内容 |\n| --- | --- |\n| 会场 | 内罗毕湖景会展中心 |\n\n"
            "Date & Time 日期和时间\n2031年3月3日（星期二）\n\n【主持人】\n肯尼亚信息通信部部长玛丽·奥蒂诺女士\n")
    x = extract(doc(text))
    assert [f.args["date"].text for f in x.facts if f.kind == "event-time"] == ["2031年3月3日"]
    places = [[p.text for p in f.args["places_all"]] for f in x.facts if f.kind == "event-place"]
    assert places == [["内罗毕湖景会展中心"]]
    assert all(s.quote == text[s.start:s.end] for f in x.facts for s in f.spans)  # quoted from the source
    assert {(f.args["agent"].text[:6], f.args["role"].key) for f in x.facts if f.kind == "role"} == {("玛丽·奥蒂诺", "role:moderator")}


def test_a_field_saying_which_event_a_session_belongs_to_makes_it_part_of_that_event():
    text = "高级别对话：数字身份与信任\n\n所属会议：第三届东非数字论坛（EADF 2031）\n日期：2031年3月3日\n"
    parts = [(f.args["subject"].label, f.args["object"].text) for f in extract(doc(text)).facts if f.kind == "relation"]
    assert parts == [("MAIN", "第三届东非数字论坛")]


def test_a_latin_phrase_in_brackets_names_no_person_unless_it_looks_like_a_name():
    text = EVENT + "分主题：接入与多样性（Access and Diversity）。形式：圆桌讨论（Roundtable）。主持人：奥蒂诺（Mary Otieno）。\n"
    people = [m.text for m in extract(doc(text)).mentions if m.label == "PERSON"]
    assert people == ["奥蒂诺（Mary Otieno）"] or people == ["奥蒂诺"]


def test_a_field_under_an_item_s_date_and_room_speaks_of_the_item_titled_with_its_english_name():
    text = (EVENT + "\n相关会议\n\n- 数据治理主会议（Main Session on Data Governance）\n"
            "  2031年3月3日 10:00-13:00（UTC+03:00），主会场（Saal Estrel）\n  组织方：内罗毕大学\n")
    assert contexts(text) == {"内罗毕大学": "数据治理主会议"}
    assert not [m for m in extract(doc(text)).mentions if m.label == "PERSON"]  # 主会场 is a room


def test_an_item_s_date_line_may_name_its_room_and_organiser_after_commas():
    text = (EVENT + "\n相关会议\n\n• 部长级圆桌会议：数字身份展望\n"
            "2031年3月3日，10:00–11:30（UTC+03:00），肯雅塔国际会议中心1号会议室，组织方：内罗毕大学\n\n"
            "• 动态联盟会议：儿童在线安全\n2031年3月4日，由东非共同体秘书处召集\n")
    dated = {f["args"]["session"]["text"]: f["args"]["date"]["text"] for f in facts(text, "session")
             if f["rule"] == "zh.listing.dated-item"}
    assert dated == {"部长级圆桌会议：数字身份展望": "2031年3月3日", "动态联盟会议：儿童在线安全": "2031年3月4日"}
    assert contexts(text) == {"内罗毕大学": "部长级圆桌会议：数字身份展望"}


def test_a_date_line_that_is_a_sentence_dates_no_item():
    text = EVENT + "\n相关会议\n\n• 部长级圆桌会议：数字身份展望\n2031年3月3日，内罗毕大学发布了报告\n"
    assert not [f for f in facts(text, "session") if f["rule"] == "zh.listing.dated-item"]


@pytest.mark.parametrize("text, context", [
    # an item titled with an English name of several words is dated by the line under it
    (EVENT + "\n相关会议\n\n- 第三届东非数字论坛开幕式（IGF 2031 Opening Ceremony）\n"
     "  2031年3月2日 15:00-16:30（UTC+03:00），主会场\n  组织方：内罗毕大学\n", "第三届东非数字论坛开幕式"),
    # a translation's date, time and room before a session do not hide what its paragraph speaks of
    (EVENT + "\n高级别政策会议\n\n在3月3日，从09:00到10:30（UTC+03:00），在KICC 1号厅，高级别政策会议\"数字信任\"被举行。"
     "该会议被主持由玛丽·奥蒂诺（Mary Otieno）女士，记者，肯尼亚广播公司。\n", '高级别政策会议"数字信任"'),
    # a pointing word before a session's kind points back to the session named before
    (EVENT + "\n专题研讨会\n\n在超过50个会议之中，专题研讨会“数字身份与信任”于2031年3月3日被举行。"
     "该研讨会被主持由女士 玛丽·奥蒂诺，研究员，内罗毕大学。\n", "专题研讨会“数字身份与信任”"),
    # an edition's year inside a session's name keeps the name whole
    (EVENT + "\nWSIS奖2031\n\nWSIS奖2031颁奖典礼，其被共同组织由国际电联和内罗毕大学，发生于3月3日。"
     "该典礼被主持由玛丽·奥蒂诺女士。\n", "WSIS奖2031颁奖典礼"),
    # an action line's coordination meeting organised by a body is a session of its own
    (EVENT + "3月3日上午9时至10时，由联合国教科文组织组织的C10行动方面协调会议在肯雅塔国际会议中心5号厅举行。\n",
     "C10行动方面协调会议"),
], ids=["english-title", "translated-lead", "pointing-kind", "year-inside", "action-line-meeting"])
def test_the_session_every_role_of_a_paragraph_is_read_for(text, context):
    assert set(contexts(text).values()) == {context}


def test_an_action_line_meeting_is_dated_by_its_sentence():
    text = EVENT + "3月3日上午9时至10时，由联合国教科文组织组织的C10行动方面协调会议在肯雅塔国际会议中心5号厅举行。\n"
    assert session_dates(text) == {"C10行动方面协调会议": "3月3日"}


def test_a_table_of_people_gives_each_row_s_person_its_office_and_role():
    text = (EVENT + "\n| 姓名 | 职务 | 角色 |\n| --- | --- | --- |\n| 玛丽·奥蒂诺 | 内罗毕大学高级讲师 | 主持人 |\n"
            "| 约翰·卡马乌 | 肯尼亚信息通信部部长 | 主旨发言 |\n")
    x = extract(doc(text))
    assert {(f.args["person"].text, f.args["title"]["text"]) for f in x.facts if f.kind == "post"} == {
        ("玛丽·奥蒂诺", "高级讲师"), ("约翰·卡马乌", "部长")}
    assert {(f.args["agent"].text, f.args["role"].key) for f in x.facts if f.kind == "role"} == {
        ("玛丽·奥蒂诺", "role:moderator"), ("约翰·卡马乌", "role:keynote-speaker")}


def test_a_table_of_who_does_what_gives_each_row_s_people_the_row_s_role_in_its_session():
    """| 会议 | 职务 | 姓名 | 单位 |: the role's word in one column, who holds it in another, the
    session in a third; the body in the last column is where the person works, no role."""
    text = (EVENT + "\n| 会议 | 职务 | 姓名 | 单位 |\n| --- | --- | --- | --- |\n"
            "| 部长级圆桌会议：数字公共基础设施 | 主席 | 罗德里戈·佩雷拉 | 巴拉圭信息通信技术部副部长 |\n"
            "| 部长级圆桌会议：数字公共基础设施 | 副主席 | 卡米拉·罗哈斯 | 智利数字政府局局长 |\n"
            "| 专题会议一：人工智能治理 | 主持人 | 周若岚 | 蒙得维的亚共和国大学高级研究员 |\n")
    x = extract(doc(text))
    assert {(f.args["agent"].text, f.args["role"].key, f.args["context"].text) for f in x.facts if f.kind == "role"} == {
        ("罗德里戈·佩雷拉", "role:chair", "部长级圆桌会议：数字公共基础设施"),
        ("卡米拉·罗哈斯", "role:vice-chair", "部长级圆桌会议：数字公共基础设施"),
        ("周若岚", "role:moderator", "专题会议一：人工智能治理")}


def test_an_event_named_in_the_clause_that_describes_another_is_not_what_is_organised():
    """由A与B共同主办、C承办，旨在推动落实信息社会世界峰会成果的“赤道对话”高级别会议在…举行: the event
    inside the clause ending in 的 describes the one after it, which is what A, B and C run; the
    date before the sentence's list of organisers is that event's too."""
    text = ("2031年6月3日至5日，由新加坡数码社会与信息部与国际电信联盟共同主办、狮城数字治理研究院承办，"
            "旨在推动落实信息社会世界峰会（WSIS）成果的“赤道数字信任对话”（EDTD）高级别会议在新加坡滨海南岸会议中心举行。\n")
    contexts = {(f["args"]["agent"]["text"], f["args"]["context"]["text"]) for f in facts(text, "role")}
    assert contexts == {("新加坡数码社会与信息部", "高级别会议"), ("国际电信联盟", "高级别会议"), ("狮城数字治理研究院", "高级别会议")}
    plain = text.replace("旨在推动落实信息社会世界峰会（WSIS）成果的", "")
    assert {c for _, c in ((f["args"]["agent"]["text"], f["args"]["context"]["text"]) for f in facts(plain, "role"))} == {"高级别会议"}


def test_a_bulleted_programme_line_opening_with_its_time_heads_the_paragraph_under_it():
    """◆ 14:30—17:30　部长级圆桌会议：… over 圆桌会议由X主持: the bare kind word under the line is
    that session (a bulleted line with no time before its words is an item, no heading)."""
    text = (EVENT + "\n◆ 14:30—17:30　部长级圆桌会议：数字公共基础设施与区域互联互通\n"
            "圆桌会议由巴拉圭信息通信技术部副部长罗德里戈·佩雷拉主持，智利数字政府局局长卡米拉·罗哈斯担任副主席。\n")
    assert {(f["args"]["agent"]["text"], f["args"]["context"]["text"]) for f in facts(text, "role")} == {
        ("罗德里戈·佩雷拉", "部长级圆桌会议：数字公共基础设施与区域互联互通"),
        ("卡米拉·罗哈斯", "部长级圆桌会议：数字公共基础设施与区域互联互通")}


def test_a_programme_item_s_title_in_quotes_keeps_its_colon_and_leaves_the_words_around_it():
    text = EVENT + "1. 2031年3月3日，09:00-10:30（UTC+03:00），其“高级别政策会议：数字信任”被举行，由内罗毕大学组织。\n"
    assert contexts(text) == {"内罗毕大学": "高级别政策会议：数字信任"}
    assert {f["args"]["session"]["text"] for f in facts(text, "session")} == {"高级别政策会议：数字信任"}


def test_a_page_labelled_as_a_session_s_summary_is_about_that_session_and_its_host():
    """会议摘要：行动方针C4促进会议：… on a translated page: the label says what the page is, the
    title after it is the page's session; 由X托管 is how a translation says X hosted it."""
    text = ("【本页面的内容已被机器翻译自英文。】\n\n会议摘要：行动方针C4促进会议：为公共部门建设能力\n\n"
            "该会议被举行作为信息社会世界峰会论坛2039的一部分。会议由国际数字学习联盟（IDLA）托管。\n")
    x = extract(doc(text))
    assert x.main_event.text == "行动方针C4促进会议：为公共部门建设能力"
    assert {(f.args["agent"].text, f.args["role"].key) for f in x.facts if f.kind == "role"} == {
        ("国际数字学习联盟", "role:host")}


def test_a_fact_sheet_titled_by_a_quoted_track_is_about_the_track_and_its_numbered_fields_date_it():
    """2035年…论坛 / “数字韧性与灾害应对”专题轨道情况介绍 / 1．名称：… 2．时间：… 3．地点：…: the
    quoted title before its kind, without what the page is (情况介绍), is the page's session;
    numbered fields are fields, and a language (西班牙语) is no place of it."""
    text = ("2035年信息社会世界峰会论坛\n“数字韧性与灾害应对”专题轨道情况介绍\n\n一、基本信息\n\n"
            "1．名称：2035年信息社会世界峰会论坛“数字韧性与灾害应对”专题轨道\n2．时间：2035年5月8日至10日\n"
            "3．地点：瑞士日内瓦\n4．语言：英语、法语、西班牙语\n")
    x = extract(doc(text))
    assert x.main_event.text == "“数字韧性与灾害应对”专题轨道"
    assert {(f.args["event"].text, f.args["date"].text) for f in x.facts if f.kind == "event-time"} >= {
        ("“数字韧性与灾害应对”专题轨道", "2035年5月8日至10日")}
    places = {p.text for f in x.facts if f.kind == "event-place" for p in f.args["places_all"]}
    assert "日内瓦" in places and "西班牙" not in places
    from wsis_graph.extract.layout import reading_view
    assert reading_view("1．名称：X\n2．时间：Y\n") == "  名称：X\n  时间：Y\n"
    assert reading_view("（一）会议名称：X\n（二）会议时间：Y\n") == "   会议名称：X\n   会议时间：Y\n"
    alone = "2. 圆桌：土著语言和本地内容\n日期/时间：20 8月 2029\n"  # a numbered heading, no run of fields
    assert reading_view(alone) == alone


def test_a_bilingual_fact_sheet_s_chinese_then_english_labels_read_as_fields():
    """主办单位 Organiser：… on a prize ceremony's bilingual fact sheet: the English label after the
    Chinese one is blanked; 信息社会世界峰会奖颁奖典礼 is the WSIS Prizes' ceremony, not the World
    Summit Awards (世界峰会奖) inside its words."""
    from wsis_graph.extract.layout import reading_view
    line = "主办单位 Organiser：国际电信联盟\n"
    assert reading_view(line) == "主办单位          ：国际电信联盟\n"
    text = ("2039年信息社会世界峰会奖颁奖典礼\n\n活动名称 Event：2039年信息社会世界峰会奖颁奖典礼\n"
            "日期 Dates：2039年7月5日（星期二）\n协办单位 Co-organisers：世界数字包容基金会；日内瓦数字治理中心\n")
    x = extract(doc(text))
    assert x.main_event.text == "2039年信息社会世界峰会奖颁奖典礼"
    assert {(f.args["agent"].text, f.args["role"].key) for f in x.facts if f.kind == "role"} == {
        ("世界数字包容基金会", "role:co-organiser"), ("日内瓦数字治理中心", "role:co-organiser")}


def test_a_part_s_heading_with_its_english_words_is_no_session():
    """会议纪要 Session record（会后更新） and 议程 Agenda under a workshop's title label parts of its
    page: the moderator told under them moderates the page's session, not a session named so."""
    text = ("研讨会47｜开放气候数据与数字韧性\n\n日期：2037年5月20日\n组织方：太平洋开放数据联盟\n\n"
            "会议纪要 Session record（会后更新）\n本场研讨会于5月20日下午在C厅如期举行。主持人玛丽亚·里瓦斯首先介绍了会议背景。\n")
    contexts = {f["args"]["context"]["text"] for f in facts(text, "role") if f["args"]["agent"]["text"] == "玛丽亚·里瓦斯"}
    assert contexts and "会议纪要 Session record（会后更新）" not in contexts


def test_a_day_heading_dates_the_bulleted_slots_under_it():
    text = ("2031年全球连接审查会议于2031年5月8日至9日在内罗毕举行。\n\n三、主要议程\n\n5月8日（星期二）\n\n"
            "● 09:30—11:00　开幕全体会议：从预警到恢复\n主持：玛丽亚·贝当古\n\n"
            "5月9日（星期三）\n\n● 14:00—15:30　部长级圆桌会议二：小岛屿国家的数字韧性\n主持：塞缪尔·托阿拉\n")
    x = extract(doc(text))
    dated = {(f.args["session"].text, f.args["date"].text) for f in x.facts if f.kind == "session" and "date" in f.args} | {
        (f.args["event"].text, f.args["date"].text) for f in x.facts if f.kind == "event-time" and "date" in f.args}
    assert {("开幕全体会议：从预警到恢复", "5月8日"), ("部长级圆桌会议二：小岛屿国家的数字韧性", "5月9日")} <= dated


def test_a_session_page_under_its_event_s_banner_is_about_the_session():
    text = ("2031年东非数字论坛\n2031年3月2日至4日 | 肯尼亚内罗毕\n\n专题研讨会：数字身份与信任\n\n"
            "时间：2031年3月3日 14:00-15:00（UTC+03:00）\n\n主持人\n玛丽·奥蒂诺\n")
    x = extract(doc(text))
    assert x.main_event.text == "专题研讨会：数字身份与信任"
    assert [(f.args["subject"].label, f.args["object"].text) for f in x.facts if f.kind == "relation"] == [
        ("MAIN", "2031年东非数字论坛")]
    assert {(f.args["agent"].text, f.args["context"].text) for f in x.facts if f.kind == "role"} == {
        ("玛丽·奥蒂诺", "专题研讨会：数字身份与信任")}
    banner_alone = text.replace("2031年3月2日至4日 | 肯尼亚内罗毕\n", "")
    parts = [f.args["object"].text for f in extract(doc(banner_alone)).facts if f.kind == "relation"]
    assert parts == ["2031年东非数字论坛"]


def test_a_report_under_its_event_s_banner_with_no_fields_is_no_session_page():
    text = ("2031年东非数字论坛\n2031年3月2日至4日 | 肯尼亚内罗毕\n\n部长级圆桌会议：数字身份与信任\n\n"
            "2031年东非数字论坛于2031年3月2日至4日在内罗毕举行，由东非共同体秘书处主办。\n")
    assert extract(doc(text)).main_event.text == "2031年东非数字论坛"


def test_a_speaker_card_gives_the_name_its_office_on_the_next_line_or_after_a_space():
    text = ("2031年东非数字论坛\n\n专题研讨会：数字身份与信任\n时间：2031年3月3日\n\n发言嘉宾\n"
            "阿基尼·奥乔\n蒙巴萨技术大学教授\n\n卡马乌·恩乔罗格 内罗毕创新联合会副主席\n\n"
            "奥蒂诺·姆万吉\n肯尼亚信息通信管理局 数字包容处处长\n\n"
            "姆万吉·基巴基，东非电信运营商协会主席\n")
    assert {(name, title) for name, title, _ in offices(text)} == {
        ("阿基尼·奥乔", "教授"), ("卡马乌·恩乔罗格", "副主席"), ("奥蒂诺·姆万吉", "数字包容处处长"),
        ("姆万吉·基巴基", "主席")}


def test_an_office_in_english_order_between_the_name_and_its_body_keeps_the_words_before_its_post_word():
    text = (EVENT + "副主席是阁下玛丽亚·奥蒂诺（Maria Otieno）女士，电信副部长，肯尼亚信息通信和数字经济部。"
            "会议被主持由阁下卡马乌·恩乔罗格先生，董事会主席，肯尼亚通信管理局（CA），作为会议的主席。\n")
    assert {(name, title) for name, title, _ in offices(text)} == {
        ("玛丽亚·奥蒂诺", "电信副部长"), ("卡马乌·恩乔罗格", "董事会主席")}


def test_a_speaker_card_may_give_the_office_before_the_body_on_lines_of_their_own():
    text = ("2031年东非数字论坛\n\n专题研讨会：数字身份与信任\n时间：2031年3月3日\n\n发言嘉宾\n\n"
            "阿基尼·奥乔教授\n副校长（研究与创新）\n蒙巴萨技术大学\n\n"
            "卡马乌·恩乔罗格先生（Kamau Njoroge）\n局长，肯尼亚国家统计局\n")
    assert offices(text) == {
        ("阿基尼·奥乔", "副校长（研究与创新）", "蒙巴萨技术大学"), ("卡马乌·恩乔罗格", "局长", "肯尼亚国家统计局")}


def test_a_role_heading_keeps_its_list_of_people_across_a_blank_line():
    text = ("2031年东非数字论坛\n\n专题研讨会：数字身份与信任\n时间：2031年3月3日\n\n"
            "主持人 Moderator\n\n阿基尼·奥乔教授\n蒙巴萨技术大学副校长\n")
    x = extract(doc(text))
    assert {(f.args["agent"].value["name"], f.args["role"].key, f.args["context"].text) for f in x.facts
            if f.kind == "role"} == {("阿基尼·奥乔", "role:moderator", "专题研讨会：数字身份与信任")}
    assert x.document.text == text  # the reading view changed no character of the document


def test_a_code_line_under_a_title_numbers_the_page_s_session_and_names_it_again():
    text = ("首页 > 议程 > 专题研讨会第17号\n\n多语种数字图书馆与本地内容\nMultilingual Digital Libraries and Local Content\n\n"
            "专题研讨会第17号（Thematic Workshop 17）\n\n日期：2031年3月3日\n组织方：蒙巴萨技术大学\n\n"
            "同期相关会议\n\n· 多语种数字图书馆与本地内容（本场）\n  2031年3月3日 14:30-16:00（UTC+03:00）| 组织方：蒙巴萨技术大学\n")
    x = extract(doc(text))
    assert x.main_event.text == "多语种数字图书馆与本地内容"
    assert x.main_event.value["alt_zh"] == ["专题研讨会第17号"]
    assert {(f.args["agent"].text, f.args["context"].text) for f in x.facts if f.kind == "role"} == {
        ("蒙巴萨技术大学", "多语种数字图书馆与本地内容")}  # (本场): the page's own session


def test_on_a_session_page_the_forum_word_speaks_of_the_event_the_session_is_part_of():
    text = ("2031年东非数字论坛 > 议程 > 会议纪要\n\n会议综述｜高级别政策会议7：数字身份与信任\n\n"
            "时间：2031年3月3日 11:00-12:00（UTC+03:00）\n\n"
            "本场会议由东非共同体秘书处组织。论坛于3月2日开幕，由肯尼亚信息通信部主办。"
            "本届论坛由内罗毕大学协办。\n")
    x = extract(doc(text))
    assert x.main_event.text == "高级别政策会议7：数字身份与信任"
    read = {(f.args["agent"].text, f.args["role"].key, f.args["context"].text) for f in x.facts if f.kind == "role"}
    assert read == {("东非共同体秘书处", "role:organiser", "高级别政策会议7：数字身份与信任"),
                    ("肯尼亚信息通信部", "role:host", "论坛"), ("内罗毕大学", "role:co-organiser", "本届论坛")}
    assert {f.args["context"].value.get("year") for f in x.facts if f.kind == "role"
            and f.args["context"].text != x.main_event.text} == {"2031"}  # both the 2031 forum


def test_a_session_page_under_a_banner_with_the_event_s_own_fields_and_bilingual_labels():
    text = ("首页 › 议程 › 工作坊\n\n2031年东非数字论坛（EADF 2031）\n2031年3月2日至4日 | 肯尼亚内罗毕\n\n"
            "主题：数字技能\n\n━━━━━━━━━━\n\n工作坊第14号 (Workshop 14)\n移动金融与监管沙盒\n\n"
            "日期 Date：2031年3月3日\n时间 Time：11:00–12:45（UTC+03:00）\n\n主持人 Moderator\n"
            "· 阿基尼·奥乔教授（Prof. Akinyi Ocho），蒙巴萨技术大学金融科技讲席教授（远程发言）\n")
    x = extract(doc(text))
    assert x.main_event.text == "移动金融与监管沙盒"
    assert {(f.args["agent"].value["name"], f.args["context"].text) for f in x.facts if f.kind == "role"} == {
        ("阿基尼·奥乔", "移动金融与监管沙盒")}
    assert offices(text) == {("阿基尼·奥乔", "金融科技讲席教授", "蒙巴萨技术大学")}


def test_a_session_page_under_a_disclaimer_and_a_banner_with_a_label_cell():
    text = ("本页面由机器翻译自动生成，仅供参考。\n\n第三届东非数字论坛 | Third East African Digital Forum\n"
            "2031年东非数字论坛 | 会议报告\n\n专题研讨会：远程医疗\n（Thematic Workshop: Telemedicine）\n\n"
            "日期：2031年3月3日\n")
    x = extract(doc(text))
    assert x.main_event.text == "专题研讨会：远程医疗"
    assert x.main_event.value["alt_zh"] == ["远程医疗"] and x.main_event.value["en"] == "Thematic Workshop: Telemedicine"
    assert not [m for m in x.mentions if m.label == "PERSON"]  # an event's English name is no person


def test_a_date_line_opening_its_block_dates_the_title_under_it():
    text = (EVENT + "\n相关会议\n\n2031年3月3日（星期二）11:00–12:45（UTC+03:00）\n专题研讨会：移动货币\n组织方：内罗毕大学\n\n"
            "2031年3月4日（星期三）09:00–10:45（UTC+03:00）\n专题研讨会：数字统计\n组织方：肯尼亚国家统计局\n")
    times = {f.args["session"].text: f.args["date"].value["start"] for f in extract(doc(text)).facts
             if f.kind == "session" and "date" in f.args}
    assert times == {"专题研讨会：移动货币": "2031-03-03", "专题研讨会：数字统计": "2031-03-04"}
    assert contexts(text) == {"内罗毕大学": "专题研讨会：移动货币", "肯尼亚国家统计局": "专题研讨会：数字统计"}


def test_two_offices_of_one_body_before_a_name_are_two_posts():
    text = EVENT + "阿尔巴尼亚常驻联合国代表、大使苏埃拉·贾尼娜阁下发言。"
    assert offices(text) == {("苏埃拉·贾尼娜", "常驻联合国代表", "阿尔巴尼亚"), ("苏埃拉·贾尼娜", "大使", "阿尔巴尼亚")}


def test_the_sessions_a_session_s_page_lists_belong_to_the_event_it_is_part_of():
    text = ("2031年东非数字论坛\n2031年3月2日至4日 | 肯尼亚内罗毕\n\n专题研讨会：数字身份与信任\n\n"
            "时间：2031年3月3日 14:00-15:00（UTC+03:00）\n\n同期相关会议\n\n· 高级别对话：数字技能\n"
            "  2031年3月4日 10:00-12:00（UTC+03:00）| 组织方：内罗毕大学\n")
    x = extract(doc(text))
    parts = {f.args["session"].text: f.args["event"].text for f in x.facts if f.kind == "session"}
    assert parts == {"高级别对话：数字技能": "2031年东非数字论坛"}


def test_offices_of_secretaries_heads_of_division_coordinators_and_chief_officers_are_posts():
    text = EVENT + ("肯尼亚信息通信部首席秘书约瑟夫·姆万吉先生、东非共同体秘书处信息社会处处长让-皮埃尔·卡博雷先生、"
                    "国际电信联盟非洲区域代表处项目协调员纳迪娅·哈桑女士和内罗毕大学首席技术官李明出席了会议。")
    posts = {(person, title, body) for person, title, body in offices(text)}
    assert {(person, title) for person, title, _ in posts} == {
        ("约瑟夫·姆万吉", "首席秘书"), ("让-皮埃尔·卡博雷", "信息社会处处长"), ("纳迪娅·哈桑", "项目协调员"), ("李明", "首席技术官")}
    # a regional office (代表处) is a body of its own, as it is when it organises a meeting
    assert ("纳迪娅·哈桑", "项目协调员", "国际电信联盟非洲区域代表处") in posts


def test_a_drafting_group_is_where_its_co_facilitators_serve():
    text = EVENT + ("会议设立了成果文件起草小组，由摩洛哥数字化转型部司长法蒂玛·宰赫拉·本萨利赫女士和"
                    "加纳通信部顾问优素福·本-阿里先生担任共同协调人。")
    found = contexts(text)
    assert found == {"法蒂玛·宰赫拉·本萨利赫女士": "成果文件起草小组", "优素福·本-阿里先生": "成果文件起草小组"}


def test_an_officer_elected_at_a_session_is_the_event_s_and_a_time_after_a_kind_is_no_title():
    text = EVENT + ("在上午举行的开幕全体会议上，肯尼亚信息通信部部长王建国当选为大会主席，东非共同体秘书处司长李明当选为副主席。\n"
                    "· 开幕全体会议：3月2日10:00-12:30（UTC+03:00），由国际电信联盟组织。\n")
    found = contexts(text)
    assert found["李明"] == "2031年全球连接审查会议" and found["王建国"] == "2031年全球连接审查会议"
    assert found["国际电信联盟"] == "开幕全体会议"  # the kind alone: what follows its colon is a time


def test_a_session_is_dated_by_the_day_its_sentence_opens_with_or_says_it_took_place():
    text = ("2031年东非数字论坛：成果\n\n在2031年3月2日至6日，在内罗毕，肯尼亚，2031年东非数字论坛被成功举行。\n\n"
            "在3月4日，星期三，10:00–11:30（UTC+03:00），在2号会议室，一个研讨会题为“移动支付的监管”被组织由肯尼亚信息通信部。\n\n"
            "2031年东非数字奖颁奖典礼，其被共同组织由国际电信联盟和内罗毕大学，发生于3月5日，17:30–19:00（UTC+03:00）。\n\n"
            "- 2031年3月6日，09:00 - 10:00（UTC+03:00），虚拟会议室，由国际电信联盟组织：C7行动方面协调会议：电子卫生\n")
    days = _session_days(text)
    assert days["移动支付的监管"].startswith("2031-03-04")
    assert days["2031年东非数字奖颁奖典礼"].startswith("2031-03-05")  # the year is the name's, the day the sentence's
    assert days["C7行动方面协调会议：电子卫生"].startswith("2031-03-06")
    assert _events_rows(text)[0][2] == "2031-03-02"


def _session_days(text: str) -> dict[str, str]:
    from wsis_graph import __version__
    from wsis_graph.map import to_dataset
    from wsis_graph.query import run_query
    from wsis_graph.resolve import resolve
    answer = run_query(to_dataset(resolve([extract(doc(text))]), tool_version=__version__).dataset, "sessions",
                       backend="memory")
    return {str(r[answer.vars.index("session_zh")]): str(r[answer.vars.index("start")] or "") for r in answer.rows}


def test_who_chairs_a_numbered_session_of_a_body_holds_the_body_s_chair():
    text = EVENT + ("会议由联合国大会第八十一届会议主席马丁·奥卡福主持，第八十一届联合国大会副主席李明和"
                    "2031年全球连接审查会议主席王建国出席。")
    assert offices(text) == {("马丁·奥卡福", "主席", "联合国大会"), ("李明", "副主席", "联合国大会")}
    posts = [f for f in extract(doc(text)).facts if f.kind == "post"]
    assert {f.args["organization"].key for f in posts} == {"org:unga"}
    assert all(text[f.args["organization"].start:f.args["organization"].end] == "联合国大会" for f in posts)


def test_a_body_that_runs_a_session_is_still_read_as_co_organiser_of_the_event_elsewhere():
    text = EVENT + ("会议被肯尼亚信息通信部作为主要协调方组织，被东非共同体秘书处和联合国粮食及农业组织共同组织。\n"
                    "3月3日，由联合国粮食及农业组织组织的“数字农业”专题研讨会举行。\n")
    read = {(f["args"]["agent"]["text"], f["args"]["role"] if isinstance(f["args"]["role"], str)
             else f["args"]["role"]["key"], f["args"]["context"]["text"]) for f in facts(text, "role")}
    assert ("联合国粮食及农业组织", "role:co-organiser", "2031年全球连接审查会议") in read
    assert any(a == "联合国粮食及农业组织" and c.endswith("专题研讨会") for a, _, c in read)


def test_a_body_named_in_a_note_on_another_is_no_agent_and_taking_part_in_preparing_co_organises():
    found = roles(EVENT + "会议由肯尼亚信息通信部承办，非洲电信联盟（ATU）、东非共同体秘书处以及国际电信联盟"
                          "（通过其非洲区域办事处）联合组织。")
    assert found >= {("非洲电信联盟", "role:co-organiser"), ("东非共同体秘书处", "role:co-organiser"),
                     ("国际电信联盟", "role:co-organiser")}
    assert not any(agent == "非洲区域办事处" for agent, _ in found)
    assert roles(EVENT + "联合国经济和社会事务部提供秘书处支持，国际电信联盟、联合国信息社会小组参与筹备。") >= {
        ("国际电信联盟", "role:co-organiser"), ("联合国信息社会小组", "role:co-organiser")}


def test_who_holds_an_event_in_cooperation_organises_it_and_those_it_works_with_co_organise():
    assert roles(EVENT + "会议由东非共同体秘书处与约40个联合国机构合作举办。") == {("东非共同体秘书处", "role:organiser")}
    assert roles(EVENT + "会议由内罗毕大学作为主要协调方，并与肯尼亚信息通信部合作举办。") >= {
        ("肯尼亚信息通信部", "role:co-organiser")}
    assert roles(EVENT + "会议由内罗毕大学和肯尼亚信息通信部合作举办。") == {
        ("内罗毕大学", "role:co-organiser"), ("肯尼亚信息通信部", "role:co-organiser")}


def test_a_share_written_before_its_group_counts_the_noun_after_it():
    found = statistics_read(EVENT + "她指出，目前全球约68%的人口已接入互联网，近52%的农村社区仍然没有移动宽带覆盖。"
                                    "已接入互联网的学校约40%。")
    assert found == {("人口", 68, "qualifier:about"), ("农村社区", 52, "qualifier:nearly"),
                     ("接入互联网的学校", 40, "qualifier:about")}  # (a share after its group, as before)


def test_a_sentence_opening_with_a_kind_s_head_noun_speaks_of_the_session_just_reported_held():
    text = ("2031年全球连接审查大会\n\n2031年全球连接审查大会于9月26日在内罗毕开幕，大会将持续至10月14日。\n"
            "会议期间，由东非共同体秘书处组织的数字包容部长级论坛将于28日15时至17时举行。"
            "论坛由肯尼亚信息通信部司长王建国主持。\n")
    found = {(f["args"]["agent"]["text"], f["args"]["context"]["text"]) for f in facts(text, "role")}
    assert found == {("东非共同体秘书处", "数字包容部长级论坛"), ("王建国", "数字包容部长级论坛")}
    assert _session_days(text)["数字包容部长级论坛"] == "2031-09-28"  # the month the conference holds the 28th in


def test_the_year_of_a_plan_dates_nothing():
    text = ("东非数字合作联席会议\n\n东非数字合作联席会议于2031年10月17日至18日在内罗毕举行。\n\n"
            "17日下午，由东非共同体秘书处组织的“弥合数字鸿沟与落实2030年议程”小组讨论举行。\n")
    assert _session_days(text)["弥合数字鸿沟与落实2030年议程小组讨论"] == "2031-10-17"  # not 2030


def test_a_figure_counted_both_ways_counts_all_who_took_part_and_a_plus_after_it_says_more_than():
    found = statistics_read(EVENT + "关键数字\n\n- 420+ 参与者（现场和在线）\n- 300名与会者在线参加\n")
    assert ("measure:participants", 420, "qualifier:more-than") in found
    assert ("measure:online-participants", 300, "qualifier:exact") in found


def test_people_counted_by_how_they_take_part_other_than_attending_are_that_group():
    found = statistics_read(EVENT + "论坛吸引了500多名现场与会者，另有1200多人通过网络直播在线观看。")
    assert ("通过网络直播在线观看", 1200, "qualifier:more-than") in found
    assert not any(value == 1200 and measure == "measure:participants" for measure, value, _ in found)


def test_a_line_opening_with_a_titled_session_speaks_of_it_not_of_the_heading_above():
    text = EVENT + ("\n部长级对话\n\n部长级对话：数字身份与信任，其被组织由内罗毕大学，被举行于3月3日，10:00–12:00（UTC+03:00）。"
                    "该对话被主持由约翰·卡马乌先生（Mr. John Kamau），肯尼亚信息通信部部长。\n")
    contexts = {(f["args"]["agent"]["text"], f["args"]["context"]["text"]) for f in facts(text, "role")}
    assert ("约翰·卡马乌先生（Mr. John Kamau）", "部长级对话：数字身份与信任") in contexts
    assert not any(context == "部长级对话" for _, context in contexts)


def test_a_kind_of_body_ending_in_a_role_word_organises_nothing():
    for words in ("各国政府、肯尼亚通信管理局、国际组织和青年代表出席了会议。", "肯尼亚通信管理局等国际组织出席了会议。",
                  "来自肯尼亚通信管理局和其他国际组织的代表出席。"):
        assert not facts(EVENT + words, "role")


def test_a_session_after_which_another_is_held_is_its_time_and_a_pointed_kind_speaks_of_the_new_one():
    text = EVENT + ("部长级圆桌会议于3月3日10:00举行。\n\n部长级圆桌会议结束后，将于同日15:00–16:00（UTC+03:00）举行后续互动环节"
                    "“青年与连接”。该环节由内罗毕大学组织。\n")
    dated = {f["args"]["session"]["text"]: f["args"]["date"]["text"] for f in facts(text, "session") if f["args"].get("date")}
    assert dated.get("后续互动环节“青年与连接”") == "同日" and "部长级圆桌会议结束" not in str(dated)
    assert {(f["args"]["agent"]["text"], f["args"]["context"]["text"]) for f in facts(text, "role")} == {
        ("内罗毕大学", "后续互动环节“青年与连接”")}


def test_a_showcase_is_a_kind_of_session():
    text = EVENT + "在2031年3月3日，15:00–16:30（UTC+03:00），由内罗毕大学组织的，机器人与农业展示会被举行。"
    sessions = {(f["args"]["session"]["text"], arg_key(f, "type")) for f in facts(text, "session")}
    assert ("机器人与农业展示会", "session-type:exhibition") in sessions


def test_an_office_and_body_set_between_commas_after_a_person_leave_the_person_the_role():
    text = EVENT + "论坛由阁下约翰·卡马乌，部长的肯尼亚信息通信部，担任主席。女士玛丽·瓦姆布伊，副部长的肯尼亚信息通信部，担任副主席。"
    assert roles(text) == {("阁下约翰·卡马乌", "role:chair"), ("女士玛丽·瓦姆布伊", "role:vice-chair")}


def test_numbered_sessions_over_their_fields_are_what_the_fields_and_paragraphs_under_them_speak_of():
    page = ("2031年WSIS论坛于2031年5月12日至16日在日内瓦举行。\n\n"
            "会议一：数字公共基础设施\n日期：2031年5月13日\n组织方：东非共同体秘书处\n联合组织者：内罗毕大学\n\n"
            "会议 2\n主旨演讲与小组讨论：人工智能与健康\n日期：2031年5月14日\n组织者：国际电信联盟\n\n"
            "此会议被开启由一个主旨演讲由 Prof. Adewale Okafor（阿德沃莱·奥卡福教授），首席科学家，内罗毕大学。\n\n"
            "会议 3\n实操讲习班：医学影像\n日期：2031年5月15日\n组织者：肯尼亚信息通信部\n")
    assert contexts(page) == {"东非共同体秘书处": "会议一：数字公共基础设施", "内罗毕大学": "会议一：数字公共基础设施",
                              "国际电信联盟": "主旨演讲与小组讨论：人工智能与健康",
                              "Prof. Adewale Okafor（阿德沃莱·奥卡福教授）": "主旨演讲与小组讨论：人工智能与健康",
                              "肯尼亚信息通信部": "实操讲习班：医学影像"}


def test_a_block_heading_after_a_rule_line_speaks_of_the_page_not_of_a_session_further_down():
    page = ("高级别对话：弥合数字鸿沟\n\n日期：2031年5月16日\n\n——————\nModerator 主持人\n"
            "卡罗琳娜·阿吉雷·萨拉斯博士（Carolina Aguirre Salas），阿根廷圣安德烈斯大学研究员\n\n——————\n"
            "相关会议\n社区连接动态联盟会议\n12月8日 15:00 – 16:30｜组织方：社区连接动态联盟\n")
    assert contexts(page)["卡罗琳娜·阿吉雷·萨拉斯博士（Carolina Aguirre Salas）"] == "高级别对话：弥合数字鸿沟"


def test_the_kind_word_ending_the_reports_event_alone_speaks_of_that_event():
    text = ("贝鲁特，2031年11月12日 — 第九届全球监管机构专题研讨会今天结束在腓尼基洲际酒店，贝鲁特，黎巴嫩。\n\n"
            "研讨会被主持由卡迈勒·谢哈迪博士 (Dr Kamal Shehadi)，主席，黎巴嫩电信监管局。\n")
    roles = {f["args"]["agent"]["text"]: (f["args"]["role"]["key"], f["args"]["context"].get("text"))
             for f in facts(text, "role")}
    assert roles == {"卡迈勒·谢哈迪博士 (Dr Kamal Shehadi)": ("role:chair", "第九届全球监管机构专题研讨会")}


def test_a_programme_item_with_its_date_and_fields_after_a_semicolon_and_a_kind_named_in_a_field():
    page = ("2031年WSIS论坛于2031年5月12日至16日在日内瓦举行。\n\n"
            "- 会议一：危机时期的宽带投资\n  2031年5月13日，16:00-17:30 (UTC+02:00)；组织者：国际电信联盟\n"
            "  主持人：玛丽亚·罗哈斯女士，专员，哥伦比亚通信监管委员会\n\n"
            "1. 边会：社区网络赋能农村女性\n日期：2031年5月14日\n类型：边会\n组织方：内罗毕大学\n")
    assert contexts(page) == {"国际电信联盟": "会议一：危机时期的宽带投资", "玛丽亚·罗哈斯女士": "会议一：危机时期的宽带投资",
                              "内罗毕大学": "边会：社区网络赋能农村女性"}


def test_a_main_session_page_is_that_sessions():
    page = ("首页 > IGF 2031 > 会议日程 > 主要会议\n\n主要会议：WSIS+10审查与论坛的未来\n\n"
            "第十届互联网治理论坛（IGF 2031）\n论坛日期：2031年11月10日至13日\n\n"
            "会议信息\n日期：2031年11月12日\n组织单位：联合国经济和社会事务部\n")
    assert contexts(page) == {"联合国经济和社会事务部": "主要会议：WSIS+10审查与论坛的未来"}


def test_agents_listed_under_a_bare_organiser_word_of_a_session_each_organise_it():
    session = "\n\n研讨会：数字身份与包容\n日期：2031年3月3日\n"
    found = roles(EVENT + session + "组织方：国际电信联盟、联合国儿童基金会\n")
    assert found >= {("国际电信联盟", "role:organiser"), ("联合国儿童基金会", "role:organiser")}
    found = roles(EVENT + session + "本场研讨会由国际电信联盟与联合国儿童基金会共同组织。\n")  # "co-" said
    assert found >= {("国际电信联盟", "role:co-organiser"), ("联合国儿童基金会", "role:co-organiser")}
    found = roles(EVENT + session + "组织方：国际电信联盟\n联合组织方：联合国儿童基金会、内罗毕大学\n")  # beside a lead
    assert ("国际电信联盟", "role:organiser") in found and ("内罗毕大学", "role:co-organiser") in found
    found = roles(EVENT + "本次会议由国际电信联盟和内罗毕大学组织。")  # the report's own event: each organises it
    assert found >= {("国际电信联盟", "role:organiser"), ("内罗毕大学", "role:organiser")}


def test_a_dateline_of_place_and_date_on_its_own_line_places_today():
    text = "新闻稿\n\n全球连接大会在内罗毕开幕 非洲各国共商数字未来\n\n内罗毕，2031年3月2日\n\n2031年全球连接大会今天在内罗毕开幕，会期至3月6日。\n"
    assert [r[2:4] for r in _events_rows(text)] == [("2031-03-02", "2031-03-06")]


def test_an_event_that_closed_over_a_range_of_days_ran_on_those_days():
    rows = _events_rows("2031年全球连接大会于2031年3月2日至4日在内罗毕圆满落幕。\n")
    assert [r[2:4] for r in rows] == [("2031-03-02", "2031-03-04")]


def test_fields_under_a_heading_that_names_the_next_edition_speak_of_it():
    text = ("2031年全球连接大会\n\n日期：2031年3月2日至4日\n地点：肯尼亚内罗毕\n\n十、下一届大会\n\n"
            "时间：2035年\n地点：巴西若昂佩索阿，若昂佩索阿会议中心\n")
    rows = {r[0]: (r[2], r[3], r[5]) for r in _events_rows(text)}
    assert rows["2031年全球连接大会"] == ("2031-03-02", "2031-03-04", "Nairobi")
    assert rows["下一届大会"] == ("2035", "", "若昂佩索阿")  # a city no lexicon knows, after its country in a field


def test_sessions_of_a_kind_are_counted_as_the_text_names_them_unless_it_names_sessions():
    stats = facts(EVENT + "会议期间举办了两场边会和13场Leaders TalkX会议。\n", "statistic")
    read = {(f["args"]["measure"]["text"] if isinstance(f["args"]["measure"], dict) else f["args"]["measure"],
             f["args"]["value"]) for f in stats}
    assert read == {("边会", 2), ("measure:sessions", 13)}


def test_a_card_s_office_line_may_be_a_field_end_with_a_country_note_and_join_two_offices():
    text = EVENT + ("\n主席\n埃内斯托·萨尔迪瓦尔阁下\n职务：萨尔瓦多国家信息社会委员会主席\n国别：萨尔瓦多\n\n"
                    "【发言嘉宾】\n苏雷什·塔帕先生\n尼泊尔通信和信息技术部 秘书（尼泊尔）\n\n"
                    "主持人：奥卢瓦托因·巴卡雷先生，非洲青年科技创业网络创始人兼首席执行官（尼日利亚）\n")
    assert offices(text) >= {("埃内斯托·萨尔迪瓦尔", "主席", "萨尔瓦多国家信息社会委员会"),
                             ("苏雷什·塔帕", "秘书", "尼泊尔通信和信息技术部"),
                             ("奥卢瓦托因·巴卡雷", "创始人", "非洲青年科技创业网络"),
                             ("奥卢瓦托因·巴卡雷", "首席执行官", "非洲青年科技创业网络")}
    assert not [title for _, title, _ in offices(text) if "（" in title or "兼" in title]


def _roles_in(text: str) -> set[tuple[str, str, str]]:
    """(agent as written, role key, context as written) of every role read."""
    x = extract(doc(text))
    return {(f.args["agent"].text, f.args["role"] if isinstance(f.args["role"], str) else f.args["role"].key,
             f.args["context"].text) for f in x.facts if f.kind == "role"}


def test_a_page_title_with_no_kind_over_a_field_giving_its_kind_is_the_page_s_session():
    text = ("2031年东非数字论坛 > 议程 > 3月3日\n\n数字公共产品与开放标准\n\n会议类型：专题研讨会\n"
            "日期：2031年3月3日\n组织方：东非开放数据联盟\n\n主持人：英格丽·霍尔姆女士，东非开放数据联盟秘书长\n")
    found = _roles_in(text)
    assert ("东非开放数据联盟", "role:organiser", "数字公共产品与开放标准") in found
    assert ("英格丽·霍尔姆女士", "role:moderator", "数字公共产品与开放标准") in found
    assert not [r for r in found if r[2] == "2031年东非数字论坛"]


def test_a_numbered_session_s_page_told_in_prose_and_a_dotted_name_after_a_title():
    text = ("2031年东非数字论坛 | 会议详情\n\n第214号会议：人工智能与无障碍\n\n"
            "本次会议将于3月3日下午在内罗毕举行，由全球无障碍信息通信技术倡议（G3ict）牵头组织，联合国教科文组织共同组织。"
            "会议由G3ict主席詹姆斯·撒切尔先生主持。\n")
    found = {(agent, role) for agent, role, _ in _roles_in(text)}
    assert found >= {("全球无障碍信息通信技术倡议", "role:organiser"), ("联合国教科文组织", "role:co-organiser"),
                     ("詹姆斯·撒切尔先生", "role:moderator")}


def test_a_sentence_opening_with_the_event_s_word_speaks_of_it_and_a_lead_body_organises_it():
    text = ("联合国大会本周在纽约召开了为期两天的信息社会世界峰会（WSIS）成果落实情况高级别审议会议。"
            "会议由大会主席菲利蒙·扬主持。会议的筹备工作由联合国经济和社会事务部牵头，国际电联提供支持。\n")
    found = _roles_in(text)
    event = "信息社会世界峰会（WSIS）成果落实情况高级别审议会议"
    assert ("菲利蒙·扬", "role:chair", event) in found
    assert ("联合国经济和社会事务部", "role:organiser", event) in found
    assert not [r for r in found if r[2] == "联合国大会"]


def test_a_report_s_event_named_by_a_kind_with_its_edition_before_it_is_read():
    text = ("新华社曼谷9月25日电 由联合国亚洲及太平洋经济社会委员会和国际电信联盟联合主办的第五届亚太信息社会高级别对话"
            "25日在泰国曼谷开幕。泰国数字经济和社会部部长查猜·披塔亚在开幕式上致辞。\n")
    x = extract(doc(text))
    assert x.main_event is not None and x.main_event.text == "第五届亚太信息社会高级别对话"
    found = {(f.args["agent"].text, f.args["role"] if isinstance(f.args["role"], str) else f.args["role"].key)
             for f in x.facts if f.kind == "role"}
    assert ("国际电信联盟", "role:co-host") in found
    assert ("查猜·披塔亚", "部长", "泰国数字经济和社会部") in offices(text)


def test_a_fact_sheet_s_bulleted_fields_date_the_event_and_count_what_their_labels_name():
    text = ("情况简介：2031年全球连接审查会议\n\n基本信息\n- 会议名称：2031年全球连接审查会议\n- 时间：2031年10月3日至5日\n"
            "- 地点：肯尼亚内罗毕\n\n关键数字\n- 参会国家：47个\n- 与会代表：超过1,100名\n")
    x = extract(doc(text))
    assert not [f for f in x.facts if f.kind == "session"]  # 时间 is a field's label, no session
    assert [f.args["date"].text for f in x.facts if f.kind == "event-time"] == ["2031年10月3日至5日"]
    read = {(f.args["measure"] if isinstance(f.args["measure"], str) else f.args["measure"].text, f.args["value"],
             f.args["qualifier"]) for f in x.facts if f.kind == "statistic"}
    assert read == {("measure:countries", 47, "qualifier:exact"), ("与会代表", 1100, "qualifier:more-than")}


def test_a_field_s_label_names_what_a_bare_people_count_counts_and_a_note_in_brackets_counts_nothing_of_it():
    text = ("2031年全球连接审查会议于2031年10月3日至5日在内罗毕举行。\n\n关键数字\n"
            "参会人数：约1,200人\n部长级代表：15人\n发言人：60位（其中女性28位）\n")
    read = {(f.args["measure"] if isinstance(f.args["measure"], str) else f.args["measure"].text, f.args["value"])
            for f in extract(doc(text)).facts if f.kind == "statistic"}
    assert ("measure:participants", 1200) in read  # 参会人数 says "the number of": 人 says who
    assert ("部长级代表", 15) in read and ("measure:participants", 15) not in read
    assert ("measure:speakers", 60) in read and ("measure:women-share", 60) not in read


def test_a_breakdown_in_brackets_after_a_figure_counts_its_parts_not_the_figure():
    text = ("2031年全球连接审查会议于2031年10月3日至5日在内罗毕举行。\n\n关键数字\n"
            "与会者：2,100余人（现场1,400人，线上700人）\n")
    read = {(f.args["measure"], f.args["value"]) for f in extract(doc(text)).facts if f.kind == "statistic"}
    assert read == {("measure:participants", 2100), ("measure:onsite-participants", 1400),
                    ("measure:online-participants", 700)}


def test_a_number_right_after_a_session_s_kind_numbers_the_session_but_a_date_or_a_count_does_not():
    def sessions(sentence: str) -> set[str]:
        x = extract(doc("2031年WSIS论坛于2031年5月12日至16日在日内瓦举行。\n" + sentence))
        return {f.args["session"].value.get("name") or f.args["session"].text for f in x.facts if f.kind == "session"}
    assert sessions("高级别政策会议3关于“建立信任”发生在5月13日，被主持由先生李明浩。") == {"高级别政策会议3"}
    assert sessions("高级别政策会议 2 发生在5月14日。") == {"高级别政策会议 2"}
    assert sessions("高级别政策会议5月13日举行。") == {"高级别政策会议"}


def test_a_programme_table_headed_with_short_header_words_gives_its_rows_sessions_days_and_roles():
    text = ("2034年东非信息社会论坛于2034年8月20日至22日在达累斯萨拉姆举行。\n\n"
            "| 分会 | 日期 | 组织 | 主持人 |\n| --- | --- | --- | --- |\n"
            "| 数字技能圆桌会议 | 8月21日 | 联合国教科文组织 | 格蕾丝·穆索卡 |\n")
    x = extract(doc(text))
    assert [(f.args["session"].text, f.args["date"].text) for f in x.facts
            if f.kind == "session" and "date" in f.args] == [("数字技能圆桌会议", "8月21日")]
    assert roles(text) == {("联合国教科文组织", "role:organiser"), ("格蕾丝·穆索卡", "role:moderator")}


def test_a_session_s_page_that_names_no_event_is_about_the_session_its_title_line_names():
    text = ("主题研讨会 #214：人工智能时代的数字素养\n\n日期与时间：2033年5月14日（星期三）10:00–11:00\n"
            "组织者：非洲数字素养联盟\n\n发言人\n• 主持人：诺姆沙·德拉米尼女士，非洲数字素养联盟执行主任\n")
    x = extract(doc(text))
    assert x.main_event is not None and x.main_event.text == "主题研讨会 #214：人工智能时代的数字素养"
    assert ("非洲数字素养联盟", "role:organiser") in roles(text)


def test_a_translated_title_line_with_an_event_word_names_the_report_s_event_when_nothing_else_does():
    x = extract(doc("青年峰会关于数字技能\n\n青年峰会关于数字技能发生在2036年4月4日，在基加利，卢旺达，被组织由国际电联。\n"))
    assert x.main_event is not None and x.main_event.value["name"] == "青年峰会关于数字技能"
    assert [f.args["date"].text for f in x.facts if f.kind == "event-time"] == ["2036年4月4日"]
    x = extract(doc("全球论坛的数字合作2036\n\n全球论坛的数字合作2036被举行在内罗毕，肯尼亚，在2036年6月2日。\n"))
    assert x.main_event is not None and x.main_event.value["year"] == "2036"


def test_the_report_s_event_called_by_its_head_word_before_a_role_is_that_event_not_the_last_session():
    text = ("WSIS+20区域审查会议为阿拉伯地区发生了从2034年2月10日至11日在马斯喀特，阿曼。\n\n"
            "开幕会议被地址由张三丰先生，部长，阿曼。\n\n会议的主席是赛义德·马瓦利先生。\n")
    x = extract(doc(text))
    chairs = [f.args["context"].text for f in x.facts if f.kind == "role" and f.args["agent"].text.startswith("赛义德")]
    assert chairs == ["WSIS+20区域审查会议"]


def test_an_event_named_as_a_workshop_of_a_body_or_a_capacity_building_week_is_the_report_s_event():
    x = extract(doc("2031年贸发会议中亚电子商务统计专题讲习班（CA-ECOMSTAT 2031）\n\n"
                    "讲习班于2031年9月13日至16日在阿拉木图举行，由联合国贸易和发展会议组织。\n"))
    assert x.main_event is not None and x.main_event.text == "2031年贸发会议中亚电子商务统计专题讲习班"
    assert [f.args["agent"].text for f in x.facts if f.kind == "role"] == ["联合国贸易和发展会议"]
    x = extract(doc("2031年国际电联-开发署太平洋数字能力建设周于2031年8月5日至9日在苏瓦举行。\n"))
    assert x.main_event is not None and x.main_event.text.endswith("太平洋数字能力建设周")


def test_numbered_modules_are_sessions_and_the_event_s_kind_word_alone_calls_the_event():
    text = ("2031年贸发会议中亚电子商务统计专题讲习班（CA-ECOMSTAT 2031）\n\n"
            "讲习班于2031年9月13日至16日在阿拉木图举行。讲习班的主席是艾格琳·萨德科娃女士。\n"
            "第一单元：企业使用信通技术的核心指标，在2031年9月13日进行。该单元由联合国贸易和发展会议主办。"
            "单元的主持人是帖木儿·别克穆哈梅多夫先生。\n")
    found = _roles_in(text)
    assert ("艾格琳·萨德科娃女士", "role:chair", "讲习班") in found
    assert ("联合国贸易和发展会议", "role:host", "第一单元：企业使用信通技术的核心指标") in found
    x = extract(doc(text))
    chair = next(f for f in x.facts if f.kind == "role" and f.args["agent"].text == "艾格琳·萨德科娃女士")
    assert x.main_event is not None and chair.args["context"].label == "EVENT_REF"  # the workshop itself


def test_an_event_of_two_bodies_joined_by_a_hyphen_and_its_numbered_modules():
    text = ("2031年国际电联-开发署太平洋数字能力建设周于2031年8月5日至9日在苏瓦举行。\n"
            "模块一：小岛屿国家的数字公共基础设施，在2031年8月5日举行，由联合国开发计划署主办。\n")
    x = extract(doc(text))
    assert x.main_event is not None and x.main_event.text == "2031年国际电联-开发署太平洋数字能力建设周"
    assert ("联合国开发计划署", "role:host", "模块一：小岛屿国家的数字公共基础设施") in _roles_in(text)  # 由X主办 said of it


_LISTING = ("2033年西非数字论坛（WADF 2033）\n达喀尔国际会议中心 · 塞内加尔达喀尔\n\n首页 > 议程 > 专题研讨会\n\n"
            "专题研讨会205：农村学校的数字教材——三年试点的经验\n\n4月8日 | 10:00–11:30 | 会议室B\n\n说明\n"
            "本场研讨会将回顾试点学校的做法。\n\n"
            "主办方：几内亚湾教育资源网络（Gulf of Guinea Educational Resources Network）\n"
            "协办方：西非国家经济共同体委员会（ECOWAS Commission Education Department）；"
            "塞内加尔开放学习网络（Senegal Open Learning Network）\n\n"
            "主持人：\n阿玛杜·巴（Amadou Ba）先生，主任，几内亚湾教育资源网络（塞内加尔）\n\n————\n\n"
            "专题研讨会318 — 移动支付与小商户\n\n4月9日 | 14:00–15:30 | 会议室C\n\n背景\n本场研讨会讨论小商户的数字支付。\n\n"
            "主办方：西非小商户联合会（West African Small Traders Federation）\n")


def test_numbered_workshops_listed_on_one_page_keep_their_fields_under_labelled_parts():
    found = _roles_in(_LISTING)
    first = "专题研讨会205：农村学校的数字教材——三年试点的经验"
    assert ("几内亚湾教育资源网络", "role:organiser", first) in found  # 说明 labels a part, not a new section
    assert ("塞内加尔开放学习网络", "role:co-organiser", first) in found  # after a body's long English name and ；
    assert ("西非小商户联合会", "role:organiser", "专题研讨会318 — 移动支付与小商户") in found
    assert not [r for r in found if r[2].startswith("2033年西非数字论坛") and r[1] != "role:moderator"]


def test_a_body_s_english_name_in_brackets_is_no_person_s_name():
    x = extract(doc(_LISTING))
    people = {m.text for m in x.mentions if m.label == "PERSON"}
    assert not [p for p in people if "网络" in p or "联合会" in p]
    assert "几内亚湾教育资源网络" in {m.text for m in x.mentions if m.label == "ORG"}


def test_a_place_line_under_the_page_s_event_places_it_and_its_title_year_dates_it():
    x = extract(doc(_LISTING))
    placed = _of_event(x, "event-place", "2033年西非数字论坛")
    assert placed and {p.text for p in placed[0].args["places_all"]} >= {"塞内加尔", "达喀尔"}
    assert [f.args["date"].value["start"] for f in _of_event(x, "event-time", "2033年西非数字论坛")] == ["2033"]


def _of_event(x, kind: str, name: str) -> list:
    """The facts of a kind about the event or session whose words begin with `name`."""
    return [f for f in x.facts if f.kind == kind and f.args["event"].text.startswith(name)]


_TRANSLATED_SESSIONS = (
    "第三届安第斯数字峰会（ADS 2032）被举行于2032年4月8日至9日，在圣克鲁斯会议中心，城市拉巴斯（La Paz），玻利维亚。\n\n"
    "会议二：农村宽带，在2032年4月8日下午进行，当天14:00至15:30。该会议由玻利维亚通信署主办。\n\n"
    "会议三：电子政务与开放数据，以圆桌会议的形式，于2032年4月9日10:00至11:30被举行。该会议由安第斯开放政府中心主办。"
    "圆桌会议的主席是卡洛斯·门多萨先生，副部长，秘鲁数字政府部。\n\n"
    "闭幕式：通过《拉巴斯数字宣言》，举行于2032年4月9日16:00至17:00。闭幕式由玻利维亚通信署主办。\n\n"
    "宣言将被提交给全球数字审查会议（2033年，日内瓦）的筹备进程。\n")


def test_a_translation_s_sessions_conducted_in_a_format_and_titled_with_a_document():
    x = extract(doc(_TRANSLATED_SESSIONS))
    dated = _dated_sessions(x)
    assert dated.get("会议二：农村宽带") == "2032年4月8日"  # 进行 at the end of its clause reports it held
    assert "闭幕式：通过《拉巴斯数字宣言》" in dated  # a document's title in 《》 stays in the session's
    found = _roles_in(_TRANSLATED_SESSIONS)
    third = "会议三：电子政务与开放数据"
    assert ("安第斯开放政府中心", "role:host", third) in found  # 该会议 after 以圆桌会议的形式
    assert ("卡洛斯·门多萨先生", "role:chair", third) in found  # 圆桌会议 is the session of that format
    assert not [r for r in found if r[2] == "圆桌会议"]


def test_a_year_and_a_place_in_brackets_after_an_event_date_and_place_it():
    x = extract(doc(_TRANSLATED_SESSIONS))
    event = lambda f: f.args["event"].text  # noqa: E731
    assert [f.args["date"].value["start"] for f in x.facts if f.kind == "event-time" and event(f) == "全球数字审查会议"] == ["2033"]
    placed = [f for f in x.facts if f.kind == "event-place" and event(f) == "全球数字审查会议"]
    assert [p.text for p in placed[0].args["places_all"]] == ["日内瓦"]
    main = [f for f in x.facts if f.kind == "event-place" and event(f).startswith("第三届安第斯数字峰会")]
    assert {p.text for p in main[0].args["places_all"]} >= {"拉巴斯", "玻利维亚"}  # 城市 after a venue


_CODED_PAGE = ("2032年南太平洋数字论坛（SPDF 2032）\n\n首页 > 议程 > 分会场 > 分会场C-2\n\n分会场C-2 | 研讨会\n"
               "海底光缆与岛国的韧性\nSubmarine Cables and Island Resilience\n\n会议简介\n\n"
               "本场研讨会将于6月3日14:00至15:30在斐济苏瓦太平洋会议中心举行，讨论岛国的连接。\n\n"
               "主办方：太平洋岛国电信协会（Pacific Islands Telecommunications Association）\n\n协办方：\n"
               "国际电信联盟亚太区域代表处（ITU Regional Office for Asia and the Pacific）\n"
               "南太平洋大学（University of the South Pacific）\n\n东道国：斐济通信部\n")


def test_a_session_page_numbered_by_a_code_and_a_kind_reads_its_fields_as_the_session_s():
    x = extract(doc(_CODED_PAGE))
    assert x.main_event is not None and x.main_event.text == "海底光缆与岛国的韧性"
    found = {(a, r) for a, r, _ in _roles_in(_CODED_PAGE)}
    assert ("太平洋岛国电信协会", "role:organiser") in found  # 主办方 of a session organises it
    assert {("国际电信联盟亚太区域代表处", "role:co-organiser"), ("南太平洋大学", "role:co-organiser")} <= found  # one per line
    assert ("斐济通信部", "role:host") in found  # 东道国 keeps its role
    assert not [f for f in x.facts if f.kind == "statistic" and f.args["value"] == 2]  # C-2 | 研讨会 counts nothing


def test_a_session_page_s_day_takes_its_event_s_year_and_its_place():
    from wsis_graph.resolve import resolve
    resolution = resolve([extract(doc(_CODED_PAGE))])
    times = [f for f in resolution.facts if f.kind == "session" or f.kind == "event-time"]
    assert "2032-06-03" in {f.args["start"].value for f in times if "start" in f.args}
    x = extract(doc(_CODED_PAGE))
    placed = _of_event(x, "event-place", "海底光缆与岛国的韧性")
    assert placed and "苏瓦" in "".join(p.text for p in placed[0].args["places_all"])  # the session's own place
    assert [f.args["date"].value["start"] for f in _of_event(x, "event-time", "2032年南太平洋数字论坛")] == ["2032"]


_SESSIONS_IN_PROSE = (
    "2031年东非数字论坛于2031年3月2日至4日在内罗毕举行，由国际电信联盟主办。\n\n"
    "3日上午，以“数据流动与信任”为主题的小组讨论由肯尼亚信息通信部组织，玛丽·奥蒂诺女士主持。\n\n"
    "3日下午，关于“青年与数字技能”的互动对话举行，由内罗毕大学组织。\n\n"
    "4日，主题为“开放标准”的圆桌会议由东非共同体秘书处主办。\n\n"
    "同日，“数字公共产品”专题讨论会在2号会议厅举行，由坦桑尼亚信息部组织，约翰·卡马乌先生主持。\n\n"
    "3日，在题为“人工智能与就业”的会议上，非洲联盟委员会发布了报告。该会议由非洲开发银行组织。\n")


def test_sessions_titled_in_running_prose_keep_their_organisers_and_their_days():
    x = extract(doc(_SESSIONS_IN_PROSE))
    found = {(f.args["agent"].text, f.args["role"] if isinstance(f.args["role"], str) else f.args["role"].key,
              f.args["context"].value.get("name") or f.args["context"].text) for f in x.facts if f.kind == "role"}
    assert ("肯尼亚信息通信部", "role:organiser", "数据流动与信任") in found  # 以“…”为主题的小组讨论
    assert ("内罗毕大学", "role:organiser", "青年与数字技能") in found  # 关于“…”的互动对话
    assert ("非洲开发银行", "role:organiser", "人工智能与就业") in found  # 题为“…”的会议
    assert ("坦桑尼亚信息部", "role:organiser", "数字公共产品专题讨论会") in found  # a 专题讨论会 is a session
    assert not [r for r in found if r[2] == "东非数字论坛" and r[1] != "role:host"]
    dated = {f.args["session"].value["name"]: f.args["date"].text for f in x.facts if f.kind == "session" and "date" in f.args}
    assert dated.get("开放标准") == "4日" and dated.get("人工智能与就业") == "3日"  # a day opening the sentence


def test_a_counted_day_of_the_event_opening_a_sentence_dates_the_session_named_after_it():
    text = ("2033年南亚信息社会区域审查会议于2033年4月5日至7日在科伦坡举行。\n\n"
            "在区域审查会议的第二天，高级别对话：弥合性别数字鸿沟被组织由南亚数字发展联盟。\n\n"
            "在最后一天的上午，关于《科伦坡成果声明》的多利益攸关方磋商被共同协调由 Aishath Naseem 女士。\n")
    dated = {f.args["session"].text: f.args["date"].value["start"] for f in extract(doc(text)).facts
             if f.kind == "session" and "date" in f.args}
    assert dated == {"高级别对话：弥合性别数字鸿沟": "2033-04-06",  # the meeting named before its day
                     "关于《科伦坡成果声明》的多利益攸关方磋商": "2033-04-07"}  # 的上午 before the comma


_TRANSLATED_SESSION_PAGE = (
    "免责声明：本页面由机器翻译生成，仅供参考。\n\n"
    "2032年信息社会世界峰会论坛：高级别政策会议 3 — 数字信任与网络安全\n\n"
    "该高级别政策会议被举行在2032年5月12日，从10:00到11:30（CEST），在会议室A，国际电联总部，日内瓦。"
    "该会议被组织由国际电信联盟，与互联网协会的合作。会议被主持由安娜·科瓦尔斯基女士（Ms. Anna Kowalski），副部长，数字事务部，波兰。\n")


def test_a_translated_title_line_opening_with_the_event_titles_its_session():
    x = extract(doc(_TRANSLATED_SESSION_PAGE))
    assert x.main_event.text == "高级别政策会议 3 — 数字信任与网络安全"  # the event's name and colon before it
    found = {(a, r) for a, r, _ in _roles_in(_TRANSLATED_SESSION_PAGE)}
    assert ("国际电信联盟", "role:organiser") in found  # 被组织由A，与B的合作: A organises ...
    assert ("互联网协会", "role:co-organiser") in found  # ... in cooperation with B


def test_a_quoted_title_a_body_is_said_to_organise_is_a_session_of_the_event():
    text = (EVENT + "3日上午，由内罗毕大学组织的“最后一公里的连接”吸引了众多与会者。\n"
            "同日，由东非共同体秘书处共同组织的“数字技能与就业”小组讨论举行。\n")
    found = {(a, r, c) for a, r, c in _roles_in(text)}
    assert ("内罗毕大学", "role:organiser", "最后一公里的连接") in found
    assert not [c for _, _, c in found if c == "数字技能与就业"]  # a kind after the quote names the session


_TRANSLATED_LISTING = (
    "【免责声明】本页面由自动翻译工具从英文翻译成中文，如有差异，以英文原文为准。\n\n"
    "2033年南部非洲信息社会世界峰会区域论坛（WSIS Regional Forum for Southern Africa 2033，WSIS-RF SA 2033）"
    "将被举行在3-5 九月 2033，在温得和克，纳米比亚。\n\n"
    "精选会议\n\n"
    "WSIS-RF SA 2033：部长级圆桌会议 2 — 普遍而有意义的连接与区域频谱协调\n\n"
    "这个部长级圆桌会议（Ministerial Roundtable）被举行在星期四，4 九月 2033，从10:00到11:30。"
    "会议被组织由纳米比亚信息和通信技术部。会话被主持由约翰娜·沙尼卡女士，常务秘书，纳米比亚信息和通信技术部。\n\n"
    "WSIS-RF SA 2033：专题轨道 B — 数字技能\n\n"
    "专题轨道 B被举行在星期五，5 九月 2033。该轨道被组织由南部非洲发展共同体秘书处。\n")


def test_a_translated_listing_dates_in_day_month_word_order_and_titles_sessions_by_their_lines():
    events = {r[0]: r[2:4] for r in _events_rows(_TRANSLATED_LISTING)}
    assert events["2033年南部非洲信息社会世界峰会区域论坛"] == ("2033-09-03", "2033-09-05")  # 3-5 九月 2033
    days = _session_days(_TRANSLATED_LISTING)
    # a title line longer than a heading once its event's abbreviation and colon are left out
    assert days.get("部长级圆桌会议 2 — 普遍而有意义的连接与区域频谱协调", "").startswith("2033-09-04")
    assert days.get("专题轨道 B — 数字技能") == "2033-09-05"  # a kind numbered by a letter
    found = _roles_in(_TRANSLATED_LISTING)
    assert ("纳米比亚信息和通信技术部", "role:organiser", "部长级圆桌会议 2 — 普遍而有意义的连接与区域频谱协调") in found
    assert ("约翰娜·沙尼卡女士", "role:moderator", "部长级圆桌会议 2 — 普遍而有意义的连接与区域频谱协调") in found
    assert ("南部非洲发展共同体秘书处", "role:organiser", "专题轨道 B — 数字技能") in found
    assert not [c for _, _, c in found if c.startswith("个")]  # 这个…会议: a pointing word opens no name


def test_a_session_titled_after_its_event_s_abbreviation_is_also_named_by_the_whole_line():
    from wsis_graph.resolve import resolve
    entities = resolve([extract(doc(_TRANSLATED_LISTING))]).entities
    names = {n for e in (entities.values() if isinstance(entities, dict) else entities)
             for n in e.alt_labels.get("zh", [])}
    assert "WSIS-RF SA 2033：专题轨道 B — 数字技能" in names


_NEWS_OF_SESSIONS = (
    "东非区域信息社会论坛在坎帕拉闭幕\n\n"
    "新华社坎帕拉6月12日电  为期三天的第二届信息社会世界峰会东非区域论坛今天在乌干达首都坎帕拉闭幕。\n\n"
    "11日上午，由东非农村宽带协会组织的“村村通网”吸引了众多与会者。来自卢旺达的该协会主任伊曼纽尔·哈基齐马纳担任主持。\n\n"
    "今天上午，坎帕拉高等信息技术学院组织了“数字身份与普惠金融”，东非金融科技网络组织了“跨境支付的信任”。\n")


def test_a_news_item_s_sessions_keep_their_organisers_and_moderators():
    found = _roles_in(_NEWS_OF_SESSIONS)
    # the sentence after a titled session goes on about it
    assert ("伊曼纽尔·哈基齐马纳", "role:moderator", "村村通网") in found
    assert ("坎帕拉高等信息技术学院", "role:organiser", "数字身份与普惠金融") in found  # 高等 is a word of the name
    assert ("东非金融科技网络", "role:organiser", "跨境支付的信任") in found  # 组织了 is the verb; its subject a body
    today = [m.value["start"] for m in extract(doc(_NEWS_OF_SESSIONS)).mentions if m.text == "今天"]
    assert today == ["--06-12", "--06-12"]  # 今天 is the dateline's day, never a day told of before it


def test_a_headline_naming_the_event_with_words_left_out_and_moved_is_that_event():
    x = extract(doc(_NEWS_OF_SESSIONS))
    names = {m.value.get("name") for m in x.mentions if m.label == "EVENT" and m.start < 20}
    assert names == {"第二届信息社会世界峰会东非区域论坛"}  # the headline's 东非区域信息社会论坛


def test_a_machine_translation_s_sessions_called_hui_hua_are_sessions_of_their_kind():
    text = EVENT + "开幕全体会话被举行在3月2日上午。平行会话 3被主持由约翰·卡马乌先生。\n"
    kinds = {m.text: m.key for m in extract(doc(text)).mentions if m.label == "SESSION_TYPE"}
    assert kinds.get("开幕全体会话") == "session-type:opening-plenary"
    assert kinds.get("平行会话 3") == "session-type:parallel-session"  # its number is in its name


def test_an_event_named_in_quotes_is_also_named_with_its_quotes():
    from wsis_graph.resolve import resolve
    text = "“数字合作与互信高级别对话会”于2031年3月2日在内罗毕举行，由国际电信联盟主办。\n"
    entities = resolve([extract(doc(text))]).entities
    names = {n for e in (entities.values() if isinstance(entities, dict) else entities)
             for n in [e.labels.get("zh"), *e.alt_labels.get("zh", [])]}
    assert {"数字合作与互信高级别对话会", "“数字合作与互信高级别对话会”"} <= names


def test_bodies_each_named_with_its_head_are_one_list():
    found = roles(EVENT + "会议由东非共同体秘书处主席、内罗毕大学主席共同组织。")
    assert found >= {("东非共同体秘书处", "role:co-organiser"), ("内罗毕大学", "role:co-organiser")}
    found = roles(EVENT + "会议由国际电信联盟与内罗毕大学联合组织，在世界银行的合作下。")
    assert ("世界银行", "role:co-organiser") not in found  # a body only worked with after a comma


def test_other_organisations_organising_with_a_body_make_it_a_co_organiser():
    assert roles(EVENT + "会议由国际电联和其它组织共同组织。") == {("国际电联", "role:co-organiser")}
    assert roles(EVENT + "国际电联与这些组织共同组织了会议。") == {("国际电联", "role:co-organiser")}


def test_a_name_written_another_way_is_the_body_its_bracketed_abbreviation_names():
    read = {(f["args"]["agent"]["text"], f["args"]["agent"].get("key"), arg_key(f, "role"))
            for f in facts(EVENT + "会议由联合国发展规划署（UNDP）主办。", "role")}
    assert read == {("联合国发展规划署", "org:undp", "role:host")}  # one host: the abbreviation in brackets is no second agent


def test_a_slash_inside_a_chinese_name_joins_its_words():
    found = roles(EVENT + "国际电信联盟与联合国教育/科学及文化组织共同组织了本次会议。")
    assert ("联合国教育/科学及文化组织", "role:co-organiser") in found


def test_a_comma_between_bodies_each_with_its_head_goes_on_with_the_list():
    found = roles(EVENT + "王建国与联合国教育/科学及文化组织(UNESCO)主席,联合国贸易和发展会议(UNCTAD)主席以及"
                          "联合国开发计划署(UNDP)主席共同组织了会议。")
    assert {agent for agent, role in found if role == "role:co-organiser"} >= {
        "联合国教育/科学及文化组织", "联合国贸易和发展会议", "联合国开发计划署"}
    found = roles(EVENT + "会议由国际电联主办，教科文组织和内罗毕大学共同组织。")  # a verb before the comma ends the list
    assert ("国际电联", "role:host") in found and ("国际电联", "role:co-organiser") not in found


def test_a_verb_before_organise_makes_it_the_verb_not_a_body():
    found = roles(EVENT + "本届会议由东非共同体秘书处以区域秘书处的身份负责组织，内罗毕大学作为东道方承办。")
    assert ("东非共同体秘书处", "role:organiser") in found
    assert not [agent for agent, _ in found if agent.endswith("负责组织")]
    found = roles(EVENT + "本届会议由肯尼亚信息通信部作为东非共同体秘书处所属机构负责组织。")
    assert found == {("肯尼亚信息通信部", "role:organiser")}  # the body it is described as is no agent


def test_a_session_counted_by_its_ordinal_is_what_its_sentence_speaks_of():
    text = EVENT + "第二场小组讨论题为“社区网络与最后一公里”，于3月3日上午举行，由泛非社区网络联盟组织。"
    read = [f for f in facts(text, "role") if f["args"]["agent"]["text"] == "泛非社区网络联盟"]
    assert [f["args"]["context"]["text"] for f in read] == ["社区网络与最后一公里"]


def test_officers_elected_in_a_long_list_and_named_by_their_office_are_the_event_s():
    text = (EVENT + "开幕会议选举肯尼亚常驻联合国日内瓦办事处代表团副常驻代表万吉鲁·奥蒂诺和突尼斯数字主权与通信部"
            "司长赛义达·本·萨利赫为副主席。\n\n在3月2日下午举行的互动对话中，与会者交换了意见。对话由副主席万吉鲁·奥蒂诺主持。")
    read = {(f["args"]["agent"]["text"], arg_key(f, "role"), f["args"]["context"].get("text") if isinstance(
        f["args"]["context"], dict) else f["args"]["context"]) for f in facts(text, "role")}
    vice = {(agent, ctx) for agent, role, ctx in read if role == "role:vice-chair"}
    assert {agent for agent, _ in vice} == {"万吉鲁·奥蒂诺", "赛义达·本·萨利赫"}
    assert not [ctx for _, ctx in vice if ctx and "对话" in ctx]  # the office is the event's
    assert ("万吉鲁·奥蒂诺", "role:moderator", "互动对话") in read


def test_co_conveners_co_host_the_report_s_event_and_co_organise_its_sessions():
    found = roles(EVENT + "会议由国际电信联盟组织，与内罗毕大学共同召集。")
    assert ("内罗毕大学", "role:co-host") in found  # (writers read it both ways; measured, co-host generalises)
    found = roles(EVENT + "部长级圆桌会议：数字身份于3日举行，由内罗毕大学与东非共同体秘书处共同召集。")
    assert ("内罗毕大学", "role:co-organiser") in found


def test_a_session_titled_by_its_kind_and_quotes_is_called_by_its_title():
    session = ("研讨会：“让每个村庄都有数字导师”\n\n时间：2031年3月3日 10:30–11:45\n"
               "组织方：东非青年数字学院（主办）；西非女性技术人员网络（协办）\n\n"
               "会议由西非女性技术人员网络协调人阿达泽·奥卡福女士主持。\n")
    x = extract(doc(EVENT + "\n" + session + "\n研讨会：“数字导师的培训”\n\n时间：2031年3月3日 13:30–14:45\n"))
    chaired = next(f.args["context"] for f in x.facts if f.kind == "role" and f.args["agent"].text == "阿达泽·奥卡福女士")
    assert chaired.text == "研讨会：“让每个村庄都有数字导师”"  # 会议 under the session's heading: that session
    assert chaired.value["title"] == "让每个村庄都有数字导师"
    (page,) = [f.args["context"] for f in extract(doc("2031年东非数字论坛\n\n" + session)).facts
               if f.kind == "role" and f.args["agent"].text == "阿达泽·奥卡福女士"]
    assert page.value["alt_zh"] == ["让每个村庄都有数字导师"]  # the page's own session


def test_a_machine_translation_s_session_headings_and_day_month_year_dates():
    text = EVENT + ("\n组织者\n\n会议被主办和组织由卢旺达信息社会署，作为东道主机构。\n\n会话\n\n"
                    "会话1：开幕会话——二十年回顾\n星期二，15 10月 2024\n开幕会话被打开由会议主席。\n")
    (session,) = facts(text, "session")
    assert session["args"]["session"]["text"] == "会话1：开幕会话——二十年回顾"
    assert session["args"]["date"]["value"]["start"] == "2024-10-15"  # under its heading, after the weekday
    assert {("卢旺达信息社会署", "role:host"), ("卢旺达信息社会署", "role:organiser")} <= roles(text)


def test_a_session_named_by_what_it_is_about_without_quotes():
    text = EVENT + "在3月3日下午举行的关于弥合数字鸿沟、实现普遍连接的互动对话中，与会者交换了意见。对话由副主席万吉鲁·奥蒂诺主持。\n"
    x = extract(doc(text))
    (moderated,) = [f.args["context"] for f in x.facts if f.kind == "role" and f.args["agent"].text == "万吉鲁·奥蒂诺"
                    and f.args["role"] == "role:moderator"]
    assert moderated.value["name"] == "关于弥合数字鸿沟、实现普遍连接的互动对话"


def contexts_of(text: str, agent: str) -> set[str]:
    return {f["args"]["context"]["text"] for f in facts(text, "role") if f["args"]["agent"]["text"].startswith(agent)}


def test_a_numbered_session_named_again_with_its_title_is_that_session():
    text = (EVENT + "内罗毕大学共同组织了会话3，即会话3：社区电信中心与本地内容研讨会。\n\n"
            "会话3：社区电信中心与本地内容研讨会\n研讨会被主持由约翰·卡马乌先生。\n")
    assert contexts_of(text, "内罗毕大学") == {"会话3：社区电信中心与本地内容研讨会"}
    # a kind word under the heading of a session of no kind (会话3) speaks of that session
    assert contexts_of(text, "约翰·卡马乌") == {"会话3：社区电信中心与本地内容研讨会"}


def test_a_name_holding_a_word_that_opens_with_ben_is_not_cut_there():
    text = EVENT + "3月3日，东非电子政务网络组织了本地内容研讨会，约翰·卡马乌先生担任主持人。本次研讨会吸引了许多与会者。"
    assert contexts_of(text, "东非电子政务网络") == {"本地内容研讨会"}


def test_a_translation_s_semicolon_and_joins_the_last_of_a_list_with_appositions():
    text = (EVENT + "研讨会：数字身份与包容\n研讨会被共同促进由两位共同促进者：阿米娜·朱马女士，区域协调员，"
            "内罗毕大学，坦桑尼亚；和鲁伊·马塔维莱先生，高级顾问，马普托电子治理中心，莫桑比克。\n")
    found = roles(text)
    assert {("阿米娜·朱马女士", "role:co-facilitator"), ("鲁伊·马塔维莱先生", "role:co-facilitator")} <= found
    partners = (EVENT + "会议的合作伙伴包括：匈牙利创新和技术部，作为白金合作伙伴；以及内罗毕大学，作为支持合作伙伴。")
    tiers = tiers_of(partners)
    assert tiers == {"匈牙利创新和技术部": "tier:platinum-partner", "内罗毕大学": "tier:supporting-partner"}


def test_days_counted_in_the_event_date_its_sessions():
    text = ("东非数字审查会议于2031年3月2日至4日在内罗毕举行。\n开幕会议于会议第一天上午举行。"
            "部长级圆桌会议于同日下午举行。高级别政策会议于次日上午举行。闭幕会议于会议最后一天下午举行。"
            "专题会议于次日举行。\n")
    days = _days(extract(doc(text)))
    assert days["会议第一天"] == days["同日"] == "2031-03-02"
    assert days["会议最后一天"] == "2031-03-04"
    dated = {f.args["session"].text: f.args["date"].value["start"] for f in extract(doc(text)).facts
             if f.kind == "session" and "date" in f.args}
    assert dated["高级别政策会议"] == "2031-03-03"
    assert dated["专题会议"] == "2031-03-04"  # the day after the last day, never past the event's end
    assert not [m for m in extract(doc("开幕会议于会议第一天上午举行。次日闭幕。\n")).mentions if m.label == "DATE"]


def test_the_day_after_a_day_written_without_its_year_has_no_year_either():
    """11月6日 … 次日: the 7th of the text's year, never of the year days are counted in (2000)."""
    text = ("区域审查会议于2027年11月5日至7日在曼谷举行。\n11月6日，会议举行圆桌会议。"
            "次日上午，会议举行闭幕全体会议。\n")
    days = {m.text: m.value for m in extract(doc(text)).mentions if m.label == "DATE"}
    assert days["次日"]["start"] == "--11-07" and days["次日"]["precision"] == "day-no-year"
    dated = {f.args["session"].text: f.args["date"].value["start"] for f in extract(doc(text)).facts
             if f.kind == "session" and "date" in f.args}
    assert not any(v.startswith("2000") for v in dated.values())


def test_a_venue_named_after_a_person_and_the_city_its_sentence_named():
    text = "阿拉伯区域审查会议于2028年3月7日至8日在约旦死海侯赛因·本·塔拉勒国王会议中心举行。\n"
    places = {m.text: m.label for m in extract(doc(text)).mentions if m.label in ("PLACE", "PERSON", "COUNTRY")}
    assert places == {"约旦": "COUNTRY", "死海": "PLACE", "侯赛因·本·塔拉勒国王会议中心": "PLACE"}
    text = ("在2025年6月10日，在圣地亚哥，智利，拉美区域审查会议2025被举行于劳尔·普雷维什会议厅。\n"
            "信息社会世界峰会被举行在两个阶段，在日内瓦（2003年）和在突尼斯（2005年）。\n")
    (place,) = [f for f in extract(doc(text)).facts if f.kind == "event-place" and f.args["event"].text.startswith("拉美")]
    assert place.args["places_all"][-1].text == "劳尔·普雷维什会议厅"
    assert place.args["places_all"][-1].value["within"] == "place:santiago"


def test_editions_of_a_series_and_a_length_counted_back_from_the_last_day():
    text = ("第三届南方数字峰会在瓦尔帕莱索闭幕\n\n智利瓦尔帕莱索，2031年10月9日——为期三天的第三届南方数字峰会今天在"
            "智利瓦尔帕莱索港湾会议中心闭幕。\n首届南方数字峰会于2027年9月20日在乌拉圭蒙得维的亚举行，"
            "第二届峰会于2029年11月12日在葡萄牙里斯本举行。2005年11月16日在突尼斯举行的信息社会世界峰会突尼斯阶段通过了议程。\n")
    x = extract(doc(text))
    names = {m.value.get("name") for m in x.mentions if m.label == "EVENT" and not m.key}
    assert {"首届南方数字峰会", "第二届南方数字峰会", "第三届南方数字峰会"} <= names
    (ends,) = [f for f in x.facts if f.kind == "event-time" and "end_date" in f.args]
    assert ends.args["end_date"].value["duration_days"] == 3  # the resolver counts back to the 7th
    (venue,) = [f.args["places_all"][-1] for f in x.facts if f.kind == "event-place" and "南方" in f.args["event"].text
                and "港湾" in f.args["places_all"][-1].text]
    assert venue.value["within_place"]["name"] == "瓦尔帕莱索"
    (tunis,) = [f for f in x.facts if f.kind == "event-place" and f.args["event"].key == "event:wsis-tunis-phase"]
    assert [p.key for p in tunis.args["places_all"]] == ["place:tunis"]  # the city of that name, in Tunisia


def test_a_bureau_is_no_chair_and_a_list_widens_a_role_a_rule_read_for_one():
    text = (EVENT + "会议由肯尼亚信息通信部部长约翰·卡马乌先生担任主席。主席团其他成员为：摩洛哥数字化转型部秘书长"
            "法蒂玛·本努纳女士和阿曼交通、通信和信息技术部次大臣赛义夫·哈尔西阁下担任副主席。\n")
    found = roles(text)
    assert {("法蒂玛·本努纳女士", "role:vice-chair"), ("赛义夫·哈尔西阁下", "role:vice-chair")} <= found
    assert not {a for a, r in found if r == "role:chair"} - {"约翰·卡马乌先生"}


def test_a_translation_s_english_labels_and_the_meeting_pointed_at_under_a_session_s_heading():
    text = (EVENT + "会议由肯尼亚信息通信部主办。\n\n高级别政策会议1：普遍连接\nRoom: 会议室1\n\n"
            "部长级圆桌会议：“弥合最后一公里”\nRoom: 会议室3\nModerator: 露西娅·费雷拉女士（Ms. Lucía Ferreyra），"
            "项目总监，珊瑚桥基金会（阿根廷）\n\n在第二天下午，该会议由夸梅·阿杰伊-邦苏先生担任主席（Chair）。\n")
    read = {(f["args"]["agent"]["text"], f["args"]["context"]["text"]) for f in facts(text, "role")}
    assert ("露西娅·费雷拉女士（Ms. Lucía Ferreyra）", "部长级圆桌会议：“弥合最后一公里”") in read
    assert ("夸梅·阿杰伊-邦苏先生", "部长级圆桌会议：“弥合最后一公里”") in read  # 该会议 is the heading's session
    assert not [c for a, c in read if c.startswith("2031年") and ("夸梅" in a or "露西娅" in a)]
    glossed = extract(doc(EVENT + "主持人 Moderator\n申惠媛博士\n\nModerator 主持人\n卡罗琳娜·萨拉斯博士\n"))
    assert [m.text for m in glossed.mentions if m.label == "ROLE"] == ["主持人", "主持人"]


def test_tier_fields_name_their_bodies_and_appositions_keep_their_offices():
    text = (EVENT + "赞助商\n• 铂金赞助商（Platinum Sponsor）：北极星网络公司\n• 银牌赞助商（Silver Sponsor）：萨凡纳移动通信\n"
            "白金合作伙伴：沙特阿拉伯通信、空间和技术委员会\n")
    tiers = tiers_of(text)
    assert tiers == {"北极星网络公司": "tier:platinum-partner", "萨凡纳移动通信": "tier:silver-partner",
                     "沙特阿拉伯通信、空间和技术委员会": "tier:platinum-partner"}
    text = (EVENT + "Moderator: 西奥内·图普-拉图先生（Mr. Sione Tupou-Latu），青年项目协调员，信息社会行动全球联盟（汤加）\n"
            "发言人：林田智子教授（Prof. Tomoko Hayashida），理事，珊瑚桥基金会（日本）\n")
    posts = {f["args"]["person"]["text"][:4]: f["args"]["title"]["text"] for f in facts(text, "post")}
    assert posts == {"西奥内·": "青年项目协调员", "林田智子": "理事"}


def test_a_programme_s_day_heading_dates_the_sessions_titled_under_it():
    text = (EVENT + "会议由肯尼亚信息通信部主办。\n\n第1天 — 星期一，2 3月 2031\n\n10:00–11:30（UTC+03:00）\n"
            "高级别政策会议1：普遍连接\n房间：会议室1\n主持人：约翰·卡马乌先生\n\n"
            "第2天 — 星期二，3 3月 2031\n\n14:00–15:30（UTC+03:00）\n部长级圆桌会议：最后一公里\n房间：会议室3\n"
            "主席：玛丽·万布伊女士\n")
    days = {f.args["session"].text: f.args["date"].value["start"] for f in extract(doc(text)).facts
            if f.kind == "session" and f.rule == "zh.session.under-its-day"}
    assert days == {"高级别政策会议1：普遍连接": "2031-03-02", "部长级圆桌会议：最后一公里": "2031-03-03"}


def test_numbered_timed_programme_lines_with_fields_after_a_dash_title_their_sessions_under_their_day():
    text = (EVENT + "日程 Programme\n第一天 Day 1 — 3月2日（星期一）Monday\n"
            "1. 09:30–10:30 开幕式 Opening Ceremony — 主持 Moderator：约翰·卡马乌 John Kamau（东非数字联盟主席）\n"
            "2. 11:00–12:30 高级别对话：青年与就业 High-Level Dialogue: Youth and Jobs — 主持 Moderator：玛丽·万布伊 Mary Wambui（东非数字联盟秘书长）\n"
            "第二天 Day 2 — 3月3日（星期二）Tuesday\n"
            "3. 10:00–11:30 青年创新展示 Youth Innovation Showcase — 主持 Moderator：彼得·奥乔 Peter Ocho（内罗毕大学讲师）\n"
            "4. 15:00–16:00 闭幕式暨《内罗毕宣言》发布 Closing Ceremony and Launch of the Nairobi Declaration — 主持 Moderator：约翰·卡马乌 John Kamau\n"
            "5. 16:00–17:00 专题会议一：教师数字能力 Thematic Session 1: Teacher Skills — 主持 Moderator：彼得·奥乔 Peter Ocho\n")
    sessions = {f["args"]["session"]["text"]: f["args"]["date"]["text"] for f in facts(text, "session") if "date" in f["args"]}
    assert sessions == {"开幕式": "3月2日", "高级别对话：青年与就业": "3月2日", "青年创新展示": "3月3日",
                        "闭幕式暨《内罗毕宣言》发布": "3月3日", "专题会议一：教师数字能力": "3月3日"}  # (the day heading dates no item above it)
    moderated = {(f["args"]["agent"]["text"], f["args"]["context"]["text"]) for f in facts(text, "role")}
    assert moderated >= {("约翰·卡马乌", "开幕式"), ("玛丽·万布伊", "高级别对话：青年与就业"), ("彼得·奥乔", "青年创新展示"),
                         ("约翰·卡马乌", "闭幕式暨《内罗毕宣言》发布")}
    assert ("彼得·奥乔", "专题会议一：教师数字能力") in moderated  # a kind numbered in Chinese before its title


def test_a_fact_sheet_programme_by_enumerated_days_and_parts_of_the_day_and_its_list_of_people():
    text = ("2031年东非数字治理对话\n\n（一）会议时间：2031年3月2日至3日\n\n三、议程\n\n（一）3月2日（星期一）\n\n"
            "上午 开幕式暨部长级全体会议\n主持：约翰·卡马乌，肯尼亚信息通信部部长\n主旨演讲：玛丽·万布伊，东非共同体秘书长\n\n"
            "下午 分论坛一：数字公共基础设施\n主持：彼得·奥乔，内罗毕大学教授\n\n（二）3月3日（星期二）\n\n"
            "上午 分论坛二：人工智能治理\n共同主持：格蕾丝·奥蒂诺，东非数字联盟主任\n\n四、主要人员\n\n"
            "约翰·卡马乌（部长，肯尼亚信息通信部）——开幕式主持人\n格蕾丝·奥蒂诺（主任，东非数字联盟）——分论坛二共同主持人\n")
    x = extract(doc(text))
    dated = _dated_sessions(x)
    assert dated == {"开幕式暨部长级全体会议": "3月2日", "分论坛一：数字公共基础设施": "3月2日", "分论坛二：人工智能治理": "3月3日"}
    contexts = {(f.args["agent"].text, f.args["context"].text) for f in x.facts if f.kind == "role"}
    assert ("玛丽·万布伊", "开幕式暨部长级全体会议") in contexts  # the keynote of a session the programme tells of
    assert ("格蕾丝·奥蒂诺", "分论坛二：人工智能治理") in contexts  # 分论坛二 is the session so numbered
    assert not [c for _, c in contexts if c.startswith(("——", "上午", "下午"))]


def test_a_hyphen_joins_the_words_of_a_body_s_name_and_editors_and_founders_hold_offices():
    found = roles(EVENT + "会议由太平洋-安第斯数字联盟组织，主编梅赫梅特·卡拉汉主持。")
    assert ("太平洋-安第斯数字联盟", "role:organiser") in found
    assert {a for a, _ in found if "卡拉汉" in a} == {"梅赫梅特·卡拉汉"}
    bodies = [m.text for m in extract(doc(EVENT + "国际电联-开发署太平洋数字能力建设周开幕。")).mentions if m.label == "ORG"]
    assert bodies == ["国际电联", "开发署"]  # two known bodies stay two


def test_a_tier_s_body_may_open_with_its_country_and_city_and_end_with_its_english_name():
    text = (EVENT + "Supporting Partner 支持伙伴：开放社会基金会信息项目 Open Society Foundations, Information Program\n"
            "Contributing Partner 贡献伙伴：巴西圣保罗州研究基金会 São Paulo Research Foundation (FAPESP)\n")
    tiers = tiers_of(text)
    assert tiers == {"开放社会基金会信息项目": "tier:supporting-partner", "巴西圣保罗州研究基金会": "tier:contributing-partner"}


def test_an_ocean_is_no_country_and_an_event_s_name_may_run_long():
    text = ("2031年印度洋沿岸及南部非洲国家信息社会世界峰会行动方针落实情况高级别区域审查会议（WSIS-RRM IORSA 2031）"
            "被举行从2031年3月18日至2031年3月20日。\n")
    mentions = [(m.label, m.text) for m in extract(doc(text)).mentions]
    assert ("EVENT", "2031年印度洋沿岸及南部非洲国家信息社会世界峰会行动方针落实情况高级别区域审查会议") in mentions
    assert not [t for label, t in mentions if label == "COUNTRY"]


def test_a_session_title_with_its_english_line_under_it_heads_its_fields():
    text = (EVENT + "会议由肯尼亚信息通信部主办。\n\n会议的各场会议\n\n1. 开幕仪式和高级别部长圆桌关于有意义的连通性\n"
            "（Opening Ceremony and High-Level Ministerial Roundtable on Meaningful Connectivity）\n"
            "日期：2 3月 2031 | 时间：09:30–12:30 | 地点：猴面包树厅\n组织者：内罗毕大学\n")
    (read,) = [f for f in extract(doc(text)).facts if f.kind == "role" and f.args["agent"].text == "内罗毕大学"]
    assert read.args["context"].text == "开幕仪式和高级别部长圆桌关于有意义的连通性"
    assert read.args["context"].value["en"].startswith("Opening Ceremony and High-Level")


def test_a_date_field_under_a_session_heading_with_a_long_english_name_dates_that_session():
    text = (EVENT + "会议由肯尼亚信息通信部主办。\n\n突出显示的会议\n\n"
            "1. 部长级小组关于弹性海底电缆连通性为东非沿海国家（Ministerial Panel on Resilient Submarine "
            "Cable Connectivity for East African Coastal States）\n日期/时间：2031年3月2日，09:30–11:00\n"
            "组织者：内罗毕大学\n")
    x = extract(doc(text))
    (role,) = [f for f in x.facts if f.kind == "role" and f.args["agent"].text == "内罗毕大学"]
    assert role.args["context"].text == "部长级小组关于弹性海底电缆连通性为东非沿海国家"
    dated = [f for f in x.facts if f.kind in ("session", "event-time") and f.args.get("date") is not None
             and getattr(f.args.get("session") or f.args.get("event"), "text", "") == role.args["context"].text]
    assert [f.args["date"].value["start"] for f in dated] == ["2031-03-02"]


def test_a_date_field_under_a_title_its_english_name_and_a_blank_line_dates_that_title():
    """部长级圆桌会议 1：… / (Ministerial Round Table 1: …) / blank / 日期和时间：星期二，18 五月 2032，…:
    the title's English name in brackets under it and a weekday opening the field's value are no
    obstacle; the field dates the session the title names."""
    text = ("关于论坛\n\n" + EVENT + "会议被组织由肯尼亚信息通信部。\n\n部长级圆桌会议 1：为农村社区的有意义的连接\n"
            "(Ministerial Round Table 1: Meaningful Connectivity for Rural Communities)\n\n"
            "日期和时间：星期二，3 三月 2031，10:00 – 11:30\n组织者：内罗毕大学\n\n部长级圆桌会议 2：数据治理\n"
            "(Ministerial Round Table 2: Data Governance)\n\n日期和时间：星期三，4 三月 2031，10:00 – 11:30\n组织者：东非共同体秘书处\n")
    x = extract(doc(text))
    dated = {getattr(f.args.get("session") or f.args.get("event"), "text", ""): f.args["date"].value["start"]
             for f in x.facts if f.kind in ("session", "event-time") and f.args.get("date") is not None}
    assert dated.get("部长级圆桌会议 1：为农村社区的有意义的连接") == "2031-03-03"
    assert dated.get("部长级圆桌会议 2：数据治理") == "2031-03-04"


def test_a_programme_slot_s_title_heads_its_fields_whatever_words_it_is_written_in():
    """A time line, then a title with no kind word (in English with a gloss in brackets, in quotes,
    named by its action line, opening with a year), then fields: each title is a session."""
    page = ("2031年东非数字论坛于2031年3月2日在内罗毕举行。\n\n————\n\n"
            "11:00–12:30\n行动方针C7：电子卫生——人工智能辅助的基层诊疗\nAction Line C7: E-health\n\n"
            "时间：11:00–12:30\n组织方：世界卫生组织\n\n————\n\n"
            "13:30–14:15\nLeave No Farmer Offline\n（不让一位农民掉线）\n\n时间：13:30–14:15\n组织方：内罗毕大学\n\n————\n\n"
            "14:30–15:45\n“乡村连接的最后一公里”\nThe Last Mile of Rural Connectivity\n\n时间：14:30–15:45\n组织方：肯尼亚信息通信部\n\n————\n\n"
            "17:15–18:00\n2031年数字健康创新挑战赛启动仪式\n\n时间：17:15–18:00\n组织方：东非共同体秘书处\n")
    assert _role_contexts(page).items() >= {"世界卫生组织": "行动方针C7：电子卫生——人工智能辅助的基层诊疗",
                                            "内罗毕大学": "Leave No Farmer Offline", "肯尼亚信息通信部": "乡村连接的最后一公里",
                                            "东非共同体秘书处": "2031年数字健康创新挑战赛启动仪式"}.items()


def _role_contexts(page: str) -> dict[str, str]:
    """Who takes a role on a page under EVENT, and the context of that role, by their words."""
    return {f.args["agent"].text: f.args["context"].text for f in extract(doc(EVENT + page)).facts if f.kind == "role"}


def test_a_chair_s_summary_s_headings_title_the_sessions_its_paragraphs_point_at():
    """Headings over numbered paragraphs: a long name before its kind, a list of topics in it, or
    no kind at all when the paragraph under it opens with 该场会议."""
    page = ("2031年东非数字论坛于2031年3月2日在内罗毕举行。\n\n三、各场会议讨论情况\n\n"
            "行动方针C3：获取信息和知识\n\n14. 该场会议于3月2日上午举行，由内罗毕大学组织。\n\n"
            "妇女和青年数字技能与创业区域研讨会\n\n15. 区域研讨会于3月2日下午举行，由东非共同体秘书处组织。\n\n"
            "网络安全、信任与跨境数据流动分论坛\n\n16. 分论坛于3月3日举行，由肯尼亚信息通信部组织。\n")
    assert _role_contexts(page).items() >= {"内罗毕大学": "行动方针C3：获取信息和知识",
                                            "东非共同体秘书处": "妇女和青年数字技能与创业区域研讨会",
                                            "肯尼亚信息通信部": "网络安全、信任与跨境数据流动分论坛"}.items()


def test_a_short_name_then_the_verb_organise_is_the_body_and_the_verb():
    text = EVENT + "会议由非洲电信联盟（非洲电联）承办。分论坛由非洲电联组织，联合国开发计划署协办。\n"
    organisers = {f.args["agent"].text for f in extract(doc(text)).facts if f.kind == "role"}
    assert "非洲电联" in organisers and "非洲电联组织" not in organisers


def test_a_machine_translation_s_session_titles_keep_english_order_kind_before_topic():
    """Roundtable on …, Interactive panel on …, Opening ministerial segment: … as machine
    translations render them: each heading over its date and fields titles one session."""
    page = ("2031年数字发展对话于2031年4月13日至14日在日内瓦举行。\n\n"
            "开幕部长级环节：二十年的数字合作\n\n2031年4月13日，10:00–11:30\n组织者：国际电信联盟\n\n"
            "互动小组关于人工智能的伦理在实施行动线中\n\n2031年4月13日，15:00–16:30\n组织者：联合国教育、科学及文化组织\n\n"
            "圆桌关于数字公共基础设施为可持续发展\n\n2031年4月14日，10:00–11:30\n组织者：联合国开发计划署\n")
    assert contexts(page) == {"国际电信联盟": "开幕部长级环节：二十年的数字合作",
                              "联合国教育、科学及文化组织": "互动小组关于人工智能的伦理在实施行动线中",
                              "联合国开发计划署": "圆桌关于数字公共基础设施为可持续发展"}
    # a bare 圆桌 in Chinese word order is part of another word, no kind of its own
    assert not [r for r in _roles_in("2031年数字发展对话于2031年4月13日在日内瓦举行。非洲圆桌论坛由国际电信联盟组织。\n")
                if r[2].startswith("圆桌")]


def test_a_kind_after_a_pointing_word_is_not_titled_by_the_words_quoted_after_it():
    """这次对话 points back (这次 counts nothing): it speaks of the report's dialogue, and the words
    quoted after it are said, not its title."""
    text = ("3月25日，联合国大会在纽约拉开“大会关于数字合作的高级别互动对话”的帷幕。来自各国的代表在为期两天的对话中盘点进展。"
            "这次对话由联合国开发计划署协办。\n\n哈里西在总结时表示，3月25日至26日的这次对话“既是一次回顾，也是一次动员”。\n")
    x = extract(doc(text))
    (role,) = [f for f in x.facts if f.kind == "role"]
    assert role.args["context"].label == "EVENT_REF" and role.args["agent"].text == "联合国开发计划署"


def test_a_body_whose_framework_an_event_is_held_in_organises_nothing():
    text = ("2031年东非数字论坛于2031年3月2日在内罗毕举行。\n\n"
            "论坛在联合国信息社会小组（UNGIS）框架下，由国际电信联盟和肯尼亚信息通信部联合举办。\n")
    assert {r[0] for r in _roles_in(text)} == {"国际电信联盟", "肯尼亚信息通信部"}


def test_a_sentence_opening_with_the_word_ending_the_event_s_name_speaks_of_the_event():
    text = ("活动名称：2031年东非数字奖颁奖典礼及获奖项目展示活动\n日期：2031年7月10日\n\n"
            "7月11日举行获奖项目展示会和教科文组织专题对话两场配套活动。活动由国际电信联盟牵头，开发署合作举办。\n")
    assert {r[2] for r in _roles_in(text)} == {"2031年东非数字奖颁奖典礼及获奖项目展示活动"}


def test_under_a_session_s_heading_another_named_session_of_its_kind_is_that_other_session():
    text = ("2031年亚太数字发展论坛于2031年5月12日至14日在泰国曼谷举行。\n\n"
            "首席执行官圆桌会议：投资普遍连通\n\n"
            "5月12日下午，首席执行官圆桌会议举行，由亚太电信组织秘书长约翰·卡马乌主持。\n\n"
            "在主题为“数字包容与可负担性”的高级别圆桌会议上，马来西亚通信部副部长张念群作主旨发言。\n\n"
            "领导人圆桌会议于5月13日举行，由国际电信联盟电信发展局主任科斯马斯·扎瓦扎瓦主持。\n")
    contexts = {r[0]: r[2] for r in _roles_in(text)}
    assert contexts["约翰·卡马乌"] == "首席执行官圆桌会议：投资普遍连通"
    assert contexts["科斯马斯·扎瓦扎瓦"] == "领导人圆桌会议"
    assert contexts["张念群"] == "“数字包容与可负担性”的高级别圆桌会议"


def test_a_list_of_people_each_with_a_body_its_unit_and_an_office_is_one_list():
    text = ("2028年非洲区域论坛于2028年5月16日至18日在卢旺达基加利举行。\n\n"
            "卢旺达信息通信技术与创新部部长帕斯卡尔·哈比马纳、国际电联非洲区域办事处主任穆罕默德·拉明·西塞和"
            "非盟委员会信息社会司司长法蒂玛·泽赫拉·本萨利赫先后发表主旨演讲。联盟执行主任、肯尼亚人万吉鲁·卡马乌担任主持人。\n")
    found = {(r[0], r[1]) for r in _roles_in(text)}
    assert found == {("帕斯卡尔·哈比马纳", "role:keynote-speaker"), ("穆罕默德·拉明·西塞", "role:keynote-speaker"),
                     ("法蒂玛·泽赫拉·本萨利赫", "role:keynote-speaker"), ("万吉鲁·卡马乌", "role:moderator")}


def test_a_length_and_today_s_closing_give_the_event_s_days_under_a_long_subheading():
    text = ("第三届数字公共领域峰会在瓦尔帕莱索闭幕\n\n"
            "——数字公共领域峰会汇聚来自118个国家和地区的逾2600名参会者, 各方自愿登记41项新承诺, 内容涵盖社区网络与开放数据\n\n"
            "智利瓦尔帕莱索，2031年10月9日——为期三天的第三届数字公共领域峰会今天在智利瓦尔帕莱索闭幕。\n\n"
            "峰会首日上午, 开幕全体会议“共享的数字未来”在太平洋厅举行。该会议由太平洋数字联盟组织。\n")
    assert _session_days(text) == {"开幕全体会议“共享的数字未来”": "2031-10-07"}


def test_this_day_after_a_weekday_is_that_weekday():
    text = ("智利瓦尔帕莱索，2031年10月9日——为期三天的第三届数字公共领域峰会今天在智利瓦尔帕莱索闭幕。\n\n"
            "周三上午, 高级别政策会议2“社区网络”在安第斯厅举行。\n\n"
            "当天下午，青年论坛“数据由谁掌控？”在港湾厅举行。\n")
    assert _session_days(text) == {"高级别政策会议2“社区网络”": "2031-10-08", "青年论坛“数据由谁掌控？”": "2031-10-08"}


def test_an_event_word_after_a_session_of_its_kind_speaks_of_that_session():
    text = ("第三届数字公共领域峰会于2031年10月7日至9日在智利瓦尔帕莱索举行。\n\n"
            "当天下午，青年论坛“数据由谁掌控？”在港湾厅举行。论坛由南方青年数字实验室组织。\n")
    assert {(r[0], r[2]) for r in _roles_in(text)} == {("南方青年数字实验室", "青年论坛“数据由谁掌控？”")}


_TRANSLATED_RELEASE = (
    "第三次东非区域磋商在蒙巴萨结束\n\n"
    "蒙巴萨，肯尼亚，21 9月 2031 —— 东非区域数字合作第三次区域磋商（EARC III），其被举行在蒙巴萨会议中心从2031年9月19日至21日，今天闭幕。\n\n"
    "在周二，19 9月 2031，10:00–12:00，高级别对话关于数字愿景超越2030（关于2030年后数字愿景的高级别对话）"
    "被组织由东非共同体秘书处，它打开了磋商的工作。\n"
    "同一天的下午，部长圆桌关于有意义的连接为岛屿国家（关于岛屿国家有意义连通性的部长级圆桌会议）被组织由内罗毕大学。\n")


def test_a_translated_release_names_its_event_after_the_dateline_and_its_city_before_the_country():
    x = extract(doc(_TRANSLATED_RELEASE))
    assert x.main_event is not None and x.main_event.value["name"] == "东非区域数字合作第三次区域磋商"
    (venue,) = [p for f in x.facts if f.kind == "event-place" for p in f.args["places_all"] if p.text == "蒙巴萨会议中心"]
    assert venue.value["within_place"]["name"] == "蒙巴萨"  # a venue opening with the city the text found
    (city,) = [m for m in x.mentions if m.label == "PLACE" and m.text == "蒙巴萨" and m.start < 40]
    assert city.value["within"] == "country:KE"  # 蒙巴萨，肯尼亚: the city before its country


def test_a_translation_s_english_order_session_title_and_its_gloss():
    found = _roles_in(_TRANSLATED_RELEASE)
    assert ("东非共同体秘书处", "role:organiser", "高级别对话关于数字愿景超越2030") in found  # the gloss is no part of it
    assert ("内罗毕大学", "role:organiser", "部长圆桌关于有意义的连接为岛屿国家") in found  # the gloss's kind names no session
    assert not [c for _, _, c in found if "（" in c]
    placed = _roles_in(EVENT + "3月3日，研讨会在第一会议室被举行，由内罗毕大学组织。")
    assert not [c for _, _, c in placed if "第一会议室" in c]  # 在 a room: no title


def test_a_translation_s_discussion_moderator_speaks_of_the_paragraph_s_session():
    text = _TRANSLATED_RELEASE + (
        "\n在周三，20 9月 2031，10:00–11:30，互动小组在数字身份（关于数字身份的互动小组）被组织由内罗毕大学，它结束了磋商。"
        "主旨发言被给出由博士 约翰·卡马乌，研究员，来自肯尼亚。讨论被主持由女士 玛丽·奥蒂诺，记者，来自肯尼亚，她邀请了代表们发言。\n")
    found = _roles_in(text)
    assert ("玛丽·奥蒂诺", "role:moderator", "互动小组在数字身份") in found  # 讨论被主持由: the discussion's moderator
    assert ("约翰·卡马乌", "role:keynote-speaker", "互动小组在数字身份") in found


def test_a_clause_that_only_names_a_session_and_reports_it_held_names_it_whole():
    text = (EVENT + "3月3日上午，数字经济中的体面工作与技能专题会议在第二会议室举行。会议由国际劳工组织主办。\n"
            "3月4日上午，媒体、信息素养与人工智能伦理互动对话及闭幕会议在非洲厅举行。该环节由内罗毕大学主办。\n")
    found = _roles_in(text)
    assert ("国际劳工组织", "role:host", "数字经济中的体面工作与技能专题会议") in found  # 的 inside the name
    assert ("内罗毕大学", "role:host", "媒体、信息素养与人工智能伦理互动对话及闭幕会议") in found  # 、 and 及, a room no lexicon knows
    said = _roles_in(EVENT + "3月3日上午，部长们出席的圆桌会议在第二会议室举行。会议由国际劳工组织主办。")
    assert not [c for _, _, c in said if c.startswith("部长们")]  # a clause that says more than a name


def test_a_programme_table_s_labelled_cells_give_their_own_roles_to_the_row_s_session():
    text = (EVENT + "\n| 会议名称 | 日期/时间 | 组织方 | 主持人/主席 | 其他角色 |\n| --- | --- | --- | --- | --- |\n"
            "| “数据治理的未来” | 3月3日（周二）14:30–15:45 | 内罗毕大学；共同组织：东非共同体秘书处 | "
            "主持：玛丽·奥蒂诺博士，内罗毕大学研究员 | 主旨发言：约翰·卡马乌阁下，肯尼亚信息通信部部长 |\n")
    found = _roles_in(text)
    assert ("内罗毕大学", "role:organiser", "数据治理的未来") in found
    assert ("东非共同体秘书处", "role:co-organiser", "数据治理的未来") in found
    assert ("玛丽·奥蒂诺博士", "role:moderator", "数据治理的未来") in found  # 主持 of a session
    assert ("约翰·卡马乌阁下", "role:keynote-speaker", "数据治理的未来") in found
    assert not [c for a, r, c in found if c != "数据治理的未来" and a != "内罗毕大学"]  # nothing spills to the event
    assert not [a for a, _, _ in found if a == "肯尼亚信息通信部"]  # where a speaker works plays no role
    x = extract(doc(text))
    dates = {f.args["date"].text for f in x.facts if f.rule == "zh.table.programme-row" and "date" in f.args}
    assert dates == {"3月3日"}  # a 日期/时间 column gives the date; the rule line under the header is no row


def test_a_translation_s_clause_naming_a_session_then_its_passive_verb_names_it_whole():
    text = (EVENT + "在3月4日，15:00–16:30，WSIS区域冠军奖颁奖仪式（区域卓越项目奖颁奖典礼）被组织由内罗毕大学。"
            "在主旨演讲之后，一个小组讨论被主持由玛丽·奥蒂诺女士。\n")
    found = _roles_in(text)
    assert ("内罗毕大学", "role:organiser", "WSIS区域冠军奖颁奖仪式") in found  # 冠军 inside, its gloss left out
    assert not [c for _, _, c in found if c.startswith("一个")]  # a panel, not one named so


TRACK_DAY = ("首页 > 议程 > 专题日\n\n2030年全球连接审查会议数字包容专题日\n\n"
             "日期：2030年6月4日（星期二）\n地点：肯尼亚内罗毕，肯雅塔国际会议中心\n\n"
             "10:00–11:00 ｜ 研讨会\nOpen Data for Rural Schools in East Africa（东非乡村学校的开放数据）\n\n"
             "本研讨会在第二会议室举行，由内罗毕大学组织，东非共同体秘书处协办。\n\n"
             "14:00–15:00 ｜ 边会\n农村妇女数字技能：肯尼亚经验分享会\n\n地点：第五会议室\n"
             "本场边会由肯尼亚信息通信部组织。约翰·卡马乌先生担任主持人。\n")


def test_a_track_day_page_s_slots_title_its_sessions_and_its_day_dates_them():
    read = facts(TRACK_DAY)
    contexts = {(f["args"]["agent"]["text"], f["args"]["context"]["text"]) for f in read if f["kind"] == "role"}
    assert ("内罗毕大学", "东非乡村学校的开放数据") in contexts  # an English title's Chinese name, 本研讨会 under it
    assert ("东非共同体秘书处", "东非乡村学校的开放数据") in contexts
    assert ("肯尼亚信息通信部", "农村妇女数字技能：肯尼亚经验分享会") in contexts  # a colon under a slot's time line
    dated = {(f["args"]["session"]["text"], f["args"]["date"]["text"], f["args"]["event"]["text"])
             for f in read if f["kind"] == "session" and f["args"].get("date")}
    for title in ("东非乡村学校的开放数据", "农村妇女数字技能：肯尼亚经验分享会"):
        # the day's date field dates its slots, which are parts of that day
        assert (title, "2030年6月4日", "2030年全球连接审查会议数字包容专题日") in dated


def test_this_kind_points_at_its_section_s_session_only_when_the_heading_names_that_kind():
    text = TRACK_DAY.replace("本研讨会在第二会议室举行", "本场对话在第二会议室举行")
    contexts = {(f["args"]["agent"]["text"], f["args"]["context"]["text"]) for f in facts(text, "role")}
    assert [c for a, c in contexts if a == "内罗毕大学"]  # it still organises something
    assert ("内罗毕大学", "东非乡村学校的开放数据") not in contexts  # 本场对话 is no 研讨会


def test_a_news_report_tells_one_session_over_several_paragraphs():
    text = (EVENT + "\n3月3日上午，数字卫生专题会议在第一会议室举行，由世界卫生组织组织。\n\n"
            "“我们不能再等了。”她说。\n\n肯尼亚卫生部常务秘书玛丽·瓦姆布伊女士在主旨发言中指出，数字卫生需要长期投资。\n")
    said = [f for f in facts(text, "role") if f["args"]["agent"]["text"].startswith("玛丽·瓦姆布伊")]
    assert said and all(f["args"]["context"]["text"] == "数字卫生专题会议" for f in said)
    between = text.replace("“我们不能再等了。”她说。", "本次会议共有300人参加。")
    said = [f for f in facts(between, "role") if f["args"]["agent"]["text"].startswith("玛丽·瓦姆布伊")]
    assert said and all(f["args"]["context"]["text"] != "数字卫生专题会议" for f in said)  # the event named between


def test_an_english_title_line_is_named_by_its_chinese_name_in_brackets():
    from wsis_graph.extract.context import chinese_gloss, title_words
    line = "Skills for All: Open Curricula (Action Line C4)（人人享有技能：开放课程（C4行动方针））"
    assert title_words(line) == "人人享有技能：开放课程（C4行动方针）"
    assert chinese_gloss("Moderator: John Smith（约翰·史密斯）") is None  # a field of three words, no title
    assert chinese_gloss("人人享有技能（Skills for All）") is None


def test_a_programme_line_s_time_and_bullet_are_no_part_of_its_title():
    """● 09:30—11:00　开幕全体会议：… in a fact sheet's agenda: the session is titled without the
    bullet and the slot's time, and the people under the line hold their roles in it."""
    from wsis_graph.extract.context import title_words
    assert title_words("● 09:30—11:00　开幕全体会议：从预警到恢复") == "开幕全体会议：从预警到恢复"
    assert title_words("◆ 14:00-15:30 部长级圆桌会议") == "部长级圆桌会议"
    assert title_words("2031年论坛") == "2031年论坛"
    text = (EVENT + "\n三、主要议程\n\n● 14:00—15:30　部长级圆桌会议一：韧性通信基础设施投资\n"
            "主持：北欧数字合作中心主任汉娜·林德奎斯特；主旨发言：东非数字创新研究院院长韩立\n")
    contexts = context_of_each(text)
    assert contexts.get("汉娜·林德奎斯特") == "部长级圆桌会议一：韧性通信基础设施投资"


def _held(text: str) -> set[tuple[str, str]]:
    """(event key or name, date or place text) of the event-time and event-place facts."""
    out = set()
    for f in facts(text):
        if f["kind"] == "event-time":
            out.add((arg_key(f, "event"), f["args"]["date"]["text"]))
        elif f["kind"] == "event-place":
            places = f["args"]["places_all"]
            place = places[-1] if isinstance(places, list) else places
            out.add((arg_key(f, "event"), place.get("key") or place["text"]))
    return out


@pytest.mark.parametrize("sentence", [
    "信息社会世界峰会分两个阶段举行，第一阶段于2003年在日内瓦举行，第二阶段于2005年在突尼斯举行。",  # parts named alone
    "信息社会世界峰会分两个阶段举行：2003年在日内瓦、2005年在突尼斯。",  # pairs in turn
    "信息社会世界峰会于2003年和2005年分两个阶段先后在日内瓦和突尼斯举行。",  # dates, then places
    "信息社会世界峰会被举行在两个阶段，在日内瓦（2003年）和在突尼斯（2005年）。",  # a translation's order
    # a country right before its city is one place with it
    "信息社会世界峰会由联合国发起，分两个阶段举行：2003年在瑞士日内瓦、2005年在突尼斯，通过了《日内瓦原则宣言》。",
    # the event named by the abbreviation its name was given before; places in titles are no part's
    "信息社会世界峰会（World Summit on the Information Society，WSIS）由联合国大会决定举办。"
    "WSIS分为两个阶段，分别于日内瓦（2003年）和突尼斯（2005年）举行，通过了《日内瓦原则宣言》和《突尼斯议程》。",
])
def test_an_event_held_in_parts_dates_and_places_each_part(sentence):
    held = _held(EVENT + sentence)
    assert {("event:wsis-geneva-phase", "2003年"), ("event:wsis-geneva-phase", "place:geneva"),
            ("event:wsis-tunis-phase", "2005年"), ("event:wsis-tunis-phase", "place:tunis")} <= held
    # 突尼斯 shares its name with its capital: an event held there is held in Tunis, in Tunisia
    assert not {e for e, v in held if v in ("2005年", "place:tunis", "country:TN") and e == "event:wsis-geneva-phase"}


def test_a_capital_named_for_its_country_is_a_city():
    held = _held(EVENT + "上一届区域审查会议于2028年10月24日在巴拿马首都巴拿马城举行。")
    assert {("上一届区域审查会议", "place:panama-city"), ("上一届区域审查会议", "2028年10月24日")} <= held


def test_a_kind_joined_by_ji_to_more_words_is_one_session_named_by_all():
    text = EVENT + "3月4日，闭幕式暨结业仪式在第一会议室举行，由国际电信联盟主办。"
    contexts = {f["args"]["context"]["text"] for f in facts(text, "role") if f["args"]["agent"]["text"] == "国际电信联盟"}
    assert contexts == {"闭幕式暨结业仪式"}


def test_the_first_paragraph_under_a_session_s_heading_names_that_session_again_in_other_words():
    text = (EVENT + "\n会议的各场会议\n\n1. 开幕仪式和部长圆桌关于数字身份\n（Opening Ceremony and Ministerial Roundtable on Digital Identity）\n"
            "日期：3 3月 2031 | 地点：第一会议室\n\n开幕式暨关于数字身份的部长级圆桌会议被组织由内罗毕大学。"
            "圆桌会议被主持由 先生 约翰·卡马乌，主任，内罗毕大学，肯尼亚。\n")
    contexts = {(f["args"]["agent"]["text"], f["args"]["context"]["text"]) for f in facts(text, "role")}
    assert ("内罗毕大学", "开幕仪式和部长圆桌关于数字身份") in contexts  # the heading's session, not a second one
    assert not [c for _, c in contexts if c.startswith("开幕式暨")]


def test_a_list_item_s_title_may_hold_its_body_s_short_name_in_brackets():
    text = (EVENT + "圆桌由约翰·卡马乌先生主持，非盟委员会信息社会处处长格蕾丝·班达女士和联合国开发计划署（开发署）"
            "数字发展首席顾问朴正勋先生担任共同引导人。")
    assert {("格蕾丝·班达女士", "role:co-facilitator"), ("朴正勋先生", "role:co-facilitator")} <= roles(text)


def test_a_role_noun_right_before_a_hosting_verb_only_says_in_what_capacity():
    found = roles(EVENT + "会议由国际电信联盟作为主要协调方主办，与内罗毕大学合办。")
    assert ("国际电信联盟", "role:host") in found and ("国际电信联盟", "role:organiser") not in found
    found = roles(EVENT + "会议由国际电信联盟作为主要协调方组织。")  # no hosting verb: the noun still says it
    assert ("国际电信联盟", "role:organiser") in found


def test_a_figure_in_a_list_after_qizhong_counts_the_noun_the_list_s_head_counts():
    read = facts(EVENT + "参与试点的有38家合作图书馆，其中21家位于非洲、11家位于亚洲。", "statistic")
    counted = {(f["args"]["value"]["value"] if isinstance(f["args"]["value"], dict) else f["args"]["value"],
                f["args"]["measure"] if isinstance(f["args"]["measure"], str) else f["args"]["measure"]["text"]) for f in read}
    assert {(21, "合作图书馆"), (11, "合作图书馆")} <= counted, counted


def test_a_kind_said_as_what_a_titled_session_is_speaks_of_that_session():
    text = (EVENT + "第一单元：企业使用信通技术的核心指标，作为一个培训单元，于2031年3月2日进行。"
            "该单元由内罗毕大学主办。单元的主持人是约翰·卡马乌先生。")
    contexts = {(f["args"]["agent"]["text"], f["args"]["context"]["text"]) for f in facts(text, "role")}
    assert ("内罗毕大学", "第一单元：企业使用信通技术的核心指标") in contexts


# --- sessions named as other kinds of text name them (dev probes of blind kinds of difficulty) ---------

def test_a_title_in_quotes_with_no_kind_word_is_a_session_when_it_is_held_or_run():
    held = EVENT + "此外，“数字信任与网络安全”将于3月3日在C2会议室举行，由安娜·贝克主持。"
    assert contexts(held, by_name=True)["安娜·贝克"] == "数字信任与网络安全"
    translated = EVENT + "“面向所有人的人工智能能力建设”被举行于3月3日，由约翰·史密斯主持。"
    assert contexts(translated, by_name=True)["约翰·史密斯"] == "面向所有人的人工智能能力建设"
    after_held = EVENT + "会议举行了“WSIS行动方针二十年回顾与展望”。该环节由托马斯·拉马纳乌斯卡斯主持。"
    assert contexts(after_held, by_name=True)["托马斯·拉马纳乌斯卡斯"] == "WSIS行动方针二十年回顾与展望"
    # a title in quotes after a naming word is its kind's title, not a session of its own
    named = EVENT + "3月3日，一个研讨会题为“数字经济中的个人数据保护”被组织由肯尼亚信息通信部。"
    assert contexts(named, by_name=True) == {"肯尼亚信息通信部": "数字经济中的个人数据保护"}


def test_a_title_in_quotes_names_its_session_across_modifiers_and_an_english_gloss():
    modified = EVENT + "由联合国教科文组织组织的“媒体与信息素养”专家圆桌会议于3月3日举行，由李明主持。"
    assert contexts(modified, by_name=True)["李明"] == "媒体与信息素养"
    glossed = EVENT + "“数字公共基础设施”（Digital Public Infrastructure）专题会议由国际电联组织，由安娜·贝克主持。"
    assert contexts(glossed, by_name=True)["安娜·贝克"] == "数字公共基础设施"
    verb_first = EVENT + "乔治·史密斯主持了题为“数字公共基础设施”的专题研讨会。"
    assert contexts(verb_first, by_name=True)["乔治·史密斯"] == "数字公共基础设施"


def test_a_session_named_by_an_ordinal_meeting_or_a_part_of_day_before_it():
    ordinal = EVENT + "第一次会议，题为“连接未连接的人”，由安娜·贝克主持。"
    assert contexts(ordinal, by_name=True)["安娜·贝克"] == "连接未连接的人"
    afternoon = EVENT + "3月3日下午的全体会议以“共建数字未来”为主题，由玛丽亚·席尔瓦主持。"
    assert contexts(afternoon, by_name=True)["玛丽亚·席尔瓦"] == "共建数字未来"  # 以“…”为主题: its title


def test_a_session_name_keeps_its_latin_word_and_its_joined_topics_and_drops_the_event_word():
    long_name = EVENT + "由国际电联与联合国开发计划署联合组织的WSIS数字包容与区域可持续发展高级别对话于3月3日举行。"
    assert set(contexts(long_name, by_name=True).values()) == {"WSIS数字包容与区域可持续发展高级别对话"}
    joined = EVENT + "国际劳工组织组织了青年与数字就业高级别对话。"
    assert contexts(joined, by_name=True) == {"国际劳工组织": "青年与数字就业高级别对话"}
    forum_s = EVENT + "论坛部长级会议由爱沙尼亚经济部部长卡尔·塔姆主持。"
    assert contexts(forum_s, by_name=True)["卡尔·塔姆"] == "部长级会议"


def test_a_pointing_reference_speaks_of_the_session_its_sentence_opens_with():
    text = EVENT + "该峰会的部长级圆桌会议于3月3日举行，共有40位部长参加。主持这次会议的是国际电联秘书长多琳·博格丹-马丁。"
    assert contexts(text, by_name=True)["多琳·博格丹-马丁"] == "部长级圆桌会议"


def test_co_chairs_named_with_their_country_before_them():
    text = EVENT + "高级别部长级会议的共同主席为加纳的玛丽·阿杜和挪威的埃里克·汉森。"
    assert _roles_of(text) == {"玛丽·阿杜": "role:chair", "埃里克·汉森": "role:chair"}


def test_a_translated_session_named_in_chinese_in_its_paragraph_is_called_so_too():
    from wsis_graph.resolve import resolve
    text = ("2031年全球连接审查会议于2031年3月2日至4日在内罗毕举行。\n\n节目亮点\n\n"
            "开幕高级别全体会议：数字未来的非洲在审查之后\n（Opening High-Level Plenary: Africa's Digital Future after the Review）\n"
            "3 3月 2031 | 09:30–11:00 | 全体会议大厅\n组织者：国际电信联盟\n\n"
            "开幕会议，其中文正式名称为“开幕高级别全体会议：审查之后非洲的数字未来”，被举行在全会厅。\n")
    sessions = [e for e in resolve([extract(doc(text))]).entities.values() if e.kind == "Session"]
    assert any("开幕高级别全体会议：审查之后非洲的数字未来" in e.alt_labels.get("zh", []) for e in sessions)


def test_a_page_s_first_title_with_its_english_under_it_is_the_report_s_event_not_a_slot():
    text = ("【免责声明】此页面已使用机器翻译从英文翻译。\n\n"
            "东非区域审查的实施的WSIS成果2031（EA-WSIS RR 2031）\nEast Africa Regional Review of the Implementation of WSIS Outcomes 2031\n\n"
            "日期：2–4 3月 2031\n主办：肯尼亚信息通信部\n组织：国际电信联盟（ITU）\n\n"
            "2031年东非区域信息社会世界峰会成果落实情况审查会议被举行于2031年3月2日至4日，在内罗毕。\n")
    found = context_of_each(text)
    assert found["肯尼亚信息通信部"] == found["国际电信联盟"] == "2031年东非区域信息社会世界峰会成果落实情况审查会议"
    assert _roles_of(text)["肯尼亚信息通信部"] == "role:host"


def test_a_session_page_named_by_a_name_field_or_by_a_title_with_timed_fields_under_a_banner():
    named = ("2031年信息社会世界峰会论坛\n\n会议名称：人工智能促进可持续发展高级别对话\n"
             "日期：2031年4月9日（星期三）14:00–15:30\n组织方：国际电信联盟\n主持人：安娜·贝克（国际电联）\n")
    x = extract(doc(named))
    assert x.main_event.text == "人工智能促进可持续发展高级别对话"
    assert set(contexts(named, by_name=True).values()) == {"人工智能促进可持续发展高级别对话"}
    untitled = ("信息社会世界峰会论坛2031 | 瑞士日内瓦\n\n数字包容：中小企业的数字转型之路\n\n"
                "时间：2031年4月8日 10:00–11:00\n组织方：国际贸易中心\n主持人：安娜·贝克，国际贸易中心数字贸易部主任\n")
    assert extract(doc(untitled)).main_event.text == "数字包容：中小企业的数字转型之路"
    # a section heading over an event's own fields (no time of day) is no session's page
    section = ("2029年信息社会世界峰会论坛 事实清单\n主题：以数字合作加速实现可持续发展目标\n\n一、基本信息\n\n"
               "名称：2029年信息社会世界峰会论坛\n日期：2029年5月7日至10日\n主办方：国际电信联盟\n")
    assert extract(doc(section)).main_event.text.startswith("2029年信息社会世界峰会论坛")


# --- a translation's English word order (dev probes of the machine-translation kind) --------------------

_MT_HEAD = "免责声明：本页面由机器翻译，仅供参考。\n\n2032年信息社会世界峰会论坛\n\n2032年信息社会世界峰会论坛被举行在日内瓦，瑞士，从5月17日到21日2032，被主办由国际电联。\n\n"


def test_a_translation_names_its_sessions_in_english_order():
    on = _MT_HEAD + "在5月18日，联合国开发计划署主办了一个高级别对话在人工智能治理上。对话被主持由约翰·史密斯。"
    assert contexts(on, by_name=True)["约翰·史密斯"] == "高级别对话在人工智能治理"
    about = _MT_HEAD + "联合国开发计划署组织了一个研讨会关于数字公共基础设施，它被主持由约翰·史密斯。"
    assert contexts(about, by_name=True) == {"联合国开发计划署": "研讨会关于数字公共基础设施", "约翰·史密斯": "研讨会关于数字公共基础设施",
                                      "国际电联": "2032年信息社会世界峰会论坛"}
    named = _MT_HEAD + "会话名为数字信任和安全被举行在5月18日，被组织由联合国开发计划署，并被主持由约翰·史密斯。"
    assert contexts(named, by_name=True)["约翰·史密斯"] == "数字信任和安全"


def test_a_translation_s_partner_co_organises():
    head = "2032年东非区域审查会议于2032年3月2日在内罗毕举行，"
    for text in (head + "被组织由国际电联，在伙伴关系与联合国开发计划署。", head + "被组织由国际电联在合作伙伴关系中与联合国开发计划署。"):
        assert _roles_of(text) == {"国际电联": "role:organiser", "联合国开发计划署": "role:co-organiser"}, text
    # 与B合作 after the organiser is working with B, not organising with it (as the dev golds read it)
    assert _roles_of(head + "由国际电联组织，与联合国开发计划署合作。") == {"国际电联": "role:organiser"}


def test_a_kind_word_saying_what_the_page_s_event_is_is_that_event():
    head = "免责声明：本页面由机器翻译，仅供参考。\n\n高级别对话：WSIS+20之后的数字合作（CSTD 29的会外活动）\n\n"
    described = head + ("高级别对话关于WSIS+20之后的数字合作被举行在日内瓦，瑞士，在2026年4月14日，作为一个会外活动在科学和技术促进发展委员会"
                        "第二十九届会议期间。该会外活动被组织由国际电联，在伙伴关系与联合国贸发会议。")
    pointed = head + "这个高级别对话被举行在日内瓦，瑞士，在2026年4月14日。这个会外活动被组织由国际电联，并被主持由约翰·史密斯。"
    for text in (described, pointed):
        x = extract(doc(text))
        assert {f.args["context"].text for f in x.facts if f.kind == "role"} == {x.main_event.text}, text


def test_a_translation_s_event_took_place_was_hosted_and_is_named_again_without_its_year():
    text = ("免责声明：本页面由机器翻译，仅供参考。\n\nWSIS+20 审查：阿拉伯区域磋商 2032\n\n"
            "阿拉伯区域磋商对于WSIS+20审查，组织由联合国西亚经济社会委员会（ESCWA），发生了在贝鲁特，黎巴嫩，在2032年4月5日。"
            "磋商被东道由黎巴嫩电信部。\n")
    assert _roles_of(text) == {"联合国西亚经济社会委员会": "role:organiser", "黎巴嫩电信部": "role:host"}
    dated = facts(text, "event-time")
    assert dated and dated[0]["args"]["date"]["text"] == "2032年4月5日"


def test_a_programme_table_s_session_cell_with_its_english_name_and_its_co_organiser_column():
    text = ("2031年东非区域审查论坛于2031年10月7日至9日在内罗毕举行。\n\n"
            "编号 | 会议名称 | 日期/时间 | 组织方 | 协办方 | 主席/主持人\n"
            "1 | 数字空间中的原住民语言：包容、内容与权利（Indigenous Languages in the Digital Space） | 10月7日 14:00–15:30 | "
            "内罗毕大学 | 东非共同体秘书处 | 主持人：安娜·贝克\n")
    found = {(f["args"]["agent"]["text"], f["args"]["role"] if isinstance(f["args"]["role"], str) else f["args"]["role"]["key"],
              (f["args"]["context"].get("value") or {}).get("name") or f["args"]["context"]["text"]) for f in facts(text, "role")}
    assert found == {("内罗毕大学", "role:organiser", "数字空间中的原住民语言：包容、内容与权利"),
                     ("东非共同体秘书处", "role:co-organiser", "数字空间中的原住民语言：包容、内容与权利"),
                     ("安娜·贝克", "role:moderator", "数字空间中的原住民语言：包容、内容与权利")}


def test_the_co_facilitators_of_a_process_serve_that_process():
    text = EVENT + "WSIS+20审查政府间进程的两位共同协调人为阿尔巴尼亚常驻代表费里特·霍查和肯尼亚常驻代表埃克斯·基普罗诺。"
    assert set(contexts(text, by_name=True).values()) == {"WSIS+20审查政府间进程"}
    assert set(_roles_of(text).values()) == {"role:co-facilitator"}
    passing = EVENT + "会议成果将作为对WSIS+20审查进程的投入，由约翰·卡马乌主持。"
    assert not [m for m in extract(doc(passing)).mentions if m.label == "EVENT" and m.text.endswith("进程")]


def test_a_title_in_quotes_held_after_any_words_and_pointed_at_by_a_kind():
    for lead in ("本周还有", "会议期间", "国际电联还将举办"):
        text = EVENT + f"{lead}“数字技能与青年就业”将于3月3日在内罗毕举行，由安娜·贝克主持。"
        assert contexts(text, by_name=True)["安娜·贝克"] == "数字技能与青年就业", lead
    passive = EVENT + "会议期间“数字技能与青年就业”被举行，由安娜·贝克主持。"
    assert contexts(passive, by_name=True)["安娜·贝克"] == "数字技能与青年就业"
    pointed = EVENT + "第二天，会议举行了“WSIS+20后的区域数字合作路线图”。该对话由安娜·贝克主持。"
    assert contexts(pointed, by_name=True)["安娜·贝克"] == "WSIS+20后的区域数字合作路线图"


def test_a_bulleted_line_that_opens_with_a_day_speaks_of_the_session_it_names():
    text = EVENT + "\n- 在2031年3月3日，14:00-15:00（UTC+3），人工智能治理高级别对话（由内罗毕大学组织）\n"
    assert contexts(text, by_name=True)["内罗毕大学"] == "人工智能治理高级别对话"


def test_a_title_in_quotes_after_a_word_that_only_says_meeting_names_the_session():
    # 会议“…”被A组织 / 会话“…” / 活动“…”: a translation's "the session '…'"; 由X担任副主席 names X a person
    for word in ("会议", "会话", "活动"):
        text = (EVENT + f"在2031年3月3日，10:00-11:30（UTC+3），{word}“数字包容与青年赋权”被肯尼亚信息通信部组织。"
                "会议被副部长约翰·卡马乌主持，并由林佳慧担任副主席。")
        found = contexts(text, by_name=True)
        assert found["肯尼亚信息通信部"] == "数字包容与青年赋权", word
        assert found["约翰·卡马乌"] == "数字包容与青年赋权", word
        assert found["林佳慧"] == "数字包容与青年赋权", word


def test_an_event_named_inside_a_sessions_quoted_title_is_a_word_of_that_title():
    text = EVENT + "3月3日，研讨会“非洲数字峰会2030：青年与创新”被肯尼亚信息通信部组织。"
    assert contexts(text) == {"肯尼亚信息通信部": "研讨会“非洲数字峰会2030：青年与创新”"}


def test_fields_under_a_numbered_slot_a_name_field_or_a_title_with_a_date_note_speak_of_that_session():
    fields = "\n组织单位：内罗毕大学\n主持人：约翰·卡马乌，肯尼亚信息通信部部长\n"
    slot = EVENT + "\n重点场次\n场次一：高级别政策会议——数字包容\n时间：3月3日 10:00-11:30" + fields
    assert contexts(slot, by_name=True) == {"内罗毕大学": "高级别政策会议——数字包容", "约翰·卡马乌": "高级别政策会议——数字包容"}
    noted = EVENT + "\n三、重点场次\n（一）数字包容高级别政策会议（3月3日上午）" + fields
    assert contexts(noted, by_name=True)["内罗毕大学"] == "数字包容高级别政策会议"
    named = EVENT + "\n重点场次\n- 会议名称：数字包容高级别政策会议\n- 时间：3月3日 10:00-11:30" + fields.replace("\n", "\n- ")[:-2]
    assert contexts(named, by_name=True)["内罗毕大学"] == "数字包容高级别政策会议"


def test_a_programme_item_dated_in_a_translations_words_titles_the_session_its_paragraphs_tell_of():
    text = (EVENT + "\n会外活动\n\n"
            "• 在2031年3月3日，14:00-15:00（UTC+03:00），WSIS行动方针促进者会议（由内罗毕大学（UoN）组织）\n\n"
            "主旨发言，由卡洛斯·门德斯（Carlos Mendes），主任，国际电联，巴西。\n\n"
            "• 在2031年3月4日，10:00-11:00（UTC+03:00），数字青年创新中心（由肯尼亚信息通信部组织）\n\n"
            "会议由帕特里斯·恩古马（Patrice Nguema）主持，他是加蓬数字经济部部长。\n")
    found = contexts(text, by_name=True)
    assert found["内罗毕大学"] == "WSIS行动方针促进者会议"
    assert found["卡洛斯·门德斯（Carlos Mendes）"] == "WSIS行动方针促进者会议"
    assert found["肯尼亚信息通信部"] == "数字青年创新中心"
    assert found["帕特里斯·恩古马（Patrice Nguema）"] == "数字青年创新中心"
    assert session_dates(text) == {"WSIS行动方针促进者会议": "2031年3月3日", "数字青年创新中心": "2031年3月4日"}


def test_a_line_of_words_over_fields_that_give_a_clock_time_titles_a_session_of_its_own():
    page = ("高级别对话：弥合数字鸿沟\n\n日期：2031年5月16日\n时间：10:00-11:30\n组织方：国际电信联盟\n\n相关会议\n\n"
            "数字时代的老年人包容\n时间：2031年5月17日 14:00-15:30\n组织方：内罗毕大学\n共同主持人：林佳慧，教授，清华大学（中国）\n\n"
            "社区网络与农村最后一公里\n日期：2031年5月18日\n时间：09:00-10:00\n组织方：东非共同体秘书处\n")
    assert contexts(page, by_name=True) == {"国际电信联盟": "高级别对话：弥合数字鸿沟", "内罗毕大学": "数字时代的老年人包容",
                                            "林佳慧": "数字时代的老年人包容", "东非共同体秘书处": "社区网络与农村最后一公里"}
    # an event's own fields give days, no clock time: a heading over them names no session
    info = EVENT + "\n会议信息\n日期：2031年3月2日至4日\n主办方：肯尼亚信息通信部\n"
    assert contexts(info) == {"肯尼亚信息通信部": "2031年全球连接审查会议"}


def test_a_share_of_a_counted_noun_keeps_that_noun_whole_and_no_country_is_read_inside_a_common_word():
    found = statistics_read(EVENT + "来自发展中国家的与会者比例约为62%。约35%的与会者来自非洲。")
    assert found == {("来自发展中国家的与会者", 62, "qualifier:about"), ("与会者", 35, "qualifier:about")}
    assert not any(m.label == "COUNTRY" for m in extract(doc(EVENT + "来自发展中国家的与会者比例约为62%。")).mentions)


def test_a_pointing_kind_speaks_of_the_session_just_titled_though_an_events_name_is_in_its_title():
    text = (EVENT + "\n对话：数字包容与可持续发展\n\n"
            "在2031年3月3日，10:00-11:30（UTC+03:00），对话“非洲青年数字论坛”被肯尼亚信息通信部组织。"
            "该对话被副部长约翰·卡马乌主持，并且内罗毕大学教授林佳慧担任其副主席。\n")
    found = contexts(text, by_name=True)
    assert {found["肯尼亚信息通信部"], found["约翰·卡马乌"], found["林佳慧"]} == {"对话“非洲青年数字论坛”"}


def test_a_kind_word_alone_speaks_of_the_session_its_paragraph_named_by_a_kind_alone():
    text = EVENT + "会议首日上午10:00，由内罗毕大学主办的开幕全体会议拉开了帷幕。全体会议由肯尼亚信息通信部部长约翰·卡马乌主持。"
    found = contexts(text)
    assert found["约翰·卡马乌"] == found["内罗毕大学"] == "开幕全体会议"
    assert session_dates(text) == {"开幕全体会议": "会议首日"}


def test_a_headings_kind_word_names_no_one_session_for_the_kind_word_after_it():
    text = EVENT + "（八）早餐会。国际电信联盟女性信息通信技术部长和领导人网络（NoW）举办第二届早餐会，与会者100余名。"
    (role,) = facts(text, "role")
    assert role["args"]["context"]["start"] == text.index("第二届早餐会") + len("第二届")  # not the heading's 早餐会


def test_sessions_named_by_their_number_in_clauses_of_one_sentence_are_the_titled_ones():
    text = (EVENT + "会议选举约翰·卡马乌先生和玛丽·奥蒂诺女士为副主席。\n"
            "主席主持开幕会议；第一工作会议由副主席卡马乌先生主持，第二工作会议由副主席奥蒂诺女士主持。\n\n"
            "（一）第一工作会议：农村连通\n\n第一工作会议于3月2日下午举行，由国际电联组织。\n\n"
            "（二）第二工作会议：数字技能\n\n第二工作会议于3月3日上午举行，由联合国开发计划署组织。\n")
    found = _roles_in(text)
    presided = {(agent, ctx) for agent, role, ctx in found if role in ("role:moderator", "role:chair")}
    # each presides over the session its own clause opens with, called by its title
    assert ("卡马乌先生", "第一工作会议：农村连通") in presided
    assert ("奥蒂诺女士", "第二工作会议：数字技能") in presided
    # 副主席 before a name that goes on to 主持 is the office they were elected to, not a role there
    assert not [ctx for agent, role, ctx in found if role == "role:vice-chair" and "工作会议" in ctx]


def _places_of(text: str) -> dict[str, set[str]]:
    """The places read for each event, by the event's words."""
    out: dict[str, set[str]] = {}
    for f in facts(text, "event-place"):
        places = f["args"]["places_all"]
        out.setdefault(f["args"]["event"]["text"], set()).update(p["text"] for p in places)
    return out


def test_an_earlier_event_listed_with_its_date_city_and_country_is_placed_there():
    text = (EVENT + "\n以往的会议\n\n本次会议建立在以往区域活动的成果之上，包括：\n"
            "- 2029年东非信息社会区域审查会议，2029年11月6日，维多利亚，塞舌尔\n"
            "- 2030年南部非洲信息社会筹备磋商会，2030年9月22日，马普托，莫桑比克\n")
    places = _places_of(text)
    assert places["2029年东非信息社会区域审查会议"] == {"维多利亚", "塞舌尔"}
    assert places["2030年南部非洲信息社会筹备磋商会"] == {"马普托", "莫桑比克"}


def test_an_edition_named_after_a_clause_saying_where_it_was_held_is_an_event_placed_there():
    text = (EVENT + "本届会议是继两年前在赞比亚卢萨卡举行的第三届论坛之后，各国再次集中讨论信息社会建设问题。"
            "第三届论坛于2029年5月22日至24日举行。\n")
    assert _places_of(text)["第三届论坛"] == {"赞比亚", "卢萨卡"}


def test_a_sentence_opening_with_a_session_held_on_a_day_speaks_of_that_session():
    text = (EVENT + "3日举行的高级别开幕式与会议主题同名，由西非数字转型委员会理事长阿马杜·迪亚洛担任主席。\n")
    found = _roles_in(text)
    assert ("阿马杜·迪亚洛", "role:chair", "高级别开幕式") in found
    assert not [r for r in found if r[0] == "阿马杜·迪亚洛" and r[2] == "2031年全球连接审查会议"]


def test_an_abbreviation_in_the_banner_cell_after_an_event_s_name_names_that_event_again():
    text = ("2029年东非数字论坛 | EADF 2029 | 2029年5月14日—17日 | 卢旺达·基加利\n\n"
            "首页 > 议程 > TS #12\n\nTS #12 社区网络与最后一公里连通\n\n"
            "日期：2029年5月16日\n主办方：泛非社区网络联盟\n\n"
            "EADF 2029 由非洲联盟委员会主办，基加利数字创新中心承办。\n")
    found = _roles_in(text)
    assert ("非洲联盟委员会", "role:host", "EADF 2029") in found
    assert not [r for r in found if r[0] == "非洲联盟委员会" and "TS #12" in r[2]]


def test_a_headline_under_a_long_page_path_names_the_report_s_event():
    text = ("新闻中心新浪首页 > 新闻中心 > 国际新闻 > 综合 > 正文\n\n信息社会世界峰会第二阶段会议在突尼斯开幕\n\n"
            "新华网突尼斯11月16日电 信息社会世界峰会第二阶段会议于16日上午在突尼斯首都隆重开幕。\n\n"
            "信息社会世界峰会是2001年第56届联合国大会决定召开的。\n")
    x = extract(doc(text))
    assert x.main_event is not None and x.main_event.key == "event:wsis-tunis-phase"


@pytest.mark.parametrize("sentence, event, date", [
    ("各方将参与2027年12月联合国大会东非数字合作十年审查高级别会议。", "东非数字合作十年审查高级别会议", "2027年12月"),
    ("2006年在国际电信联盟第17届全权代表大会上，他当选为副秘书长。", "国际电信联盟第17届全权代表大会", "2006年"),
    ("成果将为2025年底联合国大会对峰会成果落实情况进行的WSIS+20总体审查提供参考。", "event:wsis-20-review", "2025年"),
])
def test_a_year_or_month_right_before_an_event_held_once_dates_it(sentence, event, date):
    held = _held(EVENT + sentence)
    assert (event, date) in {(e.replace("联合国大会", ""), d) for e, d in held}


@pytest.mark.parametrize("sentence", [
    "2029年10月14日东非数字合作审查高级别会议通过了宣言。",  # a day may be one day of a longer event
    "2027年12月，国际电联在东非数字合作审查高级别会议上发言。",  # another name between
    "2024年5月WSIS论坛的与会者发表了声明。",  # a series' edition is named by its year, not dated so
])
def test_no_date_before_a_name_where_it_may_not_be_the_event_s(sentence):
    held = _held(EVENT + sentence)
    assert not {(e, d) for e, d in held if d.startswith(("2029年10月", "2027年12月", "2024年5月"))}


def test_an_event_named_inside_a_theme_s_quotes_fills_no_slot():
    text = ("第二届东非数字峰会（Second East Africa Digital Summit on the Information Society 2031）被举行于2031年3月2日至4日，"
            "在内罗毕国际会议中心，城市内罗毕（Nairobi），肯尼亚，在主题“信息社会世界峰会十年审查——东非的经验与优先事项”之下。")
    assert ("第二届东非数字峰会", "2031年3月2日至4日") in _held(text)
    assert not {e for e, _ in _held(text)} & {"event:wsis-10-review"}


def test_a_review_in_the_headline_gives_way_to_the_meeting_the_report_is_about():
    text = ("联合国大会完成信息社会世界峰会二十年审查\n\n"
            "联合国大会17日在纽约结束了为期两天的东非数字合作总体审查高级别会议，并通过一项决议。\n")
    assert extract(doc(text)).main_event.text == "东非数字合作总体审查高级别会议"
    # with no meeting named, the review is the report's event
    assert extract(doc("联合国大会完成信息社会世界峰会二十年审查\n\n各国代表发言。\n")).main_event.key == "event:wsis-20-review"


def test_a_code_line_over_a_titled_kind_names_the_page_s_session_though_related_sessions_follow():
    text = ("第三届东非数字论坛（EADF 2031）｜2031年3月2日至4日｜肯尼亚·内罗毕·肯雅塔国际会议中心\n\n"
            "首页 > 会议日程 > 研讨会 > WS #57\n\n工作坊第57号（WS #57）\n研讨会：社区网络与农村连接\n\n"
            "日期：2031年3月3日\n主办方：内罗毕大学\n\n本届论坛由东道国政府肯尼亚信息通信部承办。\n\n【主持人】\n玛丽·奥蒂诺女士\n\n"
            "【相关会议】\n研讨会：数字技能与青年就业\n日期：2031年3月4日\n主办方：国际电信联盟\n")
    assert extract(doc(text)).main_event.text == "研讨会：社区网络与农村连接"
    found = _roles_in(text)
    assert ("玛丽·奥蒂诺女士", "role:moderator", "研讨会：社区网络与农村连接") in found
    # the event the session is part of is held in Kenya: a Kenyan body undertaking it hosts it
    assert ("肯尼亚信息通信部", "role:host") in {(a, r) for a, r, _ in found}


def test_votes_an_officer_is_elected_with_are_a_figure_of_the_election_s_event():
    read = facts(EVENT + "候选人在首轮投票中即以98票当选秘书长，另一位候选人获得41票。", "statistic")
    counted = {(f["args"]["value"]["value"] if isinstance(f["args"]["value"], dict) else f["args"]["value"],
                f["args"]["measure"] if isinstance(f["args"]["measure"], str) else f["args"]["measure"].get("key")) for f in read}
    assert {(98, "measure:votes"), (41, "measure:votes")} <= counted, counted


def test_a_pointing_reference_opening_a_paragraph_speaks_of_the_session_the_paragraph_before_named():
    text = (EVENT + "\n6. 3月3日下午2时，“社区网络与农村连通”专题会议在三号会议室举行。\n\n"
            "7. 该会议由东非开放网络联盟组织。联盟执行干事约翰·卡马乌先生担任主持人。\n")
    found = {(f["args"]["agent"]["text"], f["args"]["context"]["text"]) for f in facts(text, "role")}
    assert {c for a, c in found if a == "东非开放网络联盟"} <= {"“社区网络与农村连通”专题会议", "社区网络与农村连通"}, found
    assert {a for a, _ in found} == {"东非开放网络联盟", "约翰·卡马乌先生"}, found
    assert not {a for a, c in found if c == "2031年全球连接审查会议"}


def test_a_clause_after_a_semicolon_with_its_own_role_ends_the_list_before_it():
    text = EVENT + "会议被主办由肯尼亚信息通信部。东道主是该部；国际电信联盟、东非共同体秘书处和内罗毕大学是共同组织者。"
    found = roles(text)
    assert ("国际电信联盟", "role:co-organiser") in found and ("内罗毕大学", "role:co-organiser") in found
    assert not {r for a, r in found if a == "国际电信联盟"} & {"role:host", "role:co-host"}
    assert ("该部", "role:co-organiser") not in found
    # a field's items still run on between semicolons
    found = roles(EVENT + "共同组织方：国际电信联盟；东非共同体秘书处；内罗毕大学\n")
    assert ("东非共同体秘书处", "role:co-organiser") in found and ("内罗毕大学", "role:co-organiser") in found


def test_the_session_a_heading_opens_keeps_an_organiser_that_also_organises_the_event():
    text = (EVENT + "会议由联合国教育、科学及文化组织组织。\n\n政策会议 3 — 多语种内容\n2031年3月3日，14:30–16:00\n\n"
            "该会话被组织由联合国教育、科学及文化组织（United Nations Educational, Scientific and Cultural "
            "Organization, UNESCO），与国际电信联盟（International Telecommunication Union, ITU）作为共同组织者。\n")
    read = {(arg_key(f, "context"), arg_key(f, "agent"), f["args"]["role"]["key"]) for f in facts(text, "role")}
    assert ("政策会议 3 — 多语种内容", "org:unesco", "role:organiser") in read
    assert ("政策会议 3 — 多语种内容", "org:itu", "role:co-organiser") in read
    assert ("政策会议 3 — 多语种内容", "org:unesco", "role:co-organiser") not in read  # (its glosses are no bodies)


def test_a_sentence_of_parts_places_no_session_its_paragraphs_spoke_of():
    text = (EVENT + "16日下午，“社区网络”专题会议举行。会议由国际电信联盟主办。\n\n"
            "信息社会世界峰会由联合国发起，分两个阶段举行：2003年12月在瑞士日内瓦、2005年11月在突尼斯。\n")
    held = _held(text)
    assert ("event:wsis-geneva-phase", "place:geneva") in held
    assert not {(e, v) for e, v in held if v in ("place:geneva", "country:CH") and e != "event:wsis-geneva-phase"}


def test_a_list_item_of_a_part_with_its_date_and_country_and_city():
    held = _held(EVENT + "背景\n\n• 信息社会世界峰会第一阶段：2003年12月10日至12日，瑞士日内瓦\n")
    assert {("event:wsis-geneva-phase", "2003年12月10日至12日"), ("event:wsis-geneva-phase", "place:geneva")} <= held


def test_an_edition_of_a_known_body_s_meeting_is_an_event_and_the_meeting_pointed_at_after_it():
    x = extract(doc(EVENT + "会议成果将提交下月召开的第25届互联网治理论坛（IGF）。该论坛定于3月11日至15日在马来西亚吉隆坡举行。"))
    held = {(f.args["event"].label, f.args["event"].value.get("name"), f.kind) for f in x.facts
            if f.kind in ("event-time", "event-place") and f.args["event"].start > 40}
    assert held == {("EVENT", "第25届互联网治理论坛", "event-time"), ("EVENT", "第25届互联网治理论坛", "event-place")}


def test_an_event_named_after_a_clause_of_holding_is_dated_and_placed_not_the_report_s():
    held = _held(EVENT + "行动议程将提交2032年4月在泰国曼谷举行的亚太青年与性别数字包容后续会议审议。")
    assert ("亚太青年与性别数字包容后续会议", "place:bangkok") in held
    assert not {(e, v) for e, v in held if v == "place:bangkok" and e != "亚太青年与性别数字包容后续会议"}


def test_the_session_a_sentence_opens_at_is_what_the_next_sentence_points_at():
    text = (EVENT + "在闭幕前一天上午举行的部长级圆桌会议上，各国部长展开讨论。这场圆桌会议由东非共同体秘书处组织，"
            "约翰·卡马乌担任会议主席。")
    read = {(arg_key(f, "agent"), arg_key(f, "context")) for f in facts(text, "role")}
    assert ("约翰·卡马乌", "部长级圆桌会议") in read and ("东非共同体秘书处", "部长级圆桌会议") in read


def test_a_fact_sheet_s_numbered_sessions_and_its_list_of_bodies_under_a_field():
    text = ("第二届东非青年数字峰会情况介绍\n\n活动名称：第二届东非青年数字峰会\n日期：2031年3月2日至4日\n地点：肯尼亚内罗毕\n"
            "主办单位：肯尼亚信息通信部\n联合组织单位：\n  1. 国际电信联盟（ITU）\n  2. 东非共同体秘书处（EACS）\n"
            "峰会主席：约翰·卡马乌先生（肯尼亚），肯尼亚信息通信部部长\n\n二、主要议程\n\n"
            "会议一　开幕全体会议：青年引领的数字未来\n  时间：3月2日 09:30—11:00\n  组织单位：肯尼亚信息通信部\n")
    read = {(arg_key(f, "agent"), f["args"]["role"]["key"], arg_key(f, "context")) for f in facts(text, "role")}
    assert ("东非共同体秘书处", "role:co-organiser", "event:@main") in read or \
        ("东非共同体秘书处", "role:co-organiser", "第二届东非青年数字峰会") in read
    assert ("约翰·卡马乌先生", "role:chair", "第二届东非青年数字峰会") in read or \
        ("约翰·卡马乌先生", "role:chair", "event:@main") in read  # no session titled by the list's last body
    assert ("肯尼亚信息通信部", "role:organiser", "开幕全体会议：青年引领的数字未来") in read  # 会议一 numbers it


def test_a_chair_s_word_between_a_body_s_words_and_a_name_is_an_office_not_a_role():
    found = roles(EVENT + "国际电信联盟秘书长赵厚麟、中国残联副主席吕世明等受邀参加会议。")
    assert not [r for a, r in found if a == "吕世明"]
    found = roles(EVENT + "自治区常务副主席黄志强出席大会开幕式并致辞。")
    assert not [r for a, r in found if a == "黄志强"]
    assert ("约翰·卡马乌", "role:chair") in roles(EVENT + "大会主席约翰·卡马乌致开幕辞。")  # the event's word before it
    assert ("约翰·卡马乌", "role:chair") in roles(EVENT + "会议由主席约翰·卡马乌主持。")


def test_a_body_given_its_own_role_after_a_comma_is_no_second_agent_of_the_verb_before():
    text = (EVENT + "\n研讨会 4 — 海底电缆韧性\n2031年3月3日，10:00-11:30\n\n"
            "它被组织由国际电信联盟（International Telecommunication Union），和东非共同体秘书处作为共同组织者。")
    read = {(arg_key(f, "agent"), f["args"]["role"]["key"]) for f in facts(text, "role")}
    assert ("org:itu", "role:organiser") in read and ("东非共同体秘书处", "role:co-organiser") in read
    assert ("org:itu", "role:co-organiser") not in read


def test_an_event_named_inside_following_clause_is_an_earlier_occurrence_of_the_report_s():
    text = ("东非区域数字审查会议\n2031年3月2日至4日，肯尼亚内罗毕\n\n"
            "1. 东非区域数字审查会议于2031年3月2日至4日在内罗毕举行。\n"
            "2. 本次会议是继2029年11月9日在坦桑尼亚达累斯萨拉姆举行的东非区域数字审查会议之后的又一次区域审查。\n")
    x = extract(doc(text))
    assert x.main_event.value.get("edition_kind") is None and x.main_event.start == 0
    earlier = {(f.kind, f.args["date"].text if f.kind == "event-time" else None) for f in x.facts
               if f.kind in ("event-time", "event-place") and f.args["event"].value.get("edition_kind") == "previous"}
    assert ("event-time", "2029年11月9日") in earlier and ("event-place", None) in earlier
    main_dates = {f.args["date"].text for f in x.facts if f.kind == "event-time" and not f.args["event"].value.get("edition_kind")}
    assert "2029年11月9日" not in main_dates


def test_a_counted_noun_ends_before_a_verb_of_transforming_it():
    found = {(f["args"]["measure"]["text"], f["args"]["value"]) for f in facts(EVENT + "会议介绍了拟将超过1200个农村邮局改造为数字服务点的计划。", "statistic")}
    assert ("农村邮局", 1200) in found


def test_this_session_points_at_the_session_the_paragraph_before_named_when_no_heading_does():
    text = (EVENT + "\n“应对气候灾害的韧性连通”\n高级别部长圆桌会议 —— 2031年3月3日，14:00-15:30\n\n"
            "高级别部长圆桌会议 — 应对气候灾害的韧性连通被组织由国际电信联盟。\n\n"
            "在此会话期间，主旨发言被给出由约翰·卡马乌博士，主任，东非共同体秘书处。\n")
    read = {(arg_key(f, "agent"), arg_key(f, "context")) for f in facts(text, "role") if f["args"]["role"]["key"] == "role:keynote-speaker"}
    assert read and all(c != "event:@main" and "圆桌会议" in c for _, c in read)


def test_a_session_titled_twice_in_a_table_reads_without_end():
    """A table's rows repeat a session's title (多利益攸关方对话：… | 共同协调人 | …): each row's title
    is one, and looking for it elsewhere finds the other row, which must not look back for ever."""
    text = ("本次会议是信息社会世界峰会成果落实进程中的区域性审查会议。\n"
            "◆ 09:30—12:00　多利益攸关方对话：WSIS行动方针区域实施进展\n"
            "| 多利益攸关方对话：WSIS行动方针区域实施进展 | 共同协调人 | 扬·科瓦奇克 | 欧洲数字合作中心高级顾问 |\n"
            "| 多利益攸关方对话：WSIS行动方针区域实施进展 | 共同协调人 | 伊莎贝尔·蒙泰罗 | 加勒比开放数据中心主任 |\n")
    assert roles(text) >= {("扬·科瓦奇克", "role:co-facilitator"), ("伊莎贝尔·蒙泰罗", "role:co-facilitator")}


def test_co_chairs_of_an_untitled_session_do_not_name_it_but_its_organisers_do():
    """开幕式由A与B担任共同主席: the opening ceremony, not A's and B's; 由X和Y联合举办的高级别对话
    is the dialogue those two run, told apart from any other by them."""
    text = (EVENT + "开幕式由乌拉圭数字转型与创新部部长马蒂亚斯·费雷拉与执行秘书阿德里亚娜·孔特雷拉斯担任共同主席。"
            "国际电联和各国议会联盟联合举办的高级别对话讨论了数字议会。\n")
    sessions = {f.args["context"].text: f.args["context"].value.get("organisers")
                for f in extract(doc(text)).facts if f.kind == "role"
                and getattr(f.args.get("context"), "label", "") == "SESSION"}
    assert sessions["开幕式"] == []
    assert sessions["高级别对话"] == ["org:itu", "org:ipu"]


def test_a_bilingual_page_s_english_glosses_read_as_blanks_and_its_lists_as_on_a_chinese_page():
    """金牌合作伙伴 Gold Partners：东非云计算公司 EastAfrica Cloud；卢门数字基金会 Lumen Digital Foundation:
    both partners are gold; a translation that keeps a few English names keeps them."""
    from wsis_graph.extract.layout import reading_view
    text = (EVENT + "合作伙伴 Partners\n- 钻石级合作伙伴 Diamond Partner：萨凡纳电信 Savanna Telecom\n"
            "- 金牌合作伙伴 Gold Partners：东非云计算公司 EastAfrica Cloud；卢门数字基金会 Lumen Digital Foundation\n"
            "- 支持伙伴 Supporting Partners：非洲数字技能网络 African Digital Skills Network；内罗毕科技周 Nairobi Tech Week\n")
    tiers = tiers_of(text)
    assert tiers.get("卢门数字基金会") == "tier:gold-partner" and tiers.get("内罗毕科技周") == "tier:supporting-partner"
    assert tiers.get("萨凡纳电信") == "钻石级合作伙伴"  # a tier no lexicon lists, by its own words
    kept = "会议被举行于蒙得维的亚，在 Centro de Convenciones Rambla。该会议由 Agency for Digital Government 托管。\n"
    assert reading_view(kept) == kept


def test_a_page_that_keeps_the_english_and_writes_the_chinese_after_it_is_read_in_chinese():
    """Organizers 主办方：Pacific Digital Development Agency（太平洋数字发展署）, Moderator 主持人：Kenji
    Watanabe 渡边健二, Chief Technology Officer 首席技术官, …: each body and person is read once, by
    its Chinese name, with its office; a person described in brackets keeps the English name."""
    text = (EVENT + "Host 东道主：Ministry of Communications and Digital Futures, Republic of Fiji（斐济共和国通信与数字未来部）\n"
            "Organizers 主办方：Pacific Digital Development Agency（太平洋数字发展署）\n"
            "Chair 主席：Hon. Ratu Josaia Nailatikau 拉图·约塞亚·奈拉蒂考, Minister 部长, Ministry of Communications"
            "（斐济通信部）\n"
            "Moderator 主持人：Kenji Watanabe 渡边健二, Chief Technology Officer 首席技术官, Tasman Pacific Cables"
            "（塔斯曼太平洋海缆公司）\n"
            "Panellists 小组成员：Amina Diop（全球女性编程网络创始人）\n")
    agents = roles(text)
    assert ("斐济共和国通信与数字未来部", "role:host") in agents and ("太平洋数字发展署", "role:host") in agents
    assert ("拉图·约塞亚·奈拉蒂考", "role:chair") in agents and ("渡边健二", "role:moderator") in agents
    assert not any(a.isascii() for a, _ in agents)
    posts = {(f["args"]["person"]["text"], f["args"]["title"]["text"]) for f in facts(text, "post")}
    assert ("拉图·约塞亚·奈拉蒂考", "部长") in posts and ("渡边健二", "首席技术官") in posts
    view = reading_view(text)
    assert "Amina Diop（全球女性编程网络创始人）" in view  # words about her, no translation of her name
    few = EVENT + "- Desmond A. Whitaker 先生，常务秘书\n研讨会被主持由 Élise Mukamana 教授，校长。\n"
    assert reading_view(few) == few


def test_a_roles_table_s_session_cell_with_a_date_note_names_the_session_without_it_and_dates_it():
    """| 开幕式（10月20日） | 主持人 | 努尔·阿卜杜拉 | …: the opening ceremony, held on the 20th."""
    text = ("2037年阿拉伯区域高级别论坛于2037年10月20日至22日在马斯喀特举行。\n\n"
            "| 会议 | 角色 | 姓名 | 职务 |\n|---|---|---|---|\n"
            "| 开幕式（10月20日） | 主持人 | 努尔·阿卜杜拉 | 阿曼国家电视台主播 |\n"
            "| 专题会议一：阿拉伯语人工智能与数字内容（10月21日） | 主席 | 萨尔玛·奥泰比 | 阿拉伯国家联盟司长 |\n")
    contexts = context_of_each(text)
    assert contexts == {"努尔·阿卜杜拉": "开幕式", "萨尔玛·奥泰比": "专题会议一：阿拉伯语人工智能与数字内容"}
    dated = {(f["args"].get("session") or f["args"].get("event"))["text"]: f["args"]["date"]["text"]
             for f in facts(text) if f["kind"] in ("session", "event-time") and f["args"].get("date")}
    assert dated.get("开幕式") == "10月20日" and dated.get("专题会议一：阿拉伯语人工智能与数字内容") == "10月21日"


def test_supporting_units_are_supporting_partners():
    text = EVENT + "支持单位：马斯喀特科技大学、海湾数字基础设施基金\n"
    tiers = tiers_of(text)
    assert tiers == {"马斯喀特科技大学": "tier:supporting-partner", "海湾数字基础设施基金": "tier:supporting-partner"}


def test_a_when_line_under_a_session_page_s_title_dates_its_session_and_its_breadcrumb_names_its_event():
    """WSIS论坛2035 › 会议议程 › 主题研讨会 / 主题研讨会147｜… / (its English line) / 星期四，2035年5月10日，
    14:00–15:30，会议室C2: the page's session is held that day, as part of the forum."""
    text = ("WSIS论坛2035 › 会议议程 › 主题研讨会\n\n主题研讨会147｜数字公共基础设施中的数据保护与信任\n"
            "Thematic Workshop 147 | Data Protection and Trust in Digital Public Infrastructure\n\n"
            "星期四，2035年5月10日，14:00–15:30（日内瓦时间），会议室C2\n\n组织方：全球数字身份治理倡议\n"
            "主持人：玛丽亚·孔蒂\n")
    found = facts(text)
    dated = [f["args"]["date"]["text"] for f in found if f["kind"] in ("event-time", "session")
             and f["args"].get("date") and (f["args"].get("event") or f["args"].get("session"))["label"] == "MAIN"]
    assert dated == ["2035年5月10日"]
    (part,) = [f for f in found if f["kind"] == "relation"]
    assert part["args"]["relation"] == "relation:part-of" and part["args"]["object"]["text"] == "WSIS论坛2035"


# A fact sheet laid out in two lines per field, a programme of dates over titles, a roles table with
# ditto cells and an office column, tiers whose partners a slash parts, and values before labels.
TWO_LINE_SHEET = """2037年南方数字论坛
概况说明

日期
2037年9月15日（星期二）—9月17日（星期四）

地点
拉普拉塔河岸会议中心
蒙得维的亚 / 乌拉圭

相关会议
南方信息社会部长级筹备会议
2037年5月20日—21日 / 圣地亚哥 / 智利

议程概览
9月15日上午
开幕全会
9月15日下午
专题会议一：数字公共基础设施
9月17日下午
闭幕全会；发布《蒙得维的亚成果声明》

主要角色

场次 | 角色 | 姓名 | 职务及单位
论坛全程 | 主席 | 玛丽亚·何塞·费雷拉 | 部长，乌拉圭数字包容与电信部
开幕全会 | 主席 | 同上 | 同上
同上 | 主旨发言 | 迭戈·阿尔瓦雷斯 | 教授，拉普拉塔河理工大学
专题会议一：数字公共基础设施 | 主持人 | 安娜·保拉·索萨 | 执行主任，安第斯开放数据网络

支持伙伴
开放学习基金会 / 蒙得维的亚创客空间

数字一览
3,200 — 注册参会者
12 — 位部长级代表
"""


def test_a_place_field_over_several_lines_places_the_event_in_its_city():
    rows = {r[0]: r[2:] for r in _events_rows(TWO_LINE_SHEET)}
    assert rows["2037年南方数字论坛"] == ("2037-09-15", "2037-09-17", "拉普拉塔河岸会议中心", "Montevideo", "Uruguay")
    # a date line of places parted by slashes under another event's name
    assert rows["南方信息社会部长级筹备会议"] == ("2037-05-20", "2037-05-21", "", "Santiago", "Chile")


def test_dates_opening_a_run_under_its_heading_date_the_titles_below_them():
    dated = _dated_sessions(extract(doc(TWO_LINE_SHEET)), rule="zh.listing.dated-item")
    assert dated == {"开幕全会": "9月15日", "专题会议一：数字公共基础设施": "9月15日", "闭幕全会": "9月17日"}


def test_a_roles_table_reads_dittos_the_whole_event_and_each_person_s_office():
    x = extract(doc(TWO_LINE_SHEET))
    roles = {(f.args["agent"].text, f.args["role"].key, f.args["context"].text) for f in x.facts
             if f.kind == "role" and f.rule == "zh.table.programme-row"}
    assert ("玛丽亚·何塞·费雷拉", "role:chair", "2037年南方数字论坛") in roles  # 论坛全程: the event
    assert ("玛丽亚·何塞·费雷拉", "role:chair", "开幕全会") in roles  # 同上: the person above
    assert ("迭戈·阿尔瓦雷斯", "role:keynote-speaker", "开幕全会") in roles  # 同上: the session above
    posts = {(f.args["person"].text, f.args["post"].text if hasattr(f.args["post"], "text") else f.args["post"]["text"],
              f.args["organization"].text) for f in x.facts if f.kind == "post" and f.rule == "zh.table.post-cell"}
    assert posts == {("玛丽亚·何塞·费雷拉", "部长", "乌拉圭数字包容与电信部"), ("迭戈·阿尔瓦雷斯", "教授", "拉普拉塔河理工大学"),
                     ("安娜·保拉·索萨", "执行主任", "安第斯开放数据网络")}


def test_partners_a_slash_parts_are_each_a_partner_and_values_before_labels_are_counted():
    x = extract(doc(TWO_LINE_SHEET))
    assert {f.args["sponsor"].text for f in x.facts if f.kind == "sponsorship"} == {"开放学习基金会", "蒙得维的亚创客空间"}
    figures = {(f.args["measure"] if isinstance(f.args["measure"], str) else f.args["measure"].text, f.args["value"])
               for f in x.facts if f.kind == "statistic"}
    assert {("measure:participants", 3200), ("部长级代表", 12)} <= figures


# A media kit in nested bulleted lists: fields, a programme by day, slots with their fields under them.
NESTED_KIT = """媒体资料包
2038年中亚数字连通高级别会议

一、基本信息

- 会议名称：2038年中亚数字连通高级别会议
- 会议时间：2038年3月9日（周二）至11日（周四）
- 会议地点：乌兹别克斯坦 塔什干
- 背景：
  - 会议成果将提交信息社会世界峰会2038年论坛，该论坛定于2038年5月10日（周一）至14日（周五）在瑞士日内瓦举行

二、组织架构

- 主办：乌兹别克斯坦数字发展与通信部
- 协办：
  - 联合国开发计划署
  - 撒马尔罕数字经济大学

三、日程

- 3月9日（周二）
  - 10:00–12:00 开幕全会
    - 主旨发言：卡纳特·努尔兰诺夫
  - 14:00–15:30 专题一：跨境光缆与卫星连通
    - 主持人：迪尔诺扎·尤苏波娃
- 3月11日（周四）
  - 15:00–16:30 闭幕全会
    - 通过《塔什干数字连通行动纲要》

四、关键数据

- 参会者：1,800余名（线上线下合计）
"""


def test_a_nested_programme_dates_each_slot_by_its_day_and_gives_its_fields_to_it():
    x = extract(doc(NESTED_KIT))
    dated = _dated_sessions(x)
    assert dated == {"开幕全会": "3月9日", "专题一：跨境光缆与卫星连通": "3月9日", "闭幕全会": "3月11日"}
    roles = {(f.args["agent"].text, f.args["context"].text) for f in x.facts if f.kind == "role" and f.args["agent"].label == "PERSON"}
    assert roles == {("卡纳特·努尔兰诺夫", "开幕全会"), ("迪尔诺扎·尤苏波娃", "专题一：跨境光缆与卫星连通")}  # (a clock time is no field's label)


def test_a_nested_list_s_fields_name_the_event_and_its_co_organisers():
    rows = {r[0]: r[2:] for r in _events_rows(NESTED_KIT)}
    assert rows["2038年中亚数字连通高级别会议"][:2] == ("2038-03-09", "2038-03-11")  # (会议时间 is a field, no session)
    assert rows["WSIS Forum 2038"] == ("2038-05-10", "2038-05-14", "", "Geneva", "Switzerland")  # the forum 该论坛 points at
    x = extract(doc(NESTED_KIT))
    co = {f.args["agent"].text for f in x.facts if f.kind == "role" and getattr(f.args["role"], "key", None) == "role:co-organiser"}
    assert co == {"联合国开发计划署", "撒马尔罕数字经济大学"}
    assert [(f.args["value"], f.args["measure"]) for f in x.facts if f.kind == "statistic"] == [(1800, "measure:participants")]


def test_an_event_pointed_at_keeps_the_name_it_was_written_with_not_the_pointing_words():
    from wsis_graph.resolve import resolve
    resolution = resolve([extract(doc(NESTED_KIT))])
    forum = next(e for e in resolution.entities.values() if e.labels.get("en") == "WSIS Forum 2038")
    assert "信息社会世界峰会2038年论坛" in forum.alt_labels.get("zh", []) and "该论坛" not in forum.alt_labels.get("zh", [])


def test_a_slot_of_a_session_page_s_agenda_named_by_its_kind_alone_is_part_of_the_page_s_session():
    page = ("2024年信息社会世界峰会论坛 > 议程 > 高级别轨道\n\n高级别政策会议4：弥合数字鸿沟\n\n日期：2024年5月28日（星期二）\n"
            "时间：14:30–15:30（UTC+02:00）\n\n议程安排\n\n14:30–14:35 开幕致辞\n多琳·博格丹-马丁女士，国际电信联盟秘书长\n\n"
            "14:45–15:15 小组讨论\n主持人：托马斯·拉马瑙斯卡斯先生，国际电信联盟副秘书长\n")
    (role,) = [f for f in extract(doc(page)).facts if f.kind == "role" and f.args["agent"].label == "PERSON"]
    assert role.args["context"].text == "高级别政策会议4：弥合数字鸿沟"


def test_a_press_release_s_boilerplate_after_its_end_mark_counts_nothing_of_the_event():
    body = ("内罗毕，2036年4月2日 — 2036年东非数字峰会今天闭幕。来自19个国家的1,200余名代表出席。\n\n"
            "工作坊由方若琳博士和约瑟夫·奥凯洛共同协调。\n\n")
    about = "关于联合国开发计划署\n开发署在约170个国家和地区开展工作，已在60多个国家支持数字转型。\n"
    for text in (body + "（完）\n\n" + about, body + "###\n" + about):
        x = extract(doc(text))
        assert sorted(f.args["value"] for f in x.facts if f.kind == "statistic") == [19, 1200]
    roles = {(f.args["agent"].text, f.args["role"].key) for f in x.facts if f.kind == "role"}
    assert ("约瑟夫·奥凯洛", "role:co-facilitator") in roles  # 共同协调: co-facilitated


def test_the_event_pointed_at_by_a_word_no_session_before_it_is_called_by_is_the_report_s_event():
    told = EVENT + "开幕会议由约翰·卡马乌先生主持。\n\n"
    hosted = [f["args"]["context"] for f in facts(told + "该活动由国际电信联盟和肯尼亚政府共同主办。", "role")
              if f["args"]["agent"]["text"] == "国际电信联盟"]
    assert [(c["label"], c["text"]) for c in hosted] == [("EVENT_REF", "该活动")]  # (the report's event, not 开幕会议)
    assert context_of_each(told + "该会议由国际电信联盟组织。")["国际电信联盟"] == "开幕会议"  # (会议 calls the opening meeting)
    numbered = EVENT + "高级别政策会议2“社区网络”在安第斯厅举行。该会议由地平线连接基金会组织。"
    assert context_of_each(numbered)["地平线连接基金会"] == "高级别政策会议2“社区网络”"


def test_a_title_given_by_a_naming_word_names_its_session_where_the_clause_opens_with_it():
    text = EVENT + "题为“青年与数字未来”的互动会议于3月3日举行，由联合国贸发会议主办。"
    sessions = {f["args"]["session"]["value"]["name"] for f in facts(text, "session")}
    assert sessions == {"青年与数字未来"}
    for lead in ("在关于“数字公共产品”的专题会议上", "在以“数字公共产品”为主题的专题会议上"):
        assert context_of_each(EVENT + lead + "，约翰·史密斯发表主旨演讲。")["约翰·史密斯"].endswith("专题会议")


def test_a_fact_sheet_titled_by_its_event_is_the_event_s_page_not_the_first_session_s_it_lists():
    sheet = ("2031年东非数字峰会 情况简介\n\n时间：2031年3月2日至4日\n地点：肯尼亚内罗毕\n\n主要会议\n"
             "部长级圆桌会议：数字公共基础设施与包容性增长（3月2日）\n主席：约瑟夫·穆查里亚（肯尼亚信息通信部部长）\n"
             "分论坛一：数字包容与性别平等（3月3日）\n主持人：玛丽亚·洛佩斯（联合国妇女署）\n")
    rows = {r[0]: r[2:] for r in _events_rows(sheet)}
    assert rows["2031年东非数字峰会"][:2] == ("2031-03-02", "2031-03-04")  # (not the roundtable's: 主要会议 lists it)
    dated = {f["args"]["session"]["value"]["name"]: f["args"]["date"]["text"] for f in facts(sheet, "session") if "date" in f["args"]}
    assert dated == {"部长级圆桌会议：数字公共基础设施与包容性增长": "3月2日", "分论坛一：数字包容与性别平等": "3月3日"}


def test_a_translation_s_card_after_by_names_a_person_with_no_title_before_the_name():
    text = EVENT + "开幕会议被主持由佐藤健一，主任，京滨大学信息学院。"
    assert ("佐藤健一", "role:moderator") in roles(text)


def test_a_session_s_title_said_again_under_its_heading_or_in_quotes_is_that_session():
    text = (EVENT + "\n专题研讨会：青年与数字技能\n\n3月3日，青年与数字技能研讨会由约翰·史密斯先生主持。\n\n"
            "在“人工智能与可持续发展”中，玛丽亚·洛佩斯女士发表主旨演讲。\n\n"
            "在会议2：数字包容期间，先生李明浩，主任，亚太电信组织，担任了主持人。\n")
    contexts = context_of_each(text)
    assert contexts["约翰·史密斯先生"] == "专题研讨会：青年与数字技能"
    assert contexts["玛丽亚·洛佩斯女士"] == "人工智能与可持续发展"
    assert contexts["李明浩"] == "会议2：数字包容"


def test_a_session_the_subject_includes_is_not_what_a_translation_s_passive_after_it_speaks_of():
    for text in ("该活动，包括部长级圆桌会议，被主办由国际电信联盟。", "该活动，特色了一个高级别会议关于数字包容，被组织由国际电信联盟。"):
        hosted = [f["args"]["context"]["label"] for f in facts(EVENT + text, "role")]
        assert hosted == ["EVENT_REF"], text
    assert context_of_each(EVENT + "活动包括由国际电信联盟组织的部长级圆桌会议。")["国际电信联盟"] == "部长级圆桌会议"
    joined = EVENT + "会议被主办由国际电信联盟，与开幕会议被主持由先生李明浩。"
    assert context_of_each(joined)["李明浩"] == "开幕会议"  # (与 joins the clauses: no word of the name)


def test_an_event_s_final_week_gives_its_end_and_leaves_its_start():
    text = "2034年东非数字论坛计划于2034年3月15日开幕，最后一周将于2034年5月30日至6月3日举行。\n"
    rows = {r[0]: r[2:4] for r in _events_rows(text)}
    assert rows["2034年东非数字论坛"] == ("2034-03-15", "2034-06-03")


def test_an_event_run_from_a_day_to_its_final_week_spans_both():
    """A forum held online over months: it starts the day it runs from, ends with its final week,
    and the final week's days are not the whole forum's time (its name said with 虚拟 is the forum)."""
    text = ("2034年东非数字论坛举办虚拟会议\n东非数字论坛将自6月22日起，每周举办在线会议，直至9月结束。\n"
            "2034年东非数字虚拟论坛的最后一周将于2034年9月7至10日举办，包括互动式高级别对话。\n")
    assert [r[2:4] for r in _events_rows(text)] == [("2034-06-22", "2034-09-10")]
    alone = "2034年东非数字论坛举办虚拟会议\n2034年东非数字论坛的最后一周将于2034年9月7至10日举办。\n"
    assert [{k: v["text"] for k, v in f["args"].items()} for f in facts(alone, "event-time")] == [
        {"event": "2034年东非数字论坛", "last_days": "2034年9月7至10日"}]


def test_a_headline_s_year_gives_way_to_the_days_the_body_gives():
    rows = {r[0]: r[2:4] for r in _events_rows("2016年WSIS论坛开幕。\nWSIS论坛于5月2日至6日在国际电联总部举行。\n")}
    assert rows["WSIS Forum 2016"] == ("2016-05-02", "2016-05-06")


def test_a_fact_sheet_kept_as_markdown_reads_as_its_plain_twin():
    """Marks of emphasis and headings (**活动名称：**, # 标题) are no part of a label, a name or a
    session's title; the evidence quotes stay as the source writes them."""
    marked = ("# 2034年东非数字论坛\n\n- **活动名称：** 2034年东非数字论坛\n- **日期：** 2034年5月3日至5日\n"
              "- **地点：** 肯尼亚内罗毕\n- **东道主：** 肯尼亚信息通信部\n\n**第一天：5月3日**\n\n"
              "- **部长级圆桌会议：数字公共基础设施**（11:00–13:00）\n  - 组织方：东非共同体秘书处\n")
    plain = marked.replace("**", "").replace("# ", "")
    assert _events_rows(marked) == _events_rows(plain) != []
    roles = {(arg_key(f, "agent"), arg_key(f, "context")) for f in facts(marked, "role")}
    assert ("东非共同体秘书处", "部长级圆桌会议：数字公共基础设施") in roles
    spans = [s for f in facts(marked) for s in f["spans"]]
    assert spans and all(marked[s["start"]:s["end"]] == s["quote"] for s in spans)


def test_a_headline_s_second_clause_after_a_wide_space_is_a_clause_of_its_own():
    """第二届…峰会在达喀尔闭幕　各方承诺到2038年…: a headline parts its clauses with a wide space;
    the year of a promise in the second is no end of the event the first says closed."""
    text = ("2035年西非数字技能峰会在达喀尔闭幕　各方承诺到2038年培训逾50万名青年\n"
            "2035年西非数字技能峰会于2035年3月26日至28日在达喀尔举行。\n")
    assert [r[2:4] for r in _events_rows(text)] == [("2035-03-26", "2035-03-28")]


def test_a_role_word_gives_no_time_or_place_to_an_event_it_does_not_name():
    """当天上午，国际电联在内罗毕主办了题为“数字未来”的平行活动: where ITU hosted a side event says
    nothing of where the report's event was held (zh.frame.event-hosted needs the event named in its
    clause; the report's event has no place of its own here, so a default would show)."""
    text = "2034年东非数字论坛\n当天上午，国际电联在内罗毕主办了题为“数字未来”的平行活动。\n"
    assert not facts(text, "event-place")


def test_a_translation_s_passive_co_facilitation_names_its_co_facilitators_after_its_verb():
    """被共同协调由A，…，以及B (co-facilitated by A and B): the role word, then its agents after 由."""
    text = EVENT + ("关于成果声明的多利益攸关方磋商被共同协调由 Aishath Naseem 女士，副常务秘书，马尔代夫数字事务部，"
                    "以及丹增·旺楚克博士，主任，不丹数字治理局。\n")
    found = {(a, r, c) for a, r, c in _roles_in(text) if r == "role:co-facilitator"}
    assert found == {("Aishath Naseem 女士", "role:co-facilitator", "关于成果声明的多利益攸关方磋商"),
                     ("丹增·旺楚克博士", "role:co-facilitator", "关于成果声明的多利益攸关方磋商")}


def test_a_programme_line_of_cells_parted_by_bars_reads_as_its_time_and_title():
    """时间 | 标题 | 会议室, with no bars around: the room is no part of the title; a table under a
    header (时间 | 会议 | 地点) and a cell that is a field of its own (主持：…) stay as they are."""
    line = "11:00-13:00 | 会议1：农村和偏远地区的有意义连接 | Salón Barahona\n"
    assert reading_view(line) == "11:00-13:00   会议1：农村和偏远地区的有意义连接                 \n"
    table = "时间 | 会议 | 地点\n10:00 | 开幕式 | A厅\n"
    assert reading_view(table) == table
    assert reading_view("09:00 | 开幕式 | 主持：张三\n") == "09:00 | 开幕式 | 主持：张三\n"
    text = EVENT + "\n3月3日\n\n" + line + "主持人：Luis Alberto Quispe，执行秘书，美洲国家电信委员会\n"
    assert ("Luis Alberto Quispe", "role:moderator", "会议1：农村和偏远地区的有意义连接") in _roles_in(text)


def test_an_english_label_with_its_chinese_label_in_brackets_reads_as_the_chinese_field():
    """Gold Partner（黄金合作伙伴）：X: a translation keeps the English label and glosses it."""
    text = EVENT + "\nLong-term Partner（长期合作伙伴）：阿联酋电信和数字政府监管局 (TDRA)\nGold Partner（黄金合作伙伴）：维也纳量子云公司\n"
    found = {(f.args["sponsor"].text, f.args["tier"].key) for f in extract(doc(text)).facts if f.kind == "sponsorship"}
    assert found == {("阿联酋电信和数字政府监管局", "tier:long-term-partner"), ("维也纳量子云公司", "tier:gold-partner")}


def test_a_numbered_english_title_s_number_is_no_part_of_its_english_name():
    """1) High-Level Policy Session 4: …（高级别政策会议 4：…）: the item's number opens the line, not the name."""
    text = EVENT + ("\n1) High-Level Policy Session 4: Digital Public Infrastructure（高级别政策会议 4：数字公共基础设施）\n"
                    "   日期/时间：2031年3月3日，10:00-11:30\n   主持人：伊莎贝拉·莫雷蒂，高级编辑，欧洲数字新闻社\n")
    sessions = [f.args["context"] for f in extract(doc(text)).facts if f.kind == "role"]
    assert [s.value.get("en") for s in sessions] == ["High-Level Policy Session 4: Digital Public Infrastructure"]


def test_a_line_drawn_to_part_items_reads_as_a_blank_line():
    """━━━━━━ between a track's sessions parts them as a blank line does: it titles nothing."""
    assert reading_view("A\n━━━━━━━━\nB\n---\n") == "A\n        \nB\n   \n"
    assert reading_view("—— 情况说明 ——\n| --- | --- |\n") == "—— 情况说明 ——\n| --- | --- |\n"  # a title's ornament, a table's rule


def test_a_fact_sheet_s_values_set_in_a_column_after_their_labels_read_as_fields():
    """1.1 会议名称    X / 1.4 东道国主办  Y: a section's number, a label, blanks, the value."""
    sheet = ("  1.1 会议名称    2031年东非区域信息社会世界峰会审查会议\n  1.2 会期        2031年3月2日至4日\n"
             "  1.3 会址        肯尼亚内罗毕市\n  1.4 东道国主办  肯尼亚信息通信部\n")
    assert reading_view(sheet).splitlines()[3] == "      东道国主办： 肯尼亚信息通信部"
    x = extract(doc(sheet))
    assert x.main_event is not None and x.main_event.text == "2031年东非区域信息社会世界峰会审查会议"
    assert ("肯尼亚信息通信部", "role:host") in {(f.args["agent"].text, arg_key(f.to_json(), "role")) for f in x.facts if f.kind == "role"}
    assert reading_view("开幕式  上午九时举行。\n") == "开幕式  上午九时举行。\n"  # one line alone, no number: no column


def test_a_tier_heading_opened_by_another_mark_than_a_bullet_lists_the_partners_under_it():
    """▶ 白金级合作伙伴（Platinum Partner） / · 突尼斯电信: ▶ opens the heading as a bullet would."""
    text = EVENT + "\n合作伙伴\n\n▶ 白金级合作伙伴（Platinum Partner）\n   · 突尼斯电信\n▶ 金级合作伙伴（Gold Partner）\n   · 迦太基数据中心公司\n"
    found = {(f.args["sponsor"].text, f.args["tier"].text) for f in extract(doc(text)).facts if f.kind == "sponsorship"}
    assert found == {("突尼斯电信", "白金级合作伙伴"), ("迦太基数据中心公司", "金级合作伙伴")}
    assert reading_view("○ 时间：3月2日\n") == "• 时间：3月2日\n"


def test_a_table_of_people_gives_each_row_s_person_the_office_and_body_its_columns_name():
    """| 职务 | 姓名 | 职位 | 所属机构 |: no session column; the office and its body have columns of their own."""
    text = EVENT + ("\n| 职务 | 姓名 | 职位 | 所属机构 |\n| --- | --- | --- | --- |\n"
                    "| 论坛主席 | 萨拉·阿卜杜勒-拉赫曼 | 副部长 | 埃及通信和信息技术部 |\n| 副主席 | 高桥亮介 | 总务审议官 | 日本总务省 |\n")
    posts = {(f.args["person"].text, f.args["title"]["text"], f.args["organization"].text)
             for f in extract(doc(text)).facts if f.kind == "post"}
    assert posts == {("萨拉·阿卜杜勒-拉赫曼", "副部长", "埃及通信和信息技术部"), ("高桥亮介", "总务审议官", "日本总务省")}


def test_a_programme_line_s_slot_time_is_no_part_of_its_english_title():
    """11:00-13:00 | Session 1: …（会议1：…）| Room: the English name starts after the time."""
    text = EVENT + ("\n3月3日\n\n11:00-13:00 | Session 1: Meaningful Connectivity in Rural and Remote Areas（会议1：农村和偏远地区的有意义连接）"
                    "| Salón Barahona\n主持人：Luis Alberto Quispe，执行秘书，美洲国家电信委员会\n")
    contexts = [f.args["context"] for f in extract(doc(text)).facts if f.kind == "role"]
    assert [c.value.get("en") for c in contexts] == ["Session 1: Meaningful Connectivity in Rural and Remote Areas"]


def test_a_meeting_pointed_at_before_a_passive_role_verb_is_no_office_of_the_person_after_it():
    """该会议被主持由X (the meeting was chaired by X): 被主持由 is a passive verb and its agent, not the
    office 会议主持 before a name; the meeting pointed at is the session the paragraph before named."""
    text = EVENT + ("\n政策会议3：人工智能治理被举行在2031年3月3日。这个会话被组织由联合国亚洲及太平洋经济社会委员会。\n\n"
                    "该会议被主持由西蒂·库苏马博士，科长，联合国亚洲及太平洋经济社会委员会。\n")
    assert {c for a, r, c in _roles_in(text) if a.startswith("西蒂")} == {"政策会议3：人工智能治理"}


def test_a_report_s_first_sentence_is_no_banner_over_a_session_page():
    """…会议于3月2日至4日在内罗毕举行。 / 会议（Sessions） / 圆桌会议：… / 时间：…: the first line is a
    sentence of the report, not its event's banner, so the heading below it titles no page's session
    and the report's event stays the one its first sentence names."""
    text = EVENT + "\n会议（Sessions）\n\n圆桌会议：性别数据与信息社会衡量\n时间：2031年3月3日，16:00-17:30\n主持人：陈嘉怡，研究主任，国际性别数据研究中心\n"
    assert extract(doc(text)).main_event.text == "2031年全球连接审查会议"


def test_a_translated_programme_s_short_english_titles_keep_their_chinese_name_in_brackets():
    text = (EVENT + "\n议程\n\n第 1 天 — 星期一，2031年3月的2日\n"
            "10:00–13:00  Opening Plenary（开幕全体会议）\n             主席：约翰·卡马乌先生\n"
            "15:00–18:00  Youth Dialogue（青年对话会）\n             主持人：玛丽·万布伊女士\n")
    x = extract(doc(text))
    named = {f.args["session"].text: f.args["session"].value.get("en") for f in x.facts if f.kind == "session"}
    assert named == {"开幕全体会议": "Opening Plenary", "青年对话会": "Youth Dialogue"}
    assert session_dates(text) == {"开幕全体会议": "2031年3月的2日", "青年对话会": "2031年3月的2日"}


def test_a_programme_line_that_opens_with_its_slot_time_titles_a_session_of_no_kind_but_not_a_break():
    text = (EVENT + "\n议程\n\n星期一，2031年3月2日\n"
            "09:30–10:30  Opening Segment（开幕部分）\n主持人：约翰·卡马乌先生\n"
            "10:30–11:00  Coffee break（茶歇）\n"
            "11:00–12:30  闭幕和通过《内罗毕宣言》\n主持人：玛丽·万布伊女士\n"
            "12:30–14:00  午餐、休息\n")
    assert session_dates(text) == {"开幕部分": "2031年3月2日", "闭幕和通过《内罗毕宣言》": "2031年3月2日"}
    assert context_of_each(text) == {"约翰·卡马乌先生": "开幕部分", "玛丽·万布伊女士": "闭幕和通过《内罗毕宣言》"}


def test_on_a_session_s_own_page_its_timed_parts_of_no_kind_are_no_sessions_of_their_own():
    text = ("部长级圆桌会议：可信数字公共基础设施\n\n时间：2031年3月2日 10:00-12:00\n地点：内罗毕\n\n会议议程\n\n"
            "10:00-10:20 开幕环节\n- 主席致辞：肯尼亚信息通信部部长约翰·卡马乌先生\n\n"
            "10:20-11:40 部长级发言与讨论\n主持人：玛丽·万布伊女士\n")
    assert set(context_of_each(text).values()) == {"部长级圆桌会议：可信数字公共基础设施"}


def test_a_translation_s_title_in_english_word_order_over_its_english_name_is_the_report_s_event():
    text = ("联合国大会 的 高级别 会议 关于 全面 审查 的 落实 的 信息社会世界峰会 成果 (WSIS+30)\n\n"
            "High-level Meeting of the General Assembly on the Overall Review of the Outcomes of the World Summit\n\n"
            "日期：17-18 12月 2035\n地点：纽约\n\n会议 是 被 主持 由 安娜·费雷拉 阁下，大会主席。\n")
    main = extract(doc(text)).main_event
    name, english = main_named(text)
    assert english.startswith("High-level Meeting of the General Assembly")
    assert main.value["abbr"] == "WSIS+30"
    assert "".join(name.split()).startswith("联合国大会的高级别会议关于全面审查")
    news = extract(doc("国际电联 呼吁 加快 连接 最后 十亿 人\n\nITU calls for faster connection of the last billion\n\n"
                       "2035年信息社会世界峰会论坛于2035年7月7日至11日在日内瓦举行。\n"))
    assert news.main_event.text == "2035年信息社会世界峰会论坛"  # a headline with no event's head word names none


def test_a_numbered_programme_whose_lines_open_with_a_kind_and_a_colon_dates_its_sessions_not_the_line_above():
    text = (EVENT + "\n二、会议安排\n1. 开幕式：3月2日 09:00—10:00\n"
            "2. 第一次全体会议：区域数字转型的进展与差距：3月2日 10:15—12:30；组织单位：西亚经社会；主持人：卡里姆·曼苏尔\n"
            "3. 专题会议：阿拉伯语内容与人工智能：3月3日 09:30—11:00；组织单位：阿拉伯数字包容网络\n\n"
            "研讨会 7被举行在星期三，4 三月 2031，10:00–11:30。这个工作坊被组织由天山光纤公司。\n")
    assert session_dates(text) == {"开幕式": "3月2日", "第一次全体会议：区域数字转型的进展与差距": "3月2日",
                                   "专题会议：阿拉伯语内容与人工智能": "3月3日", "研讨会 7": "4 三月 2031"}
    assert context_of_each(text) == {"卡里姆·曼苏尔": "第一次全体会议：区域数字转型的进展与差距",
                                     "西亚经社会": "第一次全体会议：区域数字转型的进展与差距",
                                     "阿拉伯数字包容网络": "专题会议：阿拉伯语内容与人工智能",
                                     "天山光纤公司": "研讨会 7"}


def test_a_session_s_name_reads_over_a_counted_noun_joined_to_its_next_word():
    text = EVENT + "3月3日，国际电联组织了女性与女童数字技能工作坊，由玛丽·万布伊女士主持。\n"
    assert context_of_each(text)["玛丽·万布伊女士"] == "女性与女童数字技能工作坊"


def test_a_translated_tier_heading_in_english_with_its_chinese_tier_in_brackets_lists_its_partners():
    text = (EVENT + "\n合作伙伴（Partners）\n\nPlatinum Partners（白金合作伙伴）\n· 塞伦蒂斯数字集团（Serentis Digital Group）\n"
            "· 海湾数字未来管理局（Gulf Digital Futures Authority）\n\nGold Partners（金牌合作伙伴）\n· 卢米纳网络公司（Lumina Networks）\n")
    assert tiers_of(text) == {"塞伦蒂斯数字集团": "tier:platinum-partner", "海湾数字未来管理局": "tier:platinum-partner",
                              "卢米纳网络公司": "tier:gold-partner"}
    assert not [f for f in facts(text, "post")] and "Platinum Partners" not in str(facts(text))  # a tier, no person


def test_a_host_s_place_after_its_marker_runs_on_over_the_city_after_the_country():
    text = "信息社会世界峰会论坛2029于2029年5月28日至6月1日在瑞士日内瓦被成功地举办了。\n"
    (place,) = facts(text, "event-place")
    assert [p["text"] for p in place["args"]["places_all"]] == ["瑞士", "日内瓦"]


def test_a_speakers_table_s_duty_column_gives_offices_when_no_column_names_a_session():
    text = (EVENT + "\n四、主要发言嘉宾\n\n| 姓名 | 职务 | 所属机构 | 发言环节 |\n|------|------|----------|----------|\n"
            "| 阿米娜塔·索乌 | 主任 | 国际电信联盟非洲区域办事处 | 开幕式主旨发言 |\n"
            "| 科菲·门萨 | 院长 | 阿克拉数字政策研究院 | 专题会议一（主持） |\n")
    posts = {f["args"]["person"]["text"]: f["args"]["title"]["text"] for f in facts(text, "post")}
    assert posts == {"阿米娜塔·索乌": "主任", "科菲·门萨": "院长"}


def test_a_translation_s_chain_of_de_after_a_name_gives_the_office_in_a_unit_of_the_body():
    text = EVENT + "论坛的副主席是佐藤美咲女士（Misaki Sato），日本总务省的国际战略局的局长。\n"
    (post,) = facts(text, "post")
    assert (post["args"]["title"]["text"], post["args"]["organization"]["text"]) == ("国际战略局的局长", "日本总务省")


def test_a_headline_s_month_gives_way_to_the_days_the_body_gives_and_a_name_stops_at_wei_and_yi():
    text = ("新闻稿\n\n信息社会世界峰会论坛2034将于5月在日内瓦举行\n\n"
            "日内瓦，2034年4月3日——国际电联今天宣布，信息社会世界峰会论坛2034将于2034年5月8日至12日在瑞士日内瓦举行。"
            "大韩民国数字包容与未来网络部部长朴智恩已被任命为论坛2034主席。\n")
    x = extract(doc(text))
    dates = {f.args["date"].text for f in x.facts if f.kind == "event-time" and f.args["event"].text == "信息社会世界峰会论坛2034"}
    assert dates == {"2034年5月8日至12日", "5月"}  # (the resolver keeps the finer)
    assert {m.text for m in x.mentions if m.label == "PERSON"} == {"朴智恩"}
    assert not [m for m in x.mentions if m.label == "EVENT" and "任命" in m.text]


def test_fields_bulleted_with_squares_are_read_as_fields():
    text = ("信息社会世界峰会论坛2038 · 青年轨道\n概  况\n\n■ 名称：信息社会世界峰会论坛2038青年轨道\n"
            "■ 时间：2038年5月12日至14日\n■ 组织方：国际电信联盟\n")
    assert context_of_each(text) == {"国际电信联盟": "信息社会世界峰会论坛2038青年轨道"}  # (the name field's, not the forum)


def test_a_session_page_titled_in_english_over_its_chinese_title_is_that_session_s_page():
    text = ("首页 > WSIS Forum 2033 > 议程 > 高级别政策会议 > 会议 7\n\n"
            "High-Level Policy Session 7: Building Trust and Security in Digital Public Infrastructure\n"
            "高级别政策会议7：在数字公共基础设施之中建立信任与安全\n\n"
            "日期和时间：星期二，2033年5月17日，10:00 – 11:30\n地点：2号房间，日内瓦国际会议中心\n"
            "主持人：玛丽安娜·奥斯特伦德女士\n")
    name, english = main_named(text)
    assert name == "高级别政策会议7：在数字公共基础设施之中建立信任与安全"
    assert english.startswith("High-Level Policy Session 7")
    assert context_of_each(text) == {"玛丽安娜·奥斯特伦德女士": "高级别政策会议7：在数字公共基础设施之中建立信任与安全"}


def test_an_event_a_news_item_says_closed_here_is_in_its_dateline_s_place():
    text = ("非洲部长们承诺到2040年使农村宽带接入翻一番\n\n副标题\n\n"
            "温得和克，纳米比亚，2034年9月14日 —— 来自整个非洲大陆的部长今天在这里结束了为期三天的信息社会世界峰会非洲区域审查会议。\n")
    (place,) = [f for f in facts(text, "event-place") if f["rule"] == "zh.event.held-here"]
    assert [p["text"] for p in place["args"]["places_all"]] == ["纳米比亚", "温得和克"]
    elsewhere = text.replace("在这里", "")
    assert not [f for f in facts(elsewhere, "event-place") if f["rule"] == "zh.event.held-here"]  # (no "here", no place)


def test_a_session_s_name_reads_over_a_counted_noun_its_classifier_counts_as_the_session():
    text = EVENT + "会前，非洲数字技能联盟还组织了一场女性数字领导力早餐会，由该联盟执行主任法图·卡马拉主持。\n"
    assert context_of_each(text)["法图·卡马拉"] == "女性数字领导力早餐会"


def test_a_bulleted_english_title_with_its_chinese_name_keeps_no_bullet_in_its_english_name():
    """• Submarine Cables and Climate Resilience（海底电缆与气候韧性）: the session's English name is
    the title's words, not the bullet before them."""
    text = (EVENT + "日程\n2031年3月2日\n• Submarine Cables and Climate Resilience（海底电缆与气候韧性）\n"
            "  组织方：塔斯曼太平洋海缆公司\n")
    english = {f.args["session"].value.get("en") for f in extract(doc(text)).facts if f.kind == "session"}
    assert english == {"Submarine Cables and Climate Resilience"}


def test_a_session_s_title_after_its_kind_ends_at_a_table_s_bar():
    """| 全体会议一：非洲数字单一市场进展 | 3月25日 11:00–12:30 | … / 注：全体会议一由非洲经委会组织: the
    session is 全体会议一：非洲数字单一市场进展, not the row's next cells."""
    text = (EVENT + "| 会议 | 时间 | 主持人 |\n|---|---|---|\n"
            "| 全体会议一：非洲数字单一市场进展 | 3月2日 11:00–12:30 | 梅龙·特斯法耶 |\n\n"
            "注：全体会议一由非洲经委会组织。\n")
    sessions = {f.args["session"].value.get("name") for f in extract(doc(text)).facts if f.kind == "session"}
    assert "全体会议一：非洲数字单一市场进展" in sessions and not any("|" in s for s in sessions)


def test_a_slot_line_that_gives_its_room_leaves_the_title_to_the_line_under_it():
    """09:30 – 10:30 | 全体会议厅（Plenary Hall） / Opening Ceremony / 开幕式, 10:00 – 12:00 | 全体会议厅 /
    起草会话：青年宣言（…）: the room is where the slot is; the line under it names its session, a
    label ending in a word any session is called by included."""
    text = ("WSIS Youth Forum 2034 — 信息社会世界峰会青年论坛2034\n节目（Programme）\n"
            "2034年9月20日至22日 | 内罗毕，肯尼亚 | 肯雅塔国际会议中心（KICC）\n\n"
            "第1天 — 星期三，2034年9月20日\n\n"
            "09:30 – 10:30 | 全体会议厅（Plenary Hall）\nOpening Ceremony / 开幕式\n组织者：国际电信联盟\n\n"
            "14:00 – 15:30 | Amboseli 室\n为了年轻创新者的人工智能技能（AI Skills for Young Innovators）\n"
            "组织者：联合国教育、科学及文化组织\n\n"
            "10:00 – 12:00 | 全体会议厅\n起草会话：青年宣言（Drafting Session: Youth Declaration）\n组织者：非洲青年数字网络\n")
    x = extract(doc(text))
    sessions = {f.args["session"].text for f in x.facts if f.kind == "session"}
    assert not any("厅" in s or "室" in s for s in sessions)
    assert {"Opening Ceremony / 开幕式", "起草会话：青年宣言（Drafting Session: Youth Declaration）"} <= sessions
    held = {f.args["date"].text for f in x.facts if f.kind == "event-time" and f.args["event"].text == "信息社会世界峰会青年论坛2034"}
    assert "2034年9月20日至22日" in held  # the header line under the title (a section's heading between)
    news = "区域审查会议2025在圣地亚哥结束\n\n2025年6月13日 | 新闻稿 | 圣地亚哥，智利\n\n会议于2025年6月10日至11日举行。\n"
    assert not any(f.rule == "zh.table.event-header-line" for f in extract(doc(news)).facts)


def test_a_numbered_kind_then_its_title_after_a_comma_names_its_session():
    """互动小组讨论一，题为“普遍而有意义的连接”，于…举行，由A组织，X主持: the session is the title,
    organised by A and moderated by X."""
    text = (EVENT + "8. 互动小组讨论一，题为“普遍而有意义的连接”，于3月2日下午举行，由联合国经济和社会事务部组织，"
            "非洲互联网研究所所长诺姆武拉·库马洛博士主持。\n")
    contexts = context_of_each(text)
    assert contexts == {"联合国经济和社会事务部": "普遍而有意义的连接", "诺姆武拉·库马洛博士": "普遍而有意义的连接"}


def test_a_table_of_people_with_an_office_column_and_a_role_column_gives_both():
    """| 姓名 | 职务 | 机构 | 角色 | / | 阿伊莎·恩迪亚耶 | 数字经济国务秘书 | 塞内加尔共和国政府 | 活动副主席 |:
    职务 is her office, 角色 the role she has at the event (or at the session its cell names)."""
    text = (EVENT + "\n| 姓名 | 职务 | 机构 | 角色 |\n|---|---|---|---|\n"
            "| 阿伊莎·恩迪亚耶 | 数字经济国务秘书 | 塞内加尔共和国政府 | 活动副主席 |\n"
            "| 哈米德·卡里米 | 执行主任 | 北非数字权利观察 | 青年论坛主持人 |\n")
    x = extract(doc(text))
    posts = {(f.args["person"].text, f.args["title"]["text"]) for f in x.facts if f.kind == "post"}
    assert ("阿伊莎·恩迪亚耶", "数字经济国务秘书") in posts and ("哈米德·卡里米", "执行主任") in posts
    held = {(f.args["agent"].text, f.args["role"].key, f.args["context"].label) for f in x.facts if f.kind == "role"}
    assert ("阿伊莎·恩迪亚耶", "role:vice-chair", "MAIN") in held and ("哈米德·卡里米", "role:moderator", "SESSION") in held


def test_bodies_listed_under_one_organiser_label_lead_beside_a_co_organiser():
    """组织方：A、B / 协办方：C under a session: A and B organise it, C co-organises it."""
    text = (EVENT + "\n数字技能专题会议\n时间：2031年3月3日10:00–12:30\n"
            "组织方：国际电信联盟亚太区域办事处、联合国亚洲及太平洋经济社会委员会（亚太经社会）\n"
            "协办方：太平洋岛屿数字技能联盟\n")
    held = {(f.args["agent"].text, f.args["role"] if isinstance(f.args["role"], str) else f.args["role"].key)
            for f in extract(doc(text)).facts if f.kind == "role"}
    assert held == {("国际电信联盟亚太区域办事处", "role:organiser"), ("联合国亚洲及太平洋经济社会委员会", "role:organiser"),
                    ("太平洋岛屿数字技能联盟", "role:co-organiser")}


def test_a_title_in_english_order_under_a_document_s_kind_names_the_event_with_the_names_inside_it():
    """主席的总结 / 信息社会世界峰会（WSIS）成果的落实的区域审查会议为了拉丁美洲和加勒比 / （Regional Review
    Meeting …）: the title line is the event, though the tagger reads 信息社会世界峰会 and 区域审查会议
    inside it; a line that names its event whole keeps the tagger's reading."""
    text = ("[机器翻译] 本文件是被翻译自英文的原文通过一个自动的系统。\n\n主席的总结\n\n"
            "信息社会世界峰会（WSIS）成果的落实的区域审查会议为了拉丁美洲和加勒比\n"
            "（Regional Review Meeting on the Implementation of the WSIS Outcomes for Latin America and the Caribbean）\n"
            "圣地亚哥，智利，2029年10月8日至9日\n\n1.1 该会议是被举行在圣地亚哥。\n")
    name, english = main_named(text)
    assert name == "信息社会世界峰会（WSIS）成果的落实的区域审查会议为了拉丁美洲和加勒比"
    assert english.startswith("Regional Review Meeting on the Implementation")
    whole = "2029年信息社会世界峰会论坛\nWSIS Forum 2029\n\n论坛于2029年5月在日内瓦举行。\n"
    assert extract(doc(whole)).main_event.value.get("unknown") is None


def test_bold_labels_of_a_track_s_fields_are_fields_not_titles():
    """**轨道日期**：2036年11月18日至20日 / **轨道组织方**：A、B联合组织: a label in Markdown bold with its
    colon after the marks reads as label：value, and a label whose last words are a field's (日期,
    组织方) is a field of the track, no session's title."""
    from wsis_graph.extract.layout import reading_view
    text = ("# 事实简报｜2036年互联网治理论坛\n\n**所属活动**：2036年互联网治理论坛\n"
            "**论坛日期**：2036年11月17日至21日\n**轨道日期**：2036年11月18日至20日\n"
            "**论坛东道主**：马来西亚政府\n**轨道组织方**：国际电信联盟、联合国经济和社会事务部联合组织\n")
    assert reading_view(text).splitlines()[4] == "  轨道日期：  2036年11月18日至20日"
    x = extract(doc(text))
    assert {f.args["session"].text for f in x.facts if f.kind == "session"} <= {"轨道"}  # (the track its organisers run)
    assert not any("日期" in (getattr(f.args.get("context"), "text", "") or "") for f in x.facts if f.kind == "role")


def test_a_day_heading_dates_the_sessions_of_the_table_rows_under_it():
    """【11月14日　星期三】 over | 时间 | 会议 | 主持人 | rows: each row's session is held that day."""
    text = ("2040年突尼斯数字论坛\n日期：2040年11月14日至15日\n\n■ 日程\n\n【11月14日　星期三】\n时间 | 会议 | 主持人\n"
            "09:30–11:00 | 开幕式 | 莱拉·马特卢蒂\n\n第二天：11月15日（星期四）\n\n| 时间 | 环节 | 主持人 |\n|---|---|---|\n"
            "| 10:00–12:00 | 专题会议：阿拉伯语的网络内容 | 萨米尔·哈达德 |\n")
    days = _session_days(text)
    assert days["开幕式"].startswith("2040-11-14")
    assert days["专题会议：阿拉伯语的网络内容"].startswith("2040-11-15")


def test_a_date_and_time_column_dates_its_row_s_session():
    text = ("2030年非洲区域论坛\n日期：2030年3月25日—27日\n\n| 会议 | 日期与时间 | 主持人 |\n| --- | --- | --- |\n"
            "| 开幕式 | 3月25日 09:00–10:30 | 法图·恩迪亚耶 |\n| 闭幕式 | 3月27日 16:00–17:00 | 阿马杜·迪奥普 |\n")
    days = _session_days(text)
    assert days["开幕式"].startswith("2030-03-25") and days["闭幕式"].startswith("2030-03-27")


def test_the_day_a_sentence_opens_with_dates_every_session_it_names_and_a_day_before_a_session_dates_it():
    text = ("东非数字峰会闭幕\n2035年3月28日 | 科技\n\n为期三天的2035年东非数字峰会今天闭幕。"
            "3月27日，国际电联组织了数字技能工作坊，贸发会议则举办了电子商务专题会议。"
            "在周二的部长级开幕会议上，肯尼亚总统发表讲话。\n")
    dated = _dated_sessions(extract(doc(text)))
    assert dated.get("数字技能工作坊") == "3月27日" and dated.get("电子商务专题会议") == "3月27日"
    assert dated.get("部长级开幕会议") == "周二"


def test_a_dateline_under_a_desk_line_a_disclaimer_a_headline_and_a_standfirst_places_weekdays():
    text = ("国际电联新闻室 | 新闻稿\n\n本文由机器翻译自英文原文，仅供参考。\n\n非洲部长们承诺扩大宽带接入\n\n"
            "非洲区域审查会议以通过《温得和克宣言》结束\n\n温得和克，纳米比亚，2034年9月14日 —— 非洲区域审查会议今天闭幕。"
            "该会议于周二开幕。\n")
    assert _days(extract(doc(text))).get("周二") == "2034-09-12"


def test_an_item_line_closed_by_its_day_in_brackets_names_a_session_held_that_day():
    text = ("2029年东非数字论坛成果\n2029年东非数字论坛于2029年5月28日至31日在内罗毕举行。\n\n主要的亮点\n\n"
            "（1）预备会议：民间社会与青年论坛（2029年5月27日）。会议主持人为塔玛拉·奥乔亚。\n\n"
            "一、WSIS青年黑客松（5月28日）\n论坛由青年黑客松开始了。\n\n"
            "二、高级别轨道（2029年5月29日至30日）\n高级别轨道包括了政策会议。\n\n"
            "4. 会话一：数字的连接和基础设施（行动方针C2）（5月30日）\n")
    days = _session_days(text)
    assert days["WSIS青年黑客松"].startswith("2029-05-28")
    assert days["高级别轨道"].startswith("2029-05-29")
    assert days["会话一：数字的连接和基础设施（行动方针C2）"].startswith("2029-05-30")
    assert days["预备会议：民间社会与青年论坛"].startswith("2029-05-27")


def test_a_title_with_no_kind_word_after_its_clock_time_names_a_session_and_takes_its_roles():
    text = ("2031年东非数字论坛成果\n2031年东非数字论坛于2031年5月13日至15日在内罗毕举行。\n"
            "5月14日10:00至11:30（UTC+03:00），人工智能促进公共服务在肯雅塔国际会议中心举行，由国际电联组织。\n"
            "5月15日14:00至15:30（UTC+03:00），在2号会议室，数字身份与信任被举行，其被主持由玛丽·奥蒂诺女士。\n")
    days = _session_days(text)
    assert days["人工智能促进公共服务"].startswith("2031-05-14") and days["数字身份与信任"].startswith("2031-05-15")
    assert context_of_each(text).get("玛丽·奥蒂诺女士") == "数字身份与信任"


def test_a_kind_s_title_after_its_colon_may_hold_a_year_and_names_the_session_under_a_heading_of_its_kind():
    text = ("2031年东非数字论坛成果\n2031年东非数字论坛于2031年5月13日至15日在内罗毕举行。\n\n高级别部长对话\n\n"
            "高级别部长对话：WSIS 2030后的连通与投资，其被组织由ITU，被主持由萨米尔·塔哈先生。\n")
    assert context_of_each(text).get("萨米尔·塔哈先生") == "高级别部长对话：WSIS 2030后的连通与投资"


def test_an_event_and_a_joint_meeting_named_after_it_are_one_joint_event():
    x = extract(doc("来自130个国家的与会者齐聚内罗毕，出席为期三天的"
                    "2034年信息社会世界峰会与全球数字契约联合审查会议。\n"))
    assert [m.text for m in x.mentions if m.label == "EVENT"] == ["2034年信息社会世界峰会与全球数字契约联合审查会议"]


def test_a_heading_that_labels_a_part_of_the_page_names_no_session():
    text = ("【会议速览】第十届拉丁美洲信息社会部长级会议\n\n■ 会议要素\n· 时间：2037年9月8日—10日\n"
            "· 东道国：乌拉圭东岸共和国政府\n· 组织单位：联合国拉丁美洲和加勒比经济委员会\n\n"
            "■ 会议主席团\n· 主席：瓦伦蒂娜·里奥斯·埃切加赖（乌拉圭工业、能源和矿业部部长）\n")
    contexts = context_of_each(text)
    assert contexts["乌拉圭东岸共和国政府"] == contexts["瓦伦蒂娜·里奥斯·埃切加赖"] == "第十届拉丁美洲信息社会部长级会议"


def test_a_slot_line_of_time_and_room_titles_the_line_under_it_and_a_bulleted_day_dates_it():
    text = ("第十届拉丁美洲信息社会部长级会议\n时间：2037年9月8日—10日\n\n■ 日程\n▶ 9月8日（星期二）\n"
            "  15:00—16:30　A厅\n  数字政府与数据治理\n  组织：乌拉圭电子政务和信息社会署｜主持人：卡洛斯·门德斯·皮涅罗\n")
    assert context_of_each(text)["卡洛斯·门德斯·皮涅罗"] == "数字政府与数据治理"
    assert _session_days(text)["数字政府与数据治理"].startswith("2037-09-08")


def test_a_partner_section_labels_its_tiers_by_the_metal_alone():
    text = ("2033年亚太区域互联网治理论坛\n2033年亚太区域互联网治理论坛于2033年8月22日至24日在加德满都举行。\n\n"
            "赞助商 Sponsors\n\nPlatinum 白金 —— APNIC（亚太互联网络信息中心）\n黄金：珠峰光纤网络公司\n"
            "Supporting 支持 —— 加德满都大学（Kathmandu University）\n")
    assert tiers_of(text) == {"亚太互联网络信息中心": "tier:platinum-partner", "珠峰光纤网络公司": "tier:gold-partner",
                              "加德满都大学": "tier:supporting-partner"}
    assert tiers_of("2033年亚太区域互联网治理论坛于2033年8月22日举行。\n白金 —— 珠峰光纤网络公司\n") == {}


def test_a_translation_s_organised_de_by_and_a_title_inside_brackets():
    text = ("2031年东非数字论坛成果\n2031年东非数字论坛于2031年5月13日至15日在内罗毕举行。\n"
            "14:30–16:00　Thematic Workshop: AI and the Future of Work（专题研讨会：人工智能与工作的未来），"
            "这是被组织的由联合国贸易和发展会议\n")
    assert context_of_each(text).get("联合国贸易和发展会议") == "专题研讨会：人工智能与工作的未来"


def test_a_country_after_a_ministry_at_the_list_s_end_says_whose_ministry_it_is():
    found = roles(EVENT + "会议是被组织由西亚经社会，并且被主办由交通、通信和信息技术部，苏丹国阿曼。")
    assert ("交通、通信和信息技术部", "role:host") in found  # (its portfolios listed, from right after 由)
    assert not any(agent in ("阿曼", "苏丹国阿曼", "苏丹") for agent, _ in found)
    both = roles(EVENT + "论坛由肯尼亚信息通信部，卢旺达信息通信技术部共同主办。")
    assert {a for a, r in both if r == "role:co-host"} == {"肯尼亚信息通信部", "卢旺达信息通信技术部"}


def test_a_translated_programme_s_room_codes_and_english_names_in_plain_brackets():
    text = ("2036年信息社会世界峰会论坛\n论坛于2036年5月12日至16日在日内瓦举行。\n\n[13 5月 2036，星期二]\n"
            "14:00–15:30 | CICG Room K\n行动方针C7电子卫生：远程医疗十年 (Action Line C7 e-Health: A Decade of Telemedicine)\n"
            "被组织由：世界卫生组织（WHO）\n\n[14 5月 2036，星期三]\n11:00–12:30 | Popov Room\n"
            "\"开放数据造福所有人\"（\"Open Data for All\"）\n被组织由：联合国教科文组织\n")
    days = _session_days(text)
    assert days["行动方针C7电子卫生：远程医疗十年"].startswith("2036-05-13")
    assert days["开放数据造福所有人"].startswith("2036-05-14")
    assert context_of_each(text)["世界卫生组织"] == "行动方针C7电子卫生：远程医疗十年"


def test_a_meeting_titled_in_quotes_before_the_bare_word_meeting_is_named_by_its_title():
    text = ("2034年互联网治理论坛\n2034年互联网治理论坛于2034年11月13日至15日在吉隆坡举行。"
            "11月14日下午，东盟数字信任理事会组织了题为“连接下一个十亿人”的会议，雅加达数字社会研究所研究主任阿迪蒂亚·普拉塔玛担任主持人。\n")
    contexts = context_of_each(text)
    assert contexts["东盟数字信任理事会"] == contexts["阿迪蒂亚·普拉塔玛"] == "连接下一个十亿人"
    assert _session_days(text)["连接下一个十亿人"].startswith("2034-11-14")


def test_a_key_figures_list_sets_its_labels_and_values_apart_with_a_bar():
    text = EVENT + "■ 数字一览\n国家和地区｜45个\n部长级代表｜约32位\n会议｜60场\n"
    read = {(f["args"]["measure"]["text"] if isinstance(f["args"]["measure"], dict) else f["args"]["measure"],
             f["args"]["value"], f["args"]["qualifier"]) for f in facts(text, "statistic")}
    assert read == {("国家和地区", 45, "qualifier:exact"), ("部长级代表", 32, "qualifier:about"),
                    ("measure:sessions", 60, "qualifier:exact")}


def test_this_meeting_under_a_slot_s_title_line_speaks_of_that_slot_s_session():
    text = ("2031年信息社会世界峰会论坛\n论坛于2031年5月12日至16日在日内瓦举行。\n\n第3天 — 2031年5月14日，星期三\n"
            "10:00–11:45　Action Line C3 Facilitation Meeting（C3行动方针推动会议：获取信息和知识）\n"
            "这个会议是被组织的，由联合国教科文组织。会议的主持人是埃琳娜·彼得罗娃女士，联合国教科文组织的助理总干事。\n")
    contexts = context_of_each(text)
    assert contexts["联合国教科文组织"] == "C3行动方针推动会议：获取信息和知识"
    assert contexts["埃琳娜·彼得罗娃女士"] == "C3行动方针推动会议：获取信息和知识"
    # (本次会议 of a report about a 审查会议 is the report's event, whatever heading stands over it)
    review = "2031年非洲区域审查会议于2031年3月2日至4日在内罗毕举行。\n\n二、会议的组织工作\n\n本次会议由国际电信联盟组织。\n"
    assert context_of_each(review)["国际电信联盟"] == "本次会议"  # (the words pointing at the event, not the heading)


def test_a_hackathon_is_a_session_and_it_after_it_is_that_session():
    text = ("2029年信息社会世界峰会论坛\n论坛于2029年5月28日至31日在日内瓦举行。\n\n一、WSIS青年黑客松（5月28日）\n"
            "论坛由WSIS青年黑客松开始了，它是由国际电联与京畿数字创新振兴院共同组织的。\n")
    contexts = context_of_each(text)
    assert contexts["国际电联"] == contexts["京畿数字创新振兴院"] == "WSIS青年黑客松"


def test_a_field_s_value_goes_on_in_the_lines_indented_under_it():
    text = ("2040年纪念活动\n\n活动名称：信息社会世界峰会突尼斯阶段三十五周年高级别活动\n日期：2040年11月14日—16日\n"
            "地点：突尼斯 · 突尼斯市\n      克拉姆展览中心——2005年峰会突尼斯阶段的原会址\n主办方：突尼斯通信技术部\n"
            "协办：联合国教科文组织、联合国贸易和发展会议、\n      联合国西亚经济社会委员会\n主席：萨米·本·萨拉赫\n")
    contexts = context_of_each(text)
    assert {contexts[a] for a in ("突尼斯通信技术部", "联合国教科文组织", "联合国西亚经济社会委员会", "萨米·本·萨拉赫")} \
        == {"信息社会世界峰会突尼斯阶段三十五周年高级别活动"}
    # (slots indented as deep as the field over them are items of their own)
    programme = ("2037年数字议程会议于2037年9月8日至9日在蒙得维的亚举行。\n\n▶ 9月8日（星期二）\n  15:00—16:30　A厅\n"
                 "  部长级全体会议：审议通过数字议程\n  组织：拉加经委会｜主持：瓦伦蒂娜·里奥斯\n  15:00—16:30　B厅\n"
                 "  数字政府与数据治理\n  组织：乌拉圭电子政务和信息社会署｜主持人：卡洛斯·门德斯\n")
    assert context_of_each(programme)["卡洛斯·门德斯"] == "数字政府与数据治理"


def test_a_kind_word_alone_speaks_of_the_meeting_its_paragraph_named_in_quotes():
    text = (EVENT + "4月23日，东非公民技术联盟在内罗毕组织了“青年数字未来对话”。该联盟创始人瓦妮莎·奥马尔主持了对话，"
            "来自各国的青年代表提交了联合声明。\n")
    assert context_of_each(text)["瓦妮莎·奥马尔"] == "青年数字未来对话"


def test_a_session_right_before_a_clause_opening_with_it_is_what_its_paragraph_tells_of():
    text = (EVENT + "同一天的下午，部长们聚集在部长级圆桌会议中，它被组织由联合国亚洲及太平洋经济社会委员会，与国际电联作为共同组织方。"
            "讨论被主持由哈米德·努里先生，副执行秘书。在会议的开始，一个主旨演讲被给出由塔斯琳·艾哈迈德女士，国务部长。\n")
    contexts = context_of_each(text)
    assert {contexts[a] for a in ("联合国亚洲及太平洋经济社会委员会", "国际电联", "哈米德·努里先生", "塔斯琳·艾哈迈德女士")} \
        == {"部长级圆桌会议"}


def test_a_weak_head_then_organise_ending_its_clause_is_a_body_and_the_verb():
    text = (EVENT + "作为会议的配套活动，“阿拉伯青年数字创新对话会”本周二在卡萨布兰卡举行。对话会由马格里布数字青年网络组织，"
            "约150名青年参加。该网络协调员萨尔玛·阿拉维主持对话会。\n")
    contexts = context_of_each(text)
    assert contexts["马格里布数字青年网络"] == contexts["萨尔玛·阿拉维"] == "阿拉伯青年数字创新对话会"


def test_a_session_s_code_before_a_bar_is_no_part_of_its_name():
    text = ("2036年信息社会世界峰会论坛\n论坛于2036年4月14日至18日在日内瓦举行。\n\n星期二，15 4月 2036\n\n"
            "14:00–14:45　WS 12｜面向农村社区的社区网络（Community Networks for Rural Communities）\n"
            "　　组织者：安第斯连接基金会\n　　主持人：迭戈·帕雷德斯，执行主任\n")
    contexts = context_of_each(text)
    assert contexts["安第斯连接基金会"] == contexts["迭戈·帕雷德斯"] == "面向农村社区的社区网络"
    assert _session_days(text)["面向农村社区的社区网络"].startswith("2036-04-15")


def test_a_line_that_only_numbers_a_session_makes_the_line_under_it_its_title():
    text = ("2039年信息社会世界峰会论坛\n2039年5月16日至20日｜瑞士日内瓦\n\n第三天：5月18日（星期三）\n\n"
            "TS 5.4（高级别对话）\n人工智能时代的数字信任\n\n时间：14:00–15:30\n组织方：国际电信联盟\n主持人：裴志远\n\n"
            "TS 5.5\n网络安全人才：女性与青年的职业路径\n\n时间：16:00–16:45\n组织方：女性网络安全网络\n主持人：莎拉·奥康纳\n")
    contexts = context_of_each(text)
    assert contexts["国际电信联盟"] == contexts["裴志远"] == "人工智能时代的数字信任"
    assert contexts["女性网络安全网络"] == contexts["莎拉·奥康纳"] == "网络安全人才：女性与青年的职业路径"


def test_a_session_page_under_a_translator_s_note_and_its_related_coded_sessions():
    text = ("首页 > 活动 > 2034年WSIS论坛 > 议程 > 以开放数据增强气候韧性\n\n"
            "[此页面已被自动翻译。原始的英文版本是权威的版本。国际电联不承担责任对于任何错误或遗漏在翻译之中。]\n\n"
            "WS 308\n\n以开放数据增强气候韧性\n\n日期：星期三，10 5月 2034\n组织者：太平洋数字韧性网络\n主持人：塞米西·陶法\n\n"
            "相关会话（10 5月 2034）\n\n09:00 – 09:45｜WS 301｜早期预警系统的普遍连接（Universal Connectivity for Early Warning Systems）\n"
            "　房间 C｜组织者：世界气象组织｜主持人：奥斯卡·瓦尔加斯\n")
    assert main_named(text)[0] == "以开放数据增强气候韧性"
    contexts = context_of_each(text)
    assert contexts["塞米西·陶法"] == "以开放数据增强气候韧性"
    assert contexts["世界气象组织"] == contexts["奥斯卡·瓦尔加斯"] == "早期预警系统的普遍连接"


def test_a_headline_s_short_name_is_the_event_the_lead_names_in_full():
    text = ("信息社会世界峰会三十周年：联大高级别会议呼吁弥合数字鸿沟\n\n2035年12月17日　经济发展\n\n"
            "联合国大会今天（12月17日）在纽约联合国总部召开为期两天的信息社会世界峰会成果落实情况三十周年审查高级别会议。"
            "会议由第九十届联合国大会主席阿卜杜勒拉赫曼·马尔祖奇主持。\n")
    x = extract(doc(text))
    assert x.main_event.text == "信息社会世界峰会成果落实情况三十周年审查高级别会议"
    assert x.reference == {"year": "2035", "month": 12, "day": 17}  # (a news page's date, its section after a blank)
    assert context_of_each(text)["阿卜杜勒拉赫曼·马尔祖奇"] == "信息社会世界峰会成果落实情况三十周年审查高级别会议"


def test_an_event_named_as_the_owner_of_its_outcomes_is_no_event_the_clause_tells_of():
    text = ("区域审查会议闭幕\n\n在14 5月 2035，在曼谷，泰国，被召开由联合国亚洲及太平洋经济社会委员会和国际电信联盟共同地、"
            "被主办由泰国数字经济和社会部、并以亚太数字发展联盟作为共同组织者的、"
            "旨在评估进展的在实施信息社会世界峰会（WSIS）成果之中在该区域的、为期两天的，开幕了的是2035年亚洲及太平洋信息社会世界峰会区域审查会议。\n")
    contexts = context_of_each(text)
    # (the headline's 区域审查会议 is that event written short: one event, named in full)
    assert extract(doc(text)).main_event.value["name"] == "亚洲及太平洋信息社会世界峰会区域审查会议"
    # (被主办由泰国数字经济和社会部 after 被召开由…共同地、: the host's word is read for the conveners
    # before it, so the ministry goes unread; a known misreading of this word order)
    assert {contexts[a] for a in ("国际电信联盟", "亚太数字发展联盟")} \
        <= {"2035年亚洲及太平洋信息社会世界峰会区域审查会议", "区域审查会议"}


def test_a_ministry_named_with_its_country_once_is_the_same_body_said_short():
    text = ("2032年信息社会世界峰会阿拉伯区域论坛\n\n马斯喀特，2032年2月3日——阿曼苏丹国交通、通信和信息技术部今天宣布，"
            "2032年信息社会世界峰会阿拉伯区域论坛将于2032年3月22日至24日在马斯喀特举行。\n"
            "——“青年与妇女数字创业”专题会议，由交通、通信和信息技术部组织。\n")
    x = extract(doc(text))
    bodies = {m.text: m.value.get("name") for m in x.mentions if m.label == "ORG"}
    assert bodies["交通、通信和信息技术部"] == "阿曼苏丹国交通、通信和信息技术部"  # (not 由交通…: the name begins after 由)
    entities = resolve([x]).entities
    named = {e.labels.get("zh"): e.alt_labels for e in (entities.values() if isinstance(entities, dict) else entities)
             if e.kind == "Organization"}
    assert "交通、通信和信息技术部" in named["阿曼苏丹国交通、通信和信息技术部"]["zh"]  # (the name said short is a name of it)


def test_a_dated_item_s_kind_and_title_name_one_session_whose_fields_may_run_on():
    text = ("2033年信息社会世界峰会青年论坛\n2033年9月5日至9日，卢旺达基加利\n\n"
            "• 9月5日｜开幕全体会议：青年塑造数字未来\n　　主旨发言：穆吉沙部长；埃丝特·乌武伊塞，\n　　国际电联电信发展局副主任\n"
            "　　主持：诺姆萨·德拉米尼\n• 9月6日｜能力建设工作坊：面向青年创业者的人工智能工具\n　　组织：千丘编程学院\n")
    contexts = context_of_each(text)
    assert contexts["诺姆萨·德拉米尼"] == "开幕全体会议：青年塑造数字未来"  # (past the value broken after its comma)
    assert contexts["千丘编程学院"] == "能力建设工作坊：面向青年创业者的人工智能工具"  # (a topic's words before the kind)
    x = extract(doc(text))
    entities = resolve([x]).entities
    sessions = {e.labels.get("zh"): e.alt_labels.get("zh", []) for e in (entities.values() if isinstance(entities, dict) else entities)
                if e.kind == "Session"}
    assert "开幕全体会议" in sessions["开幕全体会议：青年塑造数字未来"]  # (its kind's words alone name it too)


def test_the_event_s_chair_presiding_over_a_session_chairs_it_even_named_by_office_alone():
    text = ("2034年东非区域审查会议于2034年3月2日至4日在内罗毕举行。会议选举肯尼亚信息通信部部长约翰·卡马乌先生为主席，"
            "选举阿米娜·贾马女士和彼得·奥乔拉先生为副主席。\n"
            "7. 开幕会议以“迈向2035年数字东非”为题，于3月2日上午举行，由会议主席主持。\n"
            "8. 第一工作会议于3月2日下午举行，由副主席主持。\n"
            "9. 部长级圆桌会议于3月3日举行，由论坛主席卡马乌先生主持，格蕾丝·瓦恩吉鲁女士担任协调人。\n")
    found = {(f["args"]["agent"]["text"], arg_key(f, "role"), f["args"]["context"]["text"]) for f in facts(text, "role")}
    assert ("约翰·卡马乌先生", "role:chair", "迈向2035年数字东非") in found  # (whoever the text elected to the office)
    assert ("卡马乌先生", "role:chair", "部长级圆桌会议") in found  # (the event's chair chairs, not moderates)
    assert not any(c == "第一工作会议" for _, _, c in found)  # (two vice-chairs: the office names nobody)
    assert ("阿米娜·贾马女士", "role:vice-chair", "2034年东非区域审查会议") in found  # (no 选举 in her name)
    opening = next(f for f in facts(text, "role") if f["rule"] == "zh.role.chaired-by-the-chair")
    assert {s["quote"] for s in opening["spans"]} >= {"约翰·卡马乌先生"}  # (the holder's name is evidence too)


def test_an_event_named_inside_a_session_s_title_is_a_word_of_that_title():
    text = ("2029年阿拉伯区域审查会议于2029年10月16日至17日在马斯喀特举行。\n"
            "20. 闭幕会议以“通过主席摘要及向2030年信息社会世界峰会论坛提交的区域意见”为题，于2029年10月17日15:00至16:30在主会议厅举行。"
            "该会议由阿曼苏丹国交通、通信和信息技术部组织，国际电联和西亚经社会协办。\n")
    contexts = context_of_each(text)
    assert contexts["国际电联"] == "通过主席摘要及向2030年信息社会世界峰会论坛提交的区域意见"  # (not 该会议, nor the forum)
    held = [f for f in facts(text, "event-time") if f["args"]["event"]["text"] == "2030年信息社会世界峰会论坛"]
    assert all(f["args"]["date"] != "2029年10月17日" and "10月17日" not in str(f["args"]["date"]) for f in held)


def test_a_translation_s_range_of_days_with_both_weekdays_and_its_organisers_glossed_in_brackets():
    text = ("免责声明：此页面已被自动地翻译通过机器翻译服务。\n\nWSIS Forum 2036（信息社会世界峰会论坛2036）：成果\n\n"
            "信息社会世界峰会论坛2036 被举行从星期一，21 4月 2036 到星期五，25 4月 2036 在日内瓦，瑞士。"
            "这个论坛被共同组织由 ITU（国际电信联盟）、UNESCO（联合国教科文组织）、UNDP（联合国开发计划署）和 UNCTAD（联合国贸易和发展会议）。\n\n"
            "高级别轨道会话 1：构建一个包容的数字未来\n主持人：Ms. Helena Brandt-Okafor（海伦娜·勃兰特-奥卡福），主任的 Geneva Digital Policy Lab（日内瓦数字政策实验室）\n"
            "高级别轨道会话 2：信任\n主持人：Mr. Arjun Mehta（阿琼·梅塔），创始人的 Open Data Alliance（开放数据联盟）\n"
            "展览 Exhibition：超过 50 个展台 booths\n会议纪要 Session record（会后更新）\n")
    x = extract(doc(text))
    held = [f for f in x.facts if f.kind == "event-time"]
    assert any(f.args["date"].value.get("end") == "2036-04-25" for f in held)  # (到星期五，25 4月 2036 ends it)
    found = roles(text)
    co = {a for a, r in found if r == "role:co-organiser"}
    assert {"国际电信联盟", "联合国贸易和发展会议"} <= co and len(co) == 4  # (each of the four, read once)


def test_a_line_of_time_alone_under_a_day_is_no_session():
    text = ("WSIS Forum 2037（信息社会世界峰会论坛2037）\n\n会话 145：WSIS 行动方面 C5 促进会议\n\n星期二，12 5月 2037\n"
            "09:00 – 10:45（中欧夏令时间）\n房间 2，日内瓦，瑞士\n\n论坛于2037年5月11日至15日在日内瓦举行。\n")
    x = extract(doc(text))
    assert not [f for f in x.facts if f.kind == "session" and "10:45" in f.args["session"].text]
