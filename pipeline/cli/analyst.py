"""The analysts' commands: claims, events, search, serve, and alerts (list, send, test).
They read the store, opened read-only (a read-only copy or mount works; nothing is ever
migrated or written here); the stages are in pipeline/cli/main.py."""

from __future__ import annotations

import json
import sys

import click

from newsmon.models import queries
from newsmon.models.errors import ExitCode
from newsmon.pipeline.cli.common import FORMATS, command_config, db_option


def print_rows(rows: list[dict], fmt: str) -> None:
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


def query(ctx, db, sql: str, params: dict) -> list[dict]:
    from newsmon.models.schema import open_db

    config = command_config(ctx, db)
    store = open_db(config.store_path, readonly=True)
    try:
        return [dict(r) for r in store.query(sql, params)]
    finally:
        store.close()


@click.command()
@db_option
@click.option("--event", "event_id", type=int, help="Only the claims of this release event.")
@click.option("--since", help="Only claims first reported on or after this date (YYYY-MM-DD).")
@click.option("--limit", type=click.IntRange(0), default=100, show_default=True,
              help="At most this many claims, the most independently reported first (0 = all).")
@click.option("--format", "fmt", type=FORMATS, default="table", show_default=True)
@click.pass_context
def claims(ctx, db, event_id, since, limit, fmt):
    """List merged claims with how many sources state them (view claims_with_sources)."""
    sql = queries.claims(event=event_id is not None, since=bool(since), limit=bool(limit), with_sources=fmt == "json")
    params = {"event_id": event_id, "since": since, "limit": limit}
    rows = query(ctx, db, sql, params)
    if limit and len(rows) == limit:
        click.echo(f"(the first {limit} claims; --limit 0 lists all)", err=True)
    if fmt == "json":
        for row in rows:
            row["source_list"] = json.loads(row["source_list"])
    print_rows(rows, fmt)


@click.command()
@click.argument("text")
@db_option
@click.option("--claims", "in_claims", is_flag=True, help="Search claim sentences instead of articles.")
@click.option("--limit", type=click.IntRange(1, 1000), default=20, show_default=True)
@click.option("--format", "fmt", type=FORMATS, default="table", show_default=True)
@click.pass_context
def search(ctx, text, db, in_claims, limit, fmt):
    """Full-text search (SQLite FTS5 syntax) over article titles and text, or claim sentences."""
    import sqlite3

    try:
        rows = query(ctx, db, queries.search(in_claims=in_claims), {"text": text, "limit": limit})
    except sqlite3.OperationalError as exc:
        raise click.UsageError(f"cannot search for {text!r}: {exc} (FTS5 syntax: words, \"a phrase\", OR, NOT)")
    print_rows(rows, fmt)


@click.command()
@db_option
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", type=int, default=8001, show_default=True)
@click.pass_context
def serve(ctx, db, host, port):
    """Browse the store in Datasette, with descriptions, facets and canned queries."""
    import uvicorn

    from newsmon.models.schema import open_db
    from newsmon.pipeline.serve import datasette_for

    config = command_config(ctx, db)
    open_db(config.store_path, readonly=True).close()  # say clearly that it is missing, old or too new
    click.echo(f"newsmon: Datasette on http://{host}:{port}/{config.store_path.stem} (Ctrl-C stops it)", err=True)
    uvicorn.run(datasette_for(config.store_path).app(), host=host, port=port, log_level="warning")


@click.command()
@db_option
@click.option("--format", "fmt", type=FORMATS, default="table", show_default=True)
@click.pass_context
def events(ctx, db, fmt):
    """List release events, newest first, with the released counts as reported (view release_events)."""
    print_rows(query(ctx, db, queries.EVENTS, {}), fmt)



@click.group()
def alerts():
    """Alerts: list them, send what is pending, test the targets."""


@alerts.command("list")
@db_option
@click.option("--pending", "only_pending", is_flag=True, help="Only alerts some target has not received yet.")
@click.option("--format", "fmt", type=FORMATS, default="table", show_default=True)
@click.pass_context
def alerts_list(ctx, db, only_pending, fmt):
    """Alerts, newest first, with the targets that got them and those still to get them."""
    from newsmon.models.schema import open_db
    from newsmon.pipeline.alert.notify import configured_targets, pending

    config = command_config(ctx, db)
    store = open_db(config.store_path, readonly=True)
    try:
        waiting = {alert["id"]: [t.id for t in missing] for alert, missing in pending(store, configured_targets(config))}
        rows = [dict(r) for r in store.query(queries.ALERTS)]
    finally:
        store.close()
    for row in rows:
        row["pending"] = " ".join(waiting.get(row["id"], [])) or None
    if only_pending:
        rows = [row for row in rows if row["pending"]]
    print_rows(rows, fmt)


@alerts.command("send")
@db_option
@click.pass_context
def alerts_send(ctx, db):
    """The alert stage alone: create the alerts the store calls for, deliver what is pending."""
    from newsmon.pipeline.runner import alert_stage

    run = alert_stage(command_config(ctx, db))
    click.echo(run.line, err=True)
    for problem in run.problems:
        click.echo(f"  {problem}", err=True)
    ctx.exit(run.code)


@alerts.command("test")
@click.pass_context
def alerts_test(ctx):
    """Send a test message to every configured target; say which failed and why."""
    from newsmon.pipeline.alert.notify import test_targets

    config = command_config(ctx, None)
    results = test_targets(config)
    for target, error in results:
        click.echo(f"{'FAILED' if error else 'ok':6} {target}{': ' + error if error else ''}", err=True)
    if not config.alerts.targets:
        click.echo("(no apprise URL in [alerts] targets of the configuration: only the built-in targets were tested)",
                   err=True)
    ctx.exit(ExitCode.UNDELIVERED if any(error for _, error in results) else ExitCode.OK)
