"""Claims/28: a verbless headline's part "among" a freed group ("Eight reporters among 40
political prisoners released") was freed with it; people "included in the amnesty list"
were pardoned, as "included in the amnesty" were; and a count put before its tally
("brings to 21 the number of hostages released") counts what the tally counts."""

from __future__ import annotations

import pytest

from tests.analysed import counts


@pytest.mark.parametrize("text, expected", [
    ("Eight reporters among 40 political prisoners released in Belarus",
     [(8, "exact", "released", "reporter", "asserted"), (40, "exact", "released", "prisoner", "asserted")]),
    # a part among the held is held (claims/34: the part of a group takes the group's predicate)
    ("Eight reporters among 40 political prisoners in Belarus", [(8, "exact", "remain_imprisoned", "reporter", "asserted"),
                                                                  (40, "exact", "remain_imprisoned", "prisoner", "asserted")]),
])
def test_a_headline_part_among_a_freed_group(nlp, text, expected):
    assert counts(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("According to the minister, 12 foreigners were included in this year's amnesty list.",
     [(12, "exact", "pardoned", "foreigner", "asserted")]),
    ("Twelve prisoners were included in the exchange list.", [(12, "exact", "released", "prisoner", "asserted")]),
    ("Twelve prisoners were included in the waiting list.", []),
])
def test_included_in_a_release_list(nlp, text, expected):
    assert counts(nlp, text) == expected


def test_a_count_before_its_tally(nlp):
    text = ("Hamas freed three hostages and Israel freed 90 prisoners. "
            "Their release brings to 21 the number of hostages released since the truce began.")
    assert (21, "exact", "released", "hostage", "asserted") in counts(nlp, text)
