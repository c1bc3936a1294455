"""`newsmon demo`: the whole pipeline offline on the bundled sample web, as a newcomer runs it."""

from __future__ import annotations

import json
import sqlite3
import time

from tests.conftest import ROOT, newsmon


def test_demo_runs_the_pipeline_offline_into_demo_db_and_shows_what_to_try(tmp_path):
    started = time.monotonic()
    result = newsmon("demo", cwd=tmp_path, timeout=120)
    assert result.returncode == 0, result.stderr
    assert time.monotonic() - started < 120
    out = result.stdout
    assert "ALERT Belarus: 14 prisoners released (2025-06-21)" in out
    assert "- foreigners released: 8 (1 source) / 9 (3 sources)" in out
    summary = json.loads(next(line for line in out.splitlines() if line.startswith('{"newsmon": "run"')))
    assert summary["stages"]["crawl"]["new"] == 9 and summary["stages"]["crawl"]["failed_outlets"] == []
    assert summary["stages"]["merge"]["copies"] == 2
    assert "newsmon serve --db demo.db" in out and "Siarhei Tsikhanouski (written Sergei Tikhanovsky" in out
    con = sqlite3.connect(tmp_path / "demo.db")
    assert con.execute("SELECT country, event_date, released_counts, sources, independent_sources "
                       "FROM release_events").fetchall() == [("Belarus", "2025-06-21", "14", 6, 4)]
    assert con.execute("SELECT count(*) FROM articles WHERE state = 'article'").fetchone() == (9,)
    assert {c for (c,) in con.execute("SELECT count FROM conflicts")} == {8, 9}
    con.close()

    again = newsmon("demo", cwd=tmp_path, timeout=120)  # a fresh demo store each time
    assert again.returncode == 0 and "ALERT Belarus: 14 prisoners released" in again.stdout


def test_demo_never_overwrites_a_store_that_is_not_a_demo(tmp_path):
    con = sqlite3.connect(tmp_path / "demo.db")
    con.execute("CREATE TABLE outlets (homepage TEXT)")
    con.execute("INSERT INTO outlets VALUES ('https://www.rferl.org/')")
    con.commit()
    con.close()
    result = newsmon("demo", cwd=tmp_path, timeout=60)
    assert result.returncode == 2
    assert "demo.db exists and is not a newsmon demo store" in result.stderr
    assert (tmp_path / "demo.db").stat().st_size > 0


def test_the_readme_shows_the_demo_right_after_the_two_setup_commands():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    run, test, demo = readme.index("make run"), readme.index("make test"), readme.index("newsmon demo")
    assert run < demo and test < demo and demo - max(run, test) < 1500
