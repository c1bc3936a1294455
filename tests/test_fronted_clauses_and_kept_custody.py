"""Claims/45, from blind-33's misses: a headline's clause the parser hung on the next clause's
modal verb; "have been held" is custody so far; people of a country named in two words; the
freeing of a group whose parts follow a dash; a first group with its own "including" keeps
its own description; "granted parole"; a release denied or refused; people the recogniser
took for a name ("two former Green Berets"); a nickname in quotes inside a name; one of a
group "to be jailed" told with a past copula; "were kept in custody"; a prison's number."""

from __future__ import annotations

import pytest

from tests.analysed import counts, persons


@pytest.mark.parametrize("text, expected", [
    ("Police arrest 300 in night raids, some could face treason charges",
     [(300, "exact", "detained", "people", "asserted")]),
    # a modal on the released people's own verb still hedges
    ("Ten activists could be freed, the group said.", [(10, "exact", "released", "activist", "hedged")]),
    ("Officials say at least six Canadians have been held in Iran, accused of spying.",
     [(6, "at_least", "detained", "canadian", "asserted")]),
    ("Six Canadians are still held in Iran.", [(6, "exact", "remain_imprisoned", "canadian", "asserted")]),
    ("The amnesty freed three Sri Lankans and two North Koreans.",
     [(2, "exact", "released", "north korean", "asserted"), (3, "exact", "released", "sri lankan", "asserted")]),
    ("That night came the freeing of the other side's detainees — 30 women and 12 boys held without charge.",
     [(12, "exact", "detained", "boy", "asserted"), (12, "exact", "released", "boy", "asserted"),
      (30, "exact", "detained", "woman", "asserted"), (30, "exact", "released", "woman", "asserted")]),
    ("Officials freed 30 women, including some convicted of arson, and 12 boys arrested at protests.",
     [(12, "exact", "detained", "boy", "asserted"), (12, "exact", "released", "boy", "asserted"),
      (30, "exact", "released", "woman", "asserted")]),
    ("Ahmadi was granted parole in April, along with some 9,000 other inmates.",
     [(9000, "about", "released", "inmate", "asserted")]),
    ("The judge denied the release of 12 activists.", [(12, "exact", "released", "activist", "hedged")]),
    ("Three former Navy Seals, A. Brown and C. Dale among them, were also freed.",
     [(3, "exact", "released", "seal", "asserted")]),
    ("Ms Lam was among two British nationals and five Thais to be jailed for two years on Monday.",
     [(5, "exact", "sentenced", "thai", "asserted")]),
    ("Ms Lam was among five activists to be tried next month.", []),
    ("All three had been denied bail since their arrest and were then kept in custody for a year before the trial.",
     [(3, "exact", "detained", "people", "asserted"), (3, "exact", "released", "people", "hedged")]),
    ("She spent two years in colony No. 4 in Gomel.", []),
])
def test_fronted_clauses_and_kept_custody(nlp, text, expected):
    assert counts(nlp, text) == sorted(expected)


@pytest.mark.parametrize("text, expected", [
    ("Three former Navy Seals, Adam Brown and Colin Dale, were also freed.", ["Adam Brown", "Colin Dale"]),
    ('Police freed Tran Van "Binh" Hollis on Monday.', ['Tran Van "Binh" Hollis']),
    ("A court denied parole to Irina Volkova on Friday.", []),
])
def test_names_with_counts_and_nicknames(nlp, text, expected):
    assert persons(nlp, text) == expected
