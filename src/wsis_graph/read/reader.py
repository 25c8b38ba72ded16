"""Read UTF-8 text sources, with optional `NAME.meta.json` sidecars.

The text is kept byte-for-byte as decoded (a leading BOM dropped, line endings kept), because
every evidence offset later points into exactly this string.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from ..errors import InputError
from ..model import Document, published_day
from .language import detect_language

SOURCE_SUFFIXES = (".txt",)
META_SUFFIX = ".meta.json"


def read_sources(paths: list[Path]) -> list[Document]:
    """Read every source named (files, or folders of `.txt` files), sorted by document id."""
    documents: dict[str, Document] = {}
    for path in paths:
        for file in _source_files(Path(path)):
            doc = read_source(file)
            if doc.id in documents:
                raise InputError(f"{file}: document id {doc.id!r} is used twice; rename one of the files")
            documents[doc.id] = doc
    return [documents[k] for k in sorted(documents)]


def _source_files(path: Path) -> list[Path]:
    if not path.exists():
        raise InputError(f"{path}: no such file or folder")
    if path.is_dir():
        files = sorted(p for p in path.iterdir() if p.is_file() and p.suffix in SOURCE_SUFFIXES)
        if not files:
            raise InputError(f"{path}: folder holds no .txt source")
        return files
    return [path]


def read_source(path: Path) -> Document:
    """Read one source file into a Document; raise InputError naming the file and the problem."""
    path = Path(path)
    if not path.is_file():
        raise InputError(f"{path}: no such file")
    raw = path.read_bytes()
    text = _decode(path, raw)
    meta = _read_meta(path)
    language = meta.get("language") or detect_language(text)
    return Document(
        id=_document_id(path),
        path=str(path),
        text=text,
        language=language,
        sha256=hashlib.sha256(raw).hexdigest(),
        meta=meta,
    )


def _document_id(path: Path) -> str:
    """The file name without its extension: `report.zh.txt` -> `report.zh`."""
    return path.name[: -len(path.suffix)] if path.suffix else path.name


def _decode(path: Path, raw: bytes) -> str:
    if not raw.strip():
        raise InputError(f"{path}: file is empty")
    if b"\x00" in raw:
        raise InputError(f"{path}: file is binary (holds NUL bytes), not UTF-8 text")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(f"{path}: not valid UTF-8 (byte {exc.start}); save the file as UTF-8") from None
    text = text.removeprefix("\ufeff")
    if not text.strip():
        raise InputError(f"{path}: file is empty")
    controls = sum(1 for ch in text if ord(ch) < 32 and ch not in "\t\n\r\f")
    if controls > max(2, len(text) // 100):
        raise InputError(f"{path}: file looks binary (control characters), not text")
    return text


def _read_meta(path: Path) -> dict:
    sidecar = path.with_name(_document_id(path) + META_SUFFIX)
    if not sidecar.exists():
        return {}
    try:
        meta = json.loads(sidecar.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InputError(f"{sidecar}: not valid JSON ({exc})") from None
    if not isinstance(meta, dict):
        raise InputError(f"{sidecar}: must hold a JSON object")
    published = meta.get("published")
    if published is not None and published_day(published) is None:
        raise InputError(f"{sidecar}: \"published\" must be an ISO 8601 date such as 2025-07-08, not {published!r}")
    return meta

