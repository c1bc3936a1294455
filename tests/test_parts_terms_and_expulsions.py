"""Claims/30: a part of a freed group the tagger took for a date ("63 are women"), and the
next bare part counted as the whole, not as that part; a participle of serving a term on the
counted ("inmates serving short terms") says they were sentenced; a clause on plain "people"
at the end of a list is theirs alone; expelled from a university is no deportation; "them"
after a group of its own sentence; abductions as detentions; a film's title is not freed;
"six of a group of" pardoned monks; what a source "said had been" done; a part of a counted
whole takes its predicate; "recaptured"; "9 others" of a political prisoner; "one of four
convicted bloggers"; "secured X's freedom"."""

from __future__ import annotations

import pytest

from tests.analysed import analysis, counts, persons

BREAKDOWN = ("Leader pardons 380 convicts before holiday\n\n"
             "The president signed a decree pardoning 380 convicts, the state agency reported.\n\n"
             "The republic marks the date on 5 June.\n\n"
             "The agency said 21 of those pardoned are foreign nationals, 58 are women, 33 are over 65 "
             "years old, and 12 are people who belonged to banned parties.")


def test_a_part_tagged_as_a_date_and_the_bare_part_after_it(nlp):
    assert counts(nlp, BREAKDOWN) == sorted([
        (380, "exact", "pardoned", "convict", "asserted"), (380, "exact", "pardoned", "convict", "asserted"),
        # the tagger takes the 58 for a date
        (21, "exact", "pardoned", "national", "asserted"), (58, "exact", "pardoned", "woman", "asserted"),
        # the 33 are of the 380 pardoned convicts, not of the 58 women before them
        (33, "exact", "pardoned", "convict", "asserted"), (12, "exact", "pardoned", "people", "asserted")])


@pytest.mark.parametrize("text, expected", [
    ("The warden said 318 inmates serving short terms for petty theft were let out under the amnesty.",
     [(318, "exact", "released", "inmate", "asserted"), (318, "exact", "sentenced", "inmate", "asserted")]),
    ("The king pardoned six activists serving sentences for protest.",
     [(6, "exact", "pardoned", "activist", "asserted"), (6, "exact", "sentenced", "activist", "asserted")]),
    # a clause of its own in the present says they are held now, as before
    ("At least 35 are serving lengthy jail terms.", []),
])
def test_a_participle_of_serving_a_term(nlp, text, expected):
    assert counts(nlp, text) == sorted(expected)


def test_a_clause_on_plain_people_at_the_end_of_a_list(nlp):
    assert counts(nlp, "The pardoned include 9 foreigners, five women, and 40 people convicted of extremism.") == sorted([
        (9, "exact", "pardoned", "foreigner", "asserted"), (5, "exact", "pardoned", "woman", "asserted"),
        (40, "exact", "pardoned", "people", "asserted"), (40, "exact", "sentenced", "people", "asserted")])
    # the clause after the last of two counted groups still describes both
    assert counts(nlp, "The president pardoned 11 women and 19 men who had been convicted of protest.") == sorted([
        (11, "exact", "pardoned", "woman", "asserted"), (11, "exact", "sentenced", "woman", "asserted"),
        (19, "exact", "pardoned", "man", "asserted"), (19, "exact", "sentenced", "man", "asserted")])


@pytest.mark.parametrize("text, expected", [
    ("Rights groups say 300 students were detained and at least 120 expelled from their colleges.",
     [(300, "exact", "detained", "student", "asserted")]),
    ("At least 120 students were expelled from their universities.", []),
    ("Twelve journalists were expelled from the country in May.", [(12, "exact", "deported", "journalist", "asserted")]),
    ("Belarus expelled 14 diplomats from Minsk.", [(14, "exact", "deported", "diplomat", "asserted")]),
])
def test_expelled_from_something_that_is_no_country(nlp, text, expected):
    assert counts(nlp, text) == expected


def test_expulsion_from_university_frees_nobody(nlp):
    text = ("Marta Kovalenko is one of the many students facing the fallout of the protests, including beatings, "
            "criminal charges, expulsion from university and jail.")
    found = analysis(nlp, text)
    assert not found.release_report
    assert persons(nlp, text) == []


@pytest.mark.parametrize("text, expected", [
    ("Police arrested 466 students in the spring. On Tuesday officers searched the flats of about twenty "
     "independent bloggers, arresting at least three of them.",
     [(466, "exact", "detained", "student", "asserted"), (3, "at_least", "detained", "blogger", "asserted")]),
    # a group counted in the same sentence before is still the one meant
    ("The king pardoned 25 convicts; 14 of the convicts have children, three of them have large families.",
     [(3, "exact", "pardoned", "convict", "asserted"), (14, "exact", "pardoned", "convict", "asserted"),
      (25, "exact", "pardoned", "convict", "asserted")]),
])
def test_them_after_a_group_of_its_own_sentence(nlp, text, expected):
    assert counts(nlp, text) == sorted(expected)


@pytest.mark.parametrize("text, expected", [
    ("The kidnapping of 23 passengers shocked the country.", [(23, "exact", "detained", "passenger", "asserted")]),
    ("The militia's abduction of the two engineers alarmed the region.",
     [(2, "exact", "detained", "engineer", "asserted")]),
    # a number of abductions is of events, each of any number of people
    ("Four mass abductions have shaken the northern states since May.", []),
])
def test_abductions_are_detentions(nlp, text, expected):
    assert counts(nlp, text) == expected


def test_a_film_released_is_no_release(nlp):
    text = "It released two films in the quarter: \"River Town 2,\" ''The Dictator\" and \"Glacier 3D.\""
    assert not analysis(nlp, text).release_report


@pytest.mark.parametrize("text, expected", [
    ("The junta released 40 monks last month. The final six of a group of recently pardoned Burmese monks "
     "reached Thailand on Sunday.",
     [(40, "exact", "released", "monk", "asserted"), (6, "exact", "crossed_border", "monk", "asserted")]),
    ("The monitor listed the names of 87 residents that it said had been arrested in the port city.",
     [(87, "exact", "detained", "resident", "asserted")]),
    ("The two editors are among at least 11 writers detained in Tunisia, the union says.",
     [(2, "exact", "detained", "editor", "asserted"), (11, "at_least", "detained", "writer", "asserted")]),
    ("The ministry said 40 escaped convicts have been recaptured since Friday.",
     [(40, "exact", "detained", "convict", "asserted")]),
    ("A Latvian political prisoner held in Russia was released with 9 others on Monday.",
     [(9, "exact", "released", "prisoner", "asserted")]),
    # the others of a leader are still the group the text counts, else people
    ("Opposition leader, 13 others free!", [(13, "exact", "released", "people", "asserted")]),
    # what befell the one, and an adjective on the three
    ("Turkey expelled one of four convicted bloggers.", []),
    ("Among those imprisoned are 30 media workers.", [(30, "exact", "remain_imprisoned", "worker", "asserted")]),
])
def test_groups_parts_and_sources(nlp, text, expected):
    assert counts(nlp, text) == sorted(expected)


def test_secured_freedom_frees_the_person_named(nlp):
    text = "How quiet diplomacy secured Anna Petrenko freedom"
    assert persons(nlp, text) == ["Anna Petrenko"]
    assert analysis(nlp, text).release_report
    # what a speaker says of others is not said of the speaker
    said = ("Belarus freed 14 prisoners on Saturday. The consulate announced the releases, followed by Minister "
            "Jonas Petraitis, who said the group had reached Polish soil and later added that they had crossed the "
            "border.")
    assert persons(nlp, said) == []
