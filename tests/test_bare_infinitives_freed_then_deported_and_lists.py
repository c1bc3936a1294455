"""Claims/98, from blind-80's misses: a bare infinitive the tagger took for a noun ("saw the
militia detain 40 people"), a place "used to hold" captives (done, not planned), people freed
before a deportation still to come (freed now), a list of political prisoners that "included N
people" (prisoners, by the guidelines' tally rule), and a release a deal only "envisaged"."""

from __future__ import annotations

import pytest

from tests.analysed import counts, persons


@pytest.mark.parametrize("text, expected", [
    ("The spring offensive saw the Houthis detain over 40 people employed by aid groups, including five nurses.",
     [(5, "exact", "detained", "nurse", "asserted"), (40, "more_than", "detained", "people", "asserted")]),
    ("Soldiers searched a cellar in the old town that was used to hold roughly 12 hostages for weeks.",
     [(12, "about", "detained", "hostage", "asserted")]),
    ("A Sudanese official announced that 30 Sudanese prisoners, released by Chad under the terms of a truce and "
     "currently in Niger, will be deported to three countries.",
     [(30, "exact", "deported", "prisoner", "hedged"), (30, "exact", "released", "prisoner", "asserted")]),
    ("The monitors said that in March a list of political prisoners appeared, which included 75 people.",
     [(75, "exact", "remain_imprisoned", "prisoner", "asserted")]),
])
def test_counts(nlp, text, expected):
    assert counts(nlp, text) == sorted(expected)


@pytest.mark.parametrize("text, expected", [
    ("Lawyers argued that her release along with Anna Kovac and Pavel Dusek was envisaged in the May accord.", []),
])
def test_persons(nlp, text, expected):
    assert persons(nlp, text) == sorted(expected)
