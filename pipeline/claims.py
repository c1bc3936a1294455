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
_AUX_HEDGES = {"could", "may", "might", "should", "would", "will", "shall", "must"}
_PRONOUNS = {"them", "those", "these", "they", "whom"}


@dataclass(frozen=True)
class Lexicon:
    verbs: dict[str, str]
    phrases: tuple[tuple[str, frozenset[str], str], ...]
    nouns: dict[str, str]
    hedges: frozenset[str]
    people: frozenset[str]
    roles: tuple[str, ...]


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
    )


def _clause_words(verb) -> set[str]:
    """Lower-case words of the verb's clause, leaving out its subject and nested clauses."""
    words = set()
    for child in verb.children:
        if child.dep_ in _SUBJECT_DEPS or child.dep_ in ("ccomp", "advcl", "relcl", "conj", "parataxis"):
            continue
        words.update(t.lower_ for t in child.subtree)
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
    if lemma in lex.verbs:
        return lex.verbs[lemma]
    if token.lower_ in lex.verbs:  # "freed" lemmatised oddly by a small model
        return lex.verbs[token.lower_]
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
        if dep in ("conj", "appos", "compound", "flat", "nummod", "quantmod"):
            current = head
            continue
        if dep == "pobj" and head.dep_ == "prep":
            prep, gov = head, head.head
            if (predicate := _noun_predicate(gov, lex)) and prep.lower_ in ("of", "for"):
                return gov, predicate
            if prep.lower_ in ("including", "among", "like", "of") and gov.pos_ in ("NOUN", "PROPN", "NUM", "PRON"):
                current = gov  # "52 prisoners, including nine journalists"; "nine of the 52 prisoners"
                continue
            if predicate := verb_predicate(gov, lex):
                return gov, predicate
            return None, None
        if dep in ("nsubj", "nsubjpass", "dobj", "attr", "oprd", "npadvmod", "dative", "agent", "pobj"):
            if predicate := verb_predicate(head, lex):
                return head, predicate
            if head.lemma_ == "be" and dep in ("nsubj", "attr"):
                return _copula_target(head, current, lex)
            if predicate := _noun_predicate(head, lex):
                return head, predicate
            return head, None
        if dep in ("acl", "relcl", "amod") and current.pos_ in ("VERB", "ADJ"):
            return current, verb_predicate(current, lex)
        return None, None
    return None, None


def _copula_target(be, token, lex: Lexicon):
    """"Among those freed were A and B"; "nine of them were journalists" (the claim is
    about the group named in the other half of the copula)."""
    for child in be.children:
        if child.dep_ == "prep" and child.lower_ in ("among", "including"):
            for node in child.subtree:
                if predicate := verb_predicate(node, lex) or _noun_predicate(node, lex):
                    return node, predicate
    return be, None


def _relcl_predicate(noun, lex: Lexicon):
    # "prisoners who were freed", "the 52 prisoners freed on Thursday"
    for child in noun.children:
        if child.dep_ in ("relcl", "acl") and (predicate := verb_predicate(child, lex)):
            return child, predicate
    return None, None


def status_of(predicate_token, number_first, doc, lex: Lexicon) -> str:
    """'negated', 'hedged' or 'asserted' for a claim governed by ``predicate_token``."""
    before = doc[max(0, number_first - 3):number_first]
    words = [t.lower_ for t in before]
    if words[-2:] == ["none", "of"] or (words and words[-1] in ("no", "neither")):
        return "negated"
    if predicate_token is None:
        return "asserted"
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


def _is_people(noun, lex: Lexicon) -> bool:
    lemma = noun.lemma_.lower()
    return lemma in lex.people or noun.lower_ in lex.people or noun.ent_type_ == "NORP"


def _noun_lemma(noun) -> str:
    if noun.ent_type_ == "NORP" or noun.pos_ == "PROPN":
        return noun.lemma_.lower()
    return noun.lemma_.lower()


def count_claims(doc, numbers: list[NumberSpan], lex: Lexicon) -> list[dict]:
    """Counts of people with a known predicate, one dict per claim (see ClaimMention)."""
    claims = []
    context_noun: str | None = None
    for number in numbers:
        noun, anchor = _head_noun(number, doc, lex)
        if noun is not None and not _is_people(noun, lex):
            continue  # "15 years", "two buses", "$1,500"
        gov, predicate = governor(anchor, lex)
        if predicate is None and noun is not None:
            gov, predicate = _relcl_predicate(noun, lex)
        if noun is not None:
            context_noun = _noun_lemma(noun)
        if predicate is None:
            continue
        if noun is None and not context_noun and predicate not in ("remain_imprisoned", "detained", "sentenced",
                                                                  "released", "pardoned", "deported",
                                                                  "crossed_border"):
            continue
        sentence = doc[number.start].sent
        first = number.first
        claims.append({
            "kind": "count",
            "count": number.value,
            "count_high": number.high,
            "qualifier": number.qualifier,
            "predicate": predicate,
            "noun": _noun_lemma(noun) if noun is not None else (context_noun or "people"),
            "noun_phrase": doc[first:noun.i + 1].text if noun is not None and noun.i >= first else doc[first:number.end].text,
            "status": status_of(gov, first, doc, lex),
            "start": doc[first].idx,
            "end": (noun.idx + len(noun.text)) if noun is not None and noun.i >= first else doc[number.end - 1].idx + len(doc[number.end - 1].text),
            "sentence_start": sentence.start_char,
            "sentence": sentence.text,
        })
    return claims


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


def person_claims(doc, lex: Lexicon) -> list[dict]:
    """People named as released, once per name; hedged or negated mentions excluded."""
    claims, seen = [], {}
    for ent in doc.ents:
        if ent.label_ != "PERSON" or len(ent) < 2 and ent.root.pos_ != "PROPN":
            continue
        gov, predicate = governor(ent.root, lex)
        if predicate not in PERSON_PREDICATES:
            gov, predicate = _relcl_predicate(ent.root, lex)
        if predicate not in PERSON_PREDICATES:
            continue
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
            "person_name": ent.text,
            "person_role": _role(ent, lex),
            "predicate": predicate,
            "status": "asserted",
            "start": ent.start_char,
            "end": ent.end_char,
            "sentence_start": sentence.start_char,
            "sentence": sentence.text,
        })
    return claims
