"""Claims/77, from blind-60's misses: a verdict as "found N people guilty" (the parser's small
clause of "find"), whose judges are not the counted; people freed "after sentencing them";
convictions "received"; "Among the political prisoners recorded are …" (a stock, even with a
clause on one of its parts); "she was jailed …, and was freed" after a sentence that names her;
and a surname standing for the one full name written before it."""

from __future__ import annotations

import pytest

from tests.analysed import counts, persons


@pytest.mark.parametrize("text, expected", [
    ("A court in Ghana found nine protesters guilty of unlawful assembly on Tuesday.",
     [(9, "exact", "sentenced", "protester", "asserted")]),
    ("Nine protesters stood trial in Accra. The judges found the nine guilty of sedition.",
     [(9, "exact", "sentenced", "protester", "asserted")]),
    ("Lawyers fear a jury could find the 12 defendants guilty.", [(12, "exact", "sentenced", "defendant", "hedged")]),
    ("The court freed the union leader along with 21 other members, after sentencing them to suspended terms.",
     [(21, "exact", "released", "member", "asserted"), (21, "exact", "sentenced", "member", "asserted")]),
    ("The militia released 14 fishermen, six months after detaining them.",
     [(14, "exact", "detained", "fisherman", "asserted"), (14, "exact", "released", "fisherman", "asserted")]),
    ("Since 2021, 6,000 people have faced charges. Over 5,000 of them received convictions.",
     [(5000, "more_than", "sentenced", "people", "asserted")]),
    ("Among the political prisoners recorded are 90 women and 14 people who were detained as teenagers.",
     [(14, "exact", "detained", "people", "asserted"), (14, "exact", "remain_imprisoned", "people", "asserted"),
      (90, "exact", "remain_imprisoned", "woman", "asserted")]),
    ("Among the released prisoners are 12 women.", [(12, "exact", "released", "woman", "asserted")]),
    ("Among the prisoners who died are 12 women.", []),
])
def test_counts(nlp, text, expected):
    assert counts(nlp, text) == sorted(expected)


@pytest.mark.parametrize("text, expected", [
    ("Ana Bell was denied bail on Monday. Bell has denied every charge. A veteran campaigner, she was first jailed "
     "in 2009 and was freed in 2015 under an amnesty.", ["Ana Bell"]),
    ("Ana Bell was denied bail on Monday. Bell has denied every charge. A veteran campaigner, she was first jailed "
     "in 2009.", []),
    ("Victor Lin was arrested in March. Lin was freed on Friday.", ["Victor Lin"]),
    ("Luis Ruiz and Pedro Ruiz were detained in March. Ruiz was freed on Friday.", ["Ruiz"]),
])
def test_persons(nlp, text, expected):
    assert persons(nlp, text) == sorted(expected)
