"""Write every network file for one graph: the entry point `make run` and `wsis-graph network` use."""

from __future__ import annotations

import json
import warnings
from dataclasses import dataclass, field
from pathlib import Path

import networkx as nx

from ..errors import InputError
from .derive import derive_network, load_rdf
from .export import write_gexf, write_graphml, write_json
from .html import write_html
from .metrics import annotate
from .pictures import write_pictures

FILE_NAMES = {"html": "network.html", "graphml": "network.graphml", "gexf": "network.gexf",
              "json": "network.json", "svg": "network.svg", "png": "network.png",
              "metrics": "network-metrics.json"}


@dataclass
class NetworkFiles:
    """What was written, the network's size, and warnings for the user (e.g. no CJK font)."""

    paths: dict[str, Path]
    node_count: int
    edge_count: int
    warnings: list[str] = field(default_factory=list)


def network_from_graph(graph_path: Path) -> nx.MultiDiGraph:
    """Load the RDF graph, derive the network and put the measures on its nodes."""
    net = derive_network(load_rdf(Path(graph_path)))
    if net.number_of_nodes() == 0:
        raise InputError(f"{graph_path}: the graph has no organisations, countries, people, events or sessions")
    return net


def write_network(graph_path: Path, out_dir: Path) -> NetworkFiles:
    """Derive the network of `graph_path` and write HTML, GraphML, GEXF, JSON, SVG, PNG and metrics
    into `out_dir` (created if needed)."""
    net = network_from_graph(graph_path)
    measured = annotate(net)
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    paths = {kind: out_dir / name for kind, name in FILE_NAMES.items()}
    write_html(net, paths["html"])
    write_graphml(net, paths["graphml"])
    write_gexf(net, paths["gexf"])
    write_json(net, paths["json"])
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        write_pictures(net, paths["svg"], paths["png"])
    metrics = {name: m.to_json() for name, m in sorted(measured.items())}
    paths["metrics"].write_text(json.dumps(metrics, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return NetworkFiles(paths, net.number_of_nodes(), net.number_of_edges(),
                        [str(w.message) for w in caught])
