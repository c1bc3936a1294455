"""Evidence that an article reports a release at all, with or without a number: the
sentences where people are said, as fact, to have been set free (the release-report flag),
and which claims set people free."""

from __future__ import annotations

from spacy.attrs import POS
from spacy.parts_of_speech import AUX, NOUN, VERB

from newsmon.pipeline.process.governors import status_of
from newsmon.pipeline.process.lexicon import (
    PERSON_PREDICATES,
    WORKS,
    Lexicon,
    handed_objects,
    is_people,
    not_custody,
    noun_predicate,
    word_predicate,
)

# the only words that can tell of a release here (read as one array: a Token per word costs more)
_TELLING = frozenset({NOUN, VERB, AUX})
# who a deportation sets free rather than sends away
_HELD = frozenset({"prisoner", "detainee", "inmate", "convict", "dissident", "hostage"})


def _custody_place(sentence, lex: Lexicon) -> bool:
    return any(t.lower_ in lex.state_places for t in sentence)


def sets_free(claim: dict, doc, lex: Lexicon) -> bool:
    """Whether an asserted claim reports people set free: a deportation only if those
    deported were held ("deported 14 political prisoners to Lithuania")."""
    if claim["status"] != "asserted" or claim["predicate"] not in PERSON_PREDICATES:
        return False
    if claim["predicate"] != "deported" or claim["kind"] != "count":
        return True
    sentence = doc.char_span(claim["sentence_start"], claim["sentence_start"] + len(claim["sentence"]),
                             alignment_mode="expand")
    return claim.get("noun") in _HELD or (sentence is not None and _custody_place(sentence, lex))


def release_evidence(doc, lex: Lexicon) -> list[int]:
    """Sentence starts where people are said, as fact, to have been released, with or
    without a number ("Most detainees were released")."""
    found = []
    for token in (doc[i] for i, pos in enumerate(doc.to_array(POS).tolist()) if pos in _TELLING):
        if token.pos_ == "NOUN" and _release_as_subject(token, lex):
            found.append(token.sent.start_char)
            continue
        headline = token.pos_ not in ("VERB", "AUX") and _headline_verb(token, lex)
        if token.pos_ not in ("VERB", "AUX") and not headline:
            continue  # "exiled politicians" describes people, it reports nothing
        predicate = lex.verbs[token.lower_[:-1]] if headline else word_predicate(token, lex)
        if predicate not in PERSON_PREDICATES:
            continue
        # the subject only when nothing else was freed: "The watchdog released a series of reports"
        # names who released what ("100 prisoners released" is a headline's subject)
        direct = bool(handed_objects(token))  # ("hands over awards to …")
        objects = [c for c in token.children if c.dep_ in ("nsubjpass", "dobj") or c.dep_ == "nsubj" and not direct
                   or c.dep_ == "appos" and token.pos_ == "NOUN"]
        if token.dep_ in ("acl", "relcl", "amod") and not _published(token):
            objects.append(token.head)
        if token.dep_ == "xcomp" and token.tag_ == "VBN":
            # "Several detainees were seen being freed": the passive's subject above
            objects += [c for c in token.head.children if c.dep_ == "nsubjpass"]
        # ("released dozens of prisoners", "of others" or "all of those detained", a group of them;
        # not "a set of reports about jailed reporters")
        people = [o for o in objects if is_people(o, lex) or o.ent_type_ == "PERSON"
                  or o.lemma_.lower() not in lex.bodies and o.lemma_.lower() not in _RECORDS and any(c.dep_ == "prep" and c.lower_ == "of" and any(g.dep_ == "pobj" and (is_people(g, lex) or g.lower_ == "others" or g.lower_ == "those" and any(d.dep_ == "acl" for d in g.children))
                                                                        for g in c.children) for c in o.children)]
        people += [o for o in objects if o not in people and _them_told(o, token, lex)]
        # (nor "released … 'The Dictator'": a film, whatever noun its title is)
        people = [o for o in people if not _the_dead(o, lex) and o.ent_type_ != "WORK_OF_ART"
                  and not any(c.dep_ in ("amod", "compound") and c.lower_ in WORKS for c in o.children)]
        if not people or not_custody(token.sent, lex, token) or status_of(token, token.i, doc, lex) != "asserted":
            continue
        if predicate == "deported" and not (any(o.lemma_.lower() in _HELD for o in people)
                                            or _custody_place(token.sent, lex)):
            continue  # "deported 500,000 Afghans": migrants sent away, not prisoners set free
        if token.dep_ in ("nsubj",) or any(c.dep_ == "nsubj" and c.lemma_ in ("rescuer", "firefighter") for c in token.children):
            continue
        found.append(token.sent.start_char)
    return found


# what is released as a publication: "polls of likely voters released on Monday" are the polls
_PUBLICATIONS = frozenset({"poll", "survey", "study", "finding", "result", "data", "statistic", "figure", "report",
                           "series", "average", "census", "index"})


def _published(participle) -> bool:
    """A reduced relative "released" the parser hung on the people of "a poll of voters":
    the publication over them is what was released."""
    noun = participle.head
    return participle.dep_ == "acl" and noun.dep_ == "pobj" and noun.head.lower_ == "of" \
        and noun.head.head.lemma_.lower() in _PUBLICATIONS


def _them_told(noun, verb, lex: Lexicon) -> bool:
    """"Police detained about 900 people … but freed most of them": "them" (or a
    part of them) are the people the same sentence has named before the verb."""
    them = [noun] if noun.lower_ == "them" else [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                                                 for g in c.children if g.lower_ == "them"]
    return bool(them) and verb.tag_ in ("VBD", "VBN") \
        and any(is_people(t, lex) and t.tag_ == "NNS" for t in verb.doc[verb.sent.start:verb.i])  # (not "Let them go!")


_DEAD = frozenset({"killed", "dead", "slain", "fallen", "deceased", "murdered"})
# what is released about people, not people: "released a video of the hostages"
_RECORDS = frozenset({"video", "footage", "photo", "photograph", "picture", "image", "film", "recording", "list",
                      "report", "statement", "name", "account", "letter", "audio", "clip"})


def _the_dead(noun, lex: Lexicon) -> bool:
    """"the bodies of 900 killed troops were returned" (the parser may make the
    soldiers the subject): the dead are not set free."""
    doc = noun.doc
    before = doc[max(noun.sent.start, noun.i - 6):noun.i]
    after = doc[noun.i + 1:noun.i + 3]
    if len(after) == 2 and after[0].tag_ == "POS" and after[1].lower_ in ("remains", "bodies", "body", "ashes"):
        return True  # "returning the victims' remains": the parser may make the victims the object
    return any(t.lower_ in _DEAD for t in before[-3:]) or any(
        t.pos_ == "NOUN" and t.lemma_.lower() in lex.bodies for t in before)


def _headline_verb(token, lex: Lexicon) -> bool:
    """"Ruler pardons ‘tens of thousands’ of convicts": a headline's verb the
    tagger took for a plural noun (a freeing verb with an "s", heading a line with no verb)."""
    if token.pos_ != "NOUN" or token.dep_ != "ROOT" or not token.lower_.endswith("s"):
        return False
    lemma = token.lower_[:-1]
    return lex.verbs.get(lemma) in PERSON_PREDICATES and not any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in token.sent)


def _release_as_subject(noun, lex: Lexicon) -> bool:
    """"The release of these individuals … marks a constructive step": a release of people
    that is what a clause is about took place (where "demanded the release of" did not)."""
    if noun.dep_ not in ("nsubj", "nsubjpass") or noun_predicate(noun, lex) not in PERSON_PREDICATES:
        return False
    freed = [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
             if g.dep_ == "pobj" and is_people(g, lex)]
    # the people the text has just told of ("these individuals"), or a verb in the past: "a
    # release of hostages is viewed as a step to a truce" may still be a plan
    told = any(d.dep_ == "det" and d.lower_ in ("these", "those") for g in freed for d in g.children)
    if not freed or not (told or noun.head.tag_ == "VBD"):
        return False
    return not not_custody(noun.sent, lex) and status_of(noun, noun.i, noun.doc, lex) == "asserted"
