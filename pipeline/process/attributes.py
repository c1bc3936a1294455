"""The trained pipeline's attribute ruler, applied by a lookup instead of spaCy's Matcher.

The English pipelines map each fine tag (and some words) to a coarse tag, morphology and
lemma with about 180 one- or two-token patterns. spaCy runs them through its general
Matcher, which costs more per article than the parser does. Here the same patterns are
indexed by the tag or word they require, and what a token's word, tag and dependency decide
is decided once for each such triple. The same attributes are set as by the ruler, a later
rule winning over an earlier one, with all matches found before any is applied. A ruler
whose patterns use anything else (operators, other attributes) is left as it is."""

from __future__ import annotations

import re
from collections import defaultdict

from spacy.attrs import DEP, LOWER, TAG
from spacy.language import Language
from spacy.tokens import Doc
from spacy.tokens._retokenize import set_token_attrs

_READ = {"TAG": lambda t: t.tag_, "LOWER": lambda t: t.lower_, "DEP": lambda t: t.dep_,
         "IS_SPACE": lambda t: t.is_space}
_DECIDED_MAX = 200_000  # triples remembered (a few hundred bytes each) before starting afresh
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
        self.decided: dict[tuple[int, int, int], tuple] = {}

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
                # one token: decided by its word, tag and dependency, the same for every such token
                local = len(pattern) == 1
                keys = _keys(pattern[0])
                for key in keys:
                    self.by_value[key].append((rule, tests, local))
                if not keys:
                    self.always.append((rule, tests, local))

    def take_from(self, other: "AttributeLookup") -> None:
        self.attrs, self.indices, self.by_value, self.always = other.attrs, other.indices, other.by_value, other.always
        self.decided = {}

    def _candidates(self, token) -> tuple:
        """What a token's word, tag and dependency decide: the rules that match at it whatever its
        context, their attributes merged in rule order (a later rule wins, as when each is
        set in turn), and the rules still to check against it and the tokens after it."""
        sure, check = [], []
        for rule, tests, local in (*self.by_value.get(("LOWER", token.lower_), ()),
                                   *self.by_value.get(("TAG", token.tag_), ()), *self.always):
            if not local:
                check.append((rule, tests))
            elif tests[0](token):
                sure.append(rule)
        sure.sort()
        merged = {}
        for rule in sure:
            merged.update(self.attrs[rule])
        return tuple(sure), merged, tuple(check)

    def __call__(self, doc: Doc) -> Doc:
        n = len(doc)
        decided = []
        more: dict[int, list[int]] = {}  # token -> rules matched with context
        for i, key in enumerate(map(tuple, doc.to_array([LOWER, TAG, DEP]).tolist())):
            found = self.decided.get(key)
            if found is None:
                if len(self.decided) >= _DECIDED_MAX:
                    self.decided.clear()  # a long run meets ever more words: keep the memory bounded
                found = self.decided[key] = self._candidates(doc[i])
            decided.append(found)
            for rule, tests in found[2]:
                end = i + len(tests)
                if end <= n and all(test(doc[i + k]) for k, test in enumerate(tests)):
                    index = self.indices[rule]
                    more.setdefault((i if index >= 0 else end) + index, []).append(rule)
        for i, (sure, merged, _) in enumerate(decided):
            if i in more:
                for rule in sorted({*sure, *more[i]}):
                    set_token_attrs(doc[i], self.attrs[rule])
            elif merged:
                set_token_attrs(doc[i], merged)
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
