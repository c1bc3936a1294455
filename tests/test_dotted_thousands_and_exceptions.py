"""Claims/48, from blind-36's misses: thousands marked by a dot ("2.000"); a reminder ("it
should be noted that …") is no hedge; more of the same "in addition to" a count; medics are
people; a participle of custody hung on a release; a passive the parser hung on the
participle before it as an adverbial clause; clemency "in favour of" people; arrests or
clemency "involving" or "affecting" people; people excepted from a release were not freed,
and an exception keeps "all those" from naming the whole group; "a maximum estimate of" is an
upper bound; police who take someone away are not detained; an estimate of the held; a
name in the possessive is no freed person."""

from __future__ import annotations

import pytest

from tests.analysed import counts, persons


@pytest.mark.parametrize("text, expected", [
    ("More than 1.500 protesters have been freed so far.", [(1500, "more_than", "released", "protester", "asserted")]),
    ("The court fined the firm 2.5 million dollars.", []),
    ("It should be noted that some 400 students were detained during the strike.",
     [(400, "about", "detained", "student", "asserted")]),
    ("It must be remembered that 20 prisoners could be freed.", [(20, "exact", "released", "prisoner", "hedged")]),
    ("Officials said at least 900 people had been detained on Sunday, in addition to the 1,200 the day before.",
     [(900, "at_least", "detained", "people", "asserted"), (1200, "exact", "detained", "people", "asserted")]),
    ("Twenty-four medics were arrested in Gomel.", [(24, "exact", "detained", "medic", "asserted")]),
    ("RSF welcomed the release of four Somali reporters detained for two months",
     [(4, "exact", "detained", "reporter", "asserted"), (4, "exact", "released", "reporter", "asserted")]),
    ("Four reporters arrested over their coverage of the floods have now been released.",
     [(4, "exact", "detained", "reporter", "asserted"), (4, "exact", "released", "reporter", "asserted")]),
    ("The king issued clemency measures in favour of 50 inmates.", [(50, "exact", "pardoned", "inmate", "asserted")]),
    ("The crackdown was part of a series of arrests involving more than 30 union leaders.",
     [(30, "more_than", "detained", "leader", "asserted")]),
    ("The decree lists clemency measures that affect ninety persons.",
     [(90, "exact", "pardoned", "person", "asserted")]),
    ("Police arrested 80 people on Friday. Lawyers said all those arrested had been released except nine students.",
     [(9, "exact", "released", "student", "negated"), (80, "exact", "detained", "people", "asserted")]),
    ("Police arrested 80 people on Friday. Lawyers said all those arrested had been released.",
     [(80, "exact", "detained", "people", "asserted"), (80, "exact", "released", "people", "asserted")]),
    ("The group recorded a maximum estimate of 5,000 people released last week.",
     [(5000, "up_to", "released", "people", "asserted")]),
    ("A witness said he saw 12 police officers taking his neighbour away.", []),
    ("Unions seek the release of the political detainees, estimated at over 300.",
     [(300, "more_than", "remain_imprisoned", "detainee", "asserted")]),
    ("The union demanded freedom for all the political detainees, estimated at over 300.",
     [(300, "more_than", "remain_imprisoned", "detainee", "asserted")]),
])
def test_dotted_thousands_and_exceptions(nlp, text, expected):
    assert counts(nlp, text) == sorted(expected)


def test_a_name_in_the_possessive_is_not_freed(nlp):
    # (the tagger takes this curly "’s" for a proper noun)
    text = ("Among the released were Hassan Said, an aide in President Abdel Fattah Al-Sisi’s 2014 electoral "
            "campaign, and the doctor Karim Adel.")
    assert persons(nlp, text) == ["Hassan Said", "Karim Adel"]
