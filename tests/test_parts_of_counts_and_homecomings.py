"""Claims/96, from blind-78's misses: a count's own parts and steps are not the group before it
("eight others", "there are N people who …, among them …", "N of whom were charged"), the
dead are counted by nobody, "neither of" negates, nationals arriving in their own country come
home, and a name given by "known as" or a copula takes what befell the noun."""

from __future__ import annotations

import pytest

from tests.analysed import counts, persons


@pytest.mark.parametrize("text, expected", [
    # "others" beside a total that has its own count: a different group, not the freed
    ("A total of 60 detainees have been freed in the province so far, while seven others are still under "
     "inquiry.",
     [(60, "exact", "released", "detainee", "asserted")]),
    # an existential count with its own clause, broken down by "among them": no group before it
    ("Only 900 inmates were freed under the decrees. The monitors say there are 4,200 people who are "
     "still missing at the hands of the militia, among them 310 children and 95 women.",
     [(900, "exact", "released", "inmate", "asserted")]),
    ("More than 40 students were among the 2,300 convicts pardoned on Sunday.",
     [(40, "more_than", "pardoned", "student", "asserted"),
      (2300, "exact", "pardoned", "convict", "asserted")]),
    # the dead are held and freed by nobody
    ("Arrests of students go on and three more marchers reported killed", []),
    ("The militia said it was holding neither of the two bloggers.",
     [(2, "exact", "detained", "blogger", "negated")]),
    # a later step of the cases of a part of a detained group
    ("Police said 1,150 of the 4,300 people arrested since March have been prosecuted.",
     [(4300, "exact", "detained", "people", "asserted")]),
    ("The authorities have detained 11 foreign nationals since 2019, six of whom were later charged "
     "with spying.",
     [(11, "exact", "detained", "national", "asserted")]),
    # (but a part of a pardoned group told by its charges was pardoned)
    ("Among the pardoned convicts, 40 are women and 3 were charged with fraud.",
     [(3, "exact", "pardoned", "convict", "asserted"), (40, "exact", "pardoned", "woman", "asserted")]),
    # "some of" the group: the part freed has no size; the whole is what its participle says
    ("Some of the 200 activists arrested in the 2019 sweep are being released.",
     [(200, "exact", "detained", "activist", "asserted")]),
    # nationals arriving in their own country come home; elsewhere they cross a border
    ("Seven Jordanian detainees held in Syrian jails have arrived in Jordan.",
     [(7, "exact", "detained", "detainee", "asserted"), (7, "exact", "released", "detainee", "asserted")]),
    ("Seven Jordanian detainees freed by the rebels have arrived in Turkey.",
     [(7, "exact", "crossed_border", "detainee", "asserted"), (7, "exact", "released", "detainee", "asserted")]),
])
def test_counts(nlp, text, expected):
    assert counts(nlp, text) == sorted(expected)


@pytest.mark.parametrize("text, expected", [
    ("On Tuesday the rebels freed a Canadian engineer known as Omar Haddad after four months.", ["Omar Haddad"]),
    # a nickname of someone named already is no second person
    ("Mahmoud Karimi, known as Abu Saleh, was freed on Monday.", ["Mahmoud Karimi"]),
    ("The report named Anna Petrova. Petrova is a Russian nurse who was released by the rebels last week.",
     ["Anna Petrova"]),
    ("In May, 13 protesters held since March were freed, including Murtaza Hadi and Waleed Samir.",
     ["Murtaza Hadi", "Waleed Samir"]),
])
def test_persons(nlp, text, expected):
    assert persons(nlp, text) == sorted(expected)
