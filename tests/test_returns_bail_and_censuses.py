"""Claims/75, from blind-58's misses: "over hundred" is over a hundred; magistrates "who
discharged" a counted group are not among the freed; "18 accused" is a noun of people (not
"accused persons" nor "accused of"); bail "approved" for people frees them; a number sizing one
thing ("a 95-defendant trial") counts nobody; a census's "with 60 reporters held behind bars" is
held now, and so are the counts that follow it; "the detainees included" two people names
detentions; people "remaining in detention" are held now whatever is asked for them; a
dateline's city in capitals is no name; a return "from Poland" or "to Belarus" after working
abroad is a journey, not a release; the judges a bench "comprising" are not freed by its ruling."""

from __future__ import annotations

import pytest

from tests.analysed import counts, persons


@pytest.mark.parametrize("text, expected", [
    ("Police detained over hundred citizens at the border.", [(100, "more_than", "detained", "citizen", "asserted")]),
    ("Several hundred people were detained.", []),
    ("The hearings were split between two magistrates who discharged 30 and 12 accused persons.",
     [(12, "exact", "released", "person", "asserted"), (30, "exact", "released", "person", "asserted")]),
    ("In the second case, 18 accused were granted bail.", [(18, "exact", "released", "accused", "asserted")]),
    ("The judge approved the bail for 60 accused across three cases.", [(60, "exact", "released", "accused", "asserted")]),
    ("Police said 30 accused of treason were held.", [(30, "exact", "detained", "people", "asserted")]),
    ("Three detainees from a 95-defendant trial were freed on bail.", [(3, "exact", "released", "detainee", "asserted")]),
    ("The navy freed its 24-man crew.", [(24, "exact", "released", "crew", "asserted")]),
    ("Iran tops the list with 60 reporters held behind bars, and Egypt follows with 20.",
     [(20, "exact", "remain_imprisoned", "reporter", "asserted"), (60, "exact", "remain_imprisoned", "reporter", "asserted")]),
    ("Police arrested 300 protesters. The detainees included two opposition lawmakers.",
     [(2, "exact", "detained", "lawmaker", "asserted"), (300, "exact", "detained", "protester", "asserted")]),
    ("The union demanded that the court free the 19 strikers remaining in detention.",
     [(19, "exact", "released", "striker", "hedged"), (19, "exact", "remain_imprisoned", "striker", "asserted")]),
])
def test_counts(nlp, text, expected):
    assert counts(nlp, text) == sorted(expected)


@pytest.mark.parametrize("text, expected", [
    ("MINSK (Reuters) — Ales Bialiatski was released on Monday.", ["Ales Bialiatski"]),
    ("Ivan Petrov was detained upon his return from Poland.", []),
    ("Olga Ivanova was working abroad but returned to Belarus last year.", []),
    ("The cases went to two magistrates, Anna Bell and John Moss, who discharged 30 accused persons.", []),
    ("Olga Ivanova returned to Belarus after three years behind bars.", ["Olga Ivanova"]),
    ("A bench, comprising Justice Anna Bell and Justice John Moss – approved the bail pleas of the workers.", []),
])
def test_persons(nlp, text, expected):
    assert persons(nlp, text) == sorted(expected)
