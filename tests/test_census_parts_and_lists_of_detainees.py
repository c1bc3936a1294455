"""Claims/59, from blind-47's misses (rights groups' censuses and mass arrests): a count the
tagger ran into a date ("12th five activists"), a jailing beside a sentencing with a subject
of its own, parts told in clauses parted by semicolons or set against each other with
"while", the whole they are parts of, a list under "This list of detainees includes:",
"keeps imprisoned", "have been able to leave prison", a release decision, "swept up", a
figure "down from" or "compared with" an earlier one, a participle after an "including"
phrase, and "the many" others who are not the group counted before."""

from __future__ import annotations

import pytest

from tests.analysed import analysis, counts


@pytest.mark.parametrize("text, expected", [
    ("On June 3rd and 4th six well-known bloggers, including a retired teacher, were detained.",
     [(6, "exact", "detained", "blogger", "asserted")]),
    ("Monitors said 820 people were jailed for their views in May and 95 were convicted.",
     [(95, "exact", "sentenced", "people", "asserted"), (820, "exact", "detained", "people", "asserted")]),
    ("Police held 940 people in the spring. Of this number, 61 were adolescents; 150 were women; and 12 were "
     "foreigners.",
     [(12, "exact", "detained", "foreigner", "asserted"), (61, "exact", "detained", "adolescent", "asserted"),
      (150, "exact", "detained", "woman", "asserted"), (940, "exact", "detained", "people", "asserted")]),
    # the whole is the figure the parts fit in, not the smaller one told last
    ("The group said 700 people were detained last month and 80 were sentenced. Of this number, 60 were minors; "
     "120 were women.",
     [(60, "exact", "detained", "minor", "asserted"), (80, "exact", "sentenced", "people", "asserted"),
      (120, "exact", "detained", "woman", "asserted"), (700, "exact", "detained", "people", "asserted")]),
    ("Police arrested 910 people in July. Of those arrested, 850 are civilians, while 60 are soldiers.",
     [(60, "exact", "detained", "soldier", "asserted"), (850, "exact", "detained", "civilian", "asserted"),
      (910, "exact", "detained", "people", "asserted")]),
    ("The rights centre says the junta keeps imprisoned 412 prisoners of conscience in its jails.",
     [(412, "exact", "remain_imprisoned", "prisoner", "asserted")]),
    ("Of the detainees, 44 have been able to leave prison this year.",
     [(44, "exact", "released", "detainee", "asserted")]),
    ("A release decision was issued for 57 students on Friday.",
     [(57, "exact", "released", "student", "asserted")]),
    ("More than 2,300 people were swept up in the raids, the ministry said.",
     [(2300, "more_than", "detained", "people", "asserted")]),
    ("In 2022 about 4,100 people were imprisoned, down from over 6,000 in 2015.",
     [(4100, "about", "detained", "people", "asserted"), (6000, "more_than", "detained", "people", "asserted")]),
    ("Iran was holding 31 reporters behind bars, compared with 24 a year earlier.",
     [(24, "exact", "remain_imprisoned", "reporter", "asserted"), (31, "exact", "remain_imprisoned", "reporter", "asserted")]),
    # another group, with a noun of its own, is no earlier figure
    ("The swap included 22 Afghan prisoners compared to 9 hostages.",
     [(22, "exact", "released", "prisoner", "asserted")]),
    ("Altogether 38 people, including one teenager, detained at the rally were brought before a judge.",
     [(1, "exact", "detained", "teenager", "asserted"), (38, "exact", "detained", "people", "asserted")]),
    ("The census counted 231 reporters behind bars on 1 December. It leaves out the many reporters jailed and "
     "freed during the year.",
     [(231, "exact", "remain_imprisoned", "reporter", "asserted")]),
    # the countries that jail the most are no people held
    ("The worst five jailers account for 170 of the total.", []),
])
def test_counts(nlp, text, expected):
    assert counts(nlp, text) == sorted(expected)


def test_a_list_under_a_lead_of_detainees(nlp):
    text = ("Over the year, 15,200 people were arrested for protests.\n\nThis list of detainees includes:\n\n"
            "– 14,600 people arrested for speaking out\n– 87 minors\n– 34 trade union activists\n\n"
            "Most cases are still open.")
    assert counts(nlp, text) == sorted([
        (15200, "exact", "detained", "people", "asserted"), (14600, "exact", "detained", "people", "asserted"),
        (87, "exact", "detained", "minor", "asserted"), (34, "exact", "detained", "activist", "asserted")])


def test_leaving_prison_reports_a_release(nlp):
    assert analysis(nlp, "Of the detainees, 44 have been able to leave prison this year.").release_report is True
