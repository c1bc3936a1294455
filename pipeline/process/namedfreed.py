"""Names told as freed by where the text puts them rather than by a verb of their own: on
the list of names a pardon was read out with ("A and B were among the names the minister
read"), or walking out of a jail right after a release ("A leaves the jail after the
president pardoned 120 deputies", a photo caption). Used by persons.person_claims when the name's
own words say nothing of a release."""

from __future__ import annotations

from newsmon.pipeline.process.governors import modifier_predicate, of_group_predicate, status_of
from newsmon.pipeline.process.groupnames import listed_under
from newsmon.pipeline.process.lexicon import PERSON_PREDICATES, Lexicon, verb_predicate

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
    subject = ent.root
    while subject.dep_ == "conj" and subject.head is not subject:
        subject = subject.head
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
