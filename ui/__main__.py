"""`python -m ui` is the same entry point as `expedite-desk`: the window, `smoke` or any command."""

import sys

from ui.launcher import main

if getattr(sys, "frozen", False):
    # In the bundle, the knowledge export's own process (app/usecases/knowledge_io) is this program
    # started again: freeze_support runs the export there and exits, where a second window would open.
    import multiprocessing

    multiprocessing.freeze_support()
raise SystemExit(main())
