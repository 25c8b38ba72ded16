"""The network says what the graph says: who co-hosted, sponsored at which tier, chaired, holds
which post, chairs which body; every edge carries the quotes of its fact."""

from __future__ import annotations

from collections import Counter

from network_support import EVENT, ID, SOURCE_TEXT, UNGIS, edges, en, fixture_graph, fixture_network
from rdflib import Graph, URIRef
from rdflib.namespace import RDF

from wsis_graph.network.derive import derive_network


def test_node_types_and_labels():
    net = fixture_network()
    assert Counter(d["type"] for _, d in net.nodes(data=True)) == {
        "organisation": 10, "country": 12, "person": 4, "event": 2, "session": 3}
    itu = net.nodes[ID + "org/itu"]
    assert (itu["label_zh"], itu["label_en"]) == ("国际电信联盟", "International Telecommunication Union")
    assert "ITU" in itu["alt_labels"]
    assert ID + "place/palexpo" not in net  # places are not stakeholders
    assert not any(n.startswith(ID + "fact/") for n in net)  # fact nodes become edges, not nodes


def test_sponsors_are_linked_to_the_event_with_their_tiers():
    net = fixture_network()
    sponsors = {(en(net, u), d["tier_label"]) for u, v, d in edges(net, "sponsors") if v == EVENT}
    assert sponsors == {
        ("United Arab Emirates", "WSIS Long-Term Partner"), ("Malaysia", "Platinum Partner"),
        ("Saudi Arabia", "Gold Partner"), ("South Africa", "Gold Partner"), ("Japan", "Silver Partner"),
        ("Internet Corporation for Assigned Names and Numbers", "Contributing Partner"),
        ("Internet Society", "Contributing Partner"), ("Rwanda", "Supporting Partner"),
        ("United Kingdom", "Supporting Partner")}
    malaysia = [d for u, _, d in edges(net, "sponsors") if u == ID + "country/MY"][0]
    assert malaysia["quotes"] == ["白金合作伙伴:马来西亚"]
    assert (malaysia["label"], malaysia["label_zh"]) == ("sponsors (Platinum Partner)", "赞助(白金合作伙伴)")


def test_chair_keynote_and_co_facilitators_are_linked_to_their_event():
    net = fixture_network()
    chairs = [(u, v, d) for u, v, d in edges(net, "chairs")]
    assert [(en(net, u), v) for u, v, _ in chairs] == [("Solly Malatsi", EVENT)]
    assert chairs[0][2]["quotes"] == ["本次活动由南非通信和数字技术部长索利·马拉西先生阁下主持",
                                      "WSIS+20 主席、南非通信部长索利·马拉西 (Solly Malatsi)"]
    assert [(en(net, u), v) for u, v, _ in edges(net, "gives_keynote")] == [("Alar Karis", EVENT)]
    review = ID + "event/unga-wsis-20-review-2025"
    assert sorted((en(net, u), v) for u, v, _ in edges(net, "co_facilitates")) == [
        ("Ekitela Lokaale", review), ("Suela Janina", review)]


def test_each_person_is_linked_to_the_body_of_their_post():
    net = fixture_network()
    posts = {(en(net, u), en(net, v), d["title_en"]) for u, v, d in edges(net, "holds_post_in")}
    assert posts == {
        ("Solly Malatsi", "South Africa", "Minister of Communications and Digital Technologies"),
        ("Alar Karis", "Estonia", "President"),
        ("Ekitela Lokaale", "Kenya", "Permanent Representative to the United Nations"),
        ("Suela Janina", "Albania", "Permanent Representative to the United Nations")}
    for person, data in net.nodes(data=True):
        if data["type"] == "person":
            linked = {v for u, v, d in edges(net, "holds_post_in") if u == person}
            assert {p["organisation"] for p in data["posts"]} == linked
    assert net.nodes[ID + "person/solly-malatsi"]["posts"][0]["title_zh"] == "通信和数字技术部长"


def test_ungis_chair_and_vice_chairs_are_linked_to_ungis():
    net = fixture_network()
    roles = {(en(net, u), d["role"]) for u, v, d in edges(net, "chairs_body") if v == UNGIS}
    assert roles == {
        ("United Nations Conference on Trade and Development", "chair"),
        ("International Telecommunication Union", "vice-chair"),
        ("United Nations Development Programme", "vice-chair"),
        ("United Nations Educational, Scientific and Cultural Organization", "vice-chair"),
        ("Economic and Social Commission for Western Asia", "vice-chair")}
    unctad = [d for u, v, d in edges(net, "chairs_body") if u == ID + "org/unctad"][0]
    assert (unctad["start_date"], unctad["end_date"]) == ("2025", "2026")


def test_hosts_organisers_sessions_and_countries():
    net = fixture_network()
    pairs = lambda rel: sorted((en(net, u), en(net, v)) for u, v, _ in edges(net, rel))  # noqa: E731
    event = "WSIS+20 High-Level Event 2025"
    assert pairs("co_hosts") == [("International Telecommunication Union", event), ("Switzerland", event)]
    assert len(pairs("co_organises")) == 4
    assert pairs("organises_session") == [
        ("Inter-Parliamentary Union", "High-level dialogue on the role of parliaments"),
        ("International Telecommunication Union", "High-level dialogue on the role of parliaments"),
        ("Permanent Mission of India", "Yoga and mindfulness session")]
    assert [s for s, e in pairs("part_of")] == ["High-level dialogue on the role of parliaments",
                                                 "Keynote by the President of Estonia",
                                                 "Yoga and mindfulness session"]
    assert ("Permanent Mission of India", "India") in pairs("from_country")
    assert ("Solly Malatsi", "South Africa") in pairs("from_country")
    # relations other than part-of (succeeded, feeds into) are not stakeholder edges
    assert not net.has_edge(ID + "org/unctad", ID + "org/unesco")


def test_every_fact_edge_keeps_quotes_found_in_the_source():
    net = fixture_network()
    for u, v, d in net.edges(data=True):
        if d["relation"] == "from_country":
            continue  # an entity property, not a fact node
        assert d["quotes"] and d["facts"], (u, v, d["relation"])
        for quote in d["quotes"]:
            assert quote in SOURCE_TEXT


def test_repeated_fact_is_one_edge_with_both_quotes():
    graph = fixture_graph()
    copy = Graph()
    for triple in graph.triples((None, None, None)):
        copy.add(triple)
    fact = URIRef(ID + "fact/wsis-hle-2025-outcomes.zh/sponsorship/my")
    twin = URIRef(str(fact) + "-again")
    for p, o in graph.predicate_objects(fact):
        copy.add((twin, p, o))
    copy.add((twin, URIRef("http://www.w3.org/ns/prov#wasDerivedFrom"),
              URIRef(ID + "evidence/wsis-hle-2025-outcomes.zh/11-27")))
    net = derive_network(copy)
    malaysia = [d for u, _, d in edges(net, "sponsors") if u == ID + "country/MY"]
    assert len(malaysia) == 1
    assert malaysia[0]["facts"] == sorted([str(fact), str(twin)])
    assert len(malaysia[0]["quotes"]) == 2


def test_unknown_role_is_kept_as_has_role():
    graph = fixture_graph()
    copy = Graph()
    for triple in graph.triples((None, None, None)):
        copy.add(triple)
    wsis = "https://w3id.org/wsis-graph/ontology#"
    fact = URIRef(ID + "fact/x/role/moderator")
    copy.add((fact, RDF.type, URIRef(wsis + "RoleAssignment")))
    copy.add((fact, URIRef(wsis + "agent"), URIRef(ID + "person/alar-karis")))
    copy.add((fact, URIRef(wsis + "role"), URIRef(wsis + "Moderator")))
    copy.add((fact, URIRef(wsis + "context"), URIRef(ID + "session/yoga-mindfulness")))
    net = derive_network(copy)
    assert [(u, d["label"]) for u, v, d in edges(net, "has_role")] == [
        (ID + "person/alar-karis", "has role: Moderator")]


def test_source_publishers_are_not_stakeholders():
    graph = Graph()
    for triple in fixture_graph().triples((None, None, None)):
        graph.add(triple)
    publisher = URIRef(ID + "agent/itu")
    graph.add((publisher, RDF.type, URIRef("https://schema.org/Organization")))
    graph.add((publisher, RDF.type, URIRef("http://www.w3.org/ns/prov#Agent")))
    assert publisher not in derive_network(graph)
