"""Where the crawler may go and what it may keep: every request and every redirect hop is
checked before it is sent (an outlet's own hosts, a public address), and an answer that
cannot be kept whole (a redirect loop, a truncated or oversized compressed body) is
refused with a reason the spider records. Scrapy's own hooks only: two downloader
middlewares, which must not touch the store.
"""

from __future__ import annotations

import ipaddress
import zlib
from fnmatch import fnmatch
from urllib.parse import urljoin, urlsplit

from scrapy.exceptions import IgnoreRequest
from scrapy.utils.defer import maybe_deferred_to_future
from w3lib.url import safe_url_string

REDIRECT_STATUSES = {301, 302, 303, 307, 308}
_CHUNK = 64 * 1024


class RequestRefused(IgnoreRequest):
    """A request or answer newsmon will not follow or keep; ``reason`` is what the rejects
    row says, ``permanent`` whether asking again later could change it."""

    def __init__(self, reason: str, *, permanent: bool = True):
        super().__init__(reason)
        self.reason = reason
        self.permanent = permanent


def address_refusal(address: str) -> str | None:
    """What kind of non-public address ``address`` is ('a loopback address', ...), or
    None for a public one. An IPv4 address mapped into IPv6 is judged as IPv4."""
    ip = ipaddress.ip_address(address)
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped:
        ip = ip.ipv4_mapped
    for test, kind in (
        ("is_loopback", "a loopback address"),
        ("is_link_local", "a link-local address"),  # 169.254.169.254: cloud metadata
        ("is_multicast", "a multicast address"),
        ("is_unspecified", "an unspecified address"),
        ("is_reserved", "a reserved address"),
        ("is_private", "a private address"),
    ):
        if getattr(ip, test):
            return kind
    if not ip.is_global:
        return "a non-public address"
    return None


def host_permitted(outlet, host: str) -> bool:
    """Whether ``outlet`` may send a request to ``host``: one of its domains or
    redirect_domains (subdomains included), or the host of a source its entry names."""
    host = host.lower().rstrip(".")
    domains = (*outlet.allowed_domains, *getattr(outlet, "redirect_domains", ()))
    if any(host == d or host.endswith("." + d) for d in domains):
        return True
    named = (*outlet.feeds, *outlet.sitemaps, *outlet.listings)
    return any((urlsplit(url).hostname or "").lower() == host for url in named)


def refusal_of(exc: BaseException) -> tuple[str, bool] | None:
    """(reason, permanent) when a download ended in a refusal worth a rejects row: newsmon's
    own, or one of Scrapy's that carries no type of its own (matched on its message)."""
    if isinstance(exc, RequestRefused):
        return exc.reason, exc.permanent
    if isinstance(exc, IgnoreRequest):
        text = str(exc)
        if "DOWNLOAD_MAXSIZE" in text and "decompress" in text:
            return "decompressed body larger than the size cap", True
        if "max redirections" in text:
            return "too many redirects", True
    return None


def _hop(request) -> str:
    return f"redirect to {request.url}" if request.meta.get("redirect_urls") else request.url


class AddressSafetyMiddleware:
    """Checks each request before it leaves, redirect hops included (Scrapy sends every
    redirected request through the downloader middlewares again): http(s) only, a host of
    the request's outlet, and a public address unless [crawl] allow_private_addresses.
    Names mapped in [crawl.hosts] are the configuration's explicit permission."""

    def __init__(self, crawler):
        settings = crawler.settings
        self.crawler = crawler
        self.allow_private = settings.getbool("NEWSMON_ALLOW_PRIVATE_ADDRESSES")
        self.mapped = [pattern.lower() for pattern in settings.getdict("NEWSMON_HOSTS")]

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    async def process_request(self, request):
        parts = urlsplit(request.url)
        if parts.scheme not in ("http", "https"):
            raise RequestRefused(f"{_hop(request)}: unsupported scheme {parts.scheme!r}")
        host = (parts.hostname or "").lower()
        meta = request.meta.get("newsmon")
        outlets = getattr(self.crawler.spider, "outlets", {})
        outlet = outlets.get(meta["outlet"]) if meta else None
        if outlet is not None and not host_permitted(outlet, host):
            raise RequestRefused(
                f"{_hop(request)} refused: {host} is not a domain of outlet {outlet.name} "
                f"(list it in the outlet's redirect_domains to allow it)"
            )
        if self.allow_private or any(fnmatch(host, pattern) for pattern in self.mapped):
            return None
        try:
            address = str(ipaddress.ip_address(host))
        except ValueError:
            from twisted.internet import reactor

            # the resolver Scrapy installed (and caches in): the address it will connect to
            address = await maybe_deferred_to_future(reactor.resolve(host))
        kind = address_refusal(address)
        if kind:
            raise RequestRefused(
                f"{_hop(request)} refused: {host} is {kind} ({address}); "
                f"set [crawl] allow_private_addresses = true or map it in [crawl.hosts] to allow it"
            )
        return None


def _decompressed_size(body: bytes, encoding: str, limit: int) -> tuple[int, bool]:
    """(bytes decompressed, whether the stream ended properly), stopping past ``limit``.
    Concatenated gzip members are followed; output is counted, not kept."""
    wbits = 16 + zlib.MAX_WBITS if encoding in ("gzip", "x-gzip") else zlib.MAX_WBITS
    if encoding == "deflate" and body[:1] and (body[0] & 0x0F) != 8:
        wbits = -zlib.MAX_WBITS  # raw deflate, as some servers send it
    if not body:
        return 0, True
    total, data = 0, body
    while True:
        inflater = zlib.decompressobj(wbits)
        while data and total <= limit:
            total += len(inflater.decompress(data, _CHUNK))
            data = inflater.unconsumed_tail
        if total > limit or not inflater.eof:
            return total, inflater.eof
        data = inflater.unused_data
        if not data.strip(b"\0"):
            return total, True


class AnswerCheckMiddleware:
    """Looks at each answer before Scrapy follows its redirect or decompresses it (its
    order sits above both): a redirect back to a URL already visited, too many redirects,
    a redirect to another scheme, and a gzip or deflate body that is truncated, broken,
    or expands past the size cap are refused, never stored as a page."""

    def __init__(self, crawler):
        settings = crawler.settings
        self.max_redirects = settings.getint("REDIRECT_MAX_TIMES", 20)
        self.maxsize = settings.getint("DOWNLOAD_MAXSIZE")

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def process_response(self, request, response):
        if response.status in REDIRECT_STATUSES and b"Location" in response.headers:
            if not request.meta.get("dont_redirect"):
                self._check_redirect(request, response)
            return response
        if request.method != "HEAD":
            self._check_body(request, response)
        return response

    def _check_redirect(self, request, response) -> None:
        location = safe_url_string(response.headers["Location"].decode("latin-1").strip())
        if location.startswith("//"):
            location = f"{urlsplit(request.url).scheme}:{location}"
        target = urljoin(request.url, location).split("#")[0]
        chain = [*request.meta.get("redirect_urls", []), request.url]
        if target in (url.split("#")[0] for url in chain):
            raise RequestRefused(f"redirect loop: {' -> '.join([*chain, target])}")
        if len(chain) > self.max_redirects:
            raise RequestRefused(f"too many redirects (more than {self.max_redirects}) from {chain[0]}")
        scheme = urlsplit(target).scheme
        if scheme not in ("http", "https"):
            raise RequestRefused(f"redirect to {target}: unsupported scheme {scheme!r}")

    def _check_body(self, request, response) -> None:
        encodings = [e.strip().lower() for v in response.headers.getlist("Content-Encoding")
                     for e in v.decode("latin-1").split(",") if e.strip()]
        if len(encodings) != 1 or encodings[0] not in ("gzip", "x-gzip", "deflate"):
            return  # identity, or what HttpCompressionMiddleware checks by itself (br, zstd)
        limit = request.meta.get("download_maxsize", self.maxsize) or float("inf")
        try:
            size, complete = _decompressed_size(response.body, encodings[0], limit)
        except zlib.error as exc:
            raise RequestRefused(f"undecodable {encodings[0]} body ({exc})", permanent=False) from exc
        if size > limit:
            raise RequestRefused(
                f"decompressed body larger than the size cap ({len(response.body)} bytes expand past {limit})"
            )
        if not complete:
            raise RequestRefused(
                f"truncated {encodings[0]} body ({len(response.body)} bytes received, the stream does not end)",
                permanent=False,
            )
