"""Claims/28: a part of a pardoned group given a nationality as an adjective ("three are
Latvian") counts that nationality; people "imprisoned at the end of 2023" or "as of 1
December" are a stock on that day, where "imprisoned in 2023" is an arrest and "by the end
of 2022, 889 were recognised" counts names given over a year."""

from __future__ import annotations

import pytest

from tests.analysed import counts


def test_nationalities_written_as_adjectives(nlp):
    text = "The president pardoned 12 foreigners. Five of them are Lithuanian, three are Latvian, two are German."
    assert counts(nlp, text) == sorted([
        (12, "exact", "pardoned", "foreigner", "asserted"), (5, "exact", "pardoned", "lithuanian", "asserted"),
        (3, "exact", "pardoned", "latvian", "asserted"), (2, "exact", "pardoned", "german", "asserted")])


@pytest.mark.parametrize("text, predicate", [
    ("27 journalists were imprisoned at the end of 2023.", "remain_imprisoned"),
    ("27 journalists were imprisoned as of December 1.", "remain_imprisoned"),
    ("27 journalists were imprisoned in 2023.", "detained"),
])
def test_imprisoned_on_a_day(nlp, text, predicate):
    assert counts(nlp, text) == [(27, "exact", predicate, "journalist", "asserted")]


def test_recognised_by_the_end_of_a_year_is_no_stock(nlp):
    text = "By the end of 2022, 889 people were recognised as political prisoners by the centre."
    assert all(c[2] != "remain_imprisoned" for c in counts(nlp, text))
