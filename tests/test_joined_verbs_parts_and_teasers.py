"""Claims/70, from blind-53's misses: an object shared by two verbs side by side ("arrested
and charged six people") is arrested; "whisked away" people were taken; a relative clause of
a part ("of whom 16 men were detained") is not the whole's; "out of the 90" is the whole, not
one more freed part; the scan for a verb stops at "although"; the second count of "100 who
were sentenced to long terms and 400 who were detained" keeps its own clause; a verb the
parser made the subject of its object ("saw the junta release 6,000 inmates") frees them;
bail "granted but declined" frees nobody; a reader's teaser before a colon hedges nothing;
only people are "kidnapped"; a hospital in a description of a named person is not where
anyone was freed from; a governor who receives the freed, and a president named as a
prisoner's brother, are not freed."""

from __future__ import annotations

import pytest

from tests.analysed import counts, persons


@pytest.mark.parametrize("text, expected", [
    ("Officers in Kampala arrested and charged nine traders on Friday.", [(9, "exact", "detained", "trader", "asserted")]),
    ("Soldiers detained and later questioned 30 villagers.", [(30, "exact", "detained", "villager", "asserted")]),
    ("The marches were held every weekend and attracted 50,000 people.", []),
    ("Armed men whisked away 19 passengers from a bus near the border.", [(19, "exact", "detained", "passenger", "asserted")]),
    ("Forty farm hands rode in the truck, of whom 22 men were arrested and 18 women were set free.", [(18, "exact", "released", "woman", "asserted"), (22, "exact", "detained", "man", "asserted")]),
    ("The gang has freed 11 pupils and two teachers out of the 70 it seized.", [(2, "exact", "released", "teacher", "asserted"), (11, "exact", "released", "pupil", "asserted"), (70, "exact", "detained", "pupil", "asserted")]),
    ("The decree was part of a wider pardon that saw the government release more than 3,000 convicts, though it left out most of the activists jailed after the vote.", [(3000, "more_than", "released", "convict", "asserted")]),
    ("Among the 500 inmates set to walk free are more than 80 who were sentenced to long prison terms by military courts and more than 200 who were held without charge.", [(80, "more_than", "released", "inmate", "asserted"), (80, "more_than", "sentenced", "inmate", "asserted"), (200, "more_than", "detained", "inmate", "asserted"), (200, "more_than", "released", "inmate", "asserted"), (500, "exact", "released", "inmate", "asserted")]),
    ("The three students were granted bail in March but refused to accept it.", [(3, "exact", "released", "student", "negated")]),
    ("The three students were granted bail in March and went home.", [(3, "exact", "released", "student", "asserted")]),
    ("(Read more: Peru: 5 police officers in jail over the killings in Puno).", [(5, "exact", "remain_imprisoned", "officer", "asserted")]),
    ("Police may keep 5 officers in jail over the killings.", [(5, "exact", "remain_imprisoned", "officer", "hedged")]),
    ("The governor said the 12 kidnapped comuneros had been freed overnight.", [(12, "exact", "released", "comunero", "asserted")]),
    ("Late in May, 40 detainees were returned to the Gaza Strip, among them Ahmed Salem, the head of Nasser Hospital.", [(40, "exact", "released", "detainee", "asserted")]),
    ("The last 40 patients were released from Nasser Hospital on Monday.", []),
])
def test_counts(nlp, text, expected):
    assert counts(nlp, text) == sorted(expected)


@pytest.mark.parametrize("text, expected", [
    ("The captors let the 30 schoolchildren go near the forest on Sunday. They are due to be welcomed by Governor Umaru Danladi at his office in Kaduna.", []),
    ("Khaled Mansour Hadi, a younger brother of ex-President Abd-Rabbu Mansour Hadi, and Faisal Al Nahdi, a retired general, were among the freed detainees.", ["Faisal Al Nahdi", "Khaled Mansour Hadi"]),
    ("The freed men include Khaled Hadi, nephew of late President Abd-Rabbu Mansour Hadi, and the retired general Faisal Al Nahdi.", ["Faisal Al Nahdi", "Khaled Hadi"]),
    ("Late in May, 40 detainees were returned to the Gaza Strip, among them Ahmed Salem, the head of Nasser Hospital.", ["Ahmed Salem"]),
])
def test_persons(nlp, text, expected):
    assert persons(nlp, text) == sorted(expected)
