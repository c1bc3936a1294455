"""Release words that set nobody free: a court "released the names of the four activists",
a prisoner "was released from solitary confinement but remains in the colony", "released
from the courtroom straight into a prison van". Claims and release evidence made of them
are dropped (issue 13: sentencing and health stories are not release reports). Reads a
parsed Doc; knows nothing of the store."""

from __future__ import annotations

_RELEASE = frozenset({"release", "free", "liberate"})
# what is released when it is information, not people
_INFORMATION = frozenset({"name", "list", "detail", "identity", "photo", "photograph", "picture", "video",
                          "statement", "document", "record", "file", "data", "verdict", "footage", "report"})
# released from these, a prisoner is still held: moved within custody
_WITHIN_CUSTODY = frozenset({"confinement", "solitary", "courtroom", "hospital", "ward", "isolation", "cell",
                             "infirmary", "quarantine"})
# released into or back to these, or "remains in" them: still held
_STILL_HELD = frozenset({"van", "cell", "colony", "prison", "jail", "custody", "detention", "arrest", "camp",
                         "barracks"})
# whose custody is freedom: hostages "released into the custody of the Red Cross", a prisoner
# handed into the care of the family
_CARERS = frozenset({"cross", "crescent", "icrc", "family", "relative", "embassy", "ambassador", "unhcr", "mediator"})


def _objects(prep) -> list:
    return [c for c in prep.children if c.dep_ in ("pobj", "pcomp")]


def _lemmas(tokens) -> set[str]:
    return {t.lemma_.lower() for t in tokens}


def still_held(verb) -> bool:
    """Whether the release word ``verb`` frees nobody (see the module's examples)."""
    objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    if objects and all(o.lemma_.lower() in _INFORMATION for o in objects):
        return True  # (not "released 400 people …, state media reports", the attribution taken for an object)
    for child in verb.children:
        if child.dep_ == "prep":
            inside = _lemmas(t for o in _objects(child) for t in o.subtree)
            if child.lower_ == "from" and inside & _WITHIN_CUSTODY:
                return True
            if child.lower_ in ("into", "to", "back") and inside & _STILL_HELD and not inside & _CARERS:
                return True
        if child.dep_ in ("conj", "advcl") and child.lemma_.lower() == "remain" and any(
                _lemmas(c.subtree) & _STILL_HELD for c in child.children if c.dep_ == "prep") and not any(
                c.dep_ == "nsubj" and c.lower_ not in ("he", "she", "they") for c in child.children):
            # "released from solitary confinement but remains in the colony" (the same person),
            # not "released 20 …, but 15 remain in custody" or "four were released, but the
            # editor remains in custody" (others, with a subject of their own)
            return True
    return False


def _release_word(token):
    for node in (token, *token.ancestors):
        if node.lemma_.lower() in _RELEASE:
            return node
        if node.pos_ == "VERB":
            return None  # "released footage and said that 90 prisoners had been returned": their own verb
        if node.dep_ == "pobj" and node.head.lower_ == "of" and node.head.head.lemma_.lower() in _INFORMATION:
            # "released the names of the four activists"; but "the names of the 18 pardoned
            # individuals have not been disclosed" says nothing against the pardon
            information = node.head.head
            return information if information.head.lemma_.lower() in _RELEASE else None
    return None


def frees_nobody(doc, start: int) -> bool:
    """Whether the claim whose words start at character ``start`` is such a non-release."""
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    if span is None or not len(span):
        return False
    word = _release_word(span[0])
    if word is None:
        return False
    return word.lemma_.lower() in _INFORMATION or still_held(word)


def sentence_frees_somebody(sentence) -> bool:
    """Whether some release word of ``sentence`` frees people (none of the above)."""
    words = [t for t in sentence if t.lemma_.lower() in _RELEASE and t.pos_ in ("VERB", "AUX", "NOUN")]
    return not words or any(not still_held(t) for t in words)
