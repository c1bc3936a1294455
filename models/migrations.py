"""The store's migrations, in the order they were written: the one place that creates or
alters a table, index, view or trigger.

A migration that has landed is frozen: never edited, never calling live code (what 0008
computes is copied below as it was when 0008 landed, so that changing the merge cannot
change what an old migration does). A schema change is a new migration appended at the end.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Iterable

from sqlite_utils import Database, Migrations

migrations = Migrations("newsmon")


@migrations(name="0001_crawl")
def _crawl_tables(db: Database) -> None:
    _execute_script(
        db,
        """
        CREATE TABLE outlets (
            name TEXT PRIMARY KEY,
            title TEXT NOT NULL,
            homepage TEXT NOT NULL,
            language TEXT NOT NULL,
            verified INTEGER NOT NULL DEFAULT 0,
            enabled INTEGER NOT NULL DEFAULT 1,
            registry TEXT NOT NULL,          -- the registry entry as JSON
            updated_at TEXT NOT NULL
        );

        -- One row per canonical article URL. state 'blocked' rows keep what the
        -- feed said (feed_title, feed_description) when the page itself was refused.
        CREATE TABLE pages (
            url TEXT PRIMARY KEY,
            requested_url TEXT NOT NULL,
            final_url TEXT NOT NULL,
            outlet TEXT NOT NULL REFERENCES outlets(name),
            status INTEGER NOT NULL,
            state TEXT NOT NULL CHECK (state IN ('ok', 'blocked')),
            block_reason TEXT,
            content_type TEXT,
            headers TEXT NOT NULL,           -- JSON object
            body BLOB,                       -- gzip of the response body
            body_sha256 TEXT,
            body_size INTEGER NOT NULL DEFAULT 0,
            fetched_at TEXT NOT NULL,
            found_via TEXT NOT NULL CHECK (found_via IN ('feed', 'sitemap', 'listing')),
            source_url TEXT,
            feed_guid TEXT,
            feed_title TEXT,
            feed_description TEXT,
            feed_date TEXT,
            etag TEXT,
            last_modified TEXT,
            attempts INTEGER NOT NULL DEFAULT 1
        );
        CREATE INDEX pages_outlet ON pages(outlet, fetched_at);
        CREATE INDEX pages_state ON pages(state);

        -- Other URLs that led to a stored page: feed links before canonicalisation
        -- by rel=canonical, redirect targets. Lets the next run skip them too.
        CREATE TABLE page_aliases (
            url TEXT PRIMARY KEY,
            page_url TEXT NOT NULL REFERENCES pages(url) ON DELETE CASCADE
        );

        -- Article URLs that were fetched but are not pages (404, PDF, too large, failed).
        -- Permanent ones are not requested again; temporary ones are retried next run.
        CREATE TABLE rejects (
            url TEXT PRIMARY KEY,
            outlet TEXT NOT NULL REFERENCES outlets(name),
            reason TEXT NOT NULL,
            permanent INTEGER NOT NULL,
            status INTEGER,
            content_type TEXT,
            source_url TEXT,
            first_seen_at TEXT NOT NULL,
            last_seen_at TEXT NOT NULL,
            attempts INTEGER NOT NULL DEFAULT 1
        );

        -- Feeds, sitemaps and listing pages with their conditional-GET validators and health.
        CREATE TABLE sources (
            url TEXT PRIMARY KEY,
            outlet TEXT NOT NULL REFERENCES outlets(name),
            kind TEXT NOT NULL CHECK (kind IN ('feed', 'sitemap', 'listing')),
            is_index INTEGER NOT NULL DEFAULT 0,
            etag TEXT,
            last_modified TEXT,
            body_sha256 TEXT,
            last_fetched_at TEXT,
            last_status INTEGER,
            last_ok_at TEXT,
            last_changed_at TEXT,
            last_new_article_at TEXT,
            last_error TEXT,
            failure_class TEXT CHECK (failure_class IN ('temporary', 'permanent')),
            consecutive_failures INTEGER NOT NULL DEFAULT 0,
            entries_last INTEGER,
            listed_urls TEXT,                -- JSON: article URLs of the last full read
            next_poll_at TEXT
        );
        CREATE INDEX sources_outlet ON sources(outlet);

        CREATE TABLE crawl_runs (
            id INTEGER PRIMARY KEY,
            started_at TEXT NOT NULL,
            finished_at TEXT,
            status TEXT NOT NULL DEFAULT 'running',
            outlets TEXT NOT NULL,           -- JSON list of outlet names
            stats TEXT                       -- JSON: Scrapy stats and per-outlet summary
        );
        """
    )


@migrations(name="0002_process")
def _process_tables(db: Database) -> None:
    _execute_script(
        db,
        """
        -- One row per processed page. state: 'article' (text extracted), 'not_article'
        -- (index, error or empty page), 'blocked' (only the feed's title and summary were
        -- available), 'error' (unreadable input; the reason is in error).
        CREATE TABLE articles (
            page_url TEXT PRIMARY KEY REFERENCES pages(url) ON DELETE CASCADE,
            outlet TEXT NOT NULL REFERENCES outlets(name),
            state TEXT NOT NULL CHECK (state IN ('article', 'not_article', 'blocked', 'error')),
            error TEXT,
            title TEXT,
            author TEXT,
            sitename TEXT,
            language TEXT,
            is_english INTEGER NOT NULL DEFAULT 0,
            text TEXT,
            text_length INTEGER NOT NULL DEFAULT 0,
            truncated INTEGER NOT NULL DEFAULT 0,   -- text cut at the configured cap
            published_at TEXT,
            date_source TEXT,                       -- json-ld | meta | time | feed | heuristic
            date_flags TEXT NOT NULL DEFAULT '[]',  -- JSON: future, contradicts_url, contradicts_feed
            release_report INTEGER,                 -- does it report that prisoners were released?
            release_country TEXT,
            extractor_version TEXT NOT NULL,
            nlp_version TEXT,
            processed_at TEXT NOT NULL
        );
        CREATE INDEX articles_state ON articles(state);
        CREATE INDEX articles_published ON articles(published_at);

        -- Named entities found in an article (spaCy's and newsmon's entity ruler).
        CREATE TABLE mentions (
            id INTEGER PRIMARY KEY,
            article_url TEXT NOT NULL REFERENCES articles(page_url) ON DELETE CASCADE,
            label TEXT NOT NULL,
            text TEXT NOT NULL,
            normalized TEXT,
            start INTEGER NOT NULL,                 -- character offsets in articles.text
            end INTEGER NOT NULL,
            sentence_start INTEGER NOT NULL
        );
        CREATE INDEX mentions_article ON mentions(article_url);
        CREATE INDEX mentions_label_text ON mentions(label, normalized);

        -- Claims as stated in one sentence of one article: counts and released persons.
        CREATE TABLE claim_mentions (
            id INTEGER PRIMARY KEY,
            article_url TEXT NOT NULL REFERENCES articles(page_url) ON DELETE CASCADE,
            kind TEXT NOT NULL CHECK (kind IN ('count', 'person')),
            sentence TEXT NOT NULL,
            sentence_start INTEGER NOT NULL,
            start INTEGER NOT NULL,                 -- the claim's span in articles.text
            end INTEGER NOT NULL,
            count INTEGER,
            count_high INTEGER,
            qualifier TEXT,
            predicate TEXT,
            noun TEXT,                              -- lemma of the counted noun's head
            noun_phrase TEXT,
            status TEXT NOT NULL DEFAULT 'asserted' CHECK (status IN ('asserted', 'hedged', 'negated')),
            person_name TEXT,
            person_role TEXT,
            place TEXT,
            event_date TEXT,
            event_date_text TEXT,
            component_version TEXT NOT NULL
        );
        CREATE INDEX claim_mentions_article ON claim_mentions(article_url);
        CREATE INDEX claim_mentions_kind ON claim_mentions(kind, predicate);
        """,
    )


@migrations(name="0003_merge")
def _merge_tables(db: Database) -> None:
    _execute_script(
        db,
        """
        ALTER TABLE articles ADD COLUMN merged_at TEXT;

        -- Wire copies: articles whose text is a near copy of an earlier one share its
        -- source_group (the URL of the earliest), so they count once as independent.
        CREATE TABLE article_copies (
            article_url TEXT PRIMARY KEY REFERENCES articles(page_url) ON DELETE CASCADE,
            source_group TEXT NOT NULL,
            similarity REAL,                 -- estimated Jaccard similarity to the group's article
            minhash BLOB NOT NULL            -- datasketch MinHash of the text's word shingles
        );
        CREATE INDEX article_copies_group ON article_copies(source_group);

        -- Release events: release claims grouped by country and date.
        CREATE TABLE events (
            id INTEGER PRIMARY KEY,
            country TEXT NOT NULL,
            event_date TEXT NOT NULL,        -- YYYY-MM-DD
            date_source TEXT NOT NULL CHECK (date_source IN ('stated', 'published'))
        );
        CREATE INDEX events_country_date ON events(country, event_date);

        -- One claim, stated by any number of claim mentions (its sources).
        CREATE TABLE claims (
            id INTEGER PRIMARY KEY,
            key TEXT NOT NULL UNIQUE,
            event_id INTEGER REFERENCES events(id),
            country TEXT,
            predicate TEXT NOT NULL,
            noun_class TEXT NOT NULL,        -- e.g. 'journalist' for journalists and media workers
            count INTEGER NOT NULL,
            count_high INTEGER,
            qualifier TEXT NOT NULL
        );
        CREATE INDEX claims_event ON claims(event_id, predicate, noun_class);

        CREATE TABLE claim_sources (
            claim_mention_id INTEGER PRIMARY KEY REFERENCES claim_mentions(id) ON DELETE CASCADE,
            claim_id INTEGER NOT NULL REFERENCES claims(id) ON DELETE CASCADE
        );
        CREATE INDEX claim_sources_claim ON claim_sources(claim_id);

        CREATE VIEW claims_with_sources AS
        SELECT c.id AS claim_id, c.event_id, c.country, c.predicate, c.noun_class, c.count, c.count_high,
               c.qualifier,
               count(DISTINCT a.page_url) AS sources,
               count(DISTINCT coalesce(ac.source_group, a.page_url)) AS independent_sources,
               min(a.published_at) AS first_reported_at,
               max(a.published_at) AS last_reported_at,
               json_group_array(json_object('url', a.page_url, 'outlet', a.outlet, 'published_at', a.published_at,
                                            'sentence', m.sentence)) AS source_list
        FROM claims c
        JOIN claim_sources cs ON cs.claim_id = c.id
        JOIN claim_mentions m ON m.id = cs.claim_mention_id
        JOIN articles a ON a.page_url = m.article_url
        LEFT JOIN article_copies ac ON ac.article_url = a.page_url
        GROUP BY c.id;

        CREATE VIEW release_events AS
        SELECT e.id AS event_id, e.country, e.event_date, e.date_source,
               (SELECT group_concat(figure, ' / ') FROM (
                    SELECT DISTINCT CASE WHEN w.qualifier = 'exact' THEN w.count
                                         ELSE w.qualifier || ' ' || w.count END AS figure
                    FROM claims_with_sources w
                    WHERE w.event_id = e.id AND w.predicate IN ('released', 'pardoned')
                      AND w.noun_class IN ('prisoner', 'people')
                    ORDER BY w.independent_sources DESC, w.count DESC)) AS released_counts,
               count(DISTINCT a.page_url) AS sources,
               count(DISTINCT coalesce(ac.source_group, a.page_url)) AS independent_sources,
               min(a.published_at) AS first_reported_at,
               max(a.published_at) AS last_reported_at
        FROM events e
        JOIN claims c ON c.event_id = e.id
        JOIN claim_sources cs ON cs.claim_id = c.id
        JOIN claim_mentions m ON m.id = cs.claim_mention_id
        JOIN articles a ON a.page_url = m.article_url
        LEFT JOIN article_copies ac ON ac.article_url = a.page_url
        GROUP BY e.id
        ORDER BY e.event_date DESC;

        -- The same quantity of the same event reported with different figures.
        CREATE VIEW conflicts AS
        SELECT w.event_id, w.predicate, w.noun_class, w.claim_id, w.count, w.count_high, w.qualifier,
               w.sources, w.independent_sources, w.source_list
        FROM claims_with_sources w
        JOIN (SELECT event_id, predicate, noun_class FROM claims WHERE event_id IS NOT NULL
              GROUP BY event_id, predicate, noun_class HAVING count(DISTINCT count) > 1) d
          ON d.event_id = w.event_id AND d.predicate = w.predicate AND d.noun_class = w.noun_class
        ORDER BY w.event_id, w.predicate, w.noun_class, w.count;
        """,
    )


@migrations(name="0004_people")
def _people_tables(db: Database) -> None:
    _execute_script(
        db,
        """
        -- People named as released, one row per person across spelling variants.
        CREATE TABLE persons (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL               -- the first full spelling seen
        );
        CREATE TABLE person_mentions (
            claim_mention_id INTEGER PRIMARY KEY REFERENCES claim_mentions(id) ON DELETE CASCADE,
            person_id INTEGER NOT NULL REFERENCES persons(id) ON DELETE CASCADE,
            event_id INTEGER REFERENCES events(id) ON DELETE SET NULL
        );
        CREATE INDEX person_mentions_person ON person_mentions(person_id);

        CREATE VIEW released_persons AS
        SELECT p.id AS person_id, p.name,
               (SELECT group_concat(DISTINCT m2.person_name) FROM person_mentions pm2
                JOIN claim_mentions m2 ON m2.id = pm2.claim_mention_id WHERE pm2.person_id = p.id) AS name_variants,
               (SELECT group_concat(DISTINCT m3.person_role) FROM person_mentions pm3
                JOIN claim_mentions m3 ON m3.id = pm3.claim_mention_id WHERE pm3.person_id = p.id) AS roles,
               min(pm.event_id) AS event_id,
               count(DISTINCT a.page_url) AS sources,
               count(DISTINCT coalesce(ac.source_group, a.page_url)) AS independent_sources,
               min(a.published_at) AS first_reported_at,
               json_group_array(json_object('url', a.page_url, 'outlet', a.outlet, 'name', m.person_name,
                                            'sentence', m.sentence)) AS source_list
        FROM persons p
        JOIN person_mentions pm ON pm.person_id = p.id
        JOIN claim_mentions m ON m.id = pm.claim_mention_id
        JOIN articles a ON a.page_url = m.article_url
        LEFT JOIN article_copies ac ON ac.article_url = a.page_url
        GROUP BY p.id
        ORDER BY first_reported_at DESC;
        """,
    )


@migrations(name="0005_search", transactional=False)
def _search_tables(db: Database) -> None:
    # sqlite-utils writes FTS tables with executescript(), which commits: hence not
    # transactional; each statement is idempotent in effect if re-run after a crash.
    db["articles"].enable_fts(["title", "text"], fts_version="FTS5", create_triggers=True, replace=True)
    db["claim_mentions"].enable_fts(["sentence"], fts_version="FTS5", create_triggers=True, replace=True)


@migrations(name="0006_declared_canonical")
def _declared_canonical(db: Database) -> None:
    # rel=canonical as the page declares it, even on another site (a republished wire
    # story pointing at the agency): the merge stage counts such pages once.
    db.execute("ALTER TABLE pages ADD COLUMN declared_canonical TEXT")


@migrations(name="0007_faster_views")
def _faster_views(db: Database) -> None:
    # bench/store.py at 100,000 articles: grouping by the claim's own columns lets SQLite
    # push an event filter into claims_with_sources (4 s -> 0.15 s), and release_events
    # no longer recomputes that whole view once per event (> 60 s).
    _execute_script(
        db,
        """
        DROP VIEW conflicts;
        DROP VIEW release_events;
        DROP VIEW claims_with_sources;

        CREATE VIEW claims_with_sources AS
        SELECT c.id AS claim_id, c.event_id, c.country, c.predicate, c.noun_class, c.count, c.count_high,
               c.qualifier,
               count(DISTINCT a.page_url) AS sources,
               count(DISTINCT coalesce(ac.source_group, a.page_url)) AS independent_sources,
               min(a.published_at) AS first_reported_at,
               max(a.published_at) AS last_reported_at,
               json_group_array(json_object('url', a.page_url, 'outlet', a.outlet, 'published_at', a.published_at,
                                            'sentence', m.sentence)) AS source_list
        FROM claims c
        JOIN claim_sources cs ON cs.claim_id = c.id
        JOIN claim_mentions m ON m.id = cs.claim_mention_id
        JOIN articles a ON a.page_url = m.article_url
        LEFT JOIN article_copies ac ON ac.article_url = a.page_url
        GROUP BY c.id, c.event_id, c.predicate, c.noun_class;

        CREATE VIEW release_events AS
        SELECT e.id AS event_id, e.country, e.event_date, e.date_source,
               (SELECT group_concat(figure, ' / ') FROM (
                    SELECT figure FROM (
                        SELECT CASE WHEN c2.qualifier = 'exact' THEN c2.count
                                    ELSE c2.qualifier || ' ' || c2.count END AS figure,
                               count(DISTINCT coalesce(ac2.source_group, m2.article_url)) AS independent,
                               c2.count AS n
                        FROM claims c2
                        JOIN claim_sources s2 ON s2.claim_id = c2.id
                        JOIN claim_mentions m2 ON m2.id = s2.claim_mention_id
                        LEFT JOIN article_copies ac2 ON ac2.article_url = m2.article_url
                        WHERE c2.event_id = e.id AND c2.predicate IN ('released', 'pardoned')
                          AND c2.noun_class IN ('prisoner', 'people')
                        GROUP BY c2.id)
                    GROUP BY figure ORDER BY max(independent) DESC, max(n) DESC)) AS released_counts,
               count(DISTINCT a.page_url) AS sources,
               count(DISTINCT coalesce(ac.source_group, a.page_url)) AS independent_sources,
               min(a.published_at) AS first_reported_at,
               max(a.published_at) AS last_reported_at
        FROM events e
        JOIN claims c ON c.event_id = e.id
        JOIN claim_sources cs ON cs.claim_id = c.id
        JOIN claim_mentions m ON m.id = cs.claim_mention_id
        JOIN articles a ON a.page_url = m.article_url
        LEFT JOIN article_copies ac ON ac.article_url = a.page_url
        GROUP BY e.id
        ORDER BY e.event_date DESC;

        CREATE VIEW conflicts AS
        SELECT w.event_id, w.predicate, w.noun_class, w.claim_id, w.count, w.count_high, w.qualifier,
               w.sources, w.independent_sources, w.source_list
        FROM claims_with_sources w
        JOIN (SELECT event_id, predicate, noun_class FROM claims WHERE event_id IS NOT NULL
              GROUP BY event_id, predicate, noun_class HAVING count(DISTINCT count) > 1) d
          ON d.event_id = w.event_id AND d.predicate = w.predicate AND d.noun_class = w.noun_class
        ORDER BY w.event_id, w.predicate, w.noun_class, w.count;
        """,
    )


@migrations(name="0008_stored_figures")
def _stored_figures(db: Database) -> None:
    # bench/store.py at 100,000 articles: release_events (2.6 s), released_persons (0.9 s)
    # and a store-wide claims listing (4 s) aggregated every source on each query, and
    # the merge rebuilt an LSH index from every fingerprint (17 s). The merge now keeps
    # these figures and the LSH band keys up to date (pipeline/merge/figures.py).
    _execute_script(
        db,
        """
        DROP VIEW conflicts;
        DROP VIEW release_events;
        DROP VIEW claims_with_sources;
        DROP VIEW released_persons;

        ALTER TABLE claims ADD COLUMN sources INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE claims ADD COLUMN independent_sources INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE claims ADD COLUMN first_reported_at TEXT;
        ALTER TABLE claims ADD COLUMN last_reported_at TEXT;
        CREATE INDEX claims_rank ON claims(independent_sources DESC, id);
        CREATE INDEX claims_first_reported ON claims(first_reported_at);

        ALTER TABLE events ADD COLUMN released_counts TEXT;
        ALTER TABLE events ADD COLUMN sources INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE events ADD COLUMN independent_sources INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE events ADD COLUMN first_reported_at TEXT;
        ALTER TABLE events ADD COLUMN last_reported_at TEXT;
        -- when the merge last recounted it (its claims or named persons changed)
        ALTER TABLE events ADD COLUMN changed_at TEXT;
        CREATE INDEX events_date ON events(event_date);
        CREATE INDEX events_changed ON events(changed_at);

        -- surname_key: the transliterated surname (after the alias file), filled by the
        -- merge; a new name is compared with the persons sharing its first or last letters
        ALTER TABLE persons ADD COLUMN surname_key TEXT;
        ALTER TABLE persons ADD COLUMN name_variants TEXT;
        ALTER TABLE persons ADD COLUMN roles TEXT;
        ALTER TABLE persons ADD COLUMN event_id INTEGER REFERENCES events(id) ON DELETE SET NULL;
        ALTER TABLE persons ADD COLUMN sources INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE persons ADD COLUMN independent_sources INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE persons ADD COLUMN first_reported_at TEXT;
        CREATE INDEX persons_surname ON persons(surname_key);
        CREATE INDEX persons_surname_head ON persons(substr(surname_key, 1, 2));
        CREATE INDEX persons_surname_tail ON persons(substr(surname_key, -2));
        CREATE INDEX persons_first_reported ON persons(first_reported_at);

        -- LSH band keys of article_copies.minhash: articles sharing a band are compared
        CREATE TABLE copy_bands (
            band INTEGER NOT NULL,
            article_url TEXT NOT NULL REFERENCES article_copies(article_url) ON DELETE CASCADE
        );
        CREATE INDEX copy_bands_band ON copy_bands(band);
        CREATE INDEX copy_bands_article ON copy_bands(article_url);

        -- what counting sources reads of an article, without reading past its text
        CREATE INDEX articles_source_fields ON articles(page_url, published_at, outlet);

        -- claims and persons whose sources changed since the merge last refreshed their
        -- figures, and events a person was newly named for (or no longer): filled by
        -- triggers, so a re-process (which deletes an article's mentions, and by cascade
        -- their sources) is noticed too
        CREATE TABLE merge_dirty (
            kind TEXT NOT NULL CHECK (kind IN ('claim', 'person', 'event')),
            id INTEGER NOT NULL,
            PRIMARY KEY (kind, id)
        ) WITHOUT ROWID;
        CREATE TRIGGER claim_sources_added AFTER INSERT ON claim_sources BEGIN
            INSERT OR IGNORE INTO merge_dirty (kind, id) VALUES ('claim', NEW.claim_id);
        END;
        CREATE TRIGGER claim_sources_removed AFTER DELETE ON claim_sources BEGIN
            INSERT OR IGNORE INTO merge_dirty (kind, id) VALUES ('claim', OLD.claim_id);
        END;
        CREATE TRIGGER person_mentions_added AFTER INSERT ON person_mentions BEGIN
            INSERT OR IGNORE INTO merge_dirty (kind, id) VALUES ('person', NEW.person_id);
            INSERT OR IGNORE INTO merge_dirty (kind, id) SELECT 'event', NEW.event_id WHERE NEW.event_id IS NOT NULL;
        END;
        CREATE TRIGGER person_mentions_removed AFTER DELETE ON person_mentions BEGIN
            INSERT OR IGNORE INTO merge_dirty (kind, id) VALUES ('person', OLD.person_id);
            INSERT OR IGNORE INTO merge_dirty (kind, id) SELECT 'event', OLD.event_id WHERE OLD.event_id IS NOT NULL;
        END;

        CREATE VIEW claims_with_sources AS
        SELECT c.id AS claim_id, c.event_id, c.country, c.predicate, c.noun_class, c.count, c.count_high,
               c.qualifier, c.sources, c.independent_sources, c.first_reported_at, c.last_reported_at,
               (SELECT json_group_array(json(source)) FROM (
                    SELECT json_object('url', a.page_url, 'outlet', a.outlet, 'published_at', a.published_at,
                                       'sentence', m.sentence) AS source
                    FROM claim_sources cs
                    JOIN claim_mentions m ON m.id = cs.claim_mention_id
                    JOIN articles a ON a.page_url = m.article_url
                    WHERE cs.claim_id = c.id
                    ORDER BY a.published_at, a.page_url)) AS source_list
        FROM claims c;

        CREATE VIEW release_events AS
        SELECT id AS event_id, country, event_date, date_source, released_counts, sources, independent_sources,
               first_reported_at, last_reported_at
        FROM events
        ORDER BY event_date DESC, id DESC;

        CREATE VIEW conflicts AS
        SELECT w.event_id, w.predicate, w.noun_class, w.claim_id, w.count, w.count_high, w.qualifier,
               w.sources, w.independent_sources, w.source_list
        FROM claims_with_sources w
        JOIN (SELECT event_id, predicate, noun_class FROM claims WHERE event_id IS NOT NULL
              GROUP BY event_id, predicate, noun_class HAVING count(DISTINCT count) > 1) d
          ON d.event_id = w.event_id AND d.predicate = w.predicate AND d.noun_class = w.noun_class
        ORDER BY w.event_id, w.predicate, w.noun_class, w.count;

        CREATE VIEW released_persons AS
        SELECT p.id AS person_id, p.name, p.name_variants, p.roles, p.event_id, p.sources, p.independent_sources,
               p.first_reported_at,
               (SELECT json_group_array(json(source)) FROM (
                    SELECT json_object('url', a.page_url, 'outlet', a.outlet, 'name', m.person_name,
                                       'sentence', m.sentence) AS source
                    FROM person_mentions pm
                    JOIN claim_mentions m ON m.id = pm.claim_mention_id
                    JOIN articles a ON a.page_url = m.article_url
                    WHERE pm.person_id = p.id
                    ORDER BY a.published_at, a.page_url)) AS source_list
        FROM persons p
        ORDER BY p.first_reported_at DESC, p.id;
        """,
    )
    for url, minhash in db.execute("SELECT article_url, minhash FROM article_copies").fetchall():
        db.conn.executemany("INSERT INTO copy_bands (band, article_url) VALUES (?, ?)",
                       [(key, url) for key in _0008_band_keys(minhash)])
    _0008_refresh_claims(db)
    _0008_refresh_events(db)
    _0008_refresh_persons(db)


@migrations(name="0009_alerts")
def _alert_tables(db: Database) -> None:
    _execute_script(
        db,
        """
        -- One row per alert-worthy fact, created once (key) by the alert stage. Figures
        -- and persons already known when their event's alert is made are rows too,
        -- covered_by that alert, so that they never alert on their own.
        CREATE TABLE alerts (
            id INTEGER PRIMARY KEY,
            key TEXT NOT NULL UNIQUE,        -- see pipeline/alert.py: watch|event|country|date|id, ...
            watch TEXT NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('event', 'figure', 'person')),
            event_id INTEGER REFERENCES events(id) ON DELETE SET NULL,
            claim_id INTEGER REFERENCES claims(id) ON DELETE SET NULL,
            person_id INTEGER REFERENCES persons(id) ON DELETE SET NULL,
            covered_by INTEGER REFERENCES alerts(id),
            created_at TEXT NOT NULL,
            title TEXT,                      -- NULL for covered rows, which are never sent
            message TEXT,                    -- JSON: the parts every target's text is made of
            targets TEXT NOT NULL DEFAULT '[]'  -- JSON: the targets configured when it was made
        );
        CREATE INDEX alerts_event ON alerts(event_id);

        -- how far each watch has looked: events changed after this are checked again
        CREATE TABLE alert_watches (
            watch TEXT PRIMARY KEY,
            checked_up_to TEXT NOT NULL      -- the latest events.changed_at it has seen
        );

        -- Delivery of one alert to one target: sent once, a failure retried next run.
        CREATE TABLE alert_deliveries (
            alert_id INTEGER NOT NULL REFERENCES alerts(id) ON DELETE CASCADE,
            target TEXT NOT NULL,            -- 'stdout', 'jsonl:<path>' or the apprise URL without secrets
            state TEXT NOT NULL CHECK (state IN ('sent', 'failed')),
            attempts INTEGER NOT NULL,
            error TEXT,
            updated_at TEXT NOT NULL,
            PRIMARY KEY (alert_id, target)
        );
        """,
    )



@migrations(name="0010_repair_edited_0008_0009")
def _repair_edited_migrations(db: Database) -> None:
    # 0008 and 0009 were edited after stores had applied them, so a store made by the
    # earlier code is recorded as migrated but may lack events.changed_at, the
    # articles_source_fields index, alert_watches, and the 'event' rows of merge_dirty
    # with the person triggers that write them. Idempotent: a current store is unchanged.
    if "changed_at" not in {row[1] for row in db.execute("PRAGMA table_info(events)").fetchall()}:
        db.execute("ALTER TABLE events ADD COLUMN changed_at TEXT")
    (dirty_sql,) = db.execute("SELECT sql FROM sqlite_master WHERE name = 'merge_dirty'").fetchone()
    rebuild = "'event'" not in dirty_sql
    _execute_script(
        db,
        """
        CREATE INDEX IF NOT EXISTS events_changed ON events(changed_at);
        CREATE INDEX IF NOT EXISTS articles_source_fields ON articles(page_url, published_at, outlet);
        CREATE TABLE IF NOT EXISTS alert_watches (
            watch TEXT PRIMARY KEY,
            checked_up_to TEXT NOT NULL      -- the latest events.changed_at it has seen
        );
        DROP TRIGGER IF EXISTS claim_sources_added;
        DROP TRIGGER IF EXISTS claim_sources_removed;
        DROP TRIGGER IF EXISTS person_mentions_added;
        DROP TRIGGER IF EXISTS person_mentions_removed;
        """,
    )
    if rebuild:
        _execute_script(
            db,
            """
            CREATE TABLE merge_dirty_0010 (
                kind TEXT NOT NULL CHECK (kind IN ('claim', 'person', 'event')),
                id INTEGER NOT NULL,
                PRIMARY KEY (kind, id)
            ) WITHOUT ROWID;
            INSERT INTO merge_dirty_0010 (kind, id) SELECT kind, id FROM merge_dirty;
            DROP TABLE merge_dirty;
            ALTER TABLE merge_dirty_0010 RENAME TO merge_dirty;
            """,
        )
    _execute_script(
        db,
        """
        CREATE TRIGGER claim_sources_added AFTER INSERT ON claim_sources BEGIN
            INSERT OR IGNORE INTO merge_dirty (kind, id) VALUES ('claim', NEW.claim_id);
        END;
        CREATE TRIGGER claim_sources_removed AFTER DELETE ON claim_sources BEGIN
            INSERT OR IGNORE INTO merge_dirty (kind, id) VALUES ('claim', OLD.claim_id);
        END;
        CREATE TRIGGER person_mentions_added AFTER INSERT ON person_mentions BEGIN
            INSERT OR IGNORE INTO merge_dirty (kind, id) VALUES ('person', NEW.person_id);
            INSERT OR IGNORE INTO merge_dirty (kind, id) SELECT 'event', NEW.event_id WHERE NEW.event_id IS NOT NULL;
        END;
        CREATE TRIGGER person_mentions_removed AFTER DELETE ON person_mentions BEGIN
            INSERT OR IGNORE INTO merge_dirty (kind, id) VALUES ('person', OLD.person_id);
            INSERT OR IGNORE INTO merge_dirty (kind, id) SELECT 'event', OLD.event_id WHERE OLD.event_id IS NOT NULL;
        END;
        -- every event is looked at once more by the alert stage's watches
        UPDATE events SET changed_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE changed_at IS NULL;
        """,
    )


@migrations(name="0011_detection")
def _detection(db: Database) -> None:
    # When newsmon first learned of each page, and of each source, so that how late an
    # outlet's articles are seen is data. Pages of earlier stores fetched only once were
    # fetched in the run whose source listed them: their fetch time is that moment.
    _execute_script(
        db,
        """
        ALTER TABLE pages ADD COLUMN discovered_at TEXT;  -- when a feed, sitemap or listing first listed it
        UPDATE pages SET discovered_at = fetched_at WHERE attempts = 1;
        CREATE INDEX pages_discovered ON pages(outlet, discovered_at);

        ALTER TABLE sources ADD COLUMN first_ok_at TEXT;  -- the first time the source was read
        UPDATE sources SET first_ok_at = coalesce(
            (SELECT min(p.discovered_at) FROM pages p WHERE p.source_url = sources.url), last_ok_at);

        -- Per page: when it was published, when newsmon first saw it listed, and the delay.
        -- The publication time is the page's own or its feed entry's (not a date guessed
        -- without a time of day: a value at exactly midnight UTC gives no delay). backfill:
        -- published before newsmon first read the source, so the delay is not newsmon's.
        CREATE VIEW detection_delays AS
        SELECT url, outlet, found_via, source_url, published_at, published_from, discovered_at,
               CASE WHEN published_at NOT LIKE '%T00:00:00Z' THEN
                    CAST(round((julianday(discovered_at) - julianday(published_at)) * 86400) AS INTEGER)
               END AS delay_seconds,
               coalesce(julianday(published_at) < julianday(source_first_ok_at), 0) AS backfill
        FROM (
            SELECT p.url, p.outlet, p.found_via, p.source_url, p.discovered_at,
                   CASE WHEN a.date_source IN ('json-ld', 'meta', 'time', 'feed') THEN a.published_at
                        ELSE p.feed_date END AS published_at,
                   CASE WHEN a.date_source IN ('json-ld', 'meta', 'time', 'feed') THEN a.date_source
                        WHEN p.feed_date IS NOT NULL THEN 'feed' END AS published_from,
                   s.first_ok_at AS source_first_ok_at
            FROM pages p
            LEFT JOIN articles a ON a.page_url = p.url
            LEFT JOIN sources s ON s.url = p.source_url
            WHERE p.discovered_at IS NOT NULL
        );
        """,
    )


@migrations(name="0012_events")
def _event_sources(db: Database) -> None:
    # where an article's release country came from, and claims tied to another time than
    # the release an article reports ("four days after 31 were freed"): issue 13
    db.execute("ALTER TABLE articles ADD COLUMN release_country_source TEXT")
    db.execute("ALTER TABLE articles ADD COLUMN release_country_start INTEGER")
    db.execute("ALTER TABLE claim_mentions ADD COLUMN time_ref TEXT")


def _execute_script(db: Database, script: str) -> None:
    # sqlite3's executescript() commits first, which would break the migration's
    # transaction; run statement by statement instead.
    statement = ""
    for line in script.splitlines(keepends=True):
        statement += line
        if sqlite3.complete_statement(statement):
            db.execute(statement)
            statement = ""
    if statement.strip():
        raise ValueError(f"incomplete SQL statement in migration: {statement!r}")


# -- 0008's computations, frozen as they were when 0008 landed (live code: pipeline/merge/figures.py)

# datasketch MinHashLSH's optimum for a Jaccard threshold of 0.7 with 64 permutations:
# 8 bands of 8 hash values; two texts sharing any band are candidates.
_0008_BANDS, _0008_ROWS, _0008_BYTES = 8, 8, 4


def _0008_band_keys(minhash: bytes) -> list[int]:
    """The LSH band keys of a stored fingerprint (uint32 hash values), none for the empty
    fingerprint of a text too short to compare."""
    if set(minhash) == {0xFF}:
        return []
    width = _0008_ROWS * _0008_BYTES
    return [int.from_bytes(hashlib.blake2b(bytes([band]) + minhash[band * width:(band + 1) * width],
                                           digest_size=8).digest(), "big", signed=True)
            for band in range(_0008_BANDS)]


def _0008_where(ids: Iterable[int] | None) -> tuple[str, list]:
    if ids is None:
        return "", []
    return " WHERE id IN (SELECT value FROM json_each(?))", [json.dumps(sorted(set(ids)))]


def _0008_refresh_claims(db: Database, ids: Iterable[int] | None = None) -> None:
    where, params = _0008_where(ids)
    db.execute(
        """UPDATE claims SET (sources, independent_sources, first_reported_at, last_reported_at) = (
               SELECT count(DISTINCT a.page_url), count(DISTINCT coalesce(ac.source_group, a.page_url)),
                      min(a.published_at), max(a.published_at)
               FROM claim_sources cs
               JOIN claim_mentions m ON m.id = cs.claim_mention_id
               JOIN articles a INDEXED BY articles_source_fields ON a.page_url = m.article_url
               LEFT JOIN article_copies ac ON ac.article_url = a.page_url
               WHERE cs.claim_id = claims.id)""" + where, params)


def _0008_refresh_events(db: Database, ids: Iterable[int] | None = None) -> None:
    """After refresh_claims: the released figures are ranked by their claims' independent sources."""
    where, params = _0008_where(ids)
    db.execute(
        """UPDATE events SET changed_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now'),
           (sources, independent_sources, first_reported_at, last_reported_at) = (
               SELECT count(DISTINCT a.page_url), count(DISTINCT coalesce(ac.source_group, a.page_url)),
                      min(a.published_at), max(a.published_at)
               FROM claims c
               JOIN claim_sources cs ON cs.claim_id = c.id
               JOIN claim_mentions m ON m.id = cs.claim_mention_id
               JOIN articles a INDEXED BY articles_source_fields ON a.page_url = m.article_url
               LEFT JOIN article_copies ac ON ac.article_url = a.page_url
               WHERE c.event_id = events.id),
           released_counts = (
               SELECT group_concat(figure, ' / ') FROM (
                   SELECT CASE WHEN qualifier = 'exact' THEN count ELSE qualifier || ' ' || count END AS figure
                   FROM claims
                   WHERE event_id = events.id AND predicate IN ('released', 'pardoned')
                     AND noun_class IN ('prisoner', 'people')
                   GROUP BY figure ORDER BY max(independent_sources) DESC, max(count) DESC))""" + where, params)


def _0008_refresh_persons(db: Database, ids: Iterable[int] | None = None) -> None:
    where, params = _0008_where(ids)
    db.execute(
        """UPDATE persons SET (event_id, sources, independent_sources, first_reported_at) = (
               SELECT min(pm.event_id), count(DISTINCT a.page_url),
                      count(DISTINCT coalesce(ac.source_group, a.page_url)), min(a.published_at)
               FROM person_mentions pm
               JOIN claim_mentions m ON m.id = pm.claim_mention_id
               JOIN articles a INDEXED BY articles_source_fields ON a.page_url = m.article_url
               LEFT JOIN article_copies ac ON ac.article_url = a.page_url
               WHERE pm.person_id = persons.id),
           name_variants = (
               SELECT group_concat(DISTINCT m.person_name) FROM person_mentions pm
               JOIN claim_mentions m ON m.id = pm.claim_mention_id WHERE pm.person_id = persons.id),
           roles = (
               SELECT group_concat(DISTINCT m.person_role) FROM person_mentions pm
               JOIN claim_mentions m ON m.id = pm.claim_mention_id WHERE pm.person_id = persons.id)""" + where,
        params)
