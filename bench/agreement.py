"""How far two labellers agree on the real-text excerpts, and how newsmon scores against each.

Some excerpts of tests/eval/real/ were labelled a second time, by someone who saw neither the
first labels nor the rules, from tests/eval/GUIDELINES.md alone. The second labels sit in
tests/eval/real/second/ (the same format: offsets and labels, never text). Their agreement with
the first is the ceiling a fair reading of the accuracy goal has to live with: where two careful
people differ, no system can match both.

    python bench/agreement.py            # agreement, and newsmon against each labeller
    python bench/agreement.py --verbose  # every claim only one labeller made

Two labels of a count claim agree when they have the same count, qualifier, predicate and noun
(strict) or the same count and predicate (loose), and their sentences overlap.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench import real_texts  # noqa: E402
from bench.eval_claims import Score, _name_key  # noqa: E402
from bench.eval_real import matches  # noqa: E402
from bench.real_texts import load_cases, text_of  # noqa: E402

SECOND = real_texts.SECOND
STRICT = ("count", "qualifier", "predicate", "noun")
LOOSE = ("count", "predicate")


def load_second(folder: Path = SECOND) -> dict[str, dict]:
    return {case["id"]: case for case in (json.loads(p.read_text(encoding="utf-8"))
                                          for p in sorted(folder.glob("*.json")))}


def asserted(case: dict, fields: tuple[str, ...]) -> list[tuple[tuple, int, int]]:
    return [(tuple(c[f] for f in fields), *c["sentence"]) for c in case["count_claims"] if c["status"] == "asserted"]


def pair(first: list[tuple], second: list[tuple]) -> tuple[list[int], list[int]]:
    """The indexes of `first` and of `second` left without a partner by `matches`."""
    paired = matches(first, second)
    taken = set(paired.values())
    return [i for i in range(len(first)) if i not in paired], [j for j in range(len(second)) if j not in taken]


def tally(score: Score, first: list, second: list, case_id: str, text: str, names=("first", "second")) -> None:
    """Counts `second` against `first` as if `first` were the truth (agreement is symmetric in F1)."""
    only_first, only_second = pair(first, second)
    score.fn += len(only_first)
    score.fp += len(only_second)
    score.tp += len(first) - len(only_first)
    for which, items, indexes in ((names[0], first, only_first), (names[1], second, only_second)):
        for i in indexes:
            key, lo, hi = items[i]
            score.errors.append(f"{case_id} {which} only {key} in: {' '.join(text[lo:hi].split())[:120]}")


def people(case: dict, text: str) -> set[str]:
    return {_name_key(text[slice(*p["name"])]) for p in case["person_claims"]}


def found(analysis, fields: tuple[str, ...]) -> list[tuple[tuple, int, int]]:
    """newsmon's asserted count claims as labels: a claim's sentence is a point at its start,
    the same rule as bench/eval_real.py uses."""
    claims = [c for c in (analysis.claims if analysis else []) if c.kind == "count" and c.status == "asserted"]
    return [(tuple(getattr(c, f) for f in fields), c.start, c.start + 1) for c in claims]


def labelled_twice(folder: Path) -> tuple[list[tuple[dict, dict, str]], list[str]]:
    """(first case, second case, text) for every second labelling whose case and text are
    present and unchanged, and the ids of the others."""
    firsts = {case["id"]: case for case in load_cases()}
    rows, missing = [], []
    for case_id, second in load_second(folder).items():
        first = firsts.get(case_id)
        text = text_of(first) if first else None
        if first is None or text is None or second.get("sha256") != first["sha256"]:
            missing.append(case_id)
        else:
            rows.append((first, second, text))
    return rows, missing


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--second", type=Path, default=SECOND, help="folder of the second labels")
    parser.add_argument("--verbose", action="store_true", help="list every claim only one labeller made")
    parser.add_argument("--no-newsmon", action="store_true", help="only the labellers' agreement")
    args = parser.parse_args()

    rows, missing = labelled_twice(args.second)
    if not rows and not missing:
        print(f"no second labels in {args.second}: nothing to compare", file=sys.stderr)
        return 2
    if missing:
        print(f"skipped {len(missing)} (no first label, text missing or changed): {' '.join(missing)}")

    strict, loose, persons, flag, language = Score(), Score(), Score(), Score(), Score()
    for first, second, text in rows:
        cid = first["id"]
        tally(strict, asserted(first, STRICT), asserted(second, STRICT), cid, text)
        tally(loose, asserted(first, LOOSE), asserted(second, LOOSE), cid, text)
        a, b = people(first, text), people(second, text)
        persons.tp, persons.fn, persons.fp = persons.tp + len(a & b), persons.fn + len(a - b), persons.fp + len(b - a)
        same = bool(first["release_report"]["value"]) == bool(second["release_report"]["value"])
        flag.tp, flag.fn = flag.tp + same, flag.fn + (not same)
        if not same:
            flag.errors.append(f"{cid} release report: first {first['release_report']['value']}, "
                               f"second {second['release_report']['value']}")
        language.tp += first.get("language", "en") == second.get("language", "en")
    if args.verbose:
        for error in strict.errors + flag.errors:
            print(error)
        print()
    print(f"{len(rows)} excerpts labelled twice; {strict.tp + strict.fn} asserted count claims in the first "
          f"labels, {strict.tp + strict.fp} in the second")
    print("second labeller against the first:")
    print(strict.line("  count (strict)"))
    print(loose.line("  count (loose)"))
    print(persons.line("  persons"))
    print(f"  {'release flag':<14} same on {flag.tp}/{len(rows)}; language same on {language.tp}/{len(rows)}")
    if args.no_newsmon:
        return 0

    from bench.eval_real import analyse  # noqa: PLC0415
    from newsmon.pipeline.process.version import CLAIMS_VERSION

    against_first, against_second, agreed, either = Score(), Score(), Score(), Score()
    for (first, second, text), analysis in zip(rows, analyse([(f, t) for f, _, t in rows])):
        cid, mine = first["id"], found(analysis, STRICT)
        gold_a, gold_b = asserted(first, STRICT), asserted(second, STRICT)
        tally(against_first, gold_a, mine, cid, text, ("label", "newsmon"))
        tally(against_second, gold_b, mine, cid, text, ("label", "newsmon"))
        # recall on what both labelled; precision against what either labelled
        only_a, only_b = pair(gold_a, gold_b)
        tally(agreed, [c for i, c in enumerate(gold_a) if i not in only_a], mine, cid, text, ("label", "newsmon"))
        tally(either, gold_a + [gold_b[i] for i in only_b], mine, cid, text, ("label", "newsmon"))
    print(f"newsmon ({CLAIMS_VERSION}), count claims (strict):")
    print(against_first.line("  first labels"))
    print(against_second.line("  second labels"))
    print(f"  {'both labelled':<14} R {agreed.recall:.3f} (found {agreed.tp} of {agreed.tp + agreed.fn})")
    print(f"  {'either labelled':<14} P {either.precision:.3f} (right {either.tp} of {either.tp + either.fp})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
