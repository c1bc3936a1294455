"""Claims/87, from blind-70's misses: the second number of "Articles 311 and 312" is a
provision's number, as the first is; "the tally of Kurds in Syrian detention has climbed to"
so many counts people held now (the place hung on the tally or on the people); "higher
than" and "greater than" say more than; and "operatives", "intellectuals" and "Facebookers"
are people."""

from __future__ import annotations

import pytest

from tests.analysed import counts


def _numbers(nlp, text: str) -> list[str]:
    doc = nlp(text)
    return [doc[start:end].text for start, end, *_ in doc._.newsmon_numbers]


@pytest.mark.parametrize("text, expected", [
    ("Ten activists were found guilty under Articles 311 and 312 of the code.", ["Ten"]),
    ("They were charged under articles 205, 206 and 207 after 12 of them were detained.", ["12"]),
    # rooms, as before
    ("They were held in rooms 612 and 613.", []),
])
def test_numbers_of_provisions_are_no_counts(nlp, text, expected):
    assert _numbers(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The tally of Kurds in Syrian detention has climbed to about 900.",
     [(900, "about", "remain_imprisoned", "kurd", "asserted")]),
    ("The total of political prisoners in jail now stands at 1,150.",
     [(1150, "exact", "remain_imprisoned", "prisoner", "asserted")]),
    # the tally of those detained is of arrests, as before
    ("The tally of Kurds detained has climbed to about 900.",
     [(900, "about", "detained", "kurd", "asserted")]),
    ("The number of people detained is higher than 40, activists say.",
     [(40, "more_than", "detained", "people", "asserted")]),
    ("Police say 25 were arrested; the true figure of those arrested is greater than 60, lawyers say.",
     [(25, "exact", "detained", "people", "asserted"), (60, "more_than", "detained", "people", "asserted")]),
    ("Over 100 Uyghur intellectuals have been detained.",
     [(100, "more_than", "detained", "intellectual", "asserted")]),
    ("Police detained three Facebookers over their posts.",
     [(3, "exact", "detained", "facebooker", "asserted")]),
    ("Troops detained 40 suspected operatives in the raid.",
     [(40, "exact", "detained", "operative", "asserted")]),
])
def test_counts(nlp, text, expected):
    assert counts(nlp, text) == sorted(expected)
