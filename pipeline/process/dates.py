"""Publication dates: the page's own metadata first, then the feed's date, then
trafilatura's heuristics — never a copyright year, never the crawl time — and flags
for dates that cannot be right (future, or far from the URL's or the feed's date)."""

from __future__ import annotations

import json
import re
from datetime import datetime, timedelta, timezone

from lxml import html as lxml_html

_META_KEYS = (
    ("property", "article:published_time"),
    ("itemprop", "datePublished"),
    ("name", "article:published_time"),
    ("name", "pubdate"),
    ("name", "publishdate"),
    ("name", "date"),
    ("name", "dc.date.issued"),
    ("property", "og:published_time"),
)
_URL_DATE = re.compile(r"(?<!\d)(20\d\d)[/-]?(0[1-9]|1[0-2])[/-]?(0[1-9]|[12]\d|3[01])(?!\d)")
_ARTICLE_TYPES = {"newsarticle", "article", "reportage", "blogposting", "analysisnewsarticle", "report",
                  "opinionnewsarticle", "backgroundnewsarticle", "liveblogposting", "pressrelease"}
TOLERANCE = timedelta(days=1)


def parse_datetime(text: str | None) -> datetime | None:
    """An ISO-8601 date or datetime as an aware UTC datetime (dates at 00:00 UTC)."""
    text = (text or "").strip()
    if not text:
        return None
    try:
        value = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None
    if value.tzinfo is None:
        value = value.replace(tzinfo=timezone.utc)
    return value.astimezone(timezone.utc)


def to_iso(value: datetime) -> str:
    return value.astimezone(timezone.utc).isoformat(timespec="seconds").replace("+00:00", "Z")


def _jsonld_dates(tree) -> list[str]:
    found = []

    def walk(node):
        if isinstance(node, list):
            for item in node:
                walk(item)
        elif isinstance(node, dict):
            kinds = node.get("@type", [])
            kinds = [kinds] if isinstance(kinds, str) else kinds
            if any(str(k).lower() in _ARTICLE_TYPES for k in kinds) and node.get("datePublished"):
                found.append(str(node["datePublished"]))
            for key in ("@graph", "mainEntity"):
                if key in node:
                    walk(node[key])

    for script in tree.xpath('//script[@type="application/ld+json"]'):
        try:
            walk(json.loads(script.text_content()))
        except (json.JSONDecodeError, TypeError):
            continue  # a broken JSON-LD block is common; the other signals remain
    return found


def own_date(tree) -> tuple[datetime, str] | None:
    """The publication date the page states about itself, and where it said so."""
    for text in _jsonld_dates(tree):
        if value := parse_datetime(text):
            return value, "json-ld"
    for attribute, key in _META_KEYS:
        for content in tree.xpath(f'//meta[translate(@{attribute}, "ABCDEFGHIJKLMNOPQRSTUVWXYZ", '
                                  f'"abcdefghijklmnopqrstuvwxyz")="{key.lower()}"]/@content'):
            if value := parse_datetime(content):
                return value, "meta"
    # the first <time> of the article body, not of its comments
    for node in tree.xpath("//article//time[@datetime] | //*[@itemprop='datePublished'][@datetime]"):
        if node.xpath("ancestor::*[contains(@class, 'comment') or contains(@id, 'comment')]"):
            continue
        if value := parse_datetime(node.get("datetime")):
            return value, "time"
    return None


def url_date(url: str) -> datetime | None:
    match = _URL_DATE.search(url)
    if not match:
        return None
    try:
        return datetime(int(match[1]), int(match[2]), int(match[3]), tzinfo=timezone.utc)
    except ValueError:
        return None


def choose_date(tree, url: str, feed_date: str | None, heuristic: str | None,
                now: datetime) -> tuple[str | None, str | None, list[str]]:
    """(published_at, source, flags) by the policy of the module docstring."""
    chosen = own_date(tree) if tree is not None else None
    if chosen is None and (value := parse_datetime(feed_date)):
        chosen = (value, "feed")
    value = parse_datetime(heuristic)
    # htmldate answers 1 January when all it found was a year, typically "© 2025"
    # in the footer: that is not a publication date.
    if chosen is None and value and (value.month, value.day, value.hour, value.minute) != (1, 1, 0, 0):
        chosen = (value, "heuristic")
    if chosen is None:
        return None, None, []
    value, source = chosen
    flags = []
    if value > now + TOLERANCE:
        flags.append("future")
    from_url = url_date(url)
    # a URL date has day precision: compare with the calendar day, a day either side
    if from_url and abs(value.replace(hour=0, minute=0, second=0, microsecond=0) - from_url) > TOLERANCE:
        flags.append("contradicts_url")
    from_feed = parse_datetime(feed_date)
    if source != "feed" and from_feed and abs(value - from_feed) > TOLERANCE:
        flags.append("contradicts_feed")
    return to_iso(value), source, flags


def parse_tree(html: str):
    try:
        return lxml_html.fromstring(html)
    except (ValueError, lxml_html.etree.ParserError):
        return None
