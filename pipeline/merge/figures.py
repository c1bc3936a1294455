"""Figures the merge stage keeps up to date, so that views read stored numbers instead of
aggregating the whole store on every query: each claim's, event's and person's source
counts and report dates, and the LSH band keys that find wire copies by an index lookup.

Counting reads each source article through the covering index articles_source_fields
(named: SQLite's planner prefers the primary key, which reads past the article's text).

Triggers note in ``merge_dirty`` every claim and person whose sources changed (by the
merge, or by a re-process deleting an article's mentions) and every event a person was
newly named for; ``settle`` refreshes those, with their events, marks the events changed
for the alert stage, and removes what no source states any more. Each ``refresh_*``
recomputes the rows whose ids it is given, or all rows (migration 0008, once).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable

from sqlite_utils import Database

from newsmon.models.predicates import FREED_COUNT, sql_list

# datasketch MinHashLSH's optimum for a Jaccard threshold of 0.7 with 64 permutations:
# 8 bands of 8 hash values; two texts sharing any band are candidates.
COPY_BANDS, BAND_ROWS, HASH_BYTES = 8, 8, 4
_FREED = sql_list(FREED_COUNT)


def band_keys(minhash: bytes) -> list[int]:
    """The LSH band keys of a stored fingerprint (uint32 hash values), none for the empty
    fingerprint of a text too short to compare."""
    if set(minhash) == {0xFF}:
        return []
    width = BAND_ROWS * HASH_BYTES
    return [int.from_bytes(hashlib.blake2b(bytes([band]) + minhash[band * width:(band + 1) * width],
                                           digest_size=8).digest(), "big", signed=True)
            for band in range(COPY_BANDS)]


def _where(ids: Iterable[int] | None) -> tuple[str, list]:
    if ids is None:
        return "", []
    return " WHERE id IN (SELECT value FROM json_each(?))", [json.dumps(sorted(set(ids)))]


def refresh_claims(db: Database, ids: Iterable[int] | None = None) -> None:
    where, params = _where(ids)
    db.execute(
        """UPDATE claims SET (sources, independent_sources, first_reported_at, last_reported_at) = (
               SELECT count(DISTINCT a.page_url), count(DISTINCT coalesce(ac.source_group, a.page_url)),
                      min(a.published_at), max(a.published_at)
               FROM claim_sources cs
               JOIN claim_mentions m ON m.id = cs.claim_mention_id
               JOIN articles a INDEXED BY articles_source_fields ON a.page_url = m.article_url
               LEFT JOIN article_copies ac ON ac.article_url = a.page_url
               WHERE cs.claim_id = claims.id)""" + where, params)


def refresh_events(db: Database, ids: Iterable[int] | None = None) -> None:
    """After refresh_claims: the released figures are ranked by their claims' independent sources."""
    where, params = _where(ids)
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
                   WHERE event_id = events.id AND predicate IN """ + _FREED + """
                     AND noun_class IN ('prisoner', 'people')
                   GROUP BY figure ORDER BY max(independent_sources) DESC, max(count) DESC))""" + where, params)


def refresh_persons(db: Database, ids: Iterable[int] | None = None) -> None:
    where, params = _where(ids)
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


def _ids(db: Database, sql: str, params: list) -> list[int]:
    return [row[0] for row in db.execute(sql, params)]


def settle(db: Database) -> None:
    """Bring the figures of everything ``merge_dirty`` names up to date (call inside the
    transaction that changed the sources)."""
    claims = _ids(db, "SELECT id FROM merge_dirty WHERE kind = 'claim'", [])
    persons = _ids(db, "SELECT id FROM merge_dirty WHERE kind = 'person'", [])
    named = _ids(db, "SELECT id FROM merge_dirty WHERE kind = 'event'", [])  # a person named for it changed
    events = _ids(db, "SELECT DISTINCT event_id FROM claims WHERE id IN (SELECT value FROM json_each(?)) "
                      "AND event_id IS NOT NULL", [json.dumps(claims)])
    if claims:
        listed = json.dumps(claims)
        db.execute("DELETE FROM claims WHERE id IN (SELECT value FROM json_each(?)) "
                   "AND NOT EXISTS (SELECT 1 FROM claim_sources s WHERE s.claim_id = claims.id)", [listed])
        refresh_claims(db, claims)
    if events:
        db.execute("DELETE FROM events WHERE id IN (SELECT value FROM json_each(?)) "
                   "AND NOT EXISTS (SELECT 1 FROM claims c WHERE c.event_id = events.id)", [json.dumps(events)])
        refresh_events(db, events)
    if named:  # its figures are the same; the alert stage must look at it again
        db.execute("UPDATE events SET changed_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') "
                   "WHERE id IN (SELECT value FROM json_each(?))", [json.dumps(named)])
    if persons:
        db.execute("DELETE FROM persons WHERE id IN (SELECT value FROM json_each(?)) "
                   "AND NOT EXISTS (SELECT 1 FROM person_mentions pm WHERE pm.person_id = persons.id)",
                   [json.dumps(persons)])
        refresh_persons(db, persons)
    db.execute("DELETE FROM merge_dirty")
