"""Claims/29: the freed who "had served their sentences" (or were released "having served
their terms") had been sentenced, as the guidelines read a participle of sentencing on the
counted; people "being held" or "still held" are a stock; and rights groups that
"considered 1,210 people political prisoners" state a stock, where "recognised 12 people as
political prisoners" names new ones."""

from __future__ import annotations

import pytest

from tests.analysed import counts


@pytest.mark.parametrize("text, expected", [
    ("The king freed six activists who had served their sentences.",
     [(6, "exact", "released", "activist", "asserted"), (6, "exact", "sentenced", "activist", "asserted")]),
    ("At least 21 people were released in May who had fully served their sentences.",
     [(21, "at_least", "released", "people", "asserted"), (21, "at_least", "sentenced", "people", "asserted")]),
    ("At least 21 political prisoners were released in May having served their terms.",
     [(21, "at_least", "released", "prisoner", "asserted"), (21, "at_least", "sentenced", "prisoner", "asserted")]),
    # a term still being served is a stock, and no claim without a count of people
    ("At least 40 are serving long prison terms.", []),
])
def test_freed_having_served_their_terms(nlp, text, expected):
    assert counts(nlp, text) == sorted(expected)


@pytest.mark.parametrize("text, expected", [
    ("A rights group said there are over 420 political prisoners being held in Belarus.",
     [(420, "more_than", "remain_imprisoned", "prisoner", "asserted")]),
    ("The talks concern 60 hostages still held in Gaza.", [(60, "exact", "remain_imprisoned", "hostage", "asserted")]),
    ("Police held 40 protesters at the station.", [(40, "exact", "detained", "protester", "asserted")]),
])
def test_being_held_is_a_stock(nlp, text, expected):
    assert counts(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("In late May, rights groups considered 1,210 people political prisoners.",
     [(1210, "exact", "remain_imprisoned", "people", "asserted")]),
    ("In May, rights groups recognised 12 people as political prisoners.", []),
])
def test_considered_political_prisoners(nlp, text, expected):
    assert counts(nlp, text) == expected
