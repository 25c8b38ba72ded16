"""The web application: SPARQL 1.1 Protocol at /sparql, a query page at /, linked data at /id/.

The web process only speaks HTTP and checks what a query may do; queries run in the worker
pool (see worker.py), so a slow query never blocks the server.
"""

from __future__ import annotations

import html
import json
import re
import sys
import time
from importlib import resources
from urllib.parse import quote

from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.cors import CORSMiddleware
from starlette.datastructures import QueryParams
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from starlette.routing import Route

from .. import NS_ID
from .negotiate import PAGE_TYPES, choose
from .policy import Refused, check_protocol_graphs, check_query
from .worker import PREFIXES, TEXT, Answer, Job, WorkerPool

FORM = "application/x-www-form-urlencoded"
QUERY_BODY = "application/sparql-query"
UPDATE_BODY = "application/sparql-update"
ENTITY_TYPES = ("text/turtle", "application/ld+json", "application/n-triples", *PAGE_TYPES)
RESULTS_JSON = "application/sparql-results+json"
RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
MAX_QUERY_BYTES = 1_000_000  # a query, not a data upload
_IRI_SAFE = re.compile(r'[^<>"{}|^`\\\x00-\x20]+')


def create_app(pool: WorkerPool, own_graphs: list[str], examples: list[dict]) -> Starlette:
    """The ASGI app over a started worker pool, the graph's named graphs and example queries."""
    app = Starlette(
        routes=[
            Route("/", _index, methods=["GET"]),
            Route("/sparql", _sparql, methods=["GET", "POST"]),
            Route("/graphs", _graphs, methods=["GET"]),
            Route("/id/{rest:path}", _entity, methods=["GET"]),
        ],
        middleware=[
            Middleware(CORSMiddleware, allow_origins=["*"], allow_methods=["GET", "POST"],
                       allow_headers=["Accept", "Content-Type", "Authorization"]),
        ],
    )
    app.state.pool = pool
    app.state.own_graphs = set(own_graphs)
    app.state.graph_list = sorted(own_graphs)
    app.state.examples = examples
    return RequestLog(app)


class RequestLog:
    """ASGI middleware: one line per request on stderr (time, client, request, status, size)."""

    def __init__(self, app) -> None:
        self.app = app

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        seen = {"status": 500, "bytes": 0}

        async def logged_send(message) -> None:
            if message["type"] == "http.response.start":
                seen["status"] = message["status"]
            elif message["type"] == "http.response.body":
                seen["bytes"] += len(message.get("body", b""))
            await send(message)

        try:
            await self.app(scope, receive, logged_send)
        finally:
            client = (scope.get("client") or ("-", 0))[0]
            ms = (time.perf_counter() - started) * 1000
            stamp = time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime())
            print(f'{stamp} {client} "{scope["method"]} {scope["path"]}" {seen["status"]} '
                  f'{seen["bytes"]}B {ms:.0f}ms', file=sys.stderr, flush=True)


def _error(status: int, message: str) -> Response:
    return Response(message.rstrip() + "\n", status_code=status, media_type=TEXT)


def _reply(answer: Answer) -> Response:
    return Response(answer.body, status_code=answer.status, media_type=answer.media_type)


async def _sparql(request: Request) -> Response:
    """SPARQL 1.1 Protocol query operation: GET, POST form, POST application/sparql-query."""
    try:
        query, defaults, named = await _protocol_params(request)
        if query is None:
            if choose(request.headers.get("accept"), PAGE_TYPES + ("*/*",)) in PAGE_TYPES:
                return RedirectResponse("/", status_code=303)
            return _error(400, "missing the `query` parameter")
        job = _job(request, query, defaults, named)
    except Refused as exc:
        return _error(exc.status, str(exc))
    return _reply(await request.app.state.pool.run(job))


async def _protocol_params(request: Request) -> tuple[str | None, list[str], list[str]]:
    """(query, default-graph-uri values, named-graph-uri values) from any protocol form."""
    params = request.query_params
    if request.method == "POST":
        ctype = request.headers.get("content-type", "").split(";")[0].strip().lower()
        if ctype == UPDATE_BODY:
            raise Refused(403, "this endpoint is read-only: SPARQL Update is refused")
        if ctype not in (QUERY_BODY, FORM):
            raise Refused(415, f"unsupported Content-Type {ctype or '(none)'}: send "
                               f"{FORM} or {QUERY_BODY}")
        body = await request.body()
        if len(body) > MAX_QUERY_BYTES:
            raise Refused(413, f"the request is longer than {MAX_QUERY_BYTES} bytes")
        if ctype == QUERY_BODY:
            text = body.decode("utf-8", errors="replace")
            return text, params.getlist("default-graph-uri"), params.getlist("named-graph-uri")
        params = _form(body)
    if "update" in params:
        raise Refused(403, "this endpoint is read-only: SPARQL Update is refused")
    queries = params.getlist("query")
    if len(queries) > 1:
        raise Refused(400, "more than one `query` parameter")
    return ((queries[0] if queries else None), list(params.getlist("default-graph-uri")),
            list(params.getlist("named-graph-uri")))


def _form(body: bytes) -> QueryParams:
    """A form-encoded body's fields (parsed here: SPARQL forms need no multipart support)."""
    return QueryParams(body.decode("utf-8", errors="replace"))


def _job(request: Request, query: str, defaults: list[str], named: list[str]) -> Job:
    """Check the query against the endpoint's policy and describe the dataset it runs on."""
    own = request.app.state.own_graphs
    dataset = check_query(query, own)
    check_protocol_graphs(defaults, own, "default-graph-uri")
    check_protocol_graphs(named, own, "named-graph-uri")
    accept = request.headers.get("accept")
    if defaults or named:  # the protocol's dataset overrides the query's (SPARQL 1.1 Protocol)
        return Job(query, accept, union=False, default_graph=defaults, named_graphs=named)
    return Job(query, accept, union=not dataset.given)


async def _graphs(request: Request) -> Response:
    """The graph's own named graphs: the only ones FROM / FROM NAMED may name."""
    return JSONResponse({"graphs": request.app.state.graph_list})


async def _index(request: Request) -> Response:
    """The query page: offline HTML with the named queries as examples."""
    page = resources.files(__package__).joinpath("index.html").read_text(encoding="utf-8")
    examples = json.dumps(request.app.state.examples, ensure_ascii=False).replace("</", "<\\/")
    return HTMLResponse(page.replace("/*EXAMPLES*/[]", examples))


async def _entity(request: Request) -> Response:
    """Linked data: an entity's description as Turtle, JSON-LD, N-Triples or HTML by Accept."""
    rest = request.path_params["rest"]
    raw = request.scope.get("raw_path", b"").decode("latin-1").split("?")[0]
    # Only what can stand in an IRIREF goes into the SPARQL below (no injection through paths).
    iris = sorted(iri for iri in {NS_ID + rest, NS_ID + raw.removeprefix("/id/")}
                  if _IRI_SAFE.fullmatch(iri))
    if not iris:
        return _error(404, f"no description of {NS_ID + rest} in this graph")
    media = choose(request.headers.get("accept"), ENTITY_TYPES)
    if media is None:
        return _error(406, f"not acceptable: available as {', '.join(ENTITY_TYPES)}")
    pool: WorkerPool = request.app.state.pool
    if media not in PAGE_TYPES:
        answer = await pool.run(Job(_describe_query(iris), media))
        if answer.status == 200 and not _has_triples(answer.body, media):
            return _error(404, f"no description of <{iris[0]}> in this graph")
        return _reply(answer)
    return await _entity_page(pool, iris)


def _values(iris: list[str]) -> str:
    return " ".join(f"<{iri}>" for iri in iris)


def _describe_query(iris: list[str]) -> str:
    """What the entity's IRI says about it, with the nodes named after it (`<iri#position>`)."""
    values = _values(iris)
    return f"""CONSTRUCT {{ ?s ?p ?o }} WHERE {{
      {{ VALUES ?s {{ {values} }} ?s ?p ?o }}
      UNION {{ VALUES ?e {{ {values} }} ?e ?q ?s .
               FILTER(isIRI(?s) && STRSTARTS(STR(?s), CONCAT(STR(?e), "#"))) ?s ?p ?o }} }}"""


def _has_triples(body: bytes, media: str) -> bool:
    text = body.decode("utf-8", errors="replace")
    if media == "application/ld+json":
        return text.strip() not in ("[]", "{}", "")
    lines = [ln for ln in text.splitlines() if ln.strip() and not ln.startswith("@prefix")]
    return bool(lines)


async def _select(pool: WorkerPool, query: str) -> list[dict] | None:
    """Bindings of a SELECT run in the pool, or None when it failed."""
    answer = await pool.run(Job(query, RESULTS_JSON))
    if answer.status != 200:
        return None
    return json.loads(answer.body)["results"]["bindings"]


async def _entity_page(pool: WorkerPool, iris: list[str]) -> Response:
    """The HTML view of an entity: what it says, and what points at it."""
    values = _values(iris)
    out = await _select(pool, f"""SELECT ?e ?p ?o (SAMPLE(?l) AS ?label) WHERE {{
        VALUES ?e {{ {values} }} ?e ?p ?o OPTIONAL {{ ?o <{RDFS_LABEL}> ?l }}
        }} GROUP BY ?e ?p ?o ORDER BY ?p ?o LIMIT 1000""")
    inc = await _select(pool, f"""SELECT ?s ?p (SAMPLE(?l) AS ?label) WHERE {{
        VALUES ?e {{ {values} }} ?s ?p ?e OPTIONAL {{ ?s <{RDFS_LABEL}> ?l }}
        }} GROUP BY ?s ?p ORDER BY ?p ?s LIMIT 500""")
    if out is None or inc is None:
        return _error(503, "the description could not be read in time")
    if not out and not inc:
        return _error(404, f"no description of <{iris[0]}> in this graph")
    iri = out[0]["e"]["value"] if out else iris[0]
    title = next((b["o"]["value"] for b in out if b["p"]["value"] == RDFS_LABEL), iri)
    return HTMLResponse(_render_entity(iri, title, out, inc))


def _render_entity(iri: str, title: str, out: list[dict], inc: list[dict]) -> str:
    rows = "".join(f"<tr><td>{_term(b['p'])}</td><td>{_term(b['o'], b.get('label'))}</td></tr>"
                   for b in out)
    back = "".join(f"<tr><td>{_term(b['s'], b.get('label'))}</td><td>{_term(b['p'])}</td></tr>"
                   for b in inc)
    esc = html.escape
    return f"""<!doctype html><html><head><meta charset="utf-8"><title>{esc(title)}</title>
<style>body{{font-family:sans-serif;margin:2em;max-width:70em}}td{{padding:.2em .6em;
vertical-align:top;border-bottom:1px solid #ddd}}code{{color:#555}}</style></head><body>
<p><a href="/">wsis-graph</a> · this description as
<a href="#" onclick="return fetchAs('text/turtle')">Turtle</a> /
<a href="#" onclick="return fetchAs('application/ld+json')">JSON-LD</a></p>
<h1>{esc(title)}</h1><p><code>{esc(iri)}</code></p>
<h2>Description</h2><table>{rows}</table>
<h2>Referenced by</h2><table>{back or '<tr><td>nothing</td></tr>'}</table>
<pre id="raw"></pre>
<script>function fetchAs(t){{fetch(location.pathname,{{headers:{{Accept:t}}}})
.then(r=>r.text()).then(x=>{{document.getElementById('raw').textContent=x}});return false}}</script>
</body></html>"""


def _term(term: dict, label: dict | None = None) -> str:
    """One RDF term (SPARQL JSON binding) as HTML; the graph's own IRIs link to this server."""
    value = term["value"]
    if term["type"] == "uri":
        shown = html.escape(label["value"] if label else _short(value))
        href = "/id/" + quote(value[len(NS_ID):], safe="/#:@-._~!$&'()*+,;=%") \
            if value.startswith(NS_ID) else value
        return f'<a href="{html.escape(href)}" title="{html.escape(value)}">{shown}</a>'
    suffix = f"@{term['xml:lang']}" if "xml:lang" in term else ""
    if "datatype" in term:
        suffix = f" <small>{html.escape(_short(term['datatype']))}</small>"
    return f"{html.escape(value)}{html.escape(suffix) if suffix.startswith('@') else suffix}"


def _short(iri: str) -> str:
    for prefix, ns in PREFIXES.items():
        if iri.startswith(ns):
            return f"{prefix}:{iri[len(ns):]}"
    return iri
