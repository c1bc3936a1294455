"""Claims/80, from blind-63's misses: people who "are under arrest" (held now; "were under
arrest" then, and house arrest is no custody); prisoners a side "took back" in a swap (not
taken back to jail); people "forcibly repatriated" (deported), and repatriated to a country
(crossed a border); "among six people who have been in detention for years" (custody so far,
with the span the parser hung on the place); a group's name in quotes ("the Cairo Seven"); and
a name whose apposition stands "among those freed"."""

from __future__ import annotations

import pytest

from tests.analysed import counts, persons


@pytest.mark.parametrize("text, expected", [
    ("At present 13 journalists from the group are under arrest.",
     [(13, "exact", "remain_imprisoned", "journalist", "asserted")]),
    ("In May, 40 protesters were under arrest.", [(40, "exact", "detained", "protester", "asserted")]),
    ("Five activists are under house arrest.", []),
    ("Separatists took back 14 prisoners on Sunday.", [(14, "exact", "released", "prisoner", "asserted")]),
    ("Police took back 14 prisoners to the jail.", []),
    ("Beijing forcibly repatriated at least 400 defectors to North Korea last year.",
     [(400, "at_least", "deported", "defector", "asserted")]),
    ("Two Australians were freed on Monday and repatriated to Australia.",
     [(2, "exact", "crossed_border", "australian", "asserted"), (2, "exact", "released", "australian", "asserted")]),
    ("Lee is among ten Canadians who have now been in jail for years in Iran.",
     [(10, "exact", "detained", "canadian", "asserted")]),
    ("Nowak is among over 250 political prisoners.", [(250, "more_than", "remain_imprisoned", "prisoner", "asserted")]),
    ("The four remaining members of the “Cairo Seven” were freed on Monday.",
     [(4, "exact", "released", "member", "asserted")]),
])
def test_counts(nlp, text, expected):
    assert counts(nlp, text) == sorted(expected)


@pytest.mark.parametrize("text, expected", [
    ("Ana Bell, a lawyer among those freed on Monday, said she was beaten.", ["Ana Bell"]),
    ("Ana Bell, a lawyer among those arrested on Monday, said she was beaten.", []),
])
def test_persons(nlp, text, expected):
    assert persons(nlp, text) == sorted(expected)
