"""The real-text evaluation set: third-party excerpts kept out of git, labels kept in it.

Each case is tests/eval/real/cases/<id>.json: the excerpt's URL, the exact query and corpus
that found it, the SHA-256 and length of its text, and the labels as character offsets into
that text. The text itself sits in tests/eval/real/texts/<id>.txt, which git ignores.

    python bench/real_texts.py add ANSWER.json --url URL --id ID   # take one excerpt from a saved search answer
    python bench/real_texts.py find ID "words of a sentence"       # offsets of a substring, for labelling
    python bench/real_texts.py check                                # every case: text present, hash, labels valid
    python bench/real_texts.py queries [--split S] [--urls]         # the queries to run again on a new machine
    python bench/real_texts.py regather ANSWER.json [...]           # texts back from saved answers, hashes verified

A search answer is the JSON the stored-pages search returns (`{"query": …, "results":
[{"url": …, "excerpt": …}, …]}`), saved to a file as it came.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
REAL = ROOT / "tests" / "eval" / "real"
CASES = REAL / "cases"
SECOND = REAL / "second"  # a second, independent labelling of some cases (bench/agreement.py)
TEXTS = REAL / "texts"
RESERVED = ROOT.parent / "shared" / "eval"

PREDICATES = {"released", "pardoned", "deported", "crossed_border", "remain_imprisoned",
              "detained", "sentenced"}
QUALIFIERS = {"exact", "at_least", "more_than", "nearly", "about", "up_to"}
STATUSES = {"asserted", "hedged", "negated"}


def sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _reserved(url: str, text: str) -> bool:
    if not (RESERVED / "reserved.py").exists():
        sys.exit(f"{RESERVED / 'reserved.py'} is missing: check out ../shared beside this repository")
    sys.path.insert(0, str(RESERVED))
    from reserved import is_reserved, text_is_reserved  # noqa: PLC0415
    return is_reserved(url) or text_is_reserved(text)


def _answer(path: Path) -> dict:
    try:
        answer = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        sys.exit(f"{path}: not a saved search answer ({exc})")
    if "results" not in answer or "query" not in answer:
        sys.exit(f"{path}: a search answer has 'query' and 'results'")
    return answer


def load_cases() -> list[dict]:
    return [json.loads(p.read_text(encoding="utf-8")) for p in sorted(CASES.glob("*.json"))]


def text_of(case: dict) -> str | None:
    """The case's text if it is present and its hash matches, else None."""
    path = TEXTS / f"{case['id']}.txt"
    if not path.exists():
        return None
    text = path.read_text(encoding="utf-8")
    return text if sha256(text) == case["sha256"] else None


def add(args: argparse.Namespace) -> int:
    answer = _answer(Path(args.answer))
    hit = next((r for r in answer["results"] if r.get("url") == args.url), None)
    if hit is None:
        sys.exit(f"{args.url} is not among the results of {args.answer}")
    text = hit["excerpt"]
    if _reserved(args.url, text):
        print(f"reserved: {args.url} — skip it", file=sys.stderr)
        return 1
    case_path = CASES / f"{args.id}.json"
    if case_path.exists():
        sys.exit(f"{case_path} exists already")
    known = {c["url"]: c["id"] for c in load_cases()}
    if args.url in known:
        sys.exit(f"{args.url} is already case {known[args.url]}")
    CASES.mkdir(parents=True, exist_ok=True)
    TEXTS.mkdir(parents=True, exist_ok=True)
    (TEXTS / f"{args.id}.txt").write_text(text, encoding="utf-8")
    case = {"id": args.id, "url": args.url, "query": answer["query"],
            "corpus": answer.get("corpus", "pages"), "sha256": sha256(text), "length": len(text),
            "language": "en", "release_report": {"value": False, "country": None},
            "count_claims": [], "person_claims": [], "notes": ""}
    case_path.write_text(json.dumps(case, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"{args.id}: {len(text)} characters, {case_path.relative_to(ROOT)}")
    return 0


def find(args: argparse.Namespace) -> int:
    case = json.loads((CASES / f"{args.id}.json").read_text(encoding="utf-8"))
    text = text_of(case)
    if text is None:
        sys.exit(f"{args.id}: text missing or changed")
    start = text.find(args.substring)
    if start < 0:
        sys.exit(f"{args.id}: substring not found")
    print(json.dumps([start, start + len(args.substring)]))
    return 0


def problems(case: dict, text: str) -> list[str]:
    """What is wrong with one case's labels (empty when they are valid)."""
    found = []

    def span(value, what):
        if not (isinstance(value, list) and len(value) == 2 and 0 <= value[0] < value[1] <= len(text)):
            found.append(f"{what}: {value!r} is not a [start, end] inside the text")

    for i, claim in enumerate(case["count_claims"]):
        where = f"count_claims[{i}]"
        span(claim.get("sentence"), f"{where}.sentence")
        if claim.get("predicate") not in PREDICATES:
            found.append(f"{where}.predicate {claim.get('predicate')!r}")
        if claim.get("qualifier") not in QUALIFIERS:
            found.append(f"{where}.qualifier {claim.get('qualifier')!r}")
        if claim.get("status") not in STATUSES:
            found.append(f"{where}.status {claim.get('status')!r}")
        if not isinstance(claim.get("count"), int) or not claim.get("noun"):
            found.append(f"{where}: count must be an integer and noun a word")
    for i, person in enumerate(case["person_claims"]):
        span(person.get("name"), f"person_claims[{i}].name")
        span(person.get("sentence"), f"person_claims[{i}].sentence")
    words = case.get("notes", "").split()
    for i in range(len(words) - 5):
        run = " ".join(words[i:i + 6]).strip("\"'“”‘’()[],.;:")
        if len(run) > 20 and run in text:
            found.append(f"notes copy the text ({run[:40]}…): give offsets [start:end] instead")
            break
    report = case.get("release_report", {})
    if not isinstance(report.get("value"), bool):
        found.append("release_report.value must be true or false")
    return found


def check(_: argparse.Namespace) -> int:
    cases = load_cases()
    missing, bad = [], 0
    for case in cases:
        text = text_of(case)
        if text is None:
            missing.append(case["id"])
            continue
        for problem in problems(case, text):
            bad += 1
            print(f"{case['id']}: {problem}")
    by_id = {case["id"]: case for case in cases}
    seconds = sorted(SECOND.glob("*.json"))
    for path in seconds:
        second = json.loads(path.read_text(encoding="utf-8"))
        first = by_id.get(second.get("id"))
        text = text_of(first) if first else None
        if first is None or second.get("sha256") != first["sha256"]:
            bad += 1
            print(f"{path.name}: a second labelling of no case, or of another text than the case's")
        elif text is not None:
            for problem in problems(second, text):
                bad += 1
                print(f"second/{path.name}: {problem}")
    print(f"{len(cases)} cases ({len(seconds)} labelled twice), {len(cases) - len(missing)} texts present, "
          f"{bad} label problems")
    if missing:
        print(f"missing or changed texts ({len(missing)}): {' '.join(missing)}")
        print("gather them with: python bench/real_texts.py queries, then regather")
    return 1 if bad else 0


def queries(args: argparse.Namespace) -> int:
    wanted = None
    if args.split:
        # a new machine can start with the splits it needs first (the latest read ones, a
        # fresh batch); the split names live with the scorer
        sys.path.insert(0, str(ROOT))
        from bench.eval_real import split_of  # noqa: PLC0415
        wanted = lambda case_id: split_of(case_id) in args.split  # noqa: E731
    seen = {}
    for case in load_cases():
        if text_of(case) is None and (wanted is None or wanted(case["id"])):
            seen.setdefault((case["corpus"], case["query"]), []).append(case)
    for (corpus, query), cases in sorted(seen.items()):
        line = {"corpus": corpus, "query": query, "cases": [c["id"] for c in cases]}
        if args.urls:
            line["urls"] = [c["url"] for c in cases]
        print(json.dumps(line, ensure_ascii=False))
    return 0


def regather(args: argparse.Namespace) -> int:
    by_url = {c["url"]: c for c in load_cases()}
    TEXTS.mkdir(parents=True, exist_ok=True)
    restored = changed = 0
    done: set[str] = set()
    for name in args.answers:
        for result in _answer(Path(name))["results"]:
            case = by_url.get(result.get("url"))
            if case is None or case["id"] in done:
                continue  # an answer may list one URL twice with other text: the first match counts
            if sha256(result["excerpt"]) != case["sha256"]:
                changed += 1
                print(f"{case['id']}: the stored page changed (hash differs); left out")
                continue
            (TEXTS / f"{case['id']}.txt").write_text(result["excerpt"], encoding="utf-8")
            done.add(case["id"])
            restored += 1
    print(f"{restored} texts restored, {changed} changed")
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    one = commands.add_parser("add", help="take one excerpt from a saved search answer")
    one.add_argument("answer")
    one.add_argument("--url", required=True)
    one.add_argument("--id", required=True)
    one.set_defaults(run=add)
    where = commands.add_parser("find", help="offsets of a substring of a case's text")
    where.add_argument("id")
    where.add_argument("substring")
    where.set_defaults(run=find)
    commands.add_parser("check", help="validate every case").set_defaults(run=check)
    asked = commands.add_parser("queries", help="queries whose texts are missing")
    asked.add_argument("--split", action="append", help="only cases of this split (repeatable), e.g. blind-13")
    asked.add_argument("--urls", action="store_true", help="also the URLs to keep from each answer")
    asked.set_defaults(run=queries)
    again = commands.add_parser("regather", help="restore texts from saved search answers")
    again.add_argument("answers", nargs="+")
    again.set_defaults(run=regather)
    args = parser.parse_args()
    return args.run(args)


if __name__ == "__main__":
    sys.exit(main())
