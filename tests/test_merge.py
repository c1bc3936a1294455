"""The merge stage over the processed fixture articles: claims with all their sources,
wire copies counted once, release events, conflicts, idempotence."""

from __future__ import annotations

import gzip
import json
import sqlite3

import pytest
from click.testing import CliRunner

from newsmon.models.schema import open_db
from newsmon.pipeline.cli.main import cli
from newsmon.pipeline.config import load_config
from newsmon.pipeline.crawl.pages import store_page, sync_outlets
from newsmon.pipeline.merge.stage import noun_class, run_merge
from newsmon.pipeline.process.stage import run_process
from newsmon.spiders.registry import load_registry
from tests.conftest import TEST_REGISTRY, write_config
from tests.fixtureweb import load_routes
from tests.test_process import _page

WIRE = "http://balticwire.test/world/europe/belarus-releases-52-prisoners-in-us-deal-20250911.html"
COPY = "http://eastwatch.test/en/news/1044-wire-belarus-releases-52"


@pytest.fixture(scope="module")
def merged(tmp_path_factory):
    folder = tmp_path_factory.mktemp("merge")
    config = load_config(write_config(folder / "newsmon.toml", "127.0.0.1"))
    db = open_db(config.store_path)
    sync_outlets(db, load_registry(TEST_REGISTRY))
    for url, route in load_routes().items():
        article = "/news/" in url or "/world/" in url
        if route.status == 200 and route.content_type.startswith("text/html") and article \
                and "utm_" not in url and "drafts" not in url:
            store_page(db, _page(url.replace("?print=1", ""), url.split("/")[2].split(".")[0], route.body))
    db.close()
    run_process(config)
    report = run_merge(config)
    return config, report


def rows(config, sql, *params):
    con = sqlite3.connect(config.store_path)
    con.row_factory = sqlite3.Row
    try:
        return [dict(r) for r in con.execute(sql, params)]
    finally:
        con.close()


def test_wire_copy_is_linked_but_counted_once(merged):
    config, report = merged
    assert report.copies == 1
    (copy,) = rows(config, "SELECT * FROM article_copies WHERE article_url = ?", COPY)
    assert copy["source_group"] == WIRE and copy["similarity"] > 0.8
    (claim,) = rows(config, "SELECT w.* FROM claims_with_sources w JOIN events e ON e.id = w.event_id "
                            "WHERE e.country = 'Belarus' AND predicate = 'released' AND noun_class = 'people' "
                            "AND count = 52 AND qualifier = 'exact'")
    urls = {s["url"] for s in json.loads(claim["source_list"])}
    assert {WIRE, COPY, "http://minskherald.test/news/2025/09/11/belarus-frees-52-political-prisoners/",
            "http://eastwatch.test/en/news/1042-statement-on-the-release-of-52-political-prisoners"} <= urls
    assert claim["independent_sources"] == claim["sources"] - 1
    assert all(s["sentence"] for s in json.loads(claim["source_list"]))


def test_one_release_event_for_belarus_on_2025_09_11(merged):
    config, _ = merged
    events = rows(config, "SELECT * FROM release_events WHERE country = 'Belarus'")
    assert [(e["event_date"], e["date_source"]) for e in events] == [("2025-09-11", "stated")]
    assert events[0]["released_counts"].split(" / ")[0] == "52"
    assert events[0]["independent_sources"] >= 5


def test_differing_journalist_figures_are_a_visible_conflict(merged):
    config, _ = merged
    figures = {(r["count"], r["qualifier"]) for r in rows(
        config, "SELECT * FROM conflicts WHERE predicate = 'released' AND noun_class = 'journalist'")}
    # Minsk Herald: eight; Baltic Wire (and its copy): nine; East Watch: at least 10 media workers
    assert {(8, "exact"), (9, "exact"), (10, "at_least")} <= figures


def test_background_figures_do_not_join_the_event(merged):
    config, _ = merged
    # "a similar release in June, when 14 prisoners … were freed" is not a figure of 11 September
    june = rows(config, "SELECT event_id FROM claims WHERE predicate = 'released' AND noun_class = 'people' "
                        "AND count = 14 AND qualifier = 'exact'")
    assert june and all(r["event_id"] is None for r in june)


def test_merge_again_changes_nothing_and_reprocess_does_not_duplicate(merged):
    config, _ = merged
    snapshot = rows(config, "SELECT key, (SELECT count(*) FROM claim_sources s WHERE s.claim_id = c.id) AS n "
                            "FROM claims c ORDER BY key")
    again = run_merge(config)
    assert again.articles == 0
    run_process(config, reprocess=True)
    redo = run_merge(config)
    assert redo.articles == rows(config, "SELECT count(*) AS n FROM articles WHERE state = 'article'")[0]["n"]
    after = rows(config, "SELECT key, (SELECT count(*) FROM claim_sources s WHERE s.claim_id = c.id) AS n "
                         "FROM claims c ORDER BY key")
    assert [r["n"] for r in after] == [r["n"] for r in snapshot]
    assert rows(config, "SELECT count(*) AS n FROM claim_sources")[0]["n"] == sum(r["n"] for r in snapshot)


def test_claims_and_events_commands(merged):
    config, _ = merged
    runner = CliRunner()
    result = runner.invoke(cli, ["--config", str(config.source), "events", "--format", "json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)[0]["country"] == "Belarus"
    event_id = json.loads(result.output)[0]["event_id"]
    listed = runner.invoke(cli, ["--config", str(config.source), "claims", "--event", str(event_id), "--format", "json"])
    claims = json.loads(listed.output)
    assert claims[0]["count"] == 52 and claims[0]["source_list"][0]["sentence"]
    csv_out = runner.invoke(cli, ["--config", str(config.source), "claims", "--format", "csv"])
    assert csv_out.output.splitlines()[0].startswith("claim_id,event_id,country,predicate")


@pytest.mark.parametrize("noun, phrase, klass", [
    ("worker", "at least 10 media workers", "journalist"),
    ("journalist", "nine journalists", "journalist"),
    ("national", "14 foreign nationals", "foreigner"),
    # citizens of two countries are two quantities, not conflicting figures (issue 13)
    ("citizen", "six Lithuanian citizens", "lithuanian citizen"),
    ("citizen", "Two American citizens", "american citizen"),
    ("citizen", "five citizens", "citizen"),
    ("prisoner", "52 political prisoners", "people"),
    ("prisoner", "13 other political prisoners", "other people"),
    ("journalist", "two other journalists", "other journalist"),
])
def test_noun_classes(noun, phrase, klass):
    assert noun_class(noun, phrase) == klass


@pytest.mark.parametrize("a, b", [
    ("Ihar Losik", "Igor Losik"),
    ("Mikalai Dziadok", "Mikola Dzjadok"),
    ("Mikalai Dziadok", "Nikolai Dedok"),
    ("Mikalai Statkevich", "Mikalai Statkevitch"),
    ("Elena Ramanauskienė", "Elena Ramanauskiene"),
])
def test_name_variants_of_one_person_are_joined(a, b):
    from newsmon.pipeline.merge.people import same_person

    assert same_person(a, b) and same_person(b, a)


@pytest.mark.parametrize("a, b", [
    ("Valiantsin Kavaliou", "Andrei Kavaliou"),   # same surname, different people
    ("Alena Karpovich", "Dzmitry Karpovich"),     # siblings
    ("Maria Kalesnikava", "Maryna Zolatava"),
    ("Ihar Losik", "Ihar Karnei"),                # same first name
    ("Losik", "Ihar Losik"),                      # a bare surname is not joined globally
])
def test_different_people_with_similar_names_stay_apart(a, b):
    from newsmon.pipeline.merge.people import same_person

    assert not same_person(a, b)


def test_released_persons_view_joins_spellings_across_outlets(merged):
    config, _ = merged
    people = {r["name"]: r for r in rows(config, "SELECT * FROM released_persons")}
    assert set(people["Ihar Losik"]["name_variants"].split(",")) == {"Ihar Losik", "Igor Losik"}
    assert people["Ihar Losik"]["event_id"] is not None and people["Ihar Losik"]["sources"] >= 2
    assert "Mikalai Dziadok" in people and "Nikolai Dedok" in people["Mikalai Dziadok"]["name_variants"]
    assert len(people) == len({r["person_id"] for r in people.values()})


def test_full_text_search_over_articles_and_claim_sentences(merged):
    config, _ = merged
    runner = CliRunner()
    found = runner.invoke(cli, ["--config", str(config.source), "search", "Statkevich", "--format", "json"])
    assert found.exit_code == 0, found.output
    urls = {r["url"] for r in json.loads(found.output)}
    assert "http://minskherald.test/news/2025/09/12/statkevich-returned-to-prison/" in urls
    sentences = runner.invoke(cli, ["--config", str(config.source), "search", "--claims", "journalists", "--format",
                                    "json"])
    assert any(r["kind"] == "count" and "[journalists]" in r["snippet"] for r in json.loads(sentences.output))
    bad = runner.invoke(cli, ["--config", str(config.source), "search", '"unclosed'])
    assert bad.exit_code == 2 and "cannot search for" in bad.output


def test_datasette_serves_views_and_canned_queries_over_http(merged):
    import asyncio

    from newsmon.pipeline.serve import datasette_for

    config, _ = merged
    ds = datasette_for(config.store_path)
    name = config.store_path.stem

    async def fetch():
        events = await ds.client.get(f"/{name}/release_events.json?_shape=array")
        event_id = events.json()[0]["event_id"]
        claims = await ds.client.get(f"/{name}/claims_for_event.json?_shape=array&event_id={event_id}")
        conflicts = await ds.client.get(f"/{name}/conflicting_figures.json?_shape=array&event_id={event_id}")
        people = await ds.client.get(f"/{name}/released_people.json?_shape=array")
        search = await ds.client.get(f"/{name}/search_articles.json?_shape=array&text=Statkevich")
        page = await ds.client.get(f"/{name}/claims_with_sources")
        return events, claims, conflicts, people, search, page

    events, claims, conflicts, people, search, page = asyncio.run(fetch())
    assert events.status_code == 200 and events.json()[0]["country"] == "Belarus"
    assert claims.json()[0]["count"] == 52 and claims.json()[0]["independent_sources"] >= 5
    assert {(r["noun_class"], r["count"]) for r in conflicts.json()} >= {("journalist", 8), ("journalist", 9)}
    assert "Ihar Losik" in {r["name"] for r in people.json()}
    assert any("statkevich" in r["page_url"] for r in search.json())
    assert page.status_code == 200 and "every claim with its number of sources" in page.text.lower()


def test_a_page_declaring_another_as_canonical_is_a_copy_whatever_its_text(tmp_path):
    from dataclasses import replace

    config = load_config(write_config(tmp_path / "newsmon.toml", "127.0.0.1"))
    db = open_db(config.store_path)
    sync_outlets(db, load_registry(TEST_REGISTRY))
    routes = load_routes()
    original = routes[WIRE].body
    other = routes["http://eastwatch.test/en/news/1040-new-arrests-in-hrodna"].body  # a different text
    store_page(db, _page(WIRE, "balticwire", original))
    store_page(db, replace(_page(COPY, "eastwatch", other), declared_canonical=WIRE))
    db.close()
    run_process(config)
    assert run_merge(config).copies == 1
    (copy,) = rows(config, "SELECT * FROM article_copies WHERE article_url = ?", COPY)
    assert copy["source_group"] == WIRE and copy["similarity"] is None


RECOMPUTED = {
    "claims": """SELECT c.id, count(DISTINCT a.page_url), count(DISTINCT coalesce(ac.source_group, a.page_url)),
                        min(a.published_at), max(a.published_at)
                 FROM claims c JOIN claim_sources cs ON cs.claim_id = c.id
                 JOIN claim_mentions m ON m.id = cs.claim_mention_id JOIN articles a ON a.page_url = m.article_url
                 LEFT JOIN article_copies ac ON ac.article_url = a.page_url GROUP BY c.id ORDER BY c.id""",
    "events": """SELECT e.id, count(DISTINCT a.page_url), count(DISTINCT coalesce(ac.source_group, a.page_url)),
                        min(a.published_at), max(a.published_at)
                 FROM events e JOIN claims c ON c.event_id = e.id JOIN claim_sources cs ON cs.claim_id = c.id
                 JOIN claim_mentions m ON m.id = cs.claim_mention_id JOIN articles a ON a.page_url = m.article_url
                 LEFT JOIN article_copies ac ON ac.article_url = a.page_url GROUP BY e.id ORDER BY e.id""",
    "persons": """SELECT p.id, count(DISTINCT a.page_url), count(DISTINCT coalesce(ac.source_group, a.page_url)),
                         min(a.published_at), NULL
                  FROM persons p JOIN person_mentions pm ON pm.person_id = p.id
                  JOIN claim_mentions m ON m.id = pm.claim_mention_id JOIN articles a ON a.page_url = m.article_url
                  LEFT JOIN article_copies ac ON ac.article_url = a.page_url GROUP BY p.id ORDER BY p.id""",
}
STORED = {
    "claims": "SELECT id, sources, independent_sources, first_reported_at, last_reported_at FROM claims ORDER BY id",
    "events": "SELECT id, sources, independent_sources, first_reported_at, last_reported_at FROM events ORDER BY id",
    "persons": "SELECT id, sources, independent_sources, first_reported_at, NULL FROM persons ORDER BY id",
}


def assert_stored_figures_are_current(path):
    con = sqlite3.connect(path)
    try:
        for table, sql in RECOMPUTED.items():
            assert con.execute(STORED[table]).fetchall() == con.execute(sql).fetchall(), table
        assert con.execute("SELECT count(*) FROM merge_dirty").fetchone()[0] == 0
        bands = con.execute("SELECT count(*) FROM copy_bands").fetchone()[0]
        fingerprinted = con.execute("SELECT count(*) FROM article_copies WHERE similarity IS NOT NULL OR "
                                    "article_url = source_group").fetchone()[0]
        assert bands >= 8 * (fingerprinted - 1)
    finally:
        con.close()


def test_stored_figures_follow_merges_and_reprocessing(tmp_path):
    """The figures the views read (sources, independent sources, report dates) are kept by
    the merge: they must equal a from-scratch count after a merge, after an article is
    re-processed into a non-article (its claims lose a source or vanish), and after the
    copy it was is gone."""
    config = load_config(write_config(tmp_path / "newsmon.toml", "127.0.0.1"))
    db = open_db(config.store_path)
    sync_outlets(db, load_registry(TEST_REGISTRY))
    for url, route in load_routes().items():
        if route.status == 200 and route.content_type.startswith("text/html") and "/world/" in url:
            store_page(db, _page(url, url.split("/")[2].split(".")[0], route.body))
    copy = load_routes()[COPY]
    store_page(db, _page(COPY, "eastwatch", copy.body))
    db.close()
    run_process(config)
    run_merge(config)
    assert_stored_figures_are_current(config.store_path)
    the_52 = ("SELECT sources, independent_sources, source_list FROM claims_with_sources "
              "WHERE count = 52 AND predicate = 'released' AND noun_class = 'people'")
    (before,) = rows(config, the_52)
    assert COPY in before["source_list"] and before["sources"] == before["independent_sources"] + 1

    # the copy's page now holds an index page: no claims, so the 52 claim loses a source
    con = sqlite3.connect(config.store_path)
    with con:
        con.execute("UPDATE pages SET body = ? WHERE url = ?",
                    [gzip.compress(b"<html><head><title>Index</title></head><body><p>Nothing</p></body></html>"),
                     COPY])
    con.close()
    run_process(config, reprocess=True)
    run_merge(config)
    assert_stored_figures_are_current(config.store_path)
    (after,) = rows(config, the_52)
    assert COPY not in after["source_list"]
    assert (after["sources"], after["independent_sources"]) == (before["sources"] - 1, before["independent_sources"])
    assert not rows(config, "SELECT * FROM article_copies WHERE article_url = ?", COPY)
