"""Datasette for analysts: the store with table and column descriptions, facets, and
canned queries for the common questions. `newsmon serve` starts it."""

from __future__ import annotations

from pathlib import Path

from newsmon.models.docs import DESCRIPTIONS, VIEW_NOTES
from newsmon.models.queries import CANNED

COLUMNS = {**VIEW_NOTES, "claim_mentions": {"status": "asserted, hedged (could / demanded / expected) or negated"}}
QUERIES = CANNED
FACETS = {
    "release_events": ["country"],
    "claims_with_sources": ["predicate", "noun_class", "country"],
    "articles": ["state", "outlet", "language"],
    "claim_mentions": ["kind", "predicate", "status"],
    "alerts": ["kind", "watch"],
    "detection_delays": ["outlet", "found_via", "backfill"],
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
    """A Datasette instance on the store at ``path``, read-only; on a read-only file or
    mount, where nothing can change it, opened as immutable."""
    import os

    from datasette.app import Datasette

    writable = os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)
    files, immutables = ([str(path)], []) if writable else ([], [str(path)])
    return Datasette(files, immutables=immutables, metadata=metadata(path.stem),
                     settings={"truncate_cells_html": 300})
