"""Derive the stakeholder network (a networkx MultiDiGraph) from the RDF graph, with SPARQL only.

The RDF graph is the single source of truth: every node is an entity of the graph, every edge is
one fact node of docs/MODEL.md (role, post, sponsorship, session listing, relation) and carries
the quotes of that fact's evidence, so a line in the picture can always be traced to the text.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import networkx as nx
from rdflib import Dataset, Graph, Literal

from ..query import load_graph

QUERY_DIR = Path(__file__).resolve().parent / "queries"

SCHEMA = "https://schema.org/"
WSIS = "https://w3id.org/wsis-graph/ontology#"

NODE_TYPES = ("organisation", "country", "person", "event", "session")
STAKEHOLDER_TYPES = ("organisation", "country", "person")


@dataclass(frozen=True)
class Relation:
    """An edge type: its id (the edge key in networkx), English and Chinese labels."""

    id: str
    label: str
    label_zh: str


RELATIONS = {r.id: r for r in (
    Relation("co_hosts", "co-hosts", "联合主办"),
    Relation("co_organises", "co-organises", "联合承办"),
    Relation("sponsors", "sponsors", "赞助"),
    Relation("chairs", "chairs", "主持"),
    Relation("gives_keynote", "gives keynote", "发表主旨演讲"),
    Relation("co_facilitates", "co-facilitates", "联合协调"),
    Relation("holds_post_in", "holds post in", "任职于"),
    Relation("chairs_body", "chairs or vice-chairs", "担任主席或副主席"),
    Relation("organises_session", "organises session", "组织会议"),
    Relation("part_of", "part of", "属于"),
    Relation("from_country", "from country", "来自"),
    Relation("has_role", "has role", "担任角色"),
)}

# Role concepts are matched by their normalised local name or English label, so the network
# does not depend on the exact concept IRIs the lexicon mints (wsis:CoHost, .../role/co-host ...).
ORGANISER_ROLES = {"cohost", "coorganiser", "coorganizer", "organiser", "organizer", "host",
                   "jointorganiser", "jointorganizer"}
ROLE_RELATIONS = {
    "cohost": "co_hosts", "coorganiser": "co_organises", "coorganizer": "co_organises",
    "organiser": "co_organises", "organizer": "co_organises", "host": "co_hosts",
    "chair": "chairs", "chairperson": "chairs", "vicechair": "chairs", "chairmanship": "chairs",
    "keynote": "gives_keynote", "keynotespeaker": "gives_keynote", "keynotespeech": "gives_keynote",
    "cofacilitator": "co_facilitates", "cocoordinator": "co_facilitates",
    "facilitator": "co_facilitates",
}
BODY_ROLES = {"chair", "chairperson", "vicechair", "chairmanship"}
# A sole organiser or host shares the co-organises / co-hosts filter but says what it did.
SOLE_ROLE_LABELS = {"organiser": ("organises", "承办"), "organizer": ("organises", "承办"),
                    "host": ("hosts", "主办")}
PART_OF = {"partof", "ispartof", "superevent"}


def load_rdf(path: Path) -> Graph:
    """Load a build folder (its graph.trig) or a graph file with the query stage's loader, as one
    plain graph holding the union of all named graphs (facts, entities and ontology live apart)."""
    return union_graph(load_graph(Path(path)))


def union_graph(graph: Graph) -> Graph:
    """All triples of a Dataset's graphs in one Graph, so every query sees facts and labels."""
    if not isinstance(graph, Dataset):
        return graph
    union = Graph()
    for s, p, o, _ in graph.quads((None, None, None, None)):
        union.add((s, p, o))
    return union


@cache
def query_text(name: str) -> str:
    """The SPARQL of one named query under network/queries/."""
    return (QUERY_DIR / f"{name}.rq").read_text(encoding="utf-8")


def select(graph: Graph, name: str) -> list[dict[str, Any]]:
    """Run a named SELECT and return rows as dicts of rdflib terms (unbound variables left out)."""
    result = graph.query(query_text(name))
    names = [str(v) for v in result.vars]
    return [{n: row[i] for i, n in enumerate(names) if row[i] is not None} for row in result]


def local_key(term: Any) -> str:
    """`wsis:Co-Host`, `.../role/co_host`, `co-host` -> `cohost`: a spelling-proof key."""
    text = str(term)
    text = re.split(r"[#/]", text.rstrip("/#"))[-1]
    return re.sub(r"[^a-z0-9]", "", text.lower())


def derive_network(graph: Graph) -> nx.MultiDiGraph:
    """Build the stakeholder network from the RDF graph's entities and fact nodes."""
    net = nx.MultiDiGraph(name="wsis-graph stakeholder network")
    labels = _labels(graph)
    concepts = _concept_labels(graph)
    evidence = _evidence(graph)
    for iri, node_type in sorted(_node_types(graph).items()):
        net.add_node(iri, **_node_attrs(iri, node_type, labels))
    builder = _EdgeBuilder(net, concepts, evidence)
    _add_roles(graph, builder)
    _add_posts(graph, builder, net, labels)
    _add_sponsorships(graph, builder)
    _add_sessions(graph, builder)
    _add_relations(graph, builder)
    _add_countries(graph, builder)
    builder.flush()
    return net


def _node_types(graph: Graph) -> dict[str, str]:
    """One type per entity: a country is a country even though it is also a government agent."""
    types: dict[str, set[str]] = defaultdict(set)
    for row in select(graph, "entities"):
        types[str(row["entity"])].add(str(row["type"]))
    out = {}
    for iri, found in types.items():
        if SCHEMA + "Country" in found:
            out[iri] = "country"
        elif SCHEMA + "Person" in found:
            out[iri] = "person"
        elif WSIS + "SessionListing" in found:
            out[iri] = "session"
        elif SCHEMA + "Event" in found:
            out[iri] = "event"
        else:
            out[iri] = "organisation"
    return out


def _labels(graph: Graph) -> dict[str, dict[str, Any]]:
    """Per entity: the fullest label per language (zh, en) and its other names."""
    found: dict[str, dict[str, Any]] = defaultdict(lambda: {"zh": set(), "en": set(), "alt": set()})
    for row in select(graph, "labels"):
        label = row["label"]
        lang = (label.language or "").lower() if isinstance(label, Literal) else ""
        entry = found[str(row["entity"])]
        if str(row["kind"]) == "alt":
            entry["alt"].add(str(label))
        elif lang.startswith("zh"):
            entry["zh"].add(str(label))
        elif lang.startswith("en") or lang == "":
            entry["en"].add(str(label))
    return {iri: {"zh": _fullest(e["zh"]), "en": _fullest(e["en"]), "alt": sorted(e["alt"])}
            for iri, e in found.items()}


def _fullest(values: set[str]) -> str:
    return sorted(values, key=lambda v: (-len(v), v))[0] if values else ""


def _concept_labels(graph: Graph) -> dict[str, dict[str, str]]:
    found: dict[str, dict[str, set[str]]] = defaultdict(lambda: {"zh": set(), "en": set()})
    for row in select(graph, "concepts"):
        label = row["label"]
        lang = (getattr(label, "language", None) or "").lower()
        found[str(row["concept"])]["zh" if lang.startswith("zh") else "en"].add(str(label))
    return {iri: {k: _fullest(v) for k, v in e.items()} for iri, e in found.items()}


def _evidence(graph: Graph) -> dict[str, list[tuple[int, str, str]]]:
    """Per fact: (start, quote, evidence IRI), in text order."""
    found: dict[str, set[tuple[int, str, str]]] = defaultdict(set)
    for row in select(graph, "evidence"):
        start = int(row["start"].toPython()) if "start" in row else -1
        found[str(row["fact"])].add((start, str(row["quote"]), str(row["evidence"])))
    return {fact: sorted(items) for fact, items in found.items()}


def _node_attrs(iri: str, node_type: str, labels: dict[str, dict[str, Any]]) -> dict[str, Any]:
    entry = labels.get(iri, {"zh": "", "en": "", "alt": []})
    fallback = iri.rstrip("/").rsplit("/", 1)[-1]
    short = [a for a in entry["alt"] if a.isascii() and a.isupper() and len(a) <= 10]
    return {"type": node_type, "iri": iri, "label_zh": entry["zh"], "label_en": entry["en"],
            "label": entry["zh"] or entry["en"] or fallback,
            "short": short[0] if short else "", "alt_labels": entry["alt"], "posts": []}


class _EdgeBuilder:
    """Collects facts per (source, target, key) so a statement repeated in two facts is one edge
    with the evidence of both, then adds the edges in sorted order (deterministic exports)."""

    def __init__(self, net: nx.MultiDiGraph, concepts: dict, evidence: dict) -> None:
        self.net, self.concepts, self.evidence = net, concepts, evidence
        self.pending: dict[tuple[str, str, str], dict[str, Any]] = {}

    def concept(self, iri: Any) -> dict[str, str]:
        labels = self.concepts.get(str(iri), {})
        fallback = str(iri).rstrip("/#").rsplit("/", 1)[-1].rsplit("#", 1)[-1]
        return {"en": labels.get("en") or fallback, "zh": labels.get("zh") or ""}

    def add(self, source: Any, target: Any, relation: str, fact: Any = None,
            qualifier: str = "", **attrs: Any) -> None:
        source, target = str(source), str(target)
        if source not in self.net or target not in self.net or source == target:
            return
        key = f"{relation}:{qualifier}" if qualifier else relation
        edge = self.pending.setdefault((source, target, key), {
            "relation": relation, "label": RELATIONS[relation].label,
            "label_zh": RELATIONS[relation].label_zh, "facts": set(), "evidence": set()})
        edge.update({k: v for k, v in attrs.items() if v not in (None, "")})
        if fact is not None:
            edge["facts"].add(str(fact))
            edge["evidence"].update(self.evidence.get(str(fact), []))

    def flush(self) -> None:
        for (source, target, key), attrs in sorted(self.pending.items()):
            evidence = sorted(attrs.pop("evidence"))
            attrs["facts"] = sorted(attrs["facts"])
            attrs["quotes"] = _unique([quote for _, quote, _ in evidence])
            attrs["evidence"] = _unique([iri for _, _, iri in evidence])
            self.net.add_edge(source, target, key=key, **attrs)
        self.pending.clear()


def _unique(items: list[str]) -> list[str]:
    return list(dict.fromkeys(items))


def _add_roles(graph: Graph, builder: _EdgeBuilder) -> None:
    """Role facts: the relation depends on the role and on what the context is."""
    for row in select(graph, "roles"):
        context = str(row["context"])
        context_type = builder.net.nodes[context]["type"] if context in builder.net else ""
        labels = builder.concept(row["role"])
        keys = {local_key(row["role"]), local_key(labels["en"])}
        relation = _role_relation(keys, context_type)
        qualifier = local_key(labels["en"]) if relation in ("chairs_body", "has_role", "chairs") else ""
        attrs = {"role": labels["en"], "role_zh": labels["zh"],
                 "start_date": _text(row.get("start")), "end_date": _text(row.get("end"))}
        if relation in ("chairs_body", "has_role") or (relation == "chairs" and "vicechair" in keys):
            attrs["label"] = f"{RELATIONS[relation].label}: {labels['en']}"
            attrs["label_zh"] = labels["zh"] or RELATIONS[relation].label_zh
        sole = [SOLE_ROLE_LABELS[k] for k in sorted(keys) if k in SOLE_ROLE_LABELS]
        if sole and relation in ("co_organises", "co_hosts"):
            attrs["label"], attrs["label_zh"] = sole[0]
        builder.add(row["agent"], context, relation, row["fact"], qualifier, **attrs)


def _role_relation(keys: set[str], context_type: str) -> str:
    if context_type == "session" and keys & ORGANISER_ROLES:
        return "organises_session"
    if context_type in STAKEHOLDER_TYPES and keys & BODY_ROLES:
        return "chairs_body"
    for key in sorted(keys):
        if key in ROLE_RELATIONS:
            return ROLE_RELATIONS[key]
    return "has_role"


def _text(term: Any) -> str:
    return str(term) if term is not None else ""


def _add_posts(graph: Graph, builder: _EdgeBuilder, net: nx.MultiDiGraph,
               labels: dict[str, dict[str, Any]]) -> None:
    """Post facts: an edge person -> organisation, and the title on the person node."""
    posts: dict[str, dict[str, dict[str, str]]] = defaultdict(dict)
    for row in select(graph, "posts"):
        entry = posts[str(row["fact"])]
        entry.setdefault("meta", {"person": str(row["person"]), "org": str(row["organization"]),
                                  "post": str(row.get("post", ""))})
        title = row.get("title")
        if title is not None:
            lang = (getattr(title, "language", None) or "").lower()
            entry.setdefault("title", {})["zh" if lang.startswith("zh") else "en"] = str(title)
    for fact, entry in sorted(posts.items()):
        meta, title = entry["meta"], entry.get("title", {})
        post_labels = builder.concept(meta["post"]) if meta["post"] else {"en": "", "zh": ""}
        title_en = title.get("en") or post_labels["en"]
        title_zh = title.get("zh") or post_labels["zh"]
        builder.add(meta["person"], meta["org"], "holds_post_in", fact, local_key(meta["post"] or title_en),
                    label=f"holds post in: {title_en}" if title_en else None,
                    label_zh=f"任职:{title_zh}" if title_zh else None, title_en=title_en, title_zh=title_zh)
        if meta["person"] in net:
            org = labels.get(meta["org"], {})
            net.nodes[meta["person"]]["posts"].append(
                {"title_zh": title_zh, "title_en": title_en, "organisation": meta["org"],
                 "organisation_zh": org.get("zh", ""), "organisation_en": org.get("en", "")})


def _add_sponsorships(graph: Graph, builder: _EdgeBuilder) -> None:
    for row in select(graph, "sponsorships"):
        tier = builder.concept(row["tier"]) if "tier" in row else {"en": "", "zh": ""}
        builder.add(row["sponsor"], row["event"], "sponsors", row["fact"], local_key(tier["en"]),
                    tier=local_key(tier["en"]) or "", tier_label=tier["en"], tier_label_zh=tier["zh"],
                    label=f"sponsors ({tier['en']})" if tier["en"] else None,
                    label_zh=f"赞助({tier['zh']})" if tier["zh"] else None)


def _add_sessions(graph: Graph, builder: _EdgeBuilder) -> None:
    for row in select(graph, "sessions"):
        session_type = builder.concept(row["type"]) if "type" in row else {"en": "", "zh": ""}
        builder.add(row["session"], row["event"], "part_of", row["fact"],
                    session_type=session_type["en"], session_type_zh=session_type["zh"])


def _add_relations(graph: Graph, builder: _EdgeBuilder) -> None:
    """Only part-of relations become edges; the others (held with, succeeded ...) are not
    stakeholder relationships and stay in the RDF graph."""
    for row in select(graph, "relations"):
        labels = builder.concept(row["relation"])
        if {local_key(row["relation"]), local_key(labels["en"])} & PART_OF:
            builder.add(row["subject"], row["object"], "part_of", row["fact"])


def _add_countries(graph: Graph, builder: _EdgeBuilder) -> None:
    for row in select(graph, "countries"):
        source = str(row["entity"])
        if source in builder.net and builder.net.nodes[source]["type"] in ("person", "organisation"):
            builder.add(source, row["country"], "from_country")

