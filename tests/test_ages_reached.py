"""Claims/61, from the read batches: a number after "turned" is the age people reached, not a
count of them."""

from __future__ import annotations

import pytest

from tests.analysed import counts


@pytest.mark.parametrize("text, expected", [
    ("When the year closed, six political prisoners in the country had turned 18 behind bars.", []),
    ("Two of the detained students turned 17 in custody, the group said.", [(2, "exact", "detained", "student", "asserted")]),
    # a tally that reached a figure is still a count
    ("The number of political prisoners turned 1,200 last week.",
     [(1200, "exact", "remain_imprisoned", "prisoner", "asserted")]),
])
def test_counts(nlp, text, expected):
    assert counts(nlp, text) == sorted(expected)
