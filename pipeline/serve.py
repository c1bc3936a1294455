"""Datasette for analysts: the store with table and column descriptions, facets, and
canned queries for the common questions. `newsmon serve` starts it."""

from __future__ import annotations

from pathlib import Path

from newsmon.models.docs import DESCRIPTIONS, VIEW_NOTES

COLUMNS = {**VIEW_NOTES, "claim_mentions": {"status": "asserted, hedged (could / demanded / expected) or negated"}}
QUERIES = {
    "latest_release_events": {
        "title": "Release events, newest first",
        "sql": "SELECT * FROM release_events LIMIT 100",
    },
    "claims_for_event": {
        "title": "Every claim about one event, best sourced first",
        "sql": "SELECT claim_id, predicate, noun_class, count, count_high, qualifier, sources, independent_sources, "
               "first_reported_at, source_list FROM claims_with_sources WHERE event_id = :event_id "
               "ORDER BY independent_sources DESC, count DESC",
    },
    "conflicting_figures": {
        "title": "Conflicting figures of one event",
        "sql": "SELECT predicate, noun_class, count, qualifier, sources, independent_sources, source_list "
               "FROM conflicts WHERE event_id = :event_id",
    },
    "released_people": {
        "title": "People named as released",
        "sql": "SELECT person_id, name, name_variants, roles, event_id, sources, independent_sources, "
               "first_reported_at FROM released_persons",
    },
    "recent_alerts": {
        "title": "Alerts, newest first, with where each was delivered",
        "sql": "SELECT alert.id, alert.created_at, alert.kind, alert.title, "
               "(SELECT group_concat(d.target || ' ' || d.state, '; ') FROM alert_deliveries d "
               "WHERE d.alert_id = alert.id) AS deliveries FROM alerts alert "
               "WHERE alert.covered_by IS NULL AND alert.title IS NOT NULL ORDER BY alert.id DESC LIMIT 100",
    },
    "search_articles": {
        "title": "Search article titles and text",
        "sql": "SELECT a.page_url, a.title, a.published_at, snippet(articles_fts, 1, '<b>', '</b>', '…', 16) "
               "AS snippet FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid "
               "WHERE articles_fts MATCH :text ORDER BY rank LIMIT 50",
    },
}
FACETS = {
    "release_events": ["country"],
    "claims_with_sources": ["predicate", "noun_class", "country"],
    "articles": ["state", "outlet", "language"],
    "claim_mentions": ["kind", "predicate", "status"],
    "alerts": ["kind", "watch"],
}


def metadata(database: str) -> dict:
    """Datasette metadata for a store whose file stem is ``database``."""
    tables = {}
    for name in sorted(set(DESCRIPTIONS) | set(FACETS)):
        table = {}
        if name in DESCRIPTIONS:
            table["description"] = DESCRIPTIONS[name]
        if name in COLUMNS:
            table["columns"] = COLUMNS[name]
        if name in FACETS:
            table["facets"] = FACETS[name]
        tables[name] = table
    return {
        "title": "newsmon",
        "description": "Claims about political-prisoner releases, each with every source URL and sentence.",
        "databases": {database: {"tables": tables, "queries": QUERIES}},
    }


def datasette_for(path: Path):
    """A Datasette instance on the store at ``path`` (read-only, immutable off)."""
    from datasette.app import Datasette

    return Datasette([str(path)], metadata=metadata(path.stem), settings={"truncate_cells_html": 300})
