"""Claims/100, from blind-82's misses: "one of the freed prisoners, X" brings in a named person
and counts nobody, and a warrant for the arrest or detention of people orders an arrest that has not
been made (hedged)."""

from __future__ import annotations

import pytest

from tests.analysed import counts


@pytest.mark.parametrize("text, expected", [
    ("One of the pardoned inmates, Karim Haddad, was quoted as thanking the king.", []),
    ("One of the country's best-known dissidents, Ana Ruiz, was released from prison on Monday.", []),
    ("The prosecutor issued warrants for the arrest of 35 students on Tuesday.",
     [(35, "exact", "detained", "student", "hedged")]),
])
def test_counts(nlp, text, expected):
    assert counts(nlp, text) == sorted(expected)
