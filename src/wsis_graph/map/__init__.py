"""map: resolved facts -> RDF (an rdflib Dataset with one named graph per source document).

See docs/MODEL.md and `mapper` for the graph layout.
"""

from .mapper import MapResult, to_dataset

__all__ = ["MapResult", "to_dataset"]
