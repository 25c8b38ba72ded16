"""Write a build folder: the graph in four syntaxes, the validation report, the rejected facts.

Every file goes to a temporary file in the same folder and is then renamed over the target
(os.replace is atomic on one file system), so an interrupted build never leaves half a file.
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Any

from rdflib import Dataset, Graph
from rdflib.compare import to_canonical_graph

from . import rdfformat

FORMATS = {
    "turtle": ("graph.ttl", rdfformat.to_turtle),
    "nt": ("graph.nt", rdfformat.to_ntriples),
    "trig": ("graph.trig", rdfformat.to_trig),
    "json-ld": ("graph.jsonld", rdfformat.to_jsonld),
}


def atomic_write(path: Path, text: str) -> Path:
    """Write `text` (UTF-8) to `path` through a temporary sibling file and a rename."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, 0o666 & ~_umask())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def serialize(dataset: Graph | Dataset, fmt: str) -> str:
    """The graph in one of FORMATS (turtle, nt, trig, json-ld), deterministic byte for byte."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}")
    if fmt == "trig" and not isinstance(dataset, Dataset):
        ds = Dataset()
        for triple in dataset:
            ds.add(triple)
        dataset = ds
    return FORMATS[fmt][1](dataset)


REPORT_BASE = "/wsis-graph/id/validation/"


def report_turtle(report: Graph) -> str:
    """The SHACL report with pyshacl's blank nodes replaced by IRIs derived from a canonical
    labelling, so the report has no blank nodes and reruns are byte-identical."""
    canonical = to_canonical_graph(report)
    return rdfformat.to_turtle(canonical.skolemize(authority="https://w3id.org", basepath=REPORT_BASE))


def rejected_jsonl(rejected: list[dict[str, Any]]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n" for r in rejected)


def write_build(map_result, outcome, out_dir: Path) -> list[Path]:
    """Write every export of one build into `out_dir`; return the paths written, in order."""
    out_dir = Path(out_dir)
    dataset = map_result.dataset
    written = [atomic_write(out_dir / name, fn(dataset)) for name, fn in FORMATS.values()]
    written.append(atomic_write(out_dir / rdfformat.CONTEXT_FILE,
                                json.dumps(rdfformat.jsonld_context(), indent=1) + "\n"))
    written.append(atomic_write(out_dir / "validation-report.ttl", report_turtle(outcome.report)))
    written.append(atomic_write(out_dir / "validation-report.txt", outcome.text))
    written.append(atomic_write(out_dir / "rejected.jsonl", rejected_jsonl(map_result.rejected)))
    return written
