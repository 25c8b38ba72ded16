"""Deterministic serialisations: the same graph gives the same bytes, whatever the insertion
order or the hash seed. rdflib's TriG writer orders graphs by set iteration, so Turtle and TriG
are written here (subjects, predicates and objects sorted; rdf:type first); N-Triples is
rdflib's output with sorted lines; JSON-LD is compacted here with a context of prefixes only.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable

from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from rdflib.namespace import RDF, XSD

from ..map.namespaces import PREFIXES, curie

_PREFIX_ITEMS = sorted(((p, str(ns)) for p, ns in PREFIXES.items()), key=lambda kv: -len(kv[1]))


def _term(term) -> str:
    if isinstance(term, URIRef):
        return curie(str(term)) or f"<{_escape_iri(str(term))}>"
    if isinstance(term, BNode):
        return f"_:{term}"
    return _literal(term)


def _escape_iri(iri: str) -> str:
    return "".join(ch if ch not in '<>"{}|^`\\ ' and ord(ch) > 0x20 else f"%{ord(ch):02X}" for ch in iri)


def _literal(lit: Literal) -> str:
    text = _quote(str(lit))
    if lit.language:
        return f"{text}@{lit.language}"
    if lit.datatype and lit.datatype != XSD.string:
        return f"{text}^^{_term(URIRef(lit.datatype))}"
    return text


def _quote(value: str) -> str:
    escaped = (value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
               .replace("\r", "\\r").replace("\t", "\\t"))
    return f'"{escaped}"'


def _sort_key(term) -> tuple:
    kind = 0 if isinstance(term, URIRef) else 1 if isinstance(term, BNode) else 2
    if isinstance(term, Literal):
        return (kind, str(term), term.language or "", str(term.datatype or ""))
    return (kind, str(term), "", "")


def _prefix_block() -> list[str]:
    return [f"@prefix {p}: <{ns}> ." for p, ns in sorted((p, str(ns)) for p, ns in PREFIXES.items())]


def _subject_blocks(triples: Iterable[tuple], indent: str = "") -> list[str]:
    by_subject: dict = defaultdict(lambda: defaultdict(set))
    for s, p, o in triples:
        by_subject[s][p].add(o)
    blocks = []
    for s in sorted(by_subject, key=_sort_key):
        preds = sorted(by_subject[s], key=lambda p: (p != RDF.type, str(p)))
        parts = []
        for p in preds:
            objects = " , ".join(_term(o) for o in sorted(by_subject[s][p], key=_sort_key))
            parts.append(f"{'a' if p == RDF.type else _term(p)} {objects}")
        body = f" ;\n{indent}    ".join(parts)
        blocks.append(f"{indent}{_term(s)} {body} .")
    return blocks


def to_turtle(graph: Graph | Dataset) -> str:
    """The union of all triples as sorted Turtle."""
    triples = set(_triples(graph))
    return "\n".join(_prefix_block()) + "\n\n" + "\n\n".join(_subject_blocks(triples)) + "\n"


def to_trig(dataset: Dataset) -> str:
    """One block per named graph (sorted by graph IRI); default-graph triples first, if any."""
    graphs: dict = defaultdict(set)
    for s, p, o, g in dataset.quads((None, None, None, None)):
        name = g.identifier if isinstance(g, Graph) else g
        graphs[name].add((s, p, o))
    out = ["\n".join(_prefix_block()), ""]
    default = graphs.pop(_default_id(dataset), set()) | graphs.pop(None, set())
    if default:
        out += ["\n\n".join(_subject_blocks(default)), ""]
    for name in sorted(graphs, key=_sort_key):
        if graphs[name]:
            out += [f"{_term(name)} {{", "\n\n".join(_subject_blocks(graphs[name], "    ")), "}", ""]
    return "\n".join(out)


def _default_id(dataset: Dataset):
    return DATASET_DEFAULT_GRAPH_ID if isinstance(dataset, Dataset) else None


def to_ntriples(graph: Graph | Dataset) -> str:
    """The union of all triples as N-Triples, one line per triple, lines sorted."""
    union = Graph()
    for triple in _triples(graph):
        union.add(triple)
    lines = {line for line in union.serialize(format="nt", encoding="utf-8").decode("utf-8").splitlines() if line}
    return "".join(line + "\n" for line in sorted(lines))


def _triples(graph: Graph | Dataset):
    if isinstance(graph, Dataset):
        for s, p, o, _ in graph.quads((None, None, None, None)):
            yield s, p, o
    else:
        yield from graph


# --- JSON-LD ------------------------------------------------------------------------------

CONTEXT_FILE = "context.jsonld"


def jsonld_context() -> dict:
    """The context file's content: the project prefixes, nothing else (so it expands offline)."""
    return {"@context": {p: str(ns) for p, ns in sorted((p, ns) for p, ns in PREFIXES.items())}}


def to_jsonld(dataset: Graph | Dataset, context_ref: str | dict = CONTEXT_FILE) -> str:
    """Compacted JSON-LD: one named-graph object per graph, nodes sorted, CURIE keys and ids."""
    graphs: dict = defaultdict(set)
    if isinstance(dataset, Dataset):
        for s, p, o, g in dataset.quads((None, None, None, None)):
            graphs[g.identifier if isinstance(g, Graph) else g].add((s, p, o))
    else:
        graphs[None] = set(dataset)
    default = graphs.pop(_default_id(dataset), set()) | graphs.pop(None, set())
    body: list = _jsonld_nodes(default)
    for name in sorted(graphs, key=_sort_key):
        if graphs[name]:
            body.append({"@id": _compact(name), "@graph": _jsonld_nodes(graphs[name])})
    doc = {"@context": context_ref, "@graph": body}
    return json.dumps(doc, ensure_ascii=False, indent=1) + "\n"


def _compact(term) -> str:
    """A JSON-LD compact IRI: unlike Turtle, the suffix may hold `/`, `.` and `#`."""
    if isinstance(term, BNode):
        return f"_:{term}"
    iri = str(term)
    for prefix, ns in _PREFIX_ITEMS:
        suffix = iri[len(ns):]
        if iri.startswith(ns) and suffix and not suffix.startswith("//"):
            return f"{prefix}:{suffix}"
    return iri


def _jsonld_nodes(triples: set) -> list[dict]:
    by_subject: dict = defaultdict(lambda: defaultdict(set))
    for s, p, o in triples:
        by_subject[s][p].add(o)
    nodes = []
    for s in sorted(by_subject, key=_sort_key):
        node: dict = {"@id": _compact(s)}
        types = sorted(by_subject[s].pop(RDF.type, set()), key=_sort_key)
        if types:
            node["@type"] = [_compact(t) for t in types]
        for p in sorted(by_subject[s], key=str):
            node[_compact(p)] = [_jsonld_value(o) for o in sorted(by_subject[s][p], key=_sort_key)]
        nodes.append(node)
    return nodes


def _jsonld_value(term):
    if isinstance(term, (URIRef, BNode)):
        return {"@id": _compact(term)}
    if term.language:
        return {"@value": str(term), "@language": term.language}
    if term.datatype and term.datatype != XSD.string:
        return {"@value": str(term), "@type": _compact(term.datatype)}
    return str(term)
