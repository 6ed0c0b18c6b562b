"""The instants `make test-clocks` runs the suite at move the calendar, never the timers."""

import subprocess
import sys


def test_a_timed_wait_ends_on_time_at_any_instant_the_suite_runs_at():
    # faketime fakes the monotonic clock too unless told not to (--exclude-monotonic), and then a thread's
    # timed wait never ends: CI saw `expedite-desk demo` outlive its test's two minutes at one instant.
    waited = subprocess.run(
        [sys.executable, "-c", "import threading; print(threading.Event().wait(0.2))"],
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert waited.stdout.split() == ["False"], waited.stderr
