"""Which plain property a role or relation concept implies (co-host -> schema:organizer ...).

The lexicon's `derive` (carried in Concept.props) decides when present.
Concepts come from the lexicon with IRIs and labels this stage does not control, so a concept
is matched by a normalised token taken from its IRI's local name and its English label
("co-organiser", "CoOrganizer" and "co-organizer" all match). The chosen property is also
written on the concept (`wsis:impliesProperty`), so queries can select on it.
"""

from __future__ import annotations

import re

from rdflib import URIRef

from ..resolve.model import Concept
from .namespaces import SCHEMA, WSIS

ROLE_PROPERTIES: dict[str, URIRef] = {
    "host": SCHEMA.organizer, "cohost": SCHEMA.organizer,
    "organiser": SCHEMA.organizer, "organizer": SCHEMA.organizer,
    "coorganiser": SCHEMA.organizer, "coorganizer": SCHEMA.organizer,
    "chair": WSIS.chair,
    "keynote": WSIS.keynoteSpeaker, "keynotespeaker": WSIS.keynoteSpeaker,
}
ROLE_DEFAULT = WSIS.hasRoleHolder

RELATION_PROPERTIES: dict[str, URIRef] = {
    "heldwith": WSIS.heldWith,
    "feedsinto": WSIS.feedsInto,
    "partof": SCHEMA.superEvent,
    "succeeded": WSIS.succeeded, "succeeds": WSIS.succeeded,
}


def tokens(concept: Concept) -> list[str]:
    """Normalised names of a concept: IRI local name (any case, any separators), English label."""
    local = re.split(r"[#/:]", concept.iri)[-1]
    names = [local, concept.labels.get("en", "")]
    return [re.sub(r"[^a-z0-9]", "", name.lower()) for name in names if name]


# The lexicon may name the property itself (`"derive": "organizer"`); that wins over tokens.
DERIVE_NAMES: dict[str, URIRef] = {
    "organizer": SCHEMA.organizer, "organiser": SCHEMA.organizer,
    "chair": WSIS.chair, "keynote": WSIS.keynoteSpeaker, "keynotespeaker": WSIS.keynoteSpeaker,
    "roleholder": WSIS.hasRoleHolder, "hasroleholder": WSIS.hasRoleHolder,
    "heldwith": WSIS.heldWith, "feedsinto": WSIS.feedsInto, "superevent": SCHEMA.superEvent,
    "partof": SCHEMA.superEvent, "succeeded": WSIS.succeeded,
}


def _declared(concept: Concept) -> URIRef | None:
    name = concept.props.get("derive") if concept.props else None
    if isinstance(name, str):
        return DERIVE_NAMES.get(re.sub(r"[^a-z0-9]", "", name.lower()))
    return None


def _implied(concept: Concept, table: dict, default: URIRef | None) -> URIRef | None:
    """The property a concept implies: the lexicon's `derive` first, then its name, else `default`."""
    declared = _declared(concept)
    if declared is not None:
        return declared
    return next((table[t] for t in tokens(concept) if t in table), default)


def role_property(concept: Concept) -> URIRef:
    return _implied(concept, ROLE_PROPERTIES, ROLE_DEFAULT)


def relation_property(concept: Concept) -> URIRef | None:
    return _implied(concept, RELATION_PROPERTIES, None)
