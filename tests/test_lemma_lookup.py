"""The lemma lookup gives every word the lemma spaCy's own lemmatizer gives it, keeps a
lemma set before it (unless the lemmatizer overwrites), and leaves other lemmatizers alone."""

import spacy
from spacy.tokens import Doc

from newsmon.pipeline.process.lemmas import LemmaLookup, replace_lemmatizer
from newsmon.pipeline.process.nlp import DEFAULT_MODEL, build_pipeline

# written here to reach the rules, the exceptions and the base forms of each part of speech,
# and the same word with two tags ("freed" as a verb and as an adjective)
SENTENCES = [
    "The freed men were flown to Vilnius; better days came, and the children ran home.",
    "She was being held by the police, who have detained 40 more and released the freed few.",
    "Women's groups say the mice, geese and oxen of the farms were bought, sold and given away.",
    "He'd gone; we're going; they've went?  Nobody knows why the best of them wrote worse.",
    "Released!  Three journalists freed — and 12 others still jailed in Minsk's prisons.",
]


def _lemmas(doc: Doc) -> list[tuple[str, str, str]]:
    return [(t.text, t.pos_, t.lemma_) for t in doc]


def test_the_lookup_gives_the_lemmatizers_lemmas_twice_over():
    stock = spacy.load(DEFAULT_MODEL)
    fast = spacy.load(DEFAULT_MODEL)
    assert replace_lemmatizer(fast)
    assert isinstance(fast.get_pipe("lemmatizer"), LemmaLookup)
    assert fast.pipe_names == stock.pipe_names
    for _ in range(2):  # the second time every word is remembered
        for sentence in SENTENCES:
            assert _lemmas(fast(sentence)) == _lemmas(stock(sentence)), sentence
    assert ("freed", "VERB", "free") in _lemmas(fast(SENTENCES[1]))


def test_a_lemma_set_before_is_kept_unless_the_lemmatizer_overwrites():
    for overwrite, expected in ((False, "release"), (True, "free")):
        nlp = spacy.blank("en")
        ruler = nlp.add_pipe("attribute_ruler")
        ruler.add([[{"LOWER": "freed"}]], {"LEMMA": "release", "POS": "VERB"})
        ruler.add([[{"LOWER": "men"}]], {"POS": "NOUN"})
        lemmatizer = nlp.add_pipe("lemmatizer", config={"mode": "lookup", "overwrite": overwrite})
        lemmatizer.initialize(lookups=_lookups())
        assert replace_lemmatizer(nlp)
        doc = nlp("The men freed")
        assert [t.lemma_ for t in doc] == ["The", "man", expected]


def _lookups():
    from spacy.lookups import Lookups

    lookups = Lookups()
    lookups.add_table("lemma_lookup", {"men": "man", "freed": "free"})
    return lookups


def test_a_pipeline_without_a_lemmatizer_is_left_alone():
    nlp = spacy.blank("en")
    assert not replace_lemmatizer(nlp)
    assert nlp.pipe_names == []


def test_the_newsmon_pipeline_uses_the_lookup():
    assert isinstance(build_pipeline().get_pipe("lemmatizer"), LemmaLookup)
