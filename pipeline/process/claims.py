"""Count claims in a parsed spaCy Doc: a number of people, what is counted, what
happened to them (released, pardoned, deported, crossed_border, remain_imprisoned,
detained, sentenced), the qualifier, and whether it is asserted. Plain functions over
the parse; the deciding words are data (pipeline/data/)."""

from __future__ import annotations

from spacy.attrs import LOWER

from newsmon.pipeline.process.counted import (
    TALLY_WORDS,
    context_noun,
    counted_noun,
    describing_noun,
    head_noun,
    misread_serving,
    number_of,
    one_from_a_country,
    participle_noun,
    tallied_events,
)
from newsmon.pipeline.process.entspans import entity_at
from newsmon.pipeline.process.governors import (
    CUSTODY_ENDERS,
    LIST_DASHES,
    SOME_OF,
    apposed_clauses,
    belongs_to_another,
    doing_to_another,
    done_to_someone,
    governor,
    group_predicate,
    is_agent,
    misread_participle,
    modifier_predicate,
    object_participle,
    object_verb_before,
    of_group_predicate,
    reduced_relative,
    status_of,
)
from newsmon.pipeline.process.groups import (
    among_them,
    described_group,
    listed_with,
    of_them,
    others_named_since,
    out_of_total,
    part_of_previous,
    ranked_share,
    tally_parts,
    referred_back,
    whole_of_whom,
)
from newsmon.pipeline.process.lexicon import (
    CUSTODY_NOUNS,
    HELD_WORDS,
    OTHERS,
    PERSON_PREDICATES,
    PLAIN_PEOPLE,
    POLICE,
    PRONOUNS,
    SUBJECT_DEPS,
    Lexicon,
    custody_so_far,
    first_conjunct,
    in_held_place,
    is_counted,
    is_people,
    landed_inside,
    not_custody,
    noun_lemma,
    noun_predicate,
    part_gone_abroad,
    patients,
    served_out,
    to_a_country,
    verb_predicate,
    word_predicate,
)
from newsmon.pipeline.process.listings import detention_lead, item_verb_before, lead_of
from newsmon.pipeline.process.numbers import CHANGES, NumberSpan
from newsmon.pipeline.process.stocks import (
    RECORDING,
    as_of,
    by_the_end,
    country_stock,
    held_before,
    held_stock,
    listed_as_held,
    named_held_now,
    political,
    recorded_detentions,
    size_of_list,
    still_in,
    until_freed,
)
from newsmon.pipeline.process.swaps import involved_in_swap, sized_swap

_PLACE_AFTER = {"behind", "in", "inside"}
_HISTORY = ("detained", "sentenced")  # what a participle on the counted noun tells of their past
_JAILING = frozenset({"hold", "imprison", "jail", "incarcerate", "deprive"})  # ("deprived of their liberty")
_HELD_NOW = _JAILING | {"detain"}  # with "still": a stock


# "freed in one of 50 exchanges", "three amnesties", "four mass abductions": each is of many,
# so not a count of people (but "nearly 300 kidnappings were reported": the year's tally of
# people taken, as "1,800 arrests" is, tests/eval/GUIDELINES.md)
_EVENTS_OF_MANY = frozenset({"exchange", "swap", "amnesty"})
_TAKINGS = frozenset({"abduction", "kidnapping"})


def _of_many(noun) -> bool:
    lemma = noun.lemma_.lower()
    return lemma in _EVENTS_OF_MANY or lemma in _TAKINGS and (any(
        c.lower_ in ("mass", "group") and c.dep_ in ("amod", "compound") for c in noun.children) or any(
        t.lower_ in _RATES for t in noun.sent))  # (nor "typically sees two to four abductions annually")


_RATES = frozenset({"annually", "typically", "usually", "average"})


_OLDEST = frozenset({"youngest", "oldest", "eldest"})


def _age(number: NumberSpan, doc, lex: Lexicon) -> bool:
    """"the youngest prisoner exchanged was 19": a number one person "is" is an age."""
    token = doc[number.end - 1]
    if number.start >= 2 and doc[number.start - 1].text == "," and doc[number.start - 2].ent_type_ == "PERSON" and (
            number.end >= len(doc) or doc[number.end].text in (",", ";", "—", "–", ")", ".") or doc[number.end].is_space):
        return True  # "Dana Levi, 34, Yoav Mor, 29": a name's age
    if number.start >= 2 and doc[number.start - 1].text == "(" and doc[number.start - 2].ent_type_ == "PERSON" \
            and number.end < len(doc) and doc[number.end].text == ")" and number.value <= 110:
        return True  # "Ali Hassan (31), held since 2020": his age
    before = [t.lower_ for t in doc[max(0, number.start - 5):number.start]]
    if before and (before[-1] in _OLDEST or before[-1] in ("was", "is") and _OLDEST & set(before)):
        return True  # "the youngest prisoner swapped was 20, and the oldest 68", however parsed
    if before and (before[-1] == "aged" or len(before) >= 2 and before[-2] == "aged" and before[-1] in ("from", "between")):
        return True  # "240 people, aged from 16 to 85"
    if len(before) >= 3 and before[-1] == "and" and before[-3] == "aged" and doc[number.start - 2].like_num:
        return True  # "two children aged seven and 11": the second age
    if before and before[-1] in ("turned", "turns", "turning") and number.value <= 110:
        return True  # "six of the prisoners had turned 18 in jail": the age they reached
    if len(before) >= 3 and before[-3] == "as" and before[-2] in ("young", "old") and before[-1] == "as" \
            and number.value <= 110:
        return True  # "boys, the youngest of them as young as 12": the age of some of them
    bare = number.end >= len(doc) or doc[number.end].pos_ not in ("NOUN", "PROPN")
    if bare and number.value <= 110 and len(before) >= 2 and (before[-1] in ("over", "under", "above") and before[-2] in ("are", "were")
                                      or before[-1] == "than" and before[-2] in ("older", "younger")):
        return True  # "Thirteen are over 50", "nine people older than 60": ages of people already counted
    if token.dep_ != "attr" or token.head.lemma_ != "be":
        return False
    return any(c.dep_ == "nsubj" and (c.tag_ == "NN" and is_people(c, lex) or c.ent_type_ == "PERSON")
               for c in token.head.children)


def _start_char(token) -> int:
    """Where the claim's words begin: "-More than 1,000" after a dateline begins at "More"."""
    return token.idx + len(token.text) - len(token.text.lstrip("-–—") or token.text)


_MEMBERS = frozenset({"including", "excluding"})


def _scan_predicate(start, stop, lex: Lexicon):
    """Fallback when the parse does not link a count to its verb: the first predicate
    word (or "behind bars" / "in custody") after the counted words, in the same clause."""
    doc = start.doc
    members = {t.i for m in doc[start.i + 1:stop] if m.dep_ == "prep" and m.lower_ in _MEMBERS for t in m.subtree}
    # "the number of people covered — including defendants released on bail — reached 93,000":
    # the words between two dashes are an aside
    dashes = [t.i for t in doc[start.i + 1:stop] if t.text in ("—", "–", "--")]
    members |= {i for a, b in zip(dashes[::2], dashes[1::2]) for i in range(a, b + 1)}
    for token in doc[start.i + 1:stop]:
        if token.text in (";", ":") or token.lower_ in ("while", "whereas", "but") or token.like_num \
                or token.lower_ in ("although", "though") and token.dep_ == "mark":
            break  # another clause or another count: its words are not ours
        if token.lower_ in SOME_OF and token.dep_ in ("nsubj", "nsubjpass") \
                and any(c.dep_ == "prep" and c.lower_ == "of" for c in token.children):
            break  # "12 sailors, many of whom were in jail": a part of no stated size
        if token.i in members:
            continue  # "over 1,100 political prisoners, including bloggers who were arrested in 2021": the bloggers'
        if token.dep_ in ("nsubj", "nsubjpass") and token.pos_ in ("NOUN", "PROPN", "NUM") and token.head.dep_ == "conj":
            break  # "50,000 marched and dozens were arrested": a joined clause with a subject of its own
        if token.pos_ == "VERB" and token.lemma_.lower() in lex.scan_stop and (
                token.dep_ not in ("acl", "relcl") or token.lemma_.lower() in ("die", "kill")):
            break  # (the dead, even in a relative clause, are held by nobody: "who were killed in captivity")
        if token.lower_ == "on" and [t.lower_ for t in doc[token.i + 1:token.i + 3]] == ["death", "row"]:
            return token, "remain_imprisoned"  # "1,000 prisoners are on death row"
        if token.lower_ in _PLACE_AFTER and (token.i + 1 < len(doc) and doc[token.i + 1].lower_ in lex.state_places
                                             or _custody_place(token, lex)) \
                or token.lower_ == "behind" and token.i + 1 < len(doc) and doc[token.i + 1].lower_ == "bars":
            # (but "have been behind bars for five months" tells of custody so far)
            return token, "detained" if custody_so_far(token.head) or landed_inside(token.head) else "remain_imprisoned"
        if token.dep_ == "amod" and token.head.i != start.i:
            continue  # "gathered to welcome the freed prisoners": what happened to other people
        if token.dep_ == "acl" and token.head.i > start.i and token.head.dep_ in ("pobj", "dobj") \
                and token.head.head.lower_ != "as" \
                and is_people(token.head, lex) and not any(c.dep_ == "nummod" for c in token.head.children):
            # "two women are packing parcels for compatriots imprisoned in Belarus": the others'
            # participle (but "recognised 140 of those as people held for …" says what the 140 are)
            break
        if predicate := word_predicate(token, lex):
            if _done_by(start, token, lex) or done_to_someone(token):
                # "Nine people broke in, seized the equipment and took him away", "two officers
                # were among the officers who took him into custody": they did it
                break
            if any(c.dep_ == "dobj" and any(p.dep_ == "poss" and p.lower_ in ("his", "her") for p in c.children)
                   for c in token.children):
                break  # "his wife and two children thanked them for securing his release": one other's
            if token.dep_ in ("ccomp", "xcomp") and any(c.dep_ == "nsubj" and c.i == start.i for c in token.head.children) \
                    and any(c.dep_ in ("nsubj", "nsubjpass") and c.i > start.i for c in token.children):
                break  # "the three judges ordered X be freed": the counted order, X is who is freed
            if token.head.i == start.i and doing_to_another(token):
                break  # "six officers escorting him back into Belarus": what they did to another
            if token.pos_ == "VERB" and token.dep_ in ("advcl", "conj", "xcomp") and any(
                    c.dep_ == "dobj" and c.i > start.i and c.lower_ != "them"
                    for v in (token, *(c for c in token.children if c.dep_ == "conj")) for c in v.children):
                break  # "drew some 100,000 people, arresting and beating hundreds": others' verb
                # (but "took the four to the station and released them": "them" are the four)
            return token, predicate
    return None, None


_FACILITIES = frozenset({"facility", "centre", "center", "camp", "institution"})
_BEING_HELD = frozenset({"be", "remain", "stay", "serve", "sit", "languish", "live"})
_CUSTODIAL = frozenset({"penal", "detention", "correctional", "prison", "penitentiary", "juvenile"})


def _still_there(number: NumberSpan, doc, lex: Lexicon) -> bool:
    """A bare count followed by "still in detention" ("still behind bars"): held now, whatever
    verb the parser hung the place on."""
    words = [t.lower_ for t in doc[number.end:number.end + 3]]
    return len(words) == 3 and words[0] == "still" and words[1] in ("in", "behind") and words[2] in lex.state_places


def _custody_place(prep, lex: Lexicon) -> bool:
    """"in Russian captivity", "in open-type penal facilities", "in juvenile colonies": the
    preposition's object is a place of custody, whatever words stand before it."""
    place = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if place is None or prep.head.lemma_.lower() not in _BEING_HELD and not landed_inside(prep.head):
        return False  # ("placed ten people in detention", "awaiting trial in detention facilities": acts)
    if place.lower_ in lex.state_places:
        return True
    if place.lower_ == "hands" and any(c.dep_ == "advmod" and c.lower_ == "still" for c in prep.head.children) \
            and any(c.dep_ == "prep" and c.lower_ == "of" for c in place.children):
        return True  # "two aid workers are still in their kidnappers' hands": their captors'
    return place.lemma_.lower() in _FACILITIES and any(t.lower_ in _CUSTODIAL for t in place.subtree if t.i < place.i)


def _done_by(counted, verb, lex: Lexicon) -> bool:
    """Whether ``counted`` is the subject of the active custody ``verb`` that takes an object,
    or of a verb it is joined to ("broke in, seized the laptops": the counted did the seizing;
    but "regained their freedom", "crossed the border" are what befell them)."""
    if verb.lemma_.lower() not in lex.verbs or not any(c.dep_ == "dobj" for c in verb.children):
        return False
    node = first_conjunct(verb)
    subject = counted
    while subject.dep_ in ("nummod", "quantmod", "compound") and subject.head is not subject:
        subject = subject.head
    return subject.dep_ == "nsubj" and subject.head.i == node.i


# relatives whose "of one X" names whose they are
_KIN = frozenset({"son", "daughter", "grandson", "granddaughter", "child", "wife", "husband", "brother", "sister",
                  "father", "mother", "parent", "relative", "nephew", "niece", "cousin", "widow"})


def _described_whole(number: NumberSpan, doc, noun) -> bool:
    """The whole of a part counted just before it ("four out of the 13 women held",
    "250 of the 3,000 people whom police held"), when a clause of its own says what befell it."""
    i = number.first - 1
    if i >= 0 and doc[i].lower_ in ("the", "those", "these", "all"):
        i -= 1
    if noun is None or i < 1 or doc[i].lower_ != "of":
        return False
    part = doc[i - 1] if doc[i - 1].lower_ != "out" else doc[i - 2] if i >= 2 else None
    return part is not None and part.like_num and any(
        c.dep_ in ("acl", "relcl") and c.pos_ == "VERB" for c in noun.children)


def _and_a_half(number: NumberSpan, doc) -> bool:
    """"six-and-a-half years", "two and a half": a fraction of an amount, nobody counted."""
    words = [t.lower_ for t in doc[number.end:number.end + 6] if t.text != "-"]
    return words[:3] == ["and", "a", "half"]


def _is_partitive_base(number: NumberSpan, doc) -> bool:
    """The 52 in "Fifty-one of the 52": the whole a part is counted from (but "one of at
    least 150 people" counts the 150)."""
    i = number.first - 1
    if i >= 1 and doc[i].tag_ == "POS":
        i -= 2  # "402 of Myanmar's nearly 13,000 political prisoners"
    if i >= 0 and doc[i].lower_ in ("the", "those", "these", "all"):
        i -= 1
    after = doc[number.end] if number.end < len(doc) else None
    # "among the 52 people freed on Thursday", "200 of the 2,100 people who were held":
    # a whole that says itself what happened to it is counted
    clauses = [c.dep_ for c in after.children if c.pos_ == "VERB"] if after is not None else []
    if i >= 0 and doc[i].lower_ in ("among", "amongst") and i < number.first - 1:
        if after is not None and after.dep_ in ("acl", "relcl") and after.head.i == number.end - 1:
            return False  # "were among the 90 seized by the militia": the whole says what befell it
        last = doc[number.end - 1]
        if last.dep_ == "nummod" and last.head.i > last.i and last.head.pos_ == "NOUN":
            # "she was among the 14 prisoners freed by the president": the noun's own clause
            # ("she was among the nine sailors who were seized off the coast": its own passive)
            clauses += [c.dep_ if c.dep_ != "relcl" or not any(a.dep_ == "auxpass" for a in c.children) else "acl"
                        for c in [*last.head.children, *apposed_clauses(last.head)] if c.pos_ == "VERB"]
        return "acl" not in clauses  # "Five Germans were among the 16"
    last = doc[number.end - 1]
    if after is not None and last.dep_ == "nummod" and last.head.i > last.i and last.head.pos_ == "NOUN":
        after = last.head  # "of the 45 political prisoners pardoned": the counted noun
        clauses = [c.dep_ for c in after.children if c.pos_ == "VERB"]
        # "Some of the 90 men and six women who were freed": a clause on the last of joined counts
        clauses += [c.dep_ for j in after.children if j.dep_ == "conj" and j.pos_ == "NOUN"
                    and any(g.dep_ == "nummod" for g in j.children) for c in j.children if c.pos_ == "VERB"]
    described = "acl" in clauses or "relcl" in clauses
    if i < 1 or doc[i].lower_ != "of" or described and after.pos_ in ("NOUN", "PROPN"):
        return False
    part = doc[i - 1]
    if part.lower_ == "out" and i >= 2:
        part = doc[i - 2]  # "8 out of 182"
    if part.text == "," and part.i >= 1 and doc[part.i - 1].pos_ == "NOUN" \
            and any(c.dep_ == "nummod" for c in doc[part.i - 1].children):
        return True  # "3,100 detainees, out of some 50,000": the whole they came from
    return part.like_num and part.lower_ != "one" or part.lower_ in ("most", "some", "many", "half")


def _cut_off(number: NumberSpan, doc) -> bool:
    """"sentenced Thahir, a TV producer, to three…": a count at the end of an excerpt cut off
    mid-sentence, whose noun is lost."""
    after = doc[number.end:number.end + 2]
    return len(after) > 0 and after[0].text in ("…", "...") and all(t.is_punct or t.is_space for t in after)


_THEIR = frozenset({"their", "his", "her"})


def _their_release_next(gov, anchor, lex: Lexicon):
    """"The court acquitted 11 protesters and ordered their immediate release": the verb
    joined to the count's own names what befell them by a noun the count owns ("their").
    (node, predicate) or None."""
    if gov is None or gov.pos_ != "VERB" or anchor.dep_ not in ("dobj", "nsubjpass") or anchor.head.i != gov.i:
        return None
    for verb in (c for c in gov.children if c.dep_ == "conj" and c.pos_ == "VERB"):
        for noun in (c for c in verb.children if c.dep_ == "dobj"):
            if (predicate := _owned_release(noun, _THEIR, lex)) is not None:
                return noun, predicate
    return None


def _owned_release(noun, owners, lex: Lexicon) -> str | None:
    """The predicate of a release noun that one of ``owners`` ("their") gives to the counted."""
    if any(p.dep_ == "poss" and p.lower_ in owners for p in noun.children) \
            and (predicate := noun_predicate(noun, lex)) in PERSON_PREDICATES:
        return predicate
    return None


def _after_their_deed(anchor, lex: Lexicon, wanted=PERSON_PREDICATES):
    """"Three fishermen held over the winter reached home after their release", "seven members
    were taken to the building after their arrest": the counted subject's verb, dated by a deed
    that "their" gives them, one of ``wanted`` (a release unless told). The noun or None."""
    if anchor.dep_ not in ("nsubj", "nsubjpass"):
        return None
    for prep in (c for c in anchor.head.children if c.dep_ == "prep" and c.lower_ in ("after", "following", "upon")):
        for noun in (c for c in prep.children if c.dep_ == "pobj"):
            # (but "seized upon their return from abroad": a journey, no release)
            if any(p.dep_ == "poss" and p.lower_ == "their" for p in noun.children) \
                    and noun_predicate(noun, lex) in wanted and noun.lemma_.lower() != "return":
                return noun
    return None


def _the_freed_again(subject, verb, lex: Lexicon) -> bool:
    """"freed six crewmen, and the sailors were then flown out of the country": the same
    people named again by a plain "the" noun, taken abroad (other groups have their own count)."""
    return subject.tag_ == "NNS" and is_people(subject, lex) and not is_counted(subject) \
        and [c.lower_ for c in subject.children] == ["the"] and verb_predicate(verb, lex) == "crossed_border"


def _also(gov, predicate: str, lex: Lexicon):
    """A second predicate joined to the first: "pardoned and released 30", "were not
    freed and remain in prison", "released 222 … and expelled them"."""
    if gov is None or gov.pos_ not in ("VERB", "AUX"):
        return []
    related = [c for c in gov.children if c.dep_ == "conj" and c.pos_ == "VERB"]
    doc = gov.doc
    # "30 Activists Pardoned, Released From Prison": a headline's second participle after a comma
    related += [c for c in gov.children if c.dep_ == "advcl" and c.tag_ == "VBN" and c.i == gov.i + 2
                and doc[gov.i + 1].text == "," and not any(g.dep_ in ("mark", "aux", "auxpass") for g in c.children)]
    # "released 18 clergymen, exiling them to Rome": a participle that goes on to do more to them
    related += [c for c in gov.children if c.dep_ == "advcl" and c.tag_ == "VBG"
                and any(o.dep_ == "dobj" and o.lower_ == "them" for o in c.children)]
    if gov.dep_ == "conj" and gov.head.pos_ == "VERB":
        related.append(gov.head)
    found = []
    if predicate == "released" and gov.lemma_.lower() == "hand" and to_a_country(gov):
        # "90 civilians were handed back to Ukraine": set free and taken across (but "released
        # to Guatemala", "expelled to Lithuania" say only what was done to them; "returned to
        # Ukraine" is going home)
        found.append((gov, "crossed_border"))
    for verb in (c for c in gov.children if c.dep_ in ("csubj", "csubjpass") and predicate in PERSON_PREDICATES):
        if verb.lemma_.lower() in ("hold", "detain", "imprison", "jail"):
            found.append((verb, "detained"))  # "four Russians being held in Norway were released": held before
    having = [c for c in gov.children if c.dep_ == "advcl" and any(a.lower_ == "having" for a in c.children)
              and any(a.dep_ == "auxpass" for a in c.children)]  # "reach Rome, having been freed by the regime"
    for verb in having + [v for c in gov.children if c.dep_ == "prep" and c.lower_ in ("after", "upon")
                          for v in c.children if v.dep_ == "pcomp" and any(a.dep_ == "auxpass" for a in v.children)]:
        # "18 prisoners reached Lithuania after being released": what befell them first
        if (other := verb_predicate(verb, lex)) and other != predicate:
            found.append((verb, other))
    for verb in (c for c in gov.children if c.dep_ == "conj" and c.lemma_ == "be" and predicate == "released"):
        if any(c.lower_ == "now" for c in verb.children) and not any(c.dep_ in SUBJECT_DEPS for c in verb.children) \
                and any(t.ent_type_ == "GPE" and t.dep_ == "pobj" and t.head.lower_ == "in" for t in verb.subtree):
            found.append((verb, "crossed_border"))  # "were let out of prison and are now (safe) in Latvia"
    for verb in related:
        if any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ not in PRONOUNS and not _the_freed_again(c, verb, lex)
               for c in verb.children) and verb.i > gov.i:
            continue  # its own subject: another clause about other people
        if any(c.dep_ in ("nsubj", "nsubjpass", "dobj") and is_counted(c) for c in verb.children):
            continue  # "15 were released, and four were pardoned": each number its own verb
        if verb.i < gov.i and any(c.dep_ == "dobj" and c.i < gov.i and c.lower_ not in PRONOUNS
                                  for v in (verb, *(j for j in verb.children if j.dep_ == "conj" and j.i < gov.i))
                                  for c in v.children):
            # "pardons thousands of prisoners a year, and it released 1,619": another object (also
            # "pardoned and freed 12 prisoners, but also detained 50 more people")
            continue
        if verb.i > gov.i and any(c.dep_ == "dobj" and c.lower_ not in PRONOUNS and c.lemma_.lower() not in _TERMS
                                  for c in verb.children):
            # (but "arrested and given long sentences": the object is their term)
            continue  # "detained about 900 people but freed most of them": what it did to a part
        if verb.i < gov.i and any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) \
                and any(c.dep_ in ("nsubj", "nsubjpass") for c in gov.children):
            continue  # "X has been freed, but three other suspects stayed in custody": two subjects
        other = verb_predicate(verb, lex)
        if other == "sentenced" and verb.tag_ == "VBN" and held_before(verb):
            other = "detained"  # "either held in camps or jailed at home": held, no term given
        if other and other != predicate:
            found.append((verb, other))
    return found


def _one_opening(one) -> bool:
    """"… 240 hostages were seized. One was freed by the army": "one" opening its sentence as
    the subject of a passive verb is one of the group told of just before."""
    return one.i == one.sent.start and one.dep_ == "nsubjpass" and one.head.tag_ == "VBN"


def count_claims(doc, numbers: list[NumberSpan], lex: Lexicon) -> list[dict]:
    """Counts of people with a known predicate, one dict per claim (see ClaimMention)."""
    claims: list[dict] = []
    for number in numbers:
        if number.value == 0:
            continue  # "a bail of N50, 000": the tail of a sum split at its comma; nobody counts none
        if number.value == 1 and doc[number.start].lower_ == "one" and (
                number.end >= len(doc) or doc[number.end].lower_ == "of" or doc[number.end].pos_ not in ("NOUN", "PROPN", "ADJ")) \
                and not _one_opening(doc[number.start]) and not one_from_a_country(doc[number.start]):
            continue  # "one of at least 150 people"; but "one Estonian" is a count
        if _age(number, doc, lex) or _difference(number, doc) or _and_a_half(number, doc):
            continue
        noun, anchor = head_noun(number, doc, lex)
        swap_sized, swapped = sized_swap(number, doc)
        if swap_sized is not None:
            noun = anchor = swapped  # prisoners, counted in people
        participle = participle_noun(number, noun, lex)
        if participle is not None:
            noun, anchor = None, doc[number.end - 1]  # "Among the 52 freed were A and B": 52 freed people
        if noun is not None and _gapped_complement(number, doc, noun, lex):
            noun, anchor = None, doc[number.end - 1]  # "nine were convicted of X and six of Y": six people
        if _rate_or_dead(number, noun, anchor, doc) or _in_a_name(number, doc) or _cut_off(number, doc):
            continue
        if noun is None and anchor.dep_ == "pobj" and anchor.head.lower_ == "of" \
                and anchor.head.head.lemma_.lower() in ("father", "mother", "parent"):
            continue  # "a father of five": his children
        if number.value == 1 and noun is not None and noun.dep_ == "pobj" and noun.head.lower_ == "of" \
                and noun.head.head.i == anchor.i and any(c.dep_ == "appos" and c.ent_type_ == "PERSON"
                                                         for c in (*noun.children, *anchor.children)):
            continue  # "One of the freed prisoners, X, was quoted …": a named person brought in, not a count
        if number.value == 1 and noun is not None and noun.dep_ == "pobj" and noun.head.lower_ == "of" \
                and noun.head.head.lemma_.lower() in _KIN:
            continue  # "a nephew of one activist, who was freed on bail": the nephew, not the activist
        by = noun if noun is not None else anchor
        followed = _followed_by_more(by, lex)
        if by.dep_ == "pobj" and by.head.dep_ == "agent" and followed is None:
            continue  # "followed home by four security agents": who did it
        whole = _is_partitive_base(number, doc) and participle is None
        held_by_country = country_stock(noun)
        if whole and not held_by_country:
            continue
        group = noun if noun is not None and noun.dep_ == "pobj" and noun.head.head.i == anchor.i else None
        others = noun is not None and noun.lower_ in ("others", "other")
        if noun is not None and noun.lower_ in OTHERS:
            noun = None  # "about 40 others remain": counted as what came before
        # "the list of political prisoners contains 1,000 names": each name one held
        listed_names = noun is not None and noun.lemma_.lower() == "name" and listed_as_held(noun)
        if noun is not None and not is_people(noun, lex) and not listed_names:
            if noun.tag_ in ("NNS", "NNPS") and (event := noun_predicate(noun, lex)) \
                    and not _of_many(noun) and not any(
                    c.dep_ == "poss" and c.lower_ in ("his", "her", "its") for c in noun.children) \
                    and not _for_counted_people(noun, lex):
                # (but "his eight convictions" are one person's, and "33 pardons were issued for
                # 5,156 people" are decrees, the people counted beside them)
                # "1,800 arrests", "nearly 800 releases": each one a person's
                claims.append(_event_count(number, noun, event, doc, lex))
            elif (cases := _cases_of(noun, lex)) is not None:
                event, whose = cases
                claims.append(_event_count(number, noun, event, doc, lex, whose))
            continue  # "15 years", "two buses", "$1,500"
        if (noun is None or noun is group) and (describing := describing_noun(anchor, lex)) is not None:
            noun = describing  # "Fourteen of the freed prisoners are foreign nationals"
        sentence = doc[number.start].sent
        gov, predicate = governor(anchor, lex)
        if anchor.dep_ == "conj" and anchor.tag_ == "CD" and predicate in PERSON_PREDICATES \
                and (part := of_group_predicate(anchor, lex))[1] in PERSON_PREDICATES:
            # "the decree said the group held 9 women and 12 of those pardoned were over sixty": the
            # part is of the group its "of" names, not one more of the list the parser joined it to
            gov, predicate = part
        if predicate is None and (then := _then_them(anchor, lex)):
            gov, predicate = then  # "withdrew the press cards of three journalists and expelled them"
        part_done = verb_done = None  # a second predicate of a part of a group, found below
        cases_of_whom = None  # whom the counted cases befell, when a tally counts cases
        held_with = noun is not None and _held_with(noun, lex)
        if held_with:
            # "a vote took place … with over 1,300 political prisoners currently behind
            # bars": the phrase says where they are, not the verb it hangs on
            gov, predicate = noun, "remain_imprisoned"
        custody_listed = noun is not None and _listed_in_custody(noun, lex)
        if custody_listed:
            # "handed over a list of 250 prisoners and 80 fishermen in its custody": the list
            # goes across, the people listed are held
            gov, predicate = noun, "remain_imprisoned"
        if predicate is None and noun is not None and (gapped := _gapped_verb(noun, lex)) is not None:
            gov, predicate = gapped  # "160 were sentenced to ten years, 80 people to five years"
        if participle is not None and not held_with:
            gov, predicate = participle, word_predicate(participle, lex)
        if predicate in _HISTORY and gov is not None and gov.dep_ == "acl" and gov.head.i == anchor.i \
                and (given := _given_to(anchor, lex)) is not None:
            # "grants pardon to 41 convicted of extremism": pardoned, and convicted before
            (gov, predicate), part_done, verb_done = given, predicate, gov
            participle = verb_done  # (what the count is, the participle says: people)
        if _described_whole(number, doc, noun):
            # "freed four out of 13 women held since spring": the 13 were detained, and only
            # the four were freed
            gov, predicate = modifier_predicate(noun, lex)
        described = False  # a bare count describing a part of a freed group counts what the group counts
        if noun is not None and noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.like_num \
                and noun.head.head.i < number.first and noun.head.head.ent_type_ != "DATE":
            # "Fifty-one of the 52 prisoners freed crossed": the whole says what befell it
            node, own = modifier_predicate(noun, lex)
            if own is not None and node.i < noun.i and node.dep_ == "amod" and noun.head.head.lower_ == "one":
                # "deported one of three convicted journalists": what befell the one, and an
                # adjective says nothing of its own about the three
                continue
            if own is not None:
                gov, predicate = node, own
        if predicate is None and noun is not None and gov is not None and gov.lemma_.lower() in lex.speech:
            # the count made the subject of "said": the parser lost the clause before it
            found, predicate = object_verb_before(number.first, noun, sentence, lex)
            gov = found or gov
        verb = gov
        if predicate is None and gov is not None and gov.lemma_.lower() in _CASE_STEPS and (
                anchor.i != by.i and by.dep_ == "pobj" and by.head.lower_ == "of" and by.head.head.i == anchor.i
                and modifier_predicate(by, lex)[1] not in PERSON_PREDICATES
                or of_them(anchor) and claims and claims[-1]["predicate"] == "detained"):
            # "2,899 of the 10,279 arrested were prosecuted", "detained 13, nine of them since
            # charged": a later step of a part's cases (but a part of a pardoned group
            # "charged with …" is told by its past, and was pardoned)
            continue
        if predicate is None:
            # "knew of four women and nine men who had been freed": the clause
            # after the last of joined counts is theirs too
            joined = [c for c in noun.children if c.dep_ == "conj" and c.pos_ == "NOUN" and c.i > noun.i
                      and any(g.dep_ == "nummod" for g in c.children)] if noun is not None else []
            for holder in (noun, group, anchor, *joined):
                if holder is not None and predicate is None:
                    node, predicate = modifier_predicate(holder, lex)
                    gov = node or gov
        if predicate is None and anchor.dep_ in ("nsubj", "nsubjpass") and (among := _among_those(anchor.head, lex)):
            gov, predicate = among  # "Among those detained, over 260 were accused of spying"
        if predicate is None and (classed := _classed_as_events(anchor, lex)) is not None:
            gov, predicate = classed  # "of those, 4,800 were filed as deportations by decree"
        if predicate is None and noun is not None and (made_of := _made_up_of(noun, lex)) is not None:
            gov, predicate = made_of  # "310 deportations, consisting of 290 men and 20 women"
        if predicate is None and noun is not None and (joined := _joined_inclusion(noun, lex)) is not None:
            gov, predicate = joined  # "the 20 hostages were freed on Sunday and also included five officials"
        if predicate is None and (term := _sentences_of(noun)) is not None:
            gov, predicate = term, "sentenced"  # "learned of the sentences of four political prisoners"
        if predicate is None and (deed := _after_their_deed(by, lex, ("detained", "released", "pardoned"))) is not None:
            # "seven members were taken to the building after their arrest", "the five were met
            # by officials upon their release"
            gov, predicate = deed, noun_predicate(deed, lex)
        if predicate in ("remain_imprisoned", *_HISTORY) and gov is not None and gov.i > anchor.i:
            # "40 of those brought back were civilians held in camps", "10 of the swapped
            # prisoners were held in camps": the part of a freed group was freed (what held
            # them is their past)
            node, freed = of_group_predicate(anchor, lex)
            if freed in PERSON_PREDICATES and status_of(node, number.first, doc, lex) == "asserted":
                if predicate in _HISTORY:  # "five of the freed prisoners were arrested again": both
                    part_done, verb_done = predicate, gov
                gov, predicate = node, freed
        if (predicate is None or predicate in _HISTORY and gov is not None and gov.dep_ in ("acl", "relcl")) \
                and (lead := _colon_lead(number, doc, lex)) is not None:
            # "Kazakh president pardons: 40 prisoners convicted of hooliganism" (the
            # participle then says what befell them before)
            gov, predicate = lead
        if predicate is None and gov is not None and gov.pos_ == "VERB" and gov.lemma_.lower() in lex.scan_stop \
                and not (noun is not None and noun.dep_ == "dobj" and (held_stock(noun, lex) or still_in(noun, lex))):
            # "Two of the freed prisoners told…": what they did, not how many were freed (but
            # "monitors report 318 political prisoners": whom they count as held)
            continue
        if predicate is None:
            gov2, predicate = of_group_predicate(anchor, lex)
            gov = gov2 or gov
        if predicate is None and noun is None and (numbered := _those_numbered(anchor, lex)) is not None:
            gov, predicate = numbered, word_predicate(numbered, lex)  # "those freed number between 15 and 25"
        if predicate is None and (ordered := _their_release_next(gov, anchor, lex)) is not None:
            gov, predicate = ordered
        if followed is not None:
            gov, predicate = followed, verb_predicate(followed, lex)  # "arrested 300 in May, followed by 90 more in June"
        if predicate is None and (swap := involved_in_swap(noun)) is not None:
            gov, predicate = swap, "released"  # "the fifth exchange this year, involving 60 prisoners of war"
        if swap_sized is not None:
            gov, predicate = swap_sized, "released"  # "a 75-person prisoner swap"
        inherited = None
        if predicate is None and _are_captives(noun, gov):
            predicate = "remain_imprisoned"  # "5,000 soldiers were prisoners of war": held then
        if predicate is None and gov is not None and gov.lemma_ == "be" and anchor.dep_ == "nsubj" \
                and (done := next((c for c in gov.children if c.dep_ == "acomp" and c.tag_ == "VBN"
                                   and verb_predicate(c, lex) in PERSON_PREDICATES), None)) is not None:
            # "but 20 of them were afterwards exiled to Turkey": the participle the parser made the
            # copula's complement says what befell them
            gov, predicate = done, verb_predicate(done, lex)
        if predicate is None and gov is not None and gov.lemma_ == "be":
            inherited = among_them(gov, claims, sentence) or part_of_previous(anchor, gov, claims)
            if inherited is None and _describing_count(number, noun, doc, sentence):
                # "The president pardoned 30 convicts. Eleven are elderly and 8 are parents"
                inherited = described_group(anchor, gov, claims, doc, part_of=number.value)
                described = inherited is not None and noun is None
        if predicate is None and gov is None and noun is not None and noun.dep_ == "ROOT":
            inherited = among_them(noun, claims, sentence)  # a line without a verb: "Among them, 139 civilians."
        if predicate is None and inherited is None and noun is not None and noun.dep_ == "ROOT":
            # a headline: "Nine reporters among 50 political prisoners freed": the group's verb
            group = next((g for p in noun.children if p.dep_ == "prep" and p.lower_ in ("among", "amongst")
                          for g in p.children if g.dep_ == "pobj"), None)
            if group is not None:
                node, own = modifier_predicate(group, lex)
                if own in PERSON_PREDICATES:
                    gov, predicate = node, own
        if predicate is None and gov is not None and gov.lemma_ == "have" and gov.pos_ == "VERB" and not any(
                c.dep_ in ("ccomp", "xcomp", "oprd") and c.tag_ == "VBN" for c in gov.children):
            # (but "220 had their sentences halved" says another thing was done to them)
            inherited = part_of_previous(anchor, gov, claims)
            if inherited is None and (inherited := described_group(anchor, gov, claims, doc)) is not None:
                described = noun is None  # "two have many children": two of the group, not children
        if predicate is None and inherited is None and gov is not None and gov.pos_ in ("VERB", "AUX") \
                and of_them(anchor) and not others_named_since(anchor, claims) \
                and not any(word_predicate(t, lex) for t in gov.subtree if t.i > anchor.i):  # ("set to be deported")
            # "Ten of them suffer from heart disease and three were over 70"
            inherited = part_of_previous(anchor, gov, claims)
        if predicate is None and inherited is None and gov is not None and gov.pos_ in ("VERB", "AUX") \
                and gov.lemma_.lower() not in _HARMED and (opened := _among_opener(gov, number.first, lex))[1]:
            gov, predicate = opened  # "Of the prisoners freed in the amnesty, only 480 have been named"
        # (a bare count, "when 370 were counted", "24 of whom are presumed alive", is still a part of the list)
        own_clause = noun is not None and gov is not None and gov.pos_ in ("VERB", "AUX") and gov.i >= number.end \
            and noun.dep_ in ("nsubj", "nsubjpass") and noun.head.i == gov.i \
            or any(word_predicate(t, lex) for c in anchor.children if c.dep_ == "relcl" for t in c.subtree)
        # ("freed 120 of the 900 it had pledged to release": the 900 have a clause of their own)
        if predicate is None and inherited is None and not own_clause:
            # (but "…, and 46 people were recognised as such": a clause of its own)
            inherited = listed_with(number, claims, sentence, doc)
        if predicate is None and inherited is None and noun is None:
            inherited = out_of_total(anchor, claims)
        if predicate is None and inherited is None and noun is None:
            inherited = ranked_share(number, anchor, claims, sentence, doc)
            described = inherited is not None  # ("with 47": journalists, as the tally counts them)
        if predicate is None and inherited is None:
            inherited = tally_parts(noun if noun is not None else anchor, claims, sentence, doc, lex)
        if predicate is None and inherited is None and noun is not None:
            # "- Three American citizens: A, B and C" under "Those freed include:"
            lead, listed = lead_of(doc[number.start], lex)
            if lead is None:
                lead, listed = detention_lead(doc[number.start], lex)  # "This list of detainees includes:"
            if lead is not None and not item_verb_before(doc[number.start]):
                gov, predicate = lead, listed
        of_whom = whole_of_whom(anchor, claims) if inherited is None else None
        if of_whom is not None and of_whom["predicate"] == "remain_imprisoned" and predicate is None \
                and gov is not None and gov.lemma_ == "be":
            inherited = of_whom  # "412 political prisoners, 380 of whom are men": held as the whole is
        elif of_whom is not None and of_whom["predicate"] in PERSON_PREDICATES and (predicate is None or predicate in _HISTORY):
            # "pardoned 40 prisoners, 12 of whom were convicted of…": the 12 were pardoned too
            part_done = predicate if predicate in _HISTORY else None
            inherited, verb_done = of_whom, gov
        if inherited:
            predicate = inherited["predicate"]
        if predicate is None and (noun is None or _tallied_people(noun)) \
                and (counted := number_of(number, doc, lex)) is not None:
            gov, predicate = modifier_predicate(counted, lex)
            if predicate is None:
                gov, predicate = _scan_predicate(counted, sentence.end, lex)
            # (the place hung on the people, or on the tally word whose "of" they follow)
            placed = (counted, counted.head.head) if counted.dep_ == "pobj" and counted.head.lower_ == "of" else (counted,)
            if predicate is None and any(in_held_place(t, lex) for t in placed):
                # "the tally of Kurds in Syrian detention has climbed to 900": held now
                gov, predicate = counted, "remain_imprisoned"
            if predicate in _HISTORY and gov is not None and gov.tag_ == "VBN" and held_before(gov):
                predicate = "remain_imprisoned"  # "the number of journalists imprisoned in Belarus": held now
            if noun is None and counted.lower_ not in PRONOUNS and counted.lemma_.lower() not in TALLY_WORDS:
                noun = counted  # ("the number of those freed": what those are, the context says)
        if predicate is None and noun is not None and _tallied_people(noun) \
                and (cases := _tallied_cases(noun, lex)) is not None:
            # "the tally of cases of detention of bloggers has grown to 31 people"
            gov, (predicate, cases_of_whom) = cases
        events = tallied_events(number, doc, lex) if predicate is None and noun is None else None
        if events is not None:
            gov, predicate = events, noun_predicate(events, lex)  # "the number of arrests reached 3,150"
        if predicate is None and not (noun is not None and belongs_to_another(noun, lex)):
            gov, predicate = _scan_predicate(noun if noun is not None and noun.i > number.start
                                             else doc[number.end - 1], sentence.end, lex)
            if gov is not None and noun is not None and noun.dep_ == "nsubj" and noun.head.i == gov.i \
                    and is_agent(gov, lex) and (
                    predicate == "detained" and noun_lemma(noun) in POLICE or gov.lemma_ == "have"):
                # "watched 10 officers taking his father away", "12 reporters have lawyers in
                # prison": who did it, or whose it is
                gov, predicate = None, None
        if predicate is None and noun is not None:
            gov, predicate = object_verb_before(number.first, noun, sentence, lex)
        if whole or held_by_country and (predicate is None or noun.dep_ == "pobj" and noun.head.lower_ == "of" and (
                predicate is None or noun.head.head.pos_ == "NOUN" and not is_people(noun.head.head, lex)
                and noun_predicate(noun.head.head, lex) is None)):  # (but "the release of 14 … in Belarus")
            # "just 6 out of 140 political prisoners in Tajikistan pardoned", "a small share of the
            # 900 political prisoners in Belarus": the country's political prisoners, held now
            gov, predicate, inherited = noun, "remain_imprisoned", None
        if predicate is None and noun is None and (risen := _events_rose_to(anchor, lex)) is not None:
            (gov, predicate), events = risen, risen[0]  # "Detentions rose to 640 by the evening"
        if predicate is None and noun is not None and noun.dep_ == "pobj" and noun.head.lower_ in ("at", "to") \
                and (counted := number_of(number, doc, lex)) is not None:
            node, own = modifier_predicate(counted, lex)
            if own in PERSON_PREDICATES:
                gov, predicate = node, own  # "put the tally of freed detainees at 830"
        if predicate == "remain_imprisoned" and gov is not None and noun is not None \
                and (clause := gov.head if gov.dep_ == "prep" else gov).dep_ == "relcl" and _had_been(clause) \
                and clause.head.i == noun.i:
            predicate = "detained"  # "three fishermen who had been held all winter came home": held before
        if predicate == "remain_imprisoned" and gov is not None and (by.dep_ == "nsubj" and _had_been(by.head)) \
                and any(a.i == by.head.i for a in (gov, *gov.ancestors)) and not any(c.lower_ == "still" for c in by.head.children):
            predicate = "detained"  # "80 had been in captivity since the war began": held until freed
        if predicate == "detained" and part_done is None and gov is not None and _state_holds(gov, noun, sentence):
            predicate = "remain_imprisoned"  # "As of 4 January, Belarus held 1,430 political prisoners"
        if predicate == "detained" and gov is not None and _jailed_for_terms(gov, number):
            predicate = "sentenced"  # "the jailing of about 300 people, several for terms of up to 20 years"
        if predicate in ("detained", "sentenced") and part_done is None and noun is not None and _held_in_census(noun):
            predicate = "remain_imprisoned"  # "China leads with 44 imprisoned journalists": held now
        if predicate == "detained" and part_done is None and gov is not None and _being_held(gov, noun):
            predicate = "remain_imprisoned"  # "there are over 500 political prisoners being held in the country"
        if predicate == "detained" and part_done is None and gov is not None and gov.tag_ == "VBN" and gov.dep_ == "acl" \
                and gov.lemma_.lower() in _JAILING and as_of(sentence):
            # "801 political prisoners held in jails as of 2 March": held on that day (and so detained)
            predicate, part_done, verb_done = "remain_imprisoned", "detained", gov
        if predicate == "detained" and part_done is None and gov is not None and gov.tag_ == "VBN" \
                and gov.dep_ == "acl" and noun is not None and gov.head.i == noun.i \
                and noun.dep_ in ("nsubj", "nsubjpass") and held_stock(noun, lex):
            # "nearly 100 political prisoners, jailed in the crackdown, have severe illnesses":
            # held now, as their clause says, and jailed before, as the participle says
            predicate, part_done, verb_done = "remain_imprisoned", "detained", gov
        if predicate == "remain_imprisoned" and part_done is None and gov is not None and gov.dep_ == "dobj" \
                and gov.head.lemma_.lower() in ("extend", "prolong", "renew") and noun_predicate(gov, lex) == "detained":
            # "the court renewed the detention of 17 defendants": held since their arrest, and held on
            part_done, verb_done = "detained", gov.head
        if predicate == "detained" and part_done is None and noun is None and gov is not None and gov.tag_ == "VBN" \
                and gov.lemma_.lower() in _JAILING and anchor.dep_ == "nsubj" and anchor.head.i == gov.i \
                and any(c.dep_ == "prep" and c.lower_ == "as" and c.i + 1 < len(doc) and doc[c.i + 1].lower_ == "of"
                        for c in gov.children):
            predicate = "remain_imprisoned"  # "a record year, with 363 imprisoned as of 1 December": a census
        if predicate is None and recorded_detentions(noun):
            gov, predicate = noun.head, "detained"
        if predicate is None and held_stock(noun if noun is not None and not _tallied_people(noun)
                                            else number_of(number, doc, lex), lex):
            predicate = "remain_imprisoned"  # "Belarus now has 1,186 political prisoners"
        if listed_names and gov is not None and gov.i < noun.i:
            # "a rights group's political prisoner list, of people held in three regions, includes
            # 600 names": the clause describes the list, the names are of those held now
            predicate = None
        if predicate is None and noun is not None and (listed_names or is_people(noun, lex) and listed_as_held(noun)):
            predicate = "remain_imprisoned"  # "the updated list, which includes 204 people"
        if predicate is None and noun is not None and still_in(noun, lex):
            predicate = "remain_imprisoned"  # "with 62 hostages still in Gaza"
        still_there = predicate in ("detained", "released") and noun is None and _still_there(number, doc, lex)
        if still_there:
            # "80 were arrested this year, along with 5 still in detention"; "freed four more
            # passengers, 20 still in captivity": the rest, not the freed
            predicate = "remain_imprisoned"
        if predicate is None and verb is not None and named_held_now(verb, lex):
            gov, predicate = verb, "remain_imprisoned"  # "1,150 people are currently recognised as political prisoners"
        if predicate is None and noun is None and verb is not None and verb.lemma_.lower() in ("remain", "stay") \
                and context_noun(doc, number, lex, claims) in HELD_WORDS:
            gov, predicate = verb, "remain_imprisoned"  # "10 prisoners were freed, but 1,400 remain"
        if predicate is None and noun is None and (be := _there_are_of_them(number, doc)) is not None \
                and context_noun(doc, number, lex, claims) in HELD_WORDS:
            gov, predicate = be, "remain_imprisoned"  # "… political prisoners. Today there are 1,007 of them"
        if predicate in PERSON_PREDICATES and (anchor.dep_ == "nsubj" and (_now_abroad(anchor.head)
                                                                         or part_gone_abroad(anchor.head))):
            # "80 of the 96 men freed are by now in Lithuania", "Of the freed, 80 are
            # already in Ukraine": where the freed went, said of them
            gov, predicate = by.head, "crossed_border"
        # "passed a list of 300 prisoners to the other side": the list names people a release
        # is meant for, it frees nobody yet; nor does it say they are held now (but "Viasna's
        # list of 1,100 political prisoners" does)
        on_a_list = size_of_list(noun, gov)
        if on_a_list and predicate == "remain_imprisoned" and not political(noun) and not listed_names \
                and not custody_listed:
            continue
        if predicate is None or _still_missing(anchor):
            continue
        counted_as = inherited["noun"] if described else counted_noun(
            doc, number, noun, anchor, participle if participle is not None else gov, others, claims, lex)
        if events is not None:
            counted_as = _whose_events(events, lex)
        elif cases_of_whom is not None:
            counted_as = cases_of_whom
        if listed_names:
            if predicate != "remain_imprisoned":
                continue
            counted_as = "prisoner"
        if counted_as is None or (predicate == "released" and (not_custody(sentence, lex, gov) or patients(noun))):
            continue
        if (noun if noun is not None else anchor) is not None and _remains(noun if noun is not None else anchor, lex):
            continue  # "the bodies of four hostages": the dead are not freed or held
        if predicate in PERSON_PREDICATES and gov is not None and (any(c.lower_ == "dead" for c in gov.children)
                                                               or by.head.lower_ == "dead" and by.dep_ == "nsubj"):
            # "two soldiers were handed over dead", "returned dead" (and a headline's "Two soldiers
            # handed over dead", the parser making "dead" their verb)
            continue
        if _adjective_only(gov, noun, lex):
            continue  # "The 40 released inmates were members of …": no claim (tests/eval/GUIDELINES.md)
        first = number.first
        tail = noun if noun is not None and first <= noun.i < sentence.end and noun.i < first + 8 else doc[number.end - 1]
        serving = misread_serving(doc[number.end - 1]) if noun is None else None
        if serving is not None:
            tail = serving.head  # ("640 serving long terms": the phrase runs to the terms)
        claim = {
            "kind": "count",
            "count": number.value,
            "count_high": number.high,
            "qualifier": _passed(number, doc) or number.qualifier,
            "predicate": predicate,
            "noun": counted_as,
            "noun_phrase": doc[first:max(tail.i, number.end - 1) + 1].text,
            # (a stock found with no verb of its own takes the status of the verb the count
            # hangs on: "the tally of political prisoners may pass 3,000")
            "status": "hedged" if on_a_list and predicate in (*PERSON_PREDICATES, "crossed_border") else
            inherited["status"] if inherited else status_of(gov if gov is not None else verb, first, doc, lex),
            "start": _start_char(doc[first]),
            "end": max(tail.idx + len(tail.text), doc[number.end - 1].idx + len(doc[number.end - 1].text)),
            "sentence_start": sentence.start_char,
            "sentence": sentence.text,
        }
        if still_there and claim["status"] == "hedged":
            claim["status"] = "asserted"  # "should release the four still in detention": held, whatever is asked
        claims.append(claim)
        if predicate == "sentenced" and gov is not None and gov.lemma_.lower() == "serve" and served_out(gov) \
                and gov.dep_ not in ("relcl", "acl"):
            # "twelve political prisoners have now served out their terms": and so are out
            claims.append({**claim, "predicate": "released"})
        if part_done:
            claims.append({**claim, "predicate": part_done, "status": status_of(verb_done, first, doc, lex)})
        if serving is not None and predicate != "sentenced":
            # "will free 2,100 inmates, including 640 serving long terms": serving a term, as a
            # participle on the people says, is told as fact
            claims.append({**claim, "predicate": "sentenced", "status": "asserted"})
        if not inherited:
            # (not the verb a place "still in detention" hangs on: it tells of the others)
            for verb, other in ([] if still_there else _also(gov, predicate, lex)):
                claims.append({**claim, "predicate": other, "status": status_of(verb, first, doc, lex)})
        else:
            # "pardoned and freed 25 prisoners. … Four of them are over 60": the
            # part takes every predicate the whole was given
            claims += [{**claim, "predicate": c["predicate"], "status": c["status"]} for c in claims
                       if c["kind"] == "count" and c["count"] == inherited["count"] and c is not inherited
                       and c["sentence_start"] == inherited["sentence_start"] and c["start"] == inherited["start"]
                       and c["predicate"] in (*PERSON_PREDICATES, "crossed_border") and c["predicate"] != predicate]
        for verb, other in ([] if _part_of_counted_whole(number, noun) else
                            _described_by(noun if noun is not None else anchor, gov, predicate, lex)):
            if held_with and other == "detained" and verb.dep_ == "acl" and verb.head.i == noun.i:
                continue  # (the participle that said where they are held now)
            claims.append({**claim, "predicate": other, "status": status_of(verb, first, doc, lex)})
        # (and "after their release, 60 prisoners were driven to Lithuania": freed, then moved)
        if predicate in (*_HISTORY, "crossed_border") \
                and (release := _after_their_deed(noun if noun is not None else anchor, lex)) is not None:
            claims.append({**claim, "predicate": noun_predicate(release, lex), "status": status_of(release, first, doc, lex)})
        if predicate == "released" and until_freed(number, gov):
            # "vowed to fight until all of the 1,400 political prisoners are released": held now
            claims.append({**claim, "predicate": "remain_imprisoned", "status": "asserted"})
        group, freed = _among_opener(gov, first, lex)
        if freed is None and predicate in _HISTORY:
            group, freed = of_group_predicate(anchor, lex)  # "30 of the freed prisoners had been arrested in 2020"
        if freed is None and predicate in _HISTORY and noun is None:
            group, freed = _included_bare(anchor, lex)
        if freed is not None and freed != predicate and freed in PERSON_PREDICATES and predicate != "crossed_border":
            # "Among those freed, more than 400 Gazans had been detained during the war" (but
            # "of those freed, 100 were moved to Ukraine" says only where the part went)
            claims.append({**claim, "predicate": freed, "status": status_of(group, first, doc, lex)})
    claims += referred_back(doc, claims, lex)
    claims += _all_of_them(doc, claims, lex)
    claims += _parts_of_stock(doc, claims)
    claims += _figures_risen_from(doc, numbers, claims)
    claims += _figures_compared(doc, numbers, claims)
    claims += _tally_moved_to(doc, numbers, claims)
    # a participle joined to a clause is found both as the clause's other verb and as a
    # description of the counted: one claim
    seen, unique = set(), []
    for claim in claims:
        key = (claim["start"], claim["count"], claim["predicate"], claim["status"])
        if key not in seen:
            seen.add(key)
            unique.append(claim)
    return unique


def _followed_by_more(counted, lex: Lexicon):
    """"detained 500 protesters in 2022, followed by 60 more the next year": the verb whose
    deed the later count repeats ("more", "another" or "a further" mark it as more of the same)."""
    if counted.dep_ != "pobj" or counted.head.lower_ != "by" or counted.head.head.lemma_.lower() != "follow":
        return None
    verb = counted.head.head.head
    more = any(t.lower_ in ("more", "another", "further", "other") for t in counted.subtree)
    if not more or counted.head.head.dep_ != "advcl" or verb_predicate(verb, lex) is None:
        return None
    return verb


def _given_to(count, lex: Lexicon):
    """"pardon to 41", "amnesty to 300": the release given to the count, and its word."""
    if count.dep_ != "pobj" or count.head.lower_ != "to":
        return None
    for word in (count.head.head, *(c for c in count.head.head.children if c.dep_ in ("dobj", "attr"))):
        predicate = noun_predicate(word, lex) if word.pos_ in ("NOUN", "PROPN") else word_predicate(word, lex)
        if predicate in PERSON_PREDICATES:
            return word, predicate
    return None


def _all_of_them(doc, claims: list[dict], lex: Lexicon) -> list[dict]:
    """"freed 40 prisoners …, and all of them were then taken to Lithuania": a later clause of
    the sentence whose subject is all of the group the sentence counted says what befell that
    group too."""
    found = []
    # (the words' ids as one array: building every token of a long text costs more than the rule)
    alls = (doc[int(i)] for i in (doc.to_array(LOWER) == doc.vocab.strings.add("all")).nonzero()[0])
    for subject in (t for t in alls if t.dep_ in ("nsubj", "nsubjpass")):
        if not any(c.dep_ == "prep" and c.lower_ == "of" and any(g.lower_ in PRONOUNS for g in c.children)
                   for c in subject.children):
            continue
        verb, sentence = subject.head, subject.sent
        counted = [c for c in claims if c["kind"] == "count" and c["sentence_start"] == sentence.start_char
                   and c["status"] == "asserted" and c["end"] <= subject.idx]
        if not counted or verb.pos_ != "VERB":
            continue
        whole = counted[0]
        predicate = verb_predicate(verb, lex)
        told = {(c["count"], c["predicate"]) for c in claims if c["sentence_start"] == sentence.start_char}
        for node, other in [(verb, predicate)] + _also(verb, predicate, lex):
            if other in (*PERSON_PREDICATES, "crossed_border") and (whole["count"], other) not in told:
                found.append({**whole, "predicate": other, "status": status_of(node, subject.i, doc, lex)})
    return found


def _then_them(anchor, lex: Lexicon):
    """(verb, predicate) of a verb joined to the verb whose object holds ``anchor``, which
    does something to "them": "withdrew the press cards of three journalists and expelled
    them"; else None."""
    verb = anchor
    while verb.pos_ != "VERB" and verb.dep_ in ("pobj", "prep", "dobj") and verb.head.i != verb.i:
        verb = verb.head
    if verb.pos_ != "VERB" or not any(c.dep_ == "dobj" and c.left_edge.i <= anchor.i <= c.right_edge.i
                                      for c in verb.children):
        return None
    for joined in (c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB" and c.i > anchor.i):
        if any(o.dep_ == "dobj" and o.lower_ == "them" for o in joined.children) \
                and not any(s.dep_ in ("nsubj", "nsubjpass") for s in joined.children) \
                and (predicate := verb_predicate(joined, lex)) in (*PERSON_PREDICATES, "detained", "sentenced"):
            return joined, predicate
    return None


def _are_captives(noun, gov) -> bool:
    """"5,000 soldiers were prisoners of war", "12 citizens are hostages": the counted
    people, subject of "be", named as held (not a part of a group: "nine of them were")."""
    return noun is not None and gov is not None and gov.lemma_ == "be" and noun.dep_ == "nsubj" \
        and noun.head.i == gov.i and not any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children) \
        and any(c.dep_ == "attr" and noun_lemma(c) in HELD_WORDS | {"pow"} for c in gov.children)


def _jailed_for_terms(gov, number: NumberSpan) -> bool:
    """"the jailing of about 300 people, several for terms of up to 20 years": a jailing the same
    sentence gives terms for, after the count, is a verdict."""
    if gov.pos_ != "NOUN" or gov.lemma_.lower() not in ("jailing", "imprisonment"):
        return False
    doc = gov.doc
    return any(t.lemma_.lower() in ("term", "sentence") and t.head.lower_ == "for"
               for t in doc[number.end:doc[number.end - 1].sent.end])


def _held_in_census(noun) -> bool:
    """"Iran leads the list with 31 imprisoned reporters", "Belarus has 30 jailed journalists":
    a count whose adjective says they are held, in a clause in the present, is a stock."""
    if not any(c.dep_ == "amod" and c.lower_ in ("imprisoned", "jailed", "incarcerated") and c.i < noun.i
               for c in noun.children):
        return False
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ == "with":
        head = head.head
        for _ in range(2):
            if head.pos_ not in ("NOUN", "ADP") or head.head.i == head.i:
                break
            head = head.head  # "ranked fourth by the number of them with 31 jailed reporters"
    elif noun.dep_ not in ("dobj", "attr", "nsubj"):
        return False
    # (a ranking is a census of its date, told in the past too: "Turkey topped the ranking with
    # 52 jailed journalists", "Egypt ranked third by that number with 27 jailed reporters")
    return head.pos_ in ("VERB", "AUX") and (head.tag_ in ("VBZ", "VBP")
                                            or head.tag_ == "VBD" and head.lemma_.lower() in _RANKED)


_RANKED = frozenset({"top", "lead", "rank", "head", "come", "place"})


def _figures_risen_from(doc, numbers: list[NumberSpan], claims: list[dict]) -> list[dict]:
    """"the number of political prisoners rose from 640 to 910": the tally held then, too
    (the labellers read the first figure as the stock of its day)."""
    found = []
    starts = {doc[n.first].idx: n for n in numbers}
    for claim in claims:
        if claim["predicate"] != "remain_imprisoned":
            continue
        span = doc.char_span(claim["start"], claim["end"], alignment_mode="expand")
        if span is None or span.start < 3:
            continue
        to, earlier, opening = doc[span.start - 1], doc[span.start - 2], doc[span.start - 3]
        number = starts.get(earlier.idx) if earlier.like_num else None
        if to.lower_ != "to" or number is None or opening.lower_ != "from" or opening.head.lemma_.lower() not in CHANGES:
            continue
        found.append(_at_figure(claim, number, earlier, earlier, high=False))
    return found


def _at_figure(claim: dict, number: NumberSpan, first, last, high: bool = True) -> dict:
    """The claim again, for another figure of the same people: ``number``, written from the
    token ``first`` to ``last`` (with its range unless ``high`` is False)."""
    return {**claim, "count": number.value, "count_high": number.high if high else None, "qualifier": number.qualifier,
            "noun_phrase": first.text, "start": first.idx, "end": last.idx + len(last.text)}


def _tally_moved_to(doc, numbers: list[NumberSpan], claims: list[dict]) -> list[dict]:
    """"By May, 150 activists had been detained, and the figure rose to 190 by June": a bare
    tally ("the figure", "the number", with no "of") that moves to a new count (or is brought
    to one) in the sentence of one claim counts what that claim counts, later."""
    found = []
    claimed = {c["start"] for c in claims}
    asserted: dict[int, list[dict]] = {}  # the asserted count claims of each sentence
    for claim in claims:
        if claim["kind"] == "count" and claim["status"] == "asserted":
            asserted.setdefault(claim["sentence_start"], []).append(claim)
    for number in numbers:
        last, first = doc[number.end - 1], doc[number.first]
        verb = last.head.head
        if first.idx in claimed or last.dep_ != "pobj" or last.head.lower_ != "to" \
                or verb.lemma_.lower() not in CHANGES and verb.lemma_.lower() != "bring":
            continue
        # ("freed 20 more hostages, bringing the total to 300": the tally is what is brought)
        role = "dobj" if verb.lemma_.lower() == "bring" else "nsubj"
        tally = next((c for c in verb.children if c.dep_ == role), None)
        if tally is None or tally.lemma_.lower() not in TALLY_WORDS or any(c.dep_ == "prep" for c in tally.children):
            continue
        before = [c for c in asserted.get(first.sent.start_char, []) if c["start"] < tally.idx]
        if len({c["start"] for c in before}) != 1:
            continue
        found += [_at_figure(c, number, first, last) for c in before]
    return found


def _events_rose_to(anchor, lex: Lexicon):
    """(events, predicate) of "Arrests began at noon and climbed to 1,200": a bare count that
    a plural noun of arrests or releases, the subject, rose to (each event one person); or None."""
    verb = anchor.head.head
    if anchor.dep_ != "pobj" or anchor.head.lower_ != "to" or verb.lemma_.lower() not in CHANGES:
        return None
    holder = verb.head if verb.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in verb.children) else verb
    subject = next((c for c in holder.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.tag_ != "NNS" or any(c.dep_ == "prep" for c in subject.children):
        return None
    predicate = noun_predicate(subject, lex)
    return (subject, predicate) if predicate in ("detained", "released") else None


def _figures_compared(doc, numbers: list[NumberSpan], claims: list[dict]) -> list[dict]:
    """"7,700 people were jailed in 2019, down from over 10,000 in 2009", "was holding 23
    compared with 12 last year": the earlier figure of the sentence's one claim is a claim of
    its own day, of the same kind."""
    found = []
    starts = {doc[n.first].idx: n for n in numbers}
    claimed = {c["start"] for c in claims}
    counted_in: dict[int, set[int]] = {}  # the counts each sentence holds claims on
    for claim in claims:
        counted_in.setdefault(claim["sentence_start"], set()).add(claim["start"])
    for claim in claims:
        if claim["kind"] != "count" or len(counted_in[claim["sentence_start"]]) != 1 or claim["status"] != "asserted":
            continue
        span = doc.char_span(claim["start"], claim["end"], alignment_mode="expand")
        if span is None:
            continue
        for token in span.sent[span.end - span.sent.start:]:
            if token.i < 1 or not (token.lower_ == "from" and doc[token.i - 1].lower_ in ("down", "up")
                                   or token.lower_ in ("with", "to") and doc[token.i - 1].lower_ == "compared"):
                continue
            number = next((starts[t.idx] for t in doc[token.i + 1:token.i + 4] if t.idx in starts), None)
            if number is None or doc[number.first].idx in claimed:
                continue
            after = doc[number.end] if number.end < len(doc) else None
            if after is not None and after.pos_ == "NOUN" and noun_lemma(after) != claim["noun"]:
                continue  # "39 prisoners compared to 13 detainees": another group, not an earlier figure
            found.append(_at_figure(claim, number, doc[number.first], doc[number.first]))
    return found


def _parts_of_stock(doc, claims: list[dict]) -> list[dict]:
    """"Over 70 people are regarded as political prisoners. These include 30 detained at
    protests, …": a sentence opened by "these include" right after a count of the held lists
    parts of them, held now as well as whatever else its own words say."""
    found = []
    for sentence in doc.sents:
        opening = [t.lower_ for t in sentence[:2]]
        if len(opening) < 2 or opening[0] not in ("these", "they") or opening[1] not in ("include", "included"):
            continue
        previous = doc[sentence.start - 1].sent if sentence.start else None
        # (only a count of the sentence right before: "these" are what it counted)
        before = [c for c in claims if c["kind"] == "count" and previous is not None
                  and c["sentence_start"] == previous.start_char]
        if not before or before[-1]["predicate"] != "remain_imprisoned" or before[-1]["status"] != "asserted":
            continue
        parts = [c for c in claims if c["kind"] == "count" and c["sentence_start"] == sentence.start_char]
        held = {c["start"] for c in parts if c["predicate"] == "remain_imprisoned"}
        for part in parts:
            if part["start"] not in held and part["status"] == "asserted":
                held.add(part["start"])
                found.append({**part, "predicate": "remain_imprisoned"})
    return found


def _state_holds(verb, noun, sentence) -> bool:
    """"As of 4 January, Belarus held 1,430 political prisoners": a country's stock on a day,
    not an arrest. The verb is "hold" with a place as its subject and the counted as its
    object, told for a day or in the present. Also "30 reporters were imprisoned at the end
    of 2022": the held counted on a day."""
    if noun is None or noun.head.i != verb.i:
        return False
    if noun.dep_ == "nsubjpass" and verb.tag_ == "VBN" and verb.lemma_.lower() in _JAILING:
        # ("by the end of June, 1,236 political prisoners were held": the state on that day,
        # where "by the end of 2022, 889 were recognised" sums the year's new names)
        return as_of(sentence) or verb.lemma_.lower() == "hold" and political(noun) and by_the_end(sentence)
    return verb.lemma_.lower() == "hold" and verb.tag_ in ("VBD", "VBZ", "VBP") and noun.dep_ == "dobj" \
        and (verb.tag_ != "VBD" or as_of(sentence)) and any(c.dep_ == "nsubj" and c.ent_type_ == "GPE" for c in verb.children)


def _still_held(verb) -> bool:
    """"still held", "currently detained", "now held": a participle that says they are held now."""
    return verb.tag_ == "VBN" and verb.lemma_.lower() in _HELD_NOW and any(
        c.dep_ == "advmod" and c.lower_ in ("still", "currently", "now") for c in verb.children)


def _being_held(verb, noun) -> bool:
    """"560 political prisoners being held", "hostages still held": a participle on the
    counted that says they are held now."""
    return noun is not None and verb.dep_ == "acl" and verb.head.i == noun.i and (_still_held(verb) or (
        verb.tag_ == "VBN" and verb.lemma_.lower() in _HELD_NOW
        and any(c.dep_ == "auxpass" and c.lower_ == "being" for c in verb.children)) or _there_are_held(verb, noun))


def _there_are_held(verb, noun) -> bool:
    """"there are about 9,000 individuals incarcerated on political charges": held now, as
    "there are" in the present says (or "there were still", as of the day told of)."""
    be = noun.head
    return verb.tag_ == "VBN" and verb.lemma_.lower() in _HELD_NOW and noun.dep_ == "attr" \
        and be.lemma_ == "be" and any(c.dep_ == "expl" for c in be.children) \
        and (be.tag_ in ("VBP", "VBZ") or any(c.lower_ == "still" for c in be.children))


def _joined_inclusion(noun, lex: Lexicon):
    """"the 20 hostages were freed and also included five officials": an "included" joined
    to the verb that freed the group, with no subject of its own, counts a part of the freed."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.lemma_.lower() != "include" or verb.dep_ != "conj" \
            or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    freed = verb.head
    predicate = verb_predicate(freed, lex)
    return (freed, predicate) if predicate in PERSON_PREDICATES else None


# what shortens or lifts a term: "reduced the sentences of 204 prisoners" tells of a pardon, not a verdict
_LESSENING = frozenset({"reduce", "commute", "remit", "halve", "cut", "shorten", "lift", "annul", "overturn",
                        "quash", "cancel", "lighten", "mitigate"})
_LESSENED = frozenset({"reduction", "commutation", "remission", "halving", "cut", "annulment", "cancellation"})


def _sentences_of(noun):
    """"the final sentences of 381 demonstrators", "a sentence for 33 more protesters": the
    terms the counted people were given (the sentence noun or None); not a term shortened or
    lifted, and not a count of sentences ("76 sentences against 381 people")."""
    if noun is None or noun.dep_ != "pobj" or noun.head.lower_ not in ("of", "for"):
        return None
    term = noun.head.head
    if term.lemma_.lower() != "sentence" or term.pos_ != "NOUN" or any(c.like_num for c in term.children):
        return None
    if any(a.lemma_.lower() in _LESSENED | _LESSENING for a in term.ancestors) \
            or any(c.dep_ == "conj" and c.lemma_.lower() in _LESSENING for c in term.head.children):
        return None  # "reduced the sentences of 204 prisoners", "a reduction of the sentences of 30"
    if any(c.dep_ == "amod" and c.lower_ in ("death", "reduced", "commuted", "remaining") for c in term.children):
        return None  # "the remaining sentences for 40 prisoners": what is left of a term, shortened
    return term


def _among_those(verb, lex: Lexicon):
    """"Among those detained, 260 were accused of spying": the group the clause opens with
    says what befell the people it counts (the verb, charging them, is no predicate)."""
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ in ("among", "amongst") and prep.i < verb.i:
            for those in prep.children:
                if those.dep_ == "pobj" and those.lower_ == "those":
                    done = next((c for c in those.children if c.dep_ in ("acl", "relcl")), None)
                    if done is not None and (predicate := word_predicate(done, lex)) is not None:
                        return done, predicate
    return None


def _those_numbered(anchor, lex: Lexicon):
    """"those freed number between 15 and 25": the verb "number" after a participle is
    tagged a noun described by it, with the count hung on it; or "the released soldiers
    numbered 160", the verb's subject described by it. The participle, or None."""
    if anchor.dep_ in ("dobj", "attr") and anchor.head.lemma_.lower() == "number":
        # "Moscow said its released soldiers numbered 160": the participle on the subject
        subject = next((c for c in anchor.head.children if c.dep_ == "nsubj"), None)
        if subject is not None:
            return next((c for c in subject.children if c.dep_ in ("amod", "acl") and c.tag_ == "VBN"
                         and word_predicate(c, lex) in PERSON_PREDICATES), None)
    node = anchor
    for _ in range(3):
        if node.lower_ == "number" and any(c.dep_ == "det" and c.lower_ in ("those", "these") for c in node.children):
            return next((c for c in node.children if c.dep_ in ("amod", "acl") and c.tag_ == "VBN"
                         and word_predicate(c, lex) in PERSON_PREDICATES), None)
        if node.head.i == node.i:
            return None
        node = node.head
    return None


def _now_abroad(verb) -> bool:
    """"are now in Ukraine": a group said to be in a country by now; "went to Lithuania":
    where a part of the freed group went."""
    if verb.lemma_ == "go":
        return any(c.dep_ == "prep" and c.lower_ == "to" and any(g.ent_type_ == "GPE" for g in c.children)
                   for c in verb.children)
    return verb.lemma_ == "be" and any(c.dep_ == "advmod" and c.lower_ in ("now", "already", "currently", "safely")
                                       for c in verb.children) \
        and any(c.dep_ == "prep" and c.lower_ == "in" and any(g.ent_type_ == "GPE" for g in c.children)
                for c in verb.children)


def _part_of_counted_whole(number: NumberSpan, noun) -> bool:
    """"1,279 of the 2,500 fighters held in captivity": what the participle says of the
    2,500 is the whole's, not the part's (the whole has its own claim)."""
    if noun is None or noun.dep_ != "pobj" or noun.head.lower_ != "of":
        return False
    part = noun.head.head  # the count, or the "out" right after it ("four out of 13 women")
    return (number.start <= part.i < number.end or part.i == number.end and part.lower_ == "out") \
        and any(c.dep_ == "nummod" and not number.start <= c.i < number.end for c in noun.children)


def _listed_in_custody(noun, lex: Lexicon) -> bool:
    """"a list of 40 civilian prisoners and 500 fishermen in its custody": people on a list
    said to be in custody now (the place may hang on the last of the items)."""
    item = first_conjunct(noun)
    if item.dep_ != "pobj" or item.head.lower_ != "of" or item.head.head.lemma_.lower() != "list":
        return False
    items = [item] + [t for t in item.subtree if t.dep_ == "conj" and t.pos_ in ("NOUN", "PROPN")]
    last = max(t.i for i in items for t in i.subtree)
    holders = items + [item.head.head.head]  # (or on the verb that passes the list on, right after it)
    return any(c.dep_ == "prep" and c.lower_ == "in" and c.i > item.i and (h in items or c.i == last + 1)
               and any(g.lower_ in lex.state_places for g in c.children) for h in holders for c in h.children)


def _who_on_a_name_after(noun, lex: Lexicon) -> list:
    """A "who" clause hung on a noun that is no person ("from parts of the Strip who were"), a
    few words after ``noun`` with no other people, person or number between: the counted
    people's clause."""
    doc = noun.doc
    sentence = noun.sent
    for token in doc[noun.i + 1:min(sentence.end, noun.i + 10)]:
        if token.like_num or token.ent_type_ in ("PERSON", "NORP") \
                or token.pos_ in ("NOUN", "PROPN") and token.dep_ != "compound" and is_people(token, lex) \
                or token.pos_ == "AUX" or token.tag_ in ("VBD", "VBZ", "VBP"):
            return []  # (another group, or the counted people's own verb: the clause is not theirs;
            # but "the Sudanese Armed Forces" is a name)
        if token.pos_ in ("PROPN", "NOUN") and any(
                c.dep_ == "relcl" and any(w.lower_ == "who" and w.dep_ in ("nsubj", "nsubjpass") for w in c.children)
                for c in token.children):
            return [c for c in token.children if c.dep_ == "relcl"]
    return []


def _held_with(noun, lex: Lexicon) -> bool:
    """"with 1,400 political prisoners (currently) behind bars", "with 62 hostages in
    custody": a count in a "with" phrase that says where they are held now."""
    if noun.dep_ != "pobj" or noun.head.lower_ not in ("with", "including"):
        return False
    # ("leads the list with 124 reporters held behind bars": the participle says where)
    holders = [noun, *(c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in lex.state_lemmas)]
    return any(c.dep_ == "prep" and c.lower_ in _PLACE_AFTER and any(
        g.lower_ in lex.state_places for g in c.children) for h in holders for c in h.children)


def _gapped_complement(number: NumberSpan, doc, noun, lex: Lexicon) -> bool:
    """A count joined to the complement of a verb left out, with the same preposition: in
    "nine people were convicted of extremism and six of drug offences" the offences are
    what the six were convicted of, not what is counted."""
    count = doc[number.end - 1]
    complement = count.head
    return count.dep_ == "conj" and noun.dep_ == "pobj" and noun.head.head.i == count.i \
        and complement.dep_ == "pobj" and complement.head.lower_ == noun.head.lower_ \
        and complement.head.head.pos_ == "VERB" and not is_people(noun, lex) and not is_people(complement, lex)


def _gapped_verb(noun, lex: Lexicon):
    """"160 were sentenced to ten years, 80 people to five years and 70 to two": a counted noun
    with no verb of its own, standing with the preposition of an earlier counted subject's verb
    in its sentence, which is left out. That verb and its predicate, or None."""
    prep = next((c for c in noun.children if c.dep_ == "prep" and c.i == noun.i + 1), None)
    if prep is None or noun.dep_ not in ("npadvmod", "conj", "appos", "ROOT", "dep"):
        return None
    doc = noun.doc
    for verb in reversed(doc[noun.sent.start:noun.i]):
        if verb.pos_ != "VERB" or not any(c.dep_ == "prep" and c.lower_ == prep.lower_ for c in verb.children):
            continue
        if any(s.dep_ in ("nsubj", "nsubjpass") and (s.like_num or any(n.dep_ == "nummod" for n in s.children))
               for s in verb.children) and (predicate := verb_predicate(verb, lex)) is not None:
            return verb, predicate
        return None
    return None


def _included_bare(anchor, lex: Lexicon):
    """"pardoned 215 detainees, including 180 convicted of …": a bare count in the list of a
    group shares what befell the group (its participle tells their past)."""
    include = anchor.head
    if anchor.dep_ != "pobj" or include.lower_ not in ("including", "among", "amongst") \
            or include.head.pos_ not in ("NOUN", "PROPN"):
        return None, None
    return governor(include.head, lex)


_WHERE_WHEN = frozenset({"GPE", "LOC", "DATE", "TIME"})
# the steps of a case after an arrest, which the labels give no claim
_CASE_STEPS = frozenset({"charge", "prosecute", "indict"})
# what befalls a part of a group that is no part of what befell the group
_HARMED = frozenset({"die", "kill", "injure", "wound", "torture", "beat", "execute", "disappear"})


def _among_opener(verb, before: int, lex: Lexicon):
    """The freed group a sentence opens with ("Among those freed, …"), when the count is
    the subject of the sentence's verb: (its word, its predicate), else (None, None)."""
    if verb is None:
        return None, None
    clauses = [verb]
    if verb.dep_ in ("acl", "relcl") and verb.head.dep_ in ("nsubj", "nsubjpass") and verb.head.i < verb.i:
        clauses.append(verb.head.head)  # "Among those pardoned, 14 people convicted of … had taken part"
    if verb.dep_ == "conj" or verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("while", "whereas")
                                                           for c in verb.children):
        # "Of those pardoned, 14 had been jailed for X, while the other three were convicted of Y":
        # a clause joined to the one the group opens
        clauses.append(verb.head)
    for child in (c for clause in clauses for c in clause.children):
        if child.dep_ == "prep" and child.lower_ in ("among", "amongst", "of") and child.i == child.sent.start and child.i < before:
            # ("Of the prisoners released, 1,600 were arrested in Gaza")
            node, predicate = group_predicate(child, lex)
            if predicate in PERSON_PREDICATES:
                return node, predicate
    return None, None


# "the 14 freed prisoners include citizens of five countries": the group of a release, listed;
# "Iran had 31 imprisoned reporters": a census ("flew 14 freed hostages to the capital": a
# journey of the freed, lex.movers)
_LISTING = frozenset({"include", "comprise", "have"})


def _still_missing(anchor) -> bool:
    """"Ninety of them remain missing": people no one is said to hold, whatever
    befell the group before (the labels give no claim)."""
    if anchor is None or anchor.dep_ != "nsubj":
        return False
    verb = anchor.head  # ("are still missing": the parser's verb "missing", or an adjective after "be")
    return verb.lower_ == "missing" or verb.lemma_ in ("be", "remain") and any(
        c.dep_ == "acomp" and c.lower_ in ("missing", "unaccounted") for c in verb.children)


def _adjective_only(gov, noun, lex: Lexicon) -> bool:
    """Whether the only word that says what befell the counted people is an adjective before
    their noun, in a clause whose verb says nothing of it ("the six freed Britons are on a plane
    home", "the two detained Latvians are students"), which the guidelines leave unlabelled (but
    not "those still held - six women", the parser's adjective)."""
    return gov is not None and noun is not None and gov.dep_ == "amod" and gov.head.i == noun.i \
        and gov.i < noun.i and not any(c.dep_ == "advmod" for c in gov.children) \
        and noun.dep_ in ("nsubj", "nsubjpass", "dobj") and noun.head.pos_ in ("VERB", "AUX") \
        and verb_predicate(noun.head, lex) is None and noun.head.lemma_.lower() not in _LISTING \
        and noun.head.lemma_.lower() not in lex.movers


# verbs that file people under a kind of event: "4,800 were filed as deportations"
_FILING = RECORDING | {"categorise", "categorize", "classify", "class"}


def _classed_as_events(anchor, lex: Lexicon):
    """The events a count is filed as ("of those, 4,800 were filed as deportations by
    decree": each one a person's): (the event noun, its predicate), or None."""
    if anchor.dep_ != "nsubjpass" or anchor.head.lemma_.lower() not in _FILING:
        return None
    events = next((g for c in anchor.head.children if c.dep_ == "prep" and c.lower_ == "as" for g in c.children
                   if g.dep_ == "pobj" and g.tag_ == "NNS"), None)
    predicate = noun_predicate(events, lex) if events is not None else None
    return (events, predicate) if predicate is not None else None


def _made_up_of(noun, lex: Lexicon):
    """The events a group is said to consist of ("310 deportations, consisting of 290 men
    and 20 women"): (the event noun, its predicate), or None."""
    noun = first_conjunct(noun)
    if noun.dep_ != "pobj" or noun.head.lower_ != "of":
        return None
    verb = noun.head.head
    if verb.lemma_.lower() not in ("consist", "comprise", "compose") or verb.dep_ not in ("acl", "advcl"):
        return None
    # (the parser may hang the participle on the verb whose object the events are)
    whole = verb.head if verb.dep_ == "acl" else next(
        (c for c in verb.head.children if c.dep_ in ("dobj", "attr") and c.i < verb.i), verb.head)
    predicate = noun_predicate(whole, lex) if whole.tag_ == "NNS" else None
    return (whole, predicate) if predicate is not None else None


def _tallied_cases(people, lex: Lexicon):
    """The tally of cases whose size "N people" gives: (the tally, (predicate, whose)) when
    its subject counts cases of a deed of custody, or None."""
    verb = people.head.head if people.dep_ == "pobj" else people.head
    for tally in (c for c in verb.children if c.dep_ == "nsubj" and c.lemma_.lower() in TALLY_WORDS):
        for cases in (g for c in tally.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children):
            if (found := _cases_of(cases, lex)) is not None:
                return tally, found
    return None


def _whose_events(noun, lex: Lexicon) -> str:
    """"480 detentions of journalists": the people the events befell, else "people"."""
    whose = next((g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                  if g.dep_ == "pobj" and is_people(g, lex)), None)
    return noun_lemma(whose) if whose is not None else "people"


# ("13 more cases of abductions": a tally of people taken, as tests/eval/GUIDELINES.md reads
# kidnappings; but "cases of enforced disappearance" are not labelled)
_CUSTODY_CASES = frozenset({"detention", "arrest", "imprisonment", "jailing"}) | _TAKINGS


def _cases_of(noun, lex: Lexicon):
    """"280 cases of detaining reporters", "45 cases of detention": cases of a deed, each
    one person's. (the deed's predicate, the people it befell) or None."""
    if noun.lemma_.lower() != "case" or noun.tag_ != "NNS":
        return None
    for of in (c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"):
        for deed in of.children:
            if deed.dep_ == "pobj" and deed.lemma_.lower() in _CUSTODY_CASES and not any(
                    c.pos_ == "NOUN" and c.lemma_.lower() not in _CUSTODY_CASES for c in deed.conjuncts):
                # (but "27 cases of arrests, house searches and threats" are not each one held)
                # ("cases of enforced disappearance": no count of people the labels keep;
                # "1,900 cases of active detention" are people held now)
                active = any(c.lower_ in ("active", "ongoing", "current") for c in deed.children)
                return "remain_imprisoned" if active else "detained", _whose_events(deed, lex)
            if deed.dep_ == "pcomp" and deed.tag_ == "VBG" and (predicate := verb_predicate(deed, lex)) in _HISTORY:
                whom = next((c for c in deed.children if c.dep_ == "dobj" and is_people(c, lex)), None)
                return predicate, noun_lemma(whom) if whom is not None else "people"
    return None


def _event_count(number: NumberSpan, noun, predicate: str, doc, lex: Lexicon, whose: str | None = None) -> dict:
    sentence = doc[number.start].sent
    return {
        "kind": "count", "count": number.value, "count_high": number.high, "qualifier": number.qualifier,
        "predicate": predicate, "noun": whose or _whose_events(noun, lex),
        "noun_phrase": doc[number.first:noun.i + 1].text,
        "status": status_of(noun, number.first, doc, lex), "start": _start_char(doc[number.first]),
        "end": noun.idx + len(noun.text), "sentence_start": sentence.start_char, "sentence": sentence.text,
    }


def _for_counted_people(noun, lex: Lexicon) -> bool:
    """"33 pardons were issued for 5,156 people", "12 amnesties for 900 inmates", "4,000
    convictions given to 3,000 people": the events are for a counted group of people, so
    each one is no person."""
    holders = [noun] + ([noun.head] if noun.dep_ in ("nsubj", "nsubjpass", "dobj") else [])
    return any(p.dep_ == "prep" and p.lower_ in ("for", "to", "against", "on") and any(
        g.dep_ == "pobj" and any(n.dep_ == "nummod" for n in g.children) and is_people(g, lex) for g in p.children)
        for h in holders for p in h.children)


def _done_before(verb, preps: tuple[str, ...]) -> list:
    """"… after being arrested for …": the passive participles under the verb's "after" (or
    another of ``preps``) that tell what was done to the people before."""
    return [v for p in verb.children if p.dep_ == "prep" and p.lower_ in preps for v in p.children
            if v.dep_ == "pcomp" and v.tag_ == "VBN" and any(a.dep_ == "auxpass" and a.lower_ == "being" for a in v.children)]


def _done_to_them(verb, preps: tuple[str, ...]) -> list:
    """"freed X along with 21 other members, after sentencing them to suspended terms":
    the gerunds under the verb's "after" whose object is "them", the people it freed."""
    return [v for p in verb.children if p.dep_ == "prep" and p.lower_ in preps for v in p.children
            if v.dep_ == "pcomp" and v.tag_ == "VBG" and any(c.dep_ == "dobj" and c.lower_ == "them" for c in v.children)]


def _described_by(noun, gov, predicate: str, lex: Lexicon):
    """What a participle or relative clause on the counted noun says happened to them
    before: "pardoned 30 people convicted of taking part in protests", "freed 16 prisoners
    who had been arrested after the election" (a second claim about the same people)."""
    if noun is None:
        return []
    holders = [noun]
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ == "NOUN" \
            and not belongs_to_another(noun, lex):
        holders.append(noun.head.head)  # "a total of 131 prisoners, detained after the vote, …"
    # "freed 14 prisoners of war taken near Kharkiv", "pardoned 40 citizens of several countries
    # convicted of spying": the parser hangs the participle on the "of"
    holders += [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                for g in c.children if g.dep_ == "pobj" and g.lemma_.lower() in ("war", "conscience", "country")]
    # "pardoning 12 women and 15 men who had been convicted": the clause after the last of
    # coordinated counts describes them all
    # (but "five women, and 40 people convicted of …": a clause on plain "people" says who
    # those are, not what the others did)
    # (but "30 women, including some convicted of X, and 12 boys held for Y": the first
    # group described on its own, the clause after the second is the second's)
    if not any(c.dep_ == "prep" and c.lower_ == "including" for c in noun.children):
        holders += [c for c in noun.children if c.dep_ == "conj" and c.pos_ == "NOUN"
                    and any(g.dep_ == "nummod" for g in c.children) and noun_lemma(c) not in PLAIN_PEOPLE]
    # "returned two Poles and a Dane convicted of spying": a participle after one
    # more, counted by "a" (but "two reporters and a lawyer who was arrested": the lawyer's clause;
    # and "six colonels and a man jailed for theft": a plain man, one of another kind)
    single = [c for c in noun.children if c.dep_ == "conj" and (c.pos_ == "NOUN" or c.ent_type_ == "NORP")
              and any(g.dep_ == "det" and g.lower_ in ("a", "an") for g in c.children)
              and noun_lemma(c) not in PLAIN_PEOPLE | {"man", "woman"}]
    found = []
    partitive = noun.dep_ == "pobj" and noun.head.lower_ == "of"
    described = [c for holder in holders for c in holder.children if c.dep_ in ("acl", "relcl")]
    described += [c for holder in single for c in holder.children if c.dep_ == "acl" and c.tag_ == "VBN"]
    described += _after_enumeration(noun) + _after_including(noun) + _they_before(noun, gov) + _all_of_the_list(noun)
    # "Some 80 people in Gabon, who had been detained …": a "who" clause the parser
    # hung on the place after the people
    # ("freed four organisers on Monday, who had been detained …": on the date after them)
    after = [p for p in noun.children if p.dep_ == "prep" and p.lower_ in ("in", "from")] + [
        p for p in noun.head.children if p.dep_ == "prep" and p.i == noun.right_edge.i + 1]
    # ("38 prisoners left jail in May, who had served their full terms": on the date after
    # their verb)
    if gov is not None and noun.dep_ in ("nsubj", "nsubjpass") and noun.head.i == gov.i:
        after += [p for p in gov.children if p.dep_ == "prep" and p.lower_ in ("in", "on") and p.i > gov.i]
    described += [c for p in after for g in p.children if g.dep_ == "pobj" and g.ent_type_ in _WHERE_WHEN
                  for c in g.children if c.dep_ == "relcl" and any(w.lower_ == "who" for w in c.children)]
    # "eight nationals working for a shipyard who were detained in Qatar": a "who" clause the
    # parser hung on a thing named in the participle after the people
    described += [c for a in noun.children if a.dep_ == "acl" for g in a.subtree
                  if g.pos_ in ("NOUN", "PROPN") and not is_people(g, lex)
                  for c in g.children if c.dep_ == "relcl" and any(w.lower_ == "who" for w in c.children)]
    # "14 fishermen from Nagapattinam, who were arrested …", "nine sailors, coming from a port
    # in Kerala, who were …": a "who" clause the parser hung on a place however it tagged it
    described += [c for c in _who_on_a_name_after(noun, lex) if c not in described]
    # "23 Indian and 128 Bangladeshi fishermen, who were arrested …": a clause after the last
    # of joined counts, which the parser hung on the first
    if noun.dep_ == "conj" and noun.head.pos_ == "NOUN" and any(g.dep_ == "nummod" for g in noun.head.children):
        described += [c for c in noun.head.children if c.dep_ == "relcl" and c.i > noun.i]
    # "five members of one family who were arrested in May": a plural "who" clause the parser
    # hung on the singular noun the members belong to
    described += [c for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children
                  if g.dep_ == "pobj" and g.tag_ == "NN" for c in g.children
                  if c.dep_ == "relcl" and any(w.lower_ == "who" for w in c.children)
                  and (any(a.dep_ in ("aux", "auxpass") and a.lower_ in ("were", "have", "are") for a in c.children)
                       or c.lower_ in ("are", "were"))]  # ("12 members of the crew, who are still behind bars")
    # "were released in May having served their terms", "… who had fully served their
    # sentences" (the clause hung on the release): what they had served
    if gov is not None and predicate in PERSON_PREDICATES:
        described += [c for c in gov.children if c.dep_ in ("advcl", "ccomp") and c.lemma_.lower() == "serve"
                      and c.i > gov.i]
    # "Britons accused or convicted of spying": each participle of the pair
    # (and "who were arrested in May and released pending trial", the second tagged a past tense)
    described += [c for clause in described for c in clause.children if c.dep_ == "conj" and (
        c.tag_ == "VBN" or c.tag_ == "VBD" and clause.dep_ == "relcl"
        and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children))]
    # "fishermen, who were languishing in a jail after being arrested for …": how they came there
    described += [v for clause in described for v in _done_before(clause, ("after", "upon"))]
    # "journalists who spent a decade imprisoned": how they spent it
    described += [c for clause in described if clause.lemma_.lower() == "spend" for c in clause.children
                  if c.dep_ in ("oprd", "xcomp", "advcl", "acomp") and c.tag_ == "VBN"]
    # "61 prisoners from the factions detained in Adra prison": a participle of custody in a
    # place, which the parser hung on the group the people come from
    # (the "from" on the noun, or on the verb right after it)
    whence = [p for p in (*noun.children, *noun.head.children) if p.dep_ == "prep" and p.lower_ == "from"
              and (p.head.i == noun.i or p.i == noun.right_edge.i + 1)]
    described += [c for p in whence for g in p.children
                  if g.dep_ == "pobj" and not is_people(g, lex) for c in g.children
                  if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in _HELD_NOW | {"arrest"}
                  and any(q.dep_ == "prep" and q.lower_ == "in" for q in c.children)]
    if partitive and noun_predicate(noun.head.head, lex) in PERSON_PREDICATES:
        # "the freeing of two reporters held for weeks": a participle of custody
        # the parser hung on the release, which only the people can have undergone
        described += [c for c in noun.head.head.children if c.dep_ == "acl" and c.tag_ in ("VBN", "VBD")
                      and c.lemma_.lower() in _HELD_NOW | {"arrest"} and c.i > noun.i]
    if noun.dep_ == "nsubj" and (reduced_relative(noun.head) or object_participle(noun.head, lex)):
        described.append(noun.head)  # "250 individuals convicted of extremism were pardoned"
    if noun.dep_ == "nsubj" and gov is not None and (later := misread_participle(noun.head)) is not None \
            and later.i == gov.i:
        described.append(noun.head)  # "Five teachers jailed for a year … have been freed"
    participle = noun.head
    if noun.dep_ == "nsubj" and participle.tag_ == "VBN" and gov is not None and participle.i != gov.i \
            and gov.head.i == participle.i and not any(c.dep_ in ("aux", "auxpass") for c in participle.children):
        # "Six Britons accused or convicted of … received pardons", parsed with the
        # participles as the sentence's verbs
        described += [participle] + [c for c in participle.children if c.dep_ == "conj" and c.tag_ == "VBN"]
    for child in described:
        if doing_to_another(child):
            continue  # "four journalists holding Russian citizenship": what they hold, not who holds them
        if any(c.dep_ in ("nsubj", "nsubjpass") and c.i != noun.i
               and (c.like_num or any(g.dep_ == "nummod" for g in c.children)) for c in child.children):
            # "40 prisoners, 12 of whom were convicted", "…, and six people were sentenced to home
            # confinement": what befell a part or another group, claimed by its own count
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in SOME_OF
               and any(p.dep_ == "prep" and p.lower_ == "of" for p in c.children) for c in child.children):
            continue  # "40 fishermen, many of whom were in jail": a part, of no stated size
        # ("19 pastors who had been in custody": where they were before, said with "be")
        # (and "who are still in prison": a copula in the present that says where they are)
        if (gov is None or child.i != gov.i) and (child.pos_ in ("VERB", "ADJ") or _had_been(child)
                                                  or child.lemma_ == "be" and child.dep_ == "relcl"
                                                  and child.tag_ in ("VBP", "VBZ")):
            other = verb_predicate(child, lex)
            if other == "remain_imprisoned" and _had_been(child):
                other = "detained"  # "who had been in detention": held before they were freed
            if held_before(child):
                if predicate == "remain_imprisoned" and noun.head.lemma_ == "be" and noun.head.tag_ in ("VBP", "VBZ"):
                    continue  # "there are 9,000 people incarcerated on political charges": the same stock
                other = "detained"  # "14 captives who had been kept in a cellar", "8 reporters jailed for filming"
            if _serving_terms(child):
                other = "sentenced"  # "let out 318 inmates serving short terms": they had been sentenced
            held_now = _still_held(child)
            if held_now:
                other = "remain_imprisoned"  # "the release of 90 hostages still held by Hamas": held now
            # "urged it to free 27 reporters who remain behind bars", "the 27 protesters remaining
            # in detention": held now, as the clause says
            held_now = held_now or other == "remain_imprisoned" and (
                child.dep_ == "relcl" and child.tag_ in ("VBP", "VBZ") or child.dep_ == "acl" and child.tag_ == "VBG")
            # "five citizens who were released arrived in Qatar": both; but "29 of the 31 released
            # crossed": the release is the whole group's, counted by its own number
            also_freed = predicate == "crossed_border" and other in PERSON_PREDICATES and not partitive
            # "The 20 activists freed were convicted of…": the participle frees them
            # (but "detained two people returning from Poland": travelling, not coming home freed)
            freed_too = predicate in _HISTORY and other in PERSON_PREDICATES and child.lemma_.lower() != "return"
            # "109 released prisoners delivered to Poland", "freed six people who were then
            # transferred to Lithuania": freed, and taken across
            moved_on = other == "crossed_border" and predicate in PERSON_PREDICATES and child.dep_ in ("acl", "relcl")
            # "started to free 2,500 inmates who had received an amnesty": the pardon that freed them
            pardon_too = predicate == "released" and other == "pardoned"
            # "where 200 Venezuelans deported by the US are imprisoned", "six children who were
            # deported by the occupiers have returned": sent out of a country before
            deported_before = other == "deported" and child.dep_ in ("acl", "relcl") and child.tag_ == "VBN"
            # "30 prisoners freed by the army, to be deported to Chad": freed before they are sent on
            freed_first = predicate == "deported" and other in PERSON_PREDICATES and child.dep_ == "acl" \
                and child.tag_ == "VBN"
            if (other in _HISTORY or held_now or also_freed or freed_too or moved_on or pardon_too or deported_before
                    or freed_first) \
                    and other != predicate \
                    and other not in (o for _, o in found):  # ("detained … and eventually arrested": once)
                found.append((child, other))
    if predicate == "released" and gov is not None and (pardon := _pardoned_after(gov, lex)) is not None:
        found.append((pardon, "pardoned"))
    if predicate in PERSON_PREDICATES and gov is not None:
        # "saw 57 others freed and expelled once they had been sentenced" ("after being sentenced"): what came first
        for verb in (gov, *(c for c in gov.children if c.dep_ == "conj" and c.pos_ == "VERB")):
            preps = ("after", "upon", "following")
            for before in (*_done_before(verb, preps), *_done_to_them(verb, preps)):
                if (other := verb_predicate(before, lex)) in ("sentenced", "detained") and other not in (o for _, o in found):
                    found.append((before, other))
    if predicate == "released" and gov is not None and gov.lemma_.lower() in CUSTODY_ENDERS \
            and (ended := next((c for c in gov.children if c.dep_ in ("dobj", "nsubjpass")
                                and c.lemma_.lower() in CUSTODY_NOUNS), None)) \
            and "detained" not in (o for _, o in found):
        found.append((ended, "detained"))  # "ended the detention of 12 villagers": they had been held
    if predicate in ("released", "pardoned") and gov is not None and (served := _served_before(gov)) is not None \
            and "sentenced" not in (o for _, o in found):
        found.append((served, "sentenced"))  # "another 212 freed after serving long sentences"
    return found


_TERMS = frozenset({"sentence", "term"})


def _had_been(verb) -> bool:
    return verb.lemma_ == "be" and any(c.dep_ == "aux" and c.lower_ == "had" for c in verb.children)


def _served_before(verb):
    """The "serving" of "freed after serving long sentences": a term the freed had been given (or
    the "served" of "released based on time already served")."""
    return next((clause for prep in verb.children if prep.dep_ == "prep" and prep.lower_ in ("after", "following")
                 for clause in prep.children if clause.dep_ == "pcomp" and _serves_a_term(clause)), None) \
        or next((served for prep in verb.children if prep.dep_ == "prep" for t in prep.subtree
                 if t.lemma_.lower() == "time" and t.dep_ == "pobj"
                 for served in t.children if served.dep_ in ("acl", "relcl") and served.lemma_.lower() == "serve"), None)


def _serving_terms(clause) -> bool:
    """"inmates serving short terms for petty theft", "pardoned 300 inmates who were serving
    prison terms": a participle, or a clause in the past, of serving a term on the counted noun
    (not a clause in the present, "who are serving", which says they are held)."""
    return _serves_a_term(clause) and clause.tag_ == "VBG" and (clause.dep_ == "acl" or clause.dep_ == "relcl" and any(
        c.dep_ == "aux" and c.lower_ in ("was", "were") for c in clause.children))


def _serves_a_term(verb) -> bool:
    """"serving prison terms", "serving long sentences", "serving time": the verb serve with a
    term as its object."""
    return verb.lemma_.lower() == "serve" and any(
        c.dep_ == "dobj" and c.lemma_.lower() in ("term", "sentence", "time") for c in verb.children)


def _pardoned_after(verb, lex: Lexicon):
    """"freed 10 activists after the king granted them a royal pardon": the pardon of the
    same people, told in a clause on the freeing verb with "them" as its receiver."""
    for clause in verb.children:
        if clause.dep_ == "prep" and clause.lower_ in ("after", "following"):
            clause = next((c for c in clause.children if c.dep_ == "pcomp"), clause)
        elif clause.dep_ != "advcl":
            continue
        if verb_predicate(clause, lex) == "pardoned" and (any(
                c.dep_ in ("dative", "dobj") and c.lower_ == "them" for c in clause.children) or _receiving(clause)):
            return clause
    return None


def _receiving(clause) -> bool:
    """"freed … after receiving a royal pardon": a gerund with no subject of its own, whose
    receiver is the freed."""
    return clause.dep_ == "pcomp" and clause.tag_ == "VBG" and clause.lemma_.lower() in ("receive", "get", "obtain") \
        and not any(c.dep_ in SUBJECT_DEPS for c in clause.children)


def _after_enumeration(noun) -> list:
    """"two reporters, a Kenyan and a Briton, who were arrested in May": the "who"
    clause after the people the count is spelled out into (set off by commas) is theirs."""
    doc = noun.doc
    if noun.i + 1 >= len(doc) or doc[noun.i + 1].text != ",":
        return []
    items = [c for c in noun.children if c.dep_ in ("conj", "appos") and c.i > noun.i + 1]
    while items and (more := [c for c in items[-1].children if c.dep_ == "conj"]):
        items.append(more[-1])
    if not items or not all(t.pos_ in ("PROPN", "NOUN") and not any(g.dep_ == "nummod" for g in t.children)
                            for t in items):
        return []
    return [c for c in items[-1].children if c.dep_ == "relcl" and c.left_edge.lower_ in ("who", "whom")
            and doc[c.left_edge.i - 1].text == ","]


def _all_of_the_list(noun) -> list:
    """"five women and 17 men, all convicted": the participle after ", all" at
    the end of a list of counts tells of every count in it."""
    doc, last = noun.doc, noun
    while (more := [c for c in last.children if c.dep_ == "conj" and any(g.dep_ == "nummod" for g in c.children)]):
        last = more[-1]
    i = last.i
    if i + 3 < len(doc) and doc[i + 1].text == "," and doc[i + 2].lower_ == "all" and doc[i + 3].tag_ == "VBN":
        return [doc[i + 3]]
    if i + 4 < len(doc) and doc[i + 1].text == "," and doc[i + 2].lower_ == "all" and doc[i + 3].lower_ == "being" \
            and doc[i + 4].tag_ == "VBN":
        return [doc[i + 4]]  # "at least 30 men, all being held under the act, were released"
    return []


def _after_including(noun) -> list:
    """"released four people, including a Pole and a blogger, who had been held for two
    years": a "who" clause set off by a comma after a list of those included tells
    of the whole group (and of each count joined to it: "eight women and eight men, …")."""
    doc = noun.doc
    head = noun.head if noun.dep_ == "conj" and noun.head.tag_ == "NNS" else noun
    for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ == "including"):
        if doc[prep.i - 1].text != ",":
            continue
        items = [c for c in prep.children if c.dep_ == "pobj"]
        while items and (more := [c for c in items[-1].children if c.dep_ == "conj"]):
            items.append(more[-1])
        if items:
            # (but "Eight prisoners, including X, who was convicted of …" tells of X alone)
            return [c for c in items[-1].children if c.dep_ == "relcl" and c.left_edge.lower_ in ("who", "whom")
                    and doc[c.left_edge.i - 1].text == ","
                    and not any(a.dep_ in ("aux", "auxpass") and a.lower_ in ("was", "is", "has") for a in c.children)]
    return []


def _they_before(noun, gov) -> list:
    """"Three bloggers were freed on Friday, two years after they were arrested": a clause of
    the same sentence whose subject is "they" tells what befell the counted subject before."""
    if gov is None or noun.dep_ not in ("nsubj", "nsubjpass") or noun.head.i != gov.i:
        return []
    return [c for c in gov.children if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("after", "since")
                                                                  for m in c.children)
            and any(s.dep_ in ("nsubj", "nsubjpass") and s.lower_ == "they" for s in c.children)]


def _difference(number: NumberSpan, doc) -> bool:
    """"there were 21 more jailed reporters this year than in 2022", "the tally has grown by
    23", "an increase of 17": how many more, not how many (but "13 more prisoners were freed"
    adds to a count)."""
    before = doc[number.first - 1] if number.first > 0 else None
    if before is not None and (before.lower_ in ("by", "from") and before.head.lemma_.lower() in CHANGES
                               or before.lower_ == "of" and before.head.lemma_.lower() in CHANGES
                               and before.head.pos_ == "NOUN"):
        return True
    after = doc[number.end:number.end + 3]
    if len(after) == 3 and after[0].lower_ in ("more", "fewer", "less") and after[1].lower_ == "than" \
            and (after[2].ent_type_ == "DATE" or after[2].lower_ in ("last", "a", "in", "the")):
        return True  # "117 political prisoners, 15 more than a year ago"
    if len(after) < 2 or after[0].lower_ not in ("more", "fewer", "less") or after[1].lower_ == "than":
        return False
    sentence = doc[number.start].sent
    # (but "three more hostages were freed after more than three months": a qualifier's "than")
    return any(t.lower_ == "than" and doc[t.i - 1].lower_ not in ("more", "less", "fewer", "rather", "other")
               for t in doc[number.end + 2:min(sentence.end, number.end + 12)])


def _remains(noun, lex: Lexicon) -> bool:
    """"the bodies of four hostages", "the 11 captives whose bodies the militia keeps", "two
    volunteers who were killed in an air strike"."""
    if any(c.dep_ == "relcl" and c.lemma_.lower() in ("kill", "die") and not any(g.dep_ == "neg" for g in c.children)
           for c in noun.children):
        return True
    if any(c.dep_ == "relcl" and any(s.dep_ in ("nsubj", "nsubjpass") and s.lemma_.lower() in lex.bodies
                                     and any(w.lower_ == "whose" for w in s.children) for s in c.children)
           for c in noun.children):
        return True
    head, item = noun, noun
    while head.dep_ in ("conj", "appos", "compound", "amod") and head.head is not head:
        head, item = head.head, head
    if head is not noun and head.lemma_.lower() in lex.bodies and item.left_edge.i > 0 \
            and noun.doc[item.left_edge.i - 1].text in LIST_DASHES:
        return True  # "… and those of two workers – one Thai, one from Nepal": the parser joined them to the bodies
    if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.lower_ in ("those", "that"):
        # "12 bodies said to be hostages and those of two farm hands": the pronoun
        # stands for the bodies it is joined to
        head = head.head.head
        while head.dep_ in ("conj", "appos", "pobj", "prep", "acl") and head.head is not head \
                and head.lemma_.lower() not in lex.bodies:
            head = head.head
        return head.lemma_.lower() in lex.bodies
    return head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.lemma_.lower() in lex.bodies


def _there_are_of_them(number: NumberSpan, doc):
    """The verb of "there are 1,007 of them", or None."""
    after = doc[number.end:number.end + 2]
    last = doc[number.end - 1]
    if len(after) < 2 or after[0].lower_ != "of" or after[1].lower_ not in ("them", "those"):
        return None
    be = last.head
    return be if be.lemma_ == "be" and any(c.dep_ == "expl" for c in be.children) else None


_PASSING = frozenset({"surpass", "exceed", "top", "pass"})
_NEARING = frozenset({"approach", "near"})


def _tallied_people(noun) -> bool:
    """"the number of those arrested exceeded one thousand people": the people are whom the
    tally counts, so what befell them is said in the tally's subject."""
    if noun.lemma_.lower() not in ("people", "person", "individual"):
        return False
    if noun.dep_ == "pobj" and noun.head.lower_ in ("to", "from"):
        # "the tally of political prisoners climbed from 180 to 240 people" (the parser may
        # hang the people on "from")
        return noun.head.head.lemma_.lower() in CHANGES
    return noun.dep_ == "dobj" and noun.head.lemma_.lower() in (*_PASSING, "reach", "total")


def _passed(number: NumberSpan, doc) -> str | None:
    """"the number of those freed has surpassed 430", "has gone past 900 people": more than
    that; "has approached 400": nearly that."""
    last = doc[number.end - 1]
    if last.dep_ == "nummod" and last.head.dep_ == "dobj":
        last = last.head  # "has gone past 900 people"
    if number.qualifier == "exact" and last.dep_ == "dobj" and last.head.lemma_.lower() in _PASSING:
        return "more_than"
    if number.qualifier == "exact" and last.dep_ == "dobj" and last.head.lemma_.lower() in _NEARING:
        return "nearly"  # "the count of political prisoners has approached 400"
    return None


_DYING = frozenset({"die", "kill", "perish"})


_FORMULAS = frozenset({"formula", "format", "principle", "basis"})


def _describing_count(number: NumberSpan, noun, doc, sentence) -> bool:
    """A count a copula describes ("Thirteen are over 50", "12 are parents", "13 people are
    ill"), not what they were held as ("nine were political prisoners") nor a question
    ("Where are the other 12?")."""
    if not doc[number.start].like_num or number.first > 0 and doc[number.first - 1].lower_ == "other" \
            or sentence.text.rstrip().endswith("?"):
        return False
    be = doc[number.end - 1].head
    if be.lemma_ == "be" and any(c.dep_ == "prep" and c.lower_ == "on" and any(g.lower_ == "trial" for g in c.children)
                                 for c in be.children):
        return False  # "250 were on trial for illegal assembly": where their cases stand, not who they are
    if number.end < len(doc) and doc[number.end].lower_ == "others" \
            or noun is not None and any(c.dep_ == "relcl" for c in noun.children):
        return False  # "eight others are still …", "there are 900 people who …": not the group before
    return noun is None or noun.dep_ == "attr" and noun_lemma(noun) not in HELD_WORDS \
        or noun_lemma(noun) in ("people", "person") and noun.dep_ == "nsubj"


_NUMBERED_PLACES = frozenset({"colony", "prison", "jail", "camp", "facility", "centre", "center", "block", "ward",
                              "cell", "unit", "barracks", "building", "sizo", "ik", "penitentiary"})


_QUOTES = frozenset({'"', "“", "”", "‘", "’", "'"})


def _in_a_name(number: NumberSpan, doc) -> bool:
    """A number that is part of a name or a formula, not a count: "the 88 Generation",
    "the Hong Kong 47", "the formula 5 for 5" (a swap's terms, each side counted elsewhere)."""
    before = doc[number.first - 1] if number.first > 0 else None
    after = doc[number.end] if number.end < len(doc) else None
    if after is not None and after.lower_ == "generation":
        return True
    first = doc[number.first]
    if before is not None and before.pos_ == "PROPN" and before.is_title and first.is_title and first.is_alpha \
            and (before.i > 0 and doc[before.i - 1].text in _QUOTES or after is not None and after.text in _QUOTES):
        return True  # the "Bali Nine": a group's name in quotes, its number a capitalised word
    if before is not None and before.ent_type_ == "GPE" and before.pos_ == "PROPN":
        place = entity_at(doc, before.i)
        if place is not None and place.start > 0 and doc[place.start - 1].lower_ == "the":
            return True
    if before is not None and before.lower_ in _FORMULAS:
        return True
    if before is not None and before.text == "." and before.i > 1 and doc[before.i - 1].lower_ == "no":
        before = doc[before.i - 1]  # "center No. 7", its stop split off
    if before is not None and (before.lower_ in _NUMBERED_PLACES or before.lower_ in ("no", "no.", "number", "#")
                               and before.i > 0 and doc[before.i - 1].lower_ in _NUMBERED_PLACES) \
            and (after is None or after.pos_ not in ("NOUN", "ADJ")):
        return True  # "left penal colony 4", "Prison No. 2": an institution's number (not "the camp 12 detainees left")
    return before is not None and before.lower_ == "for" and before.i > 1 and doc[before.i - 1].like_num \
        and doc[before.i - 2].lower_ in _FORMULAS


def _rate_or_dead(number: NumberSpan, noun, anchor, doc) -> bool:
    """"one more day of truce per 10 captives set free", "10 times more" (a rate or a ratio,
    nobody counted) and "with
    at least 20 thought dead" (the dead are held or freed by nobody)."""
    if number.end < len(doc) and doc[number.end].lower_ in ("times", "fold", "-fold"):
        return True  # "about 10 times more than were freed in 1998": a ratio
    counted = noun if noun is not None else anchor
    # (but "exchanged 25 prisoners each": per side, each side's count)
    if any(c.lower_ in ("every", "per") or c.lower_ == "each" and c.i < counted.i for c in counted.children) or \
            number.first > 0 and doc[number.first - 1].lower_ in ("every", "per"):
        return True
    if counted.dep_ == "pobj" and counted.head.lower_ == "of" and counted.head.head.lemma_.lower() in _SETTLEMENTS:
        return True  # "a country of ten million inhabitants": who live there
    after = doc[counted.i + 1:counted.i + 3]
    if after and after[0].lower_ in ("reported", "feared", "believed", "thought"):
        after = after[1:]  # "four more demonstrators reported killed", the parser's root a line away
    if after and after[0].tag_ == "VBN" and after[0].lemma_.lower() in _DYING:
        return True
    return any(c.dep_ == "acl" and any(t.lemma_.lower() in _DYING for t in c.subtree) for c in counted.children)


_SETTLEMENTS = frozenset({"country", "nation", "city", "town", "village", "state", "republic",
                          "region", "province", "island"})

_COUNT_OPENERS = frozenset({"DT", "JJ", "JJR", "JJS", "RB", "RBR", "IN", "PDT"})


def _colon_lead(number: NumberSpan, doc, lex: Lexicon):
    """The freeing word before a colon that opens the count's words in its sentence:
    "Belarusian president pardons: 37 prisoners …", "Freed today: 14 activists"."""
    sentence = doc[number.first].sent
    colon = next((t for t in reversed(doc[sentence.start:number.first]) if t.text == ":"), None)
    if colon is None or any(t.tag_ not in _COUNT_OPENERS for t in doc[colon.i + 1:number.first]):
        return None
    for token in doc[sentence.start:colon.i]:
        predicate = word_predicate(token, lex) or noun_predicate(token, lex)
        if predicate in PERSON_PREDICATES and status_of(token, token.i, doc, lex) == "asserted":
            return token, predicate
    return None


