"""Claims/78, from blind-61's misses: a judge who "ruled to keep" people in custody (the
ruling holds them at once); a participle the parser took for the sentence's verb, with the
real one a passive joined to it ("The five teachers detained at a protest … have been
granted bail"); "four other accused – A, B, C and D"; sentences "upheld" after "had their
sentences"; "release the three still in detention" (held, whatever is asked); freed
and "flown home" (coming home, no border crossed); a Kyrgyz patronymic after a name the
recogniser took for an organisation; and "Mohd" as a first name."""

from __future__ import annotations

import pytest

from tests.analysed import counts, persons


@pytest.mark.parametrize("text, expected", [
    ("On Monday, a judge ruled to keep nine activists in custody.",
     [(9, "exact", "remain_imprisoned", "activist", "asserted")]),
    ("A judge ruled to release nine activists.", [(9, "exact", "released", "activist", "hedged")]),
    ("The five teachers detained at a protest on June 9 have been granted bail by the court.",
     [(5, "exact", "detained", "teacher", "asserted"), (5, "exact", "released", "teacher", "asserted")]),
    ("Nine students marched in the capital and were detained by police.",
     [(9, "exact", "detained", "student", "asserted")]),
    ("The court granted bail to four other accused – Ana Bell, Luis Ruiz, Pedro Gomez and Victor Lin.",
     [(4, "exact", "released", "accused", "asserted")]),
    ("Three defendants who were convicted in March but released into house arrest later had their sentences upheld "
     "by a higher court.",
     [(3, "exact", "released", "defendant", "asserted"), (3, "exact", "sentenced", "defendant", "asserted")]),
    ("Rights groups asked the state to end the cases against 12 reporters and release the three still "
     "in detention.", [(3, "exact", "remain_imprisoned", "reporter", "asserted")]),
    ("Two Australian citizens who had spent years in jail were released and flown home to Australia.",
     [(2, "exact", "detained", "citizen", "asserted"), (2, "exact", "released", "citizen", "asserted")]),
    ("The 20 freed prisoners were flown to Vilnius.", [(20, "exact", "crossed_border", "prisoner", "asserted")]),
])
def test_counts(nlp, text, expected):
    assert counts(nlp, text) == sorted(expected)


@pytest.mark.parametrize("text, expected", [
    ("The court granted bail to four other accused – Ana Bell, Luis Ruiz, Pedro Gomez and Victor Lin.",
     ["Ana Bell", "Luis Ruiz", "Pedro Gomez", "Victor Lin"]),
    ("Police released Kanat Bolot uulu after questioning him.", ["Kanat Bolot uulu"]),
    ("Police released Maksat Tajibek kyzy after questioning her for six hours.", ["Maksat Tajibek kyzy"]),
    ("The court granted bail to Mohd Saleem Khan on Friday.", ["Mohd Saleem Khan"]),
])
def test_persons(nlp, text, expected):
    assert persons(nlp, text) == sorted(expected)
