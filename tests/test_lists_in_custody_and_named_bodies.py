"""Claims/72, from blind-55's misses: a number in the name of a body ("Commission 44", "Group
24") counts nobody; people on a list said to be in custody are held now, whatever the list
is handed over to; a release "of 14 fishermen from X, who were arrested …" keeps both the
release (the navy in the clause is not what they left) and the arrest of the clause the
parser hung on the place; "imprisoned for years" is custody, not a term; people "still in
the hands of" their captors are held now; "the verdict against" people convicts them; a
release from suspended sentences frees nobody from custody; "Freed are: A, B" opens a list
of the freed; and a name the parser hung on the phrase before a subjectless "was released"
is who was freed."""

from __future__ import annotations

import pytest

from tests.analysed import counts, persons


@pytest.mark.parametrize("text, expected", [
    ("In June, members of the group Commission 44 were detained in Khorog.", []),
    ("Group 24 leader Ali Karimov was sentenced to 30 years in prison.", []),
    ("Delhi handed over a list of 250 civilian prisoners and 80 fishermen in its custody to Islamabad.", [(80, "exact", "remain_imprisoned", "fisherman", "asserted"), (250, "exact", "remain_imprisoned", "prisoner", "asserted")]),
    ("Islamabad shared a list of 40 civilian prisoners and 500 fishermen in its custody.", [(40, "exact", "remain_imprisoned", "prisoner", "asserted"), (500, "exact", "remain_imprisoned", "fisherman", "asserted")]),
    ("A court in Colombo ordered the release of 14 fishermen from Nagapattinam, who were arrested by the navy last month.", [(14, "exact", "detained", "fisherman", "asserted"), (14, "exact", "released", "fisherman", "asserted")]),
    ("Four Canadians imprisoned in Iran for years are flying home.", [(4, "exact", "detained", "canadian", "asserted")]),
    ("The two activists were jailed for five years.", [(2, "exact", "sentenced", "activist", "asserted")]),
    ("Two aid workers are still in the hands of their kidnappers.", [(2, "exact", "remain_imprisoned", "worker", "asserted")]),
    ("Three appeals are now still in the hands of a court.", []),
    ("The judge read out the verdict against nine defendants on Tuesday.", [(9, "exact", "sentenced", "defendant", "asserted")]),
    ("The pardon freed 30 inmates and released 12 from suspended prison sentences.", [(30, "exact", "released", "inmate", "asserted")]),
])
def test_counts(nlp, text, expected):
    assert counts(nlp, text) == sorted(expected)


@pytest.mark.parametrize("text, expected", [
    ("Freed are: the lawyer Anna Petrova (41), arrested in 2023; and the blogger Olga Ivanova (29), held since 2024.", ["Anna Petrova", "Olga Ivanova"]),
    ("Arrested are: Anna Petrova and Olga Ivanova.", []),
    ("After talks with Taliban officials, another American, Ryan Corbett, was released after two years in custody.", ["Ryan Corbett"]),
])
def test_persons(nlp, text, expected):
    assert persons(nlp, text) == sorted(expected)
