"""Run SPARQL over the union of all graphs of a Dataset, with a pluggable backend.

Backends: "memory" (rdflib, default) and "oxigraph" (pyoxigraph Store, faster on big graphs).
Both take the same query text and give the same QueryResult, so callers never care which ran.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from rdflib import Dataset, Graph
from rdflib.plugins.sparql import prepareQuery
from rdflib.plugins.sparql.sparql import Query

from .. import resources
from ..errors import InputError
from ..validate.validator import union_graph

BACKENDS = ("memory", "oxigraph")


@dataclass
class QueryResult:
    """Column names in SELECT order, and rows of plain strings (None for unbound)."""

    vars: list[str]
    rows: list[tuple[str | None, ...]] = field(default_factory=list)


def query_names() -> list[str]:
    """Names of the shipped queries (queries/NAME.rq)."""
    return sorted(p.stem for p in resources.data_dir("queries").glob("*.rq"))


def query_text(name_or_file: str | Path) -> tuple[str, str]:
    """(label, SPARQL text) for a named query or a .rq file; InputError if neither exists."""
    value = str(name_or_file)
    path = Path(value)
    if value.endswith(".rq") or "/" in value or path.is_file():
        if not path.is_file():
            raise InputError(f"{value}: no such query file")
        return value, _read(path)
    named = resources.data_dir("queries") / f"{value}.rq"
    if not named.is_file():
        raise InputError(f"unknown query {value!r}; named queries are: {', '.join(query_names())}")
    return value, _read(named)


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise InputError(f"{path}: query file is not UTF-8 text") from None


def check_sparql(label: str, text: str) -> Query:
    """Parse the query up front so malformed SPARQL is one clear InputError, not a traceback.

    Returns the parsed query, which the memory backend runs as it is.
    """
    try:
        return _parsed(text)
    except Exception as exc:
        raise InputError(f"{label}: malformed SPARQL: {' '.join(str(exc).split())[:300]}") from None


@lru_cache(maxsize=64)
def _parsed(text: str) -> Query:
    """rdflib's parser takes most of a small query's time; the same text is parsed once."""
    return prepareQuery(text)


def run_query(graph: Graph | Dataset, name_or_file: str | Path, backend: str = "memory") -> QueryResult:
    """Run a named query (queries/NAME.rq) or a .rq file over the union of all graphs."""
    label, text = query_text(name_or_file)
    return run_sparql(graph, text, backend=backend, label=label)


def run_sparql(graph: Graph | Dataset, text: str, backend: str = "memory", label: str = "query") -> QueryResult:
    if backend not in BACKENDS:
        raise InputError(f"unknown query backend {backend!r}; use one of {', '.join(BACKENDS)}")
    parsed = check_sparql(label, text)
    if backend == "oxigraph":
        return _run_oxigraph(graph, text, label)
    return _run_memory(graph, parsed, label)


def _run_memory(graph: Graph | Dataset, parsed: Query, label: str) -> QueryResult:
    try:
        result = union_graph(graph).query(parsed)
    except Exception as exc:
        raise InputError(f"{label}: query failed: {' '.join(str(exc).split())[:300]}") from None
    if result.type == "ASK":
        return QueryResult(["ask"], [("true" if result.askAnswer else "false",)])
    if result.type in ("CONSTRUCT", "DESCRIBE"):
        rows = sorted((str(s), str(p), str(o)) for s, p, o in result.graph)
        return QueryResult(["subject", "predicate", "object"], rows)
    names = [str(v) for v in result.vars]
    rows = [tuple(None if term is None else str(term) for term in row) for row in result]
    return QueryResult(names, rows)


def _run_oxigraph(graph: Graph | Dataset, text: str, label: str) -> QueryResult:
    import pyoxigraph as ox

    # A build's on-disk store (load_graph(..., backend="oxigraph")) is queried as it is.
    store = graph if isinstance(graph, ox.Store) else _memory_store(graph)
    try:
        result = store.query(text, use_default_graph_as_union=True)
    except Exception as exc:
        raise InputError(f"{label}: query failed: {' '.join(str(exc).split())[:300]}") from None
    if isinstance(result, bool):
        return QueryResult(["ask"], [("true" if result else "false",)])
    if isinstance(result, ox.QueryTriples):
        rows = sorted((t.subject.value, t.predicate.value, t.object.value) for t in result)
        return QueryResult(["subject", "predicate", "object"], rows)
    names = [v.value for v in result.variables]
    rows = [tuple(None if sol[n] is None else sol[n].value for n in names) for sol in result]
    return QueryResult(names, rows)


def _memory_store(graph: Graph | Dataset):
    """An in-memory pyoxigraph store holding the union of the graph's triples."""
    import pyoxigraph as ox

    store = ox.Store()
    data = union_graph(graph).serialize(format="nt", encoding="utf-8")
    store.load(data, format=ox.RdfFormat.N_TRIPLES)
    return store
