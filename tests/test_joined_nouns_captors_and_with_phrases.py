"""Claims/34: a count of "opposition and civil society members" counts the members; a tally
of political prisoners that "exceeded N people" counts prisoners; a "with" phrase that puts
political prisoners behind bars now is a stock, whatever verb it hangs on; a verb joined after
"pardoned and freed" that has an object of its own does not pardon that object; a headline's
"N foreigners among political prisoners" are held; those whom "kidnappers of N" held, then
rescued; a participle after "three Latvians and a Norwegian" describes the three; and the
subject of an active verb of wanting is not itself a wish (a modal still hedges it)."""

from __future__ import annotations

import pytest

from tests.analysed import counts


@pytest.mark.parametrize("text, expected", [
    ("More than 110 opposition and civil society members have been freed from jail since Monday.",
     [(110, "more_than", "released", "member", "asserted")]),
    ("The tally of political prisoners in Georgia exceeded 1,100 people.",
     [(1100, "more_than", "remain_imprisoned", "prisoner", "asserted")]),
    ("The vote took place amid repression, with more than 1,300 political prisoners still behind bars.",
     [(1300, "more_than", "remain_imprisoned", "prisoner", "asserted")]),
    ("The authorities pardoned and freed 16 prisoners in May, but also detained 70 more people on "
     "political charges.",
     [(16, "exact", "pardoned", "prisoner", "asserted"), (16, "exact", "released", "prisoner", "asserted"),
      (70, "exact", "detained", "people", "asserted")]),
    ("Repression without frontiers: 41 foreigners among the political prisoners of Belarus",
     [(41, "exact", "remain_imprisoned", "foreigner", "asserted")]),
    # among those freed, as before, they were freed
    ("Ten journalists among 52 prisoners freed", [(10, "exact", "released", "journalist", "asserted"),
                                                   (52, "exact", "released", "prisoner", "asserted")]),
    ("The abductors of 27 bus passengers who were rescued near the border demanded money from their families.",
     [(27, "exact", "detained", "passenger", "asserted"), (27, "exact", "released", "passenger", "asserted")]),
    ("Russia on Friday returned three Latvians and a Norwegian convicted of treason in Riga.",
     [(3, "exact", "released", "latvian", "asserted"), (3, "exact", "sentenced", "latvian", "asserted")]),
    # a modal on the verb still hedges its subject
    ("The release of 50 prisoners could come next week.", [(50, "exact", "released", "prisoner", "hedged")]),
])
def test_joined_nouns_captors_and_with_phrases(nlp, text, expected):
    assert counts(nlp, text) == expected
