"""Claims/93, from blind-76's misses: people who "get back home" from captivity were freed (not
workers home from a factory), and a Vietnamese name of four words, family name first ("Hoang
Thi Minh Hong"), is one person's name, which the recogniser had cut to three words (its last,
"Hong", read as the start of a place)."""

from __future__ import annotations

import pytest

from tests.analysed import counts, persons


@pytest.mark.parametrize("text, expected", [
    ("Ninety soldiers got back home from captivity on Friday, the ombudsman said.",
     [(90, "exact", "released", "soldier", "asserted")]),
    ("The workers got home late from the factory.", []),
])
def test_counts(nlp, text, expected):
    assert counts(nlp, text) == sorted(expected)


@pytest.mark.parametrize("text, expected", [
    ("Officials freed activist Hoang Thi Minh Hong on Monday.", ["Hoang Thi Minh Hong"]),
    ("Officials freed the blogger Pham Van Long alongside activist Hoang Thi Lan Anh on Monday.",
     ["Hoang Thi Lan Anh", "Pham Van Long"]),
])
def test_persons(nlp, text, expected):
    assert persons(nlp, text) == sorted(expected)
