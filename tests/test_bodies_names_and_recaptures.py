"""Claims/39, from blind-27's misses: a people noun inside the name of a body ("the Police
Chiefs' Association") is not what a bare count after it counts; and escaped inmates
"returned to" jails are back in custody, not freed."""

from __future__ import annotations

import pytest

from tests.analysed import counts


@pytest.mark.parametrize("text, expected", [
    ("The Regional Police Chiefs' Association reported on Friday that 812 had been arrested across the country.",
     [(812, "exact", "detained", "people", "asserted")]),
    ("Officers said 3,100 escaped inmates had by then been returned to the country's jails.",
     [(3100, "exact", "detained", "inmate", "asserted")]),
    # returned to their own side: freed
    ("Ukraine returned 300 prisoners to Russia.", [(300, "exact", "released", "prisoner", "asserted")]),
])
def test_bodies_names_and_recaptures(nlp, text, expected):
    assert counts(nlp, text) == expected
