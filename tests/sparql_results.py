"""Compare SPARQL answers from different engines: rdflib, pyoxigraph, SPARQL JSON over HTTP.

Each answer becomes a sorted list of rows, each row a sorted tuple of (variable, term), a term
being ("uri", iri), ("bnode",) or ("literal", lexical form, lower-cased language, datatype).
Language tags are compared case-insensitively (Oxigraph lower-cases them), and a plain
literal's datatype is xsd:string whoever wrote it. Oxigraph's store also keeps numbers in their
value space: integer subtypes (xsd:nonNegativeInteger, xsd:int, ...) come back as xsd:integer
and lexical forms canonical ("1.50" -> "1.5"), so numbers are compared by value and the
integer family as xsd:integer.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from pathlib import Path

import pyoxigraph as ox
import rdflib

XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
RDF_LANG_STRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"


XSD = "http://www.w3.org/2001/XMLSchema#"
INTEGER_TYPES = {XSD + t for t in (
    "integer", "nonNegativeInteger", "positiveInteger", "nonPositiveInteger", "negativeInteger",
    "long", "int", "short", "byte", "unsignedLong", "unsignedInt", "unsignedShort", "unsignedByte")}


def _literal(value: str, lang: str | None, datatype: str | None) -> tuple:
    if lang:
        return ("literal", value, lang.lower(), RDF_LANG_STRING)
    datatype = datatype or XSD_STRING
    if datatype in INTEGER_TYPES or datatype == XSD + "decimal":
        try:
            number = format(Decimal(value).normalize(), "f")
        except InvalidOperation:
            return ("literal", value, "", datatype)
        kind = XSD + "integer" if datatype in INTEGER_TYPES else datatype
        return ("literal", number, "", kind)
    return ("literal", value, "", datatype)


def from_json(data: dict) -> list | bool:
    """SPARQL 1.1 JSON results (as sent by an endpoint) to comparable rows."""
    if "boolean" in data:
        return data["boolean"]
    rows = []
    for binding in data["results"]["bindings"]:
        row = []
        for var, term in binding.items():
            if term["type"] == "uri":
                row.append((var, ("uri", term["value"])))
            elif term["type"] == "bnode":
                row.append((var, ("bnode",)))
            else:
                row.append((var, _literal(term["value"], term.get("xml:lang"),
                                          term.get("datatype"))))
        rows.append(tuple(sorted(row)))
    return sorted(rows)


def rdflib_term(term) -> tuple:
    if isinstance(term, rdflib.URIRef):
        return ("uri", str(term))
    if isinstance(term, rdflib.BNode):
        return ("bnode",)
    return _literal(str(term), term.language, str(term.datatype) if term.datatype else None)


def oxigraph_term(term) -> tuple:
    if isinstance(term, ox.NamedNode):
        return ("uri", term.value)
    if isinstance(term, ox.BlankNode):
        return ("bnode",)
    return _literal(term.value, term.language, term.datatype.value if term.datatype else None)


def from_rdflib(result) -> list | bool:
    """An rdflib query result (SELECT rows, ASK boolean or CONSTRUCT graph) to comparable form."""
    if result.type == "ASK":
        return bool(result.askAnswer)
    if result.type in ("CONSTRUCT", "DESCRIBE"):
        return sorted(tuple(rdflib_term(t) for t in triple) for triple in result.graph)
    rows = []
    for row in result:
        pairs = [(str(var), rdflib_term(row[var])) for var in result.vars if row[var] is not None]
        rows.append(tuple(sorted(pairs)))
    return sorted(rows)


def from_oxigraph(result) -> list | bool:
    """A pyoxigraph query result to comparable form."""
    if isinstance(result, ox.QueryBoolean):
        return bool(result)
    if isinstance(result, ox.QueryTriples):
        return sorted((oxigraph_term(t.subject), oxigraph_term(t.predicate),
                       oxigraph_term(t.object)) for t in result)
    rows = []
    for solution in result:
        pairs = [(var.value, oxigraph_term(solution[var])) for var in result.variables
                 if solution[var] is not None]
        rows.append(tuple(sorted(pairs)))
    return sorted(rows)


def graph_triples(text: str | bytes, fmt: str) -> list:
    """An RDF document (turtle, nt, json-ld) to the comparable form of CONSTRUCT answers."""
    graph = rdflib.Graph()
    graph.parse(data=text, format=fmt)
    return sorted(tuple(rdflib_term(t) for t in triple) for triple in graph)


def memory_dataset(path: Path) -> rdflib.Graph:
    """The union of the file's graphs in memory with rdflib (a plain Graph: querying a Dataset
    with default_union is far slower in rdflib)."""
    dataset = rdflib.Dataset()
    dataset.parse(path, format="trig")
    union = rdflib.Graph()
    for s, p, o, _ in dataset.quads((None, None, None, None)):
        union.add((s, p, o))
    return union
