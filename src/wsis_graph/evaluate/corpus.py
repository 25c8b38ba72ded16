"""Score the extractor on a corpus of texts with their gold (tests/corpus/README.md).

Each text is built alone (read -> extract -> resolve -> map, in memory) and its named queries
are compared with the gold rows the text's reader wrote. Gold names are written as the text
writes them, so a cell matches when it equals any label of the thing the graph found (an
organisation's Chinese or English name, full or short; a concept's labels); what is counted
(`measure`) and an office (`post`) match when one contains the other, since modifiers vary.

The score of a text is found / (expected + spurious): a spurious row is a row of organisers
(of the main event), sponsors, roles, people or statistics that the gold does not list.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rdflib import Dataset, Literal
from rdflib.namespace import RDFS, SKOS

from ..errors import InputError
from ..query import run_query
from ..validate import union_graph
from .scorer import normalise

SCHEMA_NAME = "https://schema.org/name"
SCHEMA_ALT = "https://schema.org/alternateName"
SPURIOUS_QUERIES = ("organisers", "sponsors", "roles", "people", "statistics")
LOOSE_COLUMNS = {"measure", "post"}
# a place the text does not name is not held against a graph that knows it (Geneva is in Switzerland)
UNSTATED_IS_ANY = {"venue", "city", "country"}
EVENT_COLUMNS = {"event", "context"}


@dataclass
class TextScore:
    """One text's counts, per query: expected, found, spurious, returned."""

    text: str
    genre: str
    counts: dict[str, dict[str, int]] = field(default_factory=dict)
    missing: dict[str, list[tuple[str, ...]]] = field(default_factory=dict)
    unexpected: dict[str, list[tuple[str, ...]]] = field(default_factory=dict)

    def total(self, key: str) -> int:
        return sum(c[key] for c in self.counts.values())

    @property
    def score(self) -> float:
        denominator = self.total("expected") + self.total("spurious")
        return self.total("found") / denominator if denominator else 1.0


class Labels:
    """Every label of every node: a value the graph shows stands for all names of its node."""

    def __init__(self, graph: Any) -> None:
        self.by_label: dict[str, set[str]] = defaultdict(set)
        predicates = {str(RDFS.label), str(SKOS.prefLabel), str(SKOS.altLabel), SCHEMA_NAME, SCHEMA_ALT}
        node_labels: dict[Any, set[str]] = defaultdict(set)
        for s, p, o in graph.triples((None, None, None)):
            if str(p) in predicates and isinstance(o, Literal):
                node_labels[s].add(normalise(o))
        for names in node_labels.values():
            for name in names:
                self.by_label[name] |= names

    def names(self, value: str) -> set[str]:
        value = normalise(value)
        return {value} | self.by_label.get(value, set())


def _cell_matches(column: str, gold: str, returned: str, labels: Labels, main: set[str]) -> bool:
    if column in UNSTATED_IS_ANY and not gold.strip():
        return True
    gold_names = labels.names(gold)
    if column in EVENT_COLUMNS and normalise(gold) in main:
        gold_names |= main
    returned_names = labels.names(returned)
    if gold_names & returned_names:
        return True
    if column in LOOSE_COLUMNS and gold and returned:
        return any(len(r) >= 2 and len(g) >= 2 and (r in g or g in r)
                   for g in gold_names for r in returned_names)
    return False


def _row_matches(columns: list[str], gold: dict[str, str], row: dict[str, str],
                 labels: Labels, main: set[str]) -> bool:
    return all(_cell_matches(c, gold.get(c, ""), row.get(c, ""), labels, main) for c in columns)


def _main_names(gold: dict[str, Any], labels: Labels) -> set[str]:
    names: set[str] = set()
    for name in gold.get("main_event", []):
        names |= labels.names(name)
    return names


def score_text(dataset: Dataset, gold: dict[str, Any], text_id: str) -> TextScore:
    labels = Labels(union_graph(dataset))
    main = _main_names(gold, labels)
    result = TextScore(text_id, gold.get("genre", "unknown"))
    for name, spec in sorted(gold["queries"].items()):
        columns = spec["columns"]
        rows = _distinct(_answer_rows(dataset, name, columns, text_id), columns)
        expected = _distinct([_gold_row(columns, r, text_id, name) for r in spec["rows"]], columns)
        unmatched = list(rows)
        missing = []
        for want in expected:
            hit = next((r for r in unmatched if _row_matches(columns, want, r, labels, main)), None)
            if hit is None:
                missing.append(tuple(want[c] for c in columns))
            else:
                unmatched.remove(hit)
        counted = [r for r in unmatched if name in SPURIOUS_QUERIES and _counts_as_spurious(name, r, labels, main)]
        found = len(expected) - len(missing)
        result.counts[name] = {"expected": len(expected), "found": found, "spurious": len(counted),
                               "returned": found + len(counted)}
        result.missing[name] = missing
        result.unexpected[name] = [tuple(r[c] for c in columns) for r in counted]
    return result


def _answer_rows(dataset: Dataset, name: str, columns: list[str], text_id: str) -> list[dict[str, str]]:
    """The query's rows on the gold's columns; a dated session counts as an event too."""
    answer = run_query(dataset, name, backend="memory")
    unknown = [c for c in columns if c not in answer.vars]
    if unknown:
        raise InputError(f"{text_id}: gold columns {unknown} are not columns of query {name!r}")
    rows = [{c: (row[answer.vars.index(c)] or "") for c in columns} for row in answer.rows]
    if name == "events":
        sessions = run_query(dataset, "sessions", backend="memory")
        for row in sessions.rows:
            values = dict(zip(sessions.vars, row))
            if values.get("start"):
                row = {c: (values.get("session_zh") or values.get("session") or "") if c == "event"
                       else str(values.get(c) or "")[:10] if c in ("start", "end")  # the day of a time
                       else str(values.get(c) or "") for c in columns}
                if row.get("end") == row.get("start"):
                    row["end"] = ""  # 09:30-11:00 on one day is a one-day session
                rows.append(row)
    return rows


def _gold_row(columns: list[str], row: Any, text_id: str, query: str) -> dict[str, str]:
    """A gold row as a mapping; a list gives the columns' values in order."""
    if isinstance(row, list) and len(row) == len(columns):
        row = dict(zip(columns, row))
    if not isinstance(row, dict):
        raise InputError(f"{text_id}: a gold row of {query!r} is neither an object nor a list of "
                         f"{len(columns)} values: {row!r}")
    out = {c: "" if row.get(c) is None else str(row.get(c)) for c in columns}
    if query == "events":  # the events query gives days: a gold time (2029-08-20T09:30) is compared by its day
        out.update({c: out[c].split("T")[0] for c in ("start", "end") if c in out})
        if out.get("end") and out.get("end") == out.get("start"):
            out["end"] = ""  # 09:30 to 11:00 on one day is a one-day session
    return out


def _counts_as_spurious(query: str, row: dict[str, str], labels: Labels, main: set[str]) -> bool:
    """Organisers count against the text only for its main event (a session's are not judged)."""
    if query != "organisers" or "event" not in row:
        return True
    return bool(labels.names(row["event"]) & main)


def _distinct(rows: list[dict[str, str]], columns: list[str]) -> list[dict[str, str]]:
    seen, out = set(), []
    for row in rows:
        key = tuple(normalise(row.get(c)) for c in columns)
        if key not in seen:
            seen.add(key)
            out.append(row)
    return out


def corpus_texts(folder: Path) -> list[tuple[Path, Path]]:
    """(text, gold) pairs of a corpus folder: `<id>.zh.txt` beside `<id>.gold.json`."""
    folder = Path(folder)
    if not folder.is_dir():
        raise InputError(f"{folder}: no such corpus folder")
    pairs = []
    for text in sorted(folder.glob("*.txt")):
        stem = text.name.split(".")[0]
        if not re.fullmatch(r"[^.]+\.[a-z]{2}(?:-[A-Za-z]+)?\.txt", text.name):
            continue  # <id>.<language>.txt only: not a note such as <id>.source.txt
        gold = folder / f"{stem}.gold.json"
        if gold.is_file():
            pairs.append((text, gold))
    if not pairs:
        raise InputError(f"{folder}: no text with a gold file (<id>.zh.txt beside <id>.gold.json)")
    return pairs


def build_in_memory(text: Path) -> Dataset:
    from .. import __version__
    from ..extract import extract
    from ..map import to_dataset
    from ..read import read_sources
    from ..resolve import resolve
    extractions = [extract(doc) for doc in read_sources([text])]
    return to_dataset(resolve(extractions), tool_version=__version__).dataset


def score_corpus(folder: Path) -> list[TextScore]:
    scores = []
    for text, gold_path in corpus_texts(folder):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        scores.append(score_text(build_in_memory(text), gold, text.name.split(".")[0]))
    return scores


def summarise(scores: list[TextScore], by: str) -> dict[str, dict[str, float]]:
    """Mean score, and precision and recall from summed counts, per genre or per query."""
    groups: dict[str, list[tuple[TextScore, list[str]]]] = defaultdict(list)
    for s in scores:
        if by == "genre":
            groups[s.genre].append((s, list(s.counts)))
        else:
            for q in s.counts:
                groups[q].append((s, [q]))
    groups["all"] = [(s, list(s.counts)) for s in scores]
    table = {}
    for key, members in sorted(groups.items(), key=lambda kv: (kv[0] == "all", kv[0])):
        sums = defaultdict(int)
        for s, queries in members:
            for q in queries:
                for k, v in s.counts[q].items():
                    sums[k] += v
        per_text = [_score_of(s, queries) for s, queries in members]
        table[key] = {"texts": len({s.text for s, _ in members}), "expected": sums["expected"],
                      "found": sums["found"], "spurious": sums["spurious"],
                      "score": sum(per_text) / len(per_text) if per_text else 1.0,
                      "precision": sums["found"] / sums["returned"] if sums["returned"] else 1.0,
                      "recall": sums["found"] / sums["expected"] if sums["expected"] else 1.0}
    return table


def _score_of(s: TextScore, queries: list[str]) -> float:
    e = sum(s.counts[q]["expected"] for q in queries)
    f = sum(s.counts[q]["found"] for q in queries)
    p = sum(s.counts[q]["spurious"] for q in queries)
    return f / (e + p) if e + p else 1.0
