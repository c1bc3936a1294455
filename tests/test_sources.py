"""Reading feeds and sitemaps (spiders/sources.py) from the fixture mini-web's files."""

from __future__ import annotations

import gzip
import re
from pathlib import Path

import pytest

from newsmon.spiders.sources import (
    SourceError,
    parse_feed,
    parse_sitemap,
    parse_w3c_date,
)

WEB = Path(__file__).parent / "fixtures" / "web"
ISO_UTC = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$")


def fixture(name: str) -> bytes:
    return (WEB / name).read_bytes()


# --- feeds ---------------------------------------------------------------------------


def test_rss2_feed_gives_one_link_per_item():
    body = fixture("minskherald.test/feed.xml")
    links, warning = parse_feed(body)
    assert warning is None
    assert len(links) == body.count(b"<item>") == 8


def test_rss2_link_keeps_its_tracking_parameters_for_later_canonicalisation():
    links, _ = parse_feed(fixture("minskherald.test/feed.xml"))
    assert links[0].url == ("http://minskherald.test/news/2025/09/11/belarus-frees-52-political-prisoners/"
                            "?utm_source=rss&utm_medium=feed&utm_campaign=main#comments")


def test_rss2_item_gives_guid_title_and_utc_date_from_a_plus_0300_pubdate():
    links, _ = parse_feed(fixture("minskherald.test/feed.xml"))
    first = links[0]
    assert first.guid == "mh-10451"
    assert first.title == "Belarus frees 52 political prisoners in US-brokered deal"
    assert first.published == "2025-09-11T15:42:00Z"  # Thu, 11 Sep 2025 18:42:00 +0300
    assert all(ISO_UTC.match(link.published) for link in links)


def test_atom_feed_gives_links_titles_and_published_dates():
    links, warning = parse_feed(fixture("balticwire.test/atom.xml"))
    assert warning is None
    assert [link.url.rsplit("/", 1)[1] for link in links] == [
        "belarus-releases-52-prisoners-in-us-deal-20250911.html",
        "lithuania-receives-freed-belarusians-20250912.html",
        "belavia-sanctions-eased-20250911.html",
        "opposition-reaction-20250912.html",
    ]
    assert links[1].title == "Lithuania receives freed Belarusians; 51 crossed border, officials say"
    assert links[0].guid == "tag:balticwire.test,2025-09-11:story/20250911"
    # <published>, not the later <updated>
    assert [link.published for link in links] == [
        "2025-09-11T16:48:00Z", "2025-09-12T09:20:00Z", "2025-09-11T17:30:00Z", "2025-09-12T11:02:00Z",
    ]


def test_rdf_feed_with_wrong_declared_encoding_still_gives_its_links_and_warns():
    links, warning = parse_feed(fixture("eastwatch.test/en/rss.rdf"))
    assert [link.url for link in links] == [
        "http://eastwatch.test/en/news/1045-appeal-for-remaining-prisoners",
        "http://eastwatch.test/en/news/1042-statement-on-the-release-of-52-political-prisoners",
        "http://eastwatch.test/en/news/1040-new-arrests-in-hrodna",
    ]
    assert "encoding" in warning.lower() and "utf-8" in warning
    assert "détente" in links[1].description  # the cp1252 bytes decoded, not dropped
    assert links[2].published == "2025-09-09T15:30:00Z"


def test_truncated_feed_recovers_its_complete_item_with_a_warning():
    # What actually happens with the cut-off legacy RSS: the complete item is kept,
    # the half item is dropped, and the warning says the feed is malformed.
    links, warning = parse_feed(fixture("balticwire.test/broken-feed.xml"))
    assert [link.url for link in links] == [
        "http://balticwire.test/world/europe/lithuania-receives-freed-belarusians-20250912.html"
    ]
    assert warning and "malformed feed" in warning


def test_challenge_page_is_not_a_feed():
    with pytest.raises(SourceError) as err:
        parse_feed(fixture("balticwire.test/challenge.html"))
    assert str(err.value)


@pytest.mark.parametrize("body", [b"", b"  \n\t"])
def test_empty_response_is_not_a_feed(body):
    with pytest.raises(SourceError, match="empty"):
        parse_feed(body)


# --- sitemaps ------------------------------------------------------------------------


def test_sitemap_index_lists_its_two_child_sitemaps():
    sitemap = parse_sitemap(fixture("balticwire.test/sitemap_index.xml"))
    assert sitemap.is_index is True
    assert [link.url for link in sitemap.links] == [
        "http://balticwire.test/sitemaps/news.xml.gz",
        "http://balticwire.test/sitemaps/pages.xml",
    ]
    assert sitemap.links[0].published == "2025-09-16T07:00:00Z"


def test_gzip_news_sitemap_gives_news_title_and_publication_date():
    sitemap = parse_sitemap(fixture("balticwire.test/sitemaps/news.xml.gz"))
    assert sitemap.is_index is False
    assert len(sitemap.links) == 5  # the off-site mirror entry too: the spider filters domains
    assert all(link.title and ISO_UTC.match(link.published) for link in sitemap.links)
    first = sitemap.links[0]
    assert first.url == "http://balticwire.test/world/europe/belarus-releases-52-prisoners-in-us-deal-20250911.html"
    assert first.title == "Belarus frees 52 prisoners in U.S.-brokered deal; Washington eases Belavia sanctions"
    assert first.published == "2025-09-11T16:48:00Z"  # 2025-09-11T19:48:00+03:00


def test_gzip_sitemap_reads_the_same_as_its_plain_copy():
    assert parse_sitemap(fixture("balticwire.test/sitemaps/news.xml.gz")) == parse_sitemap(
        fixture("balticwire.test/sitemaps/news.xml")
    )


def test_plain_sitemap_dates_come_from_lastmod():
    sitemap = parse_sitemap(fixture("balticwire.test/sitemaps/pages.xml"))
    assert sitemap.is_index is False
    assert [(link.url, link.published, link.title) for link in sitemap.links] == [
        ("http://balticwire.test/about/", "2025-03-02T00:00:00Z", None),
        ("http://balticwire.test/tag/belarus/", "2025-09-16T07:00:00Z", None),
        ("http://balticwire.test/contact/", "2024-11-20T00:00:00Z", None),
        ("http://balticwire.test/world/europe/lithuania-receives-freed-belarusians-20250912.html",
         "2025-09-12T09:20:00Z", None),
    ]


def test_image_title_is_not_taken_as_the_article_title():
    body = b"""<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
        xmlns:image="http://www.google.com/schemas/sitemap-image/1.1">
  <url>
    <loc>https://example.org/news/2025/09/11/buses-cross-into-lithuania</loc>
    <lastmod>2025-09-11T20:00:00+03:00</lastmod>
    <image:image>
      <image:loc>https://example.org/img/buses.jpg</image:loc>
      <image:title>Photo: buses at the Kamenny Log checkpoint</image:title>
    </image:image>
  </url>
</urlset>"""
    [link] = parse_sitemap(body).links
    assert link.url == "https://example.org/news/2025/09/11/buses-cross-into-lithuania"
    assert link.title is None
    assert link.published == "2025-09-11T17:00:00Z"


def test_sitemap_with_an_rfc822_lastmod_still_lists_the_url():
    # BUG: spiders/sources.py parse_w3c_date() falls back to feedparser._parse_date, which
    # feedparser 6 does not have (it is feedparser.datetimes._parse_date): any lastmod that
    # is not ISO 8601 raises AttributeError out of parse_sitemap and the whole sitemap is lost.
    body = b"""<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
  <url><loc>https://example.org/news/1</loc><lastmod>Thu, 11 Sep 2025 18:42:00 +0300</lastmod></url>
  <url><loc>https://example.org/news/2</loc><lastmod>2025-09-12</lastmod></url>
</urlset>"""
    links = parse_sitemap(body).links
    assert [link.url for link in links] == ["https://example.org/news/1", "https://example.org/news/2"]
    assert links[0].published == "2025-09-11T15:42:00Z"


def test_html_page_is_not_a_sitemap():
    with pytest.raises(SourceError, match="not a sitemap"):
        parse_sitemap(fixture("balticwire.test/challenge.html"))


def test_corrupt_gzip_is_a_source_error():
    with pytest.raises(SourceError, match="gzip"):
        parse_sitemap(b"\x1f\x8b" + b"this is not deflate data at all" * 4)


def test_gzip_bomb_beyond_the_size_limit_is_refused():
    body = gzip.compress(b"<urlset>" + b" " * 10_000 + b"</urlset>")
    with pytest.raises(SourceError, match="beyond 1000 bytes"):
        parse_sitemap(body, max_size=1000)


# --- dates ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("2025-09-11", "2025-09-11T00:00:00Z"),
        ("2025-09-11T14:02:00+03:00", "2025-09-11T11:02:00Z"),
        ("2025-09-11T11:02:00Z", "2025-09-11T11:02:00Z"),
        ("  2025-09-11T11:02:00Z\n", "2025-09-11T11:02:00Z"),
        ("", None),
        (None, None),
        # BUG: parse_w3c_date() raises AttributeError (module 'feedparser' has no attribute
        # '_parse_date') for any text that is not ISO 8601, instead of parsing or returning None.
        ("garbage", None),
        ("Thu, 11 Sep 2025 14:02:00 +0300", "2025-09-11T11:02:00Z"),  # BUG: same cause
    ],
)
def test_parse_w3c_date_gives_iso_utc_or_none(text, expected):
    assert parse_w3c_date(text) == expected
