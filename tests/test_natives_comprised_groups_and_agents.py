"""Claims/84, from blind-67's misses: "natives" and "privates" are people; "forcibly brought to"
a country (deported); police officers "among the agents who took him into custody" (who did
it, not who was held); "The Ukrainian servicemen comprise 5 officers and 25 privates" (parts of
the group just freed); "40 Turkmen" (a people, not men); "dozens of Turkmens" (a plural of a
people noun, no name); and a name after "outside", "near" or "opposite" (a place)."""

from __future__ import annotations

import pytest

from tests.analysed import counts, persons


@pytest.mark.parametrize("text, expected", [
    ("Rights monitors say at least 14 of the province's natives were seized in Kazan and forcibly "
     "brought to Dushanbe this year.",
     [(14, "at_least", "deported", "native", "asserted"), (14, "at_least", "detained", "native", "asserted")]),
    ("Relatives said three local police officers were among the Kazakh agents who took him into custody.", []),
    ("Two journalists were among those who were detained on Monday.",
     [(2, "exact", "detained", "journalist", "asserted")]),
    ("Details: 30 soldiers and 4 civilians were brought back.\n"
     "The Ukrainian servicemen comprise 5 officers and 25 privates.",
     [(4, "exact", "released", "civilian", "asserted"), (5, "exact", "released", "officer", "asserted"),
      (25, "exact", "released", "private", "asserted"), (30, "exact", "released", "soldier", "asserted")]),
    ("Police detained 36 people on Monday. The detainees include 6 women and 30 men.",
     [(6, "exact", "detained", "woman", "asserted"), (30, "exact", "detained", "man", "asserted"),
      (36, "exact", "detained", "people", "asserted")]),
    ("40 Turkmen were released from a deportation centre on Friday.",
     [(40, "exact", "released", "turkmen", "asserted")]),
    ("Twelve policemen were detained on Friday.", [(12, "exact", "detained", "policeman", "asserted")]),
])
def test_counts(nlp, text, expected):
    assert counts(nlp, text) == sorted(expected)


@pytest.mark.parametrize("text, expected", [
    ("Officials said 40 Turkmen were released from a deportation centre on Friday. As it became known, "
     "dozens of Turkmens were also released from other centres.", []),
    ("The two fishermen were freed on Sunday outside Peter Mendes Hall.", []),
    ("The two fishermen, Ana Bell and Luis Ruiz, were freed on Sunday outside the port.", ["Ana Bell", "Luis Ruiz"]),
])
def test_persons(nlp, text, expected):
    assert persons(nlp, text) == sorted(expected)
