"""The case window: one case's team, feed, notices, clocks, incidents, feedback and money."""
