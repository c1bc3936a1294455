"""The crawl stage as a function: run the outlet spider in-process and report what
happened per outlet. `newsmon crawl` and `newsmon run` call this."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from newsmon.models.errors import CrawlError, StoreError
from newsmon.models.schema import open_db
from newsmon.pipeline.config import Config
from newsmon.pipeline.crawl.settings import scrapy_settings
from newsmon.spiders.registry import load_registry, select


@dataclass
class CrawlReport:
    outlets: dict[str, dict]
    seconds: float
    finish_reason: str = ""
    totals: dict[str, int] = field(default_factory=dict)
    store_error: str | None = None  # the first write the store refused (the crawl stopped there)

    def __post_init__(self) -> None:
        for counts in self.outlets.values():
            for key, value in counts.items():
                if isinstance(value, int):
                    self.totals[key] = self.totals.get(key, 0) + value

    @property
    def failed_outlets(self) -> dict[str, list[str]]:
        """Outlets none of whose sources could be read this run, with why."""
        return {
            name: c["errors"]
            for name, c in self.outlets.items()
            if c["sources_failed"] and not (c["sources_ok"] or c["sources_unchanged"] or c["sources_not_due"])
        }

    @property
    def nothing_crawled(self) -> bool:
        return bool(self.outlets) and len(self.failed_outlets) == len(self.outlets)

    def summary_line(self) -> str:
        """One line: totals, then new/unchanged/failed pages per outlet (FAILED: no source read)."""
        t = self.totals
        parts = [
            f"crawl: {t.get('new', 0) + t.get('updated', 0)} new, {t.get('unchanged', 0)} unchanged, "
            f"{t.get('failed', 0) + t.get('blocked', 0)} failed pages; sources: {t.get('sources_ok', 0)} read, "
            f"{t.get('sources_unchanged', 0) + t.get('sources_not_due', 0)} unchanged, "
            f"{t.get('sources_failed', 0)} failed"
            + (f"; {t['refused']} refused by the safety checks" if t.get("refused") else "")
            + (f"; {t['store_errors']} NOT WRITTEN (store error)" if t.get("store_errors") or self.store_error else "")
            + f"; {self.seconds:.1f}s"
        ]
        for name, c in self.outlets.items():
            if name in self.failed_outlets:
                parts.append(f"{name} FAILED")
            else:
                parts.append(f"{name} {c['new'] + c['updated']}/{c['unchanged']}/{c['failed'] + c['blocked']}")
        return " | ".join(parts)

    def failure_lines(self) -> list[str]:
        """Why each failed outlet failed, one line each."""
        return [f"{name}: {errors[0] if errors else 'no source answered'}" for name, errors in self.failed_outlets.items()]


def run_crawl(config: Config, outlet_names: list[str] | None = None, *, refresh: bool = False,
              extra_settings: dict | None = None, clock: Callable[[], datetime] | None = None) -> CrawlReport:
    """Crawl the selected outlets (default: every enabled one) into the store.

    Runs Scrapy's reactor, so it can be called once per process. ``clock`` (default: the
    system's UTC time) is what the crawl takes as now: fetch times, which sources are due,
    when they are due next; tests and benchmarks pass a simulated one.

    Raises:
        ConfigError: bad registry or unknown outlet name.
        StoreError: the database cannot be opened.
    """
    from scrapy.crawler import CrawlerProcess

    from newsmon.spiders.outlet import OutletSpider

    outlets = select(load_registry(config.crawl.outlets), outlet_names, config.crawl.outlets)
    open_db(config.store_path).close()  # fail here, with a clear message, not inside Scrapy
    settings = scrapy_settings(config, refresh=refresh)
    settings.update(extra_settings or {})
    settings["LOG_INSTALL_ROOT_HANDLER"] = False  # the CLI configures logging
    if clock is not None:
        settings["NEWSMON_CLOCK"] = clock
    process = CrawlerProcess(settings)
    crawler = process.create_crawler(OutletSpider)
    started = time.monotonic()
    process.crawl(crawler, outlets=outlets)
    process.start()
    stats = crawler.stats.get_stats()
    summary = stats.get("newsmon/outlets")
    store_error = stats.get("newsmon/store_error")
    if summary is None:
        if store_error:
            raise StoreError(store_error)
        raise CrawlError("the crawl stopped before it started; see the log above for the cause")
    return CrawlReport(outlets=summary, seconds=time.monotonic() - started,
                       finish_reason=str(stats.get("finish_reason", "")), store_error=store_error)
