"""GraphML, GEXF and node-link JSON of the network, byte-identical for the same graph.

GraphML and GEXF only hold scalar attributes, so lists (quotes, posts) are stored as JSON text.
GEXF also gets colours, sizes and positions (the `viz` module) so Gephi opens a readable picture.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import networkx as nx
from networkx.readwrite.gexf import GEXFWriter

from .layout import force_layout

TYPE_COLOURS = {  # colour-blind safe (Okabe-Ito), shared by the HTML view and the pictures
    "organisation": "#0072B2", "country": "#009E73", "person": "#D55E00",
    "event": "#CC79A7", "session": "#E69F00",
}


def sorted_copy(net: nx.MultiDiGraph, flat: bool = False) -> nx.MultiDiGraph:
    """A copy with nodes and edges in sorted order; `flat` turns lists/dicts into JSON text."""
    out = nx.MultiDiGraph(name=net.graph.get("name", ""))
    for node in sorted(net.nodes):
        out.add_node(node, **_attrs(net.nodes[node], flat))
    for source, target, key in sorted(net.edges(keys=True)):
        out.add_edge(source, target, key=key, **_attrs(net.edges[source, target, key], flat))
    return out


def _attrs(data: dict[str, Any], flat: bool) -> dict[str, Any]:
    out = {}
    for name in sorted(data):
        value = data[name]
        if value is None:
            continue
        if flat and isinstance(value, (list, dict, tuple)):
            value = json.dumps(value, ensure_ascii=False, sort_keys=True)
        out[name] = value
    return out


def write_graphml(net: nx.MultiDiGraph, path: Path) -> Path:
    nx.write_graphml(sorted_copy(net, flat=True), path, encoding="utf-8", prettyprint=True)
    return path


def write_gexf(net: nx.MultiDiGraph, path: Path) -> Path:
    """GEXF 1.2 with viz colours/sizes/positions and no modification date (reproducible)."""
    graph = sorted_copy(net, flat=True)
    positions = force_layout(net)
    for node, data in graph.nodes(data=True):
        x, y = positions.get(node, (0.0, 0.0))
        data["viz"] = {"color": _rgb(TYPE_COLOURS.get(data.get("type", ""), "#999999")),
                       "size": round(5 + 60 * float(data.get("pagerank", 0.0)), 3),
                       "position": {"x": round(x * 500, 2), "y": round(y * 500, 2), "z": 0.0}}
    writer = GEXFWriter(encoding="utf-8", prettyprint=True, version="1.2draft")
    writer.add_graph(graph)
    for meta in writer.xml.iter("meta"):
        meta.attrib.pop("lastmodifieddate", None)
    with open(path, "wb") as handle:
        writer.write(handle)
    return path


def _rgb(hex_colour: str) -> dict[str, int]:
    value = hex_colour.lstrip("#")
    return {"r": int(value[0:2], 16), "g": int(value[2:4], 16), "b": int(value[4:6], 16), "a": 1.0}


def node_link(net: nx.MultiDiGraph) -> dict[str, Any]:
    """networkx node-link data (`nx.node_link_graph(data, edges="edges")` reads it back)."""
    return nx.node_link_data(sorted_copy(net), edges="edges")


def write_json(net: nx.MultiDiGraph, path: Path) -> Path:
    path.write_text(json.dumps(node_link(net), ensure_ascii=False, indent=1, sort_keys=True) + "\n",
                    encoding="utf-8")
    return path
