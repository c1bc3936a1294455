"""bench/classifier_trial.py: the averaged perceptron learns what its features say, the same way
every time, and the features of a number name the words a reader weighs."""

from __future__ import annotations

import pytest

from bench.classifier_trial import NONE, features, main, predict, train
from bench.eval_real import BATCHES

FRESH = BATCHES[0][1]  # the batch being labelled now, never read (its name changes as batches are)

EXAMPLES = [
    {"features": ["w:free", "head:prisoner"], "label": "released"},
    {"features": ["w:arrest", "head:protester"], "label": "detained"},
    {"features": ["w:free", "head:reporter"], "label": "released"},
    {"features": ["w:year", "head:age"], "label": NONE},
    {"features": ["w:arrest", "head:student"], "label": "detained"},
]


def test_perceptron_learns_and_is_deterministic():
    model = train(EXAMPLES)
    assert model == train(EXAMPLES)
    assert predict(model, ["w:free", "head:student"])[0] == "released"
    assert predict(model, ["w:arrest"])[0] == "detained"
    assert predict(model, ["w:year"])[0] == NONE
    label, margin = predict(model, ["w:free"])
    assert label == "released" and margin > 0


def test_features_name_the_sentence_head_and_words_above(nlp):
    doc = nlp("Police arrested 40 students in the capital.")
    number = next(t for t in doc if t.like_num)
    found = features(doc, number.i, number.i + 1)
    assert "head:student" in found
    assert "w:arrest" in found
    assert any(f.startswith("above") and f.endswith(":arrest") for f in found)
    assert "before:arrest" in found and "after:student" in found


@pytest.mark.parametrize("argv, said", [
    (["--held", "blind-999"], "--held blind-999: no such batch"),
    (["--held", FRESH], f"--held {FRESH}: that batch has not been read"),
    (["--margins", "five"], "--margins five: give numbers"),
])
def test_bad_arguments_are_named_before_anything_loads(argv, said, capsys):
    with pytest.raises(SystemExit) as stop:
        main(argv)
    assert stop.value.code == 2
    assert said in capsys.readouterr().err
