"""`expedite-desk` (and `python -m ui`): the window, `smoke`, or a command of app/cli.py.

Here, above the user interface, because only this entry may start the window: app/ never imports ui
(tests/test_layers.py). A command other than the window's runs without loading Qt.
"""

from __future__ import annotations

import gc
from collections.abc import Sequence

from app.cli import parse_arguments, run_command
from app.domain.clock import Clock


def main(argv: Sequence[str] | None = None, clock: Clock | None = None) -> int:
    """Run the command line; ``clock`` is the time the commands work at (the computer's unless given)."""
    args = parse_arguments(argv)
    if args.command is None:
        # Start-up builds well over 100,000 objects that live as long as the window; collections meanwhile
        # walk them again and again (about a tenth of the start-up, more on a big office) to free next
        # to nothing. run_gui turns the collector back on once the window is shown.
        gc.disable()
        try:
            # The layers below the window first, the database and what the first page reads: once
            # PySide6 is loaded, its import hook reads the source file of every module imported after
            # it (looking for a `__feature__` switch), some 80 ms of CPU for these ~300 modules.
            import app.startup  # noqa: F401
            import app.usecases.dashboard  # noqa: F401
            import app.usecases.office  # noqa: F401
            from ui.application import run_gui

            return run_gui(args.database)
        finally:
            gc.enable()
    if args.command == "smoke":
        from ui.smoke import run_smoke

        return run_smoke()
    return run_command(args, clock)
