"""Names the recogniser misses inside a list of names: in "A, B, Fabian Buglione Reyes and
D", where the others are people, a member written the same way (two to four capitalised
proper nouns) is a person too, whatever label the model gave it (a nationality, a place,
an organisation). Used by the newsmon_surnames component (pipeline/process/nlp.py)."""

from __future__ import annotations

from spacy.tokens import Span

_MIN_PEOPLE = 2  # other members of the list already known to be people


def list_members(token, appositions: bool = False) -> list:
    """The heads of a coordinated list that ``token`` belongs to. With ``appositions``, a
    name set beside another name counts as a member too: the parser often makes the second
    name of "A, B, C and D" an apposition of the first (B appos of A, C conj of B)."""
    def joined(node) -> bool:
        return node.dep_ == "conj" or appositions and node.dep_ == "appos" and node.pos_ == "PROPN"

    top = token
    while joined(top) and top.head is not top and (not appositions or top.head.pos_ == "PROPN"):
        top = top.head
    found, stack = [], [top]
    while stack:
        node = stack.pop()
        found.append(node)
        stack.extend(c for c in node.children if joined(c))
    return found


def _name_span(head):
    """The capitalised proper nouns ending at ``head`` ("Fabian Buglione Reyes"), or None."""
    doc = head.doc
    start = head.i
    while start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].head.i == head.i \
            and doc[start - 1].pos_ == "PROPN":
        start -= 1
    tokens = doc[start:head.i + 1]
    if not 2 <= len(tokens) <= 4 or not all(t.pos_ == "PROPN" and t.is_title for t in tokens):
        return None
    return tokens


def _given_to_people(top, people: frozenset[str]) -> bool:
    """"The activists are A, B and C", "the four Thai men - A, B, C and D -": a list that a
    copula or an apposition gives to a plural noun of people names people."""
    if top.dep_ == "appos":
        noun = top.head
    elif top.dep_ == "attr" and top.head.lemma_ == "be":
        noun = next((c for c in top.head.children if c.dep_ == "nsubj"), None)
    else:
        return False
    return noun is not None and noun.tag_ == "NNS" and noun.lemma_.lower() in people


def _people_word(token, people: frozenset[str]) -> bool:
    word = token.lower_
    return word in people or word.endswith("s") and word[:-1] in people \
        or word.endswith("men") and word[:-3] + "man" in people  # ("two National Guardsmen")


def listed_people(doc, entities: list[Span], people: frozenset[str] = frozenset()) -> list[Span]:
    """``entities`` with the list members that are people relabelled or added as PERSON:
    lists with other people in them, and lists given to a plural noun of ``people``."""
    person_at = {i for e in entities if e.label_ == "PERSON" for i in range(e.start, e.end)}
    added: list[Span] = []
    done: set[int] = set()
    given = [t for t in doc if t.pos_ == "PROPN" and _given_to_people(t, people)]
    given_at = {t.i for t in given}
    for root in [e.root for e in entities if e.label_ == "PERSON"] + given:
        if root.i in done:
            continue
        members = list_members(root, appositions=True)
        done.update(m.i for m in members)
        if root.i not in given_at and sum(m.i in person_at for m in members) < _MIN_PEOPLE:
            continue
        for member in members:
            if member.i in person_at:
                continue
            tokens = _name_span(member)
            if tokens is not None and not _people_word(tokens[-1], people):
                # (not "Nepalese Journalists", "Party President")
                added.append(Span(doc, tokens.start, tokens.end, label="PERSON"))
    if not added:
        return entities
    taken = {i for span in added for i in range(span.start, span.end)}
    kept = [e for e in entities if not taken.intersection(range(e.start, e.end))]
    return sorted(kept + added, key=lambda e: e.start)
