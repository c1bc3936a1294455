"""Opening the store: WAL mode, foreign keys, the schema version checked and brought up to
date by the migrations (models/migrations.py, the only place that changes the schema)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlite_utils import Database

from newsmon.models.errors import StoreError
from newsmon.models.migrations import migrations


def schema_version(db: Database) -> int:
    """The number of migrations applied to ``db``."""
    return len(migrations.applied(db))


def latest_version() -> int:
    return len(migrations._migrations)


def migrate(db: Database) -> None:
    """Bring ``db`` to the latest schema; mirror the version in PRAGMA user_version."""
    migrations.apply(db)
    db.execute(f"PRAGMA user_version = {schema_version(db)}")


def open_db(path: str | Path, *, create: bool = True) -> Database:
    """Open (and migrate) the store at ``path``: WAL mode, foreign keys on.

    Raises:
        StoreError: the file is not an SQLite database, or was written by a newer newsmon.
    """
    path = Path(path)
    if not create and not path.exists():
        raise StoreError(f"{path}: no such database; run `newsmon crawl` first or pass --db")
    if path.parent and not path.parent.exists():
        raise StoreError(f"{path}: the folder {path.parent} does not exist")
    try:
        db = Database(path)
        db.execute("PRAGMA busy_timeout = 10000")
        db.enable_wal()
        db.execute("PRAGMA foreign_keys = ON")
        applied = schema_version(db)
        if applied > latest_version():
            raise StoreError(
                f"{path}: schema version {applied} is newer than this newsmon knows "
                f"({latest_version()}); upgrade newsmon"
            )
        migrate(db)
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"{path}: not a usable SQLite database ({exc})") from exc
    return db
