"""Small helpers shared by the tests: documents from strings, facts by kind."""

from __future__ import annotations

import hashlib
from pathlib import Path

from wsis_graph.evaluate import load_gold
from wsis_graph.extract import extract
from wsis_graph.model import Document

ROOT = Path(__file__).resolve().parent.parent
REPORT = ROOT / "data" / "sources" / "wsis-hle-2025-outcomes.zh.txt"
PARAPHRASES = sorted((ROOT / "tests" / "fixtures" / "paraphrases").glob("*.txt"))
GOLD = ROOT / "tests" / "gold" / "wsis-hle-2025-outcomes.zh.json"

# Rules need a report's event to hang facts on; tests of single sentences put this line first.
EVENT_LINE = "2025年WSIS+20高级别活动于2025年7月7日至11日在日内瓦举行。\n"


def doc(text: str, doc_id: str = "test") -> Document:
    return Document(doc_id, f"{doc_id}.txt", text, "zh-Hans", hashlib.sha256(text.encode()).hexdigest())


def facts(text: str, kind: str | None = None) -> list[dict]:
    """The facts read from `text` as JSON dicts, optionally of one kind."""
    out = [f.to_json() for f in extract(doc(text)).facts]
    return [f for f in out if kind is None or f["kind"] == kind]


def arg_key(fact: dict, name: str) -> str | None:
    value = fact["args"].get(name)
    if isinstance(value, dict):
        return value.get("key") or value.get("text")
    return value


def map_sample():
    """The hand-made Resolution of tests/fixtures/map/sample.py, loaded once per session."""
    import importlib.util
    import sys

    name = "wsis_map_sample"
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, ROOT / "tests" / "fixtures" / "map" / "sample.py")
        sys.modules[name] = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(sys.modules[name])
    return sys.modules[name]


def gold_for(source: Path) -> dict:
    """The report's gold as a paraphrase of it states it: rows whose `only_in` names other
    sources (a sentence the paraphrase leaves out) are dropped."""
    gold = load_gold(GOLD)
    for spec in gold["queries"].values():
        spec["rows"] = [r for r in spec["rows"] if source.name in r.get("only_in", [source.name])]
    return gold
