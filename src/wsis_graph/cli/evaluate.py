"""`wsis-graph evaluate`: the project's quality report, precision and recall per named query."""

from __future__ import annotations

import json
from pathlib import Path

import click

from ..evaluate import load_gold, score
from ..query import load_graph
from .options import format_option, graph_option, reports_errors


@click.command("evaluate")
@click.argument("gold", type=click.Path(path_type=Path))
@graph_option
@format_option("table", "json", default="table")
@click.option("--show-errors", is_flag=True, help="List the missing and unexpected rows of each query.")
@click.option("--blind", is_flag=True,
              help="For a corpus folder read by nobody who writes rules: totals per genre and per query only.")
@reports_errors
def command(gold: Path, graph_path: Path, fmt: str, show_errors: bool, blind: bool) -> None:
    """Score the named queries of a build against GOLD, a file of expected rows, or score
    every text of a corpus folder (tests/corpus/dev) built alone against its own gold.

    GOLD is JSON: {"queries": {NAME: {"columns": [...], "rows": [{column: value}, ...]}}}.
    Rows are compared on the gold's columns only. Prints precision and recall per query and
    their micro-averages over all rows. For a corpus folder it prints, per genre and per query,
    the score (found / (expected + spurious), the mean over texts), precision and recall.

    Example:

        wsis-graph evaluate tests/gold/wsis-hle-2025-outcomes.zh.json --graph out

        wsis-graph evaluate tests/corpus/dev --show-errors
    """
    if Path(gold).is_dir():
        _corpus(Path(gold), fmt, show_errors and not blind, blind)
        return
    expected = load_gold(gold)  # the cheap check first: a bad gold file fails before the graph loads
    scores = score(load_graph(graph_path), expected)
    total = [sum(getattr(s, k) for s in scores) for k in ("expected", "returned", "matched")]
    if fmt == "json":
        click.echo(json.dumps({"queries": [s.to_json() for s in scores],
                               "overall": {"expected": total[0], "returned": total[1], "matched": total[2]}},
                              ensure_ascii=False, indent=2))
        return
    click.echo(f"{'query':<12} {'expected':>8} {'returned':>8} {'matched':>8} {'precision':>9} {'recall':>7}")
    for s in scores:
        click.echo(f"{s.query:<12} {s.expected:>8} {s.returned:>8} {s.matched:>8} {s.precision:>9.3f} {s.recall:>7.3f}")
        if show_errors:
            for row in s.missing:
                click.echo(f"    missing:    {' | '.join(row)}")
            for row in s.unexpected:
                click.echo(f"    unexpected: {' | '.join(row)}")
    precision = total[2] / total[1] if total[1] else 1.0
    recall = total[2] / total[0] if total[0] else 1.0
    click.echo(f"{'overall':<12} {total[0]:>8} {total[1]:>8} {total[2]:>8} {precision:>9.3f} {recall:>7.3f}")


def _corpus(folder: Path, fmt: str, show_errors: bool, blind: bool) -> None:
    from ..evaluate.corpus import score_corpus, summarise
    scores = score_corpus(folder)
    tables = {"genre": summarise(scores, "genre"), "query": summarise(scores, "query")}
    if fmt == "json":
        out = {"corpus": str(folder), **tables}
        if not blind:
            out["texts"] = {s.text: {"genre": s.genre, "score": round(s.score, 4), "counts": s.counts}
                            for s in scores}
        click.echo(json.dumps(out, ensure_ascii=False, indent=2, sort_keys=True))
        return
    click.echo(f"corpus {folder}{' (blind: totals only)' if blind else ''}")
    for by, table in tables.items():
        click.echo(f"{by:<20} {'texts':>5} {'expected':>8} {'found':>6} {'spurious':>8} "
                   f"{'score':>6} {'precision':>9} {'recall':>6}")
        for key, row in table.items():
            click.echo(f"{key:<20} {row['texts']:>5} {row['expected']:>8} {row['found']:>6} {row['spurious']:>8} "
                       f"{row['score']:>6.3f} {row['precision']:>9.3f} {row['recall']:>6.3f}")
        click.echo("")
    if blind:
        return
    for s in scores:
        click.echo(f"{s.text:<8} {s.genre:<20} score {s.score:.3f}  expected {s.total('expected')}  "
                   f"found {s.total('found')}  spurious {s.total('spurious')}")
        if show_errors:
            for q in sorted(s.counts):
                for row in s.missing[q]:
                    click.echo(f"    {q:<11} missing:    {' | '.join(row)}")
                for row in s.unexpected[q]:
                    click.echo(f"    {q:<11} unexpected: {' | '.join(row)}")
