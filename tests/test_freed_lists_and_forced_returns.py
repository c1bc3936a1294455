"""Claims/41, from blind-29's misses: names a sentence says a counted freed group "were";
names on the list a pardon was read out with, or leaving a jail after a release; a name the
parser made the object of "told"; "forcibly returned" is a deportation; "and given long
sentences" after another verb; "the jailing of" N; "had to free them" is done; a question
("unclear whether") is hedged; people who "had been in detention" when freed; a tally
"since 2020" is no count of the held; a dotted date before a headline's count; a sum's
"000" tail; "among them" after a release of people held before refers to the release."""

from __future__ import annotations

import pytest

from tests.analysed import counts, persons


@pytest.mark.parametrize("text, expected", [
    ("The five students freed by the judge on Monday were John Okafor, Mary Adeyemi and Grace Eze.",
     ["Grace Eze", "John Okafor", "Mary Adeyemi"]),
    ("The government pardoned 85 opponents on Friday. Carlos Mendez and Luisa Parra were among the names the "
     "justice minister read on television.",
     ["Carlos Mendez", "Luisa Parra"]),
    ("Carlos Mendez and Luisa Parra were on the list of pardoned prisoners.", ["Carlos Mendez", "Luisa Parra"]),
    ("Carlos Mendez and Luisa Parra were on the list of people freed on Friday.", ["Carlos Mendez", "Luisa Parra"]),
    # still to come
    ("Carlos Mendez and Luisa Parra were on the list of prisoners to be pardoned.", []),
    # a list of the held
    ("Carlos Mendez was on the list of jailed dissidents.", []),
    # the list was read, but no release was counted just before
    ("Carlos Mendez and Luisa Parra were among the names the justice minister read on television.", []),
    ("Student leader Carlos Mendez walks out of the police headquarters after the president pardoned 85 opponents "
     "on Friday.",
     ["Carlos Mendez"]),
    # leaving a country is no release
    ("Carlos Mendez leaves the country after the president pardoned 85 opponents on Friday.", []),
    ("His lawyer told the agency Timur Bakiev has been freed pending trial.", ["Timur Bakiev"]),
])
def test_freed_lists(nlp, text, expected):
    assert persons(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("At least 14 Uzbek dissidents have been forcibly returned from Turkey to Uzbekistan.",
     [(14, "at_least", "deported", "dissident", "asserted")]),
    ("Over 30 bloggers were arrested and given long sentences.",
     [(30, "more_than", "detained", "blogger", "asserted"), (30, "more_than", "sentenced", "blogger", "asserted")]),
    ("Hundreds rallied against the jailing of four reporters.", [(4, "exact", "detained", "reporter", "asserted")]),
    ("Prosecutors brought no charges against the four remaining suspects, so the police had to free them on Friday.",
     [(4, "exact", "released", "suspect", "asserted")]),
    ("The police have to free the four suspects.", [(4, "exact", "released", "suspect", "hedged")]),
    ("It remained unclear whether all 25 defendants had been convicted.",
     [(25, "exact", "sentenced", "defendant", "hedged")]),
    ("The authorities freed 19 pastors who had been in detention for years.",
     [(19, "exact", "detained", "pastor", "asserted"), (19, "exact", "released", "pastor", "asserted")]),
    ("The monitor has recorded 2,210 political prisoners since 2021.", []),
    # custody since then, not a record kept since then
    ("The regime has held 30 political prisoners since 2021.", [(30, "exact", "detained", "prisoner", "asserted")]),
    ("05.03.2023 - Six activists arrested in two days",
     [(6, "exact", "detained", "activist", "asserted")]),
    ("Each of the eight defendants was asked to pay N20, 000 as bail.", []),
    # the part is of the pardoned, not of those held before
    ("He pardoned 40 prisoners who had been held for years; among them are nine women.",
     [(9, "exact", "pardoned", "woman", "asserted"), (40, "exact", "detained", "prisoner", "asserted"),
      (40, "exact", "pardoned", "prisoner", "asserted")]),
])
def test_forced_returns_and_bare_tallies(nlp, text, expected):
    assert counts(nlp, text) == expected
