"""Claims/95, from blind-77's misses: "experts" are people (WordNet's first sense of the word
is the adjective), and "cases of abductions" are a tally of people taken, as the guidelines
read kidnappings, where "cases of enforced disappearance" stay unlabelled."""

from __future__ import annotations

import pytest

from tests.analysed import counts


@pytest.mark.parametrize("text, expected", [
    ("Police held at least nine water experts in 2019.",
     [(9, "at_least", "detained", "expert", "asserted")]),
    ("The report by 12 experts was released on Monday.", []),
    ("So far, the commission says, there are 15 more cases of abductions in the last three months.",
     [(15, "exact", "detained", "people", "asserted")]),
    ("The group lists 140 cases of enforced disappearance since May.", []),
])
def test_counts(nlp, text, expected):
    assert counts(nlp, text) == sorted(expected)
