"""A throwaway PostgreSQL server for the tests: initdb in a temporary folder, on loopback."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


def _server_binaries() -> Path | None:
    found = shutil.which("initdb")
    if found:
        return Path(found).parent
    candidates = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"))
    return candidates[-1].parent if candidates else None


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@contextmanager
def postgres_server(template: Path | None = None, keep_in: Path | None = None) -> Iterator[str | None]:
    """Yield the server's base URL (no database name), or None when PostgreSQL is not installed.

    ``template``: start on a copy of this stopped server's data folder instead of a new one (the
    benchmarks' cached office). ``keep_in``: after a clean stop, move the data folder there."""
    binaries = _server_binaries()
    if binaries is None:
        yield None
        return
    # The server refuses to run as root: run it as the postgres user, in a folder it owns.
    as_postgres = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
    folder = Path(tempfile.mkdtemp(prefix="expedite-pg-"))
    if as_postgres:
        shutil.chown(folder, "postgres", "postgres")
    data, port = folder / "data", _free_port()

    def run(*command: str) -> None:
        subprocess.run([*as_postgres, *command], check=True, capture_output=True)

    if template is not None:
        subprocess.run(["cp", "-a", str(template), str(data)], check=True)
    else:
        run(
            str(binaries / "initdb"),
            "-D",
            str(data),
            "-U",
            "postgres",
            "--auth=trust",
            "-E",
            "UTF8",
            "--locale=C",
        )
    run(
        str(binaries / "pg_ctl"), "-D", str(data), "-l", str(folder / "server.log"), "-w", "start",
        "-o", f"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off"
        " -c deadlock_timeout=50ms",
    )  # fmt: skip
    try:
        yield f"postgresql+psycopg://postgres@127.0.0.1:{port}"
    finally:
        run(str(binaries / "pg_ctl"), "-D", str(data), "-m", "fast" if keep_in else "immediate", "stop")
        if keep_in is not None:
            subprocess.run(["mv", str(data), str(keep_in)], check=True)  # keeps the owner across devices
        shutil.rmtree(folder, ignore_errors=True)
