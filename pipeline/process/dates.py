"""Publication dates: the page's own metadata first, then the feed's date, then
trafilatura's heuristics — never a copyright year, never the crawl time.

A date that cannot be true is refused and the next signal is used: one before 1995 (CMS
placeholders such as 0001-01-01), one in the future, and one more than a day from the date
in the URL, which the CMS wrote on publication. If every signal is refused, the URL's date
is the publication date. `date_flags` names each refusal ("refused:json-ld:before_1995").

Stored times stay UTC (`published_at`, compared and sorted as text downstream); the day the
outlet published is the page's own, so dates are compared with the URL's date in the page's
own offset, and a non-UTC offset is kept in `date_flags` as "local:2019-11-18T22:30:00-05:00".
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from email.utils import parsedate_to_datetime

from lxml import html as lxml_html

from newsmon.models.times import iso

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
_MONTHS = "jan feb mar apr may jun jul aug sep oct nov dec".split()
_URL_DATE = re.compile(r"(?<!\d)((?:199|20\d)\d)[/-]?(0[1-9]|1[0-2])[/-]?(0[1-9]|[12]\d|3[01])(?!\d)")
_URL_DATE_WORD = re.compile(r"/((?:199|20\d)\d)/(" + "|".join(_MONTHS) + r")[a-z]*/(0?[1-9]|[12]\d|3[01])/", re.I)
_ARTICLE_TYPES = {"newsarticle", "article", "reportage", "blogposting", "analysisnewsarticle", "report",
                  "opinionnewsarticle", "backgroundnewsarticle", "liveblogposting", "pressrelease"}
TOLERANCE = timedelta(days=1)
EARLIEST = datetime(1995, 1, 1, tzinfo=timezone.utc)  # before the web had news sites: a placeholder


@dataclass
class DateChoice:
    published_at: str | None = None  # ISO-8601 UTC
    source: str | None = None  # json-ld | meta | time | feed | heuristic | url
    flags: list[str] = field(default_factory=list)


def parse_datetime(text: str | None) -> datetime | None:
    """An ISO-8601 (or RFC 2822) date or datetime, aware, in the offset it was written
    with; one written without an offset is taken as UTC."""
    text = (text or "").strip()
    if not text:
        return None
    try:
        value = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        try:
            value = parsedate_to_datetime(text)
        except (TypeError, ValueError, IndexError):
            return None
    if value.tzinfo is None:
        value = value.replace(tzinfo=timezone.utc)
    return value


to_iso = iso  # the store's one time-stamp format (newsmon.models.times)


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


def page_dates(tree) -> list[tuple[datetime, str]]:
    """Every publication date the page states about itself, best kind first, with where it
    said so; read them before trafilatura prunes the tree."""
    found = [(value, "json-ld") for text in _jsonld_dates(tree) if (value := parse_datetime(text))]
    for attribute, key in _META_KEYS:
        for content in tree.xpath(f'//meta[translate(@{attribute}, "ABCDEFGHIJKLMNOPQRSTUVWXYZ", '
                                  f'"abcdefghijklmnopqrstuvwxyz")="{key.lower()}"]/@content'):
            if value := parse_datetime(content):
                found.append((value, "meta"))
    # the <time> elements of the article body, not of its comments
    for node in tree.xpath("//article//time[@datetime] | //*[@itemprop='datePublished'][@datetime]"):
        if node.xpath("ancestor::*[contains(@class, 'comment') or contains(@id, 'comment')]"):
            continue
        if value := parse_datetime(node.get("datetime")):
            found.append((value, "time"))
    return found


def url_date(url: str) -> datetime | None:
    """The date a CMS wrote into the URL (/2019/11/18/, -20191118, /2019/nov/18/), as 00:00 UTC."""
    if match := _URL_DATE.search(url):
        year, month, day = int(match[1]), int(match[2]), int(match[3])
    elif match := _URL_DATE_WORD.search(url):
        year, month, day = int(match[1]), _MONTHS.index(match[2].lower()[:3]) + 1, int(match[3])
    else:
        return None
    try:
        return datetime(year, month, day, tzinfo=timezone.utc)
    except ValueError:
        return None


def _local_day(value: datetime) -> datetime:
    # the calendar day in the page's own offset, as a UTC midnight comparable with a URL date
    return datetime(value.year, value.month, value.day, tzinfo=timezone.utc)


def _refusal(value: datetime, from_url: datetime | None, now: datetime) -> str | None:
    if value < EARLIEST:
        return "before_1995"
    if value > now + TOLERANCE:
        return "future"
    # a URL date has day precision: compare calendar days, a day either side
    if from_url and abs(_local_day(value) - from_url) > TOLERANCE:
        return "contradicts_url"
    return None


def choose_date(stated: list[tuple[datetime, str]], url: str, feed_date: str | None, heuristic: str | None,
                now: datetime) -> DateChoice:
    """The publication date by the policy of the module docstring.

    Args:
        stated: the page's own dates, from `page_dates`.
        heuristic: trafilatura's (htmldate's) guess, used last.
    """
    candidates = list(stated)
    if value := parse_datetime(feed_date):
        candidates.append((value, "feed"))
    value = parse_datetime(heuristic)
    # htmldate answers 1 January when all it found was a year, typically "© 2025"
    # in the footer: that is not a publication date.
    if value and (value.month, value.day, value.hour, value.minute) != (1, 1, 0, 0):
        candidates.append((value, "heuristic"))
    from_url = url_date(url)
    choice = DateChoice()
    chosen = None
    for value, source in candidates:
        if reason := _refusal(value, from_url, now):
            if (flag := f"refused:{source}:{reason}") not in choice.flags:
                choice.flags.append(flag)
            continue
        chosen = (value, source)
        break
    if chosen is None and from_url and from_url <= now + TOLERANCE:
        chosen = (from_url, "url")
    if chosen is None:
        return choice
    value, choice.source = chosen
    choice.published_at = to_iso(value)
    if value.utcoffset():
        choice.flags.append(f"local:{value.isoformat(timespec='seconds')}")
    from_feed = parse_datetime(feed_date)
    if choice.source != "feed" and from_feed and abs(value - from_feed) > TOLERANCE:
        choice.flags.append("contradicts_feed")
    return choice


def parse_tree(html: str):
    try:
        return lxml_html.fromstring(html)
    except (ValueError, lxml_html.etree.ParserError):
        return None
