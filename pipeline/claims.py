"""Claims in a parsed spaCy Doc: counts of people with what happened to them, and
people named as released. Plain functions over the dependency parse; the words that
decide (predicates, hedges, people nouns, roles) are data in pipeline/data/.
"""

from __future__ import annotations

import functools
import tomllib
from dataclasses import dataclass
from pathlib import Path

from pipeline.numbers import NumberSpan

DATA = Path(__file__).with_name("data")
CLAIMS_VERSION = "newsmon-claims/1"
RELEASE_PREDICATES = {"released", "pardoned", "deported", "crossed_border"}
PERSON_PREDICATES = {"released", "pardoned", "deported"}
_SUBJECT_DEPS = {"nsubj", "nsubjpass", "csubj", "expl"}
_OTHER_CLAUSES = ("ccomp", "advcl", "relcl", "acl", "conj", "parataxis")
_AUX_HEDGES = {"could", "may", "might", "should", "would", "will", "shall", "must"}
_PRONOUNS = {"them", "those", "these", "they", "whom"}
_HELD_WORDS = {"prisoner", "detainee", "inmate", "captive", "hostage"}
_NAMING_VERBS = {"recognise", "recognize", "designate", "name", "list", "consider", "count", "class", "classify"}
_SAYING = {"say", "tell", "report", "estimate", "count", "put", "note", "add", "write", "state", "announce",
           "claim", "confirm", "accord"}


@dataclass(frozen=True)
class Lexicon:
    verbs: dict[str, str]
    phrases: tuple[tuple[str, frozenset[str], str], ...]
    nouns: dict[str, str]
    hedges: frozenset[str]
    people: frozenset[str]
    roles: tuple[str, ...]
    state_lemmas: frozenset[str]
    state_markers: frozenset[str]
    state_places: frozenset[str]
    not_custody: frozenset[str]
    scan_stop: frozenset[str]


@functools.cache
def load_lexicon(data_dir: str = str(DATA)) -> Lexicon:
    folder = Path(data_dir)
    predicates = tomllib.loads((folder / "predicates.toml").read_text(encoding="utf-8"))
    people = tomllib.loads((folder / "people.toml").read_text(encoding="utf-8"))
    return Lexicon(
        verbs=predicates["verbs"],
        phrases=tuple((p["lemma"], frozenset(w.lower() for w in p["words"]), p["predicate"])
                      for p in predicates["phrases"]),
        nouns=predicates["nouns"],
        hedges=frozenset(predicates["hedges"]["lemmas"]),
        people=frozenset(people["nouns"]),
        roles=tuple(sorted(people["roles"], key=len, reverse=True)),
        state_lemmas=frozenset(predicates["state"]["lemmas"]),
        state_markers=frozenset(predicates["state"]["markers"]),
        state_places=frozenset(predicates["state"]["places"]),
        not_custody=frozenset(predicates["released_exclusions"]["words"]),
        scan_stop=frozenset(predicates["scan_stop"]["lemmas"]),
    )


def _clause_words(verb) -> set[str]:
    """Lower-case words of the verb's own clause: not its subject, its predicate noun, or
    any clause nested inside ("who was sentenced to six years in prison")."""
    words: set[str] = set()
    stack = [c for c in verb.children if c.dep_ not in _SUBJECT_DEPS and c.dep_ not in _OTHER_CLAUSES + ("attr",)]
    while stack:
        token = stack.pop()
        words.add(token.lower_)
        stack.extend(c for c in token.children if c.dep_ not in _OTHER_CLAUSES)
    return words


def verb_predicate(token, lex: Lexicon) -> str | None:
    """What a verb (or a participle) says happened, from the lexicon."""
    if token.pos_ not in ("VERB", "AUX", "ADJ") and token.tag_ not in ("VBN", "VBD"):
        return None
    lemma = token.lemma_.lower()
    words = None
    for phrase_lemma, phrase_words, predicate in lex.phrases:
        if lemma == phrase_lemma:
            words = _clause_words(token) if words is None else words
            if words & phrase_words:
                return predicate
    if lemma in lex.state_lemmas and _held_now(token, lex):
        return "remain_imprisoned"
    if lemma in ("remain", "stay"):
        # "political prisoners remain in Belarus": prisoners remaining are still held
        subject = next((c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None and token.dep_ == "relcl":
            subject = token.head
        if subject is not None and subject.lemma_.lower() in _HELD_WORDS:
            return "remain_imprisoned"
    if lemma in lex.verbs:
        return lex.verbs[lemma]
    if token.lower_ in lex.verbs:  # "freed" lemmatised oddly by a small model
        return lex.verbs[token.lower_]
    return None


def _held_now(token, lex: Lexicon) -> bool:
    """"are imprisoned", "remain jailed", "is still held": a state, not an event."""
    for child in token.children:
        if child.dep_ in ("aux", "auxpass", "advmod") and child.lower_ in lex.state_markers:
            return True
    head = token.head
    return token.dep_ in ("acomp", "xcomp", "oprd") and head.lemma_.lower() in ("remain", "stay", "continue")


def word_predicate(token, lex: Lexicon) -> str | None:
    """Like verb_predicate, also for participles the tagger took for nouns ("those freed")."""
    if predicate := verb_predicate(token, lex):
        return predicate
    word = token.lower_
    if word.endswith("ed"):
        for stem in (word[:-1], word[:-2], word[:-3] if word.endswith("ied") else None):
            if stem and stem in lex.verbs:
                return lex.verbs[stem]
    return None


def _noun_predicate(token, lex: Lexicon) -> str | None:
    if token.pos_ in ("NOUN", "PROPN") and token.lemma_.lower() in lex.nouns:
        return lex.nouns[token.lemma_.lower()]
    return None


def governor(token, lex: Lexicon):
    """The token that says what happened to ``token`` (a counted noun, a number or a
    person), and the predicate: climbs conjunctions, appositions and "including"."""
    current = token
    for _ in range(12):
        dep, head = current.dep_, current.head
        if head is current:
            return None, None
        if dep == "conj" and head.pos_ in ("VERB", "AUX") and current.pos_ in ("PROPN", "NOUN"):
            # a name the parser hung on the verb ("Among those freed were A, and B"): B
            # shares the verb's group
            if head.lemma_ == "be":
                return _copula_target(head, current, lex)
            return head, verb_predicate(head, lex)
        if dep in ("conj", "appos", "compound", "flat", "nummod", "quantmod"):
            if dep == "appos" and head.pos_ == "NOUN":
                node, predicate = _relcl_predicate(head, lex)
                if predicate in ("released", "pardoned", "deported"):
                    return node, predicate  # "Several freed dissidents, among them A and B"
            current = head
            continue
        if dep == "pobj" and head.dep_ == "prep":
            prep, gov = head, head.head
            if (predicate := _noun_predicate(gov, lex)) and prep.lower_ in ("of", "for"):
                return gov, predicate
            if prep.lower_ in ("including", "among", "like", "of") and gov.pos_ in ("NOUN", "PROPN", "NUM", "PRON"):
                # "52 prisoners, including nine journalists"; "freed dissidents, among them X"
                node, predicate = _relcl_predicate(gov, lex)
                if predicate in ("released", "pardoned", "deported"):
                    return node, predicate
                current = gov
                continue
            if predicate := verb_predicate(gov, lex):
                return gov, predicate
            return None, None
        if dep in ("nsubj", "nsubjpass", "dobj", "attr", "oprd", "npadvmod", "dative", "agent", "pobj"):
            if predicate := verb_predicate(head, lex):
                if dep == "nsubj" and _is_agent(head, lex):
                    return None, None  # "Lukashenko pardoned 30 prisoners": the agent, not the freed
                return head, predicate
            if head.lemma_ in ("include", "cover", "comprise") and dep == "dobj":
                return _included_in(head, lex)
            if head.lemma_ == "be" and dep in ("nsubj", "attr"):
                return _copula_target(head, current, lex)
            if predicate := _noun_predicate(head, lex):
                return head, predicate
            return head, None
        if dep in ("acl", "relcl", "amod") and current.pos_ in ("VERB", "ADJ"):
            return current, verb_predicate(current, lex)
        return None, None
    return None, None


def _is_agent(verb, lex: Lexicon) -> bool:
    """Whether the subject of ``verb`` does it rather than undergoes it: active voice of
    a transitive verb ("Lukashenko pardoned", "Russia holds"), not "walked free"."""
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
        return False
    if any(c.dep_ in ("dobj", "dative") for c in verb.children):
        return True
    perfect = any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)
    return verb.lemma_.lower() in lex.verbs and (verb.tag_ != "VBN" or perfect) or verb.dep_ == "relcl"


def _group_predicate(group, lex: Lexicon):
    """What happened to a group named by a phrase: "those freed", "the freed media
    workers", "the 14 prisoners released", "the release" — or, for "they" and "them",
    to the group of the previous sentences (resolved by the caller's context)."""
    for node in group.subtree:
        if node.pos_ in ("VERB", "ADJ", "NOUN") and (predicate := word_predicate(node, lex) or _noun_predicate(node, lex)):
            return node, predicate
    return None, None


def _included_in(include, lex: Lexicon):
    # "The freed media workers include Ihar Losik"; "The release also included X"
    subjects = [c for c in include.children if c.dep_ in ("nsubj", "nsubjpass")]
    if include.dep_ == "relcl":
        subjects.append(include.head)
    for subject in subjects:
        node, predicate = _group_predicate(subject, lex)
        if predicate:
            return node, predicate
        if subject.lower_ in ("they", "these", "those"):
            return _previous_release(include, lex)
    return None, None


def _previous_release(token, lex: Lexicon):
    """The release the text was just talking about ("They include …")."""
    sentence = token.sent
    doc = token.doc
    for previous in reversed(list(doc[:sentence.start].sents)[-2:] if sentence.start else []):
        for node in previous:
            if node.pos_ == "VERB" and (predicate := word_predicate(node, lex)) in PERSON_PREDICATES:
                return node, predicate
    return None, None


def _copula_target(be, token, lex: Lexicon):
    """"Among those freed were A and B"; "nine of them were journalists" (the claim is
    about the group named in the other half of the copula)."""
    if be.dep_ == "auxpass" and (predicate := word_predicate(be.head, lex)):
        return be.head, predicate  # "Also freed were A, B and C"
    for child in be.children:
        if child.dep_ == "prep" and child.lower_ in ("among", "including"):
            node, predicate = _group_predicate(child, lex)
            if predicate:
                return node, predicate
            if any(t.lower_ in ("them", "they") or t.ent_type_ == "NORP" for t in child.subtree):
                # "Among them was X"; "Among the Belarusians was X": the group just freed
                node, predicate = _previous_release(be, lex)
                if predicate:
                    return node, predicate
        # "X was one of 52 prisoners freed"
        if child.dep_ == "attr" and child.lower_ == "one":
            for prep in child.children:
                if prep.dep_ == "prep" and prep.lower_ == "of":
                    node, predicate = _group_predicate(prep, lex)
                    if predicate:
                        return node, predicate
    return be, None


def _relcl_predicate(noun, lex: Lexicon):
    # "prisoners who were freed", "the 52 prisoners freed on Thursday"
    for child in noun.children:
        if child.dep_ in ("relcl", "acl") and (predicate := verb_predicate(child, lex)):
            return child, predicate
    for child in noun.children:
        # "the 14 freed prisoners"
        if child.dep_ in ("amod", "compound") and child.i < noun.i and (predicate := word_predicate(child, lex)):
            return child, predicate
    return None, None


def status_of(predicate_token, number_first, doc, lex: Lexicon) -> str:
    """'negated', 'hedged' or 'asserted' for a claim governed by ``predicate_token``."""
    before = doc[max(0, number_first - 3):number_first]
    words = [t.lower_ for t in before]
    if "none" in words or (words and words[-1] in ("no", "neither")):
        return "negated"  # "none of the 14 journalists", "no prisoners"
    if predicate_token is None:
        return "asserted"
    for child in predicate_token.children:
        if child.dep_ in ("nsubj", "nsubjpass") and (
            child.lower_ in ("none", "nobody", "neither") or any(g.lower_ == "no" and g.dep_ == "det" for g in child.children)
        ):
            return "negated"  # "None of the 18 prisoners has been released"
        if child.dep_ == "aux" and child.lower_ == "to" and predicate_token.head.lower_ not in ("first", "last", "only"):
            return "hedged"  # an infinitive: "called on them to release", "expected ... to be pardoned"
    chain = [predicate_token, *predicate_token.ancestors]
    for node in chain:
        if any(c.dep_ == "neg" for c in node.children) and node.i == predicate_token.i:
            return "negated"
        if any(c.dep_ in ("aux", "auxpass") and c.lower_ in _AUX_HEDGES for c in node.children):
            return "hedged"
        if node.i != predicate_token.i and node.lemma_.lower() in lex.hedges:
            return "hedged"
        if node.dep_ in ("advcl",) and any(c.lower_ in ("if", "unless") for c in node.children):
            return "hedged"
    return "asserted"


def _head_noun(number: NumberSpan, doc, lex: Lexicon):
    """The counted noun of a number and the token the claim hangs on."""
    last = doc[number.end - 1]
    if last.head.pos_ in ("NOUN", "PROPN") and last.dep_ in ("nummod", "quantmod", "compound", "amod", "npadvmod") \
            and last.head.i >= last.i:
        return last.head, last.head
    for token in doc[number.start:number.end]:
        if token.dep_ in ("nummod", "quantmod") and token.head.pos_ in ("NOUN", "PROPN") and token.head.i >= number.end:
            return token.head, token.head
    # a bare number: "Fifty-one crossed", "nine of them were journalists", "nearly 1,200 remain"
    anchor = last if last.dep_ not in ("nummod", "quantmod", "compound") else last.head
    for child in anchor.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            objects = [c for c in child.children if c.dep_ == "pobj"]
            if objects and objects[0].lower_ not in _PRONOUNS and objects[0].pos_ in ("NOUN", "PROPN"):
                return objects[0], anchor
            return None, anchor
    if anchor.head.lemma_ == "be" and anchor.dep_ == "nsubj":
        attrs = [c for c in anchor.head.children if c.dep_ == "attr" and c.pos_ in ("NOUN", "PROPN")]
        if attrs:
            return attrs[0], anchor
    return None, anchor


_OTHERS = {"others", "other", "those", "them", "more", "rest"}
_PLACE_AFTER = {"behind", "in"}


def noun_lemma(noun) -> str:
    """Singular lower-case head noun: "Russians" -> "russian", "prisoners" -> "prisoner"."""
    lemma = noun.lemma_.lower()
    if noun.tag_ in ("NNPS", "NNS") and lemma == noun.lower_ and lemma.endswith("s") and not lemma.endswith("ss"):
        lemma = lemma[:-1]
    return lemma


def _is_people(noun, lex: Lexicon) -> bool:
    lemma = noun_lemma(noun)
    return lemma in lex.people or noun.lower_ in lex.people or noun.ent_type_ == "NORP"


def _scan_predicate(start, stop, lex: Lexicon):
    """Fallback when the parse does not link a count to its verb: the first predicate
    word (or "behind bars" / "in custody") after the counted words, in the same clause."""
    doc = start.doc
    for token in doc[start.i + 1:stop]:
        if token.text in (";", ":") or token.lower_ in ("while", "whereas", "but") or token.like_num:
            break  # another clause or another count: its words are not ours
        if token.pos_ == "VERB" and token.lemma_.lower() in lex.scan_stop and token.dep_ not in ("acl", "relcl"):
            break
        if token.lower_ in _PLACE_AFTER and token.i + 1 < len(doc) and doc[token.i + 1].lower_ in lex.state_places:
            return token, "remain_imprisoned"
        if token.lower_ == "behind" and token.i + 1 < len(doc) and doc[token.i + 1].lower_ == "bars":
            return token, "remain_imprisoned"
        if predicate := word_predicate(token, lex):
            return token, predicate
    return None, None


def _is_partitive_base(number: NumberSpan, doc) -> bool:
    """The 52 in "Fifty-one of the 52": the whole a part is counted from (but "one of at
    least 150 people" counts the 150)."""
    i = number.first - 1
    if i >= 0 and doc[i].lower_ in ("the", "those", "these", "all"):
        i -= 1
    if i >= 0 and doc[i].lower_ == "among" and i < number.first - 1:
        return True  # "Five Germans were among the 16"
    if i < 1 or doc[i].lower_ != "of":
        return False
    part = doc[i - 1]
    return part.like_num and part.lower_ != "one" or part.lower_ in ("most", "some", "many", "half", "all")


def _number_of(number: NumberSpan, doc, lex: Lexicon):
    """"puts the number of political prisoners still behind bars at nearly 1,200"."""
    for token in doc[number.start].sent:
        if token.lemma_.lower() in ("number", "total", "tally", "count", "figure") and token.i < number.start:
            for child in token.children:
                if child.dep_ == "prep" and child.lower_ == "of":
                    objects = [c for c in child.children if c.dep_ == "pobj" and _is_people(c, lex)]
                    if objects:
                        return objects[0]
    return None


def _not_custody(sentence, lex: Lexicon) -> bool:
    return any(t.lower_ in lex.not_custody for t in sentence)


def _speaker(token) -> bool:
    """The subject of "say", "according to": who speaks, not who is counted."""
    head = token
    while head.dep_ in ("compound", "amod", "conj", "appos") and head.head is not head:
        head = head.head
    if head.dep_ in ("nsubj", "pobj") and head.head.lemma_.lower() in _SAYING:
        return True
    return head.dep_ == "pobj" and head.head.lower_ == "to" and head.head.head.lower_ == "according"


def _context_noun(doc, number: NumberSpan, lex: Lexicon, claims: list[dict]) -> str | None:
    """What a bare number counts ("Fifty-one crossed", "nine were freed"): a people noun
    earlier in its sentence (not the speaker's), else the previous claim's noun, else a
    people noun in the sentence before."""
    sentence = doc[number.start].sent

    def scan(tokens):
        for token in reversed(tokens):
            if token.pos_ in ("NOUN", "PROPN") and token.lower_ not in _OTHERS and _is_people(token, lex) \
                    and not _speaker(token):
                return noun_lemma(token)
        return None

    if found := scan(doc[sentence.start:number.first]):
        return found
    if claims and claims[-1]["kind"] == "count":
        return claims[-1]["noun"]
    return scan(doc[doc[sentence.start - 1].sent.start:sentence.start]) if sentence.start else None


def _describing_noun(anchor, lex: Lexicon):
    """"Fourteen of the freed were foreign nationals"; "38 of those released had been
    recognised as political prisoners": the noun the text gives the counted people."""
    if anchor.dep_ not in ("nsubj", "nsubjpass"):
        return None
    verb = anchor.head
    for child in verb.children:
        if child.dep_ == "attr" and child.pos_ in ("NOUN", "PROPN") and _is_people(child, lex):
            return child
        if child.dep_ == "prep" and child.lower_ == "as" and verb.lemma_.lower() in _NAMING_VERBS:
            objects = [c for c in child.children if c.dep_ == "pobj" and _is_people(c, lex)]
            if objects:
                return objects[0]
    return None


def _partitive_group(anchor, lex: Lexicon):
    """What happened to the whole a part is taken from: "of the freed prisoners",
    "of those released", "of whom"."""
    for child in anchor.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            node, predicate = _group_predicate(child, lex)
            if predicate:
                return node, predicate
    return None, None


def _also(gov, predicate: str, lex: Lexicon):
    """A second predicate joined to the first: "pardoned and released 30", "were not
    freed and remain in prison", "released 222 … and expelled them"."""
    if gov is None or gov.pos_ not in ("VERB", "AUX"):
        return []
    related = [c for c in gov.children if c.dep_ == "conj" and c.pos_ == "VERB"]
    if gov.dep_ == "conj" and gov.head.pos_ == "VERB":
        related.append(gov.head)
    found = []
    for verb in related:
        if any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ not in _PRONOUNS for c in verb.children) and \
                verb.i > gov.i:
            continue  # its own subject: another clause about other people
        other = verb_predicate(verb, lex)
        if other and other != predicate:
            found.append((verb, other))
    return found


def count_claims(doc, numbers: list[NumberSpan], lex: Lexicon) -> list[dict]:
    """Counts of people with a known predicate, one dict per claim (see ClaimMention)."""
    claims: list[dict] = []
    for number in numbers:
        if number.value == 1 and doc[number.start].lower_ == "one":
            continue  # "one of at least 150 people"
        if _is_partitive_base(number, doc):
            continue
        noun, anchor = _head_noun(number, doc, lex)
        group = noun if noun is not None and noun.dep_ == "pobj" and noun.head.head.i == anchor.i else None
        if noun is not None and noun.lower_ in _OTHERS:
            noun = None  # "about 40 others remain": counted as what came before
        if noun is not None and not _is_people(noun, lex):
            continue  # "15 years", "two buses", "$1,500"
        if (noun is None or noun is group) and (describing := _describing_noun(anchor, lex)) is not None:
            noun = describing  # "Fourteen of the freed prisoners are foreign nationals"
        sentence = doc[number.start].sent
        gov, predicate = governor(anchor, lex)
        if predicate is None:
            for holder in (noun, group, anchor):
                if holder is not None and predicate is None:
                    node, predicate = _relcl_predicate(holder, lex)
                    gov = node or gov
        if predicate is None:
            gov2, predicate = _partitive_group(anchor, lex)
            gov = gov2 or gov
        inherited = None
        if predicate is None and gov is not None and gov.lemma_ == "be":
            inherited = _among_them(gov, claims, sentence) or _part_of_previous(anchor, gov, claims)
        if predicate is None and inherited is None:
            inherited = _listed_with(number, claims, sentence, doc)
        if inherited:
            predicate = inherited["predicate"]
        if predicate is None and noun is None and (counted := _number_of(number, doc, lex)) is not None:
            noun = counted
            gov, predicate = _relcl_predicate(noun, lex)
            if predicate is None:
                gov, predicate = _scan_predicate(noun, sentence.end, lex)
        if predicate is None:
            gov, predicate = _scan_predicate(noun if noun is not None and noun.i > number.start
                                             else doc[number.end - 1], sentence.end, lex)
        if predicate is None:
            continue
        counted_as = noun_lemma(noun) if noun is not None else _context_noun(doc, number, lex, claims)
        if counted_as is None or (predicate == "released" and _not_custody(sentence, lex)):
            continue
        first = number.first
        tail = noun if noun is not None and first <= noun.i < sentence.end and noun.i < first + 8 else doc[number.end - 1]
        claim = {
            "kind": "count",
            "count": number.value,
            "count_high": number.high,
            "qualifier": number.qualifier,
            "predicate": predicate,
            "noun": counted_as,
            "noun_phrase": doc[first:max(tail.i, number.end - 1) + 1].text,
            "status": inherited["status"] if inherited else status_of(gov, first, doc, lex),
            "start": doc[first].idx,
            "end": max(tail.idx + len(tail.text), doc[number.end - 1].idx + len(doc[number.end - 1].text)),
            "sentence_start": sentence.start_char,
            "sentence": sentence.text,
        }
        claims.append(claim)
        if not inherited:
            for verb, other in _also(gov, predicate, lex):
                claims.append({**claim, "predicate": other, "status": status_of(verb, first, doc, lex)})
    return claims


def _part_of_previous(anchor, be, claims: list[dict]) -> dict | None:
    """"Of the 52, fourteen were foreign nationals"; "Six of them were journalists": a
    part of the group of the previous claim, which it shares a predicate with."""
    if not claims or anchor.dep_ != "nsubj":
        return None
    tokens = list(anchor.subtree) + [t for c in be.children if c.dep_ == "prep" for t in c.subtree]
    words = {t.lower_ for t in tokens}
    if "of" in words or "among" in words:
        # "among the 16", "of the 1,181": the claim about that very number, if there is one
        numbers = {t.text.replace(",", "") for t in tokens if t.like_num and t.i != anchor.i}
        same = [c for c in claims if str(c["count"]) in numbers]
        return same[-1] if same else claims[-1]
    return None


def _among_them(be, claims: list[dict], sentence) -> dict | None:
    """"Among them are 37 media workers": the group of the previous claim, so its
    predicate and status."""
    for child in be.children:
        if child.dep_ == "prep" and child.lower_ in ("among", "including", "of"):
            numbers = {t.text.replace(",", "") for t in child.subtree if t.like_num}
            same = [c for c in claims if c["kind"] == "count" and str(c["count"]) in numbers]
            if same:
                return same[-1]  # "Five Germans were among the 16"
            if any(t.lower_ in _OTHERS for t in child.subtree) and claims:
                previous = claims[-1]
                if previous["sentence_start"] < sentence.start_char or previous["sentence_start"] == sentence.start_char:
                    return previous
    return None


def _listed_with(number: NumberSpan, claims: list[dict], sentence, doc) -> dict | None:
    """"52 prisoners, among them nine journalists and 14 foreign nationals": a count
    listed after an earlier claim of the same sentence shares its predicate."""
    earlier = [c for c in claims if c["sentence_start"] == sentence.start_char]
    if not earlier:
        return None
    previous = earlier[-1]
    between = doc.char_span(previous["end"], doc[number.first].idx, alignment_mode="expand")
    words = {t.lower_ for t in between} if between is not None else set()
    if words & {"including", "among", "includes", "include", "included", "of", "whom", "and", ","} and not any(
        t.pos_ == "VERB" and t.lemma_ not in ("include",) for t in (between or [])
    ):
        return previous
    return None


def release_evidence(doc, lex: Lexicon) -> list[int]:
    """Sentence starts where people are said, as fact, to have been released, with or
    without a number ("Most of the detainees were released")."""
    found = []
    for token in doc:
        if token.pos_ not in ("VERB", "AUX"):
            continue  # "exiled politicians" describes people, it reports nothing
        predicate = word_predicate(token, lex)
        if predicate not in PERSON_PREDICATES:
            continue
        objects = [c for c in token.children if c.dep_ in ("nsubjpass", "dobj", "nsubj")]
        if token.dep_ in ("acl", "relcl", "amod"):
            objects.append(token.head)
        people = [o for o in objects if _is_people(o, lex) or o.ent_type_ == "PERSON"
                  or any(c.dep_ == "prep" and any(_is_people(g, lex) for g in c.subtree) for c in o.children)]
        if not people or _not_custody(token.sent, lex) or status_of(token, token.i, doc, lex) != "asserted":
            continue
        if token.dep_ in ("nsubj",) or any(c.dep_ == "nsubj" and c.lemma_ in ("rescuer", "firefighter") for c in token.children):
            continue
        found.append(token.sent.start_char)
    return found


def _role(ent, lex: Lexicon) -> str | None:
    doc = ent.doc
    window = [doc[max(ent.sent.start, ent.start - 4):ent.start].text.lower()]
    for child in ent.root.children:
        if child.dep_ == "appos" or (child.dep_ == "relcl"):
            window.append(" ".join(t.text for t in child.subtree).lower())
    if ent.end < ent.sent.end and doc[ent.end].text == ",":
        window.append(doc[ent.end + 1:min(ent.sent.end, ent.end + 8)].text.lower())
    for text in window:
        for role in lex.roles:
            if f"{role}" in text.replace("-", " ").split(",")[0] or role in text.split(",")[0]:
                return role
    return None


def person_claims(doc, lex: Lexicon, released_context: bool = False) -> list[dict]:
    """People named as released, once per name; hedged or negated mentions excluded.
    With ``released_context`` (the article reports a release), being flown or taken
    across a border counts too ("Among those flown to the United States were X")."""
    claims, seen = [], {}
    for ent in doc.ents:
        if ent.label_ != "PERSON" or len(ent) < 2 and ent.root.pos_ != "PROPN":
            continue
        gov, predicate = governor(ent.root, lex)
        # "X, who was released"; "X, the politician who was freed"; "the 52nd freed
        # prisoner, X": what the name's own modifiers say
        holders = [ent.root] + [c for c in ent.root.children if c.dep_ == "appos"]
        if ent.root.dep_ == "appos":
            holders.append(ent.root.head)
        for holder in holders:
            if predicate in PERSON_PREDICATES:
                break
            gov, predicate = _relcl_predicate(holder, lex)
        if predicate not in PERSON_PREDICATES and not (predicate == "crossed_border" and released_context):
            listed = _listed_after(ent, claims)
            if listed is None:
                continue
            gov, predicate = doc[listed["gov"]], listed["predicate"]
        if status_of(gov, ent.start, doc, lex) != "asserted":
            continue
        key = ent.ent_id_ or ent.text.split()[-1].lower()
        surname = ent.text.split()[-1].lower()
        if key in seen or surname in seen:
            continue
        seen[key] = seen[surname] = True
        sentence = ent.sent
        claims.append({
            "kind": "person",
            "gov": gov.i,
            "person_name": ent.text,
            "person_role": _role(ent, lex),
            "predicate": predicate,
            "status": "asserted",
            "start": ent.start_char,
            "end": ent.end_char,
            "sentence_start": sentence.start_char,
            "sentence": sentence.text,
        })
    for claim in claims:
        claim.pop("gov", None)
    return claims


def _clause_break(token) -> bool:
    if token.text == ":" or token.lower_ in ("but", "while", "whereas"):
        return True
    if token.pos_ not in ("VERB", "AUX") or token.dep_ in ("acl", "amod", "relcl"):
        return False  # "the artist Sasha Skochilenko, jailed for…; the activists…" is still the list
    # "the opposition figures Maria Kalesnikava": a plural noun the tagger took for a verb
    before = token.doc[token.i - 2:token.i] if token.i >= 2 else []
    return not (token.tag_ == "VBZ" and len(before) == 2 and before[1].pos_ == "NOUN" and before[0].tag_ in ("DT", "PRP$"))


def _listed_after(ent, claims: list[dict]) -> dict | None:
    """A name further down the same list as a released person ("Among those freed are A,
    the opposition figures B and C, and D"): nothing but names and their titles between."""
    doc = ent.doc
    for claim in reversed(claims):
        if claim["sentence_start"] != ent.sent.start_char or claim["end"] > ent.start_char:
            continue
        between = doc.char_span(claim["end"], ent.start_char, alignment_mode="expand")
        if between is not None and not any(_clause_break(t) for t in between):
            return claim
        return None
    return None
