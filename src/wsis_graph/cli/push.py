"""`wsis-graph push`: upload a build to a triple store (SPARQL 1.1 Graph Store Protocol)."""

from __future__ import annotations

import os
from pathlib import Path

import click

from .. import push as pushing
from .options import fail, graph_option, reports_errors


@click.command("push")
@click.option("--endpoint", required=True, metavar="URL",
              help="The store's Graph Store service URL (see the examples below).")
@graph_option
@click.option("--graph-uri", metavar="IRI",
              help="Put everything into this one named graph instead of one per build graph.")
@click.option("--append", is_flag=True,
              help="Add to the graphs (POST) instead of replacing them (PUT).")
@click.option("--user", metavar="NAME",
              help="User name for the store (Basic auth; Digest for Virtuoso).")
@click.option("--password-env", metavar="VAR",
              help="Environment variable holding the password (never on the command line).")
@click.option("--dry-run", is_flag=True, help="Show what would be sent; send nothing.")
@click.option("--store-kind", type=click.Choice(pushing.KINDS), default="auto", show_default=True,
              help="The store's quirks to follow; auto guesses from the endpoint's path.")
@reports_errors
def command(endpoint: str, graph_path: Path, graph_uri: str | None, append: bool,
            user: str | None, password_env: str | None, dry_run: bool, store_kind: str) -> None:
    """Upload the graph to a triple store, one named graph per graph of the build.

    Uses the SPARQL 1.1 Graph Store HTTP Protocol: PUT replaces each graph, --append POSTs.
    A refused or failed upload exits 3 with the server's message.

    Graph Store URLs: Fuseki http://HOST:3030/DATASET/data, GraphDB
    http://HOST:7200/repositories/REPO/rdf-graphs/service, Virtuoso
    http://HOST:8890/sparql-graph-crud-auth (Digest), Oxigraph http://HOST:7878/store.

    Example:

    \b
        wsis-graph push --endpoint http://localhost:7878/store --graph out
        wsis-graph push --endpoint http://localhost:8890/sparql-graph-crud-auth \\
            --user dba --password-env DBA_PASSWORD
    """
    password = _password(user, password_env)
    uploads = pushing.plan(graph_path, graph_uri)
    pushing.check_endpoint(endpoint)
    kind = pushing.detect_kind(endpoint) if store_kind == "auto" else store_kind
    auth = pushing.make_auth(kind, user, password)
    verb = "would send" if dry_run else "sent"

    def report(sent: pushing.Sent) -> None:
        target = f"<{sent.graph}>" if sent.graph else "default graph"
        click.echo(f"{verb} {sent.method} {target}: {sent.triples} triples, {sent.size} bytes "
                   f"-> {sent.status}")

    sent = pushing.push(endpoint, uploads, kind, append, auth, dry_run, report)
    total = sum(s.triples for s in sent)
    click.echo(f"{verb} {len(sent)} graphs, {total} triples to {endpoint} ({kind})")


def _password(user: str | None, password_env: str | None) -> str | None:
    """The password from the named environment variable; both options go together."""
    if password_env and not user:
        fail("--password-env needs --user")
    if not user:
        return None
    if not password_env:
        fail("--user needs --password-env VAR (the password is read from that variable)")
    password = os.environ.get(password_env)
    if password is None:
        fail(f"--password-env {password_env}: that environment variable is not set")
    return password
