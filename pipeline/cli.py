"""The `newsmon` command line: parse, call a stage, print. No stage logic here.

Exit codes: 0 success; 1 unexpected error (a bug: please report it with the log);
2 bad configuration, registry or database; 3 nothing at all could be crawled; 4 another
`newsmon run` is in progress; 5 some alerts could not be delivered (retried next run).
"""

from __future__ import annotations

import json
import logging
import sys
from logging.handlers import RotatingFileHandler
from pathlib import Path

import click

from models.errors import ConfigError, NewsmonError
from pipeline.config import Config, load_config

logger = logging.getLogger("newsmon")


def setup_logging(verbose: bool, log_file: Path | None) -> None:
    class _Quiet(logging.Filter):
        # Scrapy and Twisted talk a lot at INFO; keep their warnings and errors only.
        def filter(self, record: logging.LogRecord) -> bool:
            if record.name == "scrapy.downloadermiddlewares.robotstxt" and not verbose:
                return False  # a failed robots.txt is followed by the page's own failure, logged by the spider
            noisy = record.name.split(".")[0] in ("scrapy", "twisted", "py", "asyncio", "filelock", "trafilatura")
            return verbose or not noisy or record.levelno >= logging.WARNING

    fmt = logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s", "%H:%M:%S")
    root = logging.getLogger()
    root.handlers.clear()
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    terminal = logging.StreamHandler(sys.stderr)
    terminal.setFormatter(fmt)
    terminal.addFilter(_Quiet())
    root.addHandler(terminal)
    if log_file:
        try:
            log_file.parent.mkdir(parents=True, exist_ok=True)
            handler = RotatingFileHandler(log_file, maxBytes=5_000_000, backupCount=3, encoding="utf-8")
        except OSError as exc:
            raise ConfigError(f"{log_file}: cannot write the log file ({exc.strerror}); "
                              "set log_file to a writable path or to \"\"") from exc
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        handler.addFilter(_Quiet())
        root.addHandler(handler)


class NewsmonGroup(click.Group):
    """Turns expected failures into one message and an exit code, not a traceback."""

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except NewsmonError as exc:
            click.echo(f"newsmon: {exc}", err=True)
            ctx.exit(exc.exit_code)


@click.group(cls=NewsmonGroup)
@click.option("--config", "config_path", type=click.Path(dir_okay=False),
              help="newsmon.toml to read (default: $NEWSMON_CONFIG, else ./newsmon.toml, else built-in defaults).")
@click.option("-v", "--verbose", is_flag=True, help="Also show Scrapy's own log lines.")
@click.version_option(package_name="newsmon")
@click.pass_context
def cli(ctx, config_path, verbose):
    """newsmon: watch the news for political-prisoner releases and keep every claim with its sources."""
    ctx.obj = {"config_path": config_path, "verbose": verbose}


def _config(ctx, db: str | None) -> Config:
    # read once per command: `run` calls three stages, which should share one config and log setup
    if "config" not in ctx.obj:
        ctx.obj["config"] = config = load_config(ctx.obj["config_path"])
        log_file = config.run.log_file if ctx.obj.get("log_file_override") == "run" else config.crawl.log_file
        setup_logging(ctx.obj["verbose"], log_file)
    return ctx.obj["config"].with_overrides(db=db)


def _crawl(ctx, db, outlets, refresh) -> int:
    from pipeline.crawl import run_crawl

    config = _config(ctx, db)
    click.echo(f"newsmon: crawling into {config.store_path}", err=True)
    report = run_crawl(config, list(outlets) or None, refresh=refresh)
    click.echo(report.summary_line())
    if report.failed_outlets:
        click.echo(f"newsmon: {len(report.failed_outlets)} outlet(s) failed:", err=True)
        for line in report.failure_lines():
            click.echo(f"  {line}", err=True)
    if report.nothing_crawled:
        click.echo("newsmon: nothing could be crawled (every source failed); see the reasons above", err=True)
        return 3
    return 0


_FORMATS = click.Choice(["table", "csv", "json"])
_db_option = click.option("--db", type=click.Path(dir_okay=False), help="SQLite store (default: [store] path).")


@cli.command()
@_db_option
@click.option("--outlet", "outlets", multiple=True, metavar="NAME", help="Crawl only this outlet (repeatable).")
@click.option("--refresh", is_flag=True, help="Fetch articles again even if already stored.")
@click.pass_context
def crawl(ctx, db, outlets, refresh):
    """Crawl the outlets' feeds, sitemaps and listings; store new article pages."""
    ctx.exit(_crawl(ctx, db, outlets, refresh))


@cli.command()
@_db_option
@click.option("--outlet", "outlets", multiple=True, metavar="NAME", help="Only this outlet (repeatable).")
@click.pass_context
def run(ctx, db, outlets):
    """The cron job: every stage on what is new (crawl, process, merge, alert).

    Takes a lock (a second run exits at once with code 4), logs to [run] log_file as
    well, prints new alerts on standard output and ends with a one-line JSON summary.
    """
    from pipeline.cron import cron_run

    ctx.obj["log_file_override"] = "run"
    config = _config(ctx, db)
    ctx.exit(cron_run(config, list(outlets) or None))


@cli.command()
@click.option("--db", type=click.Path(dir_okay=False), default="demo.db", show_default=True,
              help="Where the demo store goes (replaced if it is an earlier demo's).")
@click.pass_context
def demo(ctx, db):
    """Run the whole pipeline offline on a bundled sample of made-up outlets, into ./demo.db."""
    from pipeline.demo_run import run_demo

    ctx.exit(run_demo(_config(ctx, None), Path(db)))


@cli.group()
def alerts():
    """Alerts: list them, send what is pending, test the targets."""


@alerts.command("list")
@_db_option
@click.option("--pending", "only_pending", is_flag=True, help="Only alerts some target has not received yet.")
@click.option("--format", "fmt", type=_FORMATS, default="table", show_default=True)
@click.pass_context
def alerts_list(ctx, db, only_pending, fmt):
    """Alerts, newest first, with the targets that got them and those still to get them."""
    from models.schema import open_db
    from pipeline.notify import configured_targets, pending

    config = _config(ctx, db)
    store = open_db(config.store_path, create=False)
    try:
        waiting = {alert["id"]: [t.id for t in missing] for alert, missing in pending(store, configured_targets(config))}
        rows = [dict(r) for r in store.query(
            """SELECT a.id, a.created_at, a.watch, a.kind, a.title,
                      (SELECT group_concat(target, ' ') FROM alert_deliveries d
                       WHERE d.alert_id = a.id AND d.state = 'sent') AS sent_to,
                      (SELECT group_concat(target || ': ' || error, '; ') FROM alert_deliveries d
                       WHERE d.alert_id = a.id AND d.state = 'failed') AS failed
               FROM alerts a WHERE a.covered_by IS NULL AND a.title IS NOT NULL ORDER BY a.id DESC""")]
    finally:
        store.close()
    for row in rows:
        row["pending"] = " ".join(waiting.get(row["id"], [])) or None
    if only_pending:
        rows = [row for row in rows if row["pending"]]
    _print_rows(rows, fmt)


@alerts.command("send")
@_db_option
@click.pass_context
def alerts_send(ctx, db):
    """The alert stage alone: create the alerts the store calls for, deliver what is pending."""
    from pipeline.alert import run_alerts

    stage = run_alerts(_config(ctx, db))
    click.echo(f"alert: {stage['new']} new; {stage['sent']} deliveries sent, {stage['failed']} failed, "
               f"{stage['pending']} pending", err=True)
    for error in stage["errors"]:
        click.echo(f"  {error}", err=True)
    ctx.exit(5 if stage["pending"] else 0)


@alerts.command("test")
@click.pass_context
def alerts_test(ctx):
    """Send a test message to every configured target; say which failed and why."""
    from pipeline.notify import test_targets

    results = test_targets(_config(ctx, None))
    for target, error in results:
        click.echo(f"{'FAILED' if error else 'ok':6} {target}{': ' + error if error else ''}", err=True)
    ctx.exit(5 if any(error for _, error in results) else 0)


def _merge(ctx, db) -> None:
    from pipeline.merge import run_merge

    click.echo(run_merge(_config(ctx, db)).summary_line())


@cli.command()
@_db_option
@click.pass_context
def merge(ctx, db):
    """Merge claim mentions into claims with all their sources, release events and conflicts."""
    _merge(ctx, db)




def _print_rows(rows: list[dict], fmt: str) -> None:
    if fmt == "json":
        click.echo(json.dumps(rows, indent=2, ensure_ascii=False))
    elif fmt == "csv":
        import csv

        writer = csv.DictWriter(sys.stdout, fieldnames=list(rows[0]) if rows else [])
        writer.writeheader()
        writer.writerows(rows)
    else:
        for row in rows:
            click.echo("  ".join(f"{k}={v}" for k, v in row.items()))


def _query(ctx, db, sql: str, params: list) -> list[dict]:
    from models.schema import open_db

    config = _config(ctx, db)
    store = open_db(config.store_path, create=False)
    try:
        return [dict(r) for r in store.query(sql, params)]
    finally:
        store.close()


@cli.command()
@_db_option
@click.option("--event", "event_id", type=int, help="Only the claims of this release event.")
@click.option("--since", help="Only claims first reported on or after this date (YYYY-MM-DD).")
@click.option("--limit", type=click.IntRange(0), default=100, show_default=True,
              help="At most this many claims, the most independently reported first (0 = all).")
@click.option("--format", "fmt", type=_FORMATS, default="table", show_default=True)
@click.pass_context
def claims(ctx, db, event_id, since, limit, fmt):
    """List merged claims with how many sources state them (view claims_with_sources)."""
    where, params = [], []
    if event_id is not None:
        where.append("event_id = ?")
        params.append(event_id)
    if since:
        where.append("first_reported_at >= ?")
        params.append(since)
    columns = ("claim_id, event_id, country, predicate, noun_class, count, count_high, qualifier, sources, "
               "independent_sources, first_reported_at, last_reported_at")
    if fmt == "json":
        columns += ", json(source_list) AS source_list"
    sql = f"SELECT {columns} FROM claims_with_sources"
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY independent_sources DESC, claim_id"
    if limit:
        sql += " LIMIT ?"
        params.append(limit)
    rows = _query(ctx, db, sql, params)
    if limit and len(rows) == limit:
        click.echo(f"(the first {limit} claims; --limit 0 lists all)", err=True)
    if fmt == "json":
        for row in rows:
            row["source_list"] = json.loads(row["source_list"])
    _print_rows(rows, fmt)


@cli.command()
@click.argument("text")
@_db_option
@click.option("--claims", "in_claims", is_flag=True, help="Search claim sentences instead of articles.")
@click.option("--limit", type=click.IntRange(1, 1000), default=20, show_default=True)
@click.option("--format", "fmt", type=_FORMATS, default="table", show_default=True)
@click.pass_context
def search(ctx, text, db, in_claims, limit, fmt):
    """Full-text search (SQLite FTS5 syntax) over article titles and text, or claim sentences."""
    import sqlite3

    if in_claims:
        sql = """SELECT m.article_url AS url, m.kind, m.count, m.predicate, m.person_name,
                        snippet(claim_mentions_fts, 0, '[', ']', '…', 12) AS snippet
                 FROM claim_mentions_fts JOIN claim_mentions m ON m.rowid = claim_mentions_fts.rowid
                 WHERE claim_mentions_fts MATCH ? ORDER BY rank LIMIT ?"""
    else:
        sql = """SELECT a.page_url AS url, a.title, a.published_at,
                        snippet(articles_fts, 1, '[', ']', '…', 12) AS snippet
                 FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid
                 WHERE articles_fts MATCH ? ORDER BY rank LIMIT ?"""
    try:
        rows = _query(ctx, db, sql, [text, limit])
    except sqlite3.OperationalError as exc:
        raise click.UsageError(f"cannot search for {text!r}: {exc} (FTS5 syntax: words, \"a phrase\", OR, NOT)")
    _print_rows(rows, fmt)


@cli.command()
@_db_option
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", type=int, default=8001, show_default=True)
@click.pass_context
def serve(ctx, db, host, port):
    """Browse the store in Datasette, with descriptions, facets and canned queries."""
    import uvicorn

    from models.schema import open_db
    from pipeline.serve import datasette_for

    config = _config(ctx, db)
    open_db(config.store_path, create=False).close()  # migrate, or say clearly that it is missing
    click.echo(f"newsmon: Datasette on http://{host}:{port}/{config.store_path.stem} (Ctrl-C stops it)", err=True)
    uvicorn.run(datasette_for(config.store_path).app(), host=host, port=port, log_level="warning")


@cli.command()
@_db_option
@click.option("--format", "fmt", type=_FORMATS, default="table", show_default=True)
@click.pass_context
def events(ctx, db, fmt):
    """List release events, newest first, with the released counts as reported (view release_events)."""
    _print_rows(_query(ctx, db, "SELECT * FROM release_events", []), fmt)



def _process(ctx, db, reprocess, workers) -> None:
    from pipeline.process import run_process

    config = _config(ctx, db)

    def progress(done: int, total: int) -> None:
        click.echo(f"process: {done}/{total} pages", err=True)

    report = run_process(config, reprocess=reprocess, workers=workers, progress=progress)
    click.echo(report.summary_line())
    for error in report.errors[:10]:
        click.echo(f"  error: {error}", err=True)


@cli.command()
@_db_option
@click.option("--reprocess", is_flag=True, help="Process every stored page again, not only new ones.")
@click.option("--workers", type=click.IntRange(1, 64), help="Processes running extraction and spaCy.")
@click.pass_context
def process(ctx, db, reprocess, workers):
    """Turn new pages into articles with their entities and claims (trafilatura + spaCy)."""
    _process(ctx, db, reprocess, workers)


@cli.command()
@click.argument("file", type=click.File("rb"))
@click.option("--url", default="http://localhost/article", show_default=True,
              help="The page's URL (used for URL dates and relative links).")
@click.option("--json", "as_json", is_flag=True, help="Print the result as JSON.")
@click.pass_context
def extract(ctx, file, url, as_json):
    """Extract one saved page (FILE, or - for standard input) without a database."""
    from dataclasses import asdict

    from models.records import PageHints
    from pipeline.extract import extract_article
    from pipeline.process import analyze_articles, load_nlp

    config = _config(ctx, None)
    article = extract_article(file.read(), None, PageHints(url=url), max_chars=config.process.max_text_chars)
    (analysis,) = analyze_articles(load_nlp(config.process.model), [(article, article.published_at)],
                                   config.process.batch_size)
    if as_json:
        click.echo(json.dumps({"article": asdict(article), "analysis": asdict(analysis) if analysis else None},
                              indent=2, ensure_ascii=False))
        return
    click.echo(f"{article.state}: {article.title or '(no title)'}")
    click.echo(f"  published {article.published_at or '?'} ({article.date_source or 'no date'})"
               f"{'  flags: ' + ', '.join(article.date_flags) if article.date_flags else ''}")
    click.echo(f"  language {article.language}, {len(article.text)} characters{' (truncated)' if article.truncated else ''}")
    if article.error:
        click.echo(f"  {article.error}")
    if analysis:
        click.echo(f"  release report: {'yes' if analysis.release_report else 'no'}"
                   f"{' (' + analysis.release_country + ')' if analysis.release_country else ''}")
        for c in analysis.claims:
            if c.kind == "count":
                high = f"-{c.count_high}" if c.count_high else ""
                click.echo(f"  count  {c.count}{high} {c.qualifier} {c.noun} {c.predicate} [{c.status}]"
                           f"{' place=' + c.place if c.place else ''}{' date=' + c.event_date if c.event_date else ''}")
            else:
                click.echo(f"  person {c.person_name}{' (' + c.person_role + ')' if c.person_role else ''} {c.predicate}")
            click.echo(f"         \"{c.sentence[:160]}\"")


@cli.command()
@_db_option
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of a table.")
@click.pass_context
def outlets(ctx, db, as_json):
    """List the outlet registry with each feed's and sitemap's health."""
    from pipeline.health import outlet_health

    config = _config(ctx, db)
    rows = outlet_health(config)
    if as_json:
        click.echo(json.dumps(rows, indent=2, ensure_ascii=False))
        return
    for outlet in rows:
        flags = ("" if outlet["enabled"] else " [disabled]") + ("" if outlet["verified"] else " [unverified]")
        click.echo(f"{outlet['name']:<18} {outlet['language']}  {outlet['title']}{flags}")
        for source in outlet["sources"]:
            click.echo(f"    {source['kind']:<8} {source['health']:<10} {source['url']}")
            if source.get("detail"):
                click.echo(f"             {source['detail']}")


def main() -> None:
    cli(prog_name="newsmon")

if __name__ == "__main__":
    main()
