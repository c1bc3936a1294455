"""A person whose release the next sentence tells with a pronoun: "Among the women detained
was X, 73, a veteran activist. She was then let go from a police station."; "X was given
18 years in 2012. He was freed a week after …".

Only one sentence back, only a lone person there, and that person must be the sentence's
subject or the name a copula gives: with two people named, or more text between, "he"
could be anyone. Used by persons.person_claims when the name's own words say nothing of a
release.
"""

from __future__ import annotations

from newsmon.pipeline.process.custody import still_held
from newsmon.pipeline.process.governors import is_agent, status_of
from newsmon.pipeline.process.lexicon import PERSON_PREDICATES, Lexicon, verb_predicate

_SINGULAR = frozenset({"he", "she"})


def freed_next(ent, lex: Lexicon) -> dict | None:
    """{"gov", "predicate"} of the release that the sentence after ``ent``'s tells of "he" or
    "she", when ``ent`` is its own sentence's subject and no other person there could be;
    else None."""
    sent = ent.sent
    doc = sent.doc
    if sent.end >= len(doc) or not _leads(ent):
        return None
    following = doc[sent.end].sent
    opening = [t for t in following if not t.is_space][:3]
    pronoun = next((t for t in opening if t.lower_ in _SINGULAR and t.dep_ in ("nsubj", "nsubjpass")), None)
    if pronoun is None:
        return None
    others = {e[-1].lower_ for e in sent.ents if e.label_ == "PERSON" and e.root.dep_ != "pobj"} - {ent[-1].lower_}
    if others:
        return None  # (a person in a phrase, "the movement against X", names no one "he" could be)
    verb = pronoun.head
    predicate = verb_predicate(verb, lex)
    if predicate not in PERSON_PREDICATES or is_agent(verb, lex) or still_held(verb) \
            or status_of(verb, pronoun.i, doc, lex) != "asserted":
        return None  # (and "He had freed dozens of prisoners": who frees, not who is freed)
    return {"gov": verb.i, "predicate": predicate}


def name_head(ent):
    """The token a name stands for in its clause, through an apposition or a title ("The
    lawyer X", "X, a teacher,")."""
    head = ent.root
    while head.dep_ in ("appos", "compound") and head.head.i != head.i:
        head = head.head
    return head


def _leads(ent) -> bool:
    """The name is its sentence's subject ("X was sentenced"), or what its copula names
    ("Among the women arrested was X"), through an apposition or a title."""
    head = name_head(ent)
    if head.dep_ in ("nsubj", "nsubjpass"):
        return head.head.dep_ == "ROOT"
    return head.dep_ == "attr" and head.head.lemma_ == "be" and head.head.dep_ == "ROOT"
