"""Find every mention in a document: lexicon names first, then shapes; keep the longest.

Matching (this module) is separate from reading facts (rules.py), as in spaCy's span ruler.
"""

from __future__ import annotations

from ..model import Mention
from . import patterns
from .names import find_unknown_names
from .gazetteer import Gazetteer
from .lexicon import Lexicon

# On equal length, the mention found by the more specific finder wins.
_PRIORITY = {"EVENT": 0, "TIME": 1, "DATE": 2, "PERSON": 3, "ACTION_LINE": 4, "ORG": 5, "COUNTRY": 6,
             "PLACE": 7, "SESSION_TYPE": 8, "TIER": 9, "ROLE": 10, "POST": 11, "MEASURE": 12,
             "QUANTITY": 13, "RELATION": 14, "TOPIC_KIND": 15, "TOPIC": 16, "EVENT_REF": 17, "HONORIFIC": 18}


_GAZETTEERS: dict[int, Gazetteer] = {}


def _gazetteer(lexicon: Lexicon) -> Gazetteer:
    """One trie per loaded lexicon (lexicons are loaded once and cached)."""
    if id(lexicon) not in _GAZETTEERS:
        _GAZETTEERS[id(lexicon)] = Gazetteer.from_lexicon(lexicon)
    return _GAZETTEERS[id(lexicon)]


def find_mentions(text: str, lexicon: Lexicon, rules: dict) -> list[Mention]:
    """All mentions of `text`, non-overlapping, sorted by position."""
    named = _gazetteer(lexicon).find(text)
    honorifics = {w: c["key"] for c in lexicon.concepts_in("honorific") for w in c.get("triggers", [])}
    qualifiers = _qualifier_words(lexicon)
    shaped = (patterns.find_dates(text, rules)
              + patterns.find_time_ranges(text, rules)
              + patterns.find_quantities(text, rules, qualifiers)
              + patterns.find_people(text, rules, lexicon, honorifics)
              + patterns.find_event_editions(text, lexicon)
              + patterns.find_action_lines(text, lexicon))
    countries = [m for m in named if m.label == "COUNTRY"]
    shaped += patterns.find_template_orgs(text, countries, lexicon)
    known = select_longest(named + shaped)
    unknown = [patterns.with_honorifics(text, m, honorifics) if m.label == "PERSON" else m
               for m in find_unknown_names(text, known)]
    chosen = select_longest(named + shaped + unknown)
    if not any(m.label == "EVENT" for m in chosen):
        # A report about an event no lexicon knows: name it from the text, so its facts are read.
        chosen = select_longest(chosen + patterns.find_unknown_events(text, lexicon))
    return _complete_days(chosen)


def _complete_days(mentions: list[Mention]) -> list[Mention]:
    """`10日` after `2025年7月7日至11日`: a day with no month is in the month last written."""
    out, month = [], None
    for m in mentions:
        if m.label == "DATE" and m.value.get("precision") == "day-no-month":
            if month is None:
                continue  # no month to read it in: not a date we can place
            m = Mention(m.label, m.start, m.end, m.text, m.key,
                        {**m.value, "start": f"{month}-{m.value['day']:02d}", "precision": month_precision(month)})
        elif m.label == "DATE" and m.value.get("precision") in ("day", "day-no-year"):
            month = m.value["start"].rsplit("-", 1)[0]
        out.append(m)
    return out


def month_precision(month: str) -> str:
    return "day-no-year" if month.startswith("--") else "day"


def _qualifier_words(lexicon: Lexicon) -> dict[str, str]:
    words: dict[str, str] = {}
    for concept in lexicon.concepts_in("qualifier"):
        for word in concept.get("before", []) + concept.get("after", []):
            words[word] = concept["id"]
    return words


def select_longest(mentions: list[Mention]) -> list[Mention]:
    """Greedy choice of non-overlapping mentions: longer first, then by finder priority."""
    ranked = sorted(mentions, key=lambda m: (-(m.end - m.start), _PRIORITY.get(m.label, 99), m.start))
    taken: list[Mention] = []
    occupied: set[int] = set()
    for m in ranked:
        cells = set(range(m.start, m.end))
        if cells & occupied:
            continue
        taken.append(m)
        occupied |= cells
    return sorted(taken, key=lambda m: (m.start, m.end))
