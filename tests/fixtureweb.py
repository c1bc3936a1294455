"""The test mini-web (tests/fixtures/web) served by newsmon.pipeline.demo.localweb."""

from __future__ import annotations

from pathlib import Path

from newsmon.pipeline.demo import localweb
from newsmon.pipeline.demo.localweb import FixtureWeb, Hit, Route  # noqa: F401  (what tests import)

WEB = Path(__file__).parent / "fixtures" / "web"


def load_routes(manifest: Path = WEB / "routes.toml") -> dict[str, Route]:
    return localweb.load_routes(manifest)


def mini_web(address: str = "127.0.0.1", port: int = 0) -> FixtureWeb:
    return FixtureWeb(load_routes(), address=address, port=port)
