"""The alert stage, second half: deliver each alert to each target once.

Targets are the apprise URLs of the configuration plus two built-ins, standard output
and a JSON-lines file. Every (alert, target) delivery is recorded; a failed one is tried
again on the next run and a target that already has an alert never gets it twice
(the JSON-lines file is also checked for the alert's key, so a run killed between
writing and recording does not repeat it; a webhook in that instant may see it twice).

Text from web pages (headlines, sentences, outlet names) is escaped for the format the
target renders, so a headline cannot add links or markup to a message.
"""

from __future__ import annotations

import html
import json
import logging
import os
import re
import signal
import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

import click
from sqlite_utils import Database

from newsmon.models.errors import ConfigError
from newsmon.models.times import duration, now_iso, parse_iso
from newsmon.pipeline.config import Config

logger = logging.getLogger(__name__)

# what makes markup in the markdown dialects of chat services: emphasis, code, links,
# images, HTML, headings, strike-through, tables
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]<>#~|])")
_SPACES = re.compile(r"\s+")
# mentions that page a whole chat (Slack, Discord, Mattermost, Rocket.Chat): a zero-width
# space after the @ keeps the word readable and the ping out
_MASS_MENTION = re.compile(r"@(everyone|here|channel|all)\b", re.IGNORECASE)
_SLACK_MENTION = re.compile(r"<!(everyone|here|channel)(\|[^>]*)?>", re.IGNORECASE)


@dataclass
class Target:
    id: str  # what delivery rows name it by: no secrets
    kind: str  # stdout | jsonl | apprise
    url: str | None = None
    path: Path | None = None
    plugin: object = None  # the apprise plugin, made once from the URL


@dataclass
class DeliveryReport:
    sent: int = 0
    failed: int = 0
    pending: int = 0  # still to deliver after this run
    errors: list[str] = field(default_factory=list)

    def as_dict(self) -> dict:
        return {"sent": self.sent, "failed": self.failed, "pending": self.pending, "errors": self.errors[:10]}


def configured_targets(config: Config) -> list[Target]:
    """The targets of the configuration.

    Raises:
        ConfigError: an apprise URL is not one apprise knows.
    """
    targets = []
    if config.alerts.stdout:
        targets.append(Target("stdout", "stdout"))
    if config.alerts.jsonl:
        targets.append(Target(f"jsonl:{config.alerts.jsonl}", "jsonl", path=config.alerts.jsonl))
    if config.alerts.targets:
        import apprise

        for number, (written, url) in enumerate(config.alerts.targets, 1):
            plugin = apprise.Apprise.instantiate(url)
            if plugin is None:
                raise ConfigError(f"{config.source or 'configuration'}: alerts.targets[{number}] {written!r} is not "
                                  "a URL apprise can send to (see https://github.com/caronc/apprise/wiki)")
            targets.append(Target(plugin.url(privacy=True), "apprise", url=url, plugin=plugin))
    return targets


# -- rendering -----------------------------------------------------------------------------

def _clean(text: object) -> str:
    """One line: web text may carry newlines that would fake lines of the message; and
    no @everyone, @here or @channel that would page a whole chat."""
    text = _SPACES.sub(" ", str(text or "")).strip()
    text = _SLACK_MENTION.sub(lambda m: f"<!\u200b{m.group(1)}{m.group(2) or ''}>", text)
    return _MASS_MENTION.sub(lambda m: f"@\u200b{m.group(1)}", text)


def _escape(text: object, fmt: str) -> str:
    text = _clean(text)
    if fmt == "html":
        return html.escape(text)
    if fmt == "markdown":
        return _MARKDOWN_SPECIAL.sub(r"\\\1", text)
    return text


def _link(url: str, fmt: str) -> str:
    url = _MASS_MENTION.sub(lambda m: f"%40{m.group(1)}", _SPACES.sub(" ", str(url or "")).strip())
    if fmt == "html":
        return f'<a href="{html.escape(url, quote=True)}">{html.escape(url)}</a>'
    if fmt == "markdown":
        # a bare URL in angle brackets: no text of the page's choosing becomes a link
        return "<" + url.replace("<", "%3C").replace(">", "%3E").replace(" ", "%20") + ">"
    return url


def _when(published_at: str | None, seen_at: str) -> str:
    """When the first report was published and when newsmon saw it, in UTC."""
    published, seen = parse_iso(published_at), parse_iso(seen_at)
    seen_words = f"seen by newsmon {seen:%Y-%m-%d %H:%M} UTC" if seen else f"seen by newsmon {seen_at}"
    if published is None:
        return f"Publication time unknown; {seen_words}."
    if published.time() == datetime.min.time():  # a date without a time of day
        return f"Published {published:%Y-%m-%d} (no time given); {seen_words}."
    later = f", {duration((seen - published).total_seconds())} later" if seen and seen >= published else ""
    return f"Published {published:%Y-%m-%d %H:%M} UTC; {seen_words}{later}."


def render(message: dict, fmt: str) -> tuple[str, str]:
    """(title, body) of an alert for a target that renders ``fmt`` (text, markdown, html)."""
    lines = []
    first = message.get("first_source")
    if first:
        outlet, title = _escape(first.get("outlet"), fmt), _escape(first.get("title") or "(no title)", fmt)
        when = f" ({_escape(first['published_at'][:10], fmt)})" if first.get("published_at") else ""
        lines.append(f"First reported by {outlet}{when}: {title}")
        lines.append(_link(first["url"], fmt))
        if first.get("sentence"):
            lines.append(f"“{_escape(first['sentence'], fmt)}”")
        if first.get("seen_at"):
            lines.append(_escape(_when(first.get("published_at"), first["seen_at"]), fmt))
    sources = message.get("sources")
    if message["kind"] == "event":
        lines.append(f"Sources so far: {sources} ({message.get('independent_sources')} independent).")
    elif message["kind"] == "figure":
        lines.append(f"Sources of this figure so far: {sources}; of the release: {message.get('event_sources')} "
                     f"({message.get('event_independent_sources')} independent).")
    else:
        lines.append(f"Sources naming this person so far: {sources}.")
    if message.get("conflicts"):
        lines.append("Conflicting figures:")
        lines.extend(f"- {_escape(line, fmt)}" for line in message["conflicts"])
    separator = "<br>\n" if fmt == "html" else "\n"
    return _escape(message["title"], fmt), separator.join(lines)


# -- delivery ------------------------------------------------------------------------------

def _target_format(plugin) -> str:
    resolve = getattr(plugin, "resolve_format", None)
    chosen = resolve() if resolve else plugin.notify_format
    if isinstance(chosen, (tuple, list)):
        chosen = chosen[0]
    return getattr(chosen, "value", str(chosen))


def _send_apprise(target: Target, title: str | None, message: dict | None, test: bool = False) -> str | None:
    """None if sent, else why not."""
    import apprise

    plugin = target.plugin
    fmt = _target_format(plugin)
    if test:
        title, body = "newsmon test", "A test message from newsmon: this target works."
    else:
        title, body = render(message, fmt)
    sender = apprise.Apprise()
    sender.add(plugin)
    with apprise.LogCapture(level=logging.WARNING) as captured:
        ok = sender.notify(body=body, title=title, body_format=fmt)
    if ok:
        return None
    reasons = [line.split(" - ", 2)[-1] for line in captured.getvalue().splitlines() if line.strip()]
    return reasons[-1] if reasons else "apprise reported a failure without a reason"


def _jsonl_keys(path: Path) -> set[str]:
    keys = set()
    if path.exists():
        for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
            try:
                keys.add(json.loads(line)["key"])
            except (ValueError, KeyError, TypeError):
                continue  # a line cut by a crash: the alert is written again below it
    return keys


def _send_jsonl(target: Target, alert: dict, written: set[str]) -> str | None:
    if alert["key"] in written:
        return None
    title, body = render(alert["message"], "text")
    record = {"key": alert["key"], "id": alert["id"], "watch": alert["watch"], "kind": alert["kind"],
              "created_at": alert["created_at"], "title": alert["title"], "text": body, **alert["message"]}
    try:
        target.path.parent.mkdir(parents=True, exist_ok=True)
        with target.path.open("a", encoding="utf-8") as out:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
            out.flush()
            os.fsync(out.fileno())
    except OSError as exc:
        return f"cannot write {target.path}: {exc.strerror or exc}"
    written.add(alert["key"])
    return None


def _send(target: Target, alert: dict, written: set[str]) -> str | None:
    if target.kind == "stdout":
        title, body = render(alert["message"], "text")
        click.echo(f"ALERT {title}\n{body}\n")
        return None
    if target.kind == "jsonl":
        return _send_jsonl(target, alert, written)
    return _send_apprise(target, alert["title"], alert["message"])


@contextmanager
def _finish_current_on_sigterm():
    """SIGTERM while delivering: finish (and record) the delivery under way, then stop."""
    stop = {"requested": False}
    try:
        previous = signal.signal(signal.SIGTERM, lambda *_: stop.__setitem__("requested", True))
    except ValueError:  # not the main thread
        yield stop
        return
    try:
        yield stop
    finally:
        signal.signal(signal.SIGTERM, previous)
        if stop["requested"]:
            raise SystemExit(128 + signal.SIGTERM)


def pending(db: Database, targets: list[Target]) -> list[tuple[dict, list[Target]]]:
    """Alerts with targets that have not got them yet (targets no longer configured are left out)."""
    by_id = {t.id: t for t in targets}
    rows = db.execute(
        """SELECT a.id, a.key, a.watch, a.kind, a.created_at, a.title, a.message, a.targets,
                  (SELECT json_group_array(target) FROM alert_deliveries d WHERE d.alert_id = a.id
                   AND d.state = 'sent') AS sent
           FROM alerts a WHERE a.covered_by IS NULL AND a.title IS NOT NULL ORDER BY a.id""").fetchall()
    result = []
    for alert_id, key, watch, kind, created_at, title, message, wanted, sent in rows:
        missing = [by_id[t] for t in json.loads(wanted) if t in by_id and t not in json.loads(sent)]
        if missing:
            alert = {"id": alert_id, "key": key, "watch": watch, "kind": kind, "created_at": created_at,
                     "title": title, "message": json.loads(message)}
            result.append((alert, missing))
    return result


def _record(db: Database, alert_id: int, target: str, error: str | None) -> None:
    with db.atomic():
        db.execute(
            """INSERT INTO alert_deliveries (alert_id, target, state, attempts, error, updated_at)
               VALUES (?, ?, ?, 1, ?, ?)
               ON CONFLICT(alert_id, target) DO UPDATE SET state = excluded.state, attempts = attempts + 1,
                   error = excluded.error, updated_at = excluded.updated_at""",
            [alert_id, target, "failed" if error else "sent", error,
             now_iso()])


def deliver_pending(db: Database, targets: list[Target]) -> DeliveryReport:
    """Send every pending alert to the targets that lack it; record each outcome at once."""
    report = DeliveryReport()
    written: set[str] = set()
    for target in targets:
        if target.kind == "jsonl":
            written |= _jsonl_keys(target.path)
    down: dict[str, str] = {}  # a target that failed once this run is not tried again
    with _finish_current_on_sigterm() as stop:
        for alert, missing in pending(db, targets):
            for target in missing:
                if stop["requested"]:
                    break
                error = down.get(target.id) or _send(target, alert, written)
                _record(db, alert["id"], target.id, error)
                if error:
                    down.setdefault(target.id, error)
                    report.failed += 1
                    report.errors.append(f"alert {alert['id']} to {target.id}: {error}")
                    logger.warning("alert %s not delivered to %s: %s", alert["id"], target.id, error)
                else:
                    report.sent += 1
    report.pending = sum(len(missing) for _, missing in pending(db, targets))
    return report


def test_targets(config: Config) -> list[tuple[str, str | None]]:
    """(target, None or why it failed) for every configured target, after a test message."""
    results = []
    for target in configured_targets(config):
        if target.kind == "stdout":
            click.echo("newsmon test: standard output works")
            results.append((target.id, None))
        elif target.kind == "jsonl":
            try:
                target.path.parent.mkdir(parents=True, exist_ok=True)
                with target.path.open("a", encoding="utf-8"):
                    pass  # writable; a test line would pollute the alert log
                results.append((target.id, None))
            except OSError as exc:
                results.append((target.id, f"cannot write {target.path}: {exc.strerror or exc}"))
        else:
            started = time.monotonic()
            error = _send_apprise(target, None, None, test=True)
            logger.debug("test of %s took %.1fs", target.id, time.monotonic() - started)
            results.append((target.id, error))
    return results
