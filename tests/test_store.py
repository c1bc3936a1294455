"""The store: schema and migrations (models/schema.py), pages and sources in and out
(pipeline/crawl/pages.py), on fresh SQLite files in tmp_path."""

from __future__ import annotations

import gzip
import hashlib
import json
import sqlite3
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from newsmon.models.errors import StoreError
from newsmon.models.records import FeedEntry, PageItem, RejectItem, SourceFetch
from newsmon.models.schema import latest_version, open_db, schema_version
from newsmon.pipeline.crawl.pages import (
    PollPolicy,
    is_due,
    known_article_urls,
    next_poll,
    record_source,
    store_page,
    store_reject,
    sync_outlets,
)
from newsmon.spiders.registry import load_registry

WEB = Path(__file__).parent / "fixtures" / "web"
REGISTRY = Path(__file__).parent / "fixtures" / "outlets.toml"
FEED = "http://minskherald.test/feed/"
STORY = "http://minskherald.test/news/2025/09/11/belarus-frees-52-political-prisoners/"
STORY_FILE = WEB / "minskherald.test/news/2025/09/11/belarus-frees-52-political-prisoners/index.html"
NOW = datetime(2025, 9, 14, 12, 0, tzinfo=timezone.utc)
POLICY = PollPolicy(slow_after=3600, max_interval=21600)


@pytest.fixture
def db(tmp_path):
    db = open_db(tmp_path / "n.db")
    sync_outlets(db, load_registry(REGISTRY))
    return db


def page(url: str = STORY, *, state: str = "ok", requested_url: str | None = None, status: int = 200,
         body: bytes | None = None, fetched_at: str = "2025-09-14T12:00:00Z", outlet: str = "minskherald") -> PageItem:
    return PageItem(
        url=url,
        requested_url=requested_url or url,
        final_url=url,
        outlet=outlet,
        status=status,
        state=state,
        content_type="text/html; charset=utf-8",
        headers={"Content-Type": "text/html; charset=utf-8"},
        body=STORY_FILE.read_bytes() if body is None else body,
        fetched_at=fetched_at,
        entry=FeedEntry(
            url=url,
            source_url=FEED,
            found_via="feed",
            guid="mh-10451",
            title="Belarus frees 52 political prisoners in US-brokered deal",
            description="Most of those released were driven across the border.",
            published="2025-09-11T15:42:00Z",
        ),
        block_reason="HTTP 403" if state == "blocked" else None,
    )


def fetch(*, at: datetime = NOW, status: int | None = 200, ok: bool = True, sha: str | None = "sha-1",
          etag: str | None = '"v1"', failure: str | None = None, error: str | None = None) -> SourceFetch:
    return SourceFetch(url=FEED, outlet="minskherald", kind="feed", fetched_at=at.isoformat().replace("+00:00", "Z"),
                       status=status, ok=ok, etag=etag, body_sha256=sha, failure=failure, error=error, entries=8)


def source_row(db) -> dict:
    return db["sources"].get(FEED)


# --- schema --------------------------------------------------------------------------


def test_open_db_creates_the_crawl_tables(tmp_path):
    db = open_db(tmp_path / "n.db")
    assert {"outlets", "pages", "page_aliases", "rejects", "sources", "crawl_runs"} <= set(db.table_names())


def test_open_db_uses_wal_and_foreign_keys(tmp_path):
    db = open_db(tmp_path / "n.db")
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1


def test_schema_version_is_latest_and_mirrored_in_user_version(tmp_path):
    db = open_db(tmp_path / "n.db")
    assert schema_version(db) == latest_version() >= 1
    assert db.execute("PRAGMA user_version").fetchone()[0] == latest_version()


def test_opening_twice_applies_no_migration_again(tmp_path):
    path = tmp_path / "n.db"
    first = list(open_db(path)["_sqlite_migrations"].rows)
    again = open_db(path)
    assert list(again["_sqlite_migrations"].rows) == first
    assert schema_version(again) == latest_version()


def test_file_that_is_not_sqlite_is_a_store_error_naming_it(tmp_path):
    path = tmp_path / "notes.db"
    path.write_text("These are my notes, not a database.\n" * 10, encoding="utf-8")
    with pytest.raises(StoreError) as err:
        open_db(path)
    assert str(path) in str(err.value)


# --- pages ---------------------------------------------------------------------------


def test_stored_page_keeps_gzipped_body_hash_and_feed_fields(db):
    item = page()
    assert store_page(db, item) == "new"
    [row] = list(db["pages"].rows)
    assert gzip.decompress(row["body"]) == item.body
    assert row["body_sha256"] == hashlib.sha256(item.body).hexdigest()
    assert row["body_size"] == len(item.body)
    assert (row["url"], row["outlet"], row["state"], row["status"], row["attempts"]) == (STORY, "minskherald", "ok", 200, 1)
    assert json.loads(row["headers"]) == item.headers
    assert (row["found_via"], row["source_url"], row["feed_guid"], row["feed_title"], row["feed_description"],
            row["feed_date"]) == ("feed", FEED, "mh-10451", item.entry.title, item.entry.description,
                                  "2025-09-11T15:42:00Z")


def test_storing_the_same_page_again_updates_the_one_row(db):
    store_page(db, page())
    assert store_page(db, page(fetched_at="2025-09-15T12:00:00Z")) == "updated"
    [row] = list(db["pages"].rows)
    assert row["attempts"] == 2
    assert row["fetched_at"] == "2025-09-15T12:00:00Z"


def test_requested_url_other_than_the_canonical_is_kept_as_an_alias(db):
    requested = STORY + "?utm_source=rss&utm_medium=feed&utm_campaign=main"
    store_page(db, page(requested_url=requested))
    assert list(db["page_aliases"].rows) == [{"url": requested, "page_url": STORY}]


def test_page_without_other_urls_has_no_alias(db):
    store_page(db, page())
    assert db["page_aliases"].count == 0


def test_blocked_answer_never_replaces_a_good_copy(db):
    good = page()
    store_page(db, good)
    assert store_page(db, page(state="blocked", status=403, body=b"Access denied")) == "kept"
    [row] = list(db["pages"].rows)
    assert row["state"] == "ok" and row["status"] == 200
    assert gzip.decompress(row["body"]) == good.body


def test_blocked_page_is_stored_as_blocked(db):
    assert store_page(db, page(state="blocked", status=403, body=b"Access denied")) == "blocked"
    assert db["pages"].get(STORY)["block_reason"] == "HTTP 403"


def test_page_of_an_unknown_outlet_violates_the_foreign_key(db):
    with pytest.raises(sqlite3.IntegrityError):
        store_page(db, page(outlet="nosuchoutlet"))
    assert db["pages"].count == 0


def test_good_page_clears_its_earlier_reject(db):
    store_reject(db, RejectItem(url=STORY, outlet="minskherald", reason="HTTP 500", permanent=False,
                                fetched_at="2025-09-13T12:00:00Z"))
    store_page(db, page())
    assert db["rejects"].count == 0


# --- known article URLs --------------------------------------------------------------


def test_known_urls_cover_ok_pages_aliases_permanent_rejects_and_given_up_blocks(db):
    base = "http://minskherald.test/news/2025/09/"
    alias = STORY + "?utm_source=rss"
    store_page(db, page(requested_url=alias))
    blocked = base + "12/journalists-among-the-freed/"
    blocked_alias = blocked + "?utm_source=rss"
    store_page(db, page(blocked, state="blocked", status=403, body=b"", requested_url=blocked_alias))
    gone, flaky = base + "10/removed-story/", base + "12/statkevich-refused-to-leave/"
    store_reject(db, RejectItem(url=gone, outlet="minskherald", reason="HTTP 404", permanent=True, status=404,
                                fetched_at="2025-09-14T12:00:00Z"))
    store_reject(db, RejectItem(url=flaky, outlet="minskherald", reason="timeout", permanent=False,
                                fetched_at="2025-09-14T12:00:00Z"))

    # a block answered once (attempts 1) is given up on with blocked_retries = 1 ...
    assert known_article_urls(db, blocked_retries=1) == {STORY, alias, blocked, blocked_alias, gone}
    # ... but asked again while attempts < blocked_retries
    assert known_article_urls(db, blocked_retries=2) == {STORY, alias, gone}
    store_page(db, page(blocked, state="blocked", status=403, body=b"", requested_url=blocked_alias))
    assert known_article_urls(db, blocked_retries=2) == {STORY, alias, blocked, blocked_alias, gone}


# --- sources and their polling schedule ----------------------------------------------


def test_first_fetch_of_a_source_is_a_change_and_due_again_at_once(db):
    assert record_source(db, fetch(), POLICY) is True
    row = source_row(db)
    assert row["etag"] == '"v1"' and row["body_sha256"] == "sha-1"
    assert row["next_poll_at"] == row["last_fetched_at"] == "2025-09-14T12:00:00Z"
    assert row["consecutive_failures"] == 0 and row["entries_last"] == 8


def test_same_content_again_is_no_change(db):
    record_source(db, fetch(), POLICY)
    assert record_source(db, fetch(at=NOW + timedelta(minutes=10)), POLICY) is False
    assert source_row(db)["last_changed_at"] == "2025-09-14T12:00:00Z"


def test_not_modified_answer_is_no_change_and_keeps_the_validators(db):
    record_source(db, fetch(), POLICY)
    assert record_source(db, fetch(at=NOW + timedelta(minutes=10), status=304, sha=None, etag=None), POLICY) is False
    row = source_row(db)
    assert row["etag"] == '"v1"' and row["body_sha256"] == "sha-1"
    assert row["last_status"] == 304


def test_failures_count_up_with_their_class_and_a_success_resets_them(db):
    record_source(db, fetch(), POLICY)
    failed = dict(status=503, ok=False, sha=None, etag=None, failure="temporary", error="HTTP 503")
    record_source(db, fetch(at=NOW + timedelta(minutes=10), **failed), POLICY)
    record_source(db, fetch(at=NOW + timedelta(minutes=20), **failed), POLICY)
    row = source_row(db)
    assert (row["consecutive_failures"], row["failure_class"], row["last_error"]) == (2, "temporary", "HTTP 503")
    assert row["next_poll_at"] == "2025-09-14T12:22:00Z"  # 120 s after the second failure
    assert row["etag"] == '"v1"'  # a failure forgets nothing

    record_source(db, fetch(at=NOW + timedelta(minutes=30), status=404, ok=False, sha=None, etag=None,
                            failure="permanent", error="HTTP 404"), POLICY)
    assert (source_row(db)["consecutive_failures"], source_row(db)["failure_class"]) == (3, "permanent")

    record_source(db, fetch(at=NOW + timedelta(minutes=40)), POLICY)
    row = source_row(db)
    assert (row["consecutive_failures"], row["failure_class"], row["last_error"]) == (0, None, None)


def test_fresh_source_is_due_now():
    assert next_poll(NOW, None, 0, POLICY) == NOW
    assert next_poll(NOW, NOW - timedelta(minutes=50), 0, POLICY) == NOW


def test_low_priority_source_unchanged_for_two_hours_waits_a_quarter_of_that():
    assert next_poll(NOW, NOW - timedelta(hours=2), 0, POLICY, watched=False) == NOW + timedelta(minutes=30)


def test_low_priority_source_unchanged_for_days_is_capped_at_max_interval():
    assert next_poll(NOW, NOW - timedelta(days=10), 0, POLICY, watched=False) == NOW + timedelta(seconds=21600)


@pytest.mark.parametrize("quiet", [timedelta(hours=2), timedelta(hours=24), timedelta(days=10)])
def test_watched_source_quiet_for_long_is_still_due_within_the_detection_budget(quiet):
    due = next_poll(NOW, NOW - quiet, 0, POLICY)
    assert due == NOW + timedelta(seconds=POLICY.max_detection_delay)
    # the next cron run may start a little before a full period after this read
    assert is_due(due, NOW + timedelta(minutes=14))
    assert not is_due(due, NOW + timedelta(minutes=11))


def test_a_longer_budget_lets_a_watched_source_slow_down_up_to_it():
    hourly = PollPolicy(slow_after=3600, max_interval=21600, max_detection_delay=3600)
    assert next_poll(NOW, NOW - timedelta(hours=2), 0, hourly) == NOW + timedelta(minutes=30)
    assert next_poll(NOW, NOW - timedelta(days=1), 0, hourly) == NOW + timedelta(hours=1)


def test_no_budget_polls_every_source_adaptively():
    old = PollPolicy(slow_after=3600, max_interval=21600, max_detection_delay=0)
    assert next_poll(NOW, NOW - timedelta(hours=2), 0, old) == NOW + timedelta(minutes=30)


@pytest.mark.parametrize("watched", [True, False])
@pytest.mark.parametrize("failures, wait", [(1, 60), (2, 120), (3, 240), (9, 15360), (10, 21600), (50, 21600)])
def test_failing_source_backs_off_exponentially_up_to_max_interval(failures, wait, watched):
    assert next_poll(NOW, NOW - timedelta(days=10), failures, POLICY, watched) == NOW + timedelta(seconds=wait)


# --- when newsmon first learned of a page ---------------------------------------------


def listed(item: PageItem, at: str) -> PageItem:
    item.entry.listed_at = at
    return item


def test_a_page_is_discovered_when_its_source_listed_it_and_keeps_that_time(db):
    store_page(db, listed(page(fetched_at="2025-09-14T12:00:05Z"), "2025-09-14T12:00:00Z"))
    store_page(db, listed(page(fetched_at="2025-09-15T09:00:05Z"), "2025-09-15T09:00:00Z"))  # --refresh
    row = db["pages"].get(STORY)
    assert (row["discovered_at"], row["fetched_at"]) == ("2025-09-14T12:00:00Z", "2025-09-15T09:00:05Z")


def test_a_page_that_failed_first_is_discovered_at_the_failed_attempt(db):
    store_reject(db, RejectItem(url=STORY, outlet="minskherald", reason="HTTP 500", permanent=False,
                                fetched_at="2025-09-13T12:00:00Z"))
    store_page(db, listed(page(), "2025-09-14T11:59:58Z"))
    assert db["pages"].get(STORY)["discovered_at"] == "2025-09-13T12:00:00Z"


def test_detection_delays_view_counts_from_publication_to_discovery_and_marks_backfill(db):
    record_source(db, fetch(at=NOW), POLICY)  # the source is first read at NOW
    store_page(db, listed(page(), "2025-09-14T12:00:00Z"))  # published 11 Sep: listed on the first read
    fresh = "http://minskherald.test/news/2025/09/14/fresh/"
    item = listed(page(fresh), "2025-09-14T12:15:00Z")
    item.entry.published = "2025-09-14T12:03:00Z"
    store_page(db, item)
    dated_only = "http://minskherald.test/news/2025/09/14/no-time/"
    item = listed(page(dated_only), "2025-09-14T12:15:00Z")
    item.entry.published = "2025-09-14T00:00:00Z"
    store_page(db, item)
    rows = {r["url"]: r for r in db.query("SELECT * FROM detection_delays")}
    assert (rows[fresh]["delay_seconds"], rows[fresh]["backfill"], rows[fresh]["published_from"]) == (720, 0, "feed")
    assert rows[STORY]["backfill"] == 1 and rows[STORY]["delay_seconds"] == 3 * 86400 - 3 * 3600 - 42 * 60
    assert rows[dated_only]["delay_seconds"] is None
