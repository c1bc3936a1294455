"""Claims/47, from blind-35's misses: "jailed for offences" is custody, not a verdict; a term
needs its number ("for five years"), not a month named further on; a ruler or the relatives
around a bare count are not what it counts; "six-and-a-half years" is no count; people the
tagger took for a quantity; a total "counted in the last three years" is no stock; a release
to house arrest is no release; what an amnesty bill includes is still to come."""

from __future__ import annotations

import pytest

from tests.analysed import counts


@pytest.mark.parametrize("text, expected", [
    ("The king has pardoned 40 people jailed for drug offences.",
     [(40, "exact", "detained", "people", "asserted"), (40, "exact", "pardoned", "people", "asserted")]),
    ("The king has pardoned 40 people jailed for treason.",
     [(40, "exact", "pardoned", "people", "asserted"), (40, "exact", "sentenced", "people", "asserted")]),
    ("Police jailed 12 activists for five years.", [(12, "exact", "sentenced", "activist", "asserted")]),
    ("The emir pardoned 35 inmates jailed for theft offences committed during the holy month.",
     [(35, "exact", "detained", "inmate", "asserted"), (35, "exact", "pardoned", "inmate", "asserted")]),
    ("Jordan's King Marks Holiday By Pardoning 40 Jailed On Drug Charges",
     [(40, "exact", "detained", "people", "asserted"), (40, "exact", "pardoned", "people", "asserted")]),
    ("Relatives protested outside the court, while some 300 remain behind bars.",
     [(300, "about", "remain_imprisoned", "people", "asserted")]),
    ("The two were sentenced to seven and eight-and-a-half years respectively.",
     [(2, "exact", "sentenced", "people", "asserted")]),
    ("Turkey deported more than 60,000 migrants last year.",
     [(60000, "more_than", "deported", "migrant", "asserted")]),
    ("Viasna has documented a total of 3,000 political prisoners in the last four years.", []),
    ("Viasna has documented a total of 3,000 political prisoners.",
     [(3000, "exact", "remain_imprisoned", "prisoner", "asserted")]),
    ("The court released 12 activists under house arrest.", []),
    ("The amnesty freed 300 people previously under house arrest.", [(300, "exact", "released", "people", "asserted")]),
    ("Last year's amnesty bill included freeing 2,000 inmates.", [(2000, "exact", "released", "inmate", "hedged")]),
    ("The draft law included the release of 2,000 inmates.", [(2000, "exact", "released", "inmate", "hedged")]),
])
def test_offences_totals_and_house_arrest(nlp, text, expected):
    assert counts(nlp, text) == sorted(expected)
