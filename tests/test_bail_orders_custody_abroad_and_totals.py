"""Claims/83, from blind-66's misses: a decision nobody took ("no decision yet to free six":
hedged); bail granted to someone the same sentence says is "yet to be released" or "not yet
released" (no release); "no objection to bail being granted" (a stance, not a release); a law's
number after "No." (no count); people "in its custody" or "in Pakistan's custody" (held now);
"the repatriation of" fishermen or prisoners held abroad (released; refugees are not held);
those "who have completed their sentences" (sentenced); "out of a total 473" (counted as the
part before it is); "all being held under" a law (held before the release); "detenues" (South
Asian English for detainees); a name that walked "out of the X jail" before a court; and bail
sums granted "to" each name of a list."""

from __future__ import annotations

import pytest

from tests.analysed import analysis, counts, persons


@pytest.mark.parametrize("text, expected", [
    ("No decision yet to release 9 student organisers: police chief",
     [(9, "exact", "released", "organiser", "hedged")]),
    ("No decision has been taken so far regarding the release of nine organisers held by the police, an "
     "officer said on Monday.",
     [(9, "exact", "detained", "organiser", "asserted"), (9, "exact", "released", "organiser", "hedged")]),
    ("The government welcomed the decision to release four reporters.",
     [(4, "exact", "released", "reporter", "asserted")]),
    ("The judge granted bail to the poet, held for months under the Public Order Act No. 27 of 1994 since "
     "March.", []),
    ("Officials said the country shared details of 210 civilian prisoners and 45 fishermen in its custody, "
     "all of them foreign nationals.",
     [(210, "exact", "remain_imprisoned", "prisoner", "asserted"),
      (45, "exact", "remain_imprisoned", "fisherman", "asserted")]),
    ("The ministry asked for consular access to 12 sailors in Iran's custody.",
     [(12, "exact", "remain_imprisoned", "sailor", "asserted")]),
    ("Talks have led to the repatriation of 1,204 fishermen and 38 prisoners from across the border since 2016.",
     [(38, "exact", "released", "prisoner", "asserted"), (1204, "exact", "released", "fisherman", "asserted")]),
    ("The agency oversaw the voluntary repatriation of 600 refugees to their home villages.", []),
    ("It urged its neighbour to speed up the release of 140 fishermen who had all completed their "
     "sentences.",
     [(140, "exact", "released", "fisherman", "hedged"), (140, "exact", "sentenced", "fisherman", "asserted")]),
    ("In Lyon alone police made 120 arrests, out of a total 390 across France.",
     [(120, "exact", "detained", "people", "asserted"), (390, "exact", "detained", "people", "asserted")]),
    ("Officials said that at least 22 people, all being held under the security law, were freed on Friday.",
     [(22, "at_least", "detained", "people", "asserted"), (22, "at_least", "released", "people", "asserted")]),
    ("The seven detenues had been kept in a jail far from their homes.",
     [(7, "exact", "detained", "detenue", "asserted")]),
])
def test_counts(nlp, text, expected):
    assert counts(nlp, text) == sorted(expected)


@pytest.mark.parametrize("text, expected", [
    ("Karim Haddad gets bail, but not yet released", []),
    ("A court on Monday granted bail to the writer Karim Haddad, but he has yet to be released as another "
     "court must first hear a motion.", []),
    ("The minister said he had no objection to bail for Karim Haddad.", []),
    ("The court granted bail to the writer Karim Haddad on Friday.", ["Karim Haddad"]),
    ("Activists Lena Park and Sudhir Mehra were home on Friday, weeks after a court granted them bail.\n"
     "Park and Mehra walked out of the city jail at noon once the bail papers were signed in a special "
     "court.", ["Lena Park", "Sudhir Mehra"]),
    ("A judge granted bail of Rs 2.5 million to Lila Thapa, Rs 400,000 each to Anil Shrestha and Bina Shrestha, "
     "and Rs 90,000 to Krishna Bahadur Magar.",
     ["Anil Shrestha", "Bina Shrestha", "Krishna Bahadur Magar", "Lila Thapa"]),
])
def test_persons(nlp, text, expected):
    assert persons(nlp, text) == sorted(expected)


def test_bail_not_yet_walked_is_no_release_report(nlp):
    assert not analysis(nlp, "Karim Haddad gets bail, but not yet released").release_report
