"""The whole build, stage after stage: read -> extract -> resolve -> map -> validate -> write
(the text exports, then the embedded Oxigraph store beside them).

The CLI's `build` is a thin layer over `build()`; tests call it directly.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from rdflib import RDF

from . import __version__
from .extract import Extraction, extract
from .map import MapResult, to_dataset
from .read import read_sources
from .resolve import Resolution, resolve
from .store import build_store
from .validate import ValidationOutcome, union_graph, validate
from .write import write_build


@dataclass
class BuildResult:
    extractions: list[Extraction]
    resolution: Resolution
    mapped: MapResult
    outcome: ValidationOutcome
    written: list[Path]

    def class_counts(self) -> list[tuple[str, int]]:
        """How many nodes of each class the graph holds (ontology and concepts included)."""
        graph = union_graph(self.mapped.dataset)
        counts = Counter(graph.namespace_manager.normalizeUri(o) for o in graph.objects(None, RDF.type))
        return sorted(counts.items())


def extract_all(sources: list[Path]) -> list[Extraction]:
    return [extract(doc) for doc in read_sources(sources)]


def build(sources: list[Path], out_dir: Path) -> BuildResult:
    """Build the graph of `sources` into `out_dir`; the files are written even when invalid."""
    extractions = extract_all(sources)
    resolution = resolve(extractions)
    mapped = to_dataset(resolution, tool_version=__version__)
    outcome = validate(mapped.dataset)
    written = write_build(mapped, outcome, Path(out_dir))
    # The on-disk Oxigraph store that `query` and `serve` open read-only; swapped in whole.
    build_store(Path(out_dir) / "graph.trig", Path(out_dir) / "store")
    written.append(Path(out_dir) / "store")
    return BuildResult(extractions, resolution, mapped, outcome, written)
