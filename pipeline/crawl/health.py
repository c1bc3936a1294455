"""Health of each outlet's feeds, sitemaps and listings, read from the store."""

from __future__ import annotations

from newsmon.models.schema import open_db
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


def outlet_health(config: Config) -> list[dict]:
    """Every registry outlet with its sources' health ('never', 'ok', 'failing', 'dead')."""
    outlets = load_registry(config.crawl.outlets)
    states: dict[str, dict] = {}
    if config.store_path.exists():
        db = open_db(config.store_path, readonly=True)
        states = {row["url"]: row for row in db["sources"].rows}
        children = [row for row in states.values() if row["kind"] == "sitemap"]
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
        result.append({**outlet.as_dict(), "sources": sources})
    return result
