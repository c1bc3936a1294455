"""The merge stage: claim mentions from many articles become claims with all their
sources, release claims are grouped into events, and wire copies are recognised so they
count once as independent sources. Incremental (articles processed since their last
merge) and idempotent: merging again, or after a re-process, never duplicates.
"""

from __future__ import annotations

import functools
import json
import logging
import re
import time
import tomllib
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

import numpy as np
import pycountry
from datasketch import MinHash
from sqlite_utils import Database

from newsmon.models.predicates import RELEASE
from newsmon.models.schema import open_db
from newsmon.pipeline.config import Config
from newsmon.pipeline.merge.figures import band_keys, settle
from newsmon.pipeline.merge.people import assign_person, fill_surname_keys

logger = logging.getLogger(__name__)

DATA = Path(__file__).resolve().parent.parent / "data"  # shared by process and merge
NUM_PERM = 64
SCHEME, HASH_DTYPE = "affine32", np.uint32  # fixed, so stored fingerprints stay comparable
COPY_THRESHOLD = 0.7  # estimated Jaccard of 5-word shingles: above it, a republication
MIN_WORDS_FOR_COPY = 60
EVENT_WINDOW = timedelta(days=3)  # around a stated event date
REPORT_LAG = timedelta(days=7)  # an article reports an event up to a week after it
# short names pycountry files under their official form
_COUNTRY_ALIASES = {"russia", "britain", "great britain", "uk", "us", "usa", "america", "iran", "syria", "moldova",
                    "venezuela", "bolivia", "vietnam", "laos", "south korea", "north korea", "czech republic",
                    "tanzania", "turkey"}
_WORD = re.compile(r"\w+")
_OTHER = re.compile(r"\bother\b")


@dataclass
class MergeReport:
    articles: int = 0
    copies: int = 0
    claims: int = 0
    events: int = 0
    conflicts: int = 0
    persons: int = 0
    seconds: float = 0.0

    def summary_line(self) -> str:
        return (f"merge: {self.articles} articles ({self.copies} copies of earlier ones); store now holds "
                f"{self.claims} claims, {self.events} release events, {self.conflicts} quantities with conflicting "
                f"figures, "
                f"{self.persons} released persons in {self.seconds:.1f}s")


@functools.cache
def noun_classes(path: Path = DATA / "noun_classes.toml") -> tuple[dict[str, str], dict[str, str]]:
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    return data["phrases"], data["nouns"]


def noun_class(noun: str, noun_phrase: str | None) -> str:
    """The group a counted noun names ("media workers" -> journalist, "persons" -> people).
    "13 other prisoners" (beside someone named: "Tsikhanouski and 13 other prisoners") is
    a quantity of its own, not a figure against "14 prisoners"."""
    phrases, nouns = noun_classes()
    text = (noun_phrase or "").lower()
    other = "other " if _OTHER.search(text) else ""
    for phrase, klass in phrases.items():
        if phrase in text:
            return other + klass
    klass = nouns.get(noun, noun)
    if klass in _OF_A_COUNTRY and (nationality := _nationality(noun_phrase or "")):
        return f"{other}{nationality} {klass}"  # three Lithuanian and two American citizens: two quantities
    return other + klass


_OF_A_COUNTRY = frozenset({"citizen", "national"})


def _nationality(noun_phrase: str) -> str | None:
    """"Lithuanian" in "Three Lithuanian citizens": a capitalised word after the first."""
    words = noun_phrase.split()[1:-1]
    return next((w.lower() for w in words if w[:1].isupper() and w.isalpha()), None)


def fingerprint(text: str) -> MinHash | None:
    """MinHash of the text's 5-word shingles, or None for texts too short to compare."""
    words = _WORD.findall(text.lower())
    if len(words) < MIN_WORDS_FOR_COPY:
        return None
    minhash = MinHash(num_perm=NUM_PERM, scheme=SCHEME)
    minhash.update_batch(" ".join(words[i:i + 5]).encode("utf-8") for i in range(len(words) - 4))
    return minhash


def _candidates(db: Database, keys: list[int]) -> list[tuple[str, str, bytes]]:
    """Stored articles sharing an LSH band with ``keys``: (url, source group, fingerprint)."""
    return db.execute(
        """SELECT c.article_url, c.source_group, c.minhash FROM article_copies c
           WHERE c.article_url IN (SELECT article_url FROM copy_bands
                                   WHERE band IN (SELECT value FROM json_each(?)))""",
        [json.dumps(keys)]).fetchall()


def _source_group(db: Database, url: str, text: str) -> bool:
    """Record which independent source ``url`` belongs to; returns whether it is a copy:
    it declares another page as canonical, or its text is a near copy of an earlier one."""
    db.execute("DELETE FROM copy_bands WHERE article_url = ?", [url])
    db.execute("DELETE FROM article_copies WHERE article_url = ?", [url])
    (declared,) = db.execute("SELECT declared_canonical FROM pages WHERE url = ?", [url]).fetchone()
    minhash = fingerprint(text)
    if minhash is None and not declared:
        return False
    empty = MinHash(num_perm=NUM_PERM, scheme=SCHEME)
    stored = np.asarray((empty if minhash is None else minhash).hashvalues, dtype=HASH_DTYPE).tobytes()
    keys = band_keys(stored) if minhash is not None else []
    group, similarity = url, None
    if declared:
        # that page's group, or that URL itself if its article comes later (and so
        # becomes the group of its own copies)
        row = db.execute("SELECT source_group FROM article_copies WHERE article_url = ?", [declared]).fetchone()
        group = row[0] if row else declared
    else:
        for candidate, candidate_group, blob in _candidates(db, keys):
            other = MinHash(num_perm=NUM_PERM, scheme=SCHEME, hashvalues=np.frombuffer(blob, dtype=HASH_DTYPE))
            estimate = minhash.jaccard(other)
            if estimate >= COPY_THRESHOLD and (similarity is None or estimate > similarity):
                group, similarity = candidate_group, estimate
    db["article_copies"].insert({"article_url": url, "source_group": group, "similarity": similarity,
                                 "minhash": stored})
    db.conn.executemany("INSERT INTO copy_bands (band, article_url) VALUES (?, ?)", [(key, url) for key in keys])
    return group != url


@functools.cache
def _country_names() -> frozenset[str]:
    names = set(_COUNTRY_ALIASES)
    for country in pycountry.countries:
        for attribute in ("name", "common_name", "official_name"):
            if value := getattr(country, attribute, None):
                names.add(value.lower())
    return frozenset(names)


def country_or_none(name: str | None) -> str | None:
    """``name`` if it names a country (not a city such as Washington or Minsk)."""
    return name if name and name.lower() in _country_names() else None


def _event(db: Database, country: str, day: date, stated: bool) -> int:
    """The release event of ``country`` near ``day``, created if new: within a few days
    of a stated date, or in the week before a publication date."""
    low, high = (day - EVENT_WINDOW, day + EVENT_WINDOW) if stated else (day - REPORT_LAG, day + timedelta(days=1))
    rows = db.execute("SELECT id, event_date, date_source FROM events WHERE country = ? AND event_date BETWEEN ? AND ?",
                      [country, low.isoformat(), high.isoformat()]).fetchall()
    if rows:
        event_id, event_date, source = min(rows, key=lambda r: abs(date.fromisoformat(r[1]) - day))
        if stated and source == "published":  # a stated date beats a publication date
            db.execute("UPDATE events SET event_date = ?, date_source = 'stated' WHERE id = ?",
                       [day.isoformat(), event_id])
        return event_id
    return db["events"].insert({"country": country, "event_date": day.isoformat(),
                                "date_source": "stated" if stated else "published"}).last_pk


def _day(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value[:10]) if value and len(value) >= 10 else None
    except ValueError:
        return None


def _known_event(db: Database, country: str, published: date) -> int | None:
    """The release of ``country`` an article published on ``published`` reports, if the
    store knows one from the week before."""
    row = db.execute("""SELECT id FROM events WHERE country = ? AND event_date BETWEEN ? AND ?
                        ORDER BY event_date DESC LIMIT 1""",
                     [country, (published - REPORT_LAG).isoformat(), (published + timedelta(days=1)).isoformat()]
                     ).fetchone()
    return row[0] if row else None


def _only_event_near(db: Database, day: date) -> int | None:
    rows = db.execute("SELECT id FROM events WHERE event_date BETWEEN ? AND ?",
                      [(day - EVENT_WINDOW).isoformat(), (day + EVENT_WINDOW).isoformat()]).fetchall()
    return rows[0][0] if len(rows) == 1 else None


def _same_time(event_date: str | None, published_at: str | None) -> bool:
    """Whether a claim with this stated date (or none) is about the article's own news:
    "in June" in a September story is background, not the September release."""
    if not event_date:
        return True
    if len(event_date) >= 10:
        return False  # a full date of its own gave the claim its own event already
    return bool(published_at) and published_at.startswith(event_date)


def _release_events(db: Database, mentions: list[tuple], country: str | None, published: date | None,
                    published_at: str | None) -> tuple[list[int | None], int | None]:
    """The event of each release claim (predicate, noun, phrase, place, event date, time
    reference) of one article, and the release the article reports (the first event of its
    own time). Claims stating their day come first, so an undated headline joins the
    release the text dates; a figure tied to another time ("four days after 31 were
    freed", "last week's release of 31") joins only an existing, earlier event of its
    country, and a total over a period ("400 since last summer") none."""
    events: list[int | None] = [None] * len(mentions)
    own: dict[str, int] = {}  # the article's own release, per country
    for i, (predicate, _, _, place, event_date, time_ref) in enumerate(mentions):
        where, stated = country or country_or_none(place), _day(event_date)
        if predicate in RELEASE and stated and not time_ref:
            events[i] = _event(db, where, stated, True) if where else _only_event_near(db, stated)
            if events[i] is not None and where:
                own.setdefault(where, events[i])
    placeless = []
    for i, (predicate, _, _, place, event_date, time_ref) in enumerate(mentions):
        where, stated = country or country_or_none(place), _day(event_date)
        # undated, or a month that is the publication's ("earlier this month"); a month of
        # its own is background ("a similar release in June") and joins nothing
        if predicate not in RELEASE or time_ref or stated or not _same_time(event_date, published_at):
            continue
        if not where:
            placeless.append(i)
        elif where in own:
            events[i] = own[where]
        elif published:
            events[i] = own[where] = _event(db, where, published, False)
    for i in placeless:
        events[i] = next(iter(own.values()), None)
    for i, (predicate, _, _, place, event_date, time_ref) in enumerate(mentions):
        where, stated = country or country_or_none(place), _day(event_date)
        if predicate in RELEASE and time_ref == "earlier" and stated:
            reported = own.get(where) if where else next(iter(own.values()), None)
            before = reported is None or stated < date.fromisoformat(
                db.execute("SELECT event_date FROM events WHERE id = ?", [reported]).fetchone()[0]) - timedelta(days=1)
            if before:
                events[i] = _existing_event(db, where, stated) if where else _only_event_near(db, stated)
    main_event = next((e for e in own.values()), None)
    return events, main_event


def _existing_event(db: Database, country: str, day: date) -> int | None:
    rows = db.execute("SELECT id, event_date FROM events WHERE country = ? AND event_date BETWEEN ? AND ?",
                      [country, (day - EVENT_WINDOW).isoformat(), (day + EVENT_WINDOW).isoformat()]).fetchall()
    return min(rows, key=lambda r: abs(date.fromisoformat(r[1]) - day))[0] if rows else None


def merge_article(db: Database, url: str) -> bool:
    """Merge one article's claim mentions (replacing what an earlier merge made of them)."""
    article = db.execute("SELECT text, published_at, release_country, state, release_report FROM articles "
                         "WHERE page_url = ?", [url]).fetchone()
    text, published_at, release_country, state, release_report = article
    copy = _source_group(db, url, text or "") if state == "article" else False
    db.execute("DELETE FROM claim_sources WHERE claim_mention_id IN "
               "(SELECT id FROM claim_mentions WHERE article_url = ?)", [url])
    mentions = db.execute(
        """SELECT id, count, count_high, qualifier, predicate, noun, noun_phrase, place, event_date, time_ref
           FROM claim_mentions WHERE article_url = ? AND kind = 'count' AND status = 'asserted' ORDER BY start""",
        [url]).fetchall()
    published = _day(published_at)
    country = country_or_none(release_country)
    events, main_event = _release_events(db, [m[4:] for m in mentions], country, published, published_at)
    for (mention_id, count, high, qualifier, predicate, noun, phrase, place, event_date, time_ref), event in zip(
            mentions, events):
        if event is None and _same_time(event_date, published_at) and predicate not in RELEASE:
            event = main_event  # "about 1,150 remain behind bars": as the article's release left it
        klass = noun_class(noun, phrase)
        if event is not None and time_ref == "earlier" and not db.execute(
                "SELECT 1 FROM claims WHERE event_id = ? AND predicate = ? AND noun_class = ? AND count = ?",
                [event, predicate, klass, count]).fetchone():
            # a later article recalling an earlier release ("four days after 31 were freed
            # and taken to Lithuania") backs the figures that release already has; a figure
            # it alone gives is kept, but not as a new figure or a conflict of that release
            event = None
        where = country or country_or_none(place)
        scope = f"event:{event}" if event else f"{where or '?'}:{(event_date or published_at or '')[:7]}"
        key = "|".join(map(str, (scope, predicate, klass, count, high, qualifier)))
        db.execute(
            """INSERT INTO claims (key, event_id, country, predicate, noun_class, count, count_high, qualifier)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(key) DO NOTHING""",
            [key, event, where, predicate, klass, count, high, qualifier])
        (claim_id,) = db.execute("SELECT id FROM claims WHERE key = ?", [key]).fetchone()
        db.execute("INSERT INTO claim_sources (claim_mention_id, claim_id) VALUES (?, ?)", [mention_id, claim_id])
    people = db.execute("SELECT id, person_name, event_date FROM claim_mentions WHERE article_url = ? "
                        "AND kind = 'person' AND status = 'asserted' ORDER BY start", [url]).fetchall()
    if main_event is None and country and published:
        main_event = _known_event(db, country, published)  # names only: "among those freed on Thursday was…"
        stated = next((day for _, _, when in people if (day := _day(when))), None)
        if main_event is None and stated and release_report:
            # a release of named people without a figure ("X walked free on Tuesday") is an event
            # too; undated names (a feature about "the freed") are not
            main_event = _event(db, country, stated, True)
    people = [(mention_id, name) for mention_id, name, _ in people]
    db.execute("DELETE FROM person_mentions WHERE claim_mention_id IN "
               "(SELECT id FROM claim_mentions WHERE article_url = ?)", [url])
    for mention_id, name in people:
        person_id = assign_person(db, name, [n for _, n in people])
        db["person_mentions"].insert({"claim_mention_id": mention_id, "person_id": person_id, "event_id": main_event})
    db.execute("UPDATE articles SET merged_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE page_url = ?", [url])
    return copy


def run_merge(config: Config) -> MergeReport:
    """Merge every article processed since its last merge, oldest publication first."""
    started = time.monotonic()
    report = MergeReport()
    db = open_db(config.store_path)
    try:
        pending = [url for (url,) in db.execute(
            """SELECT page_url FROM articles WHERE state IN ('article', 'blocked')
               AND merged_at IS NULL
               ORDER BY coalesce(published_at, processed_at), page_url""")]
        with db.atomic():
            settle(db)  # sources removed by a re-process since the last merge
            # a page re-processed into a non-article is no longer a copy or an original
            db.execute("""DELETE FROM article_copies WHERE article_url IN (
                              SELECT page_url FROM articles WHERE merged_at IS NULL AND state != 'article')""")
            fill_surname_keys(db)
        for url in pending:
            with db.atomic():
                report.copies += merge_article(db, url)
            report.articles += 1
        with db.atomic():
            # once for the whole run: a claim or event many new articles state is counted
            # once, not once per article (a killed run leaves merge_dirty to the next)
            settle(db)
        report.claims = db.execute("SELECT count(*) FROM claims").fetchone()[0]
        report.events = db.execute("SELECT count(*) FROM events").fetchone()[0]
        # quantities reported with more than one figure (counting the conflicts view's rows
        # would aggregate every source of every claim: seconds on a large store)
        report.conflicts = db.execute(
            """SELECT count(*) FROM (SELECT 1 FROM claims WHERE event_id IS NOT NULL
               GROUP BY event_id, predicate, noun_class HAVING count(DISTINCT count) > 1)""").fetchone()[0]
        report.persons = db.execute("SELECT count(*) FROM persons").fetchone()[0]
    finally:
        db.close()
    report.seconds = time.monotonic() - started
    return report
