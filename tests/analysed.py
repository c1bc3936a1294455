"""What the claim rules make of a text, for the claim tests: the whole analysis, its count
claims and its released persons, sorted so that a test states them in any order."""

from __future__ import annotations

from datetime import datetime, timezone

from newsmon.pipeline.process.nlp import analyze, pipeline_version

PUBLISHED = datetime(2025, 9, 11, 15, 0, tzinfo=timezone.utc)


def analysis(nlp, text):
    return analyze(nlp(text), PUBLISHED, pipeline_version(nlp))


def counts(nlp, text) -> list[tuple]:
    """(count, qualifier, predicate, noun, status) of every count claim, sorted."""
    return sorted((c.count, c.qualifier, c.predicate, c.noun, c.status)
                  for c in analysis(nlp, text).claims if c.kind == "count")


def persons(nlp, text) -> list[str]:
    return sorted(c.person_name for c in analysis(nlp, text).claims if c.kind == "person")
