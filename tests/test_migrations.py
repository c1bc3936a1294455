"""Stores made by earlier newsmon versions upgrade to the current schema, and landed
migrations stay frozen (tests/fixtures/stores/make.py built the old stores)."""

from __future__ import annotations

import ast
import gzip
import re
import sqlite3
from pathlib import Path

import pytest

from newsmon.models import migrations as migrations_module
from newsmon.models.predicates import FREED_COUNT, sql_list
from newsmon.models.schema import latest_version, open_db, schema_version
from tests.conftest import newsmon

ROOT = Path(__file__).resolve().parent.parent
STORES = Path(__file__).parent / "fixtures" / "stores"


def old_store(tmp_path: Path, version: str) -> Path:
    path = tmp_path / f"{version}.db"
    path.write_bytes(gzip.decompress((STORES / f"store-{version}.db.gz").read_bytes()))
    return path


def schema_of(db) -> dict[str, str]:
    return {name: " ".join(sql.split()) for name, sql in db.execute(
        "SELECT name, sql FROM sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE '%_fts%' "
        "AND name != '_newsmon_migrations'").fetchall()}


@pytest.mark.parametrize("version", ["798baf6", "9709837"])
def test_a_store_of_an_earlier_version_upgrades_to_the_schema_of_a_new_one(tmp_path, version):
    path = old_store(tmp_path, version)
    before = sqlite3.connect(path)
    event = before.execute("SELECT country, event_date FROM events").fetchall()
    before.close()
    upgraded = open_db(path)
    fresh = open_db(tmp_path / "fresh.db")
    assert schema_version(upgraded) == latest_version()
    # same tables, columns, indexes and triggers as a store made today (column order aside)
    assert set(schema_of(upgraded)) == set(schema_of(fresh))
    for table in ("events", "merge_dirty", "alert_watches", "articles"):
        assert ({r[1] for r in upgraded.execute(f"PRAGMA table_info({table})")}
                == {r[1] for r in fresh.execute(f"PRAGMA table_info({table})")}), table
    for trigger in ("person_mentions_added", "person_mentions_removed"):
        assert schema_of(upgraded)[trigger] == schema_of(fresh)[trigger]
    assert upgraded.execute("SELECT country, event_date FROM events").fetchall() == event
    upgraded.execute("INSERT INTO merge_dirty (kind, id) VALUES ('event', 1)")  # refused by 798baf6's table


def test_the_alert_stage_runs_on_an_upgraded_store(tmp_path):
    # the store of 798baf6 was recorded as migrated but had no alert_watches: a traceback
    path = old_store(tmp_path, "798baf6")
    result = newsmon("alerts", "send", "--db", str(path), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr


def test_the_repair_migration_leaves_a_current_store_as_it_was(tmp_path):
    db = open_db(tmp_path / "now.db")
    before = schema_of(db)
    migrations_module._repair_edited_migrations(db)
    assert schema_of(db) == before


def test_landed_migrations_call_no_live_module():
    # a migration body may use the standard library, sqlite-utils and what is frozen in
    # its own module, nothing else: what it does must never change after it has landed
    tree = ast.parse(Path(migrations_module.__file__).read_text(encoding="utf-8"))
    imported = {a.name for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names}
    imported |= {n.module for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)}
    assert not [m for m in imported if m and m.startswith("newsmon")]


def test_the_migrations_count_as_freed_the_predicates_models_names():
    # the views' SQL is written out in landed migrations; it must agree with the one definition
    text = Path(migrations_module.__file__).read_text(encoding="utf-8")
    lists = re.findall(r"predicate IN (\([^)]*\))", text)
    assert lists and set(lists) == {sql_list(FREED_COUNT)}
