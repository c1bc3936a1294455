"""Article extraction: text and metadata of one stored page (the text by pipeline.bodytext).

`extract_article(body, hints)` is a plain function over bytes; it never raises for bad
input: an unreadable page becomes an Article with state 'error' and the reason.
"""

from __future__ import annotations

import re
from datetime import datetime, timezone
from importlib.metadata import version

import py3langid
import trafilatura
from trafilatura import load_html
from trafilatura.settings import use_config
from w3lib.encoding import html_to_unicode

from newsmon.models.records import Article, PageHints
from newsmon.pipeline.process.bodytext import extract_body
from newsmon.pipeline.process.dates import choose_date, page_dates, parse_tree

EXTRACTOR_VERSION = (f"newsmon-extract/3 trafilatura/{trafilatura.__version__} "
                     f"readability-lxml/{version('readability-lxml')}")
MIN_ARTICLE_CHARS = 250  # below this a page is an index, an error page or a teaser
DEFAULT_MAX_CHARS = 100_000

_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f]")
_MAGIC = (b"%PDF", b"\x89PNG", b"GIF8", b"\xff\xd8", b"PK\x03\x04", b"\x1f\x8b")
# w3lib 2.6.0 takes the UTF-32-LE byte order mark (FF FE 00 00) for UTF-16-LE's (FF FE), which
# begins it, and decodes such a page into NUL-riddled text: the four-byte marks are read first
_UTF32_BOMS = ((b"\xff\xfe\x00\x00", "utf-32-le"), (b"\x00\x00\xfe\xff", "utf-32-be"))
# lxml refuses a str that still carries an encoding declaration; the text is decoded by now
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>", re.IGNORECASE)

_config = use_config()
_config.set("DEFAULT", "EXTRACTION_TIMEOUT", "0")  # trafilatura's signal-based timeout breaks in workers


def _guess_undeclared(body: bytes) -> str:
    # Used only when neither a BOM, the header nor a <meta> names the charset. Mostly UTF-8
    # with a few stray bytes is still UTF-8 (a bad byte becomes U+FFFD); text where the
    # bad bytes outnumber the well-formed non-ASCII characters is a Windows-1252 page.
    text = body.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    good = sum(1 for char in text if char > "\x7f") - bad
    return "utf-8" if bad <= good else "cp1252"


def decode_html(body: bytes, content_type: str | None) -> str:
    """The page as text, charset by w3lib (Scrapy's own rules): BOM, then the header's
    charset, then <meta> or the XML declaration, then a guess; undecodable bytes become U+FFFD.

    Raises:
        ValueError: the body is binary, not HTML.
    """
    if body.startswith(_MAGIC):
        raise ValueError("binary content, not HTML")
    utf32 = next((codec for bom, codec in _UTF32_BOMS if body.startswith(bom)), None)
    if utf32 is not None:
        text = body[4:].decode(utf32, errors="replace")
    else:
        _, text = html_to_unicode(content_type, body, auto_detect_fun=_guess_undeclared)
    # checked after decoding: UTF-16 and UTF-32 pages are full of NUL bytes, binary files stay so
    head = text[:4096]
    if len(_CONTROL.findall(head)) > len(head) // 20:
        raise ValueError("binary content, not HTML")
    return _XML_DECLARATION.sub("", text, count=1)


def load_language_model() -> None:
    """Load the language identifier's model now (it loads on first use otherwise). About
    0.4 s, most of it LZMA decompression, which lets other threads run: a worker does it
    while spaCy loads."""
    py3langid.classify("")


def _language(declared: str | None, text: str, fallback: str | None) -> str | None:
    # Trust the text over the markup: templates keep lang="en" on translated pages.
    if len(text) >= 200:
        return py3langid.classify(text[:2000])[0]
    # a short text's guess is weaker than what the page or outlet says, but better than none
    stated = (declared or fallback or "").split("-")[0].lower()
    return stated or (py3langid.classify(text)[0] if text.strip() else None)


def extract_article(body: bytes, content_type: str | None, hints: PageHints, *,
                    max_chars: int = DEFAULT_MAX_CHARS, now: datetime | None = None) -> Article:
    """Extract one page. Readers' comments are left out; a non-article page is marked so."""
    now = now or datetime.now(timezone.utc)
    article = Article(page_url=hints.url, state="error", extractor_version=EXTRACTOR_VERSION)
    if not body or not body.strip():
        article.error = "empty body"
        return article
    try:
        html = decode_html(body, content_type)
    except ValueError as exc:
        article.error = str(exc)
        return article
    tree = load_html(html)  # parsed as trafilatura parses (no comments): its results differ otherwise
    if tree is None:
        article.error = "not parseable as HTML"
        return article
    # read from the tree before trafilatura prunes it (JSON-LD scripts, <meta> in the head)
    stated = page_dates(tree)
    declared = tree.get("lang") or (tree.xpath("string(//meta[@http-equiv='content-language']/@content)") or None)
    og_type = tree.xpath("string(//meta[@property='og:type']/@content)").strip().lower()
    try:
        body_text = extract_body(tree, html, hints.url, _config)
    except Exception as exc:  # trafilatura raises a wide range of errors on broken markup
        article.error = f"extraction failed: {type(exc).__name__}: {exc}"
        return article
    doc, text = body_text.document, body_text.text
    article.title = (doc.title if doc is not None else None) or hints.feed_title
    article.author = doc.author if doc is not None else None
    article.sitename = doc.sitename if doc is not None else None
    if len(text) > max_chars:
        text, article.truncated = text[:max_chars].rsplit(" ", 1)[0], True
    article.text = text
    article.language = _language(declared, text, hints.outlet_language)
    dated = choose_date(stated, hints.url, hints.feed_date, doc.date if doc is not None else None, now)
    article.published_at, article.date_source, article.date_flags = dated.published_at, dated.source, dated.flags
    if og_type and og_type not in ("article", "news", "newsarticle"):
        article.state, article.error = "not_article", f"the page calls itself og:type={og_type}"
    elif len(text) < MIN_ARTICLE_CHARS:
        article.state, article.error = "not_article", f"only {len(text)} characters of article text"
    else:
        article.state = "article"
    return article


def blocked_article(hints: PageHints) -> Article:
    """A blocked page: all we have is what the feed said about it."""
    text = " ".join(filter(None, [hints.feed_title, _strip_tags(hints.feed_description)]))
    return Article(
        page_url=hints.url, state="blocked", extractor_version=EXTRACTOR_VERSION, title=hints.feed_title,
        text=text, language=_language(None, text, hints.outlet_language) if text else hints.outlet_language,
        published_at=hints.feed_date, date_source="feed" if hints.feed_date else None,
    )


def _strip_tags(fragment: str | None) -> str:
    if not fragment:
        return ""
    tree = parse_tree(f"<div>{fragment}</div>")
    return " ".join(tree.text_content().split()) if tree is not None else fragment
