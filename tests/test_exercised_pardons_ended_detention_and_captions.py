"""Claims/82, from blind-65's misses: a ruler who "has exercised his authority to pardon" (the
power used is the act); a court that "ended the detention of" people (released, and held
before); a photo caption naming "detainees in the X case" (held, not freed, even in a text that
reports another release); and an election that "returned X to power" (the parser's "to" an
auxiliary of "power")."""

from __future__ import annotations

import pytest

from tests.analysed import counts, persons


@pytest.mark.parametrize("text, expected", [
    ("The king has exercised his royal authority to pardon 40 prisoners.",
     [(40, "exact", "pardoned", "prisoner", "asserted")]),
    ("The president could exercise his authority to pardon 40 prisoners.",
     [(40, "exact", "pardoned", "prisoner", "hedged")]),
    ("A judge last week ended the detention of 12 villagers.",
     [(12, "exact", "detained", "villager", "asserted"), (12, "exact", "released", "villager", "asserted")]),
])
def test_counts(nlp, text, expected):
    assert counts(nlp, text) == sorted(expected)


@pytest.mark.parametrize("text, expected", [
    ("Five students were freed on Monday.\nDetainees in the Meydan case, top row: Ana Bell, Luis Ruiz, Pedro Gomez.",
     []),
    ("Five hostages were freed on Monday. Footage shows hostages Ana Bell and Luis Ruiz walking down the aircraft "
     "stairs.", ["Ana Bell", "Luis Ruiz"]),
    ("It challenged the 2008 vote that returned Ana Bell to power for a fourth time.", []),
])
def test_persons(nlp, text, expected):
    assert persons(nlp, text) == sorted(expected)
