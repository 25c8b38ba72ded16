"""`wsis-graph serve`: the graph as a read-only SPARQL 1.1 Protocol endpoint.

starlette + uvicorn speak HTTP; queries run in killable worker processes over the embedded
store (see worker.py); policy.py keeps queries inside the graph. Everything works offline.
"""

from __future__ import annotations

import socket
import sys
from pathlib import Path

from ..errors import InputError
from ..resources import data_dir
from ..store import named_graphs, open_store, store_for

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 7878
DEFAULT_TIMEOUT = 30.0
DEFAULT_MAX_RESULT_MB = 50.0
DEFAULT_WORKERS = 2


def named_query_examples() -> list[dict]:
    """The project's named queries (queries/*.rq) as examples for the query page."""
    try:
        folder = data_dir("queries")
    except FileNotFoundError:
        return []
    examples = []
    for path in sorted(folder.glob("*.rq")):
        text = path.read_text(encoding="utf-8")
        comment = [ln.lstrip("# ").rstrip() for ln in text.splitlines() if ln.startswith("#")]
        examples.append({"name": path.stem, "description": " ".join(comment[:2]), "query": text})
    return examples


def _listen(host: str, port: int) -> socket.socket:
    """Bind the listening socket ourselves, so a busy port is a one-line error, not a log dump."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host, port))
    except OSError as exc:
        sock.close()
        raise InputError(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from None
    sock.listen(128)
    sock.set_inheritable(True)
    return sock


def serve(graph_path: Path, host: str = DEFAULT_HOST, port: int = DEFAULT_PORT,
          timeout: float = DEFAULT_TIMEOUT,
          max_result_bytes: int = int(DEFAULT_MAX_RESULT_MB * 1e6),
          workers: int = DEFAULT_WORKERS) -> None:
    """Serve the graph at `graph_path` (build folder or graph file) until interrupted."""
    import uvicorn

    from .app import create_app
    from .worker import WorkerPool

    with store_for(graph_path) as store_dir:
        store = open_store(store_dir)
        graphs = named_graphs(store)
        del store
        pool = WorkerPool(str(store_dir), workers, timeout, max_result_bytes)
        try:
            pool.start()
        except RuntimeError as exc:
            pool.close()
            raise InputError(str(exc)) from None
        try:
            sock = _listen(host, port)
            app = create_app(pool, graphs, named_query_examples())
            config = uvicorn.Config(app, log_level="warning", access_log=False, lifespan="off")
            bound = sock.getsockname()[1]
            print(f"wsis-graph: SPARQL endpoint at http://{_url_host(host)}:{bound}/sparql "
                  f"({len(graphs)} named graphs, {workers} workers, {timeout:g} s time limit); "
                  "Ctrl-C stops it", file=sys.stderr, flush=True)
            uvicorn.Server(config).run(sockets=[sock])
        finally:
            pool.close()


def _url_host(host: str) -> str:
    return f"[{host}]" if ":" in host else host
