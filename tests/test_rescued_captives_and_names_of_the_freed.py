"""Claims/51, from blind-39's misses: a passive the parser made a clausal complement of the
participle before it; freed people flown "out of the country"; captives rescued in a
headline or in a story of a kidnapping (not miners); schoolchildren; shares ("7 in 10") are
no counts; "easily" is a lower bound; one person told with an article is not what a bare
count counts; "it wants returned" is wished for; a group "freed were" the names after it;
"the three are" the names of three freed the sentence before; a secretary of state who
arrives somewhere is not freed."""

from __future__ import annotations

import pytest

from tests.analysed import counts, persons


@pytest.mark.parametrize("text, expected", [
    ("Twelve aid workers held last week by rebels in the capital were freed on Monday and then flown out of the country.",
     [(12, "exact", "crossed_border", "worker", "asserted"), (12, "exact", "detained", "worker", "asserted"),
      (12, "exact", "released", "worker", "asserted")]),
    ("50 kidnapped farmers rescued, police say", [(50, "exact", "released", "farmer", "asserted")]),
    ("Over 100 abducted schoolchildren are rescued after a month in captivity",
     [(100, "more_than", "released", "schoolchild", "asserted")]),
    ("Gunmen kidnapped 40 villagers last week. Six more villagers were rescued on Wednesday.",
     [(6, "exact", "released", "villager", "asserted"), (40, "exact", "detained", "villager", "asserted")]),
    ("Twenty miners were rescued from the collapsed mine.", []),
    ("Nearly 7 in 10 prisoners are held without trial.", []),
    ("Police detained 30 in 2024.", [(30, "exact", "detained", "people", "asserted")]),
    ("Since the country's strongman began his crackdown, easily 20,000 have been arrested.",
     [(20000, "at_least", "detained", "people", "asserted")]),
    ("The government gave Moscow a list of six Americans it wants returned.",
     [(6, "exact", "released", "american", "hedged")]),
])
def test_rescues_shares_and_bare_counts(nlp, text, expected):
    assert counts(nlp, text) == sorted(expected)


@pytest.mark.parametrize("text, expected", [
    ("The two men freed were Omar Khaled, a teacher, and Samir Adel, a doctor.", ["Omar Khaled", "Samir Adel"]),
    ("The men arrested were Omar Khaled and Samir Adel.", []),
    ("Three hostages were freed on Sunday in a raid. The three, seized at a wedding last year, are Dana Levi, 30, "
     "Omer Katz, 41, and Tal Cohen, 22.", ["Dana Levi", "Omer Katz", "Tal Cohen"]),
    ("Three hostages were freed on Sunday. The three are Dana Levi and Omer Katz.", []),
    ("Five prisoners were freed on Monday and flown to Vilnius. Later, Secretary of State Marco Rubio also "
     "arrived in Riyadh for talks.", []),
])
def test_names_of_the_freed(nlp, text, expected):
    assert persons(nlp, text) == expected
