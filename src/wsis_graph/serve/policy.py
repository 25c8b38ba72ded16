"""What the endpoint lets a query do: read the graph, nothing else.

pyoxigraph would follow a SERVICE clause over the network and would evaluate updates on a
writable store, so the endpoint looks at the query's tokens before it runs anything: updates are
refused (403), SERVICE is refused, and FROM / FROM NAMED may only name the graph's own named
graphs. A tokenizer (not a regex over the raw text) is used so that words inside strings, IRIs,
comments and prefixed names neither trigger nor hide a refusal.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from urllib.parse import urljoin

_PN_CHARS = r"A-Za-z0-9_\-\u00B7-\u037D\u037F-\u1FFF\u200C-\u200D\u203F-\u2040\u2070-\uFFFF"
_TOKEN = re.compile(
    rf"""
      (?P<ws>\s+)
    | (?P<comment>\#[^\n\r]*)
    | (?P<string>\"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"
               |'''(?:[^'\\]|\\.|'(?!''))*'''
               |"(?:[^"\\\n\r]|\\.)*"
               |'(?:[^'\\\n\r]|\\.)*')
    | (?P<iri><(?:[^<>"{{}}|^`\\\x00-\x20]|\\u[0-9A-Fa-f]{{4}}|\\U[0-9A-Fa-f]{{8}})*>)
    | (?P<langtag>@[A-Za-z]+(?:-[A-Za-z0-9]+)*)
    | (?P<var>[?$][{_PN_CHARS}]+)
    | (?P<pname>(?:[A-Za-z\u00C0-\uFFFF][{_PN_CHARS}.]*)?:(?:[{_PN_CHARS}.:%]|\\.)*)
    | (?P<word>[A-Za-z_][A-Za-z0-9_]*)
    | (?P<other>.)
    """,
    re.VERBOSE | re.DOTALL,
)

_UCHAR = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")

UPDATE_WORDS = frozenset({"INSERT", "DELETE", "LOAD", "CLEAR", "CREATE", "DROP", "COPY", "MOVE",
                          "ADD", "WITH", "USING"})


class Refused(Exception):
    """A query the endpoint will not run; `status` is the HTTP status to answer with."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status


@dataclass
class Dataset:
    """The dataset a query asks for with FROM / FROM NAMED (empty lists: none asked for)."""

    default: list[str] = field(default_factory=list)
    named: list[str] = field(default_factory=list)

    @property
    def given(self) -> bool:
        return bool(self.default or self.named)


@dataclass
class _Token:
    kind: str
    text: str


def tokens(query: str) -> list[_Token]:
    """The query's significant tokens (whitespace and comments dropped)."""
    found = []
    for match in _TOKEN.finditer(query):
        kind = match.lastgroup or "other"
        if kind not in ("ws", "comment"):
            found.append(_Token(kind, match.group()))
    return found


def check_query(query: str, own_graphs: set[str]) -> Dataset:
    """Refuse updates, SERVICE and foreign FROM graphs; return the dataset the query names."""
    toks = tokens(query)
    prefixes: dict[str, str] = {}
    base = ""
    dataset = Dataset()
    i = 0
    while i < len(toks):
        tok = toks[i]
        word = tok.text.upper() if tok.kind == "word" else ""
        if word in UPDATE_WORDS:
            raise Refused(403, f"this endpoint is read-only: SPARQL Update ({word}) is refused")
        if word == "SERVICE":
            raise Refused(403, "SERVICE is refused: queries may only read this graph")
        if word == "PREFIX" and i + 2 < len(toks):
            prefixes[toks[i + 1].text[:-1]] = _resolve(toks[i + 2], prefixes, base)
            i += 3
            continue
        if word == "BASE" and i + 1 < len(toks):
            base = _resolve(toks[i + 1], prefixes, base)
            i += 2
            continue
        if word == "FROM":
            i = _take_from(toks, i + 1, prefixes, base, own_graphs, dataset)
            continue
        i += 1
    return dataset


def _take_from(toks: list[_Token], i: int, prefixes: dict[str, str], base: str,
               own_graphs: set[str], dataset: Dataset) -> int:
    """Read `[NAMED] <iri>` after FROM, refusing graphs that are not the graph's own."""
    named = i < len(toks) and toks[i].kind == "word" and toks[i].text.upper() == "NAMED"
    if named:
        i += 1
    if i >= len(toks) or toks[i].kind not in ("iri", "pname"):
        raise Refused(403, "FROM must name one of this graph's own named graphs (see /graphs)")
    iri = _resolve(toks[i], prefixes, base)
    if iri not in own_graphs:
        clause = "FROM NAMED" if named else "FROM"
        raise Refused(403, f"{clause} <{iri}> is refused: only this graph's own named graphs "
                           "can be named (see /graphs)")
    (dataset.named if named else dataset.default).append(iri)
    return i + 1


def _resolve(tok: _Token, prefixes: dict[str, str], base: str) -> str:
    """The absolute IRI of an IRI or prefixed-name token (unknown prefixes stay as written)."""
    if tok.kind == "iri":
        iri = _UCHAR.sub(lambda m: chr(int(m.group(1) or m.group(2), 16)), tok.text[1:-1])
        return urljoin(base, iri) if base else iri
    if tok.kind == "pname":
        prefix, _, local = tok.text.partition(":")
        if prefix in prefixes:
            return prefixes[prefix] + re.sub(r"\\(.)", r"\1", local)
    return tok.text


def check_protocol_graphs(graphs: list[str], own_graphs: set[str], param: str) -> None:
    """Refuse protocol dataset parameters (default-graph-uri, ...) naming foreign graphs."""
    for iri in graphs:
        if iri not in own_graphs:
            raise Refused(403, f"{param}={iri} is refused: only this graph's own named graphs "
                               "can be named (see /graphs)")
