"""How late newsmon sees an article, and what asking costs: a week of 15-minute cron runs
over the bundled registry's enabled outlets, simulated with the crawl's own polling
code (next_poll, is_due and record_source on a real store), for the old adaptive
policy and the detection budget side by side.

    python bench/latency.py [--days 7] [--seeds 5] [--budget 900]

Publication times (stated, not measured): each outlet gets a base rate drawn
log-uniformly between 2 and 40 articles a day; each day of each outlet is scaled by a
gamma(shape 2, scale 0.5) factor (mean 1: some days bursty, some nearly silent); within
a day, hours 07:00-22:00 Minsk time (UTC+3) carry ten times the rate of the night.
Every source of an outlet lists each of its new articles. Runs start every 15 minutes
plus up to 60 s (systemd RandomizedDelaySec=60); each source is read 0-20 s into its
run; 1% of source requests fail (a 503). The delay of an article is from its
publication to the first read of a source listing it. After the week, runs go on for
six hours with nothing new, so the last articles are seen too.

Prints, per policy, the median over the seeds of: detection delay p50, p90, p99;
requests per outlet per day (source requests, of them 304s, and article requests).
"""

from __future__ import annotations

import argparse
import bisect
import hashlib
import math
import random
import statistics
import sys
from datetime import UTC, datetime, timedelta

from sqlite_utils import Database

from newsmon.models.records import SourceFetch
from newsmon.models.schema import migrate
from newsmon.models.times import iso, parse_iso
from newsmon.pipeline.crawl.pages import PollPolicy, is_due, record_source, sync_outlets
from newsmon.spiders.registry import load_registry

START = datetime(2026, 11, 2, tzinfo=UTC)  # a Monday, 00:00 UTC
PERIOD = 900
TAIL = timedelta(hours=6)
FAILURE_RATE = 0.01


def day_weight(moment: datetime) -> float:
    hour = (moment.hour + 3) % 24  # Minsk time
    return 1.0 if 7 <= hour < 22 else 0.1


def publications(rng: random.Random, days: int) -> list[float]:
    """Publication times (seconds from START) of one outlet over ``days`` days."""
    per_day = math.exp(rng.uniform(math.log(2), math.log(40)))
    # the day profile's mean weight is (15 + 9 * 0.1) / 24; scale so a day averages per_day
    peak = per_day / 86400 / ((15 + 9 * 0.1) / 24)
    times = []
    for day in range(days):
        rate = peak * rng.gammavariate(2, 0.5)
        t = day * 86400.0
        while rate > 0:
            t += rng.expovariate(rate)  # thinning: candidates at the peak rate, kept by the profile
            if t >= (day + 1) * 86400:
                break
            if rng.random() < day_weight(START + timedelta(seconds=t)):
                times.append(t)
    return times


def simulate(policy: PollPolicy, seed: int, days: int) -> dict:
    rng = random.Random(seed)
    outlets = [o for o in load_registry() if o.enabled]
    published = {o.name: publications(rng, days) for o in outlets}
    sources = [(o.name, kind, url) for o in outlets
               for kind, urls in (("feed", o.feeds), ("sitemap", o.sitemaps), ("listing", o.listings)) for url in urls]
    db = Database(memory=True)
    migrate(db)
    sync_outlets(db, outlets)
    seen: dict[tuple[str, int], float] = {}  # (outlet, article index) -> first seen
    last_read: dict[str, float] = {}  # source URL -> time of its last successful read
    chances: dict[str, list[float]] = {url: [] for _, _, url in sources}  # when each run would read each source
    source_requests = not_modified = 0
    runs = int((days * 86400 + TAIL.total_seconds()) // PERIOD)
    # the same run jitter and failures for both policies: drawn from their own stream
    timing = random.Random(seed * 7919 + 1)
    for run in range(runs):
        started = run * PERIOD + timing.uniform(0, 60)
        offsets = [timing.uniform(0, 20) for _ in sources]
        failures = [timing.random() < FAILURE_RATE for _ in sources]
        for (outlet, kind, url), offset, fails in zip(sources, offsets, failures, strict=True):
            chances[url].append(started + offset)
            state = db.execute("SELECT next_poll_at FROM sources WHERE url = ?", [url]).fetchone()
            if state and not is_due(parse_iso(state[0]), START + timedelta(seconds=started)):
                continue
            source_requests += 1
            at = started + offset
            fetch = {"url": url, "outlet": outlet, "kind": kind, "fetched_at": iso(START + timedelta(seconds=at))}
            if fails:
                record_source(db, SourceFetch(**fetch, status=503, ok=False, error="HTTP 503", failure="temporary"),
                              policy)
                continue
            times = published[outlet]
            listed = bisect.bisect_right(times, at)  # articles published by now
            since = bisect.bisect_right(times, last_read.get(url, -1.0))
            if url in last_read and listed == since:
                not_modified += 1
                record_source(db, SourceFetch(**fetch, status=304, ok=True), policy)
            else:
                for index in range(since, listed):  # sources of a run are read in no set order
                    seen[(outlet, index)] = min(seen.get((outlet, index), at), at)
                digest = hashlib.sha256(f"{url}:{listed}".encode()).hexdigest()
                record_source(db, SourceFetch(**fetch, status=200, ok=True, changed=True, body_sha256=digest,
                                              entries=listed), policy)
            last_read[url] = at
    delays = sorted((seen[(name, i)] - t) / 60 for name, times in published.items() for i, t in enumerate(times))
    # seen at the first run after it appeared: by the first read any run could have made
    by_outlet = {o.name: [chances[url] for name, _, url in sources if name == o.name] for o in outlets}
    first_run = sum(seen[(name, i)] <= min(c[bisect.bisect_left(c, t)] for c in by_outlet[name])
                    for name, times in published.items() for i, t in enumerate(times))
    outlet_days = len(outlets) * (runs * PERIOD / 86400)
    return {
        "articles": len(delays),
        "p50": quantile(delays, 0.50), "p90": quantile(delays, 0.90), "p99": quantile(delays, 0.99),
        "max": delays[-1],
        "first_run": first_run / len(delays),
        "source_requests": source_requests / outlet_days,
        "not_modified": not_modified / outlet_days,
        "article_requests": len(seen) / outlet_days,
    }


def quantile(values: list[float], share: float) -> float:
    return values[max(0, math.ceil(len(values) * share) - 1)]


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--days", type=int, default=7)
    parser.add_argument("--seeds", type=int, default=5)
    parser.add_argument("--budget", type=int, default=PERIOD, help="max_detection_delay of the new policy (s)")
    args = parser.parse_args(argv)
    policies = {"old (adaptive)": PollPolicy(3600, 21600, 0),
                f"new (budget {args.budget} s)": PollPolicy(3600, 21600, args.budget)}
    outlets = len([o for o in load_registry() if o.enabled])
    print(f"{args.days} days of 15-minute runs, {outlets} enabled outlets of the bundled registry, "
          f"seeds 1-{args.seeds}; medians over the seeds", file=sys.stderr)
    results = {}
    for name, policy in policies.items():
        runs = [simulate(policy, seed, args.days) for seed in range(1, args.seeds + 1)]
        results[name] = {key: statistics.median(r[key] for r in runs) for key in runs[0]}
        results[name]["p99 runs"] = [round(r["p99"], 1) for r in runs]
    print("| policy | delay p50 | p90 | p99 | max | source requests / outlet / day | of them 304 | "
          "article requests / outlet / day | seen at the first run after publication |")
    print("|---|---|---|---|---|---|---|---|---|")
    for name, r in results.items():
        share = r["not_modified"] / r["source_requests"] if r["source_requests"] else 0
        print(f"| {name} | {r['p50']:.1f} min | {r['p90']:.1f} min | {r['p99']:.1f} min | {r['max']:.0f} min "
              f"| {r['source_requests']:.0f} | {r['not_modified']:.0f} ({share:.0%}) | {r['article_requests']:.1f} "
              f"| {r['first_run']:.1%} |")
    for name, r in results.items():
        print(f"{name}: {r['articles']:.0f} articles (median per seed); p99 per seed: {r['p99 runs']}",
              file=sys.stderr)


if __name__ == "__main__":
    main()
