"""Claims/37: separatists and Tatars are people; "an amnesty affecting" N pardons them;
"subjected to administrative arrest", "placed in jail" and "taken in for questioning" are
detentions ("placed in detention for terms of" days, a sentence); officers "held liable" are
not in custody; a tally that "exceeded" four digits the tagger took for a year counts the held;
"these include" right after a count of the held lists parts of the held; "an amnesty for N
prisoners" whose "for" the parser hung on the verb pardons them; a "who" clause hung on a thing
in the participle after the people is theirs; the number of a numbered line is no count; and a
person put in custody "but since released" is freed."""

from __future__ import annotations

import pytest

from tests.analysed import counts, persons


@pytest.mark.parametrize("text, expected", [
    ("Police detained 14 Crimean Tatars after searches in Bakhchysarai.",
     [(14, "exact", "detained", "tatar", "asserted")]),
    ("Eleven Catalan separatists pardoned by the cabinet walked out of prison on Wednesday.",
     [(11, "exact", "pardoned", "separatist", "asserted"), (11, "exact", "released", "separatist", "asserted")]),
    ("The country began releasing prisoners under an amnesty affecting some 9,000 people.",
     [(9000, "about", "pardoned", "people", "asserted")]),
    ("After the rally, 2,100 people were subjected to administrative arrest and 400 were fined.",
     [(2100, "exact", "detained", "people", "asserted")]),
    ("Two officers were held liable for the abuses.", []),
    # repression that includes arrests is no count of the arrested; "forced exile" deports nobody
    ("Since 2021, more than 48,000 people have been subjected to repression, including arbitrary arrests and "
     "forced exile.", []),
    ("Authorities placed 31 people in jail on riot charges.", [(31, "exact", "detained", "people", "asserted")]),
    ("The court placed about 12 people in administrative detention for terms of up to ten days.",
     [(12, "about", "sentenced", "people", "asserted")]),
    ("The tally of political prisoners kept growing and at the time of writing exceeded 1250.",
     [(1250, "more_than", "remain_imprisoned", "prisoner", "asserted")]),
    ("Over 70 people are regarded as political prisoners by rights groups. These include 30 protesters detained "
     "since May.",
     [(30, "exact", "detained", "protester", "asserted"), (30, "exact", "remain_imprisoned", "protester", "asserted"),
      (70, "more_than", "remain_imprisoned", "prisoner", "asserted")]),
    # a count of the freed before "these include": the parts are not held
    ("Police freed 20 people on Friday. These include 5 students.",
     [(5, "exact", "released", "student", "asserted"), (20, "exact", "released", "people", "asserted")]),
    ("The two men walked free under a royal amnesty for 6,100 prisoners on Tuesday.",
     [(2, "exact", "released", "man", "asserted"), (6100, "exact", "pardoned", "prisoner", "asserted")]),
    ("India welcomed the release of eight nationals working for a shipyard who were detained in Qatar.",
     [(8, "exact", "detained", "national", "asserted"), (8, "exact", "released", "national", "asserted")]),
    ("Half a dozen reporters were taken in for questioning on Monday.",
     [(6, "exact", "detained", "reporter", "asserted")]),
    ("The numbers will be kept up to date as new facts come in.\n\n1. Arrests and Trials\n\nOver 70 people are now "
     "regarded as political prisoners by rights groups.",
     [(70, "more_than", "remain_imprisoned", "prisoner", "asserted")]),
])
def test_custody_phrases_and_parts_of_stocks(nlp, text, expected):
    assert counts(nlp, text) == expected


def test_held_then_freed_by_a_joined_verb(nlp):
    text = ("His fiancee, Anna Petrova, who holds a Russian passport, was also put in custody over the same "
            "accusations but has since been freed along with him.")
    assert persons(nlp, text) == ["Anna Petrova"]


def test_forced_exile_reports_no_release(nlp):
    from tests.analysed import analysis

    text = ("Thousands of critics have faced politically motivated persecution in the country, including arbitrary "
            "detention, torture and forced exile.")
    assert analysis(nlp, text).release_report is False
