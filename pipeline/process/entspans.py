"""Entities near a token or inside a sentence, read from the tokens' IOB marks.

``Doc.ents`` and ``Span.ents`` build a Span for every entity of the whole document on each
access; the rules ask for the entities of one sentence, or the one around one token, a few
thousand times per hundred articles, and that rebuilding cost more than any rule (measured
with bench/process.py and cProfile). These read only the tokens concerned and give the
same spans, in the same order.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

_INSIDE, _BEGIN = 1, 3  # Token.ent_iob: 1 inside, 2 outside, 3 begins, 0 not set


def _entity(doc: Doc, start: int) -> Span:
    end = start + 1
    while end < len(doc) and doc[end].ent_iob == _INSIDE:
        end += 1
    first = doc[start]
    return Span(doc, start, end, label=first.ent_type, kb_id=first.ent_kb_id, span_id=first.ent_id)


def ents_in(span: Span | Doc) -> list[Span]:
    """``span.ents``: the entities wholly inside ``span`` (a sentence, or the whole Doc), in order."""
    if isinstance(span, Doc):
        return list(span.ents)
    doc, found = span.doc, []
    i = span.start
    while i < span.end:
        if doc[i].ent_iob == _BEGIN:
            ent = _entity(doc, i)
            if ent.end > span.end:
                break  # as spaCy's Span.ents: one running past the end closes the list
            found.append(ent)
            i = ent.end
        else:
            i += 1
    return found


def entity_at(doc: Doc, i: int) -> Span | None:
    """The entity that token ``i`` is part of, or None."""
    if doc[i].ent_iob not in (_INSIDE, _BEGIN):
        return None
    start = i
    while doc[start].ent_iob == _INSIDE and start > 0:
        start -= 1
    return _entity(doc, start)
