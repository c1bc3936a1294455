"""The one generic spider: reads the outlet registry, discovers article URLs from
feeds, sitemaps and listing pages, and fetches each article. Yields PageItem,
RejectItem and SourceFetch records; storing them is the item pipeline's job.

    scrapy crawl outlet                      # every enabled outlet
    scrapy crawl outlet -a name=rferl,dw     # some outlets
"""

from __future__ import annotations

import hashlib
from datetime import timedelta, timezone
from urllib.parse import urlsplit

import scrapy
from scrapy.exceptions import (
    CannotResolveHostError,
    DownloadCancelledError,
    DownloadConnectionRefusedError,
    DownloadTimeoutError,
    IgnoreRequest,
    ResponseDataLossError,
)
from scrapy.http import HtmlResponse, Response
from twisted.internet.error import (
    ConnectionRefusedError,
    DNSLookupError,
    TCPTimedOutError,
    TimeoutError,
)
from twisted.python.failure import Failure

from newsmon.models.records import FeedEntry, PageItem, RejectItem, SourceFetch
from newsmon.models.times import iso, utcnow
from newsmon.spiders.blocking import BLOCK_STATUSES, block_reason
from newsmon.spiders.registry import DEFAULT_REGISTRY, Outlet, load_registry, select
from newsmon.spiders.safety import refusal_of
from newsmon.spiders.sources import Link, SourceError, parse_feed, parse_sitemap
from newsmon.spiders.urls import canonicalize

SOURCE_PRIORITY = 100  # discover everything before fetching articles
MAX_SITEMAP_DEPTH = 2
# Statuses the callbacks see themselves; 3xx stay with the redirect middleware.
HANDLED_STATUSES = [304, *range(400, 600)]
# 4xx answers that will not change by asking again
PERMANENT_STATUSES = {400, 404, 405, 406, 410, 414, 501}


def classify_status(status: int) -> str:
    return "permanent" if status in PERMANENT_STATUSES else "temporary"


def describe_failure(failure: Failure) -> tuple[str, str]:
    """A short reason and its class ('temporary' | 'permanent') for a download failure."""
    exc = failure.value
    host = urlsplit(failure.request.url).hostname if getattr(failure, "request", None) else None
    if failure.check(CannotResolveHostError, DNSLookupError):
        return f"DNS lookup failed for {host}", "temporary"
    if failure.check(DownloadTimeoutError, TimeoutError, TCPTimedOutError):
        return f"timed out ({host})", "temporary"
    if failure.check(DownloadConnectionRefusedError, ConnectionRefusedError):
        return f"connection refused by {host}", "temporary"
    if failure.check(DownloadCancelledError) and "maxsize" in str(exc).lower().replace(" ", ""):
        return "response larger than the size cap", "permanent"
    if failure.check(ResponseDataLossError):
        return f"truncated body: the connection to {host} closed before the end", "temporary"
    return f"{type(exc).__name__}: {exc}".strip(": "), "temporary"


def _is_html(response: Response) -> bool:
    content_type = response.headers.get(b"Content-Type", b"").decode("latin-1").lower()
    if content_type:
        return "html" in content_type
    return isinstance(response, HtmlResponse)


def _header(response: Response, name: bytes) -> str | None:
    value = response.headers.get(name)
    return value.decode("latin-1") if value else None


class OutletSpider(scrapy.Spider):
    name = "outlet"

    def __init__(self, *args, outlets: list[Outlet] | None = None, **kwargs):
        # `-a name=…` selects outlets; it must not rename the spider.
        selected = kwargs.pop("name", None) or kwargs.pop("outlet", None)
        super().__init__(*args, **kwargs)
        self._selected = [n.strip() for n in selected.split(",") if n.strip()] if selected else None
        self._given_outlets = outlets
        self.outlets: dict[str, Outlet] = {}

    @classmethod
    def from_crawler(cls, crawler, *args, **kwargs):
        spider = super().from_crawler(crawler, *args, **kwargs)
        settings = crawler.settings
        registry = settings.get("NEWSMON_REGISTRY") or DEFAULT_REGISTRY
        outlets = spider._given_outlets or select(load_registry(registry), spider._selected, registry)
        spider.outlets = {o.name: o for o in outlets}
        # the crawl's clock: utcnow, or a simulated one (tests, benchmarks) given by run_crawl
        spider.clock = settings.get("NEWSMON_CLOCK") or utcnow
        days = settings.getfloat("NEWSMON_MAX_AGE_DAYS", 0)
        spider.oldest = (spider.clock() - timedelta(days=days)).astimezone(timezone.utc).isoformat() if days > 0 else None
        spider.source_maxsize = settings.getint("NEWSMON_SOURCE_MAXSIZE", 50_000_000)
        spider.max_sitemap_children = settings.getint("NEWSMON_MAX_SITEMAP_CHILDREN", 50)
        return spider

    def now_iso(self) -> str:
        return iso(self.clock())

    # -- discovery -----------------------------------------------------------------

    async def start(self):
        for outlet in self.outlets.values():
            for kind, urls in (("feed", outlet.feeds), ("sitemap", outlet.sitemaps), ("listing", outlet.listings)):
                for url in urls:
                    yield self._source_request(url, kind, outlet.name)

    def _source_request(self, url: str, kind: str, outlet: str, depth: int = 0) -> scrapy.Request:
        callback = {"feed": self.parse_feed, "sitemap": self.parse_sitemap, "listing": self.parse_listing}[kind]
        return scrapy.Request(
            url,
            callback=callback,
            errback=self.source_failed,
            dont_filter=True,
            priority=SOURCE_PRIORITY,
            meta={
                "newsmon": {"kind": kind, "outlet": outlet, "depth": depth},
                "handle_httpstatus_list": HANDLED_STATUSES,
                "download_maxsize": self.source_maxsize,
            },
        )

    def _fetch_record(self, response: Response, **fields) -> SourceFetch:
        meta = response.meta["newsmon"]
        return SourceFetch(
            url=response.request.url,
            outlet=meta["outlet"],
            kind=meta["kind"],
            fetched_at=meta.get("read_at") or self.now_iso(),
            status=response.status,
            etag=_header(response, b"ETag"),
            last_modified=_header(response, b"Last-Modified"),
            **fields,
        )

    def _source_answer(self, response: Response) -> SourceFetch | None:
        """A record for a source answer that has no entries to read (304, errors, blocks)."""
        if response.status == 304:
            return self._fetch_record(response, ok=True, changed=False)
        if response.status >= 400:
            blocked = " (blocked)" if response.status in BLOCK_STATUSES else ""
            return self._fetch_record(
                response, ok=False, error=f"HTTP {response.status}{blocked}", failure=classify_status(response.status)
            )
        return None

    def _too_old(self, link: Link) -> bool:
        return bool(self.oldest and link.published and link.published < self.oldest)

    def _article_requests(self, response: Response, links: list[Link], found_via: str):
        outlet = self.outlets[response.meta["newsmon"]["outlet"]]
        listed_at = response.meta["newsmon"]["read_at"]
        urls = []
        for link in links:
            url = canonicalize(link.url, base=response.url)
            if not url or not outlet.owns_url(url) or not outlet.is_article_url(url) or self._too_old(link):
                continue
            urls.append(url)
            entry = FeedEntry(
                url=url,
                source_url=response.request.url,
                found_via=found_via,
                guid=link.guid,
                title=link.title,
                description=link.description,
                published=link.published,
                listed_at=listed_at,
            )
            yield scrapy.Request(
                url,
                callback=self.parse_article,
                errback=self.article_failed,
                meta={
                    "newsmon": {"kind": "article", "outlet": outlet.name, "entry": entry},
                    "handle_httpstatus_list": HANDLED_STATUSES,
                },
            )
        response.meta["newsmon"]["article_urls"] = urls

    def _read(self, response: Response, kind: str, reader):
        """Run a source reader; yield article requests and then the source's record."""
        # one instant for the source's record and for when its entries were first seen
        response.meta["newsmon"]["read_at"] = self.now_iso()
        answer = self._source_answer(response)
        if answer:
            yield answer
            return
        body_sha = hashlib.sha256(response.body).hexdigest()
        try:
            links, warning, children = reader(response)
        except (SourceError, ValueError) as exc:
            reason = block_reason(200, response.body) if _is_html(response) else None
            error = f"{exc}" + (f" (looks blocked: {reason})" if reason else "")
            yield self._fetch_record(response, ok=False, error=error, failure="temporary" if reason else "permanent",
                                     body_sha256=body_sha)
            return
        yield from children
        yield from self._article_requests(response, links, kind)
        yield self._fetch_record(
            response, ok=True, changed=True, error=warning, body_sha256=body_sha, entries=len(links),
            article_urls=response.meta["newsmon"].get("article_urls", []),
        )

    def parse_feed(self, response: Response):
        def read(resp):
            links, warning = parse_feed(resp.body)
            return links, warning, []

        yield from self._read(response, "feed", read)

    def parse_sitemap(self, response: Response):
        meta = response.meta["newsmon"]

        def read(resp):
            sitemap = parse_sitemap(resp.body, self.source_maxsize)
            if not sitemap.is_index:
                return sitemap.links, None, []
            children = [l for l in sitemap.links if not self._too_old(l)]
            # newest first, so a huge archive index costs only its recent part
            children.sort(key=lambda l: l.published or "", reverse=True)
            requests = []
            if meta["depth"] < MAX_SITEMAP_DEPTH:
                for link in children[: self.max_sitemap_children]:
                    url = canonicalize(link.url, base=resp.url)
                    if url:
                        requests.append(self._source_request(url, "sitemap", meta["outlet"], meta["depth"] + 1))
            meta["is_index"] = True
            return [], None, requests

        for record in self._read(response, "sitemap", read):
            if isinstance(record, SourceFetch):
                record.is_index = bool(meta.get("is_index"))
            yield record

    def parse_listing(self, response: Response):
        def read(resp):
            if not _is_html(resp) or not hasattr(resp, "css"):
                raise SourceError("listing page is not HTML")
            links = []
            for anchor in resp.css("a[href]"):
                title = " ".join(anchor.css("::text").getall()).split()
                links.append(Link(url=anchor.attrib["href"], title=" ".join(title) or None))
            return links, None, []

        yield from self._read(response, "listing", read)

    def source_failed(self, failure: Failure):
        request = failure.request
        meta = request.meta["newsmon"]
        refusal = refusal_of(failure.value)
        if refusal:
            reason, permanent = refusal
            self.logger.warning("%s %s refused: %s", meta["kind"], request.url, reason)
            fetched_at = self.now_iso()
            # the source's health says it failed; the rejects row says why it was refused
            yield RejectItem(url=request.url, outlet=meta["outlet"], reason=reason, permanent=permanent,
                             fetched_at=fetched_at, kind=meta["kind"], refused=True)
            yield SourceFetch(url=request.url, outlet=meta["outlet"], kind=meta["kind"], fetched_at=fetched_at,
                              status=None, ok=False, error=reason, failure="permanent" if permanent else "temporary")
            return
        if failure.check(IgnoreRequest):
            return  # robots.txt or not yet due: counted in the stats, nothing to record
        reason, failure_class = describe_failure(failure)
        self.logger.warning("%s %s failed: %s", meta["kind"], request.url, reason)
        yield SourceFetch(
            url=request.url, outlet=meta["outlet"], kind=meta["kind"], fetched_at=self.now_iso(),
            status=None, ok=False, error=reason, failure=failure_class,
        )

    # -- articles ------------------------------------------------------------------

    def parse_article(self, response: Response):
        meta = response.meta["newsmon"]
        outlet = self.outlets[meta["outlet"]]
        entry: FeedEntry = meta["entry"]
        fetched_at = self.now_iso()
        status = response.status
        content_type = _header(response, b"Content-Type")
        if status >= 400 and status not in BLOCK_STATUSES:
            yield RejectItem(
                url=entry.url, outlet=outlet.name, reason=f"HTTP {status}", permanent=classify_status(status) == "permanent",
                status=status, content_type=content_type, fetched_at=fetched_at, source_url=entry.source_url,
            )
            return
        if status < 400 and not _is_html(response):
            yield RejectItem(
                url=entry.url, outlet=outlet.name, reason="not HTML", permanent=True, status=status,
                content_type=content_type, fetched_at=fetched_at, source_url=entry.source_url,
            )
            return
        reason = block_reason(status, response.body)
        url = entry.url
        canonical = None
        if reason is None:
            canonical = response.css('link[rel~="canonical"]::attr(href)').get()
            canonical = canonicalize(canonical, base=response.url) if canonical else None
            # Honour rel=canonical only inside the outlet and onto an article URL: wire
            # copies point at the agency's domain, and some soft-404s at the homepage.
            if canonical and outlet.owns_url(canonical) and outlet.is_article_url(canonical):
                url = canonical
        yield PageItem(
            url=url,
            requested_url=entry.url,
            final_url=response.url,
            outlet=outlet.name,
            status=status,
            state="blocked" if reason else "ok",
            block_reason=reason,
            content_type=content_type,
            headers={k.decode("latin-1"): b", ".join(v).decode("latin-1") for k, v in response.headers.items()},
            body=response.body,
            fetched_at=fetched_at,
            entry=entry,
            etag=_header(response, b"ETag"),
            last_modified=_header(response, b"Last-Modified"),
            declared_canonical=canonical if canonical and canonical != url else None,
        )

    def article_failed(self, failure: Failure):
        request = failure.request
        meta = request.meta["newsmon"]
        entry: FeedEntry = meta["entry"]
        refusal = refusal_of(failure.value)
        if refusal:
            reason, permanent = refusal
            self.logger.warning("article %s refused: %s", entry.url, reason)
            yield RejectItem(
                url=entry.url, outlet=meta["outlet"], reason=reason, permanent=permanent,
                fetched_at=self.now_iso(), source_url=entry.source_url, refused=True,
            )
            return
        if failure.check(IgnoreRequest):
            if "robots.txt" in str(failure.value):
                # recorded so the URL counts as done: it is not requested, and the
                # feed that lists it can still be asked for conditionally
                yield RejectItem(
                    url=entry.url, outlet=meta["outlet"], reason="disallowed by robots.txt", permanent=True,
                    fetched_at=self.now_iso(), source_url=entry.source_url,
                )
            return
        reason, failure_class = describe_failure(failure)
        self.logger.warning("article %s failed: %s", request.url, reason)
        yield RejectItem(
            url=entry.url, outlet=meta["outlet"], reason=reason, permanent=failure_class == "permanent",
            fetched_at=self.now_iso(), source_url=entry.source_url,
        )
