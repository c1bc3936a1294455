"""The outlet registry: the bundled spiders/outlets.toml, the validating loader's
messages, and an outlet's URL rules (article pattern, own domains)."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsmon.models.errors import ConfigError
from newsmon.spiders.registry import DEFAULT_REGISTRY, load_registry, select

FIXTURE_REGISTRY = Path(__file__).parent / "fixtures" / "outlets.toml"

EXPECTED_OUTLETS = {
    "rferl", "ap", "dw", "ifj", "efj", "baj", "viasna", "kyivindependent", "lrt_en", "meduza_en",
    "notesfrompoland", "euronews", "belsat_en", "charter97_en", "zerkalo", "nashaniva",
    "france_diplomatie", "state_dept", "ohchr", "tsikhanouskaya",
}

# A realistic article URL per outlet, in the shapes the registry notes mark [seen].
ARTICLES = {
    "rferl": "https://www.rferl.org/a/belarus-prisoners-freed/33512345.html",
    "dw": "https://www.dw.com/en/belarus-frees-52-prisoners/a-73956483",
    "ap": "https://apnews.com/article/belarus-prisoners-3f9a0c1e2b4d5f6a7b8c9d0e1f2a3b4c",
    "meduza_en": "https://meduza.io/en/news/2025/09/11/belarus-releases-52-political-prisoners",
    "charter97_en": "https://charter97.org/en/news/2025/9/11/654321/",
    "viasna": "https://spring96.org/en/news/118765",
    "zerkalo": "https://news.zerkalo.io/economics/101234.html",
    "ohchr": "https://www.ohchr.org/en/press-releases/2025/09/belarus-un-experts-welcome-release",
}

GOOD_OUTLET = {
    "name": "example",
    "title": "Example News",
    "homepage": "https://www.example.org/",
    "language": "en",
    "feeds": ["https://www.example.org/feed/"],
    "article_pattern": r"^https://(www\.)?example\.org/news/\d+$",
    "verified": False,
}


def _toml(value) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return "[" + ", ".join(_toml(v) for v in value) + "]"
    return f"'{value}'"  # literal string: regexes keep their backslashes


def write_registry(folder: Path, *outlets: dict) -> Path:
    path = folder / "outlets.toml"
    blocks = ["[[outlet]]\n" + "".join(f"{k} = {_toml(v)}\n" for k, v in o.items()) for o in outlets]
    path.write_text("\n".join(blocks), encoding="utf-8")
    return path


def outlet(**changes) -> dict:
    raw = {**GOOD_OUTLET, **changes}
    return {k: v for k, v in raw.items() if v is not None}


@pytest.fixture(scope="module")
def bundled():
    return load_registry()


# --- the bundled registry ------------------------------------------------------------


def test_bundled_registry_loads_with_unique_names(bundled):
    names = [o.name for o in bundled]
    assert len(names) == len(set(names))
    assert load_registry(DEFAULT_REGISTRY) == bundled


def test_bundled_registry_has_the_belarus_watch_outlets(bundled):
    assert EXPECTED_OUTLETS <= {o.name for o in bundled}


def test_every_bundled_outlet_is_unverified(bundled):
    assert [o.name for o in bundled if o.verified] == []


def test_every_enabled_bundled_outlet_has_a_discovery_source(bundled):
    assert [o.name for o in bundled if o.enabled and not (o.feeds or o.sitemaps or o.listings)] == []


def test_bundled_sources_lie_on_the_outlets_own_domains_and_are_not_articles(bundled):
    for o in bundled:
        for url in o.feeds + o.sitemaps + o.listings:
            assert o.owns_url(url), (o.name, url)
            assert not o.is_article_url(url), (o.name, url)


@pytest.mark.parametrize("name", sorted(ARTICLES))
def test_bundled_pattern_matches_an_article_and_not_the_homepage(bundled, name):
    o = {o.name: o for o in bundled}[name]
    assert o.is_article_url(ARTICLES[name])
    assert o.owns_url(ARTICLES[name])
    assert not o.is_article_url(o.homepage)


def test_no_bundled_homepage_matches_its_own_article_pattern(bundled):
    assert [o.name for o in bundled if o.is_article_url(o.homepage)] == []


def test_hub_and_topic_pages_are_not_articles(bundled):
    by_name = {o.name: o for o in bundled}
    assert not by_name["ap"].is_article_url("https://apnews.com/hub/belarus")
    assert not by_name["dw"].is_article_url("https://www.dw.com/en/belarus/t-17393416")


def test_fixture_registry_loads_its_four_outlets():
    outlets = load_registry(FIXTURE_REGISTRY)
    assert [o.name for o in outlets] == ["minskherald", "balticwire", "eastwatch", "deadoutlet"]


# --- the loader's messages -----------------------------------------------------------


def test_minimal_registry_loads_with_defaults(tmp_path):
    [o] = load_registry(write_registry(tmp_path, outlet()))
    assert o.name == "example"
    assert o.feeds == ("https://www.example.org/feed/",)
    assert o.sitemaps == () and o.listings == ()
    assert o.enabled is True and o.notes == ""


def test_unknown_key_error_names_file_outlet_and_key(tmp_path):
    path = write_registry(tmp_path, outlet(colour="red"))
    with pytest.raises(ConfigError) as err:
        load_registry(path)
    message = str(err.value)
    assert str(path) in message and "'example'" in message and "'colour'" in message


def test_bad_feed_url_error_names_file_outlet_key_and_value(tmp_path):
    path = write_registry(tmp_path, outlet(feeds=["www.example.org/feed"]))
    with pytest.raises(ConfigError) as err:
        load_registry(path)
    message = str(err.value)
    assert str(path) in message and "'example'" in message and "'feeds'" in message
    assert "www.example.org/feed" in message


def test_bad_regex_error_names_file_outlet_and_article_pattern(tmp_path):
    path = write_registry(tmp_path, outlet(article_pattern=r"^https://example\.org/(news/\d+$"))
    with pytest.raises(ConfigError) as err:
        load_registry(path)
    message = str(err.value)
    assert str(path) in message and "'example'" in message and "'article_pattern'" in message
    assert "regular expression" in message


def test_missing_required_key_error_names_file_outlet_and_key(tmp_path):
    path = write_registry(tmp_path, outlet(language=None))
    with pytest.raises(ConfigError) as err:
        load_registry(path)
    message = str(err.value)
    assert str(path) in message and "'example'" in message and "missing required key 'language'" in message


def test_duplicate_outlet_name_error_names_file_and_outlet(tmp_path):
    path = write_registry(tmp_path, outlet(), outlet(title="Example News again"))
    with pytest.raises(ConfigError) as err:
        load_registry(path)
    message = str(err.value)
    assert str(path) in message and "'example'" in message and "defined twice" in message


def test_file_that_is_not_toml_is_reported_with_its_path(tmp_path):
    path = tmp_path / "outlets.toml"
    path.write_text("<outlets><outlet name='example'/></outlets>\n", encoding="utf-8")
    with pytest.raises(ConfigError) as err:
        load_registry(path)
    assert str(path) in str(err.value) and "not valid TOML" in str(err.value)


def test_missing_registry_file_is_reported_with_its_path(tmp_path):
    path = tmp_path / "nowhere" / "outlets.toml"
    with pytest.raises(ConfigError) as err:
        load_registry(path)
    assert str(path) in str(err.value) and "not found" in str(err.value)


def test_enabled_outlet_without_sources_error_names_file_outlet_and_source_keys(tmp_path):
    path = write_registry(tmp_path, outlet(feeds=[], enabled=True))
    with pytest.raises(ConfigError) as err:
        load_registry(path)
    message = str(err.value)
    assert str(path) in message and "'example'" in message
    assert "feeds" in message and "sitemaps" in message and "listings" in message
    assert "enabled = false" in message


def test_disabled_outlet_without_sources_loads(tmp_path):
    [o] = load_registry(write_registry(tmp_path, outlet(feeds=[], enabled=False)))
    assert o.enabled is False


# --- select() ------------------------------------------------------------------------


def test_select_unknown_name_error_mentions_the_name(bundled):
    with pytest.raises(ConfigError) as err:
        select(bundled, ["rferl", "no-such-outlet"], DEFAULT_REGISTRY)
    assert "'no-such-outlet'" in str(err.value)
    assert str(DEFAULT_REGISTRY) in str(err.value)


def test_select_without_names_skips_disabled_outlets(bundled):
    chosen = select(bundled, None)
    assert "euroradio" not in {o.name for o in chosen}  # enabled = false in the bundled registry
    assert [o.name for o in chosen] == [o.name for o in bundled if o.enabled]


def test_select_by_name_returns_a_disabled_outlet_too(bundled):
    assert [o.name for o in select(bundled, ["euroradio", "dw"])] == ["euroradio", "dw"]


# --- owns_url ------------------------------------------------------------------------


@pytest.fixture
def example(tmp_path):
    [o] = load_registry(write_registry(tmp_path, outlet()))
    return o


def test_default_allowed_domain_is_the_homepage_host_without_www(example):
    assert example.allowed_domains == ("example.org",)


@pytest.mark.parametrize(
    "url",
    ["https://example.org/news/1", "https://www.example.org/news/1", "https://news.example.org/x",
     "http://NEWS.Example.ORG/x"],
)
def test_outlet_owns_its_domain_and_subdomains(example, url):
    assert example.owns_url(url)


@pytest.mark.parametrize(
    "url",
    ["https://badexample.org/news/1", "https://example.org.evil.test/news/1", "https://example.com/news/1",
     "mailto:desk@example.org"],
)
def test_outlet_refuses_look_alike_domains(example, url):
    assert not example.owns_url(url)


def test_explicit_allowed_domains_replace_the_default(tmp_path):
    [o] = load_registry(write_registry(tmp_path, outlet(allowed_domains=["Example.org", "example-mirror.net"])))
    assert o.allowed_domains == ("example.org", "example-mirror.net")
    assert o.owns_url("https://cdn.example-mirror.net/a")


def test_priority_defaults_to_normal_and_low_is_accepted(tmp_path):
    (normal, low) = load_registry(write_registry(tmp_path, outlet(), outlet(name="quiet", priority="low")))
    assert (normal.priority, low.priority) == ("normal", "low")
    assert low.as_dict()["priority"] == "low"


def test_unknown_priority_error_names_file_outlet_key_and_value(tmp_path):
    path = write_registry(tmp_path, outlet(priority="urgent"))
    with pytest.raises(ConfigError) as err:
        load_registry(path)
    assert str(err.value) == f"{path}: outlet 'example', key 'priority': 'urgent' is not one of 'normal', 'low'"


def test_redirect_domains_widen_where_requests_may_go_not_which_urls_are_articles(tmp_path):
    from newsmon.spiders.safety import host_permitted

    [o] = load_registry(write_registry(tmp_path, outlet(redirect_domains=["CDN.example.net"])))
    assert o.redirect_domains == ("cdn.example.net",)
    assert host_permitted(o, "img.cdn.example.net") and host_permitted(o, "www.example.org")
    assert not host_permitted(o, "example.net") and not host_permitted(o, "169.254.169.254")
    assert not o.owns_url("https://cdn.example.net/2025/01/story")


def test_redirect_domains_must_be_domain_names(tmp_path):
    with pytest.raises(ConfigError, match="redirect_domains"):
        load_registry(write_registry(tmp_path, outlet(redirect_domains="cdn.example.net")))
