"""`python -m app` is the same entry point as `expedite-desk`."""

from app.cli import main

raise SystemExit(main())
