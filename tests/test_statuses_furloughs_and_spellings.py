"""Claims/56, from blind-44's misses: a year before a noun is no count, a furlough is no
release, a relative's thanks for "his release" free nobody else, an unconfirmed release is
hedged, "received political prisoner status" hands nobody over, people in a clause
"who are still in jail" are held now, "and expelled them" says what befell a counted object,
a name before a capitalised participle in a headline is its subject, and two spellings of
one transliterated name are one person."""

from __future__ import annotations

import pytest

from tests.analysed import analysis, counts, persons


@pytest.mark.parametrize("text, expected", [
    ("The cabinet granted amnesty to thousands of inmates — but none to 2020 election protesters.", []),
    ("Tehran has temporarily freed roughly 50,000 inmates from prisons over the epidemic, a spokesman said.", []),
    ("The man's spouse and three daughters thanked the president for securing his release.", []),
    ("Rights groups have not confirmed that the roughly 3,000 people who were arrested were all freed.",
     [(3000, "about", "detained", "people", "asserted"), (3000, "about", "released", "people", "hedged")]),
    ("Officials last week freed four Memorial's senior staff members, including its director.",
     [(4, "exact", "released", "member", "asserted")]),
    ("The police raided the newspaper and arrested 12 members of the crew, who are still behind bars.",
     [(12, "exact", "detained", "member", "asserted"), (12, "exact", "remain_imprisoned", "member", "asserted")]),
    ("The police withdrew the press cards of three journalists working for foreign outlets and expelled them.",
     [(3, "exact", "deported", "journalist", "asserted")]),
    ("Some 900 Belarusians received political prisoner status this year.", []),
])
def test_statuses_and_furloughs(nlp, text, expected):
    assert counts(nlp, text) == sorted(expected)


@pytest.mark.parametrize("text, expected", [
    ("Student Omar Haddad Pardoned After Months in Detention", ["Omar Haddad"]),
    ("Political prisoner Natallia Kovalenka was released on Friday. Natalia Kovalenko, 52, had served two years.",
     ["Natallia Kovalenka"]),
    ("Minsk freed three prisoners on Friday. Oslo has just sent its new ambassador to Belarus, Ingrid Hansen.", []),
])
def test_names(nlp, text, expected):
    assert persons(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Several detainees were seen being freed from police stations on Sunday.", True),
    ("Tehran has temporarily freed roughly 50,000 inmates from prisons over the epidemic, a spokesman said.", False),
])
def test_release_reports(nlp, text, expected):
    assert analysis(nlp, text).release_report is expected
