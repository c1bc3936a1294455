"""The names of the watch (countries, nationalities, organisations, people and their
spellings) from pipeline/data/entities.jsonl, marked as entities over what the trained
model found.

Each line of the file is an entity ruler pattern: a phrase ("Poland"), matched as written,
so that the verb "polish" is not "Polish", or a list of token patterns of LOWER or ORTH,
each a word or {"IN": [spellings]}, optionally "OP": "?", matched in any case. Both kinds
run as phrase matchers: spaCy's token Matcher tried every token against every pattern and
cost more than all of newsmon's rules together. Overlaps resolve as in spaCy's
EntityRuler with overwrite_ents: the longest match, then the earliest, wins, and replaces
the model's entities it overlaps.
"""

from __future__ import annotations

import itertools
import json
from pathlib import Path

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

from newsmon.models.errors import ConfigError


def _spellings(token: dict, where: str) -> list[str]:
    """The lower-case forms one token pattern accepts ("" for an optional token left out)."""
    keys = set(token) - {"OP"}
    if len(keys) != 1 or keys - {"LOWER", "ORTH"} or token.get("OP", "?") != "?":
        raise ConfigError(f"{where}: a token pattern here is LOWER or ORTH (a word or IN a list), "
                          f"optionally with OP '?'; got {token}")
    value = token[keys.pop()]
    if isinstance(value, dict) and set(value) != {"IN"}:
        raise ConfigError(f"{where}: only IN is supported in a token pattern; got {value}")
    words = value["IN"] if isinstance(value, dict) else [value]
    forms = [w.lower() for w in words]
    return forms + [""] if "OP" in token else forms


def _phrases(tokens: list[dict], where: str) -> list[str]:
    """Every word sequence a list of token patterns matches."""
    choices = [_spellings(t, where) for t in tokens]
    return sorted({" ".join(w for w in combo if w) for combo in itertools.product(*choices)} - {""})


class WatchEntities:
    def __init__(self, nlp: Language, path: Path):
        self.exact = PhraseMatcher(nlp.vocab)
        self.folded = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.entries: dict[int, tuple[str, str]] = {}
        try:
            lines = path.read_text(encoding="utf-8").splitlines()
        except OSError as exc:
            raise ConfigError(f"{path}: cannot read the entity patterns ({exc.strerror})") from None
        for number, line in enumerate(lines, 1):
            if not line.strip():
                continue
            where = f"{path}:{number}"
            try:
                entry = json.loads(line)
                label, pattern = entry["label"], entry["pattern"]
            except (json.JSONDecodeError, KeyError, TypeError):
                raise ConfigError(f"{where}: each line is a JSON object with 'label', 'pattern' and "
                                  "optionally 'id'") from None
            key = f"{label}|{entry.get('id', '')}"
            self.entries[nlp.vocab.strings.add(key)] = (label, entry.get("id", ""))
            if isinstance(pattern, str):
                self.exact.add(key, [nlp.make_doc(pattern)])
            else:
                self.folded.add(key, [nlp.make_doc(p) for p in _phrases(pattern, where)])

    def __call__(self, doc: Doc) -> Doc:
        matches = {(key, start, end) for key, start, end in (*self.exact(doc), *self.folded(doc))}
        entities = list(doc.ents)
        new = []
        taken: set[int] = set()
        for key, start, end in sorted(matches, key=lambda m: (m[2] - m[1], -m[1]), reverse=True):
            if start in taken or end - 1 in taken:
                continue
            label, entity_id = self.entries[key]
            new.append(Span(doc, start, end, label=label, span_id=entity_id))
            entities = [e for e in entities if not (e.start < end and e.end > start)]
            taken.update(range(start, end))
        doc.ents = entities + new
        return doc


@Language.factory("newsmon_entities_v1", default_config={"path": ""})
def make_entities(nlp: Language, name: str, path: str) -> WatchEntities:
    return WatchEntities(nlp, Path(path))
