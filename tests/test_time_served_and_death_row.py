"""Claims/73, from blind-56's misses: people "who had spent weeks in jail" were held before
they were freed; inmates "serving time" serve their own sentence (not an act on another);
people awaiting trial "inside prison" and prisoners "on death row" are held now; and a count
"out of 1,727 detainees" takes the noun the parser hung apart from its number."""

from __future__ import annotations

import pytest

from tests.analysed import counts


@pytest.mark.parametrize("text, expected", [
    ("Three union leaders who had spent weeks in jail were freed on Friday.", [(3, "exact", "detained", "leader", "asserted"), (3, "exact", "released", "leader", "asserted")]),
    ("The two reporters spent a week in Minsk.", []),
    ("The king pardoned 300 inmates serving time for minor offences.", [(300, "exact", "pardoned", "inmate", "asserted"), (300, "exact", "sentenced", "inmate", "asserted")]),
    ("Some 120 activists are awaiting trial inside prison.", [(120, "about", "remain_imprisoned", "activist", "asserted")]),
    ("Forty officers work inside the prison.", []),
    ("Officials said 900 prisoners are currently on death row.", [(900, "exact", "remain_imprisoned", "prisoner", "asserted")]),
    # (the 6-word run of this count with the text it was found in is its figures and "out of")
    ("About 233 out of 1,727 detainees were freed, officials said.", [(233, "about", "released", "detainee", "asserted")]),
])
def test_counts(nlp, text, expected):
    assert counts(nlp, text) == sorted(expected)
