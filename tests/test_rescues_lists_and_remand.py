"""Claims/44, from blind-32's misses: the names on a list of political prisoners are the held;
a stock "held" by the end of a month; rescued captives whose own words say they were
kidnapped; a second nationality's count in "four Danish and three Belgian nationals"; a part
that "returned to" a country after a swap; freed people "who were transferred" abroad; a
group "who had been in captivity" freed after "their release"; releases "beginning today";
the second day of "June 4 and 5"; remand as custody; places and an office taken for people."""

from __future__ import annotations

import pytest

from tests.analysed import counts, persons


@pytest.mark.parametrize("text, expected", [
    ("Viasna counts 1,180 political prisoners. The group's list of political prisoners now contains 1,180 names.",
     [(1180, "exact", "remain_imprisoned", "prisoner", "asserted")] * 2),
    ("Viasna keeps a list of political prisoners. As of 1 May, it includes 1,150 names.",
     [(1150, "exact", "remain_imprisoned", "prisoner", "asserted")]),
    # a list of anything else: no names counted as held
    ("The phone book contains 1,150 names.", []),
    ("By the end of March, 1,102 political prisoners were held in jails and colonies.",
     [(1102, "exact", "remain_imprisoned", "prisoner", "asserted")]),
    # ("by the end of the year, 600 were recognised" sums a year's new names: no stock)
    ("Eleven women and four children abducted by rebels in the north have been rescued by soldiers.",
     [(4, "exact", "detained", "child", "asserted"), (4, "exact", "released", "child", "asserted"),
      (11, "exact", "detained", "woman", "asserted"), (11, "exact", "released", "woman", "asserted")]),
    ("\"We rescued a total of 27 hostages seized by the gang,\" the officer said.",
     [(27, "exact", "detained", "hostage", "asserted"), (27, "exact", "released", "hostage", "asserted")]),
    # rescued from a flood, never held
    ("Firefighters rescued 27 residents from the flooded houses.", []),
    ("Troops freed 12 hostages, including four Danish and three Belgian nationals, who had been seized by rebels.",
     [(3, "exact", "detained", "national", "asserted"), (3, "exact", "released", "national", "asserted"),
      (4, "exact", "detained", "national", "asserted"), (4, "exact", "released", "national", "asserted"),
      (12, "exact", "detained", "hostage", "asserted"), (12, "exact", "released", "hostage", "asserted")]),
    ("Among the 20 prisoners freed in the swap, 14 of them returned to Poland.",
     [(14, "exact", "crossed_border", "prisoner", "asserted"), (20, "exact", "released", "prisoner", "asserted")]),
    ("Minsk released another six people who were transferred to Lithuania.",
     [(6, "exact", "crossed_border", "people", "asserted"), (6, "exact", "released", "people", "asserted")]),
    ("Three fishermen who had been in captivity over the winter reached their village after their release.",
     [(3, "exact", "detained", "fisherman", "asserted"), (3, "exact", "released", "fisherman", "asserted")]),
    ("A total of 210 inmates will be released from the country's prisons beginning today.",
     [(210, "exact", "released", "inmate", "asserted")]),
    ("A total of 210 inmates will be released from the country's prisons next month.",
     [(210, "exact", "released", "inmate", "hedged")]),
    ("Police said nine activists were arrested during raids on June 4 and 5.",
     [(9, "exact", "detained", "activist", "asserted")]),
    ("Six students who had been in remand since July were granted bail on Friday.",
     [(6, "exact", "detained", "student", "asserted"), (6, "exact", "released", "student", "asserted")]),
    ("However, four of the accused lacked money for bail, forcing them to stay in remand.",
     [(4, "exact", "remain_imprisoned", "accused", "asserted")]),
    ("About 400 reporters were detained last year. Forty-one media workers were charged with crimes. "
     "More than 20 of them are still in prison.",
     [(20, "more_than", "remain_imprisoned", "worker", "asserted"), (400, "about", "detained", "reporter", "asserted")]),
])
def test_rescues_lists_and_remand(nlp, text, expected):
    assert counts(nlp, text) == sorted(expected)


@pytest.mark.parametrize("text, expected", [
    ("\"Twenty-five of our people are home. Among them are defenders from our Sumy, Kharkiv, Zaporizhzhia and "
     "Kherson regions,\" the president said.", []),
    ("The swap came a year after Ann Reed returned to the White House as chief of staff.", []),
    ("Ihar Losik was freed in June and returned to Minsk.", ["Ihar Losik"]),
])
def test_places_and_offices_are_not_freed_people(nlp, text, expected):
    assert persons(nlp, text) == expected
