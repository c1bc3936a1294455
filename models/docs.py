"""docs/schema.md, generated from the migrations: every table and view with its columns
and the comments written beside them in models/schema.py, plus example queries.

    python -m newsmon.models.docs > docs/schema.md

tests/test_docs.py fails when the committed file differs from what this prints.
"""

from __future__ import annotations

import re
import sys

from sqlite_utils import Database

from newsmon.models.schema import latest_version, migrate

EXAMPLES = """\
## Example queries

Release events, newest first, with the figures reported:

```sql
SELECT event_id, country, event_date, released_counts, sources, independent_sources FROM release_events;
```

Every claim about an event, best sourced first, with each source's URL and sentence:

```sql
SELECT predicate, noun_class, count, qualifier, independent_sources, source_list
FROM claims_with_sources WHERE event_id = 1 ORDER BY independent_sources DESC;
```

Conflicting figures (e.g. how many journalists were among the freed):

```sql
SELECT noun_class, count, qualifier, sources FROM conflicts WHERE event_id = 1 AND predicate = 'released';
```

People named as released, with every spelling seen:

```sql
SELECT name, name_variants, roles, sources FROM released_persons;
```

Full-text search over articles, and over claim sentences:

```sql
SELECT a.page_url, a.title FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid
WHERE articles_fts MATCH 'Statkevich' ORDER BY rank;
SELECT m.article_url, m.sentence FROM claim_mentions_fts JOIN claim_mentions m ON m.rowid = claim_mentions_fts.rowid
WHERE claim_mentions_fts MATCH '"media workers"';
```

Why a page gave what it gave: its article, its claims, and the stored HTML:

```sql
SELECT state, error, date_source, date_flags FROM articles WHERE page_url = :url;
SELECT kind, count, qualifier, predicate, noun, status, sentence FROM claim_mentions WHERE article_url = :url;
```
"""

DESCRIPTIONS = {
    "pages": "One row per canonical article URL: the stored HTML (gzip), how it was found and what the feed said.",
    "articles": "The text and metadata extracted from each page; state says whether it is an article.",
    "claim_mentions": "Each claim as stated in one sentence of one article (counts and released persons).",
    "claims": "Merged claims: one quantity of one event as reported with one figure.",
    "claims_with_sources": "Every claim with its number of sources, independent sources and the list of source "
                           "URLs and sentences.",
    "release_events": "Release events, newest first, with the released counts as reported and their sources.",
    "conflicts": "The same quantity of the same event reported with different figures, each with its sources.",
    "released_persons": "People named as released, one row per person across spellings, with their sources.",
    "events": "Release events: country and date.",
    "outlets": "The outlet registry as crawled (the registry entry in JSON).",
    "page_aliases": "Other URLs that led to a stored page (pre-canonical links, redirects).",
    "rejects": "URLs that are not pages (404, not HTML, too large, disallowed, failed) and requests the "
               "crawler refused (another host or a private address, a redirect loop, a truncated or "
               "oversized body), each with its reason and whether it is permanent.",
    "crawl_runs": "One row per crawl run with per-outlet counts and Scrapy stats.",
    "mentions": "Named entities found in articles, with character offsets.",
    "claim_sources": "Which claim each claim mention states.",
    "article_copies": "Text fingerprints and the independent-source group of each article.",
    "person_mentions": "Which person each person claim names, and its event.",
    "persons": "Released persons (first full spelling seen).",
    "sources": "Feeds, sitemaps and listing pages with their health.",
    "copy_bands": "LSH band keys of each article's fingerprint: articles sharing one are compared as possible copies.",
    "merge_dirty": "Claims and persons whose sources changed since the merge last counted them (normally empty).",
    "alerts": "Every alert-worthy fact, created once: new release events, new figures, newly named persons.",
    "alert_watches": "How far each watch has looked: only events the merge changed since are checked again.",
    "alert_deliveries": "Delivery of each alert to each target: sent, or failed and retried on the next run.",
    "detection_delays": "How late newsmon saw each page: its publication time, when a feed, sitemap or listing "
                        "first listed it, and the delay between them.",
}
# What the views' computed columns mean (table columns are documented beside their
# definitions in models/schema.py). Datasette shows these too (pipeline/serve.py).
VIEW_NOTES = {
    "claims_with_sources": {
        "claim_id": "claims.id",
        "noun_class": "what is counted; journalists and media workers are one class",
        "sources": "articles stating the claim",
        "independent_sources": "sources after counting republished wire copies once",
        "first_reported_at": "earliest publication date among the sources",
        "last_reported_at": "latest publication date among the sources",
        "source_list": "JSON list of {url, outlet, published_at, sentence}",
    },
    "release_events": {
        "released_counts": "released/pardoned counts of prisoners or people as reported, most independently "
                           "sourced first",
        "date_source": "stated: a date in the articles; published: the first report's publication date",
        "sources": "articles with a claim about the event",
        "independent_sources": "sources after counting wire copies once",
    },
    "conflicts": {
        "count": "one of the differing figures; each row is one figure with its sources",
        "source_list": "JSON list of {url, outlet, published_at, sentence}",
    },
    "pages": {"discovered_at": "when a feed, sitemap or listing first listed the page (kept on refresh)"},
    "sources": {"first_ok_at": "the first time the source was read"},
    "detection_delays": {
        "published_at": "the page's own publication time, else its feed entry's",
        "published_from": "where published_at came from: json-ld, meta, time (the page) or feed",
        "discovered_at": "when a feed, sitemap or listing first listed the page",
        "delay_seconds": "discovered_at - published_at; empty when the publication time has no time of day",
        "backfill": "1: published before newsmon first read the source, so the delay is not newsmon's",
    },
    "released_persons": {
        "name": "the first full spelling seen",
        "name_variants": "every spelling the sources used",
        "roles": "roles the sources gave (journalist, blogger…)",
        "event_id": "the release event the person was reported with",
        "source_list": "JSON list of {url, outlet, name, sentence}",
    },
}

_COLUMN = re.compile(r"^\s*(\w+)\s+(TEXT|INTEGER|REAL|BLOB)\b[^-]*?(?:--\s*(.*))?$")
_SKIP = re.compile(r"^(_sqlite_migrations|.*_fts(_\w+)?)$")



def render() -> str:
    db = Database(memory=True)
    migrate(db)
    lines = [
        "# The newsmon store",
        "",
        f"Generated by `python -m newsmon.models.docs` from `models/schema.py` (schema version {latest_version()}); "
        "do not edit by hand.",
        "",
        "One SQLite file, WAL mode, foreign keys on. Times are ISO-8601 UTC text, URLs are canonical.",
        "",
    ]
    objects = db.execute(
        "SELECT type, name, sql FROM sqlite_master WHERE type IN ('table', 'view') ORDER BY type, rowid"
    ).fetchall()
    for kind, name, sql in objects:
        if _SKIP.match(name):
            continue
        lines += [f"## {'View' if kind == 'view' else 'Table'} `{name}`", ""]
        if name in DESCRIPTIONS:
            lines += [DESCRIPTIONS[name], ""]
        comments = {}
        for raw in (sql or "").splitlines():
            if match := _COLUMN.match(raw):
                comments[match.group(1)] = (match.group(3) or "").strip()
        lines += ["| column | type | notes |", "|---|---|---|"]
        notes = VIEW_NOTES.get(name, {})
        for column in db[name].columns:
            note = comments.get(column.name) or notes.get(column.name, "")
            lines.append(f"| `{column.name}` | {column.type or '-'} | {note} |")
        lines.append("")
    lines += ["## Full-text search", "",
              "`articles_fts` (title, text) and `claim_mentions_fts` (sentence) are FTS5 indexes kept in sync "
              "by triggers; join on `rowid`.", "", EXAMPLES]
    return "\n".join(lines)


if __name__ == "__main__":
    sys.stdout.write(render())
