"""Numbers in text as spaCy sees it: digits ("1,200"), words ("Fifty-one", "twelve
hundred", "a dozen"), ranges ("between 8 and 10", "10-12"), and the qualifier written
before them (exact / at_least / more_than / nearly / about / up_to).

Number words are read by text2num (a maintained parser of number words) rather than by
hand; the qualifier phrases live in pipeline/data/qualifiers.toml.
"""

from __future__ import annotations

import functools
import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

from text_to_num import text2num

from newsmon.pipeline.process.entspans import entity_at

DATA = Path(__file__).resolve().parent.parent / "data"  # shared by process and merge
# Thousands written with a space ("1 076", "14 000", also a no-break or thin space) or, as a
# slip, a comma and a space before a round group ("18, 000"): one number, though the
# tokenizer cuts it at the space. A comma before another group ("May 18, 300 people") is a
# date and a count, so only ", 000" is joined; so is the day of a date written with hyphens or
# slashes ("2024-06-21 289 prisoners").
DIGIT_GROUPS = re.compile(r"(?<![\d.,/:-])\d{1,3}(?:[ \u00a0\u202f]\d{3}|, 000)+(?![\d.,]\d)")
# Entity types whose numbers are never counts of people.
NOT_COUNTS = {"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "ORDINAL"}
_SCALES = {"hundred", "thousand", "million"}
_DOZEN = {"dozen": 12, "score": 20}
_DASHES = {"-", "–", "—"}


@dataclass
class NumberSpan:
    start: int  # token index of the first number token
    end: int  # token index after the last one (range included)
    value: int
    high: int | None = None
    qualifier: str = "exact"
    qualifier_start: int | None = None  # token index where the qualifier begins

    @property
    def first(self) -> int:
        return self.qualifier_start if self.qualifier_start is not None else self.start


@functools.cache
def qualifier_phrases(path: Path = DATA / "qualifiers.toml") -> dict[str, list[tuple[tuple[str, ...], str]]]:
    """Qualifier phrases by their last word, longest first."""
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    phrases = sorted(((tuple(p.lower().split()), q) for q, words in data.items() for p in words),
                     key=lambda item: -len(item[0]))
    by_last: dict[str, list] = {}
    for words, qualifier in phrases:
        by_last.setdefault(words[-1], []).append((words, qualifier))
    return by_last


def join_digit_groups(doc):
    """Merge each number written in digit groups ("1 000") into one token, before anything
    tags or parses the Doc. Its lexeme is marked like a number, as "1,000" is."""
    spans = [doc.char_span(m.start(), m.end()) for m in DIGIT_GROUPS.finditer(doc.text)]
    spans = [span for span in spans if span is not None]
    for span in spans:  # ("1\u00a0240" is one token already)
        doc.vocab[span.text].like_num = True
    joined = [span for span in spans if len(span) > 1]
    if joined:
        with doc.retokenize() as retokenizer:
            for span in joined:
                retokenizer.merge(span)
    return doc


def _is_num(token) -> bool:
    ordinal = token.text[:1].isdigit() and token.lower_.endswith(("th", "st", "nd", "rd"))  # "52nd", not "thousand"
    return token.like_num and not ordinal or token.lower_ in _DOZEN


# a whole number with its thousands marked by dots, as many European languages write it
# ("2.000"; a count of people has no decimals)
_DOTTED_THOUSANDS = re.compile(r"[1-9]\d{0,2}(?:\.\d{3})+")


# (not "million": "7 million people", "15 million of its 45 million residents" are populations)
_SCALE_VALUES = {"hundred": 100, "thousand": 1_000}


def value_of(tokens) -> int | None:
    """The value of a number written over ``tokens`` ("1,200", "Fifty-one", "a dozen"), or None."""
    words = [t.lower_ for t in tokens if t.lower_ not in ("a", "an")]
    if not words:
        return None
    if words[-1] in _DOZEN:
        base = _DOZEN[words[-1]]
        if len(words) == 1:
            return base
        factor = 0.5 if words[:-1] == ["half"] else value_of([t for t in tokens if t.lower_ not in _DOZEN])
        return int(base * factor) if factor else None
    if words[0] == "half" and len(words) == 2 and words[1] in _SCALES:
        return (value_of(tokens[-1:]) or 0) // 2 or None  # "half a million Uyghurs"
    if words[0] in _SCALES:
        words = ["one", *words]  # "a thousand", "a hundred"
    text = " ".join(words).replace(" - ", "-").replace(" – ", "-")
    digits = "".join(c for c in text if c not in ", \u00a0\u202f")
    if digits.isdigit():
        return int(digits)
    if _DOTTED_THOUSANDS.fullmatch(digits):
        return int(digits.replace(".", ""))  # "over 2.000 citizens": thousands marked by a dot
    figure, *scales = words
    if scales and all(w in _SCALE_VALUES for w in scales) and re.fullmatch(r"\d+(?:\.\d+)?", figure.replace(",", "")):
        # "45 thousand women", "2.5 thousand": figures, then a scale in words
        value = float(figure.replace(",", ""))
        for scale in scales:
            value *= _SCALE_VALUES[scale]
        return int(round(value))
    try:
        return int(text2num(text, "en"))
    except (ValueError, TypeError):
        return None


def _run_end(doc, i: int) -> int:
    """Index after the number run starting at doc[i] ("twelve hundred", "Fifty-one", "a dozen")."""
    j = i + 1
    while j < len(doc):
        token = doc[j]
        if token.lower_ in _SCALES or token.lower_ in _DOZEN:
            j += 1
        elif token.text in _DASHES and j + 1 < len(doc) and doc[j + 1].like_num and not doc[j - 1].is_digit \
                and not doc[j + 1].is_digit:
            j += 2  # "fifty-one" (but "10-12" is a range)
        elif token.lower_ == "and" and j + 1 < len(doc) and doc[j - 1].lower_ in _SCALES and doc[j + 1].like_num:
            j += 2  # "three hundred and forty"
        elif token.like_num and not token.is_digit and not doc[j - 1].is_digit and doc[j - 1].lower_ not in ("and",):
            j += 1  # "one hundred" spelled over tokens
        else:
            break
    return j


_OVER_VERBS = {"hand", "turn", "give", "pass", "sign", "take", "bring", "fly"}


def _word(token) -> str:
    # "LONDON (Reuters) -More than 1,000": the tokenizer leaves a dateline's dash on the word
    return token.lower_.lstrip("-–—") or token.lower_


def _qualifier(doc, start: int) -> tuple[str, int | None]:
    if start == 0:
        return "exact", None
    if start >= 2 and doc[start - 1].lower_ in _ADDED and (before := _qualifier(doc, start - 1))[1] is not None:
        return before  # "at least another 200 remain": the qualifier reaches past "another"
    for words, qualifier in qualifier_phrases().get(_word(doc[start - 1]), []):
        begin = start - len(words)
        if begin < 0:
            continue
        span = doc[begin:start]
        if tuple(_word(t) for t in span) == words:
            if words == ("over",) and (span[0].dep_ == "prt" and span[0].head.lemma_.lower() in _OVER_VERBS
                                       or begin > 0 and doc[begin - 1].lemma_.lower() in _OVER_VERBS):
                # "handed over 52 prisoners", "is handing over 1,000": a particle, not a qualifier
                # (but "continue to hold over 900": the tagger's particle is the qualifier)
                continue
            if words == ("about",) and begin > 0 and doc[begin - 1].pos_ == "NOUN" \
                    and doc[begin - 1].lemma_.lower() in _TOPICS:
                continue  # "news about three men kidnapped": the topic's preposition, not an estimate
            return qualifier, begin
    if start >= 3 and doc[start - 1].lower_ == "of" and doc[start - 2].lemma_.lower() in TALLY_WORDS:
        # "an estimated total of 130 villagers": the estimate qualifies the count
        guess = next((t for t in doc[max(0, start - 5):start - 2] if t.lower_ == "estimated"), None)
        if guess is not None:
            return "about", guess.i
    return "exact", None


_ADDED = frozenset({"another", "further", "additional"})
_BARE_SCALE_AFTER = frozenset({"over", "nearly", "almost", "about", "around", "than", "approximately"})
# nouns that "about" gives a topic to ("news about five sailors"), however the parser hangs it
_TOPICS = frozenset({"news", "word", "information", "detail", "question", "concern", "worry", "fear", "report",
                     "story", "update", "rumour", "rumor", "inquiry", "enquiry"})

MONTHS = frozenset({"january", "february", "march", "april", "may", "june", "july", "august", "september",
                     "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
                     "sept", "oct", "nov", "dec"})
# in the week's order (nlp.py counts back from one to a date)
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def _age(doc, i: int, second: bool = True) -> bool:
    """"over the age of 60", "aged 70", "aged between 19 and 40", and the second of a range
    of ages: "teenagers between the ages of 16 and 18", "aged 15 to 17"."""
    before = [t.lower_ for t in doc[max(0, i - 4):i]]
    if before[-1:] == ["between"]:
        before = before[:-1]  # "aged between 19 and 40"
    if before[-2:] in (["age", "of"], ["ages", "of"]) or before[-1:] in (["aged"], ["age"], ["ages"]):
        return True
    if _listed_ages(doc, i):
        return True
    if not second or i < 2 or not doc[i - 2].like_num:
        return False
    # ("aged 18 and 20 others": a count after "and", unless "between" opened the range)
    opened = any(t.lower_ == "between" for t in doc[max(0, i - 6):i - 2])
    joined = doc[i - 1].lower_ in ("to", "-", "–") or doc[i - 1].lower_ == "and" and opened
    return joined and _age(doc, i - 2, False)


def _listed_ages(doc, i: int) -> bool:
    """"three boys (aged five, eight and ten)": a number further down a list of ages that a
    bracket closes, with no noun of its own."""
    if not _after_age(doc, i):
        return False
    k = i + 1
    while k < len(doc) and (doc[k].like_num or doc[k].lower_ in (",", "and")):
        k += 1
    return k < len(doc) and doc[k].text == ")"


def _year_or_age(doc, i: int) -> bool:
    """"9 August 2020", "since 2020": a year; "Mar 24": a day; "over the age of 60", "aged 70": an age; the
    tagger does not always call them dates."""
    token = doc[i]
    before = [t.lower_ for t in doc[max(0, i - 3):i]]
    if _age(doc, i):
        return True
    if token.text.isdigit() and 1 <= int(token.text) <= 31 and (
            before[-1:] and before[-1].rstrip(".") in MONTHS and before[-1] != "may"
            or i + 1 < len(doc) and doc[i + 1].lower_.rstrip(".") in MONTHS and doc[i + 1].lower_ != "may"):
        return True  # a day: "during Mar 24 house raids", "on 24 March" (not "in May 5 were freed")
    if token.text.isdigit() and 1 <= int(token.text) <= 31 and len(before) == 3 and before[2] in ("and", "to", "-") \
            and before[1].isdigit() and before[0].rstrip(".") in MONTHS and before[0] != "may":
        return True  # the second day of "in raids on March 5 and 6"
    after = [t.lower_ for t in doc[i + 1:i + 4]]
    if token.text.isdigit() and 1 <= int(token.text) <= 31 and len(after) == 3 and after[0] in ("and", "to", "-") \
            and after[1].isdigit() and 1 <= int(after[1]) <= 31 and after[2].rstrip(".") in MONTHS and after[2] != "may":
        return True  # the first day of "on 7 and 8 March"
    if not (token.text.isdigit() and len(token.text) == 4 and 1900 <= int(token.text) <= 2100):
        return False
    if i + 2 < len(doc) and doc[i + 1].tag_ == "NN" and doc[i + 1].dep_ == "compound":
        return True  # "not to 2020 protest participants": the year of the protest
    return bool(before) and (before[-1] in MONTHS or before[-1] in ("in", "since", "from", "until", "of", "by")
                             or len(before) >= 2 and before[-1].isdigit() and before[-2] in MONTHS)


def _spelled_count(doc, i: int) -> bool:
    """A DATE of number words only ("Eighty-eight") followed by "of" or a noun: a count."""
    ent = entity_at(doc, i)
    if ent is None or not all(t.like_num and t.is_alpha or t.text == "-" for t in ent):
        return False
    after = doc[ent.end] if ent.end < len(doc) else None
    return after is not None and (after.lower_ == "of" or after.pos_ == "NOUN")


_GROUPED = re.compile(r"\d{1,3}(?:,\d{3})+")


# words for a tally of people: "the number of those freed", "the total stands at"
TALLY_WORDS = ("number", "total", "tally", "count", "figure")


def _lone_number_date(doc, i: int) -> bool:
    """"pardoned the 52": the tagger's DATE is a bare number of one to three digits (no
    month, no "s" as in "the 90s", nothing else in the entity but "the"); or such a number
    joined to a verb, with the verb left out ("… and 44 to Armenia"); or a number written
    with a thousands comma, which no date has."""
    token = doc[i]
    if token.ent_type_ == "DATE" and token.is_alpha and _spelled_count(doc, i):
        return True  # "Eighty-eight of the prisoners were released": the tagger's 1980s
    if token.ent_type_ == "DATE" and _GROUPED.fullmatch(token.text):
        return True  # "freed on Monday 2,145 prisoners": no date is written with a thousands comma
    if token.ent_type_ != "DATE" or not token.text.isdigit() or len(token.text) > 3 or i == 0:
        return False
    ent = entity_at(doc, i)
    if ent is not None and len(ent) > 1 and ent.end == i + 1 and _qualifier(doc, i)[1] == ent.start \
            and token.dep_ in ("nsubj", "nsubjpass") and token.head.pos_ in ("VERB", "AUX") \
            and (token.dep_ == "nsubjpass" or token.head.lemma_ in ("remain", "stay")):
        # (a qualifier the recogniser took into the DATE with the number)
        return True  # "Around 70 had remained in custody", "about 40 were freed": an estimate, no age
    if ent is not None and len(ent) == 1 and token.dep_ == "attr" and token.head.lemma_ == "be" and any(
            c.dep_ == "nsubj" and c.lemma_.lower() in TALLY_WORDS for c in token.head.children):
        return True  # "the overall number of freed persons is 14": what a tally is
    if ent is not None and len(ent) == 1 and token.dep_ == "pobj" and token.head.lower_ in ("at", "to") and any(
            c.dep_ == "nsubj" and c.lemma_.lower() in TALLY_WORDS for c in token.head.head.children):
        return True  # "the number of hostages held there stands at 59", "has risen to 61"
    if ent is not None and len(ent) == 1 and token.dep_ == "nsubj" and token.head.lemma_ == "be" and any(
            c.dep_ == "attr" and c.tag_ in ("NNS", "NNPS") for c in token.head.children):
        return True  # "21 are foreign nationals, 58 are women": a part of a group, what its members are
    if ent is not None and len(ent) == 1 and token.dep_ == "nsubjpass" and token.head.pos_ == "VERB" \
            and any(c.dep_ == "auxpass" for c in token.head.children):
        return True  # "Of the amnestied, 45 had been found guilty of …": a passive's subject, no day
    if ent is not None and len(ent) == 1 and doc[i - 1].lower_ in ("and", ",") and token.dep_ == "conj" \
            and token.head.pos_ == "VERB":
        return True  # "12 were handed over to one side and 44 to the other": a count with its verb left out
    if ent is not None and len(ent) == 1 and (token.dep_ == "pobj" and token.head.lower_ == "with"
                                              and token.head.head.pos_ in ("VERB", "AUX")
                                              or any(t.lower_ == "respectively" for t in token.sent)):
        return True  # "China came second with 47", "jailed 43 and 28, respectively": a ranking's shares
    if ent is not None and len(ent) == 1 and (_listed_number(doc, i, 1) or _listed_number(doc, i, -1)) \
            and not _after_age(doc, i):
        return True  # "freed 50, 43 and 35 protesters": the tagger's date inside a list of counts
    if ent is not None and ent.start > 0 and doc[ent.start - 1].lower_ == "at" and ent[0].lower_ == "between" \
            and i == ent.start + 1 and i + 2 < len(doc) and doc[i + 1].lower_ == "and" and doc[i + 2].is_digit:
        return True  # "put the number jailed at between 70 and 120": a range the tagger called a date
    if doc[i - 1].lower_ != "the":
        return False  # "Statkevich, 69,": an age, which the tagger also calls a DATE
    return ent is not None and all(t.i == i or t.lower_ == "the" for t in ent)


def _listed_number(doc, i: int, step: int) -> bool:
    """A number of digits next in a list: "50, 43" or "43 and 35" (``step`` 1 looks after ``i``,
    -1 before), and not itself part of a longer date ("12 and 13 May")."""
    j, separators = i + step, 0
    while 0 <= j < len(doc) and doc[j].lower_ in (",", "and") and separators < 2:
        j, separators = j + step, separators + 1
    if not separators or not (0 <= j < len(doc) and doc[j].text.isdigit()):
        return False
    other = doc[j]
    return other.ent_type_ != "DATE" or other.ent_iob_ == "B" and (j + 1 == len(doc) or doc[j + 1].ent_iob_ != "I")


def _after_age(doc, i: int) -> bool:
    """"aged 27, 39 and 52", "aged five, eight and ten": the list opens with a word of age."""
    j = i - 1
    while j >= 0 and (doc[j].like_num or doc[j].lower_ in (",", "and")):
        j -= 1
    return j >= 0 and doc[j].lower_ in ("aged", "age", "ages", "ageing")


# words a day or a span of days ends on, which no count of days or date number follows
_DAY_WORDS = frozenset({"yesterday", "today", "week", "weekend", "night", "morning", "evening", "afternoon", *WEEKDAYS})


def _counts_people(doc, i: int, people) -> bool:
    """"1317 persons are counted as political prisoners", "1007 political prisoners", "1007
    of them": four digits the tagger took for a year, written right before the people they
    count (but "the 2020 protesters" are those of a year)."""
    token = doc[i]
    if i > 0 and (doc[i - 1].dep_ in ("det", "poss") or doc[i - 1].tag_ == "POS"):
        return False
    if people is not None and i > 0 and token.ent_type_ == "DATE" and doc[i - 1].ent_type_ == "DATE" and (
            token.is_alpha or token.is_digit and len(token.text) <= 3 and doc[i - 1].lower_ in _DAY_WORDS):
        # "freed on Friday 12th of May three French citizens", "in the past week 64 Ukrainians
        # were returned": the tagger ran the date on over the count written after it
        j = i + 1
        while j < min(len(doc), i + 5) and (doc[j].tag_ in ("JJ", "NNP", "HYPH") or doc[j].dep_ in ("amod", "compound")) \
                and doc[j].ent_type_ != "DATE":
            j += 1  # (and "12th five high-profile activists")
        return j < len(doc) and doc[j].tag_ in ("NNS", "NNPS") and people(doc[j])
    if people is not None and token.ent_type_ == "QUANTITY" and token.dep_ == "nummod" and token.head.tag_ == "NNS" \
            and people(token.head) and 0 < token.head.i - i <= 3:
        return True  # "expelled more than 80,000 migrants": people the tagger took for a quantity
    if people is None or not token.is_digit or _year_or_age(doc, i):
        return False
    head = token.head
    if i + 2 < len(doc) and doc[i + 1].lower_ == "of" and doc[i + 2].lower_ in ("them", "these", "those"):
        return True  # "there are 1007 of them"
    # "1007 political prisoners": only the noun's adjectives between
    return token.dep_ == "nummod" and head.tag_ == "NNS" and people(head) and 0 < head.i - i <= 3 \
        and all(t.head.i == head.i and t.dep_ in ("amod", "compound") for t in doc[i + 1:head.i])


def _enumerator(doc, i: int) -> bool:
    """"1. Arrests and Trials": the number of a numbered line, not a count."""
    token = doc[i]
    opens_line = i == 0 or "\n" in doc[i - 1].text_with_ws
    # (the first word after it, past the run of spaces some pages indent with: "2.     Imran …")
    after = next((t for t in doc[i + 2:i + 4] if not t.is_space), None)
    return token.is_digit and opens_line and i + 1 < len(doc) and doc[i + 1].text in (".", ")") \
        and doc[i + 1].whitespace_ != "" and (after is None or after.is_title or after.is_upper)


_PROVISIONS = frozenset({"article", "articles", "art", "section", "sections", "paragraph", "clause", "part", "rule"})
# currencies written before the sum
_CURRENCIES = frozenset({"rupees", "rs", "taka", "tk", "naira", "shillings", "dinars", "rials", "tomans", "dollars",
                         "euros", "pounds", "lira", "manat", "rubles", "roubles", "yuan", "rmb", "pesos", "usd", "eur",
                         "gbp", "inr", "pkr", "kes", "ugx", "ngn"})
# places and things known by a number written after their name
_NUMBERED_PLACES = frozenset({"room", "rooms", "cell", "cells", "ward", "wards", "block", "blocks", "bed", "gate",
                              "barrack", "barracks", "building", "flight", "platform"})


def _proportion(doc, i: int) -> bool:
    """"nearly 8 in 10 captives": a share, neither number a count (nor "a five-for-five swap")."""
    def small(token):  # (not "30 in 2024": a year)
        return token.like_num and len(token.text) <= 3 and token.ent_type_ != "DATE"

    if i + 3 < len(doc) and doc[i + 1].text == "-" and doc[i + 2].lower_ == "for" and doc[i + 3].text == "-" \
            or i >= 3 and doc[i - 1].text == "-" and doc[i - 2].lower_ == "for" and doc[i - 3].text == "-":
        return True  # "a five-for-five swap": the terms of an exchange, each side counted elsewhere
    return i + 2 < len(doc) and doc[i + 1].lower_ == "in" and small(doc[i + 2]) and small(doc[i]) \
        or i >= 2 and doc[i - 1].lower_ == "in" and small(doc[i - 2]) and small(doc[i])


def _rank(doc, i: int) -> bool:
    """"placing both inside the global top 10": places in a ranking, not a count (but
    "numbers top 1,000", the verb, is a tally reached)."""
    return i > 0 and doc[i - 1].lower_ == "top" and doc[i - 1].pos_ != "VERB"


def _in_a_name(doc, i: int) -> bool:
    """"the tanker Adrian Darya 1", "the Grace 1": one digit ending the name of a ship, a
    body or a law (but "the Hong Kong 12" are twelve people)."""
    token = doc[i]
    return len(token.text) == 1 and token.is_digit and token.dep_ == "nummod" and 0 < token.head.i < i \
        and token.ent_type_ in ("ORG", "LAW", "PRODUCT", "FAC", "EVENT", "WORK_OF_ART") \
        and doc[i - 1].ent_type_ == token.ent_type_  # ("the FV Naham 3", which the recogniser calls an event)


# bodies named with a number after a capitalised word: "Commission 44", "Group 24", "Charter 77"
_NUMBERED_BODIES = frozenset({"commission", "committee", "group", "charter", "movement", "brigade", "battalion",
                              "unit", "bloc", "front", "squad", "regiment", "platoon", "division", "cell",
                              # a court's "Branch 18", a prison's "Block 4"
                              "branch", "block", "ward", "wing"})


def _body_number(doc, i: int) -> bool:
    """"members of Commission 44 were detained", "Group 24 leader X": the number in the name
    of a body, not a count of its members."""
    return doc[i].is_digit and i > 0 and doc[i - 1].is_title and doc[i - 1].lower_ in _NUMBERED_BODIES


# words that size a unit of people ("its 24-man crew", "the 25-member crew")
UNIT_SIZE = frozenset({"man", "member", "person", "strong"})


def _sized_thing(doc, i: int) -> bool:
    """"in a 95-defendant trial": a number joined to a singular noun that sizes one thing (but
    "its 24-man crew" counts the crew: counted.head_noun)."""
    return 0 < i and i + 3 < len(doc) and doc[i - 1].lower_ in ("a", "an") and doc[i + 1].text == "-" \
        and doc[i + 2].tag_ == "NN" and doc[i + 2].lower_ not in UNIT_SIZE \
        and doc[i + 2].head.pos_ == "NOUN" and doc[i + 2].head.i > i + 2


def _change(doc, i: int) -> bool:
    """"now stands at 1,150, up 40 since January": how far a figure moved, which counts nobody."""
    token = doc[i]
    return token.dep_ == "npadvmod" and token.head.lower_ in ("up", "down") and token.head.dep_ == "advmod"


def _provision(doc, i: int) -> bool:
    """"under Article 34 (1)", "freed under 34 (1) (d) of the act": the number of
    a law's provision, not a count; nor is the number of a room or a sum of money."""
    token = doc[i]
    if i > 0 and doc[i - 1].lower_.rstrip(".") in _CURRENCIES:
        return True  # "bail of Rupees 100,000": a sum the tagger did not call money
    if not token.is_digit:
        return False
    if i > 0 and doc[i - 1].lower_.rstrip(".") in _PROVISIONS:
        return True
    if _numbered(doc, i):
        return True  # "the Prevention of Terrorism Act No. 48 of 1979": the law's number
    j = i - 1
    while j > 1 and doc[j].lower_ in ("and", ",", "or") and doc[j - 1].is_digit:
        j -= 2  # "rooms 612 and 613"
    listed = 0 <= j < i - 1 and doc[j].lower_.rstrip(".") in _PROVISIONS  # "Articles 311 and 312"
    if j >= 0 and j < i and (doc[j].lower_ in _NUMBERED_PLACES or listed):
        return True  # "kept in room 612 of the prison ward": the room's number
    if 1 < i < len(doc) - 1 and doc[i - 1].text == "(" and doc[i + 1].text == ")" and doc[i - 2].is_digit:
        return True  # the "2" of "34 (2)"
    return i + 3 < len(doc) and doc[i + 1].text == "(" and doc[i + 3].text == ")" and len(doc[i + 2].text) <= 2 \
        and (doc[i + 2].is_digit or doc[i + 2].is_alpha and doc[i + 2].is_lower)


def _bracketed_day(doc, i: int) -> bool:
    """"last Friday (13)": the day of the month in brackets after a weekday."""
    return 1 < i < len(doc) - 1 and doc[i - 1].text == "(" and doc[i + 1].text == ")" \
        and doc[i - 2].lower_ in WEEKDAYS


def _numbered(doc, i: int) -> bool:
    """"No. 48", "Nos. 3", "№ 12": the abbreviation of "number" before it (the tokenizer may
    split off its full stop)."""
    before = doc[i - 1] if i > 0 else None
    if before is None:
        return False
    if before.text in ("№", "No.", "Nos.", "no.", "nos."):
        return True
    return before.text == "." and i > 1 and doc[i - 2].lower_ in ("no", "nos") and not doc[i - 2].whitespace_


_REACHED = frozenset({"exceed", "reach", "top", "surpass", "pass", "hit"})


def _tally_reached(token) -> bool:
    """"the count of political prisoners … exceeded 1250": four digits the tagger took for a
    year, reached by a tally (the subject of the verb, or of the verb it is joined to)."""
    verb = token.head
    if not token.is_digit or token.dep_ != "dobj" or verb.lemma_.lower() not in _REACHED:
        return False
    verbs = [verb, verb.head] if verb.dep_ == "conj" else [verb]
    subjects = [c for v in verbs for c in v.children if c.dep_ == "nsubj"]
    return any(s.lemma_.lower() in TALLY_WORDS for s in subjects)


# verbs of a tally's change: "grew by 23", "rose from 362 to 420"
CHANGES = frozenset({"rise", "grow", "increase", "climb", "jump", "swell", "soar", "fall", "drop", "decrease",
                     "decline", "shrink", "go"})


_DOTTED_DATE = re.compile(r"\d{1,2}\.\d{1,2}\.\d{2,4}$")


def find_numbers(doc, people=None) -> list[NumberSpan]:
    """Every number in ``doc`` that could count something, with range and qualifier.
    ``people`` tells whether a noun counts people (a number the tagger called a date may
    count them)."""
    found: list[NumberSpan] = []
    i = 0
    while i < len(doc):
        token = doc[i]
        if not _is_num(token) or (token.ent_type_ in NOT_COUNTS and not _lone_number_date(doc, i)
                                  and not _counts_people(doc, _run_end(doc, i) - 1, people)
                                  and not _tally_reached(token)) \
                or _year_or_age(doc, i) or _enumerator(doc, i) or _DOTTED_DATE.match(token.text) or _provision(doc, i) \
                or _in_a_name(doc, i) or _body_number(doc, i) or _proportion(doc, i) or _rank(doc, i) or _change(doc, i) \
                or _sized_thing(doc, i) or _bracketed_day(doc, i):
            i += 1  # ("02.12.2020 - Four journalists arrested": a date, whose run would swallow the count;
            # a run is judged by its last word: "Forty-six soldiers" opening a text, tagged a date)
            continue
        begin = i - 1 if i > 0 and (doc[i - 1].lower_ in ("a", "half") and token.lower_ in _DOZEN
                                    or doc[i - 1].lower_ in ("a", "an") and token.lower_ in _SCALES) else i
        if begin > 0 and doc[begin - 1].lower_ == "half" and doc[begin].lower_ == "a":
            begin -= 1
        end = _run_end(doc, i)
        if (token.lower_ in _SCALES or token.lower_ in _DOZEN) and begin == i and not (
                i > 0 and doc[i - 1].lower_ in _BARE_SCALE_AFTER and token.lower_ in ("hundred", "thousand")):
            # "several thousand", "many hundred", "several dozen": no count is written (but "detained
            # over hundred citizens" is over a hundred, the article left out)
            i = end
            continue
        value = value_of(doc[begin:end])
        if value is None:
            i = end
            continue
        number = NumberSpan(start=begin, end=end, value=value)
        # ranges: "10-12", "10 to 12", "between 10 and 12"
        between = begin > 0 and doc[begin - 1].lower_ == "between"
        # "has risen by 12 to 480", "has risen from 300 to 410": a change or a past figure, then the count
        changed_by = begin > 0 and (doc[begin - 1].lower_ == "by" or doc[begin - 1].lower_ == "from"
                                    and doc[begin - 1].head.lemma_.lower() in CHANGES)
        if end + 1 < len(doc) and (doc[end].text in _DASHES or doc[end].lower_ == "to" and not changed_by
                                   or (between and doc[end].lower_ == "and")) and _is_num(doc[end + 1]):
            high_end = _run_end(doc, end + 1)
            high = value_of(doc[end + 1:high_end])
            if high is not None and high > value:
                number.high, number.end = high, high_end
        qualifier_at = begin - 1 if between else begin
        number.qualifier, number.qualifier_start = _qualifier(doc, qualifier_at)
        if between and number.qualifier_start is None:
            number.qualifier_start = begin - 1
        if number.qualifier == "exact" and number.end < len(doc) and not doc[number.end - 1].whitespace_ and (
                doc[number.end].text == "+" or doc[number.end].text == "-" and number.end + 1 < len(doc)
                and doc[number.end + 1].lower_ == "plus"):
            number.qualifier = "more_than"  # "1,200+ hostages remain", "200-plus prisoners freed"
        if number.qualifier == "exact" and number.end + 1 < len(doc) and doc[number.end].lower_ == "or" \
                and doc[number.end + 1].lower_ == "so":
            number.qualifier = "about"  # "another 30 or so Peruvians remain": an estimate written after
        found.append(number)
        i = number.end
    return found
