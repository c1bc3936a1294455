"""One release reported by several outlets (tests/fixtures/merge/, see expected.md there):
wire copies on three sites, differing journalist figures, a correction a day later, name
variants of two people, two different people with one surname, and an arrest story."""

from __future__ import annotations

import sqlite3
import tomllib

import pytest

from newsmon.models.records import FeedEntry, PageItem
from newsmon.models.schema import open_db
from newsmon.pipeline.config import load_config
from newsmon.pipeline.crawl.pages import store_page, sync_outlets
from newsmon.pipeline.merge.stage import run_merge
from newsmon.pipeline.process.stage import run_process
from newsmon.spiders.registry import load_registry
from tests.conftest import FIXTURES, TEST_REGISTRY, write_config

MERGE = FIXTURES / "merge"


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    folder = tmp_path_factory.mktemp("merge-fixtures")
    config = load_config(write_config(folder / "newsmon.toml", "127.0.0.1"))
    db = open_db(config.store_path)
    sync_outlets(db, load_registry(TEST_REGISTRY))
    pages = tomllib.loads((MERGE / "pages.toml").read_text(encoding="utf-8"))["page"]
    for page in pages:
        entry = FeedEntry(url=page["url"], source_url=f"http://{page['outlet']}.test/feed/", found_via="feed",
                          published=page["feed_date"])
        store_page(db, PageItem(url=page["url"], requested_url=page["url"], final_url=page["url"],
                                outlet=page["outlet"], status=200, state="ok",
                                content_type="text/html; charset=utf-8", headers={},
                                body=(MERGE / "pages" / page["file"]).read_bytes(),
                                fetched_at=page["feed_date"], entry=entry))
    db.close()
    run_process(config)
    report = run_merge(config)
    con = sqlite3.connect(config.store_path)
    con.row_factory = sqlite3.Row
    yield con, report
    con.close()


def query(con, sql, *params):
    return [dict(r) for r in con.execute(sql, params)]


def test_one_event_with_its_sources_and_the_copies_counted_once(store):
    con, report = store
    assert report.copies == 2
    (event,) = query(con, "SELECT * FROM release_events")
    assert (event["country"], event["event_date"], event["date_source"]) == ("Belarus", "2025-09-11", "stated")
    assert event["released_counts"] == "52"
    assert (event["sources"], event["independent_sources"]) == (6, 4)


def test_the_52_claim_has_all_six_reports_and_four_independent(store):
    con, _ = store
    (claim,) = query(con, "SELECT * FROM claims_with_sources WHERE predicate = 'released' AND noun_class = 'people'")
    assert (claim["count"], claim["qualifier"]) == (52, "exact")
    assert (claim["sources"], claim["independent_sources"]) == (6, 4)


def test_journalist_figures_stay_side_by_side_with_the_correction_as_a_source(store):
    con, _ = store
    figures = {(r["count"], r["qualifier"]): (r["sources"], r["independent_sources"]) for r in query(
        con, "SELECT * FROM conflicts WHERE predicate = 'released' AND noun_class = 'journalist'")}
    assert figures == {(8, "exact"): (1, 1), (9, "exact"): (4, 2), (10, "at_least"): (1, 1)}


def test_the_denied_figure_is_not_a_claim(store):
    con, _ = store
    (eight,) = query(con, "SELECT status FROM claim_mentions WHERE article_url LIKE '%correction%' AND count = 8")
    assert eight["status"] == "negated"


def test_name_variants_join_but_two_kavalious_stay_two(store):
    con, _ = store
    people = {r["name"]: r for r in query(con, "SELECT * FROM released_persons")}
    assert set(people["Ihar Losik"]["name_variants"].split(",")) == {"Ihar Losik", "Igor Losik"}
    assert set(people["Mikalai Dziadok"]["name_variants"].split(",")) == {"Mikalai Dziadok", "Mikola Dzjadok"}
    assert (people["Ihar Losik"]["sources"], people["Ihar Losik"]["independent_sources"]) == (4, 2)
    kavalious = [name for name in people if name.endswith("Kavaliou")]
    assert sorted(kavalious) == ["Andrei Kavaliou", "Valiantsin Kavaliou"]
    assert "union leader" in people["Valiantsin Kavaliou"]["roles"]
    assert "Mikalai Statkevich" not in people


def test_the_arrest_story_does_not_join_the_release(store):
    con, _ = store
    (arrests,) = query(con, "SELECT * FROM claims WHERE predicate = 'detained'")
    assert (arrests["count"], arrests["qualifier"], arrests["event_id"]) == (17, "at_least", None)


def test_merging_again_changes_nothing(store, tmp_path):
    con, _ = store
    before = query(con, "SELECT key FROM claims ORDER BY key")
    path = con.execute("PRAGMA database_list").fetchone()[2]
    config = load_config(write_config(tmp_path / "newsmon.toml", "127.0.0.1")).with_overrides(db=path)
    assert run_merge(config).articles == 0
    assert query(con, "SELECT key FROM claims ORDER BY key") == before
