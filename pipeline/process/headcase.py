"""Title-case headlines parsed as sentences: "Court Sentences 40 Pro-Democracy
Activists" is tagged a row of proper nouns by the small model, which then finds no verb and
no count. ``newsmon_headcase_v3`` runs before the tagger: when a line of the text is set in
title case, the pipeline goes on with a copy whose common words on that line are in lower
case ("Court sentences 40 pro-democracy activists"); ``newsmon_headcase_restore_v1``,
after the entity recogniser, puts the tags, parse, lemmas and entities back on a Doc of the
text as written, so the claims and every offset see the original words. (The recogniser
reads the copy too: on a title-case line it takes "Heartfelt Homecoming" for a person.)

A verbless headline's verb is in the present, and the small model often takes it for a
plural noun: "Qatar's emir pardons over 300 inmates" comes out as a noun phrase whose head
is the inmates. On a line that does not end a sentence, a verb of the lexicon with an "s"
right before a count ("pardons over 450", "frees 52") is read in the past tense in the copy
("pardoned over 450"), which the model parses as a clause, and so is an arrival ("arrive in
Lithuania", "land in DC"); the text keeps the word as written. A plural subject's verb has no
"s" ("Houthis release 290 prisoners"): its bare form counts when a name or a plural stands
right before it (not "to", a modal or an article).

A word keeps its capital when it may be a name. A word of the watch's lexicon (but not a
nationality), a stop word or a number word is common; any other word only when the text
writes it in lower case elsewhere; and none when the text capitalises it inside a sentence.
"""

from __future__ import annotations

import re

from spacy.attrs import DEP, ENT_ID, ENT_IOB, ENT_KB_ID, ENT_TYPE, HEAD, LEMMA, MORPH, POS, TAG
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.tokens import Doc

from newsmon.pipeline.process.lexicon import HEADLINE_WORDS, Lexicon, load_lexicon
from newsmon.pipeline.process.numbers import MONTHS, WEEKDAYS

_KEY = "newsmon_written_words"
_RESTORED = [TAG, POS, MORPH, LEMMA, HEAD, DEP, ENT_IOB, ENT_TYPE, ENT_ID, ENT_KB_ID]
_WORD = re.compile(r"[A-Za-z][a-z'’]+(?:-[A-Za-z][a-z'’]*)*")
# what opens a headline's second part: "Forced Exile: Belarusian Prisoners' Journey"
_CALENDAR = MONTHS | frozenset(WEEKDAYS)
_OPENERS = frozenset({":", "|", "–", "—", "-", "\"", "“", "‘", "'"})


def common_words(lex: Lexicon) -> frozenset[str]:
    """Words of the lexicon, which are common nouns and verbs whatever their case."""
    words = set(lex.verbs) | set(lex.nouns) | lex.hedges | lex.people | lex.state_lemmas | lex.state_markers \
        | lex.movers | lex.stock_verbs | lex.tallies | lex.speech | lex.scan_stop
    for lemma, phrase_words, _ in lex.phrases:
        words.add(lemma)
        words.update(phrase_words)
    return frozenset(w for w in words if w.isalpha() and w not in lex.capitalised)


def _stems(word: str) -> tuple[str, ...]:
    """The word and the bare forms it may inflect: "sentences", "freed", "releasing"."""
    stems = [word]
    for suffix, replacement in (("ies", "y"), ("es", ""), ("s", ""), ("ed", ""), ("ed", "e"), ("d", ""),
                                ("ing", ""), ("ing", "e")):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            stems.append(word[: len(word) - len(suffix)] + replacement)
    return tuple(stems)


def _title_lines(text: str) -> list[tuple[int, int]]:
    """Character ranges of the lines set in title case (most longer words capitalised)."""
    lines = []
    start = 0
    for line in text.split("\n"):
        words = [w for w in _WORD.findall(line) if len(w) > 3 and w.lower() not in STOP_WORDS]
        if len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.8 * len(words) and len(line) <= 250:
            lines.append((start, start + len(line)))
        start += len(line) + 1
    return lines


def _lower_evidence(text: str, titles: list[tuple[int, int]]) -> tuple[set[str], set[str]]:
    """Words the rest of the text writes in lower case, and those it capitalises inside a
    sentence (not after a full stop or a line break)."""
    lower, capital = set(), set()
    previous_end = 0
    for match in _WORD.finditer(text):
        if any(a <= match.start() < b for a, b in titles):
            continue
        word = match.group()
        if word[0].islower():
            lower.add(word.lower())
        elif not re.search(r"[.!?\n:\"“]\s*$", text[previous_end:match.start()]) and previous_end:
            capital.add(word.lower())
        previous_end = match.end()
    return lower, capital


def recased_words(doc: Doc, common: frozenset[str], text: str | None = None) -> list[str] | None:
    """The Doc's words with the common words of its title-case lines in lower case, or None
    when no line is set in title case. (``text`` is ``doc.text``, which spaCy joins anew on
    every access.)"""
    text = doc.text if text is None else text
    titles = _title_lines(text)
    if not titles:
        return None
    lower, capital = _lower_evidence(text, titles)
    words = [t.text for t in doc]
    for start, end in titles:
        opened = True
        for token in doc.char_span(start, end, alignment_mode="expand") or ():
            text = token.text
            if token.is_punct or token.is_space:
                opened = opened or text in _OPENERS
                continue
            first, opened = opened, False
            if first or not (text[:1].isupper() and text[1:] == text[1:].lower() and text.isascii()):
                continue  # the headline's first word; "KGB", "POWs", "COP29" as written
            word = text.lower()
            if word in capital or word in _CALENDAR:
                continue  # the text names it so inside its sentences: a name; "30 May 2022"
            parts = word.split("-")
            if token.like_num or word in STOP_WORDS or word in lower or all(
                    any(s in common or s in lower for s in _stems(p)) for p in parts):
                words[token.i] = word
    return words if words != [t.text for t in doc] else None


# the past of the lexicon's verbs that do not just add "ed" or "d"
_IRREGULAR_PAST = {"swap": "swapped", "expel": "expelled", "free": "freed", "amnesty": "amnestied"}
# what a count may begin with right after the verb
_COUNT_OPENERS = frozenset({"over", "nearly", "almost", "about", "some", "around", "more", "at", "up", "dozens",
                            "hundreds", "thousands", "scores", "another", "all"})
# a headline's arrival in the present, and its past
_ARRIVING = {"arrive": "arrived", "arrives": "arrived", "land": "landed", "lands": "landed", "reach": "reached",
             "reaches": "reached", "cross": "crossed", "crosses": "crossed"}
_WHERE = frozenset({"in", "at", "on", "into", "to", "home"})
_NOUN_BEFORE = frozenset({"the", "a", "an", "their", "his", "her", "its", "our", "of", "to", "no"})


# what may stand before a verb's bare form when it is not a plural subject's present
_NOT_SUBJECT = frozenset({"to", "not", "will", "would", "may", "might", "can", "could", "should", "must", "shall",
                          "and", "or", "did", "does", "do", "cannot", "won't", "never", "also"}) | _NOUN_BEFORE


def _plural_subject(word: str) -> bool:
    """A headline's subject before a verb in its bare form: a plural or a name."""
    return word.isalpha() and word.lower() not in _NOT_SUBJECT and word != "us" \
        and (word[0].isupper() or word.endswith("s"))


def _past(verb: str) -> str:
    if verb in _IRREGULAR_PAST:
        return _IRREGULAR_PAST[verb]
    return verb + "d" if verb.endswith("e") else verb + "ed"


def candidate_pattern(verbs) -> re.Pattern:
    """The words ``headline_verbs`` may change, to skip at once the lines without any."""
    stems = sorted(verbs, key=len, reverse=True)
    return re.compile(r"\b(?:(?:%s)(?:e?s)?|%s)\b" % ("|".join(map(re.escape, stems)), "|".join(_ARRIVING)), re.I)


def headline_verbs(doc: Doc, words: list[str], verbs: dict[str, str], text: str | None = None,
                   candidates: re.Pattern | None = None) -> list[str]:
    """``words`` with the present-tense verb of each verbless headline line put in the past:
    "pardons over 300 inmates" -> "pardoned over 300 inmates"."""
    words = list(words)
    candidates = candidates or candidate_pattern(verbs)
    start = 0
    for line in (doc.text if text is None else text).split("\n"):
        end = start + len(line)
        stripped = line.rstrip()
        if stripped and not stripped.endswith((".", "?", ",", ";")) and candidates.search(line):
            tokens = [t for t in doc.char_span(start, end, alignment_mode="expand") or () if not t.is_space]
            if len(tokens) <= HEADLINE_WORDS:
                for token, after in zip(tokens, tokens[1:]):
                    word = words[token.i].lower()
                    stem = word[:-1] if word.endswith("s") else None
                    if word.endswith("es") and word[:-2] in verbs and word[:-1] not in verbs:
                        stem = word[:-2]  # ("exchanges" is "exchange" + "s"; a stem like "releas" is none)
                    if stem not in verbs and word in verbs and token.i > 0 and _plural_subject(words[token.i - 1]):
                        stem = word  # "Houthis release 290 prisoners", "Rebels free 12 hostages"
                    if stem in verbs and (after.like_num or after.lower_ in _COUNT_OPENERS):
                        past = _past(stem)
                        words[token.i] = past.capitalize() if words[token.i][:1].isupper() else past
                    elif (arrival := _ARRIVING.get(word)) and token.i > 0 and doc[token.i - 1].lower_ not in _NOUN_BEFORE \
                            and (after.lower_ in _WHERE or after.ent_type_ == "GPE" or after.is_title):
                        # "… prisoners pardoned by the president arrive in Latvia" ("arrive" tagged a noun)
                        words[token.i] = arrival
        start = end + 1
    return words


@Language.factory("newsmon_headcase_v3")
def make_headcase(nlp: Language, name: str):
    lex = load_lexicon()
    common = common_words(lex)
    verbs = {verb: predicate for verb, predicate in lex.verbs.items() if predicate != "remain_imprisoned"}
    candidates = candidate_pattern(verbs)

    def headcase(doc: Doc) -> Doc:
        text, written = doc.text, [t.text for t in doc]
        recased = recased_words(doc, common, text)
        words = headline_verbs(doc, recased or written, verbs, text, candidates)
        if words == written:
            return doc
        recased = Doc(doc.vocab, words=words, spaces=[bool(t.whitespace_) for t in doc],
                      sent_starts=[t.is_sent_start for t in doc])
        recased.user_data.update(doc.user_data)
        recased.user_data[_KEY] = written
        return recased

    return headcase


@Language.component("newsmon_headcase_restore_v1")
def restore(doc: Doc) -> Doc:
    """The text as written, with the annotation made on the recased copy."""
    written = doc.user_data.get(_KEY)
    if written is None:
        return doc
    original = Doc(doc.vocab, words=written, spaces=[bool(t.whitespace_) for t in doc])
    original.from_array(_RESTORED, doc.to_array(_RESTORED))
    original.user_data.update((k, v) for k, v in doc.user_data.items() if k != _KEY)
    return original
