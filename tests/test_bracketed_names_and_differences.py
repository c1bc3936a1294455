"""Claims/68, from the read set: names in brackets right after a count ("Fifteen of them (A, B
and C) had served their full terms") take the count's freeing claim, even when the count's own
verb is another (a term served to its end is also a release); a headline's soldiers "handed over
dead" are not freed; and "N more than last year" is how many more, not a count."""

from __future__ import annotations

import pytest

from tests.analysed import counts, persons


@pytest.mark.parametrize("text, expected", [
    ("Thirty people were freed in 2023. Fifteen of them (Marat Bazarov, Andrei Bulov and Rushan Valeev) had "
     "served their full prison terms.", ["Andrei Bulov", "Marat Bazarov", "Rushan Valeev"]),
    ("Fifteen of them (Marat Bazarov, Andrei Bulov and Rushan Valeev) were arrested in May.", []),
    ("Three activists (Marat Bazarov and Andrei Bulov) were freed, while police held Rushan Valeev.",
     ["Andrei Bulov", "Marat Bazarov"]),
])
def test_persons(nlp, text, expected):
    assert persons(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Prisoner exchange: Two missing soldiers handed over dead", []),
    ("The report counts 117 political prisoners in the country, a figure 15 more than last year.",
     [(117, "exact", "remain_imprisoned", "prisoner", "asserted")]),
    ("There are now 117 political prisoners, 15 more than a year ago.",
     [(117, "exact", "remain_imprisoned", "prisoner", "asserted")]),
    # "more than" before a number is its qualifier
    ("Police held more than 30 protesters on Sunday.", [(30, "more_than", "detained", "protester", "asserted")]),
])
def test_counts(nlp, text, expected):
    assert counts(nlp, text) == sorted(expected)
