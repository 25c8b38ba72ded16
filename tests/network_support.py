"""Shared helpers of the network tests: the fixture graph and its derived network, built once."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import networkx as nx
from rdflib import Graph

from wsis_graph.network.derive import derive_network, load_rdf
from wsis_graph.network.metrics import annotate

ROOT = Path(__file__).resolve().parent.parent
FIXTURE = ROOT / "tests" / "fixtures" / "network" / "event.ttl"
SOURCE_TEXT = (ROOT / "data" / "sources" / "wsis-hle-2025-outcomes.zh.txt").read_text(encoding="utf-8")
ID = "https://w3id.org/wsis-graph/id/"
EVENT = ID + "event/wsis-20-hle-2025"
UNGIS = ID + "org/ungis"


@cache
def fixture_graph() -> Graph:
    return load_rdf(FIXTURE)


@cache
def _fixture_network() -> nx.MultiDiGraph:
    net = derive_network(fixture_graph())
    annotate(net)
    return net


def fixture_network() -> nx.MultiDiGraph:
    """A fresh copy each call, so a test that changes it cannot disturb another."""
    return _fixture_network().copy()


def edges(net: nx.MultiDiGraph, relation: str) -> list[tuple[str, str, dict]]:
    return [(u, v, d) for u, v, d in net.edges(data=True) if d["relation"] == relation]


def en(net: nx.MultiDiGraph, node: str) -> str:
    return net.nodes[node]["label_en"]


@cache
def real_build_file() -> Path:
    """A build folder of data/sources made by the real pipeline (`wsis-graph build`), once."""
    import atexit
    import shutil
    import tempfile

    from wsis_graph.pipeline import build
    from wsis_graph.resources import data_dir

    folder = Path(tempfile.mkdtemp(prefix="wsis-network-build-"))
    atexit.register(shutil.rmtree, folder, True)
    build([data_dir("sources")], folder)
    return folder


@cache
def real_graph() -> Graph:
    return load_rdf(real_build_file())


@cache
def _real_network() -> nx.MultiDiGraph:
    net = derive_network(real_graph())
    annotate(net)
    return net


def real_network() -> nx.MultiDiGraph:
    return _real_network().copy()
