"""Claims/105, from blind-87's misses: a dateline opening a line ends there, so the count
after it keeps its verb; political prisoners held now and jailed before ("…, jailed in the
crackdown, are ill"); people "among the political prisoners" at a date; "N people" behind bars
after political prisoners; a tally of cases of detention given in people; cases that mix arrests
with other acts; "people that X describe as political prisoners"; "14 of those pardoned" joined to
a list; deportations a group is made of or filed as; people sent to their own country come home;
"illegals" are people; the smaller emirates are places; an office is no person."""

from __future__ import annotations

import pytest

from tests.analysed import analysis, counts, persons


@pytest.mark.parametrize("text, expected", [
    ("RIGA, Latvia (AP) — Some 60 political prisoners in Belarus, jailed after the 2020 protests, "
     "suffer from serious illnesses, a rights group said on Monday.",
     [(60, "about", "remain_imprisoned", "prisoner", "asserted"), (60, "about", "detained", "prisoner", "asserted")]),
    ("About 40 political prisoners, arrested during the strikes, are women with small children.",
     [(40, "about", "remain_imprisoned", "prisoner", "asserted"), (40, "about", "detained", "prisoner", "asserted")]),
    ("Reports say the count of detainees rose to 25 students arrested in night raids.",
     [(25, "exact", "detained", "student", "asserted")]),
    ("At least 12 teachers and no fewer than 30 people with disabilities were among the political "
     "prisoners as the year ended.",
     [(12, "at_least", "remain_imprisoned", "teacher", "asserted"),
      (30, "at_least", "remain_imprisoned", "people", "asserted")]),
    ("Three reporters were among the political prisoners freed on Friday.",
     [(3, "exact", "released", "reporter", "asserted")]),
    ("Rights groups keep drawing attention to the political prisoners of the country, with more than "
     "1,100 individuals still behind bars.",
     [(1100, "more_than", "remain_imprisoned", "prisoner", "asserted")]),
    ("The tally of cases of detention of bloggers in the region has climbed to 31 people.",
     [(31, "exact", "detained", "blogger", "asserted")]),
    ("So far there have been 27 cases of arrests, house searches and other pressure on their families.", []),
    ("There have been 27 cases of detention of journalists and camera operators this year.",
     [(27, "exact", "detained", "journalist", "asserted")]),
    ("The leader pardoned 16 more people whom rights groups describe as political prisoners.",
     [(16, "exact", "pardoned", "prisoner", "asserted")]),
    ("The ruler pardoned 30 political prisoners on Monday. The decree said the group included "
     "9 women and 12 of those pardoned were over sixty.",
     [(30, "exact", "pardoned", "prisoner", "asserted"), (9, "exact", "pardoned", "woman", "asserted"),
      (12, "exact", "pardoned", "prisoner", "asserted")]),
    ("Last year the ministry recorded 310 judicial deportations, consisting of 290 men and 20 women.",
     [(310, "exact", "deported", "people", "asserted"), (290, "exact", "deported", "man", "asserted"),
      (20, "exact", "deported", "woman", "asserted")]),
    ("In all, 5,100 foreigners were deported. Of these, 4,800 were classified as administrative deportations.",
     [(5100, "exact", "deported", "foreigner", "asserted"), (4800, "exact", "deported", "foreigner", "asserted")]),
    ("About 300 Indian prisoners have been freed and repatriated to India under the amnesty.",
     [(300, "about", "released", "prisoner", "asserted")]),
    ("About 300 Indian prisoners have been freed and sent to Nepal under the amnesty.",
     [(300, "about", "released", "prisoner", "asserted"), (300, "about", "crossed_border", "prisoner", "asserted")]),
    ("Police said 64 other illegals were arrested in raids on Tuesday.",
     [(64, "exact", "detained", "illegal", "asserted")]),
])
def test_counts(nlp, text, expected):
    assert counts(nlp, text) == sorted(expected)


@pytest.mark.parametrize("text, expected", [
    ("More prisoners were pardoned in Ras Al Khaimah, Ajman, Sharjah and Umm Al Quwain on Thursday.", []),
    ("Some 200 prisoners have been freed, the ministry's Director General (Consular Affairs) Jamal Karim "
     "told reporters.", []),
])
def test_persons(nlp, text, expected):
    assert persons(nlp, text) == expected


def test_a_hyphen_after_the_dateline_makes_no_dateline_of_the_releaser(nlp):
    # the dateline is a sentence of its own now, so the sentence after it opens with the
    # releaser: the hyphen of "human-rights" is no dateline's dash
    found = analysis(nlp, "ALEXANDRIA — Egypt's president pardoned the human-rights lawyer Amr Said on Monday, "
                          "a day after a court jailed him for two years.")
    assert found.release_country == "Egypt"
