"""Key figures: a quantity and the noun it counts (11,000多名参会者, 13 场 Leaders TalkX 会议, 女性占 44%).

The noun follows the number after a classifier (名 位 个 场 ...); a share names its group
before the percentage. What the figure is about is the narrowest thing the text counts:
a session series named right after the number, a session named in the sentence (or, for a
measure that counts one kind of session, earlier in the block), else the report's event.
"""

from __future__ import annotations

from typing import Any

from ..model import Fact, Mention, Span
from .context import JOIN_VERBS, DocumentContext
from .conventions import conventions
from .lexicon import Lexicon
from .text import Segment

RULE_COUNT = "zh.figure.number-noun"
RULE_SERIES = "zh.figure.number-session"
RULE_SHARE = "zh.figure.group-share"
RULE_CLASSIFIER = "zh.figure.heading-classifier"


def extract_figures(ctx: DocumentContext, settings: dict[str, Any], document_id: str) -> list[Fact]:
    facts = []
    for seg in ctx.sentences:
        mentions = [m for m in ctx.mentions if seg.start <= m.start < seg.end]
        for i, q in enumerate(mentions):
            if q.label != "QUANTITY":
                continue
            fact = _figure(ctx, seg, mentions, i, settings, document_id)
            if fact:
                facts.append(fact)
    return facts


def _figure(ctx: DocumentContext, seg: Segment, mentions: list[Mention], i: int,
            settings: dict[str, Any], document_id: str) -> Fact | None:
    q = mentions[i]
    if q.value["unit"] == "percent":
        group = _share_group(ctx, mentions, i)
        if group is None:
            return None
        return _fact(RULE_SHARE, q, group.key, _subject(ctx, seg, q, None, mentions), [group, q], ctx, document_id)
    after = _noun_after(ctx.text, mentions, i, settings)
    before = _noun_before(ctx.text, mentions, i, settings)
    # `部长和副部长59人`: a one-character noun after the number (人) is only a classifier
    noun = before if before is not None and (after is None or len(after.text) == 1) else after
    if noun is None:
        return _classifier_figure(ctx, seg, q, settings, document_id)
    if noun.label == "SESSION_TYPE":
        subject = ctx.sessions.get((noun.start, noun.end), noun)
        return _fact(RULE_SERIES, q, "measure:sessions", subject, [q, noun], ctx, document_id)
    measure = _choose_measure(ctx.lexicon, noun, _clause(ctx.text, seg, q))
    subject = _subject(ctx, seg, q, ctx.lexicon.concepts[measure], mentions)
    return _fact(RULE_COUNT, q, measure, subject, [q, noun], ctx, document_id)


def _noun_after(text: str, mentions: list[Mention], i: int, settings: dict[str, Any]) -> Mention | None:
    """The measure noun or session type right after the number: classifiers and a few words between."""
    q = mentions[i]
    for nxt in mentions[i + 1:]:
        gap = text[q.end:nxt.start]
        if any(ch in gap for ch in ",,。;;:、\n"):
            return None
        stripped = gap.strip().lstrip(settings["classifiers"]).strip()
        if any(joiner in stripped for joiner in conventions().item_joiners):
            return None  # `官员56名及联合国代表`: the next noun belongs to the next item
        if nxt.label in ("MEASURE", "SESSION_TYPE") and len(stripped) <= settings["statistic_gap"]:
            return nxt
        if nxt.label == "QUANTITY" or len(stripped) > settings["statistic_gap"]:
            return None
    return None


def _classifier_figure(ctx: DocumentContext, seg: Segment, q: Mention, settings: dict[str, Any],
                       document_id: str) -> Fact | None:
    """`(二)领导人TalkX会议。共举行13场`: a classifier alone counts the session its heading names."""
    measure = settings.get("classifier_measures", {}).get(ctx.text[q.end:q.end + 1])
    heading = ctx.paragraph_session(seg)
    if measure is None or heading is None:
        return None
    subject = ctx.sessions.get((heading.start, heading.end), heading)
    counted = Mention(q.label, q.start, q.end + 1, ctx.text[q.start:q.end + 1])
    return _fact(RULE_CLASSIFIER, q, measure, subject, [counted], ctx, document_id)


def _noun_before(text: str, mentions: list[Mention], i: int, settings: dict[str, Any]) -> Mention | None:
    """`演讲者约1,000名`, `部长和副部长:59位`: the noun first, then the number and its classifier."""
    q = mentions[i]
    if i == 0 or mentions[i - 1].label not in ("MEASURE", "SESSION_TYPE"):
        return None
    noun = mentions[i - 1]
    gap = text[noun.end:q.start].strip()
    classified = text[q.end:q.end + 1] != "" and text[q.end] in settings["classifiers"]
    return noun if len(gap) <= 2 and all(ch in conventions().noun_before_number for ch in gap) and classified else None


def _joins(between: str) -> bool:
    """`300名青年参与者积极参与青年特别论坛`: the counted people join the session named next."""
    return (len(between) <= 14 and not any(ch in between for ch in ",,。;;:、")
            and any(v in between[-6:] for v in JOIN_VERBS))


def _share_group(ctx: DocumentContext, mentions: list[Mention], i: int) -> Mention | None:
    q = mentions[i]
    for prev in reversed(mentions[:i]):
        gap = ctx.text[prev.end:q.start]
        if any(ch in gap for ch in ",,。;;") or len(gap.strip()) > 4:
            return None
        if prev.label == "MEASURE" and ctx.lexicon.concepts.get(prev.key, {}).get("share_of"):
            return prev
    return None


def _clause(text: str, seg: Segment, q: Mention) -> str:
    """The clause around a figure: 另有约4,000名与会者在线参加, not the 现场 of the clause before."""
    start = max([seg.start] + [i + 1 for i in range(seg.start, q.start) if text[i] in ",,;;"])
    end = min([seg.end] + [i for i in range(q.end, seg.end) if text[i] in ",,;;"])
    return text[start:end]


def _choose_measure(lexicon: Lexicon, noun: Mention, clause: str) -> str:
    """Among the measures a noun may name, the one whose required context words are in its clause."""
    keys = noun.value.get("keys") or [noun.key]
    plain = [k for k in keys if not lexicon.concepts[k].get("requires")]
    for key in keys:
        if any(word in clause for word in lexicon.concepts[key].get("requires", [])):
            return key
    return (plain or keys)[0]


def _subject(ctx: DocumentContext, seg: Segment, q: Mention, measure: dict[str, Any] | None,
             mentions: list[Mention]) -> Mention:
    sessions = [m for m in mentions if m.label == "SESSION_TYPE"]
    if measure and measure.get("counts"):
        wanted = {f"session-type:{t}" for t in measure["counts"]}
        candidates = [m for m in sessions if m.key in wanted]
        candidates += list(reversed([m for m in ctx.block_mentions_before(seg, seg.start, {"SESSION_TYPE"})
                                     if m.key in wanted]))
        if candidates:
            return ctx.sessions.get((candidates[0].start, candidates[0].end), candidates[0])
    if measure and (measure["key"] == "measure:sessions" or measure.get("about_event")):
        return ctx.main_arg()
    before = [m for m in sessions if m.end <= q.start and ctx.is_topic_position(seg, m)]
    after = [m for m in sessions if m.start >= q.end and _joins(ctx.text[q.end:m.start])]
    chosen = before[0] if before else (after[0] if after else (ctx.joined_session(seg) or ctx.paragraph_session(seg)))
    if chosen is not None:
        return ctx.sessions.get((chosen.start, chosen.end), chosen)
    return ctx.main_arg()



def _fact(rule: str, q: Mention, measure: str, subject: Mention, own: list[Mention],
          ctx: DocumentContext, document_id: str) -> Fact:
    start, end = min(m.start for m in own), max(m.end for m in own)
    spans = [Span(start, end, ctx.text[start:end])]
    args = {"subject": subject, "measure": measure, "value": q.value["number"],
            "qualifier": f"qualifier:{q.value['qualifier']}", "unit": f"unit:{q.value['unit']}"}
    return Fact("statistic", args, spans, rule, document_id)
