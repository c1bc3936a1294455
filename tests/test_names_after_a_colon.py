"""Claims/28: the names after a colon that closes a count's own clause are the counted
("five political prisoners were let out at the end of their terms: A, B and C"), also
when the parser cut the list from its lead at the colon ("were released on Monday: A, B");
but not when another subject speaks before the colon, nor after a count of the detained."""

from __future__ import annotations

import pytest

from tests.analysed import persons

NAMES = ["Aleh Zhuk", "Ivan Petrou", "Maryna Sakalova"]


@pytest.mark.parametrize("text", [
    "Last week, rights groups found out that three political prisoners had served out their terms and been freed: "
    "Ivan Petrou, Maryna Sakalova, and Aleh Zhuk.",
    "Five political prisoners were released on Monday: Ivan Petrou, Maryna Sakalova and Aleh Zhuk.",
])
def test_names_after_the_colon_of_a_release(nlp, text):
    assert sorted(persons(nlp, text)) == NAMES


@pytest.mark.parametrize("text", [
    "Three political prisoners were released, the ministry said: Ivan Petrou, Maryna Sakalova and Aleh Zhuk stay in jail.",
    # the names of a detention are no released people
    "Three activists were detained on Monday: Ivan Petrou, Maryna Sakalova and Aleh Zhuk.",
])
def test_no_names_without_the_colon_of_the_count(nlp, text):
    assert persons(nlp, text) == []
