"""Claims/54, from blind-42's misses: rankings of jailed journalists told in the past are
stocks, and so are the countries' bare shares after "followed by"; a list after a relative
clause or the part's own verb shares the part's predicate; "pardoned the group" refers back;
an advocated release is a demand; exiles returning home and people arrested on their return
are not freed; names that describe a role or a medium are not the freed."""

from __future__ import annotations

import pytest

from tests.analysed import analysis, counts, persons


@pytest.mark.parametrize("text, expected", [
    ("Our group keeps lobbying for freeing the 30 other reporters who remain jailed in Iran.",
     [(30, "exact", "released", "reporter", "hedged"), (30, "exact", "remain_imprisoned", "reporter", "asserted")]),
    ("The authorities released 64 political prisoners on Friday. The president pardoned the group after a week of "
     "talks with the envoy.",
     [(64, "exact", "pardoned", "prisoner", "asserted"), (64, "exact", "released", "prisoner", "asserted")]),
    # "them" are the young men of its own sentence, not the 40
    ("Officers detained 40 students on Monday. The court accused many of the young men of rioting and deported them.",
     [(40, "exact", "detained", "student", "asserted")]),
    ("Turkey topped the ranking with 52 jailed journalists.", [(52, "exact", "remain_imprisoned", "journalist", "asserted")]),
    ("Egypt ranked third by the number of jailed reporters with 27 jailed reporters in 2023.",
     [(27, "exact", "remain_imprisoned", "reporter", "asserted")]),
    ("Vietnam topped the list with 39 jailed journalists, followed by Eritrea with 16 and Cuba with 11.",
     [(11, "exact", "remain_imprisoned", "journalist", "asserted"), (16, "exact", "remain_imprisoned", "journalist", "asserted"),
      (39, "exact", "remain_imprisoned", "journalist", "asserted")]),
    ("Cuba and Laos stay among the world's worst jailers, with 25 and 19 reporters jailed respectively, which puts "
     "both in the global top 10.",
     [(19, "exact", "detained", "reporter", "asserted"), (25, "exact", "detained", "reporter", "asserted")]),
    ("The monitor says 41 reporters were killed, 210 detained and 12 held hostage as of 1 December.",
     [(12, "exact", "detained", "reporter", "asserted"), (210, "exact", "detained", "reporter", "asserted")]),
    ("About 3,000 Kurds are currently detained in the country's prisons, including 250 who suffer from chronic "
     "diseases, 40 women and 600 administrative detainees.",
     [(40, "exact", "remain_imprisoned", "woman", "asserted"), (250, "exact", "remain_imprisoned", "kurd", "asserted"),
      (600, "exact", "remain_imprisoned", "detainee", "asserted"), (3000, "about", "remain_imprisoned", "kurd", "asserted")]),
    ("The union said that among the arrested reporters, 12 are being held without trial, including four female "
     "journalists, and at least nine reporters from the north were arrested.",
     [(4, "exact", "remain_imprisoned", "journalist", "asserted"), (9, "at_least", "detained", "reporter", "asserted"),
      (12, "exact", "remain_imprisoned", "reporter", "asserted")]),
    # a year inside the relative clause is no item of the list
    ("The swap follows the release of eight hostages on Sunday, including three who were seized during the March 3, "
     "2024, raid.",
     [(3, "exact", "detained", "hostage", "asserted"), (3, "exact", "released", "hostage", "asserted"),
      (8, "exact", "released", "hostage", "asserted")]),
    ("Last spring's release from prison of the blogger Ivan Petrov and five other political prisoners raised hopes "
     "among exiles.", [(5, "exact", "released", "prisoner", "asserted")]),
    ("Monitors listed 150 Belarusians arrested upon returning from Poland and Lithuania. Among them was Olga Brel, who "
     "was later sentenced to three years.", [(150, "exact", "detained", "belarusian", "asserted")]),
])
def test_rankings_lists_and_groups(nlp, text, expected):
    assert counts(nlp, text) == sorted(expected)


@pytest.mark.parametrize("text, expected", [
    ("Last spring's release from prison of the blogger Ivan Petrov and five other political prisoners raised hopes "
     "among exiles.", ["Ivan Petrov"]),
    ("A local paper wrote about Olga Brel, who returned to Belarus after several years in Poland.", []),
    ("Officials named Jan Kowal, who returned to Poland after four years in a Belarusian prison.", ["Jan Kowal"]),
    ("Monitors listed 150 Belarusians arrested upon returning from Poland and Lithuania. Among them was Olga Brel, who "
     "was later sentenced to three years.", []),
    ("Minsk freed prominent detainees including protest leader Pavel Zhuk, Lukashenko challenger Ihar Marozau and "
     "journalist Anna Vaitsik.", ["Anna Vaitsik", "Ihar Marozau", "Pavel Zhuk"]),
    ("The court has pardoned two reporters, the judiciary's news agency, Nasim, said on Sunday.", []),
    ("Authorities freed 14 prisoners on Friday. The two best known among them were Ales Mikhalevich, a former "
     "candidate, and Hanna Karpenka, a nurse.", ["Ales Mikhalevich", "Hanna Karpenka"]),
    ("Court frees blogger Korbigi\n\nA court on Monday freed the blogger Salma Al-Korbigi after a year in detention.",
     ["Salma Al-Korbigi"]),
])
def test_who_is_freed(nlp, text, expected):
    assert persons(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The studio has released a trailer for its new series about hostage talks.", False),
    ("A local paper wrote about Olga Brel, who returned to Belarus after several years in Poland.", False),
    ("Officials named Jan Kowal, who returned to Poland after four years in a Belarusian prison.", True),
])
def test_release_reports(nlp, text, expected):
    assert analysis(nlp, text).release_report is expected
