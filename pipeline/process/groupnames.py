"""Names given to a group whose release the text has already counted: "Three activists were
released today. The activists are A, B and C"; "Hamas freed four Thais … the four Thai men
- A, B, C and D - are being examined"; "412 convicts were pardoned. Among them were A and
B"; "the early release of two detainees. They included A and B".

The sentence opens with the group (a pronoun, or "the" with the noun the count used, and
its number if it gives one) and lists the names before any clause of its own. A pronoun
refers back one sentence only, to that sentence's last count of freed people; a noun may
refer to any such count before it with the same noun; a noun with a number, to the same
number made definite ("these three hostages") and freed in one of the next three sentences.
A verb of naming gives names to a freed group too ("identified the freed men as A and B").
Used by persons.person_claims when
the name's own words say nothing of a release.
"""

from __future__ import annotations

from newsmon.pipeline.process.entspans import ents_in
from newsmon.pipeline.process.governors import governor, modifier_predicate, status_of
from newsmon.pipeline.process.lexicon import PERSON_PREDICATES, Lexicon, is_people, noun_lemma, verb_predicate
from newsmon.pipeline.process.listnames import list_members
from newsmon.pipeline.process.numbers import value_of

_PRONOUNS = frozenset({"they", "them", "these", "those"})
_OPENING_VERBS = frozenset({"be", "include"})
_LIST_MARKS = frozenset({",", "-", "--", "–", "—", ":", "(", "and"})
_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})
_NAMING_VERBS = frozenset({"identify", "name", "list"})


def named_group(ent, counts, lex: Lexicon) -> dict | None:
    """{"gov", "predicate"} of the freed count that the group opening ``ent``'s sentence
    refers to, when ``ent`` is listed right after that opening; else None."""
    sent = ent.sent
    names = [e for e in ents_in(sent) if e.label_ == "PERSON"]
    if not names or ent.root.dep_ == "pobj" and ent.root.head.lower_ == "by":
        return None  # ("They will be received by Governor X": who receives them)
    first = names[0]
    opening = _opening(sent.doc[sent.start:first.start], lex)
    if opening is None or _clause_between(sent.doc[first.end:ent.start]):
        return None
    between = [t.text for t in sent.doc[first.end:ent.start]]
    if between.count("(") > between.count(")"):
        return None  # "A, B and C from the Civic Movement (D)": D names the movement
    kind, group = opening
    freed = [c for c in counts if c["status"] == "asserted" and c["predicate"] in PERSON_PREDICATES
             and c["end"] <= sent.start_char]
    if kind == "pronoun":
        before = sent.doc[sent.start - 1].sent if sent.start > 0 else None
        freed = [c for c in freed if before is not None and c["sentence_start"] == before.start_char]
    else:
        lemmas = {noun_lemma(t) for t in group if t.pos_ in ("NOUN", "PROPN", "ADJ")}
        number = [t for t in group if t.like_num]
        wanted = value_of(number) if number else None
        # "the four Thai men" after "four more Thai workers were released": the number and
        # the article say which group; without a number the noun must be the count's own
        freed = [c for c in freed if c["count"] == wanted or wanted is None and c["noun"] in lemmas]
    if not freed and kind == "noun":
        return _freed_later(sent, group[-1], lex) or _counted_later(sent, counts, wanted)
    if not freed:
        return None
    count = freed[-1]
    return listed_under(count, sent.doc, ent.root)


def named_as(ent, counts, lex: Lexicon) -> dict | None:
    """"Police identified the freed captives as A, B and C"; "a third Briton, named as A, was
    also let go"; "the agency named the six Turks as A, …" after six Turks were freed: the
    names a verb of naming gives, with "as", to a group that its own words, its verb or an
    earlier count of the same number and noun say was freed."""
    opening = _naming_as(ent.root)
    if opening is None:
        return None
    verb, group = opening.head, None
    for _ in range(4):
        # "identified by the office of X as A": the parser hung "as" on the one who names
        if verb.pos_ == "VERB" or verb.dep_ not in ("pobj", "prep", "agent") or verb.head is verb:
            break
        verb = verb.head
    if verb.dep_ in ("dobj", "nsubjpass", "oprd"):
        verb, group = verb.head, verb  # ("as" hung on the group itself)
    if verb.lemma_.lower() not in _NAMING_VERBS:
        return None
    group = group or (verb.head if verb.dep_ == "acl" else next(
        (c for c in verb.children if c.dep_ in ("dobj", "nsubjpass", "oprd")), None))
    if group is not None and group.like_num and any(c.lower_ in ("the", "these", "those", "all") for c in group.children):
        # "officials identified the four as A, B, C and D": the four counted as freed before
        wanted = value_of([group])
        freed = [c for c in counts if c["count"] == wanted and c["end"] <= group.idx and c["status"] == "asserted"
                 and c["predicate"] in PERSON_PREDICATES]
        return listed_under(freed[-1], group.doc, group) if freed else None
    if group is None or group.pos_ not in ("NOUN", "PROPN") or not is_people(group, lex):
        return None
    node, predicate = modifier_predicate(group, lex)
    if predicate not in PERSON_PREDICATES:
        node, predicate = governor(group, lex)
    if predicate in PERSON_PREDICATES:
        return {"gov": node.i, "predicate": predicate}
    number = [c for c in group.children if c.dep_ == "nummod"]
    if not number or not any(c.lower_ in ("the", "these", "those") for c in group.children):
        return None
    wanted, lemma = value_of(number), noun_lemma(group)
    freed = [c for c in counts if c["count"] == wanted and c["noun"] == lemma and c["end"] <= group.idx
             and c["status"] == "asserted" and c["predicate"] in PERSON_PREDICATES]
    if not freed:
        return None
    return listed_under(freed[-1], group.doc, group)


def named_subject(ent, counts, lex: Lexicon) -> dict | None:
    """"The six marchers freed by the court were A, B and C": the names a group counted as
    freed in the same sentence is said to be (the parser may make the participle the clause
    that is the subject)."""
    top = ent.root
    while top.dep_ in ("conj", "appos") and top.head is not top:
        top = top.head
    be = top.head
    # ("The two Nepalis on their way home are A and B": the parser made the group a clause and the
    # names the subject)
    clause_first = top.dep_ == "nsubj" and any(c.dep_ == "csubj" and c.i < top.i for c in be.children)
    if be.lemma_ != "be" or top.dep_ not in ("attr", "npadvmod", "oprd") and not clause_first or be.i > top.i:
        return None
    subjects = [c for c in be.children if c.dep_ == "nsubj" and c.i != top.i] + [
        s for c in be.children if c.dep_ == "csubj" for s in c.children if s.dep_ == "nsubj"]
    if len(subjects) != 1 or not is_people(subjects[0], lex):
        return None
    group = subjects[0]
    freed = [c for c in counts if group.left_edge.idx <= c["start"] and c["end"] <= group.idx + len(group)
             and c["status"] == "asserted" and c["predicate"] in PERSON_PREDICATES]
    if not freed:
        return None
    return listed_under(freed[0], ent.doc, group)


def _naming_as(name):
    """The "as" that ``name`` is listed under, climbing the list and the descriptions set
    beside its names ("as A, a professor from B, C; D"); None when a clause comes first. The
    parser sometimes joins a list's last name to the verb itself: then the verb's "as" is
    taken when it opens names too."""
    node = name
    for _ in range(8):
        if node.dep_ == "pobj" and node.head.lower_ == "as":
            return node.head
        if node.dep_ == "conj" and node.head.pos_ == "VERB":
            return next((c for c in node.head.children if c.dep_ == "prep" and c.lower_ == "as" and any(
                g.dep_ == "pobj" and g.ent_type_ == "PERSON" for g in c.children)), None)
        if node.dep_ not in ("conj", "appos", "pobj", "prep", "compound") or node.head is node:
            return None
        node = node.head
    return None


def counted_list(ent, counts, lex: Lexicon) -> dict | None:
    """"Four journalists were freed on Monday. … A, B, C and D had been arrested in 2019": a
    list that opens its sentence and names exactly as many people as a count of the freed
    asserted in the three sentences before. A list still held ("A and B remain in prison")
    is no such group."""
    sent = ent.sent
    doc = sent.doc
    roots = {m.i for m in list_members(ent.root, appositions=True)}
    if len(roots) < 2 or governor(doc[min(roots)], lex)[1] == "remain_imprisoned":
        return None
    names = [e for e in ents_in(sent) if e.label_ == "PERSON" and e.root.i in roots]
    if len(names) < 2 or any(t.pos_ not in ("DET", "ADJ", "NOUN", "CCONJ") for t in doc[sent.start:names[0].start]):
        return None  # (a title may open the list: "Journalists A, B and C")
    before = doc.text[:sent.start_char]  # (Doc.text joins every token: once, not per name)
    if any(name[-1].text in before for name in names):
        return None  # a list of people met before is no introduction of the counted group
    first = sent
    for _ in range(3):
        if first.start == 0:
            break
        first = doc[first.start - 1].sent
    freed = [c for c in counts if first.start_char <= c["sentence_start"] < sent.start_char and c["count"] == len(names)
             and c["status"] == "asserted" and c["predicate"] in PERSON_PREDICATES]
    if not freed:
        return None
    return listed_under(freed[-1], doc, ent.root)


def listed_under(count: dict, doc, fallback) -> dict:
    """{"gov", "predicate"} of names listed under the freed ``count``: its number governs them
    (``fallback`` when the count's span is no longer a span of tokens)."""
    number = doc.char_span(count["start"], count["end"], alignment_mode="expand")
    return {"gov": number.root.i if number is not None else fallback.i, "predicate": count["predicate"]}


def _freed_later(sent, head, lex: Lexicon) -> dict | None:
    """"The four journalists -- A, B, C and D -- were covering a protest. … The journalists
    were released after four hours": the same definite group, the subject of an asserted
    freeing verb in one of the next three sentences."""
    doc = sent.doc
    lemma = noun_lemma(head)
    stop = sent.end
    for _ in range(3):
        if stop >= len(doc):
            break
        stop = doc[stop].sent.end
    for token in doc[sent.end:stop]:
        if token.tag_ != "NNS" or noun_lemma(token) != lemma or token.dep_ not in ("nsubj", "nsubjpass") \
                or not any(c.lower_ == "the" for c in token.children):
            continue
        verb = token.head
        predicate = verb_predicate(verb, lex)
        if predicate in PERSON_PREDICATES and status_of(verb, token.i, doc, lex) == "asserted":
            return {"gov": verb.i, "predicate": predicate}
    return None


def _counted_later(sent, counts, wanted) -> dict | None:
    """"The three women - A, B and C - had been held for 450 days. … The release of these
    three hostages …": the same number, made definite, freed in one of the next three
    sentences."""
    if wanted is None:
        return None
    doc = sent.doc
    stop = sent.end
    for _ in range(3):
        if stop >= len(doc):
            break
        stop = doc[stop].sent.end
    end_char = doc[stop - 1].idx + len(doc[stop - 1].text)
    for count in counts:
        if not (sent.end_char <= count["start"] < end_char) or count["count"] != wanted \
                or count["status"] != "asserted" or count["predicate"] not in PERSON_PREDICATES:
            continue
        number = doc.char_span(count["start"], count["end"], alignment_mode="expand")
        if number is not None and number.start > 0 and doc[number.start - 1].lower_ in ("the", "these", "those"):
            return {"gov": number.root.i, "predicate": count["predicate"]}
    return None


def _opening(prefix, lex: Lexicon):
    """("pronoun" | "noun", the group's tokens) when ``prefix``, the words before a
    sentence's first name, opens with a group of people; else None. A reporting clause
    before it is skipped: "Officials say the four Thai men - A, …"."""
    tokens = list(prefix)
    said = next((i for i, t in enumerate(tokens) if t.dep_ == "ROOT" and t.lemma_.lower() in lex.speech), None)
    if said is not None:
        tokens = tokens[said + 1:]
        if tokens and tokens[0].lower_ == "that":
            tokens = tokens[1:]
    if len(tokens) < 2:
        return None
    words = [t.lower_ for t in tokens]
    if words[0] == "among" and words[1] in _PRONOUNS:
        # "Among them were", "Among those taken into custody this week were": a group whose
        # own words do not say it is held now ("Among those still held are" is no freed group)
        be = next((t for t in tokens[2:] if t.lemma_.lower() == "be" and t.dep_ == "ROOT"), None)
        described = tokens[2:be.i - tokens[0].i] if be is not None else []
        if be is None or any(t.pos_ in ("VERB", "AUX") for t in prefix.doc[be.i + 1:prefix.end]) or any(
                t.lower_ in ("still", "remain", "remaining", "currently") or verb_predicate(t, lex) == "remain_imprisoned"
                or be.tag_ in ("VBP", "VBZ") and t.lemma_.lower() in lex.state_lemmas for t in described):
            return None  # (and "Among those jailed by the junta are": held now)
        return "pronoun", tokens[1:2]
    if words[0] in _PRONOUNS and tokens[1].lemma_.lower() in _OPENING_VERBS:
        return ("pronoun", tokens[:1]) if not _clause_between(prefix.doc[tokens[1].i + 1:prefix.end]) else None
    if words[0] != "the":
        return None
    # "the four Thai men -", "The activists are", "The oil executives –"
    end = next((i for i, t in enumerate(tokens) if t.lower_ in _LIST_MARKS or t.lemma_.lower() in _OPENING_VERBS),
               None)
    if end is None or end < 2:
        return None
    group = tokens[1:end]
    # "The four rights workers from the group X --": the group's own words end at a preposition
    # (but "the wives of the three Britons, A, B and C": "of" leads to the group)
    group = group[:next((i for i, t in enumerate(group) if t.pos_ == "ADP" and t.lower_ != "of"), len(group))]
    if not group:
        return None
    head = group[-1]
    if head.tag_ not in ("NNS", "NNPS") or not is_people(head, lex):
        return None
    if tokens[end].lemma_.lower() in _OPENING_VERBS and any(
            t.tag_ in _FINITE for t in tokens[end + 1:]):
        return None
    if any(t.tag_ in _FINITE or t.pos_ == "VERB" for t in group):
        return None
    if any(t.pos_ in ("VERB", "AUX", "ADP", "SCONJ", "PRON") for t in tokens[end + 1:]):
        return None  # "The three women, who endured …, were described by X": no list follows the group
    return "noun", group


def _clause_between(span) -> bool:
    """A main-clause verb between the opening and a name: the list has ended ("… – A and B
    – are being examined, said C")."""
    return any(t.tag_ in _FINITE and t.dep_ in ("ROOT", "ccomp", "conj", "parataxis") for t in span)
