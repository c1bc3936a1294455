"""Claims/90, from blind-73's misses: the inmates a prison or a country's jails hold now are a
stock (held now), however the parser read "houses" or "spread across"; a breakdown of people
just arrested ("Among the detained persons, 100 are men") keeps the arrest; a release that a
welcome presupposes is a fact, whatever the welcomer goes on to demand; "Uighurs", "Lao" and
"Mennonites" are people; a president back from a trip is no freed captive; and as many names
as a count, set off after the count's participle ("the two men freed on Monday, A and B"),
are the freed."""

from __future__ import annotations

import pytest

from tests.analysed import analysis, counts, persons


@pytest.mark.parametrize("text, expected", [
    ("The jail houses some 2,400 inmates, four times what it was built for.",
     [(2400, "about", "remain_imprisoned", "inmate", "asserted")]),
    ("Honduras has around 19,000 inmates spread across 25 prisons.",
     [(19000, "about", "remain_imprisoned", "inmate", "asserted")]),
    ("The prison, which houses 900 inmates, was built for 300.",
     [(900, "exact", "remain_imprisoned", "inmate", "asserted")]),
    # a plan, and people housed by no jail
    ("The new wing will house 300 inmates.", []),
    ("The families housed 40 refugees.", []),
    ("Police arrested 120 migrants at a building site on Monday. Among the detained persons, 100 are men "
     "and 20 women.",
     [(20, "exact", "detained", "woman", "asserted"), (100, "exact", "detained", "man", "asserted"),
      (120, "exact", "detained", "migrant", "asserted")]),
    # those held, listed after "are", as before
    ("Among the jailed activists are 12 women.", [(12, "exact", "remain_imprisoned", "woman", "asserted")]),
    ("While welcoming the release of four of the activists, the group urged the authorities to free the "
     "remaining nine activists.",
     [(4, "exact", "released", "activist", "asserted"), (9, "exact", "released", "activist", "hedged")]),
    ("The UN said it would welcome the release of 40 prisoners.",
     [(40, "exact", "released", "prisoner", "hedged")]),
    ("Kuala Lumpur has freed 14 Uighurs who had broken out of a Thai detention centre, a lawyer said.",
     [(14, "exact", "released", "uighur", "asserted")]),
    ("Among the 500 people detained were 120 Lao and 80 Burmese.",
     [(80, "exact", "detained", "burmese", "asserted"), (120, "exact", "detained", "lao", "asserted"),
      (500, "exact", "detained", "people", "asserted")]),
])
def test_counts(nlp, text, expected):
    assert counts(nlp, text) == sorted(expected)


@pytest.mark.parametrize("text, expected", [
    ("Kin of the two Mennonites released on Monday, Peter Klassen and Johan Wiebe, reportedly paid "
     "large ransoms.",
     ["Johan Wiebe", "Peter Klassen"]),
    ("Relatives of the two ranchers released on Tuesday, Pablo Ortiz and Hugo Rivas, reportedly paid "
     "$90,000 and $60,000 in ransoms.",
     ["Hugo Rivas", "Pablo Ortiz"]),
    # two names for three freed: who the third is, and whether these are two of them, is not said
    ("Relatives of the three ranchers released on Tuesday, Pablo Ortiz and Hugo Rivas, paid ransoms.", []),
    ("The three ranchers released on Tuesday, Pablo Ortiz said, were in good health.", []),
])
def test_persons(nlp, text, expected):
    assert persons(nlp, text) == sorted(expected)


def test_president_back_from_a_trip_is_no_release(nlp):
    result = analysis(nlp, "Vidal cuts trip short amid reports that kidnapped reporters were killed\n\n"
                           "President Arturo Vidal returned to the capital late on Thursday after word came "
                           "that three reporters kidnapped by a gang had been murdered.")
    assert [c.person_name for c in result.claims if c.kind == "person"] == []
    assert not result.release_report
