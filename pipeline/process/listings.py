"""Lists under a lead: "Those freed include:" followed by one line per person or group
("- Ihar Losik, a blogger", "2. Three American citizens: A, B and C"). The items have no
verb of their own; what happened to them is said once, by the lead line ending in a colon.
"""

from __future__ import annotations

from newsmon.pipeline.process.governors import status_of
from newsmon.pipeline.process.lexicon import (
    PERSON_PREDICATES,
    Lexicon,
    noun_predicate,
    word_predicate,
)

_BULLETS = frozenset({"-", "–", "—", "•", "*", "·", "▪"})
_MAX_ITEMS = 40  # a list longer than this is a table or an index, not the freed


def _is_item(sentence) -> bool:
    """A line of a list: opened by a bullet, or by a number and a full stop or bracket
    ("1." split off by the sentencizer, or "1) Name")."""
    first = sentence[0]
    if first.text in _BULLETS:
        return True
    return first.like_num and len(first.text) <= 3 and len(sentence) > 1 and sentence[1].text in (".", ")")


def _lead(sentence, lex: Lexicon):
    """The word of a lead line that says people were set free, if the line ends in a colon
    and says so as fact: "Those freed include:", "Among those released:"."""
    if not sentence.text.rstrip().endswith(":"):
        return None, None
    for token in sentence:
        predicate = word_predicate(token, lex) or noun_predicate(token, lex)
        if predicate in PERSON_PREDICATES and status_of(token, token.i, token.doc, lex) == "asserted":
            return token, predicate
    return None, None


def lead_of(token, lex: Lexicon):
    """For a token in a list item: the lead's freeing word and its predicate, else (None, None).

    Walks back over the items before this one (at most _MAX_ITEMS) to the line they hang
    from; a numbered item's number and its text may be two sentences ("1." and the rest).
    """
    doc, sentence = token.doc, token.sent
    before = doc[sentence.start - 1] if sentence.start else None  # a bullet or "1." split off on its own
    if not (_is_item(sentence) or before is not None and (
            before.text in _BULLETS or before.text in (".", ")") and before.i and doc[before.i - 1].like_num)):
        return None, None  # most tokens: no list in sight, no walk over the sentences
    sentences = list(doc.sents)
    index = next((i for i, s in enumerate(sentences) if s.start <= token.i < s.end), None)

    def in_item(i: int) -> bool:
        return _is_item(sentences[i]) or (i > 0 and len(sentences[i - 1]) <= 2 and _is_item(sentences[i - 1]))

    if index is None or not in_item(index):
        return None, None
    back = index
    while back > 0 and in_item(back) and index - back < 2 * _MAX_ITEMS:
        back -= 1
    if in_item(back):
        return None, None
    return _lead(sentences[back], lex)


def item_verb_before(token) -> bool:
    """Whether a verb comes between the start of the list item and ``token``: a name after
    it ("- Ihar Losik, sentenced by judge X") is not one of the listed."""
    sentence = token.sent
    return any(t.pos_ == "VERB" for t in sentence.doc[sentence.start:token.i])
