"""map: the RDF each fact kind becomes, the derived triples, entities, concepts, the build
description, and the facts set aside (each with its reason)."""

from __future__ import annotations

from dataclasses import replace

import pytest
from rdflib import BNode, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, PROV, RDF, RDFS, SKOS, VOID

from helpers import map_sample
from wsis_graph.map import to_dataset
from wsis_graph.map.namespaces import GRAPH_DATASET, GRAPH_ENTITIES, GRAPH_ONTOLOGY, ID, OA, ORG, SCHEMA, WSIS
from wsis_graph.model import Span
from wsis_graph.resolve.model import Literal as RLiteral

XSD = Namespace("http://www.w3.org/2001/XMLSchema#")  # plain: pytest probes module attributes


sample = map_sample()
HLE = URIRef(ID + "event/wsis-20-hle-2025")
DOC_GRAPH = URIRef(ID + "graph/sample.zh")
SOURCE = URIRef(ID + "source/sample.zh")


def fact(key: str) -> URIRef:
    return URIRef(f"{ID}fact/sample.zh/{key}")


@pytest.fixture(scope="module")
def result():
    return to_dataset(sample.make_resolution(), tool_version="9.9.9")


@pytest.fixture(scope="module")
def ds(result):
    return result.dataset


@pytest.fixture(scope="module")
def doc(ds):
    return ds.graph(DOC_GRAPH)


@pytest.fixture(scope="module")
def ents(ds):
    return ds.graph(GRAPH_ENTITIES)


def test_nothing_rejected_and_graph_layout(result, ds):
    assert result.rejected == []
    names = {g.identifier for g in ds.graphs() if len(g)}
    assert names == {DOC_GRAPH, GRAPH_ENTITIES, GRAPH_ONTOLOGY, GRAPH_DATASET}


def test_no_blank_nodes_anywhere(ds):
    for quad in ds.quads((None, None, None, None)):
        assert not any(isinstance(t, BNode) for t in quad[:3]), quad


def test_every_fact_has_rule_document_and_evidence(doc):
    facts = set(doc.subjects(RDF.type, WSIS.Fact))
    assert len(facts) == len(sample.facts())
    for node in facts:
        assert doc.value(node, WSIS.rule).startswith("test.")
        assert doc.value(node, WSIS.document) == SOURCE
        assert list(doc.objects(node, PROV.wasDerivedFrom))


def test_evidence_is_a_web_annotation_with_named_selectors(doc):
    node = fact("sponsorship/wsis-20-hle-2025/my")
    span = sample.span("白金合作伙伴:马来西亚")
    ev = doc.value(node, PROV.wasDerivedFrom)
    assert ev == URIRef(f"{ID}evidence/sample.zh/{span.start}-{span.end}")
    assert (ev, RDF.type, OA.SpecificResource) in doc
    assert doc.value(ev, OA.hasSource) == SOURCE
    pos, quote = URIRef(ev + "#position"), URIRef(ev + "#quote")
    assert set(doc.objects(ev, OA.hasSelector)) == {pos, quote}
    assert doc.value(pos, OA.start).toPython() == span.start
    assert doc.value(pos, OA.end).toPython() == span.end
    assert str(doc.value(quote, OA.exact)) == "白金合作伙伴:马来西亚"


def test_source_node_carries_text_checksum_and_provenance(doc):
    document = sample.document()
    assert str(doc.value(SOURCE, SCHEMA.text)) == document.text
    assert str(doc.value(SOURCE, SCHEMA.sha256)) == document.sha256
    assert str(doc.value(SOURCE, SCHEMA.url)) == "https://example.org/wsis/outcomes"
    assert str(doc.value(SOURCE, SCHEMA.copyrightNotice)).startswith("© ITU")
    assert str(doc.value(SOURCE, SCHEMA.creditText)).startswith("Source: ITU")
    publisher = doc.value(SOURCE, SCHEMA.publisher)
    assert doc.value(publisher, SCHEMA.name) == Literal("International Telecommunication Union (ITU)", lang="en")


def test_dataset_description(ds):
    g = ds.graph(GRAPH_DATASET)
    dataset = ID["dataset"]
    assert (dataset, RDF.type, VOID.Dataset) in g
    assert str(g.value(dataset, SCHEMA.version)) == "9.9.9"
    tool = g.value(dataset, PROV.wasAttributedTo)
    assert str(g.value(tool, SCHEMA.softwareVersion)) == "9.9.9"
    assert set(g.objects(dataset, DCTERMS.source)) == {SOURCE}
    assert DOC_GRAPH in set(g.objects(dataset, DCTERMS.hasPart))


def test_event_time(doc):
    node = fact("event-time/wsis-20-hle-2025")
    assert (node, RDF.type, WSIS.EventTiming) in doc
    assert doc.value(node, WSIS.event) == HLE
    assert doc.value(node, SCHEMA.startDate) == Literal("2025-07-07", datatype=XSD.date)
    assert doc.value(node, SCHEMA.endDate) == Literal("2025-07-11", datatype=XSD.date)
    # derived
    assert doc.value(HLE, SCHEMA.startDate) == Literal("2025-07-07", datatype=XSD.date)
    assert doc.value(HLE, SCHEMA.endDate) == Literal("2025-07-11", datatype=XSD.date)


def test_event_place(doc):
    node = fact("event-place/wsis-20-hle-2025")
    assert (node, RDF.type, WSIS.EventLocation) in doc
    assert doc.value(node, SCHEMA.location) == ID["place/palexpo"]
    assert (HLE, SCHEMA.location, ID["place/palexpo"]) in doc


def test_event_duration(doc):
    """为期五天: the length is the event's own schema:duration, beside its dates and place."""
    node = fact("event-duration/wsis-20-hle-2025/p5d")
    assert (node, RDF.type, WSIS.EventDuration) in doc
    assert doc.value(node, WSIS.event) == HLE
    assert doc.value(node, SCHEMA.duration) == Literal("P5D", datatype=XSD.duration)
    assert doc.value(HLE, SCHEMA.duration) == Literal("P5D", datatype=XSD.duration)


def test_relations_and_their_derived_properties(doc):
    held = fact("relation/wsis-20-hle-2025/held-with/ai-for-good-2025")
    assert (held, RDF.type, WSIS.Relationship) in doc
    assert doc.value(held, WSIS.relation) == WSIS.HeldWith
    assert (HLE, WSIS.heldWith, ID["event/ai-for-good-2025"]) in doc
    assert (ID["org/unctad"], WSIS.succeeded, ID["org/unesco"]) in doc


def test_roles_and_their_derived_properties(doc):
    cohost = fact("role/wsis-20-hle-2025/co-host/ch")
    assert (cohost, RDF.type, WSIS.RoleAssignment) in doc
    assert doc.value(cohost, WSIS.agent) == ID["country/CH"]
    assert doc.value(cohost, WSIS.context) == HLE
    assert set(doc.objects(HLE, SCHEMA.organizer)) == {ID["country/CH"], ID["org/itu"]}
    assert doc.value(HLE, WSIS.chair) == ID["person/solly-malatsi"]
    assert doc.value(HLE, WSIS.keynoteSpeaker) == ID["person/a-la-er-ka-li-si"]
    # a role with no dedicated property: wsis:hasRoleHolder, dates as precise as the text
    ungis = fact("role/ungis/chair-country/unctad")
    assert (ID["org/ungis"], WSIS.hasRoleHolder, ID["org/unctad"]) in doc
    assert doc.value(ungis, SCHEMA.startDate) == Literal("2025", datatype=XSD.gYear)
    assert doc.value(ungis, SCHEMA.endDate) == Literal("2026", datatype=XSD.gYear)


def test_post_is_an_org_membership(doc):
    node = fact("post/solly-malatsi/za/minister")
    assert {(node, RDF.type, ORG.Membership), (node, RDF.type, WSIS.Fact)} <= set(doc)
    assert doc.value(node, ORG.member) == ID["person/solly-malatsi"]
    assert doc.value(node, ORG.organization) == ID["country/ZA"]
    assert doc.value(node, ORG.role) == WSIS.Minister
    assert set(doc.objects(node, RDFS.label)) == {
        Literal("通信和数字技术部长", lang="zh"),
        Literal("Minister of Communications and Digital Technologies", lang="en")}
    person = ID["person/solly-malatsi"]
    assert Literal("通信和数字技术部长", lang="zh") in set(doc.objects(person, SCHEMA.jobTitle))
    assert doc.value(person, SCHEMA.affiliation) == ID["country/ZA"]


def test_sponsorship(doc):
    node = fact("sponsorship/wsis-20-hle-2025/my")
    assert doc.value(node, WSIS.sponsor) == ID["country/MY"]
    assert doc.value(node, WSIS.tier) == WSIS.PlatinumPartner
    assert (HLE, SCHEMA.sponsor, ID["country/MY"]) in doc


def test_statistic_is_an_observation_with_typed_value(doc, ds):
    node = fact("statistic/wsis-20-hle-2025/onsite-participants")
    assert (node, RDF.type, WSIS.Statistic) in doc
    assert doc.value(node, SCHEMA.observationAbout) == HLE
    assert doc.value(node, SCHEMA.value) == Literal("11000", datatype=XSD.integer)
    assert doc.value(node, WSIS.qualifier) == WSIS.MoreThan
    assert doc.value(node, WSIS.unit) == WSIS.Count
    share = fact("statistic/wsis-20-hle-2025/women-share")
    assert doc.value(share, SCHEMA.value) == Literal("44", datatype=XSD.decimal)
    assert (WSIS.Statistic, RDFS.subClassOf, SCHEMA.Observation) in ds.graph(GRAPH_ONTOLOGY)


def test_session_listing_and_derived(doc):
    node = fact("session/wsis-20-hle-2025/wsis-20-consultation-1")
    session = ID["session/wsis-20-consultation-1"]
    start = Literal("2025-07-09T16:45:00+02:00", datatype=XSD.dateTime)
    assert doc.value(node, WSIS.sessionType) == WSIS.Consultation
    assert doc.value(node, SCHEMA.startDate) == start
    assert (session, SCHEMA.superEvent, HLE) in doc
    assert (HLE, SCHEMA.subEvent, session) in doc
    assert (session, WSIS.sessionType, WSIS.Consultation) in doc
    assert doc.value(session, SCHEMA.startDate) == start


def test_topic(doc):
    node = fact("topic/regulators-roundtable/c6")
    assert doc.value(node, WSIS.topic) == WSIS.C6
    assert doc.value(node, WSIS.topicKind) == WSIS.ActionLineMention
    assert (ID["session/regulators-roundtable"], SCHEMA.about, WSIS.C6) in doc


def test_entity_types_follow_the_country_as_agent_pattern(ents):
    ch = ID["country/CH"]
    assert set(ents.objects(ch, RDF.type)) == {SCHEMA.Country, SCHEMA.GovernmentOrganization, ORG.Organization}
    assert set(ents.objects(ID["org/itu"], RDF.type)) == {SCHEMA.Organization, ORG.Organization}
    assert set(ents.objects(ID["person/solly-malatsi"], RDF.type)) == {SCHEMA.Person}
    assert set(ents.objects(ID["session/wsis-20-consultation-1"], RDF.type)) == {SCHEMA.Event}
    assert str(ents.value(ch, SCHEMA.identifier)) == "CH"


def test_entity_labels_once_per_language_and_alt_labels(ents):
    itu = ID["org/itu"]
    for prop in (RDFS.label, SKOS.prefLabel, SCHEMA.name):
        assert set(ents.objects(itu, prop)) == {Literal("国际电信联盟", lang="zh"),
                                                 Literal("International Telecommunication Union", lang="en")}
    # the acronym and the alt label "ITU" are one altLabel, tagged @en
    assert set(ents.objects(itu, SKOS.altLabel)) == {Literal("国际电联", lang="zh"), Literal("ITU", lang="en")}
    karis = ID["person/a-la-er-ka-li-si"]
    assert set(ents.objects(karis, RDFS.label)) == {Literal("阿拉尔·卡里斯", lang="zh")}
    assert ents.value(karis, WSIS.linked) == Literal(False)


def test_latin_names_are_tagged_english():
    res = sample.make_resolution()
    iri = sample.ID + "org/afnic"
    res.entities[iri] = sample._e("org/afnic", "Organization", "Afnic", None, {"zh": ["AFNIC", "法国网络信息中心"]})
    g = to_dataset(res, tool_version="0").dataset.graph(GRAPH_ENTITIES)
    node = URIRef(iri)
    assert set(g.objects(node, SKOS.prefLabel)) == {Literal("Afnic", lang="en")}
    assert set(g.objects(node, SKOS.altLabel)) == {Literal("AFNIC", lang="en"), Literal("法国网络信息中心", lang="zh")}


def test_entity_knowledge_places_countries_honorifics(ents):
    assert (ID["place/palexpo"], SCHEMA.containedInPlace, ID["place/geneva"]) in ents
    assert set(ents.objects(ID["place/palexpo"], RDF.type)) == {SCHEMA.Place, SCHEMA.EventVenue}
    assert set(ents.objects(ID["place/geneva"], RDF.type)) == {SCHEMA.Place, SCHEMA.City}
    assert (ID["org/itu-now"], ORG.subOrganizationOf, ID["org/itu"]) in ents
    roundtable = ID["session/regulators-roundtable"]
    assert (roundtable, RDF.type, SCHEMA.EventSeries) in ents
    assert (roundtable, WSIS.sessionType, WSIS.Roundtable) in ents
    assert (ID["place/geneva"], SCHEMA.containedInPlace, ID["country/CH"]) in ents
    person = ID["person/solly-malatsi"]
    assert (person, WSIS.country, ID["country/ZA"]) in ents
    assert (person, SCHEMA.nationality, ID["country/ZA"]) in ents
    assert set(ents.objects(person, WSIS.honorific)) == {WSIS.HE, WSIS.Mr}
    # the lexicon's order puts the style before the title
    assert ents.value(person, SCHEMA.honorificPrefix) == Literal("H.E. Mr", lang="en")


def test_concept_schemes_in_the_ontology_graph(ds):
    onto = ds.graph(GRAPH_ONTOLOGY)
    assert (WSIS.PlatinumPartner, SKOS.inScheme, WSIS.SponsorTiers) in onto
    assert set(onto.objects(WSIS.PlatinumPartner, SKOS.prefLabel)) == {
        Literal("Platinum Partner", lang="en"), Literal("白金合作伙伴", lang="zh")}
    assert (WSIS.SponsorTiers, RDF.type, SKOS.ConceptScheme) in onto
    assert onto.value(WSIS.CoHost, WSIS.impliesProperty) == SCHEMA.organizer
    assert onto.value(WSIS.Chair, WSIS.impliesProperty) == WSIS.chair
    assert onto.value(WSIS.ChairCountry, WSIS.impliesProperty) == WSIS.hasRoleHolder
    assert onto.value(WSIS.Succeeded, WSIS.impliesProperty) == WSIS.succeeded
    # the ontology file itself is loaded
    assert (URIRef("https://w3id.org/wsis-graph/ontology"), RDF.type, URIRef("http://www.w3.org/2002/07/owl#Ontology")) in onto


def test_clock_time_without_seconds_gets_them():
    res = sample.make_resolution()
    f = next(f for f in res.facts if f.kind == "session")
    f.args["start"] = RLiteral("2025-07-09T16:45+02:00", "xsd:dateTime")
    out = to_dataset(res, tool_version="0")
    node = fact(f.key)
    assert out.dataset.graph(DOC_GRAPH).value(node, SCHEMA.startDate) == \
        Literal("2025-07-09T16:45:00+02:00", datatype=XSD.dateTime)


def test_duplicate_fact_merges_spans():
    res = sample.make_resolution()
    f = next(f for f in res.facts if f.kind == "statistic")
    res.facts.append(replace(f, spans=[sample.span("11,000多名")]))
    out = to_dataset(res, tool_version="0")
    assert out.rejected == []
    assert len(set(out.dataset.graph(DOC_GRAPH).objects(fact(f.key), PROV.wasDerivedFrom))) == 2


def _break(kind: str, change) -> tuple:
    res = sample.make_resolution()
    f = next(f for f in res.facts if f.kind == kind)
    change(f, res)
    out = to_dataset(res, tool_version="0")
    return out, f


BROKEN = {
    "unknown entity": ("sponsorship", lambda f, r: f.args.update(sponsor=sample.ID + "org/nobody"),
                       "is not a resolved entity"),
    "wrong entity kind": ("sponsorship", lambda f, r: f.args.update(sponsor=sample.ID + "place/geneva"),
                          "is a Place, expected"),
    "concept from the wrong scheme": ("sponsorship", lambda f, r: f.args.update(tier="wsis:Chair"),
                                      "expected wsis:SponsorTiers"),
    "unknown concept": ("statistic", lambda f, r: f.args.update(unit="wsis:Furlong"), "is not a known concept"),
    "missing argument": ("role", lambda f, r: f.args.pop("context"), "'context' is missing"),
    "dateTime without offset": ("session", lambda f, r: f.args.update(
        start=RLiteral("2025-07-09T16:45:00", "xsd:dateTime")), "has no UTC offset"),
    "impossible date": ("event-time", lambda f, r: f.args.update(start=RLiteral("2025-02-30", "xsd:date")),
                        "is not a calendar date"),
    "value not a number": ("statistic", lambda f, r: f.args.update(value=RLiteral("many", "xsd:integer")),
                           "is not a valid xsd:integer"),
    "value with a date type": ("statistic", lambda f, r: f.args.update(value=RLiteral("2025", "xsd:gYear")),
                               "datatype xsd:gYear is not one of"),
    "duration not in ISO 8601": ("event-duration", lambda f, r: f.args.update(duration=RLiteral("5天", "xsd:duration")),
                                 "is not a valid xsd:duration"),
    "duration with a number type": ("event-duration", lambda f, r: f.args.update(duration=RLiteral("5", "xsd:integer")),
                                    "datatype xsd:integer is not one of"),
    "end before start": ("event-time", lambda f, r: f.args.update(end=RLiteral("2025-07-01", "xsd:date")),
                         "is before start"),
    "quote differs from text": ("topic", lambda f, r: f.spans.__setitem__(0, Span(0, 3, "不一样")),
                                "differs from the text"),
    "span outside the text": ("topic", lambda f, r: f.spans.__setitem__(0, Span(9000, 9003, "abc")),
                              "is outside document"),
    "no evidence": ("topic", lambda f, r: f.spans.clear(), "no evidence span"),
    "unknown document": ("topic", lambda f, r: setattr(f, "document", "nowhere"), "was not read"),
    "unknown kind": ("topic", lambda f, r: setattr(f, "kind", "rumour"), "unknown fact kind"),
}


@pytest.mark.parametrize("case", sorted(BROKEN))
def test_unmappable_facts_are_rejected_with_reason(case):
    kind, change, reason = BROKEN[case]
    out, f = _break(kind, change)
    assert len(out.rejected) == 1, out.rejected
    record = out.rejected[0]
    assert reason in record["reason"]
    assert record["key"] == f.key
    assert (fact(f.key), None, None) not in out.dataset.graph(DOC_GRAPH)


def test_duplicate_key_with_other_content_is_rejected():
    res = sample.make_resolution()
    f = next(f for f in res.facts if f.kind == "sponsorship")
    res.facts.append(replace(f, args=dict(f.args, tier="wsis:PlatinumPartner", sponsor=sample.ID + "country/ZA")))
    out = to_dataset(res, tool_version="0")
    assert [r["reason"] for r in out.rejected] == [f"key {f.key!r} is already used by another fact in 'sample.zh'"]
    assert out.dataset.graph(DOC_GRAPH).value(fact(f.key), WSIS.sponsor) == ID["country/MY"]


def test_two_documents_get_their_own_graphs_sources_and_fact_iris():
    from dataclasses import replace as dc_replace

    res = sample.make_resolution()
    second = dc_replace(res.documents[0], id="sample-2.zh")
    res.documents.append(second)
    first_fact = next(f for f in res.facts if f.kind == "sponsorship")
    res.facts.append(dc_replace(first_fact, document="sample-2.zh"))
    out = to_dataset(res, tool_version="0")
    assert out.rejected == []
    g2 = out.dataset.graph(URIRef(ID + "graph/sample-2.zh"))
    node = URIRef(f"{ID}fact/sample-2.zh/{first_fact.key}")
    assert g2.value(node, WSIS.document) == URIRef(ID + "source/sample-2.zh")
    assert (node, None, None) not in out.dataset.graph(DOC_GRAPH)
    assert str(g2.value(g2.value(node, PROV.wasDerivedFrom), OA.hasSource)).endswith("source/sample-2.zh")
    meta = out.dataset.graph(GRAPH_DATASET)
    assert len(set(meta.objects(ID["dataset"], DCTERMS.source))) == 2


def test_full_iris_and_odd_keys_are_accepted():
    res = sample.make_resolution()
    f = next(f for f in res.facts if f.kind == "event-time")
    f.args["start"] = RLiteral("2025-07-07", "http://www.w3.org/2001/XMLSchema#date")
    f.args["event"] = sample.ID + "event/wsis-20-hle-2025"
    f.key = "event-time/活动 2025"
    out = to_dataset(res, tool_version="0")
    assert out.rejected == []
    node = URIRef(f"{ID}fact/sample.zh/event-time/%E6%B4%BB%E5%8A%A8%202025")
    assert out.dataset.graph(DOC_GRAPH).value(node, SCHEMA.startDate) == Literal("2025-07-07", datatype=XSD.date)


def test_an_entity_with_an_unusable_iri_is_set_aside_with_its_facts():
    res = sample.make_resolution()
    res.entities["MY"] = sample._e("x", "Country", "马来西亚", "Malaysia")
    res.entities["MY"].iri = "MY"
    f = next(f for f in res.facts if f.kind == "sponsorship")
    f.args["sponsor"] = "MY"
    out = to_dataset(res, tool_version="0")
    reasons = {(r["kind"], r["key"]): r["reason"] for r in out.rejected}
    assert reasons == {("entity", "MY"): "not an IRI or known CURIE: 'MY'",
                       ("sponsorship", f.key): "not an IRI or known CURIE: 'MY'"}


def test_a_latin_zh_label_beside_an_english_one_becomes_an_english_alt_label():
    res = sample.make_resolution()
    iri = sample.ID + "org/isoc"
    res.entities[iri] = sample._e("org/isoc", "Organization", "ISOC", "Internet Society")
    g = to_dataset(res, tool_version="0").dataset.graph(GRAPH_ENTITIES)
    node = URIRef(iri)
    assert set(g.objects(node, SKOS.prefLabel)) == {Literal("Internet Society", lang="en")}
    assert set(g.objects(node, SKOS.altLabel)) == {Literal("ISOC", lang="en")}


def test_the_dataset_graph_says_what_each_named_graph_holds(ds):
    g = ds.graph(GRAPH_DATASET)
    for name in (DOC_GRAPH, GRAPH_ENTITIES, GRAPH_ONTOLOGY, GRAPH_DATASET):
        assert g.value(name, DCTERMS.description) is not None, name
    assert g.value(DOC_GRAPH, DCTERMS.source) == SOURCE
