"""Claims/104, from blind-86's misses: people who "ended up" or "landed" behind bars were
arrested; "still in" a place of custody holds any people; an estimate the recogniser took into a
date ("around 60"); drivers are people; the noun of a bare count is not what the group "became";
"who were deported" on the freed; a list of ages in brackets; "allowing" people to go home after a
done exchange; a tally "at the moment" in the perfect; and a part "still missing" is no claim."""

from __future__ import annotations

import pytest

from tests.analysed import counts


@pytest.mark.parametrize("text, expected", [
    ("On 14 March, six reporters working for the channel ended up behind bars.",
     [(6, "exact", "detained", "reporter", "asserted")]),
    ("More than twenty staff members wound up in pretrial detention centres.",
     [(20, "more_than", "detained", "member", "asserted")]),
    ("Forty students have become suspects and nine have been convicted.",
     [(9, "exact", "sentenced", "student", "asserted")]),
    ("Seven years on, 112 Dapchi girls still in militant captivity, a charity says",
     [(112, "exact", "remain_imprisoned", "girl", "asserted")]),
    ("Four drivers were abducted on the road.",
     [(4, "exact", "detained", "driver", "asserted")]),
    ("The firm released two new drivers for its graphics cards.", []),
    ("Gunmen freed 28 pupils in July. Around 80 had remained in custody before Monday's handover.",
     [(28, "exact", "released", "pupil", "asserted"), (80, "about", "remain_imprisoned", "pupil", "asserted")]),
    ("In 2015, 230 villagers were abducted from the town. Ninety of them remain missing.",
     [(230, "exact", "detained", "villager", "asserted")]),
    ("Six children who were deported by the occupiers have returned to Kherson.",
     [(6, "exact", "released", "child", "asserted"), (6, "exact", "deported", "child", "asserted")]),
    ("Three boys (aged five, eight and ten) returned home.",
     [(3, "exact", "released", "boy", "asserted")]),
    ("An exchange was completed on Tuesday, allowing at least 90 captured soldiers to return home.",
     [(90, "at_least", "released", "soldier", "asserted")]),
    ("At the moment, 1,150 people have been listed as political prisoners.",
     [(1150, "exact", "remain_imprisoned", "prisoner", "asserted")]),
    ("Since 2020, 3,700 people have been listed as political prisoners.", []),
])
def test_counts(nlp, text, expected):
    assert counts(nlp, text) == sorted(expected)
