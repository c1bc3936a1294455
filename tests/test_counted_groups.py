"""Counts that take their predicate from the group or line they stand in: a headline's
plural subject before a bare verb, "among the detainees", a bare count in a pardoned group's
list, recorded detentions, people still being held, a count with a pledge of its own, and an
appeal against custody; exile, custody so far, flights of the freed, and what
reports no release: animals, videos, prizes handed over (claims/13 and /14)."""

from __future__ import annotations

import pytest

from tests.analysed import analysis, counts


@pytest.mark.parametrize("text, expected", [
    # a headline's verb in its bare form after a plural subject is its present, not a noun
    ("Somalia's Shabaab release 75 hostages: mediators", [(75, "exact", "released", "hostage", "asserted")]),
    ("Northern militias free 36 hostages after talks\n\nThe group handed them to mediators on Monday.",
     [(36, "exact", "released", "hostage", "asserted")]),
    # ... but not after "to" or a modal
    ("Rights groups urge junta to release 300 prisoners", [(300, "exact", "released", "prisoner", "hedged")]),
    ("Activists say they will release 20 names next week", []),
])
def test_a_headline_verb_in_its_bare_form(nlp, text, expected):
    assert counts(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Among these detainees are up to 6 students.", [(6, "up_to", "detained", "student", "asserted")]),
    ("Among those pardoned, 14 people convicted of protest offences had taken part in a mediation scheme.",
     [(14, "exact", "pardoned", "people", "asserted"), (14, "exact", "sentenced", "people", "asserted")]),
    ("The government pardoned 215 detainees, including 180 convicted of rebellion charges.",
     [(180, "exact", "pardoned", "detainee", "asserted"), (180, "exact", "sentenced", "detainee", "asserted"),
      (215, "exact", "pardoned", "detainee", "asserted")]),
])
def test_a_count_among_or_in_the_list_of_a_group(nlp, text, expected):
    assert counts(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a tally of detentions is no count of people held now
    ("Monitors recorded 2,310 detainees during the protests.", [(2310, "exact", "detained", "detainee", "asserted")]),
    # "being held" with "still": held now
    ("There are still about 210 prisoners being held by the rebels, and about 35 soldiers being held by the army.",
     [(35, "about", "remain_imprisoned", "soldier", "asserted"),
      (210, "about", "remain_imprisoned", "prisoner", "asserted")]),
    ("Police arrested 63 protestors in the capital on Friday.", [(63, "exact", "detained", "protestor", "asserted")]),
    ("The Taliban freed 17 Afghan security forces from custody in Herat.",
     [(17, "exact", "released", "force", "asserted")]),
])
def test_detentions_recorded_people_still_held_and_more_nouns_of_people(nlp, text, expected):
    assert counts(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("So far the army has freed 120 prisoners out of the 900 it committed to release under the accord.",
     [(120, "exact", "released", "prisoner", "asserted"), (900, "exact", "released", "prisoner", "hedged")]),
    # an appeal against a detention does not undo it; an appeal for a release is no release
    ("Judges rejected an appeal against the arrest of three editors.",
     [(3, "exact", "detained", "editor", "asserted")]),
    ("The court rejected an appeal for the release of three editors.",
     [(3, "exact", "released", "editor", "hedged")]),
])
def test_a_pledge_of_its_own_and_an_appeal_against_custody(nlp, text, expected):
    assert counts(nlp, text) == expected


def names(nlp, text):
    return [c.person_name for c in analysis(nlp, text).claims if c.kind == "person"]


def _parsed(words, heads, deps, pos):
    """A Doc with the parse the small model gives some such sentences (it varies with the words)."""
    import spacy
    from spacy.tokens import Doc

    lemmas = {"released": "release", "were": "be"}
    return Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos,
               lemmas=[lemmas.get(w, w.lower()) for w in words])


@pytest.mark.parametrize("after, expected", [(True, "released"), (False, None)])
def test_names_hung_on_the_verb_after_among_them(after, expected):
    from newsmon.pipeline.process.lexicon import load_lexicon
    from newsmon.pipeline.process.persons import _among_them_after

    # "16 people were released on Monday, among them reporter Sergei Volkov and James Carter."
    # with the first name a "dep" of the verb and the second joined to it
    words = ["16", "people", "were", "released", "on", "Monday", ",", "among", "them", "reporter", "Sergei",
             "Volkov", "and", "James", "Carter", "."]
    heads = [1, 3, 3, 3, 3, 4, 3, 3, 7, 11, 11, 3, 11, 14, 11, 3]
    deps = ["nummod", "nsubjpass", "auxpass", "ROOT", "prep", "pobj", "punct", "prep", "pobj", "compound",
            "compound", "dep", "cc", "compound", "conj", "punct"]
    pos = ["NUM", "NOUN", "AUX", "VERB", "ADP", "PROPN", "PUNCT", "ADP", "PRON", "NOUN", "PROPN", "PROPN", "CCONJ",
           "PROPN", "PROPN", "PUNCT"]
    if not after:  # the "among them" moved behind the names: "… Monday, Volkov and Carter among them"
        words = words[:7] + words[9:15] + ["among", "them", "."]
        heads = [1, 3, 3, 3, 3, 4, 3, 9, 9, 3, 9, 12, 9, 3, 13, 3]
        deps = deps[:7] + deps[9:15] + ["prep", "pobj", "punct"]
        pos = pos[:7] + pos[9:15] + ["ADP", "PRON", "PUNCT"]
    doc = _parsed(words, heads, deps, pos)
    lex = load_lexicon()
    for name in (t for t in doc if t.text in ("Volkov", "Carter")):
        found = _among_them_after(name, lex)
        assert (found[1] if found else None) == expected


@pytest.mark.parametrize("text, expected", [
    # a formula of telling: what is told is stated
    ("“We wish to inform residents that during the weekend marches, we arrested 41 people, while nine officers "
     "were hurt.”", [(41, "exact", "detained", "people", "asserted")]),
    # an institution's number is no count
    ("On 3 May, I left correctional colony 4, having served 2 years behind bars.", []),
    ("She was moved to Prison No. 2 in Hrodna, where 30 women are held.",
     [(30, "exact", "remain_imprisoned", "woman", "asserted")]),
    # "part of those granted a pardon" is "among" them; "part of the swap" is not
    ("Four Kenyans and 11 inmates on death row were part of those granted a pardon on Friday.",
     [(4, "exact", "pardoned", "kenyan", "asserted"), (11, "exact", "pardoned", "inmate", "asserted")]),
    ("The opposition leader regretted that not one of the nation's nearly 1,300 political prisoners was part "
     "of the swap.", [(1300, "nearly", "remain_imprisoned", "prisoner", "asserted")]),
    ("The president granted a reprieve to 25 inmates on death row.", [(25, "exact", "pardoned", "inmate", "asserted")]),
])
def test_a_formula_of_telling_an_institutions_number_and_part_of_a_group(nlp, text, expected):
    assert counts(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a bare part counts what its whole counts; a whole with a clause of its own keeps it
    ("By now about 640 of 1,000 jailed inmates have been freed under the accord.",
     [(640, "about", "released", "inmate", "asserted")]),
    ("On Monday the kingdom freed four out of 13 women detained in the spring crackdown.",
     [(4, "exact", "released", "woman", "asserted"), (13, "exact", "detained", "woman", "asserted")]),
    # brought back in exchanges
    ("Last year the army retrieved almost 900 prisoners of war.",
     [(900, "nearly", "released", "prisoner", "asserted")]),
])
def test_a_part_counted_from_its_whole_and_prisoners_retrieved(nlp, text, expected):
    assert counts(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # who live in a country are not counted as held
    ("Even now there are over 1,100 political prisoners in this nation of nine million inhabitants.",
     [(1100, "more_than", "remain_imprisoned", "prisoner", "asserted")]),
    # a place named by its city is no population
    ("Police in the city of Hrodna arrested 40 protesters on Sunday.",
     [(40, "exact", "detained", "protester", "asserted")]),
])
def test_the_people_of_a_country_are_no_count_of_the_held(nlp, text, expected):
    assert counts(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a verb left out before a count and the same preposition: what the count was convicted of
    ("State media said nine people were convicted of extremism and six of drug offences.",
     [(6, "exact", "sentenced", "people", "asserted"), (9, "exact", "sentenced", "people", "asserted")]),
    # a count of things after the same preposition is not gapped
    ("Nine people were convicted of fraud and of two thefts.", [(9, "exact", "sentenced", "people", "asserted")]),
])
def test_a_count_after_a_verb_left_out(nlp, text, expected):
    assert counts(nlp, text) == expected


def flag(nlp, text):
    return analysis(nlp, text).release_report


@pytest.mark.parametrize("text, expected", [
    ("Eleven of the others were set free and then forced into exile.",
     [(11, "exact", "deported", "people", "asserted"), (11, "exact", "released", "people", "asserted")]),
    # custody so far, told with how long it has lasted, is a detention; "still" keeps them held
    ("The four reporters have been in jail for nearly six months.",
     [(4, "exact", "detained", "reporter", "asserted")]),
    ("Thirty students have been held in police cells since Monday after their arrest.",
     [(30, "exact", "detained", "student", "asserted")]),
    ("The four reporters are still behind bars.", [(4, "exact", "remain_imprisoned", "reporter", "asserted")]),
    # a flight that carries the freed across a border
    ("The Houthis released 300 prisoners on Saturday. A second flight from Sanaa to Riyadh carried 22 former "
     "detainees, among them 15 Saudis.",
     [(15, "exact", "crossed_border", "saudi", "asserted"), (22, "exact", "crossed_border", "detainee", "asserted"),
      (300, "exact", "released", "prisoner", "asserted")]),
    # handed back in an exchange
    ("The rebels turned over 14 hostages to the Red Cross on Friday.",
     [(14, "exact", "released", "hostage", "asserted")]),
    ("He turned over 12 documents to the court.", []),
    # "the 41 freed": a participle the tagger took for the counted noun
    ("Belarus released 41 political prisoners on Thursday. Among the 41 freed were the writer Anna Keller and "
     "the activist Piotr Nowak.",
     [(41, "exact", "released", "prisoner", "asserted"), (41, "exact", "released", "prisoner", "asserted")]),
])
def test_exile_custody_so_far_flights_and_the_freed_as_a_noun(nlp, text, expected):
    assert counts(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Volunteers watched as our scaly friends were released back into the water on Monday.", False),
    ("On Monday the shelter's staff released a film of our scaly friends as they were released back into the "
     "water.", False),
    ("Hamas released dozens of hostages on Monday.", True),
    ("BelaPAN editor Olga Petrenko hands over the prize to the Belsat reporter in Minsk.", False),
])
def test_animals_set_free_records_of_people_and_prizes_handed_over_report_no_release(nlp, text, expected):
    assert flag(nlp, text) is expected


def test_who_hands_over_a_thing_is_not_freed(nlp):
    text = "BelaPAN editor Olga Petrenko hands over the prize to the Belsat reporter in Minsk."
    assert names(nlp, text) == []


@pytest.mark.parametrize("text, expected", [
    # a state jailing people in a clause of its own is a verdict (GUIDELINES.md: "jailed (a verdict)")
    ("Vietnam jails 4 bloggers over online posts", [(4, "exact", "sentenced", "blogger", "asserted")]),
    ("Vietnam jailed four bloggers for \"anti-state propaganda\" on Monday.",
     [(4, "exact", "sentenced", "blogger", "asserted")]),
    # the police hold people; a participle or a perfect says custody
    ("Police jailed 30 protesters overnight.", [(30, "exact", "detained", "protester", "asserted")]),
    ("The four bloggers have been jailed since March.", [(4, "exact", "detained", "blogger", "asserted")]),
])
def test_jailing_as_a_verdict_and_as_custody(nlp, text, expected):
    assert counts(nlp, text) == expected
