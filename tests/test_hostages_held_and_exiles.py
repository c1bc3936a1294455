"""Claims/43, from blind-31's misses: people "held hostage" whom the parser made the subject
of "held" and whose release it joined to it; "incarcerated" as "jailed" is (detained without a
term, held now after "there are"); a plane "carrying" prisoners "into exile" deports them; the
freed who "left" their country "for exile" crossed a border."""

from __future__ import annotations

import pytest

from tests.analysed import counts


@pytest.mark.parametrize("text, expected", [
    ("Three Britons held hostage in Mali by an armed group were freed on Sunday.",
     [(3, "exact", "detained", "briton", "asserted"), (3, "exact", "released", "briton", "asserted")]),
    # the participle's object is whom they hold
    ("Three gunmen held two nurses in a clinic.", [(2, "exact", "detained", "nurse", "asserted")]),
    ("In six months 64 new activists were incarcerated in Cuba.",
     [(64, "exact", "detained", "activist", "asserted")]),
    ("They were incarcerated for five years.", []),
    ("Today there are about 8,000 people incarcerated on political charges.",
     [(8000, "about", "remain_imprisoned", "people", "asserted")]),
    ("A plane carried 135 political prisoners into exile.", [(135, "exact", "deported", "prisoner", "asserted")]),
    ("The government freed 135 political prisoners on Thursday. That night 135 prisoners left Nicaragua for exile "
     "in Spain.",
     [(135, "exact", "crossed_border", "prisoner", "asserted"), (135, "exact", "released", "prisoner", "asserted")]),
])
def test_hostages_held_and_exiles(nlp, text, expected):
    assert counts(nlp, text) == expected
