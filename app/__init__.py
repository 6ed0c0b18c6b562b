"""Expedite Desk (加急工作台): the domain, its persistence and its use cases. Never imports Qt."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("expedite-desk")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0"

APP_NAME = "ExpediteDesk"
