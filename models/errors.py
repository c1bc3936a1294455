"""Named errors that the command line turns into one clear message and an exit code."""


class NewsmonError(Exception):
    """Base of all expected failures; the CLI prints the message, not a traceback."""

    exit_code = 2


class ConfigError(NewsmonError):
    """A configuration or registry file is missing or invalid."""


class StoreError(NewsmonError):
    """The database cannot be opened or is not a newsmon store."""


class CrawlError(NewsmonError):
    """Nothing at all could be crawled."""

    exit_code = 3
