"""End-to-end crawls of the fixture mini-web with the real `newsmon` command."""

from __future__ import annotations

import gzip
import hashlib
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from itertools import pairwise
from types import SimpleNamespace
from urllib.parse import urlsplit

import pytest

from tests.conftest import TEST_REGISTRY, newsmon, serve_fixture_web, write_config

MH = "http://minskherald.test/news/2025/09"
BW = "http://balticwire.test/world/europe"
EW = "http://eastwatch.test/en/news"

ARTICLES = {
    f"{MH}/11/belarus-frees-52-political-prisoners/",
    f"{MH}/11/who-are-the-freed-prisoners/",
    f"{MH}/12/journalists-among-the-freed/",
    f"{MH}/12/statkevich-returned-to-prison/",
    f"{MH}/14/minsk-flood-evacuation/",
    f"{BW}/belarus-releases-52-prisoners-in-us-deal-20250911.html",
    f"{BW}/lithuania-receives-freed-belarusians-20250912.html",
    f"{BW}/court-sentences-three-activists-20250915.html",
    f"{BW}/slow-loading-analysis-20250916.html",
    f"{EW}/1040-new-arrests-in-hrodna",
    f"{EW}/1042-statement-on-the-release-of-52-political-prisoners",
    f"{EW}/1043-freed-journalists-speak",
    f"{EW}/1044-wire-belarus-releases-52",
    f"{EW}/1045-appeal-for-remaining-prisoners",
}
BLOCKED = {
    f"{BW}/belavia-sanctions-eased-20250911.html": "challenge page",
    f"{BW}/opposition-reaction-20250912.html": "HTTP 403",
}
FEEDS = [
    "http://minskherald.test/feed/",
    "http://balticwire.test/atom.xml",
    "http://eastwatch.test/en/rss.rdf",
]


def rows(db_path, sql, *params):
    con = sqlite3.connect(db_path)
    con.row_factory = sqlite3.Row
    try:
        return [dict(r) for r in con.execute(sql, params)]
    finally:
        con.close()


def article_hits(web):
    return [h for h in web.hits if h.url in ARTICLES or h.url in BLOCKED]


@pytest.fixture
def first_run(tmp_path, web, config_file):
    result = newsmon("--config", str(config_file), "crawl", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    return result


@pytest.fixture(scope="module")
def crawled(tmp_path_factory):
    """One crawl shared by the tests that only read its outcome."""
    folder = tmp_path_factory.mktemp("crawled")
    with serve_fixture_web() as server:
        config = write_config(folder / "newsmon.toml", server.address)
        result = newsmon("--config", str(config), "crawl", cwd=folder)
        assert result.returncode == 0, result.stderr
        yield SimpleNamespace(db=folder / "newsmon.db", web=server, result=result)


def test_crawl_stores_exactly_the_expected_articles_once(crawled):
    db = crawled.db
    pages = rows(db, "SELECT url, state, block_reason, outlet, found_via FROM pages")
    assert {p["url"] for p in pages if p["state"] == "ok"} == ARTICLES
    assert {p["url"]: p["block_reason"] for p in pages if p["state"] == "blocked"} == BLOCKED
    assert len(pages) == len(ARTICLES) + len(BLOCKED)
    assert {p["outlet"] for p in pages} == {"minskherald", "balticwire", "eastwatch"}


def test_stored_bodies_are_whole_gzip_html_with_provenance(crawled):
    for page in rows(crawled.db, "SELECT * FROM pages WHERE state = 'ok'"):
        body = gzip.decompress(page["body"])
        assert hashlib.sha256(body).hexdigest() == page["body_sha256"]
        assert len(body) == page["body_size"] and b"</html>" in body.lower()
        assert page["content_type"].startswith("text/html")
        assert page["source_url"] and page["found_via"] in ("feed", "sitemap", "listing")
        assert json.loads(page["headers"])["Content-Type"].startswith("text/html")


def test_feed_and_news_sitemap_metadata_kept_with_the_page(crawled):
    db = crawled.db
    (mh,) = rows(db, "SELECT * FROM pages WHERE url = ?", f"{MH}/11/belarus-frees-52-political-prisoners/")
    assert mh["found_via"] == "feed" and mh["source_url"] == "http://minskherald.test/feed/"
    assert mh["feed_guid"] and mh["feed_title"] and mh["feed_date"].endswith("Z")
    (court,) = rows(db, "SELECT * FROM pages WHERE url = ?", f"{BW}/court-sentences-three-activists-20250915.html")
    assert court["found_via"] == "sitemap" and court["source_url"].endswith("/sitemaps/news.xml.gz")
    assert court["feed_title"] and court["feed_date"].startswith("2025-09-1")
    # a blocked page keeps what the feed said, for the process stage
    (blocked,) = rows(db, "SELECT * FROM pages WHERE url = ?", f"{BW}/belavia-sanctions-eased-20250911.html")
    assert blocked["feed_title"] and blocked["feed_description"] is not None


def test_tracking_parameters_redirects_and_canonical_links(crawled):
    web = crawled.web
    db = crawled.db
    # the feed's utm-tagged link was requested clean
    assert web.requests_for(f"{MH}/11/belarus-frees-52-political-prisoners/")
    assert not [h for h in web.hits if "utm_" in h.target]
    (moved,) = rows(db, "SELECT * FROM pages WHERE url = ?", f"{MH}/12/statkevich-returned-to-prison/")
    assert moved["requested_url"] == f"{MH}/12/statkevich-refused-to-leave/"
    assert moved["final_url"] == f"{MH}/12/statkevich-returned-to-prison/"
    aliases = {a["url"]: a["page_url"] for a in rows(db, "SELECT * FROM page_aliases")}
    assert aliases[f"{MH}/12/statkevich-refused-to-leave/"] == moved["url"]
    # rel=canonical honoured inside the outlet, ignored when it points to another domain
    assert aliases[f"{EW}/1043-freed-journalists-speak?print=1"] == f"{EW}/1043-freed-journalists-speak"
    assert f"{EW}/1044-wire-belarus-releases-52" in ARTICLES
    # …but kept as declared, so the merge stage counts the republication once
    (copy,) = rows(crawled.db, "SELECT declared_canonical FROM pages WHERE url = ?", f"{EW}/1044-wire-belarus-releases-52")
    assert copy["declared_canonical"] == f"{BW}/belarus-releases-52-prisoners-in-us-deal-20250911.html"


def test_disallowed_offsite_and_non_article_urls_never_requested(crawled):
    web = crawled.web
    requested = {h.url for h in web.hits}
    assert "http://minskherald.test/news/drafts/2025/09/13/embargoed-interview/" not in requested
    assert not [h for h in web.hits if h.host.startswith("mirror-of")]
    for url in ("http://balticwire.test/about/", "http://balticwire.test/tag/belarus/", "http://eastwatch.test/en/donate/"):
        assert url not in requested
    rejects = {r["url"]: r for r in rows(crawled.db, "SELECT * FROM rejects")}
    assert rejects[f"{MH}/13/full-list-of-released.pdf"]["reason"] == "not HTML"
    assert rejects[f"{MH}/10/removed-story/"]["status"] == 404
    assert rejects["http://minskherald.test/news/drafts/2025/09/13/embargoed-interview/"]["reason"] == "disallowed by robots.txt"


def test_500_is_retried_and_the_user_agent_names_the_contact(crawled):
    web = crawled.web
    hits = web.requests_for(f"{MH}/12/journalists-among-the-freed/")
    assert [h.status for h in hits] == [500, 200]
    assert all("crawler-tests@example.org" in h.headers["User-Agent"] for h in web.hits)


def test_robots_crawl_delay_spaces_requests_to_that_host(crawled):
    web = crawled.web
    times = sorted(h.at for h in web.hits if h.host == "eastwatch.test" and not h.target.endswith("robots.txt"))
    assert len(times) >= 5
    gaps = [b - a for a, b in zip(times, times[1:])]
    assert min(gaps) >= 0.9, gaps


def test_dead_outlet_is_reported_and_does_not_stop_the_others(crawled):
    first_run = crawled.result
    assert "deadoutlet FAILED" in first_run.stdout
    assert "deadoutlet: feed http://deadoutlet.invalid/feed/: DNS lookup failed" in first_run.stderr
    assert "minskherald 5/0/3" in first_run.stdout
    (source,) = rows(crawled.db, "SELECT * FROM sources WHERE outlet = 'deadoutlet'")
    assert source["consecutive_failures"] == 1 and source["failure_class"] == "temporary"


def test_second_run_requests_no_article_and_feeds_answer_304(tmp_path, first_run, web, config_file):
    web.hits.clear()
    result = newsmon("--config", str(config_file), "crawl", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert article_hits(web) == []
    for feed in FEEDS:
        assert [h.status for h in web.requests_for(feed)] == [304], feed
        assert "If-None-Match" in web.requests_for(feed)[0].headers
    assert "crawl: 0 new" in result.stdout
    runs = rows(tmp_path / "newsmon.db", "SELECT status FROM crawl_runs ORDER BY id")
    assert [r["status"] for r in runs] == ["finished", "finished"]


def test_refresh_fetches_articles_again_without_duplicates(tmp_path, first_run, web, config_file):
    web.hits.clear()
    result = newsmon("--config", str(config_file), "crawl", "--outlet", "minskherald", "--refresh", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert web.requests_for(f"{MH}/11/who-are-the-freed-prisoners/")
    assert not [h for h in web.hits if h.host != "minskherald.test"]
    pages = rows(tmp_path / "newsmon.db", "SELECT url, attempts FROM pages WHERE outlet = 'minskherald'")
    assert len(pages) == 5 and {p["attempts"] for p in pages} == {2}


def test_new_feed_item_is_fetched_on_the_next_run(tmp_path, first_run, web, config_file):
    from tests.fixtureweb import Route

    feed = web.routes["http://minskherald.test/feed/"]
    new_url = f"{MH}/15/more-prisoners-expected/"
    item = (f"<item><title>More releases expected</title><link>{new_url}?utm_source=rss</link>"
            f"<guid isPermaLink=\"false\">mh-new</guid><pubDate>Mon, 15 Sep 2025 09:00:00 +0300</pubDate></item>")
    web.set_route(Route(url=feed.url, body=feed.body.replace(b"<item>", item.encode() + b"<item>", 1),
                        content_type=feed.content_type))
    web.set_route(Route(url=new_url, body=web.routes[f"{MH}/14/minsk-flood-evacuation/"].body.replace(
        b"14/minsk-flood-evacuation", b"15/more-prisoners-expected")))
    web.hits.clear()
    result = newsmon("--config", str(config_file), "crawl", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert [h.url for h in article_hits(web)] == []  # old articles are not asked again
    assert [h.status for h in web.requests_for(new_url)] == [200]
    (page,) = rows(tmp_path / "newsmon.db", "SELECT * FROM pages WHERE url = ?", new_url)
    assert page["feed_guid"] == "mh-new" and page["feed_date"] == "2025-09-15T06:00:00Z"
    (source,) = rows(tmp_path / "newsmon.db", "SELECT * FROM sources WHERE url = ?", feed.url)
    assert source["last_new_article_at"] == page["fetched_at"]


def test_killed_run_is_completed_by_the_next_without_duplicates(tmp_path, web, config_file):
    db = tmp_path / "newsmon.db"
    proc = newsmon("--config", str(config_file), "crawl", cwd=tmp_path, wait=False)
    deadline = time.monotonic() + 60
    stored = 0
    while time.monotonic() < deadline:
        if db.exists():
            try:
                stored = rows(db, "SELECT count(*) AS n FROM pages")[0]["n"]
            except sqlite3.OperationalError:
                stored = 0  # tables not created yet
        if stored >= 3:
            break
        time.sleep(0.05)
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=10)
    assert 3 <= stored < len(ARTICLES) + len(BLOCKED), "the kill must land mid-crawl"
    before = {r["url"] for r in rows(db, "SELECT url FROM pages")}
    web.hits.clear()

    result = newsmon("--config", str(config_file), "crawl", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert rows(db, "PRAGMA integrity_check") == [{"integrity_check": "ok"}]
    pages = rows(db, "SELECT url, state, body, body_sha256 FROM pages")
    assert {p["url"] for p in pages if p["state"] == "ok"} == ARTICLES
    assert len(pages) == len(ARTICLES) + len(BLOCKED)
    for page in pages:
        assert hashlib.sha256(gzip.decompress(page["body"])).hexdigest() == page["body_sha256"]
    # what the killed run had stored is not fetched again
    assert not [h for h in web.hits if h.url in before]
    statuses = [r["status"] for r in rows(db, "SELECT status FROM crawl_runs ORDER BY id")]
    assert statuses == ["interrupted", "finished"]


def test_bad_registry_is_a_clear_error_not_a_traceback(tmp_path, web):
    registry = tmp_path / "outlets.toml"
    registry.write_text('[[outlet]]\nname = "x"\ntitle = "X"\nhomepage = "http://x.test/"\nlanguage = "en"\n'
                        'article_pattern = "(unclosed"\nverified = false\nfeeds = ["http://x.test/feed"]\n')
    config = write_config(tmp_path / "newsmon.toml", web.address, outlets=str(registry))
    result = newsmon("--config", str(config), "crawl", cwd=tmp_path)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert f"{registry}: outlet 'x', key 'article_pattern': bad regular expression" in result.stderr


def test_no_network_run_ends_quickly_with_a_summary_and_exit_3(tmp_path):
    # the bundled registry with every lookup failing, as on a machine without network
    config = tmp_path / "newsmon.toml"
    config.write_text('[crawl]\nhosts_only = true\ncontact = "tests@example.org"\n')
    started = time.monotonic()
    result = newsmon("--config", str(config), "run", cwd=tmp_path, timeout=120)
    assert time.monotonic() - started < 60
    assert result.returncode == 3, result.stderr
    assert "rferl FAILED" in result.stderr and "Traceback" not in result.stderr
    assert "nothing could be crawled" in result.stderr
    summary = json.loads(result.stdout.splitlines()[-1])  # stdout: alerts, then the run's JSON line
    assert "rferl" in summary["stages"]["crawl"]["failed_outlets"] and summary["exit_code"] == 3


def test_progress_lines_are_printed_while_crawling(tmp_path, web):
    config = write_config(tmp_path / "newsmon.toml", web.address, progress_interval=1.0)
    result = newsmon("--config", str(config), "crawl", "--outlet", "eastwatch", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    progress = [line for line in result.stderr.splitlines() if "newsmon.progress" in line]
    assert len(progress) >= 3, result.stderr  # eastwatch's Crawl-delay makes this crawl last ~7 s
    assert "pages:" in progress[-1] and "sources:" in progress[-1]


def _add_feed_items(web, *items):
    from tests.fixtureweb import Route

    feed = web.routes["http://minskherald.test/feed/"]
    xml = "".join(f"<item><title>{title}</title><link>{url}</link><guid>{url}</guid></item>" for url, title in items)
    web.set_route(Route(url=feed.url, body=feed.body.replace(b"<item>", xml.encode() + b"<item>", 1),
                        content_type=feed.content_type))


def test_oversized_and_timed_out_pages_are_rejects_not_pages(tmp_path, web):
    from tests.fixtureweb import Route

    huge, slow = f"{MH}/20/huge-page/", f"{MH}/20/slow-page/"
    _add_feed_items(web, (huge, "Huge"), (slow, "Slow"))
    web.set_route(Route(url=huge, body=b"<html><body>" + b"<p>word </p>" * 200_000 + b"</body></html>"))
    flood = web.routes[f"{MH}/14/minsk-flood-evacuation/"].body
    web.set_route(Route(url=slow, body=flood.replace(b"14/minsk-flood-evacuation", b"20/slow-page"), delay=2.5))
    config = write_config(tmp_path / "newsmon.toml", web.address, max_page_bytes=1_000_000, timeout=1.0, retries=1)
    result = newsmon("--config", str(config), "crawl", "--outlet", "minskherald", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    db = tmp_path / "newsmon.db"
    rejects = {r["url"]: r for r in rows(db, "SELECT * FROM rejects")}
    assert rejects[huge]["reason"] == "response larger than the size cap" and rejects[huge]["permanent"] == 1
    assert rejects[slow]["reason"].startswith("timed out") and rejects[slow]["permanent"] == 0
    assert not rows(db, "SELECT url FROM pages WHERE url IN (?, ?)", huge, slow)
    # the temporary failure is tried again next run (so the feed is not asked conditionally)
    web.routes[slow].delay = 0
    web.hits.clear()
    again = newsmon("--config", str(config), "crawl", "--outlet", "minskherald", cwd=tmp_path)
    assert again.returncode == 0, again.stderr
    assert [h.status for h in web.requests_for(slow)] == [200]
    assert web.requests_for(huge) == []
    assert rows(db, "SELECT state FROM pages WHERE url = ?", slow) == [{"state": "ok"}]
    assert rows(db, "SELECT url FROM rejects WHERE url = ?", slow) == []


def test_a_low_priority_feed_unchanged_for_long_is_not_polled_every_run(tmp_path, web):
    registry = tmp_path / "outlets.toml"
    registry.write_text(TEST_REGISTRY.read_text(encoding="utf-8").replace(
        'name = "minskherald"', 'name = "minskherald"\npriority = "low"'), encoding="utf-8")
    config_file = write_config(tmp_path / "newsmon.toml", web.address, outlets=str(registry))
    assert newsmon("--config", str(config_file), "crawl", "--outlet", "minskherald", cwd=tmp_path).returncode == 0
    db = tmp_path / "newsmon.db"
    con = sqlite3.connect(db)
    # as if the feed had not changed for eight hours: due again in two (a quarter of that)
    con.execute("UPDATE sources SET last_changed_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now', '-8 hours') "
                "WHERE url = 'http://minskherald.test/feed/'")
    con.commit()
    con.close()
    web.hits.clear()
    assert newsmon("--config", str(config_file), "crawl", "--outlet", "minskherald", cwd=tmp_path).returncode == 0
    assert [h.status for h in web.requests_for("http://minskherald.test/feed/")] == [304]
    (source,) = rows(db, "SELECT next_poll_at, last_fetched_at FROM sources WHERE url = 'http://minskherald.test/feed/'")
    gap = datetime.fromisoformat(source["next_poll_at"]) - datetime.fromisoformat(source["last_fetched_at"])
    assert 7100 <= gap.total_seconds() <= 7300
    web.hits.clear()
    result = newsmon("--config", str(config_file), "crawl", "--outlet", "minskherald", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert web.requests_for("http://minskherald.test/feed/") == []
    assert "minskherald 0/0/0" in result.stdout


# --- polling under a controlled clock --------------------------------------------------


def clocked_crawl(config, at, *outlets, cwd):
    """One real crawl whose clock starts at ``at`` (tests/clocked_crawl.py)."""
    from newsmon.models.times import iso
    from tests.conftest import ROOT

    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    result = subprocess.run([sys.executable, "-m", "tests.clocked_crawl", str(config), iso(at), *outlets],
                            cwd=cwd, env=env, capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    return result


def _publish(web, feed_url, url, title, published, template):
    """Put a new item at the top of a feed (RSS or RDF) and serve its page."""
    from tests.fixtureweb import Route

    feed = web.routes[feed_url]
    if b"<rdf:RDF" in feed.body:  # RSS 1.0 items follow the channel
        item = (f'<item rdf:about="{url}"><title>{title}</title><link>{url}</link>'
                f"<dc:date>{published}</dc:date></item>")
        before = b"<item " if b"<item " in feed.body else b"</rdf:RDF>"
    else:
        item = f"<item><title>{title}</title><link>{url}</link><guid>{url}</guid><pubDate>{published}</pubDate></item>"
        before = b"<item>"
    web.set_route(Route(url=feed.url, body=feed.body.replace(before, item.encode() + before, 1),
                        content_type=feed.content_type))
    page = web.routes[template]
    web.set_route(Route(url=url, body=page.body.replace(urlsplit(template).path.encode(), urlsplit(url).path.encode())))


@pytest.mark.parametrize("quiet, budget, seen", [
    (timedelta(hours=2), 900, True),
    (timedelta(hours=24), 900, True),
    (timedelta(hours=2), 0, False),  # no budget: the old adaptive policy misses it
], ids=["quiet-2h", "quiet-24h", "quiet-2h-no-budget"])
def test_a_quiet_watched_feeds_new_item_is_fetched_at_the_first_run_after_it_appears(tmp_path, web, quiet, budget,
                                                                                      seen):
    config = write_config(tmp_path / "newsmon.toml", web.address, max_detection_delay=budget)
    db = tmp_path / "newsmon.db"
    feed = "http://minskherald.test/feed/"
    start = datetime.now(UTC).replace(microsecond=0) - quiet - timedelta(hours=1)
    clocked_crawl(config, start, "minskherald", cwd=tmp_path)
    web.hits.clear()
    clocked_crawl(config, start + quiet, "minskherald", cwd=tmp_path)  # nothing new
    assert [h.status for h in web.requests_for(feed)] == [304]
    new_url = f"{MH}/15/release-statement/"
    published = start + quiet + timedelta(minutes=5)
    _publish(web, feed, new_url, "Eight more released", format_datetime(published, usegmt=True),
             f"{MH}/14/minsk-flood-evacuation/")
    web.hits.clear()
    result = clocked_crawl(config, start + quiet + timedelta(minutes=15), "minskherald", cwd=tmp_path)
    if not seen:
        assert web.hits == [] and "minskherald 0/0/0" in result.stdout
        return
    assert [h.status for h in web.requests_for(feed)] == [200]
    assert [h.status for h in web.requests_for(new_url)] == [200]
    (delay,) = rows(db, "SELECT * FROM detection_delays WHERE backfill = 0")
    assert delay["url"] == new_url and 600 <= delay["delay_seconds"] <= 630, delay
    assert rows(db, "SELECT count(*) AS n FROM detection_delays WHERE backfill = 1") == [{"n": 5}]

    outlets = newsmon("--config", str(config), "outlets", cwd=tmp_path)
    assert outlets.returncode == 0, outlets.stderr
    (line,) = [line for line in outlets.stdout.splitlines() if "detection delay" in line and "p50" in line]
    assert "p50 10 min, p90 10 min (1 article" in line, outlets.stdout


def test_a_failing_watched_source_still_backs_off(tmp_path, web):
    from tests.fixtureweb import Route

    config = write_config(tmp_path / "newsmon.toml", web.address, retries=0)
    feed = "http://minskherald.test/feed/"
    web.set_route(Route(url=feed, status=503, body=b"down"))
    start = datetime.now(UTC).replace(microsecond=0) - timedelta(hours=2)
    clocked_crawl(config, start, "minskherald", cwd=tmp_path)
    con = sqlite3.connect(tmp_path / "newsmon.db")
    con.execute("UPDATE sources SET consecutive_failures = 5")  # as if it had failed for an hour
    con.commit()
    con.close()
    web.hits.clear()
    for minutes, asked in ((15, True), (30, False), (45, True)):  # 6 failures: 32 min
        clocked_crawl(config, start + timedelta(minutes=minutes), "minskherald", cwd=tmp_path)
        assert [h.status for h in web.requests_for(feed)] == ([503] if asked else []), minutes
        web.hits.clear()


def test_crawl_delay_is_honoured_when_a_quiet_feed_is_asked_within_the_budget(tmp_path, web):
    from tests.fixtureweb import Route

    config = write_config(tmp_path / "newsmon.toml", web.address)
    feed = "http://eastwatch.test/en/rss.rdf"
    # a quiet outlet: its feed and listing list nothing yet, so the first run is short
    body = web.routes[feed].body
    web.set_route(Route(url=feed, body=body[:body.index(b"<item ")] + b"</rdf:RDF>\n",
                        content_type=web.routes[feed].content_type))
    web.set_route(Route(url=f"{EW}/", body=b"<html><body><h1>News</h1></body></html>"))
    start = datetime.now(UTC).replace(microsecond=0) - timedelta(hours=3)
    clocked_crawl(config, start, "eastwatch", cwd=tmp_path)
    news = [f"{EW}/1046-nine-more-released", f"{EW}/1047-names-of-the-freed"]
    for number, url in enumerate(news):
        _publish(web, feed, url, f"Statement {number}", iso_time(start + timedelta(hours=2, minutes=number)),
                 f"{EW}/1040-new-arrests-in-hrodna")
    web.hits.clear()
    clocked_crawl(config, start + timedelta(hours=2, minutes=15), "eastwatch", cwd=tmp_path)
    assert [h.status for h in web.requests_for(feed)] == [200]
    assert all([h.status for h in web.requests_for(url)] == [200] for url in news)
    times = sorted(h.at for h in web.hits if not h.target.endswith("robots.txt"))
    gaps = [b - a for a, b in pairwise(times)]
    assert len(times) >= 3 and min(gaps) >= 0.9, gaps


def iso_time(moment: datetime) -> str:
    from newsmon.models.times import iso

    return iso(moment)
