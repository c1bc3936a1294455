"""Claims/46, from blind-34's misses: a freed group "made up of" counts, each "all
convicted"; a whole "among" which a person was, told with its own participle; people held now inside a release
still hoped for; people who "were prisoners of war"; officers doing something to another
person; a freed person who "said he was released"; plural abbreviations taken for names."""

from __future__ import annotations

import pytest

from tests.analysed import counts, persons


@pytest.mark.parametrize("text, expected", [
    ("No names were given for those pardoned; officials said only that this group was made up of five women and "
     "17 men, all convicted of extremism.",
     [(5, "exact", "pardoned", "woman", "asserted"), (5, "exact", "sentenced", "woman", "asserted"),
      (17, "exact", "pardoned", "man", "asserted"), (17, "exact", "sentenced", "man", "asserted")]),
    ("She was among the 14 political prisoners freed by the president in a deal.",
     [(14, "exact", "released", "prisoner", "asserted")]),
    # a whole that says nothing of what befell it is only the group she is part of
    ("She was among the 14.", []),
    ("The envoy is trying to free what activists say are more than 900 Belarusians now behind bars.",
     [(900, "more_than", "remain_imprisoned", "belarusian", "asserted")]),
    ("In March, officials said that about 5,000 Ukrainians were prisoners of war.",
     [(5000, "about", "remain_imprisoned", "ukrainian", "asserted")]),
    # a part of a freed group described so is not a stock
    ("Russia freed 40 people on Friday. Nine of them were prisoners of war.",
     [(9, "exact", "released", "prisoner", "asserted"), (40, "exact", "released", "people", "asserted")]),
    ("Cameras filmed four armed guards escorting the dissident back into Belarus.", []),
    ("The released prisoners included 20 of 90 women serving their terms in a colony.",
     [(20, "exact", "released", "woman", "asserted"), (90, "exact", "remain_imprisoned", "woman", "asserted")]),
])
def test_groups_made_up_and_captives(nlp, text, expected):
    assert counts(nlp, text) == sorted(expected)


@pytest.mark.parametrize("text, expected", [
    ("Maksim Znak, a lawyer, said he was released from prison at dawn.", ["Maksim Znak"]),
    ("Maksim Znak said he was arrested at dawn.", []),
    ("President Ilham Aliyev told reporters that he was pardoning 40 people.", []),
    ("Kyiv and Moscow swapped POWs on Friday, freeing Ivan Petrenko.", ["Ivan Petrenko"]),
])
def test_freed_speakers_and_abbreviations(nlp, text, expected):
    assert persons(nlp, text) == expected
