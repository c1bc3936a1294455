"""The fault suite: newsmon against a hostile web (tests/hostile.py) and a failing store.

Redirects to another address, port, host or scheme, redirect loops, a gzip bomb, a
truncated gzip body, a slow drip, entity bombs and XXE in feeds and a sitemap index that
lists itself are refused and recorded; a full disk, a damaged page, a read-only mount and
a store from a newer newsmon give one line each, never a traceback; and `newsmon run`
killed with SIGKILL at random moments ends, after one more run, with the tables of a run
that was never killed.
"""

from __future__ import annotations

import gzip
import json
import random
import sqlite3
import subprocess
import time
from pathlib import Path
from types import SimpleNamespace

import pytest

from newsmon.spiders.outlet import MAX_SITEMAP_DEPTH
from newsmon.spiders.safety import address_refusal
from tests.conftest import newsmon, serve_fixture_web, write_config
from tests.hostile import article, drip, gzipped, page, redirect, serve_on_random_loopback

H = "http://hostile.test"
OK = f"{H}/news/plain-report"
XXE_ARTICLE = f"{H}/news/xxe-article"
LAUGHS_ARTICLE = f"{H}/news/laughs"
REFUSED = {  # article URL -> what its rejects row says, and whether it is permanent
    f"{H}/news/redirect-internal": ("loopback address", True),
    f"{H}/news/redirect-localhost": ("is not a domain of outlet hostile", True),
    f"{H}/news/redirect-loop": ("redirect loop", True),
    f"{H}/news/redirect-ftp": ("unsupported scheme 'ftp'", True),
    f"{H}/news/gzip-bomb": ("decompressed body larger than the size cap", True),
    f"{H}/news/truncated-gzip": ("truncated gzip body", False),
    f"{H}/news/slow-drip": ("timed out", False),
}
SECRET = b"INTERNAL-ONLY: the admin console of the newsroom"

LAUGHS = """<?xml version="1.0"?>
<!DOCTYPE rss [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<rss version="2.0"><channel><title>&lol9;</title><link>http://hostile.test/</link>
<item><title>&lol9;</title><link>http://hostile.test/news/laughs</link><description>&lol9;</description></item>
</channel></rss>"""

XXE = """<?xml version="1.0"?>
<!DOCTYPE rss [
 <!ENTITY remote SYSTEM "http://hostile.test/xxe-secret">
 <!ENTITY local SYSTEM "file:///etc/passwd">
]>
<rss version="2.0"><channel><title>Leaks</title><link>http://hostile.test/</link>
<item><title>Leak &remote; &local;</title><link>http://hostile.test/news/xxe-article</link>
<description>&remote; &local;</description></item>
</channel></rss>"""

SELF_INDEX = """<?xml version="1.0" encoding="UTF-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<sitemap><loc>http://hostile.test/sitemap-index.xml</loc></sitemap>
</sitemapindex>"""


def _feed(urls: list[str]) -> bytes:
    items = "".join(f"<item><title>{u.rsplit('/', 1)[-1]}</title><link>{u}</link><guid>{u}</guid></item>"
                    for u in urls)
    return (f'<?xml version="1.0"?><rss version="2.0"><channel><title>Hostile</title>'
            f"<link>{H}/</link>{items}</channel></rss>").encode()


def _registry(folder: Path, internal: str) -> Path:
    path = folder / "outlets.toml"
    path.write_text(f"""
[[outlet]]
name = "hostile"
title = "Hostile Times"
homepage = "{H}/"
language = "en"
feeds = ["{H}/feed.xml", "{H}/laughs.xml", "{H}/xxe.xml"]
sitemaps = ["{H}/sitemap-index.xml"]
article_pattern = '^http://hostile\\.test/news/'
# the internal address passes the domain check, so that the address check is what stops it
redirect_domains = ["{internal}"]
verified = true
""", encoding="utf-8")
    return path


def _hostile_routes(web, internal) -> None:
    body = article("Court adjourns hearing")
    web.routes.update({
        "*/feed.xml": page(_feed([OK, *REFUSED]), "application/rss+xml"),
        "*/laughs.xml": page(LAUGHS.encode(), "application/rss+xml"),
        "*/xxe.xml": page(XXE.encode(), "application/rss+xml"),
        "*/xxe-secret": page(SECRET, "text/plain"),
        "*/sitemap-index.xml": page(SELF_INDEX.encode(), "application/xml"),
        "*/news/plain-report": page(body),
        "*/news/xxe-article": page(article("Leaks")),
        "*/news/laughs": page(article("Laughs")),
        "*/news/redirect-internal": redirect(f"http://{internal.address}:{internal.port}/secret"),
        "*/news/redirect-localhost": redirect(f"http://localhost:{internal.port}/secret"),
        "*/news/redirect-loop": redirect(f"{H}/news/redirect-loop-b", 301),
        "*/news/redirect-loop-b": redirect("/news/redirect-loop", 302),
        "*/news/redirect-ftp": redirect("ftp://hostile.test/pub/file.html"),
        "*/news/gzip-bomb": gzipped(b"<html><body>" + b"\0" * 30_000_000 + b"</body></html>"),
        "*/news/truncated-gzip": gzipped(body, keep=0.5),
        "*/news/slow-drip": drip(body, every=0.2),
    })
    internal.routes["*/secret"] = page(b"<html><body><article><p>" + SECRET * 40 + b"</p></article></body></html>")


def _rows(db: Path, sql: str, *params) -> list[dict]:
    con = sqlite3.connect(db)
    con.row_factory = sqlite3.Row
    try:
        return [dict(r) for r in con.execute(sql, params)]
    finally:
        con.close()


def _crawl_hostile(folder: Path, allow_private: bool, runs: int = 1):
    folder.mkdir(parents=True, exist_ok=True)
    with serve_on_random_loopback(80) as web, serve_on_random_loopback(0, avoid=web.address) as internal:
        _hostile_routes(web, internal)
        config = write_config(folder / "newsmon.toml", web.address, outlets=str(_registry(folder, internal.address)),
                              allow_private_addresses=allow_private, timeout=2.0, retries=0,
                              max_page_bytes=1_000_000)
        results, hits = [], []
        for _ in range(runs):
            web.hits.clear()
            started = time.monotonic()
            result = newsmon("--config", str(config), "crawl", cwd=folder, timeout=90)
            results.append(SimpleNamespace(result=result, seconds=time.monotonic() - started))
            hits.append(list(web.hits))
        return SimpleNamespace(db=folder / "newsmon.db", web=web, internal=internal, runs=results, hits=hits)


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    """Two crawls of the hostile outlet with the default safety (private addresses refused)."""
    return _crawl_hostile(tmp_path_factory.mktemp("hostile"), allow_private=False, runs=2)


def test_cloud_metadata_private_and_loopback_addresses_are_refused_public_ones_not():
    assert address_refusal("169.254.169.254") == "a link-local address"
    assert address_refusal("127.0.0.2") == "a loopback address"
    assert address_refusal("::ffff:10.1.2.3") == "a private address"
    assert address_refusal("192.168.0.10") == "a private address"
    assert address_refusal("fe80::1") == "a link-local address"
    assert address_refusal("224.0.0.251") == "a multicast address"
    assert address_refusal("100.64.0.1") == "a non-public address"
    assert address_refusal("0.0.0.0") == "an unspecified address"
    assert address_refusal("93.184.215.14") is None and address_refusal("2a00:1450:4001:80b::200e") is None


def test_every_refusal_is_a_rejects_row_with_its_reason_and_retry_policy(hostile):
    first = hostile.runs[0].result
    assert first.returncode == 0, first.stderr
    assert "Traceback" not in first.stderr
    rejects = {r["url"]: r for r in _rows(hostile.db, "SELECT url, reason, permanent FROM rejects")}
    for url, (reason, permanent) in REFUSED.items():
        assert url in rejects, f"{url}: no rejects row ({sorted(rejects)})"
        assert reason in rejects[url]["reason"], (url, rejects[url]["reason"])
        assert bool(rejects[url]["permanent"]) is permanent, url
    pages = {r["url"]: r["state"] for r in _rows(hostile.db, "SELECT url, state FROM pages")}
    assert pages.get(OK) == "ok"
    assert not set(pages) & set(REFUSED)  # a truncated body is never an 'ok' page, nor any refused one
    assert "refused by the safety checks" in first.stdout + first.stderr


def test_no_request_reaches_another_address_port_or_host(hostile):
    assert hostile.internal.hits == []
    bodies = [gzip.decompress(r["body"]) for r in _rows(hostile.db, "SELECT body FROM pages")]
    assert bodies and not [body for body in bodies if SECRET in body]
    assert not [h for h in hostile.hits[0] if "/secret" in h]


def test_permanent_refusals_are_not_fetched_again_temporary_ones_are(hostile):
    second = hostile.runs[1].result
    assert second.returncode == 0, second.stderr
    asked = {url.replace(f"http://{hostile.web.address}", H).split("://", 1)[-1] for url in hostile.hits[1]}
    for url, (_, permanent) in REFUSED.items():
        assert (url.split("://", 1)[-1] in asked) is (not permanent), url
    attempts = {r["url"]: r["attempts"] for r in _rows(hostile.db, "SELECT url, attempts FROM rejects")}
    assert attempts[f"{H}/news/truncated-gzip"] == 2 and attempts[f"{H}/news/redirect-loop"] == 1


def test_entity_bombs_and_xxe_in_feeds_are_not_expanded_or_fetched(hostile):
    assert not [h for h in hostile.hits[0] if h.endswith("/xxe-secret")]
    rows = _rows(hostile.db, "SELECT url, feed_title, feed_description FROM pages WHERE url IN (?, ?)",
                 XXE_ARTICLE, LAUGHS_ARTICLE)
    passwd = Path("/etc/passwd").read_text(encoding="utf-8", errors="replace").splitlines()[0]
    for row in rows:
        text = f"{row['feed_title']} {row['feed_description']}"
        assert len(text) < 10_000 and SECRET.decode() not in text and passwd not in text
    assert hostile.runs[0].seconds < 30


def test_a_sitemap_index_listing_itself_is_read_a_bounded_number_of_times(hostile):
    assert 1 <= len([h for h in hostile.hits[0] if h.endswith("/sitemap-index.xml")]) <= MAX_SITEMAP_DEPTH + 1


def test_private_addresses_are_reached_only_when_configured(tmp_path):
    """The same web with allow_private_addresses = true: the redirect to the internal
    address is followed (so the refusal above is the check's doing), the one to a host
    the outlet does not own still is not."""
    allowed = _crawl_hostile(tmp_path, allow_private=True)
    assert allowed.runs[0].result.returncode == 0, allowed.runs[0].result.stderr
    assert "secret" in [h.split("/", 3)[-1] for h in allowed.internal.hits]
    rejects = {r["url"]: r["reason"] for r in _rows(allowed.db, "SELECT url, reason FROM rejects")}
    assert f"{H}/news/redirect-internal" not in rejects
    assert "is not a domain of outlet" in rejects[f"{H}/news/redirect-localhost"]


# -- the store ----------------------------------------------------------------------------


@pytest.fixture
def small_disk(tmp_path):
    """A 3 MB tmpfs: a disk that really fills up."""
    mount = tmp_path / "disk"
    mount.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=3m", "tmpfs", str(mount)], capture_output=True)
    if done.returncode:
        pytest.skip(f"cannot mount a small tmpfs here: {done.stderr.decode().strip()}")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


def _fill(folder: Path, leave: int) -> Path:
    """Fill the file system of ``folder`` until ``leave`` bytes are free."""
    import os

    filler = folder / "filler"
    stat = os.statvfs(folder)
    free = stat.f_bavail * stat.f_frsize
    with open(filler, "wb") as f:
        f.write(b"\0" * max(0, free - leave))
    return filler


def test_a_full_disk_during_a_crawl_is_one_message_and_the_next_run_completes(small_disk):
    from tests.test_crawl import ARTICLES

    with serve_fixture_web() as web:
        config = write_config(small_disk / "newsmon.toml", web.address)
        from newsmon.models.schema import open_db

        open_db(small_disk / "newsmon.db").close()  # migrated while there is room
        filler = _fill(small_disk, 96 * 1024)
        full = newsmon("--config", str(config), "crawl", cwd=small_disk)
        assert full.returncode == 2, full.stderr
        assert "Traceback" not in full.stderr
        assert "disk is full" in full.stderr and str(small_disk / "newsmon.db") in full.stderr
        summary = full.stdout.strip().splitlines()[-1]
        assert "NOT WRITTEN (store error)" in summary, summary
        filler.unlink()
        again = newsmon("--config", str(config), "crawl", cwd=small_disk)
        assert again.returncode == 0, again.stderr
        stored = {r["url"] for r in _rows(small_disk / "newsmon.db", "SELECT url FROM pages WHERE state = 'ok'")}
        assert stored == ARTICLES
        assert _rows(small_disk / "newsmon.db", "PRAGMA integrity_check") == [{"integrity_check": "ok"}]


def _store_with_an_event(path: Path) -> None:
    from newsmon.models.schema import open_db

    db = open_db(path)
    db["events"].insert({"country": "Belarus", "event_date": "2025-09-11", "date_source": "stated"})
    db.close()


@pytest.fixture
def read_only_mount(tmp_path):
    """A store on a tmpfs remounted read-only (root could write to a chmod 444 file)."""
    mount = tmp_path / "ro"
    mount.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=8m", "tmpfs", str(mount)], capture_output=True)
    if done.returncode:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.decode().strip()}")
    try:
        _store_with_an_event(mount / "newsmon.db")
        subprocess.run(["mount", "-o", "remount,ro", str(mount)], check=True)
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


def test_the_analysts_commands_read_a_store_on_a_read_only_mount(read_only_mount, tmp_path):
    db = str(read_only_mount / "newsmon.db")
    events = newsmon("events", "--db", db, "--format", "json", cwd=tmp_path)
    assert events.returncode == 0, events.stderr
    assert [e["country"] for e in json.loads(events.stdout)] == ["Belarus"]
    for command in (["claims"], ["search", "prisoners"], ["alerts", "list"], ["outlets"]):
        result = newsmon(*command, "--db", db, cwd=tmp_path)
        assert result.returncode == 0, (command, result.stderr)
    crawl = newsmon("crawl", "--db", db, cwd=tmp_path)  # a stage needs to write: one line, exit 2
    assert crawl.returncode == 2 and "Traceback" not in crawl.stderr
    assert "read-only" in crawl.stderr or "readonly" in crawl.stderr


def test_a_store_from_a_newer_newsmon_is_refused_and_left_unchanged(tmp_path):
    path = tmp_path / "newsmon.db"
    _store_with_an_event(path)
    con = sqlite3.connect(path)
    con.execute("PRAGMA user_version = 999")
    con.commit()
    con.close()
    before = path.read_bytes()
    for command in (["claims"], ["crawl"], ["merge"]):
        result = newsmon(*command, "--db", str(path), cwd=tmp_path)
        assert result.returncode == 2, (command, result.stderr)
        assert "upgrade newsmon" in result.stderr and "Traceback" not in result.stderr
    assert path.read_bytes() == before
    assert sqlite3.connect(path).execute("PRAGMA user_version").fetchone() == (999,)


def test_a_store_with_an_unknown_migration_is_refused(tmp_path):
    path = tmp_path / "newsmon.db"
    _store_with_an_event(path)
    con = sqlite3.connect(path)
    con.execute("INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
                "VALUES ('newsmon', '9999_from_the_future', '2030-01-01')")
    con.commit()
    con.close()
    result = newsmon("events", "--db", str(path), cwd=tmp_path)
    assert result.returncode == 2 and "9999_from_the_future" in result.stderr and "upgrade newsmon" in result.stderr


def test_a_damaged_page_found_during_a_command_is_one_line_naming_store_and_operation(tmp_path):
    from newsmon.models.schema import open_db

    path = tmp_path / "damaged.db"
    db = open_db(path)
    db.execute("PRAGMA journal_mode = DELETE")
    db["outlets"].insert({"name": "x", "title": "X", "homepage": "http://x.test/", "language": "en",
                          "verified": 1, "enabled": 1, "registry": "{}", "updated_at": "2025-01-01"})
    db["rejects"].insert_all({"url": f"http://x.test/{i}", "outlet": "x", "reason": "r" * 200, "permanent": 1,
                              "first_seen_at": "2025-01-01", "last_seen_at": "2025-01-01"} for i in range(3000))
    db.conn.commit()
    db.close()
    data = bytearray(path.read_bytes())
    data[-12 * 4096:-4 * 4096] = b"\x5a" * (8 * 4096)  # table pages near the end of the file
    path.write_bytes(bytes(data))
    result = newsmon("crawl", "--db", str(path), cwd=tmp_path, timeout=60)
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr
    lines = [line for line in result.stderr.splitlines() if line.startswith("newsmon:") and "damaged" in line]
    assert lines and str(path) in lines[0]


# -- kill -9 ------------------------------------------------------------------------------

KILL_SEED, KILL_TRIALS = 11, 3
COMPARED = {
    "pages": "SELECT url, state, body_sha256 FROM pages",
    "articles": "SELECT page_url, state, title, published_at, release_report FROM articles",
    "claim_mentions": "SELECT article_url, kind, start, count, qualifier, predicate, noun, status, person_name "
                      "FROM claim_mentions",
    "claims": "SELECT country, predicate, noun_class, count, qualifier, sources, independent_sources FROM claims",
    "events": "SELECT country, event_date, date_source FROM events",
    "persons": "SELECT name FROM persons",
    "alerts": "SELECT key, kind, title, covered_by IS NULL FROM alerts",
    "rejects": "SELECT url, reason, permanent FROM rejects",
}


def _tables(db: Path) -> dict[str, list[tuple]]:
    con = sqlite3.connect(db)
    try:
        return {name: sorted(map(tuple, con.execute(sql).fetchall()), key=repr) for name, sql in COMPARED.items()}
    finally:
        con.close()


def _run_config(folder: Path, address: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = write_config(folder / "newsmon.toml", address)
    path.write_text(path.read_text(encoding="utf-8") + f'\n[run]\nlog_file = "{folder / "newsmon.log"}"\n'
                    f'\n[alerts]\njsonl = "{folder / "alerts.jsonl"}"\n', encoding="utf-8")
    return path


def test_kill_9_at_random_moments_then_one_more_run_gives_the_clean_runs_tables(tmp_path):
    rng = random.Random(KILL_SEED)
    with serve_fixture_web() as web:
        clean_config = _run_config(tmp_path / "clean", web.address)
        clean = newsmon("--config", str(clean_config), "run", cwd=tmp_path / "clean", wait=False)
        killed_config = _run_config(tmp_path / "killed", web.address)
        moments = []
        for _ in range(KILL_TRIALS):
            child = newsmon("--config", str(killed_config), "run", cwd=tmp_path / "killed", wait=False)
            moment = rng.uniform(0.5, 7.0)
            moments.append(round(moment, 2))
            try:
                child.wait(timeout=moment)
            except subprocess.TimeoutExpired:
                child.kill()
            child.communicate(timeout=30)
        out, err = clean.communicate(timeout=180)
        assert clean.returncode == 0, err
        final = newsmon("--config", str(killed_config), "run", cwd=tmp_path / "killed", timeout=180)
        assert final.returncode == 0, final.stderr
    killed_db = tmp_path / "killed" / "newsmon.db"
    assert _rows(killed_db, "PRAGMA integrity_check") == [{"integrity_check": "ok"}]
    clean_tables, killed_tables = _tables(tmp_path / "clean" / "newsmon.db"), _tables(killed_db)
    for name in COMPARED:
        assert killed_tables[name] == clean_tables[name], f"{name} differs after kills at {moments} s"
    keys = [json.loads(line)["key"] for line in (tmp_path / "killed" / "alerts.jsonl").read_text().splitlines()]
    assert len(keys) == len(set(keys)) and set(keys) == {row[0] for row in killed_tables["alerts"] if row[3]}


def test_a_store_error_inside_a_stage_is_one_line_with_the_operation_and_exit_2(tmp_path, monkeypatch):
    """The merge on a full disk, as SQLite reports it from inside the stage (injected: the
    merge needs processed articles, which take the spaCy model to make)."""
    from click.testing import CliRunner

    import newsmon.pipeline.merge.stage as merge_stage
    from newsmon.models.schema import open_db
    from newsmon.pipeline.cli.main import cli

    def full_disk(config):
        raise sqlite3.OperationalError("database or disk is full")

    path = tmp_path / "newsmon.db"
    open_db(path).close()
    monkeypatch.setattr(merge_stage, "run_merge", full_disk)
    result = CliRunner().invoke(cli, ["merge", "--db", str(path)])
    assert result.exit_code == 2, result.output
    (line,) = result.output.strip().splitlines()
    assert str(path) in line and "merge failed" in line and "disk is full" in line
