"""Claims/67, from the read set: a bare total "brought to" a new figure by a clause that counts
people counts them again; people who "were serving sentences" (not a stock in jails, nor when
a pardon follows in the clause); "tried and punished"; a "who" clause hung on the date after
the verb of the counted; and "cases of detention" or "of detaining" people, each a person's (not
cases of a disappearance, and "active detention" holds them now)."""

from __future__ import annotations

import pytest

from tests.analysed import counts


@pytest.mark.parametrize("text, expected", [
    ("Gunmen freed 20 more hostages on Monday, bringing the total to 300.",
     [(20, "exact", "released", "hostage", "asserted"), (300, "exact", "released", "hostage", "asserted")]),
    ("The court jailed five more activists, bringing the total to 88.",
     [(5, "exact", "sentenced", "activist", "asserted"), (88, "exact", "sentenced", "activist", "asserted")]),
    ("The ruler pardoned 15 inmates on Friday. The 15 were serving terms for \"extremism\".",
     [(15, "exact", "pardoned", "inmate", "asserted"), (15, "exact", "sentenced", "inmate", "asserted")]),
    ("Twelve prisoners were serving sentences for extremism when they were pardoned.",
     [(12, "exact", "pardoned", "prisoner", "asserted")]),
    ("At the end of May, over 150,000 inmates were serving their terms in prisons nationwide.",
     [(150000, "more_than", "remain_imprisoned", "inmate", "asserted")]),
    ("Rights groups say 480 protesters were tried and punished over the rallies.",
     [(480, "exact", "sentenced", "protester", "asserted")]),
    ("According to the centre, at least 38 prisoners left jail in May, who had served their full terms.",
     [(38, "at_least", "released", "prisoner", "asserted"), (38, "at_least", "sentenced", "prisoner", "asserted")]),
    ("Since the vote, the union has logged at least 280 cases of detaining reporters.",
     [(280, "at_least", "detained", "reporter", "asserted")]),
    ("Last year there were about 45 cases of detention of returning exiles at the border.",
     [(45, "about", "detained", "exile", "asserted")]),
    ("The commission counts 1,900 cases of active detention.", [(1900, "exact", "remain_imprisoned", "people", "asserted")]),
    ("Rights groups documented 120 cases of enforced disappearance.", []),
    ("Doctors reported 300 cases of measles.", []),
])
def test_counts(nlp, text, expected):
    assert counts(nlp, text) == sorted(expected)
