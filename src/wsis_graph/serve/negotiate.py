"""Content negotiation: pick the answer's media type from the client's Accept header.

Kept as plain data (media type strings, no pyoxigraph objects) so the web process and the query
workers can share it; the worker maps the chosen media type to a pyoxigraph format.
"""

from __future__ import annotations

# Server preference first; the first entry is the default when the client accepts anything.
RESULTS_TYPES = (
    "application/sparql-results+json",
    "application/json",
    "application/sparql-results+xml",
    "application/xml",
    "text/xml",
    "text/csv",
    "text/tab-separated-values",
)
GRAPH_TYPES = (
    "text/turtle",
    "application/x-turtle",
    "application/turtle",
    "application/n-triples",
    "text/plain",
    "application/ld+json",
    "application/rdf+xml",
)
PAGE_TYPES = ("text/html", "application/xhtml+xml")


def parse_accept(header: str | None) -> list[tuple[str, float]]:
    """The (media range, q) pairs of an Accept header; a missing header accepts anything."""
    ranges = []
    for part in (header or "*/*").split(","):
        fields = [f.strip() for f in part.split(";")]
        media = fields[0].lower()
        if not media:
            continue
        q = 1.0
        for param in fields[1:]:
            name, _, value = param.partition("=")
            if name.strip().lower() == "q":
                try:
                    q = float(value)
                except ValueError:
                    q = 0.0
        ranges.append((media, q))
    return ranges or [("*/*", 1.0)]


def _match(media: str, ranges: list[tuple[str, float]]) -> tuple[float, int]:
    """The q and specificity (2 exact, 1 type/*, 0 */*) of the range that best matches `media`."""
    best = (-1.0, -1)
    major = media.split("/")[0]
    for rng, q in ranges:
        spec = 2 if rng == media else 1 if rng == f"{major}/*" else 0 if rng == "*/*" else -1
        if spec > best[1]:
            best = (q, spec)
    return best


def choose(accept: str | None, offered: tuple[str, ...]) -> str | None:
    """The offered media type the client prefers most, or None when it accepts none of them.

    Ties go to what the client named exactly over wildcards, then to the server's order.
    """
    ranges = parse_accept(accept)
    scored = []
    for index, media in enumerate(offered):
        q, spec = _match(media, ranges)
        if q > 0:
            scored.append((q, spec, -index, media))
    return max(scored)[3] if scored else None
