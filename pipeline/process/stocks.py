"""Being held: counts of people held now (stocks: "there are 1,150 political prisoners in
Belarus", "still in Gaza", "the number of journalists imprisoned") and what "held",
"jailed" or "imprisoned" says of a freed group's past. Used by pipeline/process/claims.py."""

from __future__ import annotations

from newsmon.pipeline.process.lexicon import (
    HELD_WORDS,
    Lexicon,
    custody_so_far,
    first_conjunct,
    given_a_term,
    noun_lemma,
)
from newsmon.pipeline.process.numbers import NumberSpan

# verbs that name people as held ("recognised as political prisoners")
NAMING_VERBS = {"recognise", "recognize", "designate", "name", "list", "consider", "count", "class", "classify",
                "judge", "deem", "regard"}

# being held, as the participle says of the freed: no court's sentence unless the text
# gives one ("jailed for five years", "convicted and imprisoned")
_HELD = frozenset({"hold", "imprison", "jail", "incarcerate"})
_TERM_UNITS = frozenset({"year", "years", "month", "months", "week", "weeks", "day", "days"})


def held_before(verb) -> bool:
    """Whether the participle ``verb`` on a freed group says only that they were held:
    "captives who had been kept in a cellar", "reporters jailed on trumped-up charges",
    "hostages taken by Hamas"."""
    lemma = verb.lemma_.lower()
    if lemma == "take":
        return any(c.lemma_.lower() in ("hostage", "captive", "prisoner") for c in verb.children) or any(
            g.ent_type_ in ("ORG", "GPE", "NORP", "PERSON") for c in verb.children if c.dep_ == "agent"
            for g in c.children)  # (but "taken by bus to the border" says how they travelled)
    if lemma not in _HELD and verb.lower_ not in ("imprisoned", "jailed", "held", "incarcerated"):
        return False
    if any(c.lower_ in ("still", "currently", "being", "is", "are", "remain", "remains") for c in verb.children):
        return False  # "hostages still held by Hamas", "prisoners being held": held now, a stock
    subtree = list(verb.subtree)
    if lemma != "hold" and any(t.lower_ == "life" or t.like_num and t.i + 1 < len(t.doc)
                               and t.doc[t.i + 1].lower_ in _TERM_UNITS for t in subtree):
        return False  # "jailed for five years", "imprisoned for life": sentenced (but "held for weeks")
    if lemma != "hold" and given_a_term(verb):
        return False  # "jailed for espionage"
    return not any(t.lemma_.lower() in ("convict", "conviction", "sentence", "verdict") for t in subtree if t.i != verb.i)


def held_stock(noun, lex: Lexicon) -> bool:
    """A count of people held as such, said to exist: "there are 1,500 political prisoners
    in Belarus", "the country has 1,186 political prisoners", "the number of political
    prisoners reaches 360" (the noun itself says they are held)."""
    if noun is None or _due_for_release(noun) or _counted_since(noun):
        return False
    # "around 1,400 other rights defenders and political prisoners": the list names them held
    if noun_lemma(noun) not in HELD_WORDS and not any(c.dep_ == "conj" and noun_lemma(c) in HELD_WORDS
                                                      for c in noun.children):
        # "some 410 people now stand on the list of political prisoners": the list names them held;
        # "412 people are classed as political prisoners": so does the participle
        return (_on_held_list(noun, lex) or _named_as_held(noun)) and _held_stock_verb(noun, lex) \
            or _tally_of_held(noun, lex) or _there_in_custody(noun, lex) or _among_the_held(noun)
    return _held_stock_verb(noun, lex)


def _counted_since(noun) -> bool:
    """"documented 3,100 political prisoners since 2020", "Nearly 3,000 political prisoners
    since 2020": everyone recognised over the years, freed or not, is no count of the held."""
    # (on the verb only when it records them: "has held 30 political prisoners since 2021" is custody)
    counted = noun
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_.lower() == "total":
        counted = noun.head.head  # "documented a total of 3,000 political prisoners in the last four years"
    holders = [noun, counted.head] if counted.dep_ in ("dobj", "nsubjpass") and counted.head.lemma_.lower() in (
        *RECORDING, "recognise", "recognize", "identify") else [noun]
    return any(c.dep_ == "prep" and (c.lower_ == "since" and any(
        g.dep_ == "pobj" and (g.ent_type_ == "DATE" or g.like_num) for g in c.children) or _over_past_years(c))
        for h in holders for c in h.children)


def _over_past_years(prep) -> bool:
    """"in the last three years", "over the past decade": a span of years behind the count."""
    return prep.lower_ in ("in", "over", "during") and any(
        g.dep_ == "pobj" and g.lemma_.lower() in ("year", "decade") and any(a.lower_ in ("last", "past") for a in g.children)
        for g in prep.children)


_DUE = frozenset({"due", "slated", "set", "scheduled", "earmarked", "expected", "eligible", "up"})
_OUT = frozenset({"release", "freedom", "exchange", "swap", "pardon", "amnesty"})


def _due_for_release(noun) -> bool:
    """"40 prisoners due for release", "ten hostages slated for release": a release to
    come (hedged where it is said), not a count of those who stay held."""
    return any(c.dep_ in ("amod", "acl") and c.lower_ in _DUE and any(
        p.dep_ == "prep" and p.lower_ == "for" and any(g.lemma_.lower() in _OUT for g in p.children)
        for p in c.children) for c in noun.children)


# verbs that record the held in a tally
RECORDING = frozenset({"record", "register", "document", "count", "list", "tally", "log"})


def recorded_detentions(noun) -> bool:
    """"monitors recorded 6,000 detainees", "more than 100 detainees are known": each one a
    detention counted, not people held now."""
    return noun is not None and noun_lemma(noun) in ("detainee", "arrestee") and (
        noun.dep_ == "dobj" and noun.head.lemma_.lower() in RECORDING
        or noun.dep_ == "nsubjpass" and noun.head.lemma_.lower() in RECORDING | {"know", "report"})


def _there_in_custody(noun, lex: Lexicon) -> bool:
    """"there are 300 fishermen in jails across the border", "there are 9,000 people imprisoned":
    people said to be in custody now."""
    be = noun.head
    if noun.dep_ not in ("attr", "nsubj") or be.lemma_ != "be" or be.tag_ not in ("VBP", "VBZ") \
            or not any(c.dep_ == "expl" for c in be.children):
        return False
    if any(c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in _HELD for c in noun.children):
        return True  # "there are some 10,000 people incarcerated on political charges"
    doc = noun.doc
    # (the place may be parsed apart from its preposition: "in Pakistan jails")
    return any(c.dep_ == "prep" and c.lower_ in ("in", "behind") and any(
        t.lower_ in lex.state_places for t in doc[c.i + 1:min(c.i + 4, len(doc))])
        for holder in (noun, be) for c in holder.children)


def _among_the_held(noun) -> bool:
    """"30 foreigners among the political prisoners of Belarus": a headline with no verb that
    counts people among the held (but not "among the prisoners freed"); "at least 12
    teachers were among the political prisoners when the year ended": a part of the held,
    then or now."""
    noun = first_conjunct(noun)  # ("12 teachers and 30 people with disabilities were among …")
    if noun.dep_ == "nsubj" and noun.head.lemma_ == "be":
        holders, held = noun.head.children, political
    elif noun.dep_ not in ("ROOT", "appos") or noun.head.pos_ in ("VERB", "AUX") and noun.head.i != noun.i:
        return False
    else:
        holders, held = noun.children, lambda g: noun_lemma(g) in HELD_WORDS
    return any(c.dep_ == "prep" and c.lower_ in ("among", "amongst") and any(
        g.dep_ == "pobj" and held(g) and not any(a.dep_ in ("acl", "relcl", "amod") and a.tag_ == "VBN"
                                                 for a in g.children)
        for g in c.children) for c in holders)


def _tally_of_held(noun, lex: Lexicon) -> bool:
    """"the count of political prisoners has gone past 900 people": the people are the
    tally of the held that the verb states."""
    verb = noun.head
    if noun.dep_ not in ("dobj", "attr") or verb.lemma_.lower() not in lex.stock_verbs:
        return False
    return any(c.dep_ == "nsubj" and c.lemma_.lower() in lex.tallies and any(
        p.dep_ == "prep" and p.lower_ == "of" and any(noun_lemma(g) in HELD_WORDS for g in p.children)
        for p in c.children) for c in verb.children)


def country_stock(noun) -> bool:
    """"political prisoners in Belarus", "Myanmar's political prisoners", "the nation's almost
    1,200 political prisoners": all a country holds."""
    if noun is None or noun_lemma(noun) != "prisoner" or not any(
            c.dep_ == "amod" and c.lower_ == "political" for c in noun.children):
        return False
    return _country_possessive(noun) or any(
        c.dep_ == "poss" and (c.ent_type_ == "GPE" or c.lemma_.lower() in ("country", "nation")) or _in_country(c)
        or c.dep_ == "acl" and (_detained_now(c) or any(t.lemma_.lower() == "languish" for t in c.subtree))
        for c in noun.children)  # ("the 700 political prisoners thought to be languishing in its jails")


def _country_possessive(noun) -> bool:
    """"the nation’s almost 1,200 political prisoners", however the parser hung the "’s"."""
    doc, i = noun.doc, noun.i - 1
    while i > noun.sent.start and (doc[i].like_num or doc[i].pos_ in ("ADJ", "ADV") or doc[i].dep_ == "quantmod"):
        i -= 1
    return i > noun.sent.start and doc[i].lower_ in ("’s", "'s") and (
        doc[i - 1].ent_type_ == "GPE" or doc[i - 1].lemma_.lower() in ("country", "nation"))


def _in_country(prep) -> bool:
    return prep.dep_ == "prep" and prep.lower_ == "in" and any(g.ent_type_ in ("GPE", "NORP") for g in prep.children)


def _detained_now(participle) -> bool:
    """"(political prisoners) currently detained", "held in Belarus": the country's stock."""
    return participle.lemma_.lower() in _HELD | {"detain", "keep"} and any(
        c.lower_ in ("currently", "still", "now") or _in_country(c) for c in participle.children)


def until_freed(number: NumberSpan, gov) -> bool:
    """A release the count waits for: "until all of the N prisoners are released"."""
    if gov is None or gov.pos_ != "VERB" or gov.i < number.end:
        return False
    doc = gov.doc
    before = [t for t in doc[max(gov.sent.start, number.first - 8):number.first] if t.lower_ == "until"]
    if not before:
        return False
    between = doc[before[-1].i + 1:number.first]  # "each of", "all of the country's": not "2020,"
    return not any(t.pos_ in ("VERB", "NUM") or t.ent_type_ in ("DATE", "TIME") for t in between)


def still_in(noun, lex: Lexicon) -> bool:
    """Captives said to be "still in" a place, or anyone "behind bars" ("counted 900
    citizens behind bars in March", the place hung on the verb): held there now."""
    if any(c.dep_ == "prep" and c.lower_ in ("in", "inside", "behind") and any(g.lower_ == "still" for g in c.children)
           and (noun_lemma(noun) in HELD_WORDS or any(g.dep_ == "pobj" and g.lower_ in lex.state_places
                                                        for g in c.children))
           for c in noun.children):
        return True  # ("112 girls still in militant captivity": any people, in a place of custody)
    holders = [noun] + ([noun.head] if noun.dep_ == "dobj" else [])
    if any(c.dep_ == "prep" and c.lower_ == "behind" and any(g.dep_ == "pobj" and g.lower_ == "bars" for g in c.children)
           for h in holders for c in h.children):
        return True
    return _in_holders_custody(noun)


def _in_holders_custody(noun) -> bool:
    """"210 civilian prisoners and 45 fishermen in its custody", "12 sailors in Iran's
    custody": held by someone now (the parser may hang the custody on the verb, right after
    the list)."""
    first = noun
    while first.dep_ == "conj":
        first = first.head
    doc = noun.doc
    after = first.right_edge.i + 1
    # (on the last of joined counts, "210 prisoners and 45 fishermen in its custody", it holds them all)
    last = first.conjuncts[-1] if first.conjuncts else first
    preps = [c for h in {noun, first, last} for c in h.children if c.dep_ == "prep"]
    if after < len(doc) and doc[after].dep_ == "prep" and doc[after].head.i < first.i:
        preps.append(doc[after])
    return any(p.lower_ == "in" and any(
        g.dep_ == "pobj" and g.lower_ == "custody" and any(c.dep_ == "poss" for c in g.children) for g in p.children)
        for p in preps)


def size_of_list(noun, gov) -> bool:
    """"passed on a list of 300 prisoners", "four who were missing from the official list of
    40 detainees": the count is how long a list is, and what the verb does, it does to the
    list (but "a list of 30 prisoners freed on Friday": the participle is theirs; and a list
    said to hold prisoners is read by ``listed_as_held``)."""
    if noun is None or noun.dep_ != "pobj" or noun.head.lower_ != "of" or noun.head.head.lemma_.lower() != "list":
        return False
    return gov is None or not any(a.i == noun.i for a in gov.ancestors)


def _on_held_list(noun, lex: Lexicon) -> bool:
    """"410 people on the list of political prisoners", "… on the political prisoner list";
    also "410 people are on the list", the place hung on the verb."""
    holders = [noun] + ([noun.head] if noun.dep_ == "nsubj" and noun.head.lemma_ == "be" else [])
    for prep in (c for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ in ("on", "in")):
        for tally in (c for c in prep.children if c.dep_ == "pobj" and c.lemma_.lower() in lex.tallies):
            if any(g.dep_ == "pobj" and noun_lemma(g) in HELD_WORDS
                   for of in tally.children if of.dep_ == "prep" and of.lower_ == "of" for g in of.children):
                return True
            if any(c.dep_ == "compound" and noun_lemma(c) in HELD_WORDS for c in tally.children):
                return True
    return False


def listed_as_held(noun) -> bool:
    """"there are 400 people in our lists", "480 people on the list", "published a list on 31
    July, which includes 204 people", "the list contains 1,000 names": people on a list, in a
    text that has named political prisoners before, are held now (as the lists of rights
    groups count them)."""
    doc = noun.doc
    if not any(political(t) for t in doc[:noun.i]):
        return False
    # (in the present: "200 people were on the list" may be a list of those to be freed; but
    # names on the lists of a text on political prisoners are their count, then as now: "last
    # spring 180 names were on the lists")
    named = noun.lemma_.lower() == "name"
    holders = [noun] + ([noun.head] if noun.dep_ in ("nsubj", "attr") and noun.head.lemma_ == "be"
                        and (noun.head.tag_ in ("VBP", "VBZ") or named) else [])
    if noun.dep_ in ("nsubj", "attr") and noun.head.lemma_ == "be" and noun.head.tag_ not in ("VBP", "VBZ") \
            and not named:
        return False
    if any(g.lemma_.lower() == "list" for h in holders for p in h.children if p.dep_ == "prep" and p.lower_ in ("on", "in")
           for g in p.children if g.dep_ == "pobj"):
        return True
    if noun.lemma_.lower() == "name" and noun.dep_ == "pobj" and noun.head.lower_ == "of" \
            and noun.head.head.lemma_.lower() == "list":
        return True  # "a list of 600 names, far from complete"
    verb = noun.head
    # ("the list has reached 300 names": its length, each name one held)
    if noun.dep_ != "dobj" or verb.lemma_.lower() not in ("include", "contain", "comprise") \
            and not (named and verb.lemma_.lower() == "reach"):
        return False
    if any(c.dep_ == "nsubj" and c.lower_ in ("it", "they") for c in verb.children) and noun.sent.start > 0:
        # ("Last year they contained 300 names": the lists of the sentence before)
        # "Memorial published its updated list. It includes 420 names": the list of the sentence before
        return any(t.lemma_.lower() == "list" for t in doc[noun.sent.start - 1].sent)
    return any(t.lemma_.lower() == "list" for t in doc[noun.sent.start:verb.i])


def _named_as_held(noun) -> bool:
    return any(c.dep_ == "acl" and c.lemma_.lower() in NAMING_VERBS and _as_held(c) for c in noun.children)


def _as_held(verb) -> bool:
    """"(recognised) as political prisoners"."""
    return any(g.dep_ == "pobj" and noun_lemma(g) in HELD_WORDS
               for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" for g in c.children)


def named_held_now(verb, lex: Lexicon) -> bool:
    """"are (currently) recognised as political prisoners": a stock, where "were recognised
    as political prisoners this year" counts new names over a period (no claim)."""
    if verb.lemma_.lower() not in NAMING_VERBS:
        return False
    held = _as_held(verb) or any(
        c.dep_ in ("oprd", "attr", "xcomp") and noun_lemma(c) in HELD_WORDS for c in verb.children) or any(
        a.dep_ == "attr" and noun_lemma(a) in HELD_WORDS for c in verb.children if c.dep_ == "xcomp" and c.lemma_ == "be"
        for a in c.children)  # "are judged to be political prisoners"
    # ("are considered political prisoners": the complement without "as")
    present = any(c.dep_ in ("aux", "auxpass") and c.lower_ in ("are", "is") for c in verb.children) \
        or as_of(verb.sent)  # ("as of 3 July, 1,150 people had been recognised as political prisoners": a stock on that day)
    # ("in early March, rights groups counted 1,400 people as political prisoners": what
    # they held them to be then, a state, where "recognised" names them once)
    present = present or verb.lemma_.lower() == "consider" and any(c.dep_ == "nsubj" for c in verb.children)
    # ("by the moment, 300 people have been named political prisoners": the perfect
    # told for the moment of writing, a stock, where "since 2020 … have been recognised" sums
    # every name over the years)
    return held and (present and not any(c.lower_ in ("have", "has") for c in verb.children)
                     or _at_the_moment(verb.sent))


def _at_the_moment(sentence) -> bool:
    """"at the moment", "by the moment", "at present": the figure is the one of now."""
    words = [t.lower_ for t in sentence]
    return any(words[i:i + 3] in (["at", "the", "moment"], ["by", "the", "moment"])
               or words[i:i + 2] == ["at", "present"] for i in range(len(words)))


def as_of(sentence) -> bool:
    """"as of 2 July", "at the end of 2022": a figure stated for a day."""
    return any(t.lower_ == "as" and t.i + 1 < sentence.end and t.nbor().lower_ == "of" or _at_the_end_of(t, sentence)
               for t in sentence)


def _at_the_end_of(end, sentence, by: str = "at") -> bool:
    """"at the end of 2022" (but "by the end of 2022, 889 were recognised" counts those named
    over the year)."""
    return end.lower_ == "end" and sentence.start + 2 <= end.i < sentence.end - 2 \
        and [t.lower_ for t in end.doc[end.i - 2:end.i + 2]] == [by, "the", "end", "of"] \
        and end.nbor(2).ent_type_ == "DATE"


def by_the_end(sentence) -> bool:
    """"by the end of June": a day that a state ("were held") is told for."""
    return any(_at_the_end_of(t, sentence, "by") for t in sentence)


# verbs that put a figure on the held
_TALLYING = RECORDING | {"estimate", "put", "report", "number"}


def _held_stock_verb(noun, lex: Lexicon) -> bool:
    head = noun
    while head.dep_ in ("conj", "appos", "compound") and head.head is not head:
        head = head.head
    if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.lemma_.lower() in lex.tallies:
        # "the number of political prisoners ..." (but "a total of 390 inmates had their jail
        # terms reduced": an amount of people something was done to)
        return not _done_to_total(head.head.head)
    if head.dep_ == "pobj" and head.head.lower_ == "to" and head.head.head.lower_ in ("close", "near") and \
            any(c.dep_ == "expl" for c in head.head.head.head.children):
        return True  # "there are close to 1,300 political prisoners"
    if head.dep_ == "pobj" and head.head.lower_ in ("among", "amongst") and head.head.head.lemma_ == "be":
        # "Nowak is among over 250 political prisoners" (but "among 90 hostages seized by a
        # militia" tells of their capture)
        # (nor "among ten Canadians who have now been in jail for years": custody so far)
        return not any(c.dep_ in ("acl", "relcl") and (c.lemma_.lower() in lex.verbs or c.lemma_.lower() == "take"
                                                       or custody_so_far(c))
                       for c in head.children)
    if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.lemma_.lower() in ("know", "aware"):
        return True  # "the centre knows of at least 150 prisoners at high risk"
    if head.dep_ == "pobj" and head.head.lower_ in ("at", "to") and head.head.head.lemma_.lower() in lex.stock_verbs \
            and head.head.head.lemma_.lower() not in ("be", "have"):
        return True  # "the total now stands at 1,190 political prisoners", "rose to 1,200 political prisoners"
    if head.lower_ == "number" and head.dep_ == "ROOT" and head.i > noun.i:
        return True  # "Belarus's political prisoners number about 1,100": the verb tagged a noun
    if head.dep_ == "ROOT" and any(c.dep_ == "advmod" and c.lower_ == "still" and c.i < head.i for c in head.children) \
            and not any(t.pos_ in ("VERB", "AUX") for t in head.sent):
        return True  # a headline with no verb, "Still more than 900 political prisoners"
    if political(noun) and not any(c.dep_ in ("conj", "cc") for c in noun.children) and not any(
            t.pos_ in ("VERB", "AUX") and t.lower_ != "according" for t in noun.sent) and (
            noun.dep_ == "ROOT" or any(t.ent_type_ == "GPE" or t.lower_ in ("today", "now", "currently")
                                       for t in noun.sent)):
        return True  # a line with no verb, "Today in Belarus 1,169 political prisoners": held, as the words say
    if head.dep_ == "pobj" and head.head.lower_ == "between" and head.head.dep_ == "prep" \
            and head.head.head.lemma_.lower() in _TALLYING:
        # "rights groups estimate between 600 and 900 detainees": the range the parser hung on
        # "between" (but a militant "standing between two hostages" tallies nobody)
        return True
    verb, lemma = head.head, head.head.lemma_.lower()
    if head.dep_ == "nsubj" and verb.dep_ == "ccomp" and verb.tag_ == "VBD" and verb.head.lemma_.lower() in (
            "have", "house") and not any(c.dep_ in ("aux", "auxpass", "dobj") for c in verb.children):
        # "Paraguay has 16,000 inmates spread across 18 prisons": the participle parsed as a verb
        head, verb, lemma = verb, verb.head, verb.head.lemma_.lower()
    elif head.dep_ not in ("nsubj", "attr", "dobj", "nsubjpass"):
        return False
    if political(noun) and head.i == noun.i and head.dep_ in ("nsubj", "nsubjpass") and _said_now(verb) \
            and not any(t.lower_.startswith("disappear") for t in verb.subtree):
        # "at least 27 political prisoners in its jails are mothers", "250 political prisoners are
        # sorted into eight groups": what the held are now (the guidelines' stock; but not
        # those "in a state of enforced disappearance", whom nobody is said to hold)
        return True
    if lemma not in lex.stock_verbs:
        return False
    if lemma == "house":
        # "the prison houses 3,000 inmates", "40,000 inmates are housed in these facilities"
        # ("Tacumbu prison houses …" in a headline's way, the verb tagged a noun; "the prison, which houses …")
        holders = [c for c in verb.children if c.dep_ in ("nsubj", "compound") and c.i < verb.i]
        holders += [verb.head] if verb.dep_ == "relcl" else []
        return head.dep_ == "nsubjpass" or not any(c.dep_ == "aux" for c in verb.children) and any(
            h.ent_type_ in ("GPE", "ORG") or h.lemma_.lower() in lex.holders for h in holders)
    if lemma == "be":  # "there are 1,200 political prisoners in the country", not "20 prisoners are ill"
        # ("410 people are on the political prisoner list": where they are, the list of the held)
        return any(c.dep_ == "expl" for c in verb.children) or head.dep_ == "nsubj" and _on_held_list(head, lex)
    if lemma in ("have", "keep"):  # "the country has 1,186 political prisoners"
        return any(c.dep_ == "nsubj" and (c.ent_type_ in ("GPE", "ORG") or c.lemma_.lower() in lex.holders)
                   for c in verb.children)
    return True


def _said_now(verb) -> bool:
    """A verb in the simple present, with no modal or perfect: "are", "are classified"."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a.tag_ == "MD" or a.lemma_ == "have" for a in auxes):
        return False
    return verb.tag_ in ("VBP", "VBZ") or verb.tag_ == "VBN" and any(a.tag_ in ("VBP", "VBZ") for a in auxes)


def _done_to_total(tally) -> bool:
    """"A total of 390 inmates had their terms cut": "a total of" only sums up the people
    something was done to; "the total of political prisoners" is the tally of the held."""
    verb = tally.head
    return any(c.lower_ == "a" for c in tally.children) and tally.dep_ == "nsubj" and verb.lemma_ == "have" \
        and any(c.dep_ in ("ccomp", "xcomp") and c.tag_ == "VBN" for c in verb.children)


def political(noun) -> bool:
    return noun_lemma(noun) == "prisoner" and any(c.dep_ == "amod" and c.lower_ == "political" for c in noun.children)

