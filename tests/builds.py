"""Real build folders for the serve, push and store tests.

Both are made by the build's own stages and writers (map, the TriG writer, `build_store`), so
they have the shape `wsis-graph build` gives:

- `make_build(out)`: the bundled sources (read, extract, resolve, map).
- `make_sample_build(out)`: the map stage's hand-made Resolution (tests/fixtures/map/sample.py),
  one fact of every kind, small enough for rdflib to answer every named query in a blink.

SHACL validation is left out: it takes minutes on two cores and changes nothing in the graph
(its own tests cover it). rdflib is also too slow for some named queries on the bundled build
(`evidence` takes over a minute), so comparisons with the in-memory backend use the sample.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

from wsis_graph import __version__
from wsis_graph.map import to_dataset
from wsis_graph.pipeline import extract_all
from wsis_graph.resolve import resolve
from wsis_graph.resources import data_dir
from wsis_graph.store import GRAPH_FILENAME, STORE_DIRNAME, build_store
from wsis_graph.write.writer import atomic_write, serialize

SAMPLE = Path(__file__).parent / "fixtures" / "map" / "sample.py"


def make_build(out: Path) -> Path:
    """Build the bundled sources into `out` (graph.trig and store/) and return it."""
    return _write(to_dataset(resolve(extract_all([data_dir("sources")])),
                             tool_version=__version__), out)


def make_sample_build(out: Path) -> Path:
    """Build the map stage's sample Resolution into `out` and return it."""
    spec = importlib.util.spec_from_file_location("map_sample", SAMPLE)
    sample = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(sample)
    return _write(to_dataset(sample.make_resolution(), tool_version=__version__), out)


def _write(mapped, out: Path) -> Path:
    atomic_write(out / GRAPH_FILENAME, serialize(mapped.dataset, "trig"))
    build_store(out / GRAPH_FILENAME, out / STORE_DIRNAME)
    return out
