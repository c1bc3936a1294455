"""newsmon.toml: where it is found, defaults and validation (pipeline/config.py), and the
Scrapy settings derived from it (pipeline/crawl/settings.py)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from newsmon.models.errors import ConfigError
from newsmon.pipeline.config import find_config_file, load_config
from newsmon.pipeline.crawl.settings import scrapy_settings
from newsmon.spiders.registry import DEFAULT_REGISTRY


@pytest.fixture
def empty_cwd(tmp_path, monkeypatch):
    folder = tmp_path / "cwd"
    folder.mkdir()
    monkeypatch.chdir(folder)
    monkeypatch.delenv("NEWSMON_CONFIG", raising=False)
    return folder


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_without_any_file_the_bundled_defaults_apply(empty_cwd):
    assert find_config_file() is None
    config = load_config()
    assert config.source is None
    assert config.store_path.resolve() == (empty_cwd / "newsmon.db").resolve()
    assert config.crawl.outlets == DEFAULT_REGISTRY
    assert config.crawl.polite is True
    assert "@" in config.crawl.contact
    assert config.crawl.hosts == {} and config.crawl.log_file is None


def test_explicit_path_beats_environment_beats_local_file(empty_cwd, tmp_path, monkeypatch):
    explicit = write(tmp_path / "explicit.toml", '[store]\npath = "explicit.db"\n')
    env = write(tmp_path / "env" / "env.toml", '[store]\npath = "env.db"\n')
    write(empty_cwd / "newsmon.toml", '[store]\npath = "local.db"\n')
    monkeypatch.setenv("NEWSMON_CONFIG", str(env))

    assert find_config_file(explicit) == explicit
    assert load_config(explicit).store_path.name == "explicit.db"

    assert find_config_file() == env
    assert load_config().store_path.name == "env.db"

    monkeypatch.delenv("NEWSMON_CONFIG")
    assert find_config_file() == Path("newsmon.toml")
    assert load_config().store_path.name == "local.db"


def test_user_file_keeps_other_defaults_and_resolves_paths_from_its_folder(empty_cwd, tmp_path):
    path = write(tmp_path / "conf" / "newsmon.toml", '[store]\npath = "x.db"\n')
    config = load_config(path)
    assert config.source == path
    assert config.store_path == (tmp_path / "conf").resolve() / "x.db"
    assert config.crawl == load_config(None).crawl  # the defaults, read with no file at all


def test_relative_outlets_path_is_resolved_from_the_config_folder(empty_cwd, tmp_path):
    path = write(tmp_path / "conf" / "newsmon.toml", '[crawl]\noutlets = "registry/outlets.toml"\n')
    assert load_config(path).crawl.outlets == (tmp_path / "conf").resolve() / "registry" / "outlets.toml"


def test_missing_explicit_file_is_a_config_error_naming_it(empty_cwd, tmp_path):
    path = tmp_path / "absent.toml"
    with pytest.raises(ConfigError) as err:
        load_config(path)
    assert str(path) in str(err.value) and "not found" in str(err.value)


def test_unknown_setting_error_names_file_and_dotted_key(empty_cwd, tmp_path):
    path = write(tmp_path / "newsmon.toml", "[crawl]\nspeed = 3\n")
    with pytest.raises(ConfigError) as err:
        load_config(path)
    assert str(path) in str(err.value) and "crawl.speed" in str(err.value)


def test_wrong_type_error_names_file_and_key(empty_cwd, tmp_path):
    path = write(tmp_path / "newsmon.toml", '[crawl]\npolite = "yes"\n')
    with pytest.raises(ConfigError) as err:
        load_config(path)
    assert str(path) in str(err.value) and "crawl.polite" in str(err.value)


def test_integer_is_accepted_for_a_float_setting(empty_cwd, tmp_path):
    path = write(tmp_path / "newsmon.toml", "[crawl]\ntimeout = 5\n")
    assert load_config(path).crawl.timeout == 5


def test_contact_without_email_or_url_is_refused(empty_cwd, tmp_path):
    path = write(tmp_path / "newsmon.toml", '[crawl]\ncontact = "the newsroom"\n')
    with pytest.raises(ConfigError) as err:
        load_config(path)
    assert str(path) in str(err.value) and "crawl.contact" in str(err.value)


def test_contact_url_is_accepted(empty_cwd, tmp_path):
    path = write(tmp_path / "newsmon.toml", '[crawl]\ncontact = "https://example.org/crawler"\n')
    assert load_config(path).crawl.contact == "https://example.org/crawler"


def test_negative_retries_are_refused(empty_cwd, tmp_path):
    path = write(tmp_path / "newsmon.toml", "[crawl]\nretries = -1\n")
    with pytest.raises(ConfigError) as err:
        load_config(path)
    assert str(path) in str(err.value) and "crawl.retries" in str(err.value)


def test_detection_budget_defaults_to_one_cron_period_and_must_not_be_negative(empty_cwd, tmp_path):
    assert load_config().crawl.max_detection_delay == 900
    assert scrapy_settings(load_config())["NEWSMON_MAX_DETECTION_DELAY"] == 900
    path = write(tmp_path / "newsmon.toml", "[crawl]\nmax_detection_delay = -60\n")
    with pytest.raises(ConfigError) as err:
        load_config(path)
    assert str(path) in str(err.value) and "crawl.max_detection_delay" in str(err.value)


def test_without_watches_there_is_no_detection_budget(empty_cwd, tmp_path):
    path = write(tmp_path / "newsmon.toml", "watch = []\n")
    assert scrapy_settings(load_config(path))["NEWSMON_MAX_DETECTION_DELAY"] == 0


def test_agent_carries_the_contact(empty_cwd, tmp_path):
    path = write(tmp_path / "newsmon.toml", '[crawl]\ncontact = "desk@example.net"\n')
    agent = load_config(path).crawl.agent
    assert "desk@example.net" in agent and "{contact}" not in agent


def test_db_override_changes_only_the_store_path(empty_cwd, tmp_path):
    config = load_config(write(tmp_path / "newsmon.toml", '[crawl]\ncontact = "desk@example.net"\n'))
    other = config.with_overrides(db=tmp_path / "other.db")
    assert other.store_path == tmp_path / "other.db"
    assert other.crawl == config.crawl and other.source == config.source
    assert config.with_overrides(db=None) == config


# --- Scrapy settings -----------------------------------------------------------------


def test_scrapy_settings_follow_the_defaults(empty_cwd):
    config = load_config()
    settings = scrapy_settings(config)
    assert config.crawl.contact in settings["USER_AGENT"]
    assert settings["ROBOTSTXT_OBEY"] is True
    assert settings["AUTOTHROTTLE_ENABLED"] is True
    assert settings["DOWNLOAD_DELAY"] == config.crawl.download_delay
    assert settings["DOWNLOAD_MAXSIZE"] == config.crawl.max_page_bytes
    assert settings["NEWSMON_DB"] == str(config.store_path)
    assert "TWISTED_DNS_RESOLVER" not in settings


def test_impolite_crawl_turns_off_autothrottle_and_delay(empty_cwd, tmp_path):
    path = write(tmp_path / "newsmon.toml", "[crawl]\npolite = false\nmax_page_bytes = 123456\n")
    settings = scrapy_settings(load_config(path))
    assert settings["AUTOTHROTTLE_ENABLED"] is False
    assert settings["DOWNLOAD_DELAY"] == 0
    assert settings["DOWNLOAD_MAXSIZE"] == 123456
    assert settings["ROBOTSTXT_OBEY"] is True  # polite = false never means ignoring robots.txt


def test_hosts_table_installs_the_hosts_resolver(empty_cwd, tmp_path):
    path = write(tmp_path / "newsmon.toml", '[crawl.hosts]\n"*.test" = "127.0.0.1"\n')
    settings = scrapy_settings(load_config(path))
    assert settings["TWISTED_DNS_RESOLVER"] == "newsmon.pipeline.crawl.dns.HostsResolver"
    assert settings["NEWSMON_HOSTS"] == {"*.test": "127.0.0.1"}


def test_alert_settings_default_to_stdout_a_jsonl_file_and_the_belarus_watch(empty_cwd):
    config = load_config()
    assert config.alerts.stdout and config.alerts.jsonl.resolve() == (empty_cwd / "alerts.jsonl").resolve()
    (watch,) = config.alerts.watches
    assert (watch.name, watch.countries, watch.predicates) == ("belarus-releases", ("Belarus",),
                                                               ("released", "pardoned", "deported"))
    assert config.run.log_file.name == "newsmon.log" and config.lock_path.name == "newsmon.db.lock"


def test_watches_in_a_user_file_replace_the_default_and_env_placeholders_are_filled(empty_cwd, monkeypatch):
    monkeypatch.setenv("NTFY_TOPIC", "desk-7")
    path = write(empty_cwd / "newsmon.toml", """
[alerts]
targets = ["ntfy://ntfy.sh/${NTFY_TOPIC}"]

[[watch]]
name = "russia"
countries = ["Russia"]
predicates = ["released", "crossed_border"]
new_persons = false
""")
    config = load_config(path)
    assert config.alerts.targets == (("ntfy://ntfy.sh/${NTFY_TOPIC}", "ntfy://ntfy.sh/desk-7"),)
    (watch,) = config.alerts.watches
    assert watch.countries == ("Russia",) and not watch.new_persons and watch.new_figures


@pytest.mark.parametrize("text, message", [
    ('[[watch]]\nname = "x"\ncountries = ["Belarus"]\npredicates = ["freed"]\n', "unknown predicate 'freed'"),
    ('[[watch]]\nname = "x"\ncountries = ["Belarus"]\ncountry = "Belarus"\n', "unknown key 'country'"),
    ('[[watch]]\nname = "x"\n', "'countries' is required"),
    ('[alerts]\ntargets = ["just-a-name"]\n', "alerts.targets[1] must be an apprise URL"),
    ('[alerts]\ntargets = ["json://h/${NOT_SET_ANYWHERE}"]\n', "environment variable NOT_SET_ANYWHERE is not set"),
    ('[alerts]\nstdout = "yes"\n', "'alerts.stdout' must be bool"),
])
def test_bad_alert_settings_are_named(empty_cwd, text, message):
    path = write(empty_cwd / "newsmon.toml", text)
    with pytest.raises(ConfigError, match=re.escape(message)):
        load_config(path)


@pytest.mark.parametrize("text, message", [
    ('[crawl.hosts]\n"*" = 5\n', "'crawl.hosts.*' must be an IP address string"),
    ('[crawl.hosts]\n"mirror.test" = "mirror.local"\n', "'crawl.hosts.mirror.test' must be an IP address"),
    ('[crawl]\nallow_private_addresses = "yes"\n', "'crawl.allow_private_addresses' must be bool"),
    ('[[watch]]\nname = "x"\ncountries = [5]\n', "'countries' must be a list of names"),
])
def test_every_value_is_type_checked_hosts_included(empty_cwd, text, message):
    path = write(empty_cwd / "newsmon.toml", text)
    with pytest.raises(ConfigError, match=re.escape(message)):
        load_config(path)


def test_private_addresses_are_refused_by_default_and_the_safety_middlewares_are_installed(empty_cwd):
    config = load_config()
    settings = scrapy_settings(config)
    assert config.crawl.allow_private_addresses is False
    assert settings["NEWSMON_ALLOW_PRIVATE_ADDRESSES"] is False
    middlewares = settings["DOWNLOADER_MIDDLEWARES"]
    # the address check runs before robots.txt (100) asks the host anything; the answer
    # check sees responses before redirects (600) and decompression (590) act on them
    assert middlewares["newsmon.spiders.safety.AddressSafetyMiddleware"] < 100
    assert middlewares["newsmon.spiders.safety.AnswerCheckMiddleware"] > 600
