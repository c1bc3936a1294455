"""Claims/65, from blind-51's misses: people "still in captivity" beside a release are the
rest, not the freed; people who remain "in the kidnappers' hands"; soldiers who "surrendered to
captivity" are taken; abducted people "recovered" are freed, and captives "transferred to"
their side's authorities are handed back; "it was possible to return" soldiers tells what was
done; a census "with 363 imprisoned as of" a day; the names on a list of political prisoners,
however the list is described; "forced into exile" even beside "anti-government"; "Among those
detained, N were charged"; a release in the second verb of a relative clause; and names that go
on after "Others include" in the sentence after freed ones."""

from __future__ import annotations

import pytest

from tests.analysed import counts, persons


@pytest.mark.parametrize("text, expected", [
    ("Gunmen freed three more travellers from the bus, 17 still in captivity",
     [(3, "exact", "released", "traveller", "asserted"), (17, "exact", "remain_imprisoned", "traveller", "asserted")]),
    ("In all, 40 villagers have been freed by the gang while 12 others are still in captivity two months on.",
     [(12, "exact", "remain_imprisoned", "villager", "asserted"), (40, "exact", "released", "villager", "asserted")]),
    # in captivity for a time up to now: held so far (as "have been in custody since May")
    ("The 12 sailors have been in captivity since May.", [(12, "exact", "detained", "sailor", "asserted")]),
    # the captivity of other people, deeper in the clause, says nothing of these
    ("In January, 65 prisoners of war who were due to be exchanged for soldiers in Ukrainian captivity died in a "
     "plane crash.", []),
    ("The ordeal is not over: seven farmers remain in the abductors' hands.",
     [(7, "exact", "remain_imprisoned", "farmer", "asserted")]),
    ("Nine fishermen still remain in the hands of a militia, their families say.",
     [(9, "exact", "remain_imprisoned", "fisherman", "asserted")]),
    ("About 1,800 marines surrendered to Russian captivity at the steel plant.",
     [(1800, "about", "detained", "marine", "asserted")]),
    ("Police said 23 kidnapped schoolchildren had been recovered in a forest near the town.",
     [(23, "exact", "released", "schoolchild", "asserted")]),
    ("Divers recovered 23 bodies from the river.", []),
    ("Earlier, five hostages held by the group were transferred to Israeli authorities at the crossing.",
     [(5, "exact", "detained", "hostage", "asserted"), (5, "exact", "released", "hostage", "asserted")]),
    # prisoners moved between authorities are still held
    ("Five inmates were transferred to the prison authorities of another region.", []),
    ("This time it was possible to return 45 soldiers who had defended the port.",
     [(45, "exact", "released", "soldier", "asserted")]),
    ("It would be possible to release 30 prisoners next week.", [(30, "exact", "released", "prisoner", "hedged")]),
    ("It is possible to free 40 prisoners, the minister said.", [(40, "exact", "released", "prisoner", "hedged")]),
    ("The group found record numbers of reporters behind bars, with 290 imprisoned as of 1 December.",
     [(290, "exact", "remain_imprisoned", "reporter", "asserted")]),
    ("Rights Watch's list of political prisoners jailed by the state now includes 640 names.",
     [(640, "exact", "remain_imprisoned", "prisoner", "asserted")]),
    ("The group keeps a list of political prisoners. This list of 640 names is far from complete, the group says.",
     [(640, "exact", "remain_imprisoned", "prisoner", "asserted")]),
    # a list with nothing said of political prisoners holds nobody
    ("The talks stalled. The envoy passed a list of 300 names to Minsk.", []),
    ("Since the anti-government protests of 2018, some 150 reporters have been forced into exile, \"to keep their "
     "families safe\".", [(150, "about", "deported", "reporter", "asserted")]),
    ("Among those detained, over 90 people were charged with high treason and 40 others were held for filming bases.",
     [(40, "exact", "detained", "people", "asserted"), (90, "more_than", "detained", "people", "asserted")]),
    ("Among those arrested, 30 students were later charged with rioting.",
     [(30, "exact", "detained", "student", "asserted")]),
    ("Six activists who were detained in March and released pending trial in April have been sentenced to five years.",
     [(6, "exact", "detained", "activist", "asserted"), (6, "exact", "released", "activist", "asserted"),
      (6, "exact", "sentenced", "activist", "asserted")]),
])
def test_counts(nlp, text, expected):
    assert counts(nlp, text) == sorted(expected)


@pytest.mark.parametrize("text, expected", [
    ("Gunmen have freed nine of the bus passengers. They are Musa Bello, Grace Okafor and Ibrahim Sule. Others "
     "include Kemi Adeyemi, Tunde Bakare and Fatima Umar.", ["Fatima Umar", "Ibrahim Sule", "Musa Bello"]),
    ("Police arrested Musa Bello and Grace Okafor. Others include Fatima Umar.", []),
])
def test_persons(nlp, text, expected):
    assert persons(nlp, text) == expected
