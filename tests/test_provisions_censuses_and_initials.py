"""Claims/42, from blind-30's misses: the numbers of a law's provisions are no counts; a
second age after "aged"; "taken to the police station"; "given back" in an exchange; an
exchange a country "managed" to carry out is done; an "impending" release is to come; a
tally that "rose from A to B" was A then; a census "with N imprisoned journalists" counts
the held; lists of names written with initials (and transliterated two-letter initials)."""

from __future__ import annotations

import pytest

from tests.analysed import counts, persons


@pytest.mark.parametrize("text, expected", [
    ("The minister was pardoned under Article 34 (2) by the president, and 12 aides were freed under 41 (2) (c) of "
     "the constitution.",
     [(12, "exact", "released", "aide", "asserted")]),
    ("Three children aged four and 12 were allowed to leave with their mothers.", []),
    ("Police took at least five students to a police station.",
     [(5, "at_least", "detained", "student", "asserted")]),
    # a railway station is no custody
    ("Four prisoners were taken to the railway station.", []),
    ("Under the deal 58 soldiers were given back to Kyiv.", [(58, "exact", "released", "soldier", "asserted")]),
    ("Kyiv managed to carry out an exchange and bring home 95 more soldiers.",
     [(95, "exact", "released", "soldier", "asserted")]),
    ("The envoy welcomed the impending release of 14 detainees.", [(14, "exact", "released", "detainee", "hedged")]),
    ("Over the year the count of political prisoners rose from 640 to 910.",
     [(640, "exact", "remain_imprisoned", "prisoner", "asserted"),
      (910, "exact", "remain_imprisoned", "prisoner", "asserted")]),
    ("Iran tops the list with 31 imprisoned reporters, the group said.",
     [(31, "exact", "remain_imprisoned", "reporter", "asserted")]),
    # in the past: the adjective says only that they were held
    ("Iran had 31 imprisoned reporters.", [(31, "exact", "detained", "reporter", "asserted")]),
])
def test_provisions_and_censuses(nlp, text, expected):
    assert counts(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Among those freed over the past year are A. Petrov, K. Smirnov, Zh. Ivanova, M. Orlov and S. Belov.",
     ["A. Petrov", "K. Smirnov", "M. Orlov", "S. Belov", "Zh. Ivanova"]),
    # a people noun set beside the names is no name
    ("Among those freed this year are Dmitri Petrov, Nepalese Journalists, Olga Smirnova and Ivan Orlov.",
     ["Dmitri Petrov", "Ivan Orlov", "Olga Smirnova"]),
])
def test_lists_with_initials(nlp, text, expected):
    assert persons(nlp, text) == expected
