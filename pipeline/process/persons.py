"""People named as released, with their role. Whether an article reports a release at
all is pipeline/process/releases.py."""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from newsmon.pipeline.process.custody import still_held
from newsmon.pipeline.process.groupnames import counted_list, named_as, named_group, named_subject
from newsmon.pipeline.process.governors import (
    governor,
    modifier_predicate,
    object_verb_before,
    of_group_predicate,
    previous_release,
    status_of,
)
from newsmon.pipeline.process.lexicon import (
    OFFICES,
    PERSON_PREDICATES,
    RULERS,
    VESSELS,
    WORKS,
    Lexicon,
    counted_plural_name,
    first_conjunct,
    handed_objects,
    is_people,
    not_custody,
    noun_lemma,
    noun_predicate,
    possessive,
    sporting,
    word_predicate,
)
from newsmon.pipeline.process.listings import item_verb_before, lead_line, lead_of, profile_lead
from newsmon.pipeline.process.namedfreed import freed_were, left_after_release, named_as_the_number, on_freed_list
from newsmon.pipeline.process.namedlater import named_after_freed_one
from newsmon.pipeline.process.numbers import value_of
from newsmon.pipeline.process.pronouns import (
    freed_as_their_number,
    freed_as_they,
    freed_as_they_held,
    freed_in_own_clause,
    freed_later_as_group,
    freed_next,
    name_head,
)


def _role(ent, lex: Lexicon) -> str | None:
    """The role the text gives the person: just before the name ("including opposition
    figure X": after the last comma there), in an apposition or relative clause, or just
    after it ("X, a blogger, ..."): before the first comma there."""
    doc = ent.doc
    before = doc[max(ent.sent.start, ent.start - 4):ent.start].text.lower()
    windows = [before.split(",")[-1]]
    for child in ent.root.children:
        if child.dep_ == "appos" or (child.dep_ == "relcl"):
            windows.append(" ".join(t.text for t in child.subtree).lower().split(",")[0])
    if ent.end < ent.sent.end and doc[ent.end].text == ",":
        windows.append(doc[ent.end + 1:min(ent.sent.end, ent.end + 8)].text.lower().split(",")[0])
    for text in windows:
        for role in lex.roles:
            if role in text.replace("-", " ") or role in text:
                return role
    return None


def person_claims(doc, lex: Lexicon, released_context: bool = False, counts: list[dict] = ()) -> list[dict]:
    """People named as released, once per name; hedged or negated mentions excluded.
    With ``released_context`` (the article reports a release), being flown or taken
    across a border counts too ("Among those flown to the United States were X")."""
    claims, seen = [], {}
    for ent in doc.ents:
        if ent.label_ != "PERSON" or len(ent) < 2 and (ent.root.pos_ != "PROPN" or ent.root.tag_ == "NNPS" or any(
                c.dep_ == "det" for c in ent.root.children)):
            continue  # one word that is no name: a name takes no article ("the freed Britons")
        if _other_spelling(ent) or _first_name_of(ent, claims) or _remains_of(ent, lex):
            continue
        if all(t.lower_ in _OFFICE_WORDS for t in ent) or ent.start > 1 and doc[ent.start - 1].text == "(" \
                and doc[ent.start - 2].lower_ in _OFFICE_WORDS:
            # "the ministry's Director General (Middle East) A said": an office and its remit, not its holder
            continue
        if ent[-1].lower_ in _FACILITIES:
            continue  # "left Ofer Prison", taken by the recogniser for a person: a place
        if ent.start > 0 and doc[ent.start - 1].lower_ in _TITLED:
            # "their single True Love was released", "released the tanker Talara": a title or a
            # ship's name after the word for what it names
            continue
        if _names_a_thing(ent, lex) or _names_a_group(ent) \
                or len(ent) == 1 and (any(c.dep_ == "nummod" for c in ent.root.children)
                                      or ent.root.lower_ in lex.people or _people_plural(ent.root, lex)
                                      or _people_abbreviation(ent.root, lex)) \
                or counted_plural_name(ent.root):
            # (and "one Briton", "the Kazakh", "swapping PoWs", "two former Green Berets",
            # "dozens of Turkmens": a count or a noun of people, not a name)
            continue
        if len(ent) == 1 and _place_word(ent.root, lex) or ent[0].like_num:
            continue  # (nor is "Twelve Mali", a count and a country run together, a name)
        if len(ent) == 1 and ent.root.lower_.rstrip(".") in _ADDRESS:
            continue  # "Fr. Denis Martínez", the recogniser's "Fr" a name of its own: a word of address
        if len(ent) == 1 and ent.text.isupper() and len(ent.text) > 2:
            continue  # "YEREVAN (Azatutyun) —": a dateline's city in capitals, or an acronym
        if len(ent) == 1 and all(t.is_space for t in doc[ent.end:]) \
                and not ent.text_with_ws.endswith((".", "!", "?")):
            continue  # "the report lists the cases of A, Jal": a name cut off where the excerpt stops
        gov, predicate = governor(ent.root, lex)
        if predicate is None and (described := _known_as(ent.root)) is not None:
            gov, predicate = governor(described, lex)  # "freed a US reporter known as X"
        if ent.root.dep_ == "poss" and noun_predicate(ent.root.head, lex) not in PERSON_PREDICATES:
            predicate = None  # "flown back on the orders of X's government": the verb acts on others
        if predicate is None and gov is not None and gov.lemma_.lower() in lex.speech:
            # the name made the subject of "said": the parser lost the clause before it
            found, predicate = object_verb_before(ent.start, ent.root, ent.sent, lex)
            gov = found or gov
        if predicate is None and gov is not None and gov.lemma_.lower() in lex.speech and ent.root.dep_ == "dobj" \
                and (clause := _subjectless_clause(gov, ent.root)) is not None:
            # "the lawyer told Reuters X has been released": the parser made X the object of "told"
            gov, predicate = clause, word_predicate(clause, lex)
        if predicate not in PERSON_PREDICATES and gov is not None and gov.lemma_.lower() in lex.speech \
                and ent.root.dep_ == "nsubj" and (told := _own_release_told(gov, lex)) is not None:
            gov, predicate = told, word_predicate(told, lex)  # "X said he was released from prison blindfolded"
        if predicate is None and gov is not None and gov.lemma_.lower() == "order" and ent.root.dep_ == "nsubjpass" \
                and not any(c.dep_ == "neg" for c in gov.children):
            # "X, ordered by a court to be released": what the order does to X
            # (only here: as the governor of a count, "ordered … to be released on bail" is read by
            # the sentence's other words, and moving this there changed a count of fb-3112)
            gov, predicate = next(((c, p) for c in gov.children
                                   if c.dep_ == "xcomp" and (p := word_predicate(c, lex)) in PERSON_PREDICATES),
                                  (gov, predicate))
        own = predicate is not None and ent.root.dep_ in ("nsubj", "nsubjpass") and ent.root.head.i == gov.i
        # "X, who was released"; "X, the politician who was freed"; "the 52nd freed
        # prisoner, X": what the name's own modifiers say
        holders = [ent.root] + [c for c in ent.root.children if c.dep_ == "appos"]
        if ent.root.dep_ == "nsubj" and ent.root.head.lemma_ == "be":
            # "X is an aid worker whom the group let go last month": what the copula makes X
            holders += [c for c in ent.root.head.children if c.dep_ == "attr" and c.pos_ == "NOUN"]
        head = ent.root
        while len(holders) < 6 and (head.dep_ == "appos" or head.dep_ == "conj" and _apposed_list(head.head, lex)):
            head = head.head  # "One of those freed, the politician X"; "the freed Americans, A and B,"
            holders.append(head)
        holders += _described_by_who(ent, lex) + _including_group(ent.root) + _list_described(ent.root)
        for holder in holders:
            if predicate in PERSON_PREDICATES:
                break
            node, found = modifier_predicate(holder, lex)
            if found not in PERSON_PREDICATES and holder.lower_ == "one":
                node, found = of_group_predicate(holder, lex)
            if found is not None or predicate != "crossed_border":
                # (a crossing the clause said is kept when the name has no words of its own)
                gov, predicate = node, found
        if predicate not in PERSON_PREDICATES and (subject := _subject_closed_by(ent)) is not None:
            gov, predicate = governor(subject, lex)
        if predicate not in PERSON_PREDICATES:
            gov, predicate = _own_group(ent.root, lex) or _among_them_after(ent.root, lex) or (gov, predicate)
        if predicate not in PERSON_PREDICATES and (later := named_after_freed_one(ent, lex)) is not None:
            gov, predicate = doc[later["gov"]], later["predicate"]  # "A lawyer has been freed. … X was held …"
        lost = False  # (a subject the parser hung on the phrase before it: not a circumstance)
        if predicate not in PERSON_PREDICATES and not (predicate == "crossed_border" and released_context):
            if ent.end < len(doc) and possessive(doc[ent.end]) or len(ent) > 1 and possessive(ent[-1]) \
                    or _describes_another(ent):
                # (the recogniser may take the "’s" into the name)
                continue  # "Trump's envoy", "a lawyer for B": a possessor is not one of the list
            if ent.root.dep_ in ("pobj", "nsubj", "dobj") and any(a.dep_ == "relcl" for a in ent.root.ancestors):
                # "A, B and C, whom a judge aligned with President D had sentenced": D is not listed
                # (a list the parser ran on into the clause goes on as conjuncts, and stays)
                continue
            if own:
                # "- journalist X arrested at the airport": the item's own verb says what happened,
                # unless the next sentence frees "him" ("X was jailed in 2012. He was freed …")
                # ("X was sent back to a camp days after his release": freed before that)
                listed = freed_in_own_clause(ent, lex) or _own_release_clause(ent, lex) or freed_next(ent, lex) \
                    or freed_as_they(ent, lex) or freed_later_as_group(ent, lex)
            else:
                listed = _listed_after(ent, claims) or _others_after_names(ent, claims) \
                    or _named_after_count(ent, counts) or named_as(ent, counts, lex) \
                    or named_subject(ent, counts, lex) or on_freed_list(ent, counts, lex) or left_after_release(ent, lex) \
                    or _among_opening(ent, lex) or freed_were(ent, lex) or named_as_the_number(ent, counts) \
                    or _under_lead(ent, lex, counts) or _own_release_clause(ent, lex) \
                    or _named_member(ent, counts, lex) or named_group(ent, counts, lex) \
                    or counted_list(ent, counts, lex) or _freed_title(ent, lex) or freed_in_own_clause(ent, lex) \
                    or freed_next(ent, lex) or freed_as_they(ent, lex) or freed_as_they_held(ent, lex) \
                    or freed_later_as_group(ent, lex) or freed_as_their_number(ent, counts) \
                    or _subject_lost(ent, lex) or _bail_sum_to(ent, lex) or _along_with_freed(ent, claims) \
                    or (_freed_captive(ent) if released_context else None)
            if listed is None or listed["predicate"] == "crossed_border" and not released_context:
                continue
            gov, predicate, lost = doc[listed["gov"]], listed["predicate"], listed.get("lost", False)
        if status_of(gov, ent.start, doc, lex) != "asserted" and not (released_context and _group_to_be_freed(gov)):
            # "the deal to free a teacher, X, who came home on Tuesday": the plan is
            # hedged, what the name's own clause says is not
            gov, predicate = modifier_predicate(ent.root, lex)
            if predicate not in PERSON_PREDICATES or status_of(gov, ent.start, doc, lex) != "asserted":
                continue
        if gov.dep_ == "amod" and _membership_in_doubt(ent, gov, lex):
            continue  # "it is unclear whether the freed group took in A and B"
        if _agent_phrase(ent.root, gov, lex) and not lost or _says(ent, lex) or _hands_over_things(gov, ent, lex) \
                or _left_out(ent) or _names_something_else(ent, lex) or _source_of(ent, gov, lex) \
                or _member_of_actor(ent):
            continue
        if predicate == "crossed_border" and (gov.lemma_.lower() in _JOURNEYS and ent.root.dep_ == "nsubj"
                                              and ent.root.head.i == gov.i
                                              or ent.start > 0 and doc[ent.start - 1].lower_ in OFFICES | {"state"}
                                              or ent.root.dep_ == "appos" and ent.root.head.lemma_.lower() in OFFICES
                                              or any(c.dep_ == "appos" and c.lemma_.lower() in OFFICES
                                                     for c in ent.root.children)):
            # "Secretary of State X traveled to Belarus", "… as Secretary of State X arrived in
            # Riyadh", "has sent its new ambassador to Minsk, X", "when X, the US envoy, arrived in
            # Minsk": a visit or a post, not a freed person's crossing
            continue
        if any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in lex.bodies for c in gov.children):
            continue  # "handed back the bodies of two children and their mother X": the dead
        if predicate == "pardoned" and _partial_pardon(gov, ent.root):
            continue  # "pardoned X of four charges, leaving her in prison": a shorter sentence
        if predicate == "released" and (not_custody(gov.sent, lex) or sporting(doc, lex)):
            continue  # "released seven players, including captain X": from their contracts (the release's own sentence)
        name = _full_name_before(ent) or _written(ent)
        surname = _ARTICLE.sub("", name.split()[-1].lower())  # ("Al-Korbigi" in the text, "Korbigi" in a headline)
        key = ent.ent_id_ or surname
        earlier = seen.get(key) or seen.get(surname) or _spelled_alike(name, claims)
        if earlier is not None and _same_person(earlier["person_name"], name):
            if len(earlier["person_name"].split()) == 1 and len(name.split()) > 1:
                # "…including opposition figure Tikhanovsky" in a headline, "Sergei
                # Tikhanovsky" in the text: the claim names the person in full
                role = earlier["person_role"]
                earlier.update(_claim_fields(ent, gov, predicate, lex))
                earlier["person_role"] = earlier["person_role"] or role
            continue
        claim = {"kind": "person", **_claim_fields(ent, gov, predicate, lex), "person_name": name}
        seen[key] = seen[surname] = claim
        claims.append(claim)
    for claim in claims:
        claim.pop("gov", None)
    return claims


# words for what a title or a name after them names: a work or a ship, not a person
_TITLED = WORKS | VESSELS


# prepositions that attach who asked, when or where to the verb, not whom it freed: "pardoned
# the 52 at the request of President Trump", "freed after talks with envoy Coale", "released
# from the shore opposite Rhos"
_CIRCUMSTANCE_PREPS = frozenset({"at", "by", "after", "following", "on", "upon", "under", "before", "during",
                                 "despite", "from", "opposite", "near", "beside", "outside"})


# the words of an office's name, which the recogniser may take for a person's
_OFFICE_WORDS = OFFICES | {"director", "general", "deputy", "chief", "prime", "attorney", "commissioner", "consul",
                           "undersecretary"}
# words of address, shortened, that the recogniser may take for a one-word name
_ADDRESS = frozenset({"fr", "mr", "mrs", "ms", "dr", "rev", "msgr", "sr", "br", "gen", "col", "capt", "lt", "sgt"})


# journeys a named person makes of their own accord
_JOURNEYS = frozenset({"travel", "head", "fly", "go"})


def _known_as(name):
    """The noun a name is given to by "known as", "named" or "called" ("a journalist known
    as X"), else None."""
    verb = name.head.head if name.dep_ == "pobj" and name.head.lower_ == "as" else name.head if name.dep_ == "oprd" else None
    if verb is None or verb.dep_ != "acl" or verb.lemma_.lower() not in ("know", "name", "call") \
            or verb.head.pos_ != "NOUN":
        return None  # (not "A, known as B": a nickname of someone named already)
    return verb.head


def _subjectless_clause(verb, name):
    """The clause after ``name`` that ``verb`` (of saying) governs, when it has no subject."""
    return next((c for c in verb.children if c.dep_ == "ccomp" and c.i > name.i
                 and not any(s.dep_ in ("nsubj", "nsubjpass", "expl") for s in c.children)), None)


def _people_plural(token, lex: Lexicon) -> bool:
    """"dozens of Turkmens": the plural of a people noun, which the tagger left as its own lemma."""
    return token.lower_.endswith("s") and token.lower_[:-1] in lex.people


def _people_abbreviation(token, lex: Lexicon) -> bool:
    """"PoWs", "POWs": a plural abbreviation of a people noun, not a name."""
    text = token.text
    return text.endswith("s") and any(ch.isupper() for ch in text[1:-1]) and text[:-1].lower() in lex.people


def _own_release_told(say, lex: Lexicon):
    """The clause of "said" in which the speaker says "he" or "she" was freed (passive, told
    as done: not "said he was pardoning them"), or None."""
    return next((c for c in say.children if c.dep_ == "ccomp" and word_predicate(c, lex) in PERSON_PREDICATES
                 and any(s.dep_ == "nsubjpass" and s.lower_ in ("he", "she") for s in c.children)
                 and any(a.dep_ == "auxpass" and a.lower_ in ("was", "been") for a in c.children)
                 and not any(a.dep_ == "aux" and a.lower_ in ("would", "could", "might", "will") for a in c.children)), None)


def _left_out(ent) -> bool:
    """"X was not among those freed", "the list did not include X": the copula or the
    "include" that joins the name to the freed group is denied."""
    token = ent.root
    while token.dep_ in ("conj", "appos", "compound") and token.head is not token:
        token = token.head
    verb = token.head
    return token.dep_ in ("nsubj", "nsubjpass", "dobj", "attr") and verb.lemma_.lower() in ("be", "include") \
        and any(c.dep_ == "neg" for c in verb.children)


def _place_word(token, lex: Lexicon) -> bool:
    """One word the recogniser took for a person that names a place: "Twelve Abducted Zamfara
    Schoolgirls" (where the group is from), "near Svatove and Chervonopopivka" (joined to a
    place)."""
    if token.dep_ == "compound" and token.head.tag_ == "NNS" and is_people(token.head, lex):
        return True
    if token.dep_ in ("compound", "nmod") and token.head.lemma_.lower() in _PLACE_NOUNS:
        return True  # "Kherson region", "from Sumy and Chernihiv regions"
    if token.dep_ != "conj":
        return False
    # "from our Sumy, Kharkiv and Kherson regions": a list that places name
    listed = [token.head, *(c for c in (*token.head.children, *token.children) if c.dep_ == "conj" and c.i != token.i)]
    if token.head.dep_ in ("compound", "nmod"):
        listed.append(token.head.head)  # "from Donetsk and Luhansk regions"
    return any(t.ent_type_ in ("GPE", "LOC", "FAC") or t.lemma_.lower() in _PLACE_NOUNS for t in listed)


_PLACE_NOUNS = frozenset({"region", "province", "oblast", "district", "governorate", "city", "town", "village"})


def _names_a_thing(ent, lex: Lexicon) -> bool:
    """"convicted in the Ganja case": a name before a noun of a thing (a case, an affair, a
    law) names the thing; but "the Losik release" is a release of Losik."""
    head = ent.root.head
    return ent.root.dep_ == "compound" and head.pos_ == "NOUN" and head.i == ent.end \
        and not is_people(head, lex) and head.lemma_.lower() not in lex.nouns \
        and any(c.dep_ == "det" and c.lower_ == "the" for c in head.children)


def _agent_phrase(token, gov, lex: Lexicon) -> bool:
    """Whether ``token`` hangs under the verb ``gov`` through a circumstance preposition (not
    the place of custody of "the release from jail of A", on which the parser hung A)."""
    current = token
    for _ in range(12):
        if current.i == gov.i or current.head.i == current.i:
            return False
        if current.dep_ == "appos" and current.ent_type_ == "PERSON" and current.head.ent_type_ == "DATE":
            return False  # "the two men freed on Monday, A and B": the names the parser hung on the day
        if current.dep_ == "prep" and current.lower_ in _CIRCUMSTANCE_PREPS and current.head.i == gov.i \
                and not (current.lower_ == "from" and any(g.lower_ in lex.state_places and any(
                    c.dep_ == "prep" and c.lower_ == "of" for c in g.children) for g in current.children)):
            # (but "released on bail A, B and C": the parser made the freed the objects of "on",
            # with "bail" before the first of them)
            return not (current.lower_ == "on" and any(c.lower_ == "bail" and c.dep_ == "compound"
                                                       for g in current.children for c in g.children))
        current = current.head
    return False


_GIVING = frozenset({"hand", "release", "free", "return", "give", "deliver", "transfer", "send", "issue"})


def _hands_over_things(verb, ent, lex: Lexicon) -> bool:
    """"X hands over awards to Y": what the verb hands over or releases is a thing, and the
    name is who gives it."""
    if verb.lemma_.lower() not in _GIVING:
        return False
    objects = handed_objects(verb)
    if not objects or any(is_people(o, lex) or o.ent_type_ in ("PERSON", "NORP") or o.pos_ in ("PRON", "NUM")
                          or noun_predicate(o, lex) for o in objects):  # ("received pardons": the pardon is theirs)
        return False
    # the giver only: whom the things go to may be the freed ("handed the release papers to the men: A, B")
    return any(c.dep_ == "nsubj" and c.left_edge.i <= ent.root.i <= c.right_edge.i for c in verb.children)


def _written(ent) -> str:
    """The name as written, without what the recogniser took in after it: "Ohad Ben Ami." at a
    sentence's end, "Fogel’s release"."""
    return (ent[:-1] if len(ent) > 1 and (ent[-1].is_punct or ent[-1].tag_ == "POS") else ent).text


def _claim_fields(ent, gov, predicate: str, lex: Lexicon) -> dict:
    sentence = ent.sent
    return {
        "gov": gov.i,
        # (also when a later mention names in full someone a headline named by surname alone)
        "person_name": _written(ent),
        "person_role": _role(ent, lex),
        "predicate": predicate,
        "status": "asserted",
        "start": ent.start_char,
        "end": ent.end_char,
        "sentence_start": sentence.start_char,
        "sentence": sentence.text,
    }


# words that open a clause of its own inside a list sentence: "…including X, hours after
# envoy Y met Z"; "…X, whose arrest pushed his wife Y into the race"
_CLAUSE_WORDS = frozenset({"but", "while", "whereas", "after", "before", "when", "since", "until", "because",
                           "following", "whose", "who", "which", "where", "as"})


def _clause_break(token) -> bool:
    if token.text == ":" or token.lower_ in _CLAUSE_WORDS:
        return True
    if token.pos_ not in ("VERB", "AUX") or token.dep_ in ("acl", "amod", "relcl"):
        return False  # "the artist Sasha Skochilenko, jailed for…; the activists…" is still the list
    # "the opposition figures Maria Kalesnikava": a plural noun the tagger took for a verb
    before = token.doc[token.i - 2:token.i] if token.i >= 2 else []
    return not (token.tag_ == "VBZ" and len(before) == 2 and before[1].pos_ == "NOUN" and before[0].tag_ in ("DT", "PRP$"))


def _subject_lost(ent, lex: Lexicon) -> dict | None:
    """"Following talks with the Taliban, another American, X, was released": the parser hung
    the name on the phrase before it and left the passive verb right after it with no
    subject; the name is whom it frees."""
    doc = ent.doc
    top = ent.root
    while top.dep_ == "conj" and top.head.ent_type_ == "PERSON":
        top = top.head
    i = ent.end
    if any(c.dep_ == "conj" and c.ent_type_ == "PERSON" for c in top.children) \
            and not any(t.like_num for t in doc[ent.end:top.right_edge.i + 1]):
        # "two days after A and B, also prisoners of conscience, were released": past the list
        # of names and its apposition (but not past a counted group set beside one name)
        i = max(i, top.right_edge.i + 1)
    if i < len(doc) and doc[i].text == ",":
        i += 1
    while i < len(doc) and doc[i].dep_ in ("aux", "auxpass", "neg", "advmod"):
        i += 1
    if i >= len(doc) or i == ent.end or doc[i].pos_ != "VERB" or doc[i].tag_ != "VBN" \
            or not any(c.dep_ == "auxpass" for c in doc[i].children) \
            or any(c.dep_ in ("nsubj", "nsubjpass") for c in doc[i].children):
        return None
    predicate = word_predicate(doc[i], lex)
    return {"gov": i, "predicate": predicate, "lost": True} if predicate in PERSON_PREDICATES else None


def _including_group(name) -> list:
    """"20 prisoners taken to Lithuania—including A and B—arrived": the group noun whose
    "including" lists the name (its own words say what befell the group)."""
    head = first_conjunct(name)
    prep = head.head
    if head.dep_ == "pobj" and prep.lower_ == "including" and prep.head.pos_ == "NOUN":
        return [prep.head]
    return []


def _in_brackets(token) -> bool:
    """Whether ``token`` stands between an opening bracket and its closing one in its sentence."""
    before = [t.text for t in token.doc[token.sent.start:token.i]]
    return before.count("(") > before.count(")")


def _closed_clause(token, ent) -> bool:
    """A "who" clause on an earlier item that a comma closes before ``ent``, with only the
    name's title after the comma: "A, a Polish-Canadian who writes for a weekly, former
    soldier B and C" (B is still listed, whatever the parser made of the clause)."""
    if token.lower_ != "who":
        return False
    doc = ent.doc
    commas = [t.i for t in doc[token.i + 1:ent.start] if t.text == ","]
    return bool(commas) and all(t.pos_ in ("ADJ", "NOUN", "PROPN", "DET", "CCONJ", "PUNCT")
                                for t in doc[commas[-1] + 1:ent.start])


def _listed_after(ent, claims: list[dict]) -> dict | None:
    """A name further down the same list as a released person ("Among those freed are A,
    the opposition figures B and C, and D"): nothing but names and their titles between."""
    doc = ent.doc
    if ent.root.dep_ == "pobj" and ent.root.head.head.pos_ == "NOUN" and ent.root.head.lower_ not in ("as", "like"):
        return None  # "A, an activist in the movement against B": B is in what describes A
    for claim in reversed(claims):
        if claim["sentence_start"] != ent.sent.start_char or claim["end"] > ent.start_char:
            continue
        between = doc.char_span(claim["end"], ent.start_char, alignment_mode="expand")
        if between is None:
            return None
        tokens = list(between)
        semicolons = [i for i, t in enumerate(tokens) if t.text == ";"]
        if semicolons:
            # "Also freed were A, jailed for …; the activists B and C, who …; and D": each
            # item may carry a clause of its own, but a name that starts one is not listed
            head = ent.root
            while head.dep_ in ("appos", "compound") and head.head is not head:
                head = head.head  # "the lawyer Maksim Znak remains": the name stands for "the lawyer"
            if head.dep_ in ("nsubj", "nsubjpass") and head.head.i > head.i:
                return None
            tokens = tokens[semicolons[-1] + 1:]
        # "A, a blogger sentenced by judge B": B acted on the listed, is not one of them;
        # "A and B from the Civic Movement (C)": C, in brackets, names the movement
        opened = sum(t.text == "(" for t in tokens) > sum(t.text == ")" for t in tokens)
        if not opened and not any((_clause_break(t) or t.lower_ == "by") and not _closed_clause(t, ent) for t in tokens):
            return claim
        return None
    return None


def _along_with_freed(ent, claims: list[dict]) -> dict | None:
    """"A was one of the first freed, along with several union leaders, including B": a
    name in the "along with" of a clause whose named subject was freed shares the release."""
    # (or the group noun whose "including" lists the name: "along with other figures, including B")
    head = next(iter(_including_group(ent.root)), None) or first_conjunct(ent.root)
    with_ = head.head
    if head.dep_ != "pobj" or with_.lower_ != "with" or with_.head.lower_ not in ("along", "together") \
            or with_.head.dep_ != "prep":
        return None
    verb = with_.head.head
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.ent_type_ == "PERSON"]
    return next((claim for claim in claims for s in subjects if claim["start"] <= s.idx < claim["end"]), None)


def _others_after_names(ent, claims: list[dict]) -> dict | None:
    """"They are A and B. Others include C and D": a list that goes on in the next sentence,
    opened by "others", names more of the people the sentence before named as freed."""
    doc = ent.doc
    sentence = ent.sent
    if doc[sentence.start].lower_ not in ("others", "other") or sentence.start == 0:
        return None
    verb = next((t for t in doc[sentence.start:ent.start] if t.lemma_ in ("include", "be")), None)
    if verb is None or any(_clause_break(t) for t in doc[verb.i + 1:ent.start]):
        return None
    before = doc[sentence.start - 1].sent
    return next((c for c in reversed(claims) if c["sentence_start"] == before.start_char), None)


# what may stand between a count of the freed and the names of the counted: "three
# American citizens: A, B and C"; "14 foreigners — A, B"; "nine prisoners, including A"
_NAMING = (":", "—", "–", "-", "including", "among them", "among whom", "namely", "such as")
# names in brackets right after a count: "three activists (A, B and C)", "Fifteen of them (A, …)"
_BRACKETED = re.compile(r"(?:of (?:them|those|these)\s*)?\(")
_NAMING_WORDS = re.compile(r"\b(including|among them|among whom|namely|such as)\b")


# the article of an Arabic surname, which a headline may leave out
_ARTICLE = re.compile(r"^(?:al|el|ad|ed|as|an|ar|at|az)[-‑]")


def _spelled_alike(name: str, claims: list[dict]) -> dict | None:
    """The claim on the same person under another spelling of a transliterated name, first
    name and surname both ("Natallia Hersche" and "Natalia Hershe"), else None."""
    words = name.lower().split()
    if len(words) < 2:
        return None
    for claim in claims:
        other = claim["person_name"].lower().split()
        if len(other) == len(words) and all(_alike(a, b) for a, b in zip(words, other)):
            return claim
    return None


def _same_person(earlier: str, name: str) -> bool:
    """One surname, one person, unless both names are written in full with other first
    names ("Craig Foreman and Lindsay Foreman", a couple freed together)."""
    first, second = earlier.split(), name.split()
    return len(first) < 2 or len(second) < 2 or _alike(first[0].lower(), second[0].lower())


def _alike(word: str, other: str) -> bool:
    """Two spellings of one transliterated name ("Natallia", "Natalia"), not two names."""
    return SequenceMatcher(None, word, other).ratio() >= 0.8


def _apposed_list(token, lex: Lexicon) -> bool:
    """A name or a group of people followed by a comma: what a list of names after it
    stands beside ("the freed Americans, A and B, landed"), which the parser may coordinate."""
    doc = token.doc
    comma = token.i + 1 < len(doc) and doc[token.i + 1].text == ","
    return token.ent_type_ == "PERSON" or comma and (is_people(token, lex) or token.ent_type_ == "NORP")


def _membership_in_doubt(ent, freed, lex: Lexicon) -> bool:
    """The verb that puts the name in a group freed (by an adjective, ``freed``) is itself
    hedged: the group's release is a fact, the name's place in it is not."""
    node = ent.root
    while node.dep_ in ("conj", "appos", "compound") and node.head is not node:
        node = node.head
    verb = node.head
    return verb.pos_ == "VERB" and freed.head.head.i == verb.i and status_of(verb, ent.start, ent.doc, lex) != "asserted"


def _described_by_who(ent, lex: Lexicon) -> list:
    """"(the fate of) X (61), the head of a union and a deputy in Grodno, who had been
    released …": the words of the name's description that a "who" clause hangs on, the last
    of its joined roles or the place that ends it (the parser may hang the description on
    the thing "of" the name, too)."""
    descriptions = [a for a in ent.root.children if a.dep_ == "appos"]
    owner = ent.root.head.head
    if ent.root.dep_ == "pobj" and ent.root.head.lower_ == "of" and owner.pos_ == "NOUN" and not is_people(owner, lex):
        descriptions += [a for a in owner.children if a.dep_ == "appos" and a.i > ent.end]
    return [g for a in descriptions for g in a.subtree
            if (g.i == a.i or g.dep_ == "conj" and g.head.i == a.i or g.ent_type_ in ("GPE", "LOC"))
            and any(c.dep_ == "relcl" and any(w.lower_ == "who" for w in c.children) for c in g.children)]


def _list_described(name) -> list:
    """"A, B, C, D, who were all pardoned and freed in March": the last name of the list,
    whose plural "who" clause tells of every name on it."""
    top = name
    while top.dep_ in ("appos", "conj") and top.head.ent_type_ == "PERSON":
        top = top.head
    last = top
    while listed := [c for c in last.children
                     if c.dep_ in ("appos", "conj") and c.ent_type_ == "PERSON" and c.i > last.i]:
        last = listed[-1]
    if last.i == name.i:
        return []
    return [last] if any(c.dep_ == "relcl" and any(w.lower_ == "who" for w in c.children)
                         and any(w.lower_ in ("were", "are", "have", "all") for w in c.children)
                         for c in last.children) else []


def _subject_closed_by(ent):
    """"a member of staff at the mission in Minsk, X, was among those freed": a name the parser
    set beside the place that ends the subject, which the name closes; that subject. Or joined
    to it ("the founder of the Agency for X and Flying University A B was one of 52 freed")."""
    if ent.root.dep_ not in ("appos", "conj") or ent.root.head.ent_type_ not in ("GPE", "LOC", "FAC", "ORG"):
        return None
    for node in ent.root.ancestors:
        if node.dep_ in ("nsubj", "nsubjpass"):
            return node if node.right_edge.i in (ent.end - 1, ent.end) and node.pos_ == "NOUN" else None
        if node.pos_ in ("VERB", "AUX"):
            return None
    return None


def _names_something_else(ent, lex: Lexicon) -> bool:
    """"Lukashenko challenger Viktor Babariko", "Putin critic X": the first name says whom the
    role is against or for; the role's own name is the person. And "the judiciary's news
    outlet, Mizan": a name set beside a medium is the medium's; and a name after "in" is a place."""
    role = ent.root.head
    if ent.root.dep_ == "appos" and role.lemma_.lower() in _MEDIA:
        return True
    if ent.root.dep_ == "pobj" and role.lower_ in ("in", "into", "near", "toward", "towards"):
        return True  # "freed in Khan Younis", a town the recogniser took for a person: where, not who
    return ent.root.dep_ == "compound" and role.pos_ == "NOUN" and is_people(role, lex) \
        and role.dep_ == "compound" and role.head.ent_type_ == "PERSON" and role.head.i > role.i


_MEDIA = frozenset({"outlet", "agency", "newspaper", "daily", "website", "site", "channel", "broadcaster", "magazine",
                    "portal", "station", "tabloid", "weekly"})


# words that end a group's name ("the Tu Do Group")
_GROUP_ENDINGS = frozenset({"group", "party", "movement", "network", "committee", "union", "front", "council",
                            "association"})


def _names_a_group(ent) -> bool:
    """"the first of the activist Tu Do, or Freedom Group, to leave jail": a group's name the
    recogniser took for a person, written elsewhere in the text with its ending ("The Tu Do
    Group")."""
    doc, words = ent.doc, [t.lower_ for t in ent]
    n = len(words)
    if "newsmon_group_endings" not in doc.user_data:  # (once per text: a text has many names)
        doc.user_data["newsmon_group_endings"] = [t.i for t in doc
                                                   if t.lower_ in _GROUP_ENDINGS and t.text[:1].isupper()]
    return any(i >= n and [w.lower_ for w in doc[i - n:i]] == words for i in doc.user_data["newsmon_group_endings"])


def _member_of_actor(ent) -> bool:
    """"A bench, comprising Justice A and Justice B – approved the bail pleas": the members of
    the body that acts, not the people it frees."""
    root = first_conjunct(ent.root)
    return root.dep_ == "dobj" and root.head.lemma_.lower() == "comprise" and root.head.dep_ in ("advcl", "acl")


def _describes_another(ent) -> bool:
    """"A, the husband of B", "A, a lawyer for B", "an adviser to B": B describes A, is not listed with A."""
    root = ent.root
    while root.dep_ == "compound" and root.head.pos_ == "PROPN" and root.head.i > root.i:
        root = root.head  # "the brother of President Abd-Rabbu Mansour Hadi", cut into two names
    prep = root.head
    # (but "Rs 100,000 to B": a sum given to B)
    return root.dep_ == "pobj" and (prep.lower_ == "of" or prep.lower_ in ("for", "to") and prep.head.pos_ == "NOUN"
                                    and not any(c.dep_ == "nummod" for c in prep.head.children))


def _names_the_count(doc, count, start, ent) -> bool:
    """Whether the names from ``start`` on, joined by commas and "and", are exactly as many as
    the count, ``ent`` among them, after a participle phrase of the count with no verb of its own."""
    described = doc.char_span(count["end"], start, alignment_mode="contract")
    if described is None or not len(described) or described[0].tag_ != "VBN" \
            or any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in described):
        return False
    names = []
    for other in (e for e in ent.sent.ents if e.label_ == "PERSON" and e.start_char >= start):
        joint = doc.text[(names[-1].end_char if names else start):other.start_char].strip()
        if joint not in ((",",) if not names else (",", "and", ", and")):
            break
        names.append(other)
    return len(names) == count["count"] and ent in names


def _named_after_count(ent, counts) -> dict | None:
    """A name right after an asserted count of freed people in its sentence, introduced
    by a colon, a dash or "including", with only other names between."""
    doc = ent.doc
    sentence = ent.sent
    if sentence.start > 0 and doc[sentence.start - 1].text == ":":
        # "… were released on Monday: A, B and C", the parser cutting the list from its lead
        sentence = doc[doc[sentence.start - 1].sent.start:sentence.end]
    for count in reversed(counts):
        if count["sentence_start"] != sentence.start_char or count["end"] > ent.start_char:
            continue
        # ("Fifteen of them (A, B, …) had served their full terms": of the count's claims, the
        # one that frees them, however many the count has)
        count = next((c for c in counts if c["start"] == count["start"] and c["predicate"] in PERSON_PREDICATES
                      and c["status"] == "asserted"), count)
        if count["predicate"] not in PERSON_PREDICATES or count["status"] != "asserted":
            return None
        # (the sentence's text, not the Doc's, which spaCy joins anew on every read)
        text, offset = sentence.text, sentence.start_char
        gap = text[count["end"] - offset:ent.start_char - offset].strip(" ,")
        if _BRACKETED.match(gap) and ")" not in gap:
            start = text.index("(", count["end"] - offset) + offset + 1  # the names in brackets after the count
        elif gap.lower().startswith(_NAMING):
            # (after the naming word: "including" is a verb to the tagger, a clause's start)
            naming = next(n for n in _NAMING if gap.lower().startswith(n))
            start = text.index(gap, count["end"] - offset) + offset + len(naming)
        elif gap.endswith(":") and (clause := doc.char_span(count["end"], ent.start_char, alignment_mode="contract")) \
                is not None and not any(t.dep_ in ("nsubj", "nsubjpass", "expl") for t in clause):
            # "20 political prisoners had served out their terms and were released: A, B, …":
            # the count's own clause, then its names
            start = text.rindex(":", 0, ent.start_char - offset) + offset + 1
        elif _NAMING_WORDS.search(gap.lower()) is None:
            # "the two farmers let go on Monday, A and B, paid …": as many names as the count,
            # set off after the count's own participle
            opened = text.index(gap, count["end"] - offset) + offset
            start = opened + len(gap)
            if not _names_the_count(doc, count, start, ent):
                return None
        else:
            # "14 prisoners freed in June, among them X"; "freed 14 people after a visit by
            # envoy Y, including X": what describes the count ends at a naming word
            marker = _NAMING_WORDS.search(gap.lower())
            opened = text.index(gap, count["end"] - offset) + offset
            described = doc.char_span(count["end"], opened + marker.start(), alignment_mode="contract")
            if described is None or any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") and t.dep_ not in ("acl", "relcl")
                                        for t in described):
                return None  # a verb of its own: another clause, not the count's description
            start = opened + marker.end()  # "including" is a verb to the tagger: the names start after it
        between = doc.char_span(start, ent.start_char, alignment_mode="expand")
        if between is None or any(_clause_break(t) for t in between if t.text != ":"):
            return None
        number = doc.char_span(count["start"], count["end"], alignment_mode="expand")
        return {"gov": number.root.i if number is not None else ent.root.i, "predicate": count["predicate"]}
    return None


def _group_to_be_freed(verb) -> bool:
    """"Those to be released included A", "the detainees to be released are A and B": in a
    report of the release, the members of the group it was to free (the text says, not plans)."""
    return verb.dep_ in ("acl", "relcl") and verb.tag_ == "VBN" and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) and any(
        c.dep_ == "auxpass" and c.lower_ == "be" for c in verb.children)


def _remains_of(ent, lex: Lexicon) -> bool:
    """"handed back the bodies of two children and their mother X": the dead, whose
    remains were returned, were not set free."""
    node = ent.root
    for _ in range(8):
        if node.head is node:
            return False
        node = node.head
        if node.pos_ == "NOUN" and node.lemma_.lower() in lex.bodies:
            return True
        if node.pos_ in ("VERB", "AUX"):
            return False
    return False


_FACILITIES = frozenset({"prison", "jail", "colony", "camp", "centre", "center", "airport", "checkpoint", "crossing",
                         # "Ekiti State", "Kayin Region": a region the recogniser took for a person
                         "state", "province", "region", "county", "district", "governorate", "oblast",
                         # "calm returned to Schuman Square": a public place
                         "square", "street", "avenue", "boulevard", "bridge"})


def _own_group(name, lex: Lexicon):
    """What the name's own words say: "X among 3 prisoners set free" (a headline), "X's
    release from prison"."""
    holder = first_conjunct(name)
    # ("X, a lawyer among those freed on Monday, said …": the "among" of her apposition)
    preps = [c for t in (name, *(a for a in name.children if a.dep_ == "appos")) for c in t.children
             if c.dep_ == "prep" and c.lower_ in ("among", "amongst")]
    if holder.dep_ in ("dobj", "oprd") and holder.head.lemma_.lower() in ("name", "identify", "list"):
        # "RBC named journalist A and academic B among the other freed prisoners" (wherever
        # the parser hung the "among")
        preps += [t for t in name.sent if t.dep_ == "prep" and t.lower_ in ("among", "amongst") and t.i > holder.i]
    for prep in preps:
        for group in (c for c in prep.children if c.dep_ == "pobj"):
            node, predicate = modifier_predicate(group, lex)
            if predicate in PERSON_PREDICATES:
                return node, predicate
    if name.dep_ == "poss" and name.head.lemma_.lower() in _OWN_RELEASE \
            and (predicate := noun_predicate(name.head, lex)) in PERSON_PREDICATES \
            and not any(c.dep_ == "prep" and c.lower_ == "of" or c.lower_ in _GIVEN_BY for c in name.head.children) \
            and not any(c.dep_ == "compound" and c.lower_ in RULERS for c in name.children):
        # (nor "King Mohammed VI's royal pardon": who gave it)
        return name.head, predicate  # (but "Biden's 2022 release of Bout": who freed)
    return None


_GIVEN_BY = frozenset({"royal", "presidential"})


def _among_them_after(name, lex: Lexicon):
    """"16 people were freed on Monday, among them the reporter A and B": the parser hung the
    names on the verb, after its "among them"."""
    holder = first_conjunct(name)
    verb = holder.head
    if holder.dep_ not in ("dep", "appos", "npadvmod", "attr") or verb.pos_ not in ("VERB", "AUX"):
        return None
    if not any(c.dep_ == "prep" and c.lower_ in ("among", "amongst", "including") and c.i < holder.i
               and [g.lower_ for g in c.children] == ["them"] for c in verb.children):
        return None
    predicate = word_predicate(verb, lex)
    return (verb, predicate) if predicate in PERSON_PREDICATES else None


_OWN_RELEASE = frozenset({"release", "freedom", "pardon", "liberation", "deportation", "expulsion"})
_CAPTIVES = frozenset({"hostage", "captive", "detainee", "abductee"})
_HELD_NOW = frozenset({"remain", "remains", "still", "held", "hold", "holding", "kept", "killed", "dead", "died",
                       "bodies", "body"})


def _bail_sum_to(ent, lex: Lexicon) -> dict | None:
    """"bail of Rs 2.5 million granted to A, Rs 3 million to B, and Rs 90,000 to C": each
    name after a sum in a bail grant, however the parser hung the list."""
    doc = ent.doc
    first = ent.root
    while first.dep_ == "conj" and first.head.ent_type_ == "PERSON":
        first = first.head  # "Rs 400,000 each to A and B"
    start = min((t.i for t in first.lefts if t.ent_type_ == "PERSON"), default=first.i)  # the name's first word
    if start < 2 or doc[start - 1].lower_ != "to" or not (doc[start - 2].like_num or doc[start - 2].lower_ == "each"):
        return None
    for bail in ent.sent:
        if bail.i > ent.start:
            break
        grant = bail.head
        if bail.lower_ == "bail" and bail.dep_ in ("dobj", "nsubjpass") and word_predicate(grant, lex) in PERSON_PREDICATES \
                and not any(c.dep_ == "neg" for c in grant.children):
            return {"gov": grant.i, "predicate": word_predicate(grant, lex)}
    return None


def _freed_captive(ent) -> dict | None:
    """"Footage shows hostages A, B and C walking down the aircraft stairs": in a text that
    reports a release, a captive named with nothing to say they are held still was freed."""
    if {t.lower_ for t in ent.sent} & _HELD_NOW:
        return None
    node = ent.root
    for _ in range(8):
        if node.dep_ not in ("conj", "appos") or node.head.ent_type_ != "PERSON":
            break
        node = node.head  # "hostages A, B, and C": the later names hang on the first
    titles = [c for c in node.children if c.dep_ in ("compound", "amod", "nmod")]
    if node.dep_ in ("appos", "compound"):
        titles.append(node.head)
    title = next((t for t in titles if t.pos_ == "NOUN" and t.lemma_.lower() in _CAPTIVES and t.i < ent.start), None)
    if title is None:
        return None
    if title.lemma_.lower() == "detainee" and not any(t.lemma_.lower() in _FREEING for t in ent.sent):
        return None  # a caption's "Detainees in the X case: A, B, C": held in a case, freed nowhere in it
    return {"gov": title.i, "predicate": "released"}


_FREEING = frozenset({"release", "free", "freed", "liberate", "walk", "return", "arrive", "land"})


def _full_name_before(ent) -> str | None:
    """"Kai is headed home" after "Kai Li, of New York": the name in full, as the
    text gave it first (the latest such name, if several share the first name); and
    "Ingabire" after "Victoire Ingabire" when no other full name ends so."""
    if len(ent) != 1:
        return None
    names = [e[:-1] if e[-1].tag_ == "POS" else e for e in ent.doc.ents if e.label_ == "PERSON" and e.end <= ent.start]
    full = [n.text for n in names if len(n) > 1 and n[0].text == ent.text]  # ("Kai Li's family": no "'s")
    if full:
        return full[-1]
    family = {n.text for n in names if len(n) > 1 and n[-1].text == ent.text}
    return family.pop() if len(family) == 1 else None


def _first_name_of(ent, claims: list[dict]) -> bool:
    """"My husband Siarhei is free" after "Siarhei Tsikhanouski" was named as freed; "Ms
    Cheng" after "Cheng Lei" (a title and one part of a name already claimed)."""
    if len(ent) == 2 and ent[0].lower_.rstrip(".") in _TITLES:
        return any(ent[-1].lower_ in c["person_name"].lower().split() for c in claims)
    return len(ent) == 1 and any(c["person_name"].split()[0].lower() == ent.text.lower() and
                                 len(c["person_name"].split()) > 1 for c in claims)


_TITLES = frozenset({"mr", "ms", "mrs", "miss", "dr", "mx"})


_CHARGES = frozenset({"charge", "count", "conviction", "offence", "offense", "case"})


def _partial_pardon(verb, name) -> bool:
    """A pardon of some charges ("pardoned her of five charges", "pardoned on two of his
    eight convictions"): the sentence is shortened, nobody is set free."""
    for prep in (c for holder in (verb, name) for c in holder.children
                 if c.dep_ == "prep" and c.lower_ in ("of", "on", "for")):
        for obj in prep.subtree:
            if obj.lemma_.lower() in _CHARGES and obj.tag_ == "NNS":
                return True
    return False


def _other_spelling(ent) -> bool:
    """"Aliaksandr Kozlyanko (Kazlianka)": a word in brackets right after a name is its
    other spelling, not another person."""
    doc = ent.doc
    return len(ent) == 1 and ent.start >= 2 and doc[ent.start - 1].text == "(" and ent.end < len(doc) \
        and doc[ent.end].text == ")" and doc[ent.start - 2].ent_type_ == "PERSON"


def _says(ent, lex: Lexicon) -> bool:
    """"…, RFE/RL President X said": the speaker closing a list is not in it."""
    doc = ent.doc
    after = doc[ent.end] if ent.end < len(doc) else None
    return after is not None and after.lemma_.lower() in lex.speech and after.tag_ in ("VBD", "VBZ", "VBP") and \
        not any(c.dep_ in ("dobj", "ccomp") and c.i > after.i for c in after.children)


def _source_of(ent, gov, lex: Lexicon) -> bool:
    """"52 political prisoners were released, X, head of an institute's department, told a
    correspondent": the subject of a verb of saying, with the release outside the name's own
    words (but "X, who was freed last week, told reporters" is freed)."""
    root = ent.root
    if gov is None or root.dep_ != "nsubj" or root.head.lemma_.lower() not in lex.speech or root.head.i < ent.end \
            or any(t.i == gov.i for t in root.subtree):
        return False
    # the freeing verb has its freed already ("52 prisoners were … released"); a verb left
    # without them lost its object to "said" ("has released activist X …, a group said")
    verbs = [gov] + ([gov.head] if gov.dep_ == "conj" else [])
    # (but "freed a fifth American they held, student X, the official said": X is that one)
    return any(c.dep_ in ("nsubjpass", "dobj") and c.i < ent.start and c.tag_ in ("NNS", "NNPS")
               for v in verbs for c in v.children)


def _under_lead(ent, lex: Lexicon, counts=()) -> dict | None:
    """"- Maria Kalesnikava, an opposition leader" under "Those freed include:"; also under
    a lead that counts a group freed before ("Thirteen people, including ten political
    prisoners, were pardoned. … Rights defenders know these ten of the names:")."""
    if item_verb_before(ent[0]):
        return None
    lead, predicate = lead_of(ent[0], lex)
    if lead is None:
        lead, predicate = profile_lead(ent[0], lex)  # "Here we profile the detainees freed …" over name headings
    if lead is not None and predicate != "remain_imprisoned":
        return {"gov": lead.i, "predicate": predicate}  # (a lead of those held now names nobody freed)
    line = lead_line(ent[0])
    if line is None or not line.text.rstrip().endswith(":"):
        return None
    numbers = [t for t in line if t.like_num and t.dep_ == "nummod" and is_people(t.head, lex)]
    for number in numbers:
        value = value_of([number])
        freed = [c for c in counts if c["status"] == "asserted" and c["predicate"] in PERSON_PREDICATES
                 and c["count"] == value and c["noun"] == noun_lemma(number.head) and c["end"] <= line.start_char]
        if freed:
            return {"gov": number.i, "predicate": freed[-1]["predicate"]}
    return None


def _among_opening(ent, lex: Lexicon) -> dict | None:
    """"Among those released are A and B": a sentence opened by the freed group names its
    members after the verb "be", whatever the parse made of the rest."""
    sentence = ent.sent
    doc = ent.doc
    if doc[sentence.start].lower_ != "among":
        return None
    be = next((t for t in doc[sentence.start:ent.start] if t.lemma_ == "be"), None)
    if be is None:
        return None
    if any(_clause_break(t) and not _in_brackets(t) for t in doc[be.i + 1:ent.start]):
        return None  # (an aside in brackets, "A (A has a tumour), B and C", is still the list)
    for token in doc[sentence.start:be.i]:
        predicate = word_predicate(token, lex) or noun_predicate(token, lex)
        if predicate in PERSON_PREDICATES:
            return {"gov": token.i, "predicate": predicate}
    between = doc[sentence.start + 1:be.i]
    if be.i - sentence.start == 2 and doc[sentence.start + 1].lower_ in ("them", "those", "these") \
            or _most_noted(between):
        # "… were freed. Among them are volunteer A and journalist B": the group just freed,
        # however the parser read the roles before the names
        # (only a release told just before: after "… were freed; 30 new names went on the
        # list", "Among them are …" names the new ones)
        # ("Among the most prominent were A and B", the group may be described between)
        node, predicate = previous_release(be, lex)
        if predicate is not None and (node.sent.end == sentence.start or len(between) > 1 and not any(
                t.pos_ in ("VERB", "AUX") and word_predicate(t, lex) not in (None, predicate)
                for t in doc[node.sent.end:sentence.start])):  # (not "… 1,100 remain behind bars.")
            return {"gov": node.i, "predicate": predicate}
    return None


def _most_noted(words) -> bool:
    """"the most prominent", "the best known", "the best-known names": a superlative standing
    for the group told before."""
    words = [t for t in words if t.lower_ != "-"]
    return len(words) in (3, 4) and words[0].lower_ == "the" and words[1].lower_ in ("most", "best") \
        and words[2].pos_ in ("ADJ", "VERB") and (len(words) == 3 or words[3].lower_ in ("names", "figures", "ones"))


_PERSONAL = frozenset({"he", "she", "his", "her"})


def _own_release_clause(ent, lex: Lexicon) -> dict | None:
    """"X was the only one with papers when he was released", "X left Vietnam after his
    release": the name's own clause tells of the release of "he", "she" or "his", "her"."""
    subject = name_head(ent)  # "The lawyer X left Hanoi after his release"
    verb = subject.head
    if subject.dep_ not in ("nsubj", "nsubjpass"):
        # "X, who served a term before being freed": the name's own relative clause
        verb = next((c for c in subject.children if c.dep_ == "relcl" and any(
            w.dep_ == "nsubj" and w.lower_ == "who" for w in c.children)), subject)
    if verb is subject or verb.pos_ not in ("VERB", "AUX"):
        return None
    for token in verb.subtree:
        if token.i < ent.end:
            continue
        predicate = word_predicate(token, lex) if token.pos_ == "VERB" else noun_predicate(token, lex)
        if predicate not in PERSON_PREDICATES:
            continue
        deps = ("nsubjpass", "nsubj") if token.pos_ == "VERB" else ("poss",)
        if (any(c.dep_ in deps and c.lower_ in _PERSONAL for c in token.children) and _when(token)
                or _after_being(token, verb)) \
                and not (token.pos_ == "VERB" and still_held(token)) \
                and status_of(token, token.i, token.doc, lex) == "asserted":
            # (but "as she was released from the courtroom straight into a prison van")
            return {"gov": token.i, "predicate": predicate}
    return None


_WHEN_WORDS = frozenset({"when", "after", "since", "once", "upon", "following", "as"})


def _freed_title(ent, lex: Lexicon) -> dict | None:
    """A caption's "Freed Palestinian prisoner X is greeted by relatives": the title before
    the name says the person was freed."""
    for title in (c for c in ent.root.children if c.dep_ == "compound" and c.i < ent.start and c.pos_ == "NOUN"):
        for word in (a for a in title.children if a.dep_ == "amod" and a.i < title.i):
            if (predicate := word_predicate(word, lex)) in PERSON_PREDICATES:
                return {"gov": word.i, "predicate": predicate}
    return None


def _after_being(token, verb) -> bool:
    """"A and B flash a salute after being released": a passive with no subject of its own
    right under the preposition of time on the names' verb."""
    if not (token.dep_ == "pcomp" and (token.head.lower_ in _WHEN_WORDS or token.head.lower_ == "before"
                                       and verb.tag_ == "VBD")  # (a past "served two years before being freed")
            and any(c.dep_ == "auxpass" and c.lower_ == "being" for c in token.children)
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children)):
        return False
    node = token.head.head  # (the parser may hang the "after" on a clause of the verb with no subject of its own)
    while node.i != verb.i:
        if node.head is node or any(c.dep_ in ("nsubj", "nsubjpass") for c in node.children):
            return False
        node = node.head
    return True


def _when(token) -> bool:
    """The release is a time in the name's clause ("when he was released", "after his
    release"), not what the name said or did about someone's ("welcomed her release")."""
    if token.pos_ == "VERB":
        return token.dep_ in ("advcl", "relcl") and any(c.dep_ in ("mark", "advmod") and c.lower_ in _WHEN_WORDS for c in token.children)
    return token.dep_ == "pobj" and token.head.lower_ in _WHEN_WORDS


def _named_member(ent, counts, lex: Lexicon) -> dict | None:
    """"The returnees were one civilian and 50 soldiers. The lone civilian was X": a name
    that a copula gives to "the <noun>" of a freed count in the sentences just before; also
    "Russia freed three Americans. … The other two were A and B" (a part of the count)."""
    root = ent.root
    while root.dep_ == "conj" and root.head.pos_ == "PROPN":
        root = root.head  # "… were A, 54, and B, 47": the second name hangs on the first
    be = root.head
    if root.dep_ != "attr" or be.lemma_ != "be":
        return None
    subject = next((c for c in be.children if c.dep_ == "nsubj"), None)
    if subject is None or not any(c.lower_ in ("the", "this") for c in subject.children):
        return None
    if subject.like_num:
        part = value_of([subject])
        doc = ent.doc
        earlier = doc[max(0, ent.sent.start - 80):ent.sent.start]
        freed = [c for c in counts if c["status"] == "asserted" and c["predicate"] in PERSON_PREDICATES
                 and part is not None and c["count"] > part and earlier.start_char <= c["sentence_start"]] if len(earlier) else []
        if not freed:
            return None
        number = doc.char_span(freed[-1]["start"], freed[-1]["end"], alignment_mode="expand")
        return {"gov": number.root.i if number is not None else be.i, "predicate": freed[-1]["predicate"]}
    doc = ent.doc
    first = ent.sent
    for _ in range(3):  # the count may stand up to three sentences before
        if first.start == 0:
            break
        first = doc[first.start - 1].sent
    earliest = first.start_char
    freed = [c for c in counts if earliest <= c["sentence_start"] <= ent.sent.start_char and c["status"] == "asserted"
             and c["predicate"] in PERSON_PREDICATES and c["noun"] == noun_lemma(subject) and c["count"] == 1]
    if not freed:
        return None
    number = doc.char_span(freed[-1]["start"], freed[-1]["end"], alignment_mode="expand")
    return {"gov": number.root.i if number is not None else be.i, "predicate": freed[-1]["predicate"]}
