"""The process stage over a store of fixture pages: articles, claims, re-runs, bad pages."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys

import pytest
from click.testing import CliRunner

from newsmon.models.records import FeedEntry, PageItem
from newsmon.models.schema import open_db
from newsmon.pipeline.cli.main import cli
from newsmon.pipeline.config import load_config
from newsmon.pipeline.crawl.pages import store_page, sync_outlets
from newsmon.pipeline.process.stage import run_process
from newsmon.pipeline.process.version import CLAIMS_VERSION
from newsmon.spiders.registry import load_registry
from tests.conftest import ROOT, TEST_REGISTRY, write_config
from tests.fixtureweb import load_routes

MAIN = "http://minskherald.test/news/2025/09/11/belarus-frees-52-political-prisoners/"
BLOCKED = "http://balticwire.test/world/europe/belavia-sanctions-eased-20250911.html"
BINARY = "http://minskherald.test/news/2025/09/13/mislabelled/"
RUSSIAN = "http://minskherald.test/news/2025/09/13/po-russki/"
RUSSIAN_BODY = ("<html lang='en'><head><meta property='og:type' content='article'></head><body><article>"
                "<h1>Освобождение</h1>"
                "<p>В четверг власти Беларуси освободили 52 политических заключённых, среди них девять журналистов.</p>"
                "<p>Большинство из них вывезли в Литву, сообщили правозащитники из центра «Весна».</p>"
                "<p>Один из освобождённых отказался покидать страну и был возвращён в колонию.</p>"
                "<p>По данным правозащитников, за решёткой остаются почти 1200 политических заключённых.</p>"
                "</article></body></html>").encode("utf-8")
INDEX = "http://minskherald.test/news/2025/09/13/really-an-index/"


def _page(url, outlet, body, state="ok", title=None, description=None):
    entry = FeedEntry(url=url, source_url=f"http://{outlet}.test/feed/", found_via="feed", title=title,
                      description=description, published="2025-09-11T12:00:00Z")
    return PageItem(url=url, requested_url=url, final_url=url, outlet=outlet, status=200, state=state,
                    content_type="text/html; charset=utf-8", headers={}, body=body,
                    fetched_at="2025-09-11T13:00:00Z", entry=entry)


@pytest.fixture
def store(tmp_path):
    """A store holding the fixture articles plus a blocked page and two bad ones."""
    config = load_config(write_config(tmp_path / "newsmon.toml", "127.0.0.1"))
    db = open_db(config.store_path)
    sync_outlets(db, load_registry(TEST_REGISTRY))
    routes = load_routes()
    for url, route in routes.items():
        host = url.split("/")[2]
        if route.status == 200 and route.content_type.startswith("text/html") and "/news" in url or "/world/" in url:
            if url.endswith("?print=1") or "utm_" in url or url == BLOCKED:
                continue
            store_page(db, _page(url, host.split(".")[0], route.body))
    store_page(db, _page(BLOCKED, "balticwire", routes[BLOCKED].body, state="blocked",
                         title="US eases sanctions on Belarusian airline Belavia after 52 prisoners freed",
                         description="<p>Washington lifted sanctions on Belavia after Belarus freed 52 political "
                                     "prisoners.</p>"))
    store_page(db, _page(BINARY, "minskherald", b"\x00\x01\x02PK\x03\x04" + bytes(range(256)) * 20))
    store_page(db, _page(INDEX, "minskherald", routes["http://minskherald.test/"].body))
    store_page(db, _page(RUSSIAN, "minskherald", RUSSIAN_BODY))
    db.close()
    return config


def rows(config, sql, *params):
    con = sqlite3.connect(config.store_path)
    con.row_factory = sqlite3.Row
    try:
        return [dict(r) for r in con.execute(sql, params)]
    finally:
        con.close()


def test_process_turns_pages_into_articles_claims_and_recorded_errors(store):
    report = run_process(store)
    pages = rows(store, "SELECT count(*) AS n FROM pages")[0]["n"]
    assert report.pages == pages
    states = {r["page_url"]: r for r in rows(store, "SELECT * FROM articles")}
    assert len(states) == pages
    assert states[MAIN]["state"] == "article" and states[MAIN]["release_report"] == 1
    assert states[MAIN]["release_country"] == "Belarus" and states[MAIN]["date_source"] == "meta"
    assert states[BINARY]["state"] == "error" and states[BINARY]["error"] == "binary content, not HTML"
    assert states[INDEX]["state"] == "not_article"
    assert report.states["error"] == 1 and BINARY in report.errors[0]
    claims = rows(store, "SELECT * FROM claim_mentions WHERE article_url = ?", MAIN)
    keys = {(c["count"], c["qualifier"], c["predicate"], c["noun"]) for c in claims if c["kind"] == "count"}
    assert (52, "exact", "released", "prisoner") in keys
    people = {c["person_name"] for c in claims if c["kind"] == "person"}
    assert {"Ihar Losik", "Mikalai Dziadok"} <= people
    # every claim points at its sentence in the stored text
    (article,) = rows(store, "SELECT text FROM articles WHERE page_url = ?", MAIN)
    for claim in claims:
        assert article["text"][claim["sentence_start"]:].startswith(claim["sentence"].strip()[:40])
        assert claim["sentence"].find(article["text"][claim["start"]:claim["end"]]) >= 0
    assert rows(store, "SELECT count(*) AS n FROM mentions WHERE article_url = ? AND label = 'PERSON'", MAIN)[0]["n"] >= 3


def test_blocked_page_is_read_from_what_the_feed_said(store):
    run_process(store)
    (article,) = rows(store, "SELECT * FROM articles WHERE page_url = ?", BLOCKED)
    assert article["state"] == "blocked" and article["title"].startswith("US eases sanctions")
    assert "freed 52 political prisoners" in article["text"] and "<p>" not in article["text"]
    assert article["release_report"] == 1


def test_second_run_does_nothing_and_reprocess_replaces_without_duplicates(store):
    run_process(store)
    before = rows(store, "SELECT count(*) AS n FROM claim_mentions")[0]["n"]
    assert run_process(store).pages == 0
    again = run_process(store, reprocess=True)
    assert again.pages == rows(store, "SELECT count(*) AS n FROM pages")[0]["n"]
    assert rows(store, "SELECT count(*) AS n FROM claim_mentions")[0]["n"] == before
    assert rows(store, "SELECT count(*) AS n FROM articles")[0]["n"] == again.pages


def test_articles_analysed_by_older_claim_rules_are_analysed_again_once(store):
    run_process(store)
    english = rows(store, "SELECT nlp_version FROM articles WHERE is_english = 1 AND text_length > 0 "
                          "AND state IN ('article', 'blocked')")
    assert english and all(a["nlp_version"].startswith(CLAIMS_VERSION + " ") for a in english)
    con = sqlite3.connect(store.store_path)
    with con:  # as an older newsmon left them: other rules, and no version where no claim was found
        con.execute("UPDATE articles SET nlp_version = 'newsmon-claims/1 core_web_sm/3.8.0' WHERE page_url = ?", [MAIN])
        con.execute("UPDATE articles SET nlp_version = NULL WHERE page_url = ?", [BLOCKED])
        con.execute("UPDATE articles SET merged_at = '2025-09-12T00:00:00Z'")
    con.close()
    again = run_process(store)
    assert again.pages == 2
    (main,) = rows(store, "SELECT nlp_version, merged_at FROM articles WHERE page_url = ?", MAIN)
    assert main["nlp_version"].startswith(CLAIMS_VERSION + " ") and main["merged_at"] is None  # merge reads it again
    assert run_process(store).pages == 0  # a Russian article, an error or an empty text: never pending


def test_two_workers_store_the_same_claims_as_one(store, tmp_path):
    run_process(store)
    one = rows(store, "SELECT article_url, kind, count, predicate, noun, person_name FROM claim_mentions "
                      "ORDER BY article_url, start, kind")
    run_process(store, reprocess=True, workers=2)
    two = rows(store, "SELECT article_url, kind, count, predicate, noun, person_name FROM claim_mentions "
                      "ORDER BY article_url, start, kind")
    assert one == two and len(one) > 20


def test_missing_spacy_model_is_a_clear_error(store, tmp_path):
    config = tmp_path / "other.toml"
    config.write_text((tmp_path / "newsmon.toml").read_text() + '\n[process]\nmodel = "en_no_such_model"\n')
    result = CliRunner().invoke(cli, ["--config", str(config), "process", "--workers", "2"])
    assert result.exit_code == 2
    assert "spaCy pipeline 'en_no_such_model' is not installed" in result.output


def test_extract_command_reads_a_file_or_stdin_and_prints_json():
    page = ROOT / "tests/fixtures/web/minskherald.test/news/2025/09/11/belarus-frees-52-political-prisoners/index.html"
    result = subprocess.run([sys.executable, "-m", "newsmon.pipeline.cli", "extract", "-", "--url", MAIN, "--json"],
                            input=page.read_bytes(), capture_output=True, cwd=ROOT, timeout=120)
    assert result.returncode == 0, result.stderr.decode()
    data = json.loads(result.stdout)
    assert data["article"]["state"] == "article" and data["analysis"]["release_report"] is True
    assert any(c["count"] == 52 and c["predicate"] == "released" for c in data["analysis"]["claims"])
    text = CliRunner().invoke(cli, ["extract", str(page), "--url", MAIN])
    assert text.exit_code == 0 and "count  52 exact prisoner released [asserted]" in text.output


def test_non_english_article_is_stored_and_marked_without_english_nlp(store):
    run_process(store)
    (article,) = rows(store, "SELECT * FROM articles WHERE page_url = ?", RUSSIAN)
    assert article["state"] == "article" and article["language"] == "ru" and article["is_english"] == 0
    assert "52 политических заключённых" in article["text"]  # declared lang='en' does not fool it
    assert article["release_report"] is None and article["nlp_version"] is None
    assert rows(store, "SELECT count(*) AS n FROM claim_mentions WHERE article_url = ?", RUSSIAN)[0]["n"] == 0


def test_process_settings_are_validated(tmp_path):
    config = tmp_path / "newsmon.toml"
    config.write_text("[process]\nworkers = 0\n")
    result = CliRunner().invoke(cli, ["--config", str(config), "process"])
    assert result.exit_code == 2 and "'process.workers' must be positive" in result.output
