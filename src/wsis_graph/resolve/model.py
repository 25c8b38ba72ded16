"""What `resolve` hands to `map`: entities, concepts and facts whose arguments are IRIs.

See docs/MODEL.md for the contract and the RDF each record becomes.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..model import Document, Span

@dataclass(frozen=True)
class Literal:
    """A typed value read from the text; `datatype` is a CURIE such as `xsd:date`."""

    value: str
    datatype: str

    def to_json(self) -> dict[str, str]:
        return {"value": self.value, "datatype": self.datatype}


@dataclass
class Entity:
    """One real thing with one IRI, however many names the text used for it."""

    iri: str
    kind: str
    labels: dict[str, str]
    alt_labels: dict[str, list[str]] = field(default_factory=dict)
    props: dict[str, Any] = field(default_factory=dict)
    linked: bool = True

    def to_json(self) -> dict[str, Any]:
        return {"iri": self.iri, "kind": self.kind, "labels": self.labels,
                "alt_labels": self.alt_labels, "props": self.props, "linked": self.linked}


@dataclass
class Concept:
    """A term of a controlled list (SKOS concept), labelled in English and Chinese."""

    iri: str
    scheme: str
    labels: dict[str, str]
    alt_labels: dict[str, list[str]] = field(default_factory=dict)
    props: dict[str, Any] = field(default_factory=dict)


@dataclass
class ResolvedFact:
    """A fact whose arguments are entity IRIs, concept IRIs or Literals."""

    kind: str
    key: str
    rule: str
    document: str
    args: dict[str, Any]
    spans: list[Span]

    def to_json(self) -> dict[str, Any]:
        args = {k: (v.to_json() if isinstance(v, Literal) else v) for k, v in sorted(self.args.items())}
        return {"kind": self.kind, "key": self.key, "rule": self.rule, "document": self.document,
                "args": args, "spans": [s.to_json() for s in sorted(set(self.spans))]}


@dataclass
class Resolution:
    """Everything `map` needs to write the graph."""

    documents: list[Document]
    entities: dict[str, Entity]
    concepts: dict[str, Concept]
    facts: list[ResolvedFact]
    # facts the resolver could not resolve, each with its reason; `map` adds them to rejected.jsonl
    rejected: list[dict[str, Any]] = field(default_factory=list)

    def unlinked(self) -> list[Entity]:
        return sorted((e for e in self.entities.values() if not e.linked), key=lambda e: e.iri)
