"""Named errors that the command line turns into one clear message, and the exit codes
(the README's table is checked against ExitCode)."""

from enum import IntEnum


class ExitCode(IntEnum):
    OK = 0
    BUG = 1                # an unexpected error: the traceback is printed
    CONFIG = 2             # bad configuration, registry or database
    NOTHING_CRAWLED = 3    # every source failed (no network?)
    LOCKED = 4             # another `newsmon run` holds the store's lock
    UNDELIVERED = 5        # some alerts could not be delivered; retried next run


class NewsmonError(Exception):
    """Base of all expected failures; the CLI prints the message, not a traceback."""

    exit_code = ExitCode.CONFIG


class ConfigError(NewsmonError):
    """A configuration or registry file is missing or invalid."""


class StoreError(NewsmonError):
    """The database cannot be opened or is not a newsmon store."""


class CrawlError(NewsmonError):
    """Nothing at all could be crawled."""

    exit_code = ExitCode.NOTHING_CRAWLED


def store_failure(store: object, operation: str, exc: Exception) -> str:
    """One line for an SQLite error met while ``operation`` ran on ``store``: the cause in
    words and what to do (the CLI prints it and exits with ExitCode.CONFIG)."""
    text = str(exc)
    lowered = text.lower()
    if "disk is full" in lowered or "disk i/o" in lowered:
        cause = "the disk is full or failing; free space, then run again (nothing committed is lost)"
    elif "malformed" in lowered or "not a database" in lowered or "corrupt" in lowered:
        cause = "the file is damaged; restore a backup, or rescue it with `sqlite3 FILE .recover`"
    elif "readonly" in lowered or "read-only" in lowered:
        cause = "the store is read-only here; stage commands need write access"
    elif "locked" in lowered or "busy" in lowered:
        cause = "another process holds the store; try again when it has finished"
    else:
        cause = "see the SQLite message"
    return f"{store}: {operation} failed: {cause} (SQLite: {text})"
