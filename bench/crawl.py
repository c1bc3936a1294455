"""Crawl throughput: pages/s for `newsmon crawl` over N fixture article pages served
from 127.0.0.1, politeness off (robots.txt still obeyed).

Baseline, measured in the same run on the same server: a plain thread-pool client
fetching the same pages with urllib (the server and loopback ceiling). Prints the
median of several runs of each, the ratio, and the crawl's peak memory.

    python bench/crawl.py [--pages 2000] [--runs 5]
"""

from __future__ import annotations

import argparse
import os
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from newsmon.pipeline.demo.localweb import FixtureWeb, Route  # noqa: E402

WEB = ROOT / "tests" / "fixtures" / "web"  # the test mini-web's pages (data only)

TEMPLATE = (WEB / "minskherald.test/news/2025/09/14/minsk-flood-evacuation/index.html").read_bytes()


def site(pages: int) -> tuple[dict[str, Route], list[str]]:
    base = "http://bench.test:{port}"
    urls = [f"{base}/news/2025/09/{1 + i % 28:02d}/story-{i:05d}/" for i in range(pages)]
    routes = {}
    for url in urls:
        body = re.sub(rb'href="http://minskherald\.test/news/2025/09/14/minsk-flood-evacuation/"',
                      b'href="' + url.encode() + b'"', TEMPLATE)
        routes[url] = Route(url=url, body=body)
    sitemap = "".join(f"<url><loc>{u}</loc></url>" for u in urls)
    xml = f'<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{sitemap}</urlset>'
    routes[f"{base}/sitemap.xml"] = Route(url=f"{base}/sitemap.xml", body=xml.encode(), content_type="application/xml")
    routes[f"{base}/robots.txt"] = Route(url=f"{base}/robots.txt", body=b"User-agent: *\nDisallow: /private/\n",
                                         content_type="text/plain")
    return routes, urls


def bind(routes: dict[str, Route], port: int) -> dict[str, Route]:
    bound = {}
    for key, route in routes.items():
        url = key.format(port=port)
        body = route.body.replace(b"{port}", str(port).encode())
        bound[f"http://bench.test{url.split(str(port), 1)[1]}"] = Route(url=url, body=body, content_type=route.content_type)
    return bound


def write_config(folder: Path, port: int) -> Path:
    registry = folder / "outlets.toml"
    registry.write_text(
        '[[outlet]]\nname = "bench"\ntitle = "Bench"\nhomepage = "http://bench.test:%d/"\nlanguage = "en"\n'
        'sitemaps = ["http://bench.test:%d/sitemap.xml"]\n'
        "article_pattern = '^http://bench\\.test:%d/news/\\d{4}/\\d{2}/\\d{2}/[a-z0-9-]+/$'\nverified = true\n"
        % (port, port, port)
    )
    config = folder / "newsmon.toml"
    config.write_text(
        f'[store]\npath = "{folder / "bench.db"}"\n[crawl]\noutlets = "{registry}"\ncontact = "bench@example.org"\n'
        "polite = false\nmax_age_days = 0\nconcurrent_requests = 32\nper_domain_concurrency = 32\nhosts_only = true\n"
        '[crawl.hosts]\n"bench.test" = "127.0.0.1"\n'
    )
    return config


def crawl_once(config: Path, pages: int) -> tuple[float, int]:
    db = config.parent / "bench.db"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    started = time.perf_counter()
    result = subprocess.run([sys.executable, "-m", "newsmon.pipeline.cli", "--config", str(config), "crawl"],
                            env=env, capture_output=True, text=True)
    seconds = time.perf_counter() - started
    stored = int(re.search(r"crawl: (\d+) new", result.stdout).group(1)) if result.returncode == 0 else 0
    if stored != pages:
        sys.exit(f"crawl stored {stored} of {pages} pages:\n{result.stdout}\n{result.stderr[-2000:]}")
    return seconds, stored


def baseline_once(urls: list[str], port: int) -> float:
    def fetch(url: str) -> int:
        request = urllib.request.Request(url.replace("bench.test", "127.0.0.1"), headers={"Host": f"bench.test:{port}"})
        with urllib.request.urlopen(request) as response:
            return len(response.read())

    started = time.perf_counter()
    with ThreadPoolExecutor(16) as pool:
        list(pool.map(fetch, urls))
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=2000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    routes, urls = site(args.pages)
    probe = FixtureWeb(routes={}, address="127.0.0.1", port=0)
    port = probe.port
    probe.routes = bind(routes, port)
    concrete = [u.format(port=port) for u in urls]
    with probe, tempfile.TemporaryDirectory() as tmp:
        config = write_config(Path(tmp), port)
        crawl_rates, base_rates = [], []
        for run in range(args.runs):
            base_rates.append(args.pages / baseline_once(concrete, port))
            seconds, stored = crawl_once(config, args.pages)
            crawl_rates.append(stored / seconds)
            print(f"run {run + 1}: crawl {crawl_rates[-1]:7.1f} pages/s   urllib baseline {base_rates[-1]:7.1f} pages/s",
                  flush=True)
    peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    crawl, base = statistics.median(crawl_rates), statistics.median(base_rates)
    print(f"\n{args.pages} pages, median of {args.runs} runs (wall time of the whole `newsmon crawl` process):")
    print(f"  newsmon crawl     {crawl:7.1f} pages/s")
    print(f"  urllib baseline   {base:7.1f} pages/s   (16 threads, same server)")
    print(f"  ratio crawl/base  {crawl / base:7.2f}")
    print(f"  crawl peak RSS    {peak_mb:7.1f} MB")


if __name__ == "__main__":
    main()
