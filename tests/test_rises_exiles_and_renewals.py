"""Claims/71, from blind-54's misses: arrests that "climbed to" a number count the people
arrested; detainees "known" (or reported) are detentions counted, not people held now; a
release "exiling them" somewhere deports them too; a court that renews or extends the
detention of people held them and holds them still; people "swept up" or "locked up" were
taken; those "sent to" a penal colony were sentenced, to prison or detention detained; "of
these" after a count of deaths is a part of the dead, not of the last claim; names listed
after an aside in brackets are still on the list; and names under the "including" of a
group taken across a border share the group's crossing."""

from __future__ import annotations

import pytest

from tests.analysed import counts, persons


@pytest.mark.parametrize("text, expected", [
    ("Arrests began at noon and climbed to 1,200 by nightfall, the monitor said.", [(1200, "exact", "detained", "people", "asserted")]),
    ("Prices rose to 300 dollars.", []),
    ("At least five detainees are known, mostly in Kazan.", [(5, "at_least", "detained", "detainee", "asserted")]),
    ("Some 40 detainees are held in the city jail.", [(40, "about", "remain_imprisoned", "detainee", "asserted")]),
    ("The regime freed 14 priests on Friday, exiling them to the Vatican.", [(14, "exact", "deported", "priest", "asserted"), (14, "exact", "released", "priest", "asserted")]),
    ("Police arrested 30 students, beating them with batons.", [(30, "exact", "detained", "student", "asserted")]),
    ("A court in Cairo renewed the detention of 11 defendants for 45 days.", [(11, "exact", "detained", "defendant", "asserted"), (11, "exact", "remain_imprisoned", "defendant", "asserted")]),
    ("Rights groups decried the continued detention of 9 reporters.", [(9, "exact", "remain_imprisoned", "reporter", "asserted")]),
    ("The 20,000 people swept up in the raids are awaiting trial.", [(20000, "exact", "detained", "people", "asserted")]),
    ("Police locked up 25 protesters overnight.", [(25, "exact", "detained", "protester", "asserted")]),
    ("Nine of them were convicted, six of whom were sent to penal colonies to serve their terms.", [(6, "exact", "sentenced", "people", "asserted"), (9, "exact", "sentenced", "people", "asserted")]),
    ("Police detained 900 people last year. The group also recorded 75 deaths in custody. Of these, nine were women.", [(900, "exact", "detained", "people", "asserted")]),
])
def test_counts(nlp, text, expected):
    assert counts(nlp, text) == sorted(expected)


@pytest.mark.parametrize("text, expected", [
    ("Among those pardoned are Galina Orlova, Nina Belova, Olga Titova and Vera Morozova (Vera has a serious illness), Daria Lebedeva, Anna Kuzmina, and Elena Frolova.",
     ["Anna Kuzmina", "Daria Lebedeva", "Elena Frolova", "Galina Orlova", "Nina Belova", "Olga Titova", "Vera Morozova"]),
    ("Belarus freed 52 prisoners on Thursday. At least 20 prisoners taken to Lithuania—including Andrei Sannikov and the rights activist Marfa Rabkova—arrived without passports.",
     ["Andrei Sannikov", "Marfa Rabkova"]),
])
def test_persons(nlp, text, expected):
    assert persons(nlp, text) == sorted(expected)
