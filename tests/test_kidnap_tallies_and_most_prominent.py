"""Claims/89, from blind-72's misses: a tally of kidnappings counts the people taken; truck
drivers, a school's staff and people "kidnapped in May" are people; a part of "the dozens of
farmers seized" is a part of captives; people "sent across in exchange for" others are
freed; detained people a present "include" lists are held now; a group "included" after a
pardon told by a noun was pardoned; and named people: "Among the most prominent were A and
B" after a release, "such as A" hung on the wrong noun, "X, who served a term before being
freed", and a registry's organisation never taken for a person."""

from __future__ import annotations

import pytest

from tests.analysed import analysis, counts, persons


@pytest.mark.parametrize("text, expected", [
    ("Some 410 kidnappings were recorded in the province during the first half of the year.",
     [(410, "about", "detained", "people", "asserted")]),
    # events of many, and a rate: no count of people
    ("Gunmen carried out three mass abductions in the state last month.", []),
    ("The valley typically sees two to five abductions annually, officials said.", []),
    ("Six Turkish truck drivers, seized by an armed group in March near the border, were freed on Sunday.",
     [(6, "exact", "detained", "driver", "asserted"), (6, "exact", "released", "driver", "asserted")]),
    # a printer's drivers are no people
    ("The new drivers for the scanners were released on Monday.", []),
    ("Bandits abducted nine pupils and four staff of a secondary school in the north.",
     [(4, "exact", "detained", "staff", "asserted"), (9, "exact", "detained", "pupil", "asserted")]),
    ("Seven of the dozens of farmers kidnapped from the market were reunited with their families late on Friday.",
     [(7, "exact", "detained", "farmer", "asserted"), (7, "exact", "released", "farmer", "asserted")]),
    ("Officials said that 80 people were sent to Armenia in exchange for captured soldiers.",
     [(80, "exact", "released", "people", "asserted")]),
    # handed over in an exchange (tests/eval/GUIDELINES.md, "Exchanges"), destination or not
    ("Nine people were sent back to Russia in the exchange.", [(9, "exact", "released", "people", "asserted")]),
    # sent home "in return": what the labels read as a journey, not a release
    ("In return, about 90 Peruvians held in Chile were sent back to their country.",
     [(90, "about", "detained", "peruvian", "asserted")]),
    ("Other jailed foreigners include six Georgians and three Moldovans.",
     [(3, "exact", "remain_imprisoned", "moldovan", "asserted"),
      (6, "exact", "remain_imprisoned", "georgian", "asserted")]),
    # in the past tense, the arrest as before
    ("The detained reporters included two Estonians.",
     [(2, "exact", "detained", "estonian", "asserted")]),
    ("On Monday the office announced the pardon of 18 convicts. The group included 11 women and seven men.",
     [(7, "exact", "pardoned", "man", "asserted"), (11, "exact", "pardoned", "woman", "asserted"),
      (18, "exact", "pardoned", "convict", "asserted")]),
    # a plan two sentences back frees no one the group includes
    ("Plans were drawn up for the exchange of wounded prisoners. The aircraft are based in the capital. "
     "Officials said the first group includes 14 Indian and 22 Pakistani soldiers.",
     []),
])
def test_counts(nlp, text, expected):
    assert counts(nlp, text) == sorted(expected)


@pytest.mark.parametrize("text, expected", [
    ("Minsk freed 14 prisoners on Friday. That group included two bloggers and a priest. Among the most "
     "prominent were blogger Ales Marozau and priest Andrei Zhylka.",
     ["Ales Marozau", "Andrei Zhylka"]),
    ("Minsk freed 14 prisoners on Friday. That group included two bloggers and a priest. Among the best-known "
     "names were blogger Ales Marozau and priest Andrei Zhylka.",
     ["Ales Marozau", "Andrei Zhylka"]),
    # the most prominent of those still held, told between, are not the freed
    ("Minsk freed 14 prisoners in March. About 1,150 remain behind bars. Among the most prominent are "
     "Ales Marozau and Andrei Zhylka.",
     []),
    # nor those of a sentencing
    ("A court jailed 30 students on Monday. Among the most prominent were Ales Marozau and Andrei Zhylka.", []),
    ("The pardoned group also includes well-known figures from the trade unions, such as Pavel Sidarenka and "
     "lawyer Ales Marozau.",
     ["Ales Marozau", "Pavel Sidarenka"]),
    ("Her fate matched that of other activists, such as Pavel Sidarenka, who served a five-year term before "
     "being released last spring.",
     ["Pavel Sidarenka"]),
    ("The bishop was pardoned together with two Catholic priests, Andzi Karpovich and Henryk Lisouski.",
     ["Andzi Karpovich", "Henryk Lisouski"]),
])
def test_persons(nlp, text, expected):
    assert persons(nlp, text) == sorted(expected)


def test_armed_group_of_the_registry_is_no_person(nlp):
    # a broken parse makes the group the object of "frees"; the registry's label stands
    result = analysis(nlp, "Chad army frees 14 Boko Haram captives")
    assert [c.person_name for c in result.claims if c.kind == "person"] == []
