"""docs/schema.md is generated from the migrations and must match them."""

from newsmon.models.docs import render
from tests.conftest import ROOT


def test_schema_docs_are_up_to_date():
    committed = (ROOT / "docs" / "schema.md").read_text(encoding="utf-8")
    assert committed == render(), "docs/schema.md is stale: run `python -m newsmon.models.docs > docs/schema.md`"


def test_schema_docs_cover_every_table_and_view():
    text = render()
    for name in ("pages", "articles", "claim_mentions", "claims", "events", "persons", "claims_with_sources",
                 "release_events", "conflicts", "released_persons"):
        assert f"`{name}`" in text
    assert "| `feed_title` |" in text and "independent_sources" in text
