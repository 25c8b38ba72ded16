"""`wsis-graph extract`: show what was read, as JSON lines, before it becomes RDF."""

from __future__ import annotations

import json
from pathlib import Path

import click

from ..pipeline import extract_all
from .options import reports_errors


@click.command("extract")
@click.argument("source", type=click.Path(path_type=Path))
@click.option("--mentions", is_flag=True, help="Print the mentions too (one JSON line each, before the facts).")
@reports_errors
def command(source: Path, mentions: bool) -> None:
    """Print the facts read from SOURCE (a .txt file or a folder) as JSON lines.

    Each line is one fact: its kind, the rule that read it, its arguments and its evidence
    spans (start, end, quote; 0-based code-point offsets into the source text).

    Example:

        wsis-graph extract data/sources/wsis-hle-2025-outcomes.zh.txt | head
    """
    for extraction in extract_all([source]):
        if mentions:
            for m in extraction.mentions:
                click.echo(json.dumps({"document": extraction.document.id, "mention": m.to_json()},
                                      ensure_ascii=False, sort_keys=True))
        for fact in extraction.facts:
            click.echo(json.dumps(fact.to_json(), ensure_ascii=False, sort_keys=True))
