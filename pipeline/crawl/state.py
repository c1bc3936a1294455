"""Scrapy glue between the crawl and the store: the item pipeline that writes pages
and source health, and the downloader middleware that skips known articles, skips
sources that are not due, and asks for feeds conditionally (ETag/Last-Modified)."""

from __future__ import annotations

import json
import logging
import sqlite3

from scrapy import signals
from scrapy.exceptions import IgnoreRequest
from scrapy.utils.defer import deferred_from_coro

from newsmon.models.errors import store_failure
from newsmon.models.records import PageItem, RejectItem, SourceFetch
from newsmon.models.schema import open_db
from newsmon.models.times import iso, parse_iso, utcnow
from newsmon.pipeline.crawl.pages import (
    PollPolicy,
    RunCounts,
    is_due,
    known_article_urls,
    record_source,
    source_states,
    store_page,
    store_reject,
    sync_outlets,
)

logger = logging.getLogger(__name__)


class StorePipeline:
    """Owns the database connection of a crawl and the run's counters. A write the store
    refuses (disk full, read-only, damaged) is counted, named in the crawl's stats as
    `newsmon/store_error`, and stops the crawl: every later write would fail the same way."""

    def __init__(self, crawler):
        settings = crawler.settings
        self.crawler = crawler
        self.db_path = settings.get("NEWSMON_DB")
        self.refresh = settings.getbool("NEWSMON_REFRESH")
        self.blocked_retries = settings.getint("NEWSMON_BLOCKED_RETRIES", 3)
        self.policy = PollPolicy(settings.getint("NEWSMON_SLOW_AFTER"), settings.getint("NEWSMON_MAX_POLL_INTERVAL"),
                                 settings.getint("NEWSMON_MAX_DETECTION_DELAY"))
        self.clock = settings.get("NEWSMON_CLOCK") or utcnow
        self.counts = RunCounts()
        self.db = None
        self.run_id = None
        self.store_error: str | None = None

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def _store_failed(self, operation: str, exc: sqlite3.Error) -> None:
        if self.store_error is None:
            self.store_error = store_failure(self.db_path, operation, exc)
            self.crawler.stats.set_value("newsmon/store_error", self.store_error)
            logger.error("%s; stopping the crawl", self.store_error)
            if self.crawler.engine is not None and self.crawler.engine.spider is not None:
                deferred_from_coro(self.crawler.engine.close_spider_async(reason="store_error"))

    def open_spider(self):
        try:
            self._open()
        except sqlite3.Error as exc:
            # Raising here would leave Scrapy half-started; instead nothing is requested
            # (CrawlStateMiddleware) and the crawl closes as soon as it has opened.
            self.store_error = store_failure(self.db_path, "crawl (starting the run)", exc)
            self.crawler.stats.set_value("newsmon/store_error", self.store_error)
            self.crawler.signals.connect(self._close_at_once, signal=signals.spider_opened)
            if self.db is not None:
                self.db.close()
            self.db = None

    def _close_at_once(self, spider=None):
        deferred_from_coro(self.crawler.engine.close_spider_async(reason="store_error"))

    def _open(self):
        spider = self.crawler.spider
        self.db = open_db(self.db_path)
        self.db.execute("PRAGMA synchronous = NORMAL")  # WAL + NORMAL: durable at checkpoints, fast commits
        outlets = list(spider.outlets.values())
        # every outlet a watch depends on (all of them, as watches read every outlet's
        # articles) is polled within the detection budget, except those marked low-priority
        self.watched = {o.name for o in outlets if o.priority != "low"}
        sync_outlets(self.db, outlets)
        self.known = set() if self.refresh else known_article_urls(self.db, self.blocked_retries)
        self.sources = source_states(self.db)
        with self.db.atomic():
            # a run killed before it could finish leaves 'running'; say what happened
            self.db.execute("UPDATE crawl_runs SET status = 'interrupted' WHERE status = 'running'")
            self.run_id = self.db["crawl_runs"].insert(
                {"started_at": iso(self.clock()), "status": "running", "outlets": json.dumps([o.name for o in outlets])}
            ).last_pk

    def process_item(self, item):
        try:
            self._write(item)
        except sqlite3.Error as exc:
            self.counts.add(item.outlet, "store_errors")
            logger.error("%s could not be written to the store: %s", item.url, exc)
            self._store_failed("crawl (writing pages)", exc)
        return item

    def _write(self, item) -> None:
        if isinstance(item, PageItem):
            outcome = store_page(self.db, item)
            self.counts.add(item.outlet, {"kept": "failed"}.get(outcome, outcome))
            if item.state == "ok":
                self.known.add(item.url)
                self.known.add(item.requested_url)
            else:
                self.counts.error(item.outlet, f"blocked: {item.url} ({item.block_reason})")
        elif isinstance(item, RejectItem):
            store_reject(self.db, item)
            if item.kind == "article":  # a refused source is counted by its SourceFetch
                self.counts.add(item.outlet, "failed")
                self.counts.error(item.outlet, f"{item.url}: {item.reason}")
            if item.refused:
                self.counts.add(item.outlet, "refused")
        elif isinstance(item, SourceFetch):
            changed = record_source(self.db, item, self.policy, item.outlet in self.watched)
            if not item.ok:
                self.counts.add(item.outlet, "sources_failed")
                self.counts.error(item.outlet, f"{item.kind} {item.url}: {item.error}")
            else:
                self.counts.add(item.outlet, "sources_ok" if changed else "sources_unchanged")

    def close_spider(self):
        if self.db is None:
            return  # the store failed at the start: run_crawl reports newsmon/store_error
        spider = self.crawler.spider
        summary = self.counts.as_dict(list(spider.outlets))
        stats = self.crawler.stats
        stats.set_value("newsmon/outlets", summary)
        scrapy_stats = {k: v for k, v in stats.get_stats().items() if not k.startswith("newsmon/")}
        try:
            with self.db.atomic():
                self.db["crawl_runs"].update(
                    self.run_id,
                    {
                        "finished_at": iso(self.clock()),
                        "status": "store_error" if self.store_error else "finished",
                        "stats": json.dumps({"outlets": summary, "scrapy": scrapy_stats}, default=str),
                    },
                )
        except sqlite3.Error as exc:
            # the run stays 'running' in the store and is marked 'interrupted' by the next
            self._store_failed("crawl (recording the run)", exc)
        finally:
            self.db.close()


class CrawlStateMiddleware:
    """Consults the store before a request leaves: the cheapest request is none."""

    def __init__(self, crawler):
        self.crawler = crawler
        self.refresh = crawler.settings.getbool("NEWSMON_REFRESH")
        self._store: StorePipeline | None = None

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    @property
    def store(self) -> StorePipeline:
        if self._store is None:
            self._store = self.crawler.get_item_pipeline(StorePipeline)
        return self._store

    def process_request(self, request):
        meta = request.meta.get("newsmon")
        if not meta:
            return None
        stats = self.crawler.stats
        if self.store.store_error and self.store.db is None:
            raise IgnoreRequest("the store could not be opened")
        if meta["kind"] == "article":
            if request.url in self.store.known:
                self.store.counts.add(meta["outlet"], "unchanged")
                stats.inc_value("newsmon/article_skipped_known")
                raise IgnoreRequest("already stored")
            return None
        state = self.store.sources.get(request.url)
        if not state or self.refresh or request.meta.get("retry_times"):
            return None
        if not is_due(parse_iso(state.get("next_poll_at")), self.store.clock()):
            self.store.counts.add(meta["outlet"], "sources_not_due")
            stats.inc_value("newsmon/source_not_due")
            raise IgnoreRequest(f"not due before {state['next_poll_at']}")
        # Ask conditionally only when every article the source listed last time is
        # stored: after a killed run or a failed article, a 304 would hide them.
        listed = json.loads(state.get("listed_urls") or "[]")
        if not state.get("is_index") and all(url in self.store.known for url in listed):
            if state.get("etag"):
                request.headers[b"If-None-Match"] = state["etag"]
            if state.get("last_modified"):
                request.headers[b"If-Modified-Since"] = state["last_modified"]
        return None
