"""`wsis-graph network`: the stakeholder network's files, or its metrics on stdout."""

from __future__ import annotations

from pathlib import Path

import click

from .options import DEFAULT_OUT, echo_err, format_option, graph_option, reports_errors

PROJECTION_HELP = ("Which network the metrics come from: 'stakeholders' leaves out the event hub "
                   "(stakeholders linked by shared roles), 'full' keeps every node.")


@click.command("network")
@graph_option
@click.option("--out", "out_dir", type=click.Path(path_type=Path, file_okay=False), default=DEFAULT_OUT,
              show_default=True, help="Folder for network.html, .graphml, .gexf, .json, .svg, .png.")
@click.option("--metrics", "show_metrics", is_flag=True,
              help="Print centralities, communities and brokers instead of writing files.")
@format_option("table", "csv", "json", default="table")
@click.option("--projection", type=click.Choice(["stakeholders", "full"]), default="stakeholders",
              show_default=True, help=PROJECTION_HELP)
@reports_errors
def command(graph_path: Path, out_dir: Path, show_metrics: bool, fmt: str, projection: str) -> None:
    """Derive the stakeholder network from the graph: files for Gephi, Cytoscape and the browser.

    Writes an interactive offline page (network.html), GraphML, GEXF, node-link JSON, SVG and PNG
    pictures and network-metrics.json. With --metrics, prints degree, betweenness, PageRank,
    Louvain communities and the top brokers instead, naming the projection they come from.

    Example:

        wsis-graph network --graph out --out out

        wsis-graph network --metrics --projection full --format csv
    """
    # Imported here so `wsis-graph --help` does not load matplotlib.
    from ..network import network_from_graph, write_network
    from ..network.metrics import format_metrics, network_metrics

    if show_metrics:
        net = network_from_graph(graph_path)
        click.echo(format_metrics(network_metrics(net, projection), fmt), nl=False)
        return
    written = write_network(graph_path, out_dir)
    for warning in written.warnings:
        echo_err(f"Warning: {warning}")
    click.echo(f"network: {written.node_count} nodes, {written.edge_count} edges")
    for kind, path in written.paths.items():
        click.echo(f"  {kind:8} {path}")
