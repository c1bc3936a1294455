"""Who undergoes what in a dependency parse: from a counted noun, a number or a name
up to the word that says what happened to it, and whether that is asserted, hedged or
negated."""

from __future__ import annotations

from newsmon.pipeline.process.custody import still_held
from newsmon.pipeline.process.stocks import RECORDING, held_stock
from newsmon.pipeline.process.lexicon import (
    CUSTODY_NOUNS,
    HELD_WORDS,
    PERSON_PREDICATES,
    SUBJECT_DEPS,
    TERMS,
    Lexicon,
    finds_guilty,
    headline_length,
    is_people,
    lifts_terms,
    noun_predicate,
    verb_predicate,
    verb_tagged_noun,
    word_predicate,
)

_ALONG = {"alongside", "besides"}
_GROUPS = {"group", "list", "batch", "bunch"}  # "That group included …": the group just freed
_AMOUNTS = {"dozen", "hundred", "thousand", "score", "couple", "handful", "wave", "contingent", "majority", "minority",
            "half", "third", "quarter", "rest", "remainder", "share", "proportion", "percent", "none", "all", "some",
            "most", "many", "each", "any", "several", "few", "both", "one", "minimum", "maximum", "part"}  # tallies ("number", "total"): the lexicon
# "continues to hold 1,000 prisoners", "managed to return 200 soldiers": done, not planned
_GOING_ON = {"continue", "keep", "begin", "start", "manage", "use"}  # (and "a tunnel used to hold 20 hostages")
_LET = {"allow", "permit"}  # "were allowed to go home": let go, when the allowing is told as done
_HANDING = frozenset({"hand", "transfer", "pass"})
_RULE = frozenset({"it", "power", "control", "office", "presidency", "leadership", "rein", "reins", "throne"})
_FACTIVE = {"thank", "praise", "applaud", "commend", "congratulate", "credit", "celebrate"}
# verbs that end a custody named as their object ("annulled the detention of five")
CUSTODY_ENDERS = frozenset({"end", "terminate", "annul", "lift", "cancel", "quash", "overturn"})
_WELCOMING = frozenset({"welcome", "hail", "applaud", "celebrate"})
# what one protests or condemns has happened as surely as what one welcomes
_DECRYING = frozenset({"protest", "condemn", "denounce", "decry", "deplore", "criticise", "criticize"})
_NOT_YET = {"planned", "proposed", "expected", "promised", "possible", "potential", "anticipated", "prospective",
            "pending", "imminent", "impending", "forthcoming", "upcoming"}
_FACT_OPENERS = {"when", "after", "since", "before", "as", "while", "because"}
# (and "wants", which the parser may hang on the participle it governs: "nine Americans it
# wants returned")
_AUX_HEDGES = {"could", "may", "might", "should", "would", "will", "shall", "must", "wants", "want", "wanted"}
_GUESSED = frozenset({"presumably", "possibly", "probably", "perhaps", "maybe", "allegedly"})


# "Those pardoned included four convicted of spying": the count is one of the group, and its
# participle says what else befell it
_INCLUDING = frozenset({"include", "comprise", "cover"})
# what a release's name can stand before ("the amnesty list", "the amnesty act")
_LISTS = frozenset({"list", "group", "batch", "decree", "act", "law"})


def _part_is_subject(verb) -> bool:
    """Whether ``verb`` has a counted subject of its own: a part, when a partitive "Of the
    N …" opens its clause."""
    return any(c.dep_ in ("nsubj", "nsubjpass") and (c.pos_ == "NUM" or any(g.dep_ == "nummod" for g in c.children))
               for c in verb.children)


def _of_the_dead(noun, lex: Lexicon) -> bool:
    """"handing over the bodies of three captives": an event whose "of" is the dead."""
    return any(g.lemma_.lower() in lex.bodies for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
               for g in c.children)


# what stands before a list that names a group just counted ("218 were exchanged – 108 women …")
LIST_DASHES = frozenset({"–", "—", "-", "--", ":"})


def _with_whence(noun) -> list:
    """The children of ``noun``, and those of the place it is "from" ("the release from jail of
    A": the parser hangs the "of" on the jail)."""
    whence = [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "from" for g in c.children if g.dep_ == "pobj"]
    return [*noun.children, *(c for g in whence for c in g.children)]


def governor(token, lex: Lexicon):
    """The token that says what happened to ``token`` (a counted noun, a number or a
    person), and the predicate: climbs conjunctions, appositions and "including"."""
    current = token
    if token.pos_ == "NUM" and verb_tagged_noun(token.head, lex):
        return token.head, verb_predicate(token.head, lex)  # "Emir pardons 412 ahead of Eid"
    if token.pos_ == "NUM" and not (token.dep_ in ("dobj", "conj") and token.head.lemma_ in _INCLUDING) \
            and not (token.dep_ == "dobj" and verb_predicate(token.head, lex) in PERSON_PREDICATES):
        # (but "pardoned 37 convicted of extremism": the verb frees them, the participle says
        # what befell them before)
        for child in token.children:
            if child.dep_ == "acl" and child.tag_ == "VBN" and (predicate := verb_predicate(child, lex)):
                return child, predicate  # a headline: "Some 800 detained at rallies in the capital: monitor"
            if child.dep_ == "acl" and child.tag_ == "VBN" and token.dep_ == "conj" and child.lemma_.lower() in lex.verbs:
                # "300 were detained and 120 expelled from their colleges": the count's own
                # participle, in a sense that is none of the predicates, not the verb before
                return child, None
    if token.pos_ == "NOUN" and (taken := _verb_taken_for_subject(token, lex)) is not None:
        return taken, lex.verbs[taken.lemma_.lower()]
    for _ in range(12):
        dep, head = current.dep_, current.head
        if dep == "dobj" and head.pos_ == "VERB" and head.dep_ == "conj" and verb_predicate(head, lex) is None \
                and head.head.pos_ == "VERB" and (first := verb_predicate(head.head, lex)) is not None \
                and any(c.dep_ == "cc" and c.lower_ in ("or", "and") for c in head.head.children) \
                and not any(c.dep_ in ("dobj", "nsubjpass") for c in head.head.children) \
                and (first in PERSON_PREDICATES or _joined_next(head.head, head)):
            # "has deported or forcibly moved more than 4,000 children", "arrested and charged six
            # people": the object is both verbs' (an arrest only when the two verbs stand side by
            # side: not "the rallies held on Sundays and drawing 200,000 people")
            return head.head, verb_predicate(head.head, lex)
        if head.i == current.i:
            return _shared_participle(current, lex)
        if dep == "pobj" and head.lower_ == "of" and head.head.lower_ in SOME_OF and current.i == token.i \
                and head.head.dep_ in ("nsubj", "nsubjpass") and any(c.dep_ == "nummod" for c in current.children):
            return None, None  # "some of the 300 lawyers arrested … are being released": a part of no size freed
        if dep == "nsubj" and head.lemma_.lower() == "guilty" and finds_guilty(head.head):
            return head.head, "sentenced"  # "found seven critics guilty"
        if (dep == "conj" or dep == "appos" and current.left_edge.i > 0 and current.doc[current.left_edge.i - 1].text in LIST_DASHES) \
                and head.pos_ in ("VERB", "AUX") and current.pos_ in ("PROPN", "NOUN", "NUM"):
            # a name or count the parser hung on the verb ("Among those freed were A, and B";
            # "detained the editor, A, and four of her reporters"; "218 were exchanged – 108 women
            # and 110 sailors"): it shares the verb's group
            if head.lemma_ == "be":
                return _copula_target(head, current, lex)
            if head.lemma_ in _INCLUDING:
                return _included_in(head, lex)  # "Those pardoned included four …, and two arrested at…"
            return head, verb_predicate(head, lex)
        if dep == "conj" and head.ent_type_ in ("DATE", "TIME") and current.pos_ == "NOUN":
            # "release 1,700 Palestinians detained since 7 October, and 250 prisoners": the
            # parser joined the count to the date; it belongs with the count before it
            counted = next((t for t in reversed(current.doc[current.sent.start:head.i]) if t.pos_ in ("NOUN", "PROPN")
                            and any(c.dep_ == "nummod" for c in t.children) and is_people(t, lex)), None)
            if counted is not None:
                current = counted
                continue
        if dep == "conj" and head.pos_ == "NOUN" and head.dep_ == "pobj" and not is_people(head, lex) \
                and current.pos_ == "NOUN" and any(c.dep_ == "nummod" for c in current.children) \
                and (joined := _object_before(head, lex)) is not None:
            # "jailed an editor for 12 years for treason and 14 others": the parser joined
            # the count to the offence; it belongs with the verb's object
            current = joined
            continue
        if dep == "conj" and head.pos_ == "NOUN" and head.lemma_.lower() in TERMS and current.like_num \
                and (earlier := next((a.head for a in head.ancestors if a.dep_ == "relcl"), None)) is not None \
                and earlier.like_num:
            # "Among those to be freed are 100 who were sentenced to long terms and 400 who were
            # detained": the parser joined the second count to the terms; it is listed with the
            # first (its own clause adds what befell it)
            current = earlier
            continue
        release = head.head.head if head.dep_ == "pobj" and head.head.lower_ == "from" else head
        if dep == "conj" and head.pos_ == "NOUN" and current.pos_ == "NOUN" and is_people(current, lex) \
                and any(c.dep_ == "nummod" for c in current.children) \
                and any(c.dep_ == "prep" and c.lower_ == "of" and any(is_people(g, lex) or g.ent_type_ == "PERSON"
                                                                       for g in c.children)
                        for c in _with_whence(release)) \
                and (predicate := noun_predicate(release, lex)) in PERSON_PREDICATES:
            # "the release of the poet, A, and the other 38 detainees": the parser
            # joined the count to the release (or to the place it is from: "the release from
            # jail of A and five other prisoners"); it is a second "of" of it
            return release, predicate
        if dep in ("npadvmod", "dobj") and current.pos_ == "PROPN" and head.pos_ == "NOUN" and head.i < current.i:
            current = head  # "are activists Ziyad Al-Alimi and …": a name the parser hung on its role
            # (a noun takes no object: "dobj" under one is the same misparse)
            continue
        if dep == "appos" and is_source(head) and head.head.head.head.pos_ == "VERB" and current.pos_ != "PROPN" and (
                current.pos_ == "NUM" or any(c.dep_ == "nummod" for c in current.children)):
            # "According to officials, 10 prisoners were moved to Russia": the subject the
            # parser hung on the source
            verb = head.head.head.head
            return verb, verb_predicate(verb, lex)
        if dep == "appos" and head.pos_ == "VERB" and any(c.dep_ == "auxpass" and c.i > head.i for c in head.children) \
                and (predicate := verb_predicate(head, lex)):
            return head, predicate  # "released were: 40 activists, 6 journalists": the passive turned round
        if dep in ("conj", "appos", "compound", "flat", "nummod", "quantmod"):
            if dep == "appos" and head.lemma_.lower() in lex.bodies:
                return None, None  # "three bodies were handed back – two foreigners and a woman": the dead
            if dep == "appos" and head.pos_ == "NOUN":
                node, predicate = modifier_predicate(head, lex)
                if predicate in PERSON_PREDICATES:
                    return node, predicate  # "Several freed dissidents, among them A and B"
                if (any(c.dep_ == "nummod" for c in current.children) and is_people(current, lex)
                    or current.pos_ == "NUM" and any(is_people(g, lex) for p in head.children if p.lower_ == "of"
                                                     for g in p.children)) \
                        and current.left_edge.i > 0 and current.doc[current.left_edge.i - 1].text in ("—", "–", ":", "--") \
                        and noun_predicate(head, lex) in PERSON_PREDICATES:
                    # "the freeing of the prisoners — 24 women and 15 teenagers", the count hung on the
                    # event (or "the release of the crew – 14 in all –", the people's number alone)
                    return head, noun_predicate(head, lex)
            current = head
            continue
        if dep == "ccomp" and current.pos_ == "NOUN" and (found := _verb_on_subject(current, lex))[0] is not None:
            return found  # (the same, made the clause of "said")
        if dep == "pobj" and head.lower_ == "of" and (event := _event_before_time(head.head, lex)) is not None:
            # "the arrest on Monday night of 14 union leaders": the "of" the parser hung on the time
            return event, noun_predicate(event, lex)
        as_of = head if head.lower_ == "as" else head.head if head.lower_ == "of" else None
        if dep == "pobj" and as_of is not None and as_of.lower_ == "as" and current.tag_ == "NNS" \
                and as_of.i + 1 < len(as_of.doc) and as_of.doc[as_of.i + 1].lower_ == "of":
            return None, None  # "…, as of June 1, 1100 political prisoners held": a tally on a date, no deed
        if dep == "pobj" and head.lower_ == "of" and head.head.dep_ == "pobj" and head.head.head.lower_ == "from" \
                and (predicate := noun_predicate(head.head.head.head, lex)) in PERSON_PREDICATES:
            return head.head.head.head, predicate  # "the release from jail of A": the "of" hung on the jail
        if dep == "pobj" and head.lower_ == "of" and head.head.ent_type_ == "DATE" and current.ent_type_ != "DATE" \
                and (verb := _verb_of_date(head.head)) is not None:
            # "released on Friday 9th of June two German nationals": the object the parser
            # hung on the date before it
            return verb, verb_predicate(verb, lex)
        if dep == "pobj" and head.dep_ in ("prep", "dative"):  # "granted amnesty to 2,000": a dative "to"
            prep, gov = head, head.head
            if prep.lower_ == "with" and gov.lower_ in ("along", "together") or prep.lower_ in _ALONG:
                # "Five were released along with three Poles": the same thing happened to them
                verb = gov.head if gov.lower_ in ("along", "together") else gov
                if verb_predicate(verb, lex) is None and verb.dep_ == "conj" and any(
                        c.dep_ in ("nsubj", "nsubjpass") and c.i > prep.i for c in verb.children) \
                        and (earlier := verb_predicate(verb.head, lex)) is not None:
                    # "Four are still in captivity, along with two Kenyans, some of whom …": the
                    # parser hung the phrase on the next clause, whose own subject follows it
                    return verb.head, earlier
                if (predicate := verb_predicate(verb, lex)) is None:
                    # "announced her pardoning with 600 other inmates alongside": what the verb's object names
                    named = next((c for c in verb.children if c.dep_ == "dobj" and noun_predicate(c, lex)), None)
                    if named is not None:
                        return named, noun_predicate(named, lex)
                if predicate is None and noun_predicate(verb, lex) in (*PERSON_PREDICATES, "detained"):
                    return verb, noun_predicate(verb, lex)  # "the arrest of the mayor along with 53 others"
                return verb, predicate
            if prep.lower_ == "of" and gov.lemma_.lower() in CUSTODY_NOUNS and gov.dep_ in ("dobj", "nsubjpass") \
                    and gov.head.lemma_.lower() in CUSTODY_ENDERS:
                # "the court ended the detention of 12 villagers", "the detention of five was lifted"
                return gov.head, "released"
            if prep.lower_ == "of" and gov.lemma_.lower() in CUSTODY_NOUNS and gov.dep_ == "dobj" \
                    and gov.head.lemma_.lower() in ("maintain", "uphold"):
                return gov.head, "remain_imprisoned"  # "chose to maintain custody of 90 suspects": kept in
            if prep.lower_ == "of" and gov.lemma_.lower() in ("consist", "comprise"):
                return _included_in(gov, lex)  # "the pardoned consist of six women and 21 men"
            if prep.lower_ == "to" and gov.lemma_.lower() in _HANDING \
                    and any(c.dep_ == "dobj" and c.lemma_.lower() in _RULE for c in gov.children):
                return None, None  # "handed power over to his son X": who receives rule, not a freed person
            made = gov.head if gov.lower_ == "up" and gov.dep_ == "prt" else gov
            if prep.lower_ == "of" and made.lemma_.lower() == "make" and any(
                    c.dep_ == "prt" and c.lower_ == "up" for c in made.children):
                return _included_in(made, lex)  # "the group was formed of four women and 15 men"
            if prep.lower_ == "to" and noun_predicate(gov, lex) == "pardoned":
                return gov, "pardoned"  # "granted clemency last week to eight", with "granted" an adjective
            if prep.lower_ == "at" and gov.dep_ == "acl" and gov.tag_ == "VBN" and gov.head.dep_ == "pobj" \
                    and gov.head.head.lower_ == "of" and gov.head.head.head.lemma_.lower() in lex.tallies \
                    and (predicate := verb_predicate(gov, lex)):
                # "put the number of students jailed at 90": the parser hung the "at" on the
                # participle of the people the tally counts
                return gov, predicate
            if prep.lower_ == "at" and gov.lemma_.lower() in ("estimate", "put", "number") and gov.dep_ == "acl" \
                    and _estimated_held(gov.head, lex) is not None:
                # "to free every political detainee, estimated at over 200": how many are
                # held (asserted by the estimate, whatever is asked for their release)
                return gov, "remain_imprisoned"
            if prep.lower_ == "to" and gov.lower_ == "addition" and gov.dep_ == "pobj" and gov.head.lower_ == "in" \
                    and gov.head.head.pos_ == "VERB" and (predicate := verb_predicate(gov.head.head, lex)) \
                    and any(c.dep_ == "nsubjpass" for c in gov.head.head.children):
                # "500 were held on Sunday, in addition to the 800 held on Saturday": more of the
                # same
                return gov.head.head, predicate
            if prep.lower_ == "of" and gov.lemma_.lower() in ("favour", "favor") and gov.dep_ == "pobj" \
                    and gov.head.lower_ == "in":
                # "signed clemency measures in favour of 40 inmates": the pardon the "in" is
                # hung on, or the verb's object that names one
                owner = gov.head.head
                named = [owner] + [c for c in owner.children if c.dep_ == "dobj" and owner.pos_ == "VERB"]
                found = next((n for n in named if noun_predicate(n, lex) == "pardoned"), None)
                if found is not None:
                    return found, "pardoned"
            if prep.lower_ == "for" and gov.pos_ == "VERB" and prep.i > 0 \
                    and noun_predicate(prep.doc[prep.i - 1], lex) == "pardoned":
                # "were freed under an amnesty for 6,100 prisoners": the parser hung the "for"
                # on the verb; the amnesty right before it is what it is for
                return prep.doc[prep.i - 1], "pardoned"
            if prep.lower_ == "for" and gov.pos_ == "NOUN" and gov.lemma_.lower() not in lex.hedges and any(
                    c.dep_ == "compound" and noun_predicate(c, lex) == "pardoned" for c in gov.children):
                return gov, "pardoned"  # "signed an amnesty order for 2,150 convicts"
            if prep.lower_ == "of" and gov.lemma_.lower() in TERMS and gov.dep_ in ("dobj", "nsubjpass") \
                    and lifts_terms(gov.head):
                return gov.head, "pardoned"  # "pardoned the remaining prison terms of 323 convicts"
            if prep.lower_ == "of" and gov.lemma_.lower() in TERMS and gov.dep_ == "dobj" and gov.head.dep_ == "conj" \
                    and verb_predicate(gov.head.head, lex) == "pardoned" \
                    and not any(c.dep_ == "dobj" and not _bare_act(c, "pardoned", lex) for c in gov.head.head.children):
                # "has pardoned or cut the sentences of 2,000 prisoners": the object is both verbs'
                # (and "granted pardons or commuted the terms of 2,000": the act, given to no one else)
                return gov.head.head, "pardoned"
            if prep.lower_ == "as" and current.lower_ == "part" and gov.pos_ == "NOUN" \
                    and (predicate := noun_predicate(gov, lex)) in PERSON_PREDICATES:
                return gov, predicate  # "her release, as part of a freed group of 31 inmates"
            if prep.lower_ == "against" and (gov.lemma_.lower() == "verdict" or gov.lemma_.lower() in TERMS
                                             and gov.dep_ == "dobj" and gov.head.lemma_.lower() in _TERMS_GIVEN):
                # "read out the verdict against nine defendants", "upheld long terms against four
                # bloggers": convicted them
                return gov, "sentenced"
            if (predicate := noun_predicate(gov, lex)) and prep.lower_ in ("of", "for") and not (
                    prep.lower_ == "for" and _of_the_dead(gov, lex)):
                # (but handing over three captives' bodies "for 600 prisoners" hands
                # over the dead, whatever is given for them)
                if predicate == "detained" and _ongoing(gov):
                    return gov, "remain_imprisoned"  # "the continued detention of 9 journalists"
                return gov, predicate
            if prep.lower_ == "for" and gov.lemma_.lower() in _PROLONGING:
                # "the extension of pre-trial custody for 9 journalists": held on
                held = [g for c in gov.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                        if g.dep_ == "pobj" and noun_predicate(g, lex) == "detained"]
                if held:
                    return held[0], "remain_imprisoned"
            if prep.lower_ == "as" and gov.lemma_.lower() in ("identify", "name", "give", "list", "describe"):
                # "The three released civilians were identified as A, B and C": the group's fate;
                # "described the freed detainees as 31 men and six women": the object's
                subject = next((c for c in gov.children if c.dep_ == "nsubjpass"), None) or next(
                    (c for c in gov.children if c.dep_ == "dobj" and c.i < prep.i), None)
                if subject is not None and subject.lemma_.lower() in ("identity", "name"):
                    # "The names of the freed hostages were given as A, B and C"
                    subject = next((g for c in subject.children if c.dep_ == "prep" and c.lower_ == "of"
                                    for g in c.children if g.dep_ == "pobj"), subject)
                node, predicate = modifier_predicate(subject, lex) if subject is not None else (None, None)
                if predicate in PERSON_PREDICATES:
                    return node, predicate
                if subject is None and gov.dep_ == "acl" and gov.head.pos_ == "NOUN":
                    current = gov.head  # "two conscripts identified as A and B": the names are the conscripts
                    continue
            if prep.lower_ in ("of", "for", "to") and (gov.pos_ in ("VERB", "AUX") or gov.dep_ == "ROOT"):
                # (a headline's verb may be tagged a noun: "junta grants amnesty to 3,000")
                # "welcomes the release today of 52 prisoners", "announces amnesty for 2,000
                # prisoners", "grants pardon to 37": the preposition hung on the verb
                # (and "Emir signs decree on pardon for 40 convicts", the noun "decree" tagged a verb)
                named = [g for c in gov.children if c.dep_ == "prep" and c.lower_ == "on" and c.i < prep.i
                         for g in c.children if g.dep_ == "pobj"]
                for child in [*gov.children, *named]:
                    if (child.dep_ in ("dobj", "nsubjpass") or child in named) and child.i < prep.i \
                            and not (prep.lower_ == "for" and _of_the_dead(child, lex)) and (
                            predicate := noun_predicate(child, lex) or (
                                lex.nouns.get(child.lower_) if gov.pos_ == "NOUN" else None) or next(
                                (noun_predicate(c, lex) for c in child.children if c.dep_ == "compound"
                                 and noun_predicate(c, lex) == "pardoned"), None)):
                        return child, predicate  # (and "an amnesty order he signed for 900 convicts")
            such_as = prep.lower_ == "as" and (any(c.lower_ == "such" for c in (*prep.children, *gov.children)) or (
                prep.i > 0 and prep.doc[prep.i - 1].lower_ == "such"))  # ("such political figures as")
            if such_as and gov.dep_ == "pobj" and not is_people(gov, lex) and is_people(gov.head.head, lex):
                gov = gov.head.head  # "names from the unions, such as A": the parser hung it on "unions"
            if prep.lower_ == "including" and (gov.pos_ == "NOUN" or gov.ent_type_ in ("GPE", "ORG")) \
                    and not is_people(gov, lex):
                # "1,140 people remain behind bars on political charges, including 170 women", "55
                # were held by Moscow, including nine civilians": the parser hung the list on the
                # nearest noun; it belongs to the people counted before
                gov = next((t for t in reversed(prep.doc[prep.sent.start:prep.i]) if t.pos_ == "NOUN"
                            and (is_people(t, lex) or _freed_group(t, lex))), gov)
                if _freed_group(gov, lex):
                    return gov, word_predicate(gov, lex)  # "media named some of the freed, among them A"
            if (prep.lower_ in ("including", "among", "amongst", "like", "of") or such_as) and (
                    gov.pos_ in ("NOUN", "PROPN", "NUM", "PRON") or gov.pos_ == "DET" and prep.lower_ == "including"):
                if prep.lower_ == "of" and gov.lemma_.lower() in _GROUPS \
                        and (own := modifier_predicate(current, lex))[1] in PERSON_PREDICATES:
                    return own  # "part of the group of 52 prisoners released and deported": their own clause
                # "52 prisoners, including nine journalists"; "freed dissidents, among them X"
                node, predicate = modifier_predicate(gov, lex)
                if predicate in PERSON_PREDICATES:
                    return node, predicate
                if prep.lower_ == "including" and gov.pos_ in ("NUM", "PRON", "DET") \
                        and (found := of_group_predicate(gov, lex))[1] in PERSON_PREDICATES:
                    return found  # "several of the dissidents freed in the swap, including X"
                if belongs_to_another(current, lex):
                    return None, None
                current = gov
                continue
            if prep.lower_ == "of" and prep.i < gov.i and _part_is_subject(gov):
                # "Of the 2,000 people arrested, 640 have been released": the verb is the part's;
                # the whole keeps what its own words say
                node, predicate = modifier_predicate(current, lex)
                return (node, predicate) if predicate else (None, None)
            if predicate := verb_predicate(gov, lex):
                return gov, predicate
            return None, None
        if dep == "npadvmod" and head.pos_ == "ADV" and head.head.pos_ == "VERB" and head.i > current.i:
            # "has pardoned over 6,000 prisoners before a national holiday": the object
            # the parser hung on the adverb after it
            return head.head, verb_predicate(head.head, lex)
        if dep in ("nsubj", "nsubjpass", "dobj", "attr", "oprd", "npadvmod", "dative", "agent", "pobj"):
            if dep in ("nsubj", "nsubjpass") and head.dep_ == "auxpass" and head.head.pos_ == "VERB" \
                    and head.lemma_.lower() in ("remain", "stay"):
                head = head.head  # "of whom 676 remain detained", with "remain" parsed as the passive's auxiliary
            if dep == "nsubj" and head.lemma_ == "be":
                # "132 are to be released from prison": what is to happen, not a state
                for child in head.children:
                    if child.dep_ == "xcomp" and child.pos_ == "VERB" and (predicate := verb_predicate(child, lex)):
                        return child, predicate
            if dep == "nsubj" and head.lemma_ == "have" and (done := _done_to_sentence(head, lex))[0] is not None:
                return done  # "nine women and 31 men had their sentences pardoned", "seven had their terms annulled"
            if dep == "nsubj" and (reduced_relative(head) or object_participle(head, lex)) \
                    and (predicate := verb_predicate(head.head, lex)):
                return head.head, predicate
            if dep == "nsubj" and (later := misread_participle(head)) is not None \
                    and (predicate := verb_predicate(later, lex)):
                return later, predicate
            if dep == "dobj" and head.lemma_ == "hand" and any(
                    c.dep_ == "nsubjpass" and c.ent_type_ in ("GPE", "NORP", "ORG") for c in head.children):
                return head, "released"  # "In return, Russia was handed A, B and C": given back in a swap
            if dep in ("nsubj", "nsubjpass") and head.dep_ in ("csubj", "csubjpass") \
                    and (predicate := verb_predicate(head.head, lex)) in PERSON_PREDICATES:
                # "four Russians being held in Norway were released": the parser made the
                # participle phrase the subject clause of the verb that frees them
                return head.head, predicate
            if predicate := verb_predicate(head, lex):
                if dep == "nsubj" and is_agent(head, lex) and not _counted_headline_subject(current, head):
                    return None, None  # "Lukashenko pardoned 30 prisoners": the agent, not the freed
                return head, predicate
            if dep in ("nsubj", "nsubjpass") and (shared := _shared_subject_verb(head, lex)) is not None:
                return shared, verb_predicate(shared, lex)  # "A and B received warnings and were released"
            if head.lemma_ in ("include", "cover", "comprise") and dep == "dobj":
                return _included_in(head, lex)
            if head.lemma_ in ("involve", "affect", "target") and dep == "dobj" and head.dep_ in ("acl", "relcl") \
                    and (predicate := noun_predicate(head.head, lex)) in (*PERSON_PREDICATES, "detained"):
                # "a swap involving 26 people", "arrests involving 20 opposition figures",
                # "pardon measures which affect ninety people"
                return head.head, predicate
            if (found := _included_passive(head, dep, lex))[0] is not None:
                return found
            if head.lemma_ == "be" and dep == "attr" and head.lower_ == "being" and head.dep_ == "pcomp" \
                    and head.head.lower_ in ("among", "amongst") and head.head.head.pos_ == "VERB" \
                    and (predicate := verb_predicate(head.head.head, lex)):
                # "Police detained five more persons, among them being three party members": of those
                return head.head.head, predicate
            if head.lemma_ == "be" and dep in ("nsubj", "attr"):
                return _copula_target(head, current, lex)
            if dep == "nsubj" and head.pos_ == "NOUN" and any(c.dep_ == "dobj" for c in head.children):
                return None, None  # a headline's verb tagged a noun: "Sheikh Mohamed pardons 1,000 prisoners"
            if predicate := noun_predicate(head, lex):
                return head, predicate
            return head, None
        if dep in ("acl", "relcl", "amod") and current.pos_ in ("VERB", "ADJ"):
            return current, verb_predicate(current, lex)
        return None, None
    return None, None


_TIMES = frozenset({"night", "evening", "morning", "afternoon", "day", "weekend"})


def _event_before_time(time, lex: Lexicon):
    """The event noun right before a time phrase ("the detention on Tuesday evening", "the
    release last week"), or None."""
    if time.ent_type_ not in ("DATE", "TIME") and time.lemma_.lower() not in _TIMES:
        return None
    phrase = time.left_edge
    if time.dep_ == "pobj" and time.head.dep_ == "prep":
        phrase = time.head
    if phrase.i == 0:
        return None
    event = time.doc[phrase.i - 1]
    return event if event.pos_ == "NOUN" and noun_predicate(event, lex) is not None else None


def _verb_of_date(date):
    """The verb a date phrase ("on Friday 9th of June") tells the time of, or None."""
    node = date
    for _ in range(3):
        if node.dep_ not in ("pobj", "prep", "npadvmod", "compound") or node.head.i == node.i:
            return None
        node = node.head
        if node.pos_ == "VERB":
            return node
    return None


def _verb_on_subject(noun, lex: Lexicon):
    """"Morocco's Prisons Authority released on Sunday 1,200 inmates", parsed with the
    inmates as the head of the clause and the verb as a participle on its subject."""
    for subject in (c for c in noun.children if c.dep_ == "nsubj" and c.pos_ == "PROPN"):
        for verb in subject.children:
            if verb.dep_ == "acl" and verb.tag_ in ("VBD", "VBN") and subject.i < verb.i < noun.i \
                    and (predicate := verb_predicate(verb, lex)):
                return verb, predicate
    return None, None


def _shared_participle(root, lex: Lexicon):
    """"120 Armenians and 95 Azerbaijanis freed in deal": a headline's coordinated
    counts share the participle on the last of them."""
    if root.pos_ not in ("NOUN", "PROPN"):
        return None, None
    if (found := _verb_on_subject(root, lex))[0] is not None:
        return found
    for conj in (c for c in root.children if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN")):
        for child in conj.children:
            if child.dep_ == "acl" and child.tag_ == "VBN" and (predicate := verb_predicate(child, lex)):
                return child, predicate
    return None, None


def is_source(token) -> bool:
    """The source in "according to X"."""
    return token.dep_ == "pobj" and token.head.lower_ == "to" and token.head.head.lower_ == "according"


def _freed_group(token, lex: Lexicon) -> bool:
    """"the freed", "those released": a participle the tagger took for a noun, naming a group."""
    return token.pos_ == "NOUN" and token.lower_.endswith("ed") and word_predicate(token, lex) in PERSON_PREDICATES


_PROLONGING = frozenset({"extension", "prolongation", "renewal"})


def _ongoing(noun) -> bool:
    """"the ongoing detention", "the extended detention", "the extension of the detention"."""
    if any(c.dep_ == "amod" and c.lower_ in ("ongoing", "continued", "continuing", "prolonged", "extended")
           for c in noun.children):
        return True
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in ("extend", "prolong", "renew"):
        return True  # "rulings that extend the pre-trial custody of six reporters"
    if noun.dep_ == "dobj" and noun.head.tag_ in ("VBZ", "VBP") and any(
            c.dep_ == "advmod" and c.lower_ in ("currently", "still") for c in noun.head.children):
        return True  # "officials currently confirm the detention of 19 Armenians": held now
    return noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_.lower() in _PROLONGING


def reduced_relative(verb) -> bool:
    """"250 individuals convicted of extremism were pardoned": a participle the parser made
    a clause with its own subject (the noun), the subject of the sentence's verb; it is a
    description of the noun, and the sentence's verb says what happened to them. (The
    tagger may call it a past tense: "Two Thais taken hostage are freed".)"""
    return verb.tag_ in ("VBN", "VBD") and verb.dep_ in ("nsubj", "nsubjpass", "csubj", "csubjpass") \
        and verb.head is not verb and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)


def _done_to_sentence(have, lex: Lexicon):
    """"had their sentences pardoned", "had their terms annulled": the participle that frees
    the subject through its sentence, and its predicate (but "had their sentences halved"
    frees nobody; "had their sentences upheld" keeps them sentenced); else (None, None)."""
    terms = [c for c in have.children if c.dep_ == "dobj" and c.lemma_.lower() in (*TERMS, "conviction")]
    # (the participle the parser hung on the terms, "had [their sentences upheld]", or on the verb)
    participles = [a for t in terms for a in t.children if a.dep_ == "acl" and a.tag_ == "VBN"]
    for verb in (*(c for c in have.children if c.dep_ in ("ccomp", "xcomp", "oprd") and c.tag_ == "VBN"), *participles):
        if verb not in participles and not any(c.dep_ in ("nsubj", "nsubjpass", "dobj")
                                               and c.lemma_.lower() in (*TERMS, "conviction") for c in verb.children):
            continue
        if (predicate := verb_predicate(verb, lex)) in PERSON_PREDICATES:
            return verb, predicate
        if lifts_terms(verb):
            return verb, "pardoned"  # ("annulled" is no verb of the lexicon: it lifts a term as a pardon does)
        if verb.lemma_.lower() in ("uphold", "confirm"):
            return verb, "sentenced"
    return None, None


def _object_before(noun, lex: Lexicon):
    """The people the verb above ``noun`` acts on, named before it: its direct object."""
    verb = next((a for a in noun.ancestors if a.pos_ == "VERB"), None)
    if verb is None:
        return None
    return next((c for c in verb.children if c.dep_ == "dobj" and c.i < noun.i and is_people(c, lex)), None)


def object_participle(verb, lex: Lexicon) -> bool:
    """"Lukashenko frees 18 Lithuanians imprisoned in Belarus": the parser made the freed
    and a participle on them a clause under the verb that frees them. The noun is that verb's
    object; the participle describes it."""
    head = verb.head
    return verb.tag_ in ("VBN", "VBD") and verb.dep_ in ("ccomp", "xcomp") and head.i < verb.i \
        and not any(c.dep_ in ("aux", "auxpass") for c in verb.children) \
        and not any(c.dep_ == "dobj" for c in head.children) and verb_predicate(head, lex) in PERSON_PREDICATES


def misread_participle(verb):
    """"Five teachers jailed for a year on charges that … have been freed": the
    parser took the participle for the sentence's verb and hung the real one, a passive with
    no subject of its own, on a noun after it, or beside it under a verb of saying ("said three
    students "wrongly" jailed in Tehran were freed"). Returns that later verb, or None."""
    # ("Two men convicted for breaking a fence during the protests … have been released": an object the
    # parser gave the participle does not stop a passive joined to it)
    passive = [c for c in verb.children if c.dep_ == "conj" and c.tag_ == "VBN" and c.i > verb.i
               and any(a.dep_ == "auxpass" for a in c.children)
               and not any(s.dep_ in ("nsubj", "nsubjpass") for s in c.children)]
    if verb.tag_ not in ("VBD", "VBN") or verb.dep_ not in ("ROOT", "ccomp") \
            or any(c.dep_ in ("aux", "auxpass") or c.dep_ == "dobj" and not _held_as(verb, c) and not passive
                   for c in verb.children):
        return None
    later = [t for t in verb.subtree if t.dep_ in ("acl", "relcl")] if verb.tag_ == "VBD" else []
    if any(c.dep_ == "dobj" for c in verb.children):
        # "Three Britons held hostage in Mali … were freed": the passive joined to the participle
        later += [c for c in verb.children if c.dep_ == "conj"]
    elif verb.dep_ == "ROOT":
        later += passive  # "The six protestors detained at a rally … have been granted release"
    if verb.dep_ == "ccomp":
        later += [c for c in verb.head.children if c.dep_ == "ccomp"]
    # "Five people abducted from a church … have been safely freed": the finite
    # passive hung on the participle as an unlabelled dependent (or, "Three journalists
    # detained over their reporting on the war have just been freed", as an adverbial clause
    # or a clausal complement)
    later += [c for c in verb.children if c.dep_ in ("dep", "advcl", "ccomp")]
    for token in later:
        if token.i <= verb.i or token.tag_ != "VBN":
            continue
        auxes = [c for c in token.children if c.dep_ in ("aux", "auxpass")]
        if any(c.dep_ in ("nsubj", "nsubjpass", "mark") or c.tag_ in ("WDT", "WP") for c in token.children) \
                or not any(c.tag_ in ("VBP", "VBZ", "VBD") for c in auxes) or not any(c.dep_ == "auxpass" for c in auxes):
            continue  # (a relative clause with its own subject or pronoun is the noun's)
        return token
    return None


def _bare_act(obj, predicate: str, lex: Lexicon) -> bool:
    """"pardons" in "granted pardons or commuted …": the act the verb names with its object,
    given to nobody of its own (not "granted pardons to 500")."""
    return obj.pos_ == "NOUN" and noun_predicate(obj, lex) == predicate and not any(
        c.dep_ in ("prep", "nummod") for c in obj.children) and not any(
        c.dep_ == "dative" or c.dep_ == "prep" and c.lower_ == "to" for c in obj.head.children)


def _held_as(verb, obj) -> bool:
    """"held hostage", "kept captive": the object says what the subject was made, not whom."""
    return verb.lemma_.lower() in ("hold", "keep", "take") and obj.lemma_.lower() in ("hostage", "captive", "prisoner")


def belongs_to_another(token, lex: Lexicon) -> bool:
    """Whether ``token`` only names whose something is: "seizing the homes of 120 people",
    "the families of 20 prisoners were detained" (what befell the property or the families),
    as against an amount or group of them ("a total of 52", "the group of 14")."""
    prep = token.head
    if prep.head.lemma_.lower() == "crew" and (token.pos_ == "NUM" or any(c.dep_ == "nummod" for c in token.children)):
        return False  # "its crew of 19": the crew is the 19 (but "the crew of the ship X" is the ship's)
    return token.dep_ == "pobj" and prep.lower_ == "of" and prep.head.pos_ == "NOUN" \
        and prep.head.lemma_.lower() not in lex.tallies | _GROUPS | _AMOUNTS


def _shared_subject_verb(verb, lex: Lexicon):
    """A later verb joined to ``verb`` without a subject of its own, which says what befell
    the shared subject: "received warnings and were released", "were questioned and freed"."""
    conjs = [c for c in verb.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and c.i > verb.i]
    if verb.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        # "Six Britons accused or convicted of … received pardons": the participles describe
        # the subject (parsed as its verbs); the finite verb after them says what befell it
        conjs.sort(key=lambda c: c.tag_ == "VBN")
    for conj in conjs:
        if any(c.dep_ in SUBJECT_DEPS for c in conj.children):
            continue
        if still_held(conj):
            continue  # "refused to leave and was returned to prison"
        # ("were arraigned and remanded": the joined verb shares the passive, whatever its tag)
        shared_passive = any(c.dep_ == "auxpass" for c in verb.children) \
            and not any(c.dep_ in ("aux", "auxpass", "dobj") for c in conj.children)
        if verb_predicate(conj, lex) and (not is_agent(conj, lex) or conj.lemma_ == "receive" or shared_passive):
            return conj
    return None


def _counted_headline_subject(subject, verb) -> bool:
    """"Just 6 out of 140 jailed dissidents pardoned": a count with a past form and no
    object is a headline's passive (the 8 were pardoned), not 8 people who pardoned."""
    counted = subject.pos_ == "NUM" or any(c.dep_ == "nummod" for c in subject.children)
    # (or a name before a capitalised participle: "Student X Pardoned Following Months of Detention")
    titled = subject.ent_type_ == "PERSON" and verb.text[:1].isupper() and verb.i > 0
    return (counted or titled) and verb.tag_ == "VBD" and not any(c.dep_ in ("dobj", "dative", "ccomp", "xcomp")
                                                                  for c in verb.children)


# where one returns who was never held: "Ortega returned to power"
_NOT_HOME = frozenset({"power", "office", "presidency", "government", "politics", "work", "court", "stage", "field",
                       "school", "parliament", "normal", "normality", "talks", "table"})


def _estimated_held(noun, lex: Lexicon):
    """The people held whom an estimate after ``noun`` counts, or None: the noun itself ("political
    detainees, estimated at 200") or, when the parser hung the estimate on their release,
    the people of the release ("the freeing of every political detainee, estimated at 200")."""
    if noun_predicate(noun, lex) in PERSON_PREDICATES:
        noun = next((g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                     if g.dep_ == "pobj"), noun)
    if noun.lemma_.lower() in HELD_WORDS and modifier_predicate(noun, lex)[1] is None:
        return noun
    return None


def is_agent(verb, lex: Lexicon) -> bool:
    """Whether the subject of ``verb`` does it rather than undergoes it: active voice of
    a transitive verb ("Lukashenko pardoned", "Russia holds"), not "walked free"."""
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children) or verb.lemma_ in ("serve", "remain", "stay") \
            or verb.lemma_ == "receive" and not any(c.dep_ == "dobj" and is_people(c, lex) for c in verb.children):
        # (who serves a term, receives a pardon or remains in custody undergoes it; but who
        # receives ten soldiers in a swap takes them in)
        return False
    if verb.lemma_ in ("gain", "regain", "win") and any(
            c.dep_ == "dobj" and c.lemma_.lower() in ("freedom", "liberty", "release") for c in verb.children):
        return False  # (who gains freedom is freed)
    if verb.lemma_ in ("secure", "obtain") and any(c.dep_ == "dobj" and c.lemma_.lower() in ("bail", "bond")
                                                  for c in verb.children) \
            and not any(c.dep_ in ("prep", "dative") and c.lower_ == "for" for c in verb.children):
        return False  # (who secures bail is let out; but "lawyers secured bail for 20" let out the 20)
    if any(c.dep_ == "dobj" and (c.lemma_.lower() in lex.state_places or verb.lemma_.lower() in ("leave", "reach")
                                 and c.ent_type_ == "GPE" or c.lemma_.lower() not in TERMS and any(
                                     g.dep_ == "compound" and g.lemma_.lower() in lex.state_places for g in c.children))
           for c in verb.children):  # (but "pardoned the prison terms of 323": a term, no place)
        # "19 people had left prison", "nine left Belarus", "five reach Rome": the place is the
        # object, they are who went
        return False
    if verb.tag_ in ("VBD", "VBN") and any(c.dep_ == "dobj" and _held_as(verb, c) and c.tag_ in ("NN", "JJ")
                                           and not any(g.dep_ in ("det", "nummod") for g in c.children)
                                           for c in verb.children):
        return False  # "17 seafarers held hostage in Yemen", a headline's passive: they were held
    if any(c.dep_ in ("dobj", "dative") and not _after_colon(c) for c in verb.children):
        return True
    if _headline_participle(verb):
        return False  # "Belarusian activist X pardoned: state media": "was pardoned", as headlines write it
    if verb.lemma_.lower() == "return" and not any(
            g.lemma_.lower() in _NOT_HOME for c in verb.children if c.dep_ == "prep" for g in c.children):
        return False  # "270 soldiers have returned home" (but "returned to power in 2007")
    perfect = any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)
    return verb.lemma_.lower() in lex.verbs and (verb.tag_ != "VBN" or perfect) or verb.dep_ == "relcl"


def _after_colon(token) -> bool:
    """"X pardoned: state media": the source a headline names after a colon, parsed as an object."""
    doc = token.doc
    return token.left_edge.i > 0 and doc[token.left_edge.i - 1].text == ":" and token.i > token.head.i


def _headline_participle(verb) -> bool:
    """A headline's "X freed" (a line of its own, no full stop, no object): the participle
    of a passive with its "was" left out."""
    if verb.tag_ not in ("VBD", "VBN") or any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False
    sentence = verb.sent
    if not headline_length(sentence):
        return False
    doc = verb.doc
    opens_line = sentence.start == 0 or "\n" in doc[sentence.start - 1].text_with_ws or doc[sentence.start - 1].is_space
    return opens_line and not any("\n" in t.text for t in doc[sentence.start:verb.i])


def group_predicate(group, lex: Lexicon):
    """What happened to a group named by a phrase: "those freed", "the freed media
    workers", "the 14 prisoners released", "the release" — or, for "they" and "them",
    to the group of the previous sentences (resolved by the caller's context)."""
    # (not "among the officers who took him into custody": what the group did to someone)
    doers = {t.i for c in group.subtree if done_to_someone(c) for t in c.subtree}
    for node in group.subtree:
        if node.i not in doers and node.pos_ in ("VERB", "ADJ", "NOUN") \
                and (predicate := word_predicate(node, lex) or noun_predicate(node, lex)):
            return node, predicate
    return None, None


def _included_passive(head, dep: str, lex: Lexicon):
    """"Also part of the exchange are A and B" (A the passive's subject, or the
    parser's attribute of its "be"): the release the preposition names."""
    include = head.head if head.lemma_ == "be" and head.dep_ == "auxpass" and dep == "attr" else head
    if include.lemma_ != "include" or dep not in ("nsubjpass", "attr"):
        return None, None
    for obj in (g for c in include.children if c.dep_ == "prep" and c.lower_ in ("in", "on", "among", "amongst")
                for g in c.children if g.dep_ == "pobj"):
        if (predicate := noun_predicate(obj, lex)) in PERSON_PREDICATES:
            return obj, predicate
        if obj.lemma_.lower() in _LISTS:
            for part in (c for c in obj.children if c.dep_ == "compound"):
                if (predicate := noun_predicate(part, lex)) in PERSON_PREDICATES:
                    return part, predicate  # "included in the amnesty list": the amnesty's
        node, predicate = modifier_predicate(obj, lex)
        if predicate in PERSON_PREDICATES:
            return node, predicate  # "nine soldiers were among the group that was released"
    return None, None


def _included_in(include, lex: Lexicon):
    # "The freed media workers include Ihar Losik"; "The release also included X"
    subjects = [c for c in include.children if c.dep_ in ("nsubj", "nsubjpass")]
    if include.dep_ == "relcl":
        subjects.append(include.head)
        if include.head.ent_type_ == "PERSON" and include.head.dep_ == "pobj" and include.head.head.lower_ == "by":
            # "rounds of amnesties by the president, which included four bloggers": the parser
            # hung the clause on the agent; what included them is the act he did
            acted = include.head.head.head
            subjects += [acted, *(g for c in acted.children if c.dep_ == "prep" and c.lower_ == "of"
                                  for g in c.children if g.dep_ == "pobj")]
    for subject in subjects:
        node, predicate = group_predicate(subject, lex)
        if predicate == "detained" and include.tag_ in ("VBZ", "VBP") and node.dep_ == "amod" \
                and node.i < subject.i and node.lower_ in ("detained", "jailed", "imprisoned"):
            return node, "remain_imprisoned"  # "Other detained foreigners include eight Russians": held now
        if predicate:
            return node, predicate
        if subject.lower_ in ("they", "these", "those") or (
                subject.lemma_.lower() in HELD_WORDS | _GROUPS
                and any(c.lower_ in ("the", "these", "those", "that", "this") for c in subject.children)):
            # "no names for those pardoned; this group was made up of …": the group just told of
            if subject.lemma_.lower() in ("detainee", "arrestee") and subject.dep_ == "nsubj":
                # "The detainees included two lawmakers": those held, even when a part of them
                # was freed since
                return subject, "detained"
            told = next(((t, p) for t in reversed(subject.doc[subject.sent.start:subject.i]) if t.dep_ == "acl"
                         and t.head.lower_ in ("those", "these") and (p := verb_predicate(t, lex)) in PERSON_PREDICATES),
                        None)
            # "announced the pardon of 25. … the group included": the group of a release told by a noun
            if told is None and subject.lemma_.lower() in _GROUPS:
                node, predicate = previous_release(include, lex, nouns=True)
                if node is not None and (node.pos_ != "NOUN" or node.sent.end == include.sent.start
                                         and status_of(node, node.i, node.doc, lex) == "asserted"):
                    return node, predicate  # (a noun just before: not "plans … for the exchange of POWs")
            return told or previous_release(include, lex)  # "The freed included reporters such as X"
        if subject.lower_ in ("it", "this"):
            return previous_release(include, lex, nouns=True)  # "The pardon covered 40 men. It includes five minors"
    if not subjects and include.dep_ == "advcl" and include.tag_ == "VBG" \
            and (predicate := verb_predicate(include.head, lex)) in PERSON_PREDICATES:
        return include.head, predicate  # "610 inmates were let out, comprising 580 men and 30 women"
    return None, None


def previous_release(token, lex: Lexicon, nouns: bool = False, moved: bool = False):
    """The release the text was just talking about ("They include …"); with ``nouns``, also
    one told by a noun ("the pardoning of 165 …. It includes …"); with ``moved``, also people
    taken across a border ("… were also taken to Lithuania. Among them are:")."""
    sentence = token.sent
    doc = token.doc
    wanted = PERSON_PREDICATES | {"crossed_border"} if moved else PERSON_PREDICATES
    for previous in reversed(list(doc[:sentence.start].sents)[-2:] if sentence.start else []):
        for node in previous:
            if node.pos_ == "VERB" and (predicate := word_predicate(node, lex)) in wanted \
                    and not any(c.dep_ == "nsubj" and c.lower_ == "it" for c in node.children):
                return node, predicate  # (but "the convoy … as it returned to Israel": no one freed)
            if nouns and node.pos_ == "NOUN" and (predicate := noun_predicate(node, lex)) in PERSON_PREDICATES:
                return node, predicate
        if any(t.like_num and t.dep_ == "nummod" and held_stock(t.head, lex) for t in previous):
            # "… reported 318 political prisoners at grave risk. Among them are …": "them" are
            # the held counted last, not the group of a release told before them
            break
    return None, None


# people named for what was done to them, when a count is said to be among them
_HELD_PEOPLE = {"detainee": "detained", "arrestee": "detained", "deportee": "deported"}


def _participle_opening(word, lex: Lexicon) -> str | None:
    """The freeing predicate of "Freed", "Released" or "Pardoned" opening "… are: A, B", or None."""
    text = word.lower_
    if not text.endswith("ed"):
        return None
    predicate = lex.verbs.get(text[:-1]) or lex.verbs.get(text[:-2])  # ("freed", "released"; "pardoned")
    return predicate if predicate in PERSON_PREDICATES else None


# verbs that only say the held were counted: "the political prisoners identified"
_TALLIED = RECORDING | {"identify", "recognise", "recognize", "verify"}


def _tells_more(modifier, lex: Lexicon) -> bool:
    """A clause or participle on "the prisoners" that tells what befell them ("the prisoners
    freed", "the released prisoners"); not a plain adjective ("political") or a tally's verb."""
    if modifier.dep_ in ("acl", "relcl"):
        return modifier.lemma_.lower() not in _TALLIED
    return modifier.dep_ == "amod" and (modifier.tag_ in ("VBN", "VBD") or word_predicate(modifier, lex) is not None)


def breaks_down(prep, counted) -> bool:
    """"there are 900 people who …, among them 23 children": an "among them" after a counted
    noun that lists counts of its own gives the parts of that count, not of a group told before."""
    return prep.dep_ == "prep" and prep.i > counted.i and any(g.lower_ == "them" for g in prep.children) \
        and any(t.tag_ == "CD" for t in prep.subtree) and any(c.dep_ == "nummod" for c in counted.children)


def _copula_target(be, token, lex: Lexicon):
    """"Among those freed were A and B"; "nine of them were journalists" (the claim is
    about the group named in the other half of the copula)."""
    if be.dep_ == "auxpass" and (predicate := word_predicate(be.head, lex)):
        return be.head, predicate  # "Also freed were A, B and C"
    opening = next((c for c in be.children if c.dep_ == "nsubj" and c.i == be.i - 1 == c.sent.start), None)
    if opening is not None and token.i > be.i and (predicate := _participle_opening(opening, lex)) is not None:
        return opening, predicate  # "Freed are: A, B and C", the participle taken for a noun
    for child in be.children:
        opener = child.dep_ == "prep" and child.lower_ == "of" and child.i < token.i  # "Of the 31 pardoned, nine are women"
        if breaks_down(child, token):
            continue
        if child.dep_ == "prep" and (child.lower_ in ("among", "amongst", "including") or opener):
            node, predicate = group_predicate(child, lex)
            if predicate in ("sentenced", "detained") and be.tag_ in ("VBP", "VBZ") and \
                    node.lemma_.lower() in lex.state_lemmas and not (
                    node.dep_ == "acl" and any(c.dep_ == "nummod" for c in node.head.children)) \
                    and not (node.dep_ == "amod" and {"nsubj", "attr"} <= {c.dep_ for c in be.children}):
                # (not "Among the arrested persons, 90 are men": a breakdown of those just arrested)
                # "Among those imprisoned are 30 media workers": held now (but a part of "at least
                # 11 writers detained in Tunisia" is what that counted whole is)
                return node, "remain_imprisoned"
            if predicate:
                return node, predicate
            if child.lower_ in ("among", "amongst") and (child.i < be.i or token.i < be.i) and (held := _HELD_PEOPLE.get(
                    next((g.lemma_.lower() for g in child.children if g.dep_ == "pobj"), ""))):
                return child, held  # "Among the detainees are two students"; "two students were among the detainees"
            if child.lower_ in ("among", "amongst") and child.i < be.i and be.tag_ in ("VBP", "VBZ") and any(
                    g.dep_ == "pobj" and g.lemma_.lower() in ("prisoner", "hostage", "captive")
                    and not any(_tells_more(c, lex) for c in g.children) for g in child.children):
                # "Among the prisoners are eight officials", "Among the political prisoners
                # recorded are 90 women": held now
                return child, "remain_imprisoned"
            if any(t.lower_ in ("them", "they") or t.ent_type_ == "NORP" for t in child.subtree):
                # "Among them was X"; "Among the Belarusians was X": the group just freed
                node, predicate = previous_release(be, lex)
                if predicate:
                    return node, predicate
            if any(t.lemma_.lower() == "beneficiary" for t in child.subtree):
                # "X and Y are among the beneficiaries": of the pardon or amnesty just told
                node, predicate = previous_release(be, lex, nouns=True)
                if predicate:
                    return node, predicate
        if child.dep_ == "attr" and child.pos_ == "NOUN" and any(
                c.ent_type_ == "ORDINAL" or c.lower_ in ("first", "last") for c in child.children) \
                and (found := modifier_predicate(child, lex))[1] in PERSON_PREDICATES:
            return found  # "X was the fourth detainee to be freed": one of a release already done
        # "X was one of 52 prisoners freed"
        if child.dep_ == "attr" and (child.lower_ == "one" or child.lower_ == "part" and any(
                g.lower_ == "those" for p in child.children if p.lower_ == "of" for g in p.children)):
            # ("are part of those granted a pardon"; but "part of the swap" is an event's)
            node, predicate = of_group_predicate(child, lex)
            if predicate:
                return node, predicate
    if token.dep_ in ("attr", "nsubj") and token.pos_ in ("NOUN", "PROPN"):
        # "Some of the detainees to be released are activists A and B": the subject names the group
        # (or the words before the copula do, which the parser may make its complement: "The
        # two best known among them were A and B")
        if token.dep_ == "attr" and any(c.dep_ == "nsubj" and c.lower_ == "they" for c in be.children) and (
                told := next((c for c in be.children if c.dep_ in ("ccomp", "parataxis") and c.i < be.i
                              and verb_predicate(c, lex) in PERSON_PREDICATES), None)) is not None:
            # "Four more people came back from captivity, they are A, B, C and D": the clause
            # before the comma freed them
            return told, verb_predicate(told, lex)
        for subject in (c for c in be.children if c.dep_ in ("nsubj", "acomp") and c.i < be.i and c.i != token.i):
            node, predicate = group_predicate(subject, lex)
            if predicate is None:
                node, predicate = of_group_predicate(subject, lex)
            if predicate is None and any(g.lower_ in ("them", "these") for p in subject.children
                                         if p.dep_ == "prep" and p.lower_ in ("of", "among", "amongst")
                                         for g in p.children):
                # "… were pardoned. Most of them are foreigners", "The two best known among them were A and B"
                node, predicate = previous_release(be, lex)
            if predicate in PERSON_PREDICATES:
                return node, predicate
    return be, None


def of_group_predicate(token, lex: Lexicon):
    """What happened to the whole ``token`` is part of: "one of 52 prisoners freed",
    "nine of the freed prisoners", "38 of those released"."""
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            node, predicate = group_predicate(child, lex)
            if predicate:
                return node, predicate
    return None, None


def _who_does(clause) -> bool:
    """An active relative clause whose subject is the noun it hangs on ("who …", "that …")."""
    return clause.dep_ == "relcl" and any(c.dep_ == "nsubj" and c.lower_ in ("who", "that") for c in clause.children)


def done_to_someone(clause) -> bool:
    """"who took him into custody", "that arrested the editor": an active relative clause
    with a person for its object."""
    return _who_does(clause) and any(c.dep_ == "dobj" and (c.pos_ in ("PRON", "PROPN") or c.ent_type_ == "PERSON")
                                     for c in clause.children)


def doing_to_another(participle) -> bool:
    """"officers escorting him": an active participle with an object of its own, which the
    counted do to others (but "women serving their terms" and "inmates serving time" serve their own)."""
    if _who_does(participle):
        # "two magistrates who discharged 57 accused persons": a clause whose counted object are the others
        return any(c.dep_ == "dobj" and any(g.dep_ == "nummod" for g in c.children) for c in participle.children)
    return participle.tag_ == "VBG" and participle.dep_ == "acl" and any(
        c.dep_ == "dobj" and c.lower_ != "them" and c.lemma_.lower() not in TERMS
        and not (c.lower_ == "time" and participle.lemma_.lower() == "serve") for c in participle.children)


# words for a part of a group whose size is not given ("many of whom")
SOME_OF = frozenset({"many", "some", "most", "several", "few", "half", "dozens", "hundreds", "others"})


def apposed_clauses(noun) -> list:
    """Relative clauses opened by "who" on an uncounted description set beside the noun."""
    return [clause for a in noun.children if a.dep_ == "appos" and a.i > noun.i
            and not any(g.dep_ == "nummod" for g in a.children)
            for clause in a.children if clause.dep_ == "relcl"
            and any(s.dep_ in ("nsubj", "nsubjpass") and s.lower_ == "who" for s in clause.children)]


def _after_inclusion(noun) -> list:
    """Participles set off by a comma after an "including …" phrase on the noun."""
    doc = noun.doc
    return [a for p in noun.children if p.dep_ == "prep" and p.lower_ == "including"
            for g in p.children if g.dep_ == "pobj"
            for a in g.children if a.dep_ == "acl" and a.tag_ == "VBN" and doc[a.i - 1].text == ","]


def modifier_predicate(noun, lex: Lexicon):
    # "prisoners who were freed", "the 52 prisoners freed on Thursday"; of several clauses
    # the one that frees them ("twelve people jailed since May who were freed")
    # (but "named 280 workers, 15 of whom were arrested": the clause of a part, not the whole's)
    # (nor "six officers escorting him back into Belarus": what they did to another)
    # (nor "40 fishermen, many of whom were in jail": a part of no stated size)
    # (and "the 90 captives, mostly farmers, who were held": the clause hung on a description)
    # (and "50 people, including one minor, arrested during the protests": the participle after
    # the inclusion the parser hung on its last word)
    # (nor "33 workers, of whom 16 men were detained and 17 women freed": the parts' clauses)
    relatives = [child for child in [*noun.children, *apposed_clauses(noun), *_after_inclusion(noun)]
                 if child.dep_ in ("relcl", "acl") and not _a_part_s(child) and not doing_to_another(child)]
    # "(who had been seized and then freed in May)": each verb of the clause
    relatives += [c for clause in relatives for c in clause.children if c.dep_ == "conj" and c.pos_ == "VERB"]
    # "listed 87 residents that it said had been arrested": what a source says befell them
    # (not "X, who said they had crossed": what X says)
    relatives += [c for clause in relatives if clause.lemma_.lower() in lex.speech and any(
        s.dep_ == "nsubj" and s.lower_ not in ("who", "that", "which") for s in clause.children)
        for c in clause.children if c.dep_ == "ccomp" and c.pos_ == "VERB"]
    clauses = [(child, predicate) for child in relatives if (predicate := verb_predicate(child, lex))]
    if clauses:
        return next((c for c in clauses if c[1] in PERSON_PREDICATES), clauses[0])
    if (closing := _after_apposed_names(noun, lex)) is not None:
        return closing
    for child in noun.children:
        if child.dep_ == "relcl" and child.lemma_ == "be":
            # "X, who was among those released"
            for among in (c for c in child.children if c.dep_ == "prep" and c.lower_ in ("among", "amongst")):
                node, predicate = group_predicate(among, lex)
                if predicate:
                    return node, predicate
    for event in (s for c in noun.children if c.dep_ == "relcl" for s in c.children if s.dep_ in ("nsubj", "nsubjpass")
                  and any(p.lower_ == "whose" for p in s.children)):
        # "12 reporters whose release was confirmed" (the clause's verb may hedge it)
        if (predicate := noun_predicate(event, lex)) in PERSON_PREDICATES:
            return event, predicate
    for child in noun.children:
        # "the 14 freed prisoners"
        if child.dep_ in ("amod", "compound") and child.i < noun.i and (predicate := word_predicate(child, lex)):
            return child, predicate
    for place in (g for c in noun.children if c.dep_ == "prep" and c.lower_ == "from"
                  for g in c.children if g.dep_ == "pobj" and not is_people(g, lex)):
        # "13 media workers from four outlets detained since 2023": the parser hung the
        # participle on the nearest noun, the outlets
        for child in place.children:
            if (child.dep_ == "acl" and child.tag_ == "VBN" or child.dep_ == "relcl" and any(
                    w.lower_ == "who" and w.dep_ in ("nsubj", "nsubjpass") for w in child.children)) \
                    and (predicate := verb_predicate(child, lex)):
                # (and "three reporters from the agency EFE who were freed": "who" is said of people)
                return child, predicate
    return None, None


def _verb_taken_for_subject(noun, lex: Lexicon):
    """"a pardon that saw the regime free 2,000 convicts": a freeing verb the parser took for
    a noun and made the subject of its own object; or None."""
    return next((c for c in noun.children if c.dep_ == "nsubj" and c.pos_ == "NOUN" and c.i < noun.i
                 and lex.verbs.get(c.lemma_.lower()) in PERSON_PREDICATES
                 and any(g.dep_ == "compound" for g in c.children)), None)


def _joined_next(verb, other) -> bool:
    """"arrested and charged", "detained and later questioned": two verbs with only the
    conjunction (and an adverb) between them."""
    between = verb.doc[verb.i + 1:other.i]
    return 1 <= len(between) <= 2 and between[0].dep_ == "cc" and all(t.pos_ == "ADV" for t in between[1:])


def _a_part_s(clause) -> bool:
    """A relative clause of a part of the group: its subject is counted ("15 of whom were
    arrested", "many of whom were in jail") or it opens with "of whom" ("of whom 16 men were
    detained")."""
    return any(s.dep_ in ("nsubj", "nsubjpass") and (
        s.like_num or any(n.dep_ == "nummod" for n in s.children)
        or s.lower_ in SOME_OF and any(p.dep_ == "prep" and p.lower_ == "of" for p in s.children))
        for s in clause.children) or any(
        p.dep_ == "prep" and p.lower_ == "of" and any(w.lower_ in ("whom", "which") for w in p.children)
        for p in clause.children)


def _after_apposed_names(noun, lex: Lexicon):
    """"two captives—A, 31, and B, 45—who were then passed to the Red Cross": a relative
    clause after the dash that closes the names set beside the group is the group's (the
    parser hangs it on the last name)."""
    doc = noun.doc
    for name in (c for c in noun.children if c.dep_ == "appos"):
        for clause in (t for t in name.subtree if t.dep_ == "relcl" and t.i > name.i):
            opening = clause.left_edge.i - 1
            if opening > noun.i and doc[opening].text in ("—", "–", ")") and (predicate := verb_predicate(clause, lex)):
                return clause, predicate
    return None


def _names_something(verb) -> bool:
    """"called the releases a success": "call" naming, not calling for something."""
    return verb.lemma_.lower() == "call" and any(c.dep_ in ("dobj", "oprd") for c in verb.children) and not any(
        c.dep_ in ("prep", "xcomp") and c.lower_ in ("for", "on", "to") for c in verb.children)


_ACTS = frozenset({"decree", "decision", "order", "resolution", "ordinance", "edict"})
# verbs whose past says the infinitive after them happened ("forced them to free 40")
_MADE_TO = frozenset({"persuade", "convince", "force", "compel"})
_ASKED = frozenset({"proposal", "request", "petition", "recommendation", "plea"})


def _let_go(verb) -> bool:
    """"They were allowed to go back to their families": the permission told in the past, so they went.
    And "an exchange was carried out, allowing 150 to return home": what a done deed let them do."""
    head = verb.head
    if head.lemma_.lower() in _LET and head.tag_ == "VBG" and head.dep_ == "advcl" and (
            head.head.tag_ == "VBD" or head.head.tag_ == "VBN" and any(
                c.dep_ in ("aux", "auxpass") and c.lower_ in ("was", "were", "has", "have", "had", "been")
                for c in head.head.children)):
        return True
    # ("had been allowed to go free": the perfect tells it as done too)
    return head.lemma_.lower() in _LET and any(
        c.dep_ == "auxpass" and (c.tag_ == "VBD" or c.lower_ == "been" and any(
            a.dep_ == "aux" and a.lower_ in ("had", "has", "have") for a in head.children)) for c in head.children) \
        and not any(c.dep_ == "neg" or c.dep_ == "aux" and c.lower_ in _AUX_HEDGES for c in head.children)


def _among_those_done(verb) -> bool:
    """"X was among three nationals to be jailed on Friday": one of a group the past copula
    tells of as already dealt with, not a plan."""
    head = verb.head
    if verb.dep_ == "advcl" and head.lemma_ == "be" and head.tag_ == "VBD":
        return any(c.dep_ == "prep" and c.lower_ in ("among", "amongst") for c in head.children)  # (the parser's clause)
    return verb.dep_ in ("acl", "relcl") and head.dep_ == "pobj" and head.head.lower_ in ("among", "amongst") \
        and head.head.head.lemma_ == "be" and head.head.head.tag_ == "VBD"


_PROCEDURES = frozenset({"procedure", "process", "formality", "paperwork", "arrangement"})
_COMPLETED = frozenset({"complete", "finish", "conclude", "finalise", "finalize"})


def _possible_then(token) -> bool:
    """"it was possible to bring back 40 soldiers", as official reports of an exchange put it: a
    past "was possible" tells what was achieved (not "it would be possible", nor "is possible").
    ``token`` is the adjective or the "was" it hangs on."""
    verb = token.head if token.lower_ == "possible" and token.dep_ == "acomp" else token
    return verb.lemma_.lower() == "be" and verb.tag_ == "VBD" \
        and any(c.dep_ == "acomp" and c.lower_ == "possible" for c in verb.children) \
        and not any(c.dep_ in ("neg", "aux") for c in verb.children)


# what a court's ruling does at once (a ruling to free people may wait on others to carry it out)
_KEPT_BY_RULING = frozenset({"keep", "hold", "remand", "detain", "jail", "imprison", "extend"})


def _enacted(verb) -> bool:
    """"signed a decree to free 30", "a decision was taken to free 250", "decided to
    pardon 30", "the decision to pardon 30": an infinitive that names what an act does, not a
    plan."""
    head = verb.head
    if _possible_then(head):
        return True  # "it was possible to bring back 40 soldiers": it was done
    done = head.head
    if head.lemma_.lower() in _PROCEDURES and done.lemma_.lower() in _COMPLETED and done.tag_ in ("VBD", "VBN") \
            and not any(c.dep_ == "neg" or c.dep_ == "aux" and c.lower_ in _AUX_HEDGES for c in done.children):
        return True  # "the procedures to release the 30 detainees have been completed"
    if head.lemma_.lower() == "decide" and head.tag_ in ("VBD", "VBN"):
        return True  # "the emir has decided to grant amnesty to 900": the decision is the act
    if head.lemma_.lower() in ("authority", "power", "prerogative") and head.dep_ == "dobj" \
            and head.head.lemma_.lower() == "exercise" and head.head.tag_ in ("VBD", "VBN") \
            and not any(c.dep_ == "aux" and c.lower_ in _AUX_HEDGES for c in head.head.children):
        return True  # "has exercised his royal authority to pardon 40": the power used is the act
    if head.lemma_.lower() == "rule" and head.tag_ in ("VBD", "VBN") and verb.lemma_.lower() in _KEPT_BY_RULING:
        return True  # "a judge ruled to keep nine activists in custody": custody the ruling imposes
    if _approved(head):
        return True  # "approved a request to pardon 1,204": the ruler's approval is the act
    if head.lemma_.lower() in _MADE_TO and head.tag_ in ("VBD", "VBN") and not any(
            c.dep_ == "neg" or c.dep_ == "aux" and c.lower_ in _AUX_HEDGES or c.dep_ == "auxpass" and c.lower_ in ("is", "are", "be")
            for c in head.children):
        return True  # "persuaded the president in May to release 123 people": it was done
    if verb.dep_ == "advcl" and head.lemma_.lower() in ("sign", "issue") and head.tag_ in ("VBD", "VBN", "VBZ") \
            and any(c.dep_ == "dobj" and c.lemma_.lower() in _ACTS for c in head.children) \
            and not any(c.dep_ == "aux" and c.lower_ in _AUX_HEDGES for c in head.children):
        return True  # "signed an edict on 16 August to pardon 30": the infinitive hung on the signing
    acts = [c for c in head.children if c.dep_ == "dobj" and c.lemma_.lower() in _ACTS and c.i < verb.i]
    if verb.dep_ == "advcl" and acts and _only_a_name_between(acts[0], verb) \
            and not _none_taken(acts[0]) and head.lemma_.lower() not in ("announce", "declare", "unveil"):
        # "criticised the decision of the judge, A B, to free 114": the name set off by commas
        # made the parser hang the act's infinitive on the verb
        return True
    if head.lemma_.lower() in _ACTS and _none_taken(head):
        return False  # "no decision yet to release six coordinators": nothing was decided
    if head.lemma_.lower() in _ACTS:
        # "welcomed the decision to release four reporters", "an order to free 50": the act
        # is told as taken (a hedge above it, "called for a decision to …", still hedges);
        # "announced his decision to grant freedom to 140" tells what is to be done
        return head.head.lemma_.lower() not in ("announce", "declare", "unveil")
    return head.lemma_.lower() in ("make", "take") and any(
        c.dep_ in ("nsubjpass", "dobj") and c.lemma_.lower() in _ACTS for c in head.children)


def _only_a_name_between(act, verb) -> bool:
    """Whether the words between ``act`` and the infinitive ``verb`` are the act's own phrase
    and a name set off by commas ("the decision of the judge, A B, to …")."""
    own = {t.i for c in act.children if c.dep_ == "prep" and c.lower_ == "of" for t in c.subtree}
    between = [t for t in act.doc[act.i + 1:verb.i] if t.i not in own and not (t.dep_ == "aux" and t.head.i == verb.i)]
    return any(t.ent_type_ == "PERSON" for t in between) and all(t.ent_type_ == "PERSON" or t.is_punct for t in between)


def _bail_not_yet_walked(token) -> bool:
    """Bail granted in a sentence that says the release has "not yet" come, or is "yet to" come."""
    if token.lower_ != "bail" and not any(c.lower_ in ("bail", "bond") for c in token.children):
        return False
    for word in token.sent:
        if word.lemma_.lower() not in ("release", "free") or word.i == token.i or word.pos_ != "VERB":
            continue
        yet = [c for c in (*word.children, *(word.head.children if word.dep_ == "xcomp" else ())) if c.lower_ == "yet"]
        if yet and (any(c.dep_ == "neg" for c in word.children) or word.dep_ == "xcomp"):
            return True
    return False


def _none_taken(act) -> bool:
    """"no decision", "no order has been issued": an act denied, so what it would do is not done."""
    return any(c.dep_ == "det" and c.lower_ == "no" for c in act.children)


def _undecided(node) -> bool:
    """"no decision has yet been taken on the release of the six": the topic of a decision
    that nobody took."""
    if node.dep_ != "prep" or node.lower_ not in _TOPIC_PREPS:
        return False
    head = node.head
    acts = [head] if head.lemma_.lower() in _ACTS else [
        c for c in head.children if c.dep_ in ("nsubj", "nsubjpass", "dobj") and c.lemma_.lower() in _ACTS]
    return any(_none_taken(act) for act in acts)


def _approved(noun) -> bool:
    """"approved a proposal", "granted the request": what was asked for, granted (in the past)."""
    return noun.lemma_.lower() in _ACTS | _ASKED and noun.dep_ in ("dobj", "nsubjpass") \
        and noun.head.lemma_.lower() in ("approve", "endorse", "grant", "accept") and noun.head.tag_ in ("VBD", "VBN") \
        and not any(c.dep_ in ("aux", "auxpass") and c.lower_ in _AUX_HEDGES for c in noun.head.children)


_RETRACTED = frozenset({"wrongly", "erroneously", "incorrectly", "mistakenly", "falsely"})


def _had_to(verb) -> bool:
    """"the police had to free the four on Friday", "was forced to release them": an obligation told in
    the past, met (unlike "has to free them", still to come)."""
    head = verb.head
    if verb.dep_ != "xcomp":
        return False
    if head.lemma_ == "have" and head.tag_ == "VBD":
        return True
    # ("could not pay bail, forcing them to stay in remand": what the past clause brought about)
    return head.lemma_.lower() in ("force", "oblige", "compel") and (any(
        c.dep_ == "auxpass" and c.lower_ in ("was", "were") for c in head.children)
        or head.tag_ == "VBG" and head.dep_ == "advcl" and head.head.tag_ == "VBD")


def _convicted_or_awaiting(verb) -> bool:
    """"convicted or awaiting trial", "sentenced or pending trial": a verdict joined by "or"
    to a trial still to come does not say who was convicted (labellers read other pairs,
    "arrested or summoned", "sent to Gaza or deported", as both)."""
    if verb.lemma_.lower() not in ("convict", "sentence"):
        return False
    pair = verb.head if verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX") else verb
    joined = [pair] + [c for c in pair.children if c.dep_ == "conj"]
    return any(c.dep_ == "cc" and c.lower_ == "or" for c in pair.children) and any(
        t.lower_ == "trial" for j in joined if j.i != verb.i for t in j.subtree)


def _reduced_relative(verb) -> bool:
    """"Four of the reporters freed, including …, asked …": a bare participle with a
    subject of its own and no auxiliary, hung on the main verb, describes the subject; what
    the main verb wants is not what befell them."""
    # ("must release 266 activists imprisoned for …", the parser's "release [266 activists
    # imprisoned]": the custody is told as fact, whatever is asked for them)
    return verb.tag_ == "VBN" \
        and (verb.dep_ == "advcl" or verb.dep_ == "ccomp" and verb.head.lemma_.lower() in _FREEING) \
        and any(c.dep_ == "nsubj" for c in verb.children) \
        and not any(c.dep_ in ("aux", "auxpass", "mark") for c in verb.children)


_FREEING = frozenset({"release", "free", "pardon", "liberate"})


def _modal_hedge(node, deps: tuple[str, ...]) -> bool:
    """A modal on ``node`` that makes what it says a possibility ("could be", "will free"), not
    the noun of "a good will gesture" the tagger took for one."""
    return any(c.dep_ in deps and c.lower_ in _AUX_HEDGES and not _good_will(c) for c in node.children)


def _figure_guessed(number, predicate_token) -> bool:
    """"the number of hostages held could be as low as 50": the figure, set beside the people
    rather than below their verb, is what a modal hedges."""
    above = {t.i for t in predicate_token.ancestors}
    if predicate_token.i in {t.i for t in number.ancestors}:
        return False
    for node in number.ancestors:
        if node.pos_ in ("VERB", "AUX") and _modal_hedge(node, ("aux",)):
            return True
        if node.i in above:
            return False
    return False


def status_of(predicate_token, number_first, doc, lex: Lexicon) -> str:
    """'negated', 'hedged' or 'asserted' for a claim governed by ``predicate_token``."""
    before = doc[max(0, number_first - 3):number_first]
    words = [t.lower_ for t in before]
    if "none" in words or "neither" in words and "of" in words or (words and words[-1] in ("no", "neither", "not")):
        return "negated"  # "none of the 14 journalists", "neither of these two", "no prisoners", "…, not eight"
    if predicate_token is None:
        # a stock with no verb of its own: "the detainees' total number may be near 1,500"
        clause = next((t for t in doc[number_first].ancestors if t.pos_ in ("VERB", "AUX")), None)
        return "hedged" if clause is not None and _modal_hedge(clause, ("aux",)) else "asserted"
    for node in doc[number_first].ancestors:
        if node.i == predicate_token.i:
            break
        if node.dep_ == "prep" and node.lower_ in ("except", "excluding") or node.lower_ == "exception":
            return "negated"  # "all were freed except nine students": the nine were not
    if predicate_token.pos_ == "NOUN" and predicate_token.dep_ == "pobj" and predicate_token.head.lower_ == "for" \
            and predicate_token.head.head.lemma_.lower() == "warrant":
        return "hedged"  # "warrants were issued for the detention of 35 students": an arrest ordered, not made
    if predicate_token.lemma_.lower() == "deny" and any(c.lower_ == "bail" for c in predicate_token.subtree):
        return "hedged"  # "denied bail to 36 members": a release asked for and refused
    if predicate_token.lower_ == "bail" and predicate_token.i > 0 \
            and doc[predicate_token.i - 1].lower_.startswith(_REFUSING):
        return "hedged"  # a headline's "Dismisses bail for 1,000 activists", the verb tagged a noun
    if any(c.dep_ == "advmod" and c.lower_ == "yet" and any(g.dep_ == "neg" for g in c.children)
           for c in predicate_token.children):
        return "negated"  # "but not yet released", the parser's "not" hung on "yet"
    if _bail_not_yet_walked(predicate_token):
        return "hedged"  # "granted bail, but he has yet to be freed": ordered, not done
    if any(c.dep_ == "conj" and c.lemma_.lower() in ("decline", "refuse", "reject") and any(
            x.dep_ == "xcomp" and x.lemma_.lower() == "accept" for x in c.children) for c in predicate_token.children):
        return "negated"  # "were granted bail but declined to accept it": they stayed inside
    if predicate_token.pos_ == "NOUN" and predicate_token.dep_ == "dobj" \
            and predicate_token.head.lemma_.lower() in ("deny", "refuse", "reject", "decline"):
        return "hedged"  # "the court denies parole to X", "refused their release": asked for and refused
    for child in predicate_token.children:
        if child.dep_ in ("nsubj", "nsubjpass") and (
            child.lower_ in ("none", "nobody", "neither") or any(g.lower_ == "no" and g.dep_ == "det" for g in child.children)
        ):
            return "negated"  # "None of the 18 prisoners has been released"
        if child.dep_ == "aux" and child.lower_ == "to" and predicate_token.head.lemma_.lower() == "fail" \
                and predicate_token.dep_ == "xcomp":
            return "negated"  # "the authorities failed to release the 12 reporters"
        if child.dep_ == "aux" and child.lower_ == "to" and predicate_token.head.lower_ not in ("first", "last", "only", "able") \
                and not any(c.ent_type_ == "ORDINAL" for c in predicate_token.head.children) \
                and predicate_token.head.lemma_.lower() not in _GOING_ON and not _enacted(predicate_token) \
                and not _let_go(predicate_token) and not _reported(predicate_token) and not _had_to(predicate_token) \
                and not _among_those_done(predicate_token) \
                and not any(c.dep_ == "aux" and c.lower_ == "have" for c in predicate_token.children):
            # an infinitive: "called on them to release", "expected ... to be pardoned" (but "the
            # only three people ever to have been granted early release": a perfect, done; nor
            # "the fourth detainee to be freed": one of a series)
            return "hedged"
    if any(c.dep_ == "advmod" and c.lower_ in _GUESSED for c in predicate_token.children):
        return "hedged"  # "police presumably freed the man"
    if _convicted_or_awaiting(predicate_token):
        return "hedged"  # "those convicted or still awaiting trial": which befell whom is not said
    if predicate_token.pos_ == "NOUN" and any(c.dep_ == "amod" and c.lower_ in _NOT_YET for c in predicate_token.children):
        return "hedged"  # "the planned release of the 500 prisoners"
    if _dated_event(predicate_token, lex):
        return "asserted"  # "may have meant the July 3 pardon of 14 prisoners": a dated event
    if _figure_guessed(doc[number_first], predicate_token):
        return "hedged"
    chain = [predicate_token, *predicate_token.ancestors]
    if (cut := next((i for i, node in enumerate(chain) if _clause_put_first(node, lex)), None)) is not None:
        chain = chain[:cut + 1]
    if word_predicate(predicate_token, lex) == "remain_imprisoned" and _held_now_clause(predicate_token) and (cut := next(
            (i for i, node in enumerate(chain) if i and verb_predicate(node, lex) in ("released", "pardoned")), None)):
        # "trying to free what rights groups say are 1,100 people behind bars": the release is
        # what is hedged, not that they are held
        chain = chain[:cut]
    if predicate_token.dep_ == "acl" and predicate_token.tag_ in ("VBN", "VBG") and predicate_token.head.pos_ in ("NOUN", "NUM") \
            and word_predicate(predicate_token, lex) in ("detained", "sentenced", "remain_imprisoned") \
            and any((verb_predicate(n, lex) or noun_predicate(n, lex)) in PERSON_PREDICATES for n in chain[1:]):
        # "Israel would release 120 prisoners serving life sentences" (or "including 640 serving
        # long terms"): what the participle says befell them is told as fact, whatever is planned
        # for them (a release planned for them)
        chain = chain[:1]
    if _reduced_relative(predicate_token):
        chain = chain[:1]
    described = False  # above a relative clause of an indefinite noun: only a modal can hedge it
    # the active verb a claim is the subject of wants or plans something else: "the kidnappers
    # of 32 migrants sought to extort money" (a modal still hedges: "the release of 50 could …")
    by_subject = False
    for node in chain:
        if _polite_telling(node) or _reader_teaser(node, predicate_token):
            break
        if node.dep_ == "pobj" and node.head.lower_ == "for" and node.head.head.lemma_.lower() in _FACTIVE:
            break  # "to thank them for the release of 14 prisoners": the thanks presuppose it
        if node.dep_ == "pcomp" and node.head.lower_ == "for" and node.head.head.lemma_.lower() in _FACTIVE:
            break  # "thank Lukashenko for releasing 16 prisoners"
        if node.dep_ == "dobj" and node.pos_ == "NOUN" and node.head.lemma_.lower() in _WELCOMING | _DECRYING \
                and not _modal_hedge(node.head, ("aux",)):
            # "While welcoming the release of five, the centre calls for …": the welcome presupposes
            # it, as "gathered to protest the arrest of five" does the arrest
            break
        if node.dep_ == "pobj" and node.pos_ == "NOUN" and node.i == predicate_token.i \
                and node.head.lower_ in ("following", "after") and not any(
                    _modal_hedge(a, ("aux",)) for a in node.ancestors if a.pos_ in ("VERB", "AUX")):
            break  # "called for his release following the pardoning of 500 prisoners": a time already past
        if any(c.dep_ == "neg" for c in node.children) and node.i == predicate_token.i:
            return "negated"
        if _modal_hedge(node, ("aux", "auxpass")) \
                and not _from_today(node):
            return "hedged"
        if described:
            continue
        if node.i != predicate_token.i and node.lemma_.lower() in lex.hedges and not by_subject \
                and not _names_something(node) \
                and not _negotiated(node) and not _insisted_fact(node, chain) and not _approved(node) \
                and not _possible_then(node) \
                and not (node.lemma_.lower() in _HELD_BACK and _custody_event(predicate_token, lex)):
            return "hedged"
        if node.i != predicate_token.i and node.pos_ == "VERB" and any(c.dep_ == "aux" and c.lower_ == "to"
                                                                      for c in node.children) \
                and node.head.lower_ not in ("first", "last", "only", "able") and not _enacted(node) \
                and not _reported(node) and not _let_go(node) \
                and not (node.dep_ == "xcomp" and node.head.lemma_.lower() in _GOING_ON):
            # (but "managed to carry out an exchange and return home 103" is done)
            return "hedged"  # "his decision to grant freedom to 553 persons": what is to be done
        if node.dep_ == "ccomp" and any(c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in node.children):
            return "hedged"  # "it was unclear whether all 40 had been convicted": a question, not a fact
        if node.dep_ == "advcl" and any(t.lower_ in ("if", "unless") for t in node.doc[node.left_edge.i:node.i]):
            return "hedged"  # ("as if, by luck, they chose to": the "if" may hang lower down)
        if node.tag_ == "VBG" and node.head.lemma_.lower() in _FLOATED and node.head.i < node.i:
            return "hedged"  # "has mentioned releasing political prisoners": an idea raised, nobody freed
        if _whenever(node):
            return "hedged"  # "every time a government trades a spy for a citizen": no one swap took place
        if _terms_of_a_deal(node):
            return "hedged"  # "a truce that includes the release of 40 hostages": its terms, in the present
        if node.i != predicate_token.i and any(c.dep_ == "advmod" and c.lower_ in _RETRACTED for c in node.children):
            return "negated"  # a correction: "an earlier version wrongly said that 15 were freed"
        if node.dep_ == "ccomp" and node.head.lemma_.lower() == "deny":
            return "negated"  # "the ministry denied that the 18 had been freed"
        if node.dep_ == "ccomp" and node.head.lemma_.lower() in ("confirm", "verify", "establish") \
                and node.i > node.head.i and any(c.dep_ == "neg" for c in node.head.children):
            return "hedged"  # "it has not been confirmed that all 6,700 were freed": not known to be so
        if node.dep_ in ("prep", "dative") and node.lower_ in _TOPIC_PREPS and any(
                c.dep_ == "dobj" and c.lemma_.lower() in lex.hedges for c in node.head.children):
            return "hedged"  # "offers hope for X's release", "notes signals concerning his release"
        if _undecided(node):
            return "hedged"
        if _own_statement(node):
            break
        # "a ceasefire deal that saw the release of 2,000" states what the deal did; but "a
        # package that freed two dozen would …" is a possibility
        described = described or node.dep_ == "relcl"
        by_subject = node.dep_ == "nsubj"
    return "asserted"


_REFUSING = ("dismiss", "reject", "refus", "den", "cancel", "revok")
_TOPIC_PREPS = frozenset({"for", "regarding", "concerning", "about", "on"})
# verbs that hand down or keep prison terms ("upheld long prison terms against four bloggers")
_TERMS_GIVEN = frozenset({"uphold", "hand", "impose", "issue", "confirm", "deliver", "pass"})
_FLOATED = frozenset({"mention", "raise", "broach", "float", "suggest"})
_REPORTING = frozenset({"believe", "think", "know", "say", "report", "understand", "estimate", "confirm"})
# what holds back a release, or appeals against custody: an arrest or a sentence they are
# aimed at has happened ("turned down the two editors' appeal against their arrest")
_HELD_BACK = frozenset({"delay", "postpone", "pause", "block", "halt", "suspend", "stall", "reject", "refuse", "appeal"})
_TELLING = frozenset({"inform", "announce", "notify", "confirm", "state", "say", "tell", "report"})
_KNOWING = _TELLING | {"add", "claim", "know", "believe", "think", "write", "fear", "warn"}


def _held_now_clause(token) -> bool:
    """"are behind bars", "remain in prison": a clause in the present that holds people (not
    "after serving out their term")."""
    verb = token.head if token.dep_ == "prep" else token
    return verb.tag_ in ("VBP", "VBZ")


def _clause_put_first(node, lex: Lexicon) -> bool:
    """"Police arrest 300 in raids, some could face charges": a clause the parser hung, before
    a comma, on the next clause's verb, which is no verb of saying or knowing; that verb's
    modal hedges only its own clause."""
    head = node.head
    after = node.right_edge.i + 1
    return node.dep_ == "ccomp" and node.i < head.i and after < head.i and node.doc[after].text == "," \
        and head.lemma_.lower() not in _KNOWING and head.lemma_.lower() not in lex.hedges \
        and any(c.dep_ == "nsubj" and c.i > after for c in head.children)


def _custody_event(token, lex: Lexicon) -> bool:
    return (word_predicate(token, lex) or noun_predicate(token, lex)) in ("detained", "sentenced", "remain_imprisoned")


def _reader_teaser(node, claimed) -> bool:
    """"You may be interested in: 8 soldiers in jail": a link offered to the reader before a
    colon; the modal is the reader's, the headline after the colon is told as it stands."""
    return any(c.dep_ == "nsubj" and c.lower_ == "you" for c in node.children) \
        and any(t.text == ":" for t in node.doc[node.i + 1:claimed.i])


def _polite_telling(node) -> bool:
    """"We wish to inform you that police arrested 25 people", "it must be noted that": a formula of telling, and
    what is told is stated, not wished for."""
    if node.lemma_.lower() in _REMINDING and any(c.dep_ == "nsubjpass" and c.lower_ == "it" for c in node.children) \
            and any(c.dep_ == "aux" and c.lower_ in ("should", "must") for c in node.children):
        return True  # "it must be noted that 500 were held": a reminder of a fact
    if node.lemma_.lower() in ("forget", "remember") and any(c.dep_ == "aux" and c.lower_ in ("should", "must")
                                                             for c in node.children) \
            and (node.lemma_.lower() == "remember" or any(c.dep_ == "neg" for c in node.children)):
        return True  # "we must not forget that 900 are still behind bars": a reminder of a fact
    return node.dep_ == "xcomp" and node.lemma_.lower() in _TELLING and node.head.lemma_.lower() in ("wish", "like", "want") \
        and any(c.dep_ == "nsubj" and c.lower_ in ("we", "i") for c in node.head.children)


_REMINDING = frozenset({"recall", "note", "remember", "stress", "emphasise", "emphasize", "mention", "point",
                        "underline", "add"})


def _from_today(verb) -> bool:
    """"will be released from prison beginning today": under way from today, not a plan."""
    return any(c.dep_ in ("advcl", "prep") and c.lower_ in ("beginning", "starting", "from")
               and any(g.lower_ == "today" for g in c.children) for c in verb.children)


def _good_will(aux) -> bool:
    """"a good will gesture": the noun "will", which the tagger took for the modal."""
    return aux.lower_ == "will" and aux.i > 0 and aux.doc[aux.i - 1].lower_ == "good"


def _reported(verb) -> bool:
    """"the militia is thought to hold four more", "are believed still held", "those
    confirmed to be freed": what others hold true, told as fact, not a plan."""
    head = verb.head
    return verb.dep_ in ("xcomp", "ccomp") and head.lemma_.lower() in _REPORTING \
        and (any(c.dep_ == "auxpass" for c in head.children) or head.dep_ == "acl" and head.tag_ == "VBN")
_DEALS = frozenset({"agreement", "deal", "accord", "plan", "proposal", "framework", "truce", "ceasefire", "phase",
                    "stage", "arrangement", "package"})
_TERMS = frozenset({"include", "envisage", "foresee", "provide", "stipulate", "involve", "entail", "call"})
# proposed laws ("a draft law" too), and offers: what they include is still to come ("the latest
# proposal involved the release of ten hostages")
_BILLS = frozenset({"bill", "draft", "proposal", "offer"})


def _terms_of_a_deal(verb) -> bool:
    """A deal that "includes" or "provides for" a release, in the present, or a bill that does
    so in any tense: what it lays down, not what has been done ("a deal that saw the release of
    2,000" states it)."""
    if verb.lemma_.lower() not in _TERMS:
        return False
    if verb.lemma_.lower() in ("envisage", "foresee") and any(c.dep_ == "auxpass" for c in verb.children):
        return True  # "his release … was envisaged in the March agreement": laid down, not done
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is not None and (subject.lemma_.lower() in _BILLS or any(c.lower_ == "draft" for c in subject.children)):
        return True  # an amnesty bill that "included" freeing 2,000 inmates: a bill is still a plan
    if verb.tag_ not in ("VBZ", "VBP"):
        return False
    if subject is not None and subject.lower_ in ("which", "that") and verb.dep_ == "relcl":
        subject = verb.head
    if subject is None or subject.lemma_.lower() not in _DEALS:
        return False
    # (but "walked free under a deal that involves freeing 480 others": a deal carried out)
    return not (subject.dep_ == "pobj" and subject.head.head.pos_ == "VERB" and subject.head.head.tag_ in ("VBD", "VBN"))


def _whenever(verb) -> bool:
    """A verb in the present told as what happens each time: "whenever they free", "every
    time a government trades"."""
    if verb.tag_ not in ("VBZ", "VBP"):
        return False
    return any(c.dep_ == "advmod" and c.lower_ == "whenever" or c.dep_ == "npadvmod" and c.lemma_ == "time" and any(
        d.lower_ in ("every", "each", "any") for d in c.children) for c in verb.children)


def _dated_event(noun, lex: Lexicon) -> bool:
    """A release noun dated inside its own phrase ("the July 2 pardon", "Thursday's release")
    names an event that took place, unless the verb it hangs on looks ahead ("expect
    Thursday's release", "will mark the July 2 release")."""
    if noun.pos_ != "NOUN" or not any(c.dep_ in ("nmod", "compound", "poss") and c.ent_type_ == "DATE"
                                      and c.i < noun.i for c in noun.children):
        return False
    verb = next((a for a in noun.ancestors if a.pos_ in ("VERB", "AUX")), None)
    return verb is None or verb.lemma_.lower() not in lex.hedges and not any(
        c.dep_ == "aux" and c.lower_ in ("will", "shall", "to") for c in verb.children)


_FINITE = frozenset({"VBD", "VBZ", "VBP"})


def _insisted_fact(node, chain) -> bool:
    """"more than 1,800 remain deprived of liberty, Romero insisted": insisting on a clause
    in the indicative reports a fact; "insisted that they be freed" is a demand."""
    if node.lemma_.lower() != "insist":
        return False
    clause = next((c for c in chain if c.head.i == node.i and c.i != node.i), None)
    return clause is not None and clause.dep_ == "ccomp" and (
        clause.tag_ in _FINITE or any(c.dep_ in ("aux", "auxpass") and c.tag_ in _FINITE for c in clause.children))


def _negotiated(node) -> bool:
    """"the US negotiated the freeing of 12 prisoners in May": talks that ended in the release
    (a past tense, no modal), where "is negotiating", "will negotiate" are still talks."""
    if node.lemma_.lower() != "negotiate" or node.pos_ != "VERB":
        return False
    auxiliaries = [c for c in node.children if c.dep_ in ("aux", "auxpass")]
    if not auxiliaries:
        return node.tag_ == "VBD"
    return node.tag_ == "VBN" and all(a.lemma_ == "have" for a in auxiliaries)


_OUTCOME_VERBS = frozenset({"see", "want", "get", "need", "like", "wish"})


def _own_statement(node) -> bool:
    """Whether what is above ``node`` can no longer hedge it: a relative clause states a fact
    about its (definite) noun ("remember 2020, when 35,000 were detained"); a clause the parser
    hung across a semicolon, or a joined clause with its own subject, is a statement of its own."""
    if node.dep_ == "amod" or node.dep_ == "acl" and node.tag_ == "VBN":
        # "denied an appeal by two imprisoned reporters", "the decision to strip 135 prisoners
        # released in September of their nationality": what happened to them is no appeal or plan
        # (but "to see 35 hostages released", "wants them freed": the outcome the verb looks to)
        # (nor an amnesty that "will result in 5,000 inmates freed": the outcome again)
        return not (node.head.dep_ == "dobj" and node.head.head.lemma_.lower() in _OUTCOME_VERBS
                    or node.head.dep_ == "pobj" and node.head.head.lower_ == "in"
                    and node.head.head.head.lemma_.lower() == "result")
    if node.dep_ == "relcl":
        # but not of an indefinite noun: "a package that freed two dozen would …" is hypothetical
        return not any(c.dep_ == "det" and c.lower_ in ("a", "an", "any", "every") for c in node.head.children)
    if node.dep_ == "advcl" and node.tag_ == "VBG" and node.i > node.head.i and node.left_edge.i > 0 \
            and node.doc[node.left_edge.i - 1].text == "," and not any(c.dep_ in ("mark", "aux") for c in node.children) \
            and not any(c.dep_ == "aux" and c.lower_ in _AUX_HEDGES for c in node.head.children):
        # "has sought to mend ties with Europe, freeing 18 prisoners": what was done on
        # the way, not what was sought (but "would …, freeing" shares the modal)
        return True
    if node.dep_ == "advcl" and any(c.dep_ in ("advmod", "mark") and c.lower_ in _FACT_OPENERS for c in node.children):
        # "tried to win his release, among other times in 2022 when another American was freed": a past
        # event told as the time of another is a fact (but "if they were freed" is not)
        return node.tag_ == "VBD" or any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in node.children)
    if node.dep_ == "ccomp":
        low, high = sorted((node.i, node.head.i))
        return any(t.text == ";" for t in node.doc[low:high])
    if node.dep_ == "conj" and node.pos_ in ("VERB", "AUX") and any(
            c.dep_ == "mark" and c.lower_ == "that" for c in node.children):
        return False  # a second "that" clause of the same verb: "demand that the EU act and that they release 20"
    if node.dep_ == "conj" and node.pos_ in ("VERB", "AUX"):
        # a joined clause with a subject of its own: "… will receive benefits, and recalled that
        # the government released 10,000" (but "could be freed and sent to Vilnius" shares the modal)
        # ("will receive benefits and recalled that …": a past tense no modal governs; but "should
        # guarantee …, drop the charges and release X" has a bare verb the tagger called a present)
        own_subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in node.children)
        bare = node.tag_ == "VBP" and node.lower_ == node.lemma_.lower() and _modal_hedge(node.head, ("aux",))
        return own_subject or node.tag_ in ("VBD", "VBZ", "VBP") and not bare
    return False


# what may stand between a verb and its object: names, adjectives, "and", commas, "at least"
_OBJECT_WORDS = frozenset({"DET", "ADJ", "NOUN", "PROPN", "CCONJ", "NUM", "ADV", "PART"})


def _where_held(token, lex: Lexicon) -> bool:
    """A word of "in their custody", "in Iranian jails" after an object."""
    prep = token if token.pos_ == "ADP" else token.head.head
    return prep.lower_ == "in" and prep.pos_ == "ADP" and token.tag_ in ("IN", "PRP$", "JJ") \
        and any(g.lower_ in lex.state_places for g in prep.subtree)


def object_verb_before(first: int, noun, sentence, lex: Lexicon):
    """When the parser lost the clause ("Belarus has released opposition activist X and 13
    other political prisoners, Viasna said" parsed with X the subject of "said"): the
    predicate verb right before the words that start at ``first`` (a count or a name), over
    nothing but its object's words. Not when the counted noun is the subject of a verb of
    its own ("…, and 12 reporters went on strike")."""
    top = noun
    while top.dep_ in ("conj", "appos", "compound", "amod", "npadvmod") and top.head is not top:
        top = top.head
    if top.dep_ in ("nsubj", "nsubjpass") and top.head.lemma_.lower() not in lex.speech:
        return None, None
    if top.dep_ == "nsubj" and 0 < top.head.i - top.i <= 3:
        return None, None  # "…, Viasna said": the one who speaks, right before the verb
    doc = noun.doc
    for token in reversed(doc[max(sentence.start, first - 12):first]):
        if token.pos_ == "VERB" and token.dep_ == "amod" and token.i < token.head.i <= first:
            continue  # "pardoned detained researcher X": a participle describing the object
        if token.pos_ in ("VERB", "AUX"):
            predicate = verb_predicate(token, lex)
            if predicate is None or any(c.dep_ == "auxpass" for c in token.children):
                return None, None
            return token, predicate
        if token.pos_ not in _OBJECT_WORDS and token.text not in (",", "-") and not _where_held(token, lex):
            return None, None  # (the object may say where it was held: "a third Canadian in their custody")
    return None, None
