"""Claims/103, from blind-85's misses: political prisoners counted as the subject of any verb in
the present are held now; a stock with no verb of its own that a modal hedges; house arrest or
restricted freedom a court hands down; "granted pardons or commuted the terms of N"; custody
a participle tells after the group the people come from; "all three" named just before; names
arrested together and freed as "they" (and no count of a part of them); and, as no claims,
another group's participle and a ship's name."""

from __future__ import annotations

import pytest

from tests.analysed import counts, persons


@pytest.mark.parametrize("text, expected", [
    ("At least 31 political prisoners in the country's colonies are fathers of young children.",
     [(31, "at_least", "remain_imprisoned", "prisoner", "asserted")]),
    ("Some 118 political prisoners are grouped into six categories.",
     [(118, "about", "remain_imprisoned", "prisoner", "asserted")]),
    ("Rights groups think the overall number of detainees could be close to 2,300.",
     [(2300, "nearly", "remain_imprisoned", "detainee", "hedged")]),
    ("Last year 64 women received house arrest.",
     [(64, "exact", "sentenced", "woman", "asserted")]),
    ("In 2024, 45 activists received restricted freedom.",
     [(45, "exact", "sentenced", "activist", "asserted")]),
    ("The supreme leader granted pardons or commuted the prison terms of 1,650 convicts.",
     [(1650, "exact", "pardoned", "convict", "asserted")]),
    ("The king granted pardons to 300 prisoners and commuted the sentences of 90 others.",
     [(300, "exact", "pardoned", "prisoner", "asserted")]),
    ("In a flat in Vilnius, three volunteers are packing parcels for compatriots imprisoned in Belarus.", []),
    ("The government handed over 48 fighters from the rebel brigades held in Sednaya Prison.",
     [(48, "exact", "released", "fighter", "asserted"), (48, "exact", "detained", "fighter", "asserted")]),
    ("Police arrested 30 people at the vigil. Among them were the journalists Lena Orlova, Ivan Sokol and "
     "Oleg Brodsky. All three had been jailed before.",
     [(30, "exact", "detained", "people", "asserted"), (3, "exact", "detained", "journalist", "asserted")]),
    ("Five of the released 40 prisoners were Latvian citizens.",
     [(5, "exact", "released", "citizen", "asserted"), (40, "exact", "released", "prisoner", "asserted")]),
    ("Security agents detained Karim Haddad, the head of the union, along with two of his deputies and the "
     "lawyer Hussein Jaber. They were taken to a base and let go a few hours later.",
     [(2, "exact", "detained", "deputy", "asserted")]),
])
def test_counts(nlp, text, expected):
    assert counts(nlp, text) == sorted(expected)


@pytest.mark.parametrize("text, expected", [
    ("Security agents detained Karim Haddad, the head of the union, along with two of his deputies and the "
     "lawyer Hussein Jaber. They were taken to a base and let go a few hours later.",
     {"Karim Haddad", "Hussein Jaber"}),
    ("Police detained Ana Lopez and Maria Gomez on Monday. They were released the next day.",
     {"Ana Lopez", "Maria Gomez"}),
    ("The historian, head of the Institute for Political Studies and Flying University Anatol Lyabedzka was one "
     "of 18 prisoners who were released on Friday.", {"Anatol Lyabedzka"}),
    ("The navy released the Panama-flagged tanker Meridian Star with its 14 sailors aboard.", set()),
])
def test_persons(nlp, text, expected):
    assert set(persons(nlp, text)) == expected
