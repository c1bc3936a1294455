"""Politeness Scrapy does not give by itself: robots.txt Crawl-delay, and a growing
wait before each retry of a failed request (5xx, timeout)."""

from __future__ import annotations

import logging

from scrapy import signals
from scrapy.utils.defer import maybe_deferred_to_future
from twisted.internet import reactor, task

logger = logging.getLogger(__name__)


def crawl_delay(robotparser, user_agent: str) -> float | None:
    """The Crawl-delay robots.txt gives ``user_agent``, if the parser exposes it."""
    rp = getattr(robotparser, "rp", None)  # Scrapy's Protego wrapper keeps the Protego object here
    getter = getattr(rp, "crawl_delay", None)
    if getter is None:
        return None
    delay = getter(user_agent)
    return float(delay) if delay else None


class CrawlDelay:
    """Applies a site's robots.txt Crawl-delay to its download slot, and keeps
    AutoThrottle from lowering the delay below it."""

    def __init__(self, crawler):
        self.crawler = crawler
        self.user_agent = crawler.settings.get("USER_AGENT")
        self.delays: dict[str, float] = {}
        crawler.signals.connect(self.robots_parsed, signal=signals.robots_parsed)
        crawler.signals.connect(self.response_downloaded, signal=signals.response_downloaded)

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def robots_parsed(self, robotparser, request):
        delay = crawl_delay(robotparser, self.user_agent)
        if not delay:
            return
        downloader = self.crawler.engine.downloader
        key = downloader.get_slot_key(request)
        self.delays[key] = delay
        # slots created later start from per_slot_settings; an existing one is updated
        downloader.per_slot_settings.setdefault(key, {}).update(delay=delay, jitter=0)
        slot = downloader.slots.get(key)
        if slot is not None:
            slot.delay = max(slot.delay, delay)
            slot.jitter = 0
        logger.info("%s asks for a Crawl-delay of %.1f s (robots.txt)", key, delay)

    def response_downloaded(self, response, request, spider=None):
        key = request.meta.get("download_slot")
        delay = self.delays.get(key)
        if delay:
            slot = self.crawler.engine.downloader.slots.get(key)
            if slot is not None and slot.delay < delay:
                slot.delay = delay


class RetryBackoffMiddleware:
    """Waits before sending a retry: base, 2*base, 4*base… seconds (capped at 60)."""

    def __init__(self, base: float):
        self.base = base

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler.settings.getfloat("NEWSMON_RETRY_BACKOFF", 0))

    async def process_request(self, request):
        tries = request.meta.get("retry_times", 0)
        if tries and self.base > 0:
            wait = min(60.0, self.base * 2 ** (tries - 1))
            await maybe_deferred_to_future(task.deferLater(reactor, wait, lambda: None))
        return None
