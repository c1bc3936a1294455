"""Progress lines while a crawl runs (Scrapy's LogStats is switched off for these)."""

from __future__ import annotations

import logging
import time

from scrapy import signals
from twisted.internet import task

logger = logging.getLogger("newsmon.progress")


class Progress:
    def __init__(self, crawler, interval: float):
        self.crawler = crawler
        self.interval = interval
        self.started = time.monotonic()
        self.loop: task.LoopingCall | None = None
        crawler.signals.connect(self.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(self.spider_closed, signal=signals.spider_closed)

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler, crawler.settings.getfloat("NEWSMON_PROGRESS_INTERVAL", 10.0))

    def spider_opened(self, spider):
        self.started = time.monotonic()
        self.loop = task.LoopingCall(self.report)
        self.loop.start(self.interval, now=False)

    def report(self):
        from newsmon.pipeline.crawl.state import (
            StorePipeline,  # avoid an import cycle at settings load
        )

        store = self.crawler.get_item_pipeline(StorePipeline)
        totals = {}
        for counter in store.counts.by_outlet.values():
            for key, value in counter.items():
                totals[key] = totals.get(key, 0) + value
        stats = self.crawler.stats
        logger.info(
            "%4.0fs  pages: %d new, %d known, %d blocked, %d failed | sources: %d read, %d unchanged, %d failed"
            " | %d responses",
            time.monotonic() - self.started,
            totals.get("new", 0) + totals.get("updated", 0), totals.get("unchanged", 0), totals.get("blocked", 0),
            totals.get("failed", 0), totals.get("sources_ok", 0), totals.get("sources_unchanged", 0),
            totals.get("sources_failed", 0), stats.get_value("response_received_count", 0),
        )

    def spider_closed(self, spider, reason):
        if self.loop and self.loop.running:
            self.loop.stop()
