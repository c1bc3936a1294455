"""The outlet registry (spiders/outlets.toml): its record type and its validating loader.

Validation names the file, the outlet and the key of every problem, so a user
editing the registry sees what to fix without reading a traceback.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from newsmon.models.errors import ConfigError

DEFAULT_REGISTRY = Path(__file__).with_name("outlets.toml")

_NAME = re.compile(r"^[a-z0-9][a-z0-9_-]*$")
_LANGUAGE = re.compile(r"^[a-z]{2,3}(-[A-Za-z]{2,4})?$")
_REQUIRED = {"name", "title", "homepage", "language", "article_pattern", "verified"}
_LISTS = ("feeds", "sitemaps", "listings")
_KNOWN = _REQUIRED | set(_LISTS) | {"allowed_domains", "redirect_domains", "enabled", "notes", "priority"}
# "low": polled adaptively, outside the detection budget ([crawl] max_detection_delay)
PRIORITIES = ("normal", "low")


@dataclass(frozen=True)
class Outlet:
    name: str
    title: str
    homepage: str
    language: str
    article_pattern: str
    verified: bool
    feeds: tuple[str, ...] = ()
    sitemaps: tuple[str, ...] = ()
    listings: tuple[str, ...] = ()
    allowed_domains: tuple[str, ...] = ()
    # other hosts its requests may be redirected to (a CDN, a consent page); subdomains included
    redirect_domains: tuple[str, ...] = ()
    enabled: bool = True
    notes: str = ""
    priority: str = "normal"
    _regex: re.Pattern = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_regex", re.compile(self.article_pattern))

    def is_article_url(self, url: str) -> bool:
        return bool(self._regex.search(url))

    def owns_url(self, url: str) -> bool:
        """Whether ``url``'s host is one of the outlet's domains or a subdomain of one."""
        host = (urlsplit(url).hostname or "").lower()
        return any(host == d or host.endswith("." + d) for d in self.allowed_domains)

    def as_dict(self) -> dict:
        return {
            "name": self.name,
            "title": self.title,
            "homepage": self.homepage,
            "language": self.language,
            "feeds": list(self.feeds),
            "sitemaps": list(self.sitemaps),
            "listings": list(self.listings),
            "article_pattern": self.article_pattern,
            "allowed_domains": list(self.allowed_domains),
            "redirect_domains": list(self.redirect_domains),
            "verified": self.verified,
            "enabled": self.enabled,
            "notes": self.notes,
            "priority": self.priority,
        }


def _fail(path: Path, where: str, message: str) -> ConfigError:
    return ConfigError(f"{path}: {where}: {message}")


def _check_url(path: Path, where: str, value: object) -> str:
    if not isinstance(value, str):
        raise _fail(path, where, f"expected a URL string, got {value!r}")
    parts = urlsplit(value)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise _fail(path, where, f"{value!r} is not an absolute http(s) URL")
    return value


def _outlet(path: Path, index: int, raw: dict) -> Outlet:
    label = f"outlet #{index + 1}"
    name = raw.get("name")
    if isinstance(name, str):
        label = f"outlet {name!r}"
    unknown = sorted(set(raw) - _KNOWN)
    if unknown:
        raise _fail(path, label, f"unknown key {unknown[0]!r} (known keys: {', '.join(sorted(_KNOWN))})")
    missing = sorted(_REQUIRED - set(raw))
    if missing:
        raise _fail(path, label, f"missing required key {missing[0]!r}")
    if not isinstance(name, str) or not _NAME.match(name):
        raise _fail(path, label, "key 'name' must be lower-case letters, digits, '-' or '_'")
    for key in ("title", "notes"):
        if key in raw and not isinstance(raw[key], str):
            raise _fail(path, f"{label}, key {key!r}", "expected a string")
    if not isinstance(raw["language"], str) or not _LANGUAGE.match(raw["language"]):
        raise _fail(path, f"{label}, key 'language'", f"{raw['language']!r} is not a language code like 'en'")
    for key in ("verified", "enabled"):
        if key in raw and not isinstance(raw[key], bool):
            raise _fail(path, f"{label}, key {key!r}", "expected true or false")
    homepage = _check_url(path, f"{label}, key 'homepage'", raw["homepage"])
    lists = {}
    for key in _LISTS:
        value = raw.get(key, [])
        if not isinstance(value, list):
            raise _fail(path, f"{label}, key {key!r}", "expected a list of URLs")
        lists[key] = tuple(_check_url(path, f"{label}, key {key!r}", v) for v in value)
    pattern = raw["article_pattern"]
    if not isinstance(pattern, str):
        raise _fail(path, f"{label}, key 'article_pattern'", "expected a regular expression string")
    try:
        re.compile(pattern)
    except re.error as exc:
        raise _fail(path, f"{label}, key 'article_pattern'", f"bad regular expression: {exc}") from exc
    domains = raw.get("allowed_domains")
    if domains is None:
        host = urlsplit(homepage).hostname or ""
        domains = [host.removeprefix("www.")]
    redirects = raw.get("redirect_domains", [])
    for key, value in (("allowed_domains", domains), ("redirect_domains", redirects)):
        if not isinstance(value, list) or not all(isinstance(d, str) and d and "/" not in d for d in value):
            raise _fail(path, f"{label}, key {key!r}", "expected a list of domain names like 'example.org'")
    priority = raw.get("priority", "normal")
    if priority not in PRIORITIES:
        raise _fail(path, f"{label}, key 'priority'", f"{priority!r} is not one of {', '.join(map(repr, PRIORITIES))}")
    enabled = raw.get("enabled", True)
    if enabled and not any(lists.values()):
        raise _fail(path, label, "no feeds, sitemaps or listings: add one, or set enabled = false")
    return Outlet(
        name=name,
        title=raw["title"],
        homepage=homepage,
        language=raw["language"],
        article_pattern=pattern,
        verified=raw["verified"],
        allowed_domains=tuple(d.lower() for d in domains),
        redirect_domains=tuple(d.lower() for d in redirects),
        enabled=enabled,
        notes=raw.get("notes", ""),
        priority=priority,
        **lists,
    )


def load_registry(path: str | Path = DEFAULT_REGISTRY) -> list[Outlet]:
    """Read and validate an outlet registry.

    Raises:
        ConfigError: the file is missing, is not TOML, or an entry is invalid.
    """
    path = Path(path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"{path}: outlet registry not found; set [crawl] outlets in newsmon.toml") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: not valid TOML: {exc}") from exc
    extra = sorted(set(data) - {"outlet"})
    if extra:
        raise ConfigError(f"{path}: unknown top-level key {extra[0]!r}; outlets are [[outlet]] tables")
    raws = data.get("outlet", [])
    if not isinstance(raws, list) or not raws:
        raise ConfigError(f"{path}: no [[outlet]] entries")
    outlets = [_outlet(path, i, raw) for i, raw in enumerate(raws)]
    seen: set[str] = set()
    for outlet in outlets:
        if outlet.name in seen:
            raise ConfigError(f"{path}: outlet {outlet.name!r} is defined twice")
        seen.add(outlet.name)
    return outlets


def select(outlets: list[Outlet], names: list[str] | None, path: str | Path = "") -> list[Outlet]:
    """The outlets to crawl: the named ones (enabled or not), else every enabled one."""
    if not names:
        return [o for o in outlets if o.enabled]
    by_name = {o.name: o for o in outlets}
    unknown = [n for n in names if n not in by_name]
    if unknown:
        raise ConfigError(
            f"{path or 'registry'}: no outlet named {unknown[0]!r}; `newsmon outlets` lists them"
        )
    return [by_name[n] for n in names]
