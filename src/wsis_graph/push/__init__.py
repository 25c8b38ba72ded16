"""`wsis-graph push`: upload a build to a triple store with the SPARQL 1.1 Graph Store Protocol.

One HTTP request per named graph of the build (PUT replaces the graph, POST adds to it), so a
store keeps the build's per-document graphs. The protocol is standard, the stores are not quite:
Virtuoso names the graph with `graph-uri` and wants Digest authentication on
/sparql-graph-crud-auth, and it has no writable default graph; Fuseki, GraphDB and Oxigraph
follow the recommendation. The body is N-Triples, which every store reads as Turtle.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlencode, urlsplit

import httpx
import pyoxigraph as ox

from ..errors import InputError, WsisGraphError
from ..store import GRAPH_FILENAME, rdf_format

KINDS = ("auto", "fuseki", "graphdb", "virtuoso", "oxigraph", "generic")
CONTENT_TYPE = "text/turtle; charset=utf-8"  # N-Triples is Turtle; every store reads Turtle
TIMEOUT = httpx.Timeout(600.0, connect=10.0)


class UploadError(WsisGraphError):
    """The store refused an upload or could not be reached (exit 3)."""

    exit_code = 3


@dataclass(frozen=True)
class Upload:
    """One graph to send: its IRI (None: the default graph), its size and its N-Triples."""

    graph: str | None
    triples: int
    body: bytes


@dataclass(frozen=True)
class Sent:
    """What one request did, for the report."""

    method: str
    url: str
    graph: str | None
    triples: int
    size: int
    status: str


def graph_file(graph_path: Path) -> Path:
    """The graph file of `--graph PATH`: a build folder's graph.trig, or the file itself."""
    path = graph_path / GRAPH_FILENAME if graph_path.is_dir() else graph_path
    if not path.is_file():
        raise InputError(f"{path}: no such graph file (run `wsis-graph build` first)")
    return path


def plan(graph_path: Path, graph_uri: str | None = None) -> list[Upload]:
    """The uploads for a build: one per named graph, or everything into `graph_uri`."""
    path = graph_file(graph_path)
    groups: dict[str | None, set[ox.Triple]] = {}
    try:
        for quad in ox.parse(path=str(path), format=rdf_format(path)):
            name = None if isinstance(quad.graph_name, ox.DefaultGraph) else quad.graph_name.value
            groups.setdefault(graph_uri or name, set()).add(quad.triple)
    except SyntaxError as exc:
        raise InputError(f"{path}: {exc}") from None
    if not groups:
        raise InputError(f"{path}: the graph is empty; nothing to push")
    return [Upload(name, len(triples), _ntriples(triples))
            for name, triples in sorted(groups.items(), key=lambda kv: kv[0] or "")]


def _ntriples(triples: set[ox.Triple]) -> bytes:
    """Sorted N-Triples, so the same build always sends the same bytes."""
    lines = ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES).decode("utf-8").splitlines()
    return ("\n".join(sorted(lines)) + "\n").encode("utf-8")


def detect_kind(endpoint: str) -> str:
    """Guess the store from its Graph Store URL (the paths each store documents)."""
    path = urlsplit(endpoint).path.rstrip("/")
    if path.endswith(("/sparql-graph-crud-auth", "/sparql-graph-crud")):
        return "virtuoso"
    if path.endswith("/rdf-graphs/service"):
        return "graphdb"
    if path.endswith("/store"):
        return "oxigraph"
    if path.endswith("/data"):
        return "fuseki"
    return "generic"


def check_endpoint(endpoint: str) -> None:
    """Refuse anything but an absolute http(s) URL (bad usage, exit 2)."""
    parts = urlsplit(endpoint)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise InputError(f"--endpoint {endpoint!r} is not an http(s) URL of a Graph Store service")


def target_url(endpoint: str, kind: str, graph: str | None) -> str:
    """The request URL naming the target graph (`?graph=`, Virtuoso's `?graph-uri=`, `?default`)."""
    if graph is None:
        if kind == "virtuoso":
            raise InputError("Virtuoso has no writable default graph: give --graph-uri IRI")
        query = "default"
    else:
        query = urlencode({"graph-uri" if kind == "virtuoso" else "graph": graph})
    return f"{endpoint}{'&' if '?' in endpoint else '?'}{query}"


def make_auth(kind: str, user: str | None, password: str | None) -> httpx.Auth | None:
    """Digest for Virtuoso's /sparql-graph-crud-auth, Basic for the others."""
    if user is None:
        return None
    if kind == "virtuoso":
        return httpx.DigestAuth(user, password or "")
    return httpx.BasicAuth(user, password or "")


def push(endpoint: str, uploads: list[Upload], kind: str = "auto", append: bool = False,
         auth: httpx.Auth | None = None, dry_run: bool = False,
         report: Callable[[Sent], None] = lambda sent: None) -> list[Sent]:
    """Send each upload; report each request as it completes; stop at the first refusal."""
    check_endpoint(endpoint)
    kind = detect_kind(endpoint) if kind == "auto" else kind
    method = "POST" if append else "PUT"
    targets = [(up, target_url(endpoint, kind, up.graph)) for up in uploads]  # usage errors first
    sent = []
    with httpx.Client(auth=auth, timeout=TIMEOUT, trust_env=False) as client:
        for upload, url in targets:
            status = "dry run" if dry_run else _send(client, method, url, upload)
            sent.append(Sent(method, url, upload.graph, upload.triples, len(upload.body), status))
            report(sent[-1])
    return sent


def _send(client: httpx.Client, method: str, url: str, upload: Upload) -> str:
    """One Graph Store request; a refusal or a network failure is an UploadError."""
    target = f"<{upload.graph}>" if upload.graph else "the default graph"
    try:
        response = client.request(method, url, content=upload.body,
                                  headers={"Content-Type": CONTENT_TYPE})
    except httpx.HTTPError as exc:
        raise UploadError(f"{method} {target} to {url.split('?')[0]} failed: {exc}") from None
    if response.status_code >= 300:
        raise UploadError(f"{method} {target} refused by {url.split('?')[0]}: "
                          f"{response.status_code} "
                          f"{response.reason_phrase}{_server_message(response)}")
    return f"{response.status_code} {response.reason_phrase}"


def _server_message(response: httpx.Response) -> str:
    """The server's own words, on one line and not too long."""
    text = " ".join(response.text.split())
    if response.status_code == 401:
        text = (text + " (give --user NAME --password-env VAR)").strip()
    return f": {text[:300]}" if text else ""
