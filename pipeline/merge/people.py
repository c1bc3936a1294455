"""Released persons across name variants: one `persons` row per person, however outlets
spell the name (Ihar/Igor Losik, Mikola Dzjadok, Statkevitch). Names are transliterated
to ASCII (anyascii) and compared with rapidfuzz; a wrong merge of two different people
is worse than a missed one, so first names must agree (or be known equivalents) and
surnames be close, and an alias file covers what spelling alone cannot.
"""

from __future__ import annotations

import functools
import re
import tomllib
from pathlib import Path

from anyascii import anyascii
from rapidfuzz import fuzz
from sqlite_utils import Database

DATA = Path(__file__).resolve().parent.parent / "data"  # shared by process and merge
SURNAME_SIMILARITY = 85  # rapidfuzz ratio of transliterated surnames
_NOT_LETTERS = re.compile(r"[^a-z\s-]")


def name_key(name: str) -> str:
    """ASCII, lower case, letters only: "Ramanauskienė" -> "ramanauskiene"."""
    return " ".join(_NOT_LETTERS.sub("", anyascii(name).lower()).split())


@functools.cache
def aliases(path: Path = DATA / "person_aliases.toml") -> tuple[dict[str, str], dict[str, int]]:
    """Variant key -> canonical key, and first name -> equivalence group."""
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    groups = data.pop("first_names", {}).get("groups", [])
    variants = {}
    for canonical, names in data.items():
        for name in [canonical, *names]:
            variants[name_key(name)] = name_key(canonical)
    first = {name: i for i, group in enumerate(groups) for name in group}
    return variants, first


def same_person(a: str, b: str) -> bool:
    """Whether two spellings name one person (see the module docstring for the rules)."""
    variants, first_groups = aliases()
    ka, kb = name_key(a), name_key(b)
    ka, kb = variants.get(ka, ka), variants.get(kb, kb)
    if ka == kb:
        return True
    ta, tb = ka.split(), kb.split()
    if len(ta) < 2 or len(tb) < 2:
        return False  # a surname alone is matched by the caller, within its article
    if fuzz.ratio(ta[-1], tb[-1]) < SURNAME_SIMILARITY:
        return False
    fa, fb = ta[0], tb[0]
    return fa == fb or (fa in first_groups and first_groups.get(fa) == first_groups.get(fb))


def surname_key(name: str) -> str:
    """The transliterated surname, after the alias file: what candidates are looked up by."""
    variants, _ = aliases()
    key = name_key(name)
    return variants.get(key, key).rsplit(" ", 1)[-1]


def fill_surname_keys(db: Database) -> None:
    """Persons stored before surname keys existed (schema 0008) get theirs."""
    for person_id, name in db.execute("SELECT id, name FROM persons WHERE surname_key IS NULL").fetchall():
        db.execute("UPDATE persons SET surname_key = ? WHERE id = ?", [surname_key(name), person_id])


def assign_person(db: Database, name: str, article_names: list[str]) -> int:
    """The person id for ``name`` (created if new). A bare surname is the person named in
    full in the same article, if exactly one such name fits."""
    tokens = name_key(name).split()
    if len(tokens) == 1:
        full = [n for n in article_names if len(name_key(n).split()) > 1 and name_key(n).split()[-1] == tokens[0]]
        if len(full) == 1:
            name = full[0]
    key = surname_key(name)
    # spellings of one surname share its first or its last two letters (Dziadok/Dzjadok,
    # Khalip/Halip); the rules of same_person decide among those candidates
    candidates = db.execute(
        """SELECT id, name FROM persons WHERE substr(surname_key, 1, 2) = substr(?1, 1, 2)
           UNION SELECT id, name FROM persons WHERE substr(surname_key, -2) = substr(?1, -2)
           ORDER BY id""", [key])
    for person_id, known in candidates:
        if same_person(name, known):
            return person_id
    return db["persons"].insert({"name": name, "surname_key": key}).last_pk
