"""The command line: help texts, README coverage, clear errors, `outlets`, and the Scrapy
commands from the checkout."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys

from click.testing import CliRunner

from newsmon.pipeline.cli.main import cli
from tests.conftest import ROOT, newsmon, write_config


def test_every_command_has_help_and_is_in_the_readme():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    runner = CliRunner()
    for name, command in cli.commands.items():
        assert command.help and len(command.help) > 20, name
        result = runner.invoke(cli, [name, "--help"])
        first_line = " ".join(command.help.split("\n")[0].split())
        assert result.exit_code == 0 and first_line in " ".join(result.output.split())
        assert f"`newsmon {name}" in readme, f"README does not document `newsmon {name}`"


def test_readme_gives_the_two_setup_commands_and_ci_runs_the_test_one():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "make run" in readme and "make test" in readme
    assert "make test" in (ROOT / ".ci" / "run").read_text(encoding="utf-8")


def test_unknown_config_key_is_one_clear_message_and_exit_2(tmp_path):
    config = tmp_path / "newsmon.toml"
    config.write_text("[crawl]\nspeed = 3\n")
    result = CliRunner().invoke(cli, ["--config", str(config), "outlets"])
    assert result.exit_code == 2
    assert f"{config}: unknown setting 'crawl.speed'" in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)


def test_missing_config_file_and_bad_database_are_clear_errors(tmp_path):
    result = CliRunner().invoke(cli, ["--config", str(tmp_path / "nope.toml"), "outlets"])
    assert result.exit_code == 2 and "configuration file not found" in result.output
    bad = tmp_path / "bad.db"
    bad.write_text("this is not a database " * 100)
    config = write_config(tmp_path / "newsmon.toml", "127.0.0.1")
    result = CliRunner().invoke(cli, ["--config", str(config), "outlets", "--db", str(bad)])
    assert result.exit_code == 2 and f"{bad}: not a usable SQLite database" in result.output


def test_unknown_outlet_name_is_refused(tmp_path):
    config = write_config(tmp_path / "newsmon.toml", "127.0.0.1")
    result = newsmon("--config", str(config), "crawl", "--outlet", "nosuch", cwd=tmp_path)
    assert result.returncode == 2
    assert "no outlet named 'nosuch'" in result.stderr and "Traceback" not in result.stderr


def test_outlets_lists_registry_and_health_after_a_crawl(tmp_path, web, config_file):
    before = CliRunner().invoke(cli, ["--config", str(config_file), "outlets", "--json"])
    assert before.exit_code == 0, before.output
    listed = json.loads(before.output)
    assert [o["name"] for o in listed] == ["minskherald", "balticwire", "eastwatch", "deadoutlet"]
    assert {s["health"] for o in listed for s in o["sources"]} == {"never"}

    result = newsmon("--config", str(config_file), "crawl", "--outlet", "minskherald", "--outlet", "deadoutlet",
                     cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    after = CliRunner().invoke(cli, ["--config", str(config_file), "outlets"])
    assert after.exit_code == 0
    lines = after.output.splitlines()
    feed_line = next(line for line in lines if "http://minskherald.test/feed/" in line)
    assert " ok " in feed_line
    dead_line = next(line for line in lines if "http://deadoutlet.invalid/feed/" in line)
    assert "failing" in dead_line
    assert any("DNS lookup failed" in line for line in lines)


def test_scrapy_list_and_crawl_work_from_the_checkout(tmp_path, web, config_file):
    env = {**os.environ, "NEWSMON_CONFIG": str(config_file), "NEWSMON_DB": str(tmp_path / "scrapy.db"),
           "PYTHONPATH": str(ROOT)}
    listed = subprocess.run([sys.executable, "-m", "scrapy", "list"], cwd=ROOT, env=env, capture_output=True, text=True)
    assert listed.returncode == 0 and listed.stdout.split() == ["outlet"], listed.stderr
    crawled = subprocess.run([sys.executable, "-m", "scrapy", "crawl", "outlet", "-a", "name=minskherald"],
                             cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert crawled.returncode == 0, crawled.stderr[-2000:]
    import sqlite3

    con = sqlite3.connect(tmp_path / "scrapy.db")
    outlets = {row[0] for row in con.execute("SELECT DISTINCT outlet FROM pages")}
    count = con.execute("SELECT count(*) FROM pages WHERE state = 'ok'").fetchone()[0]
    con.close()
    assert outlets == {"minskherald"} and count == 5


def test_the_exit_codes_in_the_readme_are_the_ones_newsmon_uses():
    from newsmon.models.errors import ExitCode

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    documented = {int(code) for code in re.findall(r"^\| `(\d)` \|", readme, re.MULTILINE)}
    assert documented == {int(code) for code in ExitCode}


def test_a_damaged_store_is_one_line_naming_it_and_exit_2(tmp_path):
    from newsmon.models.schema import open_db

    path = tmp_path / "damaged.db"
    db = open_db(path)
    db.execute("PRAGMA journal_mode = DELETE")
    db["events"].insert_all({"country": "Belarus", "event_date": f"2025-01-{d % 28 + 1:02d}", "date_source": "stated"}
                            for d in range(4000))
    db.conn.commit()
    db.close()
    data = bytearray(path.read_bytes())
    data[len(data) // 2:len(data) // 2 + 8192] = b"\xa5" * 8192  # two table pages overwritten
    path.write_bytes(bytes(data))
    result = newsmon("events", "--db", str(path), cwd=tmp_path)
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr
    (line,) = result.stderr.strip().splitlines()
    assert str(path) in line and "damaged" in line
