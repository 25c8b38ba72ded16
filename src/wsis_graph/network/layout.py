"""One force layout for every view (pictures, GEXF positions, the HTML start), seeded so the
same graph always gets the same picture."""

from __future__ import annotations

import math

import networkx as nx

LAYOUT_SEED = 7


def force_layout(net: nx.MultiDiGraph, seed: int = LAYOUT_SEED) -> dict[str, tuple[float, float]]:
    """Fruchterman-Reingold positions in [-1, 1], rounded so float noise cannot change output."""
    simple = nx.Graph()
    simple.add_nodes_from(sorted(net.nodes))
    for source, target in sorted((u, v) for u, v in net.edges()):
        weight = simple.edges[source, target]["weight"] + 1 if simple.has_edge(source, target) else 1
        simple.add_edge(source, target, weight=weight)
    if simple.number_of_nodes() == 0:
        return {}
    k = 2.2 / math.sqrt(simple.number_of_nodes())
    positions = nx.spring_layout(simple, k=k, iterations=200, seed=seed, weight=None)
    return {n: (round(float(x), 4), round(float(y), 4)) for n, (x, y) in sorted(positions.items())}
