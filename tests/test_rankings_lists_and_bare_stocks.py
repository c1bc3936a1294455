"""Claims/24: the shares of a ranking of jailers written as bare figures ("came second with
47", "fifth is Belarus (26)", "43 and 28, respectively") count what the tally before them
counts; and a list of bare counts before one noun ("31, 46 and 52 detainees") counts that
noun each time, though the tagger reads the middle figures as dates; and a line with no verb
that counts political prisoners in a country, or now, is a stock of them; and freed people
said to be in a country by now, or en route to one, crossed a border (only that, for a
part of a freed group); and a later clause about "all of them" tells of the whole
group the sentence counted; and a pardon given "to 41 convicted of extremism" pardons the 41,
who were sentenced before; a part of a group takes every predicate the whole was given, and
"are over 60" is an age; a figure "as of" a day ("as of 4 May, 1 150 Belarusians were
recognised as political prisoners", "801 political prisoners held in jails as of 2 March") and hostages
"still held" are stocks; and the parts of a tally ("The number includes 41 journalists") are
held, or were detained, as the tally says; names given to "the three women" are freed when
the next sentences free "these three hostages"; and names set as headings of profiles under
"Here we profile the detainees freed on Monday" are freed; a swap agreed is no release yet."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from newsmon.pipeline.process.governors import status_of
from newsmon.pipeline.process.lexicon import load_lexicon
from tests.analysed import counts, persons

HELD = ("remain_imprisoned", "reporter", "asserted")


@pytest.mark.parametrize("text, expected", [
    ("Rights monitors found 310 reporters behind bars on 1 December. "
     "Iran topped the list with 64, and Turkey came next with 39.",
     [(39, "exact", *HELD), (64, "exact", *HELD), (310, "exact", *HELD)]),
    ("Across the region 55 reporters are imprisoned, and second is Azerbaijan (17).",
     [(17, "exact", *HELD), (55, "exact", *HELD)]),
    ("Kazakhstan has jailed 14 bloggers, while Tajikistan and Uzbekistan have jailed 9 and 6, respectively.",
     [(6, "exact", "detained", "blogger", "asserted"), (9, "exact", "detained", "blogger", "asserted"),
      (14, "exact", "detained", "blogger", "asserted")]),
])
def test_a_ranking_shares_the_tally_before_it(nlp, text, expected):
    assert counts(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a ranking of something else after a tally of prisoners
    ("Rights monitors found 310 reporters behind bars on 1 December. "
     "Real Madrid came second with 78 points, while Spain finished third with 25.",
     [(310, "exact", *HELD)]),
    # a ranking with no tally to share
    ("Norway came first with 12, ahead of Sweden.", []),
])
def test_a_ranking_of_something_else_counts_nobody(nlp, text, expected):
    assert counts(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Guards freed 31, 46 and 52 detainees at the three camps over the weekend.",
     [(31, "exact", "released", "detainee", "asserted"), (46, "exact", "released", "detainee", "asserted"),
      (52, "exact", "released", "detainee", "asserted")]),
    ("Police freed 50, 43, and 35 protesters in the three cities.",
     [(35, "exact", "released", "protester", "asserted"), (43, "exact", "released", "protester", "asserted"),
      (50, "exact", "released", "protester", "asserted")]),
    # terms of years in a list are not people, and nor are ages
    ("The judge sentenced 3, 5 and 7 years to the men.", []),
    ("The three defendants, aged 27, 39 and 52, were convicted on Monday.",
     [(3, "exact", "sentenced", "defendant", "asserted")]),
])
def test_a_list_of_bare_counts_before_one_noun(nlp, text, expected):
    assert counts(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("According to the monitors, today in Belarus 1,040 political prisoners.",
     [(1040, "exact", "remain_imprisoned", "prisoner", "asserted")]),
    ("Over 1,250 political prisoners", [(1250, "more_than", "remain_imprisoned", "prisoner", "asserted")]),
    # a caption with no country and no time, and a headline joining the count to another thing
    ("Photo: 14 political prisoners at the border crossing", []),
    ("52 political prisoners and a deal with Washington", []),
])
def test_a_line_without_a_verb_counting_political_prisoners(nlp, text, expected):
    assert counts(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Minsk let 96 prisoners go on Friday. It later emerged that 80 of the 96 men freed are currently in Lithuania.",
     [(80, "exact", "crossed_border", "man", "asserted"), (96, "exact", "released", "man", "asserted"),
      (96, "exact", "released", "prisoner", "asserted")]),
    ("Minsk let 96 prisoners go on Friday. Of those freed, 80 were driven to Lithuania.",
     [(80, "exact", "crossed_border", "prisoner", "asserted"), (96, "exact", "released", "prisoner", "asserted")]),
    ("Caracas released eight Americans on Sunday. The eight men are en route to Washington.",
     [(8, "exact", "crossed_border", "man", "asserted"), (8, "exact", "released", "american", "asserted")]),
    # a part of a freed group in hospital, an envoy en route: nobody crossed
    ("Minsk let 96 prisoners go on Friday. Twelve of the freed prisoners are now in hospital.",
     [(96, "exact", "released", "prisoner", "asserted")]),
])
def test_freed_people_in_a_country_by_now(nlp, text, expected):
    assert counts(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Minsk has freed 40 political prisoners, including one Estonian, and all of them have since been "
     "handed over to Lithuania, Vilnius said.",
     [(1, "exact", "released", "estonian", "asserted"), (40, "exact", "crossed_border", "prisoner", "asserted"),
      (40, "exact", "released", "prisoner", "asserted")]),
    ("Police detained 30 protesters on Sunday, and all of them were released by evening.",
     [(30, "exact", "detained", "protester", "asserted"), (30, "exact", "released", "protester", "asserted")]),
    # a clause that says something else of them
    ("Police detained 30 protesters on Sunday, and all of them were charged with hooliganism.",
     [(30, "exact", "detained", "protester", "asserted")]),
])
def test_all_of_those_counted_in_a_later_clause(nlp, text, expected):
    assert counts(nlp, text) == expected


@pytest.mark.parametrize("text", [
    "Lukashenko grants pardon to 41 convicted of extremism",
    "Lukashenko Grants Pardon to 41 Convicted of Extremism",
])
def test_a_pardon_given_to_a_count_of_the_convicted(nlp, text):
    assert counts(nlp, text) == [(41, "exact", "pardoned", "people", "asserted"),
                                 (41, "exact", "sentenced", "people", "asserted")]


def test_a_case_sent_to_the_convicted_frees_nobody(nlp):
    assert counts(nlp, "The court sent the case to 12 convicted of fraud.") == [
        (12, "exact", "sentenced", "people", "asserted")]


def test_a_part_takes_every_predicate_of_the_whole(nlp):
    text = ("The president pardoned and released 25 political prisoners on Friday. "
            "Four of them are over 60 and 9 have children.")
    assert counts(nlp, text) == [(4, "exact", "pardoned", "prisoner", "asserted"),
                                 (4, "exact", "released", "prisoner", "asserted"),
                                 (9, "exact", "pardoned", "prisoner", "asserted"),
                                 (9, "exact", "released", "prisoner", "asserted"),
                                 (25, "exact", "pardoned", "prisoner", "asserted"),
                                 (25, "exact", "released", "prisoner", "asserted")]


@pytest.mark.parametrize("text, expected", [
    ("As of 4 May, 1 150 Belarusians were recognised as political prisoners by the centre.",
     [(1150, "exact", "remain_imprisoned", "belarusian", "asserted")]),
    ("The group documented 801 political prisoners held in Venezuelan jails as of March 2.",
     [(801, "exact", "detained", "prisoner", "asserted"), (801, "exact", "remain_imprisoned", "prisoner", "asserted")]),
    ("Mediators pressed on with talks over the release of about 90 captives still held by the militants.",
     [(90, "about", "released", "captive", "hedged"), (90, "about", "remain_imprisoned", "captive", "asserted")]),
    # new names over a period, and detentions counted up to a day, are no stock
    ("In 2023 alone, 600 more Belarusians were recognised as political prisoners.", []),
    ("The monitor said 4,210 protesters were detained across 52 towns as of Sunday morning.",
     [(4210, "exact", "detained", "protester", "asserted")]),
])
def test_a_figure_as_of_a_day_and_hostages_still_held(nlp, text, expected):
    assert counts(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Viasna counts 1,150 political prisoners in Belarus. The number includes 41 journalists and the group's founder.",
     [(41, "exact", "remain_imprisoned", "journalist", "asserted"),
      (1150, "exact", "remain_imprisoned", "prisoner", "asserted")]),
    ("Since 2020, 540 media workers have been detained. That figure comprises 400 professional journalists, "
     "90 freelancers and 50 technicians.",
     [(50, "exact", "detained", "technician", "asserted"), (90, "exact", "detained", "freelancer", "asserted"),
      (400, "exact", "detained", "journalist", "asserted"), (540, "exact", "detained", "worker", "asserted")]),
    ("The list includes 20 hospitals and 3 schools.", []),
])
def test_the_parts_of_a_tally(nlp, text, expected):
    assert counts(nlp, text) == expected


def test_names_of_a_group_freed_in_the_next_sentences(nlp):
    text = ("The Red Cross worked to arrange the handover of three hostages held by Hamas. "
            "The three women - Lia Adar, 31, Noa Ben Dor, 26, and Tamar Zohar, 40 - had been held for 400 days. "
            "These three hostages were released at dawn, officials said.")
    assert persons(nlp, text) == ["Lia Adar", "Noa Ben Dor", "Tamar Zohar"]


def test_names_of_a_group_still_held_are_not_freed(nlp):
    text = ("The three women - Lia Adar, 31, Noa Ben Dor, 26, and Tamar Zohar, 40 - have been held for 400 days. "
            "The release of 30 prisoners opens the first stage of the deal.")
    assert persons(nlp, text) == []


PROFILES = """Here we profile the detainees {what} under the exchange.

Darius Kamali

Darius Kamali, 48, is a businessman who was arrested in 2019 and given an eight-year term.

Leyla Farahani

Leyla Farahani, 35, worked as an architect. She was detained during protests in 2022.
"""


def test_names_heading_profiles_of_the_freed(nlp):
    assert persons(nlp, PROFILES.format(what="freed on Monday")) == ["Darius Kamali", "Leyla Farahani"]


def test_names_heading_profiles_of_the_held(nlp):
    assert persons(nlp, PROFILES.format(what="still held in Evin prison")) == []


def test_a_swap_agreed_is_no_release_yet(nlp):
    # the parse the model gives a headline such as "Israel and Hizbollah agree prisoner swap"
    # when the text after it says the sides had agreed: the swap is the verb "agree" governs
    words = ["Israel", "and", "Hizbollah", "agree", "prisoner", "swap"]
    doc = Doc(nlp.vocab, words=words, heads=[3, 0, 0, 3, 5, 3], deps=["nsubj", "cc", "conj", "ROOT", "nsubj", "xcomp"],
              pos=["PROPN", "CCONJ", "PROPN", "VERB", "NOUN", "VERB"], tags=["NNP", "CC", "NNP", "VBP", "NN", "VB"],
              lemmas=["Israel", "and", "Hizbollah", "agree", "prisoner", "swap"])
    assert status_of(doc[5], 4, doc, load_lexicon()) == "hedged"
