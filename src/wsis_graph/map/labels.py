"""Labels for entities and concepts: one preferred label per language, other names as altLabel.

Latin-script names are tagged @en whatever list they came in, because a reader searching the
English labels expects "ITU" there; a Latin name standing alone as the `zh` label becomes @en.
"""

from __future__ import annotations

from collections.abc import Iterable

from rdflib import Literal

LANG_ORDER = ("zh", "en")


def is_latin(text: str) -> bool:
    """True for a name written without CJK characters (and with at least one letter)."""
    has_letter = any(ch.isalpha() for ch in text)
    return has_letter and not any(_is_cjk(ch) for ch in text)


def _is_cjk(ch: str) -> bool:
    code = ord(ch)
    return 0x2E80 <= code <= 0x9FFF or 0xF900 <= code <= 0xFAFF or 0x20000 <= code <= 0x2FFFF


def _langs(mapping: dict) -> list[str]:
    return sorted(mapping, key=lambda lang: (LANG_ORDER.index(lang) if lang in LANG_ORDER else 9, lang))


def preferred(labels: dict[str, str]) -> dict[str, str]:
    """Language -> preferred label. A Latin-script name is never a `zh` label: alone it becomes
    the `en` label; beside an `en` label it is left to `latin_extras` (an @en altLabel)."""
    out: dict[str, str] = {}
    for lang in _langs(labels):
        text = (labels[lang] or "").strip()
        if not text:
            continue
        if lang != "en" and is_latin(text):
            if labels.get("en"):
                continue
            lang = "en"
        out.setdefault(lang, text)
    return out


def latin_extras(labels: dict[str, str]) -> list[str]:
    """Latin-script names given under a non-English language beside an English label."""
    return [text.strip() for lang, text in labels.items()
            if lang != "en" and text and is_latin(text) and labels.get("en")]


def alternatives(alt_labels: dict[str, Iterable[str]], pref: dict[str, str],
                 extra: Iterable[str] = ()) -> list[Literal]:
    """Other names as language-tagged literals, none repeating a preferred label."""
    seen = {(text, lang) for lang, text in pref.items()}
    out: list[Literal] = []
    pairs = [(lang, name) for lang in _langs(alt_labels) for name in alt_labels[lang] or ()]
    pairs += [("en", name) for name in extra]
    for lang, name in pairs:
        name = (name or "").strip()
        if not name:
            continue
        tag = "en" if is_latin(name) else ("zh" if lang == "en" else lang)
        if (name, tag) not in seen:
            seen.add((name, tag))
            out.append(Literal(name, lang=tag))
    return out
