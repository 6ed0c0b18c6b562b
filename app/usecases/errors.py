"""Errors a use case raises for the UI to show where the user typed."""

from __future__ import annotations


class ValidationFailed(Exception):
    """Input that cannot be saved; ``problems`` maps each field to a Chinese message."""

    def __init__(self, problems: dict[str, str]) -> None:
        super().__init__("；".join(problems.values()))
        self.problems = problems
