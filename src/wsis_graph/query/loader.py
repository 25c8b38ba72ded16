"""Load a graph for querying: a build folder (its graph.trig) or one graph file."""

from __future__ import annotations

from pathlib import Path

from rdflib import Dataset

from ..errors import InputError
from ..map.namespaces import bind_prefixes

SUFFIX_FORMATS = {".ttl": "turtle", ".nt": "nt", ".trig": "trig", ".jsonld": "json-ld",
                  ".json": "json-ld", ".nq": "nquads"}
BUILD_GRAPH = "graph.trig"
# In a build folder graph.trig (named graphs) is read; a folder holding only another export
# (copied by hand, say) still loads.
BUILD_GRAPHS = (BUILD_GRAPH, "graph.nq", "graph.ttl", "graph.nt", "graph.jsonld")


def graph_file(path: Path) -> Path:
    """The file to read for PATH: `graph.trig` inside a build folder, else PATH itself."""
    path = Path(path)
    if path.is_dir():
        for name in BUILD_GRAPHS:
            if (path / name).is_file():
                return path / name
        raise InputError(f"{path}: no {BUILD_GRAPH} in this folder; run `wsis-graph build` first "
                         "or pass a graph file")
    if not path.exists():
        raise InputError(f"{path}: no such graph file or build folder; run `wsis-graph build` first")
    return path


def load_graph(path: Path | str, backend: str = "memory") -> Dataset:
    """Parse PATH (build folder or .ttl/.nt/.trig/.jsonld/.nq file) into an rdflib Dataset.

    `backend` is accepted for symmetry with run_query; loading yields an rdflib Dataset, which
    run_query hands to the chosen engine, except that with "oxigraph" a build folder's on-disk
    store (out/store/, opened read-only) is returned instead when it is as new as the graph.
    """
    if backend == "oxigraph":
        store = _built_store(Path(path))
        if store is not None:
            return store
    file = graph_file(Path(path))
    fmt = SUFFIX_FORMATS.get(file.suffix.lower())
    if fmt is None:
        raise InputError(f"{file}: unknown graph format {file.suffix or '(no suffix)'}; "
                         f"use one of {', '.join(sorted(SUFFIX_FORMATS))}")
    with file.open("rb") as handle:
        if b"\x00" in handle.read(65536):
            raise InputError(f"{file}: file is binary (holds NUL bytes), not an RDF graph")
    dataset = Dataset()
    bind_prefixes(dataset)
    try:
        dataset.parse(source=str(file.resolve()), format=fmt)
    except Exception as exc:  # rdflib raises many types; the user needs one sentence
        raise InputError(f"{file}: cannot parse as {fmt}: {_first_line(exc)}") from None
    if len(dataset) == 0 and not any(len(g) for g in dataset.graphs()):
        raise InputError(f"{file}: the graph is empty")
    return dataset


def _built_store(path: Path):
    """The build's read-only Oxigraph store, or None when there is none or it is older."""
    from ..store import STORE_DIRNAME, is_store, open_store

    folder, graph = path / STORE_DIRNAME, path / BUILD_GRAPH
    if not (path.is_dir() and is_store(folder)):
        return None
    if graph.is_file() and graph.stat().st_mtime > (folder / "CURRENT").stat().st_mtime:
        return None  # graph.trig rewritten after the store: the store is stale
    return open_store(folder)


def _first_line(exc: Exception) -> str:
    text = str(exc).strip() or type(exc).__name__
    return " ".join(text.split())[:300]
