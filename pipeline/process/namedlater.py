"""A person freed first and named after: wire copy often opens with "A Taiwanese activist
jailed in China returned home on Friday" and gives the name only in the next sentence or
two ("X was detained in 2015 …"). Used by persons.person_claims when the name's own words
say nothing of a release."""

from __future__ import annotations

from newsmon.pipeline.process.governors import governor, modifier_predicate, status_of
from newsmon.pipeline.process.lexicon import OFFICES, PERSON_PREDICATES, Lexicon, is_people, possessive

# words of the name's own sentence that keep to the freed person's story: custody, the
# charges, the coming home (not "the foreign secretary welcomed the news")
_STORY_WORDS = frozenset({"detain", "arrest", "jail", "imprison", "hold", "held", "prison", "custody", "arrival",
                          "release", "free", "freed", "sentence", "charge", "disappear", "convict", "captivity",
                          "return", "inmate", "cell"})
# how far after the release the name may come, in sentences
_REACH = 2
# "a second editor was freed": one of several told of, not a person the text brings in
_ONE_OF_SEVERAL = frozenset({"second", "third", "another", "other", "fellow"})


def named_after_freed_one(ent, lex: Lexicon) -> dict | None:
    """{"gov", "predicate"} when ``ent`` is the first full name after a sentence, at most two
    before its own, whose subject is one person told only by an indefinite noun ("a leading
    human rights lawyer") and asserted as freed, and the name's sentence goes on with that
    person's custody or release; else None."""
    doc = ent.doc
    if len(ent) < 2 or ent[0].lower_ in OFFICES or ent.start > 0 and doc[ent.start - 1].lower_ in OFFICES \
            or ent.end < len(doc) and possessive(doc[ent.end]):
        return None  # (nor "President X", "X's government")
    if not any(t.lemma_.lower() in _STORY_WORDS or t.lower_ in _STORY_WORDS for t in ent.sent):
        return None
    before = ent.sent
    for _ in range(_REACH):
        if before.start == 0:
            return None
        before = doc[before.start - 1].sent
        if any(e.label_ == "PERSON" and len(e) >= 2 and before.end <= e.start < ent.start for e in doc.ents):
            return None  # another name came first: the freed one, if any, is that one
        freed = _one_freed(before, lex)
        if freed is not None:
            return freed
    return None


def _one_freed(sentence, lex: Lexicon) -> dict | None:
    """The release of "a <people noun>" that is the subject of ``sentence``, asserted."""
    for noun in sentence:
        if noun.tag_ != "NN" or noun.dep_ not in ("nsubj", "nsubjpass") or not is_people(noun, lex) \
                or not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children) \
                or any(c.lower_ in _ONE_OF_SEVERAL for c in noun.children):
            continue
        gov, predicate = governor(noun, lex)
        if predicate not in PERSON_PREDICATES:
            gov, predicate = modifier_predicate(noun, lex)
        if predicate in PERSON_PREDICATES and gov is not None \
                and status_of(gov, noun.i, noun.doc, lex) == "asserted":
            return {"gov": gov.i, "predicate": predicate}
    return None
