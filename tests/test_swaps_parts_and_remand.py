"""Claims/55, from blind-43's misses: the groups of an exchange listed after a dash, parts of
a group told in joined clauses, the handover of servicemen, people exiled to a country,
people held now ("currently confirm the detention", "among the prisoners are", "currently
remanded"), bail extended to more defendants or dismissed, the amnesty law people were
included in, the dead handed back under "those of", and names given to "the four"."""

from __future__ import annotations

import pytest

from tests.analysed import analysis, counts, persons


@pytest.mark.parametrize("text, expected", [
    ("Some 300 detainees were swapped on Monday – 150 Ukrainian women and 150 Russian sailors.",
     [(150, "exact", "released", "sailor", "asserted"), (150, "exact", "released", "woman", "asserted"),
      (300, "about", "released", "detainee", "asserted")]),
    ("Russia freed 65 Ukrainians on Friday. Of the Ukrainians, 20 were civilians and 45 had been captured near the "
     "port.",
     [(20, "exact", "detained", "civilian", "asserted"), (45, "exact", "released", "ukrainian", "asserted"),
      (65, "exact", "released", "ukrainian", "asserted")]),
    ("The army has deported or forcibly moved more than 4,000 children, taking them across the border.",
     [(4000, "more_than", "deported", "child", "asserted")]),
    ("Officials said 12 bodies identified as hostages and those of two farm hands – one Thai and one Nepali – were "
     "sent back on Thursday.", []),
    ("Kyiv and Moscow traded 250 POWs on Friday, including about two dozen seriously wounded servicemen.",
     [(24, "about", "released", "serviceman", "asserted"), (250, "exact", "released", "pow", "asserted")]),
    ("Some of the 90 Ukrainian men and six women who were freed had fought in the besieged city.",
     [(6, "exact", "released", "woman", "asserted"), (90, "exact", "released", "man", "asserted")]),
    ("Zelensky welcomes 140 Ukrainians home after swap", [(140, "exact", "released", "ukrainian", "asserted")]),
    ("Brussels hailed the handover of three Armenian soldiers by Baku.", [(3, "exact", "released", "soldier", "asserted")]),
    ("In exchange, Israel would free 80 prisoners serving life sentences.",
     [(80, "exact", "released", "prisoner", "hedged"), (80, "exact", "sentenced", "prisoner", "asserted")]),
    ("The latest offer involved a truce and the release of eight hostages held by the militants.",
     [(8, "exact", "detained", "hostage", "asserted"), (8, "exact", "released", "hostage", "hedged")]),
    ("Officials currently confirm the detention of 19 Armenians.",
     [(19, "exact", "remain_imprisoned", "armenian", "asserted")]),
    ("Among the prisoners are six former ministers of the region.",
     [(6, "exact", "remain_imprisoned", "minister", "asserted")]),
    ("The party says 20 of its members were killed and 700 arrested during the crackdown.",
     [(700, "exact", "detained", "member", "asserted")]),
    ("Court Dismisses bail for 300 students, orders their arrest", [(300, "exact", "released", "student", "hedged")]),
    ("Around 60,000 convicts were included in the new amnesty act, and 20,000 of them have been released.",
     [(20000, "exact", "released", "convict", "asserted"), (60000, "about", "pardoned", "convict", "asserted")]),
    ("About 80 marchers are currently remanded in detention until their trial.",
     [(80, "about", "remain_imprisoned", "marcher", "asserted")]),
    # being on trial is no custody, and "for possession of weapons" is no part of a group
    ("As of May, 4,000 protesters had been arrested and 900 are currently on trial; 300 for rioting, 90 for possession "
     "of weapons.", [(4000, "exact", "detained", "protester", "asserted")]),
    ("The court later extended bail to 30 more defendants.", [(30, "exact", "released", "defendant", "asserted")]),
    ("Eleven suspects accused of burning a police post were arraigned on Monday and remanded at the central prison.",
     [(11, "exact", "detained", "suspect", "asserted")]),
    ("Two men convicted for breaking a fence during last year's rallies against the so-called media law have been set "
     "free from jail.",
     [(2, "exact", "released", "man", "asserted"), (2, "exact", "sentenced", "man", "asserted")]),
    # police remand for three days is custody before a trial, not a term
    ("Police arrested 120 opposition activists on Tuesday. The judges then sent them to prison after short hearings. In "
     "addition, 15 of them were placed in police remand for three days.",
     [(15, "exact", "detained", "activist", "asserted"), (120, "exact", "detained", "activist", "asserted")]),
    ("Forty Palestinians went free in the West Bank, but 20 of them were afterwards exiled to Turkey.",
     [(20, "exact", "deported", "palestinian", "asserted"), (40, "exact", "released", "palestinian", "asserted")]),
])
def test_swaps_parts_and_custody(nlp, text, expected):
    assert counts(nlp, text) == sorted(expected)


@pytest.mark.parametrize("text, expected", [
    ("Four hostages were freed on Saturday. Officials identified the four as Anna Levi, Dana Cohen, Maya Peretz (all "
     "21) and Noa Gal (20).", ["Anna Levi", "Dana Cohen", "Maya Peretz", "Noa Gal"]),
    ("Two protesters jailed over the rallies have been freed. Nika Beridze and Levan Kapanadze left the penitentiary "
     "earlier today, after a plea deal cut their terms.", ["Levan Kapanadze", "Nika Beridze"]),
    ("The three hostages were freed in Khan Younis on Saturday, officials said.", []),
])
def test_names_of_the_freed(nlp, text, expected):
    assert persons(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Dozens of others were freed earlier under separate deals.", True),
    ("The judge extended the interim bail of his wife Asma Khan until May.", False),
])
def test_release_reports(nlp, text, expected):
    assert analysis(nlp, text).release_report is expected
