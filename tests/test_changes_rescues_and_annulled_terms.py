"""Claims/32: a rise "by 17" is a change, not a count; a tally that "approached 400" is
nearly 400; deprived of liberty on a given day is held; "there are N people incarcerated";
a term served to its end is a sentence and a release; a pardon that annulled or "benefitted"
the counted, and terms "pardoned" or "annulled"; hostages rescued are freed; the wounded let
out of a hospital are not, nor is anyone in a story of the wounded with no word of custody;
"the detention on Tuesday of 16 leaders"; a part "of whom were arrested" says nothing of the
whole; "They were released" after a sentence whose counted subject has no claim; a gapped list
of sentences ("80 people to two years"); a number spelled with "and" before "of them"; and
released persons: not the source who "told" of a release, nor a ruler whose pardon it was."""

from __future__ import annotations

import pytest

from tests.analysed import analysis, counts, persons


@pytest.mark.parametrize("text, expected", [
    ("The country's tally of political prisoners grew by 23 since March, the group said.", []),
    ("The number of detained reporters rose by nine in a single week.", []),
    # the count itself, beside its change
    ("The count of political prisoners has risen by 12 to 480.",
     [(480, "exact", "remain_imprisoned", "prisoner", "asserted")]),
])
def test_a_change_by_a_number_is_not_a_count(nlp, text, expected):
    assert counts(nlp, text) == expected


def test_a_tally_approaching_a_number_is_nearly_it(nlp):
    assert counts(nlp, "Azerbaijan's tally of political prisoners has approached 350.") == [
        (350, "nearly", "remain_imprisoned", "prisoner", "asserted")]


@pytest.mark.parametrize("text, expected", [
    ("As of early May, 1,212 political prisoners were deprived of liberty nationwide.",
     [(1212, "exact", "remain_imprisoned", "prisoner", "asserted")]),
    ("At the moment there are roughly 9,000 people incarcerated on political charges in the country.",
     [(9000, "about", "remain_imprisoned", "people", "asserted")]),
    # deprived of liberty on a past day, with no date of a stock: taken into custody
    ("In 2021 police deprived 40 protesters of their liberty for a night.",
     [(40, "exact", "detained", "protester", "asserted")]),
])
def test_held_on_a_given_day(nlp, text, expected):
    assert counts(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("In October, 31 political prisoners were freed, 27 of whom had served their terms in full.",
     [(27, "exact", "released", "prisoner", "asserted"), (27, "exact", "sentenced", "prisoner", "asserted"),
      (31, "exact", "released", "prisoner", "asserted")]),
    ("Last month, 19 political prisoners fully served their terms and were freed.",
     [(19, "exact", "released", "prisoner", "asserted"), (19, "exact", "sentenced", "prisoner", "asserted")]),
    # a term served to its end is the release
    ("In May, twelve jailed activists have fully served their terms.",
     [(12, "exact", "released", "activist", "asserted"), (12, "exact", "sentenced", "activist", "asserted")]),
    # a term still being served is a stock
    ("Some 40 political prisoners are serving long terms.", [(40, "about", "remain_imprisoned", "prisoner", "asserted")]),
])
def test_a_term_served_in_full(nlp, text, expected):
    assert counts(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The ministry said the royal pardon benefitted 612 inmates of the kingdom's prisons.",
     [(612, "exact", "pardoned", "inmate", "asserted")]),
    ("The monarch pardoned the outstanding prison terms of 290 convicts.",
     [(290, "exact", "pardoned", "convict", "asserted")]),
    ("That decree's pardon annulled the jail terms of 52 convicts.", [(52, "exact", "pardoned", "convict", "asserted")]),
    ("Meanwhile, 44 convicts on parole had their terms pardoned.",
     [(44, "exact", "pardoned", "convict", "asserted")]),
    ("Nine people had their terms annulled under the decree.", [(9, "exact", "pardoned", "people", "asserted")]),
    # a term cut short or changed is no pardon of it
    ("Another 600 had their sentences reduced.", []),
])
def test_a_pardon_of_the_terms_of_the_counted(nlp, text, expected):
    assert counts(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Special forces rescued three foreign hostages, among them two Italian citizens, from gunmen in Mali.",
     [(2, "exact", "released", "citizen", "asserted"), (3, "exact", "released", "hostage", "asserted")]),
    # the wounded let out of a hospital
    ("Twenty-two casualties of the blast were released from Al-Salam Institute a few hours after "
     "admission, while three others stay in intensive care.", []),
    ("Eleven injured pilgrims were released on Monday after treatment.", []),
])
def test_rescued_hostages_and_released_casualties(nlp, text, expected):
    assert counts(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Unions condemned the detention on Monday night of 14 independent union leaders in Minsk.",
     [(14, "exact", "detained", "leader", "asserted")]),
    ("Crowds in Vilnius welcomed the release on Thursday of 52 political prisoners.",
     [(52, "exact", "released", "prisoner", "asserted")]),
])
def test_an_event_noun_with_a_time_between_it_and_the_counted(nlp, text, expected):
    assert counts(nlp, text) == expected


def test_a_part_arrested_of_a_named_whole(nlp):
    assert counts(nlp, "The police listed 250 party workers, 31 of whom were arrested overnight.") == [
        (31, "exact", "detained", "worker", "asserted")]


def test_they_are_not_the_count_beside_the_subject_of_the_sentence_before(nlp):
    text = ("Police said four protesters were arrested. Officials added that apart from the four arrested, six "
            "other people were taken away for questioning. They were released later that night.")
    # (the six carry no claim of their own, so "they" makes none either)
    assert (4, "exact", "released", "people", "asserted") not in counts(nlp, text)
    alone = "Police said that apart from the four held, officers questioned others. They were released later."
    assert (4, "exact", "released", "people", "asserted") in counts(nlp, alone)


def test_a_gapped_list_of_terms(nlp):
    text = ("Of those detained, 120 were sentenced to six to ten years, 70 people to three to five "
            "years and 95 people to less than two years, the judiciary chief said.")
    assert counts(nlp, text) == [(70, "exact", "sentenced", "people", "asserted"),
                                 (95, "exact", "sentenced", "people", "asserted"),
                                 (120, "exact", "sentenced", "people", "asserted")]


def test_a_story_of_the_wounded_of_an_attack_frees_nobody(nlp):
    text = ("23 injured visitors released from hospital, three still in intensive care\n\n"
            "Twenty-three casualties of the bombing at the market were released from the Al-Salam Institute on "
            "Monday. A further two victims were released once doctors found them unharmed, while three others need "
            "surgery for their injuries.")
    found = analysis(nlp, text)
    assert [c for c in found.claims if c.predicate == "released"] == []
    assert not found.release_report
    # the same words with custody in them are a release
    held = text.replace("casualties of the bombing at the market", "detainees of the prison at the market")
    assert (23, "exact", "released", "detainee", "asserted") in counts(nlp, held)


def test_a_part_spelled_in_words_with_and(nlp):
    text = "The centre counts 1,310 political prisoners. One hundred and forty-two of them are women."
    assert (142, "exact", "remain_imprisoned", "woman", "asserted") in counts(nlp, text)


@pytest.mark.parametrize("text, expected", [
    # the source of a count, or who gave the pardon
    ("By 5 January, 48 political prisoners had been granted amnesty and released, Rauf Mammadov, head of a "
     "rights centre's monitoring unit, told a local correspondent.", []),
    ("The remaining 140 beneficiaries of King Hassan Alaoui's royal pardon are on parole.", []),
    ("Sultan Qaboos Nasser pardoned the unserved terms of 90 convicts.", []),
    # a name the parser made the subject of "said" is still the one freed
    ("Belarus has released opposition activist Ales Zhuk and 13 other political prisoners, the Minsk rights "
     "group said late on Saturday.", ["Ales Zhuk"]),
])
def test_sources_and_pardon_givers_are_not_freed(nlp, text, expected):
    assert persons(nlp, text) == expected
