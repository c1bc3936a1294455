"""Claims/92, from blind-75's misses: an adjective before the counted noun, when the clause's
verb says nothing of what befell them ("the 40 released inmates were members of …"), gives no
claim, as the guidelines read (and never did a second one); people discharged after a tally
of the treated were discharged from hospital, unless the text is of hostages; a clause with
"who" hung on the agency the people come from is theirs; and the day of the month in brackets
after a weekday ("last Friday (13)") counts nobody."""

from __future__ import annotations

import pytest

from tests.analysed import counts


@pytest.mark.parametrize("text, expected", [
    ("Officials said the 40 released inmates were members of a larger group held in March.", []),
    ("The three detained Georgians are students, the ministry said.", []),
    # the verb of the clause says it, or another clause does: as before
    ("The freed prisoners included 12 women.", [(12, "exact", "released", "woman", "asserted")]),
    ("The 16 freed detainees include citizens of Estonia, Norway and Chile, officials said.",
     [(16, "exact", "released", "detainee", "asserted")]),
    ("Police freed 14 prisoners on Friday. The 14 freed prisoners arrived in Vilnius on Saturday.",
     [(14, "exact", "crossed_border", "prisoner", "asserted"), (14, "exact", "released", "prisoner", "asserted")]),
    ("The toll of those treated after the blast stands at 120 people. 63 have been discharged since.",
     []),
    ("The court discharged 81 of the accused on Monday.", [(81, "exact", "released", "accused", "asserted")]),
    ("Three photographers from French news agency AFP who were freed on Tuesday after a night in a cell "
     "say they are well.",
     [(3, "exact", "released", "photographer", "asserted")]),
    ("The talks began in Oslo last Friday (13), with 20 delegates.", []),
    # a count in brackets is no day
    ("The court freed the activists on Friday (13 of them women).", [(13, "exact", "released", "woman", "asserted")]),
])
def test_counts(nlp, text, expected):
    assert counts(nlp, text) == sorted(expected)
