"""Claims/101, from blind-83's misses: custody a court ends or keeps; "all" of
a group counted the sentence before; people handed back to a mission after a kidnapping; an
arrest that people gather to protest; counts of verdicts and of freedoms taken; and titles of
songs or films are no people."""

from __future__ import annotations

import pytest

from tests.analysed import analysis, counts


@pytest.mark.parametrize("text, expected", [
    # custody ended, by an active or a passive verb
    ("An appeals court annulled the pretrial detention of six teachers on Friday.",
     [(6, "exact", "detained", "teacher", "asserted"), (6, "exact", "released", "teacher", "asserted")]),
    ("The detention of the four farmers was lifted by the tribunal.",
     [(4, "exact", "detained", "farmer", "asserted"), (4, "exact", "released", "farmer", "asserted")]),
    # custody kept
    ("The judge decided to maintain the pretrial detention of 310 defendants.",
     [(310, "exact", "remain_imprisoned", "defendant", "asserted")]),
    # a decision whose infinitive the parser hung on the verb, past a name between commas
    ("The ministry attacked the decision of the district judge, Marta Gil Soto, to free the 57 held at the rally.",
     [(57, "exact", "detained", "people", "asserted"), (57, "exact", "released", "people", "asserted")]),
    # an arrest protested has happened
    ("Villagers marched on Sunday to protest the arrest of nine fishermen accused of smuggling.",
     [(9, "exact", "detained", "fisherman", "asserted")]),
    # handed back to a humanitarian mission
    ("A church delegation received on Tuesday four people who were abducted by a militia.",
     [(4, "exact", "detained", "people", "asserted"), (4, "exact", "released", "people", "asserted")]),
    # still held, told with "continue"
    ("Seven engineers continue in the hands of the kidnappers.",
     [(7, "exact", "remain_imprisoned", "engineer", "asserted")]),
    # freedom taken away
    ("Since January the gangs have deprived 35 people of their freedom.",
     [(35, "exact", "detained", "people", "asserted")]),
    # verdicts counted beside the people they were handed to
    ("By June, courts had handed down 2,310 convictions to 1,905 people.",
     [(1905, "exact", "sentenced", "people", "asserted")]),
])
def test_counts(nlp, text, expected):
    assert counts(nlp, text) == sorted(expected)


@pytest.mark.parametrize("text, freed", [
    ("Police held 11 nurses overnight after the march. All were released on Saturday morning.", 11),
    ("Guards detained five singers outside the theatre. All of the singers were released the next day.", 5),
])
def test_all_of_the_group_counted_before(nlp, text, freed):
    assert (freed, "exact", "released") in [(c[0], c[1], c[2]) for c in counts(nlp, text)]


def test_a_song_title_is_no_person_and_no_release(nlp):
    result = analysis(nlp, "The band's second single Morning Rain was released on a summer compilation.")
    assert not [c for c in result.claims if c.kind == "person"]
    assert not result.release_report
