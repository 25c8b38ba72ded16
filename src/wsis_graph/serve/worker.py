"""Query workers: processes that run SPARQL on the store and can be killed mid-query.

Neither pyoxigraph nor rdflib can interrupt a query running in a thread, so the endpoint keeps
a small pool of worker processes, each with the store open read-only. A query that outlives its
time limit is answered with an error and its worker is killed and replaced; the web process is
never blocked by a query. Each worker also serializes its answer (pyoxigraph's own writers) and
stops as soon as the answer outgrows the size limit.
"""

from __future__ import annotations

import asyncio
import multiprocessing
import signal
import sys
from dataclasses import dataclass, field
from multiprocessing.connection import Connection
from typing import NamedTuple

import pyoxigraph as ox

from .. import NS_ID, NS_ONTOLOGY
from .negotiate import GRAPH_TYPES, RESULTS_TYPES, choose

TEXT = "text/plain; charset=utf-8"

PREFIXES = {
    "wsis": NS_ONTOLOGY,
    "id": NS_ID,
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "schema": "https://schema.org/",
    "org": "http://www.w3.org/ns/org#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "prov": "http://www.w3.org/ns/prov#",
    "oa": "http://www.w3.org/ns/oa#",
    "dcterms": "http://purl.org/dc/terms/",
}

# Turtle output leaves id: IRIs whole: pyoxigraph would escape their slashes (id:org\/itu).
_TURTLE_PREFIXES = {name: ns for name, ns in PREFIXES.items() if name != "id"}

_RESULT_FORMATS = {
    "application/sparql-results+json": ox.QueryResultsFormat.JSON,
    "application/json": ox.QueryResultsFormat.JSON,
    "application/sparql-results+xml": ox.QueryResultsFormat.XML,
    "application/xml": ox.QueryResultsFormat.XML,
    "text/xml": ox.QueryResultsFormat.XML,
    "text/csv": ox.QueryResultsFormat.CSV,
    "text/tab-separated-values": ox.QueryResultsFormat.TSV,
}
_GRAPH_FORMATS = {
    "text/turtle": ox.RdfFormat.TURTLE,
    "application/x-turtle": ox.RdfFormat.TURTLE,
    "application/turtle": ox.RdfFormat.TURTLE,
    "application/n-triples": ox.RdfFormat.N_TRIPLES,
    "text/plain": ox.RdfFormat.N_TRIPLES,
    "application/ld+json": ox.RdfFormat.JSON_LD,
    "application/rdf+xml": ox.RdfFormat.RDF_XML,
}


class Answer(NamedTuple):
    """An HTTP answer built by a worker: status, Content-Type and body."""

    status: int
    media_type: str
    body: bytes

    @classmethod
    def error(cls, status: int, message: str) -> Answer:
        return cls(status, TEXT, (message.rstrip() + "\n").encode())


@dataclass
class Job:
    """One query to run: the text, the client's Accept header and the dataset to query."""

    query: str
    accept: str | None = None
    union: bool = True
    default_graph: list[str] = field(default_factory=list)
    named_graphs: list[str] | None = None


class _TooLarge(Exception):
    pass


class _LimitedBuffer:
    """A binary sink for pyoxigraph's writers that gives up once `limit` bytes are written."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.size = 0
        self.parts: list[bytes] = []
        self.overflow = False

    def write(self, data: bytes) -> int:
        self.size += len(data)
        if self.size > self.limit:
            self.overflow = True
            raise _TooLarge()
        self.parts.append(bytes(data))
        return len(data)

    def flush(self) -> None:
        pass


def run_job(store: ox.Store, job: Job, max_bytes: int) -> Answer:
    """Run one query and serialize its answer in the negotiated format, within `max_bytes`."""
    kwargs: dict = {"use_default_graph_as_union": job.union}
    if job.default_graph:
        kwargs["default_graph"] = [ox.NamedNode(g) for g in job.default_graph]
    if job.named_graphs is not None:
        kwargs["named_graphs"] = [ox.NamedNode(g) for g in job.named_graphs]
    try:
        result = store.query(job.query, **kwargs)
    except SyntaxError as exc:
        return Answer.error(400, f"malformed query: {exc}")
    except (OSError, RuntimeError, ValueError) as exc:
        return Answer.error(400, f"query failed: {exc}")
    is_graph = isinstance(result, ox.QueryTriples)
    offered = GRAPH_TYPES if is_graph else RESULTS_TYPES
    media = choose(job.accept, offered)
    if media is None:
        kind = "an RDF graph" if is_graph else "SPARQL results"
        return Answer.error(406, f"not acceptable: this query answers with {kind}, "
                                 f"available as {', '.join(offered)}")
    return _serialize(result, media, is_graph, max_bytes)


def _serialize(result, media: str, is_graph: bool, max_bytes: int) -> Answer:
    """Write the answer with pyoxigraph, stopping when it outgrows the size limit."""
    sink = _LimitedBuffer(max_bytes)
    try:
        if is_graph:
            ox.serialize(result, sink, _GRAPH_FORMATS[media], prefixes=_TURTLE_PREFIXES)
        else:
            result.serialize(sink, _RESULT_FORMATS[media])
    except Exception as exc:  # pyoxigraph may re-wrap the sink's exception
        if not sink.overflow:
            return Answer.error(500, f"query failed: {exc}")
        return Answer.error(422, f"the answer is larger than the result-size limit of "
                                 f"{_human(max_bytes)}; narrow the query or add a LIMIT")
    return Answer(200, f"{media}; charset=utf-8", b"".join(sink.parts))


def _human(size: int) -> str:
    for unit in ("bytes", "kB", "MB", "GB"):
        if size < 1000 or unit == "GB":
            return f"{size:g} {unit}"
        size /= 1000
    return str(size)


def worker_main(store_dir: str, conn: Connection, max_bytes: int) -> None:
    """A worker's life: open the store read-only, then answer jobs until the pipe closes."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the server's to handle
    try:
        store = ox.Store.read_only(store_dir)
    except OSError as exc:
        conn.send(("error", f"{store_dir}: cannot open the store: {exc}"))
        return
    conn.send(("ready", None))
    while True:
        try:
            job = conn.recv()
        except (EOFError, OSError):
            return  # the server went away
        conn.send(run_job(store, job, max_bytes))


class Worker:
    """One worker process and the parent's end of its pipe."""

    def __init__(self, store_dir: str, max_bytes: int) -> None:
        ctx = multiprocessing.get_context("spawn")  # no fork of a threaded server
        self.conn, child = ctx.Pipe()
        self.process = ctx.Process(target=worker_main, args=(store_dir, child, max_bytes),
                                   name="wsis-graph-query", daemon=True)
        self.process.start()
        child.close()

    def wait_ready(self, timeout: float) -> None:
        """Block until the worker has opened the store; raise RuntimeError if it could not."""
        if not self.conn.poll(timeout):
            self.kill()
            raise RuntimeError("a query worker did not start in time")
        try:
            status, message = self.conn.recv()
        except EOFError:
            status, message = "error", "a query worker died while starting"
        if status != "ready":
            self.kill()
            raise RuntimeError(message)

    def kill(self) -> None:
        """Stop the process now (SIGKILL: a query inside pyoxigraph listens to nothing else)."""
        if self.process.is_alive():
            self.process.kill()
        self.process.join(5)
        self.conn.close()


class WorkerPool:
    """Hands each query to an idle worker and enforces the time limit by killing overrunners."""

    def __init__(self, store_dir: str, size: int, timeout: float, max_bytes: int) -> None:
        self.store_dir = store_dir
        self.size = size
        self.timeout = timeout
        self.max_bytes = max_bytes
        self._workers: list[Worker] = []
        self._idle: asyncio.Queue[Worker] | None = None
        self._tasks: set[asyncio.Task] = set()

    def start(self) -> None:
        """Start the workers and wait until each has the store open (errors surface here)."""
        for _ in range(self.size):
            self._workers.append(self._new_worker())

    def _new_worker(self) -> Worker:
        worker = Worker(self.store_dir, self.max_bytes)
        worker.wait_ready(60)
        return worker

    def _queue(self) -> asyncio.Queue[Worker]:
        if self._idle is None:
            self._idle = asyncio.Queue()
            for worker in self._workers:
                self._idle.put_nowait(worker)
        return self._idle

    async def run(self, job: Job) -> Answer:
        """Answer one job, or a clear error when it is stopped at the time limit."""
        loop = asyncio.get_running_loop()
        try:
            worker = await asyncio.wait_for(self._queue().get(), self.timeout)
        except asyncio.TimeoutError:
            return Answer.error(503, "all query workers are busy; try again shortly")
        try:
            worker.conn.send(job)
            if await loop.run_in_executor(None, worker.conn.poll, self.timeout):
                answer = await loop.run_in_executor(None, worker.conn.recv)
                self._queue().put_nowait(worker)
                return answer
        except (EOFError, OSError):
            self._replace(worker)
            return Answer.error(500, "the query worker died; the query was not answered")
        except BaseException:  # cancelled: the worker may still be busy, so it cannot be reused
            self._replace(worker)
            raise
        self._replace(worker)
        return Answer.error(503, f"query stopped: it ran past the time limit of "
                                 f"{self.timeout:g} s; narrow the query or add a LIMIT")

    def _replace(self, worker: Worker) -> None:
        """Kill a worker and start its successor in the background."""
        worker.kill()
        if worker in self._workers:
            self._workers.remove(worker)
        task = asyncio.get_running_loop().create_task(self._respawn())
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _respawn(self) -> None:
        loop = asyncio.get_running_loop()
        try:
            worker = await loop.run_in_executor(None, self._new_worker)
        except RuntimeError as exc:
            print(f"wsis-graph serve: could not restart a query worker: {exc}", file=sys.stderr)
            return
        self._workers.append(worker)
        self._queue().put_nowait(worker)

    def close(self) -> None:
        """Stop every worker."""
        for worker in self._workers:
            worker.kill()
        self._workers.clear()
