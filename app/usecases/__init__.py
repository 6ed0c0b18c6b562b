"""Use cases: each opens one short unit of work and returns plain data the UI may keep."""
