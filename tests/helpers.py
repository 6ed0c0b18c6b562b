"""Constants and small helpers shared by the tests."""

from datetime import datetime

#: A fixed "now" so sample data and the figures derived from it are the same on every run.
NOW = datetime(2026, 11, 23, 10, 0)
