"""The embedded store: a build's graph in an on-disk Oxigraph (pyoxigraph) database.

The text exports are what a build promises byte for byte; the store is a fast index beside them
(`out/store/`) so `query` and `serve` need not parse the whole graph on every start. It is
written into a temporary folder next to its final place and renamed in whole, so a reader never
sees half a store, and readers open it read-only so several processes can share it. Queries see
the union of the named graphs as their default graph, as the in-memory rdflib backend does.
"""

from __future__ import annotations

import gc
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pyoxigraph as ox

from ..errors import InputError

STORE_DIRNAME = "store"
GRAPH_FILENAME = "graph.trig"

# File suffix -> pyoxigraph format, for graph files given directly on the command line.
_FORMATS = {
    ".trig": ox.RdfFormat.TRIG,
    ".ttl": ox.RdfFormat.TURTLE,
    ".nt": ox.RdfFormat.N_TRIPLES,
    ".nq": ox.RdfFormat.N_QUADS,
    ".jsonld": ox.RdfFormat.JSON_LD,
    ".rdf": ox.RdfFormat.RDF_XML,
    ".owl": ox.RdfFormat.RDF_XML,
}


def rdf_format(path: Path) -> ox.RdfFormat:
    """The RDF format of a graph file, from its suffix; an unknown suffix is the user's error."""
    fmt = _FORMATS.get(path.suffix.lower())
    if fmt is None:
        known = ", ".join(sorted(_FORMATS))
        raise InputError(f"{path}: unknown graph file type (expected one of {known})")
    return fmt


def build_store(trig_path: Path | str, store_dir: Path | str) -> int:
    """Load a graph file (named graphs kept) into a fresh store at `store_dir`; return the quads.

    The store is bulk-loaded in a temporary sibling folder and only then moved into place, so a
    failed load leaves the previous store untouched and a reader never opens a half-built one.
    """
    trig_path, store_dir = Path(trig_path), Path(store_dir)
    if not trig_path.is_file():
        raise InputError(f"{trig_path}: no such graph file")
    store_dir.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{store_dir.name}-new-", dir=store_dir.parent))
    try:
        count = _load(trig_path, tmp)
        _swap_in(tmp, store_dir)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return count


def _load(graph_path: Path, folder: Path) -> int:
    """Bulk-load one graph file into a new store in `folder` and close it again."""
    store = ox.Store(str(folder))
    try:
        store.bulk_load(path=str(graph_path), format=rdf_format(graph_path))
    except SyntaxError as exc:
        raise InputError(f"{graph_path}: {exc}") from None
    store.flush()
    count = len(store)
    del store
    gc.collect()  # pyoxigraph closes RocksDB when the Store object goes away
    return count


def _swap_in(new: Path, target: Path) -> None:
    """Replace `target` by `new` with renames, removing the old store only once the new is in."""
    old = None
    if target.exists():
        old = Path(tempfile.mkdtemp(prefix=f".{target.name}-old-", dir=target.parent))
        old.rmdir()
        target.rename(old)
    new.rename(target)
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)


def is_store(folder: Path) -> bool:
    """True when `folder` looks like a RocksDB folder pyoxigraph wrote (it has a CURRENT file)."""
    return (folder / "CURRENT").is_file()


def open_store(store_dir: Path | str) -> ox.Store:
    """Open a built store read-only, so any number of readers (processes) can share it."""
    store_dir = Path(store_dir)
    if not is_store(store_dir):
        raise InputError(f"{store_dir}: not an Oxigraph store (run `wsis-graph build` first)")
    try:
        return ox.Store.read_only(str(store_dir))
    except OSError as exc:
        raise InputError(f"{store_dir}: cannot open the store: {exc}") from None


@contextmanager
def store_for(graph_path: Path | str) -> Iterator[Path]:
    """Yield a store folder for `--graph PATH`: a build's `store/`, or a temporary one.

    A build folder with a store is used as it is; a build folder without one (or a graph file)
    is loaded into a temporary store that is removed when the context ends.
    """
    graph_path = Path(graph_path)
    if graph_path.is_dir():
        if is_store(graph_path / STORE_DIRNAME):
            yield graph_path / STORE_DIRNAME
            return
        if is_store(graph_path):
            yield graph_path
            return
        graph_path = graph_path / GRAPH_FILENAME
    if not graph_path.is_file():
        raise InputError(f"{graph_path}: no such graph file or build folder")
    with tempfile.TemporaryDirectory(prefix="wsis-graph-store-") as tmp:
        build_store(graph_path, Path(tmp) / STORE_DIRNAME)
        yield Path(tmp) / STORE_DIRNAME


def named_graphs(store: ox.Store) -> list[str]:
    """The IRIs of the store's named graphs, sorted."""
    return sorted(g.value for g in store.named_graphs() if isinstance(g, ox.NamedNode))


def query(store: ox.Store, sparql: str, union: bool = True):
    """Run a SPARQL query; by default the union of the named graphs is the default graph."""
    return store.query(sparql, use_default_graph_as_union=union)
