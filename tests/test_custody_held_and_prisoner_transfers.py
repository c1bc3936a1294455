"""Claims/49, from blind-37's misses: "fewer than" is an upper bound; peoples of South Asia
and others the noun list missed; a noun before the people that says which of them ("12
minority Tamils"); "have remained in custody since" is still held; people "being arrested
daily" are arrests, not a stock; a tally's range the tagger called a date; the numbers of
rooms, sums of money and one-digit names are no counts; "pardoned or cut the terms of"; a
passive's subject the tagger called a date; "had N in its custody" is a stock (but who
"has" lawyers is not held); "many of whom" is a part of no stated size; a plural "who"
clause hung on the household the members belong to; enforced disappearances are people
taken; the repatriated are freed, unless they are prisoners sent home to serve their terms;
a clause after the last of joined counts describes them all; the freed "flown out of" a
country; an aside between dashes; the dead handed back are no freed people."""

from __future__ import annotations

import pytest

from tests.analysed import counts


@pytest.mark.parametrize("text, expected", [
    ("Fewer than 200 protesters are still in custody, the governor said.",
     [(200, "up_to", "remain_imprisoned", "protester", "asserted")]),
    ("Officials said less than 50 prisoners were freed.", [(50, "up_to", "released", "prisoner", "asserted")]),
    ("Authorities pardoned 12 minority Tamils imprisoned under the terrorism law.",
     [(12, "exact", "detained", "tamil", "asserted"), (12, "exact", "pardoned", "tamil", "asserted")]),
    ("Police detained 40 Hazaras and 12 Baloch activists.",
     [(12, "exact", "detained", "activist", "asserted"), (40, "exact", "detained", "hazara", "asserted")]),
    ("Nine reporters have remained in detention since March.", [(9, "exact", "remain_imprisoned", "reporter", "asserted")]),
    ("Since March, nine reporters have been kept in detention.", [(9, "exact", "detained", "reporter", "asserted")]),
    ("Some 30 people are being arrested daily in the capital.", [(30, "about", "detained", "people", "asserted")]),
    ("Some 30 people are being held in the capital.", [(30, "about", "remain_imprisoned", "people", "asserted")]),
    ("Witnesses put the number of students jailed at between 70 and 120.",
     [(70, "exact", "detained", "student", "asserted")]),
    ("She was kept in rooms 214 and 215 of the hospital before her release.", []),
    ("The court freed the two activists on bail of Rupees 50,000 each.",
     [(2, "exact", "released", "activist", "asserted")]),
    ("Gibraltar released the seized tanker Grace 1 in August.", []),
    ("The emir pardoned or reduced the terms of 1,500 inmates.", [(1500, "exact", "pardoned", "inmate", "asserted")]),
    ("Among those granted amnesty, 45 had been convicted of security offences.",
     [(45, "exact", "pardoned", "people", "asserted"), (45, "exact", "sentenced", "people", "asserted")]),
    ("The foreign ministry said it had 250 Indians in its custody, including 90 fishermen.",
     [(90, "exact", "remain_imprisoned", "fisherman", "asserted"),
      (250, "exact", "remain_imprisoned", "indian", "asserted")]),
    ("Twelve reporters have lawyers in prison.", []),
    ("The freed group includes 40 fishermen and 12 sailors, many of whom had been in jail for years.",
     [(12, "exact", "released", "sailor", "asserted"), (40, "exact", "released", "fisherman", "asserted")]),
    ("Three members of one household who were detained in May were later freed.",
     [(3, "exact", "detained", "member", "asserted"), (3, "exact", "released", "member", "asserted")]),
    ("Rights groups documented more than 500 enforced disappearances last year.",
     [(500, "more_than", "detained", "people", "asserted")]),
    ("Pakistan repatriated 22 Indian fishermen on Friday.", [(22, "exact", "released", "fisherman", "asserted")]),
    ("Iraq repatriated 30 Iranian convicts last week.", []),
    ("Iraq repatriated 30 Iranian prisoners so that they could serve out their terms in Iran.", []),
    ("The governments completed the release of 20 Indian and 95 Bangladeshi fishermen, who were arrested at sea.",
     [(20, "exact", "detained", "fisherman", "asserted"), (20, "exact", "released", "fisherman", "asserted"),
      (95, "exact", "detained", "fisherman", "asserted"), (95, "exact", "released", "fisherman", "asserted")]),
    ("Tehran freed six crew members of the tanker, and the sailors were flown out of Iran on Sunday.",
     [(6, "exact", "crossed_border", "member", "asserted"), (6, "exact", "released", "member", "asserted")]),
    ("The total of people covered by the decree — including detainees freed on bail — reached 45,000.", []),
    ("It was reported that three bodies were handed over – two soldiers and an elderly woman.", []),
    ("Officials confirmed that five bodies were returned – three Poles and two Czechs.", []),
])
def test_custody_held_and_prisoner_transfers(nlp, text, expected):
    assert counts(nlp, text) == sorted(expected)
