"""Claims/33: an age range ("aged from 15 to 90") is no count; "are in captivity as of" a day
is a stock, and its "of" no group the count is part of; "get prison terms" is a sentence;
people named by their calling ("traumatologists"); "other rights defenders and political
prisoners" are held; "drove the four … and released them", and the four named before them
freed; a clause "who were serving terms" on a pardoned group; a food-poisoning story's
"discharged" patients."""

from __future__ import annotations

import pytest

from tests.analysed import analysis, counts, persons


@pytest.mark.parametrize("text, expected", [
    ("Police said 180 people, aged from 16 to 84, had been arrested under the law since 2020.",
     [(180, "exact", "detained", "people", "asserted")]),
    ("The court jailed 12 protesters aged between 19 and 60.", [(12, "exact", "sentenced", "protester", "asserted")]),
])
def test_an_age_range_is_no_count(nlp, text, expected):
    assert counts(nlp, text) == expected


def test_in_captivity_on_a_stated_day(nlp):
    text = ("The union recorded 310 politically motivated expulsions of students. At least 47 pupils are in "
            "captivity as of December 2022.")
    assert (47, "at_least", "remain_imprisoned", "pupil", "asserted") in counts(nlp, text)
    assert (47, "at_least", "deported", "pupil", "asserted") not in counts(nlp, text)


@pytest.mark.parametrize("text, expected", [
    ("Eight trade union activists get long prison terms", [(8, "exact", "sentenced", "activist", "asserted")]),
    ("Local media reported the detention of about 25 anaesthesiologists across the region.",
     [(25, "about", "detained", "anaesthesiologist", "asserted")]),
    ("Besides them, there are some 1,300 other activists and political prisoners.",
     [(1300, "about", "remain_imprisoned", "activist", "asserted")]),
    ("The emir has pardoned 412 inmates who were serving jail sentences for minor offences.",
     [(412, "exact", "pardoned", "inmate", "asserted"), (412, "exact", "sentenced", "inmate", "asserted")]),
])
def test_terms_callings_and_held_lists(nlp, text, expected):
    assert counts(nlp, text) == expected


def test_them_released_after_a_bare_count(nlp):
    text = ("Police detained three journalists at the office on Monday. Officers drove the three to the "
            "investigation department and released them late in the evening.")
    assert (3, "exact", "released", "journalist", "asserted") in counts(nlp, text)


def test_a_food_poisoning_story_frees_nobody(nlp):
    text = ("Food poisoning outbreak at Tai Po Hospital\n\n"
            "Health officials said 31 people showed symptoms after lunch at the ward. Among them, 21 sought "
            "medical attention and four were hospitalised; two of these were discharged on Friday.")
    found = analysis(nlp, text)
    assert [c for c in found.claims if c.predicate == "released"] == []
    assert not found.release_report


@pytest.mark.parametrize("text, expected", [
    ("Police in Minsk arrested reporters Anna Kral and Pavel Lis, and editors Oleg Dub and Vera Mak, according "
     "to news reports and Ivan Sidorov, head of the union. Officers drove the four to the investigation "
     "department and released them this evening.", ["Anna Kral", "Oleg Dub", "Pavel Lis", "Vera Mak"]),
    # the number is not theirs, or "the two" are still held
    ("Police in Minsk arrested reporters Anna Kral and Pavel Lis, and editors Oleg Dub and Vera Mak. Officers "
     "drove the three to a station and released them this evening.", []),
    ("Police arrested reporters Anna Kral and Pavel Lis on Monday. The two were charged with treason and remain "
     "in jail.", []),
])
def test_named_people_freed_as_their_number(nlp, text, expected):
    assert persons(nlp, text) == expected
