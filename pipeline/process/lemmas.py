"""The trained pipeline's lemmatizer, remembered per word, part of speech and morphology.

spaCy's rule lemmatizer caches its rules' result, but still makes a Token of every word,
reads its attributes and sets its lemma one by one, and skips its cache for words already
in their base form. What it gives a word depends on nothing else than the word's text, part
of speech and morphology (in lookup mode, the text alone), so each such triple is decided
once, by the lemmatizer itself, and a Doc's lemmas are read and written as one array. The
lemmas are the same; a word whose lemma was set before (by the attribute ruler) keeps it,
as with the lemmatizer, unless that overwrites."""

from __future__ import annotations

from spacy.attrs import LEMMA, MORPH, ORTH, POS
from spacy.errors import Errors
from spacy.language import Language
from spacy.tokens import Doc

_KNOWN_MAX = 200_000  # triples remembered before starting afresh (a long run meets ever more words)


class LemmaLookup:
    """Callable component wrapping a spaCy Lemmatizer (none until `take`)."""

    def __init__(self) -> None:
        self.lemmatizer = None
        self.known: dict[tuple[int, int, int], int] = {}

    def take(self, lemmatizer) -> None:
        self.lemmatizer, self.known = lemmatizer, {}

    def __call__(self, doc: Doc) -> Doc:
        lemmatizer = self.lemmatizer
        if not lemmatizer._validated:
            lemmatizer._validate_tables(Errors.E1004)
        rows = doc.to_array([ORTH, POS, MORPH, LEMMA])
        lemmas = rows[:, 3].copy()
        strings, overwrite = doc.vocab.strings, lemmatizer.overwrite
        for i, (orth, pos, morph, lemma) in enumerate(rows.tolist()):
            if lemma and not overwrite:
                continue
            found = self.known.get((orth, pos, morph))
            if found is None:
                if len(self.known) >= _KNOWN_MAX:
                    self.known.clear()
                found = self.known[orth, pos, morph] = strings.add(lemmatizer.lemmatize(doc[i])[0])
            lemmas[i] = found
        doc.from_array([LEMMA], lemmas)
        return doc


@Language.factory("newsmon_lemma_lookup_v1")
def make_lemma_lookup(nlp: Language, name: str) -> LemmaLookup:
    return LemmaLookup()


def replace_lemmatizer(nlp: Language, name: str = "lemmatizer") -> bool:
    """Put the lookup in place of ``nlp``'s lemmatizer if it is spaCy's rule or lookup
    lemmatizer. True if it was replaced."""
    if name not in nlp.pipe_names:
        return False
    lemmatizer = nlp.get_pipe(name)
    if getattr(lemmatizer, "mode", None) not in ("rule", "lookup") or not hasattr(lemmatizer, "lemmatize"):
        return False
    nlp.replace_pipe(name, "newsmon_lemma_lookup_v1")
    nlp.get_pipe(name).take(lemmatizer)
    return True
