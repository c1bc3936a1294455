"""Claims/102, from blind-84's misses: custody a past "said" reports, or a date gives with "as of",
is a stock; a count the recogniser ran into the day before it; "taken prisoner"; the terms of a
swap, a numbered line indented with spaces, "Guardsmen" in a list of names, and a release
"required" by protesters are no claims."""

from __future__ import annotations

import pytest

from tests.analysed import counts, persons


@pytest.mark.parametrize("text, expected", [
    ("Officials said on Monday that about 40 engineers were held in Russian captivity.",
     [(40, "about", "remain_imprisoned", "engineer", "asserted")]),
    ("As of the end of March, a total of 812 migrants were detained in immigration facilities nationwide.",
     [(812, "exact", "remain_imprisoned", "migrant", "asserted")]),
    ("Over the past week 64 Ukrainians were returned from captivity.",
     [(64, "exact", "released", "ukrainian", "asserted")]),
    ("Yesterday 120 Ukrainians returned from Russian captivity.",
     [(120, "exact", "released", "ukrainian", "asserted")]),
    ("Two of the four villagers had been taken prisoner during the raid.",
     [(2, "exact", "detained", "villager", "asserted")]),
    ("Eight fishermen were freed on Sunday in a three-for-three prisoner swap.",
     [(8, "exact", "released", "fisherman", "asserted")]),
    ("Order of Detention\n\nAli bin Omar\n\n2.     Ali bin Omar (Ali), 35, an unemployed Singaporean, was "
     "detained in May 2019 under the act.", []),
    ("Crowds gathered in the square requiring the release of nine detained students.",
     [(9, "exact", "released", "student", "hedged")]),
])
def test_counts(nlp, text, expected):
    assert counts(nlp, text) == sorted(expected)


def test_guardsmen_in_a_list_of_names_are_no_person(nlp):
    text = "Among those freed on Friday were Ivan Petrenko, Oleh Marchuk, two National Guardsmen and a medic."
    assert "National Guardsmen" not in persons(nlp, text)
