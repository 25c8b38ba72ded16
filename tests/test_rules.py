"""Fact rules on short sentences written for the test: each form a report may use."""

from __future__ import annotations

import pytest

from helpers import EVENT_LINE, arg_key, facts


def pairs(text, kind, a, b):
    return sorted((arg_key(f, a), arg_key(f, b)) for f in facts(EVENT_LINE + text, kind))


@pytest.mark.parametrize("text", [
    "白金合作伙伴:马来西亚\n黄金合作伙伴:沙特阿拉伯、南非",
    "白金合作伙伴为马来西亚;黄金合作伙伴包括沙特阿拉伯和南非。",
    "马来西亚为白金合作伙伴。沙特阿拉伯与南非是黄金合作伙伴。",
])
def test_sponsor_tier_forms(text):
    assert pairs(text, "sponsorship", "sponsor", "tier") == [
        ("country:MY", "tier:platinum-partner"), ("country:SA", "tier:gold-partner"),
        ("country:ZA", "tier:gold-partner")]


def test_sponsorship_evidence_is_tier_to_sponsor():
    (f,) = facts(EVENT_LINE + "银牌合作伙伴:日本", "sponsorship")
    (span,) = f["spans"]
    assert span["quote"] == "银牌合作伙伴:日本"
    assert f["rule"] == "zh.sponsor.tier-then-list"


@pytest.mark.parametrize("text", [
    "2025年WSIS+20高级别活动由国际电联和瑞士联邦联合主办。",
    "国际电联与瑞士联邦共同主办了2025年WSIS+20高级别活动。",
    "本次活动的联合主办方为国际电联和瑞士联邦。",
])
def test_co_host_forms(text):
    assert pairs(text, "role", "agent", "role") == [("country:CH", "role:co-host"), ("org:itu", "role:co-host")]


def test_chair_keynote_and_posts():
    text = ("本次活动由南非通信和数字技术部长索利·马拉西先生阁下主持。"
            "爱沙尼亚共和国总统阿拉尔·卡里斯先生阁下将于2025年7月10日发表主旨演讲。")
    roles = facts(EVENT_LINE + text, "role")
    by_role = {arg_key(f, "role"): f for f in roles}
    assert by_role["role:chair"]["args"]["agent"]["value"]["name"] == "索利·马拉西"
    keynote = by_role["role:keynote-speaker"]
    assert keynote["args"]["start"]["value"]["start"] == "2025-07-10"
    posts = {(f["args"]["person"]["value"]["name"], arg_key(f, "organization"), arg_key(f, "post"), f["args"]["title"]["text"])
             for f in facts(EVENT_LINE + text, "post")}
    assert posts == {("索利·马拉西", "country:ZA", "post:minister", "通信和数字技术部长"),
                     ("阿拉尔·卡里斯", "country:EE", "post:president", "总统")}


def test_co_facilitators_list_with_titles():
    text = ("WSIS+20 联合协调员——肯尼亚常驻联合国代表埃基特拉·洛卡勒先生阁下和"
            "阿尔巴尼亚常驻联合国代表苏埃拉·贾尼娜女士阁下——出席了会议。")
    found = facts(EVENT_LINE + text, "role")
    assert sorted(f["args"]["agent"]["value"]["name"] for f in found) == ["埃基特拉·洛卡勒", "苏埃拉·贾尼娜"]
    assert {arg_key(f, "context") for f in found} == {"topic:wsis-20"}


def test_body_chair_succession_and_vice_chairs_take_the_term():
    text = ("-\n联合国信息社会小组(UNGIS)重申其作用。\n贸发会议接替教科文组织担任 2025-2026 年主席国。\n"
            "副主席:国际电信联盟、联合国开发计划署、西亚经社会(轮值)。\n")
    roles = facts(EVENT_LINE + text, "role")
    assert {(arg_key(f, "agent"), arg_key(f, "role"), arg_key(f, "context")) for f in roles} == {
        ("org:unctad", "role:chair", "org:ungis"), ("org:itu", "role:vice-chair", "org:ungis"),
        ("org:undp", "role:vice-chair", "org:ungis"), ("org:escwa", "role:vice-chair", "org:ungis")}
    (rel,) = facts(EVENT_LINE + text, "relation")
    assert (arg_key(rel, "subject"), arg_key(rel, "relation"), arg_key(rel, "object")) == (
        "org:unctad", "relation:succeeded", "org:unesco")


def test_figures_with_their_subjects():
    text = ("部长圆桌会议由 56 位部长和副部长参加。\n"
            "现场共接待了来自169个国家的11,000多名参会者。\n"
            "13 场 Leaders TalkX 会议包括部长。\n"
            "演讲者约1,000名。\n")
    got = {(arg_key(f, "subject"), f["args"]["measure"], f["args"]["value"], f["args"]["qualifier"])
           for f in facts(EVENT_LINE + text, "statistic")}
    assert got == {
        ("session-type:ministerial-roundtable", "measure:ministers", 56, "qualifier:exact"),
        ("event:wsis-20-hle", "measure:countries", 169, "qualifier:exact"),
        ("event:wsis-20-hle", "measure:onsite-participants", 11000, "qualifier:more-than"),
        ("session-type:leaders-talkx", "measure:sessions", 13, "qualifier:exact"),
        ("event:wsis-20-hle", "measure:speakers", 1000, "qualifier:about"),
    }


def test_shares_are_percent():
    got = {(f["args"]["measure"], f["args"]["value"], f["args"]["unit"])
           for f in facts(EVENT_LINE + "参与者中女性占 44%,男性占 51%。", "statistic")}
    assert got == {("measure:women-share", 44, "unit:percent"), ("measure:men-share", 51, "unit:percent")}


def test_named_session_line_with_time_and_offset():
    text = "WSIS+20 总体审查多利益相关方与联合主持人磋商,2025 年 7 月 9 日,16:45 – 17:45(UTC+02:00)\n"
    (f,) = [f for f in facts(EVENT_LINE + text, "session") if f["rule"] == "zh.session.named-line"]
    assert f["args"]["session"]["value"]["name"] == "WSIS+20 总体审查多利益相关方与联合主持人磋商"
    assert f["args"]["type"] == "session-type:consultation"
    assert f["args"]["time"]["value"]["offset"] == "+02:00"


def test_session_organiser_makes_a_specific_session():
    text = "国际电联和各国议会联盟联合举办的高级别对话重点探讨了议会的作用。"
    roles = facts(EVENT_LINE + text, "role")
    assert sorted(arg_key(f, "agent") for f in roles) == ["org:ipu", "org:itu"]
    assert {f["args"]["context"]["label"] for f in roles} == {"SESSION"}


def test_enumerated_themes_and_tracks():
    text = ("每日的知识咖啡馆会议讨论了关键主题(i)青年建设数字未来;(ii)分享实地故事。\n"
            "活动设有不同的专题,包括数字技能、媒体以及数字领域的妇女和女孩。\n")
    got = {(arg_key(f, "subject"), arg_key(f, "topic"), f["args"]["kind"]) for f in facts(EVENT_LINE + text, "topic")}
    assert got == {
        ("session-type:knowledge-cafe", "青年建设数字未来", "topic-kind:theme"),
        ("session-type:knowledge-cafe", "分享实地故事", "topic-kind:theme"),
        ("event:wsis-20-hle", "topic:digital-skills", "topic-kind:track"),
        ("event:wsis-20-hle", "topic:media", "topic-kind:track"),
        ("event:wsis-20-hle", "topic:women-and-girls-in-digital", "topic-kind:track"),
    }


def test_event_time_place_and_held_with():
    text = "本次活动与人工智能造福人类全球峰会同期举办。"
    times = facts(EVENT_LINE + text, "event-time")
    assert times[0]["args"]["date"]["value"]["end"] == "2025-07-11"
    (place,) = facts(EVENT_LINE + text, "event-place")
    assert [p["key"] for p in place["args"]["places_all"]] == ["place:geneva"]
    (rel,) = facts(EVENT_LINE + text, "relation")
    assert arg_key(rel, "object") == "event:ai-for-good"


def test_no_event_no_facts():
    assert facts("白金合作伙伴:马来西亚") == []


def test_a_plain_role_a_list_shares_is_held_by_each_and_titles_are_not_agents():
    text = ("本次活动的主办方为国际电联与瑞士联邦,承办方包括国际电联、教科文组织、开发计划署和贸发会议。\n"
            "活动主席为南非通信和数字技术部长索利·马拉西先生阁下。\n")
    got = {(f["args"]["agent"].get("key") or f["args"]["agent"]["value"]["name"], arg_key(f, "role"))
           for f in facts(EVENT_LINE + text, "role")}
    assert got == {("org:itu", "role:host"),  # (a country hosts only as a co-host: 与瑞士联邦联合主办)
                   ("org:itu", "role:organiser"), ("org:unesco", "role:organiser"),
                   ("org:undp", "role:organiser"), ("org:unctad", "role:organiser"),
                   ("索利·马拉西", "role:chair")}
    said = {(f["args"]["agent"].get("key"), arg_key(f, "role"))
            for f in facts(EVENT_LINE + "会议期间，国际电联与教科文组织协作举办了多场会外活动。\n", "role")}
    assert said == {("org:itu", "role:co-organiser"), ("org:unesco", "role:co-organiser")}  # "together" said


def test_an_organising_committee_is_a_body_not_the_verb_organise():
    text = "联合国教科文组织作为峰会组织委员会成员参与了峰会的共同组织。"
    assert pairs(text, "role", "agent", "role") == [("org:unesco", "role:co-organiser")]


def test_figures_with_nouns_before_numbers_in_a_list():
    text = "与会者包括部长和副部长共59位、监管机构官员56名及联合国代表60余名。本次活动吸引了逾11,000人到场参加。"
    got = {(f["args"]["measure"], f["args"]["value"], f["args"]["qualifier"])
           for f in facts(EVENT_LINE + text, "statistic")}
    assert got == {("measure:ministers", 59, "qualifier:exact"), ("measure:regulators", 56, "qualifier:exact"),
                   ("measure:un-representatives", 60, "qualifier:more-than"),
                   ("measure:onsite-participants", 11000, "qualifier:more-than")}


def test_a_count_before_a_modifier_that_holds_its_own_count_counts_the_noun_after_it():
    text = "会议吸引了1200名来自38个国家的代表。主办单位请来60名来自20个不同城市的讲者。"
    got = {(f["args"]["measure"] if isinstance(f["args"]["measure"], str) else f["args"]["measure"]["text"],
            f["args"]["value"]) for f in facts(EVENT_LINE + text, "statistic")}
    assert got == {("代表", 1200), ("measure:countries", 38), ("讲者", 60), ("不同城市", 20)}


def test_passive_keynote_takes_the_event_year():
    (f,) = facts(EVENT_LINE + "主旨演讲由爱沙尼亚共和国总统阿拉尔·卡里斯先生阁下于7月10日发表。", "role")
    assert arg_key(f, "role") == "role:keynote-speaker"
    assert f["args"]["start"]["value"]["start"] == "--07-10"  # the year is taken from the event when resolved


def test_list_first_roles_and_respectively():
    text = ("国际电联、教科文组织、开发计划署和贸发会议为联合承办方。\n"
            "贡献合作伙伴分别为CAICT和EY。\n")
    roles = {(arg_key(f, "agent"), arg_key(f, "role")) for f in facts(EVENT_LINE + text, "role")}
    assert roles == {(o, "role:co-organiser") for o in ("org:itu", "org:unesco", "org:undp", "org:unctad")}
    assert pairs(text, "sponsorship", "sponsor", "tier") == [
        ("org:caict", "tier:contributing-partner"), ("org:ey", "tier:contributing-partner")]


def test_section_heading_names_the_session_below_it():
    text = "(四)部长圆桌会议。部长和副部长共56名参加。\n(七)瑜伽和正念课程。由印度常驻代表团组织。\n"
    (fig,) = facts(EVENT_LINE + text, "statistic")
    assert (arg_key(fig, "subject"), fig["args"]["value"]) == ("session-type:ministerial-roundtable", 56)
    (role,) = facts(EVENT_LINE + text, "role")
    assert role["args"]["context"]["label"] == "SESSION"
    assert role["args"]["context"]["value"]["type"] == "session-type:yoga-session"


def test_a_body_with_its_country_set_after_a_comma_is_one_organiser_not_two():
    """由数字转型与创新部，肯尼亚举办 (by the Ministry of ..., Kenya): a translation sets the body's
    country beside it after a comma; two names a bare comma joins are no Chinese list."""
    assert [role for agent, role in pairs("论坛由数字转型与创新部，肯尼亚举办。", "role", "agent", "role")] == ["role:organiser"]
    assert pairs("论坛由国际电联、肯尼亚和卢旺达联合主办。", "role", "agent", "role") == [
        ("country:KE", "role:co-host"), ("country:RW", "role:co-host"), ("org:itu", "role:co-host")]


def test_a_translation_s_passive_co_facilitation_verbs():
    """被共同协调由A, 被共同促进由A (co-facilitated by A): the verb, then its agents after 由."""
    for verb in ("共同协调", "共同促进"):
        found = facts(EVENT_LINE + f"起草小组被{verb}由李明博士和王芳女士。", "role")
        assert sorted((f["args"]["agent"]["value"]["name"], arg_key(f, "role")) for f in found) == [
            ("李明", "role:co-facilitator"), ("王芳", "role:co-facilitator")]
