"""What each fact kind needs (its arguments and their types) and which class it becomes.

The table mirrors docs/MODEL.md. Checking a fact against it before mapping lets `map` set aside
a fact it cannot map validly (with the reason) instead of writing a graph SHACL will reject.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from rdflib import URIRef
from rdflib.namespace import RDFS, XSD

from .namespaces import ORG, SCHEMA, WSIS

AGENT_KINDS = ("Person", "Organization", "Country")
EVENT_KINDS = ("Event", "Session")
PLACE_KINDS = ("Place", "Country")
ANY_KIND = ("Organization", "Country", "Person", "Place", "Event", "Session")
DATE_TYPES = ("xsd:date", "xsd:dateTime", "xsd:gYearMonth", "xsd:gYear")
NUMBER_TYPES = ("xsd:integer", "xsd:decimal")


@dataclass(frozen=True)
class Arg:
    """One argument of a fact kind: what it may hold and the property it is written with.

    `role` is "entity" (an IRI of one of `kinds`), "concept" (an IRI in one of `schemes`),
    "literal" (a Literal of one of `datatypes`) or "text" (a string, written with `lang`).
    """

    name: str
    role: str
    prop: URIRef
    required: bool = True
    kinds: tuple[str, ...] = ()
    schemes: tuple[str, ...] = ()
    datatypes: tuple[str, ...] = ()
    lang: str | None = None


@dataclass(frozen=True)
class FactSpec:
    kind: str
    classes: tuple[URIRef, ...]
    args: tuple[Arg, ...]


def _ent(name, prop, kinds, required=True):
    return Arg(name, "entity", prop, required, kinds=kinds)


def _con(name, prop, *schemes):
    return Arg(name, "concept", prop, True, schemes=schemes)


def _date(name, prop, required=False):
    return Arg(name, "literal", prop, required, datatypes=DATE_TYPES)


FACT_SPECS: dict[str, FactSpec] = {s.kind: s for s in (
    FactSpec("event-time", (WSIS.EventTiming,), (
        _ent("event", WSIS.event, EVENT_KINDS),
        _date("start", SCHEMA.startDate, required=True),
        _date("end", SCHEMA.endDate))),
    FactSpec("event-place", (WSIS.EventLocation,), (
        _ent("event", WSIS.event, EVENT_KINDS),
        _ent("place", SCHEMA.location, PLACE_KINDS))),
    FactSpec("event-duration", (WSIS.EventDuration,), (
        _ent("event", WSIS.event, EVENT_KINDS),
        Arg("duration", "literal", SCHEMA.duration, True, datatypes=("xsd:duration",)))),
    FactSpec("relation", (WSIS.Relationship,), (
        _ent("subject", WSIS.subject, ANY_KIND),
        _con("relation", WSIS.relation, "wsis:Relations"),
        _ent("object", WSIS.object, ANY_KIND))),
    FactSpec("role", (WSIS.RoleAssignment,), (
        _ent("agent", WSIS.agent, AGENT_KINDS),
        _con("role", WSIS.role, "wsis:Roles"),
        _ent("context", WSIS.context, ANY_KIND),
        _date("start", SCHEMA.startDate),
        _date("end", SCHEMA.endDate))),
    FactSpec("post", (ORG.Membership,), (
        _ent("person", ORG.member, ("Person",)),
        _con("post", ORG.role, "wsis:Posts"),
        _ent("organization", ORG.organization, ("Organization", "Country"), required=False),
        Arg("title_zh", "text", RDFS.label, True, lang="zh"),
        Arg("title_en", "text", RDFS.label, False, lang="en"))),
    FactSpec("sponsorship", (WSIS.Sponsorship,), (
        _ent("sponsor", WSIS.sponsor, AGENT_KINDS),
        _ent("event", WSIS.event, EVENT_KINDS),
        _con("tier", WSIS.tier, "wsis:SponsorTiers"))),
    FactSpec("statistic", (WSIS.Statistic,), (
        _ent("subject", SCHEMA.observationAbout, ANY_KIND),
        _con("measure", WSIS.measure, "wsis:Measures"),
        Arg("value", "literal", SCHEMA.value, True, datatypes=NUMBER_TYPES),
        _con("qualifier", WSIS.qualifier, "wsis:Qualifiers"),
        _con("unit", WSIS.unit, "wsis:Units"),
        Arg("noun_zh", "text", RDFS.label, False, lang="zh"))),
    FactSpec("session", (WSIS.SessionListing,), (
        _ent("session", WSIS.session, EVENT_KINDS),
        _con("type", WSIS.sessionType, "wsis:SessionTypes"),
        _ent("event", WSIS.event, EVENT_KINDS),
        _date("start", SCHEMA.startDate),
        _date("end", SCHEMA.endDate))),
    FactSpec("topic", (WSIS.TopicMention,), (
        _ent("subject", WSIS.subject, ANY_KIND),
        _con("topic", WSIS.topic, "wsis:Topics", "wsis:ActionLines"),
        _con("kind", WSIS.topicKind, "wsis:TopicKinds"))),
)}

# Lexical forms, as XML Schema defines them (dateTime with a required offset: the text gives one).
_LEXICAL = {
    "xsd:date": re.compile(r"^-?\d{4}-\d{2}-\d{2}$"),
    "xsd:dateTime": re.compile(r"^-?\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$"),
    "xsd:gYearMonth": re.compile(r"^-?\d{4}-(0[1-9]|1[0-2])$"),
    "xsd:gYear": re.compile(r"^-?\d{4}$"),
    "xsd:integer": re.compile(r"^[+-]?\d+$"),
    "xsd:decimal": re.compile(r"^[+-]?(\d+(\.\d*)?|\.\d+)$"),
    # P5D, PT2H30M: at least one part, a T only before a time part, a fraction only in seconds
    "xsd:duration": re.compile(r"^-?P(?=\d|T\d)(\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+(\.\d+)?S)?)?$"),
    "xsd:string": re.compile(r"^.*$", re.S),
}

XSD_BY_CURIE = {
    "xsd:date": XSD.date, "xsd:dateTime": XSD.dateTime, "xsd:gYearMonth": XSD.gYearMonth,
    "xsd:gYear": XSD.gYear, "xsd:integer": XSD.integer, "xsd:decimal": XSD.decimal,
    "xsd:duration": XSD.duration, "xsd:string": XSD.string,
}


def normalise_datatype(datatype: str) -> str:
    """`xsd:date`, or the full XML Schema IRI, -> the CURIE used as key here."""
    xsd = str(XSD)
    return "xsd:" + datatype[len(xsd):] if datatype.startswith(xsd) else datatype


def normalise_lexical(value: str, datatype: str) -> str:
    """Add the seconds a clock time leaves out (16:45 -> 16:45:00): xsd:dateTime requires them."""
    if datatype == "xsd:dateTime":
        return re.sub(r"T(\d{2}:\d{2})(?=Z|[+-]\d{2}:\d{2}$)", r"T\1:00", value)
    return value


def lexical_problem(value: str, datatype: str) -> str | None:
    """Why `value` is not a valid `datatype` literal, or None when it is."""
    pattern = _LEXICAL.get(datatype)
    if pattern is None:
        return f"unsupported datatype {datatype}"
    if not pattern.match(value):
        if datatype == "xsd:dateTime" and re.match(r"^-?\d{4}-\d{2}-\d{2}T[\d:.]+$", value):
            return f"dateTime {value!r} has no UTC offset"
        return f"{value!r} is not a valid {datatype}"
    if datatype in ("xsd:date", "xsd:dateTime"):
        try:
            date.fromisoformat(value[:10])
        except ValueError:
            return f"{value!r} is not a calendar date"
    return None
