"""The embedded Oxigraph store: built whole, swapped in whole, read-only, same answers as rdflib."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest

from builds import shared_build
from sparql_results import from_oxigraph, from_rdflib, memory_dataset
from wsis_graph.errors import InputError
from wsis_graph.query import load_graph, query_names, query_text, run_query
from wsis_graph.store import build_store, named_graphs, open_store, query, store_for

FIXTURE = Path(__file__).parent / "fixtures" / "serve"
GRAPH = FIXTURE / "graph.trig"
QUERIES = sorted((FIXTURE / "queries").glob("*.rq"))
GRAPHS = ["https://w3id.org/wsis-graph/id/graph/forum-2025",
          "https://w3id.org/wsis-graph/id/graph/summit-2024"]


@pytest.fixture(scope="module")
def store_dir(tmp_path_factory) -> Path:
    target = tmp_path_factory.mktemp("out") / "store"
    assert build_store(GRAPH, target) == 77
    return target


def test_build_keeps_named_graphs(store_dir):
    store = open_store(store_dir)
    assert named_graphs(store) == GRAPHS
    assert len(list(store.quads_for_pattern(None, None, None, ox.DefaultGraph()))) == 0


def test_readers_share_the_store_read_only(store_dir):
    first, second = open_store(store_dir), open_store(store_dir)
    count = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
    assert [s["n"].value for s in query(first, count)] == ["77"]
    assert [s["n"].value for s in query(second, count)] == ["77"]
    with pytest.raises(Exception):
        first.update("INSERT DATA { <urn:a> <urn:b> <urn:c> }")


def test_rebuild_swaps_the_whole_store(tmp_path):
    target = tmp_path / "store"
    build_store(GRAPH, target)
    small = tmp_path / "small.trig"
    small.write_text("<urn:g> { <urn:a> <urn:b> <urn:c> . }\n", encoding="utf-8")
    assert build_store(small, target) == 1
    assert named_graphs(open_store(target)) == ["urn:g"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["small.trig", "store"]  # no leftovers


def test_failed_build_leaves_the_old_store(tmp_path):
    target = tmp_path / "store"
    build_store(GRAPH, target)
    broken = tmp_path / "broken.trig"
    broken.write_text("<urn:g> { <urn:a> <urn:b> ", encoding="utf-8")
    with pytest.raises(InputError):
        build_store(broken, target)
    assert named_graphs(open_store(target)) == GRAPHS
    assert sorted(p.name for p in tmp_path.iterdir()) == ["broken.trig", "store"]


def test_store_for_a_graph_file_is_temporary(tmp_path):
    with store_for(GRAPH) as folder:
        assert named_graphs(open_store(folder)) == GRAPHS
        kept = folder
    assert not kept.exists()


def test_open_store_without_a_build_is_a_user_error(tmp_path):
    with pytest.raises(InputError, match="not an Oxigraph store"):
        open_store(tmp_path)


@pytest.mark.parametrize("path", QUERIES, ids=lambda p: p.stem)
def test_oxigraph_and_memory_agree(store_dir, path):
    text = path.read_text(encoding="utf-8")
    memory = from_rdflib(memory_dataset(GRAPH).query(text))
    oxigraph = from_oxigraph(query(open_store(store_dir), text))
    assert memory and oxigraph == memory


@pytest.fixture(scope="module")
def build() -> Path:
    return shared_build()


@pytest.fixture(scope="module")
def memory_graph(build):
    return load_graph(build)


@pytest.fixture(scope="module")
def oxigraph_graph(build):
    return load_graph(build, backend="oxigraph")


def test_load_graph_opens_the_builds_store_for_oxigraph(memory_graph, oxigraph_graph):
    assert isinstance(oxigraph_graph, ox.Store)
    assert not isinstance(memory_graph, ox.Store)


@pytest.mark.parametrize("name", query_names())
def test_backends_agree_on_every_named_query(memory_graph, oxigraph_graph, name):
    memory = run_query(memory_graph, name)
    oxigraph = run_query(oxigraph_graph, name, backend="oxigraph")
    assert memory.rows, f"{name}: the build must answer it"
    assert oxigraph.vars == memory.vars
    assert sorted(oxigraph.rows, key=repr) == sorted(memory.rows, key=repr)


@pytest.fixture(scope="module")
def memory_union(build):
    return memory_dataset(build / "graph.trig")


@pytest.mark.parametrize("name", query_names())
def test_backends_agree_term_by_term(build, memory_union, oxigraph_graph, name):
    """The same, comparing full terms: datatypes, and language tags case-insensitively."""
    _, text = query_text(name)
    memory = from_rdflib(memory_union.query(text))
    oxigraph = from_oxigraph(query(oxigraph_graph, text))
    assert oxigraph == memory


def test_cli_query_reads_the_store_with_the_oxigraph_backend(build):
    from click.testing import CliRunner

    from wsis_graph.cli import cli

    def query_cli(*extra: str) -> str:
        done = CliRunner().invoke(cli, ["query", "sponsors", "--graph", str(build),
                                        "--format", "csv", *extra])
        assert done.exit_code == 0, done.output
        return done.output

    assert query_cli("--backend", "oxigraph") == query_cli()
