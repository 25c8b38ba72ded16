"""Namespaces and IRI helpers shared by map, validate and query.

Kept in one place so that every stage spells an IRI the same way; upstream stages may hand
over CURIEs (`wsis:Roles`, `xsd:date`) or full IRIs, and `expand` accepts both.
"""

from __future__ import annotations

import re
from urllib.parse import quote

from rdflib import Namespace, URIRef
from rdflib.namespace import DCAT, DCTERMS, OWL, PROV, RDF, RDFS, SKOS, VOID, XSD

from .. import NS_ID, NS_ONTOLOGY

WSIS = Namespace(NS_ONTOLOGY)
ID = Namespace(NS_ID)
SCHEMA = Namespace("https://schema.org/")
ORG = Namespace("http://www.w3.org/ns/org#")
OA = Namespace("http://www.w3.org/ns/oa#")
SH = Namespace("http://www.w3.org/ns/shacl#")

PREFIXES: dict[str, Namespace] = {
    "wsis": WSIS,
    "id": ID,
    "schema": SCHEMA,
    "org": ORG,
    "skos": SKOS,
    "prov": PROV,
    "oa": OA,
    "dcterms": DCTERMS,
    "void": VOID,
    "dcat": DCAT,
    "rdf": RDF,
    "rdfs": RDFS,
    "owl": OWL,
    "xsd": XSD,
    "sh": SH,
}

GRAPH_ONTOLOGY = ID["graph/ontology"]
GRAPH_ENTITIES = ID["graph/entities"]
GRAPH_DATASET = ID["graph/dataset"]
DATASET = ID["dataset"]

# IRI-safe characters kept as they are in path segments built from keys and document ids.
_SAFE = "/-._~:@!$&'()*+,;="


def expand(value: str) -> URIRef:
    """Turn a CURIE with a known prefix, or a full IRI, into a URIRef."""
    if "://" in value or value.startswith("urn:"):
        return URIRef(value)
    prefix, sep, local = value.partition(":")
    if sep and prefix in PREFIXES:
        return URIRef(str(PREFIXES[prefix]) + local)
    raise ValueError(f"not an IRI or known CURIE: {value!r}")


def segment(text: str) -> str:
    """Percent-encode what may not stand in an IRI path (spaces, quotes, non-ASCII)."""
    return quote(text, safe=_SAFE)


def graph_iri(doc_id: str) -> URIRef:
    return ID["graph/" + segment(doc_id)]


def source_iri(doc_id: str) -> URIRef:
    return ID["source/" + segment(doc_id)]


def fact_iri(doc_id: str, key: str) -> URIRef:
    return ID[f"fact/{segment(doc_id)}/{segment(key)}"]


def evidence_iri(doc_id: str, start: int, end: int) -> URIRef:
    return ID[f"evidence/{segment(doc_id)}/{start}-{end}"]


def bind_prefixes(graph) -> None:
    """Bind the project prefixes (and only those) so serialisations read the same everywhere."""
    for prefix, ns in PREFIXES.items():
        graph.bind(prefix, ns, override=True, replace=True)


_PN_LOCAL = re.compile(r"^[A-Za-z_][A-Za-z0-9_\-]*$")
_BY_LENGTH = sorted(((p, str(ns)) for p, ns in PREFIXES.items()), key=lambda kv: -len(kv[1]))


def curie(iri: str) -> str | None:
    """The prefixed name of `iri` when its local part is a plain name (safe in Turtle), else None."""
    for prefix, ns in _BY_LENGTH:
        if iri.startswith(ns) and _PN_LOCAL.match(iri[len(ns):]):
            return f"{prefix}:{iri[len(ns):]}"
    return None
