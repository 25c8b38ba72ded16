"""query: load a built graph and run named or ad-hoc SPARQL over the union of its graphs."""

from .engine import BACKENDS, QueryResult, query_names, query_text, run_query, run_sparql
from .formats import FORMATS, format_result
from .loader import graph_file, load_graph

__all__ = ["BACKENDS", "FORMATS", "QueryResult", "format_result", "graph_file", "load_graph",
           "query_names", "query_text", "run_query", "run_sparql"]
