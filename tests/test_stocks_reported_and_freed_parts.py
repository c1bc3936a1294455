"""Claims/36: a count of women (or men) before the noun of the held counts the held; rights
groups that "report" N political prisoners count a stock, and "among them" then means those
held, not the group of a release told before; "now held" is held now; a part of the freed
that "went to" a country crossed a border; a passive permission in the perfect ("had been
allowed to go free") is told as done; "sent home" in an exchange frees; a hospital the freed
were taken to afterwards is not what they left; "a total of N inmates had their terms cut"
is no stock; prisoners thought to be "languishing" in jails are held; people "whose release
was confirmed" were freed; "the pardon affected" N pardons them; a count the parser joined
to "the release of" a named person is a second object of the release; people freed "after
serving long sentences" had been sentenced; a second count the parser joined to the first ("612
were men, 47 women") takes its own noun; a person "ordered to be released" by a court is freed;
and people named among defendants "granted bail" are freed."""

from __future__ import annotations

import pytest

from tests.analysed import counts, persons


@pytest.mark.parametrize("text, expected", [
    ("Rights groups say there are now 214 women political prisoners in its jails.",
     [(214, "exact", "remain_imprisoned", "prisoner", "asserted")]),
    ("Six activists were freed in a pardon last spring. In June, monitors reported 318 political prisoners who "
     "are at grave risk. Among them are 21 people with cancer.",
     [(6, "exact", "released", "activist", "asserted"), (21, "exact", "remain_imprisoned", "people", "asserted"),
      (318, "exact", "remain_imprisoned", "prisoner", "asserted")]),
    ("In an exchange with Kyiv, the two governments sent four Ukrainian nationals home.",
     [(4, "exact", "released", "national", "asserted")]),
    # sent home from work: nobody was held
    ("The plant sent 300 workers home because of the heat.", []),
    ("Minsk freed 101 prisoners on Monday. Of those freed, 11 prisoners went to Poland and 90 were flown to Ukraine.",
     [(11, "exact", "crossed_border", "prisoner", "asserted"), (90, "exact", "crossed_border", "prisoner", "asserted"),
      (101, "exact", "released", "prisoner", "asserted")]),
    ("According to the centre, there are 1,207 political prisoners now held in the country.",
     [(1207, "exact", "remain_imprisoned", "prisoner", "asserted")]),
    ("A total of 390 inmates had their jail terms reduced, said the ministry, adding that 52 other prisoners were "
     "set free.",
     [(52, "exact", "released", "prisoner", "asserted")]),
    ("Two further defendants, editors Lale Aksoy and Deniz Oral, had also been allowed to go free before the "
     "verdict.",
     [(2, "exact", "released", "defendant", "asserted")]),
    ("The president pardoned 749 convicts. Mulenga added that 708 of those freed were men and 41 were women.",
     [(41, "exact", "released", "woman", "asserted"), (708, "exact", "released", "man", "asserted"),
      (749, "exact", "pardoned", "convict", "asserted")]),
    ("The nine hostages were handed over to peacekeepers at the border, then driven to hospital for checks.",
     [(9, "exact", "released", "hostage", "asserted")]),
    ("So far it has freed only a small share of the more than 700 political prisoners thought to be languishing in "
     "its jails.",
     [(700, "more_than", "remain_imprisoned", "prisoner", "asserted")]),
    ("Lopez was among at least 12 reporters whose release was confirmed on Monday by a press union.",
     [(12, "at_least", "released", "reporter", "asserted")]),
    ("Last year the pardon affected three people: Anna Petrova, Oleg Smirnov and Ivan Sokol.",
     [(3, "exact", "pardoned", "people", "asserted")]),
    ("The commission confirmed the release of the poet, Samir Adel, and the other 38 detainees, most of whom are "
     "students.",
     [(38, "exact", "released", "detainee", "asserted")]),
    ("Another 212 inmates have been freed after already serving long sentences, the prisons service said.",
     [(212, "exact", "released", "inmate", "asserted"), (212, "exact", "sentenced", "inmate", "asserted")]),
])
def test_stocks_reported_and_freed_parts(nlp, text, expected):
    assert counts(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Last year the pardon affected three people: Anna Petrova, Oleg Smirnov and Ivan Sokol.",
     ["Anna Petrova", "Ivan Sokol", "Oleg Smirnov"]),
    ("Journalist Murat Demir was ordered on Tuesday to be released by the main court, the agency said.", ["Murat Demir"]),
    ("Journalist Murat Demir was not ordered to be released.", []),
    ("Among the defendants granted bail on Friday were the singer's drummer Okello Mugisha and his driver Peter Kato.",
     ["Okello Mugisha", "Peter Kato"]),
])
def test_pardons_and_orders_name_the_freed(nlp, text, expected):
    assert persons(nlp, text) == expected
