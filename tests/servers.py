"""Real servers for the serve and push tests: started as subprocesses, always stopped.

Every wait is bounded, and every server is stopped (SIGTERM, then SIGKILL) by the context
manager that started it, whatever the test did.
"""

from __future__ import annotations

import contextlib
import re
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx

BIN = Path(sys.executable).parent


def wsis_graph_cmd() -> list[str]:
    """The installed `wsis-graph` command (the console script of this venv)."""
    script = BIN / "wsis-graph"
    if script.exists():
        return [str(script)]
    return [sys.executable, "-c", "from wsis_graph.cli import main; main()"]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@dataclass
class Server:
    url: str
    process: subprocess.Popen
    log: Path

    def log_lines(self) -> list[str]:
        return self.log.read_text(encoding="utf-8", errors="replace").splitlines()


def _stop(process: subprocess.Popen) -> None:
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(5)


@contextlib.contextmanager
def wsis_serve(graph: Path, tmp: Path, *args: str, startup: float = 60) -> Iterator[Server]:
    """`wsis-graph serve --port 0 ...`; yields once it answers, with its base URL."""
    log = tmp / f"serve-{time.monotonic_ns()}.log"
    with log.open("w") as err:
        process = subprocess.Popen([*wsis_graph_cmd(), "serve", "--graph", str(graph),
                                    "--port", "0", *args],
                                   stdout=subprocess.DEVNULL, stderr=err)
    try:
        url = _wait_for_url(process, log, startup)
        yield Server(url, process, log)
    finally:
        _stop(process)


def _wait_for_url(process: subprocess.Popen, log: Path, startup: float) -> str:
    deadline = time.monotonic() + startup
    while time.monotonic() < deadline:
        match = re.search(r"at (http://[\d.]+:\d+)/sparql", log.read_text(errors="replace"))
        if match:
            _wait_http(match.group(1) + "/graphs", deadline)
            return match.group(1)
        if process.poll() is not None:
            raise RuntimeError(f"wsis-graph serve exited: {log.read_text()}")
        time.sleep(0.1)
    raise RuntimeError(f"wsis-graph serve did not start: {log.read_text()}")


def _wait_http(url: str, deadline: float) -> None:
    while time.monotonic() < deadline:
        try:
            httpx.get(url, timeout=2)
            return
        except httpx.HTTPError:
            time.sleep(0.1)
    raise RuntimeError(f"{url} never answered")


@contextlib.contextmanager
def oxigraph_server(location: Path, startup: float = 30) -> Iterator[str]:
    """`oxigraph serve --location DIR --bind 127.0.0.1:PORT`; yields its base URL."""
    exe = shutil.which("oxigraph", path=str(BIN)) or shutil.which("oxigraph")
    if exe is None:
        raise RuntimeError("the oxigraph server CLI is not installed (pip install oxigraph)")
    port = free_port()
    process = subprocess.Popen([exe, "serve", "--location", str(location),
                                "--bind", f"127.0.0.1:{port}"],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        url = f"http://127.0.0.1:{port}"
        _wait_http(url + "/query?query=ASK%7B%7D", time.monotonic() + startup)
        yield url
    finally:
        _stop(process)
