"""Claims/27: people named in a demand "who remain behind bars" are held now; a headline's
site name after a bar ("… released | Example News") is a sentence of its own; "those freed
number about 40" counts the freed; an infinitive after a past "persuaded" or "forced" was
done; people "on the political prisoner list" are held, as "on the list of political
prisoners" were; and a bare count that has something ("three have large families") counts
the group it is part of, not what it has."""

from __future__ import annotations

import pytest

from tests.analysed import analysis, counts


@pytest.mark.parametrize("text, expected", [
    ("We urge the government to free the 31 reporters who remain behind bars.",
     [(31, "exact", "released", "reporter", "hedged"), (31, "exact", "remain_imprisoned", "reporter", "asserted")]),
    ("Activists called for the release of 40 women who are still held in Zhodzina.",
     [(40, "exact", "released", "woman", "hedged"), (40, "exact", "remain_imprisoned", "woman", "asserted")]),
    # held before, and freed now
    ("The court freed 20 prisoners who had remained in jail for years.", [(20, "exact", "released", "prisoner", "asserted")]),
])
def test_a_demand_for_people_who_remain_held(nlp, text, expected):
    assert sorted(counts(nlp, text)) == sorted(expected)


@pytest.mark.parametrize("text, expected", [
    ("41 Cuban dissidents released | Example News\nHavana police let the women go on Sunday.",
     [(41, "exact", "released", "dissident", "asserted")]),
    ("Police detained 12 people | Photo: Example Agency", [(12, "exact", "detained", "people", "asserted")]),
])
def test_a_site_name_after_a_bar(nlp, text, expected):
    assert counts(nlp, text) == expected


def test_the_bar_ends_the_headline_sentence(nlp):
    doc = nlp("41 Cuban dissidents released | Example News")
    assert [s.text for s in doc.sents] == ["41 Cuban dissidents released |", "Example News"]
    assert analysis(nlp, "41 Cuban dissidents released | Example News").release_report


@pytest.mark.parametrize("text, expected", [
    ("The government freed political prisoners on Tuesday. Those freed number about 40.",
     [(40, "about", "released", "prisoner", "asserted")]),
    ("Those numbers fell by 40 percent.", []),
])
def test_those_freed_number(nlp, text, expected):
    assert counts(nlp, text) == expected


@pytest.mark.parametrize("text, status", [
    ("The envoy persuaded the president in May to release 90 people.", "asserted"),
    ("Protests forced the regime to free 40 people.", "asserted"),
    ("The government was forced to free 40 people.", "asserted"),
    # a present obligation, a hope or a failure is no act
    ("The government is forced to free 40 people.", "hedged"),
    ("The envoy hopes to persuade the president to release 40 people.", "hedged"),
    ("The envoy urged the president to release 40 people.", "hedged"),
])
def test_made_to_free(nlp, text, status):
    assert [c[-1] for c in counts(nlp, text)] == [status]


@pytest.mark.parametrize("text, expected", [
    ("Currently, there are 1,320 individuals on the political prisoner list.",
     [(1320, "exact", "remain_imprisoned", "individual", "asserted")]),
    ("1,320 people are on the political prisoner list.", [(1320, "exact", "remain_imprisoned", "people", "asserted")]),
    ("1,320 people are on the list of political prisoners.", [(1320, "exact", "remain_imprisoned", "people", "asserted")]),
    ("40 people are on the waiting list.", []),
    ("20 prisoners are ill.", []),
])
def test_on_the_political_prisoner_list(nlp, text, expected):
    assert counts(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The president pardoned 40 convicts. 20 convicts have young children, three have large families.",
     [(40, "exact", "pardoned", "convict", "asserted"), (20, "exact", "pardoned", "convict", "asserted"),
      (3, "exact", "pardoned", "convict", "asserted")]),
    ("The president pardoned 32 people. 17 people have chronic diseases, two have many children.",
     [(32, "exact", "pardoned", "people", "asserted"), (17, "exact", "pardoned", "people", "asserted"),
      (2, "exact", "pardoned", "people", "asserted")]),
])
def test_a_part_that_has_something(nlp, text, expected):
    assert counts(nlp, text) == sorted(expected)
