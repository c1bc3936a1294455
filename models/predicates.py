"""What happened to the people a claim counts: the one definition of the predicates and of
which of them make a release. Configuration, the claim rules, the merge, the alerts and the
views' SQL all take them from here (tests/test_predicates.py checks the SQL)."""

from __future__ import annotations

# every predicate a claim can have
PREDICATES = ("released", "pardoned", "deported", "crossed_border", "remain_imprisoned", "detained", "sentenced")

# claims with these predicates are grouped into a release event
RELEASE = ("released", "pardoned", "deported", "crossed_border")

# a person named with these was set free (crossing a border says where, not that)
FREEING = ("released", "pardoned", "deported")

# an event's headline count: how many were freed, as reported
FREED_COUNT = ("released", "pardoned")

# what a watch alerts on when its configuration does not say
WATCH_DEFAULT = FREEING


def sql_list(predicates: tuple[str, ...]) -> str:
    """The predicates as an SQL list literal, e.g. ('released', 'pardoned')."""
    return "(" + ", ".join(f"'{p}'" for p in predicates) + ")"
