"""write: the build folder (graph.ttl/.nt/.trig/.jsonld + context, validation report, rejected
facts), every file written atomically and byte-identical from build to build."""

from .writer import FORMATS, atomic_write, rejected_jsonl, report_turtle, serialize, write_build

__all__ = ["FORMATS", "atomic_write", "rejected_jsonl", "report_turtle", "serialize", "write_build"]
