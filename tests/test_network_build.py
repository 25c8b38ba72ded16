"""The network of a real build of data/sources: what the report says about its stakeholders."""

from __future__ import annotations

import networkx as nx
from network_support import EVENT, ID, SOURCE_TEXT, UNGIS, edges, en, real_build_file, real_network

from wsis_graph.network import write_network

REVIEW = ID + "event/wsis-20-review"


def by_tier(net):
    tiers: dict[str, set[str]] = {}
    for u, v, d in edges(net, "sponsors"):
        assert v == EVENT
        tiers.setdefault(d["tier_label"], set()).add(en(net, u))
    return tiers


def test_sponsors_of_the_high_level_event_by_tier():
    assert by_tier(real_network()) == {
        "Long-term Partner": {"United Arab Emirates"},
        "Platinum Partner": {"Malaysia"},
        "Gold Partner": {"Saudi Arabia", "South Africa"},
        "Silver Partner": {"Japan"},
        "Contributing Partner": {"China Academy of Information and Communications Technology", "EY",
                                 "Internet Corporation for Assigned Names and Numbers", "IEEE",
                                 "Internet Society", "TakingITGlobal"},
        "Supporting Partner": {"Rwanda", "United Kingdom", "Wallonia-Brussels Delegation in Geneva", "Afnic",
                               "International Federation for Information Processing",
                               "ICNM - World Summit Awards"},
    }


def test_hosts_chair_keynote_and_co_facilitators():
    net = real_network()
    pairs = lambda rel: sorted((en(net, u), v) for u, v, _ in edges(net, rel))  # noqa: E731
    assert pairs("co_hosts") == [("International Telecommunication Union", EVENT), ("Switzerland", EVENT)]
    assert {u for u, v in pairs("co_organises") if v == EVENT} == {
        "International Telecommunication Union", "United Nations Educational, Scientific and Cultural Organization",
        "United Nations Development Programme", "United Nations Conference on Trade and Development"}
    sole = [d for u, v, d in edges(net, "co_organises") if v == REVIEW]  # the UN General Assembly alone
    assert [(d["label"], d["label_zh"]) for d in sole] == [("organises", "承办")]
    assert pairs("chairs") == [("Solly Malatsi", EVENT)]
    assert pairs("gives_keynote") == [("Alar Karis", EVENT)]
    assert pairs("co_facilitates") == [("Ekitela Lokaale", REVIEW), ("Suela Janina", REVIEW)]


def test_people_hold_posts_in_their_governments():
    net = real_network()
    assert sorted((en(net, u), en(net, v)) for u, v, _ in edges(net, "holds_post_in")) == [
        ("Alar Karis", "Estonia"), ("Ekitela Lokaale", "Kenya"),
        ("Solly Malatsi", "South Africa"), ("Suela Janina", "Albania")]
    posts = net.nodes[ID + "person/solly-malatsi"]["posts"]
    assert [p["organisation_en"] for p in posts] == ["South Africa"]


def test_ungis_chair_and_vice_chairs():
    net = real_network()
    assert {(en(net, u), d["role"]) for u, v, d in edges(net, "chairs_body") if v == UNGIS} == {
        ("United Nations Conference on Trade and Development", "chair"),
        ("International Telecommunication Union", "vice-chair"),
        ("United Nations Development Programme", "vice-chair"),
        ("United Nations Educational, Scientific and Cultural Organization", "vice-chair"),
        ("United Nations Economic and Social Commission for Western Asia", "vice-chair")}


def test_sessions_are_part_of_the_event_and_quotes_come_from_the_text():
    net = real_network()
    sessions = [n for n, d in net.nodes(data=True) if d["type"] == "session"]
    assert sessions and all(net.has_edge(s, EVENT, "part_of") for s in sessions)
    for u, v, d in net.edges(data=True):
        for quote in d["quotes"]:
            assert quote in SOURCE_TEXT, (u, v, quote)


def test_write_network_on_the_build_folder(tmp_path):
    written = write_network(real_build_file(), tmp_path)
    net = real_network()
    assert (written.node_count, written.edge_count) == (net.number_of_nodes(), net.number_of_edges())
    graphml = nx.read_graphml(written.paths["graphml"], force_multigraph=True)
    gexf = nx.read_gexf(written.paths["gexf"])
    for graph in (graphml, gexf):
        assert (graph.number_of_nodes(), graph.number_of_edges()) == (written.node_count, written.edge_count)
