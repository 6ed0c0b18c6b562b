"""`python -m app` runs the commands; the window and `smoke` start from `python -m ui` (ui/launcher.py)."""

from app.cli import main

raise SystemExit(main())
