"""What every `newsmon` command shares: the configuration read once per command, logging,
and the common options."""

from __future__ import annotations

import logging
import sys
from logging.handlers import RotatingFileHandler
from pathlib import Path

import click

from newsmon.models.errors import ConfigError
from newsmon.pipeline.config import Config, load_config


def setup_logging(verbose: bool, log_file: Path | None) -> None:
    class _Quiet(logging.Filter):
        # Scrapy and Twisted talk a lot at INFO; keep their warnings and errors only.
        def filter(self, record: logging.LogRecord) -> bool:
            if record.name == "scrapy.downloadermiddlewares.robotstxt" and not verbose:
                return False  # a failed robots.txt is followed by the page's own failure, logged by the spider
            noisy = record.name.split(".")[0] in ("scrapy", "twisted", "py", "asyncio", "filelock", "trafilatura")
            return verbose or not noisy or record.levelno >= logging.WARNING

    fmt = logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s", "%H:%M:%S")
    root = logging.getLogger()
    root.handlers.clear()
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    terminal = logging.StreamHandler(sys.stderr)
    terminal.setFormatter(fmt)
    terminal.addFilter(_Quiet())
    root.addHandler(terminal)
    if log_file:
        try:
            log_file.parent.mkdir(parents=True, exist_ok=True)
            handler = RotatingFileHandler(log_file, maxBytes=5_000_000, backupCount=3, encoding="utf-8")
        except OSError as exc:
            raise ConfigError(f"{log_file}: cannot write the log file ({exc.strerror}); "
                              "set log_file to a writable path or to \"\"") from exc
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        handler.addFilter(_Quiet())
        root.addHandler(handler)


def command_config(ctx, db: str | None) -> Config:
    # read once per command: `run` calls three stages, which should share one config and log setup
    if "config" not in ctx.obj:
        ctx.obj["config"] = config = load_config(ctx.obj["config_path"])
        log_file = config.run.log_file if ctx.obj.get("log_file_override") == "run" else config.crawl.log_file
        setup_logging(ctx.obj["verbose"], log_file)
    config = ctx.obj["config"].with_overrides(db=db)
    ctx.obj["store"] = config.store_path  # named in the message if the store fails later
    return config


FORMATS = click.Choice(["table", "csv", "json"])
db_option = click.option("--db", type=click.Path(dir_okay=False), help="SQLite store (default: [store] path).")
