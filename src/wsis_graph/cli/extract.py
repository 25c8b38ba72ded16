"""`wsis-graph extract`: show what was read, as JSON lines, before it becomes RDF."""

from __future__ import annotations

import json
from pathlib import Path

import click

from ..model import Fact, Mention
from ..pipeline import extract_all
from .options import reports_errors


@click.command("extract")
@click.argument("source", type=click.Path(path_type=Path))
@click.option("--mentions", is_flag=True, help="Print the mentions too (one JSON line each, before the facts).")
@click.option("--explain", is_flag=True,
              help="Per fact, in words: the rule or frame that read it, its trigger and the slots it filled.")
@reports_errors
def command(source: Path, mentions: bool, explain: bool) -> None:
    """Print the facts read from SOURCE (a .txt file or a folder) as JSON lines.

    Each line is one fact: its kind, the rule that read it, its arguments and its evidence
    spans (start, end, quote; 0-based code-point offsets into the source text).

    Example:

        wsis-graph extract data/sources/wsis-hle-2025-outcomes.zh.txt | head

        wsis-graph extract data/sources/wsis-hle-2025-outcomes.zh.txt --explain | less
    """
    for extraction in extract_all([source]):
        if mentions:
            for m in extraction.mentions:
                click.echo(json.dumps({"document": extraction.document.id, "mention": m.to_json()},
                                      ensure_ascii=False, sort_keys=True))
        for fact in extraction.facts:
            if explain:
                click.echo(explain_fact(fact, extraction.main_event))
            else:
                click.echo(json.dumps(fact.to_json(), ensure_ascii=False, sort_keys=True))


def explain_fact(fact: Fact, main: Mention | None) -> str:
    """A fact in words: what read it, what set it off, and what filled each of its slots."""
    how = "frame" if ".frame." in fact.rule else "figure reader" if ".figure." in fact.rule else "pattern rule"
    lines = [f"{fact.kind} <- {how} {fact.rule}"]
    if fact.trigger is not None:
        lines.append(f"    trigger   {fact.trigger.quote} [{fact.trigger.start}:{fact.trigger.end}]")
    for name, value in sorted(fact.args.items()):
        lines.append(f"    {name:<9} {_slot(value, main)}")
    for span in sorted(set(fact.spans)):
        lines.append(f"    evidence  [{span.start}:{span.end}] {span.quote}")
    return "\n".join(lines)


def _slot(value: object, main: Mention | None) -> str:
    if isinstance(value, list):
        return "; ".join(_slot(v, main) for v in value)
    if isinstance(value, Mention):
        if value.label == "MAIN":
            return f"{value.text} (the report's event, not named in the clause)"
        where = f" [{value.start}:{value.end}]"
        return f"{value.text} ({value.label}{' ' + value.key if value.key else ', no lexicon entry'}){where}"
    return str(value)
