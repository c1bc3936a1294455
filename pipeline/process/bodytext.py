"""The article body of one parsed page: trafilatura's precise pass, with a recall check
when it kept little of the page; it owns no metadata and no dates.

The precise pass runs first in trafilatura's fast mode, which skips its comparison with
its own fallback extractors (a third of its time). That comparison matters on few pages:
on the public article-extraction benchmark (bench/extraction.py) it changed 5 of 181, each
either short or holding far more text than the page's paragraphs (it had kept a block of
links or a sidebar). So the full precise pass runs again on just those pages, about one
in ten, and the median time per page stays near the fast pass.

Why a check at all: the precise pass is the best single extractor, but on some templates it
stops halfway through an article split by inline promotions, or keeps almost nothing. A
second, independent extractor (readability-lxml) and trafilatura's recall mode catch those
pages. They cost as much as the precise pass again, so they run only when the precise text
is short next to the page's own paragraphs, about one page in twenty.
"""

from __future__ import annotations

import logging
import re
from collections import Counter
from dataclasses import dataclass

import trafilatura
from lxml import etree
from lxml import html as lxml_html
from readability import Document

SHORT_CHARS = 250  # a precise text shorter than this is always checked
SHORT_SHARE = 0.6  # ... as is one holding less than this share of the page's paragraph text
FAST_OVER_SHARE = 1.5  # a fast-mode text this many times the paragraph text is redone in full
RECALL_SHARE = 0.5  # the recall pass is tried when the precise text is below this share of the second one
LONGER_FACTOR = 2.0  # the second extractor's text replaces ours when this much longer ...
LONGER_COVERS = 0.9  # ... and holding this share of what we found (it continues our text, not another)
SHINGLE = 4  # words per shingle: long enough that common phrases do not match by chance

_WORD = re.compile(r"\w+")
_BLOCKS = ("p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "figcaption")
# Never article text. Stripped before readability-lxml runs: its link rewriting and cleaning
# walk every element, so menus and footers cost it half its time (measured on the benchmark).
_NOT_BODY = ("script", "style", "noscript", "svg", "iframe", "template", "nav", "footer", "aside", "form",
             "select", "button")
_OUTSIDE = "ancestor::nav | ancestor::footer | ancestor::aside | ancestor::header"
# readability-lxml logs every page it finds hard at INFO/WARNING: that is not news for our logs
logging.getLogger("readability.readability").setLevel(logging.ERROR)


@dataclass
class Body:
    text: str
    how: str  # which rule gave the text: fast | precise | recall | second
    document: object | None  # trafilatura's Document of the precise pass (its metadata), if any


def extract_body(tree, html: str, url: str | None, config) -> Body:
    """The article text of a page, by the rules of the module docstring.

    Args:
        tree: the page parsed by lxml; trafilatura prunes it, so read it before, not after.
        html: the same page as text, parsed again in the rare case a check needs it.
        url: the page's URL, for trafilatura's metadata.
        config: trafilatura's configuration.
    """
    paragraphs = sum(len(" ".join(node.text_content().split())) for node in tree.iter("p")
                     if not node.xpath(_OUTSIDE))
    common = dict(url=url, include_comments=False, include_tables=True, config=config)
    # trafilatura prunes the tree it is given: the full pass, when needed, parses the page again
    document = trafilatura.bare_extraction(tree, with_metadata=True, favor_precision=True, fast=True, **common)
    ours = _text(document)
    if _plausible(ours, paragraphs, FAST_OVER_SHARE):
        return Body(ours, "fast", document)
    document = trafilatura.bare_extraction(html, with_metadata=True, favor_precision=True, **common) or document
    ours = _text(document)
    if _plausible(ours, paragraphs):
        return Body(ours, "precise", document)
    second = _second_text(html)
    how = "precise"
    if len(ours) < SHORT_CHARS or len(ours) < RECALL_SHARE * len(second):
        fuller = _text(trafilatura.bare_extraction(html, favor_recall=True, **common))
        # kept when it adds at least a short article's worth: on an error page the recall
        # pass too finds a few lines, of menus
        if (fuller and not ours) or len(fuller) > len(ours) + SHORT_CHARS:
            ours, how = fuller, "recall"
    # Only to continue an article we found: on a page trafilatura finds little in (an error
    # page, an index) readability still returns the largest block, menus and all.
    if len(ours) >= SHORT_CHARS and len(second) > LONGER_FACTOR * len(ours) and _covered(ours, _shingles(second)) >= LONGER_COVERS:
        return Body(second, "second", document)
    return Body(ours, how, document)


def _plausible(text: str, paragraphs: int, over: float | None = None) -> bool:
    """Whether a text looks like the whole article: not short, not far less (or, for the
    fast pass, far more) than the text of the page's own paragraphs."""
    if len(text) < SHORT_CHARS or len(text) < SHORT_SHARE * paragraphs:
        return False
    return over is None or len(text) <= over * paragraphs


def _text(document) -> str:
    return (document.text or "").strip() if document is not None else ""


def _second_text(html: str) -> str:
    tree = lxml_html.fromstring(html)
    etree.strip_elements(tree, *_NOT_BODY, with_tail=False)
    try:
        summary = Document(tree).summary(html_partial=True)
    except Exception:  # readability-lxml raises on some broken or empty pages: it is only a second opinion
        return ""
    body = lxml_html.fromstring(summary)
    for node in body.iter(_BLOCKS):
        node.tail = "\n" + (node.tail or "")  # one line per block, as trafilatura writes them
    return "\n".join(" ".join(line.split()) for line in body.text_content().splitlines() if line.strip())


def _shingles(text: str) -> Counter:
    words = _WORD.findall(text.lower())
    if len(words) <= SHINGLE:
        return Counter([tuple(words)]) if words else Counter()
    return Counter(tuple(words[i:i + SHINGLE]) for i in range(len(words) - SHINGLE + 1))


def _covered(text: str, theirs: Counter) -> float:
    """Share of the shingles of ``text`` that are also in ``theirs``."""
    ours = _shingles(text)
    total = sum(ours.values())
    return sum(n for key, n in ours.items() if key in theirs) / total if total else 1.0
