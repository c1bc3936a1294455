"""Claims/106, from blind-88's misses: migrants pushed, dumped or sent towards a border are
deported; a release "after receiving a pardon" is a pardon too; "N of the X being Y" counts Y;
the clause set against one opened by "Of those pardoned" shares the group; "one from the U.K."
ends a list of nationals; "the freed group" crossing a border is the group counted before;
custody told in a small clause under a demanded release is a fact; a line broken after
"benefiting" goes on; and a name "along with" a freed person is freed."""

from __future__ import annotations

import pytest

from tests.analysed import counts, persons


@pytest.mark.parametrize("text, expected", [
    ("Aid agencies say at least 900 migrants have been pushed out of the country, towards the borders with Mali.",
     [(900, "at_least", "deported", "migrant", "asserted")]),
    ("Officials said 250 more have been sent towards the border with Chad since March.",
     [(250, "exact", "deported", "people", "asserted")]),
    ("The group met 30 refugees who had been dumped near the frontier by police.",
     [(30, "exact", "deported", "refugee", "asserted")]),
    ("June saw another 4,120 migrants pushed back.",
     [(4120, "exact", "deported", "migrant", "asserted")]),
    # what must not change: soldiers sent to a border went on duty; troops pushing on advance
    ("The ministry sent 1,500 soldiers to the border on Sunday.", []),
    ("About 3,000 troops pushed towards the border overnight.", []),
    ("Four poets jailed for their verses were freed on Tuesday after receiving a royal pardon.",
     [(4, "exact", "released", "poet", "asserted"), (4, "exact", "detained", "poet", "asserted"),
      (4, "exact", "pardoned", "poet", "asserted")]),
    ("Two lawyers were freed on Sunday after getting bail.",
     [(2, "exact", "released", "lawyer", "asserted")]),
    ("The king pardoned 30 convicts, with 14 of the pardoned convicts being mothers and fathers of minors.",
     [(30, "exact", "pardoned", "convict", "asserted"), (14, "exact", "pardoned", "mother", "asserted")]),
    ("Of those pardoned, 31 had been jailed for protesting, while the remaining four were convicted of fraud.",
     [(31, "exact", "pardoned", "people", "asserted"), (31, "exact", "sentenced", "people", "asserted"),
      (4, "exact", "pardoned", "people", "asserted"), (4, "exact", "sentenced", "people", "asserted")]),
    ("The regime freed 40 prisoners. Nine were foreign citizens, including five Estonians, three Finns "
     "and one from Norway.",
     [(40, "exact", "released", "prisoner", "asserted"), (9, "exact", "released", "citizen", "asserted"),
      (5, "exact", "released", "estonian", "asserted"), (3, "exact", "released", "finn", "asserted"),
      (1, "exact", "released", "citizen", "asserted")]),
    ("The king pardoned 300 convicts. Among the pardoned are 7 foreigners, including 4 citizens of Iraq, two "
     "convicts from Georgia and one from Iran.",
     [(300, "exact", "pardoned", "convict", "asserted"), (7, "exact", "pardoned", "foreigner", "asserted"), (4, "exact", "pardoned", "citizen", "asserted"),
      (2, "exact", "pardoned", "convict", "asserted"), (1, "exact", "pardoned", "convict", "asserted")]),
    ("The swap freed 11 prisoners, among them three Swedes and one from Denmark.",
     [(11, "exact", "released", "prisoner", "asserted"), (3, "exact", "released", "swede", "asserted"),
      (1, "exact", "released", "prisoner", "asserted")]),
    ("The junta must immediately release at least 85 students and teachers imprisoned for joining the strike.",
     [(85, "at_least", "released", "student", "hedged"), (85, "at_least", "detained", "student", "asserted")]),
    ("The sultan has ordered the release of five bloggers under a pardon benefiting\n"
     "1,312 inmates, officials said on Friday.",
     [(5, "exact", "released", "blogger", "asserted"), (1312, "exact", "pardoned", "inmate", "asserted")]),
    ("Minsk released 30 prisoners on Friday. The freed group then crossed by bus into Poland.",
     [(30, "exact", "released", "prisoner", "asserted"), (30, "exact", "crossed_border", "prisoner", "asserted")]),
    # a group not named by its release may have travelled on its own
    ("Police detained 30 activists on Friday. The group had crossed by bus into Poland.",
     [(30, "exact", "detained", "activist", "asserted")]),
])
def test_counts(nlp, text, expected):
    assert counts(nlp, text) == sorted(expected)


@pytest.mark.parametrize("text, expected", [
    ("Nasrin Kadyrova was one of the first to walk out of prison, along with several union leaders, "
     "including Pavel Orlik.",
     ["Nasrin Kadyrova", "Pavel Orlik"]),
    # a companion of someone who was not freed is not freed
    ("Nasrin Kadyrova spoke to the press on Monday, along with Pavel Orlik.", []),
])
def test_persons(nlp, text, expected):
    assert persons(nlp, text) == expected
