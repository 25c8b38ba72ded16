"""Resolution -> RDF dataset: one named graph per source document, plus entities, ontology and
a description of the build. See docs/MODEL.md for the contract.

Graph layout (why): facts, their evidence, the source text and the plain triples derived from
those facts live in the document's graph, so a document's claims can be dropped or replaced as
one unit. Entities are shared by every document (one IRI per real thing), so their types,
labels and lexicon knowledge live once in `id/graph/entities`. The ontology and the SKOS concept
schemes live in `id/graph/ontology`; the VoID/DCAT description of the build in
`id/graph/dataset`. No blank node is ever created.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import PROV, RDF, RDFS, SKOS, XSD

from .. import resources
from ..model import Document, Span
from ..resolve.model import Concept, Entity, Literal as ResolvedLiteral, Resolution, ResolvedFact
from . import derive
from .describe import describe_build, describe_source
from .labels import alternatives, is_latin, latin_extras, preferred
from .namespaces import (GRAPH_ENTITIES, GRAPH_ONTOLOGY, OA, ORG, SCHEMA, WSIS, bind_prefixes,
                         evidence_iri, expand, fact_iri, graph_iri, source_iri)
from .specs import FACT_SPECS, XSD_BY_CURIE, Arg, lexical_problem, normalise_datatype, normalise_lexical

ENTITY_CLASSES: dict[str, tuple[URIRef, ...]] = {
    "Organization": (SCHEMA.Organization, ORG.Organization),
    "Country": (SCHEMA.Country, SCHEMA.GovernmentOrganization, ORG.Organization),
    "Person": (SCHEMA.Person,),
    "Place": (SCHEMA.Place,),
    "Event": (SCHEMA.Event,),
    "Session": (SCHEMA.Event,),
}


# Lexicon place kinds with a more precise schema.org class (both subclasses of schema:Place).
PLACE_KINDS: dict[str, URIRef] = {"city": SCHEMA.City, "venue": SCHEMA.EventVenue, "region": SCHEMA.AdministrativeArea}


@dataclass
class MapResult:
    """The dataset to validate and write, and the facts left out of it (each with its reason)."""

    dataset: Dataset
    rejected: list[dict[str, Any]] = field(default_factory=list)


class Rejected(Exception):
    """A fact that cannot be mapped validly; the message is the reason."""


def to_dataset(resolution: Resolution, *, tool_version: str) -> MapResult:
    """Map every fact of `resolution` to RDF; facts that cannot be mapped go to `rejected`."""
    dataset = Dataset()
    bind_prefixes(dataset)
    rejected: list[dict[str, Any]] = _add_ontology(dataset.graph(GRAPH_ONTOLOGY), resolution.concepts)
    rejected += _add_entities(dataset.graph(GRAPH_ENTITIES), resolution)
    rejected += resolution.rejected
    docs = {doc.id: doc for doc in resolution.documents}
    for doc in resolution.documents:
        describe_source(dataset.graph(graph_iri(doc.id)), doc)
    mapped: dict[URIRef, ResolvedFact] = {}
    for fact in resolution.facts:
        try:
            _map_fact(dataset, fact, docs, resolution, mapped)
        except Rejected as exc:
            rejected.append(_rejection(fact, str(exc)))
    describe_build(dataset, resolution.documents, tool_version)
    rejected.sort(key=lambda r: (r["document"], r["key"], r["kind"], r["reason"]))
    return MapResult(dataset=dataset, rejected=rejected)


def _rejection(fact: ResolvedFact, reason: str) -> dict[str, Any]:
    record = fact.to_json()
    record["reason"] = reason
    return record


# --- ontology and concept schemes ---------------------------------------------------------

def _add_ontology(graph: Graph, concepts: dict[str, Concept]) -> list[dict[str, Any]]:
    """The ontology file plus the concepts; a concept whose IRI or scheme cannot be expanded is
    set aside with the reason."""
    graph.parse(resources.data_dir("ontology") / "wsis.ttl", format="turtle")
    skipped = []
    for iri in sorted(concepts):
        try:
            _add_concept(graph, concepts[iri])
        except ValueError as exc:
            c = concepts[iri]
            skipped.append({"kind": "concept", "document": "", "key": iri, "scheme": c.scheme,
                            "labels": c.labels, "reason": str(exc)})
    return skipped


def _add_concept(graph: Graph, concept: Concept) -> None:
    node, scheme = expand(concept.iri), expand(concept.scheme)
    graph.add((node, RDF.type, SKOS.Concept))
    graph.add((node, SKOS.inScheme, scheme))
    graph.add((scheme, RDF.type, SKOS.ConceptScheme))
    pref = {lang: text for lang, text in concept.labels.items() if text}
    for lang, text in pref.items():
        graph.add((node, SKOS.prefLabel, Literal(text, lang=lang)))
        graph.add((node, RDFS.label, Literal(text, lang=lang)))
    for alt in alternatives(concept.alt_labels, pref):
        graph.add((node, SKOS.altLabel, alt))
    implied = _implied_property(concept, scheme)
    if implied is not None:
        graph.add((node, WSIS.impliesProperty, implied))


def _implied_property(concept: Concept, scheme: URIRef) -> URIRef | None:
    if scheme == WSIS.Roles:
        return derive.role_property(concept)
    if scheme == WSIS.Relations:
        return derive.relation_property(concept)
    return None


# --- entities -----------------------------------------------------------------------------

def _add_entities(graph: Graph, resolution: Resolution) -> list[dict[str, Any]]:
    """Describe every entity; one whose IRI cannot be expanded is set aside with the reason."""
    skipped = []
    for iri in sorted(resolution.entities):
        try:
            _add_entity(graph, resolution.entities[iri], resolution)
        except ValueError as exc:
            skipped.append({**resolution.entities[iri].to_json(), "kind": "entity",
                            "document": "", "key": iri, "reason": str(exc)})
    return skipped


def _add_entity(graph: Graph, entity: Entity, resolution: Resolution) -> None:
    node = expand(entity.iri)
    for cls in ENTITY_CLASSES.get(entity.kind, ()):
        graph.add((node, RDF.type, cls))
    pref = preferred(entity.labels)
    for lang, text in pref.items():
        for prop in (RDFS.label, SKOS.prefLabel, SCHEMA.name):
            graph.add((node, prop, Literal(text, lang=lang)))
    acronym = entity.props.get("acronym")
    extra = latin_extras(entity.labels) + ([acronym] if isinstance(acronym, str) and is_latin(acronym) else [])
    for alt in alternatives(entity.alt_labels, pref, extra):
        graph.add((node, SKOS.altLabel, alt))
    graph.add((node, WSIS.linked, Literal(bool(entity.linked))))
    _add_entity_props(graph, node, entity, resolution)


def _add_entity_props(graph: Graph, node: URIRef, entity: Entity, resolution: Resolution) -> None:
    """Lexicon knowledge: enclosing place, country, honorifics, ISO code (links to known IRIs only)."""
    props = entity.props
    for target in _known(props.get("contained_in"), resolution.entities):
        graph.add((node, SCHEMA.containedInPlace, target))
    for target in _known(props.get("country"), resolution.entities):
        graph.add((node, WSIS.country, target))
        if entity.kind == "Person":
            graph.add((node, SCHEMA.nationality, target))
    if entity.kind == "Person":
        _add_honorifics(graph, node, props.get("honorifics"), resolution)
    if entity.kind == "Country" and props.get("iso"):
        graph.add((node, SCHEMA.identifier, Literal(str(props["iso"]))))
    place_class = PLACE_KINDS.get(str(props.get("place_kind", "")))
    if entity.kind == "Place" and place_class is not None:
        graph.add((node, RDF.type, place_class))
    for target in _known(props.get("part_of"), resolution.entities):
        graph.add((node, ORG.subOrganizationOf if entity.kind == "Organization" else SCHEMA.superEvent, target))
    if entity.kind in ("Event", "Session"):
        _add_event_props(graph, node, props, resolution)


def _add_event_props(graph: Graph, node: URIRef, props: dict, resolution: Resolution) -> None:
    """A session's type, a series flag (schema:EventSeries), the series an event belongs to."""
    for target in _known(props.get("session_type"), resolution.concepts):
        graph.add((node, WSIS.sessionType, target))
    series = props.get("series")
    if series is True:
        graph.add((node, RDF.type, SCHEMA.EventSeries))
    for target in _known(series, resolution.entities):
        graph.add((node, SCHEMA.superEvent, target))
        graph.add((target, SCHEMA.subEvent, node))


def _add_honorifics(graph: Graph, node: URIRef, value: Any, resolution: Resolution) -> None:
    """Link each honorific concept, and spell them as schema:honorificPrefix in English, in the
    lexicon's `order` (a style such as H.E. before a title such as Mr): "H.E. Mr"."""
    iris = [v for v in (value if isinstance(value, (list, tuple)) else [value] if value else [])
            if isinstance(v, str) and v in resolution.concepts]
    concepts = sorted((resolution.concepts[i] for i in dict.fromkeys(iris)), key=_honorific_order)
    for concept in concepts:
        graph.add((node, WSIS.honorific, expand(concept.iri)))
    english = [c.labels.get("en") for c in concepts if c.labels.get("en")]
    if english:
        graph.add((node, SCHEMA.honorificPrefix, Literal(" ".join(english), lang="en")))


def _honorific_order(concept: Concept) -> tuple:
    order = concept.props.get("order") if concept.props else None
    return (order if isinstance(order, (int, float)) else 99, concept.labels.get("en", ""), concept.iri)


def _known(value: Any, known: dict) -> list[URIRef]:
    """The values that name a known entity or concept, as IRIs (others are left out)."""
    values = value if isinstance(value, (list, tuple)) else [value] if value else []
    out = []
    for v in values:
        if isinstance(v, str) and v in known:
            try:
                out.append(expand(v))
            except ValueError:
                continue
    return out


# --- facts --------------------------------------------------------------------------------

def _map_fact(dataset: Dataset, fact: ResolvedFact, docs: dict[str, Document],
              resolution: Resolution, mapped: dict[URIRef, ResolvedFact]) -> None:
    spec = FACT_SPECS.get(fact.kind)
    if spec is None:
        raise Rejected(f"unknown fact kind {fact.kind!r}")
    doc = docs.get(fact.document)
    if doc is None:
        raise Rejected(f"document {fact.document!r} was not read")
    if not fact.key:
        raise Rejected("fact has no key")
    try:
        values = {arg.name: _arg_value(arg, fact.args.get(arg.name), resolution) for arg in spec.args}
    except ValueError as exc:  # an IRI or CURIE that cannot be expanded
        raise Rejected(str(exc)) from None
    _check_period(values)
    spans = _check_spans(fact.spans, doc)
    node = fact_iri(doc.id, fact.key)
    if node in mapped:
        _check_duplicate(mapped[node], fact)
    mapped[node] = fact
    graph = dataset.graph(graph_iri(doc.id))
    _add_fact_node(graph, node, spec, values, fact, doc, spans)
    _add_derived(graph, fact.kind, values, _concepts_by_node(resolution))


def _arg_value(arg: Arg, raw: Any, resolution: Resolution) -> Any:
    """The RDF term for one argument, or None for an absent optional one; Rejected if invalid."""
    if raw is None or raw == "":
        if arg.required:
            raise Rejected(f"argument {arg.name!r} is missing")
        return None
    if arg.role == "entity":
        return _entity_arg(arg, raw, resolution)
    if arg.role == "concept":
        return _concept_arg(arg, raw, resolution)
    if arg.role == "literal":
        return _literal_arg(arg, raw)
    text = raw.value if isinstance(raw, ResolvedLiteral) else str(raw)
    return Literal(text, lang=arg.lang)


def _entity_arg(arg: Arg, raw: Any, resolution: Resolution) -> URIRef:
    entity = resolution.entities.get(raw) if isinstance(raw, str) else None
    if entity is None:
        raise Rejected(f"argument {arg.name!r}: {raw!r} is not a resolved entity")
    if entity.kind not in arg.kinds:
        raise Rejected(f"argument {arg.name!r}: {raw} is a {entity.kind}, expected {' or '.join(arg.kinds)}")
    return expand(raw)


def _concept_arg(arg: Arg, raw: Any, resolution: Resolution) -> URIRef:
    concept = resolution.concepts.get(raw) if isinstance(raw, str) else None
    if concept is None:
        raise Rejected(f"argument {arg.name!r}: {raw!r} is not a known concept")
    scheme = expand(concept.scheme)
    if scheme not in {expand(s) for s in arg.schemes}:
        raise Rejected(f"argument {arg.name!r}: concept {raw} is in {concept.scheme}, "
                       f"expected {' or '.join(arg.schemes)}")
    return expand(raw)


def _literal_arg(arg: Arg, raw: Any) -> Literal:
    if not isinstance(raw, ResolvedLiteral):
        raise Rejected(f"argument {arg.name!r}: {raw!r} is not a typed literal")
    datatype = normalise_datatype(raw.datatype)
    if datatype not in arg.datatypes:
        raise Rejected(f"argument {arg.name!r}: datatype {raw.datatype} is not one of {', '.join(arg.datatypes)}")
    value = normalise_lexical(str(raw.value).strip(), datatype)
    problem = lexical_problem(value, datatype)
    if problem:
        raise Rejected(f"argument {arg.name!r}: {problem}")
    return Literal(value, datatype=XSD_BY_CURIE[datatype])


def _check_period(values: dict[str, Any]) -> None:
    """An end before the start means the dates were misread; the same datatype compares as text."""
    start, end = values.get("start"), values.get("end")
    if start is not None and end is not None and start.datatype == end.datatype \
            and start.datatype != XSD.dateTime and str(end) < str(start):
        raise Rejected(f"end {end} is before start {start}")


def _check_spans(spans: list[Span], doc: Document) -> list[Span]:
    if not spans:
        raise Rejected("fact has no evidence span")
    for span in spans:
        if not (0 <= span.start < span.end <= len(doc.text)):
            raise Rejected(f"span {span.start}-{span.end} is outside document {doc.id!r}")
        if doc.text[span.start:span.end] != span.quote:
            raise Rejected(f"span {span.start}-{span.end}: quote {span.quote!r} differs from the text "
                           f"{doc.text[span.start:span.end]!r}")
    return sorted(set(spans))


def _check_duplicate(first: ResolvedFact, fact: ResolvedFact) -> None:
    if first.kind != fact.kind or first.to_json()["args"] != fact.to_json()["args"]:
        raise Rejected(f"key {fact.key!r} is already used by another fact in {fact.document!r}")


def _add_fact_node(graph: Graph, node: URIRef, spec, values: dict[str, Any], fact: ResolvedFact,
                   doc: Document, spans: list[Span]) -> None:
    for cls in (*spec.classes, WSIS.Fact):
        graph.add((node, RDF.type, cls))
    graph.add((node, WSIS.rule, Literal(fact.rule)))
    graph.add((node, WSIS.document, source_iri(doc.id)))
    for arg in spec.args:
        if values[arg.name] is not None:
            graph.add((node, arg.prop, values[arg.name]))
    for span in spans:
        graph.add((node, PROV.wasDerivedFrom, _add_evidence(graph, doc.id, span)))


def _add_evidence(graph: Graph, doc_id: str, span: Span) -> URIRef:
    """A Web Annotation specific resource with named position and quote selectors."""
    node = evidence_iri(doc_id, span.start, span.end)
    position, quote = URIRef(node + "#position"), URIRef(node + "#quote")
    graph.add((node, RDF.type, OA.SpecificResource))
    graph.add((node, OA.hasSource, source_iri(doc_id)))
    graph.add((node, OA.hasSelector, position))
    graph.add((node, OA.hasSelector, quote))
    graph.add((position, RDF.type, OA.TextPositionSelector))
    graph.add((position, OA.start, Literal(span.start, datatype=XSD.nonNegativeInteger)))
    graph.add((position, OA.end, Literal(span.end, datatype=XSD.nonNegativeInteger)))
    graph.add((quote, RDF.type, OA.TextQuoteSelector))
    graph.add((quote, OA.exact, Literal(span.quote)))
    return node


# --- derived plain triples ----------------------------------------------------------------

def _concepts_by_node(resolution: Resolution) -> dict[URIRef, Concept]:
    return {expand(iri): concept for iri, concept in resolution.concepts.items()}


def _add_derived(graph: Graph, kind: str, v: dict[str, Any], concepts: dict[URIRef, Concept]) -> None:
    """The plain schema.org (and wsis:) triples a fact implies, so simple queries stay simple."""
    adders = {"event-time": _derive_time, "event-place": _derive_place, "event-duration": _derive_duration,
              "relation": _derive_relation, "role": _derive_role, "post": _derive_post,
              "sponsorship": _derive_sponsorship, "session": _derive_session, "topic": _derive_topic}
    if kind in adders:
        adders[kind](graph, v, concepts)


def _dates(graph: Graph, node: URIRef, v: dict[str, Any]) -> None:
    if v.get("start") is not None:
        graph.add((node, SCHEMA.startDate, v["start"]))
    if v.get("end") is not None:
        graph.add((node, SCHEMA.endDate, v["end"]))


def _derive_time(graph, v, concepts) -> None:
    _dates(graph, v["event"], v)


def _derive_place(graph, v, concepts) -> None:
    graph.add((v["event"], SCHEMA.location, v["place"]))


def _derive_duration(graph, v, concepts) -> None:
    graph.add((v["event"], SCHEMA.duration, v["duration"]))


def _derive_relation(graph, v, concepts) -> None:
    prop = derive.relation_property(concepts[v["relation"]])
    if prop is None:
        return
    graph.add((v["subject"], prop, v["object"]))
    if prop == SCHEMA.superEvent:
        graph.add((v["object"], SCHEMA.subEvent, v["subject"]))


def _derive_role(graph, v, concepts) -> None:
    prop = derive.role_property(concepts[v["role"]])
    graph.add((v["context"], prop, v["agent"]))


def _derive_post(graph, v, concepts) -> None:
    for lang in ("title_zh", "title_en"):
        if v.get(lang) is not None:
            graph.add((v["person"], SCHEMA.jobTitle, v[lang]))
    if v.get("organization") is not None:  # (副省长X: an office whose body the text leaves unsaid)
        graph.add((v["person"], SCHEMA.affiliation, v["organization"]))


def _derive_sponsorship(graph, v, concepts) -> None:
    graph.add((v["event"], SCHEMA.sponsor, v["sponsor"]))


def _derive_session(graph, v, concepts) -> None:
    graph.add((v["session"], SCHEMA.superEvent, v["event"]))
    graph.add((v["event"], SCHEMA.subEvent, v["session"]))
    graph.add((v["session"], WSIS.sessionType, v["type"]))
    _dates(graph, v["session"], v)


def _derive_topic(graph, v, concepts) -> None:
    graph.add((v["subject"], SCHEMA.about, v["topic"]))
