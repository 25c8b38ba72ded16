"""Frames, unknown counted nouns and reading context, each alone on sentences written for them."""

from __future__ import annotations

import json

import pytest

from helpers import EVENT_LINE, ROOT, doc, facts
from wsis_graph.errors import InputError
from wsis_graph.extract import extract
from wsis_graph.extract.frames import load_frames
from wsis_graph.model import Document

EVENT = "2031年全球连接审查会议于2031年3月2日至4日在内罗毕举行。\n"


def roles(text: str) -> set[tuple[str, str]]:
    return {(f["args"]["agent"]["text"], f["args"]["role"] if isinstance(f["args"]["role"], str)
             else f["args"]["role"]["key"]) for f in facts(text, "role")}


def test_a_lead_organiser_described_between_agent_and_verb():
    found = roles(EVENT + "会议由肯尼亚信息通信和数字经济部作为主要协调方主办，与东非共同体秘书处和非洲联盟委员会合办。")
    assert ("肯尼亚信息通信和数字经济部", "role:host") in found
    assert ("东非共同体秘书处", "role:co-organiser") in found


def test_several_hosts_of_one_verb_are_co_hosts():
    found = roles(EVENT + "本次会议由国际电信联盟和内罗毕大学共同主办。")
    assert found >= {("国际电信联盟", "role:co-host"), ("内罗毕大学", "role:co-host")}


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
    assert {("代表", 600), ("部长", 14), ("副部长", 9), ("女性代表", 41)} <= read


def test_a_dateline_and_a_published_date_place_relative_days():
    text = "东非审查会议在内罗毕开幕\n新华社内罗毕3月2日电 第三届东非信息社会审查会议今天在内罗毕开幕，为期3天。\n"
    document = Document("news", "news.txt", text, "zh-Hans", "0", {"published": "2031-03-02"})
    x = extract(document)
    (time,) = [f for f in x.facts if f.kind == "event-time"]
    assert time.args["date"].value["start"].endswith("03-02")
    assert time.args["date"].value["duration_days"] == 3


def test_no_clock_no_relative_day():
    x = extract(doc("第三届东非信息社会审查会议今天在内罗毕开幕。\n"))
    assert not [m for m in x.mentions if m.label == "DATE"]


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


def _examples():
    frames = json.loads((ROOT / "data" / "rules" / "zh" / "frames.json").read_text(encoding="utf-8"))["frames"]
    return [(f["id"], ex) for f in frames for ex in f["examples"]]


def _said(value):
    if isinstance(value, dict):
        return {value.get("text"), value.get("key")}
    return {value}


@pytest.mark.parametrize("frame_id, example", _examples(), ids=lambda v: v if isinstance(v, str) else "")
def test_every_frame_example_gives_its_facts(frame_id, example):
    """The examples in data/rules/zh/frames.json are the frames' own tests."""
    read = facts(EVENT_LINE + example["text"])
    for want in example["facts"]:
        assert any(f["kind"] == want["kind"] and all(v in _said(f["args"].get(k)) for k, v in want["args"].items())
                   for f in read), (frame_id, want)


@pytest.mark.parametrize("rule, message", [
    ({"id": "zh.bad.label", "pattern": "{agent=ORGANISATION}主办", "facts": [{"kind": "role", "args": {"agent": "agent"}}]},
     "zh.bad.label.*ORGANISATION"),
    ({"id": "zh.bad.group", "pattern": "{agent=ORG}主办", "facts": [{"kind": "role", "args": {"agent": "agents"}}]},
     "zh.bad.group.*'agents'"),
    ({"id": "zh.bad.context", "pattern": "{agent=ORG}主办", "facts": [{"kind": "role", "args": {"context": "@session"}}]},
     "zh.bad.context.*@session"),
    ({"id": "zh.bad.kind", "pattern": "{agent=ORG}主办", "facts": [{"kind": "rôle", "args": {}}]}, "zh.bad.kind"),
])
def test_a_rule_file_mistake_names_the_file_and_the_rule(tmp_path, rule, message):
    from wsis_graph.extract.rules import load_rules
    (tmp_path / "bad.json").write_text(json.dumps({"rules": [rule]}), encoding="utf-8")
    with pytest.raises(InputError, match="bad.json: rule " + message):
        load_rules(tmp_path)
