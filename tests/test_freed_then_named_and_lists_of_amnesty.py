"""Claims/50, from blind-38's misses: a person freed in one sentence as "a <noun>" and named
in the next one or two ("A Chinese rights lawyer has been freed. … Mr X was detained in
2015"), but not a head of state or spokesman named there, nor "a second" of several; the
whole of "among the N who were detained"; people "included on the amnesty list"; "the arrest
of X along with N others"."""

from __future__ import annotations

import pytest

from tests.analysed import counts, persons


@pytest.mark.parametrize("text, expected", [
    ("A well-known Vietnamese blogger has been freed from prison after six years, his sister said. "
     "Nguyen Van Hai, 51, was arrested in 2018 over his posts.", ["Nguyen Van Hai"]),
    ("A Taiwanese pastor detained in China came home on Sunday after serving his full term. "
     "Footage showed Chen Wei-lin's arrival at the airport.", ["Chen Wei-lin"]),
    ("A British aid worker was released on Monday. Foreign Secretary David Lammy welcomed the news.", []),
    ("A French teacher was freed last week. President Emmanuel Macron said he was relieved by the release.", []),
    ("A second reporter was freed after his term was cut. Li Ming was given a ten-year term.", []),
])
def test_freed_then_named(nlp, text, expected):
    assert persons(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("They were among the 14 students who were arrested after trying to cross the border by boat.",
     [(14, "exact", "detained", "student", "asserted")]),
    ("Five Germans were among the 16.", []),
    ("About 30 foreigners, including 12 women, have been included on this year's pardon list.",
     [(12, "exact", "pardoned", "woman", "asserted"), (30, "about", "pardoned", "foreigner", "asserted")]),
    ("The raid led to the arrest of the city's mayor along with 40 others.",
     [(40, "exact", "detained", "people", "asserted")]),
])
def test_wholes_amnesty_lists_and_arrests_along_with(nlp, text, expected):
    assert counts(nlp, text) == sorted(expected)
