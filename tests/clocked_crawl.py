"""The real crawl stage under a simulated clock, in a process of its own (Scrapy's
reactor runs once per process):

    python -m tests.clocked_crawl CONFIG 2025-09-15T12:00:00Z [OUTLET ...]

The crawl's clock starts at the given time and advances with the real one, so a test
can put runs hours or days apart without waiting for them.
"""

from __future__ import annotations

import sys
import time
from datetime import timedelta

from newsmon.models.times import parse_iso
from newsmon.pipeline.config import load_config
from newsmon.pipeline.crawl.stage import run_crawl


def main(argv: list[str]) -> None:
    config_path, start, *outlets = argv
    origin, began = parse_iso(start), time.monotonic()
    if origin is None:
        raise SystemExit(f"not an ISO time: {start!r}")

    def clock():
        return origin + timedelta(seconds=time.monotonic() - began)

    report = run_crawl(load_config(config_path), outlets or None, clock=clock)
    print(report.summary_line())


if __name__ == "__main__":
    main(sys.argv[1:])
