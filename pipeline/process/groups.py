"""Counts that stand for a group told of elsewhere: a part of it ("six of them", "15 of
whom", "Of the 52, fourteen"), its members described ("17 people have chronic diseases"),
a list sharing one verb, and a sentence freeing "they" (or telling of their capture) after the
sentence that counted them.
Each function finds the claim the count takes its predicate from, among the claims made so
far; pipeline/process/claims.py decides when to ask."""

from __future__ import annotations

from newsmon.models.predicates import FREED_COUNT
from newsmon.pipeline.process.counted import of_this_number
from newsmon.pipeline.process.governors import SOME_OF, breaks_down, status_of
from newsmon.pipeline.process.lexicon import (
    OTHERS,
    PERSON_PREDICATES,
    PLAIN_PEOPLE,
    Lexicon,
    first_conjunct,
    is_counted,
    is_people,
    noun_lemma,
    verb_predicate,
)
from newsmon.pipeline.process.numbers import TALLY_WORDS, NumberSpan, value_of

_CONTRAST = {"but", "while", "whereas", "yet", "although", "though"}

# the participles that name a group by its release (the tagger may take "freed" for a noun)
_FREED = frozenset({"freed", "released", "pardoned", "liberated", "amnestied"})


def referred_back(doc, claims: list[dict], lex: Lexicon) -> list[dict]:
    """"Police detained 12 activists on Monday. They were released the next day.": a
    sentence without a count of its own that frees "they" (or "the activists") frees the
    one group the sentence just before counted (tests/eval/GUIDELINES.md, 2026-12-04)."""
    by_sentence: dict[int, list[dict]] = {}
    for claim in claims:
        by_sentence.setdefault(claim["sentence_start"], []).append(claim)
    found = []
    sentences = list(doc.sents)
    for before, sentence in zip(sentences, sentences[1:]):
        previous = [c for c in by_sentence.get(before.start_char, []) if c["status"] == "asserted"]
        if sentence.start_char in by_sentence or len({c["count"] for c in previous}) != 1:
            continue  # a count of its own, or no single group to refer to
        if _other_subject(before, previous):
            continue  # "besides the four held, five more people were taken away. They were released": the five
        if _held_with_others(before, previous[0]):
            continue  # "detained A along with two board members and B. They were released": all four
        for verb in (t for t in sentence if t.pos_ == "VERB"):
            predicate = verb_predicate(verb, lex)
            # (the labels differ on a sentence that repeats the predicate of the one before: none is made)
            if predicate not in (*PERSON_PREDICATES, "detained", "sentenced", "crossed_border") \
                    or predicate in {c["predicate"] for c in previous}:
                continue
            # "were held for hours and released", "were allowed to go home"
            holder = verb.head if verb.dep_ == "conj" or verb.dep_ == "xcomp" and verb.head.lemma_.lower() in ("allow", "permit") else verb
            subject = next((c for c in holder.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subject is not None and subject.dep_ == "nsubj" \
                    and (predicate in PERSON_PREDICATES or verb.dep_ == "ROOT" and verb.tag_ == "VBD") \
                    and (group := next((c for c in verb.children if c.dep_ == "dobj"), None)) is not None \
                    and _names_group(group, previous[0]["noun"]) and not is_counted(subject) \
                    and not (group.lower_ == "them" and any(t.tag_ in ("NNS", "NNPS") and is_people(t, lex)
                                                            for t in sentence if t.i < verb.i)):
                # (not "charged most of the young men and expelled them": "them" are those men)
                subject = group  # "the president pardoned the group after a week of talks"
            elif subject is None or subject.dep_ == "nsubj" and any(c.dep_ == "dobj" for c in verb.children):
                continue  # ("they freed the others": who did it)
            if any(t.lower_ in _EXCEPTING for t in verb.subtree):
                break  # "all those arrested were freed except seven": not the whole group
            # (not "the many journalists jailed and freed during the year": others than those counted)
            named = subject.tag_ == "NNS" and any(c.lower_ in ("the", "these", "those") for c in subject.children) \
                and noun_lemma(subject) == previous[0]["noun"] and not any(c.lower_ in SOME_OF for c in subject.children)
            # "These individuals had been tried and sentenced": a plain word for the same people
            these = subject.tag_ == "NNS" and noun_lemma(subject) in PLAIN_PEOPLE and any(c.lower_ == "these" for c in subject.children)
            # "The freed group … crossed safely into Lithuania": the group named by its release,
            # crossing by itself (the labels leave a passive transfer of "the released detainees"
            # to a capital alone, as a sentence repeating the group's journey)
            freed = subject.dep_ == "nsubj" and any(c.lower_ == "the" for c in subject.children) and any(
                c.dep_ in ("amod", "acl", "compound") and c.lower_ in _FREED for c in subject.children) \
                and any(c["predicate"] in ("released", "pardoned") for c in previous)
            if subject.lower_ not in ("they", "those") and not named and not these and not freed \
                    and subject.dep_ != "dobj" and not _all_of(subject, previous[0]["noun"]):
                continue
            past = holder.tag_ == "VBD" or any(c.dep_ in ("aux", "auxpass") and c.lower_ in ("was", "were", "had")
                                               for c in holder.children)
            if predicate == "crossed_border" and subject.dep_ != "nsubjpass" and not freed:
                continue  # "They were sent to Ashgabat" (but "they arrived in X" may be anyone's trip)
            if predicate not in PERSON_PREDICATES and not (freed and predicate == "crossed_border") \
                    and (subject.lower_ not in ("they", "them") and not these or holder.dep_ != "ROOT" or not past):
                # "They were captured near X": what befell them before, told in a clause of its own
                # (but "The judges then sent them to prison" tells what happened next)
                continue
            found.append({**previous[0], "predicate": predicate, "status": status_of(verb, subject.i, doc, lex),
                          "start": subject.idx, "end": subject.idx + len(subject.text),
                          "sentence_start": sentence.start_char, "sentence": sentence.text})
            break
    return found


def _names_group(token, noun: str) -> bool:
    """"them", "the group", "the prisoners" (with the noun the group was counted by)."""
    if token.lower_ == "them":
        return True
    return any(c.dep_ == "det" and c.lower_ in ("the", "this", "these") for c in token.children) and (
        token.lemma_.lower() == "group" or token.tag_ == "NNS" and noun_lemma(token) == noun)


_EXCEPTING = frozenset({"except", "exception", "excepting", "excluding", "apart"})


def _all_of(subject, noun: str) -> bool:
    """"all were released", "all of them", "all of the women": the whole group, by a word
    that has no number of its own."""
    if subject.lower_ not in ("all", "both"):
        return False
    parts = [c for c in subject.children if c.dep_ not in ("punct", "det")]
    if not parts:
        return True
    return len(parts) == 1 and parts[0].dep_ == "prep" and parts[0].lower_ == "of" and any(
        _names_group(g, noun) for g in parts[0].children if g.dep_ == "pobj")


def _other_subject(sentence, claims: list[dict]) -> bool:
    """Whether the main clause of ``sentence`` (under "said", its reported clause) has a counted
    subject that none of ``claims`` is on: the group "they" would name next."""
    clause = sentence.root
    for _ in range(3):
        reported = next((c for c in clause.children if c.dep_ == "ccomp"), None)
        if reported is None:
            break
        clause = reported
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or not (subject.like_num or any(c.dep_ == "nummod" for c in subject.children)):
        return False
    return not any(c["start"] <= subject.idx < c["end"] or subject.idx <= c["start"] < subject.idx + len(subject.text)
                   for c in claims)


def _held_with_others(sentence, claim: dict) -> bool:
    """Whether the counted group of ``claim`` is one of several that ``sentence`` holds: a
    named person beside it as the verb's object, or joined to it ("detained A, along with two
    board members, as well as B"), so that a "they" after it names more than the count."""
    counted = next((t for t in sentence if t.idx == claim["start"]), None)
    if counted is None:
        return False
    noun = counted.head if counted.dep_ == "nummod" else counted
    within = {t.i for t in noun.subtree} - {noun.i}
    if sum(e.label_ == "PERSON" and e.root.i in within for e in sentence.ents) > claim["count"]:
        return True  # ("two Green Berets, A and B, were freed": the names are the two)
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "with":
        return False
    verb = prep.head.head if prep.head.lower_ == "along" else prep.head
    return any(c.dep_ in ("dobj", "nsubjpass") and c.ent_type_ == "PERSON" for c in verb.children)


def whole_of_whom(anchor, claims: list[dict]) -> dict | None:
    """The claim on the group that "N of whom" is part of, in the relative clause on its noun."""
    clause = anchor.head
    if anchor.dep_ not in ("nsubj", "nsubjpass") or clause.dep_ not in ("relcl", "advcl") or not any(
            c.dep_ == "prep" and c.lower_ == "of" and any(g.lower_ == "whom" for g in c.children)
            for c in anchor.children):
        return None
    group = clause.head
    if clause.dep_ == "advcl":
        # "31 prisoners were freed, 27 of whom had served their terms": the clause hung on the
        # verb, whose subject or object before it is the group
        group = next((c for c in reversed(list(group.children)) if c.dep_ in ("nsubj", "nsubjpass", "dobj")
                      and c.i < anchor.i), None)
        if group is None:
            return None
    return next((c for c in claims if c["kind"] == "count" and c["start"] <= group.idx < c["end"]), None)


def part_of_previous(anchor, be, claims: list[dict]) -> dict | None:
    """"Of the 52, fourteen were foreign nationals"; "Six of them were journalists": a
    part of the group of the previous claim, which it shares a predicate with. Also
    "These are 5 women and 19 men": the group just counted, described."""
    if claims and anchor.dep_ in ("attr", "conj") and any(
            c.dep_ == "nsubj" and c.lower_ in ("these", "they", "those") for c in be.children):
        return next(c for c in claims if c["start"] == claims[-1]["start"])  # the main claim, not its participle
    if not claims or anchor.dep_ != "nsubj":
        return None
    # (a date "as of the end of 2021" is no group the count is part of)
    tokens = list(anchor.subtree) + [t for c in be.children if c.dep_ == "prep" and c.lower_ != "as" for t in c.subtree]
    words = {t.lower_ for t in tokens}
    # The part's own "of" or "among", not one deep in a phrase ("1,666 are on trial; 664 for
    # riot, 213 for possession of weapons"), or that of the clause the part's is joined to: its
    # opening ("Of these, 40 are elderly, … and 5 were minors") or its subject's
    # ("Eight of the freed are soldiers, …, two are police officers").
    # ("1,519 of those held are civilians, while 155 are soldiers": a clause set against the first)
    contrasted = be.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("while", "whereas") for c in be.children)
    joined = [be.head, *(c for c in be.head.children if c.dep_ == "nsubj")] if be.dep_ == "conj" or contrasted else []
    # ("Of those, 129 were minors; 200 were women; 18 were …": the parser hangs each clause
    # before a semicolon on the next)
    earlier = _clauses_before(be.head if be.dep_ == "conj" else be)
    heads = (anchor.i, be.i, *(j.i for j in joined), *(e.i for e in earlier))
    tokens += [t for j in joined for c in j.children if c.dep_ == "prep" and c.i < be.head.i for t in c.subtree]
    tokens += [t for e in earlier for c in e.children if c.dep_ == "prep" and c.i < e.i for t in c.subtree]
    partitive = any(t.dep_ == "prep" and t.head.i in heads for t in tokens if t.lower_ in ("of", "among", "amongst"))
    if partitive:
        # "among the 16", "of the 1,181": the claim about that very number, if there is one
        numbers = {t.text.replace(",", "") for t in tokens if t.like_num and t.i != anchor.i}
        same = [c for c in claims if str(c["count"]) in numbers]
        if not same and _counted_since(claims, anchor):
            return None  # "… documented 139 deaths. Of these, four were women": of the deaths
        return same[-1] if same else _last_group(claims, _largest_part(anchor))
    if of_them(anchor):
        return _last_group(claims, anchor)
    return None


def _counted_since(claims: list[dict], anchor) -> bool:
    """Whether a count of deaths, cases or the like (a plural noun with its number, which no
    claim is about) stands in a sentence between the last claim and ``anchor``'s: the nearer
    group a partitive refers to."""
    doc = anchor.doc
    if claims[-1]["end"] >= anchor.sent.start_char:
        return False  # (the last claim is in the part's own sentence)
    between = doc.char_span(claims[-1]["end"], anchor.sent.start_char, alignment_mode="expand")
    return between is not None and any(t.like_num and t.dep_ == "nummod" and t.head.lemma_.lower() in _NOT_PEOPLE
                                       for t in between)


# things counted that a following "of these" can be of ("139 deaths … Of these, four were women")
_NOT_PEOPLE = frozenset({"death", "case", "killing", "incident", "complaint", "disappearance"})


def _clauses_before(verb) -> list:
    """The clauses before ``verb`` that semicolons part from it, which the parser hangs on it
    as clauses of its own."""
    found = []
    for _ in range(8):
        verb = next((c for c in verb.children if c.dep_ in ("ccomp", "parataxis") and c.i < verb.i
                     and c.right_edge.i + 1 < len(c.doc) and c.doc[c.right_edge.i + 1].text == ";"), None)
        if verb is None:
            break
        found.append(verb)
    return found


def _largest_part(anchor):
    """The largest of the counts that are subjects in ``anchor``'s sentence: the whole they
    are parts of is at least as large ("Of this number, 129 were …; 200 were women")."""
    parts = [t for t in anchor.sent if t.like_num and t.dep_ in ("nsubj", "nsubjpass") and value_of([t]) is not None]
    return max(parts, key=lambda t: value_of([t]), default=anchor)


def _last_group(claims: list[dict], part=None) -> dict | None:
    """The claim on the group counted last: its release if one of its claims frees it, not
    what a participle said of its past ("The 20 activists freed were convicted of…"). A
    group smaller than the part is not its whole ("six were held; one has been expelled; three
    of the reporters were Chilean": the three are of the six)."""
    size = value_of([part]) if part is not None and part.like_num else None
    starts = [c["start"] for c in claims if size is None or c["count"] is None or c["count"] >= size]
    if not starts:
        return None
    last = [c for c in claims if c["start"] == starts[-1]]
    return next((c for c in last if c["predicate"] in PERSON_PREDICATES), last[0])


def others_named_since(anchor, claims: list[dict]) -> bool:
    """Whether a plural subject stands between the last claim and ``anchor``: "them" may be
    that group ("…six Lithuanian citizens. The Belarusians in the group got permits, and 40
    of them asked for housing")."""
    if not claims:
        return True
    doc = anchor.doc
    between = doc.char_span(claims[-1]["end"], anchor.idx, alignment_mode="expand")
    return between is not None and any(t.dep_ in ("nsubj", "nsubjpass") and t.tag_ in ("NNS", "NNPS")
                                       for t in between)


def of_them(anchor) -> bool:
    """"six of them", "15 of whom", or "nine" after such a subject in a joined clause ("17 of
    them are ill and three were over 70"): a part of a group named before."""
    if anchor.dep_ not in ("nsubj", "nsubjpass"):
        return False
    # (in "one hundred and fifty-two of them", the "of" hangs on the number's last word)
    words = [anchor] + [c for c in anchor.children if c.dep_ == "conj" and c.like_num]
    if any(c.dep_ == "prep" and c.lower_ == "of" and any(g.lower_ in ("them", "those", "these", "whom")
                                                          for g in c.children) for w in words for c in w.children):
        return True
    if of_this_number(anchor):
        return True  # "Of this number, 20 come from her party": a part of the count just given
    verb = anchor.head
    return verb.dep_ == "conj" and anchor.i > verb.head.i and any(
        of_them(c) for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass"))


def described_group(anchor, have, claims: list[dict], doc, part_of: int | None = None) -> dict | None:
    """"Lukashenko pardoned 32 people. … 17 people have chronic diseases, two have many
    children": a part of the group just freed, described by what its members have (the
    last claim frees them, within the three sentences before). With ``part_of`` (the value
    of a bare count: "Thirteen are over 50"), the freed group must be larger."""
    if anchor.dep_ != "nsubj" or not claims or claims[-1]["predicate"] not in FREED_COUNT:
        return None
    earliest = anchor.sent
    for _ in range(3):
        if earliest.start == 0:
            break
        earliest = doc[earliest.start - 1].sent
    if not earliest.start_char <= claims[-1]["sentence_start"] <= anchor.sent.start_char:
        return None
    if part_of is not None:
        # a bare count: the latest freed group within reach that is larger than it, and not
        # another part ("21 are foreign nationals, 58 are women, 33 are over 65": the 33 are
        # of the pardoned, not of the women)
        return next((c for c in reversed(claims) if c["predicate"] in FREED_COUNT and c["count"] > part_of
                     and c["sentence_start"] >= earliest.start_char and c["status"] == "asserted"
                     and not _described_part(c, doc)), None)
    return next(c for c in claims if c["start"] == claims[-1]["start"])


def _described_part(claim: dict, doc) -> bool:
    """A claim whose count is what a copula describes ("58 are women"): a part of a group."""
    span = doc.char_span(claim["start"], claim["end"], alignment_mode="expand")
    number = next((t for t in span if t.like_num), None) if span is not None else None
    return number is not None and number.dep_ == "nsubj" and number.head.lemma_ == "be"


def among_them(be, claims: list[dict], sentence) -> dict | None:
    """"Among them are 37 media workers": the group of the previous claim, so its
    predicate and status."""
    # "Among them, which matters most to me, were 6 Lithuanians": the parser hangs the
    # opening "among" on the aside
    asides = [g for c in be.children if c.dep_ in ("ccomp", "parataxis") and c.i < be.i
              for g in c.children if g.dep_ == "prep" and g.i == sentence.start]
    for child in (*be.children, *asides):
        if child.dep_ == "prep" and child.lower_ in ("among", "amongst", "including", "of"):
            numbers = {t.text.replace(",", "") for t in child.subtree if t.like_num}
            if any(c.dep_ in ("attr", "nsubj") and breaks_down(child, c) for c in be.children):
                continue
            same = [c for c in claims if c["kind"] == "count" and str(c["count"]) in numbers]
            if same:
                return same[-1]  # "Five Germans were among the 16"
            # (the group's release, not what a clause said of its past: "pardoned 42 prisoners who had
            # been held …; among them are ten over 50")
            previous = _last_group(claims) if claims else None
            if any(t.lower_ in OTHERS for t in child.subtree) and claims or (
                    child.lower_ in ("among", "amongst") and [g.lower_ for g in child.children] == ["them"] and claims
                    and previous["predicate"] in PERSON_PREDICATES):
                if previous["sentence_start"] < sentence.start_char or previous["sentence_start"] == sentence.start_char:
                    return previous
            # "…were two civilians and 60 soldiers. Among the soldiers were 40 who…": the
            # group the text just counted, named again with "the"
            for group in (c for c in child.children if c.dep_ == "pobj" and c.pos_ == "NOUN"
                          and any(d.lower_ in ("the", "these", "those") for d in c.children)):
                named = [c for c in claims[-6:] if c["kind"] == "count" and c["noun"] == noun_lemma(group)
                         and c["status"] == "asserted"]
                if named:
                    return named[-1]
    return None


def listed_with(number: NumberSpan, claims: list[dict], sentence, doc) -> dict | None:
    """"52 prisoners, among them nine journalists and 14 foreign nationals": a count
    listed after an earlier claim of the same sentence shares its predicate."""
    earlier = [c for c in claims if c["sentence_start"] == sentence.start_char]
    if not earlier:
        return None
    # (of the claims on the last count, its release: "including 90 serving terms and five …")
    previous = next((c for c in earlier if c["start"] == earlier[-1]["start"] and c["predicate"] in PERSON_PREDICATES),
                    earlier[-1])
    if previous["end"] >= doc[number.first].idx:
        return None  # the earlier claim reaches past this number: not a list after it
    if [t.lower_ for t in doc[max(0, number.first - 3):number.first] if t.lower_ != "the"][-2:] == ["out", "of"]:
        return None  # "freed 27 students and three staff out of the 90": the whole, not one more part
    between = doc.char_span(previous["end"], doc[number.first].idx, alignment_mode="expand")
    words = {t.lower_ for t in between} if between is not None else set()
    if words & _CONTRAST:
        return None  # "releases 10 prisoners, but 1,400 remain": another group
    if words & {"including", "among", "amongst", "includes", "include", "included", "of", "whom", "and", ",", "—", "–"} and not any(
        t.pos_ == "VERB" and t.lemma_ not in ("include",)
        and not _told_of(t, doc[number.first], previous, doc, "including" in words)
        for t in (between or [])
    ):
        return previous
    return None


def _told_of(verb, listed, claim: dict, doc, including: bool) -> bool:
    """Whether ``verb``, standing between ``claim`` and the count ``listed`` after it, only
    tells more of the claim's own people: a relative clause on them ("400 who have chronic
    illnesses, 31 women and 500 detainees"; not a number inside its phrases, "three seized in
    the raid of March 3, 2024") or, before "including", their own verb ("12 are held without
    trial, including four women reporters")."""
    span = doc.char_span(claim["start"], claim["end"], alignment_mode="expand")
    if span is None:
        return False
    inside = range(span.start, span.end)
    if any(a.dep_ == "relcl" and a.head.i in inside for a in (verb, *verb.ancestors)):
        # (the parser joins the later items to the clause's last noun: one of them is a conjunct)
        return any(a.dep_ == "conj" for a in (listed, *listed.ancestors) if a.i > verb.i)
    return including and (verb.dep_ == "amod" or any(
        t.head.i == verb.i and t.dep_ in ("nsubj", "nsubjpass") for t in span))


_RANKING = frozenset({"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
                      "top", "next", "place", "followed", "ranked", "ranks", "rank", "behind", "respectively"})
_TALLIED = frozenset({"remain_imprisoned", "detained", "sentenced"})


def ranked_share(number: NumberSpan, anchor, claims: list[dict], sentence, doc) -> dict | None:
    """"China came second with 47", "fifth is Belarus (26)", "Myanmar and Belarus had
    jailed, 43 and 28, respectively": a country's bare share in a ranking counts what the
    tally just given counts (in this sentence or the one before), held or jailed as it says."""
    bracketed = anchor.dep_ == "appos" and anchor.head.ent_type_ == "GPE" and anchor.i > 0 \
        and doc[anchor.i - 1].text == "("
    with_country = anchor.dep_ == "pobj" and anchor.head.lower_ == "with" and _of_a_country(anchor.head.head)
    if any(c.pos_ in ("NOUN", "PROPN") and c.ent_type_ != "GPE" for c in anchor.conjuncts):
        return None  # "with 61, 38 and 20 reporters held": the list has a noun of its own (a country is the next share)
    words = {t.lower_ for t in sentence}
    if not (bracketed or with_country or "respectively" in words) or not words & _RANKING \
            and not any(t.ent_type_ == "ORDINAL" for t in sentence):
        return None
    if any(t.like_num and t.dep_ == "nummod" and t.i < anchor.i and not any(
            c["start"] <= t.idx < c["end"] for c in claims) for t in sentence):
        return None  # "came second with 78 points, … third with 25": the ranking counts something else
    since = _previous_start(sentence, doc)
    start = doc[number.first].idx
    earlier = [c for c in claims if c["kind"] == "count" and c["predicate"] in _TALLIED and c["status"] == "asserted"
               and since <= c["sentence_start"] and c["end"] <= start]
    return earlier[-1] if earlier else None


def out_of_total(anchor, claims: list[dict]) -> dict | None:
    """"in the capital 90 arrests were made, out of a total 250 nationwide": the whole the
    subject's count is a part of, counted as the part is."""
    if anchor.dep_ != "pobj" or anchor.head.lower_ != "of" or anchor.head.head.lower_ != "out" \
            or not any(c.lower_ == "total" for c in anchor.children):
        return None
    verb = anchor.head.head.head
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    spans = [(s.left_edge.idx, s.right_edge.idx + len(s.right_edge)) for s in subjects]
    return next((c for c in claims if c["kind"] == "count" and any(lo <= c["start"] < hi for lo, hi in spans)), None)


def _of_a_country(holder) -> bool:
    """Whether the word a "with <count>" hangs on names a country: "Iran came third with
    30", "followed by Eritrea with 16" (on the country, or on "followed" with the country its
    agent)."""
    if holder.ent_type_ == "GPE" and holder.dep_ in ("pobj", "conj", "npadvmod"):
        return True
    return any(c.dep_ == "nsubj" and c.ent_type_ == "GPE" for c in holder.children) or any(
        c.dep_ == "agent" and any(g.ent_type_ == "GPE" for g in c.children) for c in holder.children)


_COMPRISING = frozenset({"include", "comprise", "consist", "contain"})


def tally_parts(counted, claims: list[dict], sentence, doc, lex: Lexicon) -> dict | None:
    """"The number includes 41 journalists", "That figure comprises 400 professional
    journalists": a part of the tally just given (in this sentence or the one before) is
    held, or was detained, as the tally says; "the returned servicemen comprise 5 officers
    and 25 privates": a part of the group just counted, freed (or held) as it was."""
    head = first_conjunct(counted)
    if head.dep_ == "pobj" and head.head.lower_ == "of":
        head = head.head  # "comprises of 432 journalists"
    verb = head.head
    if head.dep_ not in ("dobj", "prep") or verb.lemma_.lower() not in _COMPRISING:
        return None
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and any(d.lower_ in ("the", "that", "this", "these")
                                                                     for d in c.children)]
    if any(s.lemma_.lower() in TALLY_WORDS + ("list",) for s in subjects):
        kinds = _TALLIED
    elif any((s.tag_ in ("NNS", "NNPS") or s.lower_.endswith("men")) and is_people(s, lex)
             and not any(g.dep_ == "nummod" for g in s.children) for s in subjects):
        kinds = _TALLIED | PERSON_PREDICATES  # ("the returned servicemen comprise …": the group just counted)
    else:
        return None
    since = _previous_start(sentence, doc)
    earlier = [c for c in claims if c["kind"] == "count" and c["status"] == "asserted" and since <= c["sentence_start"]
               and c["end"] <= counted.idx and c["predicate"] in kinds]
    return earlier[-1] if earlier else None


def _previous_start(sentence, doc) -> int:
    """Where the sentence before ``sentence`` starts (its own start if it is the first)."""
    return doc[sentence.start - 1].sent.start_char if sentence.start else sentence.start_char

