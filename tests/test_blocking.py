"""Telling anti-bot answers from articles (spiders/blocking.py) on the fixture pages."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsmon.spiders.blocking import block_reason

WEB = Path(__file__).parent / "fixtures" / "web"
# Pages of the mini-web that are not articles (README.md / routes.toml): the anti-bot
# answers, the 404 page, homepages and the listing page.
NOT_ARTICLES = {
    "balticwire.test/challenge.html",
    "balticwire.test/forbidden.html",
    "minskherald.test/404.html",
    "minskherald.test/index.html",
    "eastwatch.test/en/index.html",
    "eastwatch.test/en/news/index.html",
}
ARTICLES = sorted(
    str(p.relative_to(WEB)) for p in WEB.rglob("*.html") if str(p.relative_to(WEB)) not in NOT_ARTICLES
)


def test_fixture_articles_are_found():
    assert len(ARTICLES) == 15  # 4 Baltic Wire, 5 East Watch, 6 Minsk Herald


def test_challenge_page_served_with_200_is_a_challenge():
    assert block_reason(200, (WEB / "balticwire.test/challenge.html").read_bytes()) == "challenge page"


def test_access_denied_page_served_with_200_is_a_challenge():
    assert block_reason(200, (WEB / "balticwire.test/forbidden.html").read_bytes()) == "challenge page"


@pytest.mark.parametrize("status", [403, 429])
def test_refusal_status_is_the_reason_whatever_the_body(status):
    body = (WEB / ARTICLES[0]).read_bytes()
    assert block_reason(status, body) == f"HTTP {status}"


@pytest.mark.parametrize("body", [b"", b" \r\n\t "])
def test_empty_body_is_blocked(body):
    assert block_reason(200, body) == "empty body"


def test_tiny_page_is_almost_empty():
    reason = block_reason(200, b"<html><head><title>x</title></head><body><div id='app'></div></body></html>")
    assert reason.startswith("almost empty")


@pytest.mark.parametrize("name", ARTICLES)
def test_fixture_article_is_not_blocked(name):
    assert block_reason(200, (WEB / name).read_bytes()) is None


def test_long_article_that_mentions_captcha_is_not_blocked():
    page = (WEB / "minskherald.test/news/2025/09/11/who-are-the-freed-prisoners/index.html").read_text("utf-8")
    quote = ("<p>Relatives said the prison's online visit form now asks them to solve a CAPTCHA, and that "
             "access denied notices were common before the release.</p>")
    body = page.replace("</p>", "</p>" + quote, 1).encode("utf-8")
    assert quote.encode() in body
    assert block_reason(200, body) is None
