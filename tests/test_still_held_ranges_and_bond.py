"""Claims/52, from blind-40's misses: "there were still N … detained" is a stock; the whole
a part came from ("…, out of an estimated N") is no count of its own; what a pardon "will
result in" is still to come; a range of years is a term even in the perfect; "given bond"
lets people out."""

from __future__ import annotations

import pytest

from tests.analysed import counts


@pytest.mark.parametrize("text, expected", [
    ("Rights groups said on Monday there were still 90 Syrians detained in Lebanon.",
     [(90, "exact", "remain_imprisoned", "syrian", "asserted")]),
    ("There were 90 Syrians detained in Lebanon last year.", [(90, "exact", "detained", "syrian", "asserted")]),
    ("Officials said 3,100 detainees, out of an estimated 50,000, have been released.", []),
    ("Officials say the new amnesty will result in 5,000 inmates freed from jail.",
     [(5000, "exact", "released", "inmate", "hedged")]),
    ("The deal resulted in 300 prisoners freed last week.", [(300, "exact", "released", "prisoner", "asserted")]),
    ("Five union leaders have been jailed for six to 10 years each on sedition charges.",
     [(5, "exact", "sentenced", "leader", "asserted")]),
    ("Four activists have been jailed for between eight and 15 years for forming a party.",
     [(4, "exact", "sentenced", "activist", "asserted")]),
    ("Two reporters have been jailed for two years without trial.", [(2, "exact", "detained", "reporter", "asserted")]),
    ("The 40 protesters were given police bond after a night in the cells.",
     [(40, "exact", "released", "protester", "asserted")]),
])
def test_still_held_ranges_and_bond(nlp, text, expected):
    assert counts(nlp, text) == sorted(expected)
