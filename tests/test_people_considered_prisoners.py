"""Claims/94: people "considered" political prisoners are counted as prisoners, as the
guidelines' rule on people regarded as such says, also when the naming verb has no "as"
("1,210 people are considered political prisoners") and when the parser made it a clause of the
verb beside them ("freed 60 people the rights groups consider political prisoners"); people on
a rights group's list stay "people", as the labels read them."""

from __future__ import annotations

import pytest

from tests.analysed import counts


@pytest.mark.parametrize("text, expected", [
    ("As of Friday, 1,210 people are considered political prisoners, a rights group said.",
     [(1210, "exact", "remain_imprisoned", "prisoner", "asserted")]),
    ("Of the 400 people pardoned, 31 were considered political prisoners.",
     [(31, "exact", "pardoned", "prisoner", "asserted"), (400, "exact", "pardoned", "people", "asserted")]),
    ("The government on Tuesday freed 60 people the rights groups consider political prisoners.",
     [(60, "exact", "released", "prisoner", "asserted")]),
    ("Some 1,300 people are on the rights group's list of political prisoners.",
     [(1300, "about", "remain_imprisoned", "people", "asserted")]),
])
def test_counts(nlp, text, expected):
    assert counts(nlp, text) == sorted(expected)
