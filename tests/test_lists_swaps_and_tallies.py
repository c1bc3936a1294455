"""Claims/62, from blind-49's misses: the size of a list is not a count of people something
befell; a swap sized in people or said to involve people frees them; a tally of events, or a
bare tally that moves to a new figure, counts what it tallies; ages written "as young as N" or
"(N)" after a name; custody in the past perfect; the noun a plain or part count is given."""

from __future__ import annotations

import pytest

from tests.analysed import counts, persons


@pytest.mark.parametrize("text, expected", [
    # ages
    ("The freed group included 40 women and 12 boys, some as young as 14, from the occupied areas.",
     [(12, "exact", "released", "boy", "asserted"), (40, "exact", "released", "woman", "asserted")]),
    ("Among those freed was Ali Hassan (31), held without trial since 2020.", []),
    # the size of a list
    ("Moscow said it had passed a list of 300 prisoners to Kyiv for the swap.", []),
    ("At least 20 prisoners were freed, among them four who were missing from the official list of 40 detainees.",
     [(4, "exact", "released", "prisoner", "asserted"), (20, "at_least", "released", "prisoner", "asserted")]),
    ("A list of 30 prisoners freed on Friday was published by the group.",
     [(30, "exact", "released", "prisoner", "asserted")]),
    ("Viasna keeps a list of 1,100 political prisoners.", [(1100, "exact", "remain_imprisoned", "prisoner", "asserted")]),
    # what the text calls the counted
    ("Police detained 300 protesters on Sunday. Of those, 12 detainees were reporters.",
     [(12, "exact", "detained", "reporter", "asserted"), (300, "exact", "detained", "protester", "asserted")]),
    ("Some 900 individuals are now counted as political prisoners, the group says.",
     [(900, "about", "remain_imprisoned", "prisoner", "asserted")]),
    ("In 2022, some 45 people previously listed as political prisoners were let out after serving their sentences.",
     [(45, "about", "released", "people", "asserted"), (45, "about", "sentenced", "people", "asserted")]),
    ("A total of 120 Ukrainians – nine of them civilians – and 120 Russian soldiers were brought home.",
     [(9, "exact", "released", "civilian", "asserted"), (120, "exact", "released", "soldier", "asserted"),
      (120, "exact", "released", "ukrainian", "asserted")]),
    # custody told in the past perfect: held up to a later day, not a stock now
    ("The ministry said 130 soldiers had been in captivity since the spring.", [(130, "exact", "detained", "soldier", "asserted")]),
    ("The ministry said 130 soldiers had still been in captivity in May.",
     [(130, "exact", "remain_imprisoned", "soldier", "asserted")]),
    ("At least 80 soldiers are still in captivity, officials said.", [(80, "at_least", "remain_imprisoned", "soldier", "asserted")]),
    # swaps
    ("The Gulf state helped broker the 75-person prisoner swap.", [(75, "exact", "released", "prisoner", "asserted")]),
    ("Both sides held the fifth exchange this year, involving 60 prisoners of war, the ministry said.",
     [(60, "exact", "released", "prisoner", "asserted")]),
    ("The two sides agreed on a 200-person prisoner swap.", [(200, "exact", "released", "prisoner", "hedged")]),
    ("A 12-person delegation attended the exchange.", []),
    # tallies
    ("The overall number of arrests has now reached 3,150.", [(3150, "exact", "detained", "people", "asserted")]),
    ("The number of deportations rose to 900 in 2023.", [(900, "exact", "deported", "people", "asserted")]),
    ("The number of visitors has reached 3,150.", []),
    ("By May, 150 activists had been detained, and the figure rose to 190 by June.",
     [(150, "exact", "detained", "activist", "asserted"), (190, "exact", "detained", "activist", "asserted")]),
    ("Rights groups counted 900 citizens behind bars in March.", [(900, "exact", "remain_imprisoned", "citizen", "asserted")]),
    ("A court ordered the remand of eight students in prison.", [(8, "exact", "detained", "student", "asserted")]),
    ("Officials are finalising the release of a further 20 detainees.", [(20, "exact", "released", "detainee", "hedged")]),
    # the same deed, more of it
    ("Police arrested 300 people in May, followed by another 120 in June.",
     [(120, "exact", "detained", "people", "asserted"), (300, "exact", "detained", "people", "asserted")]),
    ("The march was followed by 300 police officers.", []),
    # a plain word for the people just counted
    ("The governor pardoned 45 people on Monday. These individuals had been tried and convicted in 2023.",
     [(45, "exact", "pardoned", "people", "asserted"), (45, "exact", "sentenced", "people", "asserted")]),
])
def test_counts(nlp, text, expected):
    assert counts(nlp, text) == sorted(expected)


@pytest.mark.parametrize("text, expected", [
    ("Three more people have returned from captivity, they are Olha Marchenko, Ivan Tkachuk and Serhiy Bondar.",
     ["Ivan Tkachuk", "Olha Marchenko", "Serhiy Bondar"]),
    ("Three activists spoke at the rally, they are Anna Brown and John Smith.", []),
])
def test_persons(nlp, text, expected):
    assert persons(nlp, text) == expected
