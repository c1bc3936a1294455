"""A second labelling of real-text excerpts, and settling where the two labellings disagree.

    python bench/adjudicate.py blank FOLDER --split fresh-19  # blank copies for a second labeller
    python bench/adjudicate.py list FOLDER   # one file of disagreements per excerpt, to decide
    python bench/adjudicate.py apply FOLDER  # the decisions written into tests/eval/real/cases/

`blank` writes, for each case of the split whose text is present, the text and a case with
its labels left empty (tests/eval/real/SECOND_LABELLING_BRIEF.md says how to fill them in);
the filled-in cases go to tests/eval/real/second/.

`list` compares the first labels (tests/eval/real/cases/) with the second
(tests/eval/real/second/, see bench/agreement.py) and writes FOLDER/<id>.json with every point
where they differ:
- "variant": both labelled the same count and predicate in the same sentence, with another
  qualifier or noun; decide "first" or "second" (or "neither");
- "only": an asserted count claim one of them made; decide "keep" or "drop";
- "person": a released person one of them named; decide "keep" or "drop";
- "release_report": they differ on the flag; decide true or false.
An adjudicator who has read neither the rules nor newsmon's output fills in each "decision"
(and a "why", in their own words) from tests/eval/GUIDELINES.md. `apply` then rewrites each
case: a dropped claim of the first labels goes (or takes the second labeller's status, when
they labelled it hedged or negated), a kept claim of the second is added, and the case's notes
record the adjudication.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench import real_texts  # noqa: E402
from bench.agreement import LOOSE, STRICT, labelled_twice, load_second, pair  # noqa: E402
from bench.eval_claims import _name_key  # noqa: E402
from bench.eval_real import matches  # noqa: E402


def _key(claim: dict, fields: tuple[str, ...]) -> tuple:
    return tuple(claim[f] for f in fields)


def _asserted(case: dict) -> list[dict]:
    return [c for c in case["count_claims"] if c["status"] == "asserted"]


def disagreements(first: dict, second: dict, text: str) -> list[dict]:
    a, b = _asserted(first), _asserted(second)
    only_a, only_b = pair([(_key(c, STRICT), *c["sentence"]) for c in a],
                          [(_key(c, STRICT), *c["sentence"]) for c in b])
    left_a, left_b = [a[i] for i in only_a], [b[i] for i in only_b]
    # what is left, paired again on count and predicate: the same claim seen with another noun
    loose = [(_key(c, LOOSE), *c["sentence"]) for c in left_a], [(_key(c, LOOSE), *c["sentence"]) for c in left_b]
    variants = matches(*loose)
    partners = set(variants.values())
    alone_a = [i for i in range(len(left_a)) if i not in variants]
    alone_b = [j for j in range(len(left_b)) if j not in partners]
    points: list[dict] = []
    for i, j in variants.items():
        points.append({"kind": "variant", "first": left_a[i], "second": left_b[j],
                       "sentence_text": _excerpt(text, left_a[i]["sentence"]), "decision": None, "why": ""})
    for who, claims, alone in (("first", left_a, alone_a), ("second", left_b, alone_b)):
        for i in alone:
            points.append({"kind": "only", "by": who, "claim": claims[i],
                           "sentence_text": _excerpt(text, claims[i]["sentence"]), "decision": None, "why": ""})
    names_a = {_name_key(text[slice(*p["name"])]): p for p in first["person_claims"]}
    names_b = {_name_key(text[slice(*p["name"])]): p for p in second["person_claims"]}
    for who, mine, theirs in (("first", names_a, names_b), ("second", names_b, names_a)):
        for key, person in mine.items():
            if key not in theirs:
                points.append({"kind": "person", "by": who, "person": person,
                               "name_text": text[slice(*person["name"])], "decision": None, "why": ""})
    flag_a, flag_b = first["release_report"], second["release_report"]
    if bool(flag_a["value"]) != bool(flag_b["value"]):
        points.append({"kind": "release_report", "first": flag_a, "second": flag_b, "decision": None, "why": ""})
    return points


def _excerpt(text: str, span: list[int]) -> str:
    """Where to look, for the adjudicator: the sentence's first words only (the text itself
    stays in the git-ignored texts folder)."""
    return " ".join(text[slice(*span)].split()[:5]) + " …"


def list_points(out: Path, second_folder: Path) -> int:
    out.mkdir(parents=True, exist_ok=True)
    total = cases = 0
    for first, second, text in labelled_twice(second_folder)[0]:
        points = disagreements(first, second, text)
        if points:
            cases += 1
            total += len(points)
            (out / f"{first['id']}.json").write_text(
                json.dumps({"id": first["id"], "points": points}, indent=2, ensure_ascii=False) + "\n",
                encoding="utf-8")
    print(f"{total} points to decide in {cases} excerpts, written to {out}")
    return 0


_ALLOWED = {"variant": {"first", "second", "neither"}, "only": {"keep", "drop"}, "person": {"keep", "drop"},
            "release_report": {True, False}}


def settle(case: dict, points: list[dict], second: dict) -> int:
    """Apply the decisions to ``case`` (in place); how many changed its labels."""
    claims = case["count_claims"]
    decided = []
    for point in points:
        kind, decision = point["kind"], point["decision"]
        if decision not in _ALLOWED[kind]:
            raise ValueError(f"{case['id']}: a {kind} point has decision {decision!r}; "
                             f"expected one of {sorted(map(str, _ALLOWED[kind]))}")
        if kind == "variant" and decision != "first":
            claims.remove(point["first"])
            if decision == "second":
                claims.append(point["second"])
        elif kind == "only" and point["by"] == "first" and decision == "drop":
            claims.remove(point["claim"])
            other = next((c for c in second["count_claims"] if c["status"] != "asserted"
                          and _key(c, LOOSE) == _key(point["claim"], LOOSE)
                          and c["sentence"][0] < point["claim"]["sentence"][1]
                          and point["claim"]["sentence"][0] < c["sentence"][1]), None)
            if other is not None:
                claims.append(other)
        elif kind == "only" and point["by"] == "second" and decision == "keep":
            claims.append(point["claim"])
        elif kind == "person" and point["by"] == "first" and decision == "drop":
            case["person_claims"].remove(point["person"])
        elif kind == "person" and point["by"] == "second" and decision == "keep":
            case["person_claims"].append(point["person"])
        elif kind == "release_report":
            case["release_report"] = point["first"] if decision == bool(point["first"]["value"]) else point["second"]
        changed = not (kind == "variant" and decision == "first"
                       or kind in ("only", "person") and (decision == "keep") == (point["by"] == "first")
                       or kind == "release_report" and decision == bool(point["first"]["value"]))
        if changed:
            decided.append(point.get("why") or kind)
    if decided:
        case["notes"] = (case["notes"] + " " if case["notes"] else "") + (
            f"Adjudicated {date.today().isoformat()} against a second labelling ({len(decided)} changed): "
            + "; ".join(decided))
    return len(decided)


def apply(decisions: Path, second_folder: Path) -> int:
    """Every file's decisions, checked first: one undecided or unreadable file changes no case."""
    files = sorted(decisions.glob("*.json"))
    if not files:
        print(f"no points files in {decisions}: run `list` first, and let the adjudicator fill them in",
              file=sys.stderr)
        return 2
    seconds = load_second(second_folder)
    settled = []
    for path in files:
        try:
            points = json.loads(path.read_text(encoding="utf-8"))
        except json.JSONDecodeError as error:
            print(f"{path}: not valid JSON ({error}); fix it and apply again, nothing was changed", file=sys.stderr)
            return 2
        case_path = real_texts.CASES / f"{points['id']}.json"
        if not case_path.exists() or points["id"] not in seconds:
            print(f"{path}: no case or second labels for {points['id']}; skipped", file=sys.stderr)
            continue
        case = json.loads(case_path.read_text(encoding="utf-8"))
        try:
            changes = settle(case, points["points"], seconds[points["id"]])
        except ValueError as error:
            print(f"{path}: {error}; nothing was changed", file=sys.stderr)
            return 2
        if changes:
            settled.append((case_path, case))
    for case_path, case in settled:
        case_path.write_text(json.dumps(case, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"{len(settled)} cases changed")
    return 0


def blank(out: Path, split: str) -> int:
    from bench.eval_real import split_of  # the split names live with the scorer

    out.mkdir(parents=True, exist_ok=True)
    written = 0
    for case in real_texts.load_cases():
        text = real_texts.text_of(case) if split_of(case["id"]) == split else None
        if text is None:
            continue
        (out / f"{case['id']}.txt").write_text(text, encoding="utf-8")
        empty = {key: case[key] for key in ("id", "url", "sha256", "length")}
        empty.update({"language": "", "release_report": {"value": None, "country": None},
                      "count_claims": [], "person_claims": [], "notes": ""})
        (out / f"{case['id']}.json").write_text(json.dumps(empty, indent=2, ensure_ascii=False) + "\n",
                                                encoding="utf-8")
        written += 1
    print(f"{written} blank cases of {split} written to {out}")
    return 0 if written else 2


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=("blank", "list", "apply"))
    parser.add_argument("folder", type=Path, help="where the blank cases or the points to decide go, or are read")
    parser.add_argument("--second", type=Path, default=real_texts.SECOND, help="folder of the second labels")
    parser.add_argument("--split", help="with blank: the split to copy (e.g. fresh-19)")
    args = parser.parse_args()
    if args.command == "blank":
        if not args.split:
            parser.error("blank needs --split, the split to label a second time (e.g. fresh-19)")
        return blank(args.folder, args.split)
    if args.command == "list":
        return list_points(args.folder, args.second)
    return apply(args.folder, args.second)


if __name__ == "__main__":
    sys.exit(main())
