"""Claims/38, from the released persons missed in every read batch: names the parser made
the objects of "on" in "released on bail A, B and C" are the freed, not a circumstance; and
names joined as the subject of their sentence are freed when "they" are released a few
sentences on, unless another person or group is a subject in between or the release is not
told as done."""

from __future__ import annotations

import pytest

from tests.analysed import persons


@pytest.mark.parametrize("text, expected", [
    ("Late on Friday, police released on bail Okello, Mugisha and other senior party figures Juma Mrisho and Ali "
     "Hassan, the party said on its website.",
     ["Ali Hassan", "Juma Mrisho"]),
    ("Olga Petrova, Ivan Sokol and Pavel Orlov were convicted over a street protest in 2021. A court gave each of "
     "them two years of restricted freedom. They began serving the terms in March 2022. In January 2023 they were "
     "released after serving the full terms.",
     ["Ivan Sokol", "Olga Petrova", "Pavel Orlov"]),
    # "they" are the three others named in between
    ("Olga Petrova and Pavel Orlov were arrested in 2021. Three other activists were detained the same day; they "
     "were later released.", []),
    # a release still to come
    ("Olga Petrova and Pavel Orlov were arrested in 2021. They will be released next year.", []),
])
def test_names_freed_on_bail_and_as_they(nlp, text, expected):
    assert persons(nlp, text) == expected
