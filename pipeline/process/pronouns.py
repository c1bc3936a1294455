"""A person whose release the next sentence tells with a pronoun: "Among the women detained
was X, 73, a veteran activist. She was then let go from a police station."; "X was given
18 years in 2012. He was freed a week after …".

Only one sentence back, only a lone person there, and that person must be the sentence's
subject or the name a copula gives: with two people named, or more text between, "he"
could be anyone. Also a named group freed later as "the journalists" ("Five journalists, A,
B and C, were arrested on Sunday. … The journalists were released that evening."), and a
release a clause of the name's own verb tells ("X spent two years in jails before he was
freed"). Names joined as a subject may be freed as "they" a few sentences on, when no other
person or group is a subject in between. Used by persons.person_claims when the name's own
words say nothing of a release.
"""

from __future__ import annotations

from newsmon.pipeline.process.custody import still_held
from newsmon.pipeline.process.entspans import ents_in
from newsmon.pipeline.process.governors import is_agent, status_of
from newsmon.pipeline.process.lexicon import PERSON_PREDICATES, Lexicon, first_conjunct, noun_lemma, verb_predicate

_SINGULAR = frozenset({"he", "she"})


def freed_next(ent, lex: Lexicon) -> dict | None:
    """{"gov", "predicate"} of the release that the sentence after ``ent``'s tells of "he" or
    "she", when ``ent`` is its own sentence's subject and no other person there could be;
    else None. One sentence more when the one between speaks of the same person, as "she"
    or "her", and names no one ("X was seized on 15 March. Her paper said she was held by
    the police. She was released six days later.")."""
    sent = ent.sent
    doc = sent.doc
    if sent.end >= len(doc) or not _leads(ent):
        return None
    others = {e[-1].lower_ for e in ents_in(sent) if e.label_ == "PERSON" and e.root.dep_ != "pobj"} - {ent[-1].lower_}
    if others:
        return None  # (a person in a phrase, "the movement against X", names no one "he" could be)
    following = doc[sent.end].sent
    found = _freed_by_pronoun(following, lex)
    if found is None and following.end < len(doc) and _of_the_same(following):
        found = _freed_by_pronoun(doc[following.end].sent, lex)
    return found


def _of_the_same(sentence) -> bool:
    """A sentence that names no person and speaks of one, as "he", "she", "his" or "her"."""
    return not any(e.label_ == "PERSON" for e in ents_in(sentence)) \
        and any(t.lower_ in _SINGULAR or t.lower_ in ("his", "her", "him") for t in sentence) \
        and not any(t.lower_ in ("they", "them", "their") for t in sentence)


def _freed_by_pronoun(following, lex: Lexicon) -> dict | None:
    """The release a sentence opening with "he" or "she" as its subject tells, or None."""
    # ("On Thursday, he was released": the subject after a time put first)
    opening = [t for t in following if not t.is_space][:6]
    opening = opening[:next((i for i, t in enumerate(opening) if t.pos_ in ("VERB", "AUX")), len(opening))]
    pronoun = next((t for t in opening if t.lower_ in _SINGULAR and t.dep_ in ("nsubj", "nsubjpass")), None)
    if pronoun is None:
        return None
    return _freed_subject(pronoun, lex)


def _freed_subject(subject, lex: Lexicon, joined: bool = True) -> dict | None:
    """{"gov", "predicate"} of the release that the verb of ``subject`` (a pronoun) tells as done
    to it, or (``joined``) a verb joined on with no subject of its own ("she was imprisoned in
    2010 …, and was released in 2018"); else None (and "He had freed dozens of prisoners": who
    frees, not who is freed)."""
    head = subject.head
    verbs = (head, *(c for c in head.children if c.dep_ == "conj" and c.pos_ == "VERB"
                     and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children))) if joined else (head,)
    verb = next((v for v in verbs if verb_predicate(v, lex) in PERSON_PREDICATES), head)
    predicate = verb_predicate(verb, lex)
    if predicate not in PERSON_PREDICATES or is_agent(verb, lex) or still_held(verb) \
            or status_of(verb, subject.i, subject.doc, lex) != "asserted":
        return None
    return {"gov": verb.i, "predicate": predicate}


def freed_as_they(ent, lex: Lexicon, reach: int = 4) -> dict | None:
    """{"gov", "predicate"} of a release told of "they" in one of the ``reach`` sentences after
    ``ent``'s, when ``ent`` is one of two or more names joined as the subject of their
    sentence ("A, B and C were convicted in the case. … They began serving their terms in
    June. In December they were released") and no other person or group of people is the
    subject of a sentence between; else None."""
    head = first_conjunct(name_head(ent))
    # ("The organisers of the march, A and B, were detained …": the names set beside a plural subject,
    # which name_head may already have climbed to)
    subject = head
    if head.dep_ == "appos" and head.head.tag_ in ("NNS", "NNPS"):
        subject = head.head
    elif head.ent_type_ != "PERSON" and head.tag_ in ("NNS", "NNPS"):
        head = next((c for c in head.children if c.dep_ == "appos" and c.ent_type_ == "PERSON"), head)
    if subject.dep_ not in ("nsubj", "nsubjpass") or subject.head.dep_ != "ROOT":
        return None
    joined = [t for t in head.subtree if t.dep_ == "conj" and t.ent_type_ == "PERSON"]
    if head.ent_type_ != "PERSON" or not joined:
        return None
    doc, sentence = ent.doc, ent.sent
    for _ in range(reach):
        if sentence.end >= len(doc):
            return None
        sentence = doc[sentence.end].sent
        subjects = [t for t in sentence if t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ in ("ROOT", "conj")]
        they = next((t for t in subjects if t.lower_ == "they"), None)
        # (a subject of a clause joined to the main one counts, "Three others were held; they …";
        # not one inside a clause of time or a relative, "when the protesters danced")
        if any(t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ not in ("advcl", "relcl", "acl", "pcomp")
               and (they is None or t.i < they.i)
               and (t.ent_type_ == "PERSON" or t.tag_ in ("NNS", "NNPS") and t.lemma_.lower() in lex.people)
               for t in sentence):
            return None  # another person or group the "they" could be ("Three others were held; they …")
        if they is None and any(t.tag_ in ("NNS", "NNPS") and t.lemma_.lower() in lex.people
                                and any(c.dep_ == "nummod" for c in t.children) for t in sentence):
            return None  # ("Police also held three students. They were released": the students)
        if they is not None and (freed := _freed_subject(they, lex, joined=False)) is not None:
            return freed
    return None


# the words a name may hang by in the group a custody verb takes: "detained A, along with two
# members, B and C, as well as D"
_HELD_GROUP_DEPS = frozenset({"dobj", "appos", "conj", "pobj", "prep", "compound"})


def freed_as_they_held(ent, lex: Lexicon) -> dict | None:
    """{"gov", "predicate"} of the release the next sentence tells of "they", when ``ent`` is
    one of two or more people the sentence before it has arrested as its main verb's object
    ("Police detained A along with B and C. They were released the same day."); else None."""
    sent = ent.sent
    doc = sent.doc
    verb = sent.root
    if sent.end >= len(doc) or verb_predicate(verb, lex) != "detained" or not is_agent(verb, lex):
        return None
    node = name_head(ent)
    while node.i != verb.i:
        if node.dep_ not in _HELD_GROUP_DEPS:
            return None
        node = node.head
    if sum(e.label_ == "PERSON" for e in ents_in(sent)) < 2:
        return None  # (a lone name is "he" or "she", freed_next's)
    following = doc[sent.end].sent
    they = next((t for t in following if t.dep_ in ("nsubj", "nsubjpass") and t.head.i == following.root.i), None)
    if they is None or they.lower_ != "they":
        return None
    return _freed_subject(they, lex)


def freed_in_own_clause(ent, lex: Lexicon) -> dict | None:
    """{"gov", "predicate"} of a release that a clause of the name's own verb tells: "X spent
    two years in jail before he was freed", "X spoke to reporters after being freed from
    prison", "X was held for a week but has been freed", a caption's "prisoner X speaking to
    reporters after being freed". The name must
    be that verb's subject (or the caption's), the clause's subject "he" or "she" (or none,
    "after being freed"), and no other person the subject of anything in the sentence."""
    head = name_head(ent)
    if head.dep_ in ("nsubj", "nsubjpass"):
        verbs = [head.head]
    else:
        # a caption: "Political prisoner X speaking to reporters after being freed"
        holder = head.head if head.dep_ == "appos" else head
        verbs = [c for c in holder.children if c.dep_ == "acl" and c.tag_ == "VBG"]
    if not verbs or any(e.label_ == "PERSON" and e.root.dep_ in ("nsubj", "nsubjpass") and e.root.i != head.i
                        for e in ents_in(ent.sent)):
        return None
    clauses = [c for verb in verbs for c in verb.children if c.dep_ == "advcl" and any(
        s.dep_ in ("nsubj", "nsubjpass") and s.lower_ in _SINGULAR for s in c.children)]
    clauses += [w for verb in verbs for p in verb.children if p.dep_ == "prep" and p.lower_ in ("after", "upon", "before")
                for w in p.children if w.dep_ == "pcomp" and any(a.lower_ == "being" for a in w.children)]
    # "X was placed in pre-trial detention but has now been released": a joined verb with
    # the name as its subject too
    clauses += [c for verb in verbs for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB"
                and not any(s.dep_ in ("nsubj", "nsubjpass") for s in c.children)]
    for clause in clauses:
        predicate = verb_predicate(clause, lex)
        if predicate in PERSON_PREDICATES and not is_agent(clause, lex) and not still_held(clause) \
                and status_of(clause, clause.i, clause.doc, lex) == "asserted":
            return {"gov": clause.i, "predicate": predicate}
    return None


def freed_later_as_group(ent, lex: Lexicon, reach: int = 4) -> dict | None:
    """{"gov", "predicate"} of a release told of "the <group>" in one of the ``reach``
    sentences after ``ent``'s, when ``ent`` is listed beside a count of that group which is its
    sentence's subject ("Five journalists, A, B and C, were arrested"); else None."""
    group = name_head(ent)
    if group.pos_ != "NOUN" or group.tag_ != "NNS" or group.dep_ not in ("nsubj", "nsubjpass") \
            or not any(c.dep_ == "nummod" for c in group.children):
        return None
    doc = ent.doc
    sentence = ent.sent
    for _ in range(reach):
        if sentence.end >= len(doc):
            return None
        sentence = doc[sentence.end].sent
        for subject in (t for t in sentence if t.dep_ in ("nsubj", "nsubjpass") and t.tag_ == "NNS"
                        and noun_lemma(t) == noun_lemma(group)):
            if any(c.dep_ == "nummod" for c in subject.children) \
                    or not any(c.dep_ == "det" and c.lower_ in ("the", "these") for c in subject.children):
                return None  # another count of the same noun: another group
            head = subject.head
            for verb in (head, *(c for c in head.children if c.dep_ == "conj" and c.pos_ == "VERB")):
                predicate = verb_predicate(verb, lex)
                if predicate in PERSON_PREDICATES and not is_agent(verb, lex) and not still_held(verb) \
                        and status_of(verb, subject.i, doc, lex) == "asserted":
                    return {"gov": verb.i, "predicate": predicate}
    return None


def freed_as_their_number(ent, counts: list[dict], reach: int = 2) -> dict | None:
    """{"gov", "predicate"} of a release that one of the ``reach`` sentences after ``ent``'s
    tells of "the four", when ``ent`` is one of exactly four people named as the object of
    its sentence's verb ("police arrested reporters A and B, and editors C and D. Officers
    took the four to a station and released them"); else None."""
    verb = ent.root
    # (a role the tagger took for a verb, "and editors C and D", is one of the list)
    while (verb.pos_ not in ("VERB", "AUX") or verb.dep_ == "conj" and verb.head.pos_ in ("NOUN", "PROPN")) \
            and verb.dep_ in ("conj", "appos", "compound", "dobj", "nsubjpass") and verb.head.i != verb.i:
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    # the names the verb acts on: not one inside a phrase ("according to X")
    named = [e for e in ents_in(ent.sent) if e.label_ == "PERSON" and _reached(e.root, verb)]
    if len(named) < 2 or not any(e.start == ent.start for e in named):
        return None
    doc = ent.doc
    sentence, starts = ent.sent, []
    for _ in range(reach):
        if sentence.end >= len(doc):
            break
        sentence = doc[sentence.end].sent
        starts.append(sentence.start_char)
    for claim in counts:
        if claim["sentence_start"] in starts and claim["count"] == len(named) and claim["status"] == "asserted" \
                and claim["predicate"] in PERSON_PREDICATES and doc.text[:claim["start"]].rstrip().lower().endswith(
                    ("the", "all")):
            token = doc.char_span(claim["start"], claim["end"], alignment_mode="expand")
            return {"gov": token.root.i, "predicate": claim["predicate"]} if token is not None else None
    return None


def _reached(token, verb) -> bool:
    """Whether ``token`` hangs on ``verb`` through names, appositions and lists only."""
    while token.i != verb.i:
        if token.dep_ not in ("conj", "appos", "compound", "dobj", "nsubjpass", "cc") or token.head.i == token.i:
            return False
        token = token.head
    return True


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
    if head.dep_ == "conj" and head.head.pos_ == "NOUN" and head.head.ent_type_ != "PERSON" and head.left_edge.i > 0 \
            and ent.doc[head.left_edge.i - 1].text == "," and not any(c.dep_ == "cc" for c in head.head.children):
        head = head.head  # "X's wife, journalist Y, was among those held": the name set beside its subject
    if head.dep_ in ("nsubj", "nsubjpass"):
        return head.head.dep_ == "ROOT"
    return head.dep_ == "attr" and head.head.lemma_ == "be" and head.head.dep_ == "ROOT"
