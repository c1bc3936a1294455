"""Claims/69, from blind-52's misses: abducted people "reunited with their families" are freed
(not escapees, nor anyone else going home); a gang that "snatched" people took them; "the
released soldiers numbered N" counts the freed; and "the return home of N", which the parser
hangs on "home", is a release as "the return of N" is."""

from __future__ import annotations

import pytest

from tests.analysed import counts


@pytest.mark.parametrize("text, expected", [
    ("Nearly 80 pupils abducted from a boarding school were finally reunited with their families this week.", [(80, "nearly", "detained", "pupil", "asserted"), (80, "nearly", "released", "pupil", "asserted")]),
    ("The pupils who escaped were reunited with their families.", []),
    ("Some 40 farmers were reunited with their families after the harvest festival.", []),
    ("Bandits snatched over 90 students from the school in March.", [(90, "more_than", "detained", "student", "asserted")]),
    ("Kyiv announced the return home of 150 soldiers, and Moscow said its released soldiers numbered 160.", [(150, "exact", "released", "soldier", "asserted"), (160, "exact", "released", "soldier", "asserted")]),
    ("The protesters numbered 5,000, the police said.", []),
])
def test_counts(nlp, text, expected):
    assert counts(nlp, text) == sorted(expected)
