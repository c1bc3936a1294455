"""Counts told through a prisoner exchange instead of a verb of freeing: the size of a swap
written as a modifier ("a 75-person prisoner swap") or the people a swap is said to
involve. Whoever a swap takes in is freed by it; whether it took place, ``status_of`` says
from the words around the swap."""

from __future__ import annotations

from newsmon.pipeline.process.numbers import NumberSpan

_SWAPS = frozenset({"exchange", "swap"})
_UNITS = frozenset({"person", "people", "man"})
_HELD = frozenset({"prisoner", "hostage", "captive", "detainee", "pow"})


def _swap(token) -> bool:
    return token.lemma_.lower() in _SWAPS


def sized_swap(number: NumberSpan, doc):
    """"helped broker the 75-person prisoner swap": the swap whose size the count gives in
    people, and the word for whom it swaps when one is written ("prisoner"), else the unit."""
    if number.end + 1 >= len(doc) or doc[number.end].text != "-":
        return None, None
    unit = doc[number.end + 1]
    if unit.dep_ != "compound" or unit.lemma_.lower() not in _UNITS or not _swap(unit.head):
        return None, None
    swap = unit.head
    held = next((c for c in swap.children if c.dep_ == "compound" and c.i > unit.i and c.lemma_.lower() in _HELD), None)
    return swap, held if held is not None else unit


def involved_in_swap(noun):
    """"the fifth exchange this year, involving 60 prisoners of war", "a swap involving
    40 detainees": the swap the counted people are in."""
    if noun is None or noun.dep_ != "dobj" or noun.head.lemma_.lower() != "involve":
        return None
    verb = noun.head
    if verb.dep_ == "acl" and _swap(verb.head):
        return verb.head
    if verb.dep_ == "advcl":
        return next((c for c in verb.head.children if c.dep_ in ("dobj", "nsubj", "nsubjpass") and _swap(c)), None)
    return None
