"""One force layout for every view (pictures, GEXF positions, the HTML start), seeded so the
same graph always gets the same picture."""

from __future__ import annotations

import networkx as nx

LAYOUT_SEED = 7


def force_layout(net: nx.MultiDiGraph, seed: int = LAYOUT_SEED) -> dict[str, tuple[float, float]]:
    """ForceAtlas2 positions in [-1, 1] (strong gravity keeps small components near the centre),
    rounded so float noise cannot change the output."""
    simple = nx.Graph()
    simple.add_nodes_from(sorted(net.nodes))
    for source, target in sorted((u, v) for u, v in net.edges()):
        weight = simple.edges[source, target]["weight"] + 1 if simple.has_edge(source, target) else 1
        simple.add_edge(source, target, weight=weight)
    if simple.number_of_nodes() == 0:
        return {}
    positions = nx.forceatlas2_layout(simple, max_iter=300, scaling_ratio=2.0, gravity=1.0,
                                      strong_gravity=True, seed=seed)
    return _rescale(positions)


def _rescale(positions: dict) -> dict[str, tuple[float, float]]:
    """Centre on the origin and scale into [-1, 1] (ForceAtlas2 has no fixed scale)."""
    xs = [float(p[0]) for p in positions.values()]
    ys = [float(p[1]) for p in positions.values()]
    cx, cy = (max(xs) + min(xs)) / 2, (max(ys) + min(ys)) / 2
    span = max(max(xs) - min(xs), max(ys) - min(ys)) / 2 or 1.0
    return {n: (round((float(x) - cx) / span, 4), round((float(y) - cy) / span, 4))
            for n, (x, y) in sorted(positions.items())}
