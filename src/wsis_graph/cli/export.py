"""`wsis-graph export`: re-serialise a built graph (Turtle, N-Triples, JSON-LD, TriG)."""

from __future__ import annotations

import json
from pathlib import Path

import click

from ..query import load_graph
from ..write import atomic_write, serialize
from ..write.rdfformat import CONTEXT_FILE, jsonld_context
from .options import format_option, graph_option, reports_errors


@click.command("export")
@format_option("turtle", "nt", "json-ld", "trig", default="turtle")
@graph_option
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Write to FILE (atomically) instead of stdout.")
@reports_errors
def command(fmt: str, graph_path: Path, output: Path | None) -> None:
    """Export a graph in one syntax: turtle, nt, json-ld or trig (sorted, byte-stable).

    JSON-LD on stdout embeds its context; with -o it refers to context.jsonld, written beside
    the file, so it expands offline.

    Example:

    \b
        wsis-graph export --format nt -o graph.nt
        wsis-graph export --format json-ld --graph out/ > graph.jsonld
    """
    dataset = load_graph(graph_path)
    if fmt == "json-ld":
        _export_jsonld(dataset, output)
        return
    text = serialize(dataset, fmt)
    if output is None:
        click.echo(text, nl=False)
    else:
        atomic_write(output, text)


def _export_jsonld(dataset, output: Path | None) -> None:
    from ..write.rdfformat import to_jsonld

    if output is None:
        click.echo(to_jsonld(dataset, context_ref=jsonld_context()["@context"]), nl=False)
        return
    atomic_write(output.parent / CONTEXT_FILE, json.dumps(jsonld_context(), indent=1) + "\n")
    atomic_write(output, to_jsonld(dataset))
