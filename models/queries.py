"""The analysts' questions as SQL, written once: the CLI's commands (claims, events,
search, alerts list), `newsmon serve`'s canned queries and bench/store.py all use these.
Named parameters only, so each query runs as it is in sqlite3, sqlite-utils and Datasette."""

from __future__ import annotations

CLAIM_COLUMNS = ("claim_id, event_id, country, predicate, noun_class, count, count_high, qualifier, sources, "
                 "independent_sources, first_reported_at, last_reported_at")

EVENTS = "SELECT * FROM release_events"

ALERTS = """SELECT a.id, a.created_at, a.watch, a.kind, a.title,
       (SELECT group_concat(target, ' ') FROM alert_deliveries d
        WHERE d.alert_id = a.id AND d.state = 'sent') AS sent_to,
       (SELECT group_concat(target || ': ' || error, '; ') FROM alert_deliveries d
        WHERE d.alert_id = a.id AND d.state = 'failed') AS failed
FROM alerts a WHERE a.covered_by IS NULL AND a.title IS NOT NULL ORDER BY a.id DESC"""


def claims(*, event: bool = False, since: bool = False, limit: bool = True, with_sources: bool = False) -> str:
    """Claims, the most independently reported first; filters by :event_id, :since (first
    reported on or after), at most :limit rows; with_sources adds every source as JSON."""
    columns = CLAIM_COLUMNS + (", json(source_list) AS source_list" if with_sources else "")
    where = [w for w, on in (("event_id = :event_id", event), ("first_reported_at >= :since", since)) if on]
    return (f"SELECT {columns} FROM claims_with_sources"
            + (" WHERE " + " AND ".join(where) if where else "")
            + " ORDER BY independent_sources DESC, claim_id"
            + (" LIMIT :limit" if limit else ""))


def search(*, in_claims: bool = False, marks: tuple[str, str] = ("[", "]"), words: int = 12,
           url_column: str = "url") -> str:
    """Full-text search for :text (FTS5 syntax), best first, at most :limit rows; the
    snippet marks the hits with ``marks`` and shows about ``words`` words."""
    open_, close = marks
    if in_claims:
        return (f"SELECT m.article_url AS {url_column}, m.kind, m.count, m.predicate, m.person_name, "
                f"snippet(claim_mentions_fts, 0, '{open_}', '{close}', '…', {words}) AS snippet "
                "FROM claim_mentions_fts JOIN claim_mentions m ON m.rowid = claim_mentions_fts.rowid "
                "WHERE claim_mentions_fts MATCH :text ORDER BY rank LIMIT :limit")
    return (f"SELECT a.page_url AS {url_column}, a.title, a.published_at, "
            f"snippet(articles_fts, 1, '{open_}', '{close}', '…', {words}) AS snippet "
            "FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid "
            "WHERE articles_fts MATCH :text ORDER BY rank LIMIT :limit")


# Datasette's canned queries (`newsmon serve`): title and SQL
CANNED = {
    "latest_release_events": {
        "title": "Release events, newest first",
        "sql": f"{EVENTS} LIMIT 100",
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
        "sql": search(marks=("<b>", "</b>"), words=16, url_column="page_url").replace(":limit", "50"),
    },
}
