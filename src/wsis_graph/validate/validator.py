"""Run pyshacl over the union graph and turn its report into plain records."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from pyshacl import validate as shacl_validate
from rdflib import Dataset, Graph, URIRef
from rdflib.namespace import RDF

from .. import resources
from ..map.namespaces import SH, bind_prefixes, curie


@dataclass
class ValidationOutcome:
    """Whether the graph conforms, pyshacl's report (graph and text) and one dict per result."""

    conforms: bool
    report: Graph
    text: str
    results: list[dict[str, Any]] = field(default_factory=list)


def union_graph(graph: Graph | Dataset) -> Graph:
    """All triples of all graphs (named and default) in one plain Graph."""
    if not isinstance(graph, Dataset):
        return graph
    union = Graph()
    bind_prefixes(union)
    for s, p, o, _ in graph.quads((None, None, None, None)):
        union.add((s, p, o))
    return union


@cache
def _shapes_cached(folder: str) -> Graph:
    shapes = Graph()
    for path in sorted(Path(folder).glob("*.ttl")):
        shapes.parse(path, format="turtle")
    return shapes


def load_shapes(folder: Path | None = None) -> Graph:
    """Every `*.ttl` of the shapes folder, parsed once per process."""
    return _shapes_cached(str(folder or resources.data_dir("shapes")))


def validate(dataset: Graph | Dataset, shapes: Graph | None = None) -> ValidationOutcome:
    """Validate the union of all graphs of `dataset` (ontology and concept schemes included)."""
    data = union_graph(dataset)
    shapes = shapes if shapes is not None else load_shapes()
    conforms, report, text = shacl_validate(
        data, shacl_graph=shapes,
        inference="none", advanced=True, allow_warnings=True, meta_shacl=False)
    if not isinstance(report, Graph):  # pyshacl could not run the shapes at all
        raise RuntimeError(f"SHACL validation failed to run: {text}")
    bind_prefixes(report)
    results = _results(report, shapes)
    return ValidationOutcome(conforms=bool(conforms), report=report,
                             text=format_text(bool(conforms), results), results=results)


def format_text(conforms: bool, results: list[dict[str, Any]]) -> str:
    """A readable report, sorted, with no blank-node ids (pyshacl's own text has random ones)."""
    lines = [f"Conforms: {conforms}", f"Results: {len(results)}"]
    for r in results:
        lines.append("")
        lines.append(f"{r['severity']}: {r['message']}")
        for key in ("shape", "component", "focus", "path", "value"):
            if r.get(key):
                lines.append(f"  {key}: {r[key]}")
    return "\n".join(lines) + "\n"


def _results(report: Graph, shapes: Graph) -> list[dict[str, Any]]:
    rows = [_result(report, node, shapes) for node in report.subjects(RDF.type, SH.ValidationResult)]
    return sorted(rows, key=lambda r: tuple(str(r[k]) for k in sorted(r)))


def shape_name(shape, shapes: Graph) -> str | None:
    """A stable name for the shape that fired: its IRI, or `ParentShape/path` for an unnamed
    property shape (sh:property of a named node shape)."""
    if shape is None:
        return None
    if isinstance(shape, URIRef):
        return str(shape)
    parent = next(iter(shapes.subjects(SH.property, shape)), None)
    path = shapes.value(shape, SH.path)
    if isinstance(parent, URIRef):
        return f"{parent}/{_short(path)}" if path is not None else str(parent)
    return f"?/{_short(path)}" if path is not None else None


def _short(term) -> str:
    return curie(str(term)) or str(term)


def _result(report: Graph, node, shapes: Graph) -> dict[str, Any]:
    def one(prop: URIRef) -> str | None:
        value = report.value(node, prop)
        return None if value is None else str(value)

    return {
        "focus": one(SH.focusNode),
        "path": one(SH.resultPath),
        "value": one(SH.value),
        "severity": (one(SH.resultSeverity) or "").rsplit("#", 1)[-1],
        "message": one(SH.resultMessage),
        "shape": shape_name(report.value(node, SH.sourceShape), shapes),
        "component": (one(SH.sourceConstraintComponent) or "").rsplit("#", 1)[-1],
    }
