"""Score a build's named queries against a gold file: precision and recall per query.

Gold file format (JSON, see tests/gold/):

    {"queries": {"sponsors": {"columns": ["sponsor", "tier"],
                              "rows": [{"sponsor": "Malaysia", "tier": "Platinum Partner"}, ...]},
                 ...}}

A query's result rows are cut down to the gold's columns and compared as sets of rows, values
trimmed and case-folded, with no blank between two Chinese characters (empty and unbound are the
same). precision = matched / returned, recall = matched / expected.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rdflib import Dataset

from ..errors import InputError
from ..extract.layout import in_simplified
from ..query import run_query


@dataclass
class QueryScore:
    query: str
    expected: int
    returned: int
    matched: int
    missing: list[tuple[str, ...]] = field(default_factory=list)
    unexpected: list[tuple[str, ...]] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.matched / self.returned if self.returned else (1.0 if not self.expected else 0.0)

    @property
    def recall(self) -> float:
        return self.matched / self.expected if self.expected else 1.0

    def to_json(self) -> dict[str, Any]:
        return {"query": self.query, "expected": self.expected, "returned": self.returned,
                "matched": self.matched, "precision": round(self.precision, 4),
                "recall": round(self.recall, 4), "missing": [list(r) for r in self.missing],
                "unexpected": [list(r) for r in self.unexpected]}


def load_gold(path: Path) -> dict[str, Any]:
    path = Path(path)
    if not path.is_file():
        raise InputError(f"{path}: no such gold file")
    try:
        gold = json.loads(path.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InputError(f"{path}: not a valid JSON gold file ({exc})") from None
    queries = gold.get("queries") if isinstance(gold, dict) else None
    if not isinstance(queries, dict) or not all(
            isinstance(q, dict) and isinstance(q.get("columns"), list) and isinstance(q.get("rows"), list)
            for q in queries.values()):
        raise InputError(f"{path}: a gold file maps query names to {{\"columns\": [...], \"rows\": [...]}}")
    return gold


_BLANK_IN_CHINESE = re.compile(r"(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])")


def normalise(value: Any) -> str:
    """A value as compared: trimmed, case-folded, blanks run together, no blank between two
    Chinese characters (a spaced translation's 高级别 政策 会议 is 高级别政策会议), and Chinese in
    Simplified characters (a Traditional page's gold writes 國際電聯, the graph reads 国际电联)."""
    return in_simplified(_BLANK_IN_CHINESE.sub("", " ".join(str(value or "").split())).casefold())


def score(graph: Dataset, gold: dict[str, Any], backend: str = "memory") -> list[QueryScore]:
    scores = []
    for name, spec in sorted(gold["queries"].items()):
        result = run_query(graph, name, backend=backend)
        columns = spec["columns"]
        unknown = [c for c in columns if c not in result.vars]
        if unknown:
            raise InputError(f"gold columns {unknown} are not columns of query {name!r}")
        index = [result.vars.index(c) for c in columns]
        returned = {tuple(normalise(row[i]) for i in index) for row in result.rows}
        expected = {tuple(normalise(r.get(c)) for c in columns) for r in spec["rows"]}
        matched = returned & expected
        scores.append(QueryScore(name, len(expected), len(returned), len(matched),
                                 sorted(expected - returned), sorted(returned - expected)))
    return scores
