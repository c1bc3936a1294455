"""Claims/79, from blind-62's misses: people one side "received in exchange" (released; the
receiver is no freed person, and a ruler who "received nothing in return" was given no one);
"the ten were greeted … upon their release"; "along with" hung by the parser on the next
clause; a "bunch of" kidnapped people rescued; a part "of that total" counted as the total's
people, not as what they were "suspected of being"; "the release of the crew – 14 in all –";
graduates as people; and "detained upon their return" (a journey, no release)."""

from __future__ import annotations

import pytest

from tests.analysed import counts, persons


@pytest.mark.parametrize("text, expected", [
    ("In exchange, the other side received 120 servicemen.", [(120, "exact", "released", "serviceman", "asserted")]),
    ("Ten hostages were freed on Monday. The ten were greeted by officials upon their release.",
     [(10, "exact", "released", "hostage", "asserted"), (10, "exact", "released", "hostage", "asserted")]),
    ("Four sailors are still in captivity, along with two Kenyans, some of whom the navy has declared dead.",
     [(2, "exact", "remain_imprisoned", "kenyan", "asserted"), (4, "exact", "remain_imprisoned", "sailor", "asserted")]),
    ("Soldiers have rescued a bunch of 40 women who had been kidnapped by gunmen.",
     [(40, "exact", "detained", "woman", "asserted"), (40, "exact", "released", "woman", "asserted")]),
    ("More than 9,000 people suspected of being rebels have been detained, and of that total some 500 have now "
     "been freed.",
     [(500, "about", "released", "people", "asserted"), (9000, "more_than", "detained", "people", "asserted")]),
    ("The release of the crew – 14 in all – took place on Monday.", [(14, "exact", "released", "crew", "asserted")]),
    ("Nine graduates were abducted on the highway.", [(9, "exact", "detained", "graduate", "asserted")]),
    ("Over 40 exiles were seized by police upon their return from abroad.",
     [(40, "more_than", "detained", "exile", "asserted")]),
    ("Zelensky received 10 soldiers in exchange.", [(10, "exact", "released", "soldier", "asserted")]),
])
def test_counts(nlp, text, expected):
    assert counts(nlp, text) == sorted(expected)


@pytest.mark.parametrize("text, expected", [
    ("Zelensky received 10 soldiers in exchange.", []),
    ("Ana Bell, a close ally, received nothing in return.", []),
    ("Ana Bell received a pardon on Friday.", ["Ana Bell"]),
])
def test_persons(nlp, text, expected):
    assert persons(nlp, text) == sorted(expected)
