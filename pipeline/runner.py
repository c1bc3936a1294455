"""The stages in their one order, crawl -> process -> merge -> alert, and `newsmon run`, the
job cron calls: every stage under a lock, logged, ending with a one-line JSON summary.

Each stage function here is the one wrapper of its stage: `newsmon run`, the demo and the
stage commands (`newsmon crawl`, `process`, `merge`, `alerts send`) all call it, and get
the same summary, problems and exit code. Every stage commits as it goes, so a run killed
anywhere (SIGTERM, SIGKILL, a reboot) loses nothing committed and the next run does the
rest. Standard output carries only the alerts (the stdout target) and the summary line;
the log goes to standard error and the log file.
"""

from __future__ import annotations

import json
import logging
import sqlite3
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field

import click

from newsmon.models.errors import ExitCode, NewsmonError, store_failure
from newsmon.models.times import now_iso
from newsmon.pipeline.config import Config
from newsmon.pipeline.runlock import RunLocked, run_lock

logger = logging.getLogger("newsmon.run")

STAGES = ("crawl", "process", "merge", "alert")


@dataclass
class StageRun:
    """What one stage did: its figures for the run summary, its one-line summary, the
    problems worth showing (failed outlets, page errors), and the exit code it calls for."""

    name: str
    summary: dict
    line: str
    problems: list[str] = field(default_factory=list)
    code: ExitCode = ExitCode.OK


def crawl_stage(config: Config, outlets: list[str] | None = None, *, refresh: bool = False) -> StageRun:
    from newsmon.pipeline.crawl.stage import run_crawl

    report = run_crawl(config, outlets, refresh=refresh)
    summary = {**report.totals, "failed_outlets": sorted(report.failed_outlets), "seconds": round(report.seconds, 2)}
    run = StageRun("crawl", summary, report.summary_line(), report.failure_lines())
    if report.store_error:
        summary["store_error"] = report.store_error
        run.code = ExitCode.CONFIG
        run.problems.append(report.store_error)
    elif report.nothing_crawled:
        run.code = ExitCode.NOTHING_CRAWLED
        run.problems.append("nothing could be crawled (every source failed); see the reasons above")
    return run


def process_stage(config: Config, *, reprocess: bool = False, workers: int | None = None,
                  progress: Callable[[int, int], None] | None = None) -> StageRun:
    from newsmon.pipeline.process.stage import run_process

    report = run_process(config, reprocess=reprocess, workers=workers, progress=progress)
    summary = {"pages": report.pages, **dict(report.states), "claims": report.claims, "persons": report.persons,
               "errors": len(report.errors), "seconds": round(report.seconds, 2)}
    return StageRun("process", summary, report.summary_line(), report.errors[:10])


def merge_stage(config: Config) -> StageRun:
    from newsmon.pipeline.merge.stage import run_merge

    report = run_merge(config)
    return StageRun("merge", {**asdict(report), "seconds": round(report.seconds, 2)}, report.summary_line())


def alert_stage(config: Config) -> StageRun:
    from newsmon.pipeline.alert.plan import run_alerts

    stage = run_alerts(config)
    line = (f"alert: {stage['new']} new; {stage['sent']} deliveries sent, {stage['failed']} failed, "
            f"{stage['pending']} pending")
    code = ExitCode.UNDELIVERED if stage["pending"] else ExitCode.OK
    return StageRun("alert", stage, line, list(stage["errors"]), code)


def run_stages(config: Config, outlets: list[str] | None = None, summary: dict | None = None) -> ExitCode:
    """Every stage in order, each logged; the first exit code a stage calls for is kept."""
    summary = summary if summary is not None else {}
    code = ExitCode.OK

    def logged(run: StageRun) -> StageRun:
        logger.info(run.line)
        for problem in run.problems:
            logger.warning("%s: %s", run.name, problem)
        summary[run.name] = run.summary
        return run

    code = logged(crawl_stage(config, outlets)).code
    logged(process_stage(config, progress=lambda done, total: logger.info("process: %d/%d pages", done, total)))
    logged(merge_stage(config))
    alert = logged(alert_stage(config))  # also after a failed crawl: pending alerts are still due
    return code or alert.code


def cron_run(config: Config, outlets: list[str] | None = None) -> int:
    """Run every stage; returns the exit code (see the README's exit codes)."""
    started = time.monotonic()
    summary: dict = {"newsmon": "run", "started_at": now_iso(), "store": str(config.store_path), "stages": {}}
    code = ExitCode.OK
    try:
        with run_lock(config.lock_path):
            logger.info("run: %s into %s", " -> ".join(STAGES), config.store_path)
            code = run_stages(config, outlets, summary["stages"])
    except RunLocked as exc:
        click.echo(f"newsmon: {exc}", err=True)
        summary["error"], code = str(exc), ExitCode.LOCKED
    except NewsmonError as exc:
        logger.error("%s", exc)
        click.echo(f"newsmon: {exc}", err=True)
        summary["error"], code = str(exc), exc.exit_code
    except sqlite3.Error as exc:
        message = store_failure(config.store_path, "newsmon run", exc)
        logger.error("%s", message)
        click.echo(f"newsmon: {message}", err=True)
        summary["error"], code = message, ExitCode.CONFIG
    except BaseException as exc:  # a bug, or SIGTERM from cron/systemd: the summary still says so
        summary["error"] = f"{type(exc).__name__}: {exc}"
        code = exc.code if isinstance(exc, SystemExit) and isinstance(exc.code, int) else ExitCode.BUG
        raise
    finally:
        summary["seconds"] = round(time.monotonic() - started, 2)
        summary["exit_code"] = int(code)
        line = json.dumps(summary, ensure_ascii=False, default=str)
        if code != ExitCode.LOCKED:
            logger.info("summary: %s", line)
        click.echo(line)
    return int(code)
