"""The build describes itself: each source (text, sha256, url, publisher, licence, attribution)
in its document graph, and a VoID/DCAT dataset node in `id/graph/dataset`.

Nothing here depends on the clock or the machine (no timestamps, no absolute paths), so two
builds of the same input stay byte-identical.
"""

from __future__ import annotations

import re

from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import DCAT, DCTERMS, PROV, RDF, RDFS, SKOS, VOID, XSD

from ..model import Document
from .labels import is_latin
from .namespaces import (DATASET, GRAPH_DATASET, GRAPH_ENTITIES, GRAPH_ONTOLOGY, ID, PREFIXES,
                         SCHEMA, graph_iri, segment, source_iri)

TOOL = ID["tool/wsis-graph"]
TOOL_HOME = URIRef("https://w3id.org/wsis-graph/")


def describe_source(graph: Graph, doc: Document) -> None:
    """The source node: its exact text (so quotes can be checked), checksum and provenance."""
    node, meta = source_iri(doc.id), doc.meta or {}
    graph.add((node, RDF.type, SCHEMA.CreativeWork))
    graph.add((node, RDF.type, PROV.Entity))
    graph.add((node, SCHEMA.identifier, Literal(doc.id)))
    graph.add((node, SCHEMA.text, Literal(doc.text)))
    graph.add((node, SCHEMA.sha256, Literal(doc.sha256)))
    graph.add((node, SCHEMA.inLanguage, Literal(meta.get("language") or doc.language)))
    if meta.get("url"):
        graph.add((node, SCHEMA.url, Literal(meta["url"], datatype=XSD.anyURI)))
    if meta.get("translation_of"):
        graph.add((node, SCHEMA.translationOfWork, URIRef(meta["translation_of"])))
    for key, lang in (("title", _lang(meta.get("title", ""))), ("title_en", "en")):
        if meta.get(key):
            graph.add((node, SCHEMA.name, Literal(meta[key], lang=lang)))
    if meta.get("license"):
        graph.add((node, SCHEMA.copyrightNotice, Literal(meta["license"])))
        graph.add((node, DCTERMS.rights, Literal(meta["license"])))
    if meta.get("attribution"):
        graph.add((node, SCHEMA.creditText, Literal(meta["attribution"])))
    if meta.get("publisher"):
        _add_publisher(graph, node, str(meta["publisher"]))


def _lang(text: str) -> str:
    return "en" if is_latin(text) else "zh"


def _add_publisher(graph: Graph, source: URIRef, name: str) -> None:
    slug = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-") or segment(name)
    agent = ID["agent/" + slug]
    graph.add((source, SCHEMA.publisher, agent))
    graph.add((source, DCTERMS.publisher, agent))
    graph.add((agent, RDF.type, SCHEMA.Organization))
    graph.add((agent, RDF.type, PROV.Agent))
    label = Literal(name, lang=_lang(name))
    for prop in (RDFS.label, SKOS.prefLabel, SCHEMA.name):
        graph.add((agent, prop, label))


def describe_build(dataset: Dataset, documents: list[Document], tool_version: str) -> None:
    """The dataset node (VoID + DCAT): tool and version, sources, parts, vocabularies, size."""
    graph = dataset.graph(GRAPH_DATASET)
    graph.add((DATASET, RDF.type, VOID.Dataset))
    graph.add((DATASET, RDF.type, DCAT.Dataset))
    graph.add((DATASET, DCTERMS.title, Literal("WSIS stakeholder knowledge graph", lang="en")))
    graph.add((DATASET, DCTERMS.title, Literal("WSIS 利益相关方知识图谱", lang="zh")))
    graph.add((DATASET, PROV.wasAttributedTo, TOOL))
    graph.add((DATASET, SCHEMA.version, Literal(tool_version)))
    for doc in documents:
        graph.add((DATASET, DCTERMS.source, source_iri(doc.id)))
        graph.add((DATASET, PROV.wasDerivedFrom, source_iri(doc.id)))
    parts = [graph_iri(doc.id) for doc in documents] + [GRAPH_ENTITIES, GRAPH_ONTOLOGY]
    for part in parts:
        graph.add((DATASET, DCTERMS.hasPart, part))
    _describe_layout(graph, documents)
    for prefix in ("schema", "org", "skos", "prov", "oa", "dcterms", "wsis"):
        graph.add((DATASET, VOID.vocabulary, URIRef(str(PREFIXES[prefix]))))
    _describe_tool(graph, tool_version)
    triples = sum(len(dataset.graph(part)) for part in parts)
    graph.add((DATASET, VOID.triples, Literal(triples, datatype=XSD.integer)))


GRAPH_ROLES = {
    GRAPH_ENTITIES: "Entities shared by every document (one IRI per real thing): types, labels in zh "
                    "and en, other names, and lexicon knowledge (enclosing place, country, honorifics).",
    GRAPH_ONTOLOGY: "The wsis: ontology (ontology/wsis.ttl) and the SKOS concept schemes of the "
                    "controlled terms the facts use.",
    GRAPH_DATASET: "This description of the build (VoID and DCAT).",
}


def _describe_layout(graph: Graph, documents: list[Document]) -> None:
    """Say in the data what each named graph holds, so the layout documents itself."""
    for doc in documents:
        graph.add((graph_iri(doc.id), DCTERMS.description, Literal(
            f"Facts read from {doc.id}, their evidence (Web Annotation selectors), the source with its "
            "text, and the plain schema.org triples derived from those facts.", lang="en")))
        graph.add((graph_iri(doc.id), DCTERMS.source, source_iri(doc.id)))
    for name, text in GRAPH_ROLES.items():
        graph.add((name, DCTERMS.description, Literal(text, lang="en")))


def _describe_tool(graph: Graph, tool_version: str) -> None:
    graph.add((TOOL, RDF.type, SCHEMA.SoftwareApplication))
    graph.add((TOOL, RDF.type, PROV.SoftwareAgent))
    graph.add((TOOL, SCHEMA.name, Literal("wsis-graph")))
    graph.add((TOOL, RDFS.label, Literal("wsis-graph", lang="en")))
    graph.add((TOOL, SCHEMA.softwareVersion, Literal(tool_version)))
    graph.add((TOOL, SCHEMA.url, Literal(str(TOOL_HOME), datatype=XSD.anyURI)))
