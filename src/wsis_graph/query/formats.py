"""Print a QueryResult as an aligned table, CSV (header = the query's columns) or JSON."""

from __future__ import annotations

import csv
import io
import json
import unicodedata

from .engine import QueryResult

FORMATS = ("table", "csv", "json")


def format_result(result: QueryResult, fmt: str = "table") -> str:
    if fmt == "csv":
        return _csv(result)
    if fmt == "json":
        rows = [dict(zip(result.vars, row)) for row in result.rows]
        return json.dumps({"columns": result.vars, "rows": rows}, ensure_ascii=False, indent=2) + "\n"
    if fmt == "table":
        return _table(result)
    raise ValueError(f"unknown format {fmt!r}; use one of {', '.join(FORMATS)}")


def _csv(result: QueryResult) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(result.vars)
    for row in result.rows:
        writer.writerow(["" if v is None else v for v in row])
    return buffer.getvalue()


def _width(text: str) -> int:
    """Display width: CJK characters take two columns in a terminal."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _pad(text: str, width: int) -> str:
    return text + " " * (width - _width(text))


def _table(result: QueryResult) -> str:
    cells = [["" if v is None else " ".join(str(v).split()) for v in row] for row in result.rows]
    widths = [max([_width(h)] + [_width(r[i]) for r in cells]) for i, h in enumerate(result.vars)]
    lines = [" | ".join(_pad(h, w) for h, w in zip(result.vars, widths)).rstrip(),
             "-+-".join("-" * w for w in widths)]
    lines += [" | ".join(_pad(c, w) for c, w in zip(row, widths)).rstrip() for row in cells]
    lines.append(f"({len(cells)} row{'s' if len(cells) != 1 else ''})")
    return "\n".join(lines) + "\n"
