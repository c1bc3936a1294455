"""Claims/58, from blind-46's misses: people "at liberty" and "back home" from captivity are
freed, a bare count left by "and 40 still remain" is held, a reduced relative's participle
is not hedged by the main verb, a "who" clause hung on a description beside the counted
noun, the participle of "prisoners of war", "an estimated total of", a mistagged adjective
before a joined count, a crossing into a country's capital, "the capture of" people, a
release that a larger freed group was part of, and the names a copula, a verb of naming or a place give
to freed people."""

from __future__ import annotations

import pytest

from tests.analysed import analysis, counts, persons


@pytest.mark.parametrize("text, expected", [
    ("By the end of March, 1,310 former detainees, of whom 212 are women, are at liberty again, the centre said.",
     [(212, "exact", "released", "woman", "asserted"), (1310, "exact", "released", "detainee", "asserted")]),
    ("The nine fishermen, who were held captive for eight months in Somalia, were at last back home.",
     [(9, "exact", "detained", "fisherman", "asserted"), (9, "exact", "released", "fisherman", "asserted")]),
    ("The ministry said three of the hostages will be back home on Sunday.",
     [(3, "exact", "released", "hostage", "hedged")]),
    # home with no word of captivity: a trip, not a release
    ("The 40 pilgrims are back home after the journey.", []),
    ("The gunmen seized 60 passengers on Friday, and 25 still remain in the forest.",
     [(25, "exact", "remain_imprisoned", "passenger", "asserted"), (60, "exact", "detained", "passenger", "asserted")]),
    ("Four of the reporters freed, including the Canadian, asked that their names be kept private.",
     [(4, "exact", "released", "reporter", "asserted")]),
    ("She was among the roughly 90 captives, mostly farmers, who were held by the militia for a month.",
     [(90, "about", "detained", "captive", "asserted")]),
    ("Moscow released 14 foreign prisoners of war captured near Kharkiv.",
     [(14, "exact", "detained", "prisoner", "asserted"), (14, "exact", "released", "prisoner", "asserted")]),
    ("The militia abducted an estimated total of 130 villagers.",
     [(130, "about", "detained", "villager", "asserted")]),
    ("In the exchange, 21 military and 37 civilian Georgians were freed.",
     [(21, "exact", "released", "georgian", "asserted"), (37, "exact", "released", "georgian", "asserted")]),
    ("The six Uzbeks who were jailed in Kazakhstan have been freed, and 4 of them have landed in the Uzbek capital.",
     [(4, "exact", "crossed_border", "uzbek", "asserted"), (6, "exact", "detained", "uzbek", "asserted"),
      (6, "exact", "released", "uzbek", "asserted")]),
    ("The raid on the border villages ended with the capture of over 70 people.",
     [(70, "more_than", "detained", "people", "asserted")]),
    ("The activist was sent back to a prison camp a week after her release, as part of a freed group of 31 inmates.",
     [(31, "exact", "released", "inmate", "asserted")]),
    # a headline's passive participle: the sailors were held, nobody here held anyone
    ("11 Indian sailors held hostage off Nigeria", [(11, "exact", "detained", "sailor", "asserted")]),
])
def test_counts(nlp, text, expected):
    assert counts(nlp, text) == sorted(expected)


def test_a_freed_group_named_after_its_clause(nlp):
    text = ("Four Nepalis were released in the deal on Monday. The two Nepalis heading home are Bikram Thapa "
            "and Suman Gurung.")
    assert persons(nlp, text) == ["Bikram Thapa", "Suman Gurung"]


def test_named_by_someone_with_a_long_title(nlp):
    text = ("The three men – identified by the office of the Thai prime minister Srettha Thavisin as Somchai "
            "Boonmee, 41, and Anan Srisuk – were handed over to ICRC staff on Friday.")
    assert "Somchai Boonmee" in persons(nlp, text)


def test_a_name_closing_a_subject_that_ends_in_a_place(nlp):
    text = ("The embassy confirmed that a driver for the UN office in Minsk, Pavel Lutsevich, was among those "
            "released.")
    assert persons(nlp, text) == ["Pavel Lutsevich"]


def test_a_who_clause_hung_on_the_place_of_a_description(nlp):
    text = ("The whereabouts of Ales Marchuk (61), the chair of the Free Trade Union and a former mayoral candidate "
            "in Grodno, who had been freed from jail together with other detainees on 3 June, remain unclear.")
    assert persons(nlp, text) == ["Ales Marchuk"]


def test_returned_to_prison_after_his_release(nlp):
    text = ("Opposition politician Andrei Vasilevich has been sent back to a prison colony, days after his release "
            "together with a larger group.")
    assert persons(nlp, text) == ["Andrei Vasilevich"]


def test_membership_of_a_freed_group_in_doubt(nlp):
    text = ("Officials could not say whether the released group included the pilots Marek Hlavacek and "
            "Tomas Benes.")
    assert persons(nlp, text) == []


def test_a_word_joined_to_a_place_is_no_person(nlp):
    text = "Among those freed are five men from Sumy and Chernihiv regions."
    assert persons(nlp, text) == []


def test_at_liberty_reports_a_release(nlp):
    text = "Monthly review. Some 2,100 people are already at liberty after their terms ended."
    assert analysis(nlp, text).release_report is True
