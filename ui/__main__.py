"""`python -m ui` is the same entry point as `expedite-desk`: the window, `smoke` or any command."""

import sys

if getattr(sys, "frozen", False):
    # In the bundle, the knowledge export's own process (app/usecases/knowledge_io) is this program
    # started again: freeze_support runs the export there and exits, before the window's modules load.
    import multiprocessing

    multiprocessing.freeze_support()

from ui.launcher import main  # noqa: E402 - after freeze_support: an export process needs none of it

raise SystemExit(main())
