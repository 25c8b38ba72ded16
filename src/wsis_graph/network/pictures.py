"""Static SVG and PNG of the network for reports (matplotlib, no display needed).

Chinese labels need a CJK font: we look for an installed one (Debian's fonts-wqy-microhei, Noto
CJK ...), refresh matplotlib's font cache once if none is known (the font may have been
installed after the cache was built), and otherwise draw English labels and warn.
Same graph, same files: the layout is seeded, SVG ids are salted with a constant and the SVG
carries no date.
"""

from __future__ import annotations

import warnings
from functools import cache
from pathlib import Path

import networkx as nx
from matplotlib import font_manager, rc_context
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patheffects import withStroke

from .derive import NODE_TYPES
from .export import TYPE_COLOURS
from .html import TYPE_LABELS
from .layout import force_layout

CJK_FAMILIES = ("WenQuanYi Micro Hei", "WenQuanYi Zen Hei", "Noto Sans CJK SC", "Noto Sans SC",
                "Source Han Sans SC", "Source Han Sans CN", "Droid Sans Fallback", "AR PL UMing CN",
                "SimHei", "Microsoft YaHei", "PingFang SC", "Heiti SC")
SVG_SALT = "wsis-graph-network"
MAX_LABEL = 20


class NoCJKFontWarning(UserWarning):
    """No font with Chinese glyphs: the pictures fall back to English labels."""


@cache
def cjk_font() -> str | None:
    """The family name of an installed CJK font, refreshing matplotlib's font cache once."""
    family = _known_cjk_family()
    if family is None:
        _rebuild_font_cache()
        family = _known_cjk_family()
    return family


def _rebuild_font_cache() -> None:
    """Rescan the system fonts (matplotlib caches the list it found when it was first used)."""
    rebuild = getattr(font_manager, "_load_fontmanager", None)
    if rebuild is not None:
        font_manager.fontManager = rebuild(try_read_cache=False)
        return
    for path in font_manager.findSystemFonts():  # no private helper: add what is there
        try:
            font_manager.fontManager.addfont(path)
        except (OSError, RuntimeError, ValueError):
            continue


def _known_cjk_family() -> str | None:
    names = {f.name for f in font_manager.fontManager.ttflist}
    return next((family for family in CJK_FAMILIES if family in names), None)


def _label(data: dict, chinese: bool) -> str:
    text = (data.get("label_zh") if chinese else "") or data.get("label_en") or data.get("label", "")
    if not chinese and not text.isascii():
        text = data.get("short") or text
    return text if len(text) <= MAX_LABEL else text[:MAX_LABEL - 1] + "…"


def draw_network(net: nx.MultiDiGraph, chinese: bool | None = None) -> Figure:
    """The network as a matplotlib Figure: nodes by type and PageRank, labels with a halo.

    Labels are Chinese when a CJK font exists (unless `chinese=False`), English otherwise.
    """
    family = cjk_font()
    if chinese is not False and family is None:
        warnings.warn("no CJK font found (install fonts-wqy-microhei): pictures use English labels",
                      NoCJKFontWarning, stacklevel=2)
    chinese = chinese is not False and family is not None
    positions = force_layout(net)
    figure = Figure(figsize=(16, 12), dpi=100, layout="constrained")
    axes = figure.add_subplot()
    axes.set_axis_off()
    font = {"family": [family, "DejaVu Sans"] if chinese and family else ["DejaVu Sans"]}
    _draw_edges(axes, net, positions)
    _draw_nodes(axes, net, positions)
    for node, data in sorted(net.nodes(data=True)):
        x, y = positions[node]
        axes.text(x, y + 0.028, _label(data, chinese), ha="center", va="bottom", fontsize=9, zorder=4,
                  path_effects=[withStroke(linewidth=3, foreground="white")], **font)
    handles = [Line2D([], [], marker="o", linestyle="", markersize=9, color=TYPE_COLOURS[t],
                      label=(f"{TYPE_LABELS[t][1]} {TYPE_LABELS[t][0]}" if chinese else TYPE_LABELS[t][0]))
               for t in NODE_TYPES if any(d["type"] == t for _, d in net.nodes(data=True))]
    axes.legend(handles=handles, loc="upper left", frameon=True, framealpha=0.9, prop={"family": font["family"], "size": 10})
    title = "WSIS 利益相关方网络 · WSIS stakeholder network" if chinese else "WSIS stakeholder network"
    axes.set_title(f"{title} ({net.number_of_nodes()} nodes, {net.number_of_edges()} edges)",
                   fontdict={"family": font["family"], "size": 13})
    return figure


def _draw_edges(axes, net: nx.MultiDiGraph, positions: dict) -> None:
    for source, target in sorted({(u, v) for u, v in net.edges()}):
        (x1, y1), (x2, y2) = positions[source], positions[target]
        axes.annotate("", xy=(x2, y2), xytext=(x1, y1), zorder=1,
                      arrowprops={"arrowstyle": "-|>", "color": "#9a9a9a", "lw": 0.8,
                                  "shrinkA": 6, "shrinkB": 8, "mutation_scale": 8})


def _draw_nodes(axes, net: nx.MultiDiGraph, positions: dict) -> None:
    nodes = sorted(net.nodes(data=True))
    top = max((float(d.get("pagerank", 0.0)) for _, d in nodes), default=0.0) or 1.0
    axes.scatter([positions[n][0] for n, _ in nodes], [positions[n][1] for n, _ in nodes],
                 s=[40 + 900 * float(d.get("pagerank", 0.0)) / top for _, d in nodes],
                 c=[TYPE_COLOURS.get(d["type"], "#999999") for _, d in nodes],
                 edgecolors="white", linewidths=1.0, zorder=3)


def write_pictures(net: nx.MultiDiGraph, svg_path: Path, png_path: Path) -> list[Path]:
    """Save the SVG (text as paths, salted ids, no date) and the PNG (150 dpi)."""
    figure = draw_network(net)
    with rc_context({"svg.hashsalt": SVG_SALT, "svg.fonttype": "path"}):
        figure.savefig(svg_path, format="svg", metadata={"Date": None})
        figure.savefig(png_path, format="png", dpi=150, metadata={"Software": None})
    return [svg_path, png_path]

