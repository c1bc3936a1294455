"""Claims/53, from blind-41's misses: people who "remain political prisoners" or "remain
hostages" are held now, and so is a part "of whom N remain detained" when the parser made
"remain" the participle's auxiliary."""

from __future__ import annotations

import pytest

from tests.analysed import counts


@pytest.mark.parametrize("text, expected", [
    ("Monitors say 310 people remain political prisoners, including 25 women.",
     [(25, "exact", "remain_imprisoned", "woman", "asserted"), (310, "exact", "remain_imprisoned", "prisoner", "asserted")]),
    ("Officials said 41 people remain hostages in the tunnels.", [(41, "exact", "remain_imprisoned", "hostage", "asserted")]),
    ("The two men remain prisoners' advocates.", []),
    ("Police arrested 900 marchers, of whom 120 remain detained.",
     [(120, "exact", "remain_imprisoned", "marcher", "asserted"), (900, "exact", "detained", "marcher", "asserted")]),
])
def test_remaining_prisoners(nlp, text, expected):
    assert counts(nlp, text) == sorted(expected)
