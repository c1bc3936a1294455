"""Pages in and out of the store: what the crawl writes and what it needs to know to
skip work (known article URLs, feed validators, polling schedule).

Each record is written in its own transaction, so a run killed at any moment leaves
only whole rows behind, and the next run continues from them.
"""

from __future__ import annotations

import gzip
import hashlib
import json
from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlite_utils import Database
from sqlite_utils.db import NotFoundError

from newsmon.models.records import PageItem, RejectItem, SourceFetch
from newsmon.models.times import iso, parse_iso, utcnow
from newsmon.spiders.registry import Outlet


@dataclass(frozen=True)
class PollPolicy:
    """How often feeds, sitemaps and listings are asked (all times in seconds).

    ``max_detection_delay`` is the detection budget: a watched source is asked at least
    that often, however long it has been quiet (0: no budget, every source adaptive).
    """

    slow_after: int = 3600
    max_interval: int = 21600
    max_detection_delay: int = 900


# A run asks a source that falls due up to this long after the run's own clock: cron and
# systemd start runs up to a minute off their nominal time (RandomizedDelaySec=60), and a
# source can be read tens of seconds into a run when its host asks for a Crawl-delay, so
# the next run can come a little less than one period after the last read.
DUE_EARLY = timedelta(minutes=3)


def next_poll(now: datetime, last_changed: datetime | None, failures: int, policy: PollPolicy,
              watched: bool = True) -> datetime:
    """When a source is next due. Fresh sources are polled every run; one unchanged
    for longer than ``slow_after`` every quarter of its unchanged time, but a watched
    one at least every ``max_detection_delay``; a failing one with exponential backoff
    (watched or not). Never later than ``max_interval`` from now."""
    if failures:
        wait = 60 * 2 ** min(failures - 1, 16)
    else:
        unchanged = (now - last_changed).total_seconds() if last_changed else 0
        wait = unchanged / 4 if unchanged > policy.slow_after else 0
        if watched and policy.max_detection_delay:
            wait = min(wait, policy.max_detection_delay)
    return now + timedelta(seconds=min(wait, policy.max_interval))


def is_due(next_poll_at: datetime | None, now: datetime) -> bool:
    """Whether a run at ``now`` asks a source whose next poll is ``next_poll_at``."""
    return next_poll_at is None or next_poll_at <= now + DUE_EARLY


def sync_outlets(db: Database, outlets: list[Outlet]) -> None:
    now = iso(utcnow())
    with db.atomic():
        for outlet in outlets:
            db["outlets"].upsert(
                {
                    "name": outlet.name,
                    "title": outlet.title,
                    "homepage": outlet.homepage,
                    "language": outlet.language,
                    "verified": outlet.verified,
                    "enabled": outlet.enabled,
                    "registry": json.dumps(outlet.as_dict(), ensure_ascii=False),
                    "updated_at": now,
                },
                pk="name",
            )


def known_article_urls(db: Database, blocked_retries: int) -> set[str]:
    """Article URLs the crawl must not request again (unless --refresh)."""
    rows = db.execute(
        """
        SELECT url FROM pages WHERE state = 'ok' OR attempts >= :tries
        UNION SELECT a.url FROM page_aliases a JOIN pages p ON p.url = a.page_url
              WHERE p.state = 'ok' OR p.attempts >= :tries
        UNION SELECT url FROM rejects WHERE permanent
        """,
        {"tries": blocked_retries},
    ).fetchall()
    return {url for (url,) in rows}


def source_states(db: Database) -> dict[str, dict]:
    return {row["url"]: row for row in db["sources"].rows}


def store_page(db: Database, item: PageItem) -> str:
    """Write one fetched page; returns 'new', 'updated', 'blocked' or 'kept'."""
    existing = db.execute("SELECT state, attempts, discovered_at FROM pages WHERE url = ?", [item.url]).fetchone()
    if existing and existing[0] == "ok" and item.state == "blocked":
        return "kept"  # a refresh that got blocked must not replace a good copy
    entry = item.entry
    # first listed: the earliest of this listing, an earlier copy's, and a failed fetch's
    (rejected_at,) = db.execute("SELECT min(first_seen_at) FROM rejects WHERE url IN (?, ?)",
                                [item.url, item.requested_url]).fetchone()
    known = [t for t in (entry.listed_at, existing[2] if existing else None, rejected_at) if t]
    discovered_at = min(known, key=lambda t: parse_iso(t) or utcnow()) if known else item.fetched_at
    row = {
        "url": item.url,
        "requested_url": item.requested_url,
        "final_url": item.final_url,
        "outlet": item.outlet,
        "status": item.status,
        "state": item.state,
        "block_reason": item.block_reason,
        "content_type": item.content_type,
        "headers": json.dumps(item.headers, ensure_ascii=False),
        "body": gzip.compress(item.body, compresslevel=6, mtime=0),
        "body_sha256": hashlib.sha256(item.body).hexdigest(),
        "body_size": len(item.body),
        "fetched_at": item.fetched_at,
        "found_via": entry.found_via,
        "source_url": entry.source_url,
        "feed_guid": entry.guid,
        "feed_title": entry.title,
        "feed_description": entry.description,
        "feed_date": entry.published,
        "etag": item.etag,
        "last_modified": item.last_modified,
        "attempts": (existing[1] + 1) if existing else 1,
        "declared_canonical": item.declared_canonical,
        "discovered_at": discovered_at,
    }
    with db.atomic():
        db["pages"].upsert(row, pk="url")
        for alias in {item.requested_url, item.final_url} - {item.url}:
            db["page_aliases"].upsert({"url": alias, "page_url": item.url}, pk="url")
        if item.state == "ok":
            db.execute("DELETE FROM rejects WHERE url IN (?, ?)", [item.url, item.requested_url])
            if not existing or existing[0] != "ok":
                db.execute(
                    "UPDATE sources SET last_new_article_at = ? WHERE url = ?", [item.fetched_at, entry.source_url]
                )
    if item.state == "blocked":
        return "blocked"
    return "updated" if existing and existing[0] == "ok" else "new"


def store_reject(db: Database, item: RejectItem) -> None:
    with db.atomic():
        db.execute(
            """
            INSERT INTO rejects (url, outlet, reason, permanent, status, content_type, source_url,
                                 first_seen_at, last_seen_at)
            VALUES (:url, :outlet, :reason, :permanent, :status, :content_type, :source_url, :at, :at)
            ON CONFLICT(url) DO UPDATE SET reason = excluded.reason, permanent = excluded.permanent,
                status = excluded.status, content_type = excluded.content_type,
                last_seen_at = excluded.last_seen_at, attempts = attempts + 1
            """,
            {
                "url": item.url, "outlet": item.outlet, "reason": item.reason, "permanent": item.permanent,
                "status": item.status, "content_type": item.content_type, "source_url": item.source_url,
                "at": item.fetched_at,
            },
        )


def record_source(db: Database, fetch: SourceFetch, policy: PollPolicy, watched: bool = True) -> bool:
    """Write a feed/sitemap/listing fetch and its health; returns whether it changed.

    ``watched``: the source's outlet is one a watch depends on, so it is asked within the
    detection budget (see ``next_poll``).
    """
    now = parse_iso(fetch.fetched_at) or utcnow()
    try:
        old = db["sources"].get(fetch.url)
    except NotFoundError:
        old = {}
    row = {"url": fetch.url, "outlet": fetch.outlet, "kind": fetch.kind, "is_index": fetch.is_index,
           "last_fetched_at": fetch.fetched_at, "last_status": fetch.status}
    changed = False
    if fetch.ok:
        changed = fetch.status != 304 and fetch.body_sha256 != old.get("body_sha256")
        last_changed = now if changed or not old.get("last_changed_at") else parse_iso(old["last_changed_at"])
        row.update(
            last_ok_at=fetch.fetched_at,
            first_ok_at=old.get("first_ok_at") or fetch.fetched_at,
            last_changed_at=iso(last_changed),
            last_error=fetch.error,
            failure_class=None,
            consecutive_failures=0,
            next_poll_at=iso(next_poll(now, last_changed, 0, policy, watched)),
        )
        if fetch.status != 304:
            row.update(etag=fetch.etag, last_modified=fetch.last_modified, body_sha256=fetch.body_sha256,
                       entries_last=fetch.entries, listed_urls=json.dumps(fetch.article_urls))
        elif fetch.etag or fetch.last_modified:
            row.update(etag=fetch.etag or old.get("etag"), last_modified=fetch.last_modified or old.get("last_modified"))
    else:
        failures = (old.get("consecutive_failures") or 0) + 1
        row.update(
            last_error=fetch.error,
            failure_class=fetch.failure or "temporary",
            consecutive_failures=failures,
            next_poll_at=iso(next_poll(now, None, failures, policy, watched)),
        )
    with db.atomic():
        db["sources"].upsert(row, pk="url")
        if fetch.ok:  # a refusal recorded for this source earlier is over
            db.execute("DELETE FROM rejects WHERE url = ?", [fetch.url])
    return changed


class RunCounts:
    """Per-outlet counters of one crawl run, for the summary line and the run record."""

    # refused: requests newsmon's checks refused (also counted in failed or sources_failed);
    # store_errors: records that could not be written to the store
    FIELDS = ("new", "updated", "unchanged", "blocked", "failed", "sources_ok", "sources_unchanged",
              "sources_failed", "sources_not_due", "refused", "store_errors")

    def __init__(self) -> None:
        self.by_outlet: dict[str, Counter] = defaultdict(Counter)
        self.errors: dict[str, list[str]] = defaultdict(list)

    def add(self, outlet: str, field: str, n: int = 1) -> None:
        self.by_outlet[outlet][field] += n

    def error(self, outlet: str, message: str) -> None:
        if len(self.errors[outlet]) < 5:
            self.errors[outlet].append(message)

    def as_dict(self, outlets: list[str]) -> dict:
        return {
            name: {**{f: self.by_outlet[name][f] for f in self.FIELDS}, "errors": self.errors.get(name, [])}
            for name in outlets
        }
