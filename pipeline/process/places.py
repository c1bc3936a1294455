"""What a place named near a release is to it: the state that held and freed the people,
or only a destination, a mediator, the nationality of the freed, or a dateline. The
release country of an article is never one of the latter (issue 13). Reads a parsed Doc;
knows nothing of the store."""

from __future__ import annotations

from collections import Counter

from newsmon.pipeline.process.entspans import ents_in

RELEASER, HELD_IN, DESTINATION, MEDIATOR, NATIONALITY, DATELINE, OTHER = (
    "releaser", "held_in", "destination", "mediator", "nationality", "dateline", "other")
NOT_RELEASER = frozenset({DESTINATION, MEDIATOR, NATIONALITY, DATELINE})

_RELEASE_LEMMAS = frozenset({"release", "free", "pardon", "liberate", "deport", "expel", "amnesty", "let", "set",
                             "hand", "swap", "exchange", "walk"})
_TOWARDS = frozenset({"into", "to", "across", "towards", "toward", "reach", "reached", "enter", "entered"})
_FRONTIER = frozenset({"border", "side", "checkpoint", "frontier", "crossing", "flag"})
# who a nationality describes: "three Lithuanian citizens", "a US passport holder"
_PEOPLE_OF = frozenset({"citizen", "national", "passport", "resident", "holder", "dual"})
# a country's go-betweens: "a US envoy", "the Lithuanian foreign ministry said"
_GO_BETWEENS = frozenset({"envoy", "official", "embassy", "diplomat", "ambassador", "department", "mediator",
                          "negotiator", "delegation", "ministry", "consul", "consulate", "spokesman", "spokeswoman",
                          "spokesperson", "secretary", "administration", "team"})
# what a mediator or a receiving state does about a release
_MEDIATING_VERBS = frozenset({"welcome", "hail", "praise", "thank", "broker", "mediate", "negotiate", "secure",
                              "facilitate", "host", "receive", "say", "announce", "confirm", "urge", "call",
                              "agree", "ease", "lift", "meet", "visit", "fly", "send"})
_DEAL_NOUNS = frozenset({"talk", "deal", "agreement", "negotiation", "contact", "meeting", "visit", "mediation"})
# where people are held: "prisoners in Belarus", "freed from Belarusian prisons"
_CUSTODY = frozenset({"prison", "prisoner", "jail", "colony", "detention", "custody", "cell", "camp", "detainee",
                      "inmate", "captivity", "release"})
_HOLD = frozenset({"hold", "jail", "imprison", "detain", "keep", "convict", "sentence"})
# who acts for the releasing state: "Belarusian authorities freed…"
_STATE = frozenset({"authority", "government", "court", "president", "leader", "regime", "state", "kgb", "police"})


def country_of(ent) -> str:
    return ent.ent_id_ or ent.text


def _is_release_verb(token) -> bool:
    return token.lemma_.lower() in _RELEASE_LEMMAS


def _dateline(ent) -> bool:
    """"VILNIUS —", "MEDININKAI, Lithuania —": where the report was filed."""
    sent = ent.sent
    for token in sent[:8]:
        if token.text in ("—", "–", "--", "(") or token.text == "-" and token.i > sent.start + 1 \
                and token.nbor(-1).whitespace_:
            # (a spaced dash: "KYIV (Reuters) - …", not the hyphen of "Egypt's human-rights …")
            return ent.end <= token.i
    return False


def _destination(ent) -> bool:
    """"crossed into Lithuania", "flown to Vilnius", "the Lithuanian border"."""
    doc, root = ent.doc, ent.root
    before = doc[ent.start - 1].lower_ if ent.start else ""
    if before in _TOWARDS:
        return True
    if root.dep_ == "pobj" and root.head.lower_ in _TOWARDS:
        return True
    if root.dep_ == "dobj" and root.head.lemma_.lower() in ("reach", "enter", "cross"):
        return True
    return root.head.lemma_.lower() in _FRONTIER and root.dep_ in ("amod", "compound", "poss")


def _head_noun(ent):
    """The noun a place qualifies ("US" in "a US envoy" -> envoy), or the place itself."""
    root = ent.root
    if root.dep_ in ("amod", "compound", "poss", "nmod") and root.head.pos_ in ("NOUN", "PROPN"):
        return root.head
    return root


def _acts_in_release(noun) -> bool:
    """Whether ``noun`` is who frees: the subject of a release verb ("Cuba has begun freeing")
    or its agent ("by")."""
    if noun.dep_ == "appos":
        noun = noun.head  # "VILNIUS — Belarus on Thursday released…", parsed as a dateline's apposition
    if noun.dep_ == "nsubj" and (_is_release_verb(noun.head) or any(
            c.dep_ == "xcomp" and _is_release_verb(c) for c in noun.head.children)):
        return True
    return noun.dep_ == "pobj" and noun.head.dep_ == "agent" and _is_release_verb(noun.head.head)


def _of_whom(root):
    """The noun a chain of "of" phrases hangs on: "six citizens of the Republic of Lithuania"
    -> citizens; "the Ministry of Foreign Affairs of Lithuania" -> Ministry."""
    node = root
    while node.dep_ == "pobj" and node.head.lower_ == "of" and node.head.head.pos_ in ("NOUN", "PROPN"):
        node = node.head.head
    return node


def role(ent) -> str:
    """The part the place ``ent`` (GPE or NORP) plays in the sentence's release."""
    if _dateline(ent):
        return DATELINE
    if _destination(ent):
        return DESTINATION
    noun, root = _head_noun(ent), ent.root
    if _acts_in_release(noun) and (noun == root or noun.lemma_.lower() in _STATE):
        return RELEASER
    owner = _of_whom(root)
    if owner != root and owner.lemma_.lower() in _PEOPLE_OF:
        return NATIONALITY  # "six citizens of the Republic of Lithuania"
    if owner != root and owner.lemma_.lower() in _GO_BETWEENS:
        return MEDIATOR  # "the Ministry of Foreign Affairs of the Republic of Lithuania"
    if noun.dep_ == "pobj" and noun.head.dep_ == "agent" and noun.head.head.lemma_.lower() in _HOLD:
        return HELD_IN  # "prisoners held by the Belarusian regime"
    if noun.lemma_.lower() in _PEOPLE_OF or (ent.label_ == "NORP" and noun == root and root.tag_ in ("NNPS", "NNS")):
        return NATIONALITY  # "three Lithuanian citizens", "two Americans"
    if noun != root and noun.lemma_.lower() in _GO_BETWEENS:
        return MEDIATOR
    if noun.dep_ in ("nsubj", "nsubjpass") and noun.head.lemma_.lower() in _MEDIATING_VERBS:
        return MEDIATOR  # "The United States hailed the release", "Washington agreed in return"
    if noun.dep_ == "pobj" and noun.head.lower_ in ("with", "by", "between") and (
            noun.head.head.lemma_.lower() in _DEAL_NOUNS | _MEDIATING_VERBS):
        return MEDIATOR  # "talks with Washington", "brokered by the United States"
    if root.dep_ == "pobj" and root.head.lower_ in ("in", "from") and root.head.head.lemma_.lower() in _CUSTODY:
        return HELD_IN  # "political prisoners in Belarus"
    if noun != root and noun.lemma_.lower() in _CUSTODY:
        return HELD_IN  # "Belarusian prisons", "Belarusian detention"
    if noun != root and noun.lemma_.lower() in _STATE:
        return HELD_IN if any(_is_release_verb(t) for t in noun.ancestors) else OTHER
    return OTHER


def places(span) -> list:
    return [e for e in ents_in(span) if e.label_ in ("GPE", "NORP")]


def claim_place(sentence) -> str | None:
    """The country a claim's sentence places it in: who released, else where they were
    held, else the first place that is none of destination, mediator, nationality, dateline."""
    ranked = sorted(((("releaser", "held_in").index(r) if r in (RELEASER, HELD_IN) else 2, e.start, e)
                     for e in places(sentence) if (r := role(e)) not in NOT_RELEASER), key=lambda x: x[:2])
    return country_of(ranked[0][2]) if ranked else None


def release_country(doc, sentence_starts: list[int]) -> tuple[str | None, str | None, int | None]:
    """The country that released, how it was found and where it is named:
    (country, source, character offset). Source is ``releaser`` (who freed, in a release
    sentence or anywhere), ``held_in`` (where the freed were held) or ``most_mentioned``
    (no place says it; the country the article names most, destinations, mediators,
    nationalities and datelines left out). A tie gives (None, None, None)."""
    starts = set(sentence_starts)
    roles = [(e, role(e)) for e in places(doc)]
    in_release = [(e, r) for e, r in roles if e.sent.start_char in starts]
    for wanted in (RELEASER, HELD_IN):
        for group in (in_release, roles):
            found = next((e for e, r in group if r == wanted), None)
            if found is not None:
                return country_of(found), wanted, found.start_char
    counted = Counter(country_of(e) for e, r in roles if r not in NOT_RELEASER)
    ranked = counted.most_common(2)
    if not ranked or len(ranked) == 2 and ranked[0][1] == ranked[1][1]:
        return None, None, None  # a tie says nothing; the merge stage can still place it by its date
    first = next(e for e, r in roles if r not in NOT_RELEASER and country_of(e) == ranked[0][0])
    return ranked[0][0], "most_mentioned", first.start_char
