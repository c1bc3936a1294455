"""The `newsmon` command line: parse, call a stage, print. No stage logic here.

Exit codes: 0 success; 1 unexpected error (a bug: please report it with the log);
2 bad configuration, registry or database; 3 nothing at all could be crawled; 4 another
`newsmon run` is in progress; 5 some alerts could not be delivered (retried next run).
"""

from __future__ import annotations

import json
import logging
import sqlite3
from pathlib import Path

import click

from newsmon.models.errors import ExitCode, NewsmonError, store_failure
from newsmon.pipeline.cli.analyst import alerts, claims, events, search, serve
from newsmon.pipeline.cli.common import command_config, db_option

logger = logging.getLogger("newsmon")


class NewsmonGroup(click.Group):
    """Turns expected failures into one message and an exit code, not a traceback."""

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except NewsmonError as exc:
            click.echo(f"newsmon: {exc}", err=True)
            ctx.exit(exc.exit_code)
        except sqlite3.Error as exc:
            store = (ctx.obj or {}).get("store", "the store")
            click.echo(f"newsmon: {store_failure(store, ctx.invoked_subcommand or 'newsmon', exc)}", err=True)
            ctx.exit(ExitCode.CONFIG)


@click.group(cls=NewsmonGroup)
@click.option("--config", "config_path", type=click.Path(dir_okay=False),
              help="newsmon.toml to read (default: $NEWSMON_CONFIG, else ./newsmon.toml, else built-in defaults).")
@click.option("-v", "--verbose", is_flag=True, help="Also show Scrapy's own log lines.")
@click.version_option(package_name="newsmon")
@click.pass_context
def cli(ctx, config_path, verbose):
    """newsmon: watch the news for political-prisoner releases and keep every claim with its sources."""
    ctx.obj = {"config_path": config_path, "verbose": verbose}


def _report(run) -> int:
    """A stage's one-line summary on standard output, its problems on standard error."""
    click.echo(run.line)
    for problem in run.problems:
        click.echo(f"  {run.name}: {problem}", err=True)
    return int(run.code)


@cli.command()
@db_option
@click.option("--outlet", "outlets", multiple=True, metavar="NAME", help="Crawl only this outlet (repeatable).")
@click.option("--refresh", is_flag=True, help="Fetch articles again even if already stored.")
@click.pass_context
def crawl(ctx, db, outlets, refresh):
    """Crawl the outlets' feeds, sitemaps and listings; store new article pages."""
    from newsmon.pipeline.runner import crawl_stage

    config = command_config(ctx, db)
    click.echo(f"newsmon: crawling into {config.store_path}", err=True)
    ctx.exit(_report(crawl_stage(config, list(outlets) or None, refresh=refresh)))


@cli.command()
@db_option
@click.option("--outlet", "outlets", multiple=True, metavar="NAME", help="Only this outlet (repeatable).")
@click.pass_context
def run(ctx, db, outlets):
    """The cron job: every stage on what is new (crawl, process, merge, alert).

    Takes a lock (a second run exits at once with code 4), logs to [run] log_file as
    well, prints new alerts on standard output and ends with a one-line JSON summary.
    """
    from newsmon.pipeline.runner import cron_run

    ctx.obj["log_file_override"] = "run"
    config = command_config(ctx, db)
    ctx.exit(cron_run(config, list(outlets) or None))


@cli.command()
@click.option("--db", type=click.Path(dir_okay=False), default="demo.db", show_default=True,
              help="Where the demo store goes (replaced if it is an earlier demo's).")
@click.pass_context
def demo(ctx, db):
    """Run the whole pipeline offline on a bundled sample of made-up outlets, into ./demo.db."""
    from newsmon.pipeline.demo.run import run_demo

    ctx.exit(run_demo(command_config(ctx, None), Path(db)))


@cli.command()
@db_option
@click.pass_context
def merge(ctx, db):
    """Merge claim mentions into claims with all their sources, release events and conflicts."""
    from newsmon.pipeline.runner import merge_stage

    ctx.exit(_report(merge_stage(command_config(ctx, db))))


@cli.command()
@db_option
@click.option("--reprocess", is_flag=True, help="Process every stored page again, not only new ones.")
@click.option("--workers", type=click.IntRange(1, 64), help="Processes running extraction and spaCy.")
@click.pass_context
def process(ctx, db, reprocess, workers):
    """Turn new pages into articles with their entities and claims (trafilatura + spaCy)."""
    from newsmon.pipeline.runner import process_stage

    def progress(done: int, total: int) -> None:
        click.echo(f"process: {done}/{total} pages", err=True)

    run = process_stage(command_config(ctx, db), reprocess=reprocess, workers=workers, progress=progress)
    ctx.exit(_report(run))


@cli.command()
@click.argument("file", type=click.File("rb"))
@click.option("--url", default="http://localhost/article", show_default=True,
              help="The page's URL (used for URL dates and relative links).")
@click.option("--json", "as_json", is_flag=True, help="Print the result as JSON.")
@click.pass_context
def extract(ctx, file, url, as_json):
    """Extract one saved page (FILE, or - for standard input) without a database."""
    from dataclasses import asdict

    from newsmon.models.records import PageHints
    from newsmon.pipeline.process.extract import extract_article
    from newsmon.pipeline.process.stage import analyze_articles, load_nlp

    config = command_config(ctx, None)
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
@db_option
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of a table.")
@click.pass_context
def outlets(ctx, db, as_json):
    """List the outlet registry with each feed's and sitemap's health, each outlet's
    detection delay (publication to first seen: median and 90th percentile over the last
    30 days) and its requests per day."""
    from newsmon.pipeline.crawl.health import outlet_health

    config = command_config(ctx, db)
    rows = outlet_health(config)
    if as_json:
        click.echo(json.dumps(rows, indent=2, ensure_ascii=False))
        return
    for outlet in rows:
        flags = ("" if outlet["enabled"] else " [disabled]") + ("" if outlet["verified"] else " [unverified]")
        flags += " [low priority]" if outlet["priority"] == "low" else ""
        click.echo(f"{outlet['name']:<18} {outlet['language']}  {outlet['title']}{flags}")
        click.echo(f"    {_detection_line(outlet['detection_delay'], outlet['requests'])}")
        for source in outlet["sources"]:
            click.echo(f"    {source['kind']:<8} {source['health']:<10} {source['url']}")
            if source.get("detail"):
                click.echo(f"             {source['detail']}")


def _detection_line(delay: dict | None, requests: dict | None) -> str:
    from newsmon.models.times import duration

    if delay:
        n = delay["articles"]
        seen = (f"detection delay p50 {duration(delay['p50'])}, p90 {duration(delay['p90'])} "
                f"({n} article{'s' if n != 1 else ''}, 30 days)")
    else:
        seen = "detection delay: no article first seen in the last 30 days"
    if requests:
        seen += (f"; {requests['per_day']:g} requests/day, {requests['unchanged_per_day']:g} of them to "
                 f"unchanged sources (over {requests['days']:g} days)")
    return seen


for _command in (claims, events, search, serve, alerts):
    cli.add_command(_command)


def main() -> None:
    cli(prog_name="newsmon")

if __name__ == "__main__":
    main()
