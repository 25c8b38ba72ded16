"""query: loading graphs, the ten named queries (headers and rows), formats, errors, the CLI."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from helpers import map_sample
from wsis_graph.cli import cli
from wsis_graph.errors import InputError
from wsis_graph.map import to_dataset
from wsis_graph.query import format_result, load_graph, query_names, run_query
from wsis_graph.validate import validate
from wsis_graph.write import write_build

SAMPLE = Path(__file__).parent / "fixtures/map/sample.py"
ID = "https://w3id.org/wsis-graph/id/"

HEADERS = {
    "events": ["event", "event_zh", "start", "end", "venue", "city", "country"],
    "organisers": ["event", "organisation", "organisation_zh", "role"],
    "sponsors": ["event", "sponsor", "sponsor_zh", "tier"],
    "people": ["person", "person_zh", "honorific", "post", "post_zh", "country"],
    "roles": ["agent", "agent_zh", "role", "context", "context_zh", "start", "end"],
    "sessions": ["session", "session_zh", "type", "start", "end", "organiser", "event", "venue", "city", "country"],
    "statistics": ["subject", "measure", "measure_zh", "noun", "value", "qualifier", "unit"],
    "topics": ["subject", "topic", "topic_zh", "kind"],
    "related": ["subject", "relation", "object", "object_zh"],
    "evidence": ["fact", "source", "start", "end", "quote"],
}
HLE = "WSIS+20 High-Level Event 2025"


sample = map_sample()


@pytest.fixture(scope="module")
def out(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("build")
    result = to_dataset(sample.make_resolution(), tool_version="0.1.0")
    write_build(result, validate(result.dataset), folder)
    return folder


@pytest.fixture(scope="module")
def graph(out):
    return load_graph(out)


@pytest.fixture(scope="module")
def answers(graph) -> dict:
    """Every named query's result on the sample build, computed once (rdflib is not fast)."""
    return {name: run_query(graph, name) for name in HEADERS}


def rows(graph, name: str, answers: dict | None = None) -> list[tuple]:
    """The rows of a named query, cut to the issue's columns, None as ''."""
    result = answers[name] if answers is not None else run_query(graph, name)
    width = len(HEADERS[name])
    return [tuple("" if v is None else v for v in row[:width]) for row in result.rows]


def test_the_ten_named_queries_ship():
    assert query_names() == sorted(HEADERS)


@pytest.mark.parametrize("name", sorted(HEADERS))
def test_columns_start_with_the_issue_header(graph, answers, name):
    result = answers[name]
    assert result.vars[: len(HEADERS[name])] == HEADERS[name]
    header = next(csv.reader(io.StringIO(format_result(result, "csv"))))
    assert header[: len(HEADERS[name])] == HEADERS[name]
    assert header == result.vars
    cut = [r[: len(HEADERS[name])] for r in rows(graph, name, answers)]
    assert cut == sorted(cut)  # ordered by the columns


def test_events(graph, answers):
    assert rows(graph, "events", answers) == [
        (HLE, "2025年WSIS+20高级别活动", "2025-07-07", "2025-07-11", "Palexpo", "Geneva", "Switzerland")]
    result = answers["events"]
    assert result.vars[-1] == "duration"  # after the documented columns and the IRI
    assert [row[-1] for row in result.rows] == ["P5D"]


def test_organisers(graph, answers):
    assert rows(graph, "organisers", answers) == [
        (HLE, "International Telecommunication Union", "国际电信联盟", "co-host"),
        (HLE, "Switzerland", "瑞士", "co-host")]


def test_sponsors(graph, answers):
    assert rows(graph, "sponsors", answers) == [(HLE, "Malaysia", "马来西亚", "Platinum Partner")]


def test_people(graph, answers):
    assert rows(graph, "people", answers) == [
        ("Solly Malatsi", "索利·马拉西", "H.E. Mr", "Minister of Communications and Digital Technologies",
         "通信和数字技术部长", "South Africa"),
        ("阿拉尔·卡里斯", "阿拉尔·卡里斯", "H.E. Mr", "总统", "总统", "Estonia")]


def test_roles(graph, answers):
    assert rows(graph, "roles", answers) == [
        ("International Telecommunication Union", "国际电信联盟", "co-host", HLE, "2025年WSIS+20高级别活动", "", ""),
        ("Solly Malatsi", "索利·马拉西", "chair", HLE, "2025年WSIS+20高级别活动", "", ""),
        ("Switzerland", "瑞士", "co-host", HLE, "2025年WSIS+20高级别活动", "", ""),
        ("UN Trade and Development", "联合国贸易和发展会议", "chair (rotating)",
         "United Nations Group on the Information Society", "联合国信息社会小组", "2025", "2026"),
        ("阿拉尔·卡里斯", "阿拉尔·卡里斯", "keynote speaker", HLE, "2025年WSIS+20高级别活动", "2025-07-10", "")]


def test_sessions(graph):
    """No place is said of the session: it is in the city and country of its event, not its venue."""
    name = "WSIS+20 总体审查多利益相关方与联合主持人磋商"
    assert rows(graph, "sessions") == [
        (name, name, "consultation", "2025-07-09T16:45:00+02:00", "2025-07-09T17:45:00+02:00", "", HLE, "",
         "Geneva", "Switzerland")]


def test_session_organisers_are_joined_and_sorted():
    res = sample.make_resolution()
    session = sample.ID + "session/wsis-20-consultation-1"
    base = next(f for f in res.facts if f.key == "role/wsis-20-hle-2025/co-host/itu")
    for agent in ("country/CH", "org/itu"):
        res.facts.append(sample.ResolvedFact("role", f"role/consultation/{agent}", "test", base.document,
                                             {"agent": sample.ID + agent, "role": "wsis:CoHost", "context": session},
                                             base.spans))
    g = to_dataset(res, tool_version="0").dataset
    assert rows(g, "sessions")[0][5] == "International Telecommunication Union; Switzerland"


def test_statistics(graph, answers):
    assert rows(graph, "statistics", answers) == [
        (HLE, "countries", "国家", "", "169", "exact", "count"),
        (HLE, "onsite participants", "现场参会者", "", "11000", "more than", "count"),
        (HLE, "share of women", "女性占比", "", "44", "exact", "percent")]


def test_topics(graph, answers):
    assert rows(graph, "topics", answers) == [("Regulators Roundtable", "C6 Enabling environment", "C6 有利环境", "action line")]


def test_related(graph, answers):
    assert rows(graph, "related", answers) == [
        ("UN Trade and Development", "succeeded", "UNESCO", "联合国教科文组织"),
        (HLE, "held with", "AI for Good Global Summit", "人工智能造福人类全球峰会")]


def test_evidence_quotes_match_the_text(graph, answers):
    text = sample.TEXT
    got = rows(graph, "evidence", answers)
    assert len(got) == sum(len(f.spans) for f in sample.facts())
    for fact, source, start, end, quote in got:
        assert fact.startswith(ID + "fact/sample.zh/")
        assert source == "sample.zh"
        assert text[int(start):int(end)] == quote
    sponsor = [r for r in got if r[0].endswith("sponsorship/wsis-20-hle-2025/my")]
    assert [r[4] for r in sponsor] == ["白金合作伙伴:马来西亚"]


@pytest.mark.parametrize("name", ["graph.ttl", "graph.nt", "graph.trig", "graph.jsonld"])
def test_every_graph_file_gives_the_same_answers(out, answers, name):
    other = load_graph(out / name)
    for query in ("evidence", "people", "sessions"):  # every fact, labels, dates and joins
        assert run_query(other, query).rows == answers[query].rows, (name, query)


def test_oxigraph_backend_gives_the_same_rows(graph, answers):
    for query in HEADERS:
        assert run_query(graph, query, backend="oxigraph").rows == answers[query].rows, query


def test_formats(graph):
    result = run_query(graph, "sponsors")
    as_json = json.loads(format_result(result, "json"))
    assert as_json["columns"] == result.vars
    assert as_json["rows"][0]["sponsor_zh"] == "马来西亚"
    table = format_result(result, "table").splitlines()
    assert table[0].split(" | ")[:4] == ["event" + " " * (len(HLE) - 5), "sponsor ", "sponsor_zh", "tier            "]
    assert table[-1] == "(1 row)"


def test_query_file_and_errors(graph, tmp_path):
    good = tmp_path / "count.rq"
    good.write_text("SELECT (COUNT(*) AS ?n) WHERE { ?s a <https://w3id.org/wsis-graph/ontology#Fact> }")
    assert run_query(graph, str(good)).rows == [(str(len(sample.facts())),)]
    with pytest.raises(InputError, match="unknown query 'nope'"):
        run_query(graph, "nope")
    bad = tmp_path / "bad.rq"
    bad.write_text("SELECT ?x WHERE {")
    with pytest.raises(InputError, match="malformed SPARQL"):
        run_query(graph, str(bad))
    with pytest.raises(InputError, match="no such query file"):
        run_query(graph, str(tmp_path / "missing.rq"))


def test_load_graph_errors(tmp_path):
    with pytest.raises(InputError, match="no such graph file or build folder"):
        load_graph(tmp_path / "missing")
    with pytest.raises(InputError, match="no graph.trig"):
        load_graph(tmp_path)
    broken = tmp_path / "broken.ttl"
    broken.write_text("this is not turtle <<<")
    with pytest.raises(InputError, match="cannot parse as turtle"):
        load_graph(broken)
    odd = tmp_path / "graph.xyz"
    odd.write_text("x")
    with pytest.raises(InputError, match="unknown graph format"):
        load_graph(odd)


# --- the CLI ------------------------------------------------------------------------------

def invoke(*args):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def test_cli_query_csv(out):
    res = invoke("query", "sponsors", "--graph", str(out), "--format", "csv")
    assert res.exit_code == 0
    lines = res.output.splitlines()
    assert lines[0].split(",")[:4] == HEADERS["sponsors"]
    assert lines[1].startswith(f"{HLE},Malaysia,马来西亚,Platinum Partner,")


@pytest.mark.parametrize("args, message", [
    (["query", "nope"], "unknown query 'nope'"),
    (["query", "events", "--graph", "/nonexistent/out"], "no such graph file or build folder"),
    (["validate", "--graph", "/nonexistent/out"], "no such graph file or build folder"),
    (["export", "--format", "nt", "--graph", "/nonexistent/out"], "no such graph file or build folder"),
])
def test_cli_bad_input_exits_2_with_one_line(out, args, message):
    if "--graph" not in args:
        args = args + ["--graph", str(out)]
    res = CliRunner().invoke(cli, args)
    assert res.exit_code == 2
    assert message in res.output
    assert "Traceback" not in res.output
    assert len(res.output.strip().splitlines()) == 1


@pytest.mark.parametrize("content", [b"", b"\x00\x01\x02binary", b"<a> <b> .", "\u4e2d".encode("gbk") * 3])
def test_cli_unreadable_graph_exits_2(tmp_path, content):
    bad = tmp_path / "graph.ttl"
    bad.write_bytes(content)
    res = CliRunner().invoke(cli, ["query", "events", "--graph", str(bad)])
    assert res.exit_code == 2, res.output
    assert res.output.startswith(f"Error: {bad}: ")
    assert len(res.output.strip().splitlines()) == 1


def test_build_folder_without_trig_falls_back_to_another_export(out, tmp_path):
    (tmp_path / "graph.nt").write_bytes((out / "graph.nt").read_bytes())
    assert run_query(load_graph(tmp_path), "sponsors").rows[0][:2] == (HLE, "Malaysia")


def test_cli_malformed_sparql_exits_2(out, tmp_path):
    bad = tmp_path / "bad.rq"
    bad.write_text("SELECT ?x WHERE {")
    res = CliRunner().invoke(cli, ["query", str(bad), "--graph", str(out)])
    assert res.exit_code == 2
    assert "malformed SPARQL" in res.output


def test_cli_validate_exit_codes(out, tmp_path):
    res = invoke("validate", "--graph", str(out))
    assert res.exit_code == 0
    assert res.output.startswith("Conforms: True")
    broken = tmp_path / "broken.trig"
    text = (out / "graph.trig").read_text(encoding="utf-8")
    broken.write_text(text.replace('wsis:rule "test.sponsorship"', 'wsis:rule ""'), encoding="utf-8")
    res = CliRunner().invoke(cli, ["validate", "--graph", str(broken)])
    assert res.exit_code == 1
    assert "Conforms: False" in res.output
    assert "wsis:rule" in res.output


@pytest.mark.parametrize("fmt, name", [("turtle", "graph.ttl"), ("nt", "graph.nt"), ("trig", "graph.trig")])
def test_cli_export_matches_the_build_files(out, tmp_path, fmt, name):
    res = invoke("export", "--format", fmt, "--graph", str(out))
    assert res.exit_code == 0
    assert res.output == (out / name).read_text(encoding="utf-8")
    target = tmp_path / f"x.{fmt}"
    assert invoke("export", "--format", fmt, "--graph", str(out), "-o", str(target)).exit_code == 0
    assert target.read_bytes() == (out / name).read_bytes()


def test_cli_export_jsonld_with_output_writes_its_context(out, tmp_path):
    target = tmp_path / "g.jsonld"
    assert invoke("export", "--format", "json-ld", "--graph", str(out), "-o", str(target)).exit_code == 0
    assert target.read_bytes() == (out / "graph.jsonld").read_bytes()
    assert (tmp_path / "context.jsonld").read_bytes() == (out / "context.jsonld").read_bytes()
    stdout = json.loads(invoke("export", "--format", "json-ld", "--graph", str(out)).output)
    assert stdout["@context"]["wsis"] == "https://w3id.org/wsis-graph/ontology#"


@pytest.mark.parametrize("command", ["validate", "query", "export"])
def test_cli_help_ends_with_an_example(command):
    res = invoke(command, "--help")
    assert res.exit_code == 0
    help_text = res.output.split("Options:")[0].rstrip()
    assert "Example:" in help_text
    assert help_text.splitlines()[-1].strip().startswith("wsis-graph ")


@pytest.mark.parametrize("place, expected", [
    ("place/geneva", ("", "Geneva", "Switzerland")),        # a city: no venue
    ("country/CH", ("", "", "Switzerland")),                 # a country only
    ("place/palexpo", ("Palexpo", "Geneva", "Switzerland")),
])
def test_events_split_the_place_by_structure(place, expected):
    res = sample.make_resolution()
    f = next(f for f in res.facts if f.kind == "event-place")
    f.args["place"] = sample.ID + place
    g = to_dataset(res, tool_version="0").dataset
    assert [r[4:7] for r in rows(g, "events")] == [expected]


def test_cli_query_with_oxigraph_backend(out):
    memory = invoke("query", "statistics", "--graph", str(out), "--format", "csv")
    oxigraph = invoke("query", "statistics", "--graph", str(out), "--format", "csv", "--backend", "oxigraph")
    assert oxigraph.exit_code == 0
    assert oxigraph.output == memory.output


def test_events_leave_listed_sessions_to_the_sessions_query():
    res = sample.make_resolution()
    base = next(f for f in res.facts if f.kind == "event-time")
    session = sample.ID + "session/wsis-20-consultation-1"
    res.facts.append(sample.ResolvedFact("event-time", "event-time/consultation", "test", base.document,
                                         {"event": session, "start": sample.d("2025-07-09")}, base.spans))
    g = to_dataset(res, tool_version="0").dataset
    assert [r[0] for r in rows(g, "events")] == [HLE]


def test_a_session_page_s_session_is_in_the_city_of_the_event_it_is_part_of(tmp_path):
    from wsis_graph.evaluate.corpus import build_in_memory
    text = tmp_path / "page.zh.txt"
    text.write_text("第三届东非数字论坛（EADF 2031）\n2031年3月2日至4日 | 肯尼亚内罗毕 | 肯雅塔国际会议中心\n\n"
                    "首页 > 会议日程 > 工作坊\n\nWS #57\n社区网络与农村连接\n\n日期：2031年3月3日\n", encoding="utf-8")
    found = {r[1]: (r[2], r[5], r[6]) for r in rows(build_in_memory(text), "events")}
    assert found["社区网络与农村连接"] == ("2031-03-03", "Nairobi", "Kenya")


def test_a_query_text_is_parsed_once_and_its_answers_do_not_leak_between_graphs(graph):
    """rdflib's parser took four fifths of scoring a text; a parsed query is reused as it is."""
    from rdflib import Dataset

    from wsis_graph.query import engine

    first = run_query(graph, "people").rows
    parsed_before = engine._parsed.cache_info().misses
    assert run_query(Dataset(), "people").rows == []  # the parsed query holds no rows of its own
    assert run_query(graph, "people").rows == first
    assert engine._parsed.cache_info().misses == parsed_before
