"""Check the extractor's data files before a document is read: a curator's mistake in a lexicon
or a rule file (a key left out, a number where a name belongs, a pattern that does not compile)
is one line naming the file, never a traceback from deep inside the extractor.

The loaders read their files lazily and once; `check_data_files` calls each of them up front,
under a guard that names the file each one reads, so the cached result is sound afterwards.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import cache
from pathlib import Path
from typing import Any

from ..errors import InputError
from ..resources import data_dir

# What a file that does not hold what its loader expects raises while being read.
_MISTAKES = (json.JSONDecodeError, UnicodeDecodeError, KeyError, TypeError, ValueError, AttributeError,
             IndexError, re.error)


@contextmanager
def reading_data(path: Path) -> Iterator[None]:
    """Turn a mistake found while reading the data file at `path` into an InputError naming it."""
    try:
        yield
    except InputError:
        raise
    except _MISTAKES as exc:
        raise InputError(f"{_shown(path)}: {_what(exc)}; fix the file or restore it from the repository") from None


def _what(exc: BaseException) -> str:
    if isinstance(exc, json.JSONDecodeError):
        return f"not valid JSON ({exc})"
    if isinstance(exc, KeyError):
        return f"the entry {exc.args[0]!r} is missing"
    if isinstance(exc, re.error):
        return f"a pattern does not compile ({exc})"
    return f"{type(exc).__name__}: {exc}".split("\n")[0]


def _shown(path: Path) -> str:
    """The file as a curator finds it: relative to the data folder's project when it can be."""
    for parent in path.parents:
        if parent.name == "data" or parent.name == "_data":
            return str(path.relative_to(parent.parent))
    return str(path)


@cache
def check_data_files() -> None:
    """Load every data file the extractor reads (each loader caches what it read)."""
    from .conventions import conventions
    from .datelines import date_data
    from .durations import length_data
    from .figures import noun_data
    from .frames import load_frames
    from .lexicon import load_lexicon
    from .mentions import gazetteer
    from .names import name_data
    from .patterns import mention_rules
    from .rules import load_rules
    from .titles import office_words

    rules = data_dir("rules")
    gazetteer(load_lexicon())  # each lexicon file is checked as it is read
    loaders: list[tuple[Path, Callable[[], Any]]] = [
        (rules / "zh" / "names.json", name_data), (rules / "mentions.json", mention_rules),
        (rules / "reading.json", conventions), (rules / "zh" / "dates.json", date_data),
        (rules / "zh" / "figures.json", noun_data), (rules / "zh" / "figures.json", length_data),
        (rules / "posts.json", office_words), (rules / "zh" / "frames.json", load_frames),
        (rules, load_rules)]
    for path, load in loaders:
        with reading_data(path):
            load()
