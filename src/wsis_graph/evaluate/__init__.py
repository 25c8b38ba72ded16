"""The quality report: named queries of a build scored against expected rows (gold files)."""

from .scorer import QueryScore, load_gold, score

__all__ = ["QueryScore", "load_gold", "score"]
