"""Claims/81, from blind-64's misses: "18 of whom were in prison" (a clause in the past: held
then); "20 or so" (an estimate written after the number); a plural people noun the tagger took
for a verb ("1,500 inmates – mostly women –", a headline's "900 Inmates Pardoned"); "estimate
between 600 and 900 detainees" (a stock; but "stood between two hostages" tallies nobody);
"found not guilty" (no verdict against them); freed "based on the time they had served" (they
had been sentenced); pardons "issued for" a counted group (decrees, not people); and a modal
shared by a bare verb the tagger called a present."""

from __future__ import annotations

import pytest

from tests.analysed import counts, persons


@pytest.mark.parametrize("text, expected", [
    ("The trial involved 90 defendants, 12 of whom were in prison.", [(12, "exact", "detained", "defendant", "asserted")]),
    ("The trial involved 90 defendants, 12 of whom are in prison.",
     [(12, "exact", "remain_imprisoned", "defendant", "asserted")]),
    ("Another 30 or so Peruvians remain in Bolivian prisons.", [(30, "about", "remain_imprisoned", "peruvian", "asserted")]),
    ("The ministry said 1,500 inmates – mostly women – have been granted pardons.",
     [(1500, "exact", "pardoned", "inmate", "asserted")]),
    ("Interior Ministry: 900 Inmates Pardoned", [(900, "exact", "pardoned", "inmate", "asserted")]),
    ("Rights groups estimate between 600 and 900 detainees for political reasons.",
     [(600, "exact", "remain_imprisoned", "detainee", "asserted")]),
    ("In the video a militant stood between two Japanese hostages.", []),
    ("Some 5,000 suspects were later freed after being found not guilty.",
     [(5000, "about", "released", "suspect", "asserted")]),
    ("Nine protesters were found guilty.", [(9, "exact", "sentenced", "protester", "asserted")]),
    ("Six defendants were freed based on the time they had served.",
     [(6, "exact", "released", "defendant", "asserted"), (6, "exact", "sentenced", "defendant", "asserted")]),
    ("From 2011 to 2020, 20 special pardons were issued for 3,000 people.",
     [(3000, "exact", "pardoned", "people", "asserted")]),
    ("Nearly 800 releases have been confirmed.", [(800, "nearly", "released", "people", "asserted")]),
])
def test_counts(nlp, text, expected):
    assert counts(nlp, text) == sorted(expected)


@pytest.mark.parametrize("text, expected", [
    ("Police detained Ana Bell and Luis Ruiz on Monday.\n\"The authorities should ensure full legal protections, drop "
     "these baseless charges, and release Bell and Ruiz.\"", []),
])
def test_persons(nlp, text, expected):
    assert persons(nlp, text) == sorted(expected)
