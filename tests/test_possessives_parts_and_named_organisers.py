"""Claims/88, from blind-71's misses: "podcasters" are people; a participle on "a man" joined to
a counted group is that man's, not the group's; a person a headline named by surname alone and
the text in full before a possessive ending is named in full, without the ending; and names
set beside a plural subject ("The organisers, A and B, were detained") are freed as "they" a
sentence on, unless a counted group comes between."""

from __future__ import annotations

import pytest

from tests.analysed import counts, persons


@pytest.mark.parametrize("text, expected", [
    ("The president pardoned eight people on Friday, among them seven retired officers and a man convicted "
     "of murder.",
     [(7, "exact", "pardoned", "officer", "asserted"), (8, "exact", "pardoned", "people", "asserted")]),
    # one more of the same kind, counted by "a", shares the participle, as before
    ("Russia returned two Poles and a Dane convicted of spying.",
     [(2, "exact", "released", "pole", "asserted"), (2, "exact", "sentenced", "pole", "asserted")]),
    ("Security officers detained the two podcasters at their homes.",
     [(2, "exact", "detained", "podcaster", "asserted")]),
])
def test_counts(nlp, text, expected):
    assert counts(nlp, text) == sorted(expected)


@pytest.mark.parametrize("text, expected", [
    ("Press freedom falls a decade after Lopez's release\n\nTen years after Jason Lopez's release from an "
     "Iranian jail, his old paper marked the day.",
     ["Jason Lopez"]),
    ("The organisers of the march, Mete Aksoy and Ilkin Rustamli, were detained before it began. They were "
     "released hours later, miles away from the city.",
     ["Ilkin Rustamli", "Mete Aksoy"]),
    # "they" are the students counted between
    ("The organisers of the march, Mete Aksoy and Ilkin Rustamli, were detained before it began. Police also "
     "held three students. They were later released.",
     []),
])
def test_persons(nlp, text, expected):
    assert persons(nlp, text) == sorted(expected)
