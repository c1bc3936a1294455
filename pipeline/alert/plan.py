"""The alert stage, first half: what the merge left in the store that a [[watch]] cares
about becomes one row in `alerts`, never two for the same fact (a unique key):

- a new release event in a watched country with a watched predicate;
- then, for that event, a figure not reported before ("9 journalists" where earlier
  reports said 8), if the watch asks for new figures;
- and each released person named for the first time, if it asks for new persons.

Figures and persons known when an event's alert is made are part of that alert (rows
covered_by it) and never alert on their own. Delivery is pipeline/alert/notify.py.
"""

from __future__ import annotations

import json
import re
import time
from dataclasses import dataclass

from sqlite_utils import Database

from newsmon.models.times import now_iso
from newsmon.pipeline.config import Config, Watch
from newsmon.pipeline.merge.people import name_key
from newsmon.pipeline.merge.stage import EVENT_WINDOW

QUALIFIER_WORDS = {"exact": "", "at_least": "at least ", "more_than": "more than ", "nearly": "nearly ",
                   "about": "about ", "up_to": "up to "}
PREDICATE_WORDS = {"released": "released", "pardoned": "pardoned", "deported": "deported",
                   "crossed_border": "crossed the border"}
HEADLINE_CLASSES = ("prisoner", "people")  # what "52 released" counts in a headline
_TENS = r"twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_NUMBER = re.compile(rf"^(\d[\d,.]*|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                     rf"thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|{_TENS}|hundred|thousand|"
                     rf"dozen|dozens|(?:{_TENS})-(?:one|two|three|four|five|six|seven|eight|nine))$", re.IGNORECASE)


@dataclass
class AlertReport:
    new: int = 0  # alerts to send (covered rows not counted)

    def as_dict(self) -> dict:
        return {"new": self.new}


def predicate_words(predicate: str) -> str:
    return PREDICATE_WORDS.get(predicate, predicate.replace("_", " "))


def figure(count: int, high: int | None, qualifier: str) -> str:
    """52, "at least 17", "40–50"."""
    number = f"{count:,}" + (f"–{high:,}" if high else "")
    return QUALIFIER_WORDS.get(qualifier, f"{qualifier} ") + number


def counted(noun_phrase: str | None, noun: str) -> str:
    """What a figure counts, in the source's words without the number: "political prisoners"."""
    words = (noun_phrase or "").split()
    last_number = max((i for i, w in enumerate(words) if _NUMBER.match(w)), default=-1)
    rest = " ".join(words[last_number + 1:])
    return rest or (noun if noun.endswith(("s", "people")) else noun + "s")


def _in(values) -> str:
    return json.dumps([v.lower() for v in values])


def _first_source(db: Database, where: str, params: list) -> dict | None:
    row = db.execute(
        f"""SELECT a.page_url, coalesce(o.title, a.outlet), coalesce(a.title, p.feed_title), a.published_at,
                   m.sentence, coalesce(p.discovered_at, p.fetched_at)
            FROM claim_mentions m
            JOIN articles a ON a.page_url = m.article_url
            JOIN pages p ON p.url = a.page_url
            LEFT JOIN outlets o ON o.name = a.outlet
            WHERE {where}
            ORDER BY a.published_at IS NULL, a.published_at, m.id LIMIT 1""", params).fetchone()
    if row is None:
        return None
    # seen_at: when newsmon first saw the report listed, so the reader knows how late it is
    return dict(zip(("url", "outlet", "title", "published_at", "sentence", "seen_at"), row))


def _claim_words(db: Database, claim_id: int) -> tuple[str, dict]:
    (count, high, qualifier, predicate, noun_class, phrase, noun, sources) = db.execute(
        """SELECT c.count, c.count_high, c.qualifier, c.predicate, c.noun_class, m.noun_phrase, m.noun, c.sources
           FROM claims c LEFT JOIN claim_sources cs ON cs.claim_id = c.id
           LEFT JOIN claim_mentions m ON m.id = cs.claim_mention_id
           WHERE c.id = ? ORDER BY m.id LIMIT 1""", [claim_id]).fetchone()
    words = f"{figure(count, high, qualifier)} {counted(phrase, noun or noun_class)} {predicate_words(predicate)}"
    return words, {"predicate": predicate, "noun_class": noun_class, "sources": sources}


def _conflicts(db: Database, event_id: int) -> list[str]:
    """Each quantity of the event reported with more than one figure, in plain words."""
    lines = []
    quantities = db.execute(
        """SELECT predicate, noun_class FROM claims WHERE event_id = ?
           GROUP BY predicate, noun_class HAVING count(DISTINCT count) > 1 ORDER BY predicate, noun_class""",
        [event_id]).fetchall()
    for predicate, noun_class in quantities:
        figures = db.execute(
            """SELECT count, count_high, qualifier, sources FROM claims
               WHERE event_id = ? AND predicate = ? AND noun_class = ? ORDER BY count, qualifier""",
            [event_id, predicate, noun_class]).fetchall()
        listed = " / ".join(f"{figure(c, h, q)} ({n} source{'s' if n != 1 else ''})" for c, h, q, n in figures)
        lines.append(f"{counted(None, noun_class)} {predicate_words(predicate)}: {listed}")
    return lines


def _event_message(db: Database, watch: Watch, event_id: int) -> tuple[str, dict]:
    country, day, sources, independent = db.execute(
        "SELECT country, event_date, sources, independent_sources FROM events WHERE id = ?", [event_id]).fetchone()
    predicates = json.dumps(list(watch.predicates))
    # the best-sourced figure of the event's own release claims: of prisoners or people if
    # any ("52 prisoners"), else of whom it counts ("10 Americans"); among equals, the one
    # reported first (a report's lead, not its "115 since the summer")
    top = db.execute(
        f"""SELECT id FROM claims WHERE event_id = ? AND predicate IN (SELECT value FROM json_each(?))
            AND noun_class NOT LIKE 'other %'
            ORDER BY noun_class IN {HEADLINE_CLASSES!r} DESC, independent_sources DESC, sources DESC,
                     (SELECT min(claim_mention_id) FROM claim_sources WHERE claim_id = claims.id) LIMIT 1""",
        [event_id, predicates]).fetchone()
    if top:
        words, _ = _claim_words(db, top[0])
        title = f"{country}: {words} ({day})"
    else:
        title = f"{country}: release reported ({day})"
    first = _first_source(db, """m.id IN (SELECT cs.claim_mention_id FROM claim_sources cs JOIN claims c
                                          ON c.id = cs.claim_id WHERE c.event_id = ?
                                          AND c.predicate IN (SELECT value FROM json_each(?)))""",
                          [event_id, predicates])
    return title, {"kind": "event", "title": title, "country": country, "event_date": day,
                   "first_source": first, "sources": sources, "independent_sources": independent,
                   "conflicts": _conflicts(db, event_id)}


def _figure_message(db: Database, event_id: int, claim_id: int) -> tuple[str, dict]:
    country, day, sources, independent = db.execute(
        "SELECT country, event_date, sources, independent_sources FROM events WHERE id = ?", [event_id]).fetchone()
    words, claim = _claim_words(db, claim_id)
    title = f"{country}, release of {day}: new figure, {words}"
    first = _first_source(db, "m.id IN (SELECT claim_mention_id FROM claim_sources WHERE claim_id = ?)", [claim_id])
    return title, {"kind": "figure", "title": title, "country": country, "event_date": day, "first_source": first,
                   "sources": claim["sources"], "event_sources": sources,
                   "event_independent_sources": independent, "conflicts": _conflicts(db, event_id)}


def _person_message(db: Database, event_id: int, person_id: int) -> tuple[str, dict]:
    country, day = db.execute("SELECT country, event_date FROM events WHERE id = ?", [event_id]).fetchone()
    name, roles, sources = db.execute("SELECT name, roles, sources FROM persons WHERE id = ?", [person_id]).fetchone()
    role = f" ({roles.split(',')[0]})" if roles else ""
    title = f"{country}, release of {day}: {name}{role} named among those released"
    first = _first_source(db, "m.id IN (SELECT claim_mention_id FROM person_mentions WHERE person_id = ? "
                              "AND event_id = ?)", [person_id, event_id])
    return title, {"kind": "person", "title": title, "country": country, "event_date": day, "name": name,
                   "roles": roles, "first_source": first, "sources": sources, "conflicts": []}


def _insert(db: Database, key: str, watch: Watch, kind: str, targets: str, *, event_id: int,
            claim_id: int | None = None, person_id: int | None = None, covered_by: int | None = None,
            message: tuple[str, dict] | None = None) -> int | None:
    """The new alert's id, or None if ``key`` already has one."""
    cursor = db.execute(
        """INSERT INTO alerts (key, watch, kind, event_id, claim_id, person_id, covered_by, created_at, title,
                               message, targets)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(key) DO NOTHING""",
        [key, watch.name, kind, event_id, claim_id, person_id, covered_by, now_iso(),
         message[0] if message else None, json.dumps(message[1], ensure_ascii=False) if message else None,
         targets])
    return cursor.lastrowid if cursor.rowcount else None


def _watched_figures(db: Database, watch: Watch, event_id: int, root: int) -> list[tuple[int, str]]:
    rows = db.execute(
        """SELECT id, predicate, noun_class, count FROM claims WHERE event_id = ?
           AND predicate IN (SELECT value FROM json_each(?)) ORDER BY id""",
        [event_id, json.dumps(list(watch.predicates))]).fetchall()
    # one key per figure of a quantity: "at least 52" after "52" is not news
    return [(claim_id, f"{watch.name}|figure|{root}|{predicate}|{noun_class}|{count}")
            for claim_id, predicate, noun_class, count in rows]


def _named_persons(db: Database, watch: Watch, event_id: int, root: int) -> list[tuple[int, str]]:
    rows = db.execute("""SELECT DISTINCT p.id, p.name FROM person_mentions pm JOIN persons p ON p.id = pm.person_id
                         WHERE pm.event_id = ? ORDER BY p.id""", [event_id]).fetchall()
    return [(person_id, f"{watch.name}|person|{root}|{name_key(name)}") for person_id, name in rows]


def _event_alert(db: Database, watch: Watch, event_id: int, country: str, day: str) -> int | None:
    """The alert already made for this event, if any. Event ids can change under it: a
    re-processed article can take an event away and the merge make it again (a new id,
    the same release), and SQLite may give a deleted event's id to a new one. So an alert
    whose event is gone is this event's if it names the same country within the event
    window; it is then moved to the new id. Figures and persons are keyed by that first
    alert, not by the event id, so they stay known."""
    known = db.execute("SELECT id FROM alerts WHERE watch = ? AND kind = 'event' AND event_id = ?",
                       [watch.name, event_id]).fetchone()
    if known:
        return known[0]
    orphan = db.execute(
        """SELECT id FROM alerts WHERE watch = ? AND kind = 'event' AND event_id IS NULL
           AND json_extract(message, '$.country') = ?
           AND abs(julianday(json_extract(message, '$.event_date')) - julianday(?)) <= ?
           ORDER BY abs(julianday(json_extract(message, '$.event_date')) - julianday(?)) LIMIT 1""",
        [watch.name, country, day, EVENT_WINDOW.days, day]).fetchone()
    if orphan:
        db.execute("UPDATE alerts SET event_id = ? WHERE id = ? OR covered_by = ?", [event_id, orphan[0], orphan[0]])
        return orphan[0]
    return None


def make_alerts(db: Database, config: Config, targets: list[str]) -> AlertReport:
    """Create the alerts the store now calls for (one transaction per event). Only events
    the merge changed since a watch last looked are checked (events.changed_at; NULL for
    rows no merge has counted yet), so the work follows what is new, not the store."""
    report = AlertReport()
    listed = json.dumps(targets)
    for watch in config.alerts.watches:
        seen = db.execute("SELECT checked_up_to FROM alert_watches WHERE watch = ?", [watch.name]).fetchone()
        events = db.execute(
            """SELECT id, country, event_date, changed_at FROM events e
               WHERE (changed_at IS NULL OR changed_at > ?)
               AND lower(country) IN (SELECT value FROM json_each(?))
               AND EXISTS (SELECT 1 FROM claims c WHERE c.event_id = e.id
                           AND c.predicate IN (SELECT value FROM json_each(?)))
               ORDER BY event_date, id""",
            [seen[0] if seen else "", _in(watch.countries), json.dumps(list(watch.predicates))]).fetchall()
        for event_id, country, day, _ in events:
            with db.atomic():
                report.new += _event_alerts(db, watch, event_id, country, day, listed)
        latest = max((changed for *_, changed in events if changed), default=None)
        if latest and (seen is None or latest > seen[0]):
            with db.atomic():
                db.execute("""INSERT INTO alert_watches (watch, checked_up_to) VALUES (?, ?)
                              ON CONFLICT(watch) DO UPDATE SET checked_up_to = excluded.checked_up_to""",
                           [watch.name, latest])
    return report


def _event_alerts(db: Database, watch: Watch, event_id: int, country: str, day: str, targets: str) -> int:
    root = _event_alert(db, watch, event_id, country, day)
    if root is None:
        root = _insert(db, f"{watch.name}|event|{country}|{day}|{event_id}", watch, "event", targets,
                       event_id=event_id, message=_event_message(db, watch, event_id))
        for claim_id, key in _watched_figures(db, watch, event_id, root):
            _insert(db, key, watch, "figure", "[]", event_id=event_id, claim_id=claim_id, covered_by=root)
        for person_id, key in _named_persons(db, watch, event_id, root):
            _insert(db, key, watch, "person", "[]", event_id=event_id, person_id=person_id, covered_by=root)
        return 1
    new = 0
    if watch.new_figures:
        for claim_id, key in _watched_figures(db, watch, event_id, root):
            if not _exists(db, key):
                new += _insert(db, key, watch, "figure", targets, event_id=event_id, claim_id=claim_id,
                               message=_figure_message(db, event_id, claim_id)) is not None
    if watch.new_persons:
        for person_id, key in _named_persons(db, watch, event_id, root):
            if not _exists(db, key):
                new += _insert(db, key, watch, "person", targets, event_id=event_id, person_id=person_id,
                               message=_person_message(db, event_id, person_id)) is not None
    return new


def _exists(db: Database, key: str) -> bool:
    return db.execute("SELECT 1 FROM alerts WHERE key = ?", [key]).fetchone() is not None


def run_alerts(config: Config) -> dict:
    """The alert stage: create what the store calls for, then deliver everything pending."""
    from newsmon.models.schema import open_db
    from newsmon.pipeline.alert.notify import configured_targets, deliver_pending

    started = time.monotonic()
    targets = configured_targets(config)
    db = open_db(config.store_path, create=False)
    try:
        made = make_alerts(db, config, [t.id for t in targets])
        delivered = deliver_pending(db, targets)
    finally:
        db.close()
    return {**made.as_dict(), **delivered.as_dict(), "seconds": round(time.monotonic() - started, 2)}
