"""Claims/66, from the read set: a court that "passed sentence on" people; people taken
somewhere "after their arrest"; the names on lists of political prisoners in the past, or
counted by what the list "has reached"; "the sentences of" people, unless the terms are cut,
commuted or what remains of them; a release whose procedures "have been completed"; and an
"also included" joined to the verb that freed a group."""

from __future__ import annotations

import pytest

from tests.analysed import counts


@pytest.mark.parametrize("text, expected", [
    ("The court passed sentence on 12 protesters on Friday.", [(12, "exact", "sentenced", "protester", "asserted")]),
    ("The parliament passed a law that freed 40 prisoners.", [(40, "exact", "released", "prisoner", "asserted")]),
    ("Seven party members were taken to the committee building after their arrest on Monday.",
     [(7, "exact", "detained", "member", "asserted")]),
    # the arrest dates the release: the labels count the release alone
    ("Five activists were released two days after their arrest.", [(5, "exact", "released", "activist", "asserted")]),
    ("Viasna keeps lists of political prisoners. A year ago, they contained 410 names.",
     [(410, "exact", "remain_imprisoned", "prisoner", "asserted")]),
    ("Viasna's list of political prisoners has now reached 390 names.",
     [(390, "exact", "remain_imprisoned", "prisoner", "asserted")]),
    ("Viasna counts political prisoners. A year ago, there were 210 names on the lists.",
     [(210, "exact", "remain_imprisoned", "prisoner", "asserted")]),
    ("The new register of voters has reached 390 names.", []),
    ("Rights defenders also learned of the sentences of four political prisoners in politically motivated cases.",
     [(4, "exact", "sentenced", "prisoner", "asserted")]),
    ("Havana: final sentences for 40 more protesters.", [(40, "exact", "sentenced", "protester", "asserted")]),
    ("The sentences for two former editors remained unchanged.", [(2, "exact", "sentenced", "editor", "asserted")]),
    ("The ministry reduced the sentences of 204 prisoners.", []),
    ("The sentences of 45 inmates were reduced by a year.", []),
    ("The decree ordered a reduction by half in the remaining sentences for 40 prisoners.", []),
    ("The committee said that procedures to release the 25 pretrial detainees have been completed.",
     [(25, "exact", "released", "detainee", "asserted")]),
    ("The procedures to release the 25 detainees will be completed next week.",
     [(25, "exact", "released", "detainee", "hedged")]),
    ("The minister said the 20 hostages were freed on Sunday and also included five town officials.",
     [(5, "exact", "released", "official", "asserted"), (20, "exact", "released", "hostage", "asserted")]),
])
def test_counts(nlp, text, expected):
    assert counts(nlp, text) == sorted(expected)
