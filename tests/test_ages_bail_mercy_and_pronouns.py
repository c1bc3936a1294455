"""Claims/86, from blind-69's misses: the second number of a range of ages ("between the ages
of 16 and 18", "aged 15 to 17") is an age, not a count; "N of whom" after a passive counts the
people it befell, not those "by" whom; a jail that "received" prisoners took them into custody;
people "still arrested" are held now; "radicals" are people; people held "back on Kenyan soil"
were freed; people "on bail" were let out (not people who failed to
raise it); "granted mercy" is a pardon; "free" in a clause with "be" frees only when said of
the subject ("are free", "are free men"; not "in support of free speech"); a headline's adverb
is no part of a name; two names the recogniser took for one organisation; and "she was
released" two sentences after the name, when the sentence between speaks of her and names no
one else."""

from __future__ import annotations

import pytest

from spacy.tokens import Span

from newsmon.pipeline.process.nlp import surnames
from tests.analysed import analysis, counts, persons


@pytest.mark.parametrize("text, expected", [
    ("At least 30 Chileans between the ages of 14 and 16 are currently in prison awaiting trial.",
     [(30, "at_least", "remain_imprisoned", "chilean", "asserted")]),
    ("Officials said 40 people aged 15 to 17 were detained.",
     [(40, "exact", "detained", "people", "asserted")]),
    ("Police detained 22 men aged between 19 and 40 at the rally.",
     [(22, "exact", "detained", "man", "asserted")]),
    # a range of counts, not of ages
    ("Between 200 and 300 prisoners were freed on Sunday.",
     [(200, "exact", "released", "prisoner", "asserted")]),
    ("Eleven students were questioned by officers from the border police, four of whom were later released.",
     [(4, "exact", "released", "student", "asserted")]),
    ("A jail near the capital received 30 prisoners that week.",
     [(30, "exact", "detained", "prisoner", "asserted")]),
    ("Ukraine received 150 prisoners of war in the exchange.",
     [(150, "exact", "released", "prisoner", "asserted")]),
    ("Nine months after the protests, 73 demonstrators are still arrested in three cities.",
     [(73, "exact", "remain_imprisoned", "demonstrator", "asserted")]),
    ("Nine months ago, 73 demonstrators were arrested in three cities.",
     [(73, "exact", "detained", "demonstrator", "asserted")]),
    ("The four bloggers arrested in June are on bail, their lawyer said.",
     [(4, "exact", "detained", "blogger", "asserted"), (4, "exact", "released", "blogger", "asserted")]),
    ("Seven students who have now been in remand since June for want of bail money were moved to another prison.",
     [(7, "exact", "detained", "student", "asserted")]),
    ("There are at least 41 political prisoners today, with at least 25 of them being refused bail.",
     [(25, "at_least", "remain_imprisoned", "prisoner", "asserted"),
      (41, "at_least", "remain_imprisoned", "prisoner", "asserted")]),
    ("The security service said on Tuesday that 39 radicals had been detained across the country.",
     [(39, "exact", "detained", "radical", "asserted")]),
    ("Two activists seized in Kampala have been freed. An official confirmed their release and said the two "
     "were at last back on Kenyan soil.",
     [(2, "exact", "detained", "activist", "asserted"), (2, "exact", "released", "activist", "asserted"),
      (2, "exact", "released", "activist", "asserted")]),
    ("The 40 tourists were back on British soil after the cruise.", []),
    ("In 2021 the king granted mercy to 26 inmates who had shown good conduct.",
     [(26, "exact", "pardoned", "inmate", "asserted")]),
])
def test_counts(nlp, text, expected):
    assert counts(nlp, text) == sorted(expected)


@pytest.mark.parametrize("text, expected", [
    ("Olena Marchuk, a reporter, was working near the front when she was seized by soldiers on 3 May. "
     "Her newspaper said she was probably held by the security service. She was released five days later.",
     ["Olena Marchuk"]),
    # "free" said of a noun in the clause, not of him
    ("Amir Karimi, a poet, was taken from his flat by police on 28 November. He had been about to join a "
     "rally held in support of free speech.",
     []),
    # a sentence between that names someone else: "she" is the one it names, one sentence back
    ("Olena Marchuk, a reporter, was working near the front when she was seized by soldiers on 3 May. "
     "Her editor Iryna Bondar said she was probably held by the security service. She was released five "
     "days later.",
     ["Iryna Bondar"]),
])
def test_persons(nlp, text, expected):
    assert persons(nlp, text) == sorted(expected)


def _names_after(nlp, text: str, start: int, end: int, label: str) -> list[tuple[str, str]]:
    """The entities left by newsmon's name rules when the recogniser had found only
    words ``start`` to ``end`` of ``text``, with ``label`` (as it did in real text)."""
    doc = nlp(text)
    doc.ents = [Span(doc, start, end, label=label)]
    return [(e.text, e.label_) for e in surnames(doc).ents]


def test_a_headlines_adverb_is_no_part_of_a_name(nlp):
    text = "Activist Tom Wekesa and Amos Oduya Finally Freed by Police After Weeks"
    assert nlp(text)[6].tag_ == "RB"
    assert ("Amos Oduya", "PERSON") in _names_after(nlp, text, 4, 7, "PERSON")


def test_two_names_taken_for_one_organisation(nlp):
    text = "Ferdinand Koffi and Joël Mensah, the two reporters held since May, were released on Friday."
    assert _names_after(nlp, text, 0, 5, "ORG") == [("Ferdinand Koffi", "PERSON"), ("Joël Mensah", "PERSON")]


def test_a_pronoun_two_sentences_on_makes_a_release_report(nlp):
    text = ("Olena Marchuk, a reporter, was working near the front when she was seized by soldiers on 3 May. "
            "Her newspaper said she was probably held by the security service. She was released five days later.")
    assert analysis(nlp, text).release_report
