"""`newsmon demo`: the whole pipeline, offline, on a bundled sample web.

Four made-up outlets (pipeline/demo/site) are served from 127.0.0.1 and the crawler is
pointed at that server as its HTTP proxy, so their URLs look like real ones
(http://amberwire.demo/...) and nothing reaches the internet. Then `newsmon run` as cron
would call it, into ./demo.db, alerts on standard output; then a short tour.
"""

from __future__ import annotations

import os
import sqlite3
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path

import click

from newsmon.models.errors import ExitCode, NewsmonError
from newsmon.models.predicates import WATCH_DEFAULT
from newsmon.pipeline.alert.plan import counted, figure, predicate_words
from newsmon.pipeline.config import AlertsConfig, Config, RunConfig, Watch
from newsmon.pipeline.demo.localweb import FixtureWeb, load_routes
from newsmon.pipeline.runner import cron_run

DEMO = Path(__file__).resolve().parent
_PROXY_VARIABLES = ("http_proxy", "HTTP_PROXY", "https_proxy", "HTTPS_PROXY", "no_proxy", "NO_PROXY")


def demo_config(base: Config, db: Path) -> Config:
    """The user's configuration (model, workers) aimed at the demo web and ``db``; the
    user's alert targets are left out: the demo's alerts go to the terminal only."""
    crawl = replace(base.crawl, outlets=DEMO / "outlets.toml", polite=False, max_age_days=0, hosts_only=True,
                    allow_private_addresses=True,
                    hosts={"*.demo": "127.0.0.1", "127.0.0.1": "127.0.0.1"}, timeout=10.0, retries=1,
                    progress_interval=30.0)
    watch = Watch(name="belarus-releases", countries=("Belarus",), predicates=WATCH_DEFAULT)
    return replace(base, store_path=db, crawl=crawl, run=RunConfig(log_file=None),
                   alerts=AlertsConfig(stdout=True, jsonl=None, watches=(watch,)))


def _is_demo_store(path: Path) -> bool:
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            homepages = [h for (h,) in con.execute("SELECT homepage FROM outlets")]
        finally:
            con.close()
    except sqlite3.Error:
        return False
    return all(".demo/" in h for h in homepages)


def _fresh(db: Path) -> None:
    if not db.exists():
        return
    if not _is_demo_store(db):
        raise NewsmonError(f"{db} exists and is not a newsmon demo store; pass --db with another path")
    for suffix in ("", "-wal", "-shm", ".lock"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)


@contextmanager
def _proxy(url: str):
    saved = {name: os.environ.pop(name) for name in _PROXY_VARIABLES if name in os.environ}
    os.environ["http_proxy"] = url
    try:
        yield
    finally:
        os.environ.pop("http_proxy", None)
        os.environ.update(saved)


def _sources(n: int) -> str:
    return f"{n} source{'' if n == 1 else 's'}"


def tour(db: Path, shown: str) -> None:
    """What the run left in the store, in a few lines, and what to try next."""
    con = sqlite3.connect(db)
    con.row_factory = sqlite3.Row
    try:
        click.echo("\nRelease events (view release_events):")
        for e in con.execute("SELECT * FROM release_events"):
            click.echo(f"  event {e['event_id']}: {e['country']} {e['event_date']}, released {e['released_counts']}"
                       f" - {_sources(e['sources'])}, {e['independent_sources']} independent")
        click.echo("\nClaims (view claims_with_sources; * = the same quantity reported with other figures):")
        conflicted = {r[0] for r in con.execute("SELECT claim_id FROM conflicts")}
        for c in con.execute("SELECT * FROM claims_with_sources ORDER BY event_id IS NULL, event_id, "
                             "independent_sources DESC, claim_id"):
            what = f"{figure(c['count'], c['count_high'], c['qualifier'])} {counted(None, c['noun_class'])} " \
                   f"{predicate_words(c['predicate'])}"
            click.echo(f"  {'*' if c['claim_id'] in conflicted else ' '} {what} (event {c['event_id'] or '-'}): "
                       f"{_sources(c['sources'])}, {c['independent_sources']} independent")
        click.echo("\nReleased persons (view released_persons):")
        for p in con.execute("SELECT * FROM released_persons"):
            click.echo(f"  {p['name']} (written {p['name_variants'].replace(',', ', ')}; "
                       f"{(p['roles'] or 'no role given').replace(',', ', ')}): {_sources(p['sources'])}")
    finally:
        con.close()
    click.echo(f"""
Try next:
  newsmon serve --db {shown}                   browse it in Datasette: canned queries, facets, search
  sqlite3 {shown} "SELECT * FROM conflicts"    the figures outlets disagree on, with their sources
  newsmon claims --db {shown} --format json    every claim with its source URLs and sentences
  newsmon search --db {shown} Tsikhanouski     full-text search over the articles""")


def run_demo(base: Config, db: Path) -> int:
    shown = str(db)
    db = db if db.is_absolute() else Path.cwd() / db
    _fresh(db)
    config = demo_config(base, db)
    routes = load_routes(DEMO / "site" / "routes.toml")
    with FixtureWeb(routes, address="127.0.0.1", port=0) as web, _proxy(f"http://127.0.0.1:{web.port}"):
        click.echo(f"newsmon demo: serving {len({u.split('/')[2] for u in routes})} made-up outlets on "
                   f"127.0.0.1:{web.port}; running crawl -> process -> merge -> alert into {db}\n", err=True)
        code = cron_run(config)
    if code in (ExitCode.OK, ExitCode.UNDELIVERED):
        tour(db, shown)
    return code
