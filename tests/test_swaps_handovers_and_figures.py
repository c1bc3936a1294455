"""Claims/74, from blind-57's misses: "news about five sailors" is a topic, not an estimate;
"up 40 since January" is how far a figure moved; a figure a modal guesses at is hedged; a
release "paused" has not happened; a spelled count opening a text that the tagger called a
date; a "who" clause the parser hung on a noun that is no person; a place's name in brackets
before the counted noun; captives "transferred in exchange" and "servicepeople" returned; "the figures include …" counts
people, not figures; a part under "including" with its own noun; people named for where they
live; custody handed to police frees nobody; "half a million"; prisoners a side "had in its
custody" were held before; and the names of a list that one plural "who" clause, or one verb
after an apposition, tells of."""

from __future__ import annotations

import pytest

from tests.analysed import counts, persons


@pytest.mark.parametrize("text, expected", [
    ("Relatives wait for news about four fishermen kidnapped off the coast.", [(4, "exact", "detained", "fisherman", "asserted")]),
    ("Police detained about 300 people in the capital.", [(300, "about", "detained", "people", "asserted")]),
    ("Monitors reported about 40 arrests on Sunday.", [(40, "about", "detained", "people", "asserted")]),
    ("There are now 1,150 political prisoners, up 40 since January.", [(1150, "exact", "remain_imprisoned", "prisoner", "asserted")]),
    ("The number of captives still held could be as low as 20.", [(20, "exact", "remain_imprisoned", "captive", "hedged")]),
    ("Officials said the May amnesty would include 300 people.", [(300, "exact", "pardoned", "people", "asserted")]),
    ("The release of 90 prisoners planned for Sunday has been paused.", [(90, "exact", "released", "prisoner", "hedged")]),
    ("Forty-two Ivorian soldiers were freed.", [(42, "exact", "released", "soldier", "asserted")]),
    ("Officials said 75 detainees from several districts of the province who were held by the militia have been freed.",
     [(75, "exact", "detained", "detainee", "asserted"), (75, "exact", "released", "detainee", "asserted")]),
    ("The Red Cross helped free 30 detainees from the Sudanese Armed Forces who were seized by the rebels.",
     [(30, "exact", "detained", "detainee", "asserted"), (30, "exact", "released", "detainee", "asserted")]),
    ("A military court sentenced four former Artsakh (Karabakh) commanders to life terms.", [(4, "exact", "sentenced", "commander", "asserted")]),
    ("In exchange, 150 prisoners of war were transferred to the other side.", [(150, "exact", "released", "prisoner", "asserted")]),
    ("On Monday, 90 Russian servicepeople were returned from captivity.", [(90, "exact", "released", "serviceperson", "asserted")]),
    ("Rights monitors counted 900 arrests. The figures include at least 300 in Tbilisi and 200 in Batumi.",
     [(200, "exact", "detained", "people", "asserted"), (300, "at_least", "detained", "people", "asserted"),
      (900, "exact", "detained", "people", "asserted")]),
    ("Two opposition figures were arrested on Friday.", [(2, "exact", "detained", "figure", "asserted")]),
    ("Police arrested nine opposition figures, including two declared presidential rivals.",
     [(2, "exact", "detained", "rival", "asserted"), (9, "exact", "detained", "figure", "asserted")]),
    ("Eight of the 11 Hongkongers seized at sea were jailed for up to two years.",
     [(8, "exact", "sentenced", "hongkonger", "asserted"), (11, "exact", "detained", "hongkonger", "asserted")]),
    ("Four youths were handed over to police on Monday.", []),
    ("The state holds half a million people in detention.", [(500000, "exact", "remain_imprisoned", "people", "asserted")]),
    ("Azerbaijan handed over five soldiers it had in custody to Armenia.",
     [(5, "exact", "crossed_border", "soldier", "asserted"), (5, "exact", "detained", "soldier", "asserted"),
      (5, "exact", "released", "soldier", "asserted")]),
])
def test_counts(nlp, text, expected):
    assert counts(nlp, text) == sorted(expected)


@pytest.mark.parametrize("text, expected", [
    ("Ana Lopez, Jorge Ruiz, Marta Diaz, who were all pardoned and freed in March, were detained again in June.",
     ["Ana Lopez", "Jorge Ruiz", "Marta Diaz"]),
    ("Her release came a week after Pedro Gomez and Lucia Perez, also political prisoners, were released.",
     ["Lucia Perez", "Pedro Gomez"]),
    ("Under a decree signed by Aliyev, 30 persons, who had fled abroad, were pardoned.", []),
])
def test_persons(nlp, text, expected):
    assert persons(nlp, text) == sorted(expected)
