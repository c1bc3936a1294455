"""Claims/35: people on the lists of a text about political prisoners are held (a new list
"which includes" N people, N people "in our lists"); a tally that "has risen from" one
figure "to" another counts the second, not a range; "served full time" is a term served to
its end; and a clause with a counted subject of its own ("and six people were sentenced")
says nothing of the group counted before it."""

from __future__ import annotations

import pytest

from tests.analysed import counts

STOCK = "Rights groups count 1,300 political prisoners nationwide. "


@pytest.mark.parametrize("text, expected", [
    (STOCK + "The union put out a new list on 2 May, which includes 211 people.",
     [(211, "exact", "remain_imprisoned", "people", "asserted"),
      (1300, "exact", "remain_imprisoned", "prisoner", "asserted")]),
    (STOCK + "At present there are 436 people in the lists.",
     [(436, "exact", "remain_imprisoned", "people", "asserted"),
      (1300, "exact", "remain_imprisoned", "prisoner", "asserted")]),
    # a list in a text with no political prisoners in it
    ("The airline published a list which includes 211 people.", []),
    # (the first figure too since claims/42: the tally of its day)
    ("In a year the tally of political prisoners in the region has risen from 318 to 407",
     [(318, "exact", "remain_imprisoned", "prisoner", "asserted"),
      (407, "exact", "remain_imprisoned", "prisoner", "asserted")]),
    ("Nineteen jailed activists served full time",
     [(19, "exact", "released", "activist", "asserted"), (19, "exact", "sentenced", "activist", "asserted")]),
    ("At least 27 political prisoners were freed in March, 20 of whom had served out their full terms, and six "
     "people were sentenced to restricted freedom.",
     [(6, "exact", "sentenced", "people", "asserted"),
      (20, "exact", "released", "prisoner", "asserted"), (20, "exact", "sentenced", "prisoner", "asserted"),
      (27, "at_least", "released", "prisoner", "asserted")]),
])
def test_lists_rises_and_full_time(nlp, text, expected):
    assert counts(nlp, text) == expected
