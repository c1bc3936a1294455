"""Claims/91, from blind-74's misses: a full stop run on into a number with no space ("the
police.40 people were detained") ends a sentence; one digit ending a name the recogniser calls
an event ("the FV Naham 3") counts nobody; a release told as the time of a demand ("called for
his release following the pardoning of 300") is a fact unless a modal makes it a plan; people
"let off" (not fireworks) were released; and "Amade" is a first name."""

from __future__ import annotations

import pytest

from tests.analysed import counts, persons


@pytest.mark.parametrize("text, expected", [
    ("Riot officers raided the office at noon, said the police.40 people were detained, but soon released.",
     [(40, "exact", "detained", "people", "asserted"), (40, "exact", "released", "people", "asserted")]),
    # "No.57", capitalised, stays the abbreviation of "number"
    ("Decree No.57 freed 20 people.", [(20, "exact", "released", "people", "asserted")]),
    ("Gunmen are still holding 26 more crew members, seized from the trawler FV Naham 3 last year.",
     [(26, "exact", "detained", "member", "asserted"), (26, "exact", "remain_imprisoned", "member", "asserted")]),
    ("The group called for his release following the pardoning of more than 300 prisoners in May.",
     [(300, "more_than", "pardoned", "prisoner", "asserted")]),
    ("The group will call for his release after the pardon of 500 prisoners.",
     [(500, "exact", "pardoned", "prisoner", "hedged")]),
    ("Police let off the four protesters with a warning.", [(4, "exact", "released", "protester", "asserted")]),
    ("The fireworks were let off at midnight.", []),
])
def test_counts(nlp, text, expected):
    assert counts(nlp, text) == sorted(expected)


@pytest.mark.parametrize("text, expected", [
    ("Activist Zmitser Kazlou was let off at about 8 p.m., he wrote on Facebook.", ["Zmitser Kazlou"]),
    ("Amade Issufo and Germano Lopes, who both work at the local radio, were set free from pre-trial "
     "detention on Tuesday.",
     ["Amade Issufo", "Germano Lopes"]),
])
def test_persons(nlp, text, expected):
    assert persons(nlp, text) == sorted(expected)
