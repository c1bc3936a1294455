"""Claims/31: a person whose own clause goes on to tell the release ("X spent two years in
jails before he was freed", "X spoke to reporters after being freed"), a caption's "political
prisoner X speaking … after being freed", and a caption's title that says it ("Freed
Palestinian prisoner X is greeted by relatives")."""

from __future__ import annotations

import pytest

from tests.analysed import persons

CONTEXT = "Belarus freed 14 prisoners last month. "


@pytest.mark.parametrize("text, expected", [
    (CONTEXT + "In fact, Mikhail Orda spent nearly two years in jails around the country before he was freed "
     "in June and taken to Vilnius.", ["Mikhail Orda"]),
    ("Janis Berzins spoke to reporters at the airport after being freed from prison.", ["Janis Berzins"]),
    (CONTEXT + "\n\nLatvian political prisoner Janis Berzins speaking to reporters at Riga Airport after being "
     "let out of a Russian jail on 3 May 2024.", ["Janis Berzins"]),
    ("Israel released 26 prisoners on Tuesday.\n\nFreed Palestinian prisoner Karim Nasser (centre) is greeted by "
     "relatives upon his arrival in the village early on August 14.", ["Karim Nasser"]),
    ("Freed American journalist John Miles embraces his mother at the airport.", ["John Miles"]),
    # the clause tells of another custody, or of someone else, or the title of another fate
    ("Mikhail Orda spent two years in jail before he was arrested again.", []),
    ("The lawyer of Janis Berzins spoke to reporters after being freed.", []),
    ("Jailed Belarusian journalist Pavel Lenski went on hunger strike.", []),
])
def test_names_freed_in_their_own_clause_or_title(nlp, text, expected):
    assert persons(nlp, text) == expected
