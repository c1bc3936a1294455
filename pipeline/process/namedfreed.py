"""Names told as freed by where the text puts them rather than by a verb of their own: on
the list of names a pardon was read out with ("A and B were among the names the minister
read"), walking out of a jail right after a release ("A leaves the jail after the
president pardoned 120 deputies", a photo caption), after "the men freed were", or as what
"the four" freed in the sentence before are. Used by persons.person_claims when the name's
own words say nothing of a release."""

from __future__ import annotations

from newsmon.pipeline.process.governors import modifier_predicate, of_group_predicate, status_of
from newsmon.pipeline.process.groupnames import listed_under
from newsmon.pipeline.process.lexicon import (
    PERSON_PREDICATES,
    Lexicon,
    first_conjunct,
    is_people,
    verb_predicate,
    word_predicate,
)
from newsmon.pipeline.process.numbers import value_of

_LISTS = frozenset({"name", "list"})
_MADE_KNOWN = frozenset({"read", "announce", "publish", "release", "name", "list", "issue"})
# where people are held or questioned, left after a release
_LEFT_PLACES = frozenset({"jail", "prison", "custody", "detention", "colony", "cell", "headquarters", "court",
                          "courthouse", "centre", "center", "facility"})


def on_freed_list(ent, counts, lex: Lexicon) -> dict | None:
    """{"gov", "predicate"} when the name is the subject of "were among the names" or "was
    on the list" of a release: the list's own words say so ("the list of pardoned prisoners"),
    or it was read out or published right after a count of people freed was asserted in the
    sentence before."""
    subject = first_conjunct(ent.root)
    be = subject.head
    if subject.dep_ != "nsubj" or be.lemma_ != "be":
        return None
    lists = [g for p in be.children if p.dep_ == "prep" and p.lower_ in ("among", "amongst", "on")
             for g in p.children if g.dep_ == "pobj" and g.lemma_.lower() in _LISTS]
    if not lists:
        return None
    node, predicate = modifier_predicate(lists[0], lex)
    if predicate not in PERSON_PREDICATES:
        node, predicate = of_group_predicate(lists[0], lex)  # "the list of pardoned prisoners"
    if predicate in PERSON_PREDICATES:
        return {"gov": node.i, "predicate": predicate}
    if not any(c.dep_ in ("acl", "relcl") and c.lemma_.lower() in _MADE_KNOWN for c in lists[0].children):
        return None
    sent = ent.sent
    if sent.start == 0:
        return None
    before = ent.doc[sent.start - 1].sent
    freed = [c for c in counts if c["sentence_start"] == before.start_char and c["status"] == "asserted"
             and c["predicate"] in PERSON_PREDICATES]
    if not freed:
        return None
    return listed_under(freed[-1], ent.doc, be)


def left_after_release(ent, lex: Lexicon) -> dict | None:
    """"A leaves the secret police's headquarters after the president pardoned 120
    deputies": a name leaving a place of custody just after a release told as
    done is one of those freed."""
    subject = ent.root
    leave = subject.head
    if subject.dep_ != "nsubj" or leave.lemma_.lower() not in ("leave", "exit") \
            or not any(c.dep_ == "dobj" and c.lemma_.lower() in _LEFT_PLACES for c in leave.children):
        return None
    clauses = [c for c in leave.children if c.dep_ == "advcl" and any(
        m.dep_ == "mark" and m.lower_ in ("after", "as", "when") for m in c.children)]
    clauses += [g for p in leave.children if p.dep_ == "prep" and p.lower_ in ("after", "following")
                for g in p.children if g.dep_ == "pcomp"]
    for clause in clauses:
        predicate = verb_predicate(clause, lex)
        if predicate in PERSON_PREDICATES and status_of(clause, clause.i, clause.doc, lex) == "asserted":
            return {"gov": clause.i, "predicate": predicate}
    return None


def freed_were(ent, lex: Lexicon) -> dict | None:
    """"the men freed were A, an oil executive, and B": the names after "were" that follows
    a freed group ("the men freed", "those released"), whatever the parser made of the
    participle."""
    doc = ent.doc
    sentence = ent.sent
    be = next((t for t in reversed(doc[sentence.start:ent.start]) if t.lemma_ == "be"), None)
    if be is None or be.i < sentence.start + 2:
        return None
    participle, group = doc[be.i - 1], doc[be.i - 2]
    predicate = word_predicate(participle, lex)
    if predicate not in PERSON_PREDICATES or participle.tag_ not in ("VBN", "VBD"):
        return None
    if not (group.lower_ == "those" or group.tag_ == "NNS" and is_people(group, lex) and any(
            c.dep_ == "det" and c.lower_ in ("the", "those", "these") for c in group.children)):
        return None
    named = ent.root
    while named.dep_ in ("conj", "appos") and named.head.i != named.i:
        named = named.head
    if named.head.i != be.i or named.dep_ not in ("attr", "nsubj"):
        return None  # (not "… were a mix of soldiers, including two jailed for spying for X")
    if status_of(participle, group.i, doc, lex) != "asserted":
        return None
    return {"gov": participle.i, "predicate": predicate}


def named_as_the_number(ent, counts: list[dict]) -> dict | None:
    """"Four hostages were freed on Saturday. The four, taken from a festival, are A, 25, B,
    27, C and D": the names that "the four" of the next sentence are, when there are that
    many of them and the sentence before freed that many."""
    doc = ent.doc
    be = ent.root
    while be.dep_ in ("appos", "conj", "attr", "nsubj") and be.head.i != be.i and be.lemma_ != "be":
        be = be.head
    if be.lemma_ != "be":
        return None
    number = next((c for c in be.children if c.dep_ == "nsubj" and c.like_num
                   and any(d.dep_ == "det" and d.lower_ in ("the", "these", "those", "all") for d in c.children)), None)
    if number is None or ent.sent.start == 0:
        return None
    named = [e for e in doc.ents if e.label_ == "PERSON" and ent.sent.start <= e.start < ent.sent.end and e.start > be.i]
    before = doc[ent.sent.start - 1].sent.start_char
    for claim in counts:
        if claim["sentence_start"] == before and claim["count"] == len(named) and claim["status"] == "asserted" \
                and claim["predicate"] in PERSON_PREDICATES and value_of([number]) == len(named):
            return {"gov": be.i, "predicate": claim["predicate"]}
    return None
