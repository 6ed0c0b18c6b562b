"""What every benchmark reports: figures against their targets, as one table and as JSON.

Each benchmark module measures with ``measure(args) -> list[Figure]`` and runs it through
``benchmark_main``, so it prints the same table alone (``make bench ONLY=board``) as in the suite
(``make bench``), which runs each module in a fresh process and merges their JSON.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import time
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass
from pathlib import Path

from sqlalchemy import event


@dataclass(frozen=True)
class Figure:
    key: str  # stable name in the JSON
    name: str  # what is measured, as the table shows it
    measured: float
    unit: str  # "ms", "s" or "MB"
    target: float | None  # an upper bound; None: reported, not judged
    detail: str = ""  # the sample it was measured on (runs, sizes)
    round_trips: float | None = None  # requests to the database per operation (median); None: not counted

    @property
    def passed(self) -> bool | None:
        return None if self.target is None else self.measured <= self.target


def median_ms(samples: Iterable[float]) -> float:
    """The median of samples in seconds, in milliseconds."""
    return statistics.median(samples) * 1000


def timed_runs(action: Callable[[], object], runs: int, warm_up: int = 1) -> list[float]:
    """Seconds per run of ``action``, after ``warm_up`` runs that are not kept."""
    samples = []
    for _ in range(warm_up + runs):
        began = time.perf_counter()
        action()
        samples.append(time.perf_counter() - began)
    return samples[warm_up:]


class RoundTrips:
    """The requests a database's engine sends its server, each a network round trip on PostgreSQL:
    statements (an ``executemany`` batch counts once), BEGIN, COMMIT and ROLLBACK, and on a server
    the pool's liveness check at each checkout (``pool_pre_ping``, see app.db.database)."""

    def __init__(self, database) -> None:
        self.sent = 0
        engine = database.engine
        for name in ("before_cursor_execute", "begin", "commit", "rollback"):
            event.listen(engine, name, self._count)
        if engine.dialect.name != "sqlite":
            event.listen(engine, "checkout", self._count)

    def _count(self, *_args) -> None:
        self.sent += 1

    def timed_runs(
        self, action: Callable[[], object], runs: int, warm_up: int = 1
    ) -> tuple[list[float], float]:
        """:func:`timed_runs` of ``action``, and the median of the round trips per kept run."""
        counts = []

        def counted() -> None:
            before = self.sent
            action()
            counts.append(self.sent - before)

        samples = timed_runs(counted, runs, warm_up)
        return samples, statistics.median(counts[warm_up:])


def process_memory_mb() -> dict[str, float]:
    """This process's resident set (VmRSS) and its peak so far (VmHWM), in MB (Linux)."""
    fields = {}
    for line in Path("/proc/self/status").read_text().splitlines():
        name, _, value = line.partition(":")
        if name in ("VmRSS", "VmHWM"):
            fields[name] = int(value.split()[0]) / 1024
    return fields


def _value(figure: Figure) -> str:
    return f"{figure.measured:.2f}" if figure.unit == "s" else f"{figure.measured:.1f}"


def format_table(figures: list[Figure]) -> str:
    rows = [("指标 figure", "测得 measured", "往返 round trips", "目标 target", "结果")]
    for figure in figures:
        target = "—" if figure.target is None else f"≤ {figure.target:g} {figure.unit}"
        verdict = {True: "通过 pass", False: "未达 FAIL", None: "—"}[figure.passed]
        trips = "—" if figure.round_trips is None else f"{figure.round_trips:g}"
        rows.append((figure.name, f"{_value(figure)} {figure.unit}", trips, target, verdict))
    widths = [max(_width(row[column]) for row in rows) for column in range(len(rows[0]))]
    lines = ["  ".join(_pad(cell, width) for cell, width in zip(row, widths, strict=True)) for row in rows]
    lines.insert(1, "  ".join("-" * width for width in widths))
    return "\n".join(line.rstrip() for line in lines)


def _width(text: str) -> int:
    """Columns on a terminal: CJK characters take two."""
    return sum(2 if ord(char) > 0x2E80 else 1 for char in text)


def _pad(text: str, width: int) -> str:
    return text + " " * (width - _width(text))


def write_json(figures: list[Figure], path: Path, **meta: object) -> None:
    data = {**meta, "figures": [{**asdict(f), "passed": f.passed} for f in figures]}
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2), "utf-8")


def read_json(path: Path) -> list[Figure]:
    data = json.loads(path.read_text("utf-8"))
    return [Figure(**{k: v for k, v in item.items() if k != "passed"}) for item in data["figures"]]


def benchmark_main(
    doc: str, measure: Callable[[argparse.Namespace], list[Figure]], *, runs: int, cases: bool = True
) -> None:
    """The command line of one benchmark module: ``--runs``, ``--cases``, ``--json FILE``, and for
    one on the office ``--db postgres --rtt-ms 5`` (tests.benchmarks.office.open_office)."""
    from tests.benchmarks.office import BACKEND_ENV, RTT_ENV

    parser = argparse.ArgumentParser(description=doc.splitlines()[0])
    parser.add_argument("--runs", type=int, default=runs, help="runs kept after the warm-up")
    if cases:
        parser.add_argument("--cases", type=int, default=20000, help="cases in the sample office")
        parser.add_argument("--db", choices=("sqlite", "postgres"), help="the office's database")
        parser.add_argument("--rtt-ms", type=float, help="round trip added to PostgreSQL's (default 1)")
    parser.add_argument("--json", type=Path, help="also write the figures to this JSON file")
    args = parser.parse_args()
    for name, value in ((BACKEND_ENV, getattr(args, "db", None)), (RTT_ENV, getattr(args, "rtt_ms", None))):
        if value is not None:
            os.environ[name] = str(value)
    figures = measure(args)
    print(format_table(figures), flush=True)
    if args.json:
        write_json(figures, args.json)
