"""The records that flow between the stages: Document -> Mention/Fact -> Entity/ResolvedFact.

Offsets everywhere are 0-based, end-exclusive code-point offsets into `Document.text`.
Every record turns into plain JSON (`to_json`) so that `wsis-graph extract` can show what was
read before it becomes RDF, and so tests can compare stages without RDF.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any


def published_day(value: Any) -> date | None:
    """A sidecar's `published` value as a day (ISO 8601, a time after it allowed), else None."""
    if not isinstance(value, str):
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


@dataclass(frozen=True)
class Document:
    """One source text, exactly as read (BOM dropped, line endings kept)."""

    id: str
    path: str
    text: str
    language: str
    sha256: str
    meta: dict[str, Any] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "path": self.path, "language": self.language,
                "sha256": self.sha256, "meta": self.meta, "length": len(self.text)}


@dataclass(frozen=True, order=True)
class Span:
    """Evidence: where in the document a fact was read, and the exact text there."""

    start: int
    end: int
    quote: str

    def to_json(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "quote": self.quote}


@dataclass(frozen=True)
class Mention:
    """A typed stretch of text: an organisation, a person, a date, a trigger word ...

    `label` is the mention type (see extract.labels); `key` is the lexicon entry it matched
    (`org:itu`, `country:CH`, `tier:platinum` ...) or None for things no lexicon knows;
    `value` carries what a pattern parsed (a date, a number with its qualifier, a Latin name ...).
    """

    label: str
    start: int
    end: int
    text: str
    key: str | None = None
    value: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"label": self.label, "start": self.start, "end": self.end,
                               "text": self.text}
        if self.key:
            out["key"] = self.key
        if self.value:
            out["value"] = self.value
        return out


@dataclass
class Fact:
    """A statement read from a document: a kind, typed arguments, evidence spans, the rule id.

    Argument values are Mentions (entities and concepts) or plain JSON values (dates, numbers).
    """

    kind: str
    args: dict[str, Any]
    spans: list[Span]
    rule: str
    document: str
    trigger: Span | None = None  # the words that set the fact off (a frame's trigger), for --explain

    def to_json(self) -> dict[str, Any]:
        return {"kind": self.kind, "rule": self.rule, "document": self.document,
                "args": {k: _arg_json(v) for k, v in sorted(self.args.items())},
                "spans": [s.to_json() for s in sorted(set(self.spans))]}


def _arg_json(value: Any) -> Any:
    if isinstance(value, Mention):
        return value.to_json()
    if isinstance(value, list):
        return [_arg_json(v) for v in value]
    return value
