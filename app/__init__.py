"""Expedite Desk (加急工作台): the domain, its persistence and its use cases. Never imports Qt."""

APP_NAME = "ExpediteDesk"


def __getattr__(name: str) -> str:
    # ``__version__`` is looked up on first use: reading the installed metadata costs milliseconds of
    # every start, and only --version and the About box need it.
    if name != "__version__":
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from importlib.metadata import PackageNotFoundError, version

    try:
        found = version("expedite-desk")
    except PackageNotFoundError:  # running from a source tree that was never installed
        found = "0.0.0"
    globals()["__version__"] = found
    return found
