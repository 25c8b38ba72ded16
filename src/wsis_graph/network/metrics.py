"""Who is central and who bridges groups: centralities, communities and brokers.

Two projections of the network can be measured:

- `full`: every node and edge, as an undirected graph (parallel edges add weight). The event hub
  touches every co-host, sponsor and speaker, so it dominates every centrality there.
- `stakeholders`: organisations, countries and people only. Events and sessions are left out;
  two stakeholders are linked when they hold the same role in the same event or session
  (co-hosts with co-hosts, sponsors of one tier with each other, co-organisers of a session ...),
  and the direct stakeholder edges (posts, body chairs, country) are kept. This answers
  "who worked with whom" without the hub.
"""

from __future__ import annotations

import csv
import io
import json
from collections import defaultdict
from dataclasses import dataclass, field
from itertools import combinations
from typing import Any

import networkx as nx

from .derive import STAKEHOLDER_TYPES

SEED = 42
PROJECTIONS = {
    "stakeholders": "stakeholders: organisations, countries and people; events and sessions left "
                    "out; stakeholders linked when they share a role in the same event or session",
    "full": "full: every node, including the event hub and sessions; parallel edges add weight",
}
CSV_COLUMNS = ("projection", "id", "label_en", "label_zh", "type", "degree", "weighted_degree",
               "betweenness", "pagerank", "community", "bridges")


@dataclass
class NetworkMetrics:
    """Per-node measures, communities and brokers, and the projection they come from."""

    projection: str
    node_count: int
    edge_count: int
    nodes: list[dict[str, Any]]
    communities: list[list[str]]
    brokers: list[dict[str, Any]] = field(default_factory=list)

    @property
    def description(self) -> str:
        return PROJECTIONS.get(self.projection, self.projection)

    def to_json(self) -> dict[str, Any]:
        return {"projection": self.projection, "description": self.description,
                "node_count": self.node_count, "edge_count": self.edge_count,
                "nodes": self.nodes, "communities": self.communities, "brokers": self.brokers}


def project(net: nx.MultiDiGraph, projection: str) -> nx.Graph:
    """The undirected weighted graph the metrics are computed on."""
    if projection == "full":
        return full_projection(net)
    if projection == "stakeholders":
        return stakeholder_projection(net)
    raise ValueError(f"unknown projection {projection!r} (use stakeholders or full)")


def full_projection(net: nx.MultiDiGraph) -> nx.Graph:
    graph = nx.Graph()
    graph.add_nodes_from(sorted(net.nodes(data=True)))
    for source, target, data in sorted(net.edges(data=True), key=lambda e: (e[0], e[1])):
        _link(graph, source, target, data["label"])
    return graph


def stakeholder_projection(net: nx.MultiDiGraph) -> nx.Graph:
    """Stakeholders only; shared roles in an event or session become stakeholder links."""
    graph = nx.Graph()
    graph.add_nodes_from(sorted((n, d) for n, d in net.nodes(data=True) if d["type"] in STAKEHOLDER_TYPES))
    groups: dict[tuple[str, str], set[str]] = defaultdict(set)
    for source, target, key, data in net.edges(keys=True, data=True):
        if source in graph and target in graph:
            _link(graph, source, target, data["label"])
        elif source in graph:  # a stakeholder's role in an event or session
            groups[(target, key)].add(source)
    for (context, key), members in sorted(groups.items()):
        reason = f"{net.edges[sorted(members)[0], context, key]['label']} {net.nodes[context]['label']}"
        for a, b in combinations(sorted(members), 2):
            _link(graph, a, b, reason)
    return graph


def _link(graph: nx.Graph, a: str, b: str, reason: str) -> None:
    if a == b:
        return
    if graph.has_edge(a, b):
        graph.edges[a, b]["weight"] += 1
        graph.edges[a, b]["via"].append(reason)
    else:
        graph.add_edge(a, b, weight=1, via=[reason])


def compute_metrics(graph: nx.Graph, projection: str, top_brokers: int = 10) -> NetworkMetrics:
    """Degree, betweenness (unweighted shortest paths), PageRank (weighted), Louvain communities
    with a fixed seed, and the nodes that link the most other communities (brokers)."""
    betweenness = nx.betweenness_centrality(graph, normalized=True) if graph else {}
    pagerank = nx.pagerank(graph, alpha=0.85, weight="weight") if graph.number_of_edges() else \
        {n: 1 / max(len(graph), 1) for n in graph}
    communities = detect_communities(graph)
    member_of = {n: i + 1 for i, group in enumerate(communities) for n in group}
    bridges = {n: sorted({member_of[m] for m in graph[n]} - {member_of[n]}) for n in graph}
    nodes = [{
        "id": n, "label_en": d.get("label_en", ""), "label_zh": d.get("label_zh", ""),
        "type": d.get("type", ""), "degree": graph.degree(n),
        "weighted_degree": graph.degree(n, weight="weight"),
        "betweenness": round(betweenness[n], 6), "pagerank": round(pagerank[n], 6),
        "community": member_of[n], "bridges": bridges[n],
    } for n, d in graph.nodes(data=True)]
    nodes.sort(key=lambda r: (-r["pagerank"], -r["betweenness"], r["id"]))
    return NetworkMetrics(projection, graph.number_of_nodes(), graph.number_of_edges(), nodes,
                          communities, _brokers(nodes, top_brokers))


def detect_communities(graph: nx.Graph) -> list[list[str]]:
    """Louvain with a fixed seed; largest community first, ties by their first member."""
    if graph.number_of_nodes() == 0:
        return []
    found = nx.community.louvain_communities(graph, weight="weight", seed=SEED)
    return sorted((sorted(c) for c in found), key=lambda c: (-len(c), c[0]))


def _brokers(nodes: list[dict[str, Any]], top: int) -> list[dict[str, Any]]:
    """Nodes with neighbours in other communities, most communities bridged first."""
    candidates = [n for n in nodes if n["bridges"]]
    candidates.sort(key=lambda n: (-len(n["bridges"]), -n["betweenness"], n["id"]))
    return [{"id": n["id"], "label_en": n["label_en"], "label_zh": n["label_zh"],
             "community": n["community"], "bridges": n["bridges"],
             "betweenness": n["betweenness"]} for n in candidates[:top]]


def network_metrics(net: nx.MultiDiGraph, projection: str = "stakeholders") -> NetworkMetrics:
    """Project the network and measure it."""
    return compute_metrics(project(net, projection), projection)


def format_metrics(metrics: NetworkMetrics, fmt: str) -> str:
    """Render metrics as an aligned table, CSV or JSON; every format names the projection."""
    if fmt == "json":
        return json.dumps(metrics.to_json(), ensure_ascii=False, indent=2) + "\n"
    if fmt == "csv":
        return _csv(metrics)
    return _table(metrics)


def _csv(metrics: NetworkMetrics) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for n in metrics.nodes:
        writer.writerow([metrics.projection, n["id"], n["label_en"], n["label_zh"], n["type"],
                         n["degree"], n["weighted_degree"], f"{n['betweenness']:.6f}",
                         f"{n['pagerank']:.6f}", n["community"], " ".join(map(str, n["bridges"]))])
    return buffer.getvalue()


def _table(metrics: NetworkMetrics) -> str:
    lines = [f"Projection: {metrics.description}",
             f"{metrics.node_count} nodes, {metrics.edge_count} links", ""]
    rows = [("rank", "name", "type", "degree", "betweenness", "pagerank", "community", "中文名")]
    for i, n in enumerate(metrics.nodes, 1):
        rows.append((str(i), n["label_en"] or n["id"], n["type"], str(n["degree"]),
                     f"{n['betweenness']:.4f}", f"{n['pagerank']:.4f}", str(n["community"]), n["label_zh"]))
    widths = [max(len(r[c]) for r in rows) for c in range(len(rows[0]) - 1)]
    for row in rows:
        lines.append("  ".join(v.ljust(w) for v, w in zip(row, widths)) + "  " + row[-1])
    lines += ["", "Communities (Louvain, seed 42):"]
    names = {n["id"]: n["label_en"] or n["label_zh"] or n["id"] for n in metrics.nodes}
    for i, group in enumerate(metrics.communities, 1):
        lines.append(f"  {i}: " + ", ".join(sorted(names[m] for m in group)))
    lines += ["", "Top brokers between communities:"]
    for b in metrics.brokers:
        lines.append(f"  {names[b['id']]} (community {b['community']}) links communities "
                     f"{', '.join(map(str, b['bridges']))}; betweenness {b['betweenness']:.4f}")
    if not metrics.brokers:
        lines.append("  none: no node links two communities here"
                     + ("; the groups meet only through events (see --projection full)"
                        if metrics.projection == "stakeholders" else ""))
    return "\n".join(lines) + "\n"


def annotate(net: nx.MultiDiGraph) -> dict[str, NetworkMetrics]:
    """Store the measures on the nodes, so exports and the HTML view carry them.

    `pagerank`, `betweenness` and `degree` come from the full network (what the pictures show);
    `stakeholder_*` and `community` from the stakeholder projection (absent on events/sessions).
    """
    full = compute_metrics(full_projection(net), "full")
    stake = compute_metrics(stakeholder_projection(net), "stakeholders")
    for row in full.nodes:
        net.nodes[row["id"]].update(degree=row["degree"], pagerank=row["pagerank"],
                                    betweenness=row["betweenness"])
    for row in stake.nodes:
        net.nodes[row["id"]].update(stakeholder_pagerank=row["pagerank"],
                                    stakeholder_betweenness=row["betweenness"],
                                    community=row["community"])
    return {"full": full, "stakeholders": stake}
