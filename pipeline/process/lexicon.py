"""The words that decide what a claim says, read from pipeline/data/ (predicates.toml,
people.toml), and the word-level questions asked of them: what a verb or noun says
happened, and whether a noun counts people."""

from __future__ import annotations

import functools
import os
import tomllib
from dataclasses import dataclass
from pathlib import Path

from spacy.attrs import LOWER

from newsmon.models.predicates import FREEING, RELEASE

DATA = Path(__file__).resolve().parent.parent / "data"  # shared by process and merge
RELEASE_PREDICATES = frozenset(RELEASE)
PERSON_PREDICATES = frozenset(FREEING)
HELD_WORDS = {"prisoner", "detainee", "inmate", "captive", "hostage", "detenue", "detenu"}
# nouns of being held: "ended the detention of 12 villagers"
CUSTODY_NOUNS = frozenset({"detention", "custody", "imprisonment", "incarceration", "captivity"})
# words for a work whose title may follow them ("their single True Love was released")
WORKS = frozenset({"single", "song", "album", "track", "film", "movie", "book", "novel", "documentary", "ep"})
# words for a vessel whose name may follow them ("released the tanker Talara with its crew")
VESSELS = frozenset({"tanker", "vessel", "ship", "freighter", "yacht", "trawler", "boat", "ferry"})
# who pardons: a ruler named beside a count or a name is not one of the freed
RULERS = frozenset({"king", "queen", "president", "emir", "sultan", "sheikh", "prince", "monarch"})
# titles of those who rule or speak for a state, not of a prisoner ("press secretary X")
OFFICES = RULERS | {"secretary", "spokesman", "spokeswoman", "spokesperson", "minister", "ambassador", "envoy",
                    "governor", "senator", "prosecutor", "judge", "premier", "chancellor"}
PRONOUNS = {"them", "those", "these", "they", "whom"}
# nouns that say only that people are counted ("40 people", "12 individuals"), nothing of who they are
PLAIN_PEOPLE = frozenset({"people", "person", "individual"})
OTHERS = {"others", "other", "those", "them", "more", "rest"}  # a count "of them", "13 others": a group told of
SUBJECT_DEPS = {"nsubj", "nsubjpass", "csubj", "expl"}
OTHER_CLAUSES = ("ccomp", "advcl", "relcl", "acl", "conj", "parataxis")


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
    movers: frozenset[str]
    not_custody_from: frozenset[str]
    stock_verbs: frozenset[str]
    holders: frozenset[str]
    tallies: frozenset[str]
    bodies: frozenset[str]
    speech: frozenset[str]
    capitalised: frozenset[str]

    @functools.cached_property
    def phrases_of(self) -> dict[str, tuple[tuple[frozenset[str], str], ...]]:
        """The phrases by lemma, in the file's order (looked up for every verb of every text)."""
        found: dict[str, list[tuple[frozenset[str], str]]] = {}
        for lemma, words, predicate in self.phrases:
            found.setdefault(lemma, []).append((words, predicate))
        return {lemma: tuple(entries) for lemma, entries in found.items()}


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
        people=frozenset(people["nouns"]) | _word_list(folder / "person_nouns.txt") - frozenset(people["not_people"]),
        roles=tuple(sorted(people["roles"], key=len, reverse=True)),
        state_lemmas=frozenset(predicates["state"]["lemmas"]),
        state_markers=frozenset(predicates["state"]["markers"]),
        state_places=frozenset(predicates["state"]["places"]),
        not_custody=frozenset(predicates["released_exclusions"]["words"]),
        scan_stop=frozenset(predicates["scan_stop"]["lemmas"]),
        movers=frozenset(predicates["movement"]["lemmas"]),
        not_custody_from=frozenset(predicates["released_exclusions"]["from"]),
        stock_verbs=frozenset(predicates["stock"]["verbs"]),
        holders=frozenset(predicates["stock"]["holders"]),
        tallies=frozenset(predicates["stock"]["tallies"]),
        bodies=frozenset(predicates["bodies"]["lemmas"]),
        speech=frozenset(predicates["speech"]["lemmas"]),
        capitalised=frozenset(people["capitalised"]),
    )


def _word_list(path: Path) -> frozenset[str]:
    """One word a line; lines starting with # are comments. A missing file is an empty list."""
    if not path.exists():
        return frozenset()
    return frozenset(line.strip() for line in path.read_text(encoding="utf-8").splitlines()
                     if line.strip() and not line.startswith("#"))


_SWAPS = frozenset({"exchange", "swap", "trade", "deal"})


def _out_of_prison(verb, lex: Lexicon) -> bool:
    """"walked out of the district jail … before a special court": the place left is a prison,
    whatever court the clause names after it."""
    return any(o.dep_ == "prep" and o.lower_ == "out" and any(
        f.lower_ == "of" and any(g.dep_ == "pobj" and g.lower_ in lex.state_places for g in f.children)
        for f in o.children) for o in verb.children)


_CAPTURED = frozenset({"kidnap", "abduct", "seize", "capture", "hold", "power", "hand", "captivity"})


def _once_captive(noun) -> bool:
    """People a clause of their own tells were taken or held ("who were kidnapped by …",
    "held in the power of a gang")."""
    return any(c.dep_ in ("relcl", "acl") and any(t.lemma_.lower() in _CAPTURED for t in c.subtree)
               for c in noun.children)


def _clause_words(verb) -> set[str]:
    """Lower-case words of the verb's own clause: not its subject, its predicate noun, or
    any clause nested inside ("who was jailed for six years"). A participle's
    noun is its object ("pardons issued to 12 prisoners")."""
    # ("among those granted bail", the parser's "those … bail" with the participle between,
    # but not "forced exile", where the participle describes its noun)
    misread = verb.dep_ == "amod" and any(c.dep_ == "det" and c.lower_ in ("those", "these") and c.i < verb.i
                                          for c in verb.head.children)
    words: set[str] = {verb.head.lower_} if (verb.dep_ == "acl" or misread) and verb.tag_ == "VBN" else set()
    stack = [c for c in verb.children if c.dep_ not in SUBJECT_DEPS and c.dep_ not in OTHER_CLAUSES + ("attr",)]
    # "according to the prisons department": who says it, not what it says; "were 19 from
    # Welikada Prison": where people came from, not where they are
    skipped = ("according", "from") if verb.lemma_ == "be" else ("according",)
    stack = [c for c in stack if c.lower_ not in skipped]
    while stack:
        token = stack.pop()
        words.add(token.lower_)
        stack.extend(c for c in token.children if c.dep_ not in OTHER_CLAUSES and c.lower_ not in skipped)
    return words


# what one is expelled from when it is a deportation
_LANDS = frozenset({"country", "territory", "homeland", "state", "republic", "land", "region", "zone", "area"})


# "forcibly returned", "forcefully repatriated": sent back against one's will
_FORCED = frozenset({"forcibly", "forcefully"})


# what a politician returns to: office, not home from captivity
_OFFICES = frozenset({"power", "office", "presidency", "government", "parliament", "politics"})


def part_gone_abroad(verb) -> bool:
    """"nine of them returned to Poland": a part of a group, told by "of", that went to a
    country on its own (tests/eval/GUIDELINES.md, part of a freed group moved abroad)."""
    return verb.lemma_.lower() == "return" and verb.tag_ == "VBD" and any(
        c.dep_ == "nsubj" and c.like_num and any(p.dep_ == "prep" and p.lower_ == "of" for p in c.children)
        for c in verb.children) and any(
        c.dep_ == "prep" and c.lower_ == "to" and any(g.ent_type_ == "GPE" for g in c.children) for c in verb.children)


def _from_no_land(token) -> bool:
    """"expelled from their universities", "expulsion from the party": out of something that
    is no country, which is no deportation."""
    return any(c.dep_ == "prep" and c.lower_ == "from" and any(
        g.dep_ == "pobj" and g.ent_type_ not in ("GPE", "LOC") and g.lemma_.lower() not in _LANDS
        for g in c.children) for c in token.children)


# a term of prison, and what lifts one as a pardon does (but "reduced" or "commuted" terms
# are still to be served)
TERMS = frozenset({"term", "sentence", "punishment"})
_LIFTING = frozenset({"pardon", "annul", "remit", "waive", "cancel", "forgive"})


def lifts_terms(verb) -> bool:
    """"pardoned the remaining terms of 323 convicts", "annulled the prison terms of 45": a
    verb that lifts a term as a whole."""
    return verb.lemma_.lower() in _LIFTING


def _held_by_captors(noun, lex: Lexicon) -> bool:
    """"the kidnappers of 32 migrants": people someone holds (people whose noun, in the
    lexicon's nouns, holds those "of" it)."""
    captors = noun.head.head
    return noun.dep_ == "pobj" and noun.head.lower_ == "of" and lex.nouns.get(captors.lemma_.lower()) == "detained" \
        and is_people(captors, lex)


def _captive(rescued) -> bool:
    """Whether the people rescued were held by someone: "hostages", "a total of 38 hostages",
    "kidnapped students", "11 women and four children abducted by rebels", "a group of 40 women
    who had been kidnapped"."""
    wholes = []  # "seven of the dozens of farmers seized": the whole the part is of (any word of it)
    for _ in range(3):
        if not (rescued.lower_ in ("total", "group", "batch", "bunch", "dozens", "scores", "hundreds")
                or rescued.pos_ == "NUM"):
            break
        wholes.append(rescued)
        rescued = next((g for c in rescued.children if c.dep_ == "prep" and c.lower_ == "of"
                        for g in c.children if g.dep_ == "pobj"), rescued)
    listed = [rescued, *(c for c in rescued.children if c.dep_ == "conj"), *wholes[1:]]
    return noun_lemma(rescued) in ("hostage", "captive") or any(
        a.lower_ in ("kidnapped", "abducted") and a.dep_ in ("amod", "acl", "relcl") for n in listed for a in n.children)


# who receives captives handed back ("transferred to Israeli authorities", "to the other side")
_RECEIVERS = frozenset({"authority", "official", "side", "representative", "family"})
_TAKING = frozenset({"kidnap", "abduct", "hostage", "captive", "captivity", "kidnapper", "abductor", "kidnapping",
                     "abduction"})


def _told_lately(token, lemmas: frozenset[str], sentences_back: int) -> bool:
    """Whether a word of ``lemmas`` stands in the sentence of ``token`` or in the
    ``sentences_back`` sentences before it."""
    sentence = token.sent
    start = sentence.start
    for _ in range(sentences_back):
        start = token.doc[start - 1].sent.start if start > 0 else start
    return any(t.lemma_.lower() in lemmas for t in token.doc[start:sentence.end])


def _after_care(token) -> bool:
    """Whether the sentence of ``token`` or the one before it tells of people treated, injured
    or in hospital (what they are then discharged from)."""
    return _told_lately(token, _CARE, 1)


_CARE = frozenset({"treat", "injure", "hospitalize", "hospitalise", "hospital", "wound", "patient", "clinic"})


def _after_kidnapping(token) -> bool:
    """Whether the text before ``token`` has told of a kidnapping or of hostages."""
    return any(t.lemma_.lower() in _TAKING for t in token.doc[:token.i])


# words of custody or a swap that make a return home a return from captivity
_CAPTIVITY = frozenset({"captivity", "exchange", "swap", "release", "freedom", "hostage", "captive", "prisoner"})


def _to_police(token) -> bool:
    """"were handed over to the Macau police": custody passed from one force to another, nobody
    freed (across a border if the police are another country's)."""
    return token.lemma_.lower() in ("hand", "turn") \
        and any(c.dep_ == "prt" and c.lower_ == "over" for c in token.children) \
        and bool(_objects_of(token, "to", ("police",)))


def verb_predicate(token, lex: Lexicon) -> str | None:
    """What a verb (or a participle) says happened, from the lexicon."""
    if verb_tagged_noun(token, lex):
        return lex.verbs[token.lower_[:-1]]
    if _infinitive_tagged_noun(token, lex):
        return lex.verbs[token.lower_]
    if token.pos_ not in ("VERB", "AUX", "ADJ") and token.tag_ not in ("VBN", "VBD"):
        return None
    lemma = token.lemma_.lower()
    if lemma == "return" and _pushed_back(token):
        return None
    if lemma in _DRIVERS and _driven_out(token, lemma):
        return "deported"  # "900 migrants were pushed out towards the border with Mali"
    if lemma in ("be", "head") and _on_way_out(token):
        return "released"  # "nine Americans are on their way home from custody in Venezuela"
    if lemma in ("be", "get") and _out_of_custody(token, lex):
        return "released"  # "310 fighters are out of jail now" (where "in jail" is a stock)
    if lemma == "sweep" and any(c.dep_ == "prt" and c.lower_ == "up" for c in token.children) and not (
            token.dep_ == "acl" and token.head.lemma_.lower() in ("prisoner", "detainee")):
        # "2,300 were swept up in the raids", "thousands of people swept up in the crackdown", as
        # "rounded up" is (but "among 250 political prisoners swept up in the purge" counts
        # those held now)
        return "detained"
    if lemma == "be" and (deed := next((x for c in token.children if c.dep_ == "acomp" and c.lower_ == "able"
                                        for x in c.children if x.dep_ == "xcomp" and x.pos_ == "VERB"), None)):
        return verb_predicate(deed, lex)  # "44 have been able to leave prison": what they did
    if lemma == "be" and (_at_liberty(token) or _home_from_captivity(token)):
        return "released"  # "2,542 people are already at liberty", "the 17 crew, held captive for a year, are back home"
    if _prisoners_sent_home(token):
        return None
    if _to_police(token):
        return "crossed_border" if to_a_country(token) else None
    if lemma in ("remain", "stay") and any(c.dep_ == "attr" and noun_lemma(c) in HELD_WORDS for c in token.children):
        return "remain_imprisoned"  # "310 people remain political prisoners", "41 people remain hostages"
    if lemma == "deprive" and token.dep_ not in ("relcl", "acl") and _clause_words(token) & {"liberty", "freedom"}:
        # "police deprived 40 protesters of their liberty", "1,400 political prisoners were deprived
        # of their liberty as of October" (held on that day: claims._state_holds). Not a clause
        # on people freed, which tells how they came to be held, as their labels read it
        return "detained"
    if lemma == "rescue" and any((c.dep_ in ("dobj", "nsubjpass") or c.dep_ == "nsubj" and token.tag_ == "VBN")
                                 and (_captive(c) or c.lower_ in ("who", "that") and token.dep_ == "relcl"
                                      and _held_by_captors(token.head, lex) or _after_kidnapping(token))
                                 for c in token.children):
        # "commandos rescued four foreign hostages", "the kidnappers of 30 migrants who were
        # rescued", a headline's "40 kidnapped pupils rescued", "six more were rescued" in a
        # story of a kidnapping (but rescued miners were never held)
        return "released"
    if lemma == "transfer" and any(c.dep_ in ("dobj", "nsubjpass") and _captive(c) for c in token.children) \
            and any(c.dep_ == "prep" and c.lower_ == "to" and any(
                g.dep_ == "pobj" and g.lemma_.lower() in _RECEIVERS for g in c.children) for c in token.children):
        return "released"  # "six hostages were transferred to Israeli authorities": handed back to their side
    if lemma in ("transfer", "return", "hand", "receive", "send") and any(
            c.dep_ == "prep" and c.lower_ == "in" and any(g.lower_ in ("return", "exchange") and (
                lemma != "send" or g.lower_ == "exchange") for g in c.children)  # ("sent back in return": home)
            for c in token.children) and any(c.dep_ in ("dobj", "nsubjpass") and (
                lemma not in ("receive", "send") or is_people(c, lex)) for c in token.children):
        # "300 prisoners of war were transferred in return": the other half of a swap ("in
        # exchange, the other side received 185 military personnel"; but a ruler who "received
        # nothing in return" was given no one)
        return "released"
    if lemma == "take" and any(c.dep_ in ("prt", "advmod") and c.lower_ == "back" for c in token.children) \
            and any(c.dep_ == "dobj" and (noun_lemma(c) in HELD_WORDS | {"pow"} or _captive(c)) for c in token.children) \
            and not any(c.dep_ == "prep" and c.lower_ in ("to", "into") and any(
                g.lower_ in lex.state_places for g in c.subtree) for c in token.children):
        # "the separatists took back 14 prisoners": their side of a swap (not "took them back
        # to jail")
        return "released"
    if lemma == "reunite" and any(c.dep_ in ("nsubj", "nsubjpass") and _captive(c) for c in token.children) \
            and any(c.dep_ == "prep" and c.lower_ == "with" and any(g.lemma_.lower() == "family" for g in c.children)
                    for c in token.children):
        return "released"  # "80 pupils abducted from a school were reunited with their families" (not escapees)
    if lemma == "recover" and any(c.dep_ in ("dobj", "nsubjpass") and _captive(c) for c in token.children):
        return "released"  # "51 abducted pupils have been recovered" (but not bodies or goods recovered)
    if lemma in ("benefit", "affect") and (any(c.dep_ == "nsubj" and lex.nouns.get(c.lemma_.lower()) == "pardoned"
                                               for c in token.children)
                                           or token.dep_ == "acl" and lex.nouns.get(token.head.lemma_.lower()) == "pardoned"):
        # "a royal pardon benefitted 600 inmates", "the pardon affected three people", "an
        # amnesty affecting some 9,000 prisoners"
        return "pardoned"
    if lemma == "deny" and any(c.lower_ == "bail" for c in token.subtree):
        # "the court denied bail to 36 members": a release refused (hedged, governors.status_of).
        # Not a phrase of the lexicon, whose lemmas make "Denys" a verb in lists of names
        return "released"
    if lemma in ("carry", "take", "transport") and token.dep_ == "acl" and token.head.lemma_.lower() in _CRAFT \
            and any(c.dep_ in ("compound", "amod") and c.lemma_.lower() in ("deportation", "removal")
                    for c in token.head.children):
        return "deported"  # "a removal flight carrying 23 offenders to Lagos"
    if lemma in ("receive", "get") and any(
            c.dep_ in ("dobj", "npadvmod") and c.lemma_.lower() in ("year", "month")
            and any(g.like_num and g.dep_ in ("nummod", "quantmod") for g in c.subtree)
            and not any(p.dep_ == "prep" and p.lower_ == "of" for p in c.children) for c in token.children):
        # "eleven students receive up to 12 years in jail": a term counted in years (not "received
        # five years of support")
        return "sentenced"
    if lemma in ("receive", "get") and any(c.dep_ == "dobj" and _kept_at_home(c) for c in token.children):
        return "sentenced"  # "290 received house arrest", "… restricted freedom": a court's punishment outside prison
    if lemma == "receive" and any(c.dep_ == "dobj" and c.lemma_.lower() in ("status", "title", "designation")
                                  for c in token.children):
        return None  # "900 received political prisoner status": recognised, not handed over
    if lemma == "extend" and any(c.dep_ == "dobj" and c.lower_ in ("bail", "bond") for c in token.children) \
            and any(c.dep_ == "prep" and c.lower_ == "to" for c in token.children):
        return "released"  # "then extended bail to 30 more" (but "extended the bail of X" keeps her out)
    if lemma == "leave" and _left_inside(token, lex):
        return "remain_imprisoned"  # "the deal leaves two Americans in Russian custody" (not "left custody")
    if lemma == "return" and token.tag_ == "VBG" and any(c.dep_ == "aux" and c.lower_ in ("was", "were") for c in token.children):
        return None  # "most of those held were returning from Poland": on their way when it happened
    if lemma == "return" and (any(c.dep_ == "prep" and c.lower_ == "to" and any(
            g.dep_ == "pobj" and (g.lemma_.lower() in _OFFICES or g.ent_type_ == "ORG" and any(
                d.dep_ == "det" for d in g.children)) for g in c.children)
            for c in token.children) or any(c.dep_ in ("advcl", "xcomp") and c.lemma_.lower() in _OFFICES
                                            for c in token.children)):
        # ("the election that returned X to power", the parser's "to" an auxiliary of "power")
        # "returned to power", a president back in the White House: in office, not home from jail
        # (a country the recogniser took for an organisation has no article: "returned to Armenia")
        return None
    if lemma == "get" and "home" in (words := _clause_words(token)) and words & _CAPTIVITY:
        return "released"  # "ninety men get back home from captivity"
    if lemma == "discharge" and _after_care(token) and not _after_kidnapping(token):
        # "… 120 treated after the blast; 63 have been discharged since": from
        # hospital (but hostages discharged after their rescue are the freed the text names)
        return None
    if lemma == "let" and any(c.dep_ == "prt" and c.lower_ == "off" for c in token.children) and any(
            c.dep_ in ("nsubjpass", "dobj") and (c.ent_type_ == "PERSON" or is_people(c, lex)) for c in token.children):
        return "released"  # "X was let off at 7.30 p.m.": out of the police station (not fireworks)
    if lemma == "return" and any(c.dep_ == "nsubj" and any(t.dep_ == "compound" and t.lower_ in OFFICES
                                                           for t in c.children)
                                 and not any(t.lower_ == "former" for t in c.children) for c in token.children):
        return None  # "President X returned to Quito on Thursday night": back from a trip, in office
    if lemma == "return" and any(c.dep_ == "prep" and c.lower_ == "from" and any(
            g.lower_ in ("abroad", "exile", "emigration") for g in c.children) for c in token.children):
        return None  # "who came back from abroad": a journey home of one's own, nobody freed
    if lemma == "return" and any(c.dep_ == "prep" and c.lower_ in ("to", "into") and any(
            g.lower_ in lex.state_places for g in c.subtree) for c in token.children):
        return "detained"  # "3,100 escaped inmates were returned to the country's jails": back in custody
    if lemma == "return" and (token.dep_ == "relcl" and token.head.ent_type_ == "PERSON"
                              or any(t.lower_ == "abroad" for t in token.sent)) \
            and not any(c.dep_ in ("dobj", "nsubjpass") for c in token.children) \
            and not any(t.lower_ in lex.state_places or t.lemma_.lower() in _CAPTIVITY
                        or t.lemma_.lower() in lex.state_lemmas
                        or lex.verbs.get(t.lemma_.lower()) in ("released", "pardoned") and t.i != token.i
                        for t in token.sent):
        # "a paper wrote of X, who came back to Belarus after years in Poland", "was working
        # abroad but returned to Belarus": home from abroad
        return None
    if lemma == "return" and token.dep_ == "pcomp" and token.head.lower_ in ("upon", "on", "after") \
            and lex.verbs.get(token.head.head.lemma_.lower()) == "detained":
        return None  # "150 exiles arrested upon returning from Poland": seized at the border
    if lemma == "expel" and _from_no_land(token):
        return None  # "expelled from their universities", "from the party": no deportation
    if lemma == "be" and _objects_of(token, "in", ("captivity",)):
        # "while 12 others are still in captivity" (the place the verb's own: not "swapped for
        # soldiers in captivity", deeper in the clause)
        return "detained" if custody_so_far(token) else "remain_imprisoned"
    if lemma == "be" and any(c.dep_ == "prep" and c.lower_ == "under" and any(
            g.dep_ == "pobj" and g.lower_ == "arrest" and not any(d.lower_ == "house" for d in g.children)
            for g in c.children) for c in token.children):
        # "13 citizen journalists are under arrest": held now (but "were under arrest" then, and
        # house arrest is no custody)
        return "remain_imprisoned" if token.tag_ in ("VBP", "VBZ") and not custody_so_far(token) else "detained"
    if lemma == "be" and _objects_of(token, "on", ("bail", "bond")):
        return "released"  # "the four bloggers arrested in June are on bail" (not "failed to raise bail")
    if lemma == "receive" and any(c.dep_ == "nsubj" and c.lemma_.lower() in _GAOLS for c in token.children):
        return "detained"  # "one jail received 90 prisoners that month": taken into its custody, not handed back
    if lemma == "receive" and any(c.dep_ in ("dobj", "nsubjpass") and is_people(c, lex) and _once_captive(c)
                                  for c in token.children):
        return "released"  # "a mission received three people who were kidnapped": handed back
    words = None
    for phrase_words, predicate in lex.phrases_of.get(lemma, ()):
        words = _clause_words(token) if words is None else words
        if words & phrase_words and not (predicate == "deported" and words & _POWER and "exile" not in words) \
                and not (lemma == "walk" and "out" in words and words & _WALKOUTS and not _out_of_prison(token, lex)) \
                and not (lemma == "find" and "not" in words) \
                and not (predicate == "released" and {"bail", "before", "arrest"} <= words) \
                and not (lemma == "be" and "free" in phrase_words and not _free_now(token)):
            # (but "forced the ruler to leave power" is no expulsion, unless exile is named: "forced
            # into exile" since the anti-government protests; and a judge who
            # "walked out of court" left a room; "have been behind bars for months" is custody so far;
            # and those "found not guilty" were acquitted; and "had been about to speak up for free
            # speech" says nothing of anyone set free; and bail "before arrest" lets out no one held)
            if predicate == "detained" and lemma in ("place", "put") and given_a_term(token) and "remand" not in words:
                # "placed ten people in detention for terms of up to 12 days" (but two days of
                # police remand are custody before any trial)
                return "sentenced"
            if predicate == "remain_imprisoned" and (custody_so_far(token) or lemma == "keep" and _kept_then(token)
                                                     or lemma in ("have", "be") and token.tag_ == "VBD" and token.dep_ == "relcl"):
                # ("were kept in custody for two years", "handed over soldiers that it had in
                # custody", "18 of whom were in prison": held then)
                return "detained"
            return predicate
    if lemma == "fly" and any(c.dep_ in ("prep", "prt", "advmod") and c.lower_ == "out" and any(
            g.lower_ == "of" and any(p.ent_type_ == "GPE" or p.lower_ == "country" for p in g.children)
            for g in c.children)
            for c in token.children):
        return "crossed_border"  # "the sailors were flown out of Iran"
    if lemma in lex.movers and (to_a_country(token) or any(to_a_country(craft) for craft in _craft_of(token))) \
            and not any(c.dep_ == "advmod" and (c.lower_ == "home" or c.lower_ in _FORCED) for c in token.children) \
            and not _to_their_country(token):
        # "110 were transferred to Ukraine", "put on a flight to Washington", "a flight from
        # Abha to Sanaa carrying 40 former detainees" (but "freed and flown home to Britain" is
        # coming home, which the freeing verb tells, and "forcibly sent to" a deportation, below)
        return "crossed_border"
    if lemma == "send" and any(c.dep_ in ("prt", "advmod") and c.lower_ == "back" for c in token.children) \
            and not any(t.dep_ == "prep" and t.lower_ in ("to", "into") for t in token.subtree):
        return "released"  # "each side sending back 75 POWs" (but "sent back to Russia" says where to; "sent home" from work)
    if lemma == "send" and any(c.dep_ == "advmod" and c.lower_ == "home" for c in token.children) \
            and _clause_words(token) & _SWAPS:
        return "released"  # "sent four nationals home in an exchange" (not workers sent home)
    if lemma in ("leave", "depart") and any(c.dep_ == "prep" and c.lower_ == "for" and any(
            g.ent_type_ == "GPE" or g.lower_ == "exile" and any(
                d.dep_ == "dobj" and d.ent_type_ == "GPE" for d in token.children) for g in c.children)
            for c in token.children) and not any(c.dep_ == "nsubj" and c.ent_type_ == "PERSON" for c in token.children):
        # (and "the 200 who left Nicaragua for exile")
        return "crossed_border"  # "nine of them left Belarus for Lithuania" (a named traveller may be anyone)
    if lemma == "reach" and any(c.dep_ == "dobj" and c.ent_type_ == "GPE" for c in token.children):
        return "crossed_border"  # "Five dissidents reach Rome"
    if lemma == "be" and any(c.dep_ == "prep" and c.lower_ == "en" and any(g.lower_ == "route" for g in c.children)
                             for c in token.children) and to_a_country(token) \
            and not any(c.dep_ == "nsubj" and c.ent_type_ == "PERSON" for c in token.children):
        # "are en route to the United States" (but an envoy en route to a base is no freed prisoner)
        return "crossed_border"
    if lemma in _ARRIVALS and to_a_country(token, _ARRIVAL_PREPS):
        # "arrived in Qatar", "landed at a Washington-area airport" (but "nine Lebanese detainees
        # arrived in Lebanon" came home: released, as the guidelines read arriving home)
        return "released" if _home_arrival(token) else "crossed_border"
    if lemma == "go" and token.dep_ in ("ccomp", "xcomp") and token.head.lemma_.lower() == "let":
        return "released"  # "has let 400 prisoners go", "let go of eight Russians"
    if lemma in lex.state_lemmas and _held_now(token, lex):
        # ("who have been in detention for years": custody up to now, as "in captivity" above)
        return "detained" if _held_then(token) else "remain_imprisoned"
    if lemma in ("return", "send", "transfer", "repatriate", "bring") and any(
            c.dep_ == "advmod" and c.lower_ in _FORCED for c in token.children):
        # "were forcibly returned from Turkey to Uzbekistan", "forcibly repatriated 406 defectors",
        # "held in Russia, then forcibly brought to Tajikistan": sent back against their will
        return "deported"
    if lemma in ("take", "bring") and any(p.dep_ == "prep" and p.lower_ in ("to", "into") and any(
            g.lemma_.lower() in ("station", "precinct", "department") and any(c.lower_ == "police" for c in g.children)
            for g in p.children) for p in token.children):
        return "detained"  # "police took five students to a police station" (not to the railway station)
    if _kept_confined(token, lex):
        return "remain_imprisoned"  # "the regime keeps 300 marchers jailed"
    if lemma == "spend" and token.dep_ in ("relcl", "acl") \
            and any(in_held_place(t, lex) for t in (token, *token.children)):
        # "leaders who had spent weeks in jail were freed": held before (but "four of them spent
        # two years behind bars" tells of a part of the freed, which the labels leave alone)
        return "detained"
    # ("served full time": the parser may take the time for an adverb)
    terms = [c for c in token.children if c.lemma_.lower() in ("term", "sentence", "time")
             and (c.dep_ == "dobj" or c.dep_ == "npadvmod" and any(a.lower_ == "full" for a in c.children))] \
        if lemma == "serve" or lemma in _ENDING else []
    if (lemma == "serve" or lemma in _ENDING and token.dep_ in ("relcl", "acl")) and terms and served_out(token):
        # "20 have fully served their terms and have been released", "fishermen who have
        # already completed their sentences" (but "15 had completed their sentences and been
        # released" tells of the release alone)
        return "sentenced"
    if lemma == "serve" and terms and _present(token):
        return "remain_imprisoned"  # "at least 35 are serving long prison terms" (not "were serving")
    if lemma == "serve" and any(t.lemma_.lower() in ("year", "month", "life") for c in terms for t in c.subtree):
        return "sentenced"  # "had been serving prison terms of 15 to 20 years", "were serving 18-year sentences"
    if lemma == "serve" and terms and token.tag_ == "VBG" and any(c.dep_ == "aux" and c.lower_ in ("was", "were")
                                                                  for c in token.children) \
            and not any(c.dep_ == "advcl" and verb_predicate(c, lex) in PERSON_PREDICATES for c in token.children) \
            and not any(t.dep_ == "prep" and t.lower_ in ("in", "across") and any(
                g.dep_ == "pobj" and (g.lower_ in lex.state_places or g.ent_type_ == "GPE"
                                      or g.lemma_.lower() == "country") for g in t.children)
                        for t in token.subtree):
        # "the 12 were serving terms for extremism": a term they had been given (but "were
        # serving terms when they were pardoned" tells of the pardon, found further on, and
        # "150,000 inmates were serving their terms in prisons nationwide" is a stock)
        return "sentenced"
    if lemma == "serve" and terms and token.tag_ in ("VBN", "VBD") and any(
            c.dep_ == "aux" and c.lower_ in ("had", "having", "has", "have") for c in token.children):
        return "sentenced"  # "who had fully served their sentences": they had been sentenced
    if lemma in ("remain", "stay"):
        # "political prisoners remain in Belarus": prisoners remaining are still held
        subject = next((c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None and token.dep_ == "relcl":
            subject = token.head
        if subject is not None and token.dep_ == "conj" and _left_held(subject, token.head):
            return "remain_imprisoned"  # "abducted 251 hostages, and 73 still remain in Gaza"
        if subject is not None and subject.lemma_.lower() in HELD_WORDS and not any(
                c.dep_ in ("acomp", "attr", "oprd") and c.lower_ not in lex.state_places for c in token.children):
            return "remain_imprisoned"  # (but "two prisoners remain anonymous" says nothing of custody)
        if in_held_place(token, lex):
            return "remain_imprisoned"  # "four of whom remain in custody", "12 are still behind bars"
    if lemma == "subject" and any(c.dep_ == "prep" and c.lower_ == "to" and any(
            g.dep_ == "pobj" and g.lemma_.lower() in ("arrest", "detention") for g in c.children) for c in token.children):
        return "detained"  # "2,100 people were subjected to administrative arrest" (not "to repression, including arrests")
    if lemma == "hold" and any(c.lower_ in _ANSWERABLE for c in token.children):
        return None  # "three officers were held criminally liable": answerable, not in custody
    if lemma in lex.verbs:
        if lex.verbs[lemma] == "remain_imprisoned" and any(
                c.dep_ == "advmod" and c.lower_ in ("previously", "formerly", "once") for c in token.children):
            return "detained"  # "a dozen were formerly held in camps": in custody then, no longer
        if lex.verbs[lemma] == "remain_imprisoned" and any(c.dep_ == "aux" and c.lower_ == "had" for c in token.children):
            return None  # "two of the hostages had been kept in Gaza for years": before what the text reports
        return _custody_kind(token, lemma, lex.verbs[lemma])
    if token.lower_ in lex.verbs:  # "freed" lemmatised oddly by a small model
        return lex.verbs[token.lower_]
    return None


def _free_now(verb) -> bool:
    """"they are free", "are now free men": "free" said of the subject, not of a noun deeper in
    the clause."""
    return any(c.lower_ == "free"
               or c.dep_ == "attr" and any(g.dep_ == "amod" and g.lower_ == "free" for g in c.children)
               for c in verb.children)


def _left_held(number, verb) -> bool:
    """"abducted 251 hostages, and 73 still remain", "seized 60 passengers, and 25 remain": a
    bare count in a clause joined to one that took a counted group captive, or counted
    captives."""
    counted = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass", "nsubj")
               and any(g.dep_ == "nummod" for g in c.children)]
    return number.pos_ == "NUM" and bool(counted) and (
        counted[0].lemma_.lower() in HELD_WORDS or verb.lemma_.lower() in _SEIZING and counted[0].dep_ != "nsubj")


_SEIZING = frozenset({"kidnap", "abduct", "seize", "take", "capture"})


def in_held_place(verb, lex: Lexicon) -> bool:
    """"in custody", "behind bars", "in jail": the verb puts its subject in a place that holds people."""
    return any(c.dep_ == "prep" and c.lower_ in ("in", "behind") and any(g.lower_ in lex.state_places for g in c.children)
               for c in verb.children)


def _kept_confined(verb, lex: Lexicon) -> bool:
    """"keeps 300 marchers jailed", said of "keeps" or of "jailed": held now. The parser may
    make the participle a clause of "keep", a second verb joined to it or a participle on
    the people."""
    links = ("oprd", "xcomp", "ccomp", "conj", "acomp")
    lemma = verb.lemma_.lower()
    if lemma == "keep":
        return _present(verb) and any(c.dep_ in links and c.lemma_.lower() != "keep"
                                      and c.lemma_.lower() in lex.state_lemmas for c in verb.children)
    if lemma not in lex.state_lemmas:
        return False  # (asked of nearly every verb: this is the common answer)
    if any(c.dep_ == "aux" and c.lower_ in ("keep", "keeps") for c in verb.children):
        return True  # "the regime keeps imprisoned 138 prisoners", the parser taking "keeps" for an auxiliary
    keeper = verb.head.head if verb.dep_ == "acl" and verb.head.dep_ == "dobj" else verb.head
    return (verb.dep_ in links or keeper is not verb.head) and keeper.lemma_.lower() == "keep" and _present(keeper)


def verb_tagged_noun(token, lex: Lexicon) -> bool:
    """"Ruler pardons 412 in holiday amnesty", "Emir pardons 412 ahead of Eid": a headline's
    verb the tagger took for a plural noun, with its object (a number right after it) and no
    other verb in the line."""
    if token.tag_ != "NNS" or token.lower_[:-1] not in lex.verbs:
        return False
    if not any(c.dep_ == "dobj" or c.like_num and c.i == token.i + 1 for c in token.children):
        return False
    return not any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in token.sent)


def _pushed_back(verb) -> bool:
    """"1,300 migrants were intercepted at sea and returned to Libya": people returned after an
    interception (told in this sentence or the two before) are taken back, not freed."""
    return _told_lately(verb, _INTERCEPTION, 2)


_INTERCEPTION = frozenset({"intercept"})

# verbs of driving people out when a border is where they are left
_DRIVERS = frozenset({"push", "dump", "send"})
_BORDERS = frozenset({"border", "borders", "frontier", "frontiers"})
# those whom a push back across a border is done to, without the border named
_CROSSERS = frozenset({"migrant", "refugee", "asylum-seeker", "seeker"})


def _driven_out(verb, lemma: str) -> bool:
    """"pushed out towards the border with Mali", "dumped near the frontier",
    "sent towards the border with Algeria", "6,737 migrants pushed back": people driven out of
    a country (but "soldiers sent to the border" went on duty, and "troops pushed towards the
    border" advanced: a driving done to no one)."""
    # (but "saw 6,737 migrants pushed back": a participle the parser gave its subject)
    small_clause = verb.tag_ == "VBN" and verb.dep_ in ("ccomp", "xcomp") \
        and not any(c.dep_ == "aux" for c in verb.children)
    if any(c.dep_ == "nsubj" for c in verb.children) and not any(c.dep_ == "dobj" for c in verb.children) \
            and not small_clause:
        return False
    words = _clause_words(verb)
    if lemma == "push" and "back" in words:
        driven = [verb.head] if verb.dep_ == "acl" else [
            c for c in verb.children if c.dep_ in ("dobj", "nsubjpass") or c.dep_ == "nsubj" and small_clause]
        if any(noun_lemma(d) in _CROSSERS for d in driven):
            return True
    return bool(words & _BORDERS) and (lemma != "send" or bool(words & {"towards", "toward"}))


def _infinitive_tagged_noun(token, lex: Lexicon) -> bool:
    """"The spring offensive saw the Houthis detain 40 people": a bare infinitive after a
    verb of seeing or making, which the tagger took for a noun, with its object."""
    return token.tag_ == "NN" and token.lower_ in lex.verbs and token.dep_ in ("ccomp", "xcomp") \
        and token.head.lemma_.lower() in ("see", "watch", "witness", "make", "let", "help") \
        and any(c.dep_ == "dobj" for c in token.children)


def _custody_kind(verb, lemma: str, predicate: str) -> str:
    """Holding or jailing people is a detention unless the text says more: the present
    ("Russia holds four Americans") is a stock, and a term or a verdict ("jailed for five
    years", "convicted and imprisoned") a sentence. "Two journalists, imprisoned for helping
    to publicise a death", "five Iranians held in the US", "Russia held 20 people"
    say only that they were in custody."""
    if lemma == "hold" and predicate == "remain_imprisoned" and (custody_so_far(verb) or _held_so_far(verb)):
        # "have been held in police cells since Monday", "six Canadians have been held in
        # Venezuela": an arrest and a time in custody (tests/eval/GUIDELINES.md, custody up to now)
        return "detained"
    if lemma == "hold" and predicate == "remain_imprisoned" and not _present(verb) and not _stock_then(verb):
        holders = [c for c in verb.children if c.dep_ == "nsubj"] + ([verb.head] if verb.dep_ == "acl" else [])
        if any(h.lemma_.lower() in _INSTITUTIONS for h in holders):
            return predicate  # "its jails held some 18,000 inmates in March": a stock then
        return "detained"
    if lemma in _JAILING and predicate == "sentenced" and not given_a_term(verb) and not _jailing_verdict(verb):
        return "detained"
    if predicate == "detained" and verb.tag_ == "VBN" and any(c.dep_ == "advmod" and c.lower_ == "still"
                                                              for c in verb.children) \
            and any(c.dep_ == "auxpass" and c.lower_ in ("is", "are") for c in verb.children):
        return "remain_imprisoned"  # "a year on, 80 people are still arrested": under arrest now
    return predicate


_JAILING = frozenset({"jail", "imprison", "incarcerate"})
_ANSWERABLE = frozenset({"responsible", "liable", "accountable", "culpable"})
_POWER = frozenset({"power", "office", "post", "presidency", "government"})
_WALKOUTS = frozenset({"court", "courtroom", "hearing", "meeting", "talks", "session", "parliament", "chamber",
                       "studio", "interview", "room", "hall"})
_INSTITUTIONS = frozenset({"prison", "jail", "colony", "camp", "facility", "system", "penitentiary"})
_GAOLS = frozenset({"prison", "jail", "gaol", "colony", "penitentiary"})  # (a camp may receive refugees)
_TERM_UNITS = frozenset({"year", "month", "week", "day", "life", "term", "decade"})
_VERDICT_WORDS = frozenset({"sentence", "convict", "conviction", "verdict", "guilty", "term", "court"})
# named crimes a term is given for ("jailed for treason"); not the bare "offences" or "crimes"
# ("jailed for terrorism offences", "for offences like throwing stones"), which the labels of
# fb-5706, fb-8205, fb-8705 and fb-8711 read as custody, not a verdict (fb-113 alone as one)
_OFFENCES = frozenset({"treason", "espionage", "spying", "terrorism", "extremism", "murder", "fraud",
                       "sedition", "blasphemy", "hooliganism", "embezzlement", "bribery",
                       "corruption", "smuggling", "trafficking", "rape", "theft", "robbery"})
_DURATION = frozenset({"more", "over", "nearly", "almost", "about", "since", "than", "past", "last"})


def _stock_then(verb) -> bool:
    """"As of June 1, 2,417 people were being held without trial", "as of 2016 the state was
    holding 16 reporters": a count of people held at a time, in a clause of its own, is a
    stock then. "The four detainees were being held in
    a college" tells where a group already counted was."""
    children = list(verb.children)
    if any(c.dep_ == "auxpass" and c.lower_ == "being" for c in children):
        held = [c for c in children if c.dep_ == "nsubjpass"]
    elif verb.tag_ == "VBG" and any(c.dep_ == "aux" and c.lower_ in ("was", "were") for c in children):
        held = [c for c in children if c.dep_ == "dobj"]  # "the state was holding 16 reporters in its jails"
    else:
        return False
    return verb.dep_ in ("ROOT", "ccomp", "conj", "advcl") and bool(held) and all(s.pos_ != "PRON" and not any(
        c.dep_ in ("det", "poss") and c.lower_ in _DEFINITE for c in s.children) for s in held)


_DEFINITE = frozenset({"the", "these", "those", "this", "that", "its", "their", "his", "her", "our"})


def _jailing_verdict(verb) -> bool:
    """"Vietnam jails 3 activists", "the court jailed two reporters": a state or a court jailing
    people in a clause of its own, in the simple past or present, is a verdict (GUIDELINES.md:
    "jailed (a verdict)"); a participle or a perfect ("who have been jailed") says custody."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    return verb.dep_ in ("ROOT", "ccomp", "conj") and verb.tag_ in ("VBD", "VBZ", "VBP") and bool(subjects) \
        and any(c.dep_ == "dobj" for c in verb.children) \
        and not any(s.lemma_.lower() in POLICE for s in subjects) \
        and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)  # (but "police jailed 30 overnight")


_COURTS = frozenset({"court", "judge", "tribunal", "judiciary"})
POLICE = frozenset({"police", "policeman", "officer", "agent", "force", "security", "guard", "soldier", "troop",
                     "army", "militia", "kgb", "omon"})


def finds_guilty(verb) -> bool:
    """"found seven critics guilty", "found the seven guilty": "find" with the small clause the
    parser makes of the verdict (its subject is who is convicted, the verb's who judges)."""
    return verb.lemma_.lower() == "find" and any(c.dep_ in ("ccomp", "oprd", "xcomp") and c.lemma_.lower() == "guilty"
                                                  and not any(n.dep_ == "neg" for n in c.children) for c in verb.children)


def given_a_term(verb) -> bool:
    """"jailed for five years", "imprisoned for life", "convicted … and jailed": a sentence.
    A duration the custody has lasted ("imprisoned for over three years", "have been
    jailed for two years") is no term."""
    perfect = any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children)
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("for", "to")):
        units = [t for t in prep.subtree if t.lemma_.lower() in _TERM_UNITS]
        # (a unit counted or standing alone, "for five years", "for a year", "for life"; not a
        # month named later in the clause, after the offence)
        # (but "imprisoned for years", a plural with no number, is how long, not a term)
        units = [t for t in units if t.lemma_.lower() in ("life", "term")
                 or t.head.i == prep.i and not (t.tag_ == "NNS" and not any(c.like_num for c in t.children))
                 or any(c.like_num or c.lower_ in ("a", "an") for c in t.children)]
        # (the words up to the term: "for four years over their reporting" is a term)
        words = {t.lemma_.lower() for t in prep.subtree if units and t.i <= units[0].i}
        # (a range is a term, even in the perfect: "have been jailed for six to 10 years"; so is
        # what a court has jailed people for: "a court has jailed two reporters for three years")
        ranged = any(t.dep_ == "quantmod" and t.lower_ in ("to", "-", "–", "between") for t in prep.subtree)
        by_court = any(c.dep_ == "nsubj" and c.lemma_.lower() in _COURTS for c in verb.children)
        if units and (not perfect or ranged or by_court) and not words & _DURATION:
            return True
        if prep.lower_ == "for" and any(c.dep_ == "pobj" and c.lemma_.lower() in _OFFENCES for c in prep.children):
            return True  # "jailed for treason" (not "for filming")
    linked = [verb.head] if verb.dep_ == "conj" else []
    linked += [c for c in verb.children if c.dep_ == "conj"]
    # (but "1,377 were jailed and 149 were sentenced": a clause with a subject of its own)
    if any(t.lemma_.lower() in ("convict", "sentence") and not _own_subject(t, verb) for t in linked):
        return True
    if any(g.dep_ == "pobj" and g.lemma_.lower() in ("conviction", "verdict") for c in verb.children if c.dep_ == "prep"
           for g in c.children):
        return True  # "imprisoned on protest-related convictions" (but "on charges": held, not yet tried)
    if any(g.dep_ == "pobj" and g.lemma_.lower() == "trial" for c in verb.children
           if c.dep_ == "prep" and c.lower_ in ("in", "at", "after", "following") for g in c.children):
        return True  # "80 protesters jailed in mass trials" (but "held without trial")
    return any(c.lemma_.lower() in _VERDICT_WORDS for c in verb.children if c.dep_ in ("prep", "advcl", "npadvmod"))


def _own_subject(clause, verb) -> bool:
    """Whether one of two joined verbs has a subject the other does not share."""
    later = clause if clause.i > verb.i else verb
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in later.children)


def _on_way_out(verb) -> bool:
    """"on their way home", "on their way to freedom", "headed home": leaving custody."""
    ways = [o for c in verb.children if c.dep_ == "prep" and c.lower_ == "on"
            for o in c.children if o.dep_ == "pobj" and o.lemma_.lower() == "way"]
    if verb.lemma_.lower() == "head":
        ways = [verb]
    return any(t.lower_ in ("home", "freedom", "liberty") for w in ways for t in w.subtree)


def _left_inside(verb, lex: Lexicon) -> bool:
    """"leaves two Americans in Russian custody", "left 300 behind bars": people left in a
    place that holds them, on the verb or on its object."""
    holders = [verb] + [c for c in verb.children if c.dep_ == "dobj"]
    return any(p.dep_ == "prep" and p.lower_ in ("in", "behind") and any(t.lower_ in lex.state_places for t in p.subtree)
               for h in holders for p in h.children)


def _out_of_custody(verb, lex: Lexicon) -> bool:
    """"are out of prison", "got out of jail", "are out on bail": the people have left the
    place that held them."""
    outs = [c for c in verb.children if c.lower_ == "out" and c.dep_ in ("prep", "advmod", "prt", "acomp")]
    after = [t for c in outs for t in c.subtree if t.i > c.i] + (
        [t for c in verb.children if c.dep_ == "prep" and c.lower_ == "on" for t in c.subtree] if outs else [])
    return any(t.lower_ in lex.state_places or t.lower_ == "bail" for t in after)


def _at_liberty(verb) -> bool:
    """"are at liberty": free again (not "at large", which fugitives are)."""
    return bool(_objects_of(verb, "at", ("liberty",)))


def _objects_of(token, preposition: str, words) -> list:
    """The objects among ``words`` of ``token``'s own ``preposition``: "are on bail", "at
    liberty", "in captivity" (not a phrase deeper in the clause)."""
    return [g for c in token.children if c.dep_ == "prep" and c.lower_ == preposition
            for g in c.children if g.dep_ == "pobj" and g.lower_ in words]


def _home_from_captivity(verb) -> bool:
    """"are back home", "are home", "are back on Kenyan soil" said of people the sentence tells
    were held: the copula's own "home" (not a home where something else happened), in a
    sentence with a word of captivity or a swap (tourists back home from a cruise were never
    held)."""
    homes = [c for c in verb.children if c.dep_ == "advmod" and c.lower_ == "home"] + [
        g for p in verb.children if p.dep_ == "prep" for g in p.children
        if g.lower_ == "home" and any(a.lower_ == "back" for a in g.children)]  # ("at last back home")
    back = [c for c in verb.children if c.dep_ == "advmod" and c.lower_ == "back"]
    homes += [g for t in (verb, *back) if back for p in t.children if p.dep_ == "prep" and p.lower_ == "on"
              for g in p.children if g.lower_ == "soil"]  # "the pair are at last back on Ugandan soil"
    return bool(homes) and any(t.lemma_.lower() in _HELD_OR_TAKEN for t in verb.sent)


_HELD_OR_TAKEN = _CAPTIVITY | _TAKING | HELD_WORDS


def handed_objects(verb) -> list:
    """What a verb acts on: its direct object, or the object of an "over" right after it,
    which the parser may take for a preposition ("hands over awards to …"; but not "freed
    over the weekend")."""
    return [c for c in verb.children if c.dep_ == "dobj"] + [
        g for c in verb.children if c.dep_ in ("prep", "prt") and c.lower_ == "over" and c.i == verb.i + 1
        for g in c.children if g.dep_ == "pobj" and g.ent_type_ not in ("DATE", "TIME")]


def custody_so_far(verb) -> bool:
    """"have been held since May", "has been behind bars for five months": custody up to now
    in the present perfect, told with how long it has lasted (but "are still held")."""
    children = list(verb.children)
    # ("have been in detention for years": the span the parser hung on the place)
    spans = [d for c in children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj" for d in g.children
             if d.dep_ == "prep" and d.lower_ in ("since", "for") and any(
                 t.ent_type_ == "DATE" or t.lemma_.lower() in ("year", "month", "week", "day") for t in d.children)]
    return any(c.dep_ in ("aux", "auxpass") and c.lower_ in ("have", "has", "'ve") for c in children) \
        and (any(c.dep_ == "prep" and c.lower_ in ("since", "for") for c in children) or spans) \
        and not any(c.lower_ in ("still", "remain", "remains", "continue", "continues") for c in children) \
        and verb.lemma_.lower() not in ("remain", "stay")  # ("have remained in custody since May": still held)


def landed_inside(verb) -> bool:
    """"ended up behind bars", "landed in jail", "wound up in detention": came into custody (an
    arrest), not a count of the held."""
    lemma = verb.lemma_.lower()
    return lemma == "land" or lemma in ("end", "wind") and any(c.dep_ == "prt" and c.lower_ == "up"
                                                               for c in verb.children)


def _held_then(verb) -> bool:
    """"who have been in detention for years" (custody so far), "90 defendants, 12 of whom were
    in prison" (a clause in the past): held then, not a stock of now."""
    return verb.lemma_ == "be" and (custody_so_far(verb) or verb.dep_ == "relcl" and verb.tag_ == "VBD")


def _kept_then(verb) -> bool:
    """"were kept", "had been kept", "kept them": told in the past."""
    return verb.tag_ == "VBD" or any(c.dep_ in ("aux", "auxpass") and c.lower_ in ("was", "were", "had")
                                     for c in verb.children)


def _held_so_far(verb) -> bool:
    """"have been held" with no word that says they still are: custody up to now."""
    children = list(verb.children)
    return verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ in ("have", "has", "'ve") for c in children) \
        and any(c.dep_ == "auxpass" and c.lower_ == "been" for c in children) \
        and not any(c.lower_ in ("still", "currently", "now") for c in children)


# verbs besides "serve" that take a term to its end ("completed" or "finished" their sentences)
_ENDING = frozenset({"complete", "finish"})


def served_out(serve) -> bool:
    """A term served to its end: "have served their sentences", "served their terms in full",
    "fully served" (but "are serving" and "has been serving" are terms still being served)."""
    if serve.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ in ("have", "has", "had", "having") for c in serve.children) \
            and not any(c.lower_ == "been" for c in serve.children):
        return True
    return serve.tag_ in ("VBN", "VBD") and any(
        c.lower_ in ("fully", "completely") or c.dep_ == "prep" and c.lower_ == "in"
        and any(g.lower_ == "full" for g in c.children)
        or c.lemma_.lower() in ("term", "time", "sentence") and any(a.lower_ == "full" for a in c.children)
        for c in serve.children)  # ("served full time", "served their full terms")


def _present(verb) -> bool:
    """Present tense: "serve(s)", "are serving", or a present participle with no auxiliary."""
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if verb.tag_ == "VBG" and any(a.lower_ == "to" for a in auxiliaries) and any(a.lower_ == "be" for a in auxiliaries):
        return True  # "is thought to be holding four more": held now, as far as anyone knows
    if auxiliaries:
        return any(a.tag_ in ("VBP", "VBZ") for a in auxiliaries)
    if verb.tag_ == "VB" and verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
        return _present(verb.head)  # "prisons have room for 17,000 but hold 20,000": the tense of the first verb
    return verb.tag_ in ("VBG", "VBZ", "VBP")


_ARRIVALS = frozenset({"arrive", "land", "touch"})
_CRAFT = frozenset({"flight", "plane", "aircraft", "airplane", "jet", "bus", "convoy", "ship", "ferry", "train"})


def _home_arrival(verb) -> bool:
    """The arriving people's nationality names the country they arrive in ("Lebanese …
    arrived in Lebanon"): a return home."""
    nationalities = [c.lower_ for s in verb.children if s.dep_ in ("nsubj", "nsubjpass")
                     for c in s.children if c.dep_ in ("amod", "compound") and c.ent_type_ == "NORP"]
    countries = [g.lower_ for p in verb.children if p.dep_ == "prep" and p.lower_ in ("in", "to", "into")
                 for g in p.children if g.dep_ == "pobj" and g.ent_type_ == "GPE"]
    # (the adjective and the country share their stem: "Syrian", "Syria"; "Lebanese", "Lebanon")
    return any(len(shared := os.path.commonprefix([n, c])) >= 4 and len(shared) >= len(c) - 3
               for n in nationalities for c in countries)


def _craft_of(verb) -> list:
    """The flight or bus that does the moving: "a flight … carrying 20", "the plane carried 20"."""
    crafts = [c for c in verb.children if c.dep_ == "nsubj"] + ([verb.head] if verb.dep_ == "acl" else [])
    return [c for c in crafts if c.lemma_.lower() in _CRAFT]
# the most words a headline line has (longer lines without a full stop are wrapped text)
HEADLINE_WORDS = 16
_ARRIVAL_PREPS = ("in", "at", "on", "to", "into")


def to_a_country(verb, preps: tuple[str, ...] = ("to", "into")) -> bool:
    """Whether the verb's clause sends someone to a country or city ("to Ukraine", "to
    Vilnius", "on a flight to Washington"), not to a prison or a court; with ``preps``,
    also where they arrive ("in Qatar", "at a Washington-area airport", "on US soil")."""
    stack = [c for c in verb.children if c.dep_ in ("prep", "advmod", "dobj", "npadvmod", "dative", "prt")]
    while stack:
        token = stack.pop()
        if token.ent_type_ == "GPE" and _object_of(token, preps):
            return True
        if token.lemma_.lower() in ("country", "nation", "capital") and token.dep_ == "pobj" and token.head.lower_ in preps \
                and any(c.dep_ in ("amod", "compound") and (c.ent_type_ in ("LOC", "NORP") or c.lower_ in _NEIGHBOURING)
                        for c in token.children):
            return True  # "transferred to the Baltic country", "to a neighbouring country", "in the Qatari capital"
        if token.dep_ == "prep" and token.lower_ in _NOT_WHERE:
            continue  # "freed after a visit to Minsk": not where they went
        if token.dep_ in ("prep", "pobj", "advmod", "dobj", "npadvmod", "compound", "dative", "amod", "nmod"):
            stack.extend(token.children)
        if token.dep_ == "acl" and token.tag_ == "VBN" and token.head.dep_ == "dobj" and preps == ("to", "into"):
            # "handed over 30 civilians held in its jails to Ukraine": the parser hung where they
            # went on the participle that says where they were
            stack.extend(token.children)
        if token.dep_ == "relcl" and token.lemma_.lower() in ("have", "hold", "keep") and token.head.dep_ == "dobj" \
                and preps == ("to", "into"):
            stack.extend(token.children)  # "handed over soldiers that it had in custody to Armenia"
    return False


_NEIGHBOURING = frozenset({"neighbouring", "neighboring", "nearby", "third"})
_NOT_WHERE = frozenset({"after", "before", "following", "during", "since", "despite", "for", "with", "over",
                        "amid", "under", "by", "of"})


def _to_their_country(verb) -> bool:
    """"579 Pakistani prisoners were freed and repatriated to Pakistan": sent to the country
    the moved people are said to be of, which is coming home (the guidelines' released)."""
    moved = [c for c in verb.children if c.dep_ in ("nsubjpass", "dobj")]
    if not moved and verb.dep_ == "conj":
        moved = [c for c in verb.head.children if c.dep_ in ("nsubjpass", "dobj")]  # "freed and sent to …"
    origins = [c.lower_ for m in moved for c in m.children if c.ent_type_ == "NORP" and c.dep_ in ("amod", "compound")]
    if not origins:
        return False
    places = [t.lower_ for c in verb.children if c.dep_ == "prep" and c.lower_ in ("to", "into")
              for t in c.subtree if t.ent_type_ == "GPE"]
    # ("Pakistan" and "Pakistani", "Ukraine" and "Ukrainian"; not "Australia" and "Austrian")
    return any(len(place) > 3 and origin.startswith(place[:-1]) for place in places for origin in origins)


def _object_of(token, preps: tuple[str, ...]) -> bool:
    """The token is, or modifies, the object of one of ``preps`` ("to Ukraine", "at a
    Washington-area airport")."""
    node = token
    while node.dep_ in ("compound", "amod", "nmod", "npadvmod", "poss") and node.head is not node:
        node = node.head  # ("at Madrid's Barajas airport")
    if node is not token and node.lemma_.lower() in ("border", "frontier", "checkpoint", "crossing", "side"):
        return False  # "taken to the Belarus-Lithuania border" is not across it
    return node.dep_ == "pobj" and node.head.lower_ in preps


_RECURRING = frozenset({"daily", "weekly", "nightly", "routinely", "regularly"})


def _held_now(token, lex: Lexicon) -> bool:
    """"are imprisoned", "remain jailed", "is still held": a state, not an event (but "were
    previously held in colonies" is over)."""
    if any(c.dep_ == "advmod" and c.lower_ in ("previously", "formerly", "once", "earlier") for c in token.children):
        return False
    if any(c.dep_ in ("advmod", "npadvmod") and c.lower_ in _RECURRING for c in token.children):
        return False  # "some 40 people are being detained daily": arrests, day after day
    if _headline_event(token):
        return False  # "3 reporters are detained in Minsk" over a story: the news of an arrest
    for child in token.children:
        if child.dep_ in ("aux", "auxpass", "advmod") and child.lower_ in lex.state_markers:
            return True
    if _told_as_now(token, lex) or _held_as_of(token, lex):
        return True
    head = token.head
    if token.dep_ == "acl" and any(c.dep_ == "auxpass" and c.lower_ == "being" for c in token.children) \
            and any(c.dep_ == "advmod" and c.lower_ in lex.state_markers for c in head.head.children):
        return True  # "there are still 300 soldiers being held by the other side"
    return token.dep_ in ("acomp", "xcomp", "oprd") and head.lemma_.lower() in ("remain", "stay", "continue")


def _past_passive_in(token, places) -> bool:
    """"were held in captivity": a past passive whose own "in" names one of ``places``
    (a predicate telling whether a word is such a place)."""
    return token.tag_ == "VBN" and any(c.dep_ == "auxpass" and c.lower_ in ("was", "were") for c in token.children) \
        and any(c.dep_ == "prep" and c.lower_ == "in" and any(places(g) for g in c.children) for c in token.children)


def _told_as_now(token, lex: Lexicon) -> bool:
    """"said that about 50 employees were held in Russian captivity": a past passive of custody in
    a place, reported by a past "said" or "told", is the state when it was said (the tense
    shifted back), unless the clause dates it or tells what came before or after."""
    return token.dep_ == "ccomp" and token.head.lemma_.lower() in ("say", "tell") and token.head.tag_ == "VBD" \
        and _past_passive_in(token, lambda g: g.lower_ in lex.state_places) \
        and not any(c.dep_ == "aux" for c in token.children) \
        and not any(c.dep_ in ("prep", "advmod", "npadvmod", "advcl") and c.lower_ not in ("in", "still", "currently")
                    for c in token.children) \
        and not any(t.ent_type_ in ("DATE", "TIME") for t in token.subtree)


def _held_as_of(token, lex: Lexicon) -> bool:
    """"as of 1 May, 900 migrants were held in removal centres": a past passive of custody in a
    place, dated by "as of", is a stock on that day."""
    return _past_passive_in(token, lambda g: g.lower_ in lex.state_places
                            or g.lemma_.lower() in ("facility", "centre", "center")) \
        and any(c.dep_ == "prep" and c.lower_ == "as" and any(o.dep_ == "prep" and o.lower_ == "of" for o in c.children)
                for c in token.children)


def headline_length(sentence) -> bool:
    """Whether a sentence could be a headline: no final stop, at most HEADLINE_WORDS words."""
    words = [t for t in sentence if not t.is_space]
    return bool(words) and words[-1].text not in (".", "!", "?") and len(words) <= HEADLINE_WORDS


def _headline_event(verb) -> bool:
    """A headline's present passive ("3 reporters are detained in Minsk"): a line of its
    own with no full stop, "is" or "are" and no word of a lasting state ("still", "currently")."""
    return headline_length(verb.sent) and any(c.dep_ == "auxpass" and c.lower_ in ("is", "are") for c in verb.children) \
        and not any(c.dep_ == "advmod" for c in verb.children)


def _prisoners_sent_home(verb) -> bool:
    """"repatriated 30 inmates to finish their terms in their own country": a transfer of
    prisoners between countries, not a release."""
    return verb.lemma_.lower() == "repatriate" and (any(t.lemma_.lower() == "serve" for t in verb.subtree) or any(
        c.dep_ in ("nsubjpass", "dobj") and c.lemma_.lower() in ("inmate", "convict") for c in verb.children))


def _kept_at_home(noun) -> bool:
    """House arrest or restricted freedom as what a court gave: "house arrest", "restricted
    freedom", "restriction of freedom"."""
    lemma = noun.lemma_.lower()
    if lemma == "arrest":
        return any(c.lower_ == "house" for c in noun.children)
    if lemma == "freedom":
        return any(c.dep_ == "amod" and c.lower_ in ("restricted", "limited") for c in noun.children)
    return lemma == "restriction" and any(c.dep_ == "prep" and c.lower_ == "of" and any(
        g.lower_ in ("freedom", "liberty") for g in c.children) for c in noun.children)


def word_predicate(token, lex: Lexicon) -> str | None:
    """Like verb_predicate, also for participles the tagger took for nouns ("those freed")."""
    if predicate := verb_predicate(token, lex):
        return predicate
    if _prisoners_sent_home(token) or token.pos_ == "VERB" and token.lemma_.lower() in lex.verbs:
        return None  # (a verb verb_predicate knew and declined: "returned to power")
    word = token.lower_
    if word.endswith("ed"):
        for stem in (word[:-1], word[:-2], word[:-3] if word.endswith("ied") else None):
            if stem and stem in lex.verbs:
                return lex.verbs[stem]
    return None


# which freedom, when it is not a person's: "press freedom", "freedom of expression"
_KINDS_OF_FREEDOM = frozenset({"press", "media", "speech", "expression", "religious", "religion", "academic",
                               "internet", "economic", "civil", "assembly", "association", "movement", "belief",
                               "information", "navigation", "trade", "artistic"})


def noun_predicate(token, lex: Lexicon) -> str | None:
    if token.lemma_.lower() == "measure" and any(c.dep_ == "compound" and c.lemma_.lower() in ("clemency", "pardon")
                                                   for c in token.children):
        return lex.nouns["clemency"]  # "clemency measures for 40 inmates": a pardon
    if token.lemma_.lower() in ("decision", "order", "ruling") and any(
            c.dep_ == "compound" and c.lemma_.lower() == "release" for c in token.children):
        return lex.nouns["release"]  # "a release decision was issued for 57 students": an ordered release
    if token.lower_ == "home" and any(c.dep_ == "compound" and c.lemma_.lower() == "return" for c in token.children):
        return lex.nouns["return"]  # "Kyiv hails the return home of 150 troops", parsed with "return" on "home"
    if token.lemma_.lower() == "repatriation" and not _captives_sent_home(token):
        return None  # "the repatriation of 500 refugees": sent home, from no custody
    if token.pos_ in ("NOUN", "PROPN") and token.lemma_.lower() in lex.nouns:
        if token.lemma_.lower() in ("freedom", "liberty") and (any(
                t.lemma_.lower() in _KINDS_OF_FREEDOM for c in token.children
                if c.dep_ in ("compound", "amod", "prep") for t in c.subtree)
                or token.i > 0 and token.doc[token.i - 1].lemma_.lower() in _KINDS_OF_FREEDOM):
            return None  # "Global press freedom updates:" heads no list of the freed
        if token.lemma_.lower() in ("freedom", "liberty") and token.dep_ == "pobj" and token.head.lower_ == "of" \
                and any(h.lemma_.lower() in ("deprive", "rob", "strip") for h in (token.head.head, token.head.head.head)):
            return None  # "has deprived 35 villagers of liberty": taken, not given
        if token.lemma_.lower() == "arrest" and any(c.lower_ == "house" for c in token.children):
            return None  # "house arrest for the last four": out of prison, not a new detention
        if token.lemma_.lower() == "expulsion" and _from_no_land(token):
            return None  # "expulsion from university"
        if token.lemma_.lower() == "return" and any(c.dep_ == "prep" and c.lower_ == "from" and any(
                g.ent_type_ in ("GPE", "LOC") for g in c.children) for c in token.children):
            return None  # "detained upon his return from Russia": a journey home, not out of custody
        return lex.nouns[token.lemma_.lower()]
    return None


# people held abroad whom a repatriation brings home out of custody
_HELD_ABROAD = frozenset(HELD_WORDS | {"fisherman", "soldier", "serviceman", "pow", "sailor", "seafarer", "crew"})


def _captives_sent_home(repatriation) -> bool:
    """"the repatriation of 2,661 fishermen and 71 civil prisoners from Pakistan": people
    held abroad, sent home (a release)."""
    for prep in repatriation.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            people = [g for g in prep.children if g.dep_ == "pobj"]
            people += [c for g in people for c in g.conjuncts]
            if any(noun_lemma(g) in _HELD_ABROAD or any(c.dep_ in ("acl", "relcl") and c.lemma_.lower() in (
                    "hold", "detain", "capture", "arrest", "imprison", "jail") for c in g.children) for g in people):
                return True
    return False


# first words of countries named in two ("Sri Lanka", "North Korea"), whose people the
# counted noun names in two words too (not "Shia Muslims": a faith, then its people)
_FIRST_OF_COUNTRY = frozenset({"sri", "north", "south", "east", "west", "new", "saudi", "costa", "puerto", "el",
                               "sierra", "burkina", "cape", "central"})


def possessive(token) -> bool:
    """"'s" after a name, also when the tagger took a curly "’s" for a number or a noun."""
    return token.tag_ == "POS" or token.dep_ == "case" and token.lower_ in ("'s", "’s", "'", "’")


def first_conjunct(token):
    """The first of the words a coordination joins ("A, B and C": A), or ``token`` itself."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    return token


def noun_lemma(noun) -> str:
    """Singular lower-case head noun: "Russians" -> "russian", "prisoners" -> "prisoner"."""
    lemma = noun.lemma_.lower()
    if noun.lower_ == "accused":
        return "accused"  # "five of the accused": a noun the tagger took for the verb's participle
    if noun.ent_type_ == "NORP" and noun.ent_iob_ == "I" and noun.i > 0 and noun.doc[noun.i - 1].dep_ == "compound" \
            and noun.doc[noun.i - 1].lower_ in _FIRST_OF_COUNTRY:
        # "five Sri Lankans", "two North Koreans": the people of a country named in two words
        last = noun.lower_[:-1] if noun.tag_ in ("NNS", "NNPS") and noun.lower_.endswith("s") else noun.lower_
        return f"{noun.doc[noun.i - 1].lower_} {last}"
    if lemma.endswith("men") and lemma not in ("women", "turkmen") and len(lemma) > 5:
        # "servicemen", "policemen": the lemmatiser keeps the plural (but "40 Turkmen" are a
        # people, not men)
        return lemma[:-3] + "man"
    if lemma.endswith("children"):
        return lemma[:-3]  # "children", "schoolchildren"
    if lemma.endswith("people") and len(lemma) > 6:
        return lemma[:-6] + "person"  # "servicepeople"
    if noun.tag_ in ("NNPS", "NNS") and lemma == noun.lower_ and lemma.endswith("s") and not lemma.endswith("ss"):
        lemma = lemma[:-1]
    elif noun.tag_ in ("NNP", "NN") and lemma == noun.lower_ and lemma.endswith("s") \
            and not lemma.endswith(("ss", "us")) and (any(c.dep_ == "nummod" for c in noun.children) or (
                noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.like_num)):
        lemma = lemma[:-1]  # "four Thais", "two of his nephews": a plural the tagger called singular
    return lemma


def counted_plural_name(noun) -> bool:
    """"two former Green Berets": a plural the recogniser took for a person's name, counted."""
    return noun.tag_ == "NNPS" and any(c.dep_ == "nummod" for c in noun.children)


def is_counted(token) -> bool:
    """A number, or a noun with one: the people a clause counts ("30 were freed", "the 30 prisoners")."""
    return token.pos_ == "NUM" or any(c.dep_ == "nummod" for c in token.children)


def is_people(noun, lex: Lexicon) -> bool:
    lemma = noun_lemma(noun)
    if lemma == "figure" and not any(c.dep_ in ("compound", "amod", "nmod") for c in noun.children):
        return False  # "the figures include 502 in Moscow": numbers (people are "opposition figures")
    return lemma in lex.people or noun.lower_ in lex.people or noun.ent_type_ == "NORP" \
        or noun.ent_type_ == "PERSON" and counted_plural_name(noun) or lemma == "force" and any(
        c.lower_ == "security" and c.dep_ in ("compound", "amod") for c in noun.children) \
        or len(lemma) > 7 and lemma.endswith(_PROFESSIONS) \
        or any(c.dep_ in ("amod", "acl") and c.lower_ in _SEIZED for c in noun.children) \
        or lemma == "driver" and any(c.dep_ == "compound" and c.lower_ in _VEHICLES for c in noun.children) \
        or lemma == "staff" and any(c.dep_ == "nummod" for c in noun.children)
    # ("17 Afghan security forces", "30 traumatologists"; "the 16 kidnapped compañeros", "four
    # drivers, kidnapped in May": only people are kidnapped, whatever word a text calls them by;
    # "truck drivers", "three staff of the school": but not a printer's "drivers", nor "the staff")


_VEHICLES = frozenset({"truck", "lorry", "bus", "taxi", "tanker", "cab", "delivery"})


_SEIZED = frozenset({"kidnapped", "abducted"})


# endings of words for people by their calling ("traumatologist", "paediatrician")
_PROFESSIONS = ("ologist", "ician")


def not_custody(sentence, lex: Lexicon, verb=None) -> bool:
    """Released from something other than custody: a hospital, rubble, a contract (words
    anywhere in the sentence), or a punishment that is not prison ("released from fines",
    "freed from correctional labour": only the verb's own "from")."""
    if any(t.lower_ in lex.not_custody and not _taken_there(t, verb, lex) and not _describes_someone(t)
           or t.lower_ in _TEMPORARY and any(
            c.lower_ in _TEMPORARY[t.lower_] for c in t.children) for t in sentence):
        return True  # (a furlough by other names: "out on two weeks' medical leave", "his temporary release")
    if verb is None:
        return False
    if any(c.dep_ == "advmod" and c.lower_ == "temporarily" for c in verb.children):
        return True  # "has temporarily freed 85,000 people from jail": a furlough, they go back
    if any(t.lemma_.lower() in _HABITATS for c in verb.children if c.dep_ in ("prep", "advmod", "prt")
           and c.lower_ in ("into", "back", "to") for t in c.subtree):
        return True  # "turtles released back into the water": animals set free where they live
    if verb.lemma_.lower() in ("release", "free", "transfer", "move") and any(
            g.lemma_.lower() == "arrest" and any(a.lower_ == "house" for a in g.children)
            for c in verb.children if c.dep_ == "prep" and c.lower_ in ("under", "to", "into")
            and not any(a.dep_ == "advmod" for a in c.children) for g in c.children):
        # "released seven defendants under house arrest": moved to house arrest, which
        # tests/eval/GUIDELINES.md leaves unlabelled like a transfer between prisons (but
        # freeing 300 people "previously under house arrest" is a release from it)
        return True
    # (the words of the "from" phrase itself, not of a clause on it: "14 fishermen from
    # Nagapattinam, who were arrested by the navy")
    froms = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "from"]
    clauses = {t.i for c in froms for r in c.subtree if r.dep_ in ("relcl", "acl") for t in r.subtree}
    sources = [g for c in froms for g in c.subtree if g.i not in clauses]
    if any(t.lower_ == "suspended" for t in sources):
        return True  # "released 10 from suspended prison sentences": they were never inside
    # (but "freed from the punishment of imprisonment" is from prison)
    phrases = [g for c in verb.children if c.dep_ == "prep" and c.lower_ in ("from", "in") for g in c.subtree]
    return any(t.lemma_.lower() in lex.not_custody_from for t in sources) and not any(
        t.lemma_.lower() in _PRISON_TERMS
        and not {"other", "except", "not", "besides"} & {w.lower_ for w in t.doc[max(0, t.i - 3):t.i]} for t in phrases)


def _describes_someone(word) -> bool:
    """"among them A, the head of a city hospital": the word names a place in a
    description set beside a person, not one the freed left."""
    return any(a.dep_ == "appos" and a.pos_ == "NOUN" and a.head.pos_ == "PROPN" for a in word.ancestors)


def _taken_there(place, verb, lex: Lexicon) -> bool:
    """"handed over to peacekeepers, then driven to hospital for checks": where the
    freed were taken after the release (a clause of the releasing verb), not what they left."""
    mover = place.head.head
    return verb is not None and place.dep_ == "pobj" and place.head.lower_ in ("to", "into") \
        and mover.lemma_.lower() in lex.movers and mover.dep_ in ("conj", "advcl") and mover.head.i == verb.i


_PATIENTS = frozenset({"casualty", "patient"})
_HURT = frozenset({"injured", "wounded", "hurt"})
_FIGHTERS = frozenset({"soldier", "serviceman", "servicemen", "fighter", "troop", "pow", "combatant", "defender"})


def patients(noun) -> bool:
    """"Nineteen casualties were released from Nasser Institute", "eleven injured pilgrims
    were released": let out after treatment, not from custody (but wounded soldiers or
    prisoners may be handed over in an exchange)."""
    if noun is None:
        return False
    lemma = noun_lemma(noun)
    return lemma in _PATIENTS or lemma not in HELD_WORDS and lemma not in _FIGHTERS and any(
        c.dep_ == "amod" and c.lower_ in _HURT for c in noun.children)


_HABITATS = frozenset({"water", "wild", "sea", "ocean", "nature", "river", "lake", "habitat", "forest"})
_PRISON_TERMS = frozenset({"imprisonment", "prison", "custody", "detention", "incarceration"})
# a leave from prison the prisoner must return from ("compassionate release" is for good)
_TEMPORARY = {"leave": frozenset({"medical", "temporary", "sick"}), "release": frozenset({"temporary"})}
_SPORT = frozenset({"club", "clubs", "league", "season", "squad", "transfer", "transfers", "contract",
                    "contracts", "championship", "retained", "loan", "footballer", "midfielder", "striker"})
_CUSTODY = frozenset({"prison", "prisons", "jail", "jails", "prisoner", "prisoners", "detention", "custody",
                      "detained", "arrested", "sentenced", "hostage", "hostages", "captivity", "colony"})


_MEDICAL = frozenset({"hospital", "hospitals", "intensive", "injured", "wounded", "casualties", "injuries", "surgery",
                      "treatment", "icu", "hospitalisation", "hospitalization", "hospitalised", "hospitalized",
                      "poisoning", "symptoms"})
# words of custody that a medical story about an attack or a crash never has
_HELD_ANYWHERE = _CUSTODY | {"detainee", "detainees", "inmate", "inmates", "captive", "captives", "kidnapped",
                             "abducted", "kidnap", "arrest", "pardon", "pardoned", "amnesty"}


def _words_of(doc, vocabulary: frozenset) -> set[str]:
    counts = doc.count_by(LOWER)  # in C: a set of every token's text cost more than the claims
    strings = doc.vocab.strings
    return {w for w in vocabulary if strings.as_int(w) in counts}


def sporting(doc, lex: Lexicon) -> bool:
    """A text about sport with no word of custody: its "released" players left their
    clubs (a retained list), nobody left a prison."""
    if "newsmon_sporting" not in doc.user_data:  # asked once per name: worked out once per text
        words = _words_of(doc, _SPORT | _CUSTODY)
        doc.user_data["newsmon_sporting"] = len(words & _SPORT) >= 2 and not words & _CUSTODY
    return doc.user_data["newsmon_sporting"]


def medical(doc) -> bool:
    """A text about the hurt of an attack or a crash, with no word of custody: those it says
    were "released" left a hospital ("19 wounded tourists released from hospital")."""
    if "newsmon_medical" not in doc.user_data:
        words = _words_of(doc, _MEDICAL | _HELD_ANYWHERE)
        doc.user_data["newsmon_medical"] = bool(words & {"hospital", "hospitals"}) and len(words & _MEDICAL) >= 3 \
            and not words & _HELD_ANYWHERE
    return doc.user_data["newsmon_medical"]
