"""shapes: the sample graph conforms, and each shape fires on a graph broken on purpose.

Each case breaks one thing in a copy of the conforming union graph and validates it with only
that shape targeted (the others' targets removed), so the test shows that this very shape
catches the break; a few cases also run the full shapes to show the result in context.
"""

from __future__ import annotations


import pytest
from rdflib import BNode, Graph, Literal, Namespace, URIRef
from rdflib.namespace import OWL, PROV, RDF, RDFS, SKOS

from helpers import map_sample
from wsis_graph.map import to_dataset
from wsis_graph.map.namespaces import DATASET, ID, OA, ORG, SCHEMA, SH, WSIS
from wsis_graph.validate import load_shapes, union_graph, validate

WSH = "https://w3id.org/wsis-graph/shapes#"
TARGETS = (SH.targetClass, SH.targetNode, SH.targetSubjectsOf, SH.targetObjectsOf)

XSD = Namespace("http://www.w3.org/2001/XMLSchema#")  # plain: pytest probes module attributes


sample = map_sample()
HLE = URIRef(ID + "event/wsis-20-hle-2025")
ITU = URIRef(ID + "org/itu")
SOURCE = URIRef(ID + "source/sample.zh")
ONTOLOGY = URIRef("https://w3id.org/wsis-graph/ontology")


def fact(key: str) -> URIRef:
    return URIRef(f"{ID}fact/sample.zh/{key}")


TIMING = fact("event-time/wsis-20-hle-2025")
DURATION = fact("event-duration/wsis-20-hle-2025/p5d")
SPONSORSHIP = fact("sponsorship/wsis-20-hle-2025/my")
STATISTIC = fact("statistic/wsis-20-hle-2025/onsite-participants")
POST = fact("post/solly-malatsi/za/minister")


@pytest.fixture(scope="module")
def good() -> Graph:
    return union_graph(to_dataset(sample.make_resolution(), tool_version="0.1.0").dataset)


def only(shape: str) -> Graph:
    """The shapes graph with targets kept for `shape` alone."""
    shapes = Graph()
    shapes += load_shapes()
    for node, prop, obj in list(shapes.triples((None, None, None))):
        if prop in TARGETS and node != URIRef(WSH + shape):
            shapes.remove((node, prop, obj))
    return shapes


def evidence_of(g: Graph, node: URIRef) -> URIRef:
    return sorted(g.objects(node, PROV.wasDerivedFrom))[0]


def replace_value(g: Graph, s, p, new) -> None:
    g.remove((s, p, None))
    g.add((s, p, new))


def _shift_offsets(g: Graph) -> None:
    ev = evidence_of(g, SPONSORSHIP)
    pos = URIRef(ev + "#position")
    for prop in (OA.start, OA.end):
        value = g.value(pos, prop).toPython()
        replace_value(g, pos, prop, Literal(value + 1, datatype=XSD.nonNegativeInteger))


def _swap_offsets(g: Graph) -> None:
    pos = URIRef(evidence_of(g, SPONSORSHIP) + "#position")
    start, end = g.value(pos, OA.start), g.value(pos, OA.end)
    replace_value(g, pos, OA.start, end)
    replace_value(g, pos, OA.end, start)


# shape -> (how to break the graph, text the result message must hold)
CASES = {
    "FactShape": (lambda g: g.remove((SPONSORSHIP, WSIS.rule, None)), "exactly one wsis:rule"),
    "EvidenceFromDocumentShape": (lambda g: replace_value(g, SPONSORSHIP, WSIS.document, URIRef(ID + "source/other")),
                                  "is not taken from the fact's wsis:document"),
    "PeriodOrderShape": (lambda g: replace_value(g, TIMING, SCHEMA.endDate, Literal("2025-07-01", datatype=XSD.date)),
                         "is before schema:startDate"),
    "EventTimingShape": (lambda g: replace_value(g, TIMING, SCHEMA.startDate,
                                                 Literal("2025-07-07T10:00:00", datatype=XSD.dateTime)),
                         "exactly one schema:startDate"),
    "EventTimingDerivedShape": (lambda g: g.remove((HLE, SCHEMA.startDate, None)), "derived from its timing"),
    "EventLocationShape": (lambda g: replace_value(g, fact("event-place/wsis-20-hle-2025"), SCHEMA.location, WSIS.C6),
                           "exactly one schema:location"),
    "EventDurationShape": (lambda g: replace_value(g, DURATION, SCHEMA.duration, Literal("5", datatype=XSD.integer)),
                           "exactly one schema:duration (xsd:duration"),
    "EventDurationDerivedShape": (lambda g: g.remove((HLE, SCHEMA.duration, None)), "derived from its duration fact"),
    "RelationshipShape": (lambda g: replace_value(g, fact("relation/unctad/succeeded/unesco"), WSIS.relation,
                                                  WSIS.PlatinumPartner), "wsis:relation from wsis:Relations"),
    "RoleAssignmentShape": (lambda g: replace_value(g, fact("role/wsis-20-hle-2025/co-host/itu"), WSIS.agent, WSIS.C6),
                            "exactly one wsis:agent"),
    "RoleDerivedShape": (lambda g: g.remove((HLE, SCHEMA.organizer, ID["country/CH"])), "the plain triple its role implies"),
    "MembershipShape": (lambda g: g.remove((POST, RDFS.label, Literal("通信和数字技术部长", lang="zh"))),
                        "title as rdfs:label"),
    "SponsorshipShape": (lambda g: replace_value(g, SPONSORSHIP, WSIS.tier, WSIS.Chair), "wsis:tier from wsis:SponsorTiers"),
    "SponsorshipDerivedShape": (lambda g: g.remove((HLE, SCHEMA.sponsor, None)), "schema:sponsor triple derived"),
    "StatisticShape": (lambda g: replace_value(g, STATISTIC, SCHEMA.value, Literal("many")), "xsd:integer or xsd:decimal"),
    "SessionListingShape": (lambda g: replace_value(g, fact("session/wsis-20-hle-2025/wsis-20-consultation-1"),
                                                    WSIS.sessionType, WSIS.Count), "from wsis:SessionTypes"),
    "TopicMentionShape": (lambda g: g.remove((fact("topic/regulators-roundtable/c6"), WSIS.topicKind, None)),
                          "wsis:topicKind from wsis:TopicKinds"),
    "LabelsShape": (lambda g: g.add((ITU, RDFS.label, Literal("ITU (the Union)", lang="en"))),
                    "at most one per language"),
    "LatinNamesAreEnglishShape": (lambda g: g.add((ITU, SKOS.altLabel, Literal("UIT", lang="zh"))),
                                  "Latin-script name is tagged @zh"),
    "AltLabelNotPrefLabelShape": (lambda g: g.add((ITU, SKOS.altLabel, Literal("国际电信联盟", lang="zh"))),
                                  "repeats a skos:prefLabel"),
    "CountryShape": (lambda g: g.remove((ID["country/MY"], RDF.type, SCHEMA.GovernmentOrganization)),
                     "country-as-agent pattern"),
    "PlaceShape": (lambda g: g.add((ID["place/geneva"], SCHEMA.containedInPlace, WSIS.C6)), "must point to a schema:Place"),
    "PersonShape": (lambda g: g.add((ID["person/solly-malatsi"], WSIS.honorific, WSIS.Count)), "wsis:Honorifics"),
    "EntityCountryShape": (lambda g: replace_value(g, ID["person/solly-malatsi"], WSIS.country, ITU), "one schema:Country"),
    "EventShape": (lambda g: g.add((HLE, SCHEMA.superEvent, ID["place/geneva"])), "superEvent must be a schema:Event"),
    "OrganizationShape": (lambda g: g.add((ITU, ORG.subOrganizationOf, HLE)), "subOrganizationOf must be"),
    "LinkedFlagShape": (lambda g: replace_value(g, ITU, WSIS.linked, Literal("yes")), "one xsd:boolean"),
    "SpecificResourceShape": (lambda g: g.remove((evidence_of(g, SPONSORSHIP), OA.hasSelector,
                                                  URIRef(evidence_of(g, SPONSORSHIP) + "#quote"))),
                              "exactly one oa:TextQuoteSelector"),
    "PositionSelectorShape": (_swap_offsets, "is not after oa:start"),
    "QuoteSelectorShape": (lambda g: replace_value(g, URIRef(evidence_of(g, SPONSORSHIP) + "#quote"), OA.exact,
                                                   Literal("")), "non-empty oa:exact"),
    "QuoteMatchesSourceShape": (_shift_offsets, "does not equal the source text at its offsets"),
    "SourceShape": (lambda g: g.remove((SOURCE, SCHEMA.sha256, None)), "schema:sha256"),
    "ConceptShape": (lambda g: g.remove((WSIS.PlatinumPartner, SKOS.prefLabel, Literal("白金合作伙伴", lang="zh"))),
                     "skos:prefLabel @zh"),
    "ConceptSchemeShape": (lambda g: g.remove((WSIS.Roles, SKOS.prefLabel, Literal("Roles", lang="en"))),
                           "skos:prefLabel @en"),
    "OwnTermShape": (lambda g: g.remove((WSIS.EventTiming, RDFS.comment, None)), "needs an rdfs:comment"),
    "OwnPropertyShape": (lambda g: g.remove((WSIS.tier, RDFS.range, None)), "one rdfs:range"),
    "DeclaredTermsShape": (lambda g: g.add((HLE, WSIS.madeUpProperty, ITU)), "madeUpProperty"),
    "OntologyShape": (lambda g: g.remove((ONTOLOGY, OWL.versionInfo, None)), "owl:versionInfo"),
    "DatasetShape": (lambda g: g.remove((DATASET, SCHEMA.version, None)), "schema:version"),
    "ToolShape": (lambda g: g.remove((ID["tool/wsis-graph"], SCHEMA.softwareVersion, None)), "schema:softwareVersion"),
    "NoBlankNodesShape": (lambda g: g.add((HLE, SCHEMA.about, BNode())), "holds a blank node"),
    "TypedNodesAreNamedShape": (lambda g: g.add((BNode(), RDF.type, SCHEMA.Event)), "typed node is a blank node"),
}


def test_sample_graph_conforms(good):
    outcome = validate(good)
    assert outcome.conforms, outcome.text
    assert outcome.results == []
    assert outcome.text.startswith("Conforms: True")


def test_every_targeted_shape_has_a_case():
    shapes = load_shapes()
    targeted = {str(s)[len(WSH):] for p in TARGETS for s in shapes.subjects(p, None)
                if isinstance(s, URIRef) and str(s).startswith(WSH)}
    assert targeted == set(CASES)


@pytest.mark.parametrize("shape", sorted(CASES))
def test_shape_fires_on_broken_graph(good, shape):
    breaker, message = CASES[shape]
    broken = Graph()
    broken += good
    breaker(broken)
    outcome = validate(broken, shapes=only(shape))
    assert not outcome.conforms
    fired = [r for r in outcome.results if r["shape"] and r["shape"].startswith(WSH + shape)]
    assert fired, outcome.text
    assert any(message in (r["message"] or "") for r in fired), outcome.text


def test_quote_check_catches_a_wrong_offset_in_full_validation(good):
    broken = Graph()
    broken += good
    _shift_offsets(broken)
    outcome = validate(broken)
    assert not outcome.conforms
    quote = [r for r in outcome.results if r["shape"] == WSH + "QuoteMatchesSourceShape"]
    assert [(r["focus"], r["value"]) for r in quote] == [(str(SOURCE), str(evidence_of(good, SPONSORSHIP)))]
    assert "白金合作伙伴:马来西亚" in quote[0]["message"]
    assert "QuoteMatchesSourceShape" in outcome.text


def test_datetime_without_offset_fails_and_with_offset_passes(good):
    session = fact("session/wsis-20-hle-2025/wsis-20-consultation-1")
    for value, ok in (("2025-07-09T16:45:00", False), ("2025-07-09T16:45:00Z", True),
                      ("2025-07-09T16:45:00+02:00", True)):
        g = Graph()
        g += good
        replace_value(g, session, SCHEMA.startDate, Literal(value, datatype=XSD.dateTime))
        outcome = validate(g, shapes=only("SessionListingShape"))
        assert outcome.conforms is ok, (value, outcome.text)


def test_an_event_duration_without_its_duration_fails(good):
    """A length that lost its value, or holds a second one, is no event duration."""
    for change in (lambda g: g.remove((DURATION, SCHEMA.duration, None)),
                   lambda g: g.add((DURATION, SCHEMA.duration, Literal("P4D", datatype=XSD.duration)))):
        g = Graph()
        g += good
        change(g)
        outcome = validate(g, shapes=only("EventDurationShape"))
        assert not outcome.conforms
        assert any("exactly one schema:duration" in (r["message"] or "") for r in outcome.results), outcome.text


def test_an_event_s_duration_must_be_an_xsd_duration(good):
    g = Graph()
    g += good
    replace_value(g, HLE, SCHEMA.duration, Literal("五天"))
    outcome = validate(g, shapes=only("EventShape"))
    assert not outcome.conforms
    assert any("schema:duration must be an xsd:duration" in (r["message"] or "") for r in outcome.results)


def test_validate_accepts_a_dataset_and_checks_across_graphs():
    ds = to_dataset(sample.make_resolution(), tool_version="0.1.0").dataset
    # the concept scheme lives in the ontology graph, the fact in the document graph
    outcome = validate(ds)
    assert outcome.conforms, outcome.text


def test_result_records_name_property_shapes_by_parent_and_path(good):
    g = Graph()
    g += good
    g.remove((SPONSORSHIP, WSIS.rule, None))
    outcome = validate(g, shapes=only("FactShape"))
    assert [r["shape"] for r in outcome.results] == [WSH + "FactShape/wsis:rule"]
    assert outcome.results[0]["focus"] == str(SPONSORSHIP)
    assert outcome.results[0]["component"] == "MinCountConstraintComponent"


def test_concept_without_english_label_is_only_a_warning(good):
    g = Graph()
    g += good
    g.remove((WSIS.PlatinumPartner, SKOS.prefLabel, Literal("Platinum Partner", lang="en")))
    outcome = validate(g, shapes=only("ConceptShape"))
    assert outcome.conforms
    assert [(r["severity"], r["focus"]) for r in outcome.results] == [("Warning", str(WSIS.PlatinumPartner))]


GENERIC = {"TypedNodesAreNamedShape", "NoBlankNodesShape", "DeclaredTermsShape"}


def test_every_typed_node_is_checked_by_a_class_shape(good):
    """Each node with a type meets at least one shape chosen for one of its classes (or a
    superclass), beyond the generic graph-wide checks."""
    shapes = load_shapes()
    classes = {o for s, o in shapes.subject_objects(SH.targetClass) if str(s)[len(WSH):] not in GENERIC}
    unchecked = []
    for node in set(good.subjects(RDF.type, None)):
        types = set(good.objects(node, RDF.type))
        closure = set(types)
        for t in types:
            closure |= set(good.transitive_objects(t, RDFS.subClassOf))
        property_targeted = any((node, p, None) in good for p in shapes.objects(None, SH.targetSubjectsOf)
                                if p != RDF.type)
        if not closure & classes and not property_targeted:
            unchecked.append((node, sorted(types)))
    # the ontology's own property declarations are checked by OwnTermShape via owl:* types;
    # rdf:Property-only or rdfs:Class-only nodes would show up here
    assert unchecked == []
