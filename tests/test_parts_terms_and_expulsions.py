"""Claims/30: a part of a freed group the tagger took for a date ("63 are women"), and the
next bare part counted as the whole, not as that part; a participle of serving a term on the
counted ("prisoners serving jail terms") says they were sentenced; a clause on plain "people"
at the end of a list is theirs alone; expelled from a university is no deportation; "them"
after a group of its own sentence; abductions as detentions; a film's title is not freed;
"five of a group of" freed dissidents; what a source "said had been" done; a part of a counted
whole takes its predicate; "recaptured"; "13 others" of a political prisoner; "one of three
convicted journalists"; "secured X's freedom"."""

from __future__ import annotations

import pytest

from tests.analysed import analysis, counts, persons

BREAKDOWN = ("Leader pardons 402 convicts before holiday\n\n"
             "The president signed a decree pardoning 402 convicts, the agency said.\n\n"
             "The country marks the day on 8 December.\n\n"
             "According to the report, 17 of those pardoned are foreign citizens, 63 are women, "
             "26 are more than 60 years old, and 19 are persons who took part in banned groups.")


def test_a_part_tagged_as_a_date_and_the_bare_part_after_it(nlp):
    assert counts(nlp, BREAKDOWN) == sorted([
        (402, "exact", "pardoned", "convict", "asserted"), (402, "exact", "pardoned", "convict", "asserted"),
        (17, "exact", "pardoned", "citizen", "asserted"), (63, "exact", "pardoned", "woman", "asserted"),
        # the 26 are of the 402 pardoned convicts, not of the 63 women before them
        (26, "exact", "pardoned", "convict", "asserted"), (19, "exact", "pardoned", "person", "asserted")])


@pytest.mark.parametrize("text, expected", [
    ("Officials said 545 prisoners serving jail terms for minor offences were released under the pardon.",
     [(545, "exact", "released", "prisoner", "asserted"), (545, "exact", "sentenced", "prisoner", "asserted")]),
    ("The king pardoned six activists serving sentences for protest.",
     [(6, "exact", "pardoned", "activist", "asserted"), (6, "exact", "sentenced", "activist", "asserted")]),
    # a clause of its own in the present says they are held now, as before
    ("At least 40 are serving long prison terms.", []),
])
def test_a_participle_of_serving_a_term(nlp, text, expected):
    assert counts(nlp, text) == sorted(expected)


def test_a_clause_on_plain_people_at_the_end_of_a_list(nlp):
    assert counts(nlp, "The pardoned include 9 foreigners, five women, and 40 people convicted of extremism.") == sorted([
        (9, "exact", "pardoned", "foreigner", "asserted"), (5, "exact", "pardoned", "woman", "asserted"),
        (40, "exact", "pardoned", "people", "asserted"), (40, "exact", "sentenced", "people", "asserted")])
    # the clause after the last of two counted groups still describes both
    assert counts(nlp, "The president pardoned 14 women and 16 men who had been convicted of protest.") == sorted([
        (14, "exact", "pardoned", "woman", "asserted"), (14, "exact", "sentenced", "woman", "asserted"),
        (16, "exact", "pardoned", "man", "asserted"), (16, "exact", "sentenced", "man", "asserted")])


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
    text = ("Dasha Petrova is one of many students facing the consequences of protests, including police "
            "brutality, criminal charges, expulsion from university, and imprisonment.")
    found = analysis(nlp, text)
    assert not found.release_report
    assert persons(nlp, text) == []


@pytest.mark.parametrize("text, expected", [
    ("Police arrested 466 students in the spring. On the same day, authorities raided the homes of over a dozen "
     "independent journalists, detaining at least two of them.",
     [(466, "exact", "detained", "student", "asserted"), (2, "at_least", "detained", "journalist", "asserted")]),
    # a group counted in the same sentence before is still the one meant
    ("The king pardoned 17 convicts; 17 convicts have children, two of them have many children.",
     [(2, "exact", "pardoned", "convict", "asserted"), (17, "exact", "pardoned", "convict", "asserted"),
      (17, "exact", "pardoned", "convict", "asserted")]),
])
def test_them_after_a_group_of_its_own_sentence(nlp, text, expected):
    assert counts(nlp, text) == sorted(expected)


@pytest.mark.parametrize("text, expected", [
    ("The kidnapping of 23 passengers shocked the country.", [(23, "exact", "detained", "passenger", "asserted")]),
    ("Hezbollah's abduction of the two soldiers widened the war.", [(2, "exact", "detained", "soldier", "asserted")]),
    # a number of abductions is of events, each of any number of people
    ("Six mass abductions this month have rocked the north.", []),
])
def test_abductions_are_detentions(nlp, text, expected):
    assert counts(nlp, text) == expected


def test_a_film_released_is_no_release(nlp):
    text = ("The studio's revenue dropped 29 percent. It released three movies in the quarter: "
            "\"Madagascar 3: Europe's Most Wanted,\" ''The Dictator\" and \"Titanic 3D.\"")
    assert not analysis(nlp, text).release_report


@pytest.mark.parametrize("text, expected", [
    ("Cuba freed 52 dissidents under a deal with the church. The last five of a group of recently freed Cuban "
     "dissidents arrived in Spain on Friday.",
     [(52, "exact", "released", "dissident", "asserted"), (5, "exact", "crossed_border", "dissident", "asserted")]),
    ("The rights group published the names of 151 people that it said had been detained in the capital.",
     [(151, "exact", "detained", "people", "asserted")]),
    ("The three reporters are among at least 16 journalists detained in Egypt, according to the group.",
     [(3, "exact", "detained", "reporter", "asserted"), (16, "at_least", "detained", "journalist", "asserted")]),
    ("Officials said 859 suspects have been arrested and 25 escaped detainees have been recaptured.",
     [(25, "exact", "detained", "detainee", "asserted"), (859, "exact", "detained", "suspect", "asserted")]),
    ("An Estonian political prisoner held in Belarus was freed alongside 13 others in a deal on Saturday.",
     [(13, "exact", "released", "prisoner", "asserted")]),
    # the others of a leader are still the group the text counts, else people
    ("Opposition leader, 13 others free!", [(13, "exact", "released", "people", "asserted")]),
    # what befell the one, and an adjective on the three
    ("Egypt deported one of three convicted journalists.", []),
    ("Among those imprisoned are 30 media workers.", [(30, "exact", "remain_imprisoned", "worker", "asserted")]),
])
def test_groups_parts_and_sources(nlp, text, expected):
    assert counts(nlp, text) == sorted(expected)


def test_secured_freedom_frees_the_person_named(nlp):
    text = "How Qatar's back channels secured Paul Rusesabagina freedom"
    assert persons(nlp, text) == ["Paul Rusesabagina"]
    assert analysis(nlp, text).release_report
    # what a speaker says of others is not said of the speaker
    said = ("The embassy reported the releases, followed by President Gitanas Nauseda, who confirmed the group "
            "was on Lithuanian territory and later said they had crossed the border.")
    assert persons(nlp, said) == []
