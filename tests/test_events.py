"""Events and alerts that match what happened, end to end: three real `newsmon run`s over
the events web (tests/fixtures/events: three outlets, a release of 31 on 16 October with
a destination, an envoy and nationalities, nine more four days later in an article that
refers back to the first, and sentencing and health stories in between)."""

from __future__ import annotations

import random
import re
import sqlite3
import tomllib
from pathlib import Path

import pytest

from newsmon.pipeline.demo.localweb import FixtureWeb, Route, load_routes
from tests.conftest import FIXTURES, newsmon
from tests.test_alerts import alert_config, summary
from tests.webhook import WebhookReceiver

EVENTS = FIXTURES / "events"
ARTICLES = tomllib.loads((EVENTS / "articles.toml").read_text(encoding="utf-8"))["article"]
FEEDS = {"http://vilniusledger.test/feed/": "vilniusledger.test",
         "http://eastbulletin.test/atom.xml": "eastbulletin.test",
         "http://dnieperdispatch.test/rss/world.xml": "dnieperdispatch.test"}


def _serve():
    for _ in range(20):
        address = f"127.{random.randint(1, 254)}.{random.randint(1, 254)}.{random.randint(2, 254)}"
        try:
            return FixtureWeb(load_routes(EVENTS / "web" / "routes.toml"), address=address, port=80)
        except PermissionError:
            pytest.fail("the events web is served on port 80 of a loopback address: run as root "
                        "or allow it with `sysctl net.ipv4.ip_unprivileged_port_start=80`")
        except OSError:
            continue
    pytest.fail("no free loopback address for the events web")


def feeds_of_run(web: FixtureWeb, run: int) -> None:
    for url, host in FEEDS.items():
        old = web.routes[url]
        body = (EVENTS / "web" / host / f"feed.run{run}.xml").read_bytes()
        web.set_route(Route(url=url, body=body, content_type=old.content_type))


def _query(db: Path, sql: str, *params) -> list[tuple]:
    con = sqlite3.connect(db)
    try:
        return con.execute(sql, params).fetchall()
    finally:
        con.close()


def _kinds(kind: str) -> set[str]:
    return {a["slug"].rsplit("/", 1)[-1].removesuffix(".html") for a in ARTICLES if a["kind"] == kind}


def _release_reports(db: Path) -> set[str]:
    rows = _query(db, "SELECT page_url FROM articles WHERE release_report = 1")
    return {url.rstrip("/").rsplit("/", 1)[-1].removesuffix(".html") for (url,) in rows}


def _headline(message: dict) -> tuple[str, str, str] | None:
    """"Belarus: 9 more political prisoners released (2025-10-20)" -> (Belarus, 9, 2025-10-20)."""
    found = re.fullmatch(r"(\w+): (\d+) [a-z ]+ released \((\d{4}-\d{2}-\d{2})\)", message["title"])
    return found.groups() if found else None


def test_two_releases_four_days_apart_make_two_events_and_two_right_alerts(tmp_path):
    with _serve() as web, WebhookReceiver() as hook:
        config = alert_config(tmp_path, web.address, hook)
        text = config.read_text(encoding="utf-8").replace(str(FIXTURES / "outlets.toml"), str(EVENTS / "outlets.toml"))
        config.write_text(text, encoding="utf-8")
        db = tmp_path / "newsmon.db"

        # run 1: the release of 31 (destination, envoy, nationalities), a sentencing, a health report
        first = newsmon("--config", str(config), "run", cwd=tmp_path, timeout=240)
        assert first.returncode == 0, first.stderr
        assert _query(db, "SELECT count(*) FROM articles WHERE state = 'article'") == [(6,)]
        assert _query(db, "SELECT country, event_date FROM events") == [("Belarus", "2025-10-16")]
        assert [_headline(m) for m in hook.messages] == [("Belarus", "31", "2025-10-16")]
        assert "Conflicting figures" not in hook.messages[0]["message"]
        # no article of the release is placed in Lithuania (destination, nationality) or the US (envoy)
        assert _query(db, "SELECT DISTINCT release_country FROM articles WHERE release_report = 1") == [("Belarus",)]
        # "WASHINGTON — The United States on Thursday welcomed the release of 31 political
        # prisoners in Belarus": the place it came from is Belarus, as where they were held or who freed
        (us,) = _query(db, "SELECT release_country_source, substr(text, release_country_start + 1, 7) FROM articles "
                           "WHERE page_url LIKE '%us-welcomes-release%'")
        assert us in (("held_in", "Belarus"), ("releaser", "Belarus"))
        # every report of the release is a source of the one event
        (sources,) = _query(db, "SELECT sources FROM events")
        assert sources == (len(_kinds("release-1")),)
        assert _release_reports(db) == _kinds("release-1")
        assert _query(db, "SELECT person_name FROM claim_mentions WHERE kind = 'person' AND person_name LIKE '%Lapko%'") == []

        # run 2: nine more four days later, in articles that refer back to the 31
        feeds_of_run(web, 2)
        second = newsmon("--config", str(config), "run", cwd=tmp_path, timeout=240)
        assert second.returncode == 0, second.stderr
        assert _query(db, "SELECT country, event_date FROM events ORDER BY event_date") == [
            ("Belarus", "2025-10-16"), ("Belarus", "2025-10-20")]
        assert [_headline(m) for m in hook.messages] == [("Belarus", "31", "2025-10-16"),
                                                         ("Belarus", "9", "2025-10-20")]
        assert "Conflicting figures" not in hook.messages[1]["message"]
        counts = _query(db, """SELECT DISTINCT c.count FROM claims c JOIN events e ON e.id = c.event_id
                               WHERE e.event_date = '2025-10-20' AND c.predicate IN ('released', 'pardoned')""")
        assert counts == [(9,)]

        # run 3: an analysis naming both releases and another sentencing: nothing new
        feeds_of_run(web, 3)
        third = newsmon("--config", str(config), "run", cwd=tmp_path, timeout=240)
        assert third.returncode == 0, third.stderr
        assert summary(third)["stages"]["alert"]["new"] == 0 and len(hook.messages) == 2
        assert _query(db, "SELECT count(*) FROM events") == [(2,)]
        assert _query(db, "SELECT count(*) FROM conflicts") == [(0,)]
        # the figures tied to the first release ("four days after 31 were freed", "last
        # week's release of 31") are its own or none, never the second's
        assert _query(db, """SELECT DISTINCT c.event_id FROM claims c JOIN claim_sources cs ON cs.claim_id = c.id
                             JOIN claim_mentions m ON m.id = cs.claim_mention_id WHERE m.count = 31""") in (
            [(1,)], [(1,), (None,)], [(None,), (1,)])
        assert _release_reports(db) == _kinds("release-1") | _kinds("release-2") | _kinds("analysis")
