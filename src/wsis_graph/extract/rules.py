"""Pattern rules: data files in data/rules/*.json, applied sentence by sentence.

A rule is `{id, pattern, facts: [{kind, args, each?}], examples: [{text, facts, absent?}]}`. Its
pattern (see stream.py) matches a sentence's token stream; each fact template names where its
arguments come from:

- `"group"`: the mentions captured by that group (labels as in the group's macro);
- `"=prefix:id"`: a fixed concept, such as `=role:organiser`;
- `"@event"`, `"@context"`, `"@main-event"`: what the sentence leaves unsaid (context.py);
- `"group|@context"`: the group if it matched, else the resolver.

A file may name label sets (`aliases`: `{AGENT}` for `{ORG|COUNTRY|PERSON}`) and pieces of
pattern its rules share (`fragments`: `<<OFFICE_HEAD>>` for the words an office ends with).

`each` names the argument whose list fans out into one fact per item. A fact's evidence is the
smallest span covering its own mentions in the match; a context read elsewhere adds its own span.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from ..errors import InputError
from ..model import Fact, Mention, Span
from ..resources import data_dir
from .context import DocumentContext
from .lexicon import held_by_a_list
from .mentions import LABELS
from .names import name_data
from .stream import Stream, compile_pattern, encode
from .text import Segment


@dataclass(frozen=True)
class Rule:
    id: str
    pattern: re.Pattern
    facts: list[dict[str, Any]]
    group_labels: dict[str, set[str]]
    scope: str = "sentence"  # or "block": the lines between two bullets, for headings over lists


_GROUP = re.compile(r"\{(?P<name>[a-z_]+)=(?P<labels>[A-Za-z0-9_|:\-]+)")


@cache
def load_rules(folder: Path | None = None) -> list[Rule]:
    """Every rule of every `*.json` file in data/rules except mentions.json, in file order."""
    folder = Path(folder) if folder else data_dir("rules")
    rules: list[Rule] = []
    for path in sorted(folder.glob("*.json")):
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except json.JSONDecodeError as exc:
            raise InputError(f"{path.name}: not valid JSON ({exc})") from None
        aliases = data.get("aliases", {})
        fragments = {**_shared_fragments(), **data.get("fragments", {})}
        for spec in data.get("rules", []):
            where = f"{path.name}: rule {spec.get('id', '?') if isinstance(spec, dict) else '?'}"
            spec = _with_fragments(spec, fragments, where)
            check_rule(spec, aliases, where)
            rules.append(_compile(spec, aliases))
    return rules


_FRAGMENT = re.compile(r"<<([A-Z_]+)>>")


@cache
def _shared_fragments() -> dict[str, str]:
    """Pieces of pattern every rule file may use that come from the name tagger's data, so one
    list serves both: OFFICE_MODIFIER is a word that belongs to the office after it (项目总监)."""
    return {"OFFICE_MODIFIER": "|".join(map(re.escape, name_data().office_modifiers))}


def _with_fragments(spec: Any, fragments: dict[str, str], where: str) -> Any:
    """A rule whose pattern names a piece of pattern its file shares (`<<OFFICE_HEAD>>`, from the
    file's `fragments`), with the piece written in."""
    if not isinstance(spec, dict) or not isinstance(spec.get("pattern"), str):
        return spec

    def piece(m: re.Match) -> str:
        if m.group(1) not in fragments:
            raise InputError(f"{where}: the pattern names fragment {m.group(1)!r}, which the file's "
                             f"`fragments` lack")
        return fragments[m.group(1)]

    return {**spec, "pattern": _FRAGMENT.sub(piece, spec["pattern"])}


# What a rule may name; a rule file is checked against these when it is loaded.
MENTION_LABELS = LABELS | {"TITLED", "ANY", "MAIN"}  # and the pattern macros (a title, any mention), the report's event
FACT_KINDS = {"role", "post", "sponsorship", "statistic", "event-time", "event-place", "event-duration", "relation",
              "session", "topic"}
CONTEXTS = {"@event", "@context", "@main-event", "@ref-or-main", "@session-or-event"}
CONCEPT_PREFIXES = {"role", "post", "tier", "session-type", "measure", "qualifier", "unit", "relation", "topic",
                    "topic-kind", "action-line", "honorific"}


def check_rule(spec: Any, aliases: dict[str, str], where: str) -> None:
    """A rule names only labels, groups, contexts and concept schemes that exist: a mistake is
    an error naming the file and the rule, when the rules are loaded, not a silent miss."""
    if not isinstance(spec, dict) or not isinstance(spec.get("id"), str) or not isinstance(spec.get("pattern"), str) \
            or not isinstance(spec.get("facts"), list):
        raise InputError(f"{where}: a rule is {{\"id\": ..., \"pattern\": ..., \"facts\": [...]}}")
    pattern = spec["pattern"]
    for alias, labels in aliases.items():
        pattern = pattern.replace(alias, labels)
    for macro in re.finditer(r"\{(?:[a-z_]+=)?([A-Za-z0-9_|:\-]+?)[+*]?\}", pattern):
        for alt in macro.group(1).split("|"):
            label = alt.split(":")[0].removeprefix("TITLED_")
            if label and label.isupper() and label not in MENTION_LABELS:
                raise InputError(f"{where}: unknown mention label {label!r} in the pattern")
    try:
        groups = set(_compile(spec, aliases).pattern.groupindex)
    except re.error as exc:
        raise InputError(f"{where}: the pattern is not a regular expression ({exc})") from None
    for fact in spec["facts"]:
        if fact.get("kind") not in FACT_KINDS:
            raise InputError(f"{where}: unknown fact kind {fact.get('kind')!r}")
        for arg, source in fact.get("args", {}).items():
            for option in str(source).rstrip("?").split("|"):
                _check_source(option, groups, where, arg)
        if fact.get("each") and fact["each"] not in fact.get("args", {}):
            raise InputError(f"{where}: `each` names {fact['each']!r}, which is not an argument")
    _check_examples(spec.get("examples"), where)


def _check_examples(examples: Any, where: str) -> None:
    """Every rule carries examples, a sentence and the facts it must give, which run as tests
    (tests/test_frames.py)."""
    if not isinstance(examples, list) or not examples:
        raise InputError(f"{where}: the rule has no `examples` (a list of {{\"text\": ..., \"facts\": [...]}})")
    for n, example in enumerate(examples, 1):
        if not isinstance(example, dict) or not isinstance(example.get("text"), str) \
                or not isinstance(example.get("facts"), list):
            raise InputError(f"{where}: example {n} is not {{\"text\": ..., \"facts\": [...]}}")


def _check_source(option: str, groups: set[str], where: str, arg: str) -> None:
    if option.startswith("="):
        prefix = option[1:].split(":")[0]
        if ":" in option and prefix not in CONCEPT_PREFIXES:  # (=yes is a flag, not a concept)
            raise InputError(f"{where}: argument {arg!r} names a concept of unknown scheme {prefix!r}")
    elif option.startswith("@"):
        if option not in CONTEXTS:
            raise InputError(f"{where}: argument {arg!r} names unknown context {option!r} "
                             f"(one of {', '.join(sorted(CONTEXTS))})")
    elif option.startswith(("text:", "body:")):
        if option[5:] not in groups:
            raise InputError(f"{where}: argument {arg!r} reads text of group {option[5:]!r}, which the pattern lacks")
    elif option not in groups:
        raise InputError(f"{where}: argument {arg!r} comes from group {option!r}, which the pattern lacks")


def _compile(spec: dict[str, Any], aliases: dict[str, str]) -> Rule:
    pattern = spec["pattern"]
    for alias, labels in sorted(aliases.items(), key=lambda kv: -len(kv[0])):
        pattern = re.sub(r"(?<=[{=|_])" + alias + r"(?=[}|+:])", labels, pattern)
    groups = {m.group("name"): {alt.split(":")[0] for alt in m.group("labels").removeprefix("TITLED_").split("|")}
              for m in _GROUP.finditer(pattern)}
    return Rule(spec["id"], compile_pattern(pattern), spec["facts"], groups, spec.get("scope", "sentence"))


def apply_rules(ctx: DocumentContext, rules: list[Rule], document_id: str) -> list[Fact]:
    facts: list[Fact] = []
    sentence_rules = [r for r in rules if r.scope == "sentence"]
    for seg in ctx.sentences:
        _apply(sentence_rules, encode(ctx.text, seg.start, seg.end, ctx.mentions), ctx, document_id, facts)
    block_rules = [r for r in rules if r.scope == "block"]
    for start, end in _blocks(ctx) if block_rules else []:
        _apply(block_rules, encode(ctx.text, start, end, ctx.mentions), ctx, document_id, facts)
    return facts


def _apply(rules: list[Rule], stream: Stream, ctx: DocumentContext, document_id: str, out: list[Fact]) -> None:
    claimed: set[tuple] = set()
    for rule in rules:
        for match in rule.pattern.finditer(stream.text):
            seg = ctx.sentence_of(stream.source_span(match.start(), match.end())[0])
            for fact in _facts_of(rule, match, stream, seg, ctx, document_id):
                if _claim(fact, claimed):
                    out.append(fact)


def _blocks(ctx: DocumentContext) -> list[tuple[int, int]]:
    spans: dict[int, tuple[int, int]] = {}
    for seg in ctx.sentences:
        start, end = spans.get(seg.block, (seg.start, seg.end))
        spans[seg.block] = (min(start, seg.start), max(end, seg.end))
    return [spans[b] for b in sorted(spans)]


def _claim(fact: Fact, claimed: set[tuple]) -> bool:
    """One agent and one role word make one role: the first rule that reads them wins
    (rules are ordered from the specific, 瑜伽课程由A组织, to the general, 由A组织). An office
    read with no body (秘书长X) is kept only when no rule read that person's office with its body."""
    if fact.kind == "post" and isinstance(fact.args.get("person"), Mention):
        person = ("post", fact.args["person"].start, fact.args["person"].end)
        if "organization" not in fact.args:
            return person not in claimed
        claimed.add(person)
        return True
    if fact.kind != "role" or not isinstance(fact.args.get("agent"), Mention):
        return True
    agent, role, context = fact.args["agent"], fact.args.get("role"), fact.args.get("context")
    key = (agent.start, agent.end, _where(role))
    if key in claimed:
        # a second rule reading the same role in the same context only adds its evidence
        return key + (_where(context),) in claimed
    claimed.update({key, key + (_where(context),)})
    return True


def _where(value: Any) -> Any:
    """A mention by its place in the text; a fixed concept by itself."""
    return (value.label, value.start, value.end) if isinstance(value, Mention) else value


def _facts_of(rule: Rule, match: re.Match, stream: Stream, seg: Segment,
              ctx: DocumentContext, document_id: str) -> list[Fact]:
    groups = {name: _group_mentions(rule, name, match, stream) for name in rule.group_labels}
    out = []
    for template in rule.facts:
        out.extend(_instantiate(rule, template, groups, match, stream, seg, ctx, document_id))
    return out


def _group_mentions(rule: Rule, name: str, match: re.Match, stream: Stream) -> list[Mention]:
    """The group's mentions, without one in brackets right after another of the group (泛非社区网络联盟
    （PACNA）: its abbreviation or English name, the same body)."""
    if match.group(name) is None:
        return []
    return stream.mentions_in(match.start(name), match.end(name), rule.group_labels[name], glosses=False)


def _instantiate(rule: Rule, template: dict[str, Any], groups: dict[str, list[Mention]],
                 match: re.Match, stream: Stream, seg: Segment, ctx: DocumentContext,
                 document_id: str) -> list[Fact]:
    each = template.get("each")
    args: dict[str, Any] = {}
    extra_spans: list[Span] = []
    for arg, source in template["args"].items():
        value, span = _resolve_arg(source, groups, match, stream, seg, ctx)
        if value is None and not source.endswith("?"):
            return []
        if value is not None:
            args[arg] = value
        if span:
            extra_spans.append(span)
    items = args.get(each) if each else None
    _jointly(template, args, items, ctx)
    facts = []
    for item in (items if isinstance(items, list) else [None]):
        fact_args = {k: (v if k == each or _keeps_list(k) or not isinstance(v, list) else v[0])
                     for k, v in args.items()}
        if each:
            fact_args[each] = item
        own = [m for k, v in fact_args.items() if not k.startswith("co_")
               for m in (v if isinstance(v, list) else [v]) if isinstance(m, Mention) and m.label != "MAIN"]
        spans = [_cover(ctx.text, own, match, stream, template)] + extra_spans
        facts.append(Fact(template["kind"], fact_args, [s for s in spans if s], rule.id, document_id))
    return facts


def _keeps_list(arg: str) -> bool:
    """`co_agents` (who shares a session) and `*_all` (every place named) stay lists."""
    return arg.startswith("co_") or arg.endswith("_all")


def _jointly(template: dict[str, Any], args: dict[str, Any], items: Any, ctx: DocumentContext) -> None:
    """The template's `plural` role where the list of agents is said to hold it together."""
    role = args.get("role")
    role = role[0] if isinstance(role, list) else role
    joint = held_by_a_list(role, items if isinstance(items, list) else [], template.get("plural", {}), ctx.text,
                           ctx.lexicon)
    if joint is not role:
        args["role"] = joint


_NOTE_AFTER = re.compile(r"\s*[（(](?P<inner>[^（）()\n]{1,20})[）)]\s*$")


def _without_country_note(ctx: DocumentContext, start: int, end: int) -> int:
    """所长（巴西）: an office ends before a bracketed country (副校长（研究与创新）keeps its portfolio)."""
    note = _NOTE_AFTER.search(ctx.text, start, end)
    if note is None or note.end() != end:
        return end
    inner = (note.start("inner"), note.end("inner"))
    countries = any((m.start, m.end) == inner and m.label in ("COUNTRY", "PLACE") for m in ctx.mentions)
    return note.start() if countries else end


_TITLE_LEAD = " \t的"


def _resolve_arg(source: str, groups: dict[str, list[Mention]], match: re.Match, stream: Stream,
                 seg: Segment, ctx: DocumentContext) -> tuple[Any, Span | None]:
    source = source.rstrip("?")
    for option in source.split("|"):
        if option.startswith("="):
            return option[1:], None
        if option.startswith("@"):
            return _context(option, match, stream, seg, ctx)
        if option.startswith("text:"):
            start, end = match.span(option[5:])
            if start < 0:
                continue
            s, e = stream.source_span(start, end)
            if option[5:] in ("title", "other_title"):
                e = _without_country_note(ctx, s, e)
                s += len(ctx.text[s:e]) - len(ctx.text[s:e].lstrip(_TITLE_LEAD))  # …组织的助理总干事: its body's 的 is no part of it
            return {"text": ctx.text[s:e].strip(), "start": s, "end": e}, None
        if option.startswith("body:"):
            body = next((b for m in groups.get(option[5:], []) if (b := ctx.body_in_name(m))), None)
            if body is None:
                continue
            return [body], None
        if groups.get(option):
            return groups[option], None
    return None, None


def _context(resolver: str, match: re.Match, stream: Stream, seg: Segment,
             ctx: DocumentContext) -> tuple[Mention | None, Span | None]:
    """What a fact with no context of its own in the match speaks of: the session titled over its
    block, the session its sentence opens with, the event its sentence names, a body, the session
    of its paragraph or section, else the report's event."""
    at = stream.source_span(match.start(), match.end())[0]
    if resolver == "@main-event":
        return ctx.main_arg(), None
    event = ctx.event_in_sentence(seg, at) if resolver != "@ref-or-main" else None
    titled = ctx.block_title(seg) if resolver in ("@event", "@context", "@session-or-event") else None
    if titled is not None and event is None:
        return titled, None  # 组织方：X under the title 高级别政策对话：…: the field speaks of that session
    if resolver == "@ref-or-main":
        refs = ctx.in_sentence(seg, {"EVENT_REF"})
        return (refs[0], _span(ctx.text, refs[0])) if refs else (ctx.main_arg(), None)
    topic = ctx.sentence_topic(seg, at) or ctx.pronoun_subject(seg, at)
    end = stream.source_span(match.start(), match.end())[1]
    if topic is not None and (event is None or event.start < topic[1] or event.start >= end):
        # (高级别对话…被组织由A，与B共同，它打开了磋商的工作: the event after the fact's words is another object)
        return topic[0], _own_span(ctx.text, topic[0], seg)
    modified = ctx.text[end:seg.end].lstrip().startswith("的") and ctx.sentence_topic(seg, seg.end)
    if modified and modified[0].start >= end and event is None:
        # 由内罗毕大学组织的，被举行了高级别政策会议：… (a translation's order): what the clause modifies
        return modified[0], _own_span(ctx.text, modified[0], seg)
    if event:
        return event, _span(ctx.text, event)
    if resolver == "@session-or-event":
        heading = ctx.heading_session(seg)
        if heading:  # (七)瑜伽和正念课程。由印度常驻代表团组织。
            return heading, _span(ctx.text, heading)
    if resolver == "@context":
        body = ctx.body_before(seg, at)
        if body:
            return body, _span(ctx.text, body)
    later = ctx.carried_session(seg, at)
    return (later, None) if later is not None else (ctx.main_arg(), None)


def _own_span(text: str, mention: Mention, seg: Segment) -> Span | None:
    """The session's words as evidence when the sentence names it (not when a heading does)."""
    return _span(text, mention) if seg.start <= mention.start < seg.end else None


def _span(text: str, mention: Mention) -> Span:
    return Span(mention.start, mention.end, text[mention.start:mention.end])


def _cover(text: str, mentions: list[Mention], match: re.Match, stream: Stream,
           template: dict[str, Any]) -> Span | None:
    """The smallest span over the fact's own mentions inside the match (and named text groups)."""
    m_start, m_end = stream.source_span(match.start(), match.end())
    inside = [m for m in mentions if m_start <= m.start and m.end <= m_end]
    bounds = [(m.start, m.end) for m in inside]
    for group in template.get("span_groups", []):
        if match.group(group) is not None:
            bounds.append(stream.source_span(*match.span(group)))
    if not bounds:
        return None
    start, end = min(b[0] for b in bounds), max(b[1] for b in bounds)
    return Span(start, end, text[start:end])
