"""Claims/26: an infinitive hung on the signing of a decree ("signed a decree on Friday to
pardon 12 women") is the act, asserted, as when it hangs on the decree itself; a country that
"held" its political prisoners on a stated day, or "holds" them now, states a stock, not an
arrest, and the parts of that stock are held too; and "locals" counts people."""

from __future__ import annotations

import pytest

from tests.analysed import counts


@pytest.mark.parametrize("text, expected", [
    ("The president signed a decree on Friday to pardon 12 women and 9 men convicted of protest crimes.",
     [(9, "exact", "pardoned", "man", "asserted"), (9, "exact", "sentenced", "man", "asserted"),
      (12, "exact", "pardoned", "woman", "asserted"), (12, "exact", "sentenced", "woman", "asserted")]),
    ("The emir issued an order on Sunday to free 75 inmates.",
     [(75, "exact", "released", "inmate", "asserted")]),
    # a signing still to come is a plan
    ("The president will sign a decree on Friday to pardon 12 prisoners.",
     [(12, "exact", "pardoned", "prisoner", "hedged")]),
])
def test_signed_to_pardon(nlp, text, expected):
    assert sorted(counts(nlp, text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("As of March 1, 2023, Belarus held 1,210 political prisoners, with 1,050 men and 160 women currently in detention.",
     [(160, "exact", "remain_imprisoned", "woman", "asserted"), (1050, "exact", "remain_imprisoned", "man", "asserted"),
      (1210, "exact", "remain_imprisoned", "prisoner", "asserted")]),
    ("Kazakhstan held 300 political prisoners as of June.", [(300, "exact", "remain_imprisoned", "prisoner", "asserted")]),
    # without a day, a country that held people held them once: an arrest
    ("In 2021 Belarus held 40 protesters for a week.", [(40, "exact", "detained", "protester", "asserted")]),
    # and the police are no country
    ("Police held 40 protesters on Sunday as of noon.", [(40, "exact", "detained", "protester", "asserted")]),
])
def test_a_country_held_on_a_day(nlp, text, expected):
    assert sorted(counts(nlp, text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("In Slonim, 15 locals were detained for joining the marches.", [(15, "exact", "detained", "local", "asserted")]),
    ("The local council bought 3 buses.", []),
])
def test_locals_are_people(nlp, text, expected):
    assert counts(nlp, text) == expected
