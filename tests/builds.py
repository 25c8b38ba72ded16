"""A real build for the serve, push and store tests: `wsis-graph build --out DIR`, made once.

The tests only read it, so one build serves the whole session; it is removed at exit. If the
build command does not write the store yet, it is added with `build_store`, as the build does.
"""

from __future__ import annotations

import atexit
import shutil
import subprocess
import tempfile
from functools import cache
from pathlib import Path

from servers import wsis_graph_cmd
from wsis_graph.store import GRAPH_FILENAME, STORE_DIRNAME, build_store, is_store


@cache
def shared_build() -> Path:
    """The bundled sources built into a temporary folder (graph.trig and store/)."""
    out = Path(tempfile.mkdtemp(prefix="wsis-graph-build-"))
    atexit.register(shutil.rmtree, out, ignore_errors=True)
    done = subprocess.run([*wsis_graph_cmd(), "build", "--out", str(out)],
                          capture_output=True, text=True, timeout=300)
    if not (out / GRAPH_FILENAME).is_file():  # exit 1 (shapes not met) still writes the graph
        raise RuntimeError(f"wsis-graph build failed: {done.stderr.strip()}")
    if not is_store(out / STORE_DIRNAME):
        build_store(out / GRAPH_FILENAME, out / STORE_DIRNAME)
    return out
