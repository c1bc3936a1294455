"""bench/agreement.py: two labellers' labels of the same excerpt compared claim by claim, and
newsmon scored against each, and the disagreements settled; on texts written here."""

from __future__ import annotations

import json
import sys
from datetime import date

import pytest

from bench import adjudicate, agreement, real_texts
from bench.eval_real import BATCHES, split_of

# a case of the newest batch, which is still fresh (bench/eval_real.py names it first)
CASE_ID = f"fb-{BATCHES[0][0] + 1:04d}"

TEXT = ("Eleven prisoners were freed on Monday in Minsk. "
        "About 1,100 political prisoners remain behind bars, the group said.")
FREED, HELD = [0, 47], [48, len(TEXT)]


def _claim(count, predicate, noun, sentence, qualifier="exact", status="asserted"):
    return {"count": count, "high": None, "qualifier": qualifier, "predicate": predicate, "noun": noun,
            "status": status, "sentence": sentence}


def _case(claims, released=True, names=()):
    return {"id": CASE_ID, "url": "https://a.example/1", "corpus": "pages", "query": "q",
            "sha256": real_texts.sha256(TEXT), "length": len(TEXT), "language": "en",
            "release_report": {"value": released, "country": "Belarus" if released else None},
            "count_claims": claims, "person_claims": [{"name": list(n), "sentence": FREED} for n in names],
            "notes": ""}


@pytest.fixture()
def labelled(tmp_path, monkeypatch):
    cases, texts, second = tmp_path / "cases", tmp_path / "texts", tmp_path / "second"
    for folder in (cases, texts, second):
        folder.mkdir()
    monkeypatch.setattr(real_texts, "CASES", cases)
    monkeypatch.setattr(real_texts, "TEXTS", texts)
    (texts / f"{CASE_ID}.txt").write_text(TEXT, encoding="utf-8")
    first = _case([_claim(11, "released", "prisoner", FREED),
                   _claim(1100, "remain_imprisoned", "prisoner", HELD, qualifier="about")])
    (cases / f"{CASE_ID}.json").write_text(json.dumps(first), encoding="utf-8")
    return second


def _run(monkeypatch, second, *argv) -> int:
    monkeypatch.setattr(sys, "argv", ["agreement.py", "--second", str(second), *argv])
    return agreement.main()


def test_pairs_need_the_same_key_and_overlapping_sentences():
    first = [(("a",), 0, 10), (("b",), 20, 30), (("a",), 40, 50)]
    second = [(("a",), 45, 60), (("b",), 0, 10), (("a",), 5, 12)]
    only_first, only_second = agreement.pair(first, second)
    assert only_first == [1]  # "b" is in another sentence
    assert only_second == [1]


def test_a_noun_disagreement_counts_against_strict_but_not_loose(labelled, monkeypatch, capsys):
    # the second labeller saw "people" where the first saw "prisoner", and left out the stock
    second = _case([_claim(11, "released", "people", [0, 46])])
    (labelled / f"{CASE_ID}.json").write_text(json.dumps(second), encoding="utf-8")
    assert _run(monkeypatch, labelled, "--no-newsmon", "--verbose") == 0
    out = capsys.readouterr().out
    assert "count (strict) P 0.000  R 0.000" in out
    assert "count (loose)  P 1.000  R 0.500" in out
    assert "first only (1100, 'about', 'remain_imprisoned', 'prisoner')" in out
    assert "release flag   same on 1/1" in out


def test_newsmon_is_scored_against_each_labeller(labelled, monkeypatch, capsys):
    second = _case([_claim(11, "released", "prisoner", FREED)], released=False)
    (labelled / f"{CASE_ID}.json").write_text(json.dumps(second), encoding="utf-8")
    assert _run(monkeypatch, labelled) == 0
    out = capsys.readouterr().out
    assert "same on 0/1" in out  # the flag
    assert "first labels   P 1.000  R 1.000" in out
    assert "second labels  P 0.500  R 1.000" in out
    assert "both labelled  R 1.000 (found 1 of 1)" in out
    assert "either labelled P 1.000 (right 2 of 2)" in out


def test_a_second_label_of_a_changed_text_is_skipped(labelled, monkeypatch, capsys):
    second = _case([])
    second["sha256"] = "0" * 64
    (labelled / f"{CASE_ID}.json").write_text(json.dumps(second), encoding="utf-8")
    assert _run(monkeypatch, labelled, "--no-newsmon") == 0
    out = capsys.readouterr().out
    assert f"skipped 1 (no first label, text missing or changed): {CASE_ID}" in out
    assert "0 excerpts labelled twice" in out


def test_no_second_labels_is_an_error_naming_the_folder(tmp_path, monkeypatch, capsys):
    assert _run(monkeypatch, tmp_path) == 2
    assert str(tmp_path) in capsys.readouterr().err


def _adjudicate(monkeypatch, *argv) -> int:
    monkeypatch.setattr(sys, "argv", ["adjudicate.py", *argv])
    return adjudicate.main()


def test_disagreements_are_listed_and_the_decisions_applied(labelled, monkeypatch, tmp_path, capsys):
    # the second saw "people" freed, the stock only as hedged, one more person and no report
    second = _case([_claim(11, "released", "people", FREED),
                    _claim(1100, "remain_imprisoned", "prisoner", HELD, qualifier="about", status="hedged")],
                   released=False, names=[(0, 8)])
    (labelled / f"{CASE_ID}.json").write_text(json.dumps(second), encoding="utf-8")
    points = tmp_path / "points"
    assert _adjudicate(monkeypatch, "list", str(points), "--second", str(labelled)) == 0
    listed = json.loads((points / f"{CASE_ID}.json").read_text())["points"]
    assert [(p["kind"], p.get("by")) for p in listed] == [
        ("variant", None), ("only", "first"), ("person", "second"), ("release_report", None)]
    decisions = {"variant": "second", "only": "drop", "person": "keep", "release_report": True}
    for point in listed:
        point["decision"], point["why"] = decisions[point["kind"]], f"{point['kind']} decided"
    (points / f"{CASE_ID}.json").write_text(json.dumps({"id": CASE_ID, "points": listed}))
    assert _adjudicate(monkeypatch, "apply", str(points), "--second", str(labelled)) == 0
    case = json.loads((real_texts.CASES / f"{CASE_ID}.json").read_text())
    assert [(c["count"], c["noun"], c["status"]) for c in case["count_claims"]] == [
        (11, "people", "asserted"), (1100, "prisoner", "hedged")]
    assert case["person_claims"] == [{"name": [0, 8], "sentence": FREED}]
    assert case["release_report"]["value"] is True
    assert f"Adjudicated {date.today().isoformat()} against a second labelling (3 changed)" in case["notes"]


def test_an_undecided_point_stops_apply_with_its_case_named(labelled, monkeypatch, tmp_path, capsys):
    (labelled / f"{CASE_ID}.json").write_text(json.dumps(_case([])), encoding="utf-8")
    points = tmp_path / "points"
    assert _adjudicate(monkeypatch, "list", str(points), "--second", str(labelled)) == 0
    before = (real_texts.CASES / f"{CASE_ID}.json").read_text()
    assert _adjudicate(monkeypatch, "apply", str(points), "--second", str(labelled)) == 2
    assert f"{CASE_ID}: a only point has decision None" in capsys.readouterr().err
    assert (real_texts.CASES / f"{CASE_ID}.json").read_text() == before


def test_blank_copies_for_a_second_labeller(labelled, monkeypatch, tmp_path, capsys):
    out = tmp_path / "blank"
    newest = split_of(CASE_ID)
    assert newest.startswith("fresh-")
    assert _adjudicate(monkeypatch, "blank", str(out), "--split", newest) == 0
    assert (out / f"{CASE_ID}.txt").read_text(encoding="utf-8") == TEXT
    empty = json.loads((out / f"{CASE_ID}.json").read_text())
    assert empty["sha256"] == real_texts.sha256(TEXT) and empty["count_claims"] == [] and empty["language"] == ""
    assert f"1 blank cases of {newest} written" in capsys.readouterr().out
    assert _adjudicate(monkeypatch, "blank", str(tmp_path / "none"), "--split", "blind-2") == 2
    with pytest.raises(SystemExit):
        _adjudicate(monkeypatch, "blank", str(out))
    assert "blank needs --split" in capsys.readouterr().err


def test_apply_without_points_or_with_a_broken_file_changes_nothing(labelled, monkeypatch, tmp_path, capsys):
    (labelled / f"{CASE_ID}.json").write_text(json.dumps(_case([])), encoding="utf-8")
    empty = tmp_path / "empty"
    empty.mkdir()
    assert _adjudicate(monkeypatch, "apply", str(empty), "--second", str(labelled)) == 2
    assert "no points files in" in capsys.readouterr().err
    points = tmp_path / "points"
    assert _adjudicate(monkeypatch, "list", str(points), "--second", str(labelled)) == 0
    listed = json.loads((points / f"{CASE_ID}.json").read_text())
    for point in listed["points"]:
        point["decision"] = "drop" if point["kind"] == "only" else False
    (points / f"{CASE_ID}.json").write_text(json.dumps(listed))
    (points / "fb-9002.json").write_text("{not json")
    before = (real_texts.CASES / f"{CASE_ID}.json").read_text()
    assert _adjudicate(monkeypatch, "apply", str(points), "--second", str(labelled)) == 2
    assert "fb-9002.json: not valid JSON" in capsys.readouterr().err
    assert (real_texts.CASES / f"{CASE_ID}.json").read_text() == before
