"""Stage 2, extract: a Document in, its mentions and facts (each with evidence spans) out.

Components run in order, each reading what the earlier ones found:
mentions -> pattern rules -> frames -> lists under headings, programme lines and tables -> event lengths
-> sessions -> key figures -> topics.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import cache

from ..model import Document, Fact, Mention
from .context import DocumentContext
from .datafiles import check_data_files
from .conventions import conventions
from .datelines import is_body, reference_day, relative_dates, without_inner
from .durations import event_durations, timed_by_their_length
from .figures import extract_figures
from .frames import apply_frames, load_frames
from .layout import reading_view, requote
from .lexicon import Lexicon, load_lexicon
from .listings import dated_items, listed_sponsors, tiers_said_elsewhere
from .mentions import find_mentions
from .phases import phases_held
from .places import locate_events
from .patterns import mention_rules
from .editions import edition_years
from .rules import Rule, apply_rules, load_rules
from .tables import event_header_lines, outside_rows, people_table_posts, session_code_lines, table_rows
from .here import held_here
from .spacing import Squeezed, mapped_back
from .sessions import (dated_sessions, elected_officers, items_dated_in_brackets, moderated_elsewhere, named_sessions, noted_roles, offices_elsewhere,
                       offices_in_place_of_names, titles_after_names,
                       hosted_by_its_country, officers_of_bodies, organised_sessions, sessions_pointed_at,
                       played_by_their_agents, roles_of_the_event, session_facts, sessions_dated_by_their_sentence, sessions_under_their_day,
                       specific_sessions)
from .text import sentences
from .titles import joined_titles
from .topics import extract_topics


@dataclass
class Extraction:
    document: Document
    mentions: list[Mention]
    facts: list[Fact]
    main_event: Mention | None
    reference: dict | None = None  # the day the text speaks from (dateline or `published`)
    parent_event: Mention | None = None  # on a session's page, the event the session is part of


@cache
def _office_rules() -> list[Rule]:
    """The rules that read offices alone: they need no event to be about (信产部王旭东部长在…的讲话).
    Chosen once, like the rules they are chosen from."""
    return [r for r in load_rules() if all(f["kind"] == "post" for f in r.facts)]


def extract(document: Document, lexicon: Lexicon | None = None) -> Extraction:
    check_data_files()
    lexicon = lexicon or load_lexicon()
    settings = mention_rules()
    squeezed = Squeezed(reading_view(document.text))  # fields in tables and label lines as label：value
    text = squeezed.text  # (a spaced translation without its blanks between words: spacing.py)
    read = replace(document, text=squeezed.squeeze(document.text)) if squeezed.spaced else document
    mentions = find_mentions(text, lexicon, settings, source=read.text)
    reference = reference_day(read, mentions)
    relative = relative_dates(text, reference, mentions)
    mentions = sorted(without_inner(mentions, relative) + relative, key=lambda m: (m.start, m.end))
    speech = quoted_speech(text)
    heard = [m for m in mentions if not _inside(m.start, speech)]
    ctx = DocumentContext(text, heard, body_sentences(text, speech), lexicon)
    if ctx.main_event is None:  # a text that names no event still says who holds which office
        facts = mapped_back(squeezed, apply_rules(ctx, _office_rules(), document.id))
        requote(facts, document.text)
        return Extraction(document, mapped_back(squeezed, mentions), facts, None, reference)
    facts = outside_rows(officers_of_bodies(apply_rules(ctx, load_rules(), document.id), ctx), ctx)
    facts += apply_frames(ctx, load_frames(), document.id, facts)
    facts = offices_in_place_of_names(titles_after_names(facts, ctx), ctx)
    facts = tiers_said_elsewhere(facts + listed_sponsors(ctx, document.id))
    facts += dated_items(ctx, document.id)
    facts = table_rows(facts, ctx, document.id)
    facts += people_table_posts(ctx, document.id)
    facts += event_header_lines(ctx, document.id)
    facts += session_code_lines(ctx, document.id)
    facts += event_durations(ctx, document.id)
    timed_by_their_length(facts, ctx)
    facts += phases_held(facts, ctx, document.id)
    facts = locate_events(facts, ctx)
    facts += held_here(facts, ctx, document.id)
    facts += edition_years(facts, ctx, document.id)
    specific_sessions(facts, ctx)
    sessions_pointed_at(facts, ctx)
    facts += sessions_dated_by_their_sentence(facts, ctx, document.id)
    facts += sessions_under_their_day(facts, ctx, document.id)
    facts += items_dated_in_brackets(facts, ctx, document.id)
    dated_sessions(facts, ctx)
    named_sessions(facts)
    moderated_elsewhere(facts, ctx)
    organised_sessions(facts, ctx)
    hosted_by_its_country(facts, ctx)
    noted_roles(facts, ctx)
    facts = offices_elsewhere(facts, ctx)
    facts = joined_titles(facts, ctx)
    facts = played_by_their_agents(facts, ctx)
    facts += session_facts(facts, ctx, lexicon, document.id)
    roles_of_the_event(facts, ctx)
    elected_officers(facts, ctx)
    facts += extract_figures(ctx, settings, document.id)
    facts += extract_topics(ctx, document.id)
    facts = mapped_back(squeezed, facts)
    requote(facts, document.text)
    facts.sort(key=lambda f: (min(s.start for s in f.spans) if f.spans else -1, f.kind, f.rule))
    return Extraction(document, mapped_back(squeezed, mentions), facts, mapped_back(squeezed, ctx.main_event),
                      reference, mapped_back(squeezed, ctx.parent_event))


def quoted_speech(text: str) -> list[tuple[int, int]]:
    """Where the text quotes a speaker (他说：“……。”)."""
    return [(m.start(), m.end()) for m in conventions().quoted_speech.finditer(text)]


def body_sentences(text: str, speech: list[tuple[int, int]] | None = None) -> list:
    """The sentences of the body: photo captions, a translator's disclaimer and the words a
    speaker is quoted saying (他说：“……”, an opinion or a slogan, not the report's facts) are left out."""
    lines = text.splitlines()
    return [s for s in sentences(text) if is_body(lines[s.line] if s.line < len(lines) else "")
            and not _inside(s.start, speech or [])]


def _inside(pos: int, spans: list[tuple[int, int]]) -> bool:
    return any(a < pos < b for a, b in spans)


__all__ = ["Extraction", "extract"]
