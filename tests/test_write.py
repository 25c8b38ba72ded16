"""write: the build folder, byte-identical rebuilds, atomic writes, JSON-LD that expands offline."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from rdflib import Dataset, Graph
from rdflib.compare import isomorphic

from helpers import map_sample
from wsis_graph.map import to_dataset
from wsis_graph.validate import validate
from wsis_graph.write import atomic_write, serialize, write_build
from wsis_graph.write import writer as writer_module

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = Path(__file__).parent / "fixtures/map/sample.py"
FILES = ["graph.ttl", "graph.nt", "graph.trig", "graph.jsonld", "context.jsonld",
         "validation-report.ttl", "validation-report.txt", "rejected.jsonl"]


sample = map_sample()

BUILD_SCRIPT = f"""
import sys, importlib.util
spec = importlib.util.spec_from_file_location("s", {str(SAMPLE)!r})
s = importlib.util.module_from_spec(spec); spec.loader.exec_module(s)
from wsis_graph.map import to_dataset
from wsis_graph.validate import validate
from wsis_graph.write import write_build
res = s.make_resolution()
res.facts.reverse()                      # another input order: same bytes expected
r = to_dataset(res, tool_version="0.1.0")
write_build(r, validate(r.dataset), sys.argv[1])
"""


def build(out: Path, breaker=None) -> list[Path]:
    res = sample.make_resolution()
    if breaker:
        breaker(res)
    result = to_dataset(res, tool_version="0.1.0")
    return write_build(result, validate(result.dataset), out)


@pytest.fixture(scope="module")
def out(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("build")
    build(folder)
    return folder


def test_writes_every_file(out):
    assert sorted(p.name for p in out.iterdir()) == sorted(FILES)


def test_rebuild_in_another_process_and_hash_seed_is_byte_identical(out, tmp_path):
    env = dict(os.environ, PYTHONHASHSEED="12345")
    subprocess.run([sys.executable, "-c", BUILD_SCRIPT, str(tmp_path)], check=True, env=env, cwd=ROOT)
    for name in FILES:
        assert (tmp_path / name).read_bytes() == (out / name).read_bytes(), name


def test_ntriples_is_sorted_and_has_no_blank_nodes(out):
    lines = (out / "graph.nt").read_text(encoding="utf-8").splitlines()
    assert lines == sorted(lines)
    assert len(lines) == len(set(lines))
    for name in ("graph.nt", "graph.ttl", "graph.trig", "graph.jsonld", "validation-report.ttl"):
        assert "_:" not in (out / name).read_text(encoding="utf-8"), name


def test_all_syntaxes_hold_the_same_graph(out):
    trig = Dataset()
    trig.parse(out / "graph.trig", format="trig")
    union = Graph()
    for s, p, o, _ in trig.quads((None, None, None, None)):
        union.add((s, p, o))
    for name, fmt in (("graph.ttl", "turtle"), ("graph.nt", "nt")):
        g = Graph()
        g.parse(out / name, format=fmt)
        assert isomorphic(g, union), name


def test_trig_has_one_named_graph_per_document_plus_ontology(out):
    trig = Dataset()
    trig.parse(out / "graph.trig", format="trig")
    names = {str(g.identifier) for g in trig.graphs() if len(g)}
    base = "https://w3id.org/wsis-graph/id/graph/"
    assert names == {base + "sample.zh", base + "ontology", base + "entities", base + "dataset"}


def test_jsonld_is_compacted_and_expands_offline_from_anywhere(out, tmp_path, monkeypatch):
    doc = json.loads((out / "graph.jsonld").read_text(encoding="utf-8"))
    assert doc["@context"] == "context.jsonld"
    context = json.loads((out / "context.jsonld").read_text(encoding="utf-8"))
    assert context["@context"]["schema"] == "https://schema.org/"
    monkeypatch.chdir(tmp_path)  # the relative context resolves against the file, not the cwd
    from_jsonld = Dataset()
    from_jsonld.parse(str(out / "graph.jsonld"), format="json-ld")
    from_trig = Dataset()
    from_trig.parse(str(out / "graph.trig"), format="trig")
    jl = {g.identifier: g for g in from_jsonld.graphs() if len(g)}
    tg = {g.identifier: g for g in from_trig.graphs() if len(g)}
    assert set(jl) == set(tg)
    for name in tg:
        assert isomorphic(jl[name], tg[name]), name


def test_jsonld_uses_compact_iris(out):
    text = (out / "graph.jsonld").read_text(encoding="utf-8")
    assert '"@id": "id:source/sample.zh"' in text
    assert '"schema:name"' in text


def test_validation_report_and_rejected_files(tmp_path):
    def breaker(res):
        res.facts[0].args["start"] = sample.Literal("2025-02-30", "xsd:date")
    build(tmp_path, breaker)
    rejected = [json.loads(line) for line in (tmp_path / "rejected.jsonl").read_text(encoding="utf-8").splitlines()]
    assert len(rejected) == 1
    assert rejected[0]["key"] == "event-time/wsis-20-hle-2025"
    assert "not a calendar date" in rejected[0]["reason"]
    assert (tmp_path / "validation-report.txt").read_text(encoding="utf-8").startswith("Conforms: True")
    report = Graph()
    report.parse(tmp_path / "validation-report.ttl", format="turtle")
    assert len(report) > 0


def test_atomic_write_replaces_and_leaves_no_temp_file(tmp_path):
    target = tmp_path / "graph.ttl"
    atomic_write(target, "first\n")
    atomic_write(target, "second\n")
    assert target.read_text() == "second\n"
    assert [p.name for p in tmp_path.iterdir()] == ["graph.ttl"]


def test_interrupted_build_keeps_the_old_file_whole(tmp_path, monkeypatch):
    build(tmp_path)
    before = (tmp_path / "graph.ttl").read_bytes()

    real_fdopen = os.fdopen

    class Failing:
        def __init__(self, fd, *a, **k):
            self.handle = real_fdopen(fd, *a, **k)

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            self.handle.close()

        def write(self, text):
            self.handle.write(text[: len(text) // 2])
            raise KeyboardInterrupt  # interrupted half-way through the write

    monkeypatch.setattr(writer_module.os, "fdopen", Failing)
    with pytest.raises(KeyboardInterrupt):
        atomic_write(tmp_path / "graph.ttl", "x" * 1000)
    assert (tmp_path / "graph.ttl").read_bytes() == before
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]


def test_serialize_formats_are_deterministic_for_a_graph_in_any_order():
    res = sample.make_resolution()
    a = to_dataset(res, tool_version="0").dataset
    res.facts.reverse()
    res.entities = dict(reversed(list(res.entities.items())))
    b = to_dataset(res, tool_version="0").dataset
    for fmt in ("turtle", "nt", "trig", "json-ld"):
        assert serialize(a, fmt) == serialize(b, fmt), fmt


def test_a_strict_parser_reads_every_file(out):
    """Oxigraph rejects what rdflib tolerates (bad IRIs, bad escapes); every export passes it."""
    import pyoxigraph as ox

    counts = {}
    for name, fmt in (("graph.ttl", ox.RdfFormat.TURTLE), ("graph.nt", ox.RdfFormat.N_TRIPLES),
                      ("graph.trig", ox.RdfFormat.TRIG), ("validation-report.ttl", ox.RdfFormat.TURTLE)):
        counts[name] = sum(1 for _ in ox.parse(path=str(out / name), format=fmt))
    assert counts["graph.ttl"] == counts["graph.nt"] == counts["graph.trig"] > 0
    assert counts["validation-report.ttl"] > 0


def test_tricky_literals_and_iris_round_trip():
    from rdflib import Literal, URIRef
    from rdflib.namespace import XSD as XSD_NS

    g = Dataset()
    name = URIRef("https://w3id.org/wsis-graph/id/graph/x")
    node = URIRef("https://w3id.org/wsis-graph/id/org/é-é")
    values = [Literal('say "hi" \\ back\nslash\r\ttab'), Literal("中文", lang="zh"),
              Literal("2025-07-09T16:45:00+02:00", datatype=XSD_NS.dateTime), Literal("44", datatype=XSD_NS.decimal)]
    for v in values:
        g.graph(name).add((node, URIRef("https://schema.org/description"), v))
    for fmt, parse_as in (("turtle", "turtle"), ("nt", "nt"), ("trig", "trig"), ("json-ld", "json-ld")):
        text = serialize(g, fmt)
        back = Dataset()
        if fmt == "json-ld":
            from wsis_graph.write.rdfformat import jsonld_context, to_jsonld
            text = to_jsonld(g, context_ref=jsonld_context()["@context"])
        back.parse(data=text, format=parse_as)
        got = {o for _, _, o, _ in back.quads((node, None, None, None))}
        assert got == set(values), fmt
