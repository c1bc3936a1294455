"""Whether a counted figure is tied to another time than the release an article reports:
an earlier release ("four days after 31 were freed", "last week's release of 16", "the
previous release of 52") or a total over a period ("more than 400 since last summer",
"forty freed in a week"). Such a figure never becomes a figure of the article's own
event (issue 13). Reads a parsed Doc; knows nothing of the store."""

from __future__ import annotations

from datetime import timedelta
from typing import NamedTuple

EARLIER, PERIOD = "earlier", "period"
_UNITS = {"day": 1, "week": 7, "fortnight": 14}
_SMALL = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
          "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "few": None}


class TimeRef(NamedTuple):
    kind: str | None = None  # EARLIER, PERIOD or None: the article's own release
    lag: timedelta | None = None  # "four days after 31 were freed": how long before the sentence's own time
    clause: frozenset[int] = frozenset()  # token indices of the "after …" phrase


def _lag(back) -> timedelta | None:
    """"four days" / "a week" just before the word ``back`` ("after"), however parsed."""
    doc = back.doc
    if back.i < 2:
        return None
    unit, number = _UNITS.get(doc[back.i - 1].lemma_.lower()), doc[back.i - 2]
    if unit is None:
        return None
    count = int(number.text) if number.text.isdigit() else _SMALL.get(number.lower_)
    return timedelta(days=count * unit) if count else None


# "after the release of 31", "four days after 31 were freed", "since 14 were pardoned"
_BACK = frozenset({"after", "following", "since"})
# "last week's release", "the previous release of 16", "a similar release in June"
_PAST_WORDS = frozenset({"last", "previous", "earlier", "prior", "former", "similar", "first", "past"})
_PERIOD_PREPS = frozenset({"in", "over", "during", "since", "within", "throughout"})
_PERIOD_WORDS = frozenset({"week", "weeks", "month", "months", "year", "years", "summer", "autumn", "spring",
                           "winter", "decade", "fortnight"})


def _number_token(doc, start: int):
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


def _past_modified(noun) -> bool:
    for child in noun.children:
        if child.dep_ == "amod" and child.lower_ in _PAST_WORDS:
            return True
        if child.dep_ in ("poss", "npadvmod") and any(t.lower_ in _PAST_WORDS for t in child.subtree):
            return True  # "last week's release"
    return False


def _over_period(verb) -> bool:
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ in _PERIOD_PREPS:
            words = {t.lower_ for t in child.subtree if t.ent_type_ == "DATE"}
            if words & _PERIOD_WORDS or child.lower_ == "since" and words:
                return True
    return False


def time_reference(doc, start: int) -> TimeRef:
    """Whether the figure whose number starts at character ``start`` is of an earlier
    release (and how long before), a total over a period, or the article's own."""
    token = _number_token(doc, start)
    if token is None:
        return TimeRef()
    path = [token, *token.ancestors]
    for i, node in enumerate(path):
        if node.dep_ == "conj" and any(c.dep_ in ("acl", "relcl") for c in node.children):
            break  # "…after a US envoy's visit, and the nine freed on Monday": a clause of its own
        clause = frozenset(t.i for t in node.subtree)
        if node.dep_ == "prep" and node.lower_ in _BACK and i > 0:
            return TimeRef(EARLIER, _lag(node), clause)  # the number is inside "after …"
        mark = next((c for c in node.children if c.dep_ == "mark" and c.lower_ in _BACK), None)
        if node.dep_ in ("advcl", "pcomp", "acl", "relcl") and mark is not None:
            return TimeRef(EARLIER, _lag(mark), clause)
        if node.pos_ == "NOUN" and node.lemma_.lower() in ("release", "pardon", "exchange", "swap", "amnesty") \
                and _past_modified(node):
            return TimeRef(EARLIER, None, clause)
    if any(_over_period(n) for n in path if n.pos_ in ("VERB", "AUX")):
        return TimeRef(PERIOD)  # "Since the summer of 2024, Lukashenko has let more than 400 go"
    return TimeRef()
