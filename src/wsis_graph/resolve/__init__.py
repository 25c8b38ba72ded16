"""Stage 3, resolve: mentions -> canonical entities and concepts; facts -> keyed, IRI-valued facts."""

from .model import Concept, Entity, Literal, Resolution, ResolvedFact
from .resolver import Resolver


def resolve(extractions) -> Resolution:
    return Resolver().resolve(extractions)


__all__ = ["Concept", "Entity", "Literal", "Resolution", "ResolvedFact", "Resolver", "resolve"]
