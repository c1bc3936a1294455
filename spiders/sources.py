"""Reading discovery sources: feeds (RSS 0.9x/1.0/2.0, Atom) and sitemaps (indexes,
gzip, Google News). Pure functions over bytes; no network, no Scrapy.

feedparser is used for feeds because it survives what real feeds do (wrong declared
encodings, HTML entities, truncated XML) and still returns the entries it could read.
Sitemaps are read with lxml because Scrapy's sitemap parser drops the Google News
fields (news:title, news:publication_date) that later stages use as provenance.
"""

from __future__ import annotations

import calendar
import gzip
import io
import zlib
from dataclasses import dataclass, field
from datetime import datetime, timezone
from email.utils import parsedate_to_datetime

import feedparser
from lxml import etree

from newsmon.models.times import iso


class SourceError(ValueError):
    """The document is not a readable feed or sitemap; the message says why."""


@dataclass
class Link:
    """One article link found in a source, with what the source said about it."""

    url: str
    guid: str | None = None
    title: str | None = None
    description: str | None = None
    published: str | None = None


@dataclass
class Sitemap:
    is_index: bool
    links: list[Link] = field(default_factory=list)  # child sitemaps when is_index


def _iso(value: datetime | None) -> str | None:
    return None if value is None else iso(value)


def _struct_to_iso(struct) -> str | None:
    if not struct:
        return None
    try:
        return _iso(datetime.fromtimestamp(calendar.timegm(struct), tz=timezone.utc))
    except (OverflowError, ValueError, TypeError):
        return None


def parse_w3c_date(text: str | None) -> str | None:
    """A sitemap date as ISO UTC: W3C datetime (2025-09-11, 2025-09-11T14:02:00+03:00) or,
    as some sites write it, RFC 822. None when unreadable: a bad date never loses the entry."""
    text = (text or "").strip()
    if not text:
        return None
    try:
        return _iso(datetime.fromisoformat(text.replace("Z", "+00:00")))
    except ValueError:
        pass
    try:
        return _iso(parsedate_to_datetime(text))
    except (TypeError, ValueError, IndexError):
        return None


def parse_feed(body: bytes) -> tuple[list[Link], str | None]:
    """Article links of an RSS/RDF/Atom feed, and a warning when it was malformed.

    Raises:
        SourceError: nothing usable could be read (not a feed, or broken before any entry).
    """
    if not body.strip():
        raise SourceError("empty response instead of a feed")
    parsed = feedparser.parse(body, sanitize_html=False, resolve_relative_uris=False)
    warning = None
    if parsed.bozo:
        warning = f"malformed feed ({type(parsed.bozo_exception).__name__}: {parsed.bozo_exception})"
    if not parsed.entries and (parsed.bozo or not parsed.version):
        raise SourceError(warning or "not an RSS or Atom feed")
    links = []
    for entry in parsed.entries:
        url = entry.get("link")
        if not url:
            url = next((l.get("href") for l in entry.get("links", []) if l.get("href")), None)
        if not url and entry.get("guidislink"):
            url = entry.get("id")
        if not url:
            continue
        links.append(
            Link(
                url=url,
                guid=entry.get("id"),
                title=entry.get("title"),
                description=entry.get("summary"),
                published=_struct_to_iso(entry.get("published_parsed") or entry.get("updated_parsed")),
            )
        )
    return links, warning


def _decompress(body: bytes, max_size: int) -> bytes:
    if body[:2] != b"\x1f\x8b":
        return body
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(body)) as f:
            data = f.read(max_size + 1)
    except (OSError, EOFError, zlib.error) as exc:
        raise SourceError(f"broken gzip sitemap: {exc}") from exc
    if len(data) > max_size:
        raise SourceError(f"gzip sitemap expands beyond {max_size} bytes")
    return data


def _local(tag: object) -> str:
    return etree.QName(tag).localname if isinstance(tag, str) else ""


def _news_text(element, name: str) -> str | None:
    # Only Google News fields: an image or video sitemap also has a <title>.
    for child in element.iter():
        if not isinstance(child.tag, str) or not child.text or not child.text.strip():
            continue
        qname = etree.QName(child.tag)
        if qname.localname == name and "sitemap-news" in (qname.namespace or ""):
            return child.text.strip()
    return None


def parse_sitemap(body: bytes, max_size: int = 50_000_000) -> Sitemap:
    """Entries of a sitemap or sitemap index, gzip or not, namespace-agnostic.

    Raises:
        SourceError: the document is neither a urlset nor a sitemapindex.
    """
    data = _decompress(body, max_size)
    parser = etree.XMLParser(recover=True, resolve_entities=False, no_network=True, huge_tree=True)
    try:
        root = etree.fromstring(data, parser=parser)
    except etree.XMLSyntaxError as exc:
        raise SourceError(f"not XML: {exc}") from exc
    if root is None:
        raise SourceError("not XML: empty document")
    kind = _local(root.tag)
    if kind not in ("urlset", "sitemapindex"):
        raise SourceError(f"not a sitemap (root element <{kind or root.tag}>)")
    links = []
    for item in root:
        if _local(item.tag) not in ("url", "sitemap"):
            continue
        loc = next((c.text.strip() for c in item if _local(c.tag) == "loc" and c.text), None)
        if not loc:
            continue
        published = parse_w3c_date(_news_text(item, "publication_date")) or parse_w3c_date(
            next((c.text for c in item if _local(c.tag) == "lastmod"), None)
        )
        links.append(Link(url=loc, title=_news_text(item, "title"), published=published))
    return Sitemap(is_index=kind == "sitemapindex", links=links)
