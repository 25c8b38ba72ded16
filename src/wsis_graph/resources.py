"""Find the project's data folders (ontology, shapes, queries, lexicon, rules).

They live at the top of the repository (the design card) and are shipped inside the wheel as
`wsis_graph/_data/<name>`; an editable install or a source checkout finds them at the top level.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent
_CHECKOUT_LAYOUT = {
    "ontology": "ontology",
    "shapes": "shapes",
    "queries": "queries",
    "lexicon": "data/lexicon",
    "rules": "data/rules",
    "sources": "data/sources",
}


@cache
def data_dir(name: str) -> Path:
    """Return the folder of one kind of project data, wheel layout first, then checkout layout."""
    if name not in _CHECKOUT_LAYOUT:
        raise KeyError(f"unknown data folder {name!r}")
    shipped = _PACKAGE_DIR / "_data" / name
    if shipped.is_dir():
        return shipped
    checkout = _PACKAGE_DIR.parent.parent / _CHECKOUT_LAYOUT[name]
    if checkout.is_dir():
        return checkout
    raise FileNotFoundError(f"wsis-graph data folder {name!r} is missing from this installation")
