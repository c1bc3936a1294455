"""Claims/57, from blind-45's misses: figures with a scale in words ("45 thousand"), grace
measures as pardons, a stock's participle of deportation, "among them being" a part, a
freed group "flown to" a city in the next sentence, "all of those seized were freed", and
a name set beside the subject it describes, freed as "she" in the next sentence."""

from __future__ import annotations

import pytest

from tests.analysed import analysis, counts, persons


@pytest.mark.parametrize("text, expected", [
    ("Nearly 45 thousand women have received prison sentences so far, she said.",
     [(45000, "nearly", "sentenced", "woman", "asserted")]),
    # a population in millions is no count of people held
    ("A record 6 million adults were behind bars or on probation by the end of the year, officials said.", []),
    ("The president signed two decrees granting grace measures to more than 6,000 detainees.",
     [(6000, "more_than", "pardoned", "detainee", "asserted")]),
    ("The prison where about 300 Salvadorans deported by the United States are held lies outside the capital.",
     [(300, "about", "deported", "salvadoran", "asserted"), (300, "about", "remain_imprisoned", "salvadoran", "asserted")]),
    ("Police detained 40 more people near the court, among them being two students of the university.",
     [(2, "exact", "detained", "student", "asserted"), (40, "exact", "detained", "people", "asserted")]),
    ("Turkey freed and deported at least eight activists last month. They were flown to Ashgabat on Monday.",
     [(8, "at_least", "crossed_border", "activist", "asserted"), (8, "at_least", "deported", "activist", "asserted"),
      (8, "at_least", "released", "activist", "asserted")]),
])
def test_counts(nlp, text, expected):
    assert counts(nlp, text) == sorted(expected)


def test_a_name_beside_its_subject_freed_next(nlp):
    text = ("The reporter's wife, writer Aliya Serikova, was among the activists detained on Sunday. She was later "
            "released.")
    assert persons(nlp, text) == ["Aliya Serikova"]


def test_all_of_those_seized_freed(nlp):
    text = "Officers detained 12 people in the square. A monitor reported that all of those seized were freed overnight."
    assert analysis(nlp, text).release_report is True
