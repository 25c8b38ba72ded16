"""A real build folder for the serve, push and store tests.

`wsis-graph build --out DIR` when the CLI has the build command; until then the map and write
stages over the hand-made sample Resolution (tests/fixtures/map/sample.py), with the store
built by `build_store` as the build command will do.
"""

from __future__ import annotations

import importlib.util
import subprocess
from pathlib import Path

from wsis_graph.store import GRAPH_FILENAME, STORE_DIRNAME, build_store

HERE = Path(__file__).parent


def make_build(out: Path) -> Path:
    """Build into `out` and return it (graph.trig and store/ inside)."""
    from wsis_graph.cli import cli

    if "build" in cli.commands:
        from servers import wsis_graph_cmd
        subprocess.run([*wsis_graph_cmd(), "build", "--out", str(out)], check=True,
                       capture_output=True, timeout=300)
    else:
        _sample_build(out)
    if not (out / STORE_DIRNAME).is_dir():
        build_store(out / GRAPH_FILENAME, out / STORE_DIRNAME)
    return out


def _sample_build(out: Path) -> None:
    from wsis_graph.map import to_dataset
    from wsis_graph.write.writer import atomic_write, serialize

    spec = importlib.util.spec_from_file_location("map_sample", HERE / "fixtures/map/sample.py")
    sample = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(sample)
    result = to_dataset(sample.make_resolution(), tool_version="test")
    atomic_write(out / GRAPH_FILENAME, serialize(result.dataset, "trig"))
