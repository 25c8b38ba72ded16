"""Stage 1, read: a source file or folder becomes Documents with their exact text."""

from .reader import read_source, read_sources

__all__ = ["read_source", "read_sources"]
