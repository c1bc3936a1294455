"""Extraction accuracy on real pages: newsmon's `extract_article` and trafilatura's defaults
side by side on the public article-extraction benchmark (scrapinghub/article-extraction-benchmark,
181 article pages with their true article text, MIT licence). The pages are not in this
repository; the README's "Extraction accuracy" section says how to get them.

Text: precision, recall and F1 as the benchmark defines them — over word 4-grams
("shingles") of the extracted text against the true `articleBody`, per page, then averaged
over the pages (a page with no extracted text counts in recall, not in precision); also the
number of empty outputs, the median milliseconds per page over several runs, and that time
as a multiple of trafilatura's defaults measured in the same run.
Dates (newsmon only): of the pages with a date in their URL, how many got a date within one
day of it (in the page's own offset), and how many dates fell before 1995.

    python bench/extraction.py [DATA_DIR] [--runs 3]
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import re
import statistics
import sys
import time
from collections import Counter
from datetime import datetime, timedelta, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import trafilatura  # noqa: E402

from newsmon.models.records import PageHints  # noqa: E402
from newsmon.pipeline.process.dates import url_date  # noqa: E402
from newsmon.pipeline.process.extract import EXTRACTOR_VERSION, extract_article  # noqa: E402

DEFAULT_DATA = os.environ.get("NEWSMON_AEB_DATA", str(ROOT.parent / "aeb-data"))
SHINGLE = 4
_WORD = re.compile(r"\w+")


def load_pages(data: Path) -> list[tuple[str, str, bytes, str]]:
    """(id, url, html bytes, true article text) of each benchmark page."""
    truth = json.loads((data / "ground-truth.json").read_text(encoding="utf-8"))
    return [(key, item.get("url", ""), gzip.decompress((data / "html" / f"{key}.html.gz").read_bytes()),
             item.get("articleBody", "")) for key, item in sorted(truth.items())]


def shingles(text: str) -> Counter:
    words = _WORD.findall(text or "")
    if len(words) < SHINGLE:
        return Counter([tuple(words)]) if words else Counter()
    return Counter(tuple(words[i:i + SHINGLE]) for i in range(len(words) - SHINGLE + 1))


def page_scores(truth: str, guess: str) -> tuple[float | None, float | None]:
    """(precision, recall) of one page; None where the benchmark leaves the page out."""
    expected, found = shingles(truth), shingles(guess)
    hits = sum((expected & found).values())
    extra, missed = sum((found - expected).values()), sum((expected - found).values())
    if extra == missed == 0:
        return 1.0, 1.0  # identical, including both empty
    precision = hits / (hits + extra) if hits + extra else None
    recall = hits / (hits + missed) if hits + missed else None
    return precision, recall


def text_figures(pages, texts: list[str]) -> dict:
    scores = [page_scores(truth, text) for (_, _, _, truth), text in zip(pages, texts)]
    precision = statistics.mean(p for p, _ in scores if p is not None)
    recall = statistics.mean(r for _, r in scores if r is not None)
    return {"precision": precision, "recall": recall, "f1": 2 * precision * recall / (precision + recall),
            "empty": sum(not text.strip() for text in texts)}


def timed(pages, extractors: dict, runs: int) -> dict[str, tuple[list[str], float]]:
    """Per extractor: its texts of the first run, and the median over runs of its median ms
    per page. The extractors take turns page by page, so that a slow spell of this machine
    falls on all of them alike."""
    medians = {name: [] for name in extractors}
    texts: dict[str, list[str]] = {}
    for _ in range(runs):
        times = {name: [] for name in extractors}
        outputs = {name: [] for name in extractors}
        for _, url, body, _ in pages:
            for name, extract in extractors.items():
                start = time.perf_counter()
                outputs[name].append(extract(body, url))
                times[name].append(time.perf_counter() - start)
        for name in extractors:
            medians[name].append(statistics.median(times[name]) * 1000)
            texts.setdefault(name, outputs[name])
    return {name: (texts[name], statistics.median(medians[name])) for name in extractors}


def date_figures(pages, now: datetime) -> dict:
    with_url = near = early = dated = 0
    sources = Counter()
    for _, url, body, _ in pages:
        article = extract_article(body, "text/html; charset=utf-8", PageHints(url=url), now=now)
        sources[article.date_source or "none"] += 1
        if not article.published_at:
            continue
        dated += 1
        published = datetime.fromisoformat(article.published_at.replace("Z", "+00:00"))
        local = next((f[6:] for f in article.date_flags if f.startswith("local:")), None)
        day = datetime.fromisoformat(local).date() if local else published.date()  # the outlet's own day
        early += published.year < 1995
        if expected := url_date(url):
            with_url += 1
            near += abs(day - expected.date()) <= timedelta(days=1)
    return {"pages": len(pages), "dated": dated, "with_url_date": with_url, "near_url_date": near,
            "before_1995": early, "sources": dict(sources.most_common())}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("data", nargs="?", default=DEFAULT_DATA,
                        help="the benchmark's files (html/*.html.gz, ground-truth.json); default "
                             "$NEWSMON_AEB_DATA, else ../aeb-data beside the checkout (now %(default)s)")
    parser.add_argument("--runs", type=int, default=3, help="timing runs; the median is printed")
    args = parser.parse_args()
    data = Path(args.data)
    if not (data / "ground-truth.json").is_file() or not (data / "html").is_dir():
        sys.exit(f"No benchmark data in {data}: it needs ground-truth.json and html/*.html.gz from "
                 "github.com/scrapinghub/article-extraction-benchmark (see README.md, 'Extraction accuracy'), "
                 "then run: python bench/extraction.py DATA_DIR")
    pages = load_pages(data)
    now = datetime.now(timezone.utc)
    extractors = {
        "trafilatura defaults": lambda body, url: trafilatura.extract(body, url=url) or "",
        "newsmon extract_article": lambda body, url: extract_article(
            body, "text/html; charset=utf-8", PageHints(url=url), now=now).text,
    }
    print(f"{len(pages)} pages from {data}; {EXTRACTOR_VERSION}; median of {args.runs} runs\n")
    print(f"{'':26}{'precision':>10}{'recall':>8}{'F1':>7}{'empty':>7}{'ms/page':>9}{'time':>7}")
    results = timed(pages, extractors, args.runs)
    baseline = results["trafilatura defaults"][1]
    for name, (texts, ms) in results.items():
        figures = text_figures(pages, texts)
        print(f"{name:26}{figures['precision']:>10.3f}{figures['recall']:>8.3f}{figures['f1']:>7.3f}"
              f"{figures['empty']:>7}{ms:>9.1f}{ms / baseline:>6.2f}x")
    dates = date_figures(pages, now)
    print(f"\nDates (newsmon): {dates['dated']} of {dates['pages']} pages dated; "
          f"{dates['near_url_date']} of {dates['with_url_date']} pages with a date in their URL got a date "
          f"within one day of it; {dates['before_1995']} dates before 1995")
    print("  date sources: " + ", ".join(f"{source} {n}" for source, n in dates["sources"].items()))


if __name__ == "__main__":
    main()
