"""Claims/60, from blind-48's misses: "including 640 serving long terms", which the parser
reads as a number of terms with "serving" an adjective of them, counts people, who serve
those terms whatever is planned for them; a count listed after them shares their release."""

from __future__ import annotations

import pytest

from tests.analysed import counts


@pytest.mark.parametrize("text, expected", [
    ("The government says it will free up to 2,100 inmates, including 640 serving long terms for violent crimes.",
     [(640, "exact", "released", "inmate", "hedged"), (640, "exact", "sentenced", "inmate", "asserted"),
      (2100, "up_to", "released", "inmate", "hedged")]),
    ("The decree grants amnesty to 8,410 prisoners, including 8,402 serving sentences.",
     [(8402, "exact", "pardoned", "prisoner", "asserted"), (8402, "exact", "sentenced", "prisoner", "asserted"),
      (8410, "exact", "pardoned", "prisoner", "asserted")]),
    # the next item of the list shares the release, not the terms
    ("The decree grants amnesty to 3,050 inmates, including 3,041 serving sentences and nine on probation.",
     [(9, "exact", "pardoned", "inmate", "asserted"), (3041, "exact", "pardoned", "inmate", "asserted"),
      (3041, "exact", "sentenced", "inmate", "asserted"), (3050, "exact", "pardoned", "inmate", "asserted")]),
    # terms given, not people serving them
    ("The court handed down 14 prison terms on Monday.", []),
])
def test_counts(nlp, text, expected):
    assert counts(nlp, text) == sorted(expected)
