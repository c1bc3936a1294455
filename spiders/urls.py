"""Canonical article URLs: one spelling per page, so each is fetched and stored once."""

from __future__ import annotations

import re
from urllib.parse import urljoin, urlsplit, urlunsplit

from w3lib.url import canonicalize_url

# Query parameters that only say where a click came from; they never change the page.
_TRACKING = re.compile(
    r"^(utm_[a-z_]+|fbclid|gclid|dclid|msclkid|yclid|mc_cid|mc_eid|_ga|_gl|igshid|"
    r"ocid|cmpid|rss_source|at_medium|at_campaign|at_custom\d*)$",
    re.IGNORECASE,
)
_DEFAULT_PORTS = {"http": 80, "https": 443}


def canonicalize(url: str, base: str | None = None) -> str | None:
    """Absolute, normalised ``url`` without fragment or tracking parameters.

    Returns None for what is not an http(s) URL (mailto:, javascript:, garbage).
    """
    url = (url or "").strip()
    if base:
        url = urljoin(base, url)
    try:
        parts = urlsplit(url)
        if parts.scheme.lower() not in _DEFAULT_PORTS or not parts.hostname:
            return None
        # w3lib first: it decodes %5F to "_", so tracking names are matched as spelled
        parts = urlsplit(canonicalize_url(url, keep_fragments=False))
        port = parts.port
    except ValueError:
        return None
    query = "&".join(
        pair for pair in parts.query.split("&") if pair and not _TRACKING.match(pair.split("=", 1)[0])
    )
    netloc = parts.hostname.lower()
    if port and port != _DEFAULT_PORTS[parts.scheme.lower()]:
        netloc = f"{netloc}:{port}"
    return urlunsplit((parts.scheme.lower(), netloc, parts.path or "/", query, ""))
