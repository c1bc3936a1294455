"""Article extraction on the fixture pages and on bad input."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

import trafilatura
from trafilatura import load_html

from newsmon.models.records import PageHints
from newsmon.pipeline.process.bodytext import extract_body
from newsmon.pipeline.process.dates import choose_date
from newsmon.pipeline.process.extract import _config, _language, extract_article
from tests.conftest import FIXTURES

WEB = FIXTURES / "web"
NOW = datetime(2025, 9, 20, tzinfo=timezone.utc)
MAIN = WEB / "minskherald.test/news/2025/09/11/belarus-frees-52-political-prisoners/index.html"
MAIN_URL = "http://minskherald.test/news/2025/09/11/belarus-frees-52-political-prisoners/"


def extract(path_or_bytes, url="http://example.test/a", **hints):
    body = path_or_bytes.read_bytes() if hasattr(path_or_bytes, "read_bytes") else path_or_bytes
    return extract_article(body, "text/html; charset=utf-8", PageHints(url=url, **hints), now=NOW)


def test_article_text_title_date_and_language():
    article = extract(MAIN, MAIN_URL)
    assert article.state == "article" and article.error is None
    assert article.title.startswith("Belarus frees 52 political prisoners")
    assert article.published_at == "2025-09-11T15:42:00Z" and article.date_source == "meta"
    assert article.language == "en" and article.is_english
    assert article.date_flags == ["local:2025-09-11T18:42:00+03:00"]  # the day and hour in Minsk, kept
    assert "52 political prisoners" in article.text


def test_readers_comments_cookie_banner_and_ads_are_not_article_text():
    text = extract(MAIN, MAIN_URL).text
    html = MAIN.read_text(encoding="utf-8")
    assert "53 people, not 52" in html and "53 people, not 52" not in text
    assert "cookie" not in text.lower() and "advertisement" not in text.lower()


def test_json_ld_date_is_preferred_and_named():
    page = WEB / "balticwire.test/world/europe/court-sentences-three-activists-20250915.html"
    article = extract(page, "http://balticwire.test/world/europe/court-sentences-three-activists-20250915.html",
                      feed_date="2025-09-10T00:00:00Z")
    assert article.published_at == "2025-09-15T13:05:00Z" and article.date_source == "json-ld"
    assert article.date_flags == ["contradicts_feed"]


def test_feed_date_when_the_page_states_none_and_never_the_copyright_year():
    bare = b"<html><body><article><h1>Story</h1>" + b"<p>Fifty-two prisoners were freed today. </p>" * 20 + \
        b"</article><footer>&copy; 2025 Example News</footer></body></html>"
    article = extract(bare, feed_date="2025-09-12T08:00:00Z")
    assert (article.published_at, article.date_source) == ("2025-09-12T08:00:00Z", "feed")
    undated = extract(bare)
    assert undated.published_at is None and undated.date_source is None  # not 2025-01-01 from the footer


def test_future_date_is_refused_and_the_url_date_used():
    page = b'<html><head><meta property="article:published_time" content="2026-03-01T10:00:00Z"></head><body>' + \
        b"<article>" + b"<p>Fifty-two prisoners were freed today in Minsk. </p>" * 20 + b"</article></body></html>"
    article = extract(page, "http://example.test/news/2025/09/11/story/")
    # the URL's day, found by the URL rule or by htmldate's heuristic (which also reads URLs)
    assert article.published_at == "2025-09-11T00:00:00Z" and article.date_source in ("url", "heuristic")
    assert article.date_flags == ["refused:meta:future"]


def test_placeholder_year_one_is_refused_and_the_next_signal_used():
    head = ('<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "0001-01-01T00:00:00Z"}'
            '</script><meta property="article:published_time" content="2025-09-11T23:30:00-04:00">')
    article = extract(_page(STORY, head).encode("utf-8"))
    assert (article.published_at, article.date_source) == ("2025-09-12T03:30:00Z", "meta")
    # stored in UTC, but the outlet published on the 11th, in its own time
    assert article.date_flags == ["refused:json-ld:before_1995", "local:2025-09-11T23:30:00-04:00"]
    placeholder_only = extract(_page(STORY, head.split("<meta")[0]).encode("utf-8"))
    assert placeholder_only.published_at is None and placeholder_only.date_flags == ["refused:json-ld:before_1995"]


def test_url_date_is_compared_with_the_outlets_own_day():
    head = '<meta property="article:published_time" content="2025-09-11T23:30:00-04:00">'
    article = extract(_page(STORY, head).encode("utf-8"), "http://example.test/2025/09/11/story")
    assert article.date_source == "meta"  # 12 September in UTC, 11 September in New York: no contradiction
    wrong_day = extract(_page(STORY, head).encode("utf-8"), "http://example.test/2025/09/14/story")
    assert wrong_day.published_at == "2025-09-14T00:00:00Z" and wrong_day.date_source in ("url", "heuristic")
    assert wrong_day.date_flags == ["refused:meta:contradicts_url"]


@pytest.mark.parametrize("page", ["minskherald.test/index.html", "eastwatch.test/en/news/index.html",
                                  "minskherald.test/404.html"])
def test_index_and_error_pages_are_not_articles(page):
    article = extract(WEB / page)
    assert article.state == "not_article" and article.error


def test_binary_empty_and_misdeclared_bodies():
    pdf = (WEB / "minskherald.test/news/2025/09/13/full-list-of-released.pdf").read_bytes()
    assert extract(pdf).state == "error" and extract(pdf).error == "binary content, not HTML"
    assert extract(b"   ").error == "empty body"
    latin = ("<html><body><article>" + "<p>Łukašenka’s critics say “freedom” matters. </p>" * 20 +
             "</article></body></html>").encode("cp1250", errors="replace")
    article = extract_article(latin, "text/html; charset=utf-8", PageHints(url="http://example.test/x"), now=NOW)
    assert article.state == "article" and "freedom" in article.text


def test_huge_text_is_capped_and_marked():
    page = b"<html><body><article>" + b"<p>Political prisoners remain behind bars in Belarus. </p>" * 5000 + \
        b"</article></body></html>"
    article = extract_article(page, None, PageHints(url="http://example.test/x"), max_chars=10_000, now=NOW)
    assert article.truncated and len(article.text) <= 10_000


# distinct paragraphs: trafilatura drops a paragraph repeated verbatim
STORY = "".join(f"<p>Prisoner number {n} of the fifty-two freed in Minsk on Thursday was met at the border "
                f"by family members, lawyer number {n} told reporters.</p>" for n in range(1, 9))


def _page(body: str, head: str = "") -> str:
    return f"<html><head><title>Story</title>{head}</head><body><article><h1>Story</h1>{body}</article></body></html>"


def test_xml_declared_page_is_read_as_html():
    page = ('<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE html>\n' + _page(STORY)).encode("utf-8")
    article = extract(page)
    assert article.state == "article" and "fifty-two freed in Minsk" in article.text


def test_utf8_page_with_stray_bytes_keeps_its_other_characters():
    page = _page("<p>Ales Bialiatski’s colleagues in Vilnius \x00 welcomed the news. </p>" + STORY)
    body = page.encode("utf-8").replace(b"\x00", b"\x92\xe9")  # two bytes no UTF-8 text can hold
    article = extract(body)
    assert article.state == "article" and "Bialiatski’s colleagues" in article.text  # not mojibake


@pytest.mark.parametrize("codec, bom", [("utf-16-le", b"\xff\xfe"), ("utf-16-be", b"\xfe\xff"),
                                        ("utf-32-le", b"\xff\xfe\x00\x00"), ("utf-32-be", b"\x00\x00\xfe\xff")])
def test_bom_marked_utf16_and_utf32_pages_are_text_not_binary(codec, bom):
    body = bom + _page("<p>Алесь Бяляцкі was not among them. </p>" + STORY).encode(codec)
    article = extract_article(body, "text/html", PageHints(url="http://example.test/a"), now=NOW)
    assert article.state == "article" and "Алесь Бяляцкі" in article.text


def test_table_layout_article_keeps_its_text():
    rows = "".join(f"<tr><td class='story'>{p}</td></tr>" for p in STORY.split("</p>") if p)
    page = f"<html><head><title>Story</title></head><body><table width='760'>{rows}</table></body></html>"
    article = extract(page.encode("utf-8"))
    assert article.state == "article" and "lawyer number 8 told reporters" in article.text


def test_recall_pass_when_the_precise_pass_finds_nothing():
    # A template that wraps the story in <aside> (seen on magazine layouts with a side column
    # as the main one): the precise pass discards asides whole.
    page = f"<html><head><title>Story</title></head><body><aside class='story'>{STORY}</aside></body></html>"
    precise = trafilatura.bare_extraction(page, favor_precision=True, include_comments=False, config=_config)
    assert precise is None or not (precise.text or "").strip()  # the case this test is about
    body = extract_body(load_html(page), page, "http://example.test/a", _config)
    assert body.how == "recall" and "lawyer number 8 told reporters" in body.text
    assert extract(page.encode("utf-8")).state == "article"


def test_fast_pass_is_kept_when_it_matches_the_pages_paragraphs():
    page = _page(STORY)
    body = extract_body(load_html(page), page, "http://example.test/a", _config)
    assert body.how == "fast" and "lawyer number 8 told reporters" in body.text


def test_full_precise_pass_when_the_fast_text_outgrows_the_paragraphs():
    # A story laid out in bare <div>s has no <p> text to vouch for what the fast pass kept
    divs = "".join(f"<div>{p.replace('<p>', '')}</div>" for p in STORY.split("</p>") if p.strip())
    page = f"<html><head><title>Story</title></head><body><div id='story'>{divs}</div></body></html>"
    body = extract_body(load_html(page), page, "http://example.test/a", _config)
    assert body.how == "precise" and "lawyer number 8 told reporters" in body.text


def test_url_date_when_every_other_signal_is_refused():
    stated = [(datetime(1, 1, 1, tzinfo=timezone.utc), "json-ld"), (datetime(2031, 1, 1, tzinfo=timezone.utc), "meta")]
    chosen = choose_date(stated, "http://example.test/2025/sep/11/story", None, None, NOW)
    assert (chosen.published_at, chosen.source) == ("2025-09-11T00:00:00Z", "url")
    assert chosen.flags == ["refused:json-ld:before_1995", "refused:meta:future"]


def test_a_short_text_with_no_stated_language_is_classified_from_its_words():
    short = "The court freed three reporters on Monday after two months in pre-trial detention."
    assert _language(None, short, None) == "en"
    assert _language("fr-FR", short, None) == "fr"  # what the page states wins on a short text
    assert _language(None, "  ", None) is None
