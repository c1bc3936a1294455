"""The real-text set's tool: which queries a new machine must run again (all, or one split's
with the URLs to keep), and the restoring of texts whose hash still matches."""

from __future__ import annotations

import json
import sys

import pytest

from bench import real_texts


def _case(case_id: str, url: str, text: str, query: str) -> dict:
    return {"id": case_id, "url": url, "corpus": "pages", "query": query, "sha256": real_texts.sha256(text),
            "length": len(text), "language": "en", "release_report": {"value": False, "country": None},
            "count_claims": [], "person_claims": [], "notes": ""}


@pytest.fixture()
def real_set(tmp_path, monkeypatch):
    cases, texts = tmp_path / "cases", tmp_path / "texts"
    cases.mkdir()
    monkeypatch.setattr(real_texts, "CASES", cases)
    monkeypatch.setattr(real_texts, "TEXTS", texts)
    monkeypatch.setattr(real_texts, "SECOND", tmp_path / "second")
    written = {
        # fb-3601 is of blind-11, fb-4401 of blind-13, wo-001 of the first set
        "fb-3601": _case("fb-3601", "https://a.example/1", "Eleven were freed on Monday.", "q one"),
        "fb-4401": _case("fb-4401", "https://b.example/2", "Twelve were freed on Tuesday.", "q two"),
        "wo-001": _case("wo-001", "https://c.example/3", "Nobody was freed.", "q one"),
    }
    for case_id, case in written.items():
        (cases / f"{case_id}.json").write_text(json.dumps(case), encoding="utf-8")
    return tmp_path


def _run(monkeypatch, *argv) -> int:
    monkeypatch.setattr(sys, "argv", ["real_texts.py", *argv])
    return real_texts.main()


def test_queries_of_one_split_with_the_urls_to_keep(real_set, monkeypatch, capsys):
    assert _run(monkeypatch, "queries") == 0
    every = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [(q["query"], q["cases"]) for q in every] == [("q one", ["fb-3601", "wo-001"]), ("q two", ["fb-4401"])]
    assert _run(monkeypatch, "queries", "--split", "blind-13", "--urls") == 0
    only = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert only == [{"corpus": "pages", "query": "q two", "cases": ["fb-4401"], "urls": ["https://b.example/2"]}]


def test_regather_keeps_only_texts_whose_hash_matches(real_set, monkeypatch, capsys):
    answer = real_set / "q1.json"
    answer.write_text(json.dumps({"query": "q one", "results": [
        {"url": "https://a.example/1", "excerpt": "Eleven were freed on Monday."},
        {"url": "https://c.example/3", "excerpt": "Nobody was freed, the page now says."},
    ]}), encoding="utf-8")
    assert _run(monkeypatch, "regather", str(answer)) == 0
    out = capsys.readouterr().out
    assert "wo-001: the stored page changed" in out and "1 texts restored, 1 changed" in out
    assert (real_set / "texts" / "fb-3601.txt").read_text(encoding="utf-8") == "Eleven were freed on Monday."
    assert not (real_set / "texts" / "wo-001.txt").exists()
    # what is now present is no longer asked for
    assert _run(monkeypatch, "queries") == 0
    assert [json.loads(line)["cases"] for line in capsys.readouterr().out.splitlines()] == [["wo-001"], ["fb-4401"]]


def test_check_validates_the_second_labels_too(real_set, monkeypatch, capsys):
    texts, second = real_set / "texts", real_set / "second"
    texts.mkdir()
    second.mkdir()
    (texts / "fb-3601.txt").write_text("Eleven were freed on Monday.", encoding="utf-8")
    relabel = _case("fb-3601", "https://a.example/1", "Eleven were freed on Monday.", "q one")
    relabel["count_claims"] = [{"count": 11, "high": None, "qualifier": "exact", "predicate": "released",
                                "noun": "people", "status": "asserted", "sentence": [0, 28]}]
    (second / "fb-3601.json").write_text(json.dumps(relabel), encoding="utf-8")
    assert _run(monkeypatch, "check") == 0
    assert "3 cases (1 labelled twice), 1 texts present, 0 label problems" in capsys.readouterr().out
    relabel["count_claims"][0]["sentence"] = [0, 99]
    (second / "fb-3601.json").write_text(json.dumps(relabel), encoding="utf-8")
    stray = _case("fb-9999", "https://z.example/9", "Another text.", "q")
    (second / "fb-9999.json").write_text(json.dumps(stray), encoding="utf-8")
    assert _run(monkeypatch, "check") == 1
    out = capsys.readouterr().out
    assert "second/fb-3601.json: count_claims[0].sentence: [0, 99] is not a [start, end] inside the text" in out
    assert "fb-9999.json: a second labelling of no case, or of another text than the case's" in out
