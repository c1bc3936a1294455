"""Lists under a lead: "Those freed include:" followed by one line per person or group
("- Ihar Losik, a blogger", "2. Three American citizens: A, B and C"). The items have no
verb of their own; what happened to them is said once, by the lead line ending in a colon.
Also runs of profiles: a name set as a heading, a paragraph about the person, the next name,
under a sentence that opens them ("Here we profile the detainees freed on Monday").
"""

from __future__ import annotations

from newsmon.pipeline.process.governors import previous_release, status_of
from newsmon.pipeline.process.lexicon import (
    PERSON_PREDICATES,
    Lexicon,
    noun_predicate,
    word_predicate,
)

_BULLETS = frozenset({"-", "–", "—", "•", "*", "·", "▪"})
_LEADS = PERSON_PREDICATES | {"crossed_border"}
_MAX_ITEMS = 40  # a list longer than this is a table or an index, not the freed


def _is_item(sentence) -> bool:
    """A line of a list: opened by a bullet, or by a number and a full stop or bracket
    ("1." split off by the sentencizer, or "1) Name"), or a line that is a name, alone or
    before a dash, comma or bracket ("Mehrdad Ansari", "Valery Loza – sentenced to …")."""
    first = sentence[0]
    if first.text in _BULLETS:
        return True
    if first.like_num and len(first.text) <= 3 and len(sentence) > 1 and sentence[1].text in (".", ")"):
        return True
    return _name_line(sentence)


def _name_line(sentence, person: bool = True) -> bool:
    doc = sentence.doc
    first = sentence[0]

    def name_word(token) -> bool:  # ("Yauhen" of "Yauhen Karalchuk" tagged an adverb, inside the name)
        return token.pos_ == "PROPN" or token.ent_type_ == "PERSON" and token.is_title

    if not name_word(first) or first.i > 0 and "\n" not in doc[first.i - 1].text + doc[first.i - 1].whitespace_:
        return False
    end = first.i + 1
    while end < sentence.end and name_word(doc[end]) and "\n" not in doc[end - 1].whitespace_:
        end += 1
    words = doc[first.i:end]
    # two to five proper nouns, the last of them a person's ("Kaveh Lotfolah Afrasiabi", its
    # first word taken for a place): one word is a heading or a sentence's subject
    if not 2 <= len(words) <= 5 or person and words[-1].ent_type_ != "PERSON":
        return False
    after = doc[end] if end < len(doc) else None
    return after is None or after.is_space or "\n" in doc[end - 1].whitespace_ or after.text in ("–", "—", "-", ",", "(")


def _lead(sentence, lex: Lexicon):
    """The word of a lead line that says people were set free, or taken across a border
    (which the caller counts only in a report of a release), if the line ends in a colon
    and says so as fact: "Those freed include:", "15 were taken to Lithuania:"."""
    if not sentence.text.rstrip().endswith(":"):
        return None, None
    for token in sentence:
        predicate = word_predicate(token, lex) or noun_predicate(token, lex)
        if predicate in _LEADS and status_of(token, token.i, token.doc, lex) == "asserted":
            return token, predicate
    words = [t.lower_ for t in sentence if not t.is_punct and not t.is_space][:2]
    if words in (["among", "them"], ["among", "those"], ["among", "these"]):
        # "Among them are well-known public figures:" after a sentence that frees or moves them
        found = previous_release(sentence[0], lex, moved=True)
        if found[1] in _LEADS:
            return found
    return _stock_lead(sentence)


def _stock_lead(sentence):
    """"At the moment, the political prisoner list includes:", "Among political prisoners
    there are:": a lead over the parts of those held now (a count in each item)."""
    held = next((t for t in sentence if t.lemma_.lower() == "prisoner" and t.i > 0
                 and t.doc[t.i - 1].lower_ == "political"), None)
    present = any(t.dep_ == "ROOT" and t.tag_ in ("VBZ", "VBP") and t.lemma_.lower() in _STOCK_VERBS for t in sentence)
    return (held, "remain_imprisoned") if held is not None and present else (None, None)


# what a lead of those held now says of them ("the list includes:", "among them are:"), not
# "rights groups know the names of five political prisoners:"
_STOCK_VERBS = frozenset({"include", "be", "comprise", "consist", "number"})


def lead_of(token, lex: Lexicon):
    """For a token in a list item: the lead's freeing word and its predicate, else (None, None)."""
    lead = lead_line(token)
    return _lead(lead, lex) if lead is not None else (None, None)


def detention_lead(token, lex: Lexicon):
    """For a count in a list item under "This list of detainees includes:" or "Those arrested
    include:", the lead's word of detention and "detained", else (None, None). Counts only:
    names under such a lead are not freed people."""
    lead = lead_line(token)
    if lead is None or not lead.text.rstrip().endswith(":") or not any(
            t.dep_ == "ROOT" and t.tag_ in ("VBZ", "VBP") and t.lemma_.lower() in _STOCK_VERBS for t in lead):
        return None, None
    held = next((t for t in lead if t.lemma_.lower() in ("detainee", "arrestee")
                 or word_predicate(t, lex) == "detained" and t.tag_ == "VBN"), None)
    return (held, "detained") if held is not None else (None, None)


def lead_line(token):
    """For a token in a list item, the line the list hangs from, else None.

    Walks back over the items before this one (at most _MAX_ITEMS) to the line they hang
    from; a numbered item's number and its text may be two sentences ("1." and the rest).
    """
    doc = token.doc

    def before(sentence):
        return doc[sentence.start - 1].sent if sentence.start else None

    def in_item(sentence) -> bool:
        previous = before(sentence)  # a bullet or "1." the sentencizer split off on its own
        # (a line of a name the recogniser missed is still a line of the list)
        return _is_item(sentence) or _name_line(sentence, person=False) or \
            previous is not None and len(previous) <= 2 and _is_item(previous)

    current = token.sent
    if not in_item(current) or current.text.rstrip().endswith(":"):
        return None  # most tokens: no list in sight (and a line ending in a colon leads, it is led by none)
    for _ in range(2 * _MAX_ITEMS):
        current = before(current)
        if current is None:
            return None
        if in_item(current) and not current.text.rstrip().endswith(":"):
            continue  # (a bulleted line ending in a colon leads the items under it)
        previous = before(current)
        if current.start == 0 or "\n" in doc[current.start - 1].text_with_ws or previous is None \
                or not in_item(previous):
            return current
        # (else the sentence starts inside an item's line: the rest of an item the
        # sentencizer cut, "Maksim Shaulinski – 2 years (Art. 188, …)")
    return None


def item_verb_before(token) -> bool:
    """Whether a verb comes between the start of the list item and ``token``: a name after
    it ("- Ihar Losik, sentenced by judge X") is not one of the listed."""
    sentence = token.sent
    # "including" is tagged a verb, but as a preposition it adds to the listed group
    # (a bullet the tagger took for a participle is no verb)
    return any(t.pos_ == "VERB" and t.dep_ != "prep" and t.text not in _BULLETS
               for t in sentence.doc[sentence.start:token.i])


# words that open a run of profiles: "Here we profile the detainees freed on Monday", "Meet
# the freed", "These are the freed:" (a question, "Who was freed?", asserts nothing)
_PROFILE_OPENERS = frozenset({"here", "meet", "these", "below"})
_MAX_PROFILE_SENTENCES = 80


def profile_lead(token, lex: Lexicon):
    """For a name set as a heading in a run of profiles (a line that is only the name, a
    paragraph about the person, the next name, …): the freeing word of the sentence that
    opens the run and its predicate, when it frees a group as fact and introduces what
    follows ("Here we profile the detainees freed on Monday …"); else (None, None)."""
    doc = token.doc
    heading = token.sent
    if not _name_line(heading) or not _line_is_name(heading):
        return None, None
    current = heading
    for _ in range(_MAX_PROFILE_SENTENCES):
        if current.start == 0:
            return None, None
        previous = doc[current.start - 1].sent
        if _name_line(previous) and _line_is_name(previous):
            heading = previous  # an earlier profile's heading: the run goes on
        elif previous.end == heading.start and _opens_profiles(previous):
            for word in previous:
                # (a verb or participle frees them; "the detainees still held, part of the
                # exchange" names an event, not what befell these)
                predicate = word_predicate(word, lex) if word.pos_ in ("VERB", "ADJ") else None
                if predicate in PERSON_PREDICATES and status_of(word, word.i, doc, lex) == "asserted":
                    return word, predicate
            return None, None
        current = previous
    return None, None


def _opens_profiles(sentence) -> bool:
    words = [t for t in sentence if not t.is_space and not t.is_punct]
    if sentence.text.rstrip().endswith("?"):
        return False
    return bool(words) and (words[0].lower_ in _PROFILE_OPENERS or sentence.text.rstrip().endswith(":") or any(
        t.lower_ == "look" and t.i + 1 < len(t.doc) and t.nbor().lower_ == "at" for t in words))


def _line_is_name(sentence) -> bool:
    """The sentence is a line of its own holding just a name: a heading."""
    words = [t for t in sentence if not t.is_space]
    return bool(words) and all(t.pos_ == "PROPN" or t.ent_type_ == "PERSON" for t in words) and (
        sentence.end == len(sentence.doc) or "\n" in sentence.doc[sentence.end - 1].text_with_ws
        or sentence.doc[sentence.end].is_space)

