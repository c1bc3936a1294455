"""The trained pipeline's attribute ruler, applied by a lookup instead of spaCy's Matcher.

The English pipelines map each fine tag (and some words) to a coarse tag, morphology and
lemma with about 180 one- or two-token patterns. spaCy runs them through its general
Matcher, which costs more per article than the parser does. Here the same patterns are
indexed by the tag or word they require, so that each token is checked against the few
that can match it, and the same attributes are set in the same order: by rule, then by
position, all matches found before any is applied. A ruler whose patterns use anything
else (operators, other attributes) is left as it is."""

from __future__ import annotations

import re
from collections import defaultdict

from spacy.attrs import LOWER, TAG
from spacy.language import Language
from spacy.tokens import Doc
from spacy.tokens._retokenize import set_token_attrs

_READ = {"TAG": lambda t: t.tag_, "LOWER": lambda t: t.lower_, "DEP": lambda t: t.dep_,
         "IS_SPACE": lambda t: t.is_space}
_INDEXED = ("LOWER", "TAG")  # what a pattern's first token must be selects its candidates


def _test(attr: str, wanted):
    """A predicate over a token for one key of a token pattern, or None if not supported."""
    read = _READ.get(attr)
    if read is None:
        return None
    if isinstance(wanted, (str, bool)):
        return lambda t: read(t) == wanted
    if isinstance(wanted, dict) and len(wanted) == 1:
        (op, value), = wanted.items()
        if op == "IN":
            values = frozenset(value)
            return lambda t: read(t) in values
        if op == "NOT_IN":
            values = frozenset(value)
            return lambda t: read(t) not in values
        if op == "REGEX":
            search = re.compile(value).search
            return lambda t: search(read(t)) is not None
    return None


def _compile(spec: dict):
    tests = [_test(attr, wanted) for attr, wanted in spec.items()]
    if not tests or any(t is None for t in tests):
        return None
    return lambda token: all(test(token) for test in tests)


def _keys(spec: dict) -> list[tuple[str, str]]:
    """The (attribute, value) pairs under which a token pattern is looked up: its word or
    tag, or each of the words or tags it allows; [] if it has neither."""
    for attr in _INDEXED:
        wanted = spec.get(attr)
        if isinstance(wanted, str):
            return [(attr, wanted)]
        if isinstance(wanted, dict) and list(wanted) == ["IN"]:
            return [(attr, value) for value in wanted["IN"]]
    return []


class AttributeLookup:
    """Callable component holding one ruler's compiled patterns (none until `take`)."""

    def __init__(self) -> None:
        self.attrs, self.indices = [], []
        self.by_value: dict[tuple[str, str], list] = defaultdict(list)
        self.always: list = []
        self.decided: dict[tuple[int, int], tuple] = {}

    def take(self, ruler) -> None:
        """Compile ``ruler``'s patterns. Raises ValueError for a pattern this cannot read."""
        self.attrs, self.indices = ruler.attrs, ruler.indices
        strings = ruler.vocab.strings
        for rule in range(len(ruler.attrs)):
            _, patterns = ruler.matcher.get(strings[str(rule)])
            for pattern in patterns:
                tests = tuple(_compile(spec) for spec in pattern)
                if any(t is None for t in tests):
                    raise ValueError(f"attribute ruler pattern not supported: {pattern}")
                # one token, read by word and tag only: the same answer for every such token
                local = len(pattern) == 1 and set(pattern[0]) <= set(_INDEXED)
                keys = _keys(pattern[0])
                for key in keys:
                    self.by_value[key].append((rule, tests, local))
                if not keys:
                    self.always.append((rule, tests, local))

    def take_from(self, other: "AttributeLookup") -> None:
        self.attrs, self.indices, self.by_value, self.always = other.attrs, other.indices, other.by_value, other.always
        self.decided = {}

    def _candidates(self, token) -> tuple[tuple[int, ...], tuple]:
        """The rules that match at ``token`` whatever its context (decided by its word and
        tag alone), and those that still need checking against it and the tokens after."""
        sure, check = [], []
        for rule, tests, local in (*self.by_value.get(("LOWER", token.lower_), ()),
                                   *self.by_value.get(("TAG", token.tag_), ()), *self.always):
            if not local:
                check.append((rule, tests))
            elif tests[0](token):
                sure.append(rule)
        return tuple(sure), tuple(check)

    def __call__(self, doc: Doc) -> Doc:
        matches = []
        n = len(doc)
        # a token's word and tag decide most rules: decided once per pair, not per token
        for i, pair in enumerate(doc.to_array([LOWER, TAG]).tolist()):
            pair = tuple(pair)
            found = self.decided.get(pair)
            if found is None:
                found = self.decided[pair] = self._candidates(doc[i])
            sure, check = found
            matches += [(rule, i, i + 1) for rule in sure]
            for rule, tests in check:
                end = i + len(tests)
                if end <= n and all(test(doc[i + k]) for k, test in enumerate(tests)):
                    matches.append((rule, i, end))
        matches.sort()
        for rule, start, end in matches:
            index = self.indices[rule]
            set_token_attrs(doc[(start if index >= 0 else end) + index], self.attrs[rule])
        return doc


@Language.factory("newsmon_attribute_lookup_v1")
def make_attribute_lookup(nlp: Language, name: str) -> AttributeLookup:
    return AttributeLookup()


def replace_attribute_ruler(nlp: Language, name: str = "attribute_ruler") -> bool:
    """Put the lookup in place of ``nlp``'s attribute ruler if every one of its patterns is
    supported. True if it was replaced."""
    if name not in nlp.pipe_names or not hasattr(nlp.get_pipe(name), "matcher"):
        return False
    lookup = AttributeLookup()
    try:
        lookup.take(nlp.get_pipe(name))
    except ValueError:
        return False
    nlp.replace_pipe(name, "newsmon_attribute_lookup_v1")
    nlp.get_pipe(name).take_from(lookup)
    return True
