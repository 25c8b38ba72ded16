"""Find lexicon names in a text: longest match first, blind to spaces and Latin letter case.

Reports write the same name as `WSIS+20 高级别活动` and `WSIS+20高级别活动`, so names and
text are compared with white space removed; offsets are mapped back to the original text.
Latin names must stand alone (`EY` is not found inside `KEY`). Longest match wins, so 索马里
is never read as 马里.
"""

from __future__ import annotations

from collections import defaultdict

from ..model import Mention
from .lexicon import NOT_A_NAME, Lexicon, Surface


def _squeeze(text: str) -> tuple[str, list[int]]:
    """Drop spaces and lower-case; return the squeezed text and each char's original index.

    Line breaks stay: a name never runs from one line into the next."""
    chars, index = [], []
    for i, ch in enumerate(text):
        if ch in _QUOTES:
            continue  # “人工智能造福人类”全球峰会 is still the summit
        if not ch.isspace() or ch in "\r\n":
            chars.append(ch.lower())
            index.append(i)
    return "".join(chars), index


_QUOTES = set("“”‘’「」『』\"")


def _is_latin(ch: str) -> bool:
    return ch.isascii() and ch.isalnum()


class Gazetteer:
    """A character trie over every surface of a lexicon."""

    def __init__(self, surfaces: list[Surface]) -> None:
        self._trie: dict = {}
        for surface in surfaces:
            squeezed, _ = _squeeze(surface.text)
            node = self._trie
            for ch in squeezed:
                node = node.setdefault(ch, {})
            node.setdefault(None, []).append(surface)

    @classmethod
    def from_lexicon(cls, lexicon: Lexicon) -> Gazetteer:
        return cls(lexicon.surfaces)

    def find(self, text: str) -> list[Mention]:
        """Every longest, non-overlapping lexicon match, scanning left to right; of two names that
        overlap, the longer."""
        squeezed, index = _squeeze(text)
        mentions: list[Mention] = []
        i = 0
        while i < len(squeezed):
            match = self._longest_at(squeezed, i)
            if match is None:
                i += 1
                continue
            end, surfaces = match
            later = self._longer_inside(squeezed, i, end)
            if later is not None:
                i = later  # 互动|会外活动, not 互动会|外活动: the longer of two overlapping names wins
                continue
            start_o, end_o = index[i], index[end - 1] + 1
            named = [s for s in surfaces if s.label != NOT_A_NAME]  # (发展中国家: a word, no 中国 in it)
            if named:
                mentions.append(_mention(text, start_o, end_o, named))
            i = end
        return mentions

    def _longer_inside(self, squeezed: str, start: int, end: int) -> int | None:
        """Where a longer name starts inside start..end and runs past it, if one does."""
        for k in range(start + 1, end):
            match = self._longest_at(squeezed, k)
            if match is not None and match[0] > end and match[0] - k > end - start:
                return k
        return None

    def _longest_at(self, squeezed: str, start: int) -> tuple[int, list[Surface]] | None:
        node, best = self._trie, None
        for j in range(start, len(squeezed)):
            node = node.get(squeezed[j])
            if node is None:
                break
            if None in node and self._stands_alone(squeezed, start, j + 1):
                best = (j + 1, node[None])
        return best

    @staticmethod
    def _stands_alone(squeezed: str, start: int, end: int) -> bool:
        """A name that starts or ends with a Latin letter or digit must not continue a word."""
        if _is_latin(squeezed[start]) and start > 0 and _is_latin(squeezed[start - 1]):
            return False
        if _is_latin(squeezed[end - 1]) and end < len(squeezed) and _is_latin(squeezed[end]):
            return False
        return True


def _mention(text: str, start: int, end: int, surfaces: list[Surface]) -> Mention:
    """One mention per label; a surface shared by several keys keeps them all in value['keys']."""
    by_label: dict[str, list[str]] = defaultdict(list)
    for s in surfaces:
        if s.key not in by_label[s.label]:
            by_label[s.label].append(s.key)
    label = sorted(by_label, key=_LABEL_PRIORITY.index)[0]
    keys = sorted(by_label[label])
    value = {"keys": keys} if len(keys) > 1 else {}
    return Mention(label, start, end, text[start:end], keys[0], value)


# When one surface names things of two labels, the first label here wins.
_LABEL_PRIORITY = ["ORG", "COUNTRY", "PLACE", "EVENT", "EVENT_REF", "PERSON", "TIER", "SESSION_TYPE",
                   "ROLE", "POST", "MEASURE", "RELATION", "TOPIC_KIND", "TOPIC", "HONORIFIC"]
