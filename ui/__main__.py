"""`python -m ui` is the same entry point as `expedite-desk`: the window, `smoke` or any command."""

from ui.launcher import main

raise SystemExit(main())
