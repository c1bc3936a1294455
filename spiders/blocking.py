"""Telling an anti-bot answer from an article. Several outlets of the Belarus watch
refuse crawlers with a 403/429, a JavaScript challenge, or an HTTP 200 with an empty
page; none of these may be stored as an article."""

from __future__ import annotations

import re

from lxml import html as lxml_html
from lxml.etree import ParserError

BLOCK_STATUSES = {401, 403, 429, 451}

# What challenge and denial pages (Cloudflare, DDoS-Guard, Sucuri, Akamai, generic WAFs)
# say to a human, matched in the visible text of short pages only, so an article
# quoting them, or a comment form loading a captcha script, stays an article.
_CHALLENGE_TEXT = re.compile(
    r"just a moment|checking your browser|enable javascript and cookies|attention required|"
    r"verify you are (a )?human|are you a robot|complete the captcha|captcha|ddos[- ]guard|access denied|"
    r"request unsuccessful|sucuri website firewall|bot protection",
    re.IGNORECASE,
)
# Markers in the markup of challenge pages that may show no text at all.
_CHALLENGE_MARKUP = re.compile(rb"cf-chl|challenge-platform|__ddg|ddos-guard|sucuri_cloudproxy", re.IGNORECASE)
_CHALLENGE_MAX_TEXT = 2000  # visible characters; articles have far more
_EMPTY_MAX_TEXT = 150


def visible_text(body: bytes) -> str:
    """The page's human-visible text (no script, style or noscript)."""
    try:
        tree = lxml_html.fromstring(body)
    except (ParserError, ValueError):
        return ""
    for bad in tree.xpath("//script|//style|//noscript|//template"):
        bad.drop_tree()
    return " ".join(tree.text_content().split())


def block_reason(status: int, body: bytes) -> str | None:
    """Why this answer is an anti-bot refusal rather than a page, or None if it is a page."""
    if status in BLOCK_STATUSES:
        return f"HTTP {status}"
    if not body.strip():
        return "empty body"
    text = visible_text(body)
    if len(text) <= _CHALLENGE_MAX_TEXT and (_CHALLENGE_TEXT.search(text) or _CHALLENGE_MARKUP.search(body[:100_000])):
        return "challenge page"
    if len(text) < _EMPTY_MAX_TEXT:
        return f"almost empty page ({len(text)} characters of text)"
    return None
