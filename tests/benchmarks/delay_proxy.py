"""A TCP proxy on 127.0.0.1 that adds a fixed round trip, as an office network between desk and server.

Each direction of each connection has a reader thread, which stamps every chunk it receives, and a
sender thread, which forwards the chunks in order, each once half the round trip has passed since it
arrived. A chunk waits for its own deadline only, never for the chunks before it to be sent, so a
burst costs one delay, not one per chunk, and the delay is the network's alone (the sleep overshoots
by some tens of microseconds, nothing like a millisecond).
"""

from __future__ import annotations

import queue
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


#: The last part of each delay, in seconds, waited for by spinning rather than sleeping.
SPIN = 0.00015


class DelayProxy:
    """Forwards 127.0.0.1:``port`` to ``target`` (host, port) with ``rtt_ms`` added per round trip."""

    def __init__(self, target: tuple[str, int], rtt_ms: float) -> None:
        self.target = target
        self.half_delay = rtt_ms / 2000
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.port: int = self._listener.getsockname()[1]
        self._closed = threading.Event()
        threading.Thread(target=self._accept, daemon=True, name="delay-proxy").start()

    def _accept(self) -> None:
        while not self._closed.is_set():
            try:
                client, _ = self._listener.accept()
            except OSError:  # closed
                return
            server = socket.create_connection(self.target)
            for connected in (client, server):
                connected.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            self._pipe(client, server)
            self._pipe(server, client)

    def _pipe(self, source: socket.socket, sink: socket.socket) -> None:
        chunks: queue.SimpleQueue[tuple[float, bytes]] = queue.SimpleQueue()

        def read() -> None:
            while True:
                try:
                    data = source.recv(65536)
                except OSError:
                    data = b""
                chunks.put((time.perf_counter() + self.half_delay, data))
                if not data:
                    return

        def send() -> None:
            while True:
                due, data = chunks.get()
                # The sleep wakes some tens of microseconds late: it stops short, the rest is spun.
                wait = due - time.perf_counter() - SPIN
                if wait > 0:
                    time.sleep(wait)
                while time.perf_counter() < due:
                    pass
                if not data:  # the source closed: pass the end on
                    with suppress(OSError):
                        sink.shutdown(socket.SHUT_WR)
                    return
                try:
                    sink.sendall(data)
                except OSError:
                    return

        threading.Thread(target=read, daemon=True, name="delay-proxy-read").start()
        threading.Thread(target=send, daemon=True, name="delay-proxy-send").start()

    def close(self) -> None:
        self._closed.set()
        self._listener.close()


@contextmanager
def delayed(url: str, rtt_ms: float) -> Iterator[str]:
    """``url`` (a SQLAlchemy URL with host and port) rewritten to reach its server through a proxy.

    The proxy runs in a process of its own: in the caller's, its threads would wait for the
    interpreter lock while the caller runs Python code, and the delay would grow with the load.
    """
    from sqlalchemy.engine import make_url

    parsed = make_url(url)
    target = f"{parsed.host or '127.0.0.1'}:{parsed.port or 5432}"
    command = [sys.executable, "-m", "tests.benchmarks.delay_proxy", target, str(rtt_ms)]
    proxy = subprocess.Popen(command, stdout=subprocess.PIPE, text=True, cwd=ROOT)
    try:
        assert proxy.stdout is not None
        port = int(proxy.stdout.readline())
        yield parsed.set(host="127.0.0.1", port=port).render_as_string(hide_password=False)
    finally:
        proxy.terminate()
        proxy.communicate()


if __name__ == "__main__":
    host, _, port = sys.argv[1].rpartition(":")
    proxy = DelayProxy((host, int(port)), float(sys.argv[2]))
    print(proxy.port, flush=True)
    threading.Event().wait()
