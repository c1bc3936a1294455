"""Claims/40, from blind-28's misses: names a verb of naming gives with "as" to a freed group;
a definite group whose own words end at a preposition ("the three reporters from outlet X
-- A, B, C --"); "keeps N jailed" is held now; an em dash written against a number; "One"
opening a sentence as the subject of a passive verb; "brought in for questioning"; a bare
count "in custody"; a tally risen "to N people"; a verdict joined by "or" to a trial still to
come; a part larger than the last group counted is not of it; Kyrgyz patronymics."""

from __future__ import annotations

import pytest

from tests.analysed import counts, persons


@pytest.mark.parametrize("text, expected", [
    ("Kidnappers let go of six more passengers on Sunday. A police spokesman identified the freed passengers as "
     "Musa Danjuma, a lecturer from Kano; Halima Yusuf; and Ibrahim Sani.",
     ["Halima Yusuf", "Ibrahim Sani", "Musa Danjuma"]),
    ("Washington pardoned five Iranians held in American jails on Sunday. The state news agency named the five "
     "Iranians as Reza Karimi, Dariush Hosseini and Omid Farahani.",
     ["Dariush Hosseini", "Omid Farahani", "Reza Karimi"]),
    ("Officials said the militia also freed a sixth Canadian, identified as Peter Lang, in a separate move.",
     ["Peter Lang"]),
    ("A court freed three reporters from the weekly Sovet on bail last week. The three reporters from the weekly "
     "Sovet -- Bakyt Osmonov, Aibek Toktogulov and Nurlan Sadykov -- thanked their readers.",
     ["Aibek Toktogulov", "Bakyt Osmonov", "Nurlan Sadykov"]),
    # named, but nothing says the group was freed
    ("The ministry identified the arrested protesters as Musa Danjuma and Ibrahim Sani.", []),
    ("Police released Aiperi Nurlan kyzy after questioning her for six hours.", ["Aiperi Nurlan kyzy"]),
])
def test_names_given_as(nlp, text, expected):
    assert persons(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The government keeps more than 430 marchers from the March rallies jailed",
     [(430, "more_than", "remain_imprisoned", "marcher", "asserted")]),
    ("The regime keeps 75 students imprisoned.", [(75, "exact", "remain_imprisoned", "student", "asserted")]),
    ("A monitor found that 2,310 people were arrested during the marches, of which 612—26%—are still in prison.",
     [(612, "exact", "remain_imprisoned", "people", "asserted"), (2310, "exact", "detained", "people", "asserted")]),
    ("Gunmen seized 31 villagers in May. One was freed by soldiers last week.",
     [(1, "exact", "released", "villager", "asserted"), (31, "exact", "detained", "villager", "asserted")]),
    ("Officers released Dana Ismailova and two other students, who had been brought in for questioning after the "
     "rally.",
     [(2, "exact", "detained", "student", "asserted"), (2, "exact", "released", "student", "asserted")]),
    ("Judge Ivanova sentenced the union's chair to eight years. All three have been in jail since May 2023.",
     [(3, "exact", "detained", "people", "asserted")]),
    ("Judge Ivanova sentenced the union's chair to eight years. All three are in custody now.",
     [(3, "exact", "remain_imprisoned", "people", "asserted")]),
    # (and the first figure too, since claims/42)
    ("In twelve months the count of political prisoners rose from 210 to 265 people.",
     [(210, "exact", "remain_imprisoned", "prisoner", "asserted"),
      (265, "exact", "remain_imprisoned", "prisoner", "asserted")]),
    # which of them were convicted is not said
    ("Rights groups count 40 activists who have been convicted or are awaiting trial.",
     [(40, "exact", "sentenced", "activist", "hedged")]),
    # the two are of the five, not of the one deported
    ("Border guards detained five foreign reporters on Monday. One of the detained reporters has been deported. Two "
     "of the reporters were from Chile.",
     [(1, "exact", "deported", "reporter", "asserted"), (2, "exact", "detained", "reporter", "asserted"),
      (5, "exact", "detained", "reporter", "asserted")]),
])
def test_kept_jailed_and_bare_counts(nlp, text, expected):
    assert counts(nlp, text) == expected


def test_em_dash_against_a_number_is_a_token_of_its_own(nlp):
    assert [t.text for t in nlp("of them 612—26%—are")] == ["of", "them", "612", "—", "26%", "—", "are"]
