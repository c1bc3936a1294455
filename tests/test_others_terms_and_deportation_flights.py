"""Claims/85, from blind-68's misses: "N others" after a counted people noun in the same
sentence are others of that kind; people "prevented from being deported" were not; people who
"receive up to 12 years in jail" were sentenced (not "years of support"); "the jailing of"
people with terms given after the count (sentenced); "Of this number, 20 come …" (a part of the
count just given, with its noun); a deportation or removal flight "carrying" people (deported);
and "Fr." taken by the recogniser for a one-word name."""

from __future__ import annotations

import pytest

from tests.analysed import counts, persons


@pytest.mark.parametrize("text, expected", [
    ("Government troops killed 5 rebels and detained 40 others on Sunday.",
     [(40, "exact", "detained", "rebel", "asserted")]),
    ("Police arrested four journalists and 9 others.",
     [(4, "exact", "detained", "journalist", "asserted"), (9, "exact", "detained", "journalist", "asserted")]),
    ("Some 12 people were deported on the charter flight, but officials said 30 were prevented from being "
     "deported by a late injunction.",
     [(12, "about", "deported", "people", "asserted"), (30, "exact", "deported", "people", "hedged")]),
    ("Eleven students receive up to 12 years in jail over the march.",
     [(11, "exact", "sentenced", "student", "asserted")]),
    ("The 12 refugees received 5 years of support.", []),
    ("Last year's unrest led to the jailing of about 300 people, several for terms of up to 20 years.",
     [(300, "about", "sentenced", "people", "asserted")]),
    ("The group condemned the jailing of 12 reporters last week.",
     [(12, "exact", "detained", "reporter", "asserted")]),
    ("So far this year, police have detained 37 opposition leaders. Of this number, 20 come from her "
     "party, she said.",
     [(20, "exact", "detained", "leader", "asserted"), (37, "exact", "detained", "leader", "asserted")]),
    ("A removal flight carrying 23 foreign national offenders to Lagos took off on Tuesday.",
     [(23, "exact", "deported", "offender", "asserted")]),
    ("A flight carrying 40 tourists landed in Lisbon.", []),
])
def test_counts(nlp, text, expected):
    assert counts(nlp, text) == sorted(expected)


@pytest.mark.parametrize("text, expected", [
    ("Leonel Balmaceda and Fr. Denis Martínez were expelled last week and sent to Rome.",
     ["Denis Martínez", "Leonel Balmaceda"]),
])
def test_persons(nlp, text, expected):
    assert persons(nlp, text) == sorted(expected)
