"""Opening the store: WAL mode, foreign keys, the schema version checked and brought up to
date by the migrations (models/migrations.py, the only place that changes the schema).

Stage commands open it for writing and migrate it; the analysts' commands open it
read-only (`mode=ro`), so they work on a read-only file or mount and never change it.
Nothing is written before the version check: a store from a newer newsmon is refused
untouched."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from urllib.parse import quote

from sqlite_utils import Database

from newsmon.models.errors import StoreError, store_failure
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


def check_version(db: Database, path: Path, *, readonly: bool = False) -> None:
    """Refuse a store written by a newer newsmon (by PRAGMA user_version or by a migration
    this one does not know) and, read-only, one that still needs migrating.

    Raises:
        StoreError: with what to do (upgrade newsmon, or run a stage command once).
    """
    latest = latest_version()
    user_version = db.execute("PRAGMA user_version").fetchone()[0]
    applied = [m.name for m in migrations.applied(db)]
    unknown = sorted(set(applied) - {m.name for m in migrations._migrations})
    if user_version > latest or len(applied) > latest or unknown:
        found = f"migration {unknown[0]!r}" if unknown else f"schema version {max(user_version, len(applied))}"
        raise StoreError(f"{path}: {found} is newer than this newsmon knows ({latest}); upgrade newsmon "
                         "(the store was left unchanged)")
    if readonly and len(applied) < latest:
        raise StoreError(f"{path}: schema version {len(applied)} is older than this newsmon's ({latest}); "
                         "run a stage command such as `newsmon run` once to upgrade it")


def _connect_readonly(path: Path) -> sqlite3.Connection:
    uri = f"file:{quote(str(path.resolve()))}?mode=ro"
    conn = sqlite3.connect(uri, uri=True)
    conn.execute("PRAGMA busy_timeout = 10000")
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.OperationalError as exc:
        if "unable to open" not in str(exc):
            raise
        # a WAL store on a read-only mount, with no -shm file beside it and no way to make
        # one: nothing can be writing it, so read it as immutable
        conn.close()
        conn = sqlite3.connect(uri + "&immutable=1", uri=True)
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    return conn


def open_db(path: str | Path, *, create: bool = True, readonly: bool = False) -> Database:
    """Open the store at ``path``: for writing (WAL mode, foreign keys on, migrated), or
    ``readonly`` (no write at all; the schema must be current).

    Raises:
        StoreError: the file is missing (readonly or not ``create``), is not a usable SQLite
            database, was written by a newer newsmon, or (readonly) needs migrating.
    """
    path = Path(path)
    if (readonly or not create) and not path.exists():
        raise StoreError(f"{path}: no such database; run `newsmon crawl` first or pass --db")
    if path.parent and not path.parent.exists():
        raise StoreError(f"{path}: the folder {path.parent} does not exist")
    try:
        if readonly:
            db = Database(_connect_readonly(path))
            check_version(db, path, readonly=True)
            return db
        if path.exists() and not (os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)):
            raise StoreError(f"{path}: the store is read-only here (file, folder or mount); stage commands need "
                             "write access, the analysts' commands (claims, events, search, alerts list, serve) "
                             "can read it as it is")
        db = Database(path)
        db.execute("PRAGMA busy_timeout = 10000")
        check_version(db, path)
        db.enable_wal()
        db.execute("PRAGMA foreign_keys = ON")
        migrate(db)
    except sqlite3.DatabaseError as exc:
        text = str(exc).lower()
        if "not a database" in text or "file is encrypted" in text:
            raise StoreError(f"{path}: not a usable SQLite database ({exc})") from exc
        raise StoreError(store_failure(path, "opening the store", exc)) from exc
    return db
