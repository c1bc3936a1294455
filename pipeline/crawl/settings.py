"""Scrapy settings, derived from the newsmon configuration.

As a module it is the settings module named in scrapy.cfg, so `scrapy crawl outlet`
from the checkout behaves like `newsmon crawl`; `scrapy_settings()` is what
`newsmon crawl` uses in-process.
"""

from __future__ import annotations

import functools
import os

from newsmon.pipeline.config import Config, load_config

# Scrapy's own progress lines are replaced by newsmon's (pipeline/crawl/progress.py).
_QUIET_EXTENSIONS = {"scrapy.extensions.logstats.LogStats": None, "scrapy.extensions.telnet.TelnetConsole": None}


def scrapy_settings(config: Config, *, refresh: bool = False) -> dict:
    crawl = config.crawl
    settings = {
        "BOT_NAME": "newsmon",
        "SPIDER_MODULES": ["newsmon.spiders.outlet"],
        "NEWSPIDER_MODULE": "spiders",
        "USER_AGENT": crawl.agent,
        "ROBOTSTXT_OBEY": crawl.obey_robots,
        "CONCURRENT_REQUESTS": crawl.concurrent_requests,
        "CONCURRENT_REQUESTS_PER_DOMAIN": crawl.per_domain_concurrency,
        "DOWNLOAD_DELAY": crawl.download_delay if crawl.polite else 0,
        "AUTOTHROTTLE_ENABLED": crawl.polite,
        "AUTOTHROTTLE_START_DELAY": max(crawl.download_delay, 1.0),
        "AUTOTHROTTLE_TARGET_CONCURRENCY": 1.0,
        "AUTOTHROTTLE_MAX_DELAY": 60.0,
        "DOWNLOAD_TIMEOUT": crawl.timeout,
        "DNS_TIMEOUT": crawl.dns_timeout,
        "DOWNLOAD_MAXSIZE": crawl.max_page_bytes,
        "DOWNLOAD_WARNSIZE": min(crawl.max_page_bytes, 2_000_000),
        "RETRY_ENABLED": crawl.retries > 0,
        "RETRY_TIMES": crawl.retries,
        "RETRY_HTTP_CODES": [500, 502, 503, 504, 408, 520, 521, 522, 524],
        # A name that does not resolve will not within seconds; the next run tries again.
        # Without this, a machine with no network spends minutes on retries.
        "RETRY_EXCEPTIONS": [
            "scrapy.exceptions.DownloadConnectionRefusedError",
            "scrapy.exceptions.DownloadFailedError",
            "scrapy.exceptions.DownloadTimeoutError",
            "scrapy.exceptions.ResponseDataLossError",
            "twisted.internet.error.ConnectionDone",
            "twisted.internet.error.ConnectError",
            "twisted.internet.error.ConnectionLost",
            "scrapy.core.downloader.handlers.http11.TunnelError",
        ],
        # the spider logs each give-up once, with the outlet's context
        "RETRY_GIVE_UP_LOG_LEVEL": "DEBUG",
        "COOKIES_ENABLED": False,
        "TELNETCONSOLE_ENABLED": False,
        "LOG_LEVEL": "INFO",
        "ITEM_PIPELINES": {"newsmon.pipeline.crawl.state.StorePipeline": 300},
        "DOWNLOADER_MIDDLEWARES": {
            # before robots.txt: a known article costs no request at all
            "newsmon.pipeline.crawl.state.CrawlStateMiddleware": 50,
            # every request and redirect hop, before robots.txt is asked for its host
            "newsmon.spiders.safety.AddressSafetyMiddleware": 60,
            "newsmon.pipeline.crawl.politeness.RetryBackoffMiddleware": 560,
            # above RedirectMiddleware (600) and HttpCompressionMiddleware (590): their
            # process_response runs after this one's, so a loop or a truncated body is
            # refused before it is followed or decompressed
            "newsmon.spiders.safety.AnswerCheckMiddleware": 610,
        },
        "EXTENSIONS": {
            **_QUIET_EXTENSIONS,
            "newsmon.pipeline.crawl.politeness.CrawlDelay": 900,
            "newsmon.pipeline.crawl.progress.Progress": 910,
        },
        "NEWSMON_DB": str(config.store_path),
        "NEWSMON_REGISTRY": str(crawl.outlets),
        "NEWSMON_REFRESH": refresh,
        "NEWSMON_MAX_AGE_DAYS": crawl.max_age_days,
        "NEWSMON_SOURCE_MAXSIZE": crawl.max_source_bytes,
        "NEWSMON_MAX_SITEMAP_CHILDREN": crawl.max_sitemap_children,
        "NEWSMON_RETRY_BACKOFF": crawl.retry_backoff,
        "NEWSMON_SLOW_AFTER": crawl.slow_after,
        "NEWSMON_MAX_POLL_INTERVAL": crawl.max_poll_interval,
        # the budget exists for the watches: with none, every source is polled adaptively
        "NEWSMON_MAX_DETECTION_DELAY": crawl.max_detection_delay if config.alerts.watches else 0,
        "NEWSMON_BLOCKED_RETRIES": crawl.blocked_retries,
        "NEWSMON_PROGRESS_INTERVAL": crawl.progress_interval,
        "NEWSMON_ALLOW_PRIVATE_ADDRESSES": crawl.allow_private_addresses,
        "NEWSMON_HOSTS": dict(crawl.hosts),
    }
    if crawl.hosts or crawl.hosts_only:
        settings["TWISTED_DNS_RESOLVER"] = "newsmon.pipeline.crawl.dns.HostsResolver"
        settings["NEWSMON_HOSTS_ONLY"] = crawl.hosts_only
    return settings


@functools.cache
def _module_settings() -> dict:
    config = load_config()
    if os.environ.get("NEWSMON_DB"):
        config = config.with_overrides(db=os.environ["NEWSMON_DB"])
    return scrapy_settings(config)


# Scrapy reads a settings module's upper-case names; computing them lazily keeps a
# plain import of this module from reading newsmon.toml.
def __getattr__(name: str):
    if name.isupper():
        try:
            return _module_settings()[name]
        except KeyError:
            pass
    raise AttributeError(name)


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_module_settings()))
