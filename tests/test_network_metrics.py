"""Metrics with known answers, and the projection the numbers come from."""

from __future__ import annotations

import csv
import io
import json

import networkx as nx
import pytest
from network_support import EVENT, ID, fixture_network

from wsis_graph.network.metrics import (
    compute_metrics,
    format_metrics,
    full_projection,
    network_metrics,
    stakeholder_projection,
)


def two_triangles_and_a_bridge() -> nx.Graph:
    """a-b-c and d-e-f are triangles; x joins c and d. Every path between the triangles runs
    through c, x and d, so x has betweenness 9 pairs / C(6,2)=15 -> 0.6 and c has 8/15."""
    graph = nx.Graph()
    graph.add_edges_from([("a", "b"), ("b", "c"), ("a", "c"), ("d", "e"), ("e", "f"), ("d", "f"),
                          ("c", "x"), ("x", "d")], weight=1)
    for node in graph:
        graph.nodes[node].update(type="organisation", label_en=node.upper(), label_zh="")
    return graph


def test_known_answers_on_two_triangles():
    metrics = compute_metrics(two_triangles_and_a_bridge(), "test")
    row = {n["id"]: n for n in metrics.nodes}
    assert row["x"]["betweenness"] == pytest.approx(0.6)
    assert row["c"]["betweenness"] == pytest.approx(8 / 15)
    assert row["a"]["betweenness"] == 0
    assert (row["x"]["degree"], row["c"]["degree"], row["a"]["degree"]) == (2, 3, 2)
    assert row["a"]["pagerank"] == pytest.approx(row["f"]["pagerank"])  # mirror images
    assert row["c"]["pagerank"] == pytest.approx(row["d"]["pagerank"])
    assert sum(n["pagerank"] for n in metrics.nodes) == pytest.approx(1, abs=1e-5)
    assert len(metrics.communities) == 2
    assert row["a"]["community"] == row["b"]["community"] == row["c"]["community"]
    assert row["d"]["community"] == row["e"]["community"] == row["f"]["community"]
    assert row["a"]["community"] != row["f"]["community"]
    # x sits in one triangle's community and links to the other: it is a broker
    assert "x" in {b["id"] for b in metrics.brokers}
    assert all(len(b["bridges"]) == 1 for b in metrics.brokers)


def test_metrics_are_deterministic():
    first = compute_metrics(two_triangles_and_a_bridge(), "test").to_json()
    assert compute_metrics(two_triangles_and_a_bridge(), "test").to_json() == first


def test_stakeholder_projection_leaves_out_the_event_hub():
    net = fixture_network()
    projected = stakeholder_projection(net)
    assert EVENT not in projected
    assert {d["type"] for _, d in projected.nodes(data=True)} == {"organisation", "country", "person"}
    itu, ch = ID + "org/itu", ID + "country/CH"
    assert projected.has_edge(itu, ch)  # co-hosts of the same event
    assert projected.edges[itu, ch]["via"] == ["co-hosts 2025年WSIS+20高级别活动"]
    assert projected.has_edge(ID + "country/SA", ID + "country/ZA")  # gold sponsors together
    assert not projected.has_edge(ID + "country/MY", ID + "country/SA")  # different tiers
    assert projected.has_edge(itu, ID + "org/ipu")  # co-organisers of one session
    assert projected.has_edge(ID + "person/solly-malatsi", ID + "country/ZA")  # post kept
    # ITU co-hosts, co-organises, vice-chairs UNGIS and co-organises a session: the top stakeholder
    assert network_metrics(net, "stakeholders").nodes[0]["id"] == itu


def test_the_hub_dominates_the_full_projection():
    net = fixture_network()
    assert full_projection(net).number_of_nodes() == net.number_of_nodes()
    top = network_metrics(net, "full").nodes[0]
    assert top["id"] == EVENT
    assert top["degree"] == 19


@pytest.mark.parametrize("fmt", ["table", "csv", "json"])
def test_every_format_names_its_projection(fmt):
    net = fixture_network()
    text = format_metrics(network_metrics(net, "stakeholders"), fmt)
    if fmt == "json":
        data = json.loads(text)
        assert data["projection"] == "stakeholders"
        assert data["nodes"][0]["label_zh"] == "国际电信联盟"
    elif fmt == "csv":
        rows = list(csv.DictReader(io.StringIO(text)))
        assert {r["projection"] for r in rows} == {"stakeholders"}
        assert len(rows) == 26
    else:
        assert text.startswith("Projection: stakeholders")
        assert "Top brokers between communities" in text
