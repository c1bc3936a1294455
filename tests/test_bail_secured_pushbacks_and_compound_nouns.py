"""Claims/99, from blind-81's misses: people who "secured bail" were let out (and those for
whom it was secured), but bail "before arrest" frees no one held; migrants intercepted at sea
and returned are taken back, not freed; and in "Twenty student protesters" the parser's
compound leaves the counted noun the last one."""

from __future__ import annotations

import pytest

from tests.analysed import counts


@pytest.mark.parametrize("text, expected", [
    ("Twelve student protesters secured bail on Friday.",
     [(12, "exact", "released", "protester", "asserted")]),
    ("Lawyers secured bail for 30 protesters on Tuesday.",
     [(30, "exact", "released", "protester", "asserted")]),
    ("Two opposition mayors had secured bail before arrest at a district court.", []),
    ("The agency said at least 900 migrants were intercepted at sea last week and returned to Libya.", []),
])
def test_counts(nlp, text, expected):
    assert counts(nlp, text) == sorted(expected)
