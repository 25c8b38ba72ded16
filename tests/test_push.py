"""`wsis-graph push` against a real Oxigraph server, then read back: every triple arrived."""

from __future__ import annotations

import subprocess
from pathlib import Path

import httpx
import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from builds import shared_build
from servers import oxigraph_server, wsis_graph_cmd
from sparql_results import graph_triples, oxigraph_term
from wsis_graph.cli import cli
from wsis_graph.push import detect_kind, make_auth, plan, target_url

FIXTURE = Path(__file__).parent / "fixtures" / "serve"
GRAPH = FIXTURE / "graph.trig"


@pytest.fixture(scope="module")
def oxigraph(tmp_path_factory):
    with oxigraph_server(tmp_path_factory.mktemp("oxigraph")) as url:
        yield url


def expected_graphs() -> dict[str, list]:
    """The build's triples, per named graph, in comparable form."""
    graphs: dict[str, list] = {}
    for quad in ox.parse(path=str(GRAPH), format=ox.RdfFormat.TRIG):
        graphs.setdefault(quad.graph_name.value, []).append(
            tuple(oxigraph_term(t) for t in (quad.subject, quad.predicate, quad.object)))
    return {name: sorted(set(triples)) for name, triples in graphs.items()}


def stored(url: str, graph: str) -> list:
    """One graph read back from the store with a Graph Store GET."""
    response = httpx.get(url + "/store", params={"graph": graph},
                         headers={"Accept": "application/n-triples"})
    if response.status_code == 404:
        return []
    response.raise_for_status()
    return graph_triples(response.content, "nt")


def store_graphs(url: str) -> set[str]:
    response = httpx.post(url + "/query", data={"query": "SELECT DISTINCT ?g { GRAPH ?g {} }"},
                          headers={"Accept": "application/sparql-results+json"})
    return {b["g"]["value"] for b in response.json()["results"]["bindings"]}


def push(*args: str):
    return CliRunner().invoke(cli, ["push", "--graph", str(GRAPH), *args])


def test_push_sends_every_triple_one_named_graph_each(oxigraph):
    result = push("--endpoint", oxigraph + "/store")
    assert result.exit_code == 0, result.output
    expected = expected_graphs()
    assert store_graphs(oxigraph) >= set(expected)
    for graph, triples in expected.items():
        assert stored(oxigraph, graph) == triples
        assert f"PUT <{graph}>: {len(triples)} triples" in result.output
    assert "sent 2 graphs, 77 triples" in result.output
    assert "(oxigraph)" in result.output


def test_put_replaces_and_append_adds(oxigraph, tmp_path):
    target = "urn:wsis-graph:test:replace"
    extra = tmp_path / "extra.nt"
    extra.write_text("<urn:x> <urn:y> \"z\" .\n", encoding="utf-8")
    assert push("--endpoint", oxigraph + "/store", "--graph-uri", target).exit_code == 0
    assert push("--endpoint", oxigraph + "/store", "--graph-uri", target).exit_code == 0
    assert len(stored(oxigraph, target)) == 77  # PUT twice: replaced, not doubled
    appended = CliRunner().invoke(cli, ["push", "--graph", str(extra), "--append", "--graph-uri",
                                        target, "--endpoint", oxigraph + "/store"])
    assert appended.exit_code == 0 and "POST" in appended.output
    assert len(stored(oxigraph, target)) == 78
    replaced = CliRunner().invoke(cli, ["push", "--graph", str(extra), "--graph-uri", target,
                                        "--endpoint", oxigraph + "/store"])
    assert replaced.exit_code == 0
    assert len(stored(oxigraph, target)) == 1


def test_dry_run_sends_nothing(oxigraph):
    target = "urn:wsis-graph:test:dry-run"
    result = push("--endpoint", oxigraph + "/store", "--graph-uri", target, "--dry-run")
    assert result.exit_code == 0
    assert "would send PUT <urn:wsis-graph:test:dry-run>: 77 triples" in result.output
    assert stored(oxigraph, target) == []


def test_refused_upload_exits_3_with_the_servers_message(oxigraph):
    done = subprocess.run([*wsis_graph_cmd(), "push", "--graph", str(GRAPH),
                           "--endpoint", oxigraph + "/not-a-graph-store"],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 3
    assert done.stderr.startswith("Error: PUT <https://w3id.org/wsis-graph/id/graph/")
    assert "404 Not Found" in done.stderr and "not supported by this server" in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1


def test_unreachable_store_exits_3():
    result = push("--endpoint", "http://127.0.0.1:9/store")
    assert result.exit_code == 3
    assert "failed" in result.output


@pytest.mark.parametrize("args, message", [
    (["--endpoint", "ftp://example.org/store"], "not an http(s) URL"),
    (["--endpoint", "http://127.0.0.1:9/store", "--user", "dba"], "--user needs --password-env"),
    (["--endpoint", "http://127.0.0.1:9/store", "--user", "dba", "--password-env",
      "WSIS_GRAPH_TEST_UNSET"], "not set"),
    (["--endpoint", "http://127.0.0.1:9/store", "--graph", "/nonexistent/out"], "no such graph"),
])
def test_bad_usage_exits_2_with_one_line(args, message):
    done = subprocess.run([*wsis_graph_cmd(), "push", "--graph", str(GRAPH), *args],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 2
    assert message in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1 and "Traceback" not in done.stderr


def test_store_quirks():
    assert detect_kind("http://h:3030/wsis/data") == "fuseki"
    assert detect_kind("http://h:7200/repositories/wsis/rdf-graphs/service") == "graphdb"
    assert detect_kind("http://h:8890/sparql-graph-crud-auth") == "virtuoso"
    assert detect_kind("http://h:7878/store") == "oxigraph"
    assert detect_kind("http://h/gsp") == "generic"
    assert target_url("http://h:8890/sparql-graph-crud-auth", "virtuoso", "urn:g") \
        == "http://h:8890/sparql-graph-crud-auth?graph-uri=urn%3Ag"
    assert target_url("http://h:3030/wsis/data", "fuseki", "urn:g") \
        == "http://h:3030/wsis/data?graph=urn%3Ag"
    assert target_url("http://h:7878/store", "oxigraph", None) == "http://h:7878/store?default"
    assert isinstance(make_auth("virtuoso", "dba", "pw"), httpx.DigestAuth)
    assert isinstance(make_auth("fuseki", "admin", "pw"), httpx.BasicAuth)
    assert make_auth("oxigraph", None, None) is None


def test_plan_is_one_upload_per_named_graph():
    uploads = plan(GRAPH)
    assert [u.graph for u in uploads] == sorted(expected_graphs())
    assert sum(u.triples for u in uploads) == 77
    assert plan(GRAPH) == uploads  # the same build sends the same bytes


def test_a_real_build_arrives_whole(oxigraph):
    build = shared_build()
    result = CliRunner().invoke(cli, ["push", "--graph", str(build), "--endpoint",
                                      oxigraph + "/store"])
    assert result.exit_code == 0, result.output
    expected: dict[str, set] = {}
    for quad in ox.parse(path=str(build / "graph.trig"), format=ox.RdfFormat.TRIG):
        expected.setdefault(quad.graph_name.value, set()).add(
            tuple(oxigraph_term(t) for t in (quad.subject, quad.predicate, quad.object)))
    assert len(expected) > 1
    for graph, triples in expected.items():
        assert stored(oxigraph, graph) == sorted(triples), graph
