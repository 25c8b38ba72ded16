"""validate: check a graph against the SHACL shapes in `shapes/`, over the union of its graphs.

The union matters: facts (document graphs) point at entities (entities graph) and concepts
(ontology graph), and `sh:class`/scheme checks only see those across graph boundaries.
"""

from .validator import ValidationOutcome, load_shapes, union_graph, validate

__all__ = ["ValidationOutcome", "load_shapes", "union_graph", "validate"]
