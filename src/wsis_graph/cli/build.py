"""`wsis-graph build`: read the sources, build the graph, validate it, write every export."""

from __future__ import annotations

from pathlib import Path

import click

from ..pipeline import build
from ..resources import data_dir
from .options import DEFAULT_OUT, reports_errors


@click.command("build")
@click.argument("sources", nargs=-1, type=click.Path(path_type=Path))
@click.option("--out", "out_dir", type=click.Path(path_type=Path), default=DEFAULT_OUT, show_default=True,
              help="Folder to write the graph, its exports and the validation report into.")
@reports_errors
def command(sources: tuple[Path, ...], out_dir: Path) -> None:
    """Build the knowledge graph of SOURCE files or folders (default: the bundled report).

    Writes graph.ttl, graph.nt, graph.trig, graph.jsonld (+ context.jsonld), the SHACL
    validation report and rejected.jsonl; prints counts per class and the unlinked entities.
    Exits 1 when the written graph does not conform to the shapes.

    Example:

        wsis-graph build data/sources --out out
    """
    result = build(list(sources) or [data_dir("sources")], out_dir)
    facts = result.resolution.facts
    click.echo(f"Read {len(result.extractions)} document(s); {len(facts)} facts, "
               f"{len(result.resolution.entities)} entities, {len(result.mapped.rejected)} rejected.")
    click.echo("Nodes per class:")
    for name, count in result.class_counts():
        click.echo(f"  {name:<32} {count:>5}")
    unlinked = result.resolution.unlinked()
    click.echo(f"Unlinked entities (minted, not in any lexicon): {len(unlinked)}")
    for entity in unlinked:
        click.echo(f"  {entity.iri}  {entity.labels.get('zh', '')}  {entity.labels.get('en', '')}".rstrip())
    for rejected in result.mapped.rejected:
        click.echo(f"Rejected ({out_dir}/rejected.jsonl): {rejected.get('key', rejected.get('kind', '?'))}: "
                   f"{rejected.get('reason', '')}", err=True)
    click.echo(f"Wrote {len(result.written)} files to {out_dir}/")
    if not result.outcome.conforms:
        click.echo(f"The graph does not conform to the shapes: see {out_dir}/validation-report.txt", err=True)
        raise SystemExit(1)
    click.echo("Validation: the graph conforms to the shapes.")
