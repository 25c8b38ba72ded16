"""One self-contained, offline HTML page of the network.

The page needs nothing but itself: the script and styles (hand-written, under `static/`) are
inlined, the network is embedded as JSON in a `<script type="application/json">` element with
`<`, `>` and `&` escaped, and the script renders every graph string with textContent or canvas
text. A Content-Security-Policy allows only that one script (by hash) and no network at all, so
even an injected handler could not run and the page cannot fetch anything.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import math
from collections import Counter
from importlib import resources
from pathlib import Path
from typing import Any

import networkx as nx

from .derive import NODE_TYPES, RELATIONS
from .export import TYPE_COLOURS
from .layout import force_layout

TYPE_LABELS = {"organisation": ("organisation", "组织"), "country": ("country", "国家"),
               "person": ("person", "人物"), "event": ("event", "活动"), "session": ("session", "会议")}


def _static(name: str) -> str:
    return resources.files(__package__).joinpath("static", name).read_text(encoding="utf-8")


def embed_json(payload: Any) -> str:
    """JSON safe inside a <script> element: no `<`, `>` or `&` can end or open a tag."""
    text = json.dumps(payload, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")


def page_data(net: nx.MultiDiGraph, title: str) -> dict[str, Any]:
    """What the page draws: nodes with start positions and radii, edges, legend and filter lists."""
    positions = force_layout(net)
    top = max((float(d.get("pagerank", 0.0)) for _, d in net.nodes(data=True)), default=0.0) or 1.0
    nodes = [_page_node(n, d, positions.get(n, (0.0, 0.0)), top) for n, d in sorted(net.nodes(data=True))]
    edges = [_page_edge(u, v, d) for u, v, _, d in sorted(net.edges(keys=True, data=True),
                                                          key=lambda e: (e[0], e[1], e[2]))]
    type_counts = Counter(d["type"] for _, d in net.nodes(data=True))
    relation_counts = Counter(e["relation"] for e in edges)
    tier_counts = Counter(e["tier"] for e in edges if e["relation"] == "sponsors" and e["tier"])
    tier_labels = {e["tier"]: (e["tier_label"], e["tier_label_zh"]) for e in edges if e["tier"]}
    return {
        "title": title, "nodes": nodes, "edges": edges,
        "types": [{"id": t, "label": TYPE_LABELS[t][0], "label_zh": TYPE_LABELS[t][1],
                   "colour": TYPE_COLOURS[t], "count": type_counts[t]} for t in NODE_TYPES if type_counts[t]],
        "relations": [{"id": r.id, "label": r.label, "label_zh": r.label_zh, "count": relation_counts[r.id]}
                      for r in RELATIONS.values() if relation_counts[r.id]],
        "tiers": [{"id": t, "label": tier_labels[t][0], "label_zh": tier_labels[t][1], "count": c}
                  for t, c in sorted(tier_counts.items(), key=lambda item: (-item[1], item[0]))],
    }


def _page_node(node: str, d: dict[str, Any], position: tuple[float, float], top: float) -> dict[str, Any]:
    pagerank = float(d.get("pagerank", 0.0))
    return {"id": node, "type": d["type"], "label": d.get("label", node), "label_zh": d.get("label_zh", ""),
            "label_en": d.get("label_en", ""), "short": d.get("short", ""), "alt_labels": d.get("alt_labels", []),
            "posts": d.get("posts", []), "pagerank": pagerank, "betweenness": float(d.get("betweenness", 0.0)),
            "community": d.get("community"), "x0": position[0], "y0": position[1],
            "radius": round(6 + 20 * math.sqrt(pagerank / top), 2)}


def _page_edge(source: str, target: str, d: dict[str, Any]) -> dict[str, Any]:
    return {"source": source, "target": target, "relation": d["relation"], "label": d.get("label", ""),
            "label_zh": d.get("label_zh", ""), "tier": d.get("tier", ""), "tier_label": d.get("tier_label", ""),
            "tier_label_zh": d.get("tier_label_zh", ""), "quotes": d.get("quotes", [])}


def render_html(net: nx.MultiDiGraph, title: str = "WSIS stakeholder network · WSIS 利益相关方网络") -> str:
    """The whole page as one string."""
    script = _static("network.js")
    digest = base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode("ascii")
    csp = (f"default-src 'none'; script-src 'sha256-{digest}'; style-src 'unsafe-inline'; "
           "img-src data:; font-src data:; connect-src 'none'; base-uri 'none'; form-action 'none'")
    return TEMPLATE.format(
        csp=html.escape(csp, quote=False), title=html.escape(title), css=_static("network.css"),
        node_count=net.number_of_nodes(), edge_count=net.number_of_edges(),
        data=embed_json(page_data(net, title)), script=script,
    )


def write_html(net: nx.MultiDiGraph, path: Path) -> Path:
    path.write_text(render_html(net), encoding="utf-8")
    return path


TEMPLATE = """<!DOCTYPE html>
<html lang="zh-Hans">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="{csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>{title}</title>
<style>
{css}</style>
</head>
<body>
<div id="app" data-node-count="{node_count}" data-edge-count="{edge_count}" data-visible-nodes="0" data-visible-edges="0" data-ready="false">
<aside id="sidebar">
<h1>{title}</h1>
<input id="search" type="search" placeholder="Search names · 搜索名称" autocomplete="off">
<div id="counts"></div>
<button id="fit" type="button">Fit view · 适应窗口</button>
<details open><summary>Node types · 节点类型</summary><div id="legend"></div></details>
<details open><summary>Relations · 关系</summary><div id="relation-filters"></div></details>
<details open><summary>Sponsor tiers · 赞助级别</summary><div id="tier-filters"></div></details>
<section id="details"></section>
</aside>
<main id="main">
<canvas id="canvas" aria-label="network"></canvas>
<div id="tooltip" hidden></div>
</main>
</div>
<script type="application/json" id="network-data">{data}</script>
<script>{script}</script>
</body>
</html>
"""
