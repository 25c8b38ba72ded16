"""Frames: a fact kind as a trigger and typed slots, filled from the mentions of one clause.

A pattern rule (rules.py) matches one way of writing a sentence; a frame reads the same fact
whatever the order of its parts and whatever stands between them (由A作为主要协调方主办,
与B、C和D合办; 本次会议于24日在曼谷开幕). Each slot names the labels it takes, the side of the
trigger it stands on, the markers that introduce it and whether it is a list. Candidates are
scored by distance from the trigger, less a bonus when a marker stands right before them; the
best reading wins. Frames run after the pattern rules and add only what those did not read, so
the rules' precise readings are kept and the frames catch the forms no rule foresaw.

The frames are data: data/rules/<lang>/frames.json, checked when loaded.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from ..errors import InputError
from ..model import Fact, Mention, Span
from ..resources import data_dir
from .context import BRACKETS, DocumentContext
from .conventions import conventions
from .durations import lasting
from .lexicon import held_by_a_list
from .mentions import LABELS
from .names import CJK, office_heads
from .places import place_of
from .text import Segment, inside_brackets

SIDES = {"before", "after", "any"}
SLOT_KEYS = frozenset({"labels", "side", "markers", "anti_markers", "joiners", "blocked_by", "required_marker", "list",
                       "optional", "default", "span", "not_followed_by", "passes", "nearest_trigger", "not_after"})
SPANS = {"phrase", "clause", "sentence"}


@dataclass(frozen=True)
class Slot:
    name: str
    labels: tuple[tuple[str, str | None], ...]
    side: str = "any"
    markers: tuple[str, ...] = ()
    anti_markers: tuple[str, ...] = ()
    joiners: tuple[str, ...] | None = None
    blocked_by: tuple[tuple[str, str | None], ...] = ()
    required_marker: bool = False
    is_list: bool = False
    optional: bool = False
    default: str | None = None
    span: str | None = None
    not_followed_by: tuple[str, ...] = ()
    passes: tuple[tuple[str, str | None], ...] = ()  # names that may stand between a list and its trigger
    nearest_trigger: bool = False  # a filler with another trigger between belongs to that one
    not_after: tuple[str, ...] = ()  # 来自塞内加尔的: words after which a name is never this slot's

    @property
    def takes_events(self) -> bool:
        """A slot for what the frame speaks of: an event or a session."""
        return any(label in ("EVENT", "EVENT_REF", "SESSION_TYPE") for label, _ in self.labels)

    def takes(self, m: Mention) -> bool:
        return any(m.label == label and (concept is None or (m.key or "").endswith(":" + concept))
                   for label, concept in self.labels)


@dataclass(frozen=True)
class Frame:
    id: str
    trigger_words: tuple[str, ...]
    trigger_labels: tuple[tuple[str, str | None], ...]
    scope: str
    slots: tuple[Slot, ...]
    facts: tuple[dict[str, Any], ...]
    plural: dict[str, str] = field(default_factory=dict)  # the joint role of a list said to hold one together (A与B协作举办)
    line_before: re.Pattern | None = None  # what the trigger's line must hold before it
    line_after: re.Pattern | None = None  # ... and after it (a label: 组织方：)
    partner: dict[str, str] = field(default_factory=dict)  # the role of agents one works *with*, however many
    partner_after: tuple[str, ...] = ()  # ... when they stand right after one of these words (与X合作举办)
    capacity_yields_to: tuple[str, ...] = ()  # 作为主要协调方|主办: the roles of verbs a role noun right before gives way to
    modifier_words: tuple[str, ...] = ()  # 开幕 of 开幕主旨发言: trigger words that, right before ...
    modified_labels: tuple[tuple[str, str | None], ...] = ()  # ... a mention of these labels, only describe it
    untagged_object: re.Pattern | None = None  # 举行总体审查: the verb's own object, a gathering no tagger named
    object_labels: tuple[tuple[str, str | None], ...] = ()  # ... unless a mention of these stands in it
    office_not_after: tuple[str, ...] = ()  # 中国残联副主席吕世明: a role word between a body's words and a name is an office
    verbs_after_capacity: tuple[str, ...] = ()  # 作为共同协调人主持: a verb right after a role noun in a capacity adds no role
    capacity_words: tuple[str, ...] = ()  # ... the words (作为, 以) that say the noun is a capacity
    appointer_before: re.Pattern | None = None  # 受大会主席任命: a role word between these two patterns is the office
    appointer_after: re.Pattern | None = None  # ... of whoever appoints or invites, not a role of the sentence's subject


@dataclass(frozen=True)
class FrameSet:
    frames: tuple[Frame, ...]
    clause_breaks: str
    soft_breaks: str
    list_joiners: tuple[str, ...]
    clause_openers: tuple[str, ...]  # ，并且: what opens a new clause after a comma, not a list's next item
    filler_max: int
    marker_bonus: int
    anti_marker_penalty: int
    alongside: re.Pattern  # 与所有行动方面协调人密切合作: whom a list works with, between it and its verb
    in_capacity: re.Pattern  # 以区域秘书处的身份: what a list acts as, between it and its verb
    apposed_office: dict  # X，执行董事，…: an office no lexicon lists, set beside a name between commas
    taking_office: re.Pattern | None = None  # X受…任命，担任共同协调人: a phrase of taking an office has X as subject
    appointed: re.Pattern | None = None  # 受大会主席任命，: by whom X was appointed, no words between X and the office
    break_words: tuple[str, ...] = ()  # 被主办由A并且被共同组织与B: words that open a new clause with no comma before them
    since_clause: re.Pattern | None = None  # 自国际电联于2003年组织峰会以来: a time told by what happened then
    through: re.Pattern | None = None  # A通过其区域办事处: the body named after is the means of the one before
    country_of_a_body: dict | None = None  # …信息技术部，阿曼。: the country after a ministry is whose it is


def _labels(spec: list[str], where: str) -> tuple[tuple[str, str | None], ...]:
    out = []
    for item in spec:
        label, _, concept = item.partition(":")
        if label not in LABELS:
            raise InputError(f"{where}: unknown mention label {label!r}")
        out.append((label, concept or None))
    return tuple(out)


@cache
def load_frames(folder: Path | None = None, language: str = "zh") -> FrameSet:
    """Read and check the frames of one language; a mistake names the file and the frame."""
    path = (Path(folder) if folder else data_dir("rules")) / language / "frames.json"
    raw = json.loads(path.read_text(encoding="utf-8"))
    frames = []
    for spec in raw["frames"]:
        where = f"{path.name}: frame {spec.get('id', '?')}"
        if spec.get("scope", "clause") not in SPANS:
            raise InputError(f"{where}: unknown scope {spec.get('scope')!r} (one of {', '.join(sorted(SPANS))})")
        slots = []
        for name, s in spec["slots"].items():
            if s.get("side", "any") not in SIDES or s.get("span", "clause") not in SPANS:
                raise InputError(f"{where}: slot {name!r} has an unknown side or span")
            if set(s) - SLOT_KEYS:
                raise InputError(f"{where}: slot {name!r} has unknown keys {sorted(set(s) - SLOT_KEYS)} "
                                 f"(one of {', '.join(sorted(SLOT_KEYS))})")
            slots.append(Slot(name, _labels(s["labels"], where), s.get("side", "any"), tuple(s.get("markers", [])),
                              tuple(s.get("anti_markers", [])),
                              tuple(s["joiners"]) if "joiners" in s else None,
                              _labels(s.get("blocked_by", []), where), bool(s.get("required_marker")),
                              bool(s.get("list")), bool(s.get("optional")), s.get("default"), s.get("span"),
                              tuple(s.get("not_followed_by", [])), _labels(s.get("passes", []), where),
                              bool(s.get("nearest_trigger")), tuple(s.get("not_after", []))))
        names = {s.name for s in slots}
        for fact in spec["facts"]:
            for arg in fact["args"]:
                source = arg.lstrip("?").split(":")[0]
                if source not in names and source not in ("trigger", "@main-event"):
                    raise InputError(f"{where}: fact argument {arg!r} names no slot")
        trigger = spec["trigger"]
        try:
            before, after = (re.compile(trigger[k]) if trigger.get(k) else None for k in ("before", "after"))
        except re.error as exc:
            raise InputError(f"{where}: the trigger's line pattern is not a regular expression ({exc})") from None
        frames.append(Frame(spec["id"], tuple(trigger.get("words", [])), _labels(trigger.get("labels", []), where),
                            spec.get("scope", "clause"), tuple(slots), tuple(spec["facts"]), spec.get("plural", {}),
                            before, after, spec.get("partner", {}), tuple(spec.get("partner_after", [])),
                            tuple(spec.get("capacity_yields_to", {}).get("roles", [])),
                            tuple(trigger.get("modifies", {}).get("words", [])),
                            _labels(trigger.get("modifies", {}).get("labels", []), where),
                            _pattern(trigger, "untagged_object", path, nested="pattern"),
                            _labels(trigger.get("untagged_object", {}).get("labels", []), where),
                            tuple(trigger.get("office_before_name", {}).get("not_after", [])),
                            tuple(trigger.get("verb_after_capacity", {}).get("words", [])),
                            tuple(trigger.get("verb_after_capacity", {}).get("capacity_words", [])),
                            _pattern(trigger, "appointer", path, nested="before"),
                            _pattern(trigger, "appointer", path, nested="after")))
    return FrameSet(tuple(frames), raw["clause_breaks"], raw["soft_breaks"],
                    tuple(raw["list_joiners"]) + conventions().item_joiners, tuple(raw["clause_openers"]),
                    raw["filler_max"], raw["marker_bonus"], raw["anti_marker_penalty"],
                    _pattern(raw, "alongside", path), _pattern(raw, "in_capacity", path), dict(raw["apposed_office"]),
                    _pattern(raw["taking_office"], "pattern", path), _pattern(raw["taking_office"], "appointed", path),
                    tuple(raw["clause_break_words"]["words"]), _pattern(raw["since_clause"], "pattern", path),
                    _pattern(raw["through"], "pattern", path), dict(raw["country_of_a_body"]))


def _pattern(raw: dict, key: str, path: Path, nested: str | None = None) -> re.Pattern | None:
    """raw[key] compiled (raw[key][nested] when the pattern is a field of an object; None when a
    nested one is absent); a mistake names the file and the key."""
    value = raw.get(key, {}).get(nested) if nested else raw[key]
    if value is None:
        return None
    try:
        return re.compile(value)
    except re.error as exc:
        raise InputError(f"{path.name}: `{key}` is not a regular expression ({exc})") from None


# --- reading --------------------------------------------------------------------------------

BLOCKED = object()  # the trigger speaks of something this frame does not read
TAKEN = object()  # the only filler belongs to another trigger of the frame: this one reads nothing


@dataclass
class _Trigger:
    start: int
    end: int
    mention: Mention | None


def apply_frames(ctx: DocumentContext, frames: FrameSet, document_id: str, read: list[Fact]) -> list[Fact]:
    """The facts the frames read that the pattern rules (`read`) did not."""
    seen = _Seen(read, ctx)
    titles = _post_titles(read)
    out: list[Fact] = []
    for seg in ctx.sentences:
        # every slot is filled within its sentence: its mentions are gathered once, not per trigger
        local = [m for m in ctx.mentions if seg.start <= m.start < seg.end]
        since = _since_clauses(ctx, seg, frames)
        for frame in frames.frames:
            triggers = _triggers(ctx, seg, frame, since, local)
            for trigger in triggers:
                if any(a < trigger.end and trigger.start < b for a, b in titles):
                    continue  # 委员会执行副主席X: the office X holds in a body, not a role at the event
                others = [t for t in triggers if t is not trigger]
                out += seen.add_reading(_read(ctx, seg, frame, frames, trigger, document_id, local, others))
    return out


def _post_titles(read: list[Fact]) -> list[tuple[int, int]]:
    """Where the offices of posts already read stand in the text."""
    spans = []
    for fact in read:
        title = fact.args.get("title") if fact.kind == "post" else None
        if isinstance(title, dict) and "start" in title:
            spans.append((title["start"], title["end"]))
    return spans


def _since_clauses(ctx: DocumentContext, seg: Segment, frames: FrameSet) -> list[tuple[int, int]]:
    """The clauses of `seg` that only tell a time by what happened then (frames.json
    `since_clause`: 自国际电联于2003年组织峰会以来 says when, not who organises)."""
    if frames.since_clause is None:
        return []
    return [(m.start(), m.end()) for m in frames.since_clause.finditer(ctx.text, seg.start, seg.end)]


def _triggers(ctx: DocumentContext, seg: Segment, frame: Frame, since: list[tuple[int, int]],
              local: list[Mention]) -> list[_Trigger]:
    """The triggers of `frame` in `seg`; none inside a clause of `since`."""
    found = []
    if frame.trigger_labels:
        probe = Slot("trigger", frame.trigger_labels)
        found += [_Trigger(m.start, m.end, m) for m in local if probe.takes(m)]
    text = ctx.text[seg.start:seg.end]
    for word in frame.trigger_words:
        for m in re.finditer(re.escape(word), text):
            start, end = seg.start + m.start(), seg.start + m.end()
            if not any(x.start < end and start < x.end for x in local) and not _modifies(frame, word, end, local) \
                    and not _holds_an_untagged_object(ctx, frame, end, local):
                found.append(_Trigger(start, end, None))
    found = sorted((t for t in found if _line_fits(ctx.text, t, frame)
                    and not any(s <= t.start and t.end <= e for s, e in since)), key=lambda t: t.start)
    return [t for t, before, after in zip(found, [None] + found[:-1], found[1:] + [None])
            if not _capacity_of(ctx.text, t, after, frame) and not _titles_the_next(ctx, t, after, local)
            and not _office_before_a_name(ctx, t, frame, local) and not _the_appointer_s(ctx, seg, t, frame)
            and not _acts_in_its_capacity(ctx.text, before, t, frame)]


def _acts_in_its_capacity(text: str, before: _Trigger | None, trigger: _Trigger, frame: Frame) -> bool:
    """由A和B作为共同协调人主持: a verb (frames.json, a trigger's `verb_after_capacity`) right after a
    role noun that 作为 introduces only says that they act in that role: the noun is their role."""
    return before is not None and trigger.mention is not None and trigger.mention.text in frame.verbs_after_capacity \
        and before.end == trigger.start and text.endswith(frame.capacity_words, 0, before.start)


def _the_appointer_s(ctx: DocumentContext, seg: Segment, trigger: _Trigger, frame: Frame) -> bool:
    """受大会主席任命，担任共同协调人: a role word inside 受…任命 (…邀请, …委托) is the office of whoever
    appoints, invites or entrusts (frames.json, a trigger's `appointer`), not a role of the subject."""
    if frame.appointer_before is None or frame.appointer_after is None:
        return False
    return bool(frame.appointer_before.search(ctx.text, seg.start, trigger.start)
                and frame.appointer_after.match(ctx.text, trigger.end))


def _office_before_a_name(ctx: DocumentContext, trigger: _Trigger, frame: Frame, local: list[Mention]) -> bool:
    """中国残联副主席吕世明, 自治区常务副主席黄志强: a role word right between a body's words (no
    event's, no verb's: frames.json `office_before_name`) and a person's name is the office the
    person holds in that body, not what they do at the event (大会主席X, 由副主席X主持 are)."""
    if not frame.office_not_after or trigger.mention is None or not CJK.match(ctx.text[trigger.start - 1:trigger.start]):
        return False
    person = next((m for m in local if m.start == trigger.end), None)
    if person is None or person.label != "PERSON":
        return False
    if any(m.end == trigger.start and m.label in ("EVENT", "EVENT_REF", "SESSION_TYPE", "ROLE", "PERSON") for m in local):
        return False
    return not ctx.text.endswith(frame.office_not_after, 0, trigger.start)


def _modifies(frame: Frame, word: str, end: int, local: list[Mention]) -> bool:
    """开幕主旨发言, 开幕全体会议: a verb of opening written right before a role or a session's kind
    describes it (the opening keynote), it does not report the event opened (frames.json, a
    trigger's `modifies`)."""
    if word not in frame.modifier_words:
        return False
    probe = Slot("modified", frame.modified_labels)
    return any(m.start == end and probe.takes(m) for m in local)


def _holds_an_untagged_object(ctx: DocumentContext, frame: Frame, end: int, local: list[Mention]) -> bool:
    """…十年审查（WSIS+10），同时决定于2025年举行总体审查: a verb of holding followed by its own object,
    a gathering no tagger named (frames.json, a trigger's `untagged_object`), reports that gathering
    held, not an event named elsewhere in the sentence."""
    if frame.untagged_object is None:
        return False
    held = frame.untagged_object.match(ctx.text, end)
    probe = Slot("object", frame.object_labels)
    return held is not None and not any(end <= m.start < held.end() and probe.takes(m) for m in local)


def _capacity_of(text: str, trigger: _Trigger, after: _Trigger | None, frame: Frame) -> bool:
    """由A作为主要协调方主办: a role noun right before a trigger of the frame whose role it gives way
    to (frames.json `capacity_yields_to`) says in what capacity the agent acts; the trigger after
    it is the verb that says what the agent does."""
    return after is not None and trigger.mention is not None and after.mention is not None \
        and after.mention.key in frame.capacity_yields_to and after.start > trigger.start \
        and not text[trigger.end:after.start].strip()


def _titles_the_next(ctx: DocumentContext, trigger: _Trigger, after: _Trigger | None, local: list[Mention]) -> bool:
    """第一工作会议由副主席X主持: a role word right before a person who goes on to do what another
    trigger says is the office the person holds (elsewhere), not what they do here."""
    if after is None or trigger.mention is None or after.mention is None:
        return False
    between = [m for m in local if trigger.end <= m.start and m.end <= after.start]
    return len(between) == 1 and between[0].label == "PERSON" \
        and not ctx.text[trigger.end:between[0].start].strip() and not ctx.text[between[0].end:after.start].strip()


def _line_fits(text: str, trigger: _Trigger, frame: Frame) -> bool:
    line_start = text.rfind("\n", 0, trigger.start) + 1
    line_end = text.find("\n", trigger.end)
    line_end = len(text) if line_end < 0 else line_end
    if frame.line_before and not frame.line_before.search(text[line_start:trigger.start]):
        return False
    return not (frame.line_after and not frame.line_after.search(text[trigger.end:line_end]))


def _bounds(ctx: DocumentContext, seg: Segment, trigger: _Trigger, breaks: str,
            local: list[Mention] | None = None, taking_office: re.Pattern | None = None,
            words: tuple[str, ...] = ()) -> tuple[int, int]:
    """The clause around the trigger: from the last break before it to the first after it. In a
    phrase, an apposition between commas does not break it (X，副总干事，电信管理局，阿联酋，担任了
    论坛的主席: the office, body and country of X, as English word order writes them), nor does a
    phrase of taking an office after the phrase naming who takes it (X受大会主席任命，担任共同协调人)."""
    start, end = seg.start, seg.end
    cuts = [i for i in range(seg.start, trigger.start)
            if (ctx.text[i] in breaks or ctx.text.startswith(words, i)) and not inside_brackets(ctx.text, seg.start, i)
            and not _inside_a_title(ctx.text, seg, i)]
    apposed = False
    for n in range(len(cuts) - 1, -1, -1):
        i, left = cuts[n], (cuts[n - 1] + 1 if n else seg.start)
        colon = max(ctx.text.rfind("：", left, i), ctx.text.rfind(":", left, i))
        if colon >= 0 and not inside_brackets(ctx.text, seg.start, colon) and not _field_label(ctx, colon):
            left = colon + 1  # 合作伙伴包括：X（TDRA），作为白金合作伙伴: the list a colon opens
        if taking_office is not None and local is not None and taking_office.match(ctx.text, i + 1) \
                and any(m.label == "PERSON" and left <= m.start and m.end <= i for m in local):
            start = left
            break
        if local is not None and _apposition(ctx, left, i, local):
            apposed = True
            continue
        if local is not None and _between_bodies(ctx, i, local):
            continue
        named = apposed and any(m.label == "PERSON" and left <= m.start and m.end <= i for m in local or [])
        start = left if named else i + 1
        break
    for i in range(trigger.end, seg.end):
        if (ctx.text[i] in breaks or ctx.text.startswith(words, i)) and not inside_brackets(ctx.text, seg.start, i) \
                and not _inside_a_title(ctx.text, seg, i) and not _joins_items(ctx, trigger, i) \
                and not (local is not None and _apposition_after(ctx, i, seg.end, breaks, local)):
            end = i
            break
    return start, end


_TITLE_MARKS = (("“", "”"), ("《", "》"), ("「", "」"))
_TITLES = re.compile("|".join(f"{a}[^{a}{b}\n]*{b}" for a, b in _TITLE_MARKS))


def _inside_a_title(text: str, seg: Segment, pos: int) -> bool:
    """题为《加强合作，促进发展》的主旨发言: a comma inside a title in quotes or 《》 is the title's,
    no break of the clause around it; only marks that close within the sentence count."""
    for opening, closing in _TITLE_MARKS:
        opened = text.rfind(opening, seg.start, pos)
        if opened >= 0 and text.find(closing, opened, pos) < 0 and text.find(closing, pos, seg.end) >= 0:
            return True
    return False


def _apposition_after(ctx: DocumentContext, comma: int, limit: int, breaks: str, local: list[Mention]) -> bool:
    """共同促进者：A（Ms. …），区域协调员，某网络，坦桑尼亚；和B: a comma that opens an apposition
    (an office, a body, a country) does not end the phrase."""
    if ctx.text[comma] not in "，,":
        return False
    nxt = next((j for j in range(comma + 1, limit) if ctx.text[j] in breaks
                and not inside_brackets(ctx.text, comma + 1, j)), limit)
    return _apposition(ctx, comma + 1, nxt, local)


_LAST_ITEM = re.compile(r"(?P<mark>[；;，,])\s*(?:和|及|以及|and\s)")
_LAST_ITEM_MARK = re.compile(r"^[，,]?[；;]\s*(?=和|及|以及)")  # ；和 before a list's last item is 和


def _joins_items(ctx: DocumentContext, trigger: _Trigger, i: int) -> bool:
    """共同促进者：A，…，坦桑尼亚；和B，…: a semicolon before 和 sets off the last item of a list
    the trigger opens whose items carry their own commas (a translation's "; and"); it does not
    end the clause. So does a comma after an item's own apposition (被共同主持由A，部长，塞内加尔，和B).
    (A，作为白金合作伙伴；以及B，作为支持合作伙伴: no name between the trigger and the semicolon, so B
    is not the trigger's.)"""
    last = _LAST_ITEM.match(ctx.text, i)
    if last is None or last.group("mark") in "，," and not _after_an_apposition(ctx, trigger, i):
        return False
    return any(m.label in ("PERSON", "ORG", "COUNTRY") for m in ctx.mentions_between(trigger.end, i))


def _after_an_apposition(ctx: DocumentContext, trigger: _Trigger, i: int) -> bool:
    """The words between the comma before `i` and `i` are an apposition (A's office, A's country)."""
    before = max(ctx.text.rfind(c, trigger.end, i) for c in "，,")
    return before >= 0 and _apposition(ctx, before + 1, i, ctx.mentions_between(trigger.end, i))


def _head_title(ctx: DocumentContext, m: Mention) -> bool:
    """主席, 秘书长: the title of a body's head (a post, or a role held of a body), not a role
    the body itself plays (主办, 组织)."""
    return m.label == "POST" or m.label == "ROLE" and bool(ctx.lexicon.concepts.get(m.key or "", {}).get("of_bodies"))


def _titled_body_end(ctx: DocumentContext, body: Mention, local: list[Mention]) -> int:
    """Where a body's list item ends: after its name, its abbreviation in brackets and the title
    of its head when one follows (联合国教育/科学及文化组织(UNESCO)主席)."""
    for m in local:
        if m.start < body.end or inside_brackets(ctx.text, body.end, m.start):
            continue
        return m.end if _head_title(ctx, m) and _nothing_between(ctx, body.end, m.start) else body.end
    return body.end


def _nothing_between(ctx: DocumentContext, start: int, end: int) -> bool:
    return not BRACKETS.sub("", ctx.text[start:end]).strip()


def _between_bodies(ctx: DocumentContext, comma: int, local: list[Mention]) -> bool:
    """A主席,B主席以及C主席共同组织: a comma right after a body's item (_titled_body_end) and right
    before another body joins two items of one list."""
    after = next((m for m in local if m.start > comma), None)
    if after is None or after.label != "ORG" or ctx.text[comma + 1:after.start].strip():
        return False
    return any(m.label == "ORG" and m.end <= comma and _nothing_between(ctx, _titled_body_end(ctx, m, local), comma)
               for m in local)


def _field_label(ctx: DocumentContext, colon: int) -> bool:
    """组织方：A，与B共同召集: a colon after a field's label at the start of its line gives the
    field's value (read by the labelled frames), not a list the sentence goes on with."""
    line_start = ctx.text.rfind("\n", 0, colon) + 1
    label = ctx.text[line_start:colon].strip(" \t-•·*")
    return len(label) <= conventions().field_label_max


_APPOSED = ("POST", "ORG", "COUNTRY", "PLACE")


_POST_MODIFIER = re.compile(r"^[\u4e00-\u9fff]{1,3}(?=⟦POST⟧)")  # 区域|协调员, 高级|顾问: words an office is written with


def _apposition(ctx: DocumentContext, start: int, end: int, local: list[Mention]) -> bool:
    """Between two commas only an office, a body or a country (and brackets): words set beside a
    name, not a phrase of their own."""
    inside = [m for m in local if start <= m.start and m.end <= end]
    if not inside:
        return _untagged_office(ctx.text[start:end].strip())
    if any(m.label not in _APPOSED for m in inside):
        return False
    rest = ctx.text[start:end]
    for m in sorted(inside, key=lambda m: -m.start):
        rest = rest[:m.start - start] + ("⟦POST⟧" if m.label == "POST" else "") + rest[m.end - start:]
    rest = _POST_MODIFIER.sub("", BRACKETS.sub("", rest).strip(" 的")).replace("⟦POST⟧", "")
    return not rest or rest in conventions().item_joiners  # 以及哥斯达黎加…部（MICITT）: a list's last item


def _untagged_office(words: str) -> bool:
    """执行董事, 创始人兼协调员: an office no lexicon lists (frames.json `apposed_office`)."""
    data = load_frames().apposed_office
    return 2 <= len(words) <= data["max_chars"] and all(CJK.match(c) or c in "兼、" for c in words) \
        and words.endswith(office_heads()) and not words.startswith(tuple(data["not_opening"]))


def _appositions(ctx: DocumentContext, start: int, end: int, local: list[Mention]) -> list[tuple[int, int]]:
    """The spans between two commas inside start..end that are appositions (_apposition)."""
    commas = [i for i in range(start, end) if ctx.text[i] in "，,"]
    return [(a + 1, b) for a, b in zip(commas, commas[1:]) if _apposition(ctx, a + 1, b, local)]


def _read(ctx: DocumentContext, seg: Segment, frame: Frame, frames: FrameSet, trigger: _Trigger,
          document_id: str, local: list[Mention], others: list[_Trigger]) -> list[Fact]:
    scopes = {"phrase": _bounds(ctx, seg, trigger, frames.clause_breaks + frames.soft_breaks, local, frames.taking_office,
                                frames.break_words),
              "clause": _bounds(ctx, seg, trigger, frames.clause_breaks, words=frames.break_words),
              "sentence": (seg.start, seg.end)}
    filled: dict[str, Any] = {}
    for slot in frame.slots:
        scope = scopes[slot.span or frame.scope]
        value = _fill(ctx, slot, trigger, scope, frames, local, others)
        if value is TAKEN:
            return []
        if value is BLOCKED:  # 部长级圆桌会议于25日举行: the session the sentence opens with is held
            topic = ctx.sentence_topic(seg, trigger.start) if slot.default == "@context" else None
            if topic is None:
                return []
            value = topic[0]
        if value is None and slot.default == "@main-event":
            value = ctx.main_arg()
        if isinstance(value, Mention) and value.label in ("SESSION_TYPE", "SESSION") and slot.default == "@context" \
                and not ctx.kind_named_at(value, trigger.start):
            value = None  # 在开幕全体会议上，X当选为大会主席: the office names the conference, not the session
        if value is None and slot.default == "@context":
            value = (ctx.block_title(seg) or _the_event_by_its_head(ctx, trigger) or ctx.about(seg, trigger.start)
                     or ctx.heading_session(seg) or ctx.main_arg())
        if value is None and not slot.optional:
            return []
        filled[slot.name] = value
    return _facts(ctx, frame, trigger, filled, document_id)


def _the_event_by_its_head(ctx: DocumentContext, trigger: _Trigger) -> Mention | None:
    """会议的主席是X in a report about …审查会议 (a translation's "the meeting's chair"): the report's
    event's head word alone, with 的, right before the role's word is that event, not the session
    the paragraph before spoke of."""
    main = ctx.main_event
    name = (main.value or {}).get("name") or main.text if main is not None else ""
    head = name[-2:]
    at = trigger.start - len(head) - 1
    if len(head) < 2 or at < 0 or ctx.text[at:trigger.start] != head + "的" or CJK.match(ctx.text[at - 1:at] or " "):
        return None  # (开幕会议的主席: a session's own head word)
    inside = any(m.start <= at < m.end and m.label in ("SESSION_TYPE", "EVENT", "ORG") for m in ctx.mentions_between(at - 12, at + 1))
    return None if inside else ctx.main_arg()


def _fill(ctx: DocumentContext, slot: Slot, trigger: _Trigger, scope: tuple[int, int],
          frames: FrameSet, local: list[Mention], others: list[_Trigger]) -> Any:
    candidates = [m for m in local if scope[0] <= m.start and m.end <= scope[1] and slot.takes(m)
                  and m is not trigger.mention and not (m.start < trigger.end and trigger.start < m.end)
                  and not (m.label == "EVENT" and (ctx.titles_a_person(m) or ctx.inside_a_title(m) or _in_a_theme(ctx.text, m)
                                                   or ctx.owns_outcomes(m)
                                                   or ctx.modifies_a_later_event(m)))
                  and not (slot.nearest_trigger and _claimed_by_nearer(m, trigger, others))]
    if slot.not_followed_by:  # 2025年后: a time after the date; 联合国信息社会小组（UNGIS）框架下: a framework
        candidates = [m for m in candidates if not _followed_by(ctx.text, m.end, slot.not_followed_by)]
    if slot.takes_events:  # 该活动，包括部长级圆桌会议，被主办由A: what the subject includes is not the subject
        candidates = [m for m in candidates if not _in_an_including_clause(ctx.text, m, trigger)]
    if slot.not_after:  # 由来自塞内加尔的X担任主席: where someone comes from, not where the event is
        candidates = [m for m in candidates if not ctx.text.endswith(slot.not_after, 0, m.start)]
    ends = {m.end for m in candidates}
    # 联合国教科文组织（UNESCO）: a name in brackets right after another is the same name again
    candidates = [m for m in candidates if not (ctx.text[m.start - 1:m.start] in ("（", "(")
                                                and m.start - 1 in ends)]
    # 国际电信联盟（通过其非洲区域办事处）: a body named in a note on another is no agent of its own
    candidates = [m for m in candidates if not _in_note_on(ctx.text, m, ends)]
    if frames.through is not None:  # 国际电信联盟（ITU）通过其阿拉伯区域办事处: the body acts, its office is the means
        candidates = [m for m in candidates if not _through(ctx.text, m, frames)]
    pool = candidates  # 在瑞士日内瓦…举办: the marker opens a list; the items after the first need none
    if slot.required_marker:
        candidates = [m for m in candidates if any(ctx.text.endswith(k, 0, m.start) for k in slot.markers)]
    if _in_brackets_after(ctx.text, trigger):
        # 泰国真实集团（金牌合作伙伴）: a trigger in brackets speaks of the name right before them
        before = [m for m in candidates if m.end <= trigger.start and not ctx.text[m.end:trigger.start].strip("（( ")]
        return (before[-1:] if slot.is_list else before[-1]) if before else None
    if slot.side == "before":
        candidates = [m for m in candidates if m.end <= trigger.start]
    elif slot.side == "after":
        candidates = [m for m in candidates if m.start >= trigger.end]
    kept = [m for m in candidates if not _subject_of_the_next(ctx.text, m, trigger, others)]
    if candidates and not kept:
        return TAKEN  # 举办的系列会前活动中，“青年峰会”已于…举行: the only event is the next clause's
    candidates = kept
    if not candidates:
        # 会议回顾了…在巴拿马城举行的…部长级会议: nothing else is said held; no default either
        return TAKEN if slot.blocked_by and _describes_the_name_after(ctx.text, slot, trigger, local) else None
    best = min(candidates, key=lambda m: _score(ctx.text, m, trigger, slot, frames))
    if slot.blocked_by and (_blocked(slot, best, trigger, local) or _held_one_after(ctx.text, slot, best, trigger, local)):
        return BLOCKED
    if not slot.is_list:
        return best
    items = _list_around(ctx, best, pool if slot.required_marker else candidates, trigger, slot, frames, local)
    if items is None and best.end <= trigger.start:
        items = _own_list_after_another_s(ctx, best, candidates, trigger, slot, frames, local, others)
    return items


def _own_list_after_another_s(ctx: DocumentContext, best: Mention, candidates: list[Mention], trigger: _Trigger,
                              slot: Slot, frames: FrameSet, local: list[Mention],
                              others: list[_Trigger]) -> list[Mention] | None:
    """由A主办、B承办: the marker drew the best filler to another trigger of the frame that its list
    runs right into; the best of the fillers after that trigger is this one's."""
    owner = next((t for t in others if best.end <= t.start and t.end <= trigger.start), None)
    if owner is None or not _light_filler(ctx, best.end, owner.start, frames, local):
        return None
    after = [m for m in candidates if owner.end <= m.start and m.end <= trigger.start]
    if not after:
        return None
    own = min(after, key=lambda m: _score(ctx.text, m, trigger, slot, frames))
    return _list_around(ctx, own, candidates, trigger, slot, frames, local)


def _in_an_including_clause(text: str, m: Mention, trigger: _Trigger) -> bool:
    """An event or session before the trigger, in a clause of its own that opens with a word of
    including (reading.json `including_words`: 包括, a translation's 特色了): an item of what the
    sentence is about."""
    if m.end > trigger.start or not any(ch in "，,；;" for ch in text[m.end:trigger.start]):
        return False
    clause = max(text.rfind(ch, 0, m.start) for ch in "，,；;。\n") + 1
    return text[clause:m.start].lstrip().startswith(conventions().including_words)


def _in_a_theme(text: str, m: Mention) -> bool:
    """在主题“信息社会世界峰会十年审查——…”之下: an event named inside quotes that hold a theme or a
    title (reading.json `theme_quote`) is a word of it, no filler of a slot."""
    opening = max(text.rfind("“", 0, m.start), text.rfind("「", 0, m.start))
    if opening < 0 or any(c in text[opening:m.start] for c in "”」\n"):
        return False
    return text[max(0, opening - _THEME_WORD_CHARS):opening].rstrip().endswith(conventions().theme_quote_before)


_THEME_WORD_CHARS = 8  # room for the longest theme word and a space before the quotes (not the whole text before)


_UNIT_CHARS = 12  # 信息社会司: the longest unit of a body written between the body and an office
_NOTE_AFTER = re.compile(r"\s*[）)]?\s*(?:[（(][^（）()\n]{0,40}[）)])?\s*")


def _subject_of_the_next(text: str, m: Mention, trigger: _Trigger, others: list[_Trigger]) -> bool:
    """第一阶段会议于2003年…在日内瓦举行，第二阶段会议于2005年…举行: an event after the trigger,
    past a comma, with another trigger of the frame after it, is that clause's subject."""
    if m.label not in ("EVENT", "EVENT_REF") or m.start < trigger.end:
        return False
    comma = next((i for i in range(trigger.end, m.start) if text[i] in "，,"), None)
    return comma is not None and any(t.start >= m.end and "。" not in text[m.end:t.start] for t in others)


def _followed_by(text: str, end: int, words: tuple[str, ...]) -> bool:
    """Whether one of `words` comes right after `end`, past a note in brackets (（UNGIS）) or the end
    of the brackets `end` stands in (UNGIS of 联合国信息社会小组（UNGIS）)."""
    return text.startswith(words, _NOTE_AFTER.match(text, end).end())


def _in_note_on(text: str, m: Mention, ends: set[int]) -> bool:
    """Whether `m` stands inside brackets that open right after another candidate's name."""
    opening = max(text.rfind("（", max(0, m.start - 20), m.start), text.rfind("(", max(0, m.start - 20), m.start))
    if opening < 0 or opening not in ends or opening == m.start - 1:
        return False
    return not any(ch in text[opening + 1:m.start] for ch in "）)")


def _through(text: str, m: Mention, frames: FrameSet) -> bool:
    """Whether `m` is the means another body acts through (frames.json `through`: 通过其区域办事处)."""
    before = text[max(0, m.start - 8):m.start].rstrip()
    return any(w.end() == len(before) for w in frames.through.finditer(before))


def _claimed_by_nearer(m: Mention, trigger: _Trigger, others: list[_Trigger]) -> bool:
    """联合国大会将于12月举行全面审查，在此之前，与会者举行了磋商: another trigger of the frame
    between a filler and this trigger is the one the filler belongs to (a slot's `nearest_trigger`:
    a date; not the event a clause is about, nor 由A作为主要协调方主办, one agent of two role words)."""
    lo, hi = (m.end, trigger.start) if m.end <= trigger.start else (trigger.end, m.start)
    if any(lo <= t.start and t.end <= hi for t in others):
        return True
    # 举行，纪念…日内瓦阶段会议（2003年）召开二十周年: a date written right before (or after) another
    # trigger is that one's, when this trigger stands farther off
    return hi - lo > _ADJACENT and any(_gap(m, t) <= _ADJACENT for t in others)


_ADJACENT = 2  # a closing bracket or a space between a date and its verb


def _gap(m: Mention, t: _Trigger) -> int:
    return t.start - m.end if m.end <= t.start else m.start - t.end if t.end <= m.start else 0


def _blocked(slot: Slot, best: Mention, trigger: _Trigger, local: list[Mention]) -> bool:
    """Something of a blocking label stands between the best candidate and the trigger."""
    probe = Slot("blocked", slot.blocked_by)
    lo, hi = (best.end, trigger.start) if best.end <= trigger.start else (trigger.end, best.start)
    return any(probe.takes(m) and lo <= m.start and m.end <= hi for m in local)


def _held_one_after(text: str, slot: Slot, best: Mention, trigger: _Trigger, local: list[Mention]) -> bool:
    """本次研讨会延续了…在首尔举行的专家会议的讨论: a trigger that 的 joins to a name of a blocking
    label right after it says what that name is (a relative clause); a candidate before the
    trigger is not what it speaks of."""
    return best.end <= trigger.start and _describes_the_name_after(text, slot, trigger, local)


def _describes_the_name_after(text: str, slot: Slot, trigger: _Trigger, local: list[Mention]) -> bool:
    """Whether 的 joins the trigger to a name of a blocking label after it (举行的专家会议)."""
    if not text.startswith("的", trigger.end):
        return False
    probe = Slot("blocked", slot.blocked_by)
    # (举行的拉丁美洲和加勒比信息社会部长级会议: the name's first words may stand before its kind)
    return any(probe.takes(m) and trigger.end < m.start <= trigger.end + 1 + _NAME_BEFORE_KIND
               and _NAME_WORDS.fullmatch(text, trigger.end + 1, m.start) for m in local)


_NAME_BEFORE_KIND = 20  # the longest run of a name's words before its kind word (拉丁美洲和加勒比信息社会)
_NAME_WORDS = re.compile(r"[\u4e00-\u9fffA-Za-z0-9]*")  # no punctuation, no space: one name's words


def _in_brackets_after(text: str, trigger: _Trigger) -> bool:
    return text[max(0, trigger.start - 1):trigger.start] in ("（", "(") and \
        text[trigger.end:trigger.end + 1] in ("）", ")")


_OPENING_QUOTES = "“「『《\"' "


def _score(text: str, m: Mention, trigger: _Trigger, slot: Slot, frames: FrameSet) -> float:
    distance = trigger.start - m.end if m.end <= trigger.start else m.start - trigger.end
    gloss = BRACKETS.match(text, m.end) if m.end <= trigger.start else None
    if gloss is not None and gloss.end() <= trigger.start:
        distance -= gloss.end() - m.end  # X会议（WSIS Regional Review Meeting …）今天闭幕: the gloss is part of the name
    lead = text[max(0, m.start - 3):m.start].rstrip(_OPENING_QUOTES)  # 与“人工智能造福人类全球峰会”
    bonus = frames.marker_bonus if any(lead.endswith(mark) for mark in slot.markers) else 0
    if any(lead.endswith(mark) for mark in slot.anti_markers):
        bonus -= frames.anti_marker_penalty
    return distance - bonus


def _list_around(ctx: DocumentContext, best: Mention, candidates: list[Mention], trigger: _Trigger,
                 slot: Slot, frames: FrameSet, local: list[Mention]) -> list[Mention] | None:
    """The list `best` belongs to: neighbours joined by 、 和 与 ... (a note in brackets between)."""
    before = best.end <= trigger.start
    ordered = [m for m in sorted(candidates, key=lambda m: m.start)
               if (m.end <= trigger.start) == before]
    i = ordered.index(best)
    items = [best]
    for j in range(i - 1, -1, -1):
        if not _joined(ctx, ordered[j], items[0], frames, local, slot.joiners):
            break
        items.insert(0, ordered[j])
    for j in range(i + 1, len(ordered)):
        if not _joined(ctx, items[-1], ordered[j], frames, local, slot.joiners) \
                or _works_alongside(ctx, items[-1].end, ordered[j], frames) \
                or _country_of_the_body(ctx, items[-1], ordered[j], frames) \
                or j == i + 1 and _says_its_own_role(ctx, ordered[j], local):
            break
        items.append(ordered[j])
    if best.end <= trigger.start and not _light_filler(ctx, items[-1].end, trigger.start, frames, local, slot.passes):
        return None
    return items


_ASIDE_OPENING = re.compile(r"\s*[，,]\s*")
_NOTE_BEFORE_A_COPULA = re.compile(r"\s*(?:[（(][^（）()\n]{0,80}[）)])?\s*")
_SPACES = re.compile(r"\s*")


def _says_its_own_role(ctx: DocumentContext, item: Mention, local: list[Mention]) -> bool:
    """它被组织由A，和B作为共同组织者: a body the sentence goes on to give a role of its own (a copula,
    reading.json `role_copulas`, and a role word right after it) is no further agent of the
    trigger before it."""
    at = _NOTE_BEFORE_A_COPULA.match(ctx.text, item.end).end()
    copula = next((w for w in conventions().role_copulas if ctx.text.startswith(w, at)), None)
    if copula is None:
        return False
    role_at = _SPACES.match(ctx.text, at + len(copula)).end()
    return any(m.start == role_at and m.label == "ROLE" for m in local)


def _country_of_the_body(ctx: DocumentContext, body: Mention, item: Mention, frames: FrameSet) -> bool:
    """被主办由交通、通信和信息技术部，阿曼。 / …信息技术部，尼泊尔政府（…），并且…: a country, or its
    government, after a comma that closes the list right after a ministry or office (frames.json
    `country_of_a_body` heads) says whose that body is (a translation's "Ministry of …, Oman"), no
    further agent."""
    data = frames.country_of_a_body or {}
    if not data or body.label != "ORG" or not _body_text(body).endswith(tuple(data["heads"])):
        return False
    if not (item.label == "COUNTRY" or item.label == "ORG" and item.text.endswith(tuple(data["governments"]))):
        return False
    if BRACKETS.sub("", ctx.text[body.end:item.start]).strip() not in ("，", ","):
        return False
    after = _NOTE_BEFORE_A_COPULA.match(ctx.text, item.end).end()
    return after >= len(ctx.text) or ctx.text[after] in data["closing"]


def _body_text(m: Mention) -> str:
    return (m.value or {}).get("name") or m.text


def _works_alongside(ctx: DocumentContext, end: int, item: Mention, frames: FrameSet) -> bool:
    """被组织由A，与B的合作 (organised by A, in cooperation with B): a body after a comma that the
    list only works with is no item of it."""
    comma = _ASIDE_OPENING.match(ctx.text, end)
    aside = frames.alongside.match(ctx.text, comma.end()) if comma else None
    return aside is not None and aside.start() < item.start and aside.end() >= item.end


def _joined(ctx: DocumentContext, left: Mention, right: Mention, frames: FrameSet, local: list[Mention],
            joiners: tuple[str, ...] | None = None) -> bool:
    titled = _titled_body_end(ctx, left, local) if left.label == right.label == "ORG" else left.end
    if left.end < titled <= right.start:  # A主席、B主席共同组织: a body's head acts for the body
        return BRACKETS.sub("", ctx.text[titled:right.start]).strip() in frames.list_joiners
    gap = ctx.text[left.end:right.start]
    for a, b in sorted(_appositions(ctx, left.end, right.start, local), reverse=True):
        gap = gap[:a - left.end] + gap[b - left.end:]  # A，区域协调员，某网络，坦桑尼亚；和B: A's office
    gap = BRACKETS.sub("", gap)
    between = [m for m in local if left.end <= m.start and m.end <= right.start]
    for post in (m for m in between if m.label == "POST"):  # 和非盟委员会信息社会司司长Y: a body's unit before the office
        body = next((b for b in reversed(between) if b.end <= post.start and b.label in ("ORG", "COUNTRY")
                     and not inside_brackets(ctx.text, left.end, b.start)), None)  # (开发署) glosses the body
        unit = BRACKETS.sub("", ctx.text[body.end:post.start]) if body is not None else ""
        if body is not None and len(unit) <= _UNIT_CHARS:
            gap = gap.replace(unit, "", 1)  # 联合国开发计划署（开发署）数字发展首席顾问: the body's unit, its gloss gone
    for m in between:  # a title between two people (部长X、秘书长Y) is part of the item
        if m.label in ("ORG", "COUNTRY", "POST"):
            gap = gap.replace(m.text, "", 1)
    if frames.through is not None:
        gap = frames.through.sub("", gap)  # A通过其区域办事处、以及B: the means is A's, no words between
    gap = _LAST_ITEM_MARK.sub("", re.sub(r"[，,]+", "，", gap.strip()))
    if joiners is not None:
        return gap in joiners
    return any(gap == j or gap.startswith(j) and len(gap) <= len(j) + 2
               and not gap[len(j):].strip().startswith(frames.clause_openers) for j in frames.list_joiners)


def _light_filler(ctx: DocumentContext, start: int, end: int, frames: FrameSet, local: list[Mention],
                  passes: tuple[tuple[str, str | None], ...] = ()) -> bool:
    """Between a list and its trigger only a few words (作为主要协调方, 共同), no other name; the
    names a slot lets pass count as no words (于日内瓦，瑞士，其X峰会被举行: the event held)."""
    passing = Slot("passes", passes)
    let_pass = [m for m in local if start <= m.start and m.end <= end and passing.takes(m)]
    text = ctx.text[start:end]
    # 与所有行动方面协调人密切合作共同组织: who they work with, then the verb
    aside = [(a.start(), a.end()) for pattern in (frames.alongside, frames.in_capacity)
             for a in pattern.finditer(ctx.text, start, end)]
    for m in sorted(let_pass, key=lambda m: -m.start):
        text = text[:m.start - start] + text[m.end - start:]
    text = frames.in_capacity.sub("", frames.alongside.sub("", text))
    if frames.appointed is not None:
        text = frames.appointed.sub("", text)  # X受大会主席任命，担任…: who appointed X says nothing of X's role
    apposed = _appositions(ctx, start, end, local)  # X，部长的约旦信息和通信技术部，担任主席: X's office and body
    for a, b in sorted(apposed, reverse=True):
        text = text.replace(ctx.text[a:b], "", 1)
    gap = _TITLES.sub("", BRACKETS.sub("", text))  # (题为《…》的: a title is no words between them)
    bracketed = [(b.start() + start, b.end() + start) for pattern in (BRACKETS, _TITLES)
                 for b in pattern.finditer(ctx.text[start:end])] + aside + apposed
    names = [m for m in local if start <= m.start and m.end <= end and m not in let_pass
             and m.label in ("ORG", "COUNTRY", "PERSON", "EVENT")
             and not any(s <= m.start and m.end <= e for s, e in bracketed)]  # 国际电信联盟（ITU）
    return len(gap) <= frames.filler_max and not names


# --- facts ----------------------------------------------------------------------------------

def _facts(ctx: DocumentContext, frame: Frame, trigger: _Trigger, filled: dict[str, Any],
           document_id: str) -> list[Fact]:
    out = []
    for template in frame.facts:
        args: dict[str, Any] = {}
        names: dict[str, str] = {}  # slot -> the argument it fills
        optional: set[str] = set()
        for spec in template["args"]:
            source, _, name = spec.lstrip("?").partition(":")
            name = name or source
            if spec.startswith("?"):
                optional.add(name)
            if source == "trigger":
                args[name] = trigger.mention
            elif source == "@main-event":
                args[name] = ctx.main_arg()
            else:
                args[name] = filled.get(source)
                names[source] = name
        args = {k: v for k, v in args.items() if not (k in optional and v is None)}
        if any(v is None or v == [] for v in args.values()):
            continue
        if isinstance(args.get("duration"), Mention) and "date" in args:
            args["date"] = _with_duration(args["date"], args["duration"])
        args.pop("duration", None)
        each = names.get(template.get("each", ""))
        items = args.pop(each) if each else [None]
        if each and "role" in args:
            args["role"] = held_by_a_list(args["role"], items, frame.plural, ctx.text, ctx.lexicon)
        if isinstance(args.get("role"), Mention) and _partners(ctx.text, frame, items):
            args["role"] = frame.partner.get(args["role"].key, args["role"])
        for item in items:
            fact_args = dict(args)
            if each:
                fact_args[each] = item
                if template["kind"] == "role" and len(items) > 1:
                    fact_args["co_agents"] = list(items)
            own = {k: v for k, v in fact_args.items() if k not in ("context", "event", "co_agents")}
            spans = [_cover(ctx.text, trigger, own)]
            for where in ("context", "event"):  # what the fact is about, named elsewhere: its own span
                m = fact_args.get(where)
                if isinstance(m, Mention) and m.label != "MAIN":
                    spans.append(Span(m.start, m.end, ctx.text[m.start:m.end]))
            said = Span(trigger.start, trigger.end, ctx.text[trigger.start:trigger.end])
            out.append(Fact(template["kind"], fact_args, [s for s in spans if s], frame.id, document_id, said))
    return out


def _partners(text: str, frame: Frame, items: list[Any]) -> bool:
    """Whether the agents are those the subject works with: always, for a frame whose agents
    all are (被共同组织与A、B); for one with `partner_after`, when a marker stands right before them."""
    if not frame.partner_after:
        return True
    first = items[0] if items and isinstance(items[0], Mention) else None
    return first is not None and text[:first.start].rstrip().endswith(frame.partner_after)


def _with_duration(date: Mention, duration: Mention) -> Mention:
    """A one-day start and 为期3天 give the last day too (the resolver counts the days)."""
    return lasting(date, duration.value.get("number"))


def _cover(text: str, trigger: _Trigger, args: dict[str, Any]) -> Span | None:
    mentions = [m for v in args.values() for m in (v if isinstance(v, list) else [v])
                if isinstance(m, Mention) and m.label != "MAIN"]
    near = [m for m in mentions if abs(m.start - trigger.start) < 200]
    start = min([trigger.start] + [m.start for m in near])
    end = max([trigger.end] + [m.end for m in near])
    return Span(start, end, text[start:end])


class _Seen:
    """What the rules already read, so a frame adds only new facts: a role is read once per
    mention of its agent, and once per agent and context (a body that runs a session in one
    sentence may co-organise the event in another)."""

    def __init__(self, facts: list[Fact], ctx: DocumentContext) -> None:
        self.ctx = ctx
        self.keys: set[tuple] = set()
        self.agents_of_word: dict[tuple, set] = {}  # who a role word was read for
        self.dated: dict[tuple, str] = {}  # the start an event's time was read with, by its key
        for fact in facts:
            self._note(fact)
        # X的最后一周将于9月7至10日举办: days a rule read as the last part of an event's time are not
        # the whole event's time again for a frame that reads the clause more loosely
        self.dates_read = {d.start for f in facts if f.kind == "event-time"
                           for d in (f.args.get("end_date"), f.args.get("last_days")) if isinstance(d, Mention)}

    def _note(self, fact: Fact) -> None:
        keys = self._keys(fact)
        self.keys.update(keys)
        for key in keys:
            if key[0] == "role-word":
                self.agents_of_word.setdefault(key, set()).add(_span_of(fact.args.get("agent")))
            if key[0] == "event-time" and isinstance(fact.args.get("date"), Mention):
                self.dated.setdefault(key, str(fact.args["date"].value.get("start", "")))

    def add_reading(self, facts: list[Fact]) -> list[Fact]:
        """The facts of one reading of a trigger that nothing read before; they may share their
        role word (由A、B和C共同组织: three facts of one 共同组织). A role word read before for some
        of the agents this reading lists (A女士和B阁下担任副主席, a rule having read B) is read
        for the others too."""
        before = set(self.keys)
        listed = {_span_of(f.args.get("agent")) for f in facts if f.kind == "role"}
        kept = []
        for fact in facts:
            keys = self._keys(fact)
            widened = {k for k in keys & before if k[0] == "role-word" and self.agents_of_word.get(k, {None}) <= listed
                       or self._finer_than_read(k, fact)}
            if (keys & before) - widened or any(k in self.keys for k in keys - widened if k[0] != "role-word"):
                continue
            if fact.kind == "event-time" and isinstance(fact.args.get("date"), Mention) \
                    and fact.args["date"].start in self.dates_read:
                continue
            self._note(fact)
            kept.append(fact)
        return kept

    def _finer_than_read(self, key: tuple, fact: Fact) -> bool:
        """信息社会世界峰会…审查会议（2030年） / 会议定于2030年10月8日至10日…举行: a date that says more of
        the date an event's time was read with (its days within that year) is read too; the
        resolver keeps the finer one."""
        read, date = self.dated.get(key), fact.args.get("date")
        if key[0] != "event-time" or not read or not isinstance(date, Mention):
            return False
        start = str(date.value.get("start", ""))
        if read.startswith("--"):  # 将于5月在日内瓦举行 (--05) in a headline, 2034年5月8日至12日 below
            return start[4:].startswith(read[1:] + "-")
        return start.startswith(read + "-")

    def _keys(self, fact: Fact) -> set[tuple]:
        a, who = fact.args, self.ctx.identity
        if fact.kind == "role":
            role = a.get("role")
            # (a role several agents hold jointly was read from a list, as many times as it has agents)
            used = {("role-word", role.start)} if isinstance(role, Mention) and "alone" not in role.value else set()
            agent, family = a.get("agent"), _role_family(role)
            where = (agent.start, agent.end) if isinstance(agent, Mention) else who(agent)
            context = who(self.ctx.pointed_session(a.get("context")))  # (该会话 under a session's heading: that session)
            return {("role", where, family), ("role", who(agent), family, context)} | used
        if fact.kind == "sponsorship":
            return {("sponsorship", who(a.get("sponsor")))}
        event = who(self._session_named(self.ctx.pointed_session(a.get("event"))))  # (这个会话被举行在…: the session, not the event)
        if fact.kind == "event-place":
            # 在巴库 (headline) then 在巴库会议中心 (body): every place is kept, places.py decides
            return {(fact.kind, event, who(place_of(fact)))}
        if fact.kind == "event-time":  # an end read apart (持续至) sits beside the start
            return {(fact.kind, event, "end" if "end_date" in a or "last_days" in a else "start")}
        return {(fact.kind, id(fact))}

    def _session_named(self, value: Any) -> Any:
        """第一次全体会议于9月17日上午举行 … 第二次全体会议于9月17日下午举行: a kind word is the
        session it names there, so two plenaries held on one day are two facts, not one read twice."""
        if isinstance(value, Mention) and value.label == "SESSION_TYPE":
            return self.ctx.session_for(value)
        return value


def _span_of(value: Any) -> Any:
    return (value.start, value.end) if isinstance(value, Mention) else value


def _role_family(value: Any) -> Any:
    """A host and a co-host of one event are one reading of one agent (主办 read twice)."""
    key = value.key if isinstance(value, Mention) else value
    return key.replace("role:co-", "role:") if isinstance(key, str) else key
