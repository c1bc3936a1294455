"""`newsmon run`, the job cron calls: crawl -> process -> merge -> alert under a lock,
logged, ending with a one-line JSON summary on standard output.

Every stage commits as it goes, so a run killed anywhere (SIGTERM, SIGKILL, a reboot)
loses nothing committed and the next run does the rest. Standard output carries only
the alerts (the stdout target) and the summary line; the log goes to standard error and
the log file.
"""

from __future__ import annotations

import json
import logging
import time
from dataclasses import asdict
from datetime import datetime, timezone

import click

from newsmon.models.errors import NewsmonError
from newsmon.pipeline.config import Config
from newsmon.pipeline.runlock import RunLocked, run_lock

logger = logging.getLogger("newsmon.run")

EXIT_NOTHING_CRAWLED, EXIT_LOCKED, EXIT_UNDELIVERED = 3, 4, 5


def _crawl(config: Config, outlets: list[str] | None) -> tuple[dict, int]:
    from newsmon.pipeline.crawl import run_crawl

    report = run_crawl(config, outlets)
    logger.info(report.summary_line())
    for line in report.failure_lines():
        logger.warning("outlet failed: %s", line)
    stage = {**report.totals, "failed_outlets": sorted(report.failed_outlets),
             "seconds": round(report.seconds, 2)}
    if report.nothing_crawled:
        logger.error("nothing could be crawled (every source failed); see the reasons above")
        return stage, EXIT_NOTHING_CRAWLED
    return stage, 0


def _process(config: Config) -> dict:
    from newsmon.pipeline.process import run_process

    report = run_process(config, progress=lambda done, total: logger.info("process: %d/%d pages", done, total))
    logger.info(report.summary_line())
    for error in report.errors[:10]:
        logger.warning("process error: %s", error)
    return {"pages": report.pages, **dict(report.states), "claims": report.claims, "persons": report.persons,
            "errors": len(report.errors), "seconds": round(report.seconds, 2)}


def _merge(config: Config) -> dict:
    from newsmon.pipeline.merge import run_merge

    report = run_merge(config)
    logger.info(report.summary_line())
    return {**asdict(report), "seconds": round(report.seconds, 2)}


def _alert(config: Config) -> dict:
    from newsmon.pipeline.alert import run_alerts

    stage = run_alerts(config)
    logger.info("alert: %d new; %d deliveries sent, %d failed, %d pending", stage["new"], stage["sent"],
                stage["failed"], stage["pending"])
    return stage


def cron_run(config: Config, outlets: list[str] | None = None) -> int:
    """Run every stage; returns the exit code (see the README's exit codes)."""
    started = time.monotonic()
    summary: dict = {"newsmon": "run", "started_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
                     "store": str(config.store_path), "stages": {}}
    code = 0
    try:
        with run_lock(config.lock_path):
            logger.info("run: crawl -> process -> merge -> alert into %s", config.store_path)
            summary["stages"]["crawl"], code = _crawl(config, outlets)
            summary["stages"]["process"] = _process(config)
            summary["stages"]["merge"] = _merge(config)
            summary["stages"]["alert"] = alert = _alert(config)
            if alert["pending"] and not code:
                code = EXIT_UNDELIVERED
    except RunLocked as exc:
        click.echo(f"newsmon: {exc}", err=True)
        summary["error"], code = str(exc), EXIT_LOCKED
    except NewsmonError as exc:
        logger.error("%s", exc)
        click.echo(f"newsmon: {exc}", err=True)
        summary["error"], code = str(exc), exc.exit_code
    except BaseException as exc:  # a bug, or SIGTERM from cron/systemd: the summary still says so
        summary["error"] = f"{type(exc).__name__}: {exc}"
        code = exc.code if isinstance(exc, SystemExit) and isinstance(exc.code, int) else 1
        raise
    finally:
        summary["seconds"] = round(time.monotonic() - started, 2)
        summary["exit_code"] = code
        line = json.dumps(summary, ensure_ascii=False, default=str)
        if code != EXIT_LOCKED:
            logger.info("summary: %s", line)
        click.echo(line)
    return code
