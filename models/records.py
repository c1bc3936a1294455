"""Record types passed between stages. Plain dataclasses: no Scrapy, no SQL."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class FeedEntry:
    """What a feed, sitemap or listing said about one article URL.

    Kept with the page it led to: later stages use it as provenance and as a
    date signal, and it is all we have when the page itself is blocked.
    """

    url: str
    source_url: str
    found_via: str  # 'feed' | 'sitemap' | 'listing'
    guid: str | None = None
    title: str | None = None
    description: str | None = None
    published: str | None = None  # ISO-8601 as given by the source, normalised to UTC when parseable
    listed_at: str | None = None  # when newsmon read the source that listed it


@dataclass
class PageItem:
    """One fetched article page (or the trace of a blocked one)."""

    url: str  # canonical URL: the primary key of `pages`
    requested_url: str
    final_url: str
    outlet: str
    status: int
    state: str  # 'ok' | 'blocked'
    content_type: str | None
    headers: dict[str, str]
    body: bytes
    fetched_at: str
    entry: FeedEntry
    etag: str | None = None
    last_modified: str | None = None
    block_reason: str | None = None
    declared_canonical: str | None = None  # rel=canonical as declared, when it differs from url


@dataclass
class RejectItem:
    """A URL that was fetched but is not a page (404, PDF, too big, failed), or a request
    newsmon refused to send or to keep (see spiders/safety.py)."""

    url: str
    outlet: str
    reason: str
    permanent: bool
    status: int | None = None
    content_type: str | None = None
    fetched_at: str = ""
    source_url: str | None = None
    kind: str = "article"  # or the kind of source ('feed', 'sitemap', 'listing') that was refused
    refused: bool = False  # refused by newsmon's own checks (address, redirect, size, truncation)


@dataclass
class SourceFetch:
    """The outcome of fetching one feed, sitemap or listing page."""

    url: str
    outlet: str
    kind: str  # 'feed' | 'sitemap' | 'listing'
    fetched_at: str
    status: int | None
    ok: bool
    changed: bool = False
    error: str | None = None
    failure: str | None = None  # 'temporary' | 'permanent' when not ok
    etag: str | None = None
    last_modified: str | None = None
    body_sha256: str | None = None
    entries: int = 0
    is_index: bool = False  # a sitemap index: never asked conditionally, so its children are always seen
    article_urls: list[str] = field(default_factory=list)


@dataclass
class PageHints:
    """What the crawl knew about a page, used by extraction as fallbacks and checks."""

    url: str
    feed_date: str | None = None
    feed_title: str | None = None
    feed_description: str | None = None
    outlet_language: str | None = None


@dataclass
class Article:
    """The text and metadata extracted from one page (the `articles` row)."""

    page_url: str
    state: str  # 'article' | 'not_article' | 'blocked' | 'error'
    extractor_version: str
    error: str | None = None
    title: str | None = None
    author: str | None = None
    sitename: str | None = None
    language: str | None = None
    text: str = ""
    truncated: bool = False
    published_at: str | None = None
    date_source: str | None = None
    date_flags: list[str] = field(default_factory=list)

    @property
    def is_english(self) -> bool:
        return (self.language or "").split("-")[0].lower() == "en"


@dataclass
class EntityMention:
    label: str
    text: str
    start: int
    end: int
    sentence_start: int
    normalized: str | None = None


@dataclass
class ClaimMention:
    """One claim as stated in one sentence: a count of people, or a released person."""

    kind: str  # 'count' | 'person'
    sentence: str
    sentence_start: int
    start: int
    end: int
    component_version: str
    count: int | None = None
    count_high: int | None = None
    qualifier: str | None = None
    predicate: str | None = None
    noun: str | None = None
    noun_phrase: str | None = None
    status: str = "asserted"  # 'asserted' | 'hedged' | 'negated'
    person_name: str | None = None
    person_role: str | None = None
    place: str | None = None
    event_date: str | None = None
    event_date_text: str | None = None
    # None: the time of the release the article reports; 'earlier': tied to an earlier
    # release ("four days after 31 were freed"); 'period': a total over a period
    # ("more than 400 since last summer")
    time_ref: str | None = None


@dataclass
class Analysis:
    """What the NLP pipeline found in one article."""

    entities: list[EntityMention] = field(default_factory=list)
    claims: list[ClaimMention] = field(default_factory=list)
    release_report: bool = False
    release_country: str | None = None
    release_country_source: str | None = None  # 'releaser' | 'held_in' | 'most_mentioned'
    release_country_start: int | None = None  # where in the text that place is named
    version: str | None = None  # the claim rules and model that made it (stage.pipeline_version)
