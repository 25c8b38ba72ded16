"""`wsis-graph query`: run a named query or a .rq file over a built graph."""

from __future__ import annotations

from pathlib import Path

import click

from ..query import BACKENDS, format_result, load_graph, query_text, run_sparql
from ..query.engine import check_sparql
from .options import format_option, graph_option, reports_errors


@click.command("query")
@click.argument("name_or_file", metavar="NAME|FILE.rq")
@graph_option
@format_option("table", "csv", "json", default="table")
@click.option("--backend", type=click.Choice(BACKENDS), default="oxigraph", show_default=True,
              help="SPARQL engine: rdflib in memory, or an Oxigraph store (faster on big graphs).")
@reports_errors
def command(name_or_file: str, graph_path: Path, fmt: str, backend: str) -> None:
    """Run a named query (events, organisers, sponsors, people, roles, sessions, statistics,
    topics, related, evidence) or a SPARQL file over the union of all graphs of a build.

    Exits 2 with one line on stderr for an unknown query name, malformed SPARQL or a missing
    graph.

    Example:

    \b
        wsis-graph query sponsors --format csv
        wsis-graph query my-query.rq --graph out/graph.ttl
    """
    label, text = query_text(name_or_file)
    check_sparql(label, text)  # before loading the graph: a typo should fail fast
    result = run_sparql(load_graph(graph_path, backend), text, backend=backend, label=label)
    click.echo(format_result(result, fmt), nl=False)
