"""Claims/63, from blind-50's misses: what a court has jailed people for is a term, even in the
perfect; people freed and then taken abroad are freed too; a handover's destination the parser
hung on a participle of the handed; a participle hung on the countries people are citizens of;
a bare count "still in detention"; a reminder ("we must not forget that …") states a fact; and
no freed person in one who receives power, or an envoy who arrives."""

from __future__ import annotations

import pytest

from tests.analysed import counts, persons


@pytest.mark.parametrize("text, expected", [
    ("A regional court has jailed three reporters for four years for covering the street protests.",
     [(3, "exact", "sentenced", "reporter", "asserted")]),
    # how long the custody has lasted, with no court: custody so far
    ("The three reporters have been jailed for four years now.", [(3, "exact", "detained", "reporter", "asserted")]),
    ("After their release, 60 prisoners were taken to Lithuania, not Poland.",
     [(60, "exact", "crossed_border", "prisoner", "asserted"), (60, "exact", "released", "prisoner", "asserted")]),
    ("Belarus handed over 30 civilians held in its prisons to Ukraine on Friday.",
     [(30, "exact", "crossed_border", "civilian", "asserted"), (30, "exact", "detained", "civilian", "asserted"),
      (30, "exact", "released", "civilian", "asserted")]),
    ("Moscow handed over eight foreigners captured near Kharkiv to Turkey.",
     [(8, "exact", "crossed_border", "foreigner", "asserted"), (8, "exact", "detained", "foreigner", "asserted"),
      (8, "exact", "released", "foreigner", "asserted")]),
    # an active participle says what they did, not where anyone was sent
    ("The shelling sent some 5,000 villagers fleeing to Thailand.", []),
    ("The president decided to pardon 40 citizens of several countries convicted of spying for foreign services.",
     [(40, "exact", "pardoned", "citizen", "asserted"), (40, "exact", "sentenced", "citizen", "asserted")]),
    ("Police arrested 80 people this year, along with 5 still in detention from 2023.",
     [(5, "exact", "remain_imprisoned", "people", "asserted"), (80, "exact", "detained", "people", "asserted")]),
    ("\"We welcome their return,\" she said, \"yet we should not forget that 900 political prisoners remain behind bars.\"",
     [(900, "exact", "remain_imprisoned", "prisoner", "asserted")]),
    ("We must not forget the 300 journalists who may soon be freed.", [(300, "exact", "released", "journalist", "hedged")]),
    ("The court handed down prison terms to three reporters.", [(3, "exact", "sentenced", "reporter", "asserted")]),
])
def test_counts(nlp, text, expected):
    assert counts(nlp, text) == sorted(expected)


@pytest.mark.parametrize("text, expected", [
    ("The old ruler handed power over to his son Ali Karimov in 2023.", []),
    ("The release of 14 prisoners came days after Mark Jensen, the US envoy, arrived in Minsk.", []),
    ("The militants handed over the hostage David Cohen to Egypt on Friday.", ["David Cohen"]),
])
def test_persons(nlp, text, expected):
    assert persons(nlp, text) == expected
