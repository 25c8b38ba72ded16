"""`wsis-graph validate`: check a built graph against the SHACL shapes."""

from __future__ import annotations

from pathlib import Path

import click

from ..query import load_graph
from ..validate import validate
from .options import graph_option, reports_errors


@click.command("validate")
@graph_option
@reports_errors
def command(graph_path: Path) -> None:
    """Validate a graph against the SHACL shapes in shapes/ (union of all its graphs).

    Prints the report; exits 0 when the graph conforms, 1 when it does not, 2 when the graph
    is missing or cannot be read.

    Example:

    \b
        wsis-graph validate --graph out/
    """
    outcome = validate(load_graph(graph_path))
    click.echo(outcome.text, nl=False)
    if not outcome.conforms:
        raise SystemExit(1)
