"""Names the recogniser mislabels or misses, told by where they stand: "authorities released
Bekele Gerba" (an organisation to the small model), "Jabeur Mejri was released" (a product),
"Agnes Ndirubusa, Christine Kamikazi, …" (a place). Two or three capitalised proper nouns
that a freeing verb acts on, that a comma and a person's noun or "who" follow ("X,
secretary general of …", "X, a journalist", "X, who was …"), or that a person's noun
stands right before ("US citizen X Y"), are a person's name. Used by the newsmon_surnames
component (pipeline/process/nlp.py) after listnames.py.
"""

from __future__ import annotations

from spacy.attrs import DEP, IS_TITLE, POS
from spacy.strings import get_string_id
from spacy.tokens import Span

from newsmon.pipeline.process.lexicon import PERSON_PREDICATES, Lexicon, is_people, verb_predicate

# words that make a run of proper nouns an organisation, an office or a place
_NOT_A_NAME = frozenset({
    "congress", "party", "group", "union", "ministry", "agency", "international", "media", "news", "council",
    "committee", "court", "front", "movement", "association", "organisation", "organization", "centre", "center",
    "institute", "foundation", "bank", "company", "times", "post", "press", "radio", "network", "service",
    "forces", "army", "police", "government", "office", "department", "university", "school", "church", "club",
    "republic", "kingdom", "state", "states", "united", "nations", "prison", "colony", "camp", "airport",
    "province", "region", "city", "street", "square", "day", "house", "cross", "crescent", "watch", "federation",
})
_MISLABELLED = frozenset({"ORG", "PRODUCT", "GPE", "NORP", "FAC", "WORK_OF_ART", "LOC", ""})
_SUBJECT_OR_OBJECT = frozenset({"dobj", "nsubjpass"})


def placed_names(doc, entities: list[Span], lex: Lexicon) -> list[Span]:
    """``entities`` with such names labelled PERSON (relabelled, or added where no entity was)."""
    taken = {i: e for e in entities for i in range(e.start, e.end)}
    changed: dict[int, Span] = {}
    propn, compound = get_string_id("PROPN"), get_string_id("compound")
    # one array read instead of a Token for every word: most are not proper nouns
    candidates = [i for i, (pos, dep, title) in enumerate(doc.to_array([POS, DEP, IS_TITLE]).tolist())
                  if pos == propn and title and dep != compound]
    for i in candidates:
        token = doc[i]
        start = token.i
        while start > token.i - 2 and start > 0 and doc[start - 1].dep_ == "compound" \
                and doc[start - 1].head.i == token.i and doc[start - 1].pos_ == "PROPN" and doc[start - 1].is_title:
            start -= 1
        if start == token.i or any(t.lower_ in _NOT_A_NAME or is_people(t, lex) or t.lower_ in lex.verbs
                                   or t.lower_.endswith("s") and t.lower_[:-1] in lex.verbs for t in doc[start:token.i + 1]):
            continue  # (a title, "Deputy Chairman", or a headline's verb, "Swap Roils Poland")
        held = {taken[i].label_ for i in range(start, token.i + 1) if i in taken}
        if held - _MISLABELLED or "PERSON" in held or any(taken[i].ent_id_ for i in range(start, token.i + 1)
                                                          if i in taken) or held and any(
                taken[i].start < start or taken[i].end > token.i + 1 for i in range(start, token.i + 1) if i in taken):
            # already a person, a date or a number; one of pipeline/data/entities.jsonl ("Boko
            # Haram", whatever a broken parse makes it the object of); or an entity reaching past these words
            continue
        if (_freed(token, lex) or _described_as_person(token, lex) or _role_before(doc, start, token, lex)) \
                and not _title_case(token.sent):
            # (in a headline in title case every word looks like a name)
            changed[start] = Span(doc, start, token.i + 1, label="PERSON")
    if not changed:
        return entities
    covered = {i for span in changed.values() for i in range(span.start, span.end)}
    kept = [e for e in entities if not covered.intersection(range(e.start, e.end))]
    return sorted(kept + list(changed.values()), key=lambda e: e.start)


def _freed(token, lex: Lexicon) -> bool:
    """The object of "released", "freed", "pardoned", or the one subject of their passive
    ("X was released"; "the ship X and its crew were released" names a vessel)."""
    verb = token.head
    if token.dep_ not in _SUBJECT_OR_OBJECT or verb_predicate(verb, lex) not in PERSON_PREDICATES:
        return False
    return token.dep_ == "dobj" or not any(c.dep_ == "conj" for c in token.children) and any(
        c.dep_ in ("aux", "auxpass") and c.lower_ in ("was", "is", "has") for c in verb.children)


def _described_as_person(token, lex: Lexicon) -> bool:
    """"X, secretary general of …", "X, a journalist": a comma and a noun of a person after it;
    "X, who was convicted …": a clause on "who", which stands for people."""
    doc = token.doc
    if token.i + 2 >= len(doc) or doc[token.i + 1].text != ",":
        return False
    if any(c.dep_ == "relcl" and any(g.lower_ == "who" and g.dep_ in ("nsubj", "nsubjpass") for g in c.children)
           for c in token.children):
        return True
    appos = [c for c in token.children if c.dep_ == "appos" and c.pos_ == "NOUN"]
    return any(is_people(c, lex) or c.lemma_.lower() in ("secretary", "head", "chairman", "founder", "director")
               for c in appos)


def _role_before(doc, start: int, token, lex: Lexicon) -> bool:
    """"US citizen Meach Sovannara", "blogger Igor Losik": a lower-case noun of a person right
    before two or more proper nouns, hung on the same name."""
    role = doc[start - 1] if start > 0 else None
    return role is not None and start < token.i and role.head.i == token.i and role.dep_ == "compound" \
        and role.tag_ == "NN" and role.is_lower and is_people(role, lex)


def _title_case(sentence) -> bool:
    words = [t for t in sentence if t.is_alpha and len(t) > 3]
    return len(words) >= 3 and sum(t.is_title for t in words) >= 0.8 * len(words)
