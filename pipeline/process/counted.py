"""What a count counts: the noun of a number of people, read from the parse ("52
political prisoners"), from what the number is part of ("nine of the freed prisoners"), or,
for a bare number ("Fifty-one crossed"), from the text around it. Used by claims.py."""

from __future__ import annotations

from newsmon.pipeline.process.governors import LIST_DASHES, is_source
from newsmon.pipeline.process.lexicon import (
    HELD_WORDS,
    OTHERS,
    PERSON_PREDICATES,
    PLAIN_PEOPLE,
    PRONOUNS,
    RULERS,
    Lexicon,
    finds_guilty,
    in_held_place,
    is_people,
    noun_lemma,
    noun_predicate,
    verb_predicate,
    verb_tagged_noun,
    word_predicate,
)
from newsmon.pipeline.process.numbers import TALLY_WORDS, UNIT_SIZE, NumberSpan
from newsmon.pipeline.process.stocks import NAMING_VERBS, political


# people a bare number around them does not count: the ruler who pardons (a headline's "King
# … By Pardoning 29 Jailed"), the relatives who wait ("relatives protest, while 600 remain
# behind bars")
_NEVER_THE_COUNTED = RULERS | {"relative"}
# a possessive that makes a noun someone's relatives ("with their families"), not the counted
_KIN_OF = frozenset({"their", "his", "her", "its"})


def _noun_beside(last, lex: Lexicon):
    """The people a number counts when the parser made the number a subject or an object of
    its own, with only adjectives and participles between it and them ("hands over 60
    freed political detainees", the participle sometimes parsed as a verb)."""
    doc = last.doc
    for token in doc[last.i + 1:min(len(doc), last.i + 5)]:
        if token.tag_ == "NNS" and is_people(token, lex):
            return token
        if token.tag_ == "NNP" and token.dep_ in ("compound", "nmod"):
            continue  # "Twelve Abducted Zamfara Schoolgirls": a place names them
        if token.tag_ not in ("JJ", "VBN", "VBD") or token.pos_ == "AUX":
            return None  # (but "two were women": a verb between)
    return None


def _noun_shared(nationality, lex: Lexicon):
    """The people noun of a nationality's joined count: "one Latvian and two German-Belarusian
    citizens" counts citizens in both."""
    joined = [c for c in nationality.children if c.dep_ == "conj" and c.tag_ == "NNS" and is_people(c, lex)
              and any(g.dep_ == "nummod" for g in c.children)]
    if nationality.dep_ == "amod" and nationality.head.tag_ == "NNS" and is_people(nationality.head, lex):
        joined.append(nationality.head)  # (the nationality hung on the noun itself)
    return joined[0] if joined else None


def _described_joined(word, lex: Lexicon):
    """The plural people noun, counted and described, joined to a singular word a count
    stands before ("21 military and 37 civilian Georgians"), or None."""
    return next((c for c in word.children if c.dep_ == "conj" and (c.tag_ in ("NNS", "NNPS") or c.ent_type_ == "NORP")
                 and is_people(c, lex)
                 and any(g.dep_ == "nummod" for g in c.children) and any(g.dep_ == "amod" for g in c.children)), None)


def _held_list(number: NumberSpan, doc):
    """The held people a list before the count names ("in March a list of political prisoners
    appeared, which included 75 people"): their noun token, or None."""
    for token in doc[doc[number.start].sent.start:number.first]:
        if token.lemma_.lower() == "list":
            held = [g for c in token.children if c.dep_ == "prep" and c.lower_ == "of"
                    for g in c.children if g.dep_ == "pobj" and g.lemma_.lower() in HELD_WORDS]
            if held:
                return held[0]
    return None


def _political_before_with(number: NumberSpan, noun, doc):
    """"attention drawn to the country's political prisoners, with over 1,100 individuals
    still behind bars": the political prisoners the sentence names before "with N people",
    whose tally it gives; their noun token, or None."""
    # (or the people made the subject of "behind" in "with 1,100 individuals still behind bars")
    with_ = noun.head if noun.dep_ == "pobj" else noun.head.head if noun.dep_ == "nsubj" \
        and noun.head.dep_ == "pcomp" else None
    if with_ is None or with_.lower_ != "with":
        return None
    return next((t for t in doc[doc[number.start].sent.start:with_.i] if political(t)), None)


def _nationality_then_count(last) -> tuple | None:
    """"the release of one Canadian and three individuals", parsed as one noun phrase with the
    nationality an adjective joined to the second count: the first counts the nationality,
    the second the noun written right after it. (noun, anchor) or None."""
    doc = last.doc
    if last.dep_ == "nummod" and last.i + 1 < len(doc):
        nationality = doc[last.i + 1]
        joined = [c for c in nationality.children if c.dep_ == "conj" and c.tag_ == "CD"]
        if nationality.ent_type_ == "NORP" and nationality.pos_ == "ADJ" and nationality.head.i == last.head.i \
                and joined and joined[0].i + 1 == last.head.i:
            return nationality, last.head  # (the claim hangs on the noun phrase)
        if nationality.ent_type_ == "NORP" and nationality.pos_ == "ADJ" and nationality.head.i == last.i \
                and nationality.i + 2 < len(doc) and doc[nationality.i + 1].lower_ == "and" \
                and doc[nationality.i + 2].tag_ == "CD" and doc[nationality.i + 2].head.i == last.head.i:
            return nationality, last.head  # ("one Italian and two individuals", the nationality hung on "one")
    if last.dep_ == "conj" and last.tag_ == "CD" and last.head.ent_type_ == "NORP" and last.head.pos_ == "ADJ" \
            and last.head.dep_ == "amod" and last.i < last.head.head.i <= last.i + 3 \
            and all(t.dep_ == "amod" and t.head.i == last.head.head.i for t in doc[last.i + 1:last.head.head.i]):
        # (also "six Swiss and two Italian nationals": the second's own nationality between)
        return last.head.head, last.head.head
    return None


def _list_noun(number: NumberSpan, doc):
    """The noun after a list of bare counts that this number opens or continues ("31, 46 and
    52 detainees"), or None."""
    if number.start and doc[number.start - 1].lower_ in ("than", "over", "under", "aged", "age", "ages"):
        return None  # "eight men older than 65, and 30 inmates": an age, then another count
    j, numbers = number.end, 0
    while j < len(doc) and doc[j].lower_ in (",", "and"):
        j += 1
        if j < len(doc) and doc[j].lower_ == "and":
            j += 1
        if not (j < len(doc) and doc[j].like_num):
            return None
        j, numbers = j + 1, numbers + 1
    if not numbers or j >= len(doc) or doc[j].tag_ != "NNS" \
            or not any(t.head.i == j for t in doc[max(0, number.start - 8):j] if t.like_num):
        return None
    return doc[j]


def misread_serving(last):
    """"including 8,402 serving sentences": the parser made the count a number of terms, with
    "serving" an adjective of them; the participle that says the people serve them, or None
    (the right parse, "serving" a participle on the people, is claims._serving_terms's)."""
    terms = last.head
    if last.dep_ != "nummod" or terms.lemma_.lower() not in ("term", "sentence") or terms.i <= last.i:
        return None
    return next((c for c in terms.children if c.dep_ == "amod" and c.lemma_.lower() == "serve" and c.tag_ == "VBG"
                 and c.i == last.i + 1), None)


def head_noun(number: NumberSpan, doc, lex: Lexicon):
    """The counted noun of a number and the token the claim hangs on."""
    last = doc[number.end - 1]
    if last.dep_ == "conj" and number.start <= last.head.i < number.end and not any(
            c.dep_ == "prep" and any(g.pos_ != "PRON" for g in c.children) for c in last.children):
        # "One hundred and fifty-two of them": the parser joined the words of one number, whose
        # first word stands in the sentence (but "two hundred and nine of our people" counts people)
        while last.head.i != last.i and number.start <= last.head.i < number.end:
            last = last.head
    after = doc[number.end] if number.end < len(doc) else None
    accused = after
    if after is not None and after.lower_ in ("other", "more") and after.i + 1 < len(doc):
        accused = doc[after.i + 1]  # "bail for four other accused"
    # ("five other accused – A, B and C": the parser's adjective of the first name)
    listing = accused is not None and accused.i + 1 < len(doc) and doc[accused.i + 1].text in LIST_DASHES
    if accused is not None and accused.lower_ == "accused" and (accused.dep_ != "amod" or listing) \
            and not any(c.dep_ in ("prep", "agent") and c.lower_ in ("of", "by") for c in accused.children):
        return accused, last  # "18 accused were granted bail": the noun, tagged a participle (not "accused of")
    if after is not None and after.tag_ == "VBZ" and last.head.i == after.i and last.dep_ in ("nsubj", "nummod") \
            and after.lemma_.lower() in lex.people:
        return after, last  # "2,604 inmates – mostly women – have been pardoned": the tagger's verb
    if after is not None and after.dep_ == "acl" and after.tag_ == "VBN" and after.head.i == last.i:
        return None, last  # a headline: "Some 800 detained at rallies" (the parser hung a noun after it)
    if verb_tagged_noun(last.head, lex) and last.head.i < last.i:
        return None, last  # "Emir pardons 412 ahead of Eid": the number is the object of a verb tagged a noun
    if last.dep_ == "nsubj" and after is not None and after.i == last.head.i and after.tag_ in ("VBD", "VBN") \
            and word_predicate(after, lex) in PERSON_PREDICATES:
        # "counted some 80 released detainees", "All 60 freed political prisoners delivered
        # to Latvia": the participle parsed as their verb
        noun = next((c for c in after.children if c.dep_ == "dobj" and c.i <= after.i + 4), None)
        if noun is not None and noun.tag_ == "NNS" and is_people(noun, lex) \
                and all(t.pos_ in ("ADJ", "PROPN") or t.dep_ in ("amod", "compound") for t in doc[after.i + 1:noun.i]):
            return noun, noun
    if misread_serving(last) is not None:
        return None, last  # "including 8,402 serving sentences": a count of people, the terms theirs
    if (listed := _list_noun(number, doc)) is not None:
        return listed, last  # "freed 31, 46 and 52 detainees": the noun after the list is each count's
    if last.dep_ == "conj" and last.head.like_num and last.head.dep_ == "nummod" and after is not None \
            and last.head.head.i == after.i and after.tag_ == "NNS":
        return after, last  # "with 25 and 19 reporters jailed": the last of the list counts them too
    if last.dep_ == "pobj" and last.head.lower_ == "of" and last.head.head.lemma_.lower() == "crew":
        return last.head.head, last  # "a bulk carrier and its crew of 19": the crew is what is counted
    if (last.dep_ in ("dobj", "nsubj", "nsubjpass") or last.dep_ == "pobj" and last.head.lower_ == "including") \
            and (noun := _noun_beside(last, lex)) is not None:
        if last.head.tag_ in ("VBD", "VBN") and last.head.i < noun.i and (
                last.head.dep_ == "amod" and last.head.head.i == noun.i
                or noun.dep_ in ("nsubj", "nsubjpass") and noun.head.i != last.head.i):
            # "Twelve Abducted Zamfara Schoolgirls Regain Freedom": the count made the subject
            # of the participle before its noun, which has a verb of its own
            return noun, noun
        # "hands over 60 freed political detainees", "including four declared presidential
        # rivals": the count parsed as an object of its own
        return noun, last
    if last.dep_ == "nummod" and last.head.dep_ == "poss" and last.head.pos_ == "PROPN" \
            and last.head.head.tag_ == "NNS" and is_people(last.head.head, lex) and last.head.head.i <= last.i + 6:
        # "24 Jehovah's Witnesses", "three EIPR's senior staff members": the count is of the witnesses
        return last.head.head, last.head.head
    if (split := _nationality_then_count(last)) is not None:
        return split
    if last.head.ent_type_ == "NORP" and last.head.i == number.end and last.dep_ == "nummod" \
            and last.head.tag_ in ("JJ", "NNP") and (shared := _noun_shared(last.head, lex)) is not None:
        return shared, shared  # "one Latvian and two German-Belarusian citizens": both are citizens
    if last.head.tag_ == "NN" and number.value != 1 and last.head.i == number.end and last.dep_ == "nummod" \
            and (shared := _described_joined(last.head, lex)) is not None:
        return shared, shared  # "21 military and 37 civilian Georgians": an adjective the tagger took for a noun
    if last.head.pos_ == "ADJ" and last.head.ent_type_ == "NORP" and last.head.i == number.end and last.dep_ == "nummod":
        return last.head, last.head  # "one Estonian": a nationality the tagger took for an adjective
    if last.head.pos_ in ("NOUN", "PROPN") and last.dep_ in ("nummod", "quantmod", "compound", "amod", "npadvmod") \
            and last.head.i >= last.i:
        noun = last.head
        if noun.ent_type_ == "NORP" and noun.dep_ in ("compound", "amod") and noun.head.pos_ == "NOUN" \
                and noun.head.lower_ != "home" \
                and noun.i < noun.head.i <= noun.i + 2 and all(t.dep_ == "compound" for t in doc[noun.i + 1:noun.head.i]):
            noun = noun.head  # "Twelve Thai nationals", "Five Thai farm workers": the nationality describes the counted
        elif noun.tag_ == "NNP" and noun.dep_ in ("compound", "nmod") and noun.head.tag_ == "NNS" \
                and is_people(noun.head, lex) and noun.i < noun.head.i <= noun.i + 8 \
                and all(t.dep_ in ("amod", "compound", "punct") or noun in t.ancestors
                        for t in doc[noun.i + 1:noun.head.i]) \
                and (noun.head.i <= noun.i + 3 or _rest_of_name(doc[noun.i + 1:noun.head.i])):
            # "Ten Niger humanitarian workers", "five former Artsakh (Nagorno-Karabakh) officials",
            # "60 National League for Democracy (NLD) officials": the place or body describes them
            noun = noun.head
        elif noun.tag_ == "NNS" and noun.dep_ in ("compound", "nmod") and noun.head.tag_ == "NNS" \
                and is_people(noun, lex) and is_people(noun.head, lex) and noun.i < noun.head.i <= noun.i + 3 \
                and all(t.dep_ in ("amod", "compound") for t in doc[noun.i + 1:noun.head.i]):
            noun = noun.head  # "214 women political prisoners": the first noun says which of them
        elif noun.tag_ == "NN" and noun.dep_ == "compound" and noun.head.tag_ in ("NNS", "NNPS") \
                and noun.head.i == noun.i + 1 and is_people(noun.head, lex):
            # "16 minority Tamils", "30 opposition supporters", "Twelve student protesters": the
            # first noun says which
            noun = noun.head
        if noun.lower_ in UNIT_SIZE and noun.i == last.i + 2 and doc[last.i + 1].text == "-" \
                and noun.dep_ in ("compound", "nmod", "amod") and noun.head.pos_ == "NOUN" and noun.head.i > noun.i:
            noun = noun.head  # "its 24-man crew", "the 25-member crew": the crew is what is counted
        if noun.dep_ == "poss" and noun.tag_ == "NNS" and noun.head.tag_ == "NNS" and is_people(noun.head, lex) \
                and noun.head.i <= noun.i + 4:
            noun = noun.head  # "two women's rights activists": the activists are counted
        if noun.lower_ == "ones" and noun.dep_ == "conj" and is_people(noun.head, lex):
            return noun.head, noun  # "two well-known dissidents and 500 ordinary ones"
        return noun, noun
    if last.dep_ == "npadvmod" and last.head.lower_ in ("more", "other", "additional", "further") \
            and last.head.head.pos_ in ("NOUN", "PROPN") and last.head.head.i > last.i:
        return last.head.head, last.head.head  # "at least 13 more prisoners", parsed as "13" modifying "more"
    for token in doc[number.start:number.end]:
        if token.dep_ in ("nummod", "quantmod") and token.head.pos_ in ("NOUN", "PROPN") and token.head.i >= number.end:
            return token.head, token.head
    for token in doc[number.start:number.end]:
        if token.dep_ in ("npadvmod", "nummod") and token.head.dep_ == "amod" and token.head.i >= number.end \
                and token.head.head.pos_ == "NOUN" and token.head.head.i <= number.end + 3:
            return token.head.head, token.head.head  # "two dozen wounded soldiers", the count hung on the adjective
    if last.dep_ == "nummod" and last.head.i < last.i and last.head.ent_type_ == "DATE" \
            and (noun := _noun_beside(last, lex)) is not None:
        return noun, noun  # "released on Friday two European citizens", the count hung on the day
    # a bare number: "Fifty-one crossed", "nine of them were journalists", "nearly 1,200 remain"
    anchor = last if last.dep_ not in ("nummod", "quantmod", "compound") else last.head
    for child in anchor.children:
        if child.dep_ == "prep" and child.lower_ == "out":  # "three out of her nine convictions"
            child = next((c for c in child.children if c.dep_ == "prep" and c.lower_ == "of"), child)
        if child.dep_ == "prep" and child.lower_ == "of":
            objects = [c for c in child.children if c.dep_ == "pobj"]
            if objects and objects[0].like_num and objects[0].i + 1 < len(doc) \
                    and doc[objects[0].i + 1].pos_ == "NOUN" and is_people(doc[objects[0].i + 1], lex):
                # "233 out of 1,727 detainees", the parser hanging the noun apart from its number
                return doc[objects[0].i + 1], anchor
            if objects and objects[0].lemma_.lower() in _COLLECTIVES:
                # "the last four of a group of freed dissidents": of the people in the group
                members = [g for p in objects[0].children if p.dep_ == "prep" and p.lower_ == "of"
                           for g in p.children if g.dep_ == "pobj" and is_people(g, lex)]
                objects = members or objects
            if objects and objects[0].lower_ not in PRONOUNS and (objects[0].pos_ in ("NOUN", "PROPN") or objects[0].lower_ == "accused") \
                    and not (objects[0].lower_.endswith("ed") and word_predicate(objects[0], lex)):
                # (but "9 of the pardoned": a group, its noun is the context's; "five of the
                # accused", which the tagger calls a participle, are the accused)
                return objects[0], anchor
            return None, anchor
    if number.end + 2 < len(doc) and doc[number.end].lower_ == "out" and doc[number.end + 1].lower_ == "of":
        # "Just 6 out of 140 jailed dissidents pardoned", the "out" hung on the verb
        whole = next((t for t in doc[number.end + 2:number.end + 8] if t.pos_ in ("NOUN", "PROPN")), None)
        if whole is not None and whole.dep_ == "pobj":
            return whole, anchor
    if anchor.head.lemma_ == "be" and anchor.dep_ == "nsubj":
        attrs = [c for c in anchor.head.children if c.dep_ == "attr" and c.pos_ in ("NOUN", "PROPN")]
        if attrs:
            return attrs[0], anchor
    if anchor.dep_ == "conj" and after is not None and after.lemma_ == "be" and after.head.i != anchor.i:
        # "612 were men and 47 were women": the parser joined the counts and gave the second
        # "were" a clause of its own
        attrs = [c for c in after.children if c.dep_ == "attr" and c.pos_ == "NOUN" and c.i <= after.i + 2]
        if attrs:
            return attrs[0], anchor
    return None, anchor


# words for a set of people that a count can be a part of
_COLLECTIVES = frozenset({"group", "batch", "dozen", "score", "hundred"})  # ("seven of the dozens of farmers")


def participle_noun(number: NumberSpan, noun, lex: Lexicon):
    """"the 52 freed", "the 16 pardoned": a freeing participle right after the count that the
    tagger took for the counted noun. Returns it, or None."""
    if noun is None or noun.i != number.end or noun.pos_ != "NOUN" or not noun.lower_.endswith("ed"):
        return None
    return noun if word_predicate(noun, lex) in PERSON_PREDICATES else None


def _whole_noun(anchor, lex: Lexicon) -> str | None:
    """"640 of 1,000 jailed inmates", "four out of 13 women": a bare part counts what
    its whole counts."""
    if anchor.like_num and anchor.dep_ == "nummod" and is_people(anchor.head, lex):
        return noun_lemma(anchor.head)
    doc, j = anchor.doc, anchor.i + 1
    for word in ("out", "of", "the"):  # "four out of the 13 women", each word optional
        if j < len(doc) and doc[j].lower_ == word:
            j += 1
    if j > anchor.i + 1 and j < len(doc) and doc[j].like_num and doc[j].dep_ == "nummod" \
            and is_people(doc[j].head, lex):
        return noun_lemma(doc[j].head)  # (the parser's "out of 11" may modify the 11)
    for prep in (c for c in anchor.children if c.dep_ == "prep" and c.lower_ in ("of", "out")):
        for whole in (g for p in (prep, *(c for c in prep.children if c.dep_ == "prep")) for g in p.children
                      if g.dep_ == "pobj"):
            if any(c.dep_ == "nummod" for c in whole.children) and is_people(whole, lex):
                return noun_lemma(whole)
    return None


def number_of(number: NumberSpan, doc, lex: Lexicon):
    """"puts the number of political prisoners still behind bars at nearly 1,200"; "the
    number detained stood at 1,870 or more" (the tally itself, described by its participle)."""
    last = doc[number.end - 1]
    for token in doc[number.start].sent:
        # ("brings to 20 the number of hostages freed": the count put before the tally)
        fronted = last.dep_ == "pobj" and last.head.lower_ in ("to", "at") and token.head.i == last.head.head.i \
            and token.dep_ == "dobj"
        if token.lemma_.lower() in TALLY_WORDS and (token.i < number.start or fronted):
            if any(c.dep_ == "acl" and c.tag_ == "VBN" and c.i == token.i + 1 for c in token.children):
                return token
            if token.lower_ == "number" and token.dep_ == "ROOT":
                # "political prisoners now number about 1,100": the verb the tagger took for a noun
                counted = [c for c in token.children if c.dep_ in ("compound", "nsubj") and c.i < token.i
                           and is_people(c, lex)]
                if counted:
                    return counted[0]
            for child in token.children:
                if child.dep_ == "prep" and child.lower_ == "of":
                    # "the number of those freed has reached 18": a group described by what befell it
                    objects = [c for c in child.children if c.dep_ == "pobj" and (is_people(c, lex) or (
                        c.lower_ in ("those", "these") and any(g.dep_ in ("acl", "relcl") for g in c.children)))
                        and not any(g.dep_ == "nummod" and not number.start <= g.i < number.end for g in c.children)]
                    # (but "a total of 97 protesters were freed, while eight others…": that tally has its count)
                    if objects:
                        return objects[0]
    return None


def tallied_events(number: NumberSpan, doc, lex: Lexicon):
    """"The overall number of arrests has now reached 3,150", "the count of detentions
    rose to 1,200": the events (each one befalling a person) a tally before a bare count counts."""
    last = doc[number.end - 1]
    verb = last.head.head if last.dep_ == "pobj" and last.head.dep_ == "prep" else last.head
    if last.dep_ not in ("dobj", "pobj", "attr") or verb.pos_ not in ("VERB", "AUX"):
        return None
    tally = next((c for c in verb.children if c.dep_ == "nsubj" and c.lemma_.lower() in TALLY_WORDS), None)
    if tally is None:
        return None
    return next((g for c in tally.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                 if g.dep_ == "pobj" and g.tag_ == "NNS" and noun_predicate(g, lex) is not None), None)


def _speaker(token, lex: Lexicon) -> bool:
    """The subject of "say", "according to": who speaks, not who is counted."""
    head = token
    while head.dep_ in ("compound", "amod", "conj", "appos") and head.head is not head:
        head = head.head
    if head.dep_ in ("nsubj", "pobj") and head.head.lemma_.lower() in lex.speech:
        return True
    return is_source(head)


def context_noun(doc, number: NumberSpan, lex: Lexicon, claims: list[dict], own_sentence: bool = True) -> str | None:
    """What a bare number counts ("Fifty-one crossed", "nine were freed"): a people noun
    earlier in its sentence (not the speaker's), else the previous claim's noun, else a
    people noun in the sentence before."""
    sentence = doc[number.start].sent

    def scan(tokens):
        for token in reversed(tokens):
            if token.pos_ in ("NOUN", "PROPN") and token.lower_ not in OTHERS and is_people(token, lex) \
                    and token.ent_type_ != "ORG" \
                    and not _speaker(token, lex) and not (token.dep_ == "pobj" and token.head.lower_ == "in") \
                    and not (token.dep_ == "pobj" and token.head.dep_ == "agent") \
                    and not (token.dep_ == "compound" and not is_people(token.head, lex)) \
                    and not (token.dep_ == "attr" and (token.head.lemma_ == "be" and token.head.tag_ == "VBG"
                                                       or token.head.lemma_ == "become")) \
                    and not (token.dep_ == "nsubj" and (any(c.dep_ == "dobj" for c in token.head.children)
                                                        and verb_predicate(token.head, lex) is not None
                                                        or finds_guilty(token.head))) \
                    and not (any(c.dep_ == "poss" and c.lower_ in _KIN_OF for c in token.children)
                             and not (token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.like_num)) \
                    and not _part_described(token, number):
                # ("living in exile": where they are, not who; "42 students have become suspects
                # and six were sentenced": what the students became, not who the six are;
                # "questioned by guards, three of whom were freed": who did it, not to whom;
                # "the Police Chiefs' Council": a body's name; "the military spying case": what
                # kind; "The president pardons 23": who did it to them; "with their families":
                # whose they are, but not "13 of its members were killed and 900 arrested"; "the
                # judges found the nine guilty": who judges them; "people suspected of being
                # rebels": what they are said to be)
                while token.dep_ == "conj" and token.head.pos_ == "NOUN" and is_people(token.head, lex):
                    token = token.head  # "24,000 protesters and activists …, 20,000 remain": the first names them
                if noun_lemma(token) in _NEVER_THE_COUNTED or _one_person(token):
                    continue
                return noun_lemma(token)
        return None

    if own_sentence:
        # "90 prisoners from A, 35 prisoners with one Chinese citizen among them from B, 12 from C":
        # a bare count in a list of counts counts what the list's other numbers count
        counted = _counted_nouns(doc[sentence.start:number.first], lex)
        if counted and doc[number.start].dep_ in ("conj", "appos"):
            return noun_lemma(counted[-1])
        if found := scan(doc[sentence.start:number.first]):
            return found
    if number.first > 0 and doc[number.first - 1].lower_ in ("the", "all"):
        # "pardoned the 14", "all three had been moved": the group counted so earlier, not
        # the last noun mentioned
        same = [c for c in claims if c["kind"] == "count" and c["count"] == number.value and not c.get("count_high")]
        if same:
            return same[-1]["noun"]
        if sentence.start and (named := _named_as_many(doc[doc[sentence.start - 1].sent.start:sentence.start],
                                                       number.value, lex)) is not None:
            return named  # "… rights defenders A, B, C, D and E. All five have been jailed before"
    if claims and claims[-1]["kind"] == "count":
        if claims[-1]["sentence_start"] != sentence.start_char:
            if (between := _counted_just_before(doc, claims[-1], sentence, lex)) is not None:
                return between  # "550 journalists were detained. 73 media workers were charged. 30 of them …"
            return _whole_of_part(doc, claims)["noun"]
        return claims[-1]["noun"]
    if not sentence.start:
        return None
    # the sentence before: only a group it counts or holds ("…prisoners…. Nearly 1,200 remain"),
    # not any person it names ("a police officer. …, one of over 50 detained")
    before = doc[doc[sentence.start - 1].sent.start:sentence.start]
    found = scan(before)
    counted = any(t.lower_ not in OTHERS and noun_lemma(t) == found and (
        t.lemma_.lower() in HELD_WORDS or any(c.dep_ == "nummod" for c in t.children)) for t in before)
    return found if counted else None


def _named_as_many(span, many: int, lex: Lexicon) -> str | None:
    """The people noun of ``span`` that just ``many`` names stand beside ("women rights
    defenders A, B, C, D and E": five), or None."""
    for token in span:
        if token.tag_ in ("NNS", "NNPS") and is_people(token, lex) and many > 1:
            within = {t.i for t in token.subtree} - {token.i}
            if sum(e.label_ == "PERSON" and e.root.i in within for e in span.ents) == many:
                return noun_lemma(token)
    return None


def _part_described(token, number: NumberSpan) -> bool:
    """"Of the Ukrainians, 20 were civilians and 45 had been captured": what another bare
    count of the sentence is said to be is not what this one counts."""
    return token.dep_ == "attr" and token.head.lemma_ == "be" and any(
        c.dep_ == "nsubj" and c.like_num and not number.start <= c.i < number.end for c in token.head.children)


def _one_person(token) -> bool:
    """"since the general took power, easily 9,000 …": one person, told with
    an article, is not what a bare count counts (a staff or a crew may be)."""
    return token.tag_ == "NN" and token.lemma_.lower() not in _GROUP_NOUNS and any(
        c.dep_ == "det" and c.lower_ in ("a", "an", "the", "this", "that") or c.dep_ == "poss" for c in token.children)


_GROUP_NOUNS = frozenset({"staff", "crew", "personnel", "military", "people", "opposition", "youth", "police"})


def _counted_just_before(doc, claim: dict, sentence, lex: Lexicon) -> str | None:
    """The people noun a number counts in the sentence just before ``sentence``, when that
    sentence made no claim and comes after ``claim``'s: the nearer group."""
    if not sentence.start:
        return None
    before = doc[sentence.start - 1].sent
    if before.start_char <= claim["sentence_start"]:
        return None
    counted = _counted_nouns(before, lex)
    return noun_lemma(counted[-1]) if len(counted) == 1 else None


def _counted_nouns(tokens, lex: Lexicon) -> list:
    """The people nouns among ``tokens`` that a number (not a date) counts."""
    return [t for t in tokens if t.pos_ in ("NOUN", "PROPN") and t.lower_ not in OTHERS and is_people(t, lex)
            and any(c.dep_ == "nummod" and c.like_num and c.ent_type_ != "DATE" for c in t.children)]


_PART_MARKERS = frozenset({"including", "among", "amongst", "include", "included", "includes"})


def _whole_of_part(doc, claims: list[dict]) -> dict:
    """The latest count claim, or, when it is a part listed after a larger group of its own
    sentence ("52 prisoners, including 14 foreigners"), that group: a bare count in a later
    sentence ("More than 1,100 remain behind bars") refers back to the group, not the part."""
    last = claims[-1]
    wholes = [c for c in claims if c["kind"] == "count" and c["sentence_start"] == last["sentence_start"]
              and c["end"] <= last["start"] and c["count"] > last["count"]]
    for whole in wholes:
        between = doc.char_span(whole["end"], last["start"], alignment_mode="expand")
        if between is not None and any(t.lower_ in _PART_MARKERS for t in between):
            return whole
    return last


def describing_noun(anchor, lex: Lexicon):
    """"Fourteen of the freed were foreign nationals"; "38 of those released had been
    recognised as political prisoners": the noun the text gives the counted people."""
    if anchor.dep_ not in ("nsubj", "nsubjpass"):
        return None
    verb = anchor.head
    for child in verb.children:
        if child.dep_ == "attr" and child.pos_ in ("NOUN", "PROPN") and is_people(child, lex):
            return child
        if child.dep_ == "oprd" and child.pos_ == "NOUN" and verb.lemma_.lower() in NAMING_VERBS \
                and is_people(child, lex):
            return child  # "some 800 people are considered prisoners of conscience"
        if child.dep_ == "acomp" and child.ent_type_ == "NORP" and is_people(child, lex):
            return child  # "three are Latvian": a nationality written as an adjective
        if child.dep_ == "prep" and child.lower_ == "as" and verb.lemma_.lower() in NAMING_VERBS:
            objects = [c for c in child.children if c.dep_ == "pobj" and is_people(c, lex)]
            if objects:
                return objects[0]
    return None


# nouns that say only that people are counted, or held: a noun the text gives them says more
_PLAIN_HELD = PLAIN_PEOPLE | {"detainee"}
_BEFORE_NOW = frozenset({"earlier", "previously", "formerly", "once"})


# verbs that say what others call the counted people, beside those that count them so
_CALLING_VERBS = NAMING_VERBS | {"describe", "call", "label", "brand"}


def _listed_as(noun, lex: Lexicon):
    """The held noun a naming clause gives plain "people": "freed 60 people the rights groups
    consider political prisoners" (the naming verb parsed as a clause of the verb beside
    them), "pardoned 16 people whom rights groups describe as political prisoners" (a relative
    clause of the noun); or None. (Not people on a rights group's political prisoner list,
    whom the labels count as people.)"""
    if noun.dep_ != "dobj":
        return None
    for clause in (c for c in noun.head.children if c.dep_ in ("ccomp", "relcl") and c.i > noun.i
                   and c.lemma_.lower() in NAMING_VERBS):
        named = next((c for c in clause.children if c.dep_ in ("dobj", "oprd")
                      and noun_lemma(c) in HELD_WORDS), None)
        if named is not None and not any(c.dep_ == "dobj" for c in clause.children if c.i < named.i):
            return named
    for clause in (c for c in noun.children if c.dep_ == "relcl" and c.lemma_.lower() in _CALLING_VERBS):
        named = next((g for c in clause.children if c.dep_ == "prep" and c.lower_ == "as"
                      for g in c.children if g.dep_ == "pobj" and noun_lemma(g) in HELD_WORDS), None)
        if named is not None:
            return named
    return None


def _of_them_then_noun(anchor, lex: Lexicon):
    """The people noun right after "nine of them" with no verb between: what the part is."""
    if not any(c.dep_ == "prep" and c.lower_ == "of" and any(g.lower_ in ("them", "whom") for g in c.children)
               for c in anchor.children):
        return None
    after = anchor.doc[anchor.right_edge.i + 1] if anchor.right_edge.i + 1 < len(anchor.doc) else None
    return after if after is not None and after.tag_ == "NNS" and is_people(after, lex) else None


def one_from_a_country(count) -> bool:
    """A bare count closing a list of counted people, said by where they come from: "six
    Latvians, three Poles and one from Canada"."""
    doc = count.doc
    return count.like_num and count.dep_ in ("conj", "appos") and count.i + 1 < len(doc) \
        and doc[count.i + 1].lower_ == "from" and doc[count.i + 1].head.i == count.i \
        and any(g.ent_type_ in ("GPE", "NORP") for g in doc[count.i + 1].children) \
        and any(c.dep_ == "nummod" for c in count.head.children)


def _list_head(count, lex: Lexicon):
    """The people noun an "including" list of ``count`` hangs on ("nine were foreigners,
    including four Estonians, … and one from Norway"): what a count without a noun of its own
    is one of; or None."""
    first = count
    while first.dep_ in ("conj", "appos") and first.head is not first:
        first = first.head
    if first.dep_ != "pobj" or first.head.lower_ not in ("including", "includes"):
        return None
    head = first.head.head
    return head if head.pos_ == "NOUN" and is_people(head, lex) else None


def _part_being(noun, anchor, lex: Lexicon):
    """The people noun a part is said to be in an absolute clause on its whole: "11 of the
    freed convicts being mothers"; or None."""
    if anchor is None:
        return None
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.i == anchor.i:
        beings = [c for c in noun.children if c.dep_ == "acl"]
    elif noun.dep_ == "nsubj" and noun.head.dep_ == "pcomp" and noun.head.head.lower_ == "of" \
            and noun.head.head.head.i == anchor.i:
        beings = [noun.head]  # (the parser's "of [the freed protesters being students]")
    else:
        return None
    return next((a for c in beings if c.lemma_ == "be" and c.tag_ == "VBG"
                 for a in c.children if a.dep_ == "attr" and a.pos_ == "NOUN" and is_people(a, lex)), None)


def counted_noun(doc, number: NumberSpan, noun, anchor, gov, others: bool, claims: list[dict], lex: Lexicon):
    """The noun lemma a claim counts, or None when nothing says."""
    if anchor is not None and one_from_a_country(anchor):
        if any(c.dep_ == "prep" and c.lower_ == "from" for c in anchor.head.children) and is_people(anchor.head, lex):
            return noun_lemma(anchor.head)  # "two convicts from Turkey and one from Russia": one more convict
        if (listed := _list_head(anchor, lex)) is not None:
            return noun_lemma(listed)  # "…, including four Estonians and one from Norway": one of the foreigners
        first = anchor.head
        before = [c for c in claims if c["kind"] == "count" and c["end"] <= first.idx]
        if first.ent_type_ == "NORP" and before:
            # "freed 20 prisoners, among them four Germans and one from Canada": one of the
            # group, not a German
            return before[-1]["noun"]
    if noun is not None and (being := _part_being(noun, anchor, lex)) is not None:
        return noun_lemma(being)  # "with 14 of the freed convicts being mothers": mothers
    if noun is not None and noun.tag_ == "NN" and (joined := _people_joined(noun, lex)) is not None:
        return noun_lemma(joined)  # "more than 120 opposition and civil society members": members
    if noun is not None and noun_lemma(noun) in ("people", "person", "individual") and (
            noun.dep_ == "dobj" or noun.dep_ == "pobj" and noun.head.lower_ in ("to", "from", "with")
            or noun.dep_ == "nsubj" and noun.head.pos_ == "ADP") \
            and (tallied := number_of(number, doc, lex) or _held_list(number, doc)
                 or _political_before_with(number, noun, doc)) is not None \
            and tallied.lemma_.lower() in HELD_WORDS:
        # "the count of political prisoners went past 1,000 people", "climbed to 240 people", "remains
        # high, with over 1,000 individuals behind bars": prisoners
        return noun_lemma(tallied)
    if noun is not None and noun.tag_ == "NN" and noun.lower_ in ("hostage", "captive") and noun.i >= 2 \
            and doc[noun.i - 2].i == number.end - 1 and doc[noun.i - 1].lemma_.lower() in ("hold", "take"):
        # "67 killed, 503 detained and 20 held hostage": what they are held as, not what is counted
        return context_noun(doc, number, lex, claims) or "people"
    if noun is not None and noun_lemma(noun) in PLAIN_PEOPLE and (listed := _listed_as(noun, lex)) is not None:
        return noun_lemma(listed)  # "60 people the rights groups consider political prisoners": prisoners
    if noun is not None and noun_lemma(noun) in _PLAIN_HELD and (described := describing_noun(noun, lex)) is not None \
            and not any(c.dep_ == "advmod" and c.lower_ in _BEFORE_NOW for c in noun.head.children):
        # "of them, 12 detainees were reporters", "some 900 individuals are now counted as
        # political prisoners": what the text calls them (but "80 people previously listed as
        # political prisoners walked free": no longer so)
        return noun_lemma(described)
    if noun is not None:
        return noun_lemma(noun)
    if anchor is not None and claims and claims[-1]["kind"] == "count" and of_this_number(anchor):
        # "Of this number, 20 come from her party": the whole's noun (the largest count of the
        # sentence that gave it, not "one minor" among "50 individuals")
        last = [c for c in claims if c["kind"] == "count" and c["sentence_start"] == claims[-1]["sentence_start"]]
        return max(last, key=lambda c: c["count"])["noun"]
    if anchor is not None and (described := _of_them_then_noun(anchor, lex)) is not None:
        return noun_lemma(described)  # "120 Ukrainians – nine of them civilians –": the part's own noun
    if others:
        named = next((c for c in anchor.children if c.dep_ in ("appos", "conj") and c.i > anchor.i
                      and c.tag_ == "NNS" and is_people(c, lex)), None) if anchor is not None else None
        if named is not None:
            return noun_lemma(named)  # "and 14 others, bloggers and students": what the others are
        # "An Estonian political prisoner was freed alongside 13 others": others of what the
        # one is held as
        held = next((t for t in doc[anchor.sent.start:number.first] if t.pos_ == "NOUN"
                     and t.lemma_.lower() in HELD_WORDS), None) if anchor is not None else None
        if held is not None:
            return noun_lemma(held)
        # "killed 5 rebels and detained 40 others": others of the kind just counted
        counted = next((t for t in reversed(doc[anchor.sent.start:number.first]) if t.pos_ == "NOUN"
                        and is_people(t, lex) and any(c.dep_ == "nummod" for c in t.children)), None) \
            if anchor is not None else None
        if counted is not None:
            return noun_lemma(counted)
        # "Opposition leader, 13 others free": the others are not leaders but the group
        # the text counts elsewhere, else people
        return context_noun(doc, number, lex, claims, own_sentence=False) or "people"
    if (tallied := number_of(number, doc, lex)) is not None and tallied.lower_ not in PRONOUNS \
            and tallied.lemma_.lower() not in TALLY_WORDS and is_people(tallied, lex):
        return noun_lemma(tallied)  # "brings to 20 the number of hostages freed": what the tally counts
    if (parallel := _gapped_noun(anchor, lex)) is not None:
        return parallel
    if anchor is not None and anchor.dep_ == "pobj" and anchor.head.lower_ in ("among", "amongst") \
            and anchor.head.head.lemma_ == "be":
        # "30 pupils were among the 2,900 arrested": the whole is not what its part is
        before = [c for c in claims if c["sentence_start"] != anchor.sent.start_char]
        return context_noun(doc, number, lex, before, own_sentence=False) or "people"
    whole_of = anchor.head if anchor is not None and anchor.dep_ == "nummod" else anchor  # ("the 40 freed")
    if whole_of is not None and whole_of.dep_ == "pobj" and whole_of.head.lower_ == "of" \
            and whole_of.head.head.like_num and whole_of.head.head.i < whole_of.i:
        # "five of the 40 freed were women": the whole is not what its part is said to be
        before = [c for c in claims if c["sentence_start"] != anchor.sent.start_char]
        return context_noun(doc, number, lex, before, own_sentence=False) or "people"
    if (whole := _whole_noun(anchor, lex)) is not None:
        return whole
    if number.first > 0 and doc[number.first - 1].lower_ in ("the", "all") and number.value > 1 and (same := [
            c for c in claims if c["count"] == number.value and c["sentence_start"] < anchor.sent.start_char]):
        return same[-1]["noun"]  # "drove the three to the department": the three counted before
    references = [g for c in anchor.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                  if _back_reference(g)]
    if references and references[0].lower_ == "them" and _plural_people_before(doc, number, lex) and not any(
            c["sentence_start"] == anchor.sent.start_char for c in claims):
        # "raided the homes of a dozen journalists, detaining two of them": the group of
        # this very sentence
        found = context_noun(doc, number, lex, claims)
    elif references:
        # "154 of those freed were sent into exile": the group counted before, not the
        # nearest noun ("families") of the sentence (nor the count it follows, "11 women and
        # 12 of those pardoned": the pardoned are the group before it)
        earlier = [c for c in claims if c["sentence_start"] != anchor.sent.start_char] if any(
            c.dep_ in ("acl", "relcl") and word_predicate(c, lex) in PERSON_PREDICATES
            for c in references[0].children) else claims
        found = context_noun(doc, number, lex, earlier, own_sentence=False) or context_noun(doc, number, lex, claims)
    else:
        found = context_noun(doc, number, lex, claims)
    if found is None and gov is not None and (
            gov.pos_ == "VERB" and anchor.head.i == gov.i and anchor.dep_ in ("dobj", "nsubjpass")
            or gov.tag_ in ("VBN", "VBD") and anchor.head.i == gov.i and anchor.dep_ == "nsubj" and anchor.i < gov.i
            and not any(c.dep_ in ("aux", "auxpass", "dobj", "dative", "ccomp", "xcomp") for c in gov.children)
            or verb_tagged_noun(gov, lex) and anchor.head.i == gov.i
            or gov.pos_ == "VERB" and gov.head.i == anchor.i and gov.dep_ in ("acl", "amod")
            or gov.pos_ == "VERB" and gov.dep_ == "acl" and (gov.head.lower_ in ("those", "these")
                                                            or gov.head.lemma_.lower() in TALLY_WORDS)
            or gov.pos_ == "NOUN" and anchor.dep_ == "pobj" and anchor.head.lower_ == "of" and anchor.head.head.i == gov.i
            or anchor.dep_ == "nsubj" and anchor.head.lemma_.lower() in ("remain", "stay") and anchor.i == number.end - 1
            or anchor.dep_ == "nsubj" and gov.lemma_ == "be" and anchor.head.i == gov.i and in_held_place(gov, lex)):
        # "Lukashenko pardons 16" (the verb may be tagged a plural noun), "50 detained", "the release of the 52", "the number of those
        # freed reached 18", "1,100 remain jailed", "all four are in custody": whom custody acts on are people
        return "people"
    return found


def _rest_of_name(words) -> bool:
    """"League for Democracy (NLD)": the words of a body's name between a count and its noun."""
    return all(t.is_title or t.is_punct or t.is_upper or t.lower_ in ("for", "of", "and") for t in words)


def of_this_number(anchor) -> bool:
    """"Of this number, 20 come from her party": a subject count after a fronted "of" the
    tally just given."""
    return anchor.dep_ in ("nsubj", "nsubjpass") and any(
        c.dep_ == "prep" and c.lower_ == "of" and c.i < anchor.i and any(
            g.lemma_.lower() in ("number", "figure", "total") and any(d.lower_ in ("this", "that") for d in g.children)
            for g in c.children) for c in anchor.head.children)


def _people_joined(noun, lex: Lexicon):
    """The plural noun of people that a singular counted noun is joined to by "and" ("120
    opposition and civil society members"), however the parser hung it, or None: the plural
    with a modifier of its own, whose head the singular shares (but "230 Ukrainian military
    and civilians" counts two nouns)."""
    if not any(c.dep_ == "cc" for c in noun.children):
        return None
    for token in noun.doc[noun.i + 1:min(noun.i + 6, noun.sent.end)]:
        if token.tag_ == "NNS" and is_people(token, lex) and (token.head.i == noun.i or token.head.i == noun.head.i):
            return token if any(c.dep_ in ("compound", "amod") for c in token.children) else None
        if token.pos_ not in ("CCONJ", "ADJ", "NOUN", "PROPN"):
            return None
    return None


def _gapped_noun(anchor, lex: Lexicon) -> str | None:
    """A verb left out: "eight prisoners were moved to Poland, 11 to Latvia and three to
    the US" — a bare count with its own "to …" counts what the verb's counted subject or
    object counts (the parser hangs such counts on the verb, the place or each other)."""
    after = anchor.doc[anchor.i + 1] if anchor.i + 1 < len(anchor.doc) else None
    if after is None or after.pos_ != "ADP":
        return None
    if after.lower_ == "of" and any(g.lower_ in ("those", "these", "them") for g in after.children):
        return None  # "9 women and 12 of those pardoned": a part of the group it names
    node = anchor
    for _ in range(5):
        if node.dep_ not in ("npadvmod", "conj", "appos", "pobj", "prep") or node.head is node:
            return None
        node = node.head
        if node.pos_ == "VERB":
            break
    else:
        return None
    # (a subject the parser hung on the source of "According to officials, 10 prisoners …")
    sourced = [a for p in node.children if p.lower_ == "according" for to in p.children for src in to.children
               if is_source(src) for a in src.children if a.dep_ == "appos"]
    parallel = [c for c in [*node.children, *sourced] if c.dep_ in ("nsubj", "nsubjpass", "dobj", "appos")
                and c.i != anchor.i and is_people(c, lex) and any(g.dep_ == "nummod" for g in c.children)]
    return noun_lemma(parallel[0]) if parallel else None


def _plural_people_before(doc, number: NumberSpan, lex: Lexicon) -> bool:
    """A plural noun of people earlier in the count's sentence, for "them" to refer to (not
    what a copula says a group is: "Most of the freed are women, and four of them …")."""
    sentence = doc[number.start].sent
    return any(t.tag_ == "NNS" and t.dep_ != "attr" and t.lower_ not in OTHERS and is_people(t, lex)
               and not _speaker(t, lex) for t in doc[sentence.start:number.first])


def _back_reference(token) -> bool:
    """"them", "those", "those freed": a group named before."""
    return token.lower_ in ("those", "them", "these") or any(
        c.dep_ == "det" and c.lower_ in ("those", "these") for c in token.children)
