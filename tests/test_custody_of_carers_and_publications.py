"""Claims/25: captives freed "into the custody of the Red Cross" (or of their families) are
free; "several dozen" writes no count; a participle before the object's name ("pardoned
detained researcher X") describes the object, so the verb before it still frees X when the
parser made X the subject of a trailing "state media reported"; a poll "of voters released
on Friday" is a publication released, not people; people "due for release" are a release to
come, not a stock of the held; "Ms Cheng" after "Cheng Lei" is the same freed person; and a
name inside a relative clause of a list of the freed ("whom a court loyal to governor D had
jailed") is not one of the list; people counted "among the detainees" after the verb were
detained, as before it; and the whole of "Of the 2,000 people, 640 have been released" was not
released (the verb is the part's)."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from newsmon.pipeline.process.governors import object_verb_before
from newsmon.pipeline.process.lexicon import load_lexicon
from tests.analysed import analysis, counts, persons


@pytest.mark.parametrize("text, expected", [
    ("The militants freed nine captives into the custody of the Red Cross on Sunday.",
     [(9, "exact", "released", "captive", "asserted")]),
    ("Guards released four detainees into the care of their families late on Friday.",
     [(4, "exact", "released", "detainee", "asserted")]),
])
def test_freed_into_the_custody_of_carers(nlp, text, expected):
    assert counts(nlp, text) == expected
    assert analysis(nlp, text).release_report


@pytest.mark.parametrize("text", [
    "The three reporters were released into police custody and charged the next day.",
    "The two students were released into a waiting prison van after the hearing.",
])
def test_freed_into_police_custody_is_no_release(nlp, text):
    assert not analysis(nlp, text).release_report


@pytest.mark.parametrize("text, expected", [
    ("Officers held several dozen students after the march.", []),
    ("Officers held a few dozen students after the march.", []),
    # a dozen written with a number is one
    ("Officers held two dozen students after the march.", [(24, "exact", "detained", "student", "asserted")]),
    ("Officers held a dozen students after the march.", [(12, "exact", "detained", "student", "asserted")]),
])
def test_several_dozen_is_no_count(nlp, text, expected):
    assert counts(nlp, text) == expected


def test_a_participle_before_the_name_describes_it(nlp):
    # the parse the tagger gave a real sentence: the name made the subject of the trailing
    # "media reported", and "detained" a verb modifying the title before the name
    words = ["The", "king", "pardoned", "detained", "researcher", "Omar", "Nabil", ",", "state", "media", "has",
             "reported", "."]
    doc = Doc(nlp.vocab, words=words, heads=[1, 2, 2, 4, 6, 6, 11, 11, 9, 11, 11, 2, 2],
              deps=["det", "nsubj", "ROOT", "amod", "compound", "compound", "nsubj", "punct", "compound", "nsubj",
                    "aux", "ccomp", "punct"],
              pos=["DET", "NOUN", "VERB", "VERB", "NOUN", "PROPN", "PROPN", "PUNCT", "NOUN", "NOUN", "AUX", "VERB",
                   "PUNCT"],
              tags=["DT", "NN", "VBD", "VBN", "NN", "NNP", "NNP", ",", "NN", "NN", "VBZ", "VBN", "."],
              lemmas=["the", "king", "pardon", "detain", "researcher", "Omar", "Nabil", ",", "state", "media", "have",
                      "report", "."])
    verb, predicate = object_verb_before(5, doc[6], doc[0:13], load_lexicon())
    assert (verb.i, predicate) == (2, "pardoned")


def test_a_poll_of_voters_released_is_a_publication(nlp):
    text = "A set of surveys of registered voters released on Friday shows the mayor ahead by three points."
    assert not analysis(nlp, text).release_report


@pytest.mark.parametrize("text, expected", [
    ("The number of detainees released on Friday rose to 40.", [(40, "exact", "released", "detainee", "asserted")]),
    ("The names of the prisoners released on Monday were read out on state radio.", []),
])
def test_people_released_under_a_noun_are_still_released(nlp, text, expected):
    assert counts(nlp, text) == expected
    assert analysis(nlp, text).release_report


@pytest.mark.parametrize("text", [
    "Officials drew up a roster of 25 inmates due for release before the holiday.",
    "The militants handed a list of more than 30 captives slated for release to the mediators.",
])
def test_people_due_for_release_are_no_stock(nlp, text):
    assert [c for c in counts(nlp, text) if c[2] == "remain_imprisoned"] == []


def test_the_held_are_still_a_stock(nlp):
    assert counts(nlp, "There are 1,100 political prisoners in the country.") == [
        (1100, "exact", "remain_imprisoned", "prisoner", "asserted")]


def test_a_title_and_a_surname_is_the_person_already_named(nlp):
    text = ("Journalist Maria Kovacs, held for two years on spying charges, was released on Tuesday. "
            "Ms Kovacs arrived in Vienna the next morning and met her sons.")
    assert persons(nlp, text) == ["Maria Kovacs"]


def test_a_title_with_another_surname_is_another_person(nlp):
    text = ("Journalist Maria Kovacs, held for two years on spying charges, was released on Tuesday. "
            "Ms Kovacs arrived in Vienna the next morning. Ms Novak, her lawyer, was released a week later.")
    assert persons(nlp, text) == ["Maria Kovacs", "Ms Novak"]


def test_a_name_inside_a_relative_clause_of_the_list_is_not_listed(nlp):
    text = ("Among those freed were activists Ana Petrova and Ivan Sokol, whom a court loyal to "
            "Governor Pavel Orlov had jailed for ten years.")
    assert persons(nlp, text) == ["Ana Petrova", "Ivan Sokol"]


@pytest.mark.parametrize("text, expected", [
    ("Opposition leader Ivan Sokol and three members of the choir were among the detainees.",
     [(3, "exact", "detained", "member", "asserted")]),
    ("Among the detainees were two students and a teacher.", [(2, "exact", "detained", "student", "asserted")]),
    # the detainees' relatives are not detainees
    ("Two students were among the detainees' relatives who spoke to reporters.", []),
])
def test_counted_people_among_the_detainees(nlp, text, expected):
    assert counts(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # the whole of a partitive opener is not what its part's verb says
    ("Of the 2,000 people, 640 have been released.", [(640, "exact", "released", "people", "asserted")]),
    ("Of the 2,000 people arrested after the vote, 640 have been released.",
     [(640, "exact", "released", "people", "asserted"), (2000, "exact", "detained", "people", "asserted")]),
    # a whole with its own participle, and a copula that tells of the part only
    ("Of the 31 pardoned, nine are women.",
     [(9, "exact", "pardoned", "woman", "asserted"), (31, "exact", "pardoned", "people", "asserted")]),
])
def test_the_whole_of_a_partitive_opener(nlp, text, expected):
    assert counts(nlp, text) == expected
