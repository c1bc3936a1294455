"""Claims/97, from blind-79's misses: a nationality the parser hung on the first of two joined
counts is that count's noun, a tally given in "individuals" in a "with" clause counts what the
tally names, a headline's present passive of an arrest is the news of it (not a stock), and a
square or a street is no released person."""

from __future__ import annotations

import pytest

from tests.analysed import counts, persons


@pytest.mark.parametrize("text, expected", [
    ('The minister confirmed the freeing of all three, including "one Italian and two individuals from '
     'Iran, one of whom taught at a school."',
     [(1, "exact", "released", "italian", "asserted"), (2, "exact", "released", "individual", "asserted"),
      (3, "exact", "released", "people", "asserted")]),
    ("Monitors say the overall tally of political prisoners across the country stays very high, with "
     "well over 900 individuals still behind bars for their views.",
     [(900, "more_than", "remain_imprisoned", "prisoner", "asserted")]),
    # a headline line over its story: the arrest is the news
    ("3 reporters are detained in Minsk during a raid on a newsroom\n\nThe raid began at dawn on Tuesday.",
     [(3, "exact", "detained", "reporter", "asserted")]),
    # (but a sentence that counts those held now is a stock)
    ("Currently, some 800 political prisoners are detained in Azerbaijan.",
     [(800, "about", "remain_imprisoned", "prisoner", "asserted")]),
])
def test_counts(nlp, text, expected):
    assert counts(nlp, text) == sorted(expected)


@pytest.mark.parametrize("text, expected", [
    ("The court freed all 20 farmers on Monday. By noon, calm seemingly returned to Freedom Square and the old "
     "market, the police said.", []),
])
def test_persons(nlp, text, expected):
    assert persons(nlp, text) == sorted(expected)
