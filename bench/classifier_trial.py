"""Would a trained component help the rules? A trial, by leaving batches out.

Issue 14 leaves the method open: rules over the parse, a trained component, or both. This
trial measures the one kind of help a classifier could give without replacing the rules: a
claim for each number the rules leave without one. For every number newsmon finds in an
English real-text excerpt and makes no count claim of, it records the words around it (the
sentence's lemmas, the words just before and after, its head and the chain of words above it)
and what the labels say of that number in that sentence (a predicate, or none). Then, for each
held-out batch, it trains an averaged perceptron on every other read batch, adds a claim for
each of the held-out batch's numbers the perceptron gives a predicate with at least the margin
asked for (noun: the people noun it counts, or the nearest one in its sentence), and scores the
rules alone and the rules with the added claims the way bench/eval_real.py does.

    python bench/classifier_trial.py [--held blind-47 … blind-66] [--margins 0,5,10,20]

Deterministic (no randomness: examples in the order of the cases). Needs the texts gathered
(see the README, "Real news text"); batches still unread are never trained on nor held out.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from eval_real import BATCHES, UNREAD, Figures, score_case, split_of, stored_date  # noqa: E402

from bench.real_texts import load_cases, text_of  # noqa: E402

NONE = "none"
CLASSES = (NONE, "released", "detained", "remain_imprisoned", "pardoned", "sentenced", "crossed_border", "deported")
ABOVE = 5  # how many words above the number's last word are features


def features(doc, start: int, end: int) -> list[str]:
    """The words a reader would weigh: the sentence's lemmas, the four words either side, the
    number's head and the words above it (with their relation), and their negations and auxiliaries."""
    last, sentence = doc[end - 1], doc[start].sent
    found = ["w:" + t.lemma_.lower() for t in sentence if not t.is_punct and not t.like_num]
    found += ["before:" + t.lemma_.lower() for t in doc[max(sentence.start, start - 4):start]]
    found += ["after:" + t.lemma_.lower() for t in doc[end:min(sentence.end, end + 4)]]
    found += ["dep:" + last.dep_, "head:" + last.head.lemma_.lower(), "headdep:" + last.head.dep_]
    for depth, above in enumerate(list(last.ancestors)[:ABOVE]):
        found += [f"above{depth}:{above.lemma_.lower()}", f"aboverel{depth}:{above.dep_}:{above.lemma_.lower()}"]
        found += ["mark:" + c.lower_ for c in above.children if c.dep_ in ("neg", "aux", "auxpass")]
    return found


def counted_noun(doc, start: int, end: int, lex) -> str:
    """The people noun the number counts, else the nearest one in its sentence, else "people"."""
    from newsmon.pipeline.process.lexicon import is_people, noun_lemma

    last = doc[end - 1]
    if last.dep_ == "nummod" and last.head.pos_ in ("NOUN", "PROPN") and is_people(last.head, lex):
        return noun_lemma(last.head)
    sentence = doc[start].sent
    for token in [*reversed(doc[sentence.start:start]), *doc[end:sentence.end]]:
        if token.pos_ == "NOUN" and is_people(token, lex):
            return noun_lemma(token)
    return "people"


def unclaimed_numbers(cases: list[dict]) -> tuple[list[dict], dict]:
    """Each English case through newsmon: its analysis, and the numbers it made no count claim of."""
    from newsmon.pipeline.process.lexicon import load_lexicon
    from newsmon.pipeline.process.nlp import analyze, build_pipeline, pipeline_version

    nlp, lex = build_pipeline(), load_lexicon()
    version = pipeline_version(nlp)
    numbers, analyses = [], {}
    for case in cases:
        text = text_of(case)
        if text is None or case.get("language", "en") != "en":
            continue
        body, _ = stored_date(text)
        doc = nlp(body)
        analyses[case["id"]] = (case, text, analyze(doc, None, version))
        claimed = {c["start"] for c in doc._.newsmon_claims or [] if c["kind"] == "count"}
        gold = [g for g in case["count_claims"] if g["status"] == "asserted"]
        for start, end, value, high, qualifier, qualifier_start in doc._.newsmon_numbers or []:
            first = doc[qualifier_start if qualifier_start is not None and qualifier_start <= start else start].idx
            last = doc[end - 1].idx + len(doc[end - 1])
            if any(first <= c < last for c in claimed):
                continue
            sentence = doc[start].sent
            said = [g["predicate"] for g in gold if g["sentence"][0] <= first < g["sentence"][1] and g["count"] == value]
            numbers.append({"id": case["id"], "split": split_of(case["id"]), "start": first, "end": last,
                            "sentence": sentence.text, "sentence_start": sentence.start_char, "count": value,
                            "high": high, "qualifier": qualifier, "features": features(doc, start, end),
                            "noun": counted_noun(doc, start, end, lex), "label": said[0] if said else NONE})
    return numbers, analyses


def train(examples: list[dict], epochs: int = 8) -> dict:
    """An averaged multi-class perceptron over feature strings (weights averaged lazily)."""
    weights, totals, since = defaultdict(float), defaultdict(float), defaultdict(int)
    step = 0
    for _ in range(epochs):
        for example in examples:
            step += 1
            guess, _ = predict(weights, example["features"])
            if guess == example["label"]:
                continue
            for feature in example["features"]:
                for label, change in ((example["label"], 1.0), (guess, -1.0)):
                    key = (feature, label)
                    totals[key] += (step - since[key]) * weights[key]
                    since[key] = step
                    weights[key] += change
    for key in weights:
        totals[key] += (step - since[key]) * weights[key]
    return {key: total / step for key, total in totals.items() if total}


def predict(model: dict, feature_list: list[str]) -> tuple[str, float]:
    """The best class and its margin over the next best (ties go to the earlier class)."""
    scores = {label: sum(model.get((f, label), 0.0) for f in feature_list) for label in CLASSES}
    ranked = sorted(CLASSES, key=lambda label: (-scores[label], CLASSES.index(label)))
    return ranked[0], scores[ranked[0]] - scores[ranked[1]]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--held", nargs="+", default=[f"blind-{n}" for n in range(47, 67)],
                        help="read batches to hold out, one at a time (default blind-47 to blind-66)")
    parser.add_argument("--margins", default="0,5,10,20", help="margins to try, comma-separated")
    args = parser.parse_args(argv)
    batches = {name for _, name in BATCHES}
    for name in args.held:
        if name not in batches:
            parser.error(f"--held {name}: no such batch; give read batches by the names bench/eval_real.py "
                         f"gives them (BATCHES there, e.g. blind-47)")
        if name in UNREAD or name.startswith("fresh"):
            parser.error(f"--held {name}: that batch has not been read (it is kept blind); hold out read batches only")
    try:
        margins = [float(m) for m in args.margins.split(",")]
    except ValueError:
        parser.error(f"--margins {args.margins}: give numbers separated by commas, e.g. 0,5,10")
    held = args.held
    read = [c for c in load_cases() if not split_of(c["id"]).startswith("fresh") and split_of(c["id"]) not in UNREAD]
    numbers, analyses = unclaimed_numbers(read)
    if not analyses:
        print("no real-text excerpts are present: gather them first (README, \"Real news text\")", file=sys.stderr)
        return 1
    guesses = {}
    for batch in held:
        model = train([n for n in numbers if n["split"] != batch])
        guesses.update({i: predict(model, n["features"]) for i, n in enumerate(numbers) if n["split"] == batch})
    print(f"{len(numbers)} numbers without a rule's claim in {len(analyses)} excerpts "
          f"({sum(n['label'] != NONE for n in numbers)} of them labelled); held out: {len(held)} batches, "
          f"{sum(n['label'] != NONE for n in numbers if n['split'] in held)} labelled numbers without a claim in them")
    for margin in margins:
        rules, both, added = Figures(), Figures(), Counter()
        for cid, (case, text, analysis) in analyses.items():
            if split_of(cid) not in held:
                continue
            score_case(case, text, analysis, rules)
            extra = []
            for i, number in enumerate(numbers):
                if number["id"] != cid or guesses[i][0] == NONE or guesses[i][1] < margin:
                    continue
                added["right predicate" if guesses[i][0] == number["label"] else "wrong"] += 1
                extra.append(_claim(number, guesses[i][0]))
            score_case(case, text, replace(analysis, claims=analysis.claims + extra), both)
        print(f"margin {margin:g}: added {dict(added)}")
        print("  rules alone      " + rules.strict.line("strict").strip())
        print("  rules + trained  " + both.strict.line("strict").strip())
    return 0


def _claim(number: dict, predicate: str):
    from newsmon.models.records import ClaimMention

    return ClaimMention(kind="count", sentence=number["sentence"], sentence_start=number["sentence_start"],
                        start=number["start"], end=number["end"], component_version="trial", count=number["count"],
                        count_high=number["high"], qualifier=number["qualifier"], predicate=predicate,
                        noun=number["noun"], status="asserted")


if __name__ == "__main__":
    sys.exit(main())
