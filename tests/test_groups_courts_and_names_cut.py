"""Claims/76, from blind-59's misses: a count before a body's full name ("60 National League
for Democracy (NLD) officials"); prison terms "upheld against" people; the "one activist"
whose relative was freed is not counted; a court's "Branch 18" counts nobody; what befell a
freed group "after being sentenced"; "On Thursday, he was freed" after a sentence that names
him; names freed "after being released" by a clause of their verb; a possessor's name ("on
the orders of X’s government") is not freed, even when the recogniser takes the "’s" in; a
group's name the recogniser took for a person; and a name cut off where an excerpt stops."""

from __future__ import annotations

import pytest

from tests.analysed import counts, persons


@pytest.mark.parametrize("text, expected", [
    ("About 60 National League for Democracy (NLD) officials were detained on Monday.",
     [(60, "about", "detained", "official", "asserted")]),
    ("Police detained 40 Union of Students members.", [(40, "exact", "detained", "member", "asserted")]),
    ("In May a judge upheld long prison terms against four bloggers.", [(4, "exact", "sentenced", "blogger", "asserted")]),
    ("Eight people were deported, including a nephew of one activist, who was freed on bail.",
     [(8, "exact", "deported", "people", "asserted")]),
    ("A Manila court, Branch 18, granted bail to the six activists.", [(6, "exact", "released", "activist", "asserted")]),
    ("The pardon saw 30 other Nepalis freed and expelled after being sentenced to terms of up to ten years.",
     [(30, "exact", "deported", "nepali", "asserted"), (30, "exact", "released", "nepali", "asserted"),
      (30, "exact", "sentenced", "nepali", "asserted")]),
])
def test_counts(nlp, text, expected):
    assert counts(nlp, text) == sorted(expected)


@pytest.mark.parametrize("text, expected", [
    ("Karim Tabbou was arrested on Tuesday. On Thursday, he was freed and placed under judicial supervision.",
     ["Karim Tabbou"]),
    ("Pedro Gomez (left) and Luis Ruiz flash a salute after being released from the remand prison on Friday.",
     ["Luis Ruiz", "Pedro Gomez"]),
    ("Ana Bell said the guards laughed after being told of the verdict.", []),
    ("Laos deports 5 Thai opposition activists\n\nThe five were flown back on the orders of Hun Manet’s government", []),
    ("Marc Fogel’s release was announced on Tuesday.", ["Marc Fogel"]),
    ("Ana Bell, freed on Monday, became the first of the activist Tu Do, or Freedom Group, to leave jail. The Tu Do "
     "Group was formed in 2017.", ["Ana Bell"]),
    ("The freed prisoners include Ana Bell, Jal", ["Ana Bell"]),
])
def test_persons(nlp, text, expected):
    assert persons(nlp, text) == sorted(expected)
