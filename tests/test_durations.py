"""How long an event lasts (为期五天): an event-duration fact and the event's schema:duration, never a key figure."""

from __future__ import annotations

import pytest
from rdflib import Literal, Namespace, URIRef

from helpers import EVENT_LINE, arg_key, facts
from wsis_graph.evaluate.corpus import build_in_memory
from wsis_graph.map.namespaces import ID, SCHEMA
from wsis_graph.query import run_query
from wsis_graph.validate import union_graph, validate

HLE = URIRef(ID + "event/wsis-20-hle-2025")
XSD = Namespace("http://www.w3.org/2001/XMLSchema#")  # plain: pytest probes module attributes


def test_a_five_day_summit_is_a_duration_of_the_event_and_no_figure():
    text = EVENT_LINE + "为期五天的峰会期间，与会者参与了高层讨论、互动会议和知识交流。"
    (duration,) = facts(text, "event-duration")
    assert duration["args"]["event"]["label"] == "MAIN"  # 峰会 alone: the report's event
    assert duration["args"]["duration"]["value"]["duration"] == "P5D"
    assert [s["quote"] for s in duration["spans"]] == ["五天"]
    assert text[duration["spans"][0]["start"]:duration["spans"][0]["end"]] == "五天"
    assert duration["rule"] == "zh.event.duration"
    assert facts(text, "statistic") == []


@pytest.mark.parametrize("text, length", [
    ("本次会议于7月8日开幕，为期3天。", "P3D"),
    ("为期两天的会议共有300名代表参加。", "P2D"),
    ("为期 11 天的活动吸引了众多参与者。", "P11D"),
])
def test_lengths_in_days_after_the_marker(text, length):
    """Digits or Chinese numerals, blanks or none: one duration each, and no count of days or sessions."""
    assert [f["args"]["duration"]["value"]["duration"] for f in facts(EVENT_LINE + text, "event-duration")] == [length]
    assert not any(f["args"]["value"] in (2, 3, 11) for f in facts(EVENT_LINE + text, "statistic"))


def test_the_event_named_after_the_length_is_the_one_it_lasts():
    text = EVENT_LINE + "为期两天的联合国大会信息社会世界峰会成果落实情况全面审查高级别会议于12月16日至17日在纽约举行。"
    (duration,) = facts(text, "event-duration")
    assert arg_key(duration, "event") == "联合国大会信息社会世界峰会成果落实情况全面审查高级别会议"
    assert [s["quote"] for s in duration["spans"]] == ["两天", "联合国大会信息社会世界峰会成果落实情况全面审查高级别会议"]


@pytest.mark.parametrize("text", [
    "活动期间共举办了5天的展览。",          # no marker: not said to be the event's length
    "为期近三天的磋商已经结束。",            # nearly three days: no length to write down
    "会议期间，300名代表出席了5天的培训。",
])
def test_no_duration_without_the_marker_or_an_exact_number_and_never_a_figure(text):
    assert facts(EVENT_LINE + text, "event-duration") == []
    assert not any(f["args"]["measure"] == "measure:days" for f in facts(EVENT_LINE + text, "statistic"))
    assert not any(f["args"]["value"] in (3, 5) for f in facts(EVENT_LINE + text, "statistic"))


def test_the_built_graph_gives_the_event_its_duration_and_conforms(tmp_path):
    source = tmp_path / "t.zh.txt"
    source.write_text(EVENT_LINE + "为期五天的峰会期间，与会者参与了高层讨论。\n", encoding="utf-8")
    dataset = build_in_memory(source)
    outcome = validate(dataset)
    assert outcome.conforms, outcome.text
    graph = union_graph(dataset)
    assert (HLE, SCHEMA.duration, Literal("P5D", datatype=XSD.duration)) in graph
    statistics = run_query(dataset, "statistics")
    assert statistics.rows == []
    events = run_query(dataset, "events")
    assert [(row[1], row[events.vars.index("duration")]) for row in events.rows] == [("2025年WSIS+20高级别活动", "P5D")]
