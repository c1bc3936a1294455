"""Alerts and the cron run end to end: the real `newsmon run` against the fixture
mini-web, alerts delivered by apprise to a local webhook receiver (json://), standard
output and a JSON-lines file; a second run, an unreachable receiver, a lock, kills."""

from __future__ import annotations

import fcntl
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from newsmon.pipeline.alert.notify import render
from tests.conftest import FIXTURES, ROOT, newsmon, write_config
from tests.fixtureweb import Route
from tests.test_crawl import ARTICLES
from tests.webhook import WebhookReceiver

FEED = "http://minskherald.test/feed/"
LATER = "http://minskherald.test/news/2025/09/25/belarus-frees-16-more-prisoners/"
NAMED = "http://minskherald.test/news/2025/09/26/trade-unionist-among-the-freed/"


def alert_config(tmp_path: Path, address: str, hook: WebhookReceiver | None, **alerts) -> Path:
    path = write_config(tmp_path / "newsmon.toml", address)
    targets = [hook.url] if hook else []
    extra = ["", "[run]", f'log_file = "{tmp_path / "newsmon.log"}"', "", "[alerts]",
             f"targets = {json.dumps(targets)}", f'jsonl = "{tmp_path / "alerts.jsonl"}"']
    extra += [f"{key} = {json.dumps(value)}" for key, value in alerts.items()]
    path.write_text(path.read_text(encoding="utf-8") + "\n".join(extra) + "\n", encoding="utf-8")
    return path


def publish(web, url: str, page: str, title: str, date: str) -> None:
    """Serve a new article and put it at the top of the Minsk Herald feed."""
    web.set_route(Route(url=url, body=(FIXTURES / "alerts" / page).read_bytes()))
    feed = web.routes[FEED]
    item = (f"<item><title>{title}</title><link>{url}</link><pubDate>{date}</pubDate>"
            f"<guid isPermaLink=\"false\">{url}</guid></item>\n\t<item>")
    body = feed.body.decode("utf-8").replace("<item>", item, 1).encode("utf-8")
    web.set_route(Route(url=FEED, body=body, content_type=feed.content_type))


def jsonl(tmp_path: Path) -> list[dict]:
    path = tmp_path / "alerts.jsonl"
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()] if path.exists() else []


def summary(result) -> dict:
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_runs_one_to_five_deliver_each_alert_exactly_once(tmp_path, web):
    with WebhookReceiver() as hook:
        config = alert_config(tmp_path, web.address, hook)

        # run 1: the 11 September release, reported by several outlets -> one alert
        first = newsmon("--config", str(config), "run", cwd=tmp_path, timeout=240)
        assert first.returncode == 0, first.stderr
        assert [m["title"] for m in hook.messages] == ["Belarus: 52 prisoners released (2025-09-11)"]
        (message,) = hook.messages
        assert "First reported by Minsk Herald (2025-09-11)" in message["message"]
        assert "Conflicting figures:" in message["message"] and "journalists released" in message["message"]
        assert "ALERT Belarus: 52 prisoners released (2025-09-11)" in first.stdout
        stages = summary(first)["stages"]
        assert summary(first)["exit_code"] == 0 and stages["alert"]["new"] == 1 and stages["alert"]["sent"] == 3
        assert set(stages) == {"crawl", "process", "merge", "alert"}
        assert all("seconds" in stage for stage in stages.values())
        assert "summary: {" in (tmp_path / "newsmon.log").read_text(encoding="utf-8")

        # run 2: a new release appears in a feed -> exactly one new alert, its headline escaped
        publish(web, LATER, "later-release.html", "Belarus frees 16 more prisoners",
                "Thu, 25 Sep 2025 19:05:00 +0300")
        second = newsmon("--config", str(config), "run", cwd=tmp_path, timeout=240)
        assert second.returncode == 0, second.stderr
        assert len(hook.messages) == 2
        later = hook.messages[1]
        assert later["title"].startswith("Belarus: 16 political prisoners released (2025-09-25)")
        assert "\\[full list\\](http://evil.test/x)" in later["message"]
        assert "[full list](" not in later["message"]

        # run 3: nothing new -> nothing sent
        third = newsmon("--config", str(config), "run", cwd=tmp_path, timeout=240)
        assert third.returncode == 0 and len(hook.messages) == 2 and summary(third)["stages"]["alert"]["new"] == 0

        # run 4: a person named for the 25 September release while the receiver is down
        hook.stop()
        publish(web, NAMED, "named-after-release.html", "Trade unionist among those freed on Thursday",
                "Fri, 26 Sep 2025 10:30:00 +0300")
        fourth = newsmon("--config", str(config), "run", cwd=tmp_path, timeout=240)
        assert fourth.returncode == 5, fourth.stderr
        alert = summary(fourth)["stages"]["alert"]
        assert (alert["new"], alert["pending"], alert["failed"]) == (1, 1, 1)
        assert "Andrei Voranau named among those released" in fourth.stdout  # stdout and the file got it
        listed = newsmon("--config", str(config), "alerts", "list", "--pending", "--format", "json", cwd=tmp_path)
        (waiting,) = json.loads(listed.stdout)
        assert "Andrei Voranau" in waiting["title"] and waiting["pending"].startswith("json://127.0.0.1")

        # run 5: the receiver is back -> the pending alert arrives once, nowhere else twice
        hook.start()
        fifth = newsmon("--config", str(config), "run", cwd=tmp_path, timeout=240)
        assert fifth.returncode == 0, fifth.stderr
        assert [m["title"] for m in hook.messages[2:]] == [
            "Belarus, release of 2025-09-25: Andrei Voranau named among those released"]
        assert "Andrei Voranau" not in fifth.stdout
    records = jsonl(tmp_path)
    assert [r["kind"] for r in records] == ["event", "event", "person"]
    assert len({r["key"] for r in records}) == 3
    con = sqlite3.connect(tmp_path / "newsmon.db")
    assert con.execute("SELECT count(*) FROM alert_deliveries WHERE state = 'sent'").fetchone()[0] == 9
    assert con.execute("SELECT attempts FROM alert_deliveries WHERE target LIKE 'json:%' ORDER BY alert_id"
                       ).fetchall() == [(1,), (1,), (2,)]

    # analysts see them in Datasette too (over its HTTP interface)
    import asyncio

    from newsmon.pipeline.serve import datasette_for

    async def fetch():
        return await datasette_for(tmp_path / "newsmon.db").client.get("/newsmon/recent_alerts.json?_shape=array")

    shown = asyncio.run(fetch()).json()
    assert [r["kind"] for r in shown] == ["person", "event", "event"]
    assert all(r["deliveries"].count(" sent") == 3 for r in shown)


def test_a_second_run_while_one_holds_the_lock_exits_at_once_with_code_4(tmp_path, web):
    config = alert_config(tmp_path, web.address, None)
    with open(tmp_path / "newsmon.db.lock", "w") as held:
        fcntl.flock(held, fcntl.LOCK_EX | fcntl.LOCK_NB)
        started = time.monotonic()
        result = newsmon("--config", str(config), "run", cwd=tmp_path)
        assert time.monotonic() - started < 15
    assert result.returncode == 4
    assert "another newsmon run is in progress" in result.stderr
    assert summary(result)["exit_code"] == 4 and summary(result)["stages"] == {}
    assert not web.hits  # nothing was crawled


def _stage_reached(log: Path, marker: str, timeout: float = 120) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if log.exists() and marker in log.read_text(encoding="utf-8", errors="replace"):
            return
        time.sleep(0.05)
    pytest.fail(f"the run never logged {marker!r}")


@pytest.mark.parametrize("stage, marker, kill", [
    ("crawl", "run: crawl", signal.SIGTERM),
    ("process", "crawl: ", signal.SIGKILL),
    ("merge", "process: ", signal.SIGKILL),
])
def test_a_run_killed_in_any_stage_is_finished_by_the_next(tmp_path, web, stage, marker, kill):
    """Killed in the middle, then run again: the same pages, claims and alerts as one
    uninterrupted run, nothing twice."""
    config = alert_config(tmp_path, web.address, None)
    child = newsmon("--config", str(config), "run", cwd=tmp_path, wait=False)
    _stage_reached(tmp_path / "newsmon.log", marker)
    child.send_signal(kill)
    child.communicate(timeout=60)
    again = newsmon("--config", str(config), "run", cwd=tmp_path, timeout=240)
    assert again.returncode == 0, again.stderr
    con = sqlite3.connect(tmp_path / "newsmon.db")
    assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    pages = {url for (url,) in con.execute("SELECT url FROM pages WHERE state = 'ok'")}
    assert pages == ARTICLES  # each once: url is the primary key
    assert con.execute("SELECT count(*) FROM articles WHERE merged_at IS NULL AND state = 'article'"
                       ).fetchone()[0] == 0
    duplicated = con.execute("SELECT claim_mention_id FROM claim_sources GROUP BY claim_mention_id "
                             "HAVING count(*) > 1").fetchall()
    assert duplicated == []
    events = con.execute("SELECT title FROM alerts WHERE covered_by IS NULL").fetchall()
    assert events == [("Belarus: 52 prisoners released (2025-09-11)",)]
    assert [r["title"] for r in jsonl(tmp_path)] == [events[0][0]]


def test_sigterm_during_a_delivery_lets_it_finish_and_record_so_it_is_not_sent_twice(tmp_path, web):
    with WebhookReceiver(delay=3.0) as hook:
        config = alert_config(tmp_path, web.address, hook)
        out, err = tmp_path / "stdout", tmp_path / "stderr"
        with out.open("w") as stdout, err.open("w") as stderr:  # files: a full pipe would stall the run
            child = subprocess.Popen([sys.executable, "-m", "newsmon.pipeline.cli", "--config", str(config), "run"],
                                     cwd=tmp_path, env={**os.environ, "PYTHONPATH": str(ROOT)},
                                     stdout=stdout, stderr=stderr)
            deadline = time.monotonic() + 180
            while not hook.arrived.wait(0.2) and child.poll() is None and time.monotonic() < deadline:
                pass
            assert hook.arrived.is_set(), f"the alert never reached the receiver: {err.read_text()[-2000:]}"
            child.send_signal(signal.SIGTERM)  # while the receiver has not answered yet
            child.wait(timeout=60)
        assert child.returncode == 128 + signal.SIGTERM, err.read_text()
        assert json.loads(out.read_text().strip().splitlines()[-1])["error"].startswith("SystemExit")
        hook.delay = 0
        again = newsmon("--config", str(config), "run", cwd=tmp_path, timeout=240)
        assert again.returncode == 0, again.stderr
        assert len(hook.messages) == 1
    assert len(jsonl(tmp_path)) == 1


def test_alerts_test_reports_each_target_and_why_one_failed(tmp_path, web):
    with WebhookReceiver() as hook:
        config = alert_config(tmp_path, web.address, hook)
        text = config.read_text(encoding="utf-8").replace(
            f'targets = ["{hook.url}"]', f'targets = ["{hook.url}", "json://127.0.0.1:9/closed"]')
        config.write_text(text, encoding="utf-8")
        result = newsmon("--config", str(config), "alerts", "test", cwd=tmp_path)
    assert result.returncode == 5
    lines = result.stderr.splitlines()
    assert any(line.startswith("ok") and f"127.0.0.1:{hook.port}" in line for line in lines)
    assert any(line.startswith("FAILED") and "127.0.0.1:9" in line for line in lines)
    assert [m["title"] for m in hook.messages] == ["newsmon test"]


def test_secrets_come_from_the_environment_and_are_never_stored(tmp_path, web, monkeypatch):
    with WebhookReceiver() as hook:
        config = alert_config(tmp_path, web.address, None)
        url = f"json://newsmon:${{HOOK_PASSWORD}}@127.0.0.1:{hook.port}/hook"
        config.write_text(config.read_text(encoding="utf-8").replace("targets = []", f"targets = [{json.dumps(url)}]"),
                          encoding="utf-8")
        missing = newsmon("--config", str(config), "alerts", "test", cwd=tmp_path)
        assert missing.returncode == 2
        assert "uses ${HOOK_PASSWORD}, but the environment variable HOOK_PASSWORD is not set" in missing.stderr
        monkeypatch.setenv("HOOK_PASSWORD", "s3cret-value")
        result = newsmon("--config", str(config), "run", cwd=tmp_path, timeout=240)
    assert result.returncode == 0, result.stderr
    assert len(hook.messages) == 1
    stored = (tmp_path / "newsmon.db").read_bytes() + (tmp_path / "newsmon.log").read_bytes()
    assert b"s3cret-value" not in stored


def test_a_target_apprise_does_not_know_is_a_configuration_error(tmp_path, web):
    config = alert_config(tmp_path, web.address, None)
    config.write_text(config.read_text(encoding="utf-8").replace("targets = []", 'targets = ["nosuch://x/y"]'),
                      encoding="utf-8")
    result = newsmon("--config", str(config), "alerts", "send", cwd=tmp_path)
    assert result.returncode == 2
    assert "alerts.targets[1] 'nosuch://x/y' is not a URL apprise can send to" in result.stderr


HOSTILE = {"kind": "event", "title": "Belarus: 5 *people* released (2025-09-11)", "sources": 1,
           "independent_sources": 1, "conflicts": ["journalists released: 8 / <i>9</i>"],
           "first_source": {"outlet": "Evil [Outlet](http://x.test)", "title": "Freed <script>alert(1)</script>\n# Big",
                            "url": "http://evil.test/a b>c", "published_at": "2025-09-11T10:00:00Z",
                            "sentence": "Five _were_ freed ![img](http://x.test/i.png) `code` | table"}}


def test_web_text_is_escaped_for_each_target_format():
    title, body = render(HOSTILE, "html")
    assert "<script>" not in body and "&lt;script&gt;" in body and "<i>" not in body
    assert '<a href="http://evil.test/a b&gt;c">' in body
    title, body = render(HOSTILE, "markdown")
    assert "[Outlet](http://x.test)" not in body and "\\[Outlet\\]" in body
    assert "!\\[img\\]" in body and "\\_were\\_" in body and "\\`code\\`" in body and "\\*people\\*" in title
    assert "\n# Big" not in body  # a newline in a headline cannot start a markdown heading
    assert "<http://evil.test/a%20b%3Ec>" in body
    title, body = render(HOSTILE, "text")
    assert "Freed <script>alert(1)</script> # Big" in body and "\n# Big" not in body


def test_mass_mentions_in_web_text_never_page_a_chat():
    hostile = {**HOSTILE, "title": "Belarus: 5 released @everyone", "conflicts": ["<!channel> 8 / @here 9"],
               "first_source": {**HOSTILE["first_source"], "title": "@channel freed", "url": "http://x.test/@here"}}
    for fmt in ("text", "markdown", "html"):
        title, body = render(hostile, fmt)
        for word in ("@everyone", "@here", "@channel", "<!channel>"):
            assert word not in title + body, (fmt, word)
        assert "\u200beveryone" in title and "channel freed" in body


def _merged_minskherald(tmp_path):
    """A store holding the Minsk Herald's September stories, processed and merged."""
    from newsmon.models.schema import open_db
    from newsmon.pipeline.config import load_config
    from newsmon.pipeline.crawl.pages import store_page, sync_outlets
    from newsmon.pipeline.merge.stage import run_merge
    from newsmon.pipeline.process.stage import run_process
    from newsmon.spiders.registry import load_registry
    from tests.conftest import TEST_REGISTRY
    from tests.fixtureweb import load_routes
    from tests.test_process import _page

    config = load_config(alert_config(tmp_path, "127.0.0.1", None, stdout=False))
    db = open_db(config.store_path)
    sync_outlets(db, load_registry(TEST_REGISTRY))
    for url, route in load_routes().items():
        if "/news/2025/09/1" in url and route.content_type.startswith("text/html") and route.status == 200 \
                and "utm_" not in url and "drafts" not in url:
            store_page(db, _page(url, "minskherald", route.body))
    db.close()
    run_process(config)
    run_merge(config)
    return config


def test_an_event_made_again_keeps_its_alert_and_a_reused_event_id_gets_its_own(tmp_path):
    """Re-processing can take an event away and the merge make it again (the same release
    under an id that SQLite may also hand to another event): the first must not be
    announced twice, the second must not be taken for the first."""
    from newsmon.models.schema import open_db
    from newsmon.pipeline.alert.plan import make_alerts
    from newsmon.pipeline.merge.stage import run_merge

    config = _merged_minskherald(tmp_path)
    db = open_db(config.store_path)
    assert make_alerts(db, config, ["stdout"]).new == 1
    (first,) = db.execute("SELECT id, event_id FROM alerts WHERE covered_by IS NULL").fetchall()

    # every source of the release goes, then comes back: the event is made again
    with db.atomic():
        db.execute("DELETE FROM claim_sources")
        db.execute("DELETE FROM person_mentions")
        db.execute("UPDATE articles SET merged_at = NULL")
    db.close()
    run_merge(config)
    db = open_db(config.store_path)
    assert make_alerts(db, config, ["stdout"]).new == 0
    (event_id,) = db.execute("SELECT id FROM events").fetchone()
    assert db.execute("SELECT event_id FROM alerts WHERE id = ?", [first[0]]).fetchone() == (event_id,)

    # another release, far from the first, under an id a deleted event had: its own alert
    with db.atomic():
        gone = db.execute("INSERT INTO events (country, event_date, date_source) VALUES ('Belarus', '2025-12-20', "
                          "'stated')").lastrowid
        db.execute("DELETE FROM events WHERE id = ?", [gone])
        reused = db.execute("INSERT INTO events (country, event_date, date_source) VALUES ('Belarus', '2025-12-24', "
                            "'stated')").lastrowid
        assert reused == gone
        db.execute("INSERT INTO claims (key, event_id, country, predicate, noun_class, count, qualifier, sources) "
                   "VALUES ('test', ?, 'Belarus', 'pardoned', 'people', 31, 'exact', 0)", [reused])
    assert make_alerts(db, config, ["stdout"]).new == 1
    assert db.execute("SELECT count(*) FROM alerts WHERE kind = 'event' AND covered_by IS NULL").fetchone() == (2,)
    db.close()


@pytest.mark.parametrize("phrase, noun, expected", [
    ("52 political prisoners", "prisoner", "political prisoners"),
    ("fifty-two prisoners", "prisoner", "prisoners"),
    ("15 foreign-born prisoners", "prisoner", "foreign-born prisoners"),
    ("more than a dozen foreigners", "foreigner", "foreigners"),
    (None, "journalist", "journalists"),
    (None, "other people", "other people"),
])
def test_an_alert_names_what_was_counted_in_the_sources_words(phrase, noun, expected):
    from newsmon.pipeline.alert.plan import counted

    assert counted(phrase, noun) == expected


def test_the_alert_stage_looks_only_at_events_the_merge_changed(tmp_path):
    from newsmon.models.schema import open_db
    from newsmon.pipeline.alert.plan import make_alerts

    config = _merged_minskherald(tmp_path)
    db = open_db(config.store_path)
    assert make_alerts(db, config, ["stdout"]).new == 1
    (event_id,) = db.execute("SELECT id FROM events").fetchone()
    # a figure appears without the merge marking its event changed: not looked at
    with db.atomic():
        db.execute("INSERT INTO claims (key, event_id, country, predicate, noun_class, count, qualifier) "
                   "VALUES ('late', ?, 'Belarus', 'pardoned', 'people', 77, 'exact')", [event_id])
    assert make_alerts(db, config, ["stdout"]).new == 0
    # once the event is marked changed, the new figure alerts, once
    with db.atomic():
        db.execute("UPDATE events SET changed_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now', '+1 second')")
    assert make_alerts(db, config, ["stdout"]).new == 1
    assert make_alerts(db, config, ["stdout"]).new == 0
    db.close()


def test_the_alert_says_when_the_first_report_was_published_and_when_newsmon_saw_it(tmp_path):
    from newsmon.models.schema import open_db
    from newsmon.pipeline.alert.plan import make_alerts

    config = _merged_minskherald(tmp_path)
    db = open_db(config.store_path)
    make_alerts(db, config, ["stdout"])
    (message,) = [json.loads(m) for (m,) in db.execute("SELECT message FROM alerts WHERE covered_by IS NULL")]
    first = message["first_source"]
    (seen,) = db.execute("SELECT discovered_at FROM pages WHERE url = ?", [first["url"]]).fetchone()
    db.close()
    assert first["seen_at"] == seen == "2025-09-11T13:00:00Z"  # fixture pages were listed at their fetch
    assert f"Published {first['published_at'][:10]} " in render(message, "text")[1]
    assert "; seen by newsmon 2025-09-11 13:00 UTC" in render(message, "text")[1]


@pytest.mark.parametrize("published, line", [
    ("2025-09-11T12:52:00Z", "Published 2025-09-11 12:52 UTC; seen by newsmon 2025-09-11 13:00 UTC, 8 min later."),
    ("2025-09-09T10:00:00Z", "Published 2025-09-09 10:00 UTC; seen by newsmon 2025-09-11 13:00 UTC, 2 days later."),
    ("2025-09-11T00:00:00Z", "Published 2025-09-11 (no time given); seen by newsmon 2025-09-11 13:00 UTC."),
    (None, "Publication time unknown; seen by newsmon 2025-09-11 13:00 UTC."),
])
def test_the_when_line_gives_publication_sighting_and_delay(published, line):
    message = {**HOSTILE, "first_source": {**HOSTILE["first_source"], "published_at": published,
                                           "seen_at": "2025-09-11T13:00:00Z"}}
    assert line in render(message, "text")[1].splitlines()
