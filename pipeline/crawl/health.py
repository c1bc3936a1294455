"""Health of each outlet's feeds, sitemaps and listings, how late its articles are seen
and what watching it costs, read from the store."""

from __future__ import annotations

import json
from collections import defaultdict
from datetime import datetime, timedelta

from sqlite_utils import Database

from newsmon.models.schema import open_db
from newsmon.models.times import iso, parse_iso, utcnow
from newsmon.pipeline.config import Config
from newsmon.spiders.registry import load_registry


def _health(state: dict | None) -> tuple[str, str]:
    if state is None:
        return "never", ""
    detail = f"last fetched {state['last_fetched_at']}, status {state['last_status'] or '-'}"
    if state.get("last_new_article_at"):
        detail += f", last new article {state['last_new_article_at']}"
    if state.get("consecutive_failures"):
        detail += f", {state['consecutive_failures']} failures in a row: {state['last_error']}"
        return ("dead" if state["failure_class"] == "permanent" else "failing"), detail
    if state.get("last_error"):
        detail += f" ({state['last_error']})"
    if state.get("next_poll_at"):
        detail += f", next poll {state['next_poll_at']}"
    return "ok", detail


WINDOW = timedelta(days=30)
# what a run's per-outlet counts (crawl_runs.stats) say was requested
_SOURCE_REQUESTS = ("sources_ok", "sources_unchanged", "sources_failed")
_ARTICLE_REQUESTS = ("new", "updated", "failed", "blocked")


def percentile(values: list[float], share: float) -> float:
    """The nearest-rank percentile of sorted ``values`` (share 0.5: the median's upper half)."""
    index = max(0, min(len(values) - 1, -(-len(values) * share // 1) - 1))
    return values[int(index)]


def detection_delays(db: Database, since: datetime) -> dict[str, dict]:
    """Per outlet: median and 90th-percentile seconds from publication to discovery of its
    articles discovered since ``since`` (not counting those published before newsmon first
    read their source)."""
    delays = defaultdict(list)
    for outlet, delay in db.execute(
            """SELECT outlet, delay_seconds FROM detection_delays
               WHERE discovered_at >= ? AND delay_seconds IS NOT NULL AND NOT backfill""", [iso(since)]):
        delays[outlet].append(max(0, delay))  # a page dated after it was listed was seen at once
    return {outlet: {"articles": len(values), "p50": percentile(sorted(values), 0.5),
                     "p90": percentile(sorted(values), 0.9)} for outlet, values in delays.items()}


def request_rates(db: Database, since: datetime, now: datetime) -> dict[str, dict]:
    """Per outlet: requests per day to its sources and articles in the crawl runs since
    ``since``, and how many of the source requests found nothing new (304 or the same body)."""
    totals: dict[str, dict] = defaultdict(lambda: {"requests": 0, "unchanged": 0})
    first = None
    for started, stats in db.execute("SELECT started_at, stats FROM crawl_runs WHERE started_at >= ? "
                                     "AND stats IS NOT NULL", [iso(since)]):
        first = min(first or started, started)
        for outlet, counts in json.loads(stats).get("outlets", {}).items():
            totals[outlet]["requests"] += sum(counts.get(k, 0) for k in _SOURCE_REQUESTS + _ARTICLE_REQUESTS)
            totals[outlet]["unchanged"] += counts.get("sources_unchanged", 0)
    # over the days the runs cover, at least one: a store a few hours old is not extrapolated
    days = max(1.0, (now - parse_iso(first)).total_seconds() / 86400) if first else 1.0
    return {outlet: {"per_day": round(t["requests"] / days, 1), "unchanged_per_day": round(t["unchanged"] / days, 1),
                     "days": round(days, 1)} for outlet, t in totals.items()}


def outlet_health(config: Config, now: datetime | None = None) -> list[dict]:
    """Every registry outlet with its sources' health ('never', 'ok', 'failing', 'dead'),
    its detection delay and its requests per day over the last 30 days."""
    outlets = load_registry(config.crawl.outlets)
    now = now or utcnow()
    states: dict[str, dict] = {}
    delays: dict[str, dict] = {}
    rates: dict[str, dict] = {}
    if config.store_path.exists():
        db = open_db(config.store_path, readonly=True)
        states = {row["url"]: row for row in db["sources"].rows}
        children = [row for row in states.values() if row["kind"] == "sitemap"]
        delays = detection_delays(db, now - WINDOW)
        rates = request_rates(db, now - WINDOW, now)
        db.close()
    else:
        children = []
    result = []
    for outlet in outlets:
        urls = [("feed", u) for u in outlet.feeds] + [("sitemap", u) for u in outlet.sitemaps] + [
            ("listing", u) for u in outlet.listings]
        configured = {u for _, u in urls}
        urls += [("sitemap", row["url"]) for row in children if row["outlet"] == outlet.name and row["url"] not in configured]
        sources = []
        for kind, url in urls:
            health, detail = _health(states.get(url))
            sources.append({"kind": kind, "url": url, "health": health, "detail": detail})
        result.append({**outlet.as_dict(), "sources": sources, "detection_delay": delays.get(outlet.name),
                       "requests": rates.get(outlet.name)})
    return result
