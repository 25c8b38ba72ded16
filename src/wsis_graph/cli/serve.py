"""`wsis-graph serve`: a read-only SPARQL endpoint over a build."""

from __future__ import annotations

from pathlib import Path

import click

from .. import serve as serving
from .options import graph_option, reports_errors


@click.command("serve")
@graph_option
@click.option("--host", default=serving.DEFAULT_HOST, show_default=True,
              help="Address to listen on; anything but loopback exposes the graph to the network.")
@click.option("--port", type=click.IntRange(0, 65535), default=serving.DEFAULT_PORT,
              show_default=True, help="Port to listen on (0: any free port, printed at start).")
@click.option("--timeout", type=click.FloatRange(min=0.1), default=serving.DEFAULT_TIMEOUT,
              show_default=True,
              help="Time limit per query in seconds; a query past it is stopped.")
@click.option("--max-result-mb", type=click.FloatRange(min=0.001),
              default=serving.DEFAULT_MAX_RESULT_MB, show_default=True,
              help="Largest answer sent, in megabytes; a larger one is refused.")
@click.option("--workers", type=click.IntRange(1, 64), default=serving.DEFAULT_WORKERS,
              show_default=True, help="Query worker processes (queries run in parallel).")
@reports_errors
def command(graph_path: Path, host: str, port: int, timeout: float, max_result_mb: float,
            workers: int) -> None:
    """Serve the graph as a read-only SPARQL 1.1 endpoint at /sparql.

    GET and POST (form or application/sparql-query), answers in JSON, XML, CSV or TSV
    (Turtle, N-Triples or JSON-LD for CONSTRUCT and DESCRIBE) by the Accept header. The
    default graph is the union of the named graphs. Updates, SERVICE and FROM naming other
    graphs are refused. / is a query page; /id/... describes an entity (HTML, Turtle, JSON-LD).
    One log line per request goes to stderr.

    Example:

        wsis-graph serve --graph out --port 7878
    """
    serving.serve(graph_path, host=host, port=port, timeout=timeout,
                  max_result_bytes=int(max_result_mb * 1e6), workers=workers)
