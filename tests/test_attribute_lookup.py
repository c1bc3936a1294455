"""The attribute lookup sets exactly what the trained pipeline's attribute ruler sets, and
leaves a ruler it cannot read as it is."""

import spacy
from spacy.tokens import Doc

from newsmon.pipeline.process.attributes import AttributeLookup, replace_attribute_ruler
from newsmon.pipeline.process.nlp import DEFAULT_MODEL, build_pipeline

# written here to reach the ruler's word rules: contractions, "gonna", "let's", spaces,
# numbers, currency, possessives and the auxiliaries
SENTENCES = [
    "We're gonna wait, but they ain't coming and I don't know why; let's go.",
    "The court didn't free  the 12 men who'd been held since May 2021 -- nobody's sure why.",
    "She'll have paid $1,500 by then, and he's got ta pay the rest; y'all know it.",
    "Is it true? \"Yes,\" said the lawyer's aide.\n\nThe 3 freed were flown to Vilnius at 9 a.m.",
    "Gotta go: wanna see 'em? Lemme know, cause I can't stay & I won't.",
]


def _attributes(doc: Doc) -> list[tuple]:
    return [(t.text, t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_) for t in doc]


def test_the_lookup_sets_what_the_ruler_sets():
    stock = spacy.load(DEFAULT_MODEL)
    fast = spacy.load(DEFAULT_MODEL)
    assert replace_attribute_ruler(fast)
    assert isinstance(fast.get_pipe("attribute_ruler"), AttributeLookup)
    assert fast.pipe_names == stock.pipe_names
    for sentence in SENTENCES:
        assert _attributes(fast(sentence)) == _attributes(stock(sentence)), sentence


def test_the_newsmon_pipeline_uses_the_lookup():
    assert isinstance(build_pipeline().get_pipe("attribute_ruler"), AttributeLookup)


def test_a_ruler_with_patterns_it_cannot_read_is_kept():
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"LOWER": "very", "OP": "+"}]], {"LEMMA": "very"})  # a quantifier: not looked up
    assert not replace_attribute_ruler(nlp)
    assert nlp.get_pipe("attribute_ruler") is ruler


def test_a_pipeline_without_a_ruler_is_left_alone():
    nlp = spacy.blank("en")
    assert not replace_attribute_ruler(nlp)
    assert nlp.pipe_names == []


def test_a_later_rule_wins_as_in_the_ruler():
    words = ["The", "men", "were", "freed"]
    results = []
    for replace in (False, True):
        nlp = spacy.blank("en")
        ruler = nlp.add_pipe("attribute_ruler")
        ruler.add([[{"LOWER": "freed"}]], {"LEMMA": "free"})
        ruler.add([[{"LOWER": "were"}, {"LOWER": "freed"}]], {"LEMMA": "release"}, index=-1)
        ruler.add([[{"LOWER": "men"}]], {"POS": "NOUN"})
        if replace:
            assert replace_attribute_ruler(nlp)
        doc = nlp(Doc(nlp.vocab, words=words))
        results.append([(t.lemma_, t.pos_) for t in doc])
    assert results[0] == results[1]
    assert results[1][3] == ("release", "") and results[1][1] == ("", "NOUN")
