"""Claims/18: what the thirteenth read batch showed — a tally whose figure is written with its
noun or as a bare "is 14", an aside between "Among them" and its verb, a relative clause the
parser hung on the agent of a pardon, one of a series freed, a headline stock with no verb,
a nationality and a count run into one noun phrase, a group named again as "all three", and
releases that are only hoped for, or a journey home that is no release."""

from __future__ import annotations

import pytest

from tests.analysed import counts, persons


@pytest.mark.parametrize("text, expected", [
    # the tally's subject says what befell the people its figure counts
    ("On Saturday the number of those detained across the capital passed two thousand people, monitors said.",
     [(2000, "more_than", "detained", "people", "asserted")]),
    # a bare figure after "is", which the tagger takes for a date
    ("The overall number of freed persons is 14, including nationals of Spain and Italy.",
     [(14, "exact", "released", "person", "asserted")]),
    # a headline that names a stock without a verb
    ("Still more than 900 political prisoners", [(900, "more_than", "remain_imprisoned", "prisoner", "asserted")]),
])
def test_tallies_and_stocks(nlp, text, expected):
    assert counts(nlp, text) == expected


def test_a_tally_compared_with_another_is_no_count(nlp):
    text = "Police detained 12 people. The number of those arrested on Sunday exceeded the figure for Saturday."
    assert counts(nlp, text) == [(12, "exact", "detained", "people", "asserted")]


def test_an_aside_between_among_them_and_its_verb(nlp):
    text = ("Forty prisoners were freed by Belarus on Friday and crossed into Lithuania hours later. "
            "Among them, which is a relief to me, were 4 Latvians.")
    assert counts(nlp, text) == [(4, "exact", "crossed_border", "latvian", "asserted"),
                                 (40, "exact", "crossed_border", "prisoner", "asserted"),
                                 (40, "exact", "released", "prisoner", "asserted")]


def test_a_clause_hung_on_the_agent_of_a_pardon(nlp):
    text = ("Despite two rounds of amnesties by President Rahmon, which included four bloggers, "
            "reporters are still harassed and arrested.")
    # not the harassment of the main clause: the amnesties included them
    assert counts(nlp, text) == [(4, "exact", "pardoned", "blogger", "asserted")]


def test_a_nationality_and_a_count_in_one_noun_phrase(nlp):
    text = "Officials confirmed the release of one Canadian and three individuals from Iran on Monday."
    assert counts(nlp, text) == [(1, "exact", "released", "canadian", "asserted"),
                                 (3, "exact", "released", "individual", "asserted")]


def test_all_three_is_the_group_counted_before_and_a_country_named_by_its_region(nlp):
    text = "Minsk freed three people on Tuesday. Officials said all three had been taken to the Baltic country."
    assert counts(nlp, text) == [(3, "exact", "crossed_border", "people", "asserted"),
                                 (3, "exact", "released", "people", "asserted")]


def test_invalids_are_people(nlp):
    text = "The office said the 20 freed prisoners included four invalids."
    assert counts(nlp, text) == [(4, "exact", "released", "invalid", "asserted"),
                                 (20, "exact", "released", "prisoner", "asserted")]


def test_one_of_a_series_freed_is_freed(nlp):
    assert persons(nlp, "Activist Olga Petrenko was the fourth detainee to be freed, her lawyer said.") == [
        "Olga Petrenko"]
    # a hope to be the first is not a release
    assert persons(nlp, "Activist Olga Petrenko hopes to be the first detainee to be freed under the deal.") == []


@pytest.mark.parametrize("text", [
    # a release that signals or a hope are about has not happened
    "Vilnius sees some signals from Minsk regarding the release of Ales Karpovich, a teacher jailed in Belarus.",
    "The ministry said the move gives hope for the release of other detained Estonians, including Mart Kask, "
    "who is still in prison.",
    # coming back from abroad is a journey of one's own
    "The report cites the case of Ivan Sidarenka, who returned to Belarus from abroad and was then arrested.",
])
def test_no_person_freed(nlp, text):
    assert persons(nlp, text) == []
