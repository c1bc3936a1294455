"""Claims/64, from the read set: names in a sentence opened by "Among them are", right after a
sentence that freed people, are of the freed, however the parser read the roles before them
(it may make the first role the sentence's root); not after an arrest, and not when another
group was counted in between."""

from __future__ import annotations

import pytest

from tests.analysed import persons


@pytest.mark.parametrize("text, expected", [
    ("The authorities released 18 prisoners. Among them are volunteer Tatsiana Kuzina and journalist Aleh Barysau.",
     ["Aleh Barysau", "Tatsiana Kuzina"]),
    ("Police arrested 18 activists. Among them are volunteer Tatsiana Kuzina and journalist Aleh Barysau.", []),
    ("Twelve people were freed at the end of their terms. Thirty names were added to the list. Among them are "
     "volunteer Tatsiana Kuzina and journalist Aleh Barysau.", []),
])
def test_persons(nlp, text, expected):
    assert persons(nlp, text) == expected
